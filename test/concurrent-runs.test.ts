import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../src/github/client.js';
import { publishCheckRun } from '../src/publish/check-run.js';
import { ActionRunner } from './helpers/action-runner.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { apiReview, prEvent, TestRepo } from './helpers/git-repo.js';

// Two runs of the bundled action started at the same time on one pull request and head commit (a re-run while
// the first still runs, or two events for one push), against the loopback API. Each looks its check run up at
// start-up, so both find none and both create one: GitHub has no conditional create and no deletion, so the
// newer is renamed and completed as neutral, leaving one check run of the name on the head commit, and one comment.

const NAME = 'sdlc-gate';
const POLICY = `version: 1
gates:
  reviews:
    approvals: 1
    code_owners: true
`;

describe('two runs at once on one head commit', () => {
  const repo = new TestRepo('sdlc-gate-concurrent-');
  let api: FakeGitHub;
  let base = '';
  let head = '';
  const runners: ActionRunner[] = [];

  beforeAll(() => {
    repo.write({ '.github/sdlc-gate.yml': POLICY, '.github/CODEOWNERS': '* @frank\n' });
    base = repo.commit('base');
    repo.write({ 'src/a.ts': 'export const a = 2;\n' });
    head = repo.commit('change');
  });
  afterAll(() => repo.remove());
  beforeEach(async () => {
    api = new FakeGitHub({
      owner: 'acme',
      repo: 'pump',
      pulls: { 7: prEvent(7, base, head).pull_request },
      comments: { 7: [] },
      reviews: { 7: [] },
    });
    await api.start();
  });
  afterEach(async () => {
    await api.stop();
    for (const r of runners.splice(0)) r.remove();
  });

  async function both(reviews: ReturnType<typeof apiReview>[]) {
    api.state.reviews[7] = reviews;
    const [a, b] = [new ActionRunner(api), new ActionRunner(api)];
    runners.push(a, b);
    return Promise.all([
      a.run({ workspace: repo.dir, event: prEvent(7, base, head) }),
      b.run({ workspace: repo.dir, event: prEvent(7, base, head) }),
    ]);
  }

  const named = () => api.state.checkRuns.filter((r) => r.head_sha === head && r.name === NAME);

  it(
    'a failing pull request: one check run of the name (the older, with its annotations), the other renamed and neutral; one comment',
    { timeout: 120_000 },
    async () => {
      const [a, b] = await both([]);
      expect([a.code, b.code]).toEqual([1, 1]);
      // Both looked up before either created (the race happened), and both created.
      const lookups = api.requestsTo('GET', new RegExp(`/commits/${head}/check-runs$`));
      const creates = api.requestsTo('POST', /\/check-runs$/);
      expect(creates).toHaveLength(2);
      expect(lookups.filter((l) => l.at < Math.min(...creates.map((c) => c.at)))).toHaveLength(2);
      // Each run listed once more after its creation, and only the newer run renamed its own.
      expect(lookups).toHaveLength(4);
      const kept = named();
      expect(kept).toHaveLength(1);
      expect(kept[0]!.conclusion).toBe('failure');
      expect(kept[0]!.annotations.length).toBeGreaterThan(0);
      const others = api.state.checkRuns.filter((r) => r.name !== NAME);
      expect(others).toHaveLength(1);
      expect(others[0]!.id).toBeGreaterThan(kept[0]!.id);
      expect(others[0]!.name).toBe(`${NAME} (superseded)`);
      expect(others[0]!.conclusion).toBe('neutral');
      expect(others[0]!.output!.title).toBe(`superseded by check run ${kept[0]!.id}`);
      const renames = api.requestsTo('PATCH', /\/check-runs\/\d+$/).filter((p) => (p.body as { name?: string } | undefined)?.name);
      expect(renames.map((p) => p.path)).toEqual([`/repos/acme/pump/check-runs/${others[0]!.id}`]);
      expect(api.state.comments[7]).toHaveLength(1);
    },
  );

  it('a passing pull request: the same, and a later run completes the kept run in place', { timeout: 120_000 }, async () => {
    const [a, b] = await both([apiReview(1, 'frank', 'APPROVED', head)]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(named()).toHaveLength(1);
    expect(named()[0]!.conclusion).toBe('success');
    expect(api.state.comments[7]).toHaveLength(1);
    const keptId = named()[0]!.id;
    const later = new ActionRunner(api);
    runners.push(later);
    expect((await later.run({ workspace: repo.dir, event: prEvent(7, base, head) })).code).toBe(0);
    expect(named().map((r) => r.id)).toEqual([keptId]);
    expect(api.state.checkRuns).toHaveLength(2);
  });
});

describe('settling a race between two creations, in process', () => {
  let api: FakeGitHub;
  beforeEach(async () => {
    api = new FakeGitHub({ owner: 'acme', repo: 'pump' });
    await api.start();
  });
  afterEach(() => api.stop());

  const sha = 'c'.repeat(40);
  const client = () =>
    createClient({
      token: 'ghs_test',
      baseUrl: api.url,
      deadline: AbortSignal.timeout(10_000),
      deadlineAt: Date.now() + 10_000,
      requestTimeoutMs: 5_000,
      retries: 0,
      retryDelayMs: 10,
      maxRateLimitWaitMs: 1_000,
      writeSpacingMs: 0,
      log: () => undefined,
    });
  const request = (conclusion: 'success' | 'failure', annotations: number, raced = true) => ({
    client: client(),
    owner: 'acme',
    repo: 'pump',
    name: NAME,
    headSha: sha,
    // Both looked up before either created.
    ...(raced ? { before: Promise.resolve(undefined) } : {}),
    conclusion,
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

  it('both created, both listed after: the newer renames itself, both report the older', async () => {
    const [a, b] = await Promise.all([publishCheckRun(request('failure', 2)), publishCheckRun(request('failure', 2))]);
    expect(api.requestsTo('POST', /\/check-runs$/)).toHaveLength(2);
    const named = api.state.checkRuns.filter((r) => r.name === NAME);
    expect(named).toHaveLength(1);
    expect([a, b].map((o) => (o.kind === 'forbidden' ? 0 : o.id))).toEqual([named[0]!.id, named[0]!.id]);
    expect(api.state.checkRuns.find((r) => r.name !== NAME)).toMatchObject({ name: `${NAME} (superseded)`, conclusion: 'neutral' });
  });

  it('a run created before the look-up (a run seen, superseded on purpose) is not a rival: the new one is kept', async () => {
    const first = await publishCheckRun(request('failure', 2, false));
    const second = await publishCheckRun(request('success', 0, false));
    expect(first.kind).toBe('created');
    expect(second.kind).toBe('created');
    expect(api.state.checkRuns.map((r) => [r.name, r.conclusion])).toEqual([
      [NAME, 'failure'],
      [NAME, 'success'],
    ]);
  });

  it('a race that cannot be settled (the list after the creation fails) leaves the created run as written', async () => {
    api.addFault({ method: 'GET', path: /\/check-runs$/, status: 500 });
    const out = await publishCheckRun(request('success', 0));
    expect(out.kind).toBe('created');
    expect(api.state.checkRuns).toHaveLength(1);
    expect(api.requestsTo('GET', /\/check-runs$/)).toHaveLength(1);
  });
});
