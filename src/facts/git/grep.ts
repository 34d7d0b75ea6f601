import type { ScanOptions, ScannedFile, ScannedLine } from '../../core/types.js';
import { GitError, streamGit } from './process.js';
import { bytesOf, hasNewlineInPaths, type TreeEntry } from './tree.js';

// Searching a commit's files with one `git grep`: which pathspecs cover the files wanted (grepScope), git's output
// parsed as it streams (GrepOutputParser), and the search itself, with PCRE where git has it, else the POSIX ERE.

/** `git grep` over the files of one repository; remembers whether its git has PCRE. */
export class GitGrep {
  /** Whether this git searches with PCRE (git grep -P); unknown until first asked. */
  private pcre?: boolean;

  constructor(private readonly dir: string) {}

  /** True when git answered every file; false when it refused the search; else the files it answered in full before PCRE gave up. */
  async search(
    ref: string,
    tree: ReadonlyMap<string, TreeEntry>,
    lines: NonNullable<ScanOptions['lines']>,
    pathspecs: readonly string[],
    wanted: ReadonlyMap<string, string>,
    visit: (file: ScannedFile) => void,
  ): Promise<boolean | Set<string>> {
    // The matches themselves where the caller has a PCRE whose `git grep -o` matches are provably its own (-o resumes
    // after a match as on a line of its own, which only such a pattern cannot tell); otherwise git selects lines and
    // the caller reads them. A refusal may be this pattern's, so it says nothing yet about PCRE as such.
    if (lines.exact && this.pcre !== false) {
      const exact = await this.grepLines(ref, tree, ['-P', lines.exact], pathspecs, wanted, visit, true);
      if (exact) {
        this.pcre = true;
        return exact;
      }
    }
    // A git built without PCRE refuses -P before answering; it is asked once.
    if (this.pcre !== false) {
      const selected = await this.grepLines(ref, tree, ['-P', lines.pcre], pathspecs, wanted, visit);
      if (selected) {
        this.pcre = true;
        return selected;
      }
      this.pcre = false;
    }
    return this.grepLines(ref, tree, ['-E', lines.ere], pathspecs, wanted, visit);
  }

  /**
   * `git grep` at `ref` over `pathspecs` (none: the whole tree); each file of `wanted` visited once with its
   * selected lines. False when git refused the search before it answered anything, so the caller reads instead;
   * where PCRE gave up on a line (a pattern that backtracks, on a line chosen to make it), the files answered in
   * full until then, by the caller's names, so the caller reads the others whole.
   */
  private async grepLines(
    ref: string,
    tree: ReadonlyMap<string, TreeEntry>,
    [dialect, pattern]: ['-P' | '-E', string],
    pathspecs: readonly string[],
    wanted: ReadonlyMap<string, string>,
    visit: (file: ScannedFile) => void,
    onlyMatching = false,
  ): Promise<boolean | Set<string>> {
    const visited = new VisitedPaths();
    // Headings (each path once) unless some path in the tree holds a newline, which would end a heading early.
    const heading = !hasNewlineInPaths(tree);
    // Each file once its records are complete (when the next file starts, or at the end): matches as they came, or lines.
    const parser = new GrepOutputParser(
      `${ref}:`,
      {
        file: (path, lines, texts) => {
          const name = wanted.get(path);
          if (name === undefined) return;
          if (!visited.add(path)) throw new GitError(`git grep answered ${path} twice`);
          visit(
            onlyMatching
              ? { path: name, matches: { lines, texts } }
              : { path: name, lines: texts.map((text, i): ScannedLine => ({ line: lines[i]!, text })) },
          );
        },
      },
      heading,
    );
    // One thread: on a small machine git's threads contend for the object store, and the other core parses.
    const args = [
      'grep',
      '--threads=1',
      '--no-color',
      '--no-column',
      '-n',
      '-z',
      '-a',
      ...(heading ? ['--heading'] : []),
      ...(onlyMatching ? ['-o'] : []),
      dialect,
      '-e',
      pattern,
      ref,
      '--',
      ...pathspecs,
    ];
    return streamGit(this.dir, args, {
      doing: `searching ${wanted.size} files`,
      onOutput: (chunk) => parser.push(chunk),
      onClose: (code, stderr) => {
        // 0: lines found, 1: none. Anything else before a line was answered: the search was refused, read instead.
        if (code !== 0 && code !== 1) {
          if (dialect === '-P' && PCRE_GAVE_UP.test(stderr)) {
            // The file being answered when git gave up was never handed over: it is read whole with the others.
            const answered = new Set<string>();
            for (const path of visited.paths) answered.add(wanted.get(path)!);
            return answered;
          }
          if (!parser.records && !visited.paths.length) return false;
          throw new GitError(`git grep failed (exit ${code}): ${stderr.trim().split('\n')[0] ?? ''}`);
        }
        parser.end();
        // The files with no line to answer (none, where every file cites something).
        if (visited.paths.length < wanted.size) {
          const answered = new Set(visited.paths);
          for (const [path, name] of wanted)
            if (!answered.has(path)) visit(onlyMatching ? { path: name, matches: { lines: [], texts: [] } } : { path: name, lines: [] });
        }
        return true;
      },
    });
  }
}

