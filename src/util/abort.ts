/**
 * A signal that aborts after `ms`, or as soon as one of `signals` does. Written out rather than as
 * `AbortSignal.any([AbortSignal.timeout(ms), ...])`: Node may garbage-collect a timeout signal that only such a
 * composite refers to before it fires (nodejs/node#57736), and a request to a server that never answers then waits
 * for ever. Here the timer holds the controller until it fires or `clear()` is called. `unref`: the timer does not
 * keep the process alive (for callers that cannot tell when the request is over). `unfollow()` stops following
 * `signals` and leaves the timer: a long-lived signal (the run's deadline) then gathers no listener per request.
 */
export function timeoutSignal(
  ms: number,
  signals: readonly (AbortSignal | null | undefined)[] = [],
  opts: { unref?: boolean } = {},
): { signal: AbortSignal; clear(): void; unfollow(): void } {
  const controller = new AbortController();
  const followed: [AbortSignal, () => void][] = [];
  const unfollow = () => {
    for (const [source, follow] of followed) source.removeEventListener('abort', follow);
    followed.length = 0;
  };
  const clear = () => {
    clearTimeout(timer);
    unfollow();
  };
  const timer = setTimeout(() => {
    controller.abort(new DOMException(`no answer within ${ms} ms`, 'TimeoutError'));
    clear();
  }, ms);
  if (opts.unref) timer.unref();
  for (const source of signals) {
    if (!source) continue;
    if (source.aborted) {
      controller.abort(source.reason);
      clear();
      break;
    }
    const follow = () => {
      controller.abort(source.reason);
      clear();
    };
    source.addEventListener('abort', follow, { once: true });
    followed.push([source, follow]);
  }
  return { signal: controller.signal, clear, unfollow };
}
