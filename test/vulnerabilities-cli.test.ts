import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOsv, type FakeOsv } from './helpers/fake-osv.js';
import { TestRepo } from './helpers/git-repo.js';

// The vulnerability gate through the bundled CLI, on real git repositories, against a local stand-in for OSV.

const CLI = new URL('../dist/cli/index.js', import.meta.url).pathname;
const INJECTION = JSON.parse(readFileSync(new URL('./fixtures/osv/GHSA-35jh-r3h4-6jhm.json', import.meta.url), 'utf8'));
const LODASH = 'pkg:npm/lodash@4.17.20';

// The server runs in this process, so the CLI must run asynchronously (spawnSync would block the server).
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const BOM = JSON.stringify(
  {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    metadata: { timestamp: '2026-01-01T00:00:00Z' },
    components: [
      { type: 'library', name: 'lodash', version: '4.17.20', purl: LODASH, 'bom-ref': LODASH },
      { type: 'library', name: 'vendored-crc', version: '1.0', 'bom-ref': 'crc' },
    ],
  },
  null,
  2,
);

function vex(lastUpdated: string): string {
  return JSON.stringify(
    {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1,
      vulnerabilities: [
        {
          id: 'CVE-2021-23337',
          analysis: { state: 'not_affected', justification: 'code_not_reachable', detail: 'the pump never calls _.template', lastUpdated },
          affects: [{ ref: LODASH }],
        },
      ],
    },
    null,
    2,
  );
}

/** A repository whose base has the policy and whose head adds the SBOM (and the files given). */
function repoWith(osvApi: string, head: Record<string, string>): { repo: TestRepo; base: string; head: string } {
  const repo = new TestRepo('sdlc-gate-vuln-');
  repo.write({ '.github/sdlc-gate.yml': `version: 1\ngates:\n  vulnerabilities:\n    osv_api: ${osvApi}\n    fail_on: high\n` });
  const base = repo.commit('policy');
  repo.write({ 'bom.json': BOM, ...head });
  return { repo, base, head: repo.commit('add the SBOM') };
}

describe('sdlc-gate check: vulnerabilities', () => {
  let osv: FakeOsv;
  let broken: FakeOsv;
  const repos: TestRepo[] = [];
  beforeAll(async () => {
    osv = await startFakeOsv({ records: [INJECTION], vulnsByPurl: { [LODASH]: [INJECTION.id] } });
    broken = await startFakeOsv({ records: [], vulnsByPurl: {}, failWith: 500 });
  });
  afterAll(async () => {
    await osv.close();
    await broken.close();
    for (const r of repos) r.remove();
  });
  const check = (osvApi: string, head: Record<string, string>) => {
    const r = repoWith(osvApi, head);
    repos.push(r.repo);
    return cli(['check', '--repo', r.repo.dir, '--base', r.base, '--head', r.head]);
  };

  it('fails on a known high vulnerability, naming component, version, ids, severity, score, fix and SBOM line', async () => {
    const r = await check(osv.url, {});
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'error: bom.json:9: lodash@4.17.20 (pkg:npm/lodash@4.17.20) has GHSA-35jh-r3h4-6jhm (CVE-2021-23337): high, CVSS:3.1 7.2 — Command Injection in lodash; fixed in 4.17.21. Upgrade to a fixed version',
    );
    expect(r.stdout).toContain(
      'warning: bom.json:16: bom.json /components/1: component "vendored-crc@1.0" cannot be checked for vulnerabilities because it has no purl',
    );
    expect(osv.requests.some((q) => q.path === '/v1/querybatch')).toBe(true);
  });

  it('passes with a current not_affected VEX statement and reports the assessment', async () => {
    const r = await check(osv.url, { 'security/vex/lodash.json': vex(new Date().toISOString()) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'PASS  vulnerabilities: no open vulnerabilities in 1 component of bom.json; 1 assessed; 1 component without a purl',
    );
    expect(r.stdout).toContain(
      'notice: security/vex/lodash.json:6: assessed: lodash@4.17.20 GHSA-35jh-r3h4-6jhm / CVE-2021-23337 — not_affected (code_not_reachable); security/vex/lodash.json:6',
    );
    expect(r.stdout).toMatch(
      /Assessed vulnerabilities \(VEX\) \(1\):\n {8}Component: lodash@4\.17\.20; Vulnerability: GHSA-35jh-r3h4-6jhm \(CVE-2021-23337\); Status: not_affected; Justification: code_not_reachable; Detail: the pump never calls _\.template/,
    );
  });

  it('fails when the assessment is stale', async () => {
    const r = await check(osv.url, { 'security/vex/lodash.json': vex('2024-01-01T00:00:00Z') });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('is stale: dated 2024-01-01, older than 180 days');
  });

  it('ends in error, never pass, when OSV answers 500', async () => {
    const r = await check(broken.url, {});
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('ERROR vulnerabilities: could not be evaluated: POST');
    expect(r.stdout).toContain('/v1/querybatch failed after 3 attempts (500');
  });
});