/**
 * The files a search has handed over, in order, each once. git answers in path order, so while each path comes
 * after the one before none can repeat: a set is built, and then asked for every path, only once one does not.
 */
export class VisitedPaths {
  readonly paths: string[] = [];
  private seen?: Set<string>;

  /** Adds `path`; false when it was handed over before. */
  add(path: string): boolean {
    const last = this.paths[this.paths.length - 1];
    // Once out of order, every path is looked up.
    if (!this.seen && last !== undefined && !(path > last)) this.seen = new Set(this.paths);
    if (this.seen) {
      if (this.seen.has(path)) return false;
      this.seen.add(path);
    }
    this.paths.push(path);
    return true;
  }
}

/** What git says when PCRE stops matching a line: its match, depth or JIT stack limit (pcre2_jit_match failed with error code -47: match limit exceeded). */
const PCRE_GAVE_UP = /pcre2?_\w+ failed with error code -?\d+/;

/** A character outside ASCII (in output decoded as Latin-1: a byte of 0x80 or more). */
// eslint-disable-next-line no-control-regex -- the class is every character above ASCII, controls aside
const NON_ASCII = /[^\x00-\x7f]/;

/** Pathspecs naming more files than this make git grep slow (it matches every path against each). */
const MAX_GREP_PATHSPECS = 500;

/**
 * What one `git grep` should search to cover `paths` (regular files of `tree`): a few top folders that hold only
 * wanted files, or the whole tree if that is all of them; else the whole tree when the wanted files are nearly all of
 * its bytes (searching the rest costs less than naming them); else the highest folders whose every entry is wanted,
 * and the remaining files — or, when that is too many to name, the whole tree if the wanted files are most of its
 * bytes. Undefined when none fits: then reading just those files is cheaper.
 */
