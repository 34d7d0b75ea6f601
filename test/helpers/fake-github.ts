import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

// A real HTTP server standing in for the GitHub REST API, for end-to-end tests that run the bundled action
// as a child process with GITHUB_API_URL pointed here. State is plain data the test sets up and inspects;
// every request is recorded; faults (an error status, a reset socket, a request that never answers) are
// injected per method and path.

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at?: string;
  performed_via_github_app?: { slug: string; name: string };
}

/** One side (base or head) of a pull request: the fields the fake reads, and whatever else GitHub returns. */
export interface FakePullSide {
  ref?: string;
  sha?: string;
  repo?: { owner?: { login?: string } } | null;
  user?: { login?: string };
  [key: string]: unknown;
}

/** A pull request object as GitHub returns it: the fields the fake reads, and the rest as sent. */
export interface FakePull {
  state?: string;
  head?: FakePullSide;
  base?: FakePullSide;
  [key: string]: unknown;
}

/** A check run's output as the fake keeps it: title, summary and text, without annotations. */
export interface FakeCheckOutput {
  title?: string;
  summary?: string;
  text?: string;
  [key: string]: unknown;
}

/** A check run annotation, as validated by the fake (the fields GitHub requires, and whatever else was sent). */
export interface FakeAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: string;
  message: string;
  [key: string]: unknown;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status?: string;
  conclusion?: string;
  /** The latest output (title, summary, text), without annotations. */
  output?: FakeCheckOutput;
  /** Every annotation sent, in order, across the creation and all PATCHes. */
  annotations: FakeAnnotation[];
}

export interface FakeState {
  owner: string;
  repo: string;
  /** Pull request objects as GitHub returns them. */
  pulls: Record<number, FakePull>;
  /** GET /pulls/{n}/files items: {filename, status, previous_filename?}. */
  pullFiles: Record<number, object[]>;
  /** GET /pulls/{n}/reviews items: {id, user:{login}, state, commit_id, submitted_at}. */
  reviews: Record<number, object[]>;
  /** "org/slug" -> logins. */
  teams: Record<string, string[]>;
  /** GET /pulls/{n}/commits items: {sha, author:{login}|null, committer:{login}|null}; none when absent. */
  pullCommits: Record<number, object[]>;
  /** login -> what GET /collaborators/{login}/permission answers as "permission" (admin, maintain, write, triage, read, none). */
  permissions: Record<string, string>;
  /** The permission of a login not in `permissions`: write, so tests about other things need not list their reviewers. */
  defaultPermission: string;
  /** ref (a sha, or a branch name) -> path -> file text. */
  contents: Record<string, Record<string, string>>;
  /** Issue comments per PR number. */
  comments: Record<number, FakeComment[]>;
  checkRuns: FakeCheckRun[];
  /**
   * Who the token acts as: the author of the comments and check runs it creates, and GET /user's answer
   * (GET /user answers 403 for an installation token, as GitHub does, when `type` is 'Bot').
   * Default github-actions[bot] (GITHUB_TOKEN).
   */
  viewer?: { login: string; type: string; app?: string };
  /** Issues (not pull requests): GET/POST /issues, GET/PATCH /issues/{n}; their comments live in `comments`. */
  issues: FakeIssue[];
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string | null;
  labels: string[];
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

export interface RecordedRequest {
  method: string;
  /** The raw path as sent, without the query string (percent-encoding kept). */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON; the raw text when it is not JSON; undefined when empty. */
  body: unknown;
  /** When the request arrived (performance.now(), ms). */
  at: number;
}

export interface Fault {
  /** Matches any method when absent; case-insensitive. */
  method?: string;
  /** Tested against the raw path, without the query string. */
  path: RegExp;
  /** The status answered by a 'status' fault (ignored by 'reset' and 'hang'). */
  status: number;
  /** Added to (and overriding) the default headers, e.g. {'x-ratelimit-remaining': '0'} or {'retry-after': '1'}. */
  headers?: Record<string, string>;
  /** JSON-encoded unless a string; default {message: 'Injected fault'}. */
  body?: unknown;
  /** How many requests the fault applies to; always when absent. */
  times?: number;
  /**
   * 'status' (default) answers `status`; 'reset' destroys the socket; 'hang' never answers; 'lost' carries the
   * request out (a check run or comment is created) and then answers `status`, as when GitHub's answer is lost.
   */
  kind?: 'status' | 'reset' | 'hang' | 'lost';
}

export const MAX_ANNOTATIONS_PER_REQUEST = 50;
const MAX_OUTPUT_TEXT = 65_535;
const ANNOTATION_LEVELS = new Set(['notice', 'warning', 'failure']);

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    const message = body && typeof body === 'object' && 'message' in body ? body.message : undefined;
    super(typeof message === 'string' ? message : `HTTP ${status}`);
  }
}

