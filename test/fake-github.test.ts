import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getOctokit } from '@actions/github';
import { FakeGitHub, blobSha } from './helpers/fake-github.js';

const BASE = 'b'.repeat(40);
const HEAD = 'a'.repeat(40);

function fixture(): FakeGitHub {
  return new FakeGitHub({
    owner: 'acme',
    repo: 'pump',
    pulls: {
      7: {
        number: 7,
        title: 'Raise bolus limit',
        body: '',
        labels: [{ name: 'risk' }],
        user: { login: 'dana' },
        base: { sha: BASE, ref: 'main' },
        head: { sha: HEAD, ref: 'bolus' },
      },
    },
    pullFiles: { 7: Array.from({ length: 7 }, (_, i) => ({ filename: `src/f${i}.ts`, status: 'modified' })) },
    reviews: { 7: [{ id: 1, user: { login: 'erin' }, state: 'APPROVED', commit_id: HEAD, submitted_at: '2026-01-01T00:00:00Z' }] },
    teams: { 'acme/safety': ['erin', 'farid'] },
    contents: {
      [HEAD]: { 'docs/risk/hazard log.md': '# Hazards\n\nH-1 — over-infusion ✓\n', 'README.md': 'hello' },
      [BASE]: { 'README.md': 'old' },
    },
  });
}

const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const patch = (body: unknown) => ({ ...json(body), method: 'PATCH' });
const annotation = (i: number) => ({ path: 'src/a.ts', start_line: i + 1, end_line: i + 1, annotation_level: 'warning', message: `m${i}` });

/** A response's JSON body, of the shape the caller expects (unknown unless told). */
async function j<T = unknown>(res: Response | Promise<Response>): Promise<T> {
  return (await (await res).json()) as T;
}

function nextLink(link: string | null): string | undefined {
  return link?.match(/<([^<>]+)>;\s*rel="next"/)?.[1];
}

