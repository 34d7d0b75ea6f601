// The demo is the first thing a new user runs: it must tell its story — each gate failing for the reason the
// example was built to show, then passing once the pull request is fixed — with the bundled CLI, as documented.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const DEMO = fileURLToPath(new URL('../examples/run-demo.mjs', import.meta.url));

describe('npm run demo', () => {
  let out = '';
  let evaluations: string[] = [];
  let code: number | null = null;
  beforeAll(() => {
    const run = spawnSync(process.execPath, [DEMO], { encoding: 'utf8', timeout: 120_000 });
    out = run.stdout;
    code = run.status;
    evaluations = out.split(/^Evaluation \d/m).slice(1);
  }, 150_000);

  it('runs three evaluations and exits 0 when each ends as expected', () => {
    expect(code).toBe(0);
    expect(evaluations).toHaveLength(3);
    expect(out).toContain(
      'As expected: evaluation 1 failed (exit 1), evaluation 2 failed (exit 1), evaluation 3 passed (exit 0); the release record incomplete without GitHub (exit 1).',
    );
  });

  it('first fails on the stale SBOM, the SOUP entry, the risk file, the suspect requirement and missing approvals', () => {
    const first = evaluations[0]!;
    expect(first).toMatch(/^FAIL {2}sbom: /m);
    expect(first).toContain(
      'package-lock.json:27: package-lock.json pins yaml 2.2.1, but sbom.cdx.json lists yaml 2.0.1 (/components/1) — the SBOM is stale',
    );
    expect(first).toContain('docs/soup.yml:12: yaml 2.0.1 → 2.2.1: docs/soup.yml:12 still says 2.0.1');
    expect(first).toMatch(
      /^FAIL {2}risk-file \(updated-with\): src\/dosing\/limits\.ts and src\/ui\/display\.ts changed without docs\/risk\/\*\*$/m,
    );
    expect(first).toContain('docs/requirements/ui.yml:4: REQ-005 "Status screen" changed in this pull request');
    expect(first).toMatch(/^FAIL {2}class-c-review \(reviews\): needs 2 approvals/m);
    expect(first).toMatch(/^FAIL {2}security-checklist \(checklist\)/m);
    expect(first).toMatch(/^-> exit code 1$/m);
  });

  it('then fails on the vulnerability the upgraded version brings, at its SBOM line, until it is assessed', () => {
    const second = evaluations[1]!;
    expect(second).toMatch(/^PASS {2}(sbom|soup|risk-file \(updated-with\)|traceability):/m);
    expect(second).toMatch(
      /sbom\.cdx\.json:\d+: yaml@2\.2\.1 \(pkg:npm\/yaml@2\.2\.1\) has GHSA-f9xv-q969-pqx4 \(CVE-2023-2251\): high, CVSS:3\.1 7\.5/,
    );
    expect(second).toContain('The VEX statement on CVE-2023-2251 for pkg:npm/yaml@2.0.1 matches no component in the SBOM');
    expect(second).toMatch(/^-> exit code 1$/m);
  });

  it('passes once everything is updated, assessed and approved, showing the assessment', () => {
    const third = evaluations[2]!;
    expect(third).toContain('sdlc-gate: PASS — 13 gates, none failed');
    expect(third).not.toMatch(/^(FAIL|ERROR)/m);
    expect(third).toContain('assessed: yaml@2.2.1 GHSA-f9xv-q969-pqx4 / CVE-2023-2251 — not_affected (protected_at_runtime)');
    expect(third).toMatch(/^-> exit code 0$/m);
  });

  it('ends with the release record of the merged change: gates at the tag, evidence copied, and what only GitHub can verify', () => {
    const release = out.slice(out.indexOf('The release record of v1.1.0'));
    expect(release).toContain('v1.1.0: incomplete (changes since v1.0.0)');
    expect(release).toContain(
      'not verified: the 4 changes since v1.0.0: pull requests, approvals and sdlc-gate checks need the GitHub API',
    );
    expect(release).toMatch(/^gates: reviews skip, .*traceability pass, .*sbom pass, .*vulnerabilities pass$/m);
    expect(release).toContain(
      'evidence: released/docs/risk/risk-register.yml, released/docs/soup.yml, released/sbom.cdx.json, released/security/vex/sp200.vex.cdx.json, traceability/traceability.csv',
    );
    expect(release).toMatch(/^-> exit code 1; record incomplete$/m);
  });
});
