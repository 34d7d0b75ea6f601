import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateJsonSchema } from '../src/parsers/sbom/schema.js';
import { readVex } from '../src/parsers/vex/index.js';
import { runCli } from './helpers/cli.js';
import { exampleRepo } from './helpers/example-repo.js';
import type { TestRepo } from './helpers/git-repo.js';

// `sdlc-gate vex` on the example repository once its pull request has upgraded yaml to 2.2.1: the VEX statement on
// record covers 2.0.1 only, so GHSA-f9xv-q969-pqx4 is open again. The skeleton names it, is valid CycloneDX 1.6,
// keeps the gate failing while in_triage, and passes it once a person fills in the assessment.

const PR = fileURLToPath(new URL('../examples/infusion-pump/pr', import.meta.url));
const SKELETON = 'security/vex/yaml-2.2.1.vex.cdx.json';

interface GateJson {
  id: string;
  status: string;
  summary: string;
}

describe('sdlc-gate vex', () => {
  let repo: TestRepo;
  let base = '';
  let outside = '';

  beforeAll(() => {
    ({ repo, base } = exampleRepo());
    outside = mkdtempSync(join(tmpdir(), 'sdlc-gate-vex-'));
    writeFileSync(join(outside, 'reviews.json'), '[]');
  });
  afterAll(() => {
    repo.remove();
    rmSync(outside, { recursive: true, force: true });
  });

  const vulnerabilitiesGate = (): GateJson => {
    const r = runCli(
      ['check', '--repo', repo.dir, '--base', base, '--head', 'HEAD', '--reviews', join(outside, 'reviews.json'), '--format', 'json'],
      { timeout: 60_000 },
    );
    return (JSON.parse(r.stdout) as { gates: GateJson[] }).gates.find((g) => g.id === 'vulnerabilities')!;
  };

  it('writes nothing when no vulnerability is open', () => {
    const r = runCli(['vex', '--repo', repo.dir, '--output', SKELETON]);
    expect(r.stderr).toMatch(
      /^sdlc-gate vex: no open vulnerabilities \(no open vulnerabilities in 2 components of sbom\.cdx\.json; 1 assessed\) — nothing to write\n$/,
    );
    expect(r.code).toBe(0);
    expect(existsSync(join(repo.dir, SKELETON))).toBe(false);
  });

  it('writes an in_triage skeleton for the open vulnerability, which a person then assesses', async () => {
    // The pull request: yaml 2.0.1 → 2.2.1 in the lockfile and the regenerated SBOM.
    cpSync(join(PR, '1-change'), repo.dir, { recursive: true });
    cpSync(join(PR, '2-update', 'sbom.cdx.json'), join(repo.dir, 'sbom.cdx.json'));
    repo.commit('upgrade yaml');
    expect(vulnerabilitiesGate().status).toBe('fail');

    // --output is relative to the current directory, as for trace.
    const r = runCli(['vex', '--repo', repo.dir, '--output', SKELETON], { cwd: repo.dir });
    expect(r.stderr).toBe(
      `sdlc-gate vex: 1 open vulnerability written to ${SKELETON} as in_triage — assess each, then commit it where the gate's vex globs look\n`,
    );
    expect(r.code).toBe(0);
    const text = readFileSync(join(repo.dir, SKELETON), 'utf8');
    const doc = JSON.parse(text) as {
      vulnerabilities: {
        id: string;
        references: { id: string }[];
        ratings: unknown[];
        analysis: Record<string, string>;
        affects: { ref: string }[];
      }[];
    };
    expect(await validateJsonSchema('cyclonedx', '1.6', doc)).toEqual([]);
    expect(doc.vulnerabilities).toHaveLength(1);
    const v = doc.vulnerabilities[0]!;
    expect(v).toMatchObject({
      id: 'GHSA-f9xv-q969-pqx4',
      references: [{ id: 'CVE-2023-2251' }],
      ratings: [{ score: 7.5, severity: 'high', method: 'CVSSv31' }],
      affects: [{ ref: 'pkg:npm/yaml@2.2.1' }],
    });
    expect(v.analysis.state).toBe('in_triage');
    expect(readVex(SKELETON, text).statements[0]).toMatchObject({
      status: 'in_triage',
      assessed: false,
      products: [{ purl: 'pkg:npm/yaml@2.2.1' }],
    });

    // Committed as written it is still open: in triage is not an assessment.
    repo.commit('VEX skeleton');
    expect(vulnerabilitiesGate()).toMatchObject({ status: 'fail' });

    // Assessed by a person: state, justification, detail and date.
    v.analysis = {
      state: 'not_affected',
      justification: 'protected_at_runtime',
      detail: 'src/settings/load.ts catches every exception yaml.parse throws (REQ-007, RC-005).',
      lastUpdated: new Date().toISOString(),
    };
    writeFileSync(join(repo.dir, SKELETON), JSON.stringify(doc, null, 2));
    repo.commit('assess GHSA-f9xv-q969-pqx4 for yaml 2.2.1');
    expect(vulnerabilitiesGate()).toMatchObject({
      status: 'pass',
      summary: 'no open vulnerabilities in 2 components of sbom.cdx.json; 1 assessed',
    });
  });

  it('writes no skeleton when the gate cannot see every vulnerability, and says why', () => {
    rmSync(join(repo.dir, 'security/osv'), { recursive: true, force: true });
    const r = runCli(['vex', '--repo', repo.dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^sdlc-gate vex: source is offline, but security\/osv\/ holds no OSV records .*; no skeleton was written\n$/);
    repo.git('checkout', '-q', '--', 'security/osv');
  });

  it('bad usage exits 2 with the usage line', () => {
    const r = runCli(['vex', '--repo', repo.dir, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^sdlc-gate vex: Unknown option '--format'[\s\S]*Usage: sdlc-gate vex \[--repo DIR\] \[--policy PATH\] \[--gate ID\] \[--output FILE\]\n$/,
    );
    const noGate = runCli(['vex', '--repo', repo.dir, '--gate', 'traceability']);
    expect(noGate.code).toBe(2);
    expect(noGate.stderr).toContain('gate "traceability" runs rule traceability, not vulnerabilities');
  });
});