export function grepScope(tree: ReadonlyMap<string, TreeEntry>, paths: readonly string[]): string[] | undefined {
  if (!paths.length) return undefined;
  // The usual tests globs: a few top folders that hold only wanted files — searched alone, git reads nothing else.
  const top = topFolders(tree, paths);
  if (top) return top;
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

/** A few top folders that hold only wanted files. */
const FEW_PATHSPECS = 8;

/**
 * The top-level folders (or files) of the wanted files when they are few and hold nothing else (as many files in
 * the tree under each as wanted under it); [] when that is the whole tree; else undefined. Counted, with one look at
 * each path's first segment: no lookup per file. (Every wanted file lies under a top named, so the search covers
 * them whatever the counts say; the counts only keep it from searching more.)
 */
function topFolders(tree: ReadonlyMap<string, TreeEntry>, paths: readonly string[]): string[] | undefined {
  const wanted = countByTop(paths, FEW_PATHSPECS);
  if (!wanted) return undefined;
  const listed = new Map<string, number>();
  let others = 0;
  const files: string[] = [];
  for (const entry of tree.values()) if (entry.type !== 'tree') files.push(entry.path);
  const all = countByTop(files, Infinity)!;
  for (const [top, n] of all) {
    if (wanted.has(top)) listed.set(top, n);
    else others += n;
  }
  for (const [top, n] of wanted) if (listed.get(top) !== n) return undefined;
  return others ? [...wanted.keys()] : [];
}

/** How many paths lie under each first segment; undefined beyond `most` segments. Paths come grouped by folder. */
function countByTop(paths: readonly string[], most: number): Map<string, number> | undefined {
  const counts = new Map<string, number>();
  let last = '';
  let run = 0;
  for (const path of paths) {
    // The same top as the path before: no slice.
    if (run && path.startsWith(last) && path.charCodeAt(last.length) === 47) {
      run++;
      continue;
    }
    if (run) counts.set(last, (counts.get(last) ?? 0) + run);
    const slash = path.indexOf('/');
    last = slash < 0 ? path : path.slice(0, slash);
    run = 1;
    if (!counts.has(last) && counts.size >= most) return undefined;
  }
  if (run) counts.set(last, (counts.get(last) ?? 0) + run);
  return counts;
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
  /** With a `file` sink: the file whose records are being gathered, and those records so far. */
  private filePath: string | undefined;
  private lines: number[] = [];
  private texts: string[] = [];

  constructor(
    private readonly prefix: string,
    /** Each record as it is read; or each file, with all its records, once the next file starts (or at the end). */
    private readonly sink: ((path: string, line: number, text: string) => void) | GrepFileSink,
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
    // Output in ASCII (the usual case: ids and plain paths) is decoded once, as a whole, and read as a string — the
    // same characters, with no call out of JavaScript per record; other output is read byte by byte.
    const ascii = buf.toString('latin1');
    return NON_ASCII.test(ascii) ? this.readHeadedBytes(buf) : this.readHeadedAscii(ascii, buf);
  }

  /** readHeaded over output known to be ASCII, as `text` (the same characters at the same offsets as `buf`). */
  private readHeadedAscii(text: string, buf: Buffer): number {
    const length = text.length;
    let at = 0;
    for (;;) {
      // A record starts with digits and a NUL; a heading with the ref and a colon, so never with digits and a NUL.
      let digits = at;
      let c = 0;
      while (digits < length && (c = text.charCodeAt(digits)) >= 48 && c <= 57) digits++;
      if (digits >= length) break;
      if (digits > at && c === 0) {
        const end = text.indexOf('\n', digits + 1);
        if (end < 0) break;
        if (this.lastPath === undefined) throw new GitError('git grep answered a line before naming its file');
        this.record(this.lastPath, this.lineNumber(buf, at, digits), text.slice(digits + 1, end));
        at = end + 1;
      } else {
        const end = text.indexOf('\n', at);
        if (end < 0) break;
        this.lastPath = this.pathOf(text.slice(at, end));
        at = end + 1;
      }
    }
    return at;
  }

  /** readHeaded over any bytes, each text decoded as UTF-8. */
  private readHeadedBytes(buf: Buffer): number {
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
      if (digit < 0 || digit > 9 || line > 1e12)
        throw new GitError(`git grep answered an unreadable line number for ${(this.lastPath ?? '').slice(0, 100)}`);
      line = line * 10 + digit;
    }
    if (line < 1) throw new GitError(`git grep answered an unreadable line number for ${(this.lastPath ?? '').slice(0, 100)}`);
    return line;
  }

  private record(path: string, line: number, text: string): void {
    this.records++;
    // Decoded as a scan reads any bytes (lenientText): invalid sequences become U+FFFD, ASCII stays itself.
    if (typeof this.sink === 'function') return this.sink(path, line, text);
    if (path !== this.filePath) {
      this.fileDone();
      this.filePath = path;
    }
    this.lines.push(line);
    this.texts.push(text);
  }

  private fileDone(): void {
    if (this.filePath === undefined || typeof this.sink === 'function') return;
    const { filePath, lines, texts } = this;
    this.filePath = undefined;
    this.lines = [];
    this.texts = [];
    this.sink.file(filePath, lines, texts);
  }

  /** The output has ended: a partial record means it was cut off; else the last file is complete. */
  end(): void {
    if (this.pending.length) throw new GitError('git grep output ended in the middle of a line');
    this.fileDone();
  }
}

/** What takes a file's records at once: its line numbers and texts, in order. */
export interface GrepFileSink {
  file(path: string, lines: number[], texts: string[]): void;
}
