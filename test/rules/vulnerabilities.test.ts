import { gateContext } from '../../src/policy/context.js';
import { readFileSync } from 'node:fs';
import { renderMarkdown } from '../../src/report/markdown.js';
import { describe, expect, it } from 'vitest';
import { createOsvSource } from '../../src/facts/osv.js';
import type { OsvVulnerability } from '../../src/core/osv.js';
import { affectsVersion, fixedVersions, osvSeverity } from '../../src/parsers/osv.js';
import { readVex } from '../../src/parsers/vex/index.js';
import { vulnerabilities, type VulnerabilitiesOptions } from '../../src/rules/vulnerabilities/index.js';
import type { GateOutcome } from '../../src/core/rule.js';
import { FactError } from '../../src/core/types.js';
import { startFakeOsv } from '../helpers/fake-osv.js';
import { plainFacts, policy, type PlainFacts } from '../helpers/plain-facts.js';
import { ruleTester } from '../helpers/rule-tester.js';

const record = (id: string): OsvVulnerability => JSON.parse(readFileSync(new URL(`../fixtures/osv/${id}.json`, import.meta.url), 'utf8'));
const INJECTION = record('GHSA-35jh-r3h4-6jhm'); // lodash, CVSS 3.1 7.2 high, CVE-2021-23337
const REDOS = record('GHSA-29mw-wpgm-hmr9'); // lodash, 5.3 medium
const POLLUTION = record('GHSA-p6mc-m468-83gw'); // database severity HIGH only
const RING = record('GHSA-mhpp-875w-9cpv'); // ring-buffer, CVSS 4.0 6.9 medium

const LODASH = 'pkg:npm/lodash@4.17.20';
const RING_PURL = 'pkg:npm/ring-buffer@0.4.2';

