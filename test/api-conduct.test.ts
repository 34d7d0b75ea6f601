import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient, type ClientOptions } from '../src/github/client.js';
import { describeApiError } from '../src/github/errors.js';
import { publishCheckRun } from '../src/publish/check-run.js';
import { commentMarker, tokenKind, upsertComment } from '../src/publish/comment.js';
import { FakeGitHub } from './helpers/fake-github.js';

// How the client behaves towards GitHub, against a loopback server that records every request and when it
// came: a 4xx is answered once, rate limits are waited out as told (scaled down through the client's
// `secondMs` option) or not at all when the budget is too short, 5xx back off, writes are spaced and stop at
// the deadline. Then the writes built on it: the check run and the comment.

const SECOND = 20; // ms that stand for one second of a wait GitHub announces

let api: FakeGitHub;
beforeEach(async () => {
  api = new FakeGitHub({
    owner: 'acme',
    repo: 'pump',
    pulls: { 7: { number: 7 } },
    comments: { 7: [] },
    contents: { main: { 'a.txt': 'a\n' } },
  });
  await api.start();
});
afterEach(() => api.stop());

function client(over: Partial<ClientOptions> = {}, budgetMs = 10_000) {
  const logs: string[] = [];
  const c = createClient({
    token: 'ghs_test',
    baseUrl: api.url,
    deadline: AbortSignal.timeout(budgetMs),
    deadlineAt: Date.now() + budgetMs,
    requestTimeoutMs: 5_000,
    retries: 3,
    retryDelayMs: 40,
    maxRateLimitWaitMs: budgetMs,
    secondMs: SECOND,
    writeSpacingMs: 0,
    random: () => 1,
    log: (m) => logs.push(m),
    ...over,
  });
  return { c, logs };
}

const gaps = (method: string, path: RegExp) => {
  const at = api.requestsTo(method, path).map((r) => r.at);
  return at.slice(1).map((t, i) => t - at[i]!);
};

async function status(p: Promise<unknown>): Promise<number | undefined> {
  try {
    await p;
    return 200;
  } catch (e) {
    return (e as { status?: number }).status;
  }
}

