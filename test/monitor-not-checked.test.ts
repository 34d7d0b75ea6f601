import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/commands.js';
import { startFakeOsv } from './helpers/fake-osv.js';
import { TestRepo } from './helpers/git-repo.js';

// `sdlc-gate monitor` never counts a component it could not look up as free of vulnerabilities: a component without
// a purl, one whose purl OSV has no ecosystem for (pkg:github, pkg:generic, pkg:docker, pkg:rpm/fedora), and, with
// offline records, one of an ecosystem no record names — listed per ref in JSON, text and Markdown, by the same
// decision as the vulnerabilities gate (scanTargets, withoutAnswer).

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

interface Component {
  name: string;
  version: string;
  purl?: string;
}

function bom(components: Component[]): string {
  return JSON.stringify(
    {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1,
      components: components.map((c) => ({ type: 'library', ...c, ...(c.purl ? { 'bom-ref': c.purl } : {}) })),
    },
    null,
    2,
  );
}

const LEFT_PAD = { name: 'left-pad', version: '1.3.0', purl: 'pkg:npm/left-pad@1.3.0' };
const YAML = { name: 'yaml', version: '2.2.1', purl: 'pkg:npm/yaml@2.2.1' };
const ZLIB = { name: 'zlib', version: 'v1.2.11', purl: 'pkg:github/madler/zlib@v1.2.11' };
const BASE_IMAGE = { name: 'debian', version: 'bookworm', purl: 'pkg:docker/library/debian@bookworm' };
const VENDORED = { name: 'vendored-crc', version: '1.0' };
const REQUESTS = { name: 'requests', version: '2.31.0', purl: 'pkg:pypi/requests@2.31.0' };

const policy = (source: string) => `version: 1
monitor:
  releases: ["v*"]
gates:
  vulnerabilities:
    paths: ["sbom.cdx.json"]
${source}    fail_on: high
`;

async function monitor(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['monitor', ...args], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: '/', env: {} });
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}

