import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from './helpers/fake-github.js';
import { apiReview, prEvent, TestRepo } from './helpers/git-repo.js';

// How many API requests one evaluation costs, by endpoint, with a checkout present: the diff comes from git,
// reviews take one call, each team one call, the pull request's commits (who contributed) one call, each approver's
// permission one call where a gate asks for write access (none here: every gate names its approvers), and the writes
// are the check run, the comment lookup and write.
// `npm run bench -- api` runs this file and prints the table.

const ACTION = new URL('../dist/index.js', import.meta.url).pathname;

const POLICY = `version: 1
gates:
  reviews:
    approvals: 2
    from: ["@acme/qa", "@acme/dosing"]
  safety:
    rule: reviews
    from: ["@acme/dosing"]
  policy-integrity:
    rule: protected-files
    from: ["@acme/qa"]
`;

function runAction(env: Record<string, string>): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION], { env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', resolve);
  });
}

describe('API budget of one evaluation', () => {
  const repo = new TestRepo('sdlc-gate-budget-');
  const dir = mkdtempSync(join(tmpdir(), 'sdlc-gate-budget-runner-'));
  const api = new FakeGitHub({ owner: 'acme', repo: 'pump' });
  let base = '';
  let head = '';

  beforeAll(async () => {
    repo.write({ '.github/sdlc-gate.yml': POLICY, 'README.md': 'pump\n' });
    base = repo.commit('base');
    repo.write(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`src/module-${i}.ts`, `export const m${i} = ${i};\n`])));
    head = repo.commit('forty files');
    const pr = prEvent(7, base, head);
    api.state.pulls[7] = pr.pull_request;
    api.state.comments[7] = [];
    api.state.reviews[7] = [
      apiReview(1, 'quinn', 'APPROVED', head),
      apiReview(2, 'erin', 'APPROVED', head),
      apiReview(3, 'frank', 'COMMENTED', head),
    ];
    api.state.teams = { 'acme/qa': ['quinn'], 'acme/dosing': ['erin'] };
    await api.start();
    writeFileSync(join(dir, 'event.json'), JSON.stringify(pr));
  });
  afterAll(async () => {
    await api.stop();
    repo.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  async function evaluateOnce() {
    writeFileSync(join(dir, 'summary.md'), '');
    writeFileSync(join(dir, 'output.txt'), '');
    const before = api.requests.length;
    const code = await runAction({
      PATH: process.env.PATH ?? '',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_API_URL: api.url,
      GITHUB_REPOSITORY: 'acme/pump',
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      GITHUB_OUTPUT: join(dir, 'output.txt'),
      RUNNER_TEMP: dir,
      INPUT_TOKEN: 'ghs_budget',
    });
    expect(code).toBe(0);
    const requests = api.requests.slice(before);
    const byEndpoint = new Map<string, number>();
    for (const r of requests) {
      const endpoint = `${r.method} ${r.path.replace(/\/\d+(?=\/|$)/g, '/{n}')}`;
      byEndpoint.set(endpoint, (byEndpoint.get(endpoint) ?? 0) + 1);
    }
    // A look after a creation (for a racing run's check run or comment) belongs to the write it follows.
    const created = requests.findIndex((r) => r.method === 'POST' && r.path.endsWith('/check-runs'));
    const reads = requests.filter(
      (r, i) => r.method === 'GET' && !r.path.endsWith('/comments') && !(created >= 0 && i > created && r.path.endsWith('/check-runs')),
    ).length;
    return { byEndpoint, reads, writes: requests.length - reads };
  }

  function print(title: string, run: Awaited<ReturnType<typeof evaluateOnce>>) {
    if (!process.env.SDLC_GATE_PRINT_BUDGET) return;
    console.log(`\n${title}\n\n| endpoint | requests |\n| --- | --- |`);
    for (const [endpoint, n] of [...run.byEndpoint].sort()) console.log(`| \`${endpoint}\` | ${n} |`);
    console.log(
      `| **reads** (target ≤ 5) | ${run.reads} |\n| **writes and the looks that follow them** (target ≤ 5 first, ≤ 3 later) | ${run.writes} |`,
    );
  }

  // Reads were at most 4 before approvals from the pull request's contributors stopped counting: the commits are the fifth.
  it('reads at most 5 times; writes at most 3 times once the comment exists', async () => {
    const first = await evaluateOnce();
    print("First evaluation (creates the check run and the comment, then looks once more for a racing run's of each)", first);
    expect(first.byEndpoint.get('GET /repos/acme/pump/pulls/{n}/files')).toBeUndefined();
    expect(first.byEndpoint.get('GET /repos/acme/pump/pulls/{n}/reviews')).toBe(1);
    expect(first.byEndpoint.get('GET /orgs/acme/teams/qa/members')).toBe(1);
    expect(first.byEndpoint.get('GET /orgs/acme/teams/dosing/members')).toBe(1);
    expect(first.byEndpoint.get('GET /repos/acme/pump/pulls/{n}/commits')).toBe(1);
    expect([...first.byEndpoint.keys()].filter((e) => e.includes('/permission'))).toEqual([]);
    expect(first.reads).toBeLessThanOrEqual(5);
    expect(first.writes).toBeLessThanOrEqual(5);

    const next = await evaluateOnce();
    print('A later evaluation with the same result (the comment is found and left as it is)', next);
    expect(next.reads).toBeLessThanOrEqual(5);
    expect(next.writes).toBeLessThanOrEqual(3);
    // The same report again: the comment is found and left alone, never duplicated.
    expect(next.byEndpoint.get('POST /repos/acme/pump/issues/{n}/comments')).toBeUndefined();
    expect(next.byEndpoint.get('PATCH /repos/acme/pump/issues/comments/{n}')).toBeUndefined();
    expect(api.state.comments[7]).toHaveLength(1);
  });
});
