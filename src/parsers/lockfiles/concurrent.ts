import { Worker } from 'node:worker_threads';
import { ENTRY_URL, LOCKFILE_JOB } from './job.js';
import { basename, readLockfileOfKind } from './kinds.js';
import { packPurls, unpackLockfile, type PackedLockfile } from './packed.js';
import type { LockfileResult } from './types.js';

// A large package-lock.json read on a second core: its parse and its purls (about 0.5 s of CPU at 100,000 packages)
// run in a worker thread while the main thread validates the SBOM. Text in, the same LockfileResult out (packed.ts says
// how it crosses back). The worker is the bundle's entry file re-entered with LOCKFILE_JOB as its workerData (as the
// action's evaluation worker is; src/action.ts marks the entry for this module); where there is no bundle (the
// sources under a test runner) and for small or other lockfiles, the file is read in this thread. A worker that
// fails, or stops before it answers, is an error finding on the file: never a lockfile that pins nothing.

export { ENTRY_URL, LOCKFILE_JOB };

/** Lockfiles shorter than this (characters) are read in this thread: a worker's start would cost more than it saves. */
export const WORKER_FROM_CHARS = 1 << 20;

const WORKER_KINDS: ReadonlySet<string> = new Set(['package-lock.json', 'npm-shrinkwrap.json']);

export interface ConcurrentOptions {
  /** Starts the worker thread (tests); by default the entry file re-entered, when it marked itself. */
  start?: () => Worker;
  /** Lockfiles of at least this many characters go to a worker (default WORKER_FROM_CHARS). */
  fromChars?: number;
  /**
   * The worker is started at once, but handed the lockfile only when this signal is given: the caller lets it parse
   * once its own thread has parsed what it had to (two parses at once slow both: each heap's garbage collector works
   * on the core the other thread takes). The purls it is given (undefined for none), the worker looks up among the
   * lockfile's packages as they are written: the result's `exact`.
   */
  after?: Signal;
}

/**
 * Given once, with purls or without; listeners run when it is given (at once, not in a later turn: the worker then
 * starts while the thread that gave it goes on with its work).
 */
export class Signal {
  private given?: { purls?: readonly (string | undefined)[] };
  private listeners: ((purls?: readonly (string | undefined)[]) => void)[] = [];

  give(purls?: readonly (string | undefined)[]): void {
    if (this.given) return;
    this.given = purls ? { purls } : {};
    for (const listener of this.listeners.splice(0)) listener(purls);
  }

  listen(listener: (purls?: readonly (string | undefined)[]) => void): void {
    if (this.given) listener(this.given.purls);
    else this.listeners.push(listener);
  }
}

/**
 * What one lockfile pins, a large package-lock.json read in a worker thread. Call it, then do other work: the
 * promise settles when the worker answers. Never rejects on a malformed file or a failed worker (a finding says so).
 */
export function readLockfileConcurrently(path: string, text: string, opts: ConcurrentOptions = {}): Promise<LockfileResult> {
  const start = opts.start ?? entryWorker();
  if (!start || !WORKER_KINDS.has(basename(path)) || text.length < (opts.fromChars ?? WORKER_FROM_CHARS))
    return readLockfileOfKind(path, text);
  return new Promise((resolve) => {
    let settled = false;
    // The first answer, error or exit settles it; the worker is ended then, and anything after is ignored.
    const settle = (result: () => LockfileResult) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      resolve(result());
    };
    const failed = (why: string) => settle(() => workerFailed(path, why));
    const worker = start();
    // Waiting for its work, the worker does not keep the process alive (should the caller never give the signal,
    // a failed run still ends); once it has work, it does until it answers.
    worker.unref();
    worker.on('message', (packed: PackedLockfile) =>
      settle(() => {
        try {
          return unpackLockfile(packed, text);
        } catch (e) {
          return workerFailed(path, `its answer could not be read (${(e as Error).message})`);
        }
      }),
    );
    worker.on('error', (e: unknown) => failed(`failed: ${e instanceof Error ? e.message : String(e)}`));
    worker.on('exit', (code) => failed(`stopped (exit code ${code}) before answering`));
    // The lockfile, and what to answer with (measured: handing the lockfile over at once, to be parsed while this
    // thread parses its SBOM, was no faster than with the signal, and took more CPU time).
    const post = (purls?: readonly (string | undefined)[]) => {
      if (settled) return;
      try {
        worker.ref();
        worker.postMessage({ path, text });
        worker.postMessage(purls ? { purls: packPurls(purls) } : {});
      } catch (e) {
        failed(`could not be handed the lockfile (${(e as Error).message})`);
      }
    };
    if (opts.after) opts.after.listen(post);
    else post();
  });
}

function entryWorker(): (() => Worker) | undefined {
  const entry = (globalThis as Record<symbol, unknown>)[ENTRY_URL];
  if (typeof entry !== 'string') return undefined;
  return () => new Worker(new URL(entry), { workerData: { kind: LOCKFILE_JOB } });
}

function workerFailed(path: string, why: string): LockfileResult {
  return {
    kind: basename(path),
    packages: [],
    findings: [
      {
        severity: 'error',
        message: `${path} could not be read: the worker thread reading it ${why}, so the drift check has nothing to compare — run the check again; if it fails again, report it`,
        file: path,
        line: 1,
      },
    ],
  };
}
