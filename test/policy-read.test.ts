import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { TestRepo } from './helpers/git-repo.js';

// `validate` reads the policy (and the files its `extends` names) the way `check` does: a symbolic link — even
// one that stays in the tree — and anything but a regular file are refused unread, with exit 2 and never a hang.

const POLICY = 'version: 1\ngates:\n  reviews:\n    approvals: 1\n';
const P = '.github/sdlc-gate.yml';

describe('validate reads the policy as check does', () => {
  const repos: TestRepo[] = [];
  const fresh = () => {
    const r = new TestRepo('sdlc-gate-policy-read-');
    repos.push(r);
    return r;
  };
  afterAll(() => repos.forEach((r) => r.remove()));

  it('refuses a policy that is a FIFO, at once (it used to wait for a writer forever)', () => {
    const repo = fresh().write({ 'README.md': 'x\n' });
    repo.commit('init');
    execFileSync('mkdir', ['-p', `${repo.dir}/.github`]);
    execFileSync('mkfifo', [`${repo.dir}/${P}`]);
    const started = Date.now();
    const r = runCli(['validate', '--repo', repo.dir], { timeout: 10_000 });
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(`${P}:1:1: ${P} is a named pipe (FIFO); it was not read — name a regular file\n`);
    // trace and vex load the policy through the same function
    const t = runCli(['trace', '--repo', repo.dir], { timeout: 10_000 });
    expect(t.code).toBe(2);
    expect(t.stderr).toContain(`${P} is a named pipe (FIFO)`);
  });

  it('refuses an in-repository symlinked policy, as check does', () => {
    const repo = fresh().write({ 'policies/real.yml': POLICY }).symlink(P, '../policies/real.yml');
    const base = repo.commit('policy through a link');
    const v = runCli(['validate', '--repo', repo.dir]);
    expect(v.code).toBe(2);
    expect(v.stdout).toBe(
      `${P}:1:1: ${P} is a symbolic link in the work tree; links are not followed (check refuses them too) — commit the file itself\n`,
    );
    const c = runCli(['check', '--repo', repo.dir, '--base', base]);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain(`${P} is a symbolic link at`);
    // the same file named directly is accepted by both
    expect(runCli(['validate', '--repo', repo.dir, '--policy', 'policies/real.yml']).code).toBe(0);
  });

  it('refuses a symlinked file that extends names, and a policy under a symlinked folder', () => {
    const repo = fresh()
      .write({ 'policies/base.yml': POLICY, [P]: 'version: 1\nextends: [policies/link.yml]\n', 'real/policy.yml': POLICY })
      .symlink('policies/link.yml', 'base.yml')
      .symlink('linked', 'real');
    repo.commit('links');
    const v = runCli(['validate', '--repo', repo.dir]);
    expect(v.code).toBe(2);
    expect(v.stdout).toBe(
      `${P}:2:11: policies/link.yml is a symbolic link in the work tree; links are not followed (check refuses them too) — commit the file itself\n`,
    );
    const u = runCli(['validate', '--repo', repo.dir, '--policy', 'linked/policy.yml']);
    expect(u.code).toBe(2);
    expect(u.stdout).toBe(
      'linked/policy.yml:1:1: linked/policy.yml lies under a symbolic link in the work tree; links are not followed (check refuses them too) — commit the files themselves\n',
    );
  });

  it('refuses a directory named as the policy', () => {
    const repo = fresh().write({ 'dir/x.txt': 'x\n' });
    const r = runCli(['validate', '--repo', repo.dir, '--policy', 'dir']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('dir:1:1: dir is a directory; it was not read — name a regular file\n');
  });
});
