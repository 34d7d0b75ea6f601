import { gateContext } from '../../src/policy/context.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSoupList } from '../../src/parsers/soup/index.js';
import type { GateOutcome } from '../../src/core/rule.js';
import { soup, type SoupOptions } from '../../src/rules/soup/index.js';
import { FactError } from '../../src/core/types.js';
import { prEvent, TestRepo, writeJson } from '../helpers/git-repo.js';
import { plainFacts, policy, type PlainFacts } from '../helpers/plain-facts.js';
import { runCli } from '../helpers/cli.js';
import { ruleTester } from '../helpers/rule-tester.js';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const RECENT = daysAgo(30);

function packageLock(deps: Record<string, string>, dev: Record<string, string> = {}, nested: Record<string, string> = {}) {
  const packages: Record<string, unknown> = {
    '': {
      name: 'pump',
      version: '1.0.0',
      dependencies: Object.fromEntries(Object.keys(deps).map((d) => [d, '*'])),
      devDependencies: Object.fromEntries(Object.keys(dev).map((d) => [d, '*'])),
    },
  };
  for (const [n, v] of Object.entries(deps)) packages[`node_modules/${n}`] = { version: v };
  for (const [n, v] of Object.entries(dev)) packages[`node_modules/${n}`] = { version: v, dev: true };
  for (const [n, v] of Object.entries(nested)) packages[`node_modules/${n}`] = { version: v };
  return `${JSON.stringify({ name: 'pump', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`;
}

const entry = (name: string, version: string, extra = '') => `- name: ${name}
  version: ${version}
  ecosystem: npm
  manufacturer: ${name} maintainers
  purpose: Used for ${name}
  requirements: Works as documented
  risk: Low — checked by REQ-001
  anomalies: { reviewed: ${RECENT}, reference: "https://github.com/x/${name}/issues" }
${extra}`;

const OPTIONS: SoupOptions = {
  file: 'docs/soup.yml',
  format: 'native',
  lockfiles: 'auto',
  scope: 'direct',
  anomaly_review_max_age_days: 365,
};
const POLICY = policy({ classification: { default: 'B', items: [{ name: 'ui', paths: ['ui/**'], class: 'A' }] } });

async function run(p: PlainFacts, options: Partial<SoupOptions> = {}) {
  return (await soup.evaluate({ ...OPTIONS, ...options }, plainFacts(p), gateContext(POLICY, 'soup'))) as GateOutcome;
}
const at = (o: GateOutcome, severity = 'error') =>
  o.findings.filter((f) => f.severity === severity).map((f) => `${f.file}:${f.line}: ${f.message}`);

