import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { timeoutSignal } from '../util/abort.js';

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

/** What GitHub says when no retry-after comes with a secondary rate limit: wait at least a minute. */
const SECONDARY_DEFAULT_WAIT_S = 60;

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

interface ErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

export interface RateLimit {
  kind: 'primary' | 'secondary';
  /** Seconds to wait before trying again. */
  waitSeconds: number;
  /** When the limit resets (ms since the epoch), when GitHub said so. */
  resetAt?: number;
}

/** The rate limit an error reports, if it is one. */
export function rateLimitOf(e: unknown, now = Date.now()): RateLimit | undefined {
  const err = e as ErrorLike;
  if (err?.status !== 403 && err?.status !== 429) return undefined;
  const headers = err.response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  const message = `${err.message ?? ''} ${JSON.stringify((err.response?.data as { message?: unknown } | undefined)?.message ?? '')}`;
  const secondary = /secondary rate limit/i.test(message);
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0) {
    return {
      kind: secondary || headers['x-ratelimit-remaining'] !== '0' ? 'secondary' : 'primary',
      waitSeconds: retryAfter,
      resetAt: now + retryAfter * 1000,
    };
  }
  if (headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    if (Number.isFinite(reset) && reset > 0) {
      // One second past the reset, as GitHub advises.
      return { kind: 'primary', waitSeconds: Math.max(0, Math.ceil((reset * 1000 - now) / 1000) + 1), resetAt: reset * 1000 };
    }
    return { kind: 'primary', waitSeconds: SECONDARY_DEFAULT_WAIT_S };
  }
  if (secondary || err.status === 429)
    return { kind: 'secondary', waitSeconds: SECONDARY_DEFAULT_WAIT_S, resetAt: now + SECONDARY_DEFAULT_WAIT_S * 1000 };
  return undefined;
}

/**
 * A 5xx, or no answer at all (a reset socket, a per-request timeout): worth another try. Any 4xx that is not a
 * rate limit (400, 401, 403, 404, 409, 410, 422, ...) is an answer about the request and is never retried.
 */
function isTransient(e: unknown): boolean {
  const status = (e as ErrorLike)?.status;
  if (typeof status !== 'number') return true;
  if (status >= 500) return true;
  return false;
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
            const status = (e as ErrorLike).status;
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

/** A status and message from an octokit error, whatever shape it has. */
export function apiErrorStatus(e: unknown): number | undefined {
  const status = (e as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * An API failure as a sentence that names the endpoint and what to do; `permission` is the token
 * permission that a 403 or 404 most likely means is missing.
 */
export function describeApiError(e: unknown, endpoint: string, permission?: string): string {
  const status = apiErrorStatus(e);
  const headers = ((e as { response?: { headers?: Record<string, string> } })?.response?.headers ?? {}) as Record<string, string>;
  const message = ((e as Error)?.message ?? String(e)).split('\n')[0]!.slice(0, 300);
  const limit = rateLimitOf(e);
  if (limit) {
    const reset = Number(headers['x-ratelimit-reset']);
    const resetAt = limit.kind === 'primary' && Number.isFinite(reset) && reset > 0 ? reset * 1000 : limit.resetAt;
    const when = resetAt ? ` until ${new Date(resetAt).toISOString()}` : '';
    const kind = limit.kind === 'secondary' ? 'secondary rate limit' : 'rate limit';
    return `${endpoint}: GitHub API ${kind} reached${when}, a longer wait than the time budget (timeout-seconds) allows — re-run the job after that time`;
  }
  if ((status === 403 || status === 404) && permission) {
    return `${endpoint} answered ${status} (${message}) — the token needs "${permission}"`;
  }
  if (status === undefined || status >= 500) {
    return `${endpoint} failed after retries (${status ?? 'no response'}: ${message}) — GitHub may be having trouble; re-run the job`;
  }
  return `${endpoint} answered ${status}: ${message}`;
}
