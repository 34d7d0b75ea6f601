import { describe, expect, it } from 'vitest';
import type { MonitorSources, MonitorState } from '../src/core/monitor.js';
import { runMonitor } from '../src/monitor/monitor.js';
import type { OsvVulnerability } from '../src/core/osv.js';
import type { Policy } from '../src/policy/types.js';

// The monitor is linear in what the repository holds: components per SBOM, VEX statements, refs. Timed at two sizes
// in one run (the minimum of three each); a superlinear step (a filter of every statement per finding, a spread in
// a loop) shows as a ratio far above the sizes' ratio.

const POLICY: Policy = {
  version: 1,
  path: '.github/sdlc-gate.yml',
  groups: {},
  classification: { default: 'B', items: [] },
  gates: [
    {
      id: 'vulnerabilities',
      rule: 'vulnerabilities',
      level: 'error',
      options: {
        paths: ['sbom.json'],
        source: 'osv',
        osv_api: 'http://osv.invalid',
        offline: 'security/osv/',
        fail_on: 'high',
        vex: ['vex/*.json'],
        vex_max_age_days: 180,
        max_file_bytes: 1 << 30,
      },
    },
  ],
  monitor: {
    releases: ['v*'],
    max_releases: 10,
    branches: [],
    respond_within_days: 30,
    remediate_within_days: 60,
    labels: ['vulnerability'],
  },
};

/**
 * Three tags and main; n components each, every one vulnerable, every 2nd assessed in one VEX document on main; and
 * n/4 components OSV cannot look up (pkg:github) and n/4 without a purl, each of the latter remembered open at main.
 */
function sources(n: number): MonitorSources {
  const components = Array.from({ length: n }, (_, i) => ({
    type: 'library',
    name: `c${i}`,
    version: '1.0.0',
    purl: `pkg:npm/c${i}@1.0.0`,
  }));
  const unlookable = Array.from({ length: n / 4 }, (_, i) => ({
    type: 'library',
    name: `g${i}`,
    version: '1.0.0',
    purl: `pkg:github/acme/g${i}@1.0.0`,
  }));
  const purlless = Array.from({ length: n / 4 }, (_, i) => ({ type: 'library', name: `d${i}`, version: '1.0.0' }));
  const sbom = JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    components: [...components, ...unlookable, ...purlless],
  });
  const vex = JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    vulnerabilities: components
      .filter((_, i) => i % 2 === 0)
      .map((c) => ({
        id: `CVE-2099-${c.name}`,
        analysis: { state: 'not_affected', justification: 'code_not_reachable', lastUpdated: '2026-01-01T00:00:00Z' },
        affects: [{ ref: c.purl }],
      })),
  });
  const files: Record<string, string> = { 'sbom.json': sbom, 'vex/a.json': vex };
  const record = (name: string): OsvVulnerability => ({
    id: `GHSA-${name}`,
    aliases: [`CVE-2099-${name}`],
    database_specific: { severity: 'HIGH' },
    affected: [
      {
        package: { ecosystem: 'npm', name, purl: `pkg:npm/${name}` },
        ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '2.0.0' }] }],
      },
    ],
  });
  return {
    tags: async () => ['v1.0.0', 'v1.1.0', 'v1.2.0'],
    defaultBranch: async () => 'main',
    resolve: async (ref) => `${ref}-sha`,
    listFiles: async () => Object.keys(files),
    readFile: async (sha, path) =>
      files[path] === undefined ? undefined : { path, ref: sha, text: files[path]!, bytes: Buffer.from(files[path]!) },
    osvScan: async (_api, purls) =>
      new Map(
        purls.map((p) => {
          const i = Number(/c(\d+)@/.exec(p)![1]);
          return [p, [record(`c${i}`)]];
        }),
      ),
  };
}

/** The state of a run that saw each purl-less component d{i} with an open vulnerability at main. */
function state(n: number): MonitorState {
  const items: MonitorState['items'] = {};
  for (let i = 0; i < n / 4; i++)
    items[`GHSA-D${i} npm/d${i}`] = {
      first_seen: '2026-01-01T00:00:00.000Z',
      refs: { main: { status: 'open', purl: `pkg:npm/d${i}@1.0.0`, id: `GHSA-d${i}`, component: `d${i}` } },
    };
  return { schema: 'sdlc-gate/monitor-state@1', items };
}

async function time(n: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const src = sources(n);
    const start = performance.now();
    const { result } = await runMonitor({ policy: POLICY, sources: src, now: new Date('2026-02-01T00:00:00Z'), state: state(n) });
    best = Math.min(best, performance.now() - start);
    expect(result.refs[0]!.findings.filter((f) => f.status === 'assessed')).toHaveLength(Math.ceil(n / 2));
    expect(result.refs[0]!.not_checked).toHaveLength(n / 2);
    expect(result.refs[3]!.problems).toHaveLength(n / 4);
  }
  return best;
}

describe('monitor scaling', () => {
  it('grows linearly with the components, VEX statements, components not checked and remembered items', async () => {
    await time(200); // warm-up
    const small = await time(400);
    const large = await time(3200);
    const ratio = large / small;
    expect(ratio, `400 components: ${small.toFixed(0)} ms; 3,200: ${large.toFixed(0)} ms`).toBeLessThan(3 * 8);
  }, 120_000);
});
