import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { FactError, type ChangedFile, type ChangeStatus, type FileText, type ScanOptions, type ScannedFile, type ScannedLine } from '../types.js';
import { symlinkRefused, tooLarge } from './refusals.js';
import { decodeText, lenientText } from './text.js';

// The local checkout, read through git objects only: a file "at a commit" is a blob of that commit's tree,
// so a symlink in the work tree can never lead a read outside it, and the PR's working files are never run.

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const GIT_TIMEOUT_MS = 60_000;
/** A scan streams many files through one process; it is bounded by time as a whole. */
const SCAN_TIMEOUT_MS = 10 * 60_000;
const MAX_GIT_OUTPUT = 256 * 1024 * 1024;

export interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  /** The object id. */
  oid: string;
  size: number;
}

export class GitRepo {
  /** Each commit's whole tree, listed once: reads look entries up here instead of running git per file. */
  private readonly trees = new Map<string, Promise<Map<string, TreeEntry>>>();
  /** `git merge-base a b`, asked once per pair until a fetch changes what history the repository has. */
  private readonly mergeBases = new Map<string, Promise<string | undefined>>();
  private blobs?: BlobReader;
  /** Whether this git searches with PCRE (git grep -P); unknown until first asked. */
  private pcre?: boolean;

  constructor(
    readonly dir: string,
    private readonly maxFileBytes = DEFAULT_MAX_FILE_BYTES,
  ) {}

  /** Runs git with an argument list (never a shell), literal pathspecs and no prompts. */
  async run(args: string[], opts: { binary?: false; timeoutMs?: number } = {}): Promise<string> {
    return (await this.exec(args, opts.timeoutMs)).toString('utf8');
  }