describe('a 4xx is an answer, not a fault', () => {
  it.each([400, 401, 403, 404, 409, 410, 422])('%i on a read is asked once', async (code) => {
    api.addFault({ method: 'GET', path: /\/contents\//, status: code });
    const { c } = client();
    expect(await status(c.rest.repos.getContent({ owner: 'acme', repo: 'pump', path: 'a.txt', ref: 'main' }))).toBe(code);
    expect(api.requestsTo('GET', /\/contents\//)).toHaveLength(1);
  });

  it.each([403, 422, 409])('%i on a write is sent once', async (code) => {
    api.addFault({ method: 'POST', path: /\/check-runs$/, status: code, body: { message: 'Resource not accessible by integration' } });
    const { c } = client();
    expect(await status(c.rest.checks.create({ owner: 'acme', repo: 'pump', name: 'x', head_sha: 'a'.repeat(40) }))).toBe(code);
    expect(api.requestsTo('POST', /\/check-runs$/)).toHaveLength(1);
  });

  it('a missing file costs one request', async () => {
    const { c } = client();
    expect(await status(c.rest.repos.getContent({ owner: 'acme', repo: 'pump', path: 'missing.txt', ref: 'main' }))).toBe(404);
    expect(api.requests).toHaveLength(1);
  });
});

describe('rate limits are obeyed', () => {
  it('a secondary limit (403 with retry-after) waits what retry-after says, then succeeds', async () => {
    api.addFault({
      method: 'GET',
      path: /\/contents\//,
      status: 403,
      times: 1,
      headers: { 'retry-after': '5' },
      body: { message: 'You have exceeded a secondary rate limit.' },
    });
    const { c, logs } = client();
    expect(await status(c.rest.repos.getContent({ owner: 'acme', repo: 'pump', path: 'a.txt', ref: 'main' }))).toBe(200);
    expect(api.requestsTo('GET', /\/contents\//)).toHaveLength(2);
    const [gap] = gaps('GET', /\/contents\//);
    expect(gap).toBeGreaterThanOrEqual(5 * SECOND - 2);
    expect(gap).toBeLessThan(5 * SECOND + 400);
    expect(logs.join('\n')).toMatch(/secondary rate limit on GET .*waiting 5s/);
  });

  it('a 429 with retry-after and no message is a rate limit too', async () => {
    api.addFault({ method: 'GET', path: /\/contents\//, status: 429, times: 1, headers: { 'retry-after': '3' } });
    const { c } = client();
    expect(await status(c.rest.repos.getContent({ owner: 'acme', repo: 'pump', path: 'a.txt', ref: 'main' }))).toBe(200);
    expect(gaps('GET', /\/contents\//)[0]).toBeGreaterThanOrEqual(3 * SECOND - 2);
  });

  it('the documented message without retry-after waits a minute', async () => {
    api.addFault({
      method: 'GET',
      path: /\/contents\//,
      status: 403,
      times: 1,
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
    });
    const { c } = client();
    expect(await status(c.rest.repos.getContent({ owner: 'acme', repo: 'pump', path: 'a.txt', ref: 'main' }))).toBe(200);
    expect(gaps('GET', /\/contents\//)[0]).toBeGreaterThanOrEqual(60 * SECOND - 2);
  });

  it('a primary limit (x-ratelimit-remaining: 0) waits until x-ratelimit-reset', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3;
    api.addFault({
      method: 'GET',
      path: /\/contents\//,
      status: 403,
      times: 1,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: { message: 'API rate limit exceeded' },
    });
    const { c, logs } = client();
    const t0 = Date.now();
    expect(await status(c.rest.repos.getContent({ owner: 'acme', repo: 'pump', path: 'a.txt', ref: 'main' }))).toBe(200);
    // Seconds until the reset, plus one, each `SECOND` ms long.
    const expected = (Math.ceil((reset * 1000 - t0) / 1000) + 1) * SECOND;
    expect(gaps('GET', /\/contents\//)[0]).toBeGreaterThanOrEqual(expected - SECOND - 2);
    expect(logs.join('\n')).toContain(`resets at ${new Date(reset * 1000).toISOString()}`);
  });

  it('a wait longer than the budget left is not attempted: one request, and the error says when the limit resets', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    api.addFault({
      method: 'GET',
      path: /\/contents\//,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: { message: 'API rate limit exceeded' },
    });
    const { c, logs } = client({}, 2_000);
    const t0 = performance.now();
    let error: unknown;
    await c.rest.repos.getContent({ owner: 'acme', repo: 'pump', path: 'a.txt', ref: 'main' }).catch((e) => (error = e));
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(api.requestsTo('GET', /\/contents\//)).toHaveLength(1);
    expect(logs.join('\n')).toContain('longer than the time budget allows');
    expect(describeApiError(error, 'GET a.txt')).toContain(`GitHub API rate limit reached until ${new Date(reset * 1000).toISOString()}`);
  });
});

describe('faults back off within the budget', () => {
  it('5xx are retried with exponential backoff (base·2^n, jittered)', async () => {
    api.addFault({ method: 'GET', path: /\/contents\//, status: 502, times: 2 });
    const { c } = client({ random: () => 1 });
    expect(await status(c.rest.repos.getContent({ owner: 'acme', repo: 'pump', path: 'a.txt', ref: 'main' }))).toBe(200);
    const [g1, g2] = gaps('GET', /\/contents\//);
    expect(g1).toBeGreaterThanOrEqual(40 - 2);
    expect(g2).toBeGreaterThanOrEqual(80 - 2);
  });

  it('the jitter shortens the wait (random 0 retries at once)', async () => {
    api.addFault({ method: 'GET', path: /\/contents\//, status: 500, times: 3 });
    const { c } = client({ random: () => 0, retryDelayMs: 2_000 });
    const t0 = performance.now();
    expect(await status(c.rest.repos.getContent({ owner: 'acme', repo: 'pump', path: 'a.txt', ref: 'main' }))).toBe(200);
    expect(performance.now() - t0).toBeLessThan(1_500);
    expect(api.requestsTo('GET', /\/contents\//)).toHaveLength(4);
  });

  it('a persistent 5xx is asked 1 + retries times', async () => {
    api.addFault({ method: 'GET', path: /\/contents\//, status: 503 });
    const { c } = client({ retryDelayMs: 1 });
    expect(await status(c.rest.repos.getContent({ owner: 'acme', repo: 'pump', path: 'a.txt', ref: 'main' }))).toBe(503);
    expect(api.requestsTo('GET', /\/contents\//)).toHaveLength(4);
  });

  it('a backoff that would outlast the budget is not taken', async () => {
    api.addFault({ method: 'GET', path: /\/contents\//, status: 502 });
    const { c } = client({ retryDelayMs: 5_000 }, 1_000);
    const t0 = performance.now();
    expect(await status(c.rest.repos.getContent({ owner: 'acme', repo: 'pump', path: 'a.txt', ref: 'main' }))).toBe(502);
    // Not the 0–5 s backoff (slack for a loaded machine).
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(api.requestsTo('GET', /\/contents\//)).toHaveLength(1);
  });

  it('a write that hangs past the deadline is not retried, and the call ends at the deadline', async () => {
    api.addFault({ method: 'POST', path: /\/check-runs$/, status: 0, kind: 'hang' });
    const { c } = client({ requestTimeoutMs: 200, retryDelayMs: 1 }, 600);
    const t0 = performance.now();
    await c.rest.checks.create({ owner: 'acme', repo: 'pump', name: 'x', head_sha: 'a'.repeat(40) }).catch(() => undefined);
    const took = performance.now() - t0;
    expect(took).toBeLessThan(1_500);
    // Timeouts at 200 ms are retried while the budget lasts; nothing is sent once the 600 ms are spent.
    const posts = api.requestsTo('POST', /\/check-runs$/);
    expect(posts.length).toBeLessThanOrEqual(3);
    expect(posts.every((r) => r.at - posts[0]!.at < 600)).toBe(true);
  });

  it('a failing write is not retried once its backoff would end past the deadline', async () => {
    api.addFault({ method: 'POST', path: /\/comments$/, status: 502 });
    const { c } = client({ retryDelayMs: 400 }, 700);
    const t0 = performance.now();
    expect(await status(c.rest.issues.createComment({ owner: 'acme', repo: 'pump', issue_number: 7, body: 'x' }))).toBe(502);
    // 400 ms fit in the budget, the next 800 do not.
    expect(api.requestsTo('POST', /\/comments$/)).toHaveLength(2);
    // Well short of the 400 + 800 ms the two backoffs would take (slack for a loaded machine).
    expect(performance.now() - t0).toBeLessThan(1_150);
  });

  it('writes are spaced by writeSpacingMs', async () => {
    const { c } = client({ writeSpacingMs: 150 });
    await Promise.all([1, 2, 3].map((i) => c.rest.issues.createComment({ owner: 'acme', repo: 'pump', issue_number: 7, body: `c${i}` })));
    for (const gap of gaps('POST', /\/comments$/)) expect(gap).toBeGreaterThanOrEqual(148);
  });
});

describe('the check run is written once per head commit', () => {
  const sha = 'b'.repeat(40);
  const request = (c: ReturnType<typeof client>['c'], annotations = 0) => ({
    client: c,
    owner: 'acme',
    repo: 'pump',
    name: 'sdlc-gate',
    headSha: sha,
    conclusion: 'failure' as const,
    title: 't',
    summary: 's',
    annotations: Array.from({ length: annotations }, (_, i) => ({
      path: 'a.txt',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'failure' as const,
      title: 'g',
      message: `m${i}`,
    })),
  });

  it('a creation whose answer is lost (502 after GitHub created it) is recovered by looking up, not sent twice', async () => {
    api.addFault({ method: 'POST', path: /\/check-runs$/, status: 502, times: 1, kind: 'lost' });
    const { c } = client();
    const out = await publishCheckRun(request(c, 60));
    expect(out.kind).toBe('created');
    expect(api.requestsTo('POST', /\/check-runs$/)).toHaveLength(1);
    expect(api.state.checkRuns).toHaveLength(1);
    // The 10 annotations past the first 50 follow in one PATCH, on the recovered run.
    expect(api.state.checkRuns[0]!.annotations).toHaveLength(60);
  });

  it('a creation that fails with no run behind it fails', async () => {
    api.addFault({ method: 'POST', path: /\/check-runs$/, status: 502, times: 1 });
    const { c } = client();
    await expect(publishCheckRun(request(c))).rejects.toMatchObject({ status: 502 });
    expect(api.requestsTo('POST', /\/check-runs$/)).toHaveLength(1);
    expect(api.state.checkRuns).toHaveLength(0);
  });

  it('a run without annotations of the same name on the commit is completed in place (a concurrent or repeated run)', async () => {
    const { c } = client();
    await publishCheckRun(request(c));
    const second = await publishCheckRun({ ...request(c), conclusion: 'success' });
    expect(second.kind).toBe('updated');
    expect(api.state.checkRuns).toHaveLength(1);
    expect(api.state.checkRuns[0]!.conclusion).toBe('success');
    expect(api.requestsTo('POST', /\/check-runs$/)).toHaveLength(1);
  });

  it('a run that carries annotations is superseded by a new one, so stale annotations do not gate the merge', async () => {
    const { c } = client();
    await publishCheckRun(request(c, 2));
    await publishCheckRun({ ...request(c), conclusion: 'success' });
    expect(api.state.checkRuns.map((r) => r.conclusion)).toEqual(['failure', 'success']);
  });
});

describe("only the action's own comment is edited", () => {
  const marker = commentMarker('sdlc-gate');

  it('a PR author who posts the marker first does not get the report written into their comment', async () => {
    api.state.comments[7] = [
      { id: 1, body: `${marker}\nI wrote this`, user: { login: 'mallory', type: 'User' }, created_at: '2026-01-01T00:00:00Z' },
    ];
    const { c } = client();
    const out = await upsertComment({ client: c, owner: 'acme', repo: 'pump', issueNumber: 7, marker }, `${marker}\nreport`);
    expect(out?.kind).toBe('created');
    expect(api.state.comments[7]!.map((x) => x.body)).toEqual([`${marker}\nI wrote this`, `${marker}\nreport`]);
    expect(api.requestsTo('PATCH', /comments/)).toHaveLength(0);
    // No GET /user for an installation token.
    expect(api.requestsTo('GET', '/user')).toHaveLength(0);
  });

  it('a bot comment is taken with or without the app it was made through; a user named like a bot is not', async () => {
    api.state.comments[7] = [
      { id: 1, body: `${marker}\nspoof`, user: { login: 'github-actions[bot]', type: 'User' }, created_at: '2026-01-01T00:00:00Z' },
      { id: 2, body: `${marker}\nours`, user: { login: 'github-actions[bot]', type: 'Bot' }, created_at: '2026-01-01T00:00:01Z' },
    ];
    const { c } = client();
    const out = await upsertComment({ client: c, owner: 'acme', repo: 'pump', issueNumber: 7, marker }, `${marker}\nreport`);
    expect(out).toEqual({ kind: 'updated', id: 2 });
    expect(api.state.comments[7]!.map((x) => x.body)).toEqual([`${marker}\nspoof`, `${marker}\nreport`]);
  });

  it("github-actions[bot]'s own comment is edited in place", async () => {
    const { c } = client();
    await upsertComment({ client: c, owner: 'acme', repo: 'pump', issueNumber: 7, marker }, `${marker}\nfirst`);
    const out = await upsertComment({ client: c, owner: 'acme', repo: 'pump', issueNumber: 7, marker }, `${marker}\nsecond`);
    expect(out?.kind).toBe('updated');
    expect(api.state.comments[7]!.map((x) => x.body)).toEqual([`${marker}\nsecond`]);
  });

  it('with a personal access token the comment is told by the authenticated user, asked once and only when needed', async () => {
    api.state.viewer = { login: 'release-bot-user', type: 'User' };
    expect(tokenKind('ghp_abc')).toBe('user');
    expect(tokenKind('github_pat_abc')).toBe('user');
    expect(tokenKind('ghs_abc')).toBe('installation');
    const { c } = client({ token: 'ghp_abc' });
    const target = { client: c, owner: 'acme', repo: 'pump', issueNumber: 7, marker, tokenKind: 'user' as const };
    await upsertComment(target, `${marker}\nfirst`);
    // Nothing marked before the creation; after it, one GET /user to tell the new comment is ours.
    expect(api.requestsTo('GET', '/user')).toHaveLength(1);
    api.state.comments[7]!.unshift({
      id: 1,
      body: `${marker}\nspoof`,
      user: { login: 'mallory', type: 'User' },
      created_at: '2026-01-01T00:00:00Z',
    });
    const out = await upsertComment(target, `${marker}\nsecond`);
    expect(out?.kind).toBe('updated');
    expect(api.state.comments[7]!.map((x) => x.body)).toEqual([`${marker}\nspoof`, `${marker}\nsecond`]);
  });

  it('two racing runs leave one comment', async () => {
    const { c } = client();
    const t = { client: c, owner: 'acme', repo: 'pump', issueNumber: 7, marker };
    await Promise.all([upsertComment(t, `${marker}\nA`), upsertComment(t, `${marker}\nB`)]);
    expect(api.state.comments[7]).toHaveLength(1);
  });
});

describe('the bundled action keeps to its budget', () => {
  // Imported lazily so the in-process tests above do not need the bundle.
  const POLICY = 'version: 1\ngates:\n  reviews:\n    approvals: 1\n';
  let repo: import('./helpers/git-repo.js').TestRepo;
  let base = '';
  let head = '';

  beforeEach(async () => {
    const { TestRepo } = await import('./helpers/git-repo.js');
    repo = new TestRepo('sdlc-gate-conduct-');
    repo.write({ '.github/sdlc-gate.yml': POLICY, 'a.txt': 'a\n' });
    base = repo.commit('base');
    repo.write({ 'a.txt': 'b\n' });
    head = repo.commit('change');
  });
  afterEach(() => repo.remove());

  async function run(inputs: Record<string, string> = {}) {
    const { ActionRunner } = await import('./helpers/action-runner.js');
    const { prEvent } = await import('./helpers/git-repo.js');
    const pr = prEvent(7, base, head);
    api.state.pulls[7] = pr.pull_request;
    api.state.reviews[7] = [];
    const runner = new ActionRunner(api);
    try {
      return await runner.run({ workspace: repo.dir, event: pr, inputs });
    } finally {
      runner.remove();
    }
  }

  it('a primary rate limit that resets after the budget: asked once, the gate ends in error saying when it resets', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    api.addFault({
      method: 'GET',
      path: /\/pulls\/7\/reviews$/,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: { message: 'API rate limit exceeded' },
    });
    const r = await run({ 'timeout-seconds': '30' });
    expect(r.code).toBe(1);
    expect(r.outputs['failed-gates']).toBe('reviews');
    expect(api.requestsTo('GET', /\/pulls\/7\/reviews$/)).toHaveLength(1);
    // Markdown-escaped in the summary.
    expect(r.summary).toContain(
      `GitHub API rate limit reached until ${new Date(reset * 1000).toISOString().replace(/[-:.]/g, (c) => `\\${c}`)}`,
    );
    expect(r.ms).toBeLessThan(15_000);
  });

  it('writes that hang end with the budget: nothing is sent after it, and the run ends soon after it', async () => {
    api.addFault({ method: 'POST', path: /\/check-runs$/, status: 0, kind: 'hang' });
    api.addFault({ method: 'POST', path: /\/comments$/, status: 0, kind: 'hang' });
    const started = performance.now();
    const r = await run({ 'timeout-seconds': '4' });
    expect(r.code).toBe(1);
    // The 4 s budget and the 5 s allowance for publishing after it, plus node's start; far from the retries' sum.
    expect(r.ms).toBeLessThan(4_000 + 5_000 + 3_000);
    const last = Math.max(...api.requests.map((q) => q.at));
    // Nothing is sent after the budget and the publishing allowance.
    expect(last - started).toBeLessThan(4_000 + 5_000 + 1_500);
    expect(api.requestsTo('POST', /\/check-runs$/)).toHaveLength(1);
  });
});