const notFound = (message = 'Not Found') => new HttpError(404, { message, documentation_url: 'https://docs.github.com/rest' });
const unprocessable = (message: string) => new HttpError(422, { message, documentation_url: 'https://docs.github.com/rest' });

/** Git's blob id of a text: sha1 of "blob <size>\0<bytes>". */
export function blobSha(text: string | Buffer): string {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** Base64 in 60-character lines, each ending in a newline, as the contents API sends it. */
function githubBase64(bytes: Buffer): string {
  const b64 = bytes.toString('base64');
  let out = '';
  for (let i = 0; i < b64.length; i += 60) out += `${b64.slice(i, i + 60)}\n`;
  return out;
}

function decodePath(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw notFound();
  }
}

export class FakeGitHub {
  state: FakeState;
  requests: RecordedRequest[] = [];
  private faults: Fault[] = [];
  private server: Server | undefined;
  private sockets = new Set<Socket>();
  private base = '';
  private lastCommentId = 1000;
  private lastCheckRunId = 5000;

  constructor(initial: Partial<FakeState> = {}) {
    this.state = {
      owner: 'acme',
      repo: 'widgets',
      pulls: {},
      pullFiles: {},
      reviews: {},
      teams: {},
      pullCommits: {},
      permissions: {},
      defaultPermission: 'write',
      contents: {},
      comments: {},
      checkRuns: [],
      issues: [],
      ...initial,
    };
  }

  /** The base URL once started, e.g. http://127.0.0.1:54321 (no trailing slash). */
  get url(): string {
    if (!this.base) throw new Error('FakeGitHub is not started');
    return this.base;
  }

