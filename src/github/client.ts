import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { timeoutSignal } from '../util/abort.js';
import { apiErrorStatus, rateLimitOf } from './errors.js';

// The one way this project builds a GitHub REST client, and how it behaves towards GitHub:
// - a 4xx is an answer: 400/401/403/404/409/410/422 (and any other 4xx that is not a rate limit) is never retried;
// - a rate limit is obeyed: a secondary limit (403/429 with retry-after, or GitHub's "secondary rate limit"
//   message) waits what retry-after says (a minute when it says nothing); a primary limit
//   (x-ratelimit-remaining: 0) waits until x-ratelimit-reset; a wait longer than what is left of the run's budget
//   is not attempted and the error says when the limit resets;
// - 5xx and network faults back off exponentially with full jitter, only while the budget lasts;
// - writes are spaced (GitHub asks for a second between mutating requests) and none is sent after the deadline.
// Written as one small octokit plugin rather than @octokit/plugin-retry + plugin-throttling: those retry every
// error when `request.retries` is set, know nothing of a deadline, and miss a 429 without the message.

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL: api.github.com, or a GitHub Enterprise Server's /api/v3. */
  baseUrl: string;
  /** Aborts every request once the run's time budget is spent. */
  deadline: AbortSignal;
  /** When the budget ends (ms since the epoch, as Date.now()); waits that would end later are not taken. */
  deadlineAt?: number;
  /** Milliseconds a single request may take. */
  requestTimeoutMs: number;
  /** Retries of a 5xx or network fault, and of a rate-limited request. */
  retries: number;
  /** Base of the exponential backoff between retries of a 5xx or network fault (ms). */
  retryDelayMs: number;
  /** Longest rate-limit wait that is worth taking (ms), on top of the budget's end. */
  maxRateLimitWaitMs: number;
  /** Milliseconds per second of a wait GitHub announces (retry-after, x-ratelimit-reset); 1000 but in tests. */
  secondMs?: number;
  /** Least time between two writes (POST, PATCH, PUT, DELETE), ms; GitHub asks for 1000. */
  writeSpacingMs?: number;
  /** The waiting itself (ms); injected by tests that record the waits. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** A number in [0, 1) for the jitter. */
  random?: () => number;
  log?: (message: string) => void;
}

export function sleepFor(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', stop);
    };
    const stop = () => {
      done();
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      done();
      resolve();
    }, ms);
    signal.addEventListener('abort', stop, { once: true });
  });
}

/**
 * A 5xx, or no answer at all (a reset socket, a per-request timeout): worth another try. Any 4xx that is not a
 * rate limit (400, 401, 403, 404, 409, 410, 422, ...) is an answer about the request and is never retried.
 */
function isTransient(e: unknown): boolean {
  const status = apiErrorStatus(e);
  return status === undefined || status >= 500;
}

type RequestFn = (options: { method?: string; url?: string; [k: string]: unknown }) => Promise<unknown>;

function conduct(o: ClientOptions) {
  const secondMs = o.secondMs ?? 1000;
  const spacing = o.writeSpacingMs ?? 1000;
  const sleep = o.sleep ?? sleepFor;
  const random = o.random ?? Math.random;
  const deadlineAt = o.deadlineAt ?? Number.POSITIVE_INFINITY;
  let writes: Promise<unknown> = Promise.resolve();
  let lastWriteAt = Number.NEGATIVE_INFINITY;
  const left = () => deadlineAt - Date.now();

  /** Writes go one at a time, `spacing` apart. */
  const spaced = <T>(fn: () => Promise<T>): Promise<T> => {
    const turn = writes.then(async () => {
      const gap = lastWriteAt + spacing - Date.now();
      if (gap > 0) await sleep(gap, o.deadline);
      if (o.deadline.aborted) throw o.deadline.reason;
      try {
        return await fn();
      } finally {
        lastWriteAt = Date.now();
      }
    });
    writes = turn.catch(() => undefined);
    return turn;
  };

  return (octokit: {
    hook: { wrap: (name: 'request', fn: (request: RequestFn, options: Parameters<RequestFn>[0]) => Promise<unknown>) => void };
  }) => {
    octokit.hook.wrap('request', async (request, options) => {
      const method = String(options.method ?? 'GET').toUpperCase();
      const isWrite = method !== 'GET' && method !== 'HEAD';
      const what = `${method} ${String(options.url ?? '')}`;
      // `request: { retries: 0 }` on a call: a write that must not be repeated blindly (its answer may be lost
      // after GitHub carried it out); rate limits are still waited out, as GitHub did nothing then.
      const own = (options.request as { retries?: unknown } | undefined)?.retries;
      const faultRetries = typeof own === 'number' ? own : o.retries;
      for (let attempt = 0; ; attempt++) {
        if (o.deadline.aborted) throw o.deadline.reason ?? new Error(`${what}: the time budget is spent`);
        try {
          return await (isWrite ? spaced(() => request(options)) : request(options));
        } catch (e) {
          if (o.deadline.aborted || attempt >= o.retries) throw e;
          const limit = rateLimitOf(e);
          let waitMs: number;
          if (limit) {
            waitMs = limit.waitSeconds * secondMs;
            const when = limit.resetAt ? ` (it resets at ${new Date(limit.resetAt).toISOString()})` : '';
            if (waitMs > left() || waitMs > o.maxRateLimitWaitMs) {
              o.log?.(
                `${limit.kind} rate limit on ${what}: a ${limit.waitSeconds}s wait is longer than the time budget allows${when}; not waiting`,
              );
              throw e;
            }
            o.log?.(`${limit.kind} rate limit on ${what}: waiting ${limit.waitSeconds}s as GitHub asks${when}`);
          } else if (isTransient(e)) {
            const status = apiErrorStatus(e);
            if (attempt >= faultRetries) throw e;
            // Full jitter: anywhere up to base·2^attempt, so racing runs do not retry in step.
            waitMs = Math.round(random() * o.retryDelayMs * 2 ** attempt);
            if (waitMs >= left()) throw e;
            o.log?.(`${what} failed (${status ?? 'no answer'}); retry ${attempt + 1} of ${o.retries} in ${waitMs} ms`);
          } else {
            throw e;
          }
          await sleep(waitMs, o.deadline).catch(() => {
            throw e;
          });
        }
      }
    });
    return {};
  };
}

export function createClient(o: ClientOptions): GitHubClient {
  // A fresh timeout per attempt (so a retry after a hung response gets its own), bounded by the run's deadline;
  // through @actions/github's fetch, which honours the runner's proxy settings.
  const baseFetch = ((actionsDefaults.request as { fetch?: typeof fetch } | undefined)?.fetch ?? fetch) as typeof fetch;
  // The body is read after this returns: the timer (unref'd) is left to cover it; the run's deadline is followed
  // until the answer starts, so the deadline does not gather a listener per request.
  const fetchWithTimeout: typeof fetch = async (input, init) => {
    const timeout = timeoutSignal(o.requestTimeoutMs, [o.deadline, init?.signal], { unref: true });
    try {
      return await baseFetch(input, { ...init, signal: timeout.signal });
    } finally {
      timeout.unfollow();
    }
  };
  return getOctokit(o.token, { baseUrl: o.baseUrl.replace(/\/+$/, ''), request: { fetch: fetchWithTimeout } }, conduct(o) as never);
}
