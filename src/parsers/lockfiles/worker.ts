import { parentPort } from 'node:worker_threads';
import { readPackageLock } from './npm.js';
import { packLockfile, type PackedPurls } from './packed.js';
import type { ExactMatches, LockfileResult } from './types.js';

// The worker thread's side of concurrent.ts: reads the package-lock.json it is sent (text in) and posts back what it
// pins, packed (packed.ts), and, when it is sent purls (an SBOM's components'), which of them it pins exactly. A
// reader that throws ends the thread with the error, which the main thread reports on the file.

export function lockfileWorker(): void {
  // Two messages, in this order or the other: the lockfile, and what to answer with (the purls to look up, if any).
  let read: LockfileResult | undefined;
  let asked: { purls?: PackedPurls } | undefined;
  parentPort?.on('message', (m: { path: string; text: string } | { purls?: PackedPurls }) => {
    if ('text' in m) read = readPackageLock(m.path, m.text);
    else asked = m;
    if (!read || !asked) return;
    if (asked.purls && read.byPurl) read.exact = exactMatches(read.byPurl, read.packages.length, asked.purls);
    const packed = packLockfile(read);
    const transfer = [
      packed.starts.buffer,
      packed.flags.buffer,
      ...(packed.exact ? [packed.exact.matched.buffer, packed.exact.accounted.buffer] : []),
    ];
    parentPort!.postMessage(packed, transfer as ArrayBuffer[]);
  });
}

/** The purls asked for, looked up in the lockfile's index by purl (one hash look-up each). */
export function exactMatches(byPurl: ReadonlyMap<string, number>, packages: number, purls: PackedPurls): ExactMatches {
  const matched = new Uint8Array(packages);
  const accounted = new Uint8Array(purls.starts.length - 1);
  for (let i = 0; i < accounted.length; i++) {
    const j = byPurl.get(purls.strings.slice(purls.starts[i], purls.starts[i + 1]));
    if (j === undefined) continue;
    accounted[i] = 1;
    matched[j] = 1;
  }
  return { matched, accounted };
}
