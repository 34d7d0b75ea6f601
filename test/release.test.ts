import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReleaseRecord } from '../src/core/release.js';
import { hasEvaluationSection } from '../src/parsers/anomaly.js';
import { escapeMarkdown } from '../src/report/escape.js';
import { TOOL_VERSION } from '../src/version.js';
import { ActionRunner } from './helpers/action-runner.js';
import { CLI } from './helpers/cli.js';
import { FakeReleaseApi } from './helpers/fake-release-api.js';
import { TestRepo } from './helpers/git-repo.js';

// `sdlc-gate release` through the bundled CLI, on a real git repository with two releases and the changes between
// them merged in each way GitHub merges (a merge commit, a squash, a rebase) plus one direct push, against a
// loopback API that serves the pull requests, reviews, check runs and issues.

const EXAMPLE = new URL('../examples/infusion-pump/', import.meta.url).pathname;
const CHROMIUM = '/usr/bin/chromium';
/** Screenshots kept for a person to look at after the run (ignored by git). */
const ARTIFACTS = new URL('../test-artifacts/', import.meta.url).pathname;

const POLICY = `version: 1
release:
  anomaly_labels: [bug]
gates:
  reviews:
    approvals: 1
  traceability:
    requirements: ["docs/requirements.yml"]
    id_pattern: "REQ-[0-9]+"
    junit: ["reports/junit.xml"]
  sbom:
    paths: ["sbom.cdx.json"]
`;

const requirements = (ids: string[]) =>
  `requirements:\n${ids.map((id) => `  - id: ${id}\n    title: Requirement ${id}\n    text: The pump shall do ${id}.\n`).join('')}`;
const tests = (ids: string[]) => ids.map((id) => `it('does ${id} (${id})', () => {});\n`).join('');
const junit = (ids: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites><testsuite name="test/pump.test.ts" tests="${ids.length}">\n${ids
    .map((id) => `<testcase classname="test/pump.test.ts" name="does ${id} (${id})"/>`)
    .join('\n')}\n</testsuite></testsuites>\n`;

const HEAD12 = 'c'.repeat(40);
const HEAD13 = 'e'.repeat(40);

let repo: TestRepo;
let api: FakeReleaseApi;
let apiUrl: string;
const sha: Record<string, string> = {};
const out = mkdtempSync(join(tmpdir(), 'sdlc-gate-release-'));

/** The bundled CLI in a child process, asynchronously: the loopback API answers from this process meanwhile. */
function release(args: string[], withApi: boolean): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env, GITHUB_TOKEN: '', GITHUB_REPOSITORY: '', GITHUB_API_URL: '' };
  if (withApi)
    Object.assign(env, {
      GITHUB_TOKEN: 'ghs_test',
      GITHUB_REPOSITORY: 'acme/pump',
      GITHUB_API_URL: apiUrl,
      GITHUB_SERVER_URL: 'https://github.example',
    });
  return new Promise((done) => {
    execFile(
      process.execPath,
      [CLI, 'release', '--repo', repo.dir, ...args],
      { encoding: 'utf8', env, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

const pull = (number: number, title: string, author: string, mergeCommit: string, head: string) => ({
  number,
  title,
  user: { login: author },
  merged_at: '2026-01-02T10:00:00Z',
  merge_commit_sha: mergeCommit,
  head: { sha: head, ref: `feature-${number}` },
  html_url: `https://github.example/acme/pump/pull/${number}`,
});
const review = (id: number, login: string, state: string, commit: string) => ({
  id,
  user: { login },
  state,
  commit_id: commit,
  submitted_at: `2026-01-01T10:0${id}:00Z`,
});
const run = (id: number, name: string, conclusion: string) => ({
  id,
  name,
  status: 'completed',
  conclusion,
  html_url: `https://github.example/acme/pump/runs/${id}`,
});
const issue = (number: number, labels: string[], extra: Record<string, unknown> = {}) => ({
  number,
  title: `Anomaly ${number}`,
  state: 'open',
  labels: labels.map((name) => ({ name })),
  body: '',
  created_at: '2020-01-01T00:00:00Z',
  closed_at: null,
  html_url: `https://github.example/acme/pump/issues/${number}`,
  ...extra,
});

