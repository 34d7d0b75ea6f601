import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { timeoutSignal } from '../util/abort.js';

// The one way this project builds a GitHub REST client: retries with backoff on 5xx and network faults,
// waits out rate limits only while the run's time budget allows, and aborts every request at the deadline.

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL: api.github.com, or a GitHub Enterprise Server's /api/v3. */
  baseUrl: string;
  /** Aborts every request once the run's time budget is spent. */
  deadline: AbortSignal;
  /** Milliseconds a single request may take. */
  requestTimeoutMs: number;
  retries: number;
  /** Base of the quadratic backoff between retries (ms). */
  retryDelayMs: number;
  /** Longest rate-limit wait that is worth taking (ms); beyond it the request fails. */
  maxRateLimitWaitMs: number;
  log?: (message: string) => void;
}

export function createClient(o: ClientOptions): GitHubClient {
  const wait = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    const worthIt = retryCount < o.retries && retryAfter * 1000 <= o.maxRateLimitWaitMs && !o.deadline.aborted;
    o.log?.(`${kind} on ${options.method} ${options.url}: ${worthIt ? `retrying in ${retryAfter}s` : 'not waiting'}`);
    return worthIt;
  };
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
  const client = getOctokit(
    o.token,
    {
      baseUrl: o.baseUrl.replace(/\/+$/, ''),
      retry: { retries: o.retries, retryAfterBaseValue: o.retryDelayMs },
      throttle: { onRateLimit: wait('rate limit'), onSecondaryRateLimit: wait('secondary rate limit') },
      request: { retries: o.retries, fetch: fetchWithTimeout },
    },
    retry,
    throttling,
  );
  return client;
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
  if ((status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'])) {
    const reset = Number(headers['x-ratelimit-reset']);
    const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
    return `${endpoint}: GitHub API rate limit exhausted${when} — re-run the job later`;
  }
  if ((status === 403 || status === 404) && permission) {
    return `${endpoint} answered ${status} (${message}) — the token needs "${permission}"`;
  }
  if (status === undefined || status >= 500) {
    return `${endpoint} failed after retries (${status ?? 'no response'}: ${message}) — GitHub may be having trouble; re-run the job`;
  }
  return `${endpoint} answered ${status}: ${message}`;
}
