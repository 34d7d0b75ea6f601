// The monitoring demo (npm run demo:monitor) must tell its story with the bundled CLI: a vulnerability found in the
// old release with its clocks, overdue once the respond-by date passes, then assessed away on main.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const DEMO = fileURLToPath(new URL('../examples/run-monitor-demo.mjs', import.meta.url));

describe('npm run demo:monitor', () => {
  let out = '';
  let runs: string[] = [];
  let code: number | null = null;
  beforeAll(() => {
    const run = spawnSync(process.execPath, [DEMO], { encoding: 'utf8', timeout: 120_000 });
    out = run.stdout;
    code = run.status;
    runs = out.split(/^Monitor run \d/m).slice(1);
  }, 150_000);

  it('runs three times and exits 0 when each ends as expected', () => {
    expect(code).toBe(0);
    expect(runs).toHaveLength(3);
    expect(out).toContain('As expected: monitor run 1 failed (exit 1), monitor run 2 failed (exit 1), monitor run 3 passed (exit 0).');
  });

  it('finds the vulnerability in the old release only, with its clocks', () => {
    const first = runs[0]!;
    expect(first).toMatch(/^v2\.4\.0 \(tag [0-9a-f]{7}\): 1 open, 0 assessed, 0 fixed; \d+ components checked — sbom\.cdx\.json$/m);
    expect(first).toMatch(/^v2\.5\.0 \(tag [0-9a-f]{7}\): 0 open, 1 assessed, 0 fixed/m);
    expect(first).toContain('OPEN     CVE-2023-2251 (GHSA-f9xv-q969-pqx4) in yaml@2.0.1 — high 7.5; fixed in 2.2.2');
    expect(first).toMatch(/first seen (\d{4}-\d{2}-\d{2}), respond by \d{4}-\d{2}-\d{2}, remediate by \d{4}-\d{2}-\d{2}$/m);
  });

  it('keeps the first sight across runs, so the respond-by date passes', () => {
    const first = /first seen (\d{4}-\d{2}-\d{2}), respond by/.exec(runs[0]!)![1];
    expect(runs[1]).toContain(`first seen ${first}`);
    expect(runs[1]).toContain('— OVERDUE: respond-by passed');
    expect(runs[1]).toMatch(/^v2\.4\.0 \(tag [0-9a-f]{7}\): 1 open \(1 overdue\)/m);
  });

  it('then counts the assessment made on main for the old release', () => {
    expect(runs[2]).toMatch(/^v2\.4\.0 \(tag [0-9a-f]{7}\): 0 open, 1 assessed, 0 fixed/m);
    expect(runs[2]).toContain('assessment: not_affected (protected_at_runtime); security/vex/sp200-2.4.vex.cdx.json:9 on main');
    expect(runs[2]).toContain('sdlc-gate monitor: PASS');
  });
});
