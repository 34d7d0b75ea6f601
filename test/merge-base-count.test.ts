import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionRunner } from './helpers/action-runner.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { apiReview, prEvent, TestRepo } from './helpers/git-repo.js';

// Issue #19: `git merge-base` with the same arguments is asked once per run — by the action's main thread while it
// prepares the checkout — not again by the worker thread that evaluates the gates, nor by each gate. A `git` wrapper
// first on PATH logs every invocation of the bundled action (dist/index.js) and hands it on to the real git.

const POLICY = `version: 1
gates:
  reviews:
    approvals: 1
  policy-integrity:
    rule: protected-files
    paths: [".github/**"]
    from: [frank]
`;

describe('git merge-base in one action run', () => {
  const repo = new TestRepo('sdlc-gate-mergebase-count-');
  const shim = mkdtempSync(join(tmpdir(), 'sdlc-gate-git-shim-'));
  const log = join(shim, 'calls.log');
  let base = '';
  let head = '';
  let api: FakeGitHub;
  let runner: ActionRunner;

  beforeAll(async () => {
    repo.write({ '.github/sdlc-gate.yml': POLICY, 'src/a.ts': 'export const a = 1;\n' });
    base = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'src/a.ts': 'export const a = 2;\n', 'src/b.ts': 'export const b = 1;\n' });
    head = repo.commit('change');
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(join(shim, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${realGit}' "$@"\n`);
    chmodSync(join(shim, 'git'), 0o755);
    api = new FakeGitHub({
      owner: 'acme',
      repo: 'pump',
      pulls: { 42: prEvent(42, base, head).pull_request },
      comments: { 42: [] },
      reviews: { 42: [apiReview(1, 'frank', 'APPROVED', head)] },
      teams: {},
    });
    await api.start();
    runner = new ActionRunner(api);
  });
  afterAll(async () => {
    await api.stop();
    runner.remove();
    repo.remove();
    rmSync(shim, { recursive: true, force: true });
  });

  it('runs one git merge-base process for the pull request, though the main thread and every gate need it', async () => {
    writeFileSync(log, '');
    const r = await runner.run({ workspace: repo.dir, event: prEvent(42, base, head), env: { PATH: `${shim}:${process.env.PATH ?? ''}` } });
    expect(r.stderr).not.toMatch(/Error|at \S+:\d+:\d+/);
    const calls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    // The wrapper saw the run's git processes (so a count of zero below could not pass by not looking).
    expect(calls.some((c) => / ls-tree /.test(c))).toBe(true);
    // Both gates read the changed files, which come from the merge base: still one process.
    expect(r.outputs['status']).toBe('pass');
    const mergeBases = calls.filter((c) => / merge-base /.test(c));
    expect(mergeBases).toEqual([expect.stringContaining(`merge-base ${base} ${head}`)]);
  });
});
