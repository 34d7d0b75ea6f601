import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { mergeQueuePullNumber } from '../src/action/events.js';
import { prepareCheckout } from '../src/facts/checkout.js';
import { GitRepo } from '../src/facts/git/index.js';
import { ActionRunner } from './helpers/action-runner.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { apiReview, prEvent, TestRepo } from './helpers/git-repo.js';

// Which events are evaluated, and what is written for each, with the bundled action against a loopback API:
// a merge queue's merge group gets a completed check run on its head commit; a closed pull request and a
// skipped draft cost no request; a policy that does not load still completes a failing check run.

const POLICY = `version: 1
gates:
  reviews:
    approvals: 1
    invalidate_on_push: true
  policy-integrity:
    rule: protected-files
    paths: [".github/**"]
    from: [quinn]
`;

describe('events', () => {
  const repo = new TestRepo('sdlc-gate-events-');
  let api: FakeGitHub;
  let runner: ActionRunner;
  let base = '';
  let prHead = '';
  let groupHead = '';

  beforeAll(() => {
    repo.write({ '.github/sdlc-gate.yml': POLICY, 'src/a.ts': 'a\n' });
    base = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'src/a.ts': 'b\n' });
    prHead = repo.commit('change a');
    // The queue's commit: the pull request merged onto the base branch.
    repo.git('checkout', '-q', '-b', 'gh-readonly-queue/main/pr-42', base);
    repo.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #42', 'feature');
    groupHead = repo.git('rev-parse', 'HEAD');
  });
  afterAll(() => repo.remove());

  beforeEach(async () => {
    api = new FakeGitHub({
      owner: 'acme',
      repo: 'pump',
      pulls: { 42: { ...prEvent(42, base, prHead).pull_request, state: 'open' } },
      comments: { 42: [] },
      reviews: { 42: [] },
    });
    await api.start();
    runner = new ActionRunner(api);
  });
  afterEach(async () => {
    await api.stop();
    runner.remove();
  });

  const mergeGroup = (headRef = `refs/heads/gh-readonly-queue/main/pr-42-${base}`) => ({
    action: 'checks_requested',
    merge_group: {
      head_sha: groupHead,
      head_ref: headRef,
      base_sha: base,
      base_ref: 'refs/heads/main',
      head_commit: { id: groupHead, message: 'Merge pull request #42' },
    },
    repository: { name: 'pump', owner: { login: 'acme' }, full_name: 'acme/pump' },
  });

  it('the queue branch names its pull request', () => {
    expect(mergeQueuePullNumber(`gh-readonly-queue/main/pr-42-${'a'.repeat(40)}`)).toBe(42);
    expect(mergeQueuePullNumber('gh-readonly-queue/release/v1/pr-7-abcdef0')).toBe(7);
    expect(mergeQueuePullNumber('feature/pr-x')).toBeUndefined();
  });

  it('merge_group: the group head is evaluated against its base, with the pull request approval carried to it; the check run completes on the group head; no comment', async () => {
    api.state.reviews[42] = [apiReview(1, 'erin', 'APPROVED', prHead)];
    const r = await runner.run({ workspace: repo.dir, event: mergeGroup(), eventName: 'merge_group' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs.status).toBe('pass');
    expect(api.state.checkRuns).toHaveLength(1);
    expect(api.state.checkRuns[0]).toMatchObject({ name: 'sdlc-gate', head_sha: groupHead, status: 'completed', conclusion: 'success' });
    expect(api.requestsTo('GET', /\/pulls\/42$/)).toHaveLength(1);
    expect(api.requestsTo('GET', /\/pulls\/42\/reviews$/)).toHaveLength(1);
    expect(api.requests.filter((q) => q.path.includes('/comments'))).toHaveLength(0);
  });

  it("merge_group: the contributors are those of the pull request its branch names, and a contributor's approval does not count", async () => {
    api.state.reviews[42] = [apiReview(1, 'erin', 'APPROVED', prHead)];
    api.state.pullCommits[42] = [{ sha: prHead, author: { login: 'dana' }, committer: { login: 'erin' } }];
    const r = await runner.run({ workspace: repo.dir, event: mergeGroup(), eventName: 'merge_group' });
    expect(r.code).toBe(1);
    expect(r.summary).toContain('erin authored or committed commits of this pull request');
    expect(api.requestsTo('GET', /\/pulls\/42\/commits$/)).toHaveLength(1);
  });

  it('merge_group: an approval of an older commit of the pull request is not carried to the group', async () => {
    api.state.reviews[42] = [apiReview(1, 'erin', 'APPROVED', base)];
    const r = await runner.run({ workspace: repo.dir, event: mergeGroup(), eventName: 'merge_group' });
    expect(r.code).toBe(1);
    expect(api.state.checkRuns[0]).toMatchObject({ head_sha: groupHead, conclusion: 'failure' });
  });

  it('merge_group without a pull request in its branch: the review gate ends in error saying why, and the check run still completes', async () => {
    const r = await runner.run({ workspace: repo.dir, event: mergeGroup('refs/heads/some-queue'), eventName: 'merge_group' });
    expect(r.code).toBe(1);
    expect(r.outputs['failed-gates']).toBe('reviews');
    expect(r.summary).toContain('names no pull request');
    expect(api.state.checkRuns[0]).toMatchObject({ head_sha: groupHead, status: 'completed', conclusion: 'failure' });
    expect(api.requestsTo('GET', /\/pulls\//)).toHaveLength(0);
  });

  it('a closed pull request is skipped with a notice and no request', async () => {
    const r = await runner.run({ workspace: repo.dir, event: { ...prEvent(42, base, prHead, { state: 'closed' }), action: 'closed' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('::notice::pull request #42 is closed, so nothing was checked');
    expect(r.outputs.status).toBe('skip');
    expect(api.requests).toHaveLength(0);
  });

  it('drafts: skip skips a draft with no request; the default evaluates it', async () => {
    const draft = prEvent(42, base, prHead, { draft: true });
    const skipped = await runner.run({ workspace: repo.dir, event: draft, inputs: { drafts: 'skip' } });
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain('::notice::pull request #42 is a draft and the drafts input is "skip"');
    expect(api.requests).toHaveLength(0);
    const evaluated = await runner.run({ workspace: repo.dir, event: draft });
    expect(evaluated.outputs.status).toBe('fail');
    expect(api.state.checkRuns).toHaveLength(1);
    const bad = await runner.run({ workspace: repo.dir, event: draft, inputs: { drafts: 'maybe' } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('input "drafts" is "maybe"; it must be one of evaluate, skip');
  });

  it('a policy that does not load completes a failing check run with the errors on the policy file', async () => {
    const bad = new TestRepo('sdlc-gate-badpolicy-');
    bad.write({ '.github/sdlc-gate.yml': 'version: 1\ngates:\n  reviews:\n    approvals: lots\n' });
    const b = bad.commit('base');
    const h = bad.commit('empty change');
    const r = await runner.run({ workspace: bad.dir, event: prEvent(42, b, h) });
    expect(r.code).toBe(1);
    expect(api.state.checkRuns).toHaveLength(1);
    expect(api.state.checkRuns[0]).toMatchObject({ name: 'sdlc-gate', head_sha: h, status: 'completed', conclusion: 'failure' });
    expect(api.state.checkRuns[0]!.annotations).toEqual([
      expect.objectContaining({
        path: '.github/sdlc-gate.yml',
        start_line: 4,
        annotation_level: 'failure',
        message: expect.stringContaining('gates.reviews.approvals must be integer'),
      }),
    ]);
    bad.remove();
  });
});

describe('git merge-base', () => {
  it('is run once per pair while preparing a checkout, not three times', async () => {
    const repo = new TestRepo('sdlc-gate-mergebase-');
    repo.write({ 'a.txt': 'a\n' });
    const b = repo.commit('base');
    repo.write({ 'a.txt': 'b\n' });
    const h = repo.commit('head');
    const spy = vi.spyOn(GitRepo.prototype, 'run');
    const pr = { number: 1, title: '', body: '', labels: [], author: '', baseSha: b, headSha: h };
    const checkout = await prepareCheckout(repo.dir, pr, 1 << 20, () => undefined);
    await checkout.sources!.changedFiles();
    const mergeBases = spy.mock.calls.filter(([args]) => args[0] === 'merge-base');
    spy.mockRestore();
    expect(mergeBases).toHaveLength(1);
    repo.remove();
  });
});
