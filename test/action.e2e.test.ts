import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ActionRunner as Runner, TOKEN, type RunResult } from './helpers/action-runner.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { apiReview, prEvent, TestRepo } from './helpers/git-repo.js';

// The bundled action (dist/index.js) run as the Actions runner runs it: a child process with the runner's
// environment, a real git checkout, and a real HTTP server on 127.0.0.1 standing in for the GitHub API.

const MARKER = '<!-- sdlc-gate:sdlc-gate -->';

const POLICY = `version: 1
groups:
  qa: [quinn]
classification:
  default: B
  items:
    - { name: dosing, paths: ["src/dosing/**"], class: C }
gates:
  reviews:
    approvals: 1
    code_owners: true
  qa-review:
    rule: reviews
    when: { class: [C] }
    from: [qa]
  policy-integrity:
    rule: protected-files
    paths: [".github/**", "docs/sop/**"]
    from: [qa]
`;

function expectNoToken(r: RunResult, api: FakeGitHub) {
  const resultFile = r.outputs['result-file'] && existsSync(r.outputs['result-file']) ? readFileSync(r.outputs['result-file'], 'utf8') : '';
  const published = JSON.stringify(api.state.comments) + JSON.stringify(api.state.checkRuns);
  // The one place the token may appear is the runner's ::add-mask:: command, which registers it as a secret.
  expect(r.stdout.split('\n')[0]).toBe(`::add-mask::${TOKEN}`);
  const stdout = r.stdout.split('\n').slice(1).join('\n');
  for (const text of [stdout, r.stderr, r.summary, JSON.stringify(r.outputs), resultFile, published]) expect(text).not.toContain(TOKEN);
  expect(api.authHeaders().every((h) => h === `token ${TOKEN}` || h === `Bearer ${TOKEN}`)).toBe(true);
}

