import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { FactError, type ChangedFile, type FileText } from '../core/types.js';
import { mapConcurrent } from '../util/concurrency.js';
import type { FactSources } from './facts.js';
import { parseNameStatus, type GitRepo } from './git/index.js';
import { createOsvSource } from './osv.js';
import { readWorkingFile } from './worktree.js';

// The work tree as a fact source (for `trace` and `vex`): its "head" is the work tree — files read never through a
// symlink that leaves it — and, with a base commit, the changed files are those since that commit.

const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The ref name the work tree's files are read at. */
export const WORK_TREE = 'work tree';

/** Fact sources whose head is the work tree; with `baseSha`, the changed files are those since that commit. */
export function workTreeSources(repo: GitRepo, root: string, baseSha: string | undefined, command: string): FactSources {
  const readWork = async (path: string): Promise<FileText | undefined> => {
    const text = await readWorkingFile(root, path, MAX_FILE_BYTES);
    return text === undefined ? undefined : { path, ref: WORK_TREE, text, bytes: Buffer.from(text) };
  };
  return {
    pr: { number: 0, title: '', body: '', labels: [], author: '', baseSha: baseSha ?? '', headSha: WORK_TREE },
    changedFiles: async (): Promise<ChangedFile[]> =>
      baseSha
        ? parseNameStatus(await repo.run(['diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-textconv', baseSha, '--']))
        : [],
    reviews: async () => {
      throw new FactError(`${command} does not read reviews`);
    },
    teamMembers: async () => {
      throw new FactError(`${command} does not read teams`);
    },
    readFile: (ref, path) => (ref === WORK_TREE ? readWork(path) : repo.readFile(ref, path)),
    listFiles: () => workTreeFiles(repo, root),
    osvScan: createOsvSource({ deadline: AbortSignal.timeout(300_000), requestTimeoutMs: 30_000, retries: 2, retryDelayMs: 500 }),
  };
}

/** Whether tracked files of the work tree differ from HEAD (untracked files do not count). */
export async function workTreeDirty(repo: GitRepo): Promise<boolean> {
  return (await repo.run(['status', '--porcelain', '--untracked-files=no'])).trim() !== '';
}

/** Tracked and untracked (not ignored) regular files of the work tree; symlinks and deleted files are left out. */
async function workTreeFiles(repo: GitRepo, root: string): Promise<string[]> {
  const out = await repo.run(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate']);
  const paths = [...new Set(out.split('\0').filter(Boolean))];
  const regular = await mapConcurrent(paths, 64, async (p) => {
    try {
      return (await lstat(join(root, p))).isFile();
    } catch {
      return false;
    }
  });
  return paths.filter((_, i) => regular[i]);
}
