import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/commands.js';
import { TestRepo } from './helpers/git-repo.js';

// The vulnerabilities gate with source: offline, through the CLI on real git repositories. The offline OSV records
// and the KEV catalog are evidence about the world: they are read at the base commit, so a pull request cannot pass
// by editing them (moving a fixed version, withdrawing or replacing a record, making `affected` a string, dropping
// a KEV entry); it is told its edits count from the next pull request on. A malformed record is an error.

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/osv/${name}`, import.meta.url), 'utf8'));
const INJECTION = fixture('GHSA-35jh-r3h4-6jhm.json'); // lodash < 4.17.21, high (CVE-2021-23337)
const REDOS = fixture('GHSA-29mw-wpgm-hmr9.json'); // lodash 4.0.0 – 4.17.21, medium (CVE-2020-28500)
const LODASH = 'pkg:npm/lodash@4.17.20';
const RECORD = 'security/osv/GHSA-35jh-r3h4-6jhm.json';
const REDOS_RECORD = 'security/osv/GHSA-29mw-wpgm-hmr9.json';

const BOM = JSON.stringify(
  {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    metadata: { timestamp: '2026-01-01T00:00:00Z' },
    components: [{ type: 'library', name: 'lodash', version: '4.17.20', purl: LODASH, 'bom-ref': LODASH }],
  },
  null,
  2,
);

const POLICY = (kev: boolean) =>
  `version: 1\ngates:\n  vulnerabilities:\n    source: offline\n    offline: security/osv/\n    fail_on: high\n${kev ? '    kev: security/kev.json\n' : ''}`;
const KEV = (ids: unknown[]) =>
  JSON.stringify(
    {
      catalogVersion: '2026.01.01',
      vulnerabilities: ids.map((id) => (typeof id === 'string' ? { cveID: id, dateAdded: '2025-03-01' } : id)),
    },
    null,
    2,
  );
const json = (v: unknown) => JSON.stringify(v, null, 2);

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: process.cwd(), env: {} });
  return { code, stdout, stderr };
}

const repos: TestRepo[] = [];
afterAll(() => {
  for (const r of repos) r.remove();
});

/** A base with the policy, the SBOM and `base` files; a head that changes `head` files (null removes one). */
async function pr(base: Record<string, string>, head: Record<string, string | null>, kev = false) {
  const repo = new TestRepo('sdlc-gate-offline-');
  repos.push(repo);
  repo.write({ '.github/sdlc-gate.yml': POLICY(kev), 'bom.json': BOM, ...base });
  const b = repo.commit('base');
  repo.write(head);
  const h = repo.commit('head');
  return cli(['check', '--repo', repo.dir, '--base', b, '--head', h]);
}

const CHANGED_NOTE = 'count from the next pull request on, once this one is reviewed and merged';

describe('offline OSV records are read at the base commit', () => {
  it('the base records fail a vulnerable component (the baseline every hostile change below starts from)', async () => {
    const r = await pr({ [RECORD]: json(INJECTION) }, { 'README.md': 'x' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error: bom.json:9: lodash@4.17.20 (pkg:npm/lodash@4.17.20) has GHSA-35jh-r3h4-6jhm (CVE-2021-23337): high');
    expect(r.stdout).not.toContain(CHANGED_NOTE);
  });

  it('a pull request that moves the fixed version below the component still fails, and is told its change counts later', async () => {
    const moved = structuredClone(INJECTION);
    moved.affected[0].ranges[0].events = [{ introduced: '0' }, { fixed: '4.17.20' }];
    const r = await pr({ [RECORD]: json(INJECTION) }, { [RECORD]: json(moved) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'has GHSA-35jh-r3h4-6jhm (CVE-2021-23337): high, CVSS:3.1 7.2 — Command Injection in lodash; fixed in 4.17.21.',
    );
    expect(r.stdout).toMatch(
      /warning: security\/osv\/GHSA-35jh-r3h4-6jhm\.json: This pull request changes OSV records in security\/osv\/ \(security\/osv\/GHSA-35jh-r3h4-6jhm\.json\); the gate read them as they are at the base commit [0-9a-f]{7}, so the changes count from the next pull request on/,
    );
  });

  it('a pull request that marks the record withdrawn still fails', async () => {
    const r = await pr({ [RECORD]: json(INJECTION) }, { [RECORD]: json({ ...INJECTION, withdrawn: '2026-01-02T00:00:00Z' }) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('has GHSA-35jh-r3h4-6jhm');
    expect(r.stdout).toContain(CHANGED_NOTE);
  });

  it('a pull request that replaces the record with another one, or deletes it, still fails', async () => {
    const other = {
      ...REDOS,
      affected: [{ package: { ecosystem: 'npm', name: 'left-pad' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }] }] }],
    };
    const replaced = await pr({ [RECORD]: json(INJECTION) }, { [RECORD]: json(other) });
    expect(replaced.code).toBe(1);
    expect(replaced.stdout).toContain('has GHSA-35jh-r3h4-6jhm');
    expect(replaced.stdout).toContain(CHANGED_NOTE);
    const deleted = await pr({ [RECORD]: json(INJECTION), [REDOS_RECORD]: json(REDOS) }, { [RECORD]: null });
    expect(deleted.code).toBe(1);
    expect(deleted.stdout).toContain('has GHSA-35jh-r3h4-6jhm');
    expect(deleted.stdout).toContain(CHANGED_NOTE);
  });

  it('a pull request that makes `affected` a string still fails; a base record like that is an error with its line', async () => {
    const stringy = json({ ...INJECTION, affected: 'lodash' });
    const atHead = await pr({ [RECORD]: json(INJECTION) }, { [RECORD]: stringy });
    expect(atHead.code).toBe(1);
    expect(atHead.stdout).toContain('has GHSA-35jh-r3h4-6jhm');
    const atBase = await pr({ [RECORD]: stringy }, { 'README.md': 'x' });
    expect(atBase.code).toBe(1);
    expect(atBase.stdout).toContain('FAIL  vulnerabilities: ');
    const line = stringy.split('\n').findIndex((l) => l.includes('"affected"')) + 1;
    expect(atBase.stdout).toContain(
      `error: ${RECORD}:${line}: ${RECORD} is not a well-formed OSV record: /affected is not an array, so the vulnerability it records was not checked — replace it with the record as OSV publishes it`,
    );
  });

  it('other malformed base records (a null event, a numeric fixed version, invalid JSON) are errors, never skipped', async () => {
    const nullEvent = structuredClone(INJECTION);
    nullEvent.affected[0].ranges[0].events = [null];
    const numeric = structuredClone(INJECTION);
    numeric.affected[0].ranges[0].events = [{ introduced: '0' }, { fixed: 4.1721 }];
    for (const [text, what] of [
      [json(nullEvent), '/affected/0/ranges/0/events/0 is not an object'],
      [json(numeric), '/affected/0/ranges/0/events/1/fixed is not a string'],
      ['{ "id": "GHSA-35jh-r3h4-6jhm", ', 'is not valid JSON'],
    ] as const) {
      const r = await pr({ [RECORD]: text }, { 'README.md': 'x' });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('FAIL  vulnerabilities: ');
      expect(r.stdout).toContain(what);
    }
  });

  it('records only at head (the pull request adds the database) are an error, not a pass', async () => {
    const r = await pr({ 'README.md': 'x' }, { [RECORD]: json({ ...INJECTION, affected: [] }) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'holds no OSV records (*.json) at the base commit, and offline records are read there; this pull request adds 1 record, which counts from the next pull request on',
    );
  });
});

describe('the KEV catalog is read at the base commit', () => {
  // REDOS is medium, below fail_on: high; only its KEV listing (CVE-2020-28500) fails it.
  const base = { [REDOS_RECORD]: json(REDOS) };

  it('a pull request that drops the KEV entry still fails on it', async () => {
    const listed = await pr({ ...base, 'security/kev.json': KEV(['CVE-2020-28500']) }, { 'README.md': 'x' }, true);
    expect(listed.code).toBe(1);
    expect(listed.stdout).toContain('in CISA KEV (known exploited, added 2025-03-01)');
    const dropped = await pr({ ...base, 'security/kev.json': KEV(['CVE-2020-28500']) }, { 'security/kev.json': KEV([]) }, true);
    expect(dropped.code).toBe(1);
    expect(dropped.stdout).toContain('in CISA KEV (known exploited, added 2025-03-01)');
    expect(dropped.stdout).toContain('This pull request changes the KEV catalog security/kev.json (security/kev.json)');
  });

  it('a KEV entry without a cveID is an error with its line; a catalog only at head is an error', async () => {
    const text = KEV(['CVE-2020-28500', { cveId: 'CVE-2021-23337' }]);
    const r = await pr({ ...base, 'security/kev.json': text }, { 'README.md': 'x' }, true);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL  vulnerabilities: ');
    const line = text.split('\n').findIndex((l) => l.includes('"cveId"')); // the line of the entry's "{", one above
    expect(r.stdout).toContain(
      `error: security/kev.json:${line}: The KEV catalog security/kev.json has an entry (vulnerabilities[1]) without a "cveID" string`,
    );
    const added = await pr(base, { 'security/kev.json': KEV([]) }, true);
    expect(added.code).toBe(1);
    expect(added.stdout).toContain('The KEV catalog security/kev.json is not in the base commit, where it is read');
  });
});
