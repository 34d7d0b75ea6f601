import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { ScannedFile } from '../../core/types.js';
import { lenientText } from '../text.js';
import { gitEnv, GitError, streamGit, withNextStep } from './process.js';

// Reading blobs through `git cat-file --batch`: its output parsed as it streams (BatchOutputParser), many files in
// one process of their own (catFiles), and single reads through one long-running process (BlobReader).

/**
 * `git cat-file --batch` output parsed as it streams: a header "<oid> <type> <size>" (or "<oid> missing"), the
 * body, a newline. Each body is copied once into a buffer of its own size, however the chunks fall.
 */
export class BatchOutputParser {
  private header: Buffer[] = [];
  private body?: Buffer;
  private filled = 0;
  private newlineDue = false;

  /**
   * With `sharedFrom`, a body of that many bytes or more is read into shared memory (a SharedArrayBuffer): a worker
   * thread can then read the very bytes (the XSD validation of a large XML SBOM) without a copy of its own.
   */
  constructor(
    private readonly onObject: (body: Buffer | undefined) => void,
    private readonly sharedFrom = Infinity,
  ) {}

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
      if (!Number.isSafeInteger(length) || length < 0)
        throw new GitError(`git cat-file answered an unreadable header: ${line.slice(0, 100)}`);
      this.body = length >= this.sharedFrom ? Buffer.from(new SharedArrayBuffer(length)) : Buffer.allocUnsafe(length);
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

/** Whole files through one `git cat-file --batch` of their own, visited in the order given. */
export async function catFiles(
  dir: string,
  items: readonly ({ path: string; oid: string } | ScannedFile)[],
  visit: (file: ScannedFile) => void,
): Promise<void> {
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
  await streamGit(dir, ['cat-file', '--batch'], {
    doing: `reading ${oids.length} files`,
    input: oids.join('\n') + '\n',
    onOutput: (chunk) => parser.push(chunk),
    onClose: (code) => {
      if (next !== items.length)
        throw new GitError(`git cat-file ended (exit ${code}) before it had read ${items[next]?.path ?? 'every file'}`);
    },
  });
}
/** Single reads of this size or more come in shared memory (see BatchOutputParser). */
const SHARED_FROM = 1 << 20;
/** What a single read's failure says git was doing. */
const READING = 'git cat-file reading a file';

/**
 * Blobs through one long-running `git cat-file --batch`, instead of a process per file. The process holds the
 * event loop only while a read is pending, so a CLI run ends when its work does.
 */
export class BlobReader {
  private child?: ChildProcessWithoutNullStreams;
  private readonly pending: { oid: string; resolve: (b: Buffer) => void; reject: (e: Error) => void }[] = [];
  /** Objects asked for and not yet written to git: the reads of one turn of the event loop go in one write. */
  private unsent: string[] = [];
  private failure?: Error;

  constructor(private readonly dir: string) {}

  read(oid: string): Promise<Buffer> {
    // A failure reaches the user as a catFiles failure does: with what git was doing and what to do next.
    if (this.failure) return Promise.reject(withNextStep(this.failure, READING));
    const child = this.start();
    return new Promise((resolve, reject) => {
      this.pending.push({ oid, resolve, reject: (e) => reject(withNextStep(e, READING)) });
      if (this.pending.length === 1) this.hold(true);
      this.unsent.push(oid);
      if (this.unsent.length === 1) setImmediate(() => this.send(child));
    });
  }

  private send(child: ChildProcessWithoutNullStreams): void {
    const oids = this.unsent;
    this.unsent = [];
    if (!this.failure) child.stdin.write(`${oids.join('\n')}\n`);
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn('git', ['-C', this.dir, 'cat-file', '--batch'], { env: gitEnv() });
    const parser = new BatchOutputParser((body) => this.answer(body), SHARED_FROM);
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
