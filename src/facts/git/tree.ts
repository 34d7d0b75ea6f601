import { FactError } from '../../core/types.js';
import { symlinkRefused, tooLarge } from '../refusals.js';

// A commit's tree as `git ls-tree -r -t -l -z --full-tree` lists it, and what a read may take from it: a blob,
// never a symlink (nor a path under one), a folder, a submodule, or a file over the size cap.

export interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  /** The object id. */
  oid: string;
  size: number;
}

/** `git ls-tree -r -t -l -z` output as entries by path. */
export function parseTreeListing(out: string): Map<string, TreeEntry> {
  const tree = new Map<string, TreeEntry>();
  // One walk over the NUL-ended entries, with no list of them in between.
  for (let at = 0; at < out.length;) {
    let end = out.indexOf('\0', at);
    if (end < 0) end = out.length;
    if (end > at) {
      const entry = parseTreeLine(out, at, end);
      tree.set(entry.path, entry);
    }
    at = end + 1;
  }
  return tree;
}

/** Whether some path of the tree holds a newline (git grep --heading would end its name early). */
export function hasNewlineInPaths(tree: ReadonlyMap<string, TreeEntry>): boolean {
  for (const path of tree.keys()) if (path.includes('\n')) return true;
  return false;
}

/** A repo-relative path without "./" or "//"; FactError for absolute paths and "..". */
export function normalizeRepoPath(path: string): string {
  // Most paths come from git's own listing and are already normal: no "\\", empty, "." or ".." segment.
  if (!/\\|(?:^|\/)\.{0,2}(?:\/|$)/.test(path)) return path;
  const parts = path
    .replace(/\\/g, '/')
    .split('/')
    .filter((p) => p !== '' && p !== '.');
  if (path.startsWith('/') || parts.includes('..') || parts.length === 0) {
    throw new FactError(`"${path}" is not a path inside the repository`);
  }
  return parts.join('/');
}

function parseTreeLine(out: string, from: number, to: number): TreeEntry {
  // "<mode> SP <type> SP <object> SP+ <size> TAB <path>"
  let tab = out.indexOf('\t', from);
  if (tab < 0 || tab > to) tab = to;
  const s1 = out.indexOf(' ', from);
  const s2 = out.indexOf(' ', s1 + 1);
  const s3 = out.indexOf(' ', s2 + 1);
  const size = out.slice(s3 + 1, tab).trim();
  return {
    mode: out.slice(from, s1),
    type: out.slice(s1 + 1, s2) as TreeEntry['type'],
    oid: out.slice(s2 + 1, s3),
    size: size === '-' || size === '' ? 0 : Number(size),
    path: out.slice(tab + 1, to),
  };
}

/** A path under a symlinked folder is not in the tree; say why rather than "not found". */
function refuseSymlinkedParent(tree: Map<string, TreeEntry>, ref: string, path: string): void {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    const parent = tree.get(parts.slice(0, i).join('/'));
    if (parent?.mode === '120000')
      throw new FactError(
        `${path} lies under ${parent.path}, a symbolic link at ${ref.slice(0, 7)}; links are not followed — commit the files themselves`,
      );
  }
}

/** Whether an entry is a plain file (not a symlink) within `maxBytes`: read as it is, with nothing to refuse. */
export function isReadableBlob(entry: TreeEntry | undefined, maxBytes: number): boolean {
  return entry !== undefined && entry.type === 'blob' && entry.mode !== '120000' && entry.size <= maxBytes;
}

/** The blob entry to read for `path`, undefined when absent; FactError for what is refused without reading it. */
export function blobEntry(tree: Map<string, TreeEntry>, ref: string, path: string, maxBytes: number): TreeEntry | undefined {
  const entry = tree.get(path);
  if (!entry) {
    refuseSymlinkedParent(tree, ref, path);
    return undefined;
  }
  if (isReadableBlob(entry, maxBytes)) return entry;
  if (entry.mode === '120000') throw symlinkRefused(path, ref);
  if (entry.type === 'tree') throw new FactError(`${path} is a directory at ${ref.slice(0, 7)}, not a file`);
  if (entry.type === 'commit') throw new FactError(`${path} is a submodule at ${ref.slice(0, 7)}, not a file`);
  if (entry.size > maxBytes) throw tooLarge(path, entry.size, ref, maxBytes);
  return entry;
}

const treeBytes = new WeakMap<ReadonlyMap<string, TreeEntry>, number>();

/** The bytes of every file of a tree, counted once per tree. */
export function bytesOf(tree: ReadonlyMap<string, TreeEntry>): number {
  let bytes = treeBytes.get(tree);
  if (bytes === undefined) {
    bytes = 0;
    for (const entry of tree.values()) if (entry.type !== 'tree') bytes += entry.size;
    treeBytes.set(tree, bytes);
  }
  return bytes;
}