describe('soup', () => {
  it('passes when every direct dependency is listed at its version; dev and transitive ones are out of scope', async () => {
    const o = await run({
      head: {
        'package-lock.json': packageLock({ 'is-number': '7.0.0' }, { vitest: '4.1.0' }, { 'kind-of': '6.0.3' }),
        'docs/soup.yml': entry('is-number', '7.0.0'),
      },
    });
    expect(o.findings).toEqual([]);
    expect(o.summary).toBe('1 SOUP item; 1 direct dependency of 1 lockfile listed');
    const all = await run(
      {
        head: {
          'package-lock.json': packageLock({ 'is-number': '7.0.0' }, {}, { 'kind-of': '6.0.3' }),
          'docs/soup.yml': entry('is-number', '7.0.0'),
        },
      },
      { scope: 'all' },
    );
    expect(at(all)[0]).toMatch(
      /^package-lock.json:\d+: kind-of 6\.0\.3 \(npm\) is pinned in package-lock.json but not in the SOUP list docs\/soup.yml/,
    );
  });

  it('an upgrade in this pull request whose entry was not updated names both versions and the line', async () => {
    const o = await run({
      changed: ['package-lock.json'],
      base: { 'package-lock.json': packageLock({ lodash: '4.17.20' }) },
      head: { 'package-lock.json': packageLock({ lodash: '4.17.21' }), 'docs/soup.yml': `# SOUP\n${entry('lodash', '4.17.20')}` },
    });
    expect(at(o)).toEqual([
      'docs/soup.yml:3: lodash 4.17.20 → 4.17.21: docs/soup.yml:3 still says 4.17.20 — this pull request upgrades it in package-lock.json; update the entry (version, and review its anomalies and risk for the new version).',
    ]);
  });

  it('a pull request that deletes the lockfile does not take the comparison with it', async () => {
    const base = { 'package-lock.json': packageLock({ lodash: '4.17.21' }) };
    const list = entry('lodash', '4.17.21');
    // Deleted, nothing beside it: the dependencies are no longer compared with the list — an error, never a pass.
    let o = await run({ changed: [{ path: 'package-lock.json', status: 'removed' }], base, head: { 'docs/soup.yml': list } });
    expect(o.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([
      'package-lock.json was deleted in this pull request and no lockfile is left beside it, so the SOUP list is no longer compared with what it pinned — restore it, or set lockfiles to the lockfiles the project uses ([] checks the SOUP list alone).',
    ]);
    // A move to another package manager leaves a lockfile beside it, which is read instead.
    o = await run({
      changed: [
        { path: 'package-lock.json', status: 'removed' },
        { path: 'pnpm-lock.yaml', status: 'added' },
      ],
      base,
      head: {
        'docs/soup.yml': list,
        'pnpm-lock.yaml':
          "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      lodash:\n        specifier: ^4.17.21\n        version: 4.17.21\npackages:\n  lodash@4.17.21:\n    resolution: {integrity: sha512-x}\nsnapshots:\n  lodash@4.17.21: {}\n",
      },
    });
    expect(o.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // An explicit lockfiles: [] is the policy's own choice to check the list alone.
    o = await run(
      { changed: [{ path: 'package-lock.json', status: 'removed' }], base, head: { 'docs/soup.yml': list } },
      { lockfiles: [] },
    );
    expect(o.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('an older mismatch, a missing entry, a missing manufacturer and a stale entry', async () => {
    const list = entry('lodash', '4.17.20') + entry('left-pad', '1.3.0').replace(/ {2}manufacturer: .*\n/, '');
    const o = await run({ head: { 'package-lock.json': packageLock({ lodash: '4.17.21', yaml: '2.9.1' }), 'docs/soup.yml': list } });
    const errors = at(o);
    expect(errors).toContain(
      'docs/soup.yml:2: package-lock.json pins lodash 4.17.21, but docs/soup.yml:2 lists 4.17.20 — update the entry to the version used (and review its anomalies and risk).',
    );
    expect(
      errors.some((m) => /^package-lock.json:\d+: yaml 2\.9\.1 \(npm\) is pinned in package-lock.json but not in the SOUP list/.test(m)),
    ).toBe(true);
    expect(errors).toContain(
      'docs/soup.yml:9: left-pad 1.3.0 has no manufacturer — name who makes it (a company, a project or the maintainers) (IEC 62304 8.1.2).',
    );
    expect(at(o, 'warning')).toEqual([
      'docs/soup.yml:9: left-pad 1.3.0 is listed, but no lockfile pins left-pad any more — remove the entry if the dependency was dropped.',
    ]);
  });

  it('class B/C needs purpose, requirements, risk and a recent anomaly review; class A does not', async () => {
    const thin = `- { name: is-number, version: 7.0.0, ecosystem: npm, manufacturer: Jon Schlinkert }\n`;
    const b = await run({ head: { 'package-lock.json': packageLock({ 'is-number': '7.0.0' }), 'docs/soup.yml': thin } });
    expect(at(b)).toEqual([
      'docs/soup.yml:1: is-number 7.0.0 is SOUP of class B software but has no purpose, requirements, risk — state them (IEC 62304 5.3.3, 5.3.4, 7.1.2).',
      'docs/soup.yml:1: is-number 7.0.0 is SOUP of class B software but has no anomalies — review its published anomaly list and record {reviewed: YYYY-MM-DD, reference: URL} (IEC 62304 7.1.3).',
    ]);
    const a = await run({ head: { 'ui/package-lock.json': packageLock({ 'is-number': '7.0.0' }), 'docs/soup.yml': thin } });
    expect(a.findings).toEqual([]);
    const old = await run({
      head: {
        'package-lock.json': packageLock({ 'is-number': '7.0.0' }),
        'docs/soup.yml': entry('is-number', '7.0.0').replace(RECENT, daysAgo(400)),
      },
    });
    expect(at(old)).toEqual([
      `docs/soup.yml:8: is-number 7.0.0: its anomaly list was last reviewed on ${daysAgo(400)}, 400 days ago (the limit is 365) — review https://github.com/x/is-number/issues again and update the date (IEC 62304 7.1.3).`,
    ]);
  });

  it('bad input is a finding with file and line, never a pass', async () => {
    expect(at(await run({ head: { 'docs/soup.yml': '- name: a\n  version: [1\n' } }))[0]).toMatch(
      /^docs\/soup.yml:\d+: docs\/soup.yml is not valid YAML/,
    );
    expect(at(await run({ head: { 'docs/soup.yml': 'name: a\n' } }))).toEqual([
      'docs/soup.yml:1: docs/soup.yml must be a YAML list of SOUP items (- name: ..., version: ..., ecosystem: ...) — fix its structure.',
    ]);
    expect(at(await run({ head: { 'docs/soup.yml': '- name: a\n' } }))).toEqual([
      'docs/soup.yml:1: docs/soup.yml: item 1 lacks version — every SOUP item needs a name and the exact version used.',
    ]);
    expect(at(await run({ head: {} }))).toEqual([
      'docs/soup.yml:undefined: The SOUP list docs/soup.yml does not exist at head — add it (a YAML list of name, version, ecosystem, manufacturer, ...), or fix `file` in the policy.',
    ]);
    const facts = plainFacts({});
    facts.readAtHead = async (path) => {
      throw new FactError(`${path} is a directory at aaaaaaa, not a file`);
    };
    const dir = (await soup.evaluate(OPTIONS, facts, gateContext(POLICY, 'soup'))) as GateOutcome;
    expect(at(dir)).toEqual([
      'docs/soup.yml:1: The SOUP list cannot be read: docs/soup.yml is a directory at aaaaaaa, not a file — commit it as a regular file.',
    ]);
    const dup = await run({ head: { 'docs/soup.yml': entry('a', '1.0.0') + entry('a', '1.0.0') } });
    expect(at(dup)).toEqual(['docs/soup.yml:9: a 1.0.0 is listed twice (also on line 1) — keep one entry per item and version.']);
  });

  it("keeps versions as written and reads OpenRegulatory's Markdown table", () => {
    expect(parseSoupList('- { name: a, version: 1.10, ecosystem: Python }\n', 's.yml').entries[0]).toMatchObject({
      version: '1.10',
      ecosystem: 'pypi',
    });
    const md = `# SOUP List

| ID | Software System | Package Name | Programming Language | Version | Website | Last verified at | Risk Level | Requirements | Verification Reasoning |
|----|-----------------|--------------|----------------------|---------|---------|------------------|------------|--------------|------------------------|
| 1 | Backend | is-number | JavaScript | 7.0.0 | https://github.com/jonschlinkert/is-number | ${RECENT} | Low | Returns true only for finite numbers | Widely used |
| 2 | Backend | yaml | JavaScript | 2.9.1 | https://eemeli.org/yaml | | Low | Parses the configuration | |
`;
    const read = parseSoupList(md, 'docs/soup.md', 'openregulatory');
    expect(read.findings).toEqual([]);
    expect(read.entries[0]).toMatchObject({
      name: 'is-number',
      version: '7.0.0',
      ecosystem: 'npm',
      manufacturer: 'https://github.com/jonschlinkert/is-number',
      line: 5,
      anomalies: { reviewed: RECENT },
    });
    expect(parseSoupList('# nothing\n', 'docs/soup.md', 'openregulatory').findings[0]!.message).toContain('has no SOUP table');
  });
});

describe("OpenRegulatory's SOUP table, read as GitHub renders it", () => {
  it('a list nested too deep to read is an error on its line, not a crash', () => {
    const read = parseSoupList(`# SOUP\n\n${'>'.repeat(100_000)} deep\n`, 'docs/soup.md', 'openregulatory');
    expect(read.entries).toEqual([]);
    expect(read.findings).toEqual([
      {
        severity: 'error',
        file: 'docs/soup.md',
        line: 3,
        message: expect.stringMatching(
          /^docs\/soup\.md cannot be read as Markdown: line 3 opens more than 32 quotes.* — shorten the nesting\.$/,
        ),
      },
    ]);
  });

  const HEADER = '| Package Name | Programming Language | Version | Website | Last verified at | Risk Level | Requirements |';
  const RULE = '|---|---|---|---|---|---|---|';
  const row = (name: string, version: string) =>
    `| ${name} | JavaScript | ${version} | https://example.com/${name} | 2026-01-01 | Low | Parses input |`;

  it('takes no row that GitHub does not show: one in an HTML comment or in a code block is no entry', () => {
    const md = [
      '# SOUP List',
      '',
      HEADER,
      RULE,
      row('is-number', '7.0.0'),
      '',
      '<!-- rows waiting for review:',
      HEADER,
      RULE,
      row('lodash', '4.17.20'),
      '-->',
      '',
      'An example of a row:',
      '',
      '```markdown',
      HEADER,
      RULE,
      row('left-pad', '1.3.0'),
      '```',
      '',
    ].join('\n');
    const read = parseSoupList(md, 'docs/soup.md', 'openregulatory');
    expect(read.findings).toEqual([]);
    expect(read.entries.map((e) => `${e.name}@${e.version}:${e.line}`)).toEqual(['is-number@7.0.0:5']);
  });

  it('reads a table written without the outer pipes, and cells as rendered (emphasis, code, escaped pipes)', () => {
    const md = [
      'Package Name | Programming Language | Version | Website',
      '--- | --- | --- | ---',
      '**is-number** | JavaScript | `7.0.0` | <https://github.com/jonschlinkert/is-number>',
      'a\\|b | JavaScript | 1.0.0 | https://example.com',
    ].join('\n');
    const read = parseSoupList(md, 'docs/soup.md', 'openregulatory');
    expect(read.findings).toEqual([]);
    expect(read.entries.map((e) => [e.name, e.version, e.manufacturer, e.line])).toEqual([
      ['is-number', '7.0.0', 'https://github.com/jonschlinkert/is-number', 3],
      ['a|b', '1.0.0', 'https://example.com', 4],
    ]);
  });
});

const cli = (args: string[]) => runCli(args);

describe('soup through the CLI', () => {
  const repo = new TestRepo();
  const inputs = mkdtempSync(join(tmpdir(), 'sdlc-gate-soup-'));
  let base = '';
  beforeAll(() => {
    repo.write({
      '.github/sdlc-gate.yml': 'version: 1\ngates:\n  soup:\n    refs: ["IEC 62304 8.1.2"]\n',
      'package-lock.json': packageLock({ lodash: '4.17.20' }),
      'docs/soup.yml': entry('lodash', '4.17.20'),
    });
    base = repo.commit('base');
  });
  afterAll(() => {
    repo.remove();
    rmSync(inputs, { recursive: true, force: true });
  });

  it('fails on an upgrade without a SOUP update, passes once the entry is updated', () => {
    repo.write({ 'package-lock.json': packageLock({ lodash: '4.17.21' }) });
    const upgrade = repo.commit('upgrade lodash');
    const r = cli(['check', '--repo', repo.dir, '--event', writeJson(inputs, 'e1.json', prEvent(2, base, upgrade))]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error: docs/soup.yml:2: lodash 4.17.20 → 4.17.21: docs/soup.yml:2 still says 4.17.20');
    repo.write({ 'docs/soup.yml': entry('lodash', '4.17.21') });
    const fixed = repo.commit('update the SOUP list');
    const ok = cli(['check', '--repo', repo.dir, '--event', writeJson(inputs, 'e2.json', prEvent(2, base, fixed))]);
    expect(ok.stdout).toContain('PASS  soup: 1 SOUP item; 1 direct dependency of 1 lockfile listed');
    expect(ok.code).toBe(0);
  });

  it('a SOUP file that is a directory fails with the file named', () => {
    repo.write({ 'docs/soup.yml': null, 'docs/soup.yml/a.yml': 'x: 1\n' });
    const head = repo.commit('oops');
    const r = cli(['check', '--repo', repo.dir, '--event', writeJson(inputs, 'e3.json', prEvent(2, base, head))]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error: docs/soup.yml:1: The SOUP list cannot be read: docs/soup.yml is a directory');
  });
});

// The gate as a policy author meets it: options and facts in, status and findings out (see helpers/rule-tester.ts).
const TABLE_LOCK = JSON.stringify({
  name: 'pump',
  version: '1.0.0',
  lockfileVersion: 3,
  packages: {
    '': { name: 'pump', version: '1.0.0', dependencies: { 'is-number': '^7.0.0' } },
    'node_modules/is-number': { version: '7.0.0' },
  },
});
const tableSoup = (version: string, manufacturer = 'Jon Schlinkert') => `- name: is-number
  version: ${version}
  ecosystem: npm
  manufacturer: ${manufacturer}
  purpose: Validates numeric input from the keypad
  requirements: Returns true only for finite numbers
  risk: Low
  anomalies: { reviewed: ${new Date().toISOString().slice(0, 10)}, reference: "https://github.com/jonschlinkert/is-number/issues" }
`;

ruleTester('soup').run([
  {
    name: 'passes when each dependency has its entry',
    facts: { head: { 'package-lock.json': TABLE_LOCK, 'docs/soup.yml': tableSoup('7.0.0') } },
    expect: { status: 'pass', findings: [] },
  },
  {
    name: 'fails on an entry at another version',
    facts: { head: { 'package-lock.json': TABLE_LOCK, 'docs/soup.yml': tableSoup('6.0.0') } },
    expect: {
      status: 'fail',
      findings: [
        {
          severity: 'error',
          message: /^package-lock\.json pins is-number 7\.0\.0, but docs\/soup\.yml:2 lists 6\.0\.0 — update the entry/,
          file: 'docs/soup.yml',
          line: 2,
        },
      ],
    },
  },
  {
    name: 'fails on a dependency the SOUP list lacks',
    facts: { head: { 'package-lock.json': TABLE_LOCK, 'docs/soup.yml': '[]\n' } },
    expect: {
      status: 'fail',
      findings: [
        { severity: 'error', message: 'is-number 7.0.0 (npm) is pinned in package-lock.json but not in the SOUP list docs/soup.yml' },
      ],
    },
  },
  {
    name: 'fails when the SOUP list is missing',
    facts: { head: { 'package-lock.json': TABLE_LOCK } },
    expect: {
      status: 'fail',
      findings: [{ severity: 'error', message: 'The SOUP list docs/soup.yml does not exist at head', file: 'docs/soup.yml' }],
    },
  },
]);
