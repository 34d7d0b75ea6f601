import { LOCKFILE_NAMES } from '../../parsers/lockfiles/kinds.js';
import type { ChangedFile, Facts } from '../../core/types.js';
import { globMatcher } from '../../util/glob.js';

// Where lockfiles are looked for with `lockfiles: auto`: shared by the gates that read lockfiles (the SBOM drift
// check, the SOUP inventory). Which lockfiles exist and how each is read is the parsers' (parsers/lockfiles).

/** Folders never searched in auto-discovery: vendored or installed dependencies carry their own lockfiles. */
export const LOCKFILE_IGNORED_DIRS = ['node_modules', 'vendor', '.git'];

/** Globs for auto-discovery. */
export const LOCKFILE_GLOBS: readonly string[] = LOCKFILE_NAMES.map((n) => `**/${n}`);

const ignored = globMatcher(LOCKFILE_IGNORED_DIRS.map((d) => `**/${d}/**`));
const names = new Set(LOCKFILE_NAMES);

/** True for a path auto-discovery takes as a lockfile. */
export function isLockfile(path: string): boolean {
  return names.has(path.slice(path.lastIndexOf('/') + 1)) && !ignored(path);
}

/** The lockfiles auto-discovery finds at head, sorted; a go.sum with its go.mod beside it is left out. */
export async function autoLockfilesAtHead(facts: Pick<Facts, 'listAtHead'>): Promise<string[]> {
  const all = (await facts.listAtHead([...LOCKFILE_GLOBS])).filter(isLockfile);
  // go.sum keeps checksums of versions the build no longer uses; go.mod beside it is the list that counts.
  const goMods = new Set(all.filter((p) => p === 'go.mod' || p.endsWith('/go.mod')));
  return all.filter((p) => !(p === 'go.sum' || p.endsWith('/go.sum')) || !goMods.has(p.replace(/go\.sum$/, 'go.mod'))).sort();
}

/**
 * The lockfiles a pull request deleted that auto-discovery would have read, where no lockfile is left at head in
 * their folder (a move to another lockfile — npm to pnpm — leaves one; a rename carries its file along).
 */
export function lockfilesDeleted(changed: readonly ChangedFile[], atHead: readonly string[]): string[] {
  const folder = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
  const foldersAtHead = new Set(atHead.map(folder));
  return changed
    .filter((f) => f.status === 'removed' && isLockfile(f.path) && !foldersAtHead.has(folder(f.path)))
    .map((f) => f.path)
    .sort();
}