beforeAll(async () => {
  repo = new TestRepo('sdlc-gate-release-repo-');
  repo.write({
    '.github/sdlc-gate.yml': POLICY,
    'docs/requirements.yml': requirements(['REQ-001', 'REQ-002']),
    'test/pump.test.ts': tests(['REQ-001', 'REQ-002']),
    'reports/junit.xml': junit(['REQ-001', 'REQ-002']),
    'sbom.cdx.json': readFileSync(join(EXAMPLE, 'sbom.cdx.json'), 'utf8'),
    'package-lock.json': readFileSync(join(EXAMPLE, 'package-lock.json'), 'utf8'),
    'package.json': readFileSync(join(EXAMPLE, 'package.json'), 'utf8'),
    'src/pump.ts': 'export const rate = 1;\n',
  });
  sha.c0 = repo.commit('Firmware baseline');
  repo.git('tag', 'v1.0.0');
  // #11, merged with a merge commit.
  repo.git('checkout', '-q', '-b', 'feature-11');
  sha.a1 = repo.write({ 'src/pump.ts': 'export const rate = 2;\n' }).commit('Raise the rate');
  sha.a2 = repo.write({ 'src/alarm.ts': 'export const alarm = true;\n' }).commit('Add the alarm');
  repo.git('checkout', '-q', 'main');
  repo.git('merge', '-q', '--no-ff', 'feature-11', '-m', 'Merge pull request #11 from acme/feature-11');
  sha.m11 = repo.git('rev-parse', 'HEAD');
  // #12, squashed; #13, rebased (two commits); then a direct push.
  sha.s12 = repo.write({ 'src/limit.ts': 'export const limit = 5;\n' }).commit('Limit the bolus (#12)');
  sha.r1 = repo.write({ 'src/ui.ts': 'export const ui = 1;\n' }).commit('Show the rate');
  sha.r2 = repo.write({ 'src/ui.ts': 'export const ui = 2;\n' }).commit('Show the volume');
  sha.d1 = repo.write({ 'README.md': 'SP-200\n' }).commit('Fix a typo');
  repo.git('tag', '-a', 'v1.1.0', '-m', 'Release 1.1.0');
  sha.v11 = repo.git('rev-parse', 'HEAD');
  // v1.2.0: a requirement that a test cites but no committed test result verifies.
  repo.write({
    'docs/requirements.yml': requirements(['REQ-001', 'REQ-002', 'REQ-003']),
    'test/pump.test.ts': tests(['REQ-001', 'REQ-002', 'REQ-003']),
  });
  sha.v12 = repo.commit('Add REQ-003');
  repo.git('tag', 'v1.2.0');
  repo.git('tag', 'nightly-7');

  const pr11 = pull(11, 'Raise the rate, add the alarm', 'dana', sha.m11!, sha.a2!);
  const pr12 = pull(12, 'Limit the bolus', 'dana', sha.s12!, HEAD12);
  const pr13 = pull(13, 'Show rate and volume', 'erin', sha.r2!, HEAD13);
  api = new FakeReleaseApi({
    owner: 'acme',
    repo: 'pump',
    pullsByCommit: { [sha.a1!]: [pr11], [sha.a2!]: [pr11], [sha.m11!]: [pr11], [sha.s12!]: [pr12], [sha.r1!]: [pr13], [sha.r2!]: [pr13] },
    reviews: {
      11: [review(1, 'carol', 'APPROVED', sha.a2!), review(2, 'dana', 'APPROVED', sha.a2!)],
      12: [review(3, 'erin', 'APPROVED', HEAD12)],
      13: [review(4, 'frank', 'APPROVED', 'd'.repeat(40)), review(5, 'gina', 'APPROVED', HEAD13)],
    },
    checkRuns: {
      [sha.a2!]: [run(1, 'sdlc-gate', 'success')],
      [HEAD12]: [run(2, 'sdlc-gate', 'failure')],
      [HEAD13]: [run(3, 'sdlc-gate', 'success'), run(4, 'lint', 'failure')],
    },
    issues: [
      issue(31, ['bug']),
      issue(32, ['bug', 'anomaly-evaluated']),
      issue(33, ['bug'], { body: '## Evaluation\n\nThe alarm shows late by 20 ms; no hazard (RISK-004). Accepted for 1.1.0.' }),
      issue(34, ['bug'], { state: 'closed', closed_at: '2020-06-01T00:00:00Z' }),
      issue(35, ['bug'], { created_at: '2099-01-01T00:00:00Z' }),
      issue(36, ['bug'], { pull_request: { url: 'x' } }),
      issue(37, ['enhancement']),
    ],
  });
  apiUrl = await api.start();
});

