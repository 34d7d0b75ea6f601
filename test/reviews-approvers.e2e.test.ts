import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ActionRunner as Runner } from './helpers/action-runner.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { apiReview, prEvent, TestRepo } from './helpers/git-repo.js';

// Who may approve, through the bundled action against a real HTTP server on 127.0.0.1 standing in for GitHub: an
// approval counts only from someone with write access (GET /collaborators/{login}/permission, once per approver
// however many gates count it) who committed nothing of the pull request (GET /pulls/{n}/commits, every page).

const POLICY = `version: 1
gates:
  reviews:
    approvals: 1
  second-look:
    rule: reviews
    approvals: 1
  policy-integrity:
    rule: protected-files
    paths: ["src/**"]
`;

const commit = (i: number, author: string | null, committer: string | null) => ({
  sha: i.toString(16).padStart(40, '0'),
  author: author ? { login: author } : null,
  committer: committer ? { login: committer } : null,
});

describe('who may approve, end to end', () => {
  const repo = new TestRepo('sdlc-gate-approvers-');
  let api: FakeGitHub;
  let runner: Runner;
  let base = '';
  let head = '';

  beforeAll(() => {
    repo.write({ '.github/sdlc-gate.yml': POLICY, 'src/a.ts': 'export const a = 1;\n' });
    base = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'src/a.ts': 'export const a = 2;\n' });
    head = repo.commit('change a');
  });
  afterAll(() => repo.remove());

  beforeEach(async () => {
    api = new FakeGitHub({
      owner: 'acme',
      repo: 'pump',
      pulls: { 42: prEvent(42, base, head).pull_request },
      comments: { 42: [] },
      reviews: { 42: [] },
      // 130 commits: two pages of 100; the last is web-flow's merge of the base branch, which makes no one a contributor.
      pullCommits: { 42: [...Array.from({ length: 129 }, (_, i) => commit(i + 1, 'dana', 'dana')), commit(130, 'dana', 'web-flow')] },
      permissions: { erin: 'write', mallory: 'read', frank: 'maintain' },
      defaultPermission: 'none',
    });
    await api.start();
    runner = new Runner(api);
  });
  afterEach(async () => {
    await api.stop();
    runner.remove();
  });

  const run = () => runner.run({ workspace: repo.dir, event: prEvent(42, base, head) });
  const permissionRequests = () => api.requestsTo('GET', /\/collaborators\/[^/]+\/permission$/).map((q) => q.path.split('/').at(-2));

  it('counts a writer and not a stranger: one permission request per approver, the commits read in full once', async () => {
    api.state.reviews[42] = [apiReview(1, 'mallory', 'APPROVED', head), apiReview(2, 'erin', 'APPROVED', head)];
    const r = await run();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs.status).toBe('pass');
    expect(permissionRequests().sort()).toEqual(['erin', 'mallory']);
    expect(api.requestsTo('GET', /\/pulls\/42\/commits$/)).toHaveLength(2);
  });

  it("fails on a stranger's approval alone, saying why", async () => {
    api.state.reviews[42] = [apiReview(1, 'mallory', 'APPROVED', head)];
    const r = await run();
    expect(r.code).toBe(1);
    expect(r.outputs['failed-gates']).toBe('reviews,second-look,policy-integrity');
    expect(r.summary).toContain('mallory has read access, not write, so their approval does not count');
    expect(permissionRequests()).toEqual(['mallory']);
  });

  it("fails on a contributor's approval: a commit authored on the last page is found", async () => {
    api.state.pullCommits[42]!.push(commit(131, 'frank', 'web-flow'));
    api.state.reviews[42] = [apiReview(1, 'frank', 'APPROVED', head)];
    const r = await run();
    expect(r.code).toBe(1);
    expect(r.summary).toContain('frank authored or committed commits of this pull request');
    // Contributors are excluded before write access is asked: no permission request for frank.
    expect(permissionRequests()).toEqual([]);
  });

  it('ends in error, never pass, when the permission cannot be read', async () => {
    api.state.reviews[42] = [apiReview(1, 'erin', 'APPROVED', head)];
    api.addFault({ method: 'GET', path: /\/collaborators\/erin\/permission$/, status: 403 });
    const r = await run();
    expect(r.code).toBe(1);
    expect(r.outputs['failed-gates']).toBe('reviews,second-look,policy-integrity');
    expect(r.summary).toContain('🛑');
    expect(r.summary).toMatch(/collaborators\/erin\/permission answered 403/);
    expect(r.summary).toContain('metadata\\: read');
  });

  it("ends in error when GitHub's 250-commit list may be cut short", async () => {
    api.state.pullCommits[42] = Array.from({ length: 250 }, (_, i) => commit(i + 1, 'dana', 'dana'));
    api.state.reviews[42] = [apiReview(1, 'erin', 'APPROVED', head)];
    const r = await run();
    expect(r.code).toBe(1);
    expect(r.summary).toContain("returned 250 commits, GitHub's limit");
  });
});