  start(): Promise<string> {
    if (this.server) return Promise.reject(new Error('FakeGitHub is already started'));
    const server = createServer((req, res) => this.onRequest(req, res));
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        const { port } = server.address() as AddressInfo;
        this.base = `http://127.0.0.1:${port}`;
        resolve(this.base);
      });
    });
  }

  stop(): Promise<void> {
    const server = this.server;
    if (!server) return Promise.resolve();
    this.server = undefined;
    return new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
      for (const socket of this.sockets) socket.destroy();
      this.sockets.clear();
    });
  }

  addFault(f: Fault): void {
    this.faults.push({ ...f });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** Every Authorization header seen, in request order. */
  authHeaders(): string[] {
    const out: string[] = [];
    for (const r of this.requests) {
      const h = r.headers['authorization'];
      if (Array.isArray(h)) out.push(...h);
      else if (typeof h === 'string') out.push(h);
    }
    return out;
  }

  /** Recorded requests with this method whose path matches. */
  requestsTo(method: string, path: RegExp | string): RecordedRequest[] {
    return this.requests.filter((r) => {
      if (r.method !== method.toUpperCase()) return false;
      if (typeof path === 'string') return r.path === path;
      path.lastIndex = 0;
      return path.test(r.path);
    });
  }

  // ---- plumbing -------------------------------------------------------------------------------------------

  private defaultHeaders(): Record<string, string> {
    return {
      'content-type': 'application/json; charset=utf-8',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-used': '1',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `FAKE:${this.requests.length}`,
    };
  }

  private send(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
    if (res.destroyed || res.headersSent) return;
    const headers = { ...this.defaultHeaders(), ...extra };
    if (status === 204 || status === 304 || body === undefined) {
      delete headers['content-type'];
      res.writeHead(status, headers);
      res.end();
      return;
    }
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    headers['content-length'] = String(Buffer.byteLength(text));
    res.writeHead(status, headers);
    res.end(text);
  }

  private takeFault(method: string, path: string): Fault | undefined {
    for (const f of this.faults) {
      if (f.times !== undefined && f.times <= 0) continue;
      if (f.method && f.method.toUpperCase() !== method) continue;
      f.path.lastIndex = 0;
      if (!f.path.test(path)) continue;
      if (f.times !== undefined) f.times -= 1;
      return f;
    }
    return undefined;
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', () => undefined);
    req.on('end', () => {
      try {
        this.handle(req, res, Buffer.concat(chunks).toString('utf8'));
      } catch (e) {
        if (e instanceof HttpError) this.send(res, e.status, e.body);
        else this.send(res, 500, { message: `FakeGitHub crashed: ${(e as Error)?.stack ?? String(e)}` });
      }
    });
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', this.base || 'http://127.0.0.1');
    let body: unknown;
    let jsonOk = true;
    if (raw.length) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
        jsonOk = false;
      }
    } else {
      jsonOk = false;
    }
    this.requests.push({ method, path: url.pathname, query: url.searchParams, headers: { ...req.headers }, body, at: performance.now() });

    const fault = this.takeFault(method, url.pathname);
    if (fault) {
      const kind = fault.kind ?? 'status';
      if (kind === 'reset') {
        req.socket.destroy();
        return;
      }
      if (kind === 'hang') return; // never answered; stop() destroys the socket
      if (kind === 'lost') {
        try {
          this.route(method, url, req, payloadOf(body));
        } catch {
          // what GitHub did is not the point; the answer is lost either way
        }
      }
      this.send(res, fault.status, fault.body === undefined ? { message: 'Injected fault' } : fault.body, fault.headers);
      return;
    }

    if ((method === 'POST' || method === 'PATCH' || method === 'PUT') && (!jsonOk || body === null || typeof body !== 'object')) {
      throw new HttpError(400, { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/rest' });
    }

    const reply = this.route(method, url, req, payloadOf(body));
    this.send(res, reply.status, reply.body, reply.headers);
  }

  // ---- routes ---------------------------------------------------------------------------------------------

  private route(
    method: string,
    url: URL,
    req: IncomingMessage,
    body: Payload | undefined,
  ): { status: number; body?: unknown; headers?: Record<string, string> } {
    const p = url.pathname.replace(/\/+$/, '') || '/';
    let m: RegExpExecArray | null;

    if ((m = /^\/orgs\/([^/]+)\/teams\/([^/]+)\/members$/.exec(p)) && method === 'GET') {
      const members = this.team(decodePath(m[1]!), decodePath(m[2]!));
      if (!members) throw notFound();
      return this.page(
        url,
        members.map((login) => ({ login, id: idOf(login), type: 'User' })),
      );
    }

    if (p === '/user' && method === 'GET') {
      const v = this.viewer();
      if (v.type === 'Bot')
        throw new HttpError(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
      return { status: 200, body: { login: v.login, id: idOf(v.login), type: v.type } };
    }

    if (!(m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(p))) throw notFound();
    if (
      decodePath(m[1]!).toLowerCase() !== this.state.owner.toLowerCase() ||
      decodePath(m[2]!).toLowerCase() !== this.state.repo.toLowerCase()
    ) {
      throw notFound();
    }
    const rest = m[3] ?? '';
    const q = url.searchParams;

    // Contents: the path may hold slashes (raw or %2F) and any percent-encoded character.
    if ((m = /^\/contents(?:\/(.*))?$/.exec(rest)) && method === 'GET') {
      return this.getContent(decodePath(m[1] ?? ''), q.get('ref'), req);
    }
    if ((m = /^\/git\/trees\/([^/]+)$/.exec(rest)) && method === 'GET') {
      return this.getTree(decodePath(m[1]!), q.get('recursive'));
    }

    if (rest === '/pulls' && method === 'GET') {
      // state (default open) and head ("owner:branch") filters, as GitHub applies them.
      const state = q.get('state') ?? 'open';
      const head = q.get('head');
      const list = Object.values(this.state.pulls).filter((pr) => {
        if (state !== 'all' && (pr?.state ?? 'open') !== state) return false;
        if (head === null) return true;
        const [owner, branch] = head.includes(':') ? head.split(':', 2) : [this.state.owner, head];
        return (
          pr?.head?.ref === branch &&
          String(pr?.head?.repo?.owner?.login ?? pr?.head?.user?.login ?? this.state.owner).toLowerCase() === owner!.toLowerCase()
        );
      });
      return this.page(url, list);
    }
    if ((m = /^\/pulls\/(\d+)$/.exec(rest)) && method === 'GET') {
      return { status: 200, body: this.pull(Number(m[1])) };
    }
    if ((m = /^\/pulls\/(\d+)\/files$/.exec(rest)) && method === 'GET') {
      const n = Number(m[1]);
      this.pull(n);
      return this.page(url, this.state.pullFiles[n] ?? []);
    }
    if ((m = /^\/pulls\/(\d+)\/commits$/.exec(rest)) && method === 'GET') {
      const n = Number(m[1]);
      this.pull(n);
      return this.page(url, this.state.pullCommits[n] ?? []);
    }
    if ((m = /^\/collaborators\/([^/]+)\/permission$/.exec(rest)) && method === 'GET') {
      const login = decodeURIComponent(m[1]!);
      const permission = this.state.permissions[login] ?? this.state.defaultPermission;
      const base = permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission;
      return { status: 200, body: { permission: base, role_name: permission, user: { login } } };
    }
    if ((m = /^\/pulls\/(\d+)\/reviews$/.exec(rest)) && method === 'GET') {
      const n = Number(m[1]);
      this.pull(n);
      return this.page(url, this.state.reviews[n] ?? []);
    }

    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const n = Number(m[1]);
      if (!(n in this.state.pulls) && !(n in this.state.comments) && !this.state.issues.some((i) => i.number === n)) throw notFound();
      if (method === 'GET')
        return this.page(
          url,
          (this.state.comments[n] ?? []).map((c) => this.commentView(c, n)),
        );
      if (method === 'POST') {
        if (typeof body?.body !== 'string') throw unprocessable('Invalid request.\n\n"body" wasn\'t supplied.');
        const now = new Date().toISOString();
        const v = this.viewer();
        const c: FakeComment = {
          id: this.nextCommentId(),
          body: body.body,
          user: { login: v.login, type: v.type },
          created_at: now,
          updated_at: now,
        };
        if (v.app) c.performed_via_github_app = { slug: v.app, name: v.app };
        (this.state.comments[n] ??= []).push(c);
        return {
          status: 201,
          body: this.commentView(c, n),
          headers: { location: `${this.url}${p.replace(/\/comments$/, '')}/comments/${c.id}` },
        };
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const id = Number(m[1]);
      const found = this.findComment(id);
      if (!found) throw notFound();
      const [n, list, i] = found;
      if (method === 'GET') return { status: 200, body: this.commentView(list[i]!, n) };
      if (method === 'PATCH') {
        if (typeof body?.body !== 'string') throw unprocessable('Invalid request.\n\n"body" wasn\'t supplied.');
        list[i] = { ...list[i]!, body: body.body, updated_at: new Date().toISOString() };
        return { status: 200, body: this.commentView(list[i]!, n) };
      }
      if (method === 'DELETE') {
        list.splice(i, 1);
        return { status: 204 };
      }
    }

    if ((m = /^\/commits\/([^/]+)\/check-runs$/.exec(rest)) && method === 'GET') {
      const ref = decodePath(m[1]!);
      const name = q.get('check_name');
      const runs = this.state.checkRuns.filter((r) => r.head_sha === ref && (name === null || r.name === name)).sort((a, b) => b.id - a.id);
      const page = this.page(
        url,
        runs.map((r) => this.checkRunView(r)),
      );
      return { ...page, body: { total_count: runs.length, check_runs: page.body } };
    }
    if (rest === '/check-runs' && method === 'POST') {
      if (typeof body?.name !== 'string' || !body.name) throw unprocessable('Invalid request.\n\n"name" wasn\'t supplied.');
      if (typeof body.head_sha !== 'string' || !body.head_sha) throw unprocessable('Invalid request.\n\n"head_sha" wasn\'t supplied.');
      const annotations = this.checkOutput(body.output);
      const run: FakeCheckRun = {
        id: this.nextCheckRunId(),
        name: body.name,
        head_sha: body.head_sha,
        status: (body.status as string | undefined) ?? (body.conclusion ? 'completed' : 'queued'),
        ...(body.conclusion !== undefined ? { conclusion: body.conclusion as string } : {}),
        ...(body.output ? { output: withoutAnnotations(body.output) } : {}),
        annotations: [...annotations],
      };
      for (const [k, v] of Object.entries(body)) {
        if (!['name', 'head_sha', 'status', 'conclusion', 'output'].includes(k)) Object.assign(run, { [k]: v });
      }
      this.state.checkRuns.push(run);
      return { status: 201, body: this.checkRunView(run) };
    }
    if ((m = /^\/check-runs\/(\d+)$/.exec(rest))) {
      const run = this.state.checkRuns.find((r) => r.id === Number(m![1]));
      if (!run) throw notFound();
      if (method === 'GET') return { status: 200, body: this.checkRunView(run) };
      if (method === 'PATCH') {
        const annotations = this.checkOutput(body?.output, run.output);
        for (const [k, v] of Object.entries(body ?? {})) {
          if (k === 'output') continue;
          Object.assign(run, { [k]: v });
        }
        if (body?.conclusion !== undefined && body.status === undefined) run.status = 'completed';
        if (body?.output) run.output = { ...(run.output ?? {}), ...withoutAnnotations(body.output) };
        run.annotations.push(...annotations);
        return { status: 200, body: this.checkRunView(run) };
      }
    }

    const issues = this.issueRoute(method, rest, url, body);
    if (issues) return issues;

    throw notFound(`Not Found: no fake for ${method} ${url.pathname}`);
  }

  /** Issues: listed (filtered by labels, state and creator, as GitHub does), created, read and edited. */
  private issueRoute(
    method: string,
    rest: string,
    url: URL,
    body: Payload | undefined,
  ): { status: number; body?: unknown; headers?: Record<string, string> } | undefined {
    const q = url.searchParams;
    if (rest === '/issues' && method === 'GET') {
      const labels = (q.get('labels') ?? '').split(',').filter(Boolean);
      const state = q.get('state') ?? 'open';
      const creator = q.get('creator');
      const list = this.state.issues
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => labels.every((l) => i.labels.includes(l)))
        .filter((i) => !creator || i.user.login === creator)
        .sort((a, b) => b.number - a.number);
      return this.page(
        url,
        list.map((i) => this.issueView(i)),
      );
    }
    if (rest === '/issues' && method === 'POST') {
      if (typeof body?.title !== 'string' || !body.title) throw unprocessable('Invalid request.\n\n"title" wasn\'t supplied.');
      const now = new Date().toISOString();
      const number = Math.max(100, ...this.state.issues.map((i) => i.number), ...Object.keys(this.state.pulls).map(Number)) + 1;
      const v = this.viewer();
      const issue: FakeIssue = {
        number,
        title: body.title,
        body: (body.body as string | undefined) ?? '',
        state: 'open',
        labels: [...((body.labels as string[] | undefined) ?? [])],
        user: { login: v.login, type: v.type },
        created_at: now,
        updated_at: now,
      };
      this.state.issues.push(issue);
      return { status: 201, body: this.issueView(issue) };
    }
    const m = /^\/issues\/(\d+)$/.exec(rest);
    if (!m) return undefined;
    const issue = this.state.issues.find((i) => i.number === Number(m[1]));
    if (!issue) throw notFound();
    if (method === 'GET') return { status: 200, body: this.issueView(issue) };
    if (method === 'PATCH') {
      if (body?.state !== undefined && body.state !== 'open' && body.state !== 'closed')
        throw unprocessable('Invalid request.\n\nstate is not open or closed.');
      for (const k of ['title', 'body', 'state', 'state_reason'] as const)
        if (body?.[k] !== undefined) Object.assign(issue, { [k]: body[k] });
      if (Array.isArray(body?.labels)) issue.labels = [...body.labels];
      issue.updated_at = new Date().toISOString();
      return { status: 200, body: this.issueView(issue) };
    }
    return undefined;
  }

  private issueView(i: FakeIssue): Record<string, unknown> {
    return {
      ...i,
      id: 900_000 + i.number,
      node_id: `I_${i.number}`,
      labels: i.labels.map((name) => ({ name })),
      url: `${this.url}/repos/${this.state.owner}/${this.state.repo}/issues/${i.number}`,
      html_url: `https://github.com/${this.state.owner}/${this.state.repo}/issues/${i.number}`,
    };
  }

  /** Validates a check run's output like GitHub does and returns its annotations. */
  private checkOutput(raw: unknown, previous?: FakeCheckOutput): FakeAnnotation[] {
    if (raw === undefined || raw === null) return [];
    if (typeof raw !== 'object') throw unprocessable("Invalid request.\n\nFor 'properties/output', is not an object.");
    const output = raw as Record<string, unknown>;
    const title = output.title ?? previous?.title;
    const summary = output.summary ?? previous?.summary;
    if (typeof title !== 'string') throw unprocessable('Invalid request.\n\n"title" wasn\'t supplied.');
    if (typeof summary !== 'string') throw unprocessable('Invalid request.\n\n"summary" wasn\'t supplied.');
    for (const key of ['summary', 'text'] as const) {
      const value = output[key];
      if (typeof value === 'string' && value.length > MAX_OUTPUT_TEXT) {
        throw unprocessable(`Invalid request.\n\nOnly ${MAX_OUTPUT_TEXT} characters are allowed; ${value.length} were supplied.`);
      }
    }
    const annotations = output.annotations ?? [];
    if (!Array.isArray(annotations)) throw unprocessable("Invalid request.\n\nFor 'properties/annotations', is not an array.");
    if (annotations.length > MAX_ANNOTATIONS_PER_REQUEST) {
      throw unprocessable(`Only ${MAX_ANNOTATIONS_PER_REQUEST} annotations are allowed per request`);
    }
    for (const item of annotations as unknown[]) {
      const a = (item ?? undefined) as Record<string, unknown> | undefined;
      for (const key of ['path', 'message', 'annotation_level'] as const) {
        if (typeof a?.[key] !== 'string') throw unprocessable(`Invalid request.\n\n"${key}" wasn't supplied.`);
      }
      for (const key of ['start_line', 'end_line'] as const) {
        if (!Number.isInteger(a![key])) throw unprocessable(`Invalid request.\n\n"${key}" wasn't supplied.`);
      }
      const level = a!.annotation_level as string;
      if (!ANNOTATION_LEVELS.has(level)) {
        throw unprocessable(`Invalid request.\n\nFor 'items', "${level}" is not a member of ["notice", "warning", "failure"].`);
      }
    }
    return annotations as FakeAnnotation[];
  }

  private checkRunView(run: FakeCheckRun): Record<string, unknown> {
    const { annotations, output, ...restOfRun } = run;
    return {
      ...restOfRun,
      node_id: `CR_${run.id}`,
      url: `${this.url}/repos/${this.state.owner}/${this.state.repo}/check-runs/${run.id}`,
      html_url: `https://github.com/${this.state.owner}/${this.state.repo}/runs/${run.id}`,
      output: {
        title: output?.title ?? null,
        summary: output?.summary ?? null,
        text: output?.text ?? null,
        annotations_count: annotations.length,
        annotations_url: `${this.url}/repos/${this.state.owner}/${this.state.repo}/check-runs/${run.id}/annotations`,
      },
    };
  }

  private commentView(c: FakeComment, n: number): Record<string, unknown> {
    return {
      updated_at: c.created_at,
      ...c,
      node_id: `IC_${c.id}`,
      url: `${this.url}/repos/${this.state.owner}/${this.state.repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${this.state.owner}/${this.state.repo}/pull/${n}#issuecomment-${c.id}`,
      issue_url: `${this.url}/repos/${this.state.owner}/${this.state.repo}/issues/${n}`,
    };
  }

  private findComment(id: number): [number, FakeComment[], number] | undefined {
    for (const [n, list] of Object.entries(this.state.comments)) {
      const i = list.findIndex((c) => c.id === id);
      if (i >= 0) return [Number(n), list, i];
    }
    return undefined;
  }

  private nextCommentId(): number {
    for (const list of Object.values(this.state.comments)) for (const c of list) this.lastCommentId = Math.max(this.lastCommentId, c.id);
    return ++this.lastCommentId;
  }

  private nextCheckRunId(): number {
    for (const r of this.state.checkRuns) this.lastCheckRunId = Math.max(this.lastCheckRunId, r.id);
    return ++this.lastCheckRunId;
  }

  private pull(n: number): FakePull {
    const pr = this.state.pulls[n];
    if (!pr) throw notFound();
    return pr;
  }

  private viewer(): { login: string; type: string; app?: string } {
    return this.state.viewer ?? { login: 'github-actions[bot]', type: 'Bot', app: 'github-actions' };
  }

  private team(org: string, slug: string): string[] | undefined {
    const exact = this.state.teams[`${org}/${slug}`];
    if (exact) return exact;
    const want = `${org}/${slug}`.toLowerCase();
    for (const [k, v] of Object.entries(this.state.teams)) if (k.toLowerCase() === want) return v;
    return undefined;
  }

  /** The files of a ref: by exact key, else a branch name of a known pull's base or head resolved to its sha. */
  private files(ref: string | null): Record<string, string> | undefined {
    const key = ref ?? 'HEAD';
    if (this.state.contents[key]) return this.state.contents[key];
    for (const pr of Object.values(this.state.pulls)) {
      for (const side of [pr?.base, pr?.head]) {
        if (side?.ref === key && typeof side.sha === 'string' && this.state.contents[side.sha]) return this.state.contents[side.sha];
      }
    }
    return undefined;
  }

  private getContent(
    path: string,
    ref: string | null,
    req: IncomingMessage,
  ): { status: number; body: unknown; headers?: Record<string, string> } {
    const files = this.files(ref);
    if (!files) throw notFound();
    const clean = path.replace(/^\/+|\/+$/g, '');
    const base = `${this.url}/repos/${this.state.owner}/${this.state.repo}/contents/`;
    const refQuery = ref ? `?ref=${encodeURIComponent(ref)}` : '';
    const text = clean ? files[clean] : undefined;
    if (text !== undefined) {
      const bytes = Buffer.from(text, 'utf8');
      const accept = String(req.headers['accept'] ?? '');
      if (/vnd\.github(\.v3)?\.raw/.test(accept)) {
        return {
          status: 200,
          body: text,
          headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8', 'x-github-media-type': 'github.v3; param=raw' },
        };
      }
      const sha = blobSha(bytes);
      return {
        status: 200,
        body: {
          type: 'file',
          encoding: 'base64',
          size: bytes.length,
          name: clean.split('/').pop(),
          path: clean,
          content: githubBase64(bytes),
          sha,
          url: `${base}${encodeURI(clean)}${refQuery}`,
          html_url: `https://github.com/${this.state.owner}/${this.state.repo}/blob/${ref ?? 'HEAD'}/${encodeURI(clean)}`,
          download_url: `https://raw.githubusercontent.com/${this.state.owner}/${this.state.repo}/${ref ?? 'HEAD'}/${encodeURI(clean)}`,
        },
      };
    }
    // A directory: its direct entries.
    const prefix = clean ? `${clean}/` : '';
    const entries = new Map<string, ContentEntry>();
    for (const [file, content] of Object.entries(files)) {
      if (!file.startsWith(prefix)) continue;
      const [name, ...deeper] = file.slice(prefix.length).split('/');
      if (!name || entries.has(name)) continue;
      const entryPath = `${prefix}${name}`;
      entries.set(
        name,
        deeper.length
          ? { type: 'dir', name, path: entryPath, sha: blobSha(entryPath), size: 0, url: `${base}${encodeURI(entryPath)}${refQuery}` }
          : {
              type: 'file',
              name,
              path: entryPath,
              sha: blobSha(content),
              size: Buffer.byteLength(content),
              url: `${base}${encodeURI(entryPath)}${refQuery}`,
            },
      );
    }
    if (!entries.size) throw notFound();
    return { status: 200, body: [...entries.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) };
  }

  private getTree(ref: string, recursive: string | null): { status: number; body: unknown } {
    const files = this.files(ref);
    if (!files) throw notFound();
    const all = recursive !== null && recursive !== '' && recursive !== '0' && recursive !== 'false';
    const tree: TreeEntry[] = [];
    const dirs = new Set<string>();
    for (const [path, text] of Object.entries(files)) {
      const parts = path.split('/');
      for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
      if (all || parts.length === 1) tree.push({ path, mode: '100644', type: 'blob', sha: blobSha(text), size: Buffer.byteLength(text) });
    }
    for (const d of dirs) if (all || !d.includes('/')) tree.push({ path: d, mode: '040000', type: 'tree', sha: blobSha(`tree:${d}`) });
    tree.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return {
      status: 200,
      body: { sha: ref, url: `${this.url}/repos/${this.state.owner}/${this.state.repo}/git/trees/${ref}`, tree, truncated: false },
    };
  }

  /** One page of a list, with GitHub's Link header when a next page exists. */
  private page<T>(url: URL, items: readonly T[]): { status: number; body: T[]; headers: Record<string, string> } {
    const perPage = clampInt(url.searchParams.get('per_page'), 30, 1, 100);
    const page = clampInt(url.searchParams.get('page'), 1, 1, Number.MAX_SAFE_INTEGER);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const body = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page < last) {
      const link = (n: number) => {
        const params = new URLSearchParams(url.searchParams);
        params.set('per_page', String(perPage));
        params.set('page', String(n));
        return `${this.url}${url.pathname}?${params.toString()}`;
      };
      headers['link'] = `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"`;
    }
    return { status: 200, body, headers };
  }
}

function clampInt(raw: string | null, fallback: number, min: number, max: number): number {
  if (raw === null || !/^\d+$/.test(raw)) return fallback;
  const n = Number(raw);
  if (n < min) return fallback;
  return Math.min(n, max);
}

/** A request's JSON object, as sent: each route checks the fields it reads. */
type Payload = Readonly<Record<string, unknown>>;

/** The parsed request body as an object, or undefined when it is none (absent, not JSON, or a JSON scalar). */
function payloadOf(body: unknown): Payload | undefined {
  return body !== null && typeof body === 'object' ? (body as Payload) : undefined;
}

/** The output without its annotations (checkOutput has checked that it is an object). */
function withoutAnnotations(output: unknown): FakeCheckOutput {
  const { annotations: _annotations, ...rest } = output as FakeCheckOutput;
  return rest;
}

/** A directory entry of GET /contents. */
interface ContentEntry {
  type: 'dir' | 'file';
  name: string;
  path: string;
  sha: string;
  size: number;
  url: string;
}

/** An entry of GET /git/trees. */
interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree';
  sha: string;
  size?: number;
}

/** A stable numeric id for a login. */
function idOf(login: string): number {
  return parseInt(createHash('sha1').update(login).digest('hex').slice(0, 8), 16);
}