describe('FakeGitHub', () => {
  let gh: FakeGitHub;
  let base: string;
  const repo = () => `${base}/repos/acme/pump`;

  beforeEach(async () => {
    gh = fixture();
    base = await gh.start();
  });
  afterEach(async () => {
    await gh.stop();
  });

  it('serves a pull request with rate-limit headers and records the request', async () => {
    const res = await fetch(`${repo()}/pulls/7`, { headers: { authorization: 'token t0ken' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-ratelimit-remaining')).toBe('4999');
    expect((await j<{ head: { sha: string } }>(res)).head.sha).toBe(HEAD);
    expect(gh.requests).toHaveLength(1);
    expect(gh.requests[0]).toMatchObject({ method: 'GET', path: '/repos/acme/pump/pulls/7' });
    expect(gh.authHeaders()).toEqual(['token t0ken']);
    expect((await fetch(`${repo()}/pulls/8`)).status).toBe(404);
    expect((await fetch(`${base}/repos/other/pump/pulls/7`)).status).toBe(404);
  });

  it('paginates with Link headers across 3 pages', async () => {
    let url: string | undefined = `${repo()}/pulls/7/files?per_page=3`;
    const pages: string[][] = [];
    const links: (string | null)[] = [];
    while (url) {
      expect(url.startsWith(`${base}/`)).toBe(true);
      const res: Response = await fetch(url);
      expect(res.status).toBe(200);
      links.push(res.headers.get('link'));
      pages.push((await j<{ filename: string }[]>(res)).map((f) => f.filename));
      url = nextLink(res.headers.get('link'));
    }
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(pages.flat()).toEqual(Array.from({ length: 7 }, (_, i) => `src/f${i}.ts`));
    expect(links[0]).toBe(
      `<${repo()}/pulls/7/files?per_page=3&page=2>; rel="next", <${repo()}/pulls/7/files?per_page=3&page=3>; rel="last"`,
    );
    expect(links[2]).toBeNull();
    expect(gh.requests.map((r) => r.query.get('page'))).toEqual([null, '2', '3']);

    // Defaults and caps: per_page 30 by default, at most 100.
    gh.state.pullFiles[7] = Array.from({ length: 130 }, (_, i) => ({ filename: `f${i}`, status: 'added' }));
    const first = await fetch(`${repo()}/pulls/7/files`);
    expect(await j(first)).toHaveLength(30);
    expect(nextLink(first.headers.get('link'))).toBe(`${repo()}/pulls/7/files?per_page=30&page=2`);
    const big = await fetch(`${repo()}/pulls/7/files?per_page=500&page=2`);
    expect(await j(big)).toHaveLength(30);
    expect(big.headers.get('link')).toBeNull();
  });

  it('is followed by real octokit pagination', async () => {
    gh.state.reviews[7] = Array.from({ length: 5 }, (_, i) => ({
      id: i + 1,
      user: { login: `u${i}` },
      state: 'COMMENTED',
      commit_id: HEAD,
      submitted_at: '2026-01-01T00:00:00Z',
    }));
    const octokit = getOctokit('s3cret', { baseUrl: base });
    const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { owner: 'acme', repo: 'pump', pull_number: 7, per_page: 2 });
    expect(reviews.map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
    const members = await octokit.paginate(octokit.rest.teams.listMembersInOrg, { org: 'acme', team_slug: 'safety', per_page: 1 });
    expect(members.map((m) => m!.login)).toEqual(['erin', 'farid']);
    const { data } = await octokit.rest.repos.getContent({ owner: 'acme', repo: 'pump', path: 'docs/risk/hazard log.md', ref: HEAD });
    expect(Buffer.from((data as { content: string }).content, 'base64').toString('utf8')).toContain('over-infusion ✓');
    expect(gh.authHeaders().every((h) => h === 'token s3cret')).toBe(true);
    expect(gh.authHeaders()).toHaveLength(gh.requests.length);
  });

  it('answers team members, and 404 for an unknown team', async () => {
    const res = await fetch(`${base}/orgs/acme/teams/safety/members`);
    expect(await j(res)).toMatchObject([{ login: 'erin' }, { login: 'farid' }]);
    const missing = await fetch(`${base}/orgs/acme/teams/nobody/members`);
    expect(missing.status).toBe(404);
    expect((await j<{ message: string }>(missing)).message).toBe('Not Found');
  });

  it('round-trips contents as base64, with a space in the path and nested folders', async () => {
    for (const path of ['docs/risk/hazard%20log.md', 'docs%2Frisk%2Fhazard%20log.md']) {
      const res = await fetch(`${repo()}/contents/${path}?ref=${HEAD}`);
      expect(res.status).toBe(200);
      const file = await j<{ content: string }>(res);
      const text = '# Hazards\n\nH-1 — over-infusion ✓\n';
      expect(file).toMatchObject({
        type: 'file',
        encoding: 'base64',
        path: 'docs/risk/hazard log.md',
        name: 'hazard log.md',
        size: Buffer.byteLength(text),
        sha: blobSha(text),
      });
      expect(Buffer.from(file.content, 'base64').toString('utf8')).toBe(text);
    }
    expect(blobSha('hello')).toBe('b6fc4c620b67d95f953a5c1c1230aaab5db5a1b0'); // git hash-object
    const other = await j<{ content: string }>(fetch(`${repo()}/contents/README.md?ref=${BASE}`));
    expect(Buffer.from(other.content, 'base64').toString()).toBe('old');

    const absent = await fetch(`${repo()}/contents/docs/nope.md?ref=${HEAD}`);
    expect(absent.status).toBe(404);
    expect(await j(absent)).toMatchObject({ message: 'Not Found' });
    expect((await fetch(`${repo()}/contents/README.md?ref=${'c'.repeat(40)}`)).status).toBe(404);

    const dir = await fetch(`${repo()}/contents/docs?ref=${HEAD}`);
    expect(await j(dir)).toMatchObject([{ type: 'dir', name: 'risk', path: 'docs/risk' }]);
  });

  it('creates, lists, patches and deletes comments', async () => {
    const created = await fetch(`${repo()}/issues/7/comments`, json({ body: 'first' }));
    expect(created.status).toBe(201);
    const c = await j<{ id: number; created_at: string }>(created);
    expect(c).toMatchObject({ body: 'first', user: { login: 'github-actions[bot]', type: 'Bot' } });
    expect(typeof c.id).toBe('number');
    expect(typeof c.created_at).toBe('string');
    await fetch(`${repo()}/issues/7/comments`, json({ body: 'second' }));

    const listed = await j<Array<{ body: string }>>(fetch(`${repo()}/issues/7/comments`));
    expect(listed.map((x) => x.body)).toEqual(['first', 'second']);

    const patched = await fetch(`${repo()}/issues/comments/${c.id}`, patch({ body: 'edited' }));
    expect(patched.status).toBe(200);
    expect((await j<{ body: string }>(patched)).body).toBe('edited');
    expect(gh.state.comments[7]![0]!.body).toBe('edited');

    const deleted = await fetch(`${repo()}/issues/comments/${c.id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(gh.state.comments[7]!.map((x) => x.body)).toEqual(['second']);
    expect((await fetch(`${repo()}/issues/comments/${c.id}`, { method: 'DELETE' })).status).toBe(404);

    const posted = gh.requests.filter((r) => r.method === 'POST');
    expect(posted.map((r) => r.body)).toEqual([{ body: 'first' }, { body: 'second' }]);
  });

  it('answers 400 to a body that is not JSON, and 404 (recorded) to unknown routes', async () => {
    const bad = await fetch(`${repo()}/issues/7/comments`, { method: 'POST', body: '{not json' });
    expect(bad.status).toBe(400);
    expect(gh.requests.at(-1)!.body).toBe('{not json');
    const unknown = await fetch(`${repo()}/deployments`);
    expect(unknown.status).toBe(404);
    expect(typeof (await j<{ message: unknown }>(unknown)).message).toBe('string');
    expect(gh.requests.at(-1)!.path).toBe('/repos/acme/pump/deployments');
  });

  it('creates a check run and appends annotations on PATCH', async () => {
    const created = await fetch(
      `${repo()}/check-runs`,
      json({
        name: 'sdlc-gate',
        head_sha: HEAD,
        status: 'completed',
        conclusion: 'failure',
        output: { title: 'T', summary: 'S', annotations: Array.from({ length: 50 }, (_, i) => annotation(i)) },
      }),
    );
    expect(created.status).toBe(201);
    const run = await j<{ id: number; html_url: string }>(created);
    expect(run).toMatchObject({
      name: 'sdlc-gate',
      head_sha: HEAD,
      conclusion: 'failure',
      output: { title: 'T', summary: 'S', annotations_count: 50 },
    });
    expect(typeof run.html_url).toBe('string');

    const updated = await fetch(
      `${repo()}/check-runs/${run.id}`,
      patch({ output: { title: 'T2', summary: 'S2', annotations: [annotation(50), annotation(51)] } }),
    );
    expect(updated.status).toBe(200);
    expect((await j<{ output: { annotations_count: number } }>(updated)).output.annotations_count).toBe(52);

    expect(gh.state.checkRuns).toHaveLength(1);
    const stored = gh.state.checkRuns[0]!;
    expect(stored.annotations.map((a) => a.message)).toEqual(Array.from({ length: 52 }, (_, i) => `m${i}`));
    expect(stored.output).toEqual({ title: 'T2', summary: 'S2' });
    expect(stored.conclusion).toBe('failure');
  });

  it('answers 422 to more than 50 annotations in one request', async () => {
    const res = await fetch(
      `${repo()}/check-runs`,
      json({
        name: 'x',
        head_sha: HEAD,
        output: { title: 'T', summary: 'S', annotations: Array.from({ length: 51 }, (_, i) => annotation(i)) },
      }),
    );
    expect(res.status).toBe(422);
    expect(await j(res)).toMatchObject({ message: 'Only 50 annotations are allowed per request' });
    expect(gh.state.checkRuns).toHaveLength(0);
    expect((gh.requests.at(-1)!.body as { output: { annotations: unknown[] } }).output.annotations).toHaveLength(51);
  });

  it('injects a status fault once, then answers normally', async () => {
    gh.addFault({
      method: 'GET',
      path: /\/pulls\/7$/,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'retry-after': '1' },
      body: { message: 'API rate limit exceeded' },
      times: 1,
    });
    const faulted = await fetch(`${repo()}/pulls/7`);
    expect(faulted.status).toBe(403);
    expect(faulted.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(faulted.headers.get('retry-after')).toBe('1');
    expect(await j(faulted)).toEqual({ message: 'API rate limit exceeded' });
    const ok = await fetch(`${repo()}/pulls/7`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-ratelimit-remaining')).toBe('4999');
    expect(gh.requests).toHaveLength(2);
  });

  it('resets the socket on a reset fault, so fetch rejects', async () => {
    gh.addFault({ path: /\/pulls\/7\/files$/, status: 0, kind: 'reset' });
    await expect(fetch(`${repo()}/pulls/7/files`)).rejects.toThrow();
    expect(gh.requests[0]!.path).toBe('/repos/acme/pump/pulls/7/files');
    expect((await fetch(`${repo()}/pulls/7`)).status).toBe(200);
  });

  it('never answers on a hang fault; the client aborts', async () => {
    gh.addFault({ method: 'POST', path: /\/check-runs$/, status: 0, kind: 'hang' });
    const started = Date.now();
    await expect(
      fetch(`${repo()}/check-runs`, { ...json({ name: 'x', head_sha: HEAD }), signal: AbortSignal.timeout(200) }),
    ).rejects.toThrow(/abort|timeout/i);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(gh.requests[0]!.body).toEqual({ name: 'x', head_sha: HEAD });
    expect(gh.state.checkRuns).toHaveLength(0);
  });

  it('stops promptly with a hung request open', async () => {
    gh.addFault({ path: /\/pulls\/7$/, status: 0, kind: 'hang' });
    const hung = fetch(`${repo()}/pulls/7`).then(
      () => 'answered',
      () => 'rejected',
    );
    while (gh.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    const started = Date.now();
    await gh.stop();
    expect(Date.now() - started).toBeLessThan(500);
    expect(await hung).toBe('rejected');
  });
});