describe('the bundled action, end to end', () => {
  const repo = new TestRepo('sdlc-gate-workspace-');
  let api: FakeGitHub;
  let runner: Runner;
  let base = '';
  let head = '';

  beforeAll(() => {
    repo.write({
      '.github/sdlc-gate.yml': POLICY,
      '.github/CODEOWNERS': '* @frank\n/src/dosing/ @erin\n',
      'src/dosing/limits.ts': 'export const maxBolusMl = 5;\n',
      'src/ui/display.ts': 'export const x = 1;\n',
    });
    base = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'src/dosing/limits.ts': 'export const maxBolusMl = 8;\n' });
    head = repo.commit('raise the bolus limit');
  });
  afterAll(() => repo.remove());

  beforeEach(async () => {
    api = new FakeGitHub({
      owner: 'acme',
      repo: 'pump',
      pulls: { 42: prEvent(42, base, head).pull_request },
      comments: { 42: [] },
      reviews: { 42: [] },
      teams: {},
    });
    await api.start();
    runner = new Runner(api);
  });
  afterEach(async () => {
    await api.stop();
    runner.remove();
  });

  const event = (extra: Record<string, unknown> = {}) => prEvent(42, base, head, { title: 'Raise <b>bolus</b> @acme/qa `x`', ...extra });

  it('fails, then passes after approval: one comment edited in place, check runs, summary and outputs', async () => {
    api.state.reviews[42] = [apiReview(1, 'frank', 'APPROVED', head)];
    const first = await runner.run({ workspace: repo.dir, event: event() });
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('::error::sdlc-gate: 2 gates failed: reviews, qa-review');
    expect(first.outputs.status).toBe('fail');
    expect(first.outputs['failed-gates']).toBe('reviews,qa-review');
    const result = JSON.parse(readFileSync(first.outputs['result-file']!, 'utf8'));
    expect(result).toMatchObject({
      schema: 'sdlc-gate/result@1',
      status: 'fail',
      base,
      head,
      policy: { path: '.github/sdlc-gate.yml', ref: base },
    });

    // The summary and the comment are the same report; the title is escaped, the mention neutralized.
    expect(first.summary).toContain('### ❌ sdlc-gate: 2 of 3 gates failed');
    expect(first.summary).toContain('Pull request #42: Raise &lt;b&gt;bolus&lt;/b&gt; @&#8203;acme/qa \\`x\\`');
    const comments = api.state.comments[42]!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(`${MARKER}\n### ❌ sdlc-gate: 2 of 3 gates failed`)).toBe(true);
    expect(comments[0]!.body).not.toMatch(/@acme/);
    // The steps to pass come first; locations link to the head commit; the comment links the check run and the job summary.
    expect(comments[0]!.body.indexOf('**To pass** (')).toBeLessThan(comments[0]!.body.indexOf('| | Gate | Result |'));
    for (const text of [comments[0]!.body, first.summary])
      expect(text).toContain(`[\\.github/CODEOWNERS\\:2](http://127.0.0.1/acme/pump/blob/${head}/.github/CODEOWNERS#L2)`);
    expect(comments[0]!.body).toMatch(
      / · \[check run\]\(https:\/\/github\.com\/acme\/pump\/runs\/\d+\) · \[job summary\]\(http:\/\/127\.0\.0\.1\/acme\/pump\/actions\/runs\/77\/attempts\/1\)<\/sub>/,
    );

    // The check run sits on the PR's head commit, with an annotation on the CODEOWNERS line.
    expect(api.state.checkRuns).toHaveLength(1);
    const run = api.state.checkRuns[0]!;
    expect(run).toMatchObject({ name: 'sdlc-gate', head_sha: head, conclusion: 'failure' });
    expect(run.annotations).toEqual([
      expect.objectContaining({ path: '.github/CODEOWNERS', start_line: 2, annotation_level: 'failure', title: 'reviews' }),
    ]);
    expectNoToken(first, api);
    expect(api.requestsTo('GET', /\/pulls\/42\/reviews$/)).toHaveLength(1);

    api.state.reviews[42]!.push(
      apiReview(2, 'erin', 'APPROVED', head, '2026-01-02T00:00:00Z'),
      apiReview(3, 'quinn', 'APPROVED', head, '2026-01-02T00:00:00Z'),
    );
    const second = await runner.run({ workspace: repo.dir, event: event() });
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    expect(second.outputs).toMatchObject({ status: 'pass', 'failed-gates': '' });
    expect(api.state.comments[42]).toHaveLength(1);
    expect(api.state.comments[42]![0]!.body).toContain('### ✅ sdlc-gate: all 3 gates passed\n');
    expect(api.requestsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);
    expect(api.requestsTo('POST', /\/issues\/42\/comments$/)).toHaveLength(1);
    expect(api.state.checkRuns[1]).toMatchObject({ conclusion: 'success', head_sha: head });
    expectNoToken(second, api);
  });

  it('sends annotations 50 per request, the rest in PATCHes', async () => {
    const many = new TestRepo('sdlc-gate-many-');
    many.write({ '.github/sdlc-gate.yml': POLICY, 'README.md': 'x\n' });
    const b = many.commit('base');
    many.write(Object.fromEntries(Array.from({ length: 73 }, (_, i) => [`docs/sop/sop-${i}.md`, `${i}\n`])));
    const h = many.commit('sops');
    api.state.reviews[42] = [apiReview(1, 'frank', 'APPROVED', h)];
    const r = await runner.run({ workspace: many.dir, event: prEvent(42, b, h) });
    expect(r.code).toBe(1);
    const run = api.state.checkRuns[0]!;
    expect(run.annotations).toHaveLength(73);
    const sent = (q: { body: unknown }) => (q.body as { output: { annotations: unknown[] } }).output.annotations;
    expect(sent(api.requestsTo('POST', /\/check-runs$/)[0]!)).toHaveLength(50);
    expect(api.requestsTo('PATCH', /\/check-runs\/\d+$/).map((q) => sent(q).length)).toEqual([23]);
    many.remove();
  });

  it('degrades on 403s: warns naming the permission, annotates through workflow commands, keeps the summary', async () => {
    api.addFault({
      method: 'POST',
      path: /\/issues\/42\/comments$/,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    api.addFault({ method: 'POST', path: /\/check-runs$/, status: 403, body: { message: 'Resource not accessible by integration' } });
    api.state.reviews[42] = [apiReview(1, 'frank', 'APPROVED', head)];
    const r = await runner.run({ workspace: repo.dir, event: event() });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /::warning::the pull request comment on #42 answered 403 \(Resource not accessible by integration[^)]*\) — the token needs "pull-requests: write"/,
    );
    expect(r.stdout).toMatch(/::warning::creating the check run answered 403 .* — the token needs "checks: write"/);
    expect(r.stdout).toContain('::error title=reviews,file=.github/CODEOWNERS,line=2,endLine=2::');
    expect(r.summary).toContain('### ❌ sdlc-gate: 2 of 3 gates failed');
    expect(api.state.comments[42]).toHaveLength(0);
    expect(r.outputs.status).toBe('fail');
    expectNoToken(r, api);
  });

  it('ends a gate in error, never pass, when a team cannot be read', async () => {
    const teams = new TestRepo('sdlc-gate-teams-');
    teams.write({ '.github/sdlc-gate.yml': 'version: 1\ngates:\n  reviews:\n    from: ["@acme/qa"]\n', 'a.txt': 'a\n' });
    const b = teams.commit('base');
    teams.write({ 'a.txt': 'b\n' });
    const h = teams.commit('change');
    api.state.reviews[42] = [apiReview(1, 'quinn', 'APPROVED', h)];
    const r = await runner.run({ workspace: teams.dir, event: prEvent(42, b, h) });
    expect(r.code).toBe(1);
    expect(r.outputs['failed-gates']).toBe('reviews');
    expect(r.summary).toContain('🛑');
    expect(r.summary).toContain('give the token &quot;members\\: read&quot; on the organization');
    teams.remove();
  });

  it('reads through the API when there is no checkout', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'sdlc-gate-nocheckout-'));
    api.state.pullFiles[42] = [{ filename: 'src/dosing/limits.ts', status: 'modified' }];
    api.state.contents[base] = { '.github/sdlc-gate.yml': POLICY, '.github/CODEOWNERS': '* @frank\n/src/dosing/ @erin\n' };
    api.state.contents[head] = { '.github/sdlc-gate.yml': POLICY };
    api.state.reviews[42] = [apiReview(1, 'erin', 'APPROVED', head), apiReview(2, 'quinn', 'APPROVED', head)];
    const r = await runner.run({ workspace: empty, event: event() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(api.requestsTo('GET', /\/pulls\/42\/files$/)).toHaveLength(1);

    // A file list at GitHub's cap cannot be trusted: error, never pass.
    api.state.pullFiles[42] = Array.from({ length: 3000 }, (_, i) => ({ filename: `f${i}.txt`, status: 'added' }));
    const truncated = await runner.run({ workspace: empty, event: event() });
    expect(truncated.code).toBe(1);
    expect(truncated.summary).toContain('GitHub&#39;s limit'.replace('&#39;', "'"));
    rmSync(empty, { recursive: true, force: true });
  });

  it('without a checkout, traceability reads a few test files through the API and asks for a checkout for many', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'sdlc-gate-nocheckout-'));
    const policy = 'version: 1\ngates:\n  traceability:\n    requirements: ["docs/srs.md"]\n    id_pattern: "REQ-[0-9]+"\n';
    const srs = '## REQ-001 Rate\nThe pump shall deliver the programmed rate.\n';
    const tests = (n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`test/t${i}.test.ts`, `it('delivers (REQ-001)', () => {});\n`]));
    api.state.pullFiles[42] = [{ filename: 'test/t0.test.ts', status: 'modified' }];
    api.state.contents[base] = { '.github/sdlc-gate.yml': policy, 'docs/srs.md': srs };
    api.state.contents[head] = { '.github/sdlc-gate.yml': policy, 'docs/srs.md': srs, ...tests(3) };
    const few = await runner.run({ workspace: empty, event: event() });
    expect(few.stderr).toBe('');
    expect(few.code).toBe(0);
    expect(api.requestsTo('GET', /\/contents\/test(\/|%2F)/i)).toHaveLength(3);

    api.state.contents[head] = { '.github/sdlc-gate.yml': policy, 'docs/srs.md': srs, ...tests(201) };
    const many = await runner.run({ workspace: empty, event: event() });
    expect(many.code).toBe(1);
    expect(many.outputs['failed-gates']).toBe('traceability');
    expect(many.summary).toContain(
      '| 🛑 | **traceability** | could not be evaluated\\: searching 201 files would take a request each \\(more than 200\\) — check the repository out \\(actions/checkout\\) so the files are read locally |',
    );
    // Refused before any of them was read.
    expect(api.requestsTo('GET', /\/contents\/test(\/|%2F)/i)).toHaveLength(3);
    rmSync(empty, { recursive: true, force: true });
  });

  it('two runs at once on one PR end with exactly one comment', async () => {
    api.state.reviews[42] = [apiReview(1, 'frank', 'APPROVED', head)];
    const other = new Runner(api);
    const [a, b] = await Promise.all([
      runner.run({ workspace: repo.dir, event: event() }),
      other.run({ workspace: repo.dir, event: event() }),
    ]);
    other.remove();
    expect([a.code, b.code]).toEqual([1, 1]);
    expect(api.state.comments[42]).toHaveLength(1);
    expect(api.state.comments[42]![0]!.body.startsWith(MARKER)).toBe(true);
  });

  it('comment: on-failure creates none for a passing PR; never sends no comment request', async () => {
    api.state.reviews[42] = [apiReview(1, 'erin', 'APPROVED', head), apiReview(2, 'quinn', 'APPROVED', head)];
    const pass = await runner.run({ workspace: repo.dir, event: event(), inputs: { comment: 'on-failure' } });
    expect(pass.code).toBe(0);
    expect(api.state.comments[42]).toHaveLength(0);
    api.state.reviews[42] = [];
    const never = await runner.run({ workspace: repo.dir, event: event(), inputs: { comment: 'never', 'check-run': 'false' } });
    expect(never.code).toBe(1);
    // Only the first run's check run (looked up by name, created, looked up again for a racing run's) and its
    // look for an existing comment; the second run wrote nothing.
    expect(api.requests.filter((q) => /comments|check-runs/.test(q.path)).map((q) => q.method)).toEqual(['GET', 'POST', 'GET', 'GET']);
    expect(never.stdout).toContain('::error title=reviews,file=.github/CODEOWNERS,line=2,endLine=2::');
  });

  it('fetches the base and head commits into a shallow checkout', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'sdlc-gate-origin-'));
    repo.git('clone', '-q', '--bare', repo.dir, bare);
    const originRepo = { git: (...args: string[]) => repo.git('-C', bare, ...args) };
    originRepo.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
    const shallow = mkdtempSync(join(tmpdir(), 'sdlc-gate-shallow-'));
    repo.git('clone', '-q', '--depth=1', '--branch', 'main', `file://${bare}`, shallow);
    api.state.reviews[42] = [apiReview(1, 'erin', 'APPROVED', head), apiReview(2, 'quinn', 'APPROVED', head)];
    const r = await runner.run({ workspace: shallow, event: event() });
    expect(r.stdout).toContain(`fetching ${head.slice(0, 7)} from origin`);
    expect(r.stdout).not.toContain('reading the pull request through the API');
    expect(r.code).toBe(0);
    expect(api.requestsTo('GET', /\/pulls\/42\/files$/)).toHaveLength(0);
    rmSync(bare, { recursive: true, force: true });
    rmSync(shallow, { recursive: true, force: true });
  });

  describe('API faults: retried where retrying is right, else error — never pass', () => {
    const budget = { 'timeout-seconds': '8' };
    beforeEach(() => {
      api.state.reviews[42] = [apiReview(1, 'erin', 'APPROVED', head), apiReview(2, 'quinn', 'APPROVED', head)];
    });

    it.each([
      ['a 502 twice', { status: 502, times: 2 }],
      ['a connection reset', { status: 0, kind: 'reset' as const, times: 1 }],
      ['a hung response', { status: 0, kind: 'hang' as const, times: 1 }],
      [
        'a secondary rate limit',
        { status: 403, times: 1, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit' } },
      ],
      [
        'a primary rate limit',
        {
          status: 403,
          times: 1,
          headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1) },
          body: { message: 'API rate limit exceeded' },
        },
      ],
    ])('recovers from %s on reviews', async (_name, fault) => {
      api.addFault({ method: 'GET', path: /\/pulls\/42\/reviews$/, ...fault });
      const r = await runner.run({ workspace: repo.dir, event: event(), inputs: budget });
      expect(r.code).toBe(0);
      expect(r.outputs.status).toBe('pass');
      expect(api.requestsTo('GET', /\/pulls\/42\/reviews$/).length).toBeGreaterThan(1);
      expect(api.state.comments[42]).toHaveLength(1);
    });

    it('a 500 that persists ends the gates in error naming the endpoint, with the summary and comment written', async () => {
      api.addFault({ method: 'GET', path: /\/pulls\/42\/reviews$/, status: 500 });
      const r = await runner.run({ workspace: repo.dir, event: event(), inputs: budget });
      expect(r.code).toBe(1);
      expect(r.outputs['failed-gates']).toBe('reviews,qa-review');
      expect(r.summary).toContain('could not be evaluated\\: GET /repos/acme/pump/pulls/42/reviews failed after retries \\(500');
      expect(api.requestsTo('GET', /\/pulls\/42\/reviews$/)).toHaveLength(4);
      expect(api.state.comments[42]).toHaveLength(1);
    });
  });

  it('skips events that are not pull requests', async () => {
    const r = await runner.run({ workspace: repo.dir, event: { ref: 'refs/heads/main' }, eventName: 'push' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('::notice::sdlc-gate checks pull requests; this workflow ran on "push"');
    expect(r.outputs.status).toBe('skip');
    expect(api.requests).toHaveLength(0);
  });

  it('an event without a pull request fails with a summary that says why', async () => {
    const r = await runner.run({ workspace: repo.dir, event: { action: 'opened' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::sdlc-gate: the event has no pull_request with number, base.sha and head.sha');
    expect(r.summary).toContain('### 🛑 sdlc-gate could not run');
    expect(r.stderr).toBe('');
  });

  it('an invalid policy at base fails with positioned errors and a summary', async () => {
    const bad = new TestRepo('sdlc-gate-badpolicy-');
    bad.write({ '.github/sdlc-gate.yml': 'version: 1\ngates:\n  reviews:\n    approvals: lots\n' });
    const b = bad.commit('base');
    const h = bad.commit('empty change');
    const r = await runner.run({ workspace: bad.dir, event: prEvent(42, b, h) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '::error title=sdlc-gate policy,file=.github/sdlc-gate.yml,line=4,col=16::gates.reviews.approvals must be integer',
    );
    expect(r.summary).toContain('### 🛑 sdlc-gate: the policy is invalid');
    bad.remove();
  });
});
