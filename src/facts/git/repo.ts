import { FactError, type ChangedFile, type FileText, type ScanOptions, type ScannedFile } from '../../core/types.js';
import { decodeText } from '../text.js';
import { BlobReader, catFiles } from './cat-file.js';
import { diffArgs, parseNameStatus } from './diff.js';
import { GitGrep, grepScope } from './grep.js';
import { execGit } from './process.js';
import { fetchRefs, isShallow, MergeBases, resolveCommit } from './refs.js';
import { blobEntry, isReadableBlob, normalizeRepoPath, parseTreeListing, type TreeEntry } from './tree.js';

// The local checkout, read through git objects only: a file "at a commit" is a blob of that commit's tree,
// so a symlink in the work tree can never lead a read outside it, and the PR's working files are never run.

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Reads that may list their own path before the whole tree is parsed; later ones wait for the tree. */
const OWN_LISTINGS = 4;

export class GitRepo {
  /** Each commit's whole tree, listed once: reads look entries up here instead of running git per file. */
  private readonly trees = new Map<string, Promise<Map<string, TreeEntry>>>();
  /** Listings started ahead (prefetchTree) and not yet parsed. */
  private readonly listings = new Map<string, Promise<string>>();
  private readonly mergeBases = new MergeBases(this);
  /** Commit-ishes resolved, by the name given: one git process per name however many ask. */
  private readonly commits = new Map<string, Promise<string | undefined>>();
  /** Commits whose tree has been listed and parsed (reads look entries up there). */
  private readonly parsed = new Set<string>();
  /** Reads that listed their own path while the whole tree was not yet parsed (see entryToRead). */
  private ownListings = 0;
  private blobs?: BlobReader;
  private grep?: GitGrep;

  constructor(
    readonly dir: string,
    private readonly maxFileBytes = DEFAULT_MAX_FILE_BYTES,
  ) {}

  /** Runs git with an argument list (never a shell), literal pathspecs and no prompts. */
  async run(args: string[], opts: { binary?: false; timeoutMs?: number } = {}): Promise<string> {
    return (await execGit(this.dir, args, opts.timeoutMs)).toString('utf8');
  }

