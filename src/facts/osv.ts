import type { OsvVulnerability } from '../core/osv.js';
import { FactError } from '../core/types.js';
import { timeoutSignal } from '../util/abort.js';

// The OSV.dev API client: POST /v1/querybatch (by purl, ≤ 1000 queries a request, following next_page_token),
// then GET /v1/vulns/{id} once per distinct id for the full records. Retries 5xx, 429 and network faults with
// backoff, each attempt under its own timeout and the run's deadline; whatever cannot be fetched is a FactError.

export const OSV_DEFAULT_API = 'https://api.osv.dev';
export const OSV_BATCH_SIZE = 1000;
const PARALLEL_RECORD_FETCHES = 8;

export interface OsvClientOptions {
  /** Aborts every request once the run's time budget is spent. */
  deadline?: AbortSignal;
  requestTimeoutMs: number;
  retries: number;
  /** Base of the quadratic backoff between retries (ms). */
  retryDelayMs: number;
  fetch?: typeof fetch;
  log?: (message: string) => void;
}

/** Vulnerabilities by queried purl; every purl asked for has an entry (possibly empty). */
export type OsvScan = Map<string, OsvVulnerability[]>;

/** One OSV request, retried on no answer, a timeout, 408, 429 and 5xx; any other failure ends the scan. */
function osvRequester(o: OsvClientOptions, doFetch: typeof fetch) {
  return async function request(method: 'GET' | 'POST', url: string, body?: unknown): Promise<unknown> {
    let last = '';
    for (let attempt = 0; attempt <= o.retries; attempt++) {
      if (attempt > 0) await sleep(o.retryDelayMs * attempt * attempt, o.deadline);
      if (o.deadline?.aborted) break;
      let status: number | undefined;
      const timeout = timeoutSignal(o.requestTimeoutMs, [o.deadline]);
      try {
        const signal = timeout.signal;
        const res = await doFetch(url, {
          method,
          headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
          signal,
        });
        status = res.status;
        const text = await res.text();
        if (res.ok) {
          try {
            return JSON.parse(text);
          } catch {
            throw new FactError(
              `${method} ${url} answered ${res.status} with a body that is not JSON — is osv_api the OSV API's base URL?`,
            );
          }
        }
        last = `${res.status} ${text.slice(0, 200).replace(/\s+/g, ' ')}`;
        if (res.status === 404 && method === 'GET')
          throw new FactError(
            `${method} ${url} answered 404: OSV has no such record — re-run the job; if it persists, the record was withdrawn and the cache is stale`,
          );
        if (res.status < 500 && res.status !== 429 && res.status !== 408) {
          throw new FactError(`${method} ${url} answered ${last} — check osv_api in the policy`);
        }
      } catch (e) {
        if (e instanceof FactError) throw e;
        const err = e as Error;
        last =
          err.name === 'TimeoutError' || err.name === 'AbortError'
            ? `no answer within ${o.requestTimeoutMs} ms`
            : `${err.message}${(err as { cause?: Error }).cause ? ` (${(err as { cause?: Error }).cause!.message})` : ''}`;
      } finally {
        timeout.clear();
      }
      o.log?.(`OSV: ${method} ${url}: ${status ?? 'no response'} (${last}); attempt ${attempt + 1} of ${o.retries + 1}`);
    }
    throw new FactError(
      `${method} ${url} failed after ${o.retries + 1} attempts (${last || 'the time budget ran out'}) — OSV may be unreachable or having trouble; re-run the job`,
    );
  };
}

/** Scans purls against the OSV API at `api`; full records are cached per client, that is per run. */
export function createOsvSource(o: OsvClientOptions): (api: string, purls: readonly string[]) => Promise<OsvScan> {
  const records = new Map<string, Promise<OsvVulnerability>>();

  const request = osvRequester(o, o.fetch ?? fetch);

  function record(base: string, id: string): Promise<OsvVulnerability> {
    const key = `${base} ${id}`;
    let hit = records.get(key);
    if (!hit) {
      hit = request('GET', `${base}/v1/vulns/${encodeURIComponent(id)}`).then(async (json) => {
        const { asOsvRecord } = await import('../parsers/osv.js');
        const r = asOsvRecord(json);
        if (!r)
          throw new FactError(
            `GET ${base}/v1/vulns/${id} did not return an OSV record — retry; if it persists, use source: offline with committed OSV records`,
          );
        return r;
      });
      records.set(key, hit);
    }
    return hit;
  }

  return async (api, purls) => {
    const base = api.replace(/\/+$/, '');
    const ids = new Map<string, Set<string>>(purls.map((p) => [p, new Set<string>()]));
    let pending = [...ids.keys()].map((purl) => ({ purl, token: undefined as string | undefined }));
    while (pending.length) {
      const next: typeof pending = [];
      for (let i = 0; i < pending.length; i += OSV_BATCH_SIZE) {
        const chunk = pending.slice(i, i + OSV_BATCH_SIZE);
        const queries = chunk.map((q) => ({ package: { purl: q.purl }, ...(q.token ? { page_token: q.token } : {}) }));
        const json = (await request('POST', `${base}/v1/querybatch`, { queries })) as { results?: unknown };
        const results = Array.isArray(json?.results) ? json.results : undefined;
        if (!results || results.length !== chunk.length) {
          throw new FactError(
            `POST ${base}/v1/querybatch answered ${results ? `${results.length} results for ${chunk.length} queries` : 'without a results array'} — the answer cannot be trusted; re-run the job`,
          );
        }
        results.forEach((r, j) => {
          const res = (r ?? {}) as { vulns?: { id?: unknown }[]; next_page_token?: unknown };
          // A vulnerability list that is not one, or an entry without an id, would be read as "none": refuse it.
          const vulns: unknown = res.vulns;
          if (vulns !== undefined && (!Array.isArray(vulns) || vulns.some((v) => typeof (v as { id?: unknown })?.id !== 'string')))
            throw new FactError(
              `POST ${base}/v1/querybatch answered results[${j}] (${chunk[j]!.purl}) with vulns that are not a list of {"id": "…"} — the answer cannot be trusted; re-run the job`,
            );
          for (const v of res.vulns ?? []) ids.get(chunk[j]!.purl)!.add(v.id as string);
          if (typeof res.next_page_token === 'string' && res.next_page_token)
            next.push({ purl: chunk[j]!.purl, token: res.next_page_token });
        });
      }
      pending = next;
    }
    const distinct = [...new Set([...ids.values()].flatMap((s) => [...s]))];
    const fetched = new Map<string, OsvVulnerability>();
    for (let i = 0; i < distinct.length; i += PARALLEL_RECORD_FETCHES) {
      const batch = distinct.slice(i, i + PARALLEL_RECORD_FETCHES);
      const got = await Promise.all(batch.map((id) => record(base, id)));
      batch.forEach((id, j) => fetched.set(id, got[j]!));
    }
    const scan: OsvScan = new Map();
    for (const [purl, set] of ids)
      scan.set(
        purl,
        [...set].map((id) => fetched.get(id)!).filter((r) => !r.withdrawn),
      );
    return scan;
  };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });
}
