import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A loopback stand-in for the GitHub endpoints the release record reads: the pull requests of a commit, their
// reviews, the check runs of a commit, and issues by label. Every request is recorded with its time.

/** A JSON object as the API returns it; the fields the server itself reads are typed where it reads them. */
export type ApiObject = Record<string, unknown>;

export interface ReleaseApiState {
  owner: string;
  repo: string;
  /** commit sha -> pull request objects as GET /commits/{sha}/pulls returns them. */
  pullsByCommit: Record<string, ApiObject[]>;
  /** pull number -> review objects. */
  reviews: Record<number, ApiObject[]>;
  /** commit sha -> check run objects. */
  checkRuns: Record<string, Array<ApiObject & { name: string }>>;
  /** Issue objects (the label filter is applied by the server, as GitHub does). */
  issues: Array<ApiObject & { state: string; labels: Array<string | { name: string }> }>;
}

export interface ReleaseApiRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  at: number;
}

export class FakeReleaseApi {
  readonly requests: ReleaseApiRequest[] = [];
  /** Where it listens, once started. */
  url = '';
  private server?: Server;
  constructor(readonly state: ReleaseApiState) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      this.requests.push({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, at: Date.now() });
      const reply = this.route(req.method ?? 'GET', url);
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply.body));
    });
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((ok) => (this.server ? this.server.close(() => ok()) : ok()));
  }

  private route(method: string, url: URL): { status: number; body: unknown } {
    const prefix = `/repos/${this.state.owner}/${this.state.repo}`;
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : undefined;
    if (method !== 'GET' || path === undefined) return { status: 404, body: { message: 'Not Found' } };
    let m: RegExpMatchArray | null;
    if ((m = path.match(/^\/commits\/([0-9a-f]{40})\/pulls$/))) return { status: 200, body: this.state.pullsByCommit[m[1]!] ?? [] };
    if ((m = path.match(/^\/pulls\/(\d+)\/reviews$/))) return { status: 200, body: this.state.reviews[Number(m[1])] ?? [] };
    if ((m = path.match(/^\/commits\/([0-9a-f]{40})\/check-runs$/))) {
      const name = url.searchParams.get('check_name');
      const runs = (this.state.checkRuns[m[1]!] ?? []).filter((r) => !name || r.name === name);
      return { status: 200, body: { total_count: runs.length, check_runs: runs } };
    }
    if (path === '/issues') {
      const label = url.searchParams.get('labels');
      const state = url.searchParams.get('state') ?? 'open';
      const issues = this.state.issues.filter(
        (i) => (!label || i.labels.some((l) => (typeof l === 'string' ? l : l.name) === label)) && (state === 'all' || i.state === state),
      );
      return { status: 200, body: issues };
    }
    return { status: 404, body: { message: 'Not Found' } };
  }
}