  async isRepository(): Promise<boolean> {
    try {
      return (await this.run(['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
    } catch {
      return false;
    }
  }

  isShallow(): Promise<boolean> {
    return isShallow(this);
  }

  /** The full SHA of a commit-ish, or undefined when the repository does not have it. */
  resolveCommit(ref: string): Promise<string | undefined> {
    let sha = this.commits.get(ref);
    if (!sha) {
      sha = resolveCommit(this, ref);
      this.commits.set(ref, sha);
    }
    return sha;
  }

  mergeBase(a: string, b: string): Promise<string | undefined> {
    return this.mergeBases.get(a, b);
  }

  /** A merge base another thread of this run already asked git for (the action's main thread, for its worker). */
  knowMergeBase(a: string, b: string, base: string): void {
    this.mergeBases.know(a, b, base);
  }

  /** Files changed between two commits, with renames, as GitHub lists a PR's files. */
  async diff(from: string, to: string): Promise<ChangedFile[]> {
    const out = await this.run(diffArgs(from, to));
    return parseNameStatus(out);
  }

  /** Every file entry of a commit's tree (recursively: blobs, symlinks and submodules), with modes and sizes. */
  async listTree(ref: string): Promise<TreeEntry[]> {
    // The same listing the reads use, listed once per commit.
    return [...(await this.treeOf(ref)).values()].filter((e) => e.type !== 'tree');
  }

  /**
   * A file's text at a commit. undefined when absent; FactError for a symlink, a directory, a submodule,
   * or a file over the size cap — those are refused without reading their content.
   */
  async readFile(ref: string, path: string, maxBytes = this.maxFileBytes): Promise<FileText | undefined> {
    const clean = normalizeRepoPath(path);
    const entry = await this.entryToRead(ref, clean, maxBytes);
    if (!entry) return undefined;
    this.blobs ??= new BlobReader(this.dir);
    const bytes = await this.blobs.read(entry.oid);
    return { path: clean, ref, bytes, text: decodeText(clean, bytes, ` at ${ref.slice(0, 7)}`) };
  }

  /**
   * The entry a read of `path` takes. Once the commit's tree is parsed, from there. Before that (the policy, read while
   * git still lists a large tree), the first few reads list their own path — a small git process beside the whole
   * listing — and take the entry when it is a plain file within the cap; anything else (absent, a symlink, a
   * folder, a path under a symlink, too large) is decided from the whole tree, so every refusal reads alike.
   */
  private async entryToRead(ref: string, path: string, maxBytes: number): Promise<TreeEntry | undefined> {
    if (!this.parsed.has(ref) && this.ownListings < OWN_LISTINGS) {
      this.ownListings++;
      const own = parseTreeListing(await this.run(['ls-tree', '-l', '-z', '--full-tree', ref, '--', path])).get(path);
      if (isReadableBlob(own, maxBytes)) return own;
    }
    return blobEntry(await this.treeOf(ref), ref, path, maxBytes);
  }

  /**
   * Many files at a commit, handed to `visit` and kept by no one: memory stays at one file's size however many are
   * scanned. Refused and missing files are visited too, with their FactError or with neither text nor error.
   *
   * With `options.lines` the caller needs only the lines it selects, and where one `git grep` can cover the files
   * (few folders or files to name, or most of the tree) they come from it: each file once, with just those lines,
   * in tree order — searched with PCRE where git has it, else with the POSIX ERE. Otherwise each file's whole text
   * comes through one `git cat-file --batch`, in the order given.
   */
  async scanFiles(
    ref: string,
    paths: readonly string[],
    visit: (file: ScannedFile) => void,
    options: ScanOptions = {},
    maxBytes = this.maxFileBytes,
  ): Promise<void> {
    const tree = await this.treeOf(ref);
    // The paths to read, by their name in the tree (git names files so), with the name the caller gave (the visit
    // uses it) and the object; and where each path that has its answer already (refused, missing) stands.
    const given = new Map<string, string>();
    const oids: string[] = [];
    const names: string[] = [];
    const answered: { at: number; file: ScannedFile }[] = [];
    for (let i = 0; i < paths.length; i++) {
      const path = paths[i]!;
      try {
        // A path the tree lists is already normal (the usual case: the caller listed the tree); others are checked.
        const clean = tree.has(path) ? path : normalizeRepoPath(path);
        const entry = blobEntry(tree, ref, clean, maxBytes);
        if (entry) {
          given.set(clean, path);
          oids.push(entry.oid);
          names.push(path);
        } else answered.push({ at: i, file: { path } });
      } catch (e) {
        if (!(e instanceof FactError)) throw e;
        answered.push({ at: i, file: { path, error: e } });
      }
    }
    if (options.lines) {
      // Nothing left to read (every path refused or missing): no search of the whole tree for nothing.
      const scope = given.size ? grepScope(tree, [...given.keys()]) : undefined;
      const searched = scope ? await (this.grep ??= new GitGrep(this.dir)).search(ref, tree, options.lines, scope, given, visit) : false;
      if (searched === true) {
        for (const { file } of answered) visit(file);
        return;
      }
      // PCRE gave up on a line (its backtracking limits): the files git had not yet answered in full are read whole.
      if (searched) return catFiles(this.dir, inOrder(paths, answered, { oids, names }, searched), visit);
    }
    await catFiles(this.dir, inOrder(paths, answered, { oids, names }), visit);
  }

  /**
   * Starts listing a commit's tree that a later read will need, so git lists it while this process does other work
   * (reads the policy at base, say). Parsed only when a read asks for it; a failure surfaces there.
   */
  prefetchTree(ref: string): void {
    if (!this.trees.has(ref)) this.listing(ref).catch(() => undefined);
  }

  private listing(ref: string): Promise<string> {
    let out = this.listings.get(ref);
    if (!out) {
      out = this.run(['ls-tree', '-r', '-t', '-l', '-z', '--full-tree', ref]);
      this.listings.set(ref, out);
    }
    return out;
  }

  private treeOf(ref: string): Promise<Map<string, TreeEntry>> {
    let tree = this.trees.get(ref);
    if (!tree) {
      tree = this.listing(ref).then((out) => {
        const parsedTree = parseTreeListing(out);
        this.parsed.add(ref);
        return parsedTree;
      });
      this.trees.set(ref, tree);
      // The listing's text is dropped once parsed (the tree holds what it needs).
      this.listings.delete(ref);
    }
    return tree;
  }

  async fetch(remote: string, refs: string[], extra: string[] = []): Promise<void> {
    // Forgotten before (a question asked while git fetches is not answered from before it) and after (an answer got
    // while it ran is not kept).
    this.forgetHistory();
    await fetchRefs(this, remote, refs, extra);
    this.forgetHistory();
  }

  /** Drops the answers a fetch can change: merge bases and resolved commit-ishes. */
  private forgetHistory(): void {
    this.mergeBases.clear();
    this.commits.clear();
  }
}

/**
 * The items of a scan in the order given: each path with its object to read, or with the answer it has (refused,
 * missing); less those `done` names (files a search has answered).
 */
function inOrder(
  paths: readonly string[],
  answered: readonly { at: number; file: ScannedFile }[],
  toRead: { oids: readonly string[]; names: readonly string[] },
  done?: ReadonlySet<string>,
): ({ path: string; oid: string } | ScannedFile)[] {
  const items: ({ path: string; oid: string } | ScannedFile)[] = [];
  let read = 0;
  let next = 0;
  for (let i = 0; i < paths.length; i++) {
    if (next < answered.length && answered[next]!.at === i) items.push(answered[next++]!.file);
    else {
      const path = toRead.names[read]!;
      if (!done?.has(path)) items.push({ path, oid: toRead.oids[read]! });
      read++;
    }
  }
  return items;
}