  private exec(args: string[], timeoutMs = GIT_TIMEOUT_MS): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      execFile(
        'git',
        ['-C', this.dir, '--literal-pathspecs', '-c', 'core.quotePath=false', ...args],
        {
          encoding: 'buffer',
          maxBuffer: MAX_GIT_OUTPUT,
          timeout: timeoutMs,
          env: gitEnv(),
        },
        (error, stdout, stderr) => {
          if (error) {
            const detail = stderr.toString('utf8').trim().split('\n')[0] || error.message;
            reject(new GitError(`git ${args[0]} failed: ${detail}`));
          } else resolve(stdout);
        },
      );
    });
  }

  async isRepository(): Promise<boolean> {
    try {
      return (await this.run(['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
    } catch {
      return false;
    }
  }

  async isShallow(): Promise<boolean> {
    return (await this.run(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  }

  /** The full SHA of a commit-ish, or undefined when the repository does not have it. */
  async resolveCommit(ref: string): Promise<string | undefined> {
    if (ref.startsWith('-')) return undefined;
    try {
      return (await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  mergeBase(a: string, b: string): Promise<string | undefined> {
    const key = `${a}\0${b}`;
    let hit = this.mergeBases.get(key);
    if (!hit) {
      hit = this.run(['merge-base', a, b]).then(
        (out) => out.trim() || undefined,
        () => undefined,
      );
      this.mergeBases.set(key, hit);
    }
    return hit;
  }

  /** A merge base another thread of this run already asked git for (the action's main thread, for its worker). */
  knowMergeBase(a: string, b: string, base: string): void {
    this.mergeBases.set(`${a}\0${b}`, Promise.resolve(base));
  }

  /** Files changed between two commits, with renames, as GitHub lists a PR's files. */
  async diff(from: string, to: string): Promise<ChangedFile[]> {
    const out = await this.run(['diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-textconv', from, to, '--']);
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
    const entry = blobEntry(await this.treeOf(ref), ref, clean, maxBytes);
    if (!entry) return undefined;
    this.blobs ??= new BlobReader(this.dir);
    const bytes = await this.blobs.read(entry.oid);
    return { path: clean, ref, bytes, text: decodeText(clean, bytes, ` at ${ref.slice(0, 7)}`) };
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
  async scanFiles(ref: string, paths: readonly string[], visit: (file: ScannedFile) => void, options: ScanOptions = {}, maxBytes = this.maxFileBytes): Promise<void> {
    const tree = await this.treeOf(ref);
    // Each path, with the object to read or the answer it already has (refused, missing); and the paths to read,
    // by their name in the tree (git names files so), with the name the caller gave (the visit uses it).
    const items: ({ path: string; oid: string } | ScannedFile)[] = [];
    const given = new Map<string, string>();
    for (const path of paths) {
      try {
        // A path the tree lists is already normal (the usual case: the caller listed the tree); others are checked.
        const clean = tree.has(path) ? path : normalizeRepoPath(path);
        const entry = blobEntry(tree, ref, clean, maxBytes);
        items.push(entry ? { path, oid: entry.oid } : { path });
        if (entry) given.set(clean, path);
      } catch (e) {
        if (!(e instanceof FactError)) throw e;
        items.push({ path, error: e });
      }
    }
    if (options.lines) {
      // Nothing left to read (every path refused or missing): no search of the whole tree for nothing.
      const scope = given.size ? grepScope(tree, [...given.keys()]) : undefined;
      const searched = scope ? await this.grepWithPcreOrEre(ref, options.lines, scope, given, visit) : false;
      if (searched === true) {
        for (const item of items) if (!('oid' in item)) visit(item);
        return;
      }
      // PCRE gave up on a line (its backtracking limits): the files git had not yet answered in full are read whole.
      if (searched) return this.catFiles(items.filter((item) => !('oid' in item) || !searched.has(item.path)), visit);
    }
    await this.catFiles(items, visit);
  }

  /** True when git answered every file; false when it refused the search; else the files it answered in full before PCRE gave up. */
  private async grepWithPcreOrEre(ref: string, lines: NonNullable<ScanOptions['lines']>, pathspecs: readonly string[], wanted: ReadonlyMap<string, string>, visit: (file: ScannedFile) => void): Promise<boolean | Set<string>> {
    // The matches themselves where the caller has a PCRE whose `git grep -o` matches are provably its own (-o resumes
    // after a match as on a line of its own, which only such a pattern cannot tell); otherwise git selects lines and
    // the caller reads them. A refusal may be this pattern's, so it says nothing yet about PCRE as such.
    if (lines.exact && this.pcre !== false) {
      const exact = await this.grepLines(ref, ['-P', lines.exact], pathspecs, wanted, visit, true);
      if (exact) {
        this.pcre = true;
        return exact;
      }
    }
    // A git built without PCRE refuses -P before answering; it is asked once.
    if (this.pcre !== false) {
      const selected = await this.grepLines(ref, ['-P', lines.pcre], pathspecs, wanted, visit);
      if (selected) {
        this.pcre = true;
        return selected;
      }
      this.pcre = false;
    }
    return this.grepLines(ref, ['-E', lines.ere], pathspecs, wanted, visit);
  }

  /**
   * `git grep` at `ref` over `pathspecs` (none: the whole tree); each file of `wanted` visited once with its
   * selected lines. False when git refused the search before it answered anything, so the caller reads instead;
   * where PCRE gave up on a line (a pattern that backtracks, on a line chosen to make it), the files answered in
   * full until then, by the caller's names, so the caller reads the others whole.
   */
  private async grepLines(
    ref: string,
    [dialect, pattern]: ['-P' | '-E', string],
    pathspecs: readonly string[],
    wanted: ReadonlyMap<string, string>,
    visit: (file: ScannedFile) => void,
    onlyMatching = false,
  ): Promise<boolean | Set<string>> {
    const visited = new Set<string>();
    // A file as handed over: its matches as they came, or its lines.
    const scanned = (path: string, lines: number[], texts: string[]): ScannedFile =>
      onlyMatching ? { path, matches: { lines, texts } } : { path, lines: texts.map((text, i): ScannedLine => ({ line: lines[i]!, text })) };
    // The file being answered: its line numbers and texts so far, handed over when the next file starts.
    let current: { path: string; lines: number[]; texts: string[] } | undefined;
    const flush = () => {
      if (current) visit(scanned(current.path, current.lines, current.texts));
      current = undefined;
    };
    // Every record of a file names it with the same string: it is looked up once per file.
    let lastPath: string | undefined;
    let lastName: string | undefined;
    // Headings (each path once) unless some path in the tree holds a newline, which would end a heading early.
    const heading = !(await this.hasNewlineInPaths(ref));
    const parser = new GrepOutputParser(
      `${ref}:`,
      (path, line, text) => {
        if (path !== lastPath) {
          lastPath = path;
          lastName = wanted.get(path);
          if (lastName !== undefined) {
            flush();
            if (visited.has(path)) throw new GitError(`git grep answered ${path} twice`);
            visited.add(path);
            current = { path: lastName, lines: [], texts: [] };
          }
        }
        if (lastName === undefined) return;
        current!.lines.push(line);
        current!.texts.push(text);
      },
      heading,
    );
    // One thread: on a small machine git's threads contend for the object store, and the other core parses.
    const args = ['grep', '--threads=1', '--no-color', '--no-column', '-n', '-z', '-a', ...(heading ? ['--heading'] : []), ...(onlyMatching ? ['-o'] : []), dialect, '-e', pattern, ref, '--', ...pathspecs];
    return streamGit(this.dir, args, {
      doing: `searching ${wanted.size} files`,
      onOutput: (chunk) => parser.push(chunk),
      onClose: (code, stderr) => {
        // 0: lines found, 1: none. Anything else before a line was answered: the search was refused, read instead.
        if (code !== 0 && code !== 1) {
          if (dialect === '-P' && PCRE_GAVE_UP.test(stderr)) {
            const answered = new Set<string>();
            for (const path of visited) if (wanted.get(path) !== current?.path) answered.add(wanted.get(path)!);
            return answered;
          }
          if (!parser.records && !visited.size) return false;
          throw new GitError(`git grep failed (exit ${code}): ${stderr.trim().split('\n')[0] ?? ''}`);
        }
        parser.end();
        flush();
        for (const [path, name] of wanted) if (!visited.has(path)) visit(scanned(name, [], []));
        return true;
      },
    });
  }

  /** Whole files through one `git cat-file --batch` of their own, visited in the order given. */
  private async catFiles(items: readonly ({ path: string; oid: string } | ScannedFile)[], visit: (file: ScannedFile) => void): Promise<void> {
    const oids = items.flatMap((item) => ('oid' in item ? [item.oid] : []));
    let next = 0;
    const visitAnswered = () => {
      for (let item = items[next]; item && !('oid' in item); item = items[++next]) visit(item);
    };
    visitAnswered();
    if (!oids.length) return;
    const parser = new BatchOutputParser((body) => {
      const item = items[next++];
      if (!item || !('oid' in item)) throw new GitError('git cat-file answered more objects than were asked for');
      if (!body) throw new GitError(`git object ${item.oid} (${item.path}) is missing from the repository`);
      visit({ path: item.path, text: lenientText(body) });
      visitAnswered();
    });
    await streamGit(this.dir, ['cat-file', '--batch'], {
      doing: `reading ${oids.length} files`,
      input: oids.join('\n') + '\n',
      onOutput: (chunk) => parser.push(chunk),
      onClose: (code) => {
        if (next !== items.length) throw new GitError(`git cat-file ended (exit ${code}) before it had read ${items[next]?.path ?? 'every file'}`);
      },
    });
  }

  private async hasNewlineInPaths(ref: string): Promise<boolean> {
    for (const path of (await this.treeOf(ref)).keys()) if (path.includes('\n')) return true;
    return false;
  }

  private treeOf(ref: string): Promise<Map<string, TreeEntry>> {
    let tree = this.trees.get(ref);
    if (!tree) {
      tree = this.run(['ls-tree', '-r', '-t', '-l', '-z', '--full-tree', ref]).then(
        (out) => new Map(out.split('\0').filter(Boolean).map(parseTreeLine).map((e) => [e.path, e])),
      );
      this.trees.set(ref, tree);
    }
    return tree;
  }

  async fetch(remote: string, refs: string[], extra: string[] = []): Promise<void> {
    this.mergeBases.clear();
    await this.run(['fetch', '--no-tags', '--no-recurse-submodules', '--quiet', ...extra, remote, ...refs], { timeoutMs: 120_000 });
    this.mergeBases.clear();
  }
}

export class GitError extends FactError {
  override name = 'GitError';
}

/**
 * A scan's failure as the user reads it: what git was doing, and — where the message has no advice of its own (git
 * answered what the gate cannot read, or stopped early) — what to do next. Errors that are not git's pass as they are.
 */
function withNextStep(error: Error, doing: string): Error {
  if (!(error instanceof GitError) || error.message.includes(' — ')) return error;
  return new GitError(`${error.message} (${doing}) — re-run the job; if it fails again, the checkout or its git is broken: check out afresh, and report it with \`git --version\` if it persists`);
}

/** A repo-relative path without "./" or "//"; FactError for absolute paths and "..". */
export function normalizeRepoPath(path: string): string {
  // Most paths come from git's own listing and are already normal: no "\\", empty, "." or ".." segment.
  if (!/\\|(?:^|\/)\.{0,2}(?:\/|$)/.test(path)) return path;
  const parts = path.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  if (path.startsWith('/') || parts.includes('..') || parts.length === 0) {
    throw new FactError(`"${path}" is not a path inside the repository`);
  }
  return parts.join('/');
}

function parseTreeLine(line: string): TreeEntry {
  // "<mode> SP <type> SP <object> SP+ <size> TAB <path>"
  const tab = line.indexOf('\t');
  const s1 = line.indexOf(' ');
  const s2 = line.indexOf(' ', s1 + 1);
  const s3 = line.indexOf(' ', s2 + 1);
  const size = line.slice(s3 + 1, tab).trim();
  return { mode: line.slice(0, s1), type: line.slice(s1 + 1, s2) as TreeEntry['type'], oid: line.slice(s2 + 1, s3), size: size === '-' || size === '' ? 0 : Number(size), path: line.slice(tab + 1) };
}

/** A path under a symlinked folder is not in the tree; say why rather than "not found". */
function refuseSymlinkedParent(tree: Map<string, TreeEntry>, ref: string, path: string): void {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    const parent = tree.get(parts.slice(0, i).join('/'));
    if (parent?.mode === '120000') throw new FactError(`${path} lies under ${parent.path}, a symbolic link at ${ref.slice(0, 7)}; links are not followed — commit the files themselves`);
  }
}

/** The blob entry to read for `path`, undefined when absent; FactError for what is refused without reading it. */
function blobEntry(tree: Map<string, TreeEntry>, ref: string, path: string, maxBytes: number): TreeEntry | undefined {
  const entry = tree.get(path);
  if (!entry) {
    refuseSymlinkedParent(tree, ref, path);
    return undefined;
  }
  const at = ref.slice(0, 7);
  if (entry.mode === '120000') throw symlinkRefused(path, ref);
  if (entry.type === 'tree') throw new FactError(`${path} is a directory at ${at}, not a file`);
  if (entry.type === 'commit') throw new FactError(`${path} is a submodule at ${at}, not a file`);
  if (entry.size > maxBytes) throw tooLarge(path, entry.size, ref, maxBytes);
  return entry;
}

function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
}

/**
 * Runs git over many files with its output handed to `onOutput` chunk by chunk (and `input` written to it), and
 * settles once: with what `onClose` answers when git has finished, or rejects on the first error — a handler that
 * throws, git that cannot start, the scan's time limit — killing git. What git sends after that is not handed on.
 */
function streamGit<T>(
  dir: string,
  args: string[],
  handlers: { doing: string; input?: string; onOutput(chunk: Buffer): void; onClose(code: number | null, stderr: string): T },
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    // No stdin unless there is input: git grep may refuse a pattern and exit before an empty stdin is closed (EPIPE).
    const child = spawn('git', ['-C', dir, '--literal-pathspecs', ...args], { env: gitEnv(), stdio: [handlers.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    const command = `git ${args[0]}`;
    let settled = false;
    let stderr = '';
    const finish = (outcome: { error: Error } | { value: T }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if ('error' in outcome) {
        child.kill();
        reject(withNextStep(outcome.error, `${command} ${handlers.doing}`));
      } else resolve(outcome.value);
    };
    const timer = setTimeout(
      () => finish({ error: new GitError(`${command} did not finish ${handlers.doing} within ${SCAN_TIMEOUT_MS / 60_000} minutes — narrow the files the policy's globs match`) }),
      SCAN_TIMEOUT_MS,
    );
    child.stdout!.on('data', (chunk: Buffer) => {
      if (settled) return;
      try {
        handlers.onOutput(chunk);
      } catch (e) {
        finish({ error: e as Error });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString('utf8');
    });
    child.on('error', (e) => finish({ error: new GitError(`${command} failed: ${e.message} — check that git is installed and the checkout is readable`) }));
    child.on('close', (code) => {
      if (settled) return;
      try {
        finish({ value: handlers.onClose(code, stderr) });
      } catch (e) {
        finish({ error: e as Error });
      }
    });
    if (child.stdin) {
      child.stdin.on('error', (e) => finish({ error: new GitError(`${command} failed: ${e.message}`) }));
      child.stdin.end(handlers.input);
    }
  });
}

/**
 * `git cat-file --batch` output parsed as it streams: a header "<oid> <type> <size>" (or "<oid> missing"), the
 * body, a newline. Each body is copied once into a buffer of its own size, however the chunks fall.
 */
export class BatchOutputParser {
  private header: Buffer[] = [];
  private body?: Buffer;
  private filled = 0;
  private newlineDue = false;

  constructor(private readonly onObject: (body: Buffer | undefined) => void) {}

  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.body) {
        const n = Math.min(this.body.length - this.filled, chunk.length - at);
        chunk.copy(this.body, this.filled, at, at + n);
        this.filled += n;
        at += n;
        if (this.filled === this.body.length) this.complete(this.body);
        continue;
      }
      if (this.newlineDue) {
        this.newlineDue = false;
        at++;
        continue;
      }
      const newline = chunk.indexOf(10, at);
      if (newline < 0) {
        this.header.push(chunk.subarray(at));
        return;
      }
      const line = Buffer.concat([...this.header, chunk.subarray(at, newline)]).toString('latin1');
      this.header = [];
      at = newline + 1;
      const [, type, size] = line.split(' ');
      if (type === 'missing' || type === 'ambiguous' || size === undefined) {
        this.onObject(undefined);
        continue;
      }
      const length = Number(size);
      if (!Number.isSafeInteger(length) || length < 0) throw new GitError(`git cat-file answered an unreadable header: ${line.slice(0, 100)}`);
      this.body = Buffer.allocUnsafe(length);
      this.filled = 0;
      if (length === 0) this.complete(this.body);
    }
  }

  private complete(body: Buffer): void {
    this.body = undefined;
    this.newlineDue = true;
    this.onObject(body);
  }
}

const treeBytes = new WeakMap<ReadonlyMap<string, TreeEntry>, number>();

/** The bytes of every file of a tree, counted once per tree. */
function bytesOf(tree: ReadonlyMap<string, TreeEntry>): number {
  let bytes = treeBytes.get(tree);
  if (bytes === undefined) {
    bytes = 0;
    for (const entry of tree.values()) if (entry.type !== 'tree') bytes += entry.size;
    treeBytes.set(tree, bytes);
  }
  return bytes;
}

/** What git says when PCRE stops matching a line: its match, depth or JIT stack limit (pcre2_jit_match failed with error code -47: match limit exceeded). */
const PCRE_GAVE_UP = /pcre2?_\w+ failed with error code -?\d+/;

/** Pathspecs naming more files than this make git grep slow (it matches every path against each). */
const MAX_GREP_PATHSPECS = 500;

/**
 * What one `git grep` should search to cover `paths` (regular files of `tree`): the whole tree when the wanted files
 * are nearly all of its bytes (searching the rest costs less than naming them); else the highest folders whose every
 * entry is wanted, and the remaining files — or, when that is too many to name, the whole tree if the wanted files
 * are most of its bytes. Undefined when neither fits: then reading just those files is cheaper.
 */
export function grepScope(tree: ReadonlyMap<string, TreeEntry>, paths: readonly string[]): string[] | undefined {
  if (!paths.length) return undefined;
  const treeBytes = bytesOf(tree);
  let wantedBytes = 0;
  for (const path of paths) wantedBytes += tree.get(path)?.size ?? 0;
  if (wantedBytes >= treeBytes * 0.9) return [];
  const total = new Map<string, number>();
  const wanted = new Map<string, number>();
  const count = (counts: Map<string, number>, path: string) => {
    for (let i = path.lastIndexOf('/'); ; i = path.lastIndexOf('/', i - 1)) {
      const dir = i < 0 ? '' : path.slice(0, i);
      counts.set(dir, (counts.get(dir) ?? 0) + 1);
      if (i <= 0) break;
    }
  };
  for (const entry of tree.values()) if (entry.type !== 'tree') count(total, entry.path);
  for (const path of paths) count(wanted, path);
  const covered = (dir: string) => wanted.get(dir) === total.get(dir);
  if (covered('')) return [];
  const specs = new Set<string>();
  for (const path of paths) {
    // The highest folder above the file that holds nothing else; the file itself when there is none.
    let spec = path;
    for (let i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
      if (covered(path.slice(0, i))) {
        spec = path.slice(0, i);
        break;
      }
    }
    specs.add(spec);
  }
  if (specs.size <= MAX_GREP_PATHSPECS) return [...specs];
  return wantedBytes * 2 >= treeBytes ? [] : undefined;
}

/**
 * `git grep -n -z` output parsed as it streams, each line's text decoded. Records are "<ref>:<path> NUL <line> NUL
 * <text> LF"; with `heading` (git grep --heading, for trees where no path holds a newline) the path comes once per
 * file as "<ref>:<path> LF" and the records are "<line> NUL <text> LF" — a third of the bytes for short matches.
 */
export class GrepOutputParser {
  /** What has arrived since the last complete record. */
  private pending: Buffer[] = [];
  private lastName?: Buffer;
  private lastPath: string | undefined;
  records = 0;

  constructor(
    private readonly prefix: string,
    private readonly onLine: (path: string, line: number, text: string) => void,
    private readonly heading = false,
  ) {}

  push(chunk: Buffer): void {
    this.pending.push(chunk);
    // Every record ends with a newline: until one arrives, nothing is complete (and a long line is joined once).
    if (chunk.indexOf(10) < 0) return;
    const buf = this.pending.length > 1 ? Buffer.concat(this.pending) : chunk;
    const at = this.heading ? this.readHeaded(buf) : this.readNamed(buf);
    this.pending = at < buf.length ? [Buffer.from(buf.subarray(at))] : [];
  }

  /** Records that each name their file; returns where the first incomplete one starts. */
  private readNamed(buf: Buffer): number {
    let at = 0;
    for (;;) {
      // A path has no NUL and a line number no newline; the text ends at the first newline (it may hold NULs).
      const nul1 = buf.indexOf(0, at);
      if (nul1 < 0) break;
      const nul2 = buf.indexOf(0, nul1 + 1);
      if (nul2 < 0) break;
      const end = buf.indexOf(10, nul2 + 1);
      if (end < 0) break;
      // Lines of one file come together: its name is decoded once (and the same string is looked up after).
      if (!this.lastName || buf.compare(this.lastName, 0, this.lastName.length, at, nul1) !== 0) {
        this.lastPath = this.pathOf(buf.toString('utf8', at, nul1));
        this.lastName = Buffer.from(buf.subarray(at, nul1));
      }
      this.record(this.lastPath!, this.lineNumber(buf, nul1 + 1, nul2), buf.toString('utf8', nul2 + 1, end));
      at = end + 1;
    }
    return at;
  }

  /** Headings and the records under them; returns where the first incomplete one starts. */
  private readHeaded(buf: Buffer): number {
    let at = 0;
    for (;;) {
      // A record starts with digits and a NUL; a heading with the ref and a colon, so never with digits and a NUL.
      let digits = at;
      while (digits < buf.length && buf[digits]! >= 48 && buf[digits]! <= 57) digits++;
      if (digits >= buf.length) break;
      if (digits > at && buf[digits] === 0) {
        const end = buf.indexOf(10, digits + 1);
        if (end < 0) break;
        if (this.lastPath === undefined) throw new GitError('git grep answered a line before naming its file');
        this.record(this.lastPath, this.lineNumber(buf, at, digits), buf.toString('utf8', digits + 1, end));
        at = end + 1;
      } else {
        const end = buf.indexOf(10, at);
        if (end < 0) break;
        this.lastPath = this.pathOf(buf.toString('utf8', at, end));
        at = end + 1;
      }
    }
    return at;
  }

  private pathOf(name: string): string {
    if (!name.startsWith(this.prefix)) throw new GitError(`git grep answered an unreadable line: ${name.slice(0, 100)}`);
    return name.slice(this.prefix.length);
  }

  private lineNumber(buf: Buffer, from: number, to: number): number {
    let line = 0;
    for (let i = from; i < to; i++) {
      const digit = buf[i]! - 48;
      if (digit < 0 || digit > 9 || line > 1e12) throw new GitError(`git grep answered an unreadable line number for ${(this.lastPath ?? '').slice(0, 100)}`);
      line = line * 10 + digit;
    }
    if (line < 1) throw new GitError(`git grep answered an unreadable line number for ${(this.lastPath ?? '').slice(0, 100)}`);
    return line;
  }

  private record(path: string, line: number, text: string): void {
    this.records++;
    // Decoded as a scan reads any bytes (lenientText): invalid sequences become U+FFFD, ASCII stays itself.
    this.onLine(path, line, text);
  }

  /** The output has ended: a partial record means it was cut off. */
  end(): void {
    if (this.pending.length) throw new GitError('git grep output ended in the middle of a line');
  }
}

/**
 * Blobs through one long-running `git cat-file --batch`, instead of a process per file. The process holds the
 * event loop only while a read is pending, so a CLI run ends when its work does.
 */
class BlobReader {
  private child?: ChildProcessWithoutNullStreams;
  private readonly pending: { oid: string; resolve: (b: Buffer) => void; reject: (e: Error) => void }[] = [];
  private failure?: Error;

  constructor(private readonly dir: string) {}

  read(oid: string): Promise<Buffer> {
    if (this.failure) return Promise.reject(this.failure);
    const child = this.start();
    return new Promise((resolve, reject) => {
      this.pending.push({ oid, resolve, reject });
      if (this.pending.length === 1) this.hold(true);
      child.stdin.write(`${oid}\n`);
    });
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn('git', ['-C', this.dir, 'cat-file', '--batch'], { env: gitEnv() });
    const parser = new BatchOutputParser((body) => this.answer(body));
    child.stdout.on('data', (chunk: Buffer) => {
      try {
        parser.push(chunk);
      } catch (e) {
        this.fail(e as Error);
        child.kill();
      }
    });
    child.on('error', (e) => this.fail(new GitError(`git cat-file failed: ${e.message}`)));
    child.on('close', (code) => this.fail(new GitError(`git cat-file ended (exit ${code}) before answering`)));
    child.stdin.on('error', (e) => this.fail(new GitError(`git cat-file failed: ${e.message}`)));
    this.child = child;
    this.hold(false);
    return child;
  }

  /** Keeps the process alive while reads are pending; lets it go when idle. */
  private hold(busy: boolean): void {
    const child = this.child;
    if (!child) return;
    for (const handle of [child, child.stdout, child.stdin, child.stderr] as unknown as { ref?: () => void; unref?: () => void }[]) {
      if (busy) handle.ref?.();
      else handle.unref?.();
    }
  }

  private answer(body: Buffer | undefined): void {
    const head = this.pending.shift();
    if (!head) throw new GitError('git cat-file answered an object that was not asked for');
    if (body) head.resolve(body);
    else head.reject(new GitError(`git object ${head.oid} is missing from the repository`));
    if (this.pending.length === 0) this.hold(false);
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const p of this.pending.splice(0)) p.reject(this.failure);
  }
}

const STATUS: Record<string, ChangeStatus> = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', C: 'copied', T: 'changed' };

export function parseNameStatus(out: string): ChangedFile[] {
  const fields = out.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < fields.length && fields[i]; ) {
    const code = fields[i++]!;
    const status = STATUS[code[0]!] ?? 'changed';
    if (status === 'renamed' || status === 'copied') {
      const previousPath = fields[i++]!;
      files.push({ path: fields[i++]!, status, previousPath });
    } else files.push({ path: fields[i++]!, status });
  }
  return files;
}
