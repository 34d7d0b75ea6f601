import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiReview, prEvent, TestRepo, writeJson } from './helpers/git-repo.js';
import { runCli } from './helpers/cli.js';

// Scenarios through the bundled CLI (dist/cli/index.js) on real git repositories.

const cli = (args: string[], cwd?: string) => runCli(args, { cwd });

const POLICY = `version: 1
groups:
  qa: [quinn, "@acme/qa"]
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
    from: [qa]
`;

describe('sdlc-gate check', () => {
  const repo = new TestRepo();
  const inputs = mkdtempSync(join(tmpdir(), 'sdlc-gate-inputs-'));
  let base = '';
  let head = '';
  let eventFile = '';
  let teamsFile = '';

  beforeAll(() => {
    repo.write({
      '.github/sdlc-gate.yml': POLICY,
      '.github/CODEOWNERS': '* @acme/firmware\n/src/dosing/ @erin\n',
      'src/dosing/limits.ts': 'export const maxBolusMl = 5;\n',
      'src/ui/display.ts': 'export const x = 1;\n',
    });
    base = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({
      'src/dosing/limits.ts': 'export const maxBolusMl = 8;\n',
      'src/ui/display.ts': null,
      'src/ui/screen.ts': 'export const x = 1;\n',
    });
    head = repo.commit('raise the bolus limit');
    eventFile = writeJson(inputs, 'event.json', prEvent(42, base, head));
    teamsFile = writeJson(inputs, 'teams.json', { 'acme/qa': ['rita'], 'acme/firmware': ['frank', 'erin'] });
  });
  afterAll(() => {
    repo.remove();
    rmSync(inputs, { recursive: true, force: true });
  });

  it('fails with exit 1 and says who must approve', () => {
    // frank may push and committed nothing of the pull request: the CLI is told so (permission, --commits).
    const reviews = writeJson(inputs, 'r1.json', [
      { ...apiReview(1, 'frank', 'APPROVED', head), permission: 'write' },
      apiReview(2, 'erin', 'APPROVED', base),
    ]);
    const commits = writeJson(inputs, 'c1.json', [{ sha: head, author: { login: 'dana' }, committer: { login: 'dana' } }]);
    const r = cli(['check', '--repo', repo.dir, '--event', eventFile, '--reviews', reviews, '--teams', teamsFile, '--commits', commits]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL  reviews: ');
    expect(r.stdout).toContain(
      `error: .github/CODEOWNERS:2: src/dosing/limits.ts (CODEOWNERS line 2) needs an approval from erin on the latest commit ${head.slice(0, 7)}; has none; erin approved an earlier commit — ask for a re-review.`,
    );
    expect(r.stdout).toContain('FAIL  qa-review (reviews): needs 1 approval from qa (quinn and rita)');
    expect(r.stdout).toContain('PASS  policy-integrity (protected-files): no protected file changed');
  });

  it('passes with exit 0 and prints the documented JSON', () => {
    // Both may push and committed nothing of the pull request: the CLI is told so (permission, --commits), or the gates err.
    const reviews = writeJson(inputs, 'r2.json', [
      { ...apiReview(1, 'erin', 'APPROVED', head), permission: 'write' },
      { ...apiReview(2, 'rita', 'APPROVED', head), permission: 'maintain' },
    ]);
    const commits = writeJson(inputs, 'c2.json', [{ sha: head, author: { login: 'dana' }, committer: { login: 'web-flow' } }]);
    const out = join(inputs, 'result.json');
    const r = cli([
      'check',
      '--repo',
      repo.dir,
      '--event',
      eventFile,
      '--reviews',
      reviews,
      '--teams',
      teamsFile,
      '--commits',
      commits,
      '--format',
      'json',
      '--output',
      out,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(json)).toEqual(['schema', 'status', 'base', 'head', 'policy', 'gates']);
    expect(json).toMatchObject({
      schema: 'sdlc-gate/result@1',
      status: 'pass',
      base,
      head,
      policy: { path: '.github/sdlc-gate.yml', ref: base },
    });
    expect(json.policy.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(json.gates.map((g: { id: string; status: string }) => [g.id, g.status])).toEqual([
      ['reviews', 'pass'],
      ['qa-review', 'pass'],
      ['policy-integrity', 'pass'],
    ]);
  });

  it('uses the base policy when the PR loosens it, and says so', () => {
    repo.git('checkout', '-q', 'feature');
    repo.write({ '.github/sdlc-gate.yml': 'version: 1\ngates: {}\n' });
    const loosened = repo.commit('loosen the policy');
    const reviews = writeJson(inputs, 'r3.json', []);
    const r = cli([
      'check',
      '--repo',
      repo.dir,
      '--base',
      base,
      '--head',
      loosened,
      '--reviews',
      reviews,
      '--teams',
      teamsFile,
      '--format',
      'markdown',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('This pull request changes \\.github/sdlc\\-gate\\.yml; it was evaluated with the base version');
    expect(r.stdout).toContain('| ❌ | **policy\\-integrity** |');
    repo.git('reset', '-q', '--hard', head);
  });

  it('ends a gate in error (exit 1) when reviews were not given', () => {
    const r = cli(['check', '--repo', repo.dir, '--event', eventFile, '--teams', teamsFile]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('ERROR reviews: could not be evaluated: no reviews were given — pass --reviews FILE');
  });

  it("ends the gates in error, never pass, when the files do not say an approver's write access or the pull request's commits", () => {
    const approved = writeJson(inputs, 'r5.json', [apiReview(1, 'erin', 'APPROVED', head), apiReview(2, 'rita', 'APPROVED', head)]);
    const commits = writeJson(inputs, 'c5.json', [{ sha: head, author: { login: 'dana' }, committer: null }]);
    const noPermission = cli([
      'check',
      '--repo',
      repo.dir,
      '--event',
      eventFile,
      '--reviews',
      approved,
      '--teams',
      teamsFile,
      '--commits',
      commits,
    ]);
    expect(noPermission.code).toBe(1);
    expect(noPermission.stdout).toContain(
      `ERROR reviews: could not be evaluated: the write access of erin is unknown — add "permission" (as GET /repos/{owner}/{repo}/collaborators/erin/permission answers it) to their reviews in ${approved}, or set require_write_access: false on the gate`,
    );
    // qa-review names its approvers (from: [qa]): their write access is not asked, but their commits are.
    expect(noPermission.stdout).toContain('PASS  qa-review (reviews)');
    const writers = writeJson(inputs, 'r6.json', [
      { ...apiReview(1, 'erin', 'APPROVED', head), permission: 'admin' },
      { ...apiReview(2, 'rita', 'APPROVED', head), permission: 'read' },
    ]);
    const noCommits = cli(['check', '--repo', repo.dir, '--event', eventFile, '--reviews', writers, '--teams', teamsFile]);
    expect(noCommits.code).toBe(1);
    expect(noCommits.stdout).toContain(
      'ERROR qa-review (reviews): could not be evaluated: who contributed to the pull request is unknown — pass --commits FILE',
    );
  });

  it('does not count an approval from a contributor the commits file names', () => {
    const reviews = writeJson(inputs, 'r7.json', [
      { ...apiReview(1, 'erin', 'APPROVED', head), permission: 'write' },
      { ...apiReview(2, 'rita', 'APPROVED', head), permission: 'write' },
    ]);
    const commits = writeJson(inputs, 'c7.json', [{ sha: head, author: { login: 'dana' }, committer: { login: 'Rita' } }]);
    const r = cli(['check', '--repo', repo.dir, '--event', eventFile, '--reviews', reviews, '--teams', teamsFile, '--commits', commits]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'FAIL  qa-review (reviews): needs 1 approval from qa (quinn and rita) on the latest commit ' +
        `${head.slice(0, 7)}; has none; rita authored or committed commits of this pull request, so their approval does not count (allow_contributor: false)`,
    );
  });

  it('counts renames as GitHub does', () => {
    const r = cli([
      'check',
      '--repo',
      repo.dir,
      '--event',
      eventFile,
      '--reviews',
      writeJson(inputs, 'r4.json', []),
      '--teams',
      teamsFile,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    // display.ts was renamed to screen.ts: one changed file, both paths owned by @acme/firmware.
    expect(r.stdout).not.toContain('src/ui/display.ts\\nsrc/ui/screen.ts');
  });
});

describe('bad input: a clear message, exit 2, never a stack trace', () => {
  const repo = new TestRepo();
  const inputs = mkdtempSync(join(tmpdir(), 'sdlc-gate-bad-'));
  let base = '';
  beforeAll(() => {
    repo.write({ '.github/sdlc-gate.yml': 'version: 1\ngates:\n  reviews: {}\n', 'a.txt': 'a\n' });
    base = repo.commit('base');
  });
  afterAll(() => {
    repo.remove();
    rmSync(inputs, { recursive: true, force: true });
  });

  const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

  it.each([
    ['an unknown command', ['frobnicate'], /sdlc-gate: unknown command "frobnicate"/],
    ['an unknown flag', ['check', '--nope'], /sdlc-gate: Unknown option '--nope'/],
    ['a bad format', ['check', '--format', 'xml'], /--format must be text, json or markdown, not "xml"/],
    ['no base', ['check'], /--base REF is needed \(or --event FILE/],
  ])('%s', (_name, args, message) => {
    const r = cli(args as string[], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    noStack(r.stderr);
  });

  it('a command asked for --help (or -h) prints the usage and exits 0', () => {
    for (const args of [
      ['check', '--help'],
      ['trace', '--format', 'html', '-h'],
      ['monitor', '--help'],
    ]) {
      const r = cli(args, repo.dir);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toContain('Usage:');
      expect(r.stdout).toContain('sdlc-gate check [--repo DIR]');
      expect(r.stderr).toBe('');
    }
  });

  it('a base commit that is not in the repository', () => {
    const r = cli(['check', '--repo', repo.dir, '--base', 'f'.repeat(40)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`the base commit ${'f'.repeat(40)} is not in the repository — fetch it`);
    noStack(r.stderr);
  });

  it('a directory that is not a git work tree', () => {
    const r = cli(['check', '--repo', inputs, '--base', 'main']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a git work tree');
  });

  it('an event that is not a pull request, and one that is not JSON', () => {
    const push = writeJson(inputs, 'push.json', { ref: 'refs/heads/main', commits: [] });
    let r = cli(['check', '--repo', repo.dir, '--event', push]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a pull_request event payload (it has no "pull_request")');
    const broken = join(inputs, 'broken.json');
    writeJson(inputs, 'broken.json', 'x');
    r = cli(['check', '--repo', repo.dir, '--event', broken + '.missing']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such file');
    noStack(r.stderr);
  });

  it('a missing policy', () => {
    const r = cli(['check', '--repo', repo.dir, '--base', base, '--policy', 'nope.yml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.yml:1:1: no policy file at the base');
  });

  it("a permission GitHub does not name, and commits that are not GitHub's", () => {
    const bad = writeJson(inputs, 'perm.json', [{ ...apiReview(1, 'erin', 'APPROVED', base), permission: 'push' }]);
    let r = cli(['check', '--repo', repo.dir, '--base', base, '--reviews', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('review [0] has "permission": "push"; use admin, maintain, write, triage, read or none');
    r = cli(['check', '--repo', repo.dir, '--base', base, '--commits', writeJson(inputs, 'commits.json', [{ author: 'erin' }])]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('must be a JSON array of commits with "sha"');
    noStack(r.stderr);
  });

  it('reviews that are not a JSON array', () => {
    const r = cli(['check', '--repo', repo.dir, '--base', base, '--reviews', writeJson(inputs, 'obj.json', { a: 1 })]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('must be a JSON array of reviews');
  });

  it('an invalid policy at base: PATH:LINE:COL and exit 2', () => {
    const bad = new TestRepo();
    bad.write({ '.github/sdlc-gate.yml': 'version: 1\ngates:\n  reviews:\n    approvals: "two"\n' });
    const sha = bad.commit('bad policy');
    const r = cli(['check', '--repo', bad.dir, '--base', sha]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.github/sdlc-gate.yml:4:16: gates.reviews.approvals must be integer, got string "two"');
    bad.remove();
  });

  it('a policy that is a symlink at base is refused, its target never read', () => {
    const linked = new TestRepo();
    linked.symlink('.github/sdlc-gate.yml', '/etc/passwd');
    const sha = linked.commit('linked policy');
    const r = cli(['check', '--repo', linked.dir, '--base', sha]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.github/sdlc-gate.yml:1:1: the policy cannot be read: .github/sdlc-gate.yml is a symbolic link');
    expect(r.stderr).not.toContain('root:');
    linked.remove();
  });
});

describe('sdlc-gate validate and schema', () => {
  const repo = new TestRepo();
  afterAll(() => repo.remove());

  it('prints PATH:LINE:COL for each problem and exits 2', () => {
    repo.write({ '.github/sdlc-gate.yml': 'version: 1\ngates:\n  reviews:\n    aprovals: 2\n  thing:\n    approvals: 1\n' });
    const r = cli(['validate', '--repo', repo.dir]);
    expect(r.code).toBe(2);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      '.github/sdlc-gate.yml:4:5: unknown key "aprovals" in rule reviews — did you mean "approvals"? (allowed: rule, when, level, refs, enabled, locked, approvals, from, code_owners, invalidate_on_push, block_on_changes_requested, require_write_access, allow_contributor)',
    );
    expect(lines[1]).toMatch(
      /^\.github\/sdlc-gate\.yml:5:3: gate "thing" names no known rule "thing" \(known: reviews, protected-files.*\); add "rule: <name>" to the gate or rename it$/,
    );
  });

  it('exits 0 for a valid policy, including every preset', () => {
    repo.write({
      '.github/sdlc-gate.yml': 'version: 1\nextends: [iec62304-class-a, iec62304-class-b, iec62304-class-c, fda-cybersecurity]\n',
    });
    const r = cli(['validate', '--repo', repo.dir]);
    expect(r.stdout).toBe(
      '.github/sdlc-gate.yml: valid; 11 gates: reviews, policy-integrity (protected-files), change-request, traceability, soup, risk-register, ' +
        'risk-file (updated-with), class-c-review (reviews), sbom, threat-model (updated-with), security-checklist (checklist)\n',
    );
    expect(r.code).toBe(0);
  });

  it('refuses a policy symlinked out of the work tree', () => {
    repo.write({ '.github/sdlc-gate.yml': null }).symlink('.github/sdlc-gate.yml', '/etc/hostname');
    const r = cli(['validate', '--repo', repo.dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(
      '.github/sdlc-gate.yml:1:1: .github/sdlc-gate.yml leads out of the repository through a symbolic link; it was not read — commit the file itself\n',
    );
  });

  it('a missing policy file', () => {
    const r = cli(['validate', '--repo', repo.dir, '--policy', 'none.yml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('none.yml:1:1: no such file');
  });

  it('prints the schema, which matches the shipped copy', () => {
    const r = cli(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.properties.gates.properties.reviews.properties.approvals.default).toBe(1);
    expect(r.stdout).toBe(readFileSync(new URL('../sdlc-gate.schema.json', import.meta.url), 'utf8'));
  });
});
