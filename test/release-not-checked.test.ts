import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReleaseRecord } from '../src/core/release.js';
import { main } from '../src/cli/commands.js';
import { renderReleaseMarkdown } from '../src/report/release-markdown.js';
import { startFakeOsv } from './helpers/fake-osv.js';
import { TestRepo } from './helpers/git-repo.js';

// The release record lists the components of the released SBOMs that the vulnerabilities gate could not check (no
// purl, a purl OSV has no ecosystem for, an ecosystem no offline record names) in record.json, index.html and on
// the terminal, decided by the gate's own scanTargets/withoutAnswer, with a loopback OSV that counts what it is asked.

const bom = (components: { name: string; version: string; purl?: string }[]) =>
  JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    components: components.map((c) => ({ type: 'library', ...c })),
  });

const LEFT_PAD = { name: 'left-pad', version: '1.3.0', purl: 'pkg:npm/left-pad@1.3.0' };
const ZLIB = { name: 'zlib', version: 'v1.2.11', purl: 'pkg:github/madler/zlib@v1.2.11' };
const VENDORED = { name: 'vendored-crc', version: '1.0' };
const REQUESTS = { name: 'requests', version: '2.31.0', purl: 'pkg:pypi/requests@2.31.0' };
const LEFT_PAD_RECORD = {
  id: 'GHSA-low0-0000-0000',
  database_specific: { severity: 'LOW' },
  affected: [{ package: { ecosystem: 'npm', name: 'left-pad', purl: 'pkg:npm/left-pad' }, versions: ['1.3.0'] }],
};

async function release(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['release', ...args], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: '/', env: {} });
  return { code, stdout, stderr };
}

