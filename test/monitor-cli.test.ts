import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/commands.js';
import { startFakeOsv, type FakeOsv } from './helpers/fake-osv.js';
import { TestRepo } from './helpers/git-repo.js';

// `sdlc-gate monitor` on real git repositories with release tags: offline OSV records on the default branch, VEX at
// the tags and on the default branch, the clocks from --now and --state, and a loopback OSV for the batching.

const YAML_RECORD = {
  id: 'GHSA-f9xv-q969-pqx4',
  modified: '2024-11-18T16:26:38Z',
  aliases: ['CVE-2023-2251'],
  summary: 'Uncaught Exception in yaml',
  severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' }],
  affected: [
    {
      package: { ecosystem: 'npm', name: 'yaml', purl: 'pkg:npm/yaml' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '2.0.0-5' }, { fixed: '2.2.2' }] }],
    },
  ],
};
const LOW_RECORD = {
  id: 'GHSA-low0-0000-0000',
  aliases: ['CVE-2099-0001'],
  summary: 'A minor thing in left-pad',
  database_specific: { severity: 'LOW' },
  affected: [
    {
      package: { ecosystem: 'npm', name: 'left-pad', purl: 'pkg:npm/left-pad' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '9.0.0' }] }],
    },
  ],
};

function bom(components: Record<string, string>): string {
  return JSON.stringify(
    {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1,
      components: Object.entries(components).map(([name, version]) => ({
        type: 'library',
        name,
        version,
        purl: `pkg:npm/${name}@${version}`,
        'bom-ref': `pkg:npm/${name}@${version}`,
      })),
    },
    null,
    2,
  );
}

function vexDoc(purl: string, state: string, lastUpdated: string, justification = 'code_not_reachable'): string {
  return JSON.stringify(
    {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1,
      vulnerabilities: [
        {
          id: 'CVE-2023-2251',
          analysis: {
            state,
            ...(state === 'not_affected' ? { justification } : {}),
            detail: 'the pump parses no untrusted YAML',
            lastUpdated,
          },
          affects: [{ ref: purl }],
        },
      ],
    },
    null,
    2,
  );
}

const POLICY = (extra = '') => `version: 1
monitor:
  releases: ["v*"]
  max_releases: 10
${extra}gates:
  vulnerabilities:
    paths: ["sbom.cdx.json"]
    source: offline
    offline: security/osv
    fail_on: high
`;

async function monitor(args: string[], cwd = '/') {
  let stdout = '';
  let stderr = '';
  const code = await main(['monitor', ...args], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, env: {} });
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}

/** v1.0.0 and v1.1.0 ship yaml 2.2.1; main learns of the vulnerability afterwards (the OSV record is committed there). */
function releasedRepo(policy = POLICY()): TestRepo {
  const repo = new TestRepo('sdlc-gate-monitor-');
  repo.write({ '.github/sdlc-gate.yml': policy, 'sbom.cdx.json': bom({ yaml: '2.2.0', 'left-pad': '1.3.0' }) });
  repo.commit('1.0.0');
  repo.git('tag', 'v1.0.0');
  repo.write({ 'sbom.cdx.json': bom({ yaml: '2.2.1', 'left-pad': '1.3.0' }) });
  repo.commit('1.1.0');
  repo.git('tag', 'v1.1.0');
  repo.write({
    'security/osv/GHSA-f9xv-q969-pqx4.json': JSON.stringify(YAML_RECORD),
    'security/osv/GHSA-low0.json': JSON.stringify(LOW_RECORD),
  });
  repo.commit('the OSV records of the components');
  return repo;
}

