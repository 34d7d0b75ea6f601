import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeMarker, encodeMarker } from '../src/publish/issues.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { startFakeOsv, type FakeOsv } from './helpers/fake-osv.js';
import { TestRepo } from './helpers/git-repo.js';

// The bundled action on a `schedule` event with a `monitor:` section: a real git checkout with a release tag and a
// maintenance branch, a loopback OSV, and a loopback GitHub whose issues the action keeps — created when the
// vulnerability appears, updated (and commented when a clock passes) as it is assessed for the release, closed when
// the branch is fixed; a run that cannot check every ref touches no issue.

const ACTION = new URL('../dist/index.js', import.meta.url).pathname;
const TOKEN = 'ghs_monitorSecretToken0123456789abcdefABCD';
const YAML = {
  id: 'GHSA-f9xv-q969-pqx4',
  modified: '2024-11-18T16:26:38Z',
  aliases: ['CVE-2023-2251'],
  summary: 'Uncaught Exception in yaml @maintainers <b>',
  severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' }],
  affected: [
    {
      package: { ecosystem: 'npm', name: 'yaml', purl: 'pkg:npm/yaml' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '2.0.0-5' }, { fixed: '2.2.2' }] }],
    },
  ],
};

const bom = (version: string) =>
  JSON.stringify(
    {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1,
      components: [{ type: 'library', name: 'yaml', version, purl: `pkg:npm/yaml@${version}`, 'bom-ref': `yaml@${version}` }],
    },
    null,
    2,
  );

interface RunResult {
  code: number | null;
  stdout: string;
  summary: string;
}

function runAction(workspace: string, apiUrl: string, dir: string): Promise<RunResult> {
  const eventPath = join(dir, 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({ schedule: '17 6 * * *', repository: { name: 'pump', default_branch: 'main', owner: { login: 'acme' } } }),
  );
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(summaryPath, '');
  writeFileSync(join(dir, 'output.txt'), '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: apiUrl,
    GITHUB_REPOSITORY: 'acme/pump',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: join(dir, 'output.txt'),
    RUNNER_TEMP: dir,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    INPUT_TOKEN: TOKEN,
    INPUT_POLICY: '.github/sdlc-gate.yml',
    'INPUT_TIMEOUT-SECONDS': '30',
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION], { env, cwd: workspace });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stdout += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, summary: readFileSync(summaryPath, 'utf8') });
    });
  });
}

