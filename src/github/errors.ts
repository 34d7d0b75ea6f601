// What an API failure means, read from an octokit error without loading octokit: the facts and publishers that
// only explain failures import this, not the client (./client.ts).

/** What GitHub says when no retry-after comes with a secondary rate limit: wait at least a minute. */
const SECONDARY_DEFAULT_WAIT_S = 60;

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