describe('sdlc-gate monitor: components it could not check', () => {
  const repos: TestRepo[] = [];
  const track = (r: TestRepo) => (repos.push(r), r);
  afterAll(() => {
    for (const r of repos) r.remove();
  });

  it('lists per ref the components OSV cannot look up, never sends them, and says so in JSON, text and Markdown', async () => {
    const osv = await startFakeOsv({ records: [YAML_RECORD], vulnsByPurl: { [YAML.purl]: [YAML_RECORD.id] } });
    try {
      const repo = track(new TestRepo('sdlc-gate-monitor-nc-'));
      repo.write({
        '.github/sdlc-gate.yml': policy(`    source: osv\n    osv_api: ${osv.url}\n`),
        'sbom.cdx.json': bom([LEFT_PAD, ZLIB, BASE_IMAGE, VENDORED]),
      });
      repo.commit('1.0.0');
      repo.git('tag', 'v1.0.0');
      repo.write({ 'sbom.cdx.json': bom([LEFT_PAD]) });
      repo.commit('main drops the vendored code');

      const r = await monitor(['--repo', repo.dir, '--now', '2026-01-01', '--format', 'json']);
      // As the gate: nothing found and the gaps said — a pass with the list, not a failure (docs/monitor.md).
      expect(r.code).toBe(0);
      const out = r.json();
      expect(out.status).toBe('pass');
      expect(out.components_not_checked).toBe(3);
      const [tag, branch] = out.refs;
      expect(tag.ref).toBe('v1.0.0');
      expect(tag.checked).toBe(true);
      expect(tag.components_checked).toBe(1);
      expect(tag.not_checked).toEqual([
        expect.objectContaining({ sbom: 'sbom.cdx.json', component: 'zlib', purl: ZLIB.purl, reason: 'no OSV ecosystem' }),
        expect.objectContaining({ component: 'debian', purl: BASE_IMAGE.purl, reason: 'no OSV ecosystem' }),
        expect.objectContaining({ component: 'vendored-crc', version: '1.0', reason: 'no purl' }),
      ]);
      expect(tag.not_checked[0].detail).toContain('OSV has no ecosystem for its purl pkg:github/madler/zlib@v1.2.11 (type github)');
      expect(branch.not_checked).toEqual([]);
      expect(r.stderr).toContain('3 components could not be checked for vulnerabilities: v1.0.0 (3)');
      // Asked about left-pad once, never about zlib or the base image (OSV would answer "no vulnerabilities").
      const batches = osv.requests.filter((q) => q.path === '/v1/querybatch');
      expect(batches.map((b) => b.purls)).toEqual([[LEFT_PAD.purl]]);

      const text = await monitor(['--repo', repo.dir, '--now', '2026-01-01']);
      expect(text.stdout).toContain('3 components could not be checked for vulnerabilities');
      expect(text.stdout).toContain('NOT CHECKED: 3 components not checked (2 no OSV ecosystem, 1 no purl)');
      expect(text.stdout).toContain('zlib@v1.2.11 (pkg:github/madler/zlib@v1.2.11) in sbom.cdx.json: no OSV ecosystem');
      const md = await monitor(['--repo', repo.dir, '--now', '2026-01-01', '--format', 'markdown']);
      expect(md.stdout).toContain('**3 components could not be checked**');
      expect(md.stdout).toContain('<summary>⚠️ 3 components not checked \\(2 no OSV ecosystem, 1 no purl\\)</summary>');
      expect(md.stdout).toContain('- vendored\\-crc@&#8203;1\\.0 in sbom\\.cdx\\.json\\: no purl');
      expect(md.stdout).toContain('No known vulnerabilities among the components that were checked in sbom\\.cdx\\.json.');
    } finally {
      await osv.close();
    }
  });

  it('with offline records, lists a component of an ecosystem no record names (not "no vulnerabilities")', async () => {
    const repo = track(new TestRepo('sdlc-gate-monitor-nc-'));
    repo.write({
      '.github/sdlc-gate.yml': policy('    source: offline\n    offline: security/osv\n'),
      'sbom.cdx.json': bom([YAML, REQUESTS]),
      'security/osv/GHSA-f9xv-q969-pqx4.json': JSON.stringify(YAML_RECORD),
    });
    repo.commit('1.0.0');
    const out = (await monitor(['--repo', repo.dir, '--now', '2026-01-01', '--format', 'json'])).json();
    const [ref] = out.refs;
    expect(ref.findings.map((f: { id: string }) => f.id)).toEqual(['GHSA-f9xv-q969-pqx4']);
    expect(ref.not_checked).toEqual([
      expect.objectContaining({ component: 'requests', purl: REQUESTS.purl, reason: 'no offline records of their ecosystem' }),
    ]);
    expect(ref.not_checked[0].detail).toContain('hold no record of a pkg:pypi package');
  });

  it('fails closed when one OSV batch of several fails: no ref is judged on the batches that did answer', async () => {
    // 1001 distinct purls: two batches (OSV takes at most 1000 queries a request); the second keeps failing.
    const many = Array.from({ length: 1001 }, (_, i) => ({ name: `p${i}`, version: '1.0.0', purl: `pkg:npm/p${i}@1.0.0` }));
    const osv = await startFakeOsv({ records: [], vulnsByPurl: {}, failBatchWith: 'pkg:npm/p1000@1.0.0' });
    try {
      const repo = track(new TestRepo('sdlc-gate-monitor-nc-'));
      repo.write({ '.github/sdlc-gate.yml': policy(`    source: osv\n    osv_api: ${osv.url}\n`), 'sbom.cdx.json': bom(many) });
      repo.commit('1.0.0');
      repo.git('tag', 'v1.0.0');
      const r = await monitor(['--repo', repo.dir, '--now', '2026-01-01', '--format', 'json']);
      expect(r.code).toBe(1);
      const out = r.json();
      expect(out.status).toBe('fail');
      expect(out.problems[0]).toContain('/v1/querybatch failed after 3 attempts (503');
      expect(out.unchecked).toEqual(['v1.0.0', 'main']);
      expect(out.refs.map((x: { checked: boolean; components_checked: number }) => [x.checked, x.components_checked])).toEqual([
        [false, 0],
        [false, 0],
      ]);
      // One batch of 1000 answered, then the batch of 1 tried three times (two retries); no record fetched.
      const batches = osv.requests.filter((q) => q.path === '/v1/querybatch');
      expect(batches.map((b) => b.queries)).toEqual([1000, 1, 1, 1]);
      expect(osv.requests.filter((q) => q.method === 'GET')).toHaveLength(0);
      expect(r.stderr).toContain('not checked: v1.0.0, main');
    } finally {
      await osv.close();
    }
  });

  it('leaves a ref unchecked when its VEX document cannot be read, naming the file and the ref', async () => {
    const repo = track(new TestRepo('sdlc-gate-monitor-nc-'));
    repo.write({
      '.github/sdlc-gate.yml': policy('    source: offline\n    offline: security/osv\n'),
      'sbom.cdx.json': bom([YAML]),
      'security/osv/GHSA-f9xv-q969-pqx4.json': JSON.stringify(YAML_RECORD),
      'security/vex/yaml.json': '{"bomFormat": "CycloneDX", "vulnerabilities": [',
    });
    repo.commit('1.0.0 with a truncated VEX');
    repo.git('tag', 'v1.0.0');
    repo.write({ 'security/vex/yaml.json': '{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "vulnerabilities": []}' });
    repo.commit('VEX repaired on main');
    const r = await monitor(['--repo', repo.dir, '--now', '2026-01-01', '--format', 'json']);
    expect(r.code).toBe(1);
    const [tag, branch] = r.json().refs;
    expect(tag).toMatchObject({ ref: 'v1.0.0', checked: false, findings: [] });
    expect(tag.problems.join('\n')).toMatch(/security\/vex\/yaml\.json.*at v1\.0\.0/);
    expect(branch).toMatchObject({ ref: 'main', checked: true });
    expect(r.json().unchecked).toEqual(['v1.0.0']);
  });

  it('leaves a ref unchecked when the only files under the default SBOM names are no SBOMs', async () => {
    const repo = track(new TestRepo('sdlc-gate-monitor-nc-'));
    repo.write({
      '.github/sdlc-gate.yml': `version: 1\nmonitor: {}\ngates:\n  vulnerabilities:\n    source: offline\n    offline: security/osv\n`,
      'docs/sbom.md': '# How we make the SBOM\n',
      'security/osv/GHSA-f9xv-q969-pqx4.json': JSON.stringify(YAML_RECORD),
    });
    repo.commit('1.0.0 without its SBOM');
    repo.git('tag', 'v1.0.0');
    const r = await monitor(['--repo', repo.dir, '--now', '2026-01-01', '--format', 'json']);
    expect(r.code).toBe(1);
    const [tag] = r.json().refs;
    expect(tag).toMatchObject({ ref: 'v1.0.0', checked: false, sboms: [], components_checked: 0 });
    expect(tag.problems).toEqual([
      expect.stringContaining('no SBOM at v1.0.0: docs/sbom.md matches the default SBOM names but is no SBOM, so no component was checked'),
    ]);
  });

  it('keeps watching a release with an open vulnerability after newer releases push it beyond max_releases', async () => {
    const repo = track(new TestRepo('sdlc-gate-monitor-nc-'));
    repo.write({
      '.github/sdlc-gate.yml': `version: 1\nmonitor:\n  max_releases: 1\ngates:\n  vulnerabilities:\n    paths: ["sbom.cdx.json"]\n    source: offline\n    offline: security/osv\n    fail_on: high\n`,
      'sbom.cdx.json': bom([YAML]),
      'security/osv/GHSA-f9xv-q969-pqx4.json': JSON.stringify(YAML_RECORD),
    });
    repo.commit('1.0.0: yaml 2.2.1');
    repo.git('tag', 'v1.0.0');
    repo.write({ 'sbom.cdx.json': bom([{ name: 'yaml', version: '2.2.2', purl: 'pkg:npm/yaml@2.2.2' }]) });
    repo.commit('upgrade yaml');
    const state = join(repo.dir, '..', `${repo.dir.split('/').pop()}-state.json`);
    const first = await monitor(['--repo', repo.dir, '--now', '2026-01-01', '--state', state, '--format', 'json']);
    expect(first.code).toBe(1);
    expect(first.json().refs.map((r: { ref: string }) => r.ref)).toEqual(['v1.0.0', 'main']);

    // 1.1.0 ships the fix; with max_releases 1 the policy names only it — but 1.0.0 is still in the field, still open.
    repo.git('tag', 'v1.1.0');
    const r = await monitor(['--repo', repo.dir, '--now', '2026-01-02', '--state', state, '--format', 'json']);
    expect(r.code).toBe(1);
    const out = r.json();
    expect(out.refs.map((x: { ref: string; kind: string; kept_open?: boolean }) => [x.ref, x.kind, x.kept_open ?? false])).toEqual([
      ['v1.1.0', 'tag', false],
      ['v1.0.0', 'tag', true],
      ['main', 'branch', false],
    ]);
    expect(out.refs[1].findings).toEqual([
      expect.objectContaining({ id: 'GHSA-f9xv-q969-pqx4', status: 'open', first_seen: '2026-01-01T00:00:00.000Z' }),
    ]);
    expect(out.not_watched).toEqual([]);
    const text = await monitor(['--repo', repo.dir, '--now', '2026-01-02', '--state', state]);
    expect(text.stdout).toMatch(/^v1\.0\.0 \(tag [0-9a-f]{7}, still watched: it had an open vulnerability at the last run\): 1 open/m);

    // Once assessed there, it is no longer kept: the next run after that watches what the policy names.
    repo.write({
      'security/vex/yaml.json': JSON.stringify({
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        version: 1,
        vulnerabilities: [
          {
            id: 'CVE-2023-2251',
            analysis: { state: 'not_affected', justification: 'code_not_reachable', lastUpdated: '2026-01-02T00:00:00Z' },
            affects: [{ ref: YAML.purl }],
          },
        ],
      }),
    });
    repo.commit('assess yaml 2.2.1');
    const assessed = await monitor(['--repo', repo.dir, '--now', '2026-01-03', '--state', state, '--format', 'json']);
    expect(assessed.code).toBe(0);
    expect(assessed.json().refs[1]).toMatchObject({
      ref: 'v1.0.0',
      kept_open: true,
      findings: [expect.objectContaining({ status: 'assessed' })],
    });
    const after = await monitor(['--repo', repo.dir, '--now', '2026-01-04', '--state', state, '--format', 'json']);
    expect(after.json().refs.map((x: { ref: string }) => x.ref)).toEqual(['v1.1.0', 'main']);
    expect(after.json().not_watched).toEqual(['v1.0.0']);
  });

  it('does not call a vulnerability fixed when its component is still there but can no longer be checked', async () => {
    const repo = track(new TestRepo('sdlc-gate-monitor-nc-'));
    repo.write({
      '.github/sdlc-gate.yml': policy('    source: offline\n    offline: security/osv\n'),
      'sbom.cdx.json': bom([YAML]),
      'security/osv/GHSA-f9xv-q969-pqx4.json': JSON.stringify(YAML_RECORD),
    });
    repo.commit('yaml 2.2.1');
    const state = join(repo.dir, '..', `${repo.dir.split('/').pop()}-state.json`);
    const first = await monitor(['--repo', repo.dir, '--now', '2026-01-01', '--state', state, '--format', 'json']);
    expect(first.json().refs[0].findings[0]).toMatchObject({ id: 'GHSA-f9xv-q969-pqx4', status: 'open' });

    // The SBOM generator stops writing purls: yaml is still shipped, only no longer looked up.
    repo.write({ 'sbom.cdx.json': bom([{ name: 'yaml', version: '2.2.1' }]) });
    repo.commit('SBOM without purls');
    const r = await monitor(['--repo', repo.dir, '--now', '2026-01-02', '--state', state, '--format', 'json']);
    expect(r.code).toBe(1);
    const [ref] = r.json().refs;
    expect(ref.checked).toBe(false);
    expect(ref.findings.filter((f: { status: string }) => f.status === 'fixed')).toEqual([]);
    expect(ref.problems[0]).toContain(
      'yaml had GHSA-f9xv-q969-pqx4 open at main at the last run and can no longer be checked there (no purl)',
    );
    expect(r.json().unchecked).toEqual(['main']);
  });
});