describe('sdlc-gate release: components the vulnerabilities gate could not check', () => {
  const repos: TestRepo[] = [];
  const out = mkdtempSync(join(tmpdir(), 'sdlc-gate-release-nc-'));
  afterAll(() => {
    for (const r of repos) r.remove();
    rmSync(out, { recursive: true, force: true });
  });

  it('lists them in record.json, index.html and the terminal, and never asks OSV about them', async () => {
    const osv = await startFakeOsv({ records: [], vulnsByPurl: {} });
    try {
      const repo = new TestRepo('sdlc-gate-release-nc-');
      repos.push(repo);
      repo.write({
        '.github/sdlc-gate.yml': `version: 1\ngates:\n  vulnerabilities:\n    paths: ["sbom.cdx.json"]\n    osv_api: ${osv.url}\n`,
        'sbom.cdx.json': bom([LEFT_PAD, ZLIB, VENDORED]),
      });
      repo.commit('1.0.0');
      repo.git('tag', 'v1.0.0');
      const dir = join(out, 'osv');
      const r = await release(['--repo', repo.dir, '--tag', 'v1.0.0', '--output', dir]);
      const record = JSON.parse(readFileSync(join(dir, 'record.json'), 'utf8')) as ReleaseRecord;
      // From git alone the record is incomplete; the components not checked do not change that (as the gate: a warning).
      expect(r.code).toBe(1);
      expect(record.status).toBe('incomplete');
      expect(record.gates.find((g) => g.id === 'vulnerabilities')?.status).toBe('pass');
      expect(record.not_checked).toEqual([
        expect.objectContaining({
          gate: 'vulnerabilities',
          sbom: 'sbom.cdx.json',
          component: 'zlib',
          purl: ZLIB.purl,
          reason: 'no OSV ecosystem',
        }),
        expect.objectContaining({ gate: 'vulnerabilities', component: 'vendored-crc', version: '1.0', reason: 'no purl' }),
      ]);
      expect(record.not_checked[0]!.detail).toContain('OSV has no ecosystem for its purl pkg:github/madler/zlib@v1.2.11');
      expect(r.stdout).toContain('not checked: 2 components of the released SBOMs could not be checked for vulnerabilities');
      expect(r.stdout).toContain(
        '    zlib@v1.2.11 (pkg:github/madler/zlib@v1.2.11) in sbom.cdx.json: no OSV ecosystem (gate vulnerabilities)',
      );
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      expect(html).toContain('<p id="not-checked"><strong>Not checked for vulnerabilities</strong>');
      expect(html).toContain('<li>vendored-crc@&#8203;1.0 in sbom.cdx.json: sbom.cdx.json /components/2: it has no purl');
      const md = renderReleaseMarkdown(record, 'record');
      expect(md).toContain('**Components not checked for vulnerabilities');
      expect(md).toContain(
        '- zlib@&#8203;v1\\.2\\.11 \\(pkg\\:github/madler/zlib@&#8203;v1\\.2\\.11\\) in sbom\\.cdx\\.json\\: no OSV ecosystem',
      );
      // One lookup, of left-pad alone: the gate ran once, and the record's list asked OSV nothing more.
      const batches = osv.requests.filter((q) => q.path === '/v1/querybatch');
      expect(batches.map((b) => b.purls)).toEqual([[LEFT_PAD.purl]]);
    } finally {
      await osv.close();
    }
  });

  it('fails the record when OSV cannot be asked, or the tag has no SBOM — never a silent pass', async () => {
    const osv = await startFakeOsv({ records: [], vulnsByPurl: {}, failWith: 503 });
    try {
      const repo = new TestRepo('sdlc-gate-release-nc-');
      repos.push(repo);
      repo.write({
        '.github/sdlc-gate.yml': `version: 1\ngates:\n  vulnerabilities:\n    paths: ["sbom.cdx.json"]\n    osv_api: ${osv.url}\n`,
        'sbom.cdx.json': bom([LEFT_PAD]),
      });
      repo.commit('1.0.0');
      repo.git('tag', 'v1.0.0');
      repo.git('rm', '-q', 'sbom.cdx.json');
      repo.commit('1.1.0 without its SBOM');
      repo.git('tag', 'v1.1.0');

      const down = join(out, 'osv-down');
      const r = await release(['--repo', repo.dir, '--tag', 'v1.0.0', '--output', down]);
      const record = JSON.parse(readFileSync(join(down, 'record.json'), 'utf8')) as ReleaseRecord;
      expect(r.code).toBe(1);
      expect(record.status).toBe('fail');
      expect(record.gates.find((g) => g.id === 'vulnerabilities')?.status).toBe('error');
      expect(record.problems.find((p) => p.startsWith('gate vulnerabilities:'))).toContain('/v1/querybatch failed after 3 attempts (503');
      expect(r.stdout).toContain('  problem: gate vulnerabilities:');
      // The first attempt and two retries, nothing more.
      expect(osv.requests.filter((q) => q.path === '/v1/querybatch')).toHaveLength(3);

      const noSbom = join(out, 'no-sbom');
      await release(['--repo', repo.dir, '--tag', 'v1.1.0', '--output', noSbom]);
      const second = JSON.parse(readFileSync(join(noSbom, 'record.json'), 'utf8')) as ReleaseRecord;
      expect(second.status).toBe('fail');
      expect(second.problems.find((p) => p.startsWith('gate vulnerabilities:'))).toContain('No SBOM found at head');
      expect(second.not_checked).toEqual([]);
    } finally {
      await osv.close();
    }
  });

  it('with offline records, lists a component of an ecosystem no record names', async () => {
    const repo = new TestRepo('sdlc-gate-release-nc-');
    repos.push(repo);
    repo.write({
      '.github/sdlc-gate.yml': `version: 1\ngates:\n  vulnerabilities:\n    paths: ["sbom.cdx.json"]\n    source: offline\n    offline: security/osv\n    fail_on: critical\n`,
      'sbom.cdx.json': bom([LEFT_PAD, REQUESTS]),
      'security/osv/GHSA-low0.json': JSON.stringify(LEFT_PAD_RECORD),
    });
    repo.commit('1.0.0');
    repo.git('tag', 'v1.0.0');
    // The gate reads offline records where it reads evidence about the world: at the previous release.
    repo.write({ 'src/pump.ts': 'export const rate = 2;\n' });
    repo.commit('1.1.0');
    repo.git('tag', 'v1.1.0');
    const dir = join(out, 'offline');
    await release(['--repo', repo.dir, '--tag', 'v1.1.0', '--output', dir]);
    const record = JSON.parse(readFileSync(join(dir, 'record.json'), 'utf8')) as ReleaseRecord;
    expect(record.gates.find((g) => g.id === 'vulnerabilities')?.status).toBe('pass');
    expect(record.not_checked).toEqual([
      expect.objectContaining({ component: 'requests', purl: REQUESTS.purl, reason: 'no offline records of their ecosystem' }),
    ]);
  });
});