afterAll(async () => {
  await api?.stop();
  repo?.remove();
  rmSync(out, { recursive: true, force: true });
});

/** A file the release wrote, as JSON (the record unless told otherwise). */
const readJson = <T = ReleaseRecord>(dir: string, name: string): T => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => statSync(join(dir, p)).isFile())
    .map((p) => p.split('\\').join('/'))
    .sort();
}

describe('sdlc-gate release, with the GitHub API', () => {
  const dir = join(out, 'v1.1.0');
  let first: Awaited<ReturnType<typeof release>>;

  beforeAll(async () => {
    first = await release(['--tag', 'v1.1.0', '--output', dir], true);
  });

  it('finds the previous release, evaluates the gates at the tag, and fails on the override, the direct push and the unevaluated anomaly', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    const record = readJson(dir, 'record.json');
    expect(record).toMatchObject({
      schema: 'sdlc-gate/release@1',
      status: 'fail',
      tag: 'v1.1.0',
      commit: sha.v11,
      previous: 'v1.0.0',
      previous_commit: sha.c0,
    });
    expect(record.tool).toEqual({ name: 'sdlc-gate', version: TOOL_VERSION });
    expect(record.repository).toBe('https://github.example/acme/pump');
    expect(record.policy.path).toBe('.github/sdlc-gate.yml');
    expect(record.policy.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(record.gates.map((g) => [g.id, g.status])).toEqual([
      ['reviews', 'skip'],
      ['traceability', 'pass'],
      ['sbom', 'pass'],
    ]);
    expect(record.problems).toHaveLength(3);
    expect(first.stdout).toContain('v1.1.0: fail (changes since v1.0.0)');
  });

  it('lists every change: merge, squash and rebase merges with their approvals at the head and their check, and the direct push', () => {
    const { changes } = readJson(dir, 'record.json');
    expect(changes.map((c) => [c.pull_request, c.gate, c.approvals])).toEqual([
      [11, 'success', ['carol']], // dana is the author: her approval does not count
      [12, 'failure', ['erin']],
      [13, 'success', ['gina']], // frank approved an earlier commit
      [null, 'missing', []],
    ]);
    expect(changes[0]).toMatchObject({
      title: 'Raise the rate, add the alarm',
      author: 'dana',
      merge_commit: sha.m11,
      head: sha.a2,
      commits: [sha.a1, sha.a2, sha.m11],
      problem: null,
    });
    expect(changes[1].problem).toMatch(/^merged while the sdlc-gate check on its head commit c{7} was failure, not success/);
    expect(changes[2]).toMatchObject({ merge_commit: sha.r2, commits: [sha.r1, sha.r2], problem: null });
    expect(changes[3]).toMatchObject({ title: 'Fix a typo', merge_commit: sha.d1, url: null });
    expect(changes[3].problem).toMatch(/^pushed to the branch without a pull request/);
  });

  it('lists the anomalies open at release time, each with its evaluation', () => {
    const { anomalies, problems } = readJson(dir, 'record.json');
    expect(anomalies.map((a) => [a.number, a.evaluated])).toEqual([
      [31, false],
      [32, true], // by label
      [33, true], // by its Evaluation section
    ]);
    expect(problems.filter((p: string) => p.startsWith('anomaly'))).toEqual([
      'anomaly #31 (Anomaly 31) is open and not evaluated — evaluate it (label anomaly-evaluated or an "Evaluation" section) or fix it before the release',
    ]);
  });

  it('asks GitHub once per commit, once per pull request for reviews and checks, and once per anomaly label', () => {
    const paths = api.requests.map((r) => r.path.replace(/[0-9a-f]{40}/, '<sha>'));
    const count = (p: string) => paths.filter((x) => x === p).length;
    expect(count('/repos/acme/pump/commits/<sha>/pulls')).toBe(7);
    expect(count('/repos/acme/pump/commits/<sha>/check-runs')).toBe(3);
    expect(paths.filter((p) => /\/pulls\/\d+\/reviews$/.test(p))).toHaveLength(3);
    expect(count('/repos/acme/pump/issues')).toBe(1);
    expect(api.requests).toHaveLength(14);
    expect(api.requests.filter((r) => r.path.endsWith('/check-runs')).every((r) => r.query.get('check_name') === 'sdlc-gate')).toBe(true);
  });

  it('copies the evidence with its digests, and the manifest lists every file of the folder but itself', () => {
    const files = filesOf(dir);
    expect(files).toEqual([
      'index.html',
      'manifest.json',
      'record.json',
      'released/sbom.cdx.json',
      'traceability/traceability.csv',
      'traceability/traceability.html',
      'traceability/traceability.json',
    ]);
    const manifest = readJson<{ files: Array<{ path: string; sha256: string }> }>(dir, 'manifest.json');
    expect(manifest.files.map((f) => f.path)).toEqual(files.filter((f) => f !== 'manifest.json'));
    for (const f of manifest.files)
      expect(
        createHash('sha256')
          .update(readFileSync(join(dir, f.path)))
          .digest('hex'),
      ).toBe(f.sha256);
    const record = readJson(dir, 'record.json');
    expect(record.artifacts.map((a) => a.path)).toEqual([
      'released/sbom.cdx.json',
      'traceability/traceability.csv',
      'traceability/traceability.html',
      'traceability/traceability.json',
    ]);
    expect(readFileSync(join(dir, 'released/sbom.cdx.json'), 'utf8')).toBe(readFileSync(join(EXAMPLE, 'sbom.cdx.json'), 'utf8'));
    // The matrix links each place to the file at the tag's commit on the record's repository.
    const tagged = repo.git('rev-parse', 'v1.1.0^{commit}');
    expect(readFileSync(join(dir, 'traceability/traceability.html'), 'utf8')).toMatch(
      new RegExp(`href="https://github\\.example/acme/pump/blob/${tagged}/docs/requirements\\.yml#L[0-9]+"`),
    );
  });

  it('is reproducible: a second run gives byte-identical record, manifest and page', async () => {
    const again = join(out, 'v1.1.0-again');
    const second = await release(['--tag', 'v1.1.0', '--output', again], true);
    expect(second.code).toBe(1);
    for (const f of ['record.json', 'manifest.json', 'index.html'])
      expect(readFileSync(join(again, f))).toEqual(readFileSync(join(dir, f)));
    // The record's only date is the release commit's, whenever the record is built.
    const committed = new Date(Number(repo.git('show', '-s', '--format=%ct', 'v1.1.0^{commit}')) * 1000).toISOString();
    expect(readJson(again, 'record.json').date).toBe(committed);
  });

  const browserTest = existsSync(CHROMIUM) ? it : it.skip;
  browserTest('the page opens in Chromium without errors or network, and its links to evidence resolve inside the folder', async () => {
    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
      });
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      const requests: string[] = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      tab.on('request', (r) => requests.push(r.url()));
      await tab.goto(`file://${join(dir, 'index.html')}`);
      expect(await tab.locator('#status').textContent()).toBe('FAIL');
      expect(await tab.locator('#changes + table tbody tr').count()).toBe(4);
      expect(await tab.locator('#anomalies + table tbody tr').count()).toBe(3);
      const local = await tab
        .locator('a[href]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!).filter((h) => !/^https?:/.test(h)));
      expect(local.sort()).toEqual([
        'manifest.json',
        'record.json',
        'released/sbom.cdx.json',
        'traceability/traceability.csv',
        'traceability/traceability.html',
        'traceability/traceability.json',
      ]);
      for (const href of local) expect(existsSync(join(dir, decodeURI(href)))).toBe(true);
      mkdirSync(ARTIFACTS, { recursive: true });
      await tab.screenshot({ path: join(ARTIFACTS, 'release-record.png'), fullPage: true });
      expect(errors).toEqual([]);
      expect(requests.every((u) => u.startsWith('file://'))).toBe(true);
    } finally {
      await browser?.close();
    }
  });
});