describe('sdlc-gate monitor', () => {
  const repos: TestRepo[] = [];
  const track = (r: TestRepo) => (repos.push(r), r);
  afterAll(() => {
    for (const r of repos) r.remove();
  });

  it('finds a vulnerability published after the release in every released version, with its clocks (JSON)', async () => {
    const repo = track(releasedRepo());
    const r = await monitor(['--repo', repo.dir, '--now', '2026-03-01T06:17:00Z', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const out = r.json();
    expect(out.schema).toBe('sdlc-gate/monitor@1');
    expect(out.status).toBe('fail');
    expect(out.now).toBe('2026-03-01T06:17:00.000Z');
    expect(out.refs.map((x: { ref: string }) => x.ref)).toEqual(['v1.1.0', 'v1.0.0', 'main']);
    const v110 = out.refs[0];
    expect(v110.sha).toBe(repo.git('rev-parse', 'v1.1.0'));
    expect(v110.sboms).toEqual(['sbom.cdx.json']);
    const yaml = v110.findings.find((f: { id: string }) => f.id === 'GHSA-f9xv-q969-pqx4');
    expect(yaml).toMatchObject({
      aliases: ['CVE-2023-2251'],
      purl: 'pkg:npm/yaml@2.2.1',
      severity: 'high',
      score: 7.5,
      vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H',
      kev: false,
      status: 'open',
      assessment: null,
      fixed_versions: ['2.2.2'],
      first_seen: '2026-03-01T06:17:00.000Z',
      respond_by: '2026-03-31T06:17:00.000Z',
      remediate_by: '2026-04-30T06:17:00.000Z',
      overdue: false,
    });
    // v1.0.0 ships yaml 2.2.0, inside the affected range too.
    expect(out.refs[1].findings.map((f: { purl: string }) => f.purl)).toContain('pkg:npm/yaml@2.2.0');
    // Below fail_on: reported, but alone it would not fail.
    expect(v110.findings.find((f: { id: string }) => f.id === 'GHSA-low0-0000-0000')).toMatchObject({
      severity: 'low',
      status: 'open',
      failing: false,
    });
    // Overdue first, then open by severity: the high one before the low one.
    expect(v110.findings.map((f: { severity: string }) => f.severity)).toEqual(['high', 'low']);
  });

  it('keeps first sight in --state, so the clocks run from it: respond-by, then remediate-by passes', async () => {
    const repo = track(releasedRepo());
    const state = join(repo.dir, '..', `${repo.dir.split('/').pop()}-state.json`);
    const first = await monitor(['--repo', repo.dir, '--now', '2026-01-01', '--state', state, '--format', 'json']);
    expect(first.code).toBe(1);
    const saved = JSON.parse(readFileSync(state, 'utf8'));
    expect(saved.schema).toBe('sdlc-gate/monitor-state@1');
    expect(saved.items['GHSA-F9XV-Q969-PQX4 npm/yaml'].first_seen).toBe('2026-01-01T00:00:00.000Z');

    const later = (await monitor(['--repo', repo.dir, '--now', '2026-02-15', '--state', state, '--format', 'json'])).json();
    const f = later.refs[0].findings[0];
    expect(f).toMatchObject({
      id: 'GHSA-f9xv-q969-pqx4',
      first_seen: '2026-01-01T00:00:00.000Z',
      respond_by: '2026-01-31T00:00:00.000Z',
      overdue: true,
      passed: 'respond',
    });
    const text = await monitor(['--repo', repo.dir, '--now', '2026-03-15', '--state', state]);
    expect(text.stdout).toContain('OPEN     CVE-2023-2251 (GHSA-f9xv-q969-pqx4) in yaml@2.2.1 — high 7.5; fixed in 2.2.2');
    expect(text.stdout).toContain('first seen 2026-01-01, respond by 2026-01-31, remediate by 2026-03-02 — OVERDUE: remediate-by passed');

    // Without the state, first sight is today.
    const fresh = (await monitor(['--repo', repo.dir, '--now', '2026-03-15', '--format', 'json'])).json();
    expect(fresh.refs[0].findings[0]).toMatchObject({ first_seen: '2026-03-15T00:00:00.000Z', overdue: false });
  });

  it('applies an assessment made on the default branch to an old release, the newest statement winning', async () => {
    const repo = track(releasedRepo());
    // At the tag v1.1.0 the vulnerability was under triage; main assesses yaml 2.2.1 later: not affected.
    repo.git('checkout', '-q', '-b', 'rel', 'v1.1.0');
    repo.write({ 'security/vex/yaml.json': vexDoc('pkg:npm/yaml@2.2.1', 'in_triage', '2026-01-10T00:00:00Z') });
    repo.commit('triage');
    repo.git('tag', '-f', 'v1.1.0');
    repo.git('checkout', '-q', 'main');
    repo.write({ 'security/vex/yaml.json': vexDoc('pkg:npm/yaml@2.2.1', 'not_affected', '2026-02-01T00:00:00Z') });
    repo.commit('assess CVE-2023-2251 for yaml 2.2.1');
    const out = (await monitor(['--repo', repo.dir, '--now', '2026-02-10', '--format', 'json'])).json();
    const v110 = out.refs.find((x: { ref: string }) => x.ref === 'v1.1.0');
    const yamlOf = (ref: { findings: { id: string }[] }) => ref.findings.find((f) => f.id === 'GHSA-f9xv-q969-pqx4');
    expect(yamlOf(v110)).toMatchObject({
      status: 'assessed',
      assessment: {
        status: 'not_affected',
        justification: 'code_not_reachable',
        file: 'security/vex/yaml.json',
        ref: 'main',
        timestamp: '2026-02-01T00:00:00Z',
      },
    });
    // v1.0.0 ships yaml 2.2.0, which the statement (for 2.2.1) does not cover.
    expect(yamlOf(out.refs.find((x: { ref: string }) => x.ref === 'v1.0.0'))).toMatchObject({ purl: 'pkg:npm/yaml@2.2.0', status: 'open' });

    // A newer statement at the release (say, exploitable after all) wins over main's older one.
    repo.git('checkout', '-q', 'rel');
    repo.write({ 'security/vex/yaml.json': vexDoc('pkg:npm/yaml@2.2.1', 'exploitable', '2026-02-05T00:00:00Z') });
    repo.commit('exploitable after all');
    repo.git('tag', '-f', 'v1.1.0');
    repo.git('checkout', '-q', 'main');
    const again = (await monitor(['--repo', repo.dir, '--now', '2026-02-10', '--format', 'json'])).json();
    expect(yamlOf(again.refs.find((x: { ref: string }) => x.ref === 'v1.1.0'))).toMatchObject({
      status: 'open',
      assessment: { status: 'exploitable', ref: 'v1.1.0' },
    });
  });

  it('passes (exit 0) when every high vulnerability is assessed, and a stale assessment no longer counts', async () => {
    const repo = track(releasedRepo());
    repo.write({ 'security/vex/yaml.json': vexDoc('pkg:npm/yaml', 'not_affected', '2026-02-01T00:00:00Z') });
    repo.commit('assess CVE-2023-2251 for every yaml version');
    const ok = await monitor(['--repo', repo.dir, '--now', '2026-02-10']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('sdlc-gate monitor: PASS on 2026-02-10');
    expect(ok.stdout).toContain('v1.0.0 (tag');
    expect(ok.stdout).toContain('1 open, 1 assessed, 0 fixed');
    const stale = (await monitor(['--repo', repo.dir, '--now', '2027-01-10', '--format', 'json'])).json();
    expect(stale.status).toBe('fail');
    expect(stale.refs[0].findings[0]).toMatchObject({ status: 'open', assessment: { stale: true } });
  });

  it('marks a watched branch fixed once it upgrades the component (known from the state)', async () => {
    const repo = track(releasedRepo());
    const state = join(repo.dir, '..', `${repo.dir.split('/').pop()}-state.json`);
    await monitor(['--repo', repo.dir, '--now', '2026-01-01', '--state', state]);
    repo.write({ 'sbom.cdx.json': bom({ yaml: '2.2.2', 'left-pad': '9.0.0' }) });
    repo.commit('upgrade yaml and left-pad');
    const out = (await monitor(['--repo', repo.dir, '--now', '2026-01-05', '--state', state, '--format', 'json'])).json();
    const main_ = out.refs.find((x: { ref: string }) => x.ref === 'main');
    expect(main_.findings.map((f: { id: string; status: string }) => `${f.id} ${f.status}`).sort()).toEqual([
      'GHSA-f9xv-q969-pqx4 fixed',
      'GHSA-low0-0000-0000 fixed',
    ]);
    // The releases in the field still carry it.
    expect(out.refs[0].findings[0]).toMatchObject({ status: 'open', first_seen: '2026-01-01T00:00:00.000Z' });
  });

  it('fails on a low vulnerability listed in the KEV catalog (read on the default branch)', async () => {
    const repo = track(releasedRepo(POLICY().replace('    fail_on: high\n', '    fail_on: high\n    kev: security/kev.json\n')));
    repo.write({
      'security/kev.json': JSON.stringify({
        catalogVersion: '2026.01.01',
        vulnerabilities: [{ cveID: 'CVE-2099-0001', dateAdded: '2026-01-01' }],
      }),
    });
    repo.commit('the KEV catalog');
    repo.write({ 'security/vex/yaml.json': vexDoc('pkg:npm/yaml', 'not_affected', '2026-02-01T00:00:00Z') });
    repo.commit('assess yaml');
    const r = await monitor(['--repo', repo.dir, '--now', '2026-02-10', '--ref', 'v1.0.0', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.json().refs[0]).toMatchObject({ ref: 'v1.0.0', kind: 'tag' });
    expect(r.json().refs[0].findings[0]).toMatchObject({
      id: 'GHSA-low0-0000-0000',
      severity: 'low',
      kev: true,
      failing: true,
      status: 'open',
    });
  });

  it('watches the newest max_releases tags by version, not by name', async () => {
    const repo = track(releasedRepo(POLICY().replace('max_releases: 10', 'max_releases: 2')));
    repo.git('tag', 'v1.10.0');
    repo.git('tag', 'v1.9.0');
    repo.git('tag', 'nightly-7');
    const out = (await monitor(['--repo', repo.dir, '--now', '2026-01-01', '--format', 'json'])).json();
    expect(out.refs.map((x: { ref: string }) => x.ref)).toEqual(['v1.10.0', 'v1.9.0', 'main']);
    // The older releases are named, not passed over: they may still be in the field.
    expect(out.not_watched).toEqual(['v1.1.0', 'v1.0.0']);
    expect(out.refs.map((x: { components_checked: number }) => x.components_checked)).toEqual([2, 2, 2]);
    const text = await monitor(['--repo', repo.dir, '--now', '2026-01-01']);
    expect(text.stdout).toContain(
      '2 older release tags matching releases are not watched (max_releases): v1.1.0, v1.0.0 — raise monitor.max_releases if they are still in the field',
    );
    expect(text.stdout).toContain('v1.9.0 (tag ');
    expect(text.stdout).toContain('2 open, 0 assessed, 0 fixed; 2 components checked — sbom.cdx.json');
  });

  it('fails closed: a tag that is gone or an unreadable SBOM leaves its ref unchecked, says which, and exits 1', async () => {
    const repo = track(releasedRepo());
    repo.git('checkout', '-q', '-b', 'broken', 'v1.0.0');
    repo.write({ 'sbom.cdx.json': '{"bomFormat": "CycloneDX", "components": [' });
    repo.commit('a broken SBOM');
    repo.git('tag', 'v0.9.0-broken');
    repo.git('checkout', '-q', 'main');
    const r = await monitor([
      '--repo',
      repo.dir,
      '--now',
      '2026-01-01',
      '--ref',
      'v9.9.9',
      '--ref',
      'v0.9.0-broken',
      '--ref',
      'main',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    const out = r.json();
    expect(out.status).toBe('fail');
    expect(out.unchecked).toEqual(['v9.9.9', 'v0.9.0-broken']);
    expect(out.refs[0].problems[0]).toContain('v9.9.9 is not in the repository');
    expect(out.refs[1].problems[0]).toContain('sbom.cdx.json cannot be read as an SBOM');
    expect(out.refs[1].findings).toEqual([]);
    expect(r.stderr).toContain('not checked: v9.9.9, v0.9.0-broken');
    const md = await monitor(['--repo', repo.dir, '--now', '2026-01-01', '--ref', 'v9.9.9', '--format', 'markdown']);
    expect(md.stdout).toContain('**Not checked: v9\\.9\\.9**');
  });

  it('fails closed when a ref that had an open vulnerability is gone (a checkout without tags), rather than forgetting it', async () => {
    const repo = track(releasedRepo());
    const state = join(repo.dir, '..', `${repo.dir.split('/').pop()}-state.json`);
    expect((await monitor(['--repo', repo.dir, '--now', '2026-01-01', '--state', state])).code).toBe(1);
    repo.git('tag', '-d', 'v1.0.0');
    const r = await monitor(['--repo', repo.dir, '--now', '2026-01-02', '--state', state, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.json().problems).toEqual([
      expect.stringContaining('v1.0.0 had an open vulnerability at the last run and is no longer in the repository'),
    ]);
    expect(r.json().unchecked).toEqual(['v1.1.0', 'main']);
    // A tag that only left the watched window (max_releases) still exists: no problem.
    repo.git('tag', 'v1.0.0', 'v1.1.0^');
    const ok = await monitor(['--repo', repo.dir, '--now', '2026-01-02', '--state', state, '--ref', 'main', '--format', 'json']);
    expect(ok.json().problems).toEqual([]);
  });

  it('fails closed when the offline records are missing', async () => {
    const repo = track(new TestRepo('sdlc-gate-monitor-'));
    repo.write({ '.github/sdlc-gate.yml': POLICY(), 'sbom.cdx.json': bom({ yaml: '2.2.1' }) });
    repo.commit('1.0.0');
    repo.git('tag', 'v1.0.0');
    const r = await monitor(['--repo', repo.dir, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.json().problems[0]).toContain('security/osv/ holds no OSV records');
    expect(r.json().unchecked).toEqual(['v1.0.0', 'main']);
  });

  it('asks OSV once per distinct purl, however many refs list it', async () => {
    const osv: FakeOsv = await startFakeOsv({
      records: [YAML_RECORD],
      vulnsByPurl: { 'pkg:npm/yaml@2.2.1': [YAML_RECORD.id], 'pkg:npm/yaml@2.2.0': [YAML_RECORD.id] },
    });
    try {
      const repo = track(releasedRepo(POLICY().replace('source: offline', `source: osv\n    osv_api: ${osv.url}`)));
      const out = (await monitor(['--repo', repo.dir, '--now', '2026-01-01', '--format', 'json'])).json();
      expect(out.refs.map((x: { findings: unknown[] }) => x.findings.length)).toEqual([1, 1, 1]);
      const batches = osv.requests.filter((q) => q.path === '/v1/querybatch');
      // Three refs, three component lists; three distinct purls (yaml 2.2.0, yaml 2.2.1, left-pad 1.3.0), one request.
      expect(batches.map((b) => b.queries)).toEqual([3]);
      expect(osv.requests.filter((q) => q.method === 'GET')).toHaveLength(1);
    } finally {
      await osv.close();
    }
  });

  it('fails closed when OSV is unreachable', async () => {
    const osv = await startFakeOsv({ records: [], vulnsByPurl: {}, failWith: 400 });
    try {
      const repo = track(releasedRepo(POLICY().replace('source: offline', `source: osv\n    osv_api: ${osv.url}`)));
      const r = await monitor(['--repo', repo.dir, '--now', '2026-01-01', '--format', 'json']);
      expect(r.code).toBe(1);
      expect(r.json().problems[0]).toContain('/v1/querybatch answered 400');
      expect(r.json().unchecked).toEqual(['v1.1.0', 'v1.0.0', 'main']);
    } finally {
      await osv.close();
    }
  });

  it('refuses bad usage and policies without a vulnerabilities gate with exit 2', async () => {
    const repo = track(releasedRepo());
    expect((await monitor(['--repo', repo.dir, '--now', 'tomorrow'])).code).toBe(2);
    expect((await monitor(['--repo', repo.dir, '--format', 'xml'])).code).toBe(2);
    const state = join(repo.dir, '..', `${repo.dir.split('/').pop()}-bad-state.json`);
    writeFileSync(state, '{"items": []}');
    const bad = await monitor(['--repo', repo.dir, '--state', state]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('is not a monitor state');
    repo.write({ '.github/sdlc-gate.yml': 'version: 1\nmonitor: {}\ngates: {}\n' });
    repo.commit('no gates');
    const none = await monitor(['--repo', repo.dir]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('has no vulnerabilities gate');
    repo.write({ '.github/sdlc-gate.yml': 'version: 1\nmonitor: { max_releases: 0 }\ngates: {}\n' });
    repo.commit('bad monitor');
    const invalid = await monitor(['--repo', repo.dir]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('.github/sdlc-gate.yml:2:');
  });
});
