import { parentPort } from 'node:worker_threads';
import { readPackageLock } from './npm.js';
import { packLockfile } from './packed.js';

// The worker thread's side of concurrent.ts: reads the package-lock.json it is sent (text in) and posts back what it
// pins, packed (packed.ts). A reader that throws ends the thread with the error, which the main thread reports on
// the file.

export function lockfileWorker(): void {
  parentPort?.on('message', (m: { path: string; text: string }) => {
    const packed = packLockfile(readPackageLock(m.path, m.text));
    parentPort!.postMessage(packed, [packed.starts.buffer as ArrayBuffer, packed.flags.buffer as ArrayBuffer]);
  });
}
