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

/** With the default globs, folders of other people's files are left out. */
export const DEFAULT_SBOM_IGNORED = globMatcher(['**/node_modules/**', '**/vendor/**']);

/** The SBOM candidates among the files at head: explicit `paths` as given, the defaults minus vendored folders. */
export function sbomCandidates(files: readonly string[], explicit: boolean): string[] {
  return files.filter((p) => explicit || !DEFAULT_SBOM_IGNORED(p)).sort();
}
