import { constants } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { FactError } from '../core/types.js';
import { normalizeRepoPath } from './git/index.js';
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
  return readRegular(realFile, clean, maxBytes, 0);
}

/**
 * The policy file, or a file its `extends` names, from the working tree: read the way `check` reads it at a commit,
 * so `validate` accepts exactly what `check` accepts. A symbolic link (the file, or a folder on its path) and
 * anything but a regular file (a FIFO, a device, a socket, a directory) is refused unread.
 */
export async function readWorkingPolicy(root: string, path: string, maxBytes: number): Promise<string | undefined> {
  const clean = normalizeRepoPath(path);
  const full = join(root, clean);
  let stats;
  try {
    stats = await lstat(full);
  } catch {
    return undefined;
  }
  const [realRoot, realFile] = await Promise.all([realpath(root), realpath(full).catch(() => undefined)]);
  if (stats.isSymbolicLink()) {
    const inside = realFile === undefined ? '' : relative(realRoot, realFile);
    if (realFile !== undefined && (inside.startsWith('..') || isAbsolute(inside))) {
      throw new FactError(`${clean} leads out of the repository through a symbolic link; it was not read — commit the file itself`);
    }
    throw new FactError(
      `${clean} is a symbolic link in the work tree; links are not followed (check refuses them too) — commit the file itself`,
    );
  }
  if (realFile !== join(realRoot, clean))
    throw new FactError(
      `${clean} lies under a symbolic link in the work tree; links are not followed (check refuses them too) — commit the files themselves`,
    );
  if (!stats.isFile()) throw notRegular(clean, stats);
  return readRegular(full, clean, maxBytes, constants.O_NOFOLLOW);
}

function notRegular(path: string, stats: { isDirectory(): boolean; isFIFO(): boolean }): FactError {
  const what = stats.isDirectory() ? 'a directory' : stats.isFIFO() ? 'a named pipe (FIFO)' : 'not a regular file (a device or a socket)';
  return new FactError(`${path} is ${what}; it was not read — name a regular file`);
}

/** Opens without blocking (a FIFO would wait for a writer forever) and reads only a regular file, capped. */
async function readRegular(full: string, clean: string, maxBytes: number, flags: number): Promise<string> {
  const handle = await open(full, constants.O_RDONLY | constants.O_NONBLOCK | flags);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw notRegular(clean, stats);
    if (stats.size > maxBytes)
      throw new FactError(`${clean} is ${stats.size} bytes, over the ${maxBytes}-byte limit; it was not read — keep it smaller`);
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