function bom(components: { name: string; version: string; purl?: string; ref?: string }[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify(
    {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1,
      metadata: { timestamp: '2026-01-01T00:00:00Z' },
      components: components.map((c) => ({
        type: 'library',
        name: c.name,
        version: c.version,
        ...(c.purl ? { purl: c.purl } : {}),
        'bom-ref': c.ref ?? c.purl ?? c.name,
      })),
      ...extra,
    },
    null,
    2,
  );
}

const TODAY = new Date().toISOString();
const LONG_AGO = '2020-01-01T00:00:00Z';

function cdxVex(
  id: string,
  ref: string,
  state: string,
  opts: { justification?: string; lastUpdated?: string; aliases?: string[] } = {},
): string {
  return JSON.stringify(
    {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1,
      vulnerabilities: [
        {
          id,
          references: (opts.aliases ?? []).map((a) => ({ id: a, source: { name: 'NVD' } })),
          analysis: {
            state,
            ...(opts.justification ? { justification: opts.justification } : {}),
            detail: 'template() is never called with user input',
            lastUpdated: opts.lastUpdated ?? TODAY,
          },
          affects: [{ ref }],
        },
      ],
    },
    null,
    2,
  );
}

function openVex(
  name: string,
  purl: string,
  status: string,
  opts: { justification?: string; timestamp?: string; aliases?: string[] } = {},
): string {
  return JSON.stringify(
    {
      '@context': 'https://openvex.dev/ns/v0.2.0',
      '@id': 'https://example.invalid/vex/1',
      author: 'Pump QA',
      timestamp: opts.timestamp ?? TODAY,
      version: 1,
      statements: [
        {
          vulnerability: { name, ...(opts.aliases ? { aliases: opts.aliases } : {}) },
          products: [{ '@id': 'pkg:github/acme/pump@1.0.0', subcomponents: [{ '@id': purl }] }],
          status,
          ...(opts.justification ? { justification: opts.justification } : {}),
        },
      ],
    },
    null,
    2,
  );
}

const DEFAULTS: VulnerabilitiesOptions = {
  source: 'osv',
  osv_api: 'https://api.osv.dev',
  offline: 'security/osv/',
  fail_on: 'high',
  vex: ['security/vex/**/*.json'],
  vex_max_age_days: 180,
  max_file_bytes: 1 << 20,
};

async function run(facts: PlainFacts, options: Partial<VulnerabilitiesOptions> = {}, gates = policy().gates): Promise<GateOutcome> {
  return (await vulnerabilities.evaluate(
    { ...DEFAULTS, ...options },
    plainFacts(facts),
    gateContext(policy({ gates }), 'vulnerabilities'),
  )) as GateOutcome;
}

const errors = (o: GateOutcome) => o.findings.filter((f) => f.severity === 'error');

describe('OSV records', () => {
  it('scores CVSS v3 and v4 vectors, else takes the database severity', () => {
    expect(osvSeverity(INJECTION)).toEqual({ level: 'high', score: 7.2, source: 'CVSS:3.1' });
    expect(osvSeverity(RING)).toEqual({ level: 'medium', score: 6.9, source: 'CVSS:4.0' });
    expect(osvSeverity(POLLUTION)).toEqual({ level: 'high', source: 'database' });
    expect(osvSeverity({ id: 'X' })).toEqual({});
  });
  it('knows fixed versions and which versions a record affects', () => {
    expect(fixedVersions(INJECTION, LODASH)).toEqual(['4.17.21']);
    expect(affectsVersion(INJECTION, LODASH)).toBe(true);
    expect(affectsVersion(INJECTION, 'pkg:npm/lodash@4.17.21')).toBe(false);
    expect(affectsVersion(POLLUTION, LODASH)).toBe(false); // fixed in 4.17.19
    expect(affectsVersion(POLLUTION, 'pkg:npm/lodash@4.17.4')).toBe(true); // by ecosystem and name, no purl in the record
    expect(affectsVersion(RING, RING_PURL)).toBe(true); // last_affected is inclusive
    expect(affectsVersion(RING, 'pkg:npm/ring-buffer@0.4.3')).toBe(false);
    expect(affectsVersion(REDOS, 'pkg:npm/lodash@3.10.1')).toBe(false); // introduced 4.0.0
  });
});

describe('VEX documents', () => {
  it('reads CycloneDX analysis with aliases and OpenVEX statements with subcomponents', () => {
    const cdx = readVex('v.cdx.json', cdxVex('CVE-2021-23337', LODASH, 'not_affected', { justification: 'code_not_reachable' }));
    expect(cdx.issues).toEqual([]);
    expect(cdx.statements[0]).toMatchObject({
      format: 'cyclonedx',
      ids: ['CVE-2021-23337'],
      products: [{ purl: LODASH }],
      status: 'not_affected',
      assessed: true,
      justification: 'code_not_reachable',
      line: 6,
    });
    const ov = readVex(
      'v.openvex.json',
      openVex('GHSA-35jh-r3h4-6jhm', LODASH, 'not_affected', { justification: 'vulnerable_code_not_in_execute_path' }),
    );
    expect(ov.statements[0]).toMatchObject({ format: 'openvex', products: [{ purl: LODASH }], assessed: true });
  });
  it('does not count not_affected without a justification, and reports malformed documents with a line', () => {
    const cdx = readVex('v.json', cdxVex('CVE-1', LODASH, 'not_affected'));
    expect(cdx.statements[0]).toMatchObject({ assessed: false, problem: 'says not_affected but gives no analysis.justification' });
    expect(readVex('v.json', '{"bomFormat": "CycloneDX",\n "vulnerabilities": [').issues[0]).toMatchObject({ severity: 'error', line: 2 });
    expect(readVex('v.json', '{"foo": 1}').issues[0]!.message).toContain('neither a CycloneDX document');
  });
});

describe('vulnerabilities gate', () => {
  const head = {
    'bom.json': bom([
      { name: 'lodash', version: '4.17.20', purl: LODASH },
      { name: 'ring-buffer', version: '0.4.2', purl: RING_PURL },
    ]),
  };

  it('fails on a high vulnerability with component, version, ids, severity, score, fixed versions and the SBOM line', async () => {
    const o = await run({ head, osv: { [LODASH]: [INJECTION, REDOS], [RING_PURL]: [RING] } });
    expect(errors(o)).toEqual([
      {
        severity: 'error',
        message:
          'lodash@4.17.20 (pkg:npm/lodash@4.17.20) has GHSA-35jh-r3h4-6jhm (CVE-2021-23337): high, CVSS:3.1 7.2 — Command Injection in lodash; fixed in 4.17.21. Upgrade to a fixed version, or assess it in a VEX document (security/vex/**/*.json) with status not_affected and a justification.',
        file: 'bom.json',
        line: 9,
        action: { text: 'Upgrade lodash to 4.17.21 (fixes GHSA-35jh-r3h4-6jhm), or assess GHSA-35jh-r3h4-6jhm in a VEX document' },
      },
    ]);
    // Below fail_on: warnings, ordered by severity after the failing ones.
    expect(o.findings.filter((f) => f.severity === 'warning').map((f) => f.message.split(':')[0])).toEqual([
      'lodash@4.17.20 (pkg',
      'ring-buffer@0.4.2 (pkg',
    ]);
    expect(o.summary).toBe(
      '3 open vulnerabilities (1 high, 2 medium), 1 at or above high or in KEV in 2 components of bom.json; 0 assessed',
    );
    // The report's table: the open ones, most severe first, each with its fix and SBOM line.
    expect(o.tables).toHaveLength(1);
    expect(o.tables![0]!).toMatchObject({
      title: 'Open vulnerabilities',
      columns: ['Severity', 'Component', 'Vulnerability', 'Fixed in', 'KEV', 'Status', 'SBOM'],
    });
    expect(o.tables![0]!.rows[0]).toEqual([
      'high 7.2',
      'lodash@4.17.20',
      'GHSA-35jh-r3h4-6jhm (CVE-2021-23337)',
      '4.17.21',
      'no',
      'not assessed',
      'bom.json:9',
    ]);
    expect(o.tables![0]!.rows.map((r) => r[0]!.split(' ')[0])).toEqual(['high', 'medium', 'medium']);
  });

  it('passes when a current CycloneDX VEX statement on the CVE alias covers the GHSA record, and reports the assessment', async () => {
    const o = await run({
      head: {
        ...head,
        'security/vex/lodash.cdx.json': cdxVex('CVE-2021-23337', LODASH, 'not_affected', { justification: 'code_not_reachable' }),
      },
      osv: { [LODASH]: [INJECTION] },
    });
    expect(errors(o)).toEqual([]);
    expect(o.findings).toEqual([
      {
        severity: 'notice',
        message: `assessed: lodash@4.17.20 GHSA-35jh-r3h4-6jhm / CVE-2021-23337 — not_affected (code_not_reachable); security/vex/lodash.cdx.json:6, ${TODAY.slice(0, 10)}.`,
        file: 'security/vex/lodash.cdx.json',
        line: 6,
      },
    ]);
    expect(o.summary).toBe('no open vulnerabilities in 2 components of bom.json; 1 assessed');
    // The assessment record, folded in the PR comment.
    expect(o.tables).toEqual([
      {
        title: 'Assessed vulnerabilities (VEX)',
        columns: ['Component', 'Vulnerability', 'Status', 'Justification', 'Detail', 'Statement', 'Assessed'],
        rows: [
          [
            'lodash@4.17.20',
            'GHSA-35jh-r3h4-6jhm (CVE-2021-23337)',
            'not_affected',
            'code_not_reachable',
            'template() is never called with user input',
            'security/vex/lodash.cdx.json:6',
            TODAY.slice(0, 10),
          ],
        ],
        collapsed: true,
      },
    ]);
    const comment = renderMarkdown({
      result: {
        schema: 'sdlc-gate/result@1',
        status: 'pass',
        base: 'b'.repeat(40),
        head: 'a'.repeat(40),
        policy: { path: 'p.yml', ref: 'b'.repeat(40), sha256: 'c'.repeat(64) },
        gates: [
          {
            id: 'vulnerabilities',
            rule: 'vulnerabilities',
            level: 'error',
            status: 'pass',
            summary: o.summary!,
            findings: o.findings,
            tables: o.tables!,
          },
        ],
      },
      notes: [],
    });
    expect(comment).toContain('<details><summary>Assessed vulnerabilities (VEX) (1)</summary>');
    expect(comment).toContain(
      '| lodash@&#8203;4\\.17\\.20 | GHSA\\-35jh\\-r3h4\\-6jhm \\(CVE\\-2021\\-23337\\) | not\\_affected | code\\_not\\_reachable | template\\(\\) is never called with user input |',
    );
  });

  it('matches a CycloneDX statement by bom-ref inside the SBOM itself, and an OpenVEX statement by purl', async () => {
    const inline = JSON.parse(bom([{ name: 'lodash', version: '4.17.20', purl: LODASH, ref: 'lodash-ref' }]));
    inline.vulnerabilities = JSON.parse(cdxVex('GHSA-35jh-r3h4-6jhm', 'lodash-ref', 'resolved')).vulnerabilities;
    expect(errors(await run({ head: { 'bom.json': JSON.stringify(inline, null, 2) }, osv: { [LODASH]: [INJECTION] } }))).toEqual([]);
    const ov = await run({
      head: {
        ...head,
        'security/vex/pump.openvex.json': openVex('GHSA-35jh-r3h4-6jhm', 'pkg:npm/lodash', 'not_affected', {
          justification: 'vulnerable_code_not_in_execute_path',
        }),
      },
      osv: { [LODASH]: [INJECTION] },
    });
    expect(errors(ov)).toEqual([]);
    expect(ov.findings[0]!.message).toContain('not_affected (vulnerable_code_not_in_execute_path)');
  });

  it('keeps affected, in_triage and unjustified not_affected open', async () => {
    for (const [state, just, says] of [
      ['exploitable', undefined, 'says exploitable'],
      ['in_triage', undefined, 'says in_triage'],
      ['not_affected', undefined, 'gives no analysis.justification'],
    ] as const) {
      const o = await run({
        head: { ...head, 'security/vex/v.json': cdxVex('GHSA-35jh-r3h4-6jhm', LODASH, state, { justification: just }) },
        osv: { [LODASH]: [INJECTION] },
      });
      expect(errors(o)).toHaveLength(1);
      expect(errors(o)[0]!.message).toContain(says);
    }
  });

  it('fails a stale assessment of a fail_on vulnerability and warns for one below it', async () => {
    const vex = cdxVex('GHSA-35jh-r3h4-6jhm', LODASH, 'not_affected', { justification: 'code_not_reachable', lastUpdated: LONG_AGO });
    const o = await run({ head: { ...head, 'security/vex/v.json': vex }, osv: { [LODASH]: [INJECTION] } });
    expect(errors(o)[0]!.message).toContain('is stale: dated 2020-01-01, older than 180 days — review it and update its timestamp');
    const low = await run({ head: { ...head, 'security/vex/v.json': vex }, osv: { [LODASH]: [INJECTION] } }, { fail_on: 'critical' });
    expect(errors(low)).toEqual([]);
    expect(low.findings[0]!.severity).toBe('warning');
  });

  it('does not take an assessment dated in the future as current: it would never go stale', async () => {
    // A typo (2062 for 2026) or a date set ahead keeps an assessment "current" for ever, past every review vex_max_age_days asks for.
    const ahead = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const vex = cdxVex('GHSA-35jh-r3h4-6jhm', LODASH, 'not_affected', { justification: 'code_not_reachable', lastUpdated: ahead });
    const o = await run({ head: { ...head, 'security/vex/v.json': vex }, osv: { [LODASH]: [INJECTION] } });
    expect(errors(o)).toHaveLength(1);
    expect(errors(o)[0]!.message).toContain(
      `is not current: dated ${ahead.slice(0, 10)}, in the future — write the date the assessment was made (CycloneDX analysis.lastUpdated, OpenVEX last_updated), or fix the component.`,
    );
    // Later today (time zones) is today.
    const today = cdxVex('GHSA-35jh-r3h4-6jhm', LODASH, 'not_affected', {
      justification: 'code_not_reachable',
      lastUpdated: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(errors(await run({ head: { ...head, 'security/vex/v.json': today }, osv: { [LODASH]: [INJECTION] } }))).toEqual([]);
  });

  it('judges records of one vulnerability (aliases of each other) by the most severe of them', async () => {
    // OSV can answer with two records of one vulnerability from two databases (a GHSA and the ecosystem's own), each
    // with its own CVSS vector. Kept as one, the vulnerability is as severe as the most severe of them says.
    const other: OsvVulnerability = {
      ...INJECTION,
      id: 'OSV-2021-0001',
      aliases: ['CVE-2021-23337', 'GHSA-35jh-r3h4-6jhm'],
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:H/PR:H/UI:R/S:U/C:L/I:L/A:N' }],
    };
    const o = await run({ head, osv: { [LODASH]: [INJECTION, other] } });
    expect(errors(o).map((f) => f.message.slice(0, f.message.indexOf(' — ')))).toEqual([
      'lodash@4.17.20 (pkg:npm/lodash@4.17.20) has GHSA-35jh-r3h4-6jhm (CVE-2021-23337, OSV-2021-0001): high, CVSS:3.1 7.2',
    ]);
    expect(o.findings.filter((f) => f.severity === 'warning')).toEqual([]);
  });

  it('fails a KEV vulnerability below the threshold', async () => {
    const kev = JSON.stringify({ catalogVersion: '2026.01.01', vulnerabilities: [{ cveID: 'CVE-2020-28500', dateAdded: '2025-03-01' }] });
    const o = await run(
      { base: { 'security/kev.json': kev }, head: { ...head, 'security/kev.json': kev }, osv: { [LODASH]: [REDOS] } },
      { kev: 'security/kev.json' },
    );
    expect(errors(o)).toHaveLength(1);
    expect(errors(o)[0]!.message).toContain('medium, CVSS:3.1 5.3; in CISA KEV (known exploited, added 2025-03-01)');
  });

  it('lists components without a purl as unscannable warnings, and VEX for what no longer exists as notices', async () => {
    const o = await run({
      head: {
        'bom.json': bom([
          { name: 'vendored-crc', version: '1.0' },
          { name: 'lodash', version: '4.17.21', purl: 'pkg:npm/lodash@4.17.21' },
        ]),
        'security/vex/old.json': cdxVex('GHSA-35jh-r3h4-6jhm', LODASH, 'not_affected', { justification: 'code_not_reachable' }),
      },
      osv: {},
    });
    expect(errors(o)).toEqual([]);
    expect(o.findings).toEqual([
      {
        severity: 'warning',
        message:
          'bom.json /components/0: component "vendored-crc@1.0" cannot be checked for vulnerabilities because it has no purl — add a purl with its version (regenerate the SBOM with a generator that records them).',
        file: 'bom.json',
        line: 9,
      },
      {
        severity: 'notice',
        message:
          'The VEX statement on GHSA-35jh-r3h4-6jhm for pkg:npm/lodash@4.17.20 matches no component in the SBOM — remove it if the component or vulnerability is gone, or fix its ids or purls.',
        file: 'security/vex/old.json',
        line: 6,
      },
    ]);
  });

  it('does not read "no vulnerabilities" into a purl OSV has no ecosystem for (the API answers those with an empty result)', async () => {
    // The OSV API answers a purl whose type (and namespace) it maps to no ecosystem with 200 and no vulnerabilities,
    // not an error (osv.dev gcp/api/server.py, do_query: "unsupported PURL queries ... return an empty response"):
    // such a component was not checked, and must not be counted as checked and clean.
    const purls = {
      github: 'pkg:github/madler/zlib@v1.2.11',
      fedora: 'pkg:rpm/fedora/openssl-libs@3.0.9-2.fc38?arch=x86_64',
      vendor: 'pkg:generic/acme/pump-firmware@4.2.0',
      debian: 'pkg:deb/debian/openssl@1.1.1n-0%2Bdeb11u3?arch=amd64&distro=debian-11',
      conan: 'pkg:conan/openssl@3.0.0',
      go: 'pkg:golang/golang.org/x/net@v0.17.0',
    };
    const asked: string[] = [];
    const o = await run({
      head: {
        'bom.json': bom([
          { name: 'zlib', version: 'v1.2.11', purl: purls.github },
          { name: 'openssl-libs', version: '3.0.9-2.fc38', purl: purls.fedora },
          { name: 'pump-firmware', version: '4.2.0', purl: purls.vendor },
          { name: 'openssl', version: '1.1.1n-0+deb11u3', purl: purls.debian },
          { name: 'openssl', version: '3.0.0', purl: purls.conan },
          { name: 'net', version: 'v0.17.0', purl: purls.go },
        ]),
      },
      osv: async (_api, queried) => {
        asked.push(...queried);
        return new Map(queried.map((q) => [q, []]));
      },
    });
    expect(asked.sort()).toEqual(
      ['pkg:deb/debian/openssl@1.1.1n-0%2Bdeb11u3', 'pkg:conan/openssl@3.0.0', 'pkg:golang/golang.org/x/net@v0.17.0'].sort(),
    );
    expect(o.findings.map((f) => [f.severity, f.line, f.message])).toEqual([
      [
        'warning',
        9,
        `bom.json /components/0: component "zlib@v1.2.11" cannot be checked for vulnerabilities because OSV has no ecosystem for its purl ${purls.github} (type github), and answers such a purl with no vulnerabilities whether or not it has any — add the purl its package registry or distribution uses (e.g. pkg:npm/…, pkg:deb/debian/…), or assess the component yourself.`,
      ],
      [
        'warning',
        16,
        `bom.json /components/1: component "openssl-libs@3.0.9-2.fc38" cannot be checked for vulnerabilities because OSV has no ecosystem for its purl ${purls.fedora} (type rpm, namespace fedora), and answers such a purl with no vulnerabilities whether or not it has any — add the purl its package registry or distribution uses (e.g. pkg:npm/…, pkg:deb/debian/…), or assess the component yourself.`,
      ],
      [
        'warning',
        23,
        `bom.json /components/2: component "pump-firmware@4.2.0" cannot be checked for vulnerabilities because OSV has no ecosystem for its purl ${purls.vendor} (type generic), and answers such a purl with no vulnerabilities whether or not it has any — add the purl its package registry or distribution uses (e.g. pkg:npm/…, pkg:deb/debian/…), or assess the component yourself.`,
      ],
    ]);
    expect(o.summary).toBe('no open vulnerabilities in 3 components of bom.json; 0 assessed; 3 components not checked (no OSV ecosystem)');
  });

  it('scans the SBOMs of the gate named by sbom_gate, and refuses a wrong name', async () => {
    const gates = [{ id: 'inventory', rule: 'sbom', level: 'error' as const, options: { paths: ['sboms/*.json'] } }];
    const facts = { head: { 'sboms/app.json': head['bom.json'], 'bom.json': bom([]) }, osv: { [LODASH]: [INJECTION] } };
    const o = await run(facts, { sbom_gate: 'inventory' }, gates);
    expect(errors(o)[0]!.file).toBe('sboms/app.json');
    await expect(run(facts, { sbom_gate: 'nope' }, gates)).rejects.toThrow(
      'sbom_gate names "nope", but the policy has no gate with that id',
    );
  });

  it('cannot pass when the files under the default SBOM names are no SBOM (a docs/sbom.md), as when there is none', async () => {
    const o = await run({ head: { 'docs/sbom.md': '# How we make the SBOM\n\nRun the generator.\n' }, osv: {} });
    expect(errors(o).map((f) => f.message)).toEqual([
      'No SBOM found at head: docs/sbom.md matches the default SBOM names but is no SBOM, so no component can be checked for vulnerabilities — commit an SBOM, or point sbom_gate/paths at it.',
    ]);
  });

  it('cannot pass without an SBOM or without an OSV client', async () => {
    expect(errors(await run({ head: {}, osv: {} }))[0]!.message).toContain('No SBOM found at head');
    await expect(run({ head })).rejects.toThrow(FactError);
  });

  it('reads offline OSV records from a folder at the base commit', async () => {
    const offline = Object.fromEntries([INJECTION, REDOS, POLLUTION, RING].map((r) => [`security/osv/${r.id}.json`, JSON.stringify(r)]));
    const o = await run({ base: offline, head: { ...head, ...offline } }, { source: 'offline' });
    expect(errors(o).map((f) => f.message.split(':')[0])).toEqual(['lodash@4.17.20 (pkg']);
    expect(o.findings.filter((f) => f.severity === 'warning')).toHaveLength(2); // REDOS and RING; POLLUTION was fixed in 4.17.19
    await expect(run({ head }, { source: 'offline' })).rejects.toThrow(
      'holds no OSV records (*.json) at the base commit — commit the records',
    );
    await expect(run({ head: { ...head, ...offline } }, { source: 'offline' })).rejects.toThrow(
      'this pull request adds 4 records, which count from the next pull request on',
    );
  });
});

describe('vulnerabilities gate, offline', () => {
  it('does not read "no vulnerabilities" into a component whose ecosystem the offline records do not cover', async () => {
    // An offline folder holds what was exported into it: an npm export says nothing about PyPI or Debian packages.
    // A component of an ecosystem no offline record names was not checked, and must not be counted as checked and clean.
    const offline = Object.fromEntries([INJECTION, REDOS, POLLUTION, RING].map((r) => [`security/osv/${r.id}.json`, JSON.stringify(r)]));
    const sbom = bom([
      { name: 'lodash', version: '4.17.21', purl: 'pkg:npm/lodash@4.17.21' },
      { name: 'requests', version: '2.19.0', purl: 'pkg:pypi/requests@2.19.0' },
      { name: 'openssl', version: '1.1.1n-0+deb11u3', purl: 'pkg:deb/debian/openssl@1.1.1n-0%2Bdeb11u3?arch=amd64' },
    ]);
    const o = await run({ base: offline, head: { 'bom.json': sbom } }, { source: 'offline' });
    expect(o.findings.map((f) => [f.severity, f.line, f.message])).toEqual([
      [
        'warning',
        16,
        'bom.json /components/1: component "requests@2.19.0" cannot be checked for vulnerabilities because the offline OSV records in security/osv/ hold no record of a pkg:pypi package, so they say nothing about it — add the records of its ecosystem (an unpacked OSV export of it), or use source: osv.',
      ],
      [
        'warning',
        23,
        'bom.json /components/2: component "openssl@1.1.1n-0+deb11u3" cannot be checked for vulnerabilities because the offline OSV records in security/osv/ hold no record of a pkg:deb package, so they say nothing about it — add the records of its ecosystem (an unpacked OSV export of it), or use source: osv.',
      ],
    ]);
    expect(o.summary).toBe(
      'no open vulnerabilities in 1 component of bom.json; 0 assessed; 2 components not checked (no offline records of their ecosystem)',
    );
  });
});

describe('OSV client', () => {
  const client = (timeoutMs = 2000) => createOsvSource({ requestTimeoutMs: timeoutMs, retries: 2, retryDelayMs: 5 });

  it('queries 20,000 purls in 20 batch requests and fetches each distinct record once', async () => {
    const purls = Array.from({ length: 20_000 }, (_, i) => `pkg:npm/p${i}@1.0.0`);
    const server = await startFakeOsv({
      records: [INJECTION, REDOS],
      vulnsByPurl: { [purls[0]!]: [INJECTION.id, REDOS.id], [purls[19_999]!]: [INJECTION.id] },
    });
    try {
      const scan = await client()(server.url, purls);
      expect(scan.get(purls[0]!)!.map((v) => v.id)).toEqual([INJECTION.id, REDOS.id]);
      expect(scan.get(purls[19_999]!)!.map((v) => v.id)).toEqual([INJECTION.id]);
      const batches = server.requests.filter((r) => r.path === '/v1/querybatch');
      expect(batches).toHaveLength(20);
      expect(Math.max(...batches.map((b) => b.queries!))).toBe(1000);
      expect(
        server.requests
          .filter((r) => r.method === 'GET')
          .map((r) => r.path)
          .sort(),
      ).toEqual([`/v1/vulns/${REDOS.id}`, `/v1/vulns/${INJECTION.id}`].sort());
    } finally {
      await server.close();
    }
  });

  it('follows next_page_token and retries a 503', async () => {
    const server = await startFakeOsv({
      records: [INJECTION, REDOS, POLLUTION],
      vulnsByPurl: { [LODASH]: [INJECTION.id, REDOS.id, POLLUTION.id] },
      pageSize: 2,
      failFirst: 1,
    });
    try {
      const scan = await client()(server.url, [LODASH]);
      expect(scan.get(LODASH)!.map((v) => v.id)).toEqual([INJECTION.id, REDOS.id, POLLUTION.id]);
      expect(server.requests.filter((r) => r.path === '/v1/querybatch')).toHaveLength(3); // the 503, page 1, page 2
    } finally {
      await server.close();
    }
  });

  it('throws a FactError when OSV answers 500 or does not answer in time', async () => {
    const failing = await startFakeOsv({ records: [], vulnsByPurl: {}, failWith: 500 });
    try {
      await expect(client()(failing.url, [LODASH])).rejects.toThrow(/querybatch failed after 3 attempts \(500/);
      expect(failing.requests).toHaveLength(3);
    } finally {
      await failing.close();
    }
    const hung = await startFakeOsv({ records: [], vulnsByPurl: {}, hang: true });
    try {
      await expect(client(100)(hung.url, [LODASH])).rejects.toThrow(/no answer within 100 ms/);
    } finally {
      await hung.close();
    }
  });
});

// The gate as a policy author meets it: options and facts in, status and findings out (see helpers/rule-tester.ts).
const tableBom = (version: string) =>
  JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    components: [{ type: 'library', name: 'lodash', version, purl: `pkg:npm/lodash@${version}`, 'bom-ref': `pkg:npm/lodash@${version}` }],
  });
const TABLE_RECORD = JSON.parse(
  readFileSync(new URL('../fixtures/osv/GHSA-35jh-r3h4-6jhm.json', import.meta.url), 'utf8'),
) as OsvVulnerability;

ruleTester('vulnerabilities').run([
  {
    name: 'passes when OSV knows no vulnerability',
    facts: { head: { 'bom.json': tableBom('4.17.21') }, osv: {} },
    expect: { status: 'pass' },
  },
  {
    name: 'fails on a high vulnerability that is neither fixed nor assessed, on the component',
    facts: { head: { 'bom.json': tableBom('4.17.20') }, osv: { 'pkg:npm/lodash@4.17.20': [TABLE_RECORD] } },
    expect: {
      status: 'fail',
      findings: [{ severity: 'error', message: 'lodash@4.17.20 (pkg:npm/lodash@4.17.20) has GHSA-35jh-r3h4-6jhm', file: 'bom.json' }],
    },
  },
  {
    name: 'warns below fail_on',
    gate: { fail_on: 'critical' },
    facts: { head: { 'bom.json': tableBom('4.17.20') }, osv: { 'pkg:npm/lodash@4.17.20': [TABLE_RECORD] } },
    expect: { status: 'pass', findings: [{ severity: 'warning', message: 'GHSA-35jh-r3h4-6jhm' }] },
  },
  {
    name: 'ends in error when OSV cannot be asked',
    facts: {
      head: { 'bom.json': tableBom('4.17.20') },
      osv: async () => {
        throw new Error('POST https://api.osv.dev/v1/querybatch failed after 3 attempts');
      },
    },
    expect: {
      status: 'error',
      findings: [
        {
          severity: 'error',
          message: 'The gate could not be evaluated, so it fails: POST https://api.osv.dev/v1/querybatch failed after 3 attempts',
        },
      ],
    },
  },
]);