describe('sdlc-gate release, from git alone', () => {
  it('marks the record incomplete (exit 1) and says what could not be verified', async () => {
    const dir = join(out, 'git-only');
    const r = await release(['--tag', 'v1.1.0', '--output', dir], false);
    expect(r.code).toBe(1);
    const record = readJson(dir, 'record.json');
    expect(record.status).toBe('incomplete');
    expect(record.repository).toBeNull();
    expect(record.unverified).toHaveLength(2);
    expect(record.changes.every((c) => c.pull_request === null && c.problem?.startsWith('not verified') === true)).toBe(true);
    expect(r.stdout).toContain('not verified: the 7 changes since v1.0.0');
  });

  it('records a first release (no earlier release tag) against the empty tree', async () => {
    const dir = join(out, 'v1.0.0');
    const r = await release(['--tag', 'v1.0.0', '--output', dir], false);
    expect(r.code).toBe(1);
    const record = readJson(dir, 'record.json');
    expect(record).toMatchObject({ status: 'incomplete', previous: null, previous_commit: null });
    expect(record.gates.find((g) => g.id === 'traceability')?.status).toBe('pass');
    expect(r.stdout).toContain('not verified: the 1 change of this first release:');
  });

  it('fails a release whose requirement is tested but not verified by a committed test result', async () => {
    const dir = join(out, 'v1.2.0');
    const r = await release(['--tag', 'v1.2.0', '--output', dir], false);
    expect(r.code).toBe(1);
    const record = readJson(dir, 'record.json');
    expect(record.previous).toBe('v1.1.0');
    expect(record.status).toBe('fail');
    const trace = record.gates.find((g) => g.id === 'traceability')!;
    expect(trace.status).toBe('fail');
    expect(trace.findings.map((f) => f.message)).toContain(
      'REQ-003 is not run at the release commit, not verified by a passing test in a committed JUnit report — run its tests and commit the report before releasing',
    );
  });

  it('refuses an unknown tag, a missing --tag and a folder of other files with exit 2', async () => {
    expect(await release(['--tag', 'v9.9.9'], false)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('there is no tag "v9.9.9"'),
    });
    expect(await release([], false)).toMatchObject({ code: 2, stderr: expect.stringContaining('--tag TAG is needed') });
    const busy = mkdtempSync(join(out, 'busy-'));
    writeFileSync(join(busy, 'notes.txt'), 'keep me');
    expect(await release(['--tag', 'v1.1.0', '--output', busy], false)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('is a folder with other files in it'),
    });
    expect(readFileSync(join(busy, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(relative(out, busy)).not.toBe('');
  });
});

describe('the anomaly evaluation convention', () => {
  it('counts an Evaluation heading with text under it, at any level, and nothing else', () => {
    expect(hasEvaluationSection('## Evaluation\n\nNo hazard.')).toBe(true);
    expect(hasEvaluationSection('### Anomaly evaluation:\nAccepted, see RISK-4.')).toBe(true);
    expect(hasEvaluationSection('## Evaluation\n\n## Steps\nclick')).toBe(false);
    expect(hasEvaluationSection('## Evaluation\n<!-- to do -->')).toBe(false);
    expect(hasEvaluationSection('```\n## Evaluation\ndone\n```')).toBe(false);
    expect(hasEvaluationSection('Evaluation: pending')).toBe(false);
  });

  it('keeps the tool version equal to package.json', () => {
    expect(TOOL_VERSION).toBe(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
  });
});

/** The bundled action as the runner runs it, on a release event, in the release repository. */
const runners: ActionRunner[] = [];
function runAction(eventName: string, ref: string, event: unknown) {
  const runner = new ActionRunner(api);
  runners.push(runner);
  const env = { GITHUB_SERVER_URL: 'https://github.example' };
  return runner.run({ workspace: repo.dir, event, eventName, ref, env, inputs: { token: 'ghs_releasetoken', 'timeout-seconds': '60' } });
}
afterAll(() => runners.forEach((r) => r.remove()));

describe('the action on a release', () => {
  it('on a pushed release tag: builds the record into RUNNER_TEMP, summarises it, sets record-dir and record-status, and fails the step', async () => {
    const before = api.requests.length;
    const r = await runAction('push', 'refs/tags/v1.1.0', { ref: 'refs/tags/v1.1.0' });
    expect(r.code).toBe(1);
    expect(r.outputs['record-status']).toBe('fail');
    const dir = r.outputs['record-dir']!;
    expect(dir).toMatch(/sdlc-gate-release-v1\.1\.0$/);
    expect(readJson(dir, 'record.json')).toMatchObject({ tag: 'v1.1.0', status: 'fail', previous: 'v1.0.0' });
    expect(api.requests.length - before).toBe(14);
    // The same record as the CLI's: the action and the CLI share one use case.
    const cli = join(out, 'cli-v1.1.0');
    await release(['--tag', 'v1.1.0', '--output', cli], true);
    expect(readFileSync(join(dir, 'record.json'))).toEqual(readFileSync(join(cli, 'record.json')));
    expect(r.summary).toContain('### ❌ sdlc-gate release record: v1\\.1\\.0 — fail');
    expect(r.summary).toContain(escapeMarkdown('anomaly #31 (Anomaly 31) is open and not evaluated'));
    expect(r.stdout).toContain('::error::sdlc-gate: the release record of v1.1.0 is fail');
    // The one place the token may appear is the runner's ::add-mask:: command, which registers it as a secret.
    expect(r.stdout.split('\n')[0]).toBe('::add-mask::ghs_releasetoken');
    expect(r.stdout.split('\n').slice(1).join('\n') + r.summary + readFileSync(join(dir, 'record.json'), 'utf8')).not.toContain(
      'ghs_releasetoken',
    );
  });

  it('on a published release: records its tag', async () => {
    const r = await runAction('release', 'refs/tags/v1.2.0', { action: 'published', release: { tag_name: 'v1.2.0' } });
    expect(r.outputs['record-status']).toBe('fail');
    expect(readJson(r.outputs['record-dir']!, 'record.json')).toMatchObject({ tag: 'v1.2.0', previous: 'v1.1.0' });
  });

  it('on a tag that release.tags do not name: a notice, no record, and the step passes', async () => {
    const before = api.requests.length;
    const r = await runAction('push', 'refs/tags/nightly-7', { ref: 'refs/tags/nightly-7' });
    expect(r.code).toBe(0);
    expect(r.outputs['record-status']).toBe('skip');
    expect(r.outputs['record-dir']).toBeUndefined();
    expect(r.stdout).toContain('::notice::sdlc-gate: the tag nightly-7 is not a release');
    expect(api.requests.length).toBe(before);
  });
});

describe('the policy release: section', () => {
  it('is validated with its line: tags must be a list of globs, labels a list', async () => {
    const bad = new TestRepo('sdlc-gate-release-policy-');
    try {
      bad.write({ '.github/sdlc-gate.yml': 'version: 1\nrelease:\n  tags: "v*"\n  anomaly_labels: []\n  unknown: 1\n' });
      const r = await new Promise<{ code: number | null; stdout: string }>((done) =>
        execFile(process.execPath, [CLI, 'validate', '--repo', bad.dir], { encoding: 'utf8' }, (error, stdout) =>
          done({ code: error ? (error.code as number) : 0, stdout }),
        ),
      );
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(/^\.github\/sdlc-gate\.yml:3:\d+: .*tags/m);
      expect(r.stdout).toMatch(/^\.github\/sdlc-gate\.yml:4:\d+: .*anomaly_labels/m);
      expect(r.stdout).toMatch(/^\.github\/sdlc-gate\.yml:5:\d+: .*unknown/m);
    } finally {
      bad.remove();
    }
  });
});
