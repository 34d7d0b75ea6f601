import { lstat, open, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { FactError } from '../types.js';
import { normalizeRepoPath } from './git.js';
import { decodeText } from './text.js';

// Reads files of the working tree (for `sdlc-gate validate` and local inputs): never through a symlink that
// leaves the tree, never more than the cap.

export async function readWorkingFile(root: string, path: string, maxBytes: number): Promise<string | undefined> {
  const clean = normalizeRepoPath(path);
  const full = join(root, clean);
  let stats;
  try {
    stats = await lstat(full);
  } catch {
    return undefined;
  }
  const [realRoot, realFile] = await Promise.all([realpath(root), realpath(full).catch(() => undefined)]);
  if (realFile === undefined) throw new FactError(`${clean} is a symbolic link that points nowhere — commit the file itself`);
  const inside = relative(realRoot, realFile);
  if (inside === '' || inside.startsWith('..') || inside.startsWith(sep) || /^[A-Za-z]:/.test(inside)) {
    throw new FactError(`${clean} leads out of the repository through a symbolic link; it was not read — commit the file itself`);
  }
  if (stats.isDirectory()) throw new FactError(`${clean} is a directory, not a file`);
  const handle = await open(realFile, 'r');
  try {
    const size = (await handle.stat()).size;
    if (size > maxBytes) throw new FactError(`${clean} is ${size} bytes, over the ${maxBytes}-byte limit; it was not read — keep it smaller`);
    return decodeText(clean, await handle.readFile());
  } finally {
    await handle.close();
  }
}

/** Reads a file the user named on the command line (not repository content): size-capped. */
export async function readLocalFile(path: string, maxBytes: number): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    if (size > maxBytes) throw new FactError(`${path} is ${size} bytes, over the ${maxBytes}-byte limit`);
    return (await handle.readFile()).toString('utf8');
  } finally {
    await handle.close();
  }
}
