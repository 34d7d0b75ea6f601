import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { timeoutSignal } from '../src/util/abort.js';

describe('timeoutSignal', () => {
  it('ends a request to a server that never answers, even when garbage is collected meanwhile', async () => {
    const server = createServer(() => undefined); // never answers
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const started = Date.now();
      const { signal } = timeoutSignal(200);
      // Settled into a value at once, so the rejection is never unhandled while the loop below runs.
      const pending = fetch(`http://127.0.0.1:${port}/`, { signal }).then(
        () => 'answered',
        (e: Error) => e.name,
      );
      // What AbortSignal.any([AbortSignal.timeout()]) can lose: nothing but the request refers to the signal.
      for (let i = 0; i < 20; i++) {
        new Array(200_000).fill({ i });
        (globalThis as { gc?: () => void }).gc?.();
        await new Promise((r) => setTimeout(r, 5));
      }
      expect(await pending).toBe('TimeoutError');
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('follows the signals it is given, and clear() stops the timer and the following', async () => {
    const run = new AbortController();
    const t = timeoutSignal(60_000, [run.signal, undefined]);
    expect(t.signal.aborted).toBe(false);
    run.abort(new Error('deadline'));
    expect(t.signal.aborted).toBe(true);
    expect((t.signal.reason as Error).message).toBe('deadline');

    const other = new AbortController();
    const cleared = timeoutSignal(10, [other.signal]);
    cleared.clear();
    other.abort();
    await new Promise((r) => setTimeout(r, 30));
    expect(cleared.signal.aborted).toBe(false);

    const already = new AbortController();
    already.abort('gone');
    const gone = timeoutSignal(60_000, [already.signal]);
    expect(gone.signal.reason).toBe('gone');
    gone.clear();

    // unfollow() leaves the timer and the signal as they are, and no listener on the long-lived signal.
    const deadline = new AbortController();
    const request = timeoutSignal(20, [deadline.signal]);
    request.unfollow();
    deadline.abort();
    expect(request.signal.aborted).toBe(false);
    await new Promise((r) => setTimeout(r, 60));
    expect((request.signal.reason as Error).name).toBe('TimeoutError');
  });
});