describe('the bundled action on schedule: post-market monitoring', () => {
  const repo = new TestRepo('sdlc-gate-monitor-ws-');
  const dir = mkdtempSync(join(tmpdir(), 'sdlc-gate-monitor-runner-'));
  const api = new FakeGitHub({ owner: 'acme', repo: 'pump' });
  const vulnsByPurl: Record<string, string[]> = {};
  let osv: FakeOsv;
  const run = () => runAction(repo.dir, api.url, dir);
  const issueWrites = () => api.requests.filter((r) => r.method !== 'GET' && r.path.includes('/issues')).length;

  beforeAll(async () => {
    await api.start();
    osv = await startFakeOsv({ records: [YAML], vulnsByPurl });
    repo.write({
      '.github/sdlc-gate.yml': `version: 1
monitor:
  releases: ["v*"]
  branches: [main, release-2]
gates:
  vulnerabilities:
    paths: ["sbom.cdx.json"]
    source: osv
    osv_api: ${osv.url}
`,
      'sbom.cdx.json': bom('2.2.1'),
    });
    repo.commit('1.0.0');
    repo.git('tag', 'v1.0.0');
    repo.git('branch', 'release-2');
    repo.git('checkout', '-q', 'release-2');
    repo.write({ 'sbom.cdx.json': bom('2.2.0') });
    repo.commit('2.0 line: yaml 2.2.0');
    repo.git('checkout', '-q', 'main');
    // An issue with the marker written by someone else is no state of ours, whatever it says.
    api.state.issues.push({
      number: 7,
      title: 'forged',
      body: encodeMarker({ key: 'GHSA-F9XV-Q969-PQX4 npm/yaml', first_seen: '2000-01-01T00:00:00.000Z', refs: {}, announced: [] }),
      state: 'open',
      labels: ['vulnerability', 'postmarket'],
      user: { login: 'mallory', type: 'User' },
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
    });
  });
  afterAll(async () => {
    await api.stop();
    await osv.close();
    repo.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes and opens nothing while OSV knows of no vulnerability', async () => {
    const r = await run();
    expect(r.stdout + r.summary).toContain('sdlc-gate monitor: pass');
    expect(r.code).toBe(0);
    expect(issueWrites()).toBe(0);
    expect(osv.requests.filter((q) => q.path === '/v1/querybatch').map((q) => q.queries)).toEqual([2]);
  });

  it('opens one tracking issue when the vulnerability appears, naming the refs, severity, clocks and the VEX to write', async () => {
    vulnsByPurl['pkg:npm/yaml@2.2.1'] = [YAML.id];
    vulnsByPurl['pkg:npm/yaml@2.2.0'] = [YAML.id];
    const r = await run();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::sdlc-gate monitor: 1 open vulnerability at or above high');
    const ours = api.state.issues.filter((i) => i.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    const issue = ours[0]!;
    expect(issue.title).toBe('CVE-2023-2251 (GHSA-f9xv-q969-pqx4) in yaml — high — v1.0.0, main, release-2');
    expect(issue.labels).toEqual(['vulnerability', 'postmarket']);
    expect(issue.body).toContain('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H');
    expect(issue.body).toContain('- CISA KEV: no');
    expect(issue.body).toContain('- Fixed in: 2\\.2\\.2');
    expect(issue.body).toContain('| v1\\.0\\.0 | 2\\.2\\.1 | open |');
    expect(issue.body).toContain('| release\\-2 | 2\\.2\\.0 | open |');
    expect(issue.body).toContain('https://osv.dev/vulnerability/GHSA-f9xv-q969-pqx4');
    expect(issue.body).toContain('"ref": "pkg:npm/yaml@2.2.1"');
    // The summary from OSV is inert: no mention, no HTML.
    expect(issue.body).toContain('@&#8203;maintainers &lt;b&gt;');
    const marker = decodeMarker(issue.body)!;
    expect(marker.key).toBe('GHSA-F9XV-Q969-PQX4 npm/yaml');
    // First sight is this run, not the forged issue's date.
    expect(Date.now() - Date.parse(marker.first_seen)).toBeLessThan(120_000);
    expect(issue.body).toContain(`- Respond by: ${new Date(Date.parse(marker.first_seen) + 30 * 86_400_000).toISOString().slice(0, 10)}`);
    expect(api.state.issues.find((i) => i.number === 7)!.body).not.toContain('Respond by');
    expect(r.summary).toContain('#### v1\\.0\\.0 (tag');
    expect(r.summary).not.toContain(TOKEN);
    expect(r.stdout.split('\n').slice(1).join('\n')).not.toContain(TOKEN);
  });

  it('fails closed when a ref cannot be read: says which, and changes no issue', async () => {
    repo.git('checkout', '-q', '-b', 'broken', 'v1.0.0');
    repo.write({ 'sbom.cdx.json': '{"bomFormat": "CycloneDX", "components": [' });
    repo.commit('broken SBOM');
    repo.git('tag', 'v0.9.0');
    repo.git('checkout', '-q', 'main');
    const before = issueWrites();
    const bodies = JSON.stringify(api.state.issues);
    const r = await run();
    repo.git('tag', '-d', 'v0.9.0');
    expect(r.code).toBe(1);
    expect(r.summary).toContain('**Not checked: v0\\.9\\.0**');
    expect(r.stdout).toContain('No tracking issue was changed');
    expect(issueWrites()).toBe(before);
    expect(JSON.stringify(api.state.issues)).toBe(bodies);
  });

  it('updates the issue in place when the release is assessed, and comments once when a clock passes', async () => {
    // Thirty-one days pass: the clock's start, kept in the issue, moves back.
    const issue = api.state.issues.find((i) => i.user.login === 'github-actions[bot]')!;
    const marker = decodeMarker(issue.body)!;
    const start = new Date(Date.now() - 31 * 86_400_000).toISOString();
    issue.body = issue.body.replace(/<!-- sdlc-gate:monitor [^ ]+ -->/, encodeMarker({ ...marker, first_seen: start }));
    repo.write({
      'security/vex/yaml.json': JSON.stringify({
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        version: 1,
        vulnerabilities: [
          {
            id: 'CVE-2023-2251',
            analysis: {
              state: 'not_affected',
              justification: 'code_not_reachable',
              detail: 'no untrusted YAML is parsed',
              lastUpdated: new Date().toISOString(),
            },
            affects: [{ ref: 'pkg:npm/yaml@2.2.1' }],
          },
        ],
      }),
    });
    repo.commit('assess CVE-2023-2251 for yaml 2.2.1 (v1.0.0 and main)');
    const r = await run();
    expect(r.code).toBe(1);
    expect(issue.title).toBe('CVE-2023-2251 (GHSA-f9xv-q969-pqx4) in yaml — high — release-2');
    expect(issue.body).toContain('| v1\\.0\\.0 | 2\\.2\\.1 | assessed | not\\_affected \\(code\\_not\\_reachable\\)');
    expect(issue.body).toContain('— **passed**');
    expect(decodeMarker(issue.body)).toMatchObject({ first_seen: start, announced: ['respond'] });
    const comments = api.state.comments[issue.number] ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('The respond-by date');
    expect(comments[0]!.body).toContain('still open in `release-2`');
    expect(r.summary).toContain('**overdue** (respond-by passed)');

    // Nothing changed since: no write at all.
    const before = issueWrites();
    const again = await run();
    expect(again.code).toBe(1);
    expect(issueWrites()).toBe(before);
  });

  it('closes the issue, saying why, once the other line is fixed', async () => {
    const issue = api.state.issues.find((i) => i.user.login === 'github-actions[bot]')!;
    repo.git('checkout', '-q', 'release-2');
    repo.write({ 'sbom.cdx.json': bom('2.2.2') });
    repo.commit('yaml 2.2.2');
    repo.git('checkout', '-q', 'main');
    const r = await run();
    expect(r.code).toBe(0);
    expect(issue.state).toBe('closed');
    const last = api.state.comments[issue.number]!.at(-1)!;
    expect(last.body).toContain('every watched ref is fixed or assessed');
    expect(last.body).toContain('`v1.0.0`: assessed');
    expect(last.body).toContain('`release-2`: fixed');
    expect(api.state.issues.find((i) => i.number === 7)!.state).toBe('open');
  });
});

describe('the bundled action on schedule: issue writes follow the API conduct', () => {
  const repo = new TestRepo('sdlc-gate-monitor-ws2-');
  const dir = mkdtempSync(join(tmpdir(), 'sdlc-gate-monitor-runner2-'));
  let api: FakeGitHub;
  let osv: FakeOsv;

  beforeAll(async () => {
    osv = await startFakeOsv({ records: [YAML], vulnsByPurl: { 'pkg:npm/yaml@2.2.1': [YAML.id] } });
    repo.write({
      '.github/sdlc-gate.yml': `version: 1\nmonitor: {}\ngates:\n  vulnerabilities:\n    paths: ["sbom.cdx.json"]\n    osv_api: ${osv.url}\n`,
      'sbom.cdx.json': bom('2.2.1'),
    });
    repo.commit('1.0.0');
    repo.git('tag', 'v1.0.0');
  });
  afterAll(async () => {
    await osv.close();
    repo.remove();
    rmSync(dir, { recursive: true, force: true });
  });
  const fresh = async () => {
    await api?.stop();
    api = new FakeGitHub({ owner: 'acme', repo: 'pump' });
    await api.start();
  };

  it('waits out a rate limit and then creates the issue once', async () => {
    await fresh();
    api.addFault({
      method: 'POST',
      path: /\/repos\/acme\/pump\/issues$/,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'retry-after': '1' },
      body: { message: 'API rate limit exceeded' },
      times: 1,
    });
    const r = await runAction(repo.dir, api.url, dir);
    expect(r.code).toBe(1); // the vulnerability is open
    expect(api.state.issues).toHaveLength(1);
    expect(api.state.issues[0]!.title).toBe('CVE-2023-2251 (GHSA-f9xv-q969-pqx4) in yaml — high — v1.0.0, main');
    expect(api.requestsTo('POST', '/repos/acme/pump/issues')).toHaveLength(2);
  });

  it('fails with the permission to grant when the token may not write issues (a final 403)', async () => {
    await fresh();
    api.addFault({
      method: 'POST',
      path: /\/repos\/acme\/pump\/issues$/,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const r = await runAction(repo.dir, api.url, dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'POST /repos/acme/pump/issues answered 403 (Resource not accessible by integration) — the token needs \\"issues: write\\"'.replace(
        /\\"/g,
        '"',
      ),
    );
    expect(api.state.issues).toHaveLength(0);
    // The summary was written before the issues were: the result is not lost.
    expect(r.summary).toContain('sdlc-gate monitor: fail');
    await api.stop();
  });
});

describe('the bundled action on schedule without a monitor: section', () => {
  it('is not a monitor run: it skips as before, writing nothing', async () => {
    const repo = new TestRepo('sdlc-gate-monitor-ws3-');
    const dir = mkdtempSync(join(tmpdir(), 'sdlc-gate-monitor-runner3-'));
    const api = new FakeGitHub({ owner: 'acme', repo: 'pump' });
    await api.start();
    try {
      repo.write({ '.github/sdlc-gate.yml': 'version: 1\ngates:\n  vulnerabilities: {}\n', 'sbom.cdx.json': bom('2.2.1') });
      repo.commit('no monitor');
      repo.git('tag', 'v1.0.0');
      const r = await runAction(repo.dir, api.url, dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('this workflow ran on "schedule", so nothing was checked');
      expect(api.requests.filter((q) => q.path.includes('/issues'))).toEqual([]);
    } finally {
      await api.stop();
      repo.remove();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the bundled action on schedule: components it could not check', () => {
  it('passes, warns with the count per ref and lists them in the summary; OSV is never asked about them', async () => {
    const repo = new TestRepo('sdlc-gate-monitor-ws4-');
    const dir = mkdtempSync(join(tmpdir(), 'sdlc-gate-monitor-runner4-'));
    const api = new FakeGitHub({ owner: 'acme', repo: 'pump' });
    const osv = await startFakeOsv({ records: [YAML], vulnsByPurl: {} });
    await api.start();
    try {
      const components = [
        { type: 'library', name: 'yaml', version: '2.2.2', purl: 'pkg:npm/yaml@2.2.2' },
        { type: 'library', name: 'zlib', version: 'v1.2.11', purl: 'pkg:github/madler/zlib@v1.2.11' },
      ];
      repo.write({
        '.github/sdlc-gate.yml': `version: 1\nmonitor: {}\ngates:\n  vulnerabilities:\n    paths: ["sbom.cdx.json"]\n    osv_api: ${osv.url}\n`,
        'sbom.cdx.json': JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, components }),
      });
      repo.commit('1.0.0');
      repo.git('tag', 'v1.0.0');
      const r = await runAction(repo.dir, api.url, dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(
        '::warning::sdlc-gate monitor: 2 components could not be checked for vulnerabilities (v1.0.0: 1, main: 1)',
      );
      expect(r.summary).toContain('**2 components could not be checked**');
      expect(r.summary).toContain(
        'zlib@&#8203;v1\\.2\\.11 \\(pkg\\:github/madler/zlib@&#8203;v1\\.2\\.11\\) in sbom\\.cdx\\.json\\: no OSV ecosystem',
      );
      expect(osv.requests.filter((q) => q.path === '/v1/querybatch').map((q) => q.purls)).toEqual([['pkg:npm/yaml@2.2.2']]);
      expect(api.requests.filter((q) => q.method !== 'GET' && q.path.includes('/issues'))).toEqual([]);
    } finally {
      await api.stop();
      await osv.close();
      repo.remove();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
