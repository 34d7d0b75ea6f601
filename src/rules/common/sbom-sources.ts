import { globMatcher } from '../../util/glob.js';

// Where SBOMs are looked for: shared by the gates that read SBOMs (the SBOM gate, the vulnerability gate).

/** Where SBOMs usually live, when `paths` is not given. */
export const DEFAULT_SBOM_GLOBS = [
  '**/bom.json',
  '**/bom.xml',
  '**/*.cdx.json',
  '**/*.cdx.xml',
  '**/*.spdx.json',
  '**/*.spdx',
  '**/sbom.*',
];

let defaultSbomIgnored: ((path: string) => boolean) | undefined;

/**
 * With the default globs, folders of other people's files are left out. Compiled on first use: the rules' registry
 * loads this module for the defaults above, and a check without an SBOM gate should not compile globs it never uses.
 */
export function DEFAULT_SBOM_IGNORED(path: string): boolean {
  return (defaultSbomIgnored ??= globMatcher(['**/node_modules/**', '**/vendor/**']))(path);
}

/** The SBOM candidates among the files at head: explicit `paths` as given, the defaults minus vendored folders. */
export function sbomCandidates(files: readonly string[], explicit: boolean): string[] {
  return files.filter((p) => explicit || !DEFAULT_SBOM_IGNORED(p)).sort();
}
