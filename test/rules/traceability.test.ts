import { gateContext } from '../../src/policy/context.js';
import { describe, expect, it } from 'vitest';
import { parseJUnit } from '../../src/parsers/junit.js';
import { traceability, type TraceabilityOptions } from '../../src/rules/traceability/index.js';
import { DEFAULT_TESTS, referenceMatcher } from '../../src/rules/traceability/matrix.js';
import type { GateOutcome } from '../../src/core/rule.js';
import { plainFacts, policy, type PlainFacts } from '../helpers/plain-facts.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { PolicyLoader } from '../../src/policy/load.js';
import { RULES } from '../../src/rules/index.js';

function options(o: Partial<TraceabilityOptions> = {}): TraceabilityOptions {
  return {
    requirements: ['docs/srs.md'],
    id_pattern: '[A-Z][A-Z0-9]*-[0-9]+',
    tests: DEFAULT_TESTS,
    reference_pattern: null,
    junit: [],
    require_tests: 'all',
    unknown_references: 'error',
    duplicate_ids: 'error',
    suspect: 'error',
    ...o,
  };
}

async function run(facts: PlainFacts, o: Partial<TraceabilityOptions> = {}) {
  const outcome = (await traceability.evaluate(options(o), plainFacts(facts), gateContext(policy(), 'traceability'))) as GateOutcome;
  const problems = outcome.findings.filter((f) => f.severity !== 'notice');
  return { ...outcome, problems, notices: outcome.findings.filter((f) => f.severity === 'notice') };
}

const SRS = `# SRS

## REQ-001 Continuous delivery
The pump shall deliver the programmed rate.

## REQ-002 Rate limits
The pump shall refuse rates outside the limits.
`;
const TESTS = {
  'test/rate.test.ts': `// REQ-001\nit('delivers (REQ-001)', () => {});\n`,
  'test/limits.test.ts': `import x from 'y';\n\nit('rejects out-of-range rates [REQ-002]', () => {}); // UTF-8, SHA-256 are not ids\n`,
};

describe('traceability gate', () => {
  it('passes when every requirement is cited and every citation is real', async () => {
    const r = await run({ head: { 'docs/srs.md': SRS, ...TESTS }, base: { 'docs/srs.md': SRS, ...TESTS } });
    expect(r.problems).toEqual([]);
    expect(r.summary).toBe('2 requirements: 2 tested, 0 untested, 0 unknown references, 0 suspect');
  });

  it('flags an untested requirement at its definition, and an unknown reference at the test line', async () => {
    const head = {
      'docs/srs.md': `${SRS}\n## REQ-003 Bolus limits\nThe pump shall cap a bolus.\n`,
      ...TESTS,
      'test/bolus.test.ts': 'a\nb\nit("caps (REQ-033)")\n',
    };
    const r = await run({ base: { 'docs/srs.md': SRS, ...TESTS }, head, changed: ['docs/srs.md', 'test/bolus.test.ts'] });
    expect(r.problems).toEqual([
      {
        severity: 'error',
        message:
          'REQ-003 "Bolus limits" (class B) has no test: no test file cites REQ-003 — add a test that cites REQ-003, or mark the requirement\'s class out of require_tests.',
        file: 'docs/srs.md',
        line: 9,
        action: { text: 'Add a test that cites REQ-003' },
      },
      {
        severity: 'error',
        message: 'test/bolus.test.ts cites REQ-033, which no requirement defines — fix the id, or add REQ-033 to the requirements.',
        file: 'test/bolus.test.ts',
        line: 3,
        action: { text: 'Fix the citation of REQ-033 in test/bolus.test.ts, or define REQ-033' },
      },
    ]);
    expect(r.summary).toMatch(/^3 requirements: 2 tested, 1 untested, 1 unknown reference, 0 suspect — REQ-003/);
    // The matrix for what the PR touched: the new requirement.
    expect(r.notices).toEqual([]);
    expect(r.tables).toEqual([
      {
        title: 'Requirements this pull request touched',
        columns: ['Requirement', 'Class', 'Defined at', 'Change', 'Status', 'Tests', 'JUnit'],
        rows: [['REQ-003 Bolus limits', 'B', 'docs/srs.md:9', 'new', 'untested', 'no test', '']],
        collapsed: true,
      },
    ]);
  });

  it('require_tests by class: class from the requirement, else classification.default', async () => {
    const srs = `## REQ-001 A\nClass: C\ntext\n## REQ-002 B\ntext\n## REQ-003 C\nClass: A\ntext\n`;
    const tests = { 'test/other.test.ts': 'it("runs")\n' };
    const r = await run({ head: { 'docs/srs.md': srs, ...tests } }, { require_tests: ['C'] });
    expect(r.problems.map((f) => f.message.slice(0, 18))).toEqual(['REQ-001 "A" (class']);
    const none = await run({ head: { 'docs/srs.md': srs, ...tests } }, { require_tests: 'none' });
    expect(none.problems).toEqual([]);
  });

  it('require_tests by class: a class written "Class C" is C; one that is no safety class is held to require_tests, with an error', async () => {
    const yml = [
      'requirements:',
      '  - id: REQ-001',
      '    title: Rate',
      '    class: Class C',
      '    text: The pump shall deliver the programmed rate.',
      '  - id: REQ-002',
      '    title: Alarm',
      '    class: III',
      '    text: The pump shall alarm.',
      '  - id: REQ-003',
      '    title: Label',
      '    class: a',
      '    text: The pump shall show its label.',
      '',
    ].join('\n');
    const head = { 'docs/reqs.yml': yml, 'test/other.test.ts': 'it("runs")\n' };
    const r = await run({ head }, { requirements: ['docs/reqs.yml'], require_tests: ['B', 'C'] });
    expect(r.problems.map((f) => [f.line, f.message])).toEqual([
      [
        6,
        'REQ-002 "Alarm" has class "III", which is not a software safety class (A, B or C), so require_tests (B, C) cannot tell whether it needs a test; it is held to require_tests meanwhile — write its class as A, B or C.',
      ],
      [2, expect.stringMatching(/^REQ-001 "Rate" \(class C\) has no test/)],
      [6, expect.stringMatching(/^REQ-002 "Alarm" \(class III\) has no test/)],
    ]);
    // A class that names several is the strictest it names: "B/C" needs a test under require_tests [C].
    const several = yml.replace('class: a', 'class: B/C').replace('class: III', 'class: A or B');
    const strict = await run({ head: { ...head, 'docs/reqs.yml': several } }, { requirements: ['docs/reqs.yml'], require_tests: ['C'] });
    expect(strict.problems.map((f) => f.message.slice(0, 30))).toEqual([
      'REQ-001 "Rate" (class C) has n',
      'REQ-003 "Label" (class C) has ',
    ]);
    // 'all' and 'none' do not ask the class.
    expect((await run({ head }, { requirements: ['docs/reqs.yml'], require_tests: 'none' })).problems).toEqual([]);
    expect((await run({ head }, { requirements: ['docs/reqs.yml'] })).problems.map((f) => f.line)).toEqual([2, 6, 10]);
  });

  it('require_tests: [] (no class listed) is refused when the policy loads, not read as "none"', async () => {
    const load = (value: string) =>
      new PolicyLoader(RULES).load(
        '.github/sdlc-gate.yml',
        `version: 1\ngates:\n  traceability:\n    requirements: ["docs/srs.md"]\n    require_tests: ${value}\n`,
        async () => undefined,
      );
    const empty = await load('[]');
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(JSON.stringify(empty)).toContain('require_tests');
    expect((await load('[C]')).ok).toBe(true);
    expect((await load('none')).ok).toBe(true);
  });

  it('duplicate ids are reported at both places; the switches turn findings down or off', async () => {
    const head = { 'docs/srs.md': SRS, 'docs/more.yml': '- id: REQ-002\n  title: Again\n', ...TESTS, 'test/x.test.ts': 'REQ-077\n' };
    const r = await run({ head }, { requirements: ['docs/srs.md', 'docs/*.yml'] });
    expect(r.problems.filter((f) => f.message.includes('defined more than once')).map((f) => `${f.file}:${f.line}`)).toEqual([
      'docs/srs.md:6',
      'docs/more.yml:1',
    ]);
    expect(r.problems[0]!.message).toBe(
      'REQ-002 is defined more than once: here and at docs/more.yml:1 — give each requirement its own id and update the tests that cite it.',
    );
    const soft = await run({ head }, { requirements: ['docs/srs.md', 'docs/*.yml'], duplicate_ids: 'warning', unknown_references: 'off' });
    expect(soft.problems.map((f) => f.severity)).toEqual(['warning', 'warning']);
  });

  it('a requirement whose text changed while its tests did not is suspect, naming both places', async () => {
    const changed = SRS.replace('refuse rates outside the limits', 'refuse rates outside the limits and show why');
    const r = await run({ base: { 'docs/srs.md': SRS, ...TESTS }, head: { 'docs/srs.md': changed, ...TESTS }, changed: ['docs/srs.md'] });
    expect(r.problems).toEqual([
      {
        severity: 'error',
        message:
          'REQ-002 "Rate limits" changed in this pull request (docs/srs.md:6), but none of its tests did: test/limits.test.ts:3 — review that test against the new text and update it in this pull request.',
        file: 'docs/srs.md',
        line: 6,
        action: { text: 'Review the tests of REQ-002 against its new text and update them' },
      },
    ]);
    expect(r.summary).toMatch(/, 1 suspect — REQ-002/);

    // Whitespace-only edits are not changes; changing the test clears it.
    const reflowed = SRS.replace('The pump shall refuse rates', 'The pump   shall\nrefuse rates');
    expect(
      (await run({ base: { 'docs/srs.md': SRS, ...TESTS }, head: { 'docs/srs.md': reflowed, ...TESTS }, changed: ['docs/srs.md'] }))
        .problems,
    ).toEqual([]);
    const both = await run({
      base: { 'docs/srs.md': SRS, ...TESTS },
      head: { 'docs/srs.md': changed, ...TESTS },
      changed: ['docs/srs.md', 'test/limits.test.ts'],
    });
    expect(both.problems).toEqual([]);
    expect(both.tables![0]!.rows).toEqual([
      ['REQ-002 Rate limits', 'B', 'docs/srs.md:6', 'text changed', 'tested', 'test/limits.test.ts:3', ''],
    ]);
    // A renamed requirements file is compared with its old path.
    const renamed = await run({
      base: { 'docs/old.md': SRS, ...TESTS },
      head: { 'docs/srs.md': changed, ...TESTS },
      changed: [{ path: 'docs/srs.md', previousPath: 'docs/old.md', status: 'renamed' }],
    });
    expect(renamed.problems.map((f) => f.message.slice(0, 30))).toEqual(['REQ-002 "Rate limits" changed ']);
  });

  it('a requirement the pull request deleted is named with its base location: an error where tests still cite it, else a notice', async () => {
    const withoutTwo = SRS.replace('\n## REQ-002 Rate limits\nThe pump shall refuse rates outside the limits.\n', '');
    const cited = await run({
      base: { 'docs/srs.md': SRS, ...TESTS },
      head: { 'docs/srs.md': withoutTwo, ...TESTS },
      changed: ['docs/srs.md'],
    });
    expect(cited.problems).toEqual([
      {
        severity: 'error',
        message:
          'test/limits.test.ts cites REQ-002, which this pull request deleted (it was at docs/srs.md:6 at base) — remove or retarget the citation with the requirement, or restore REQ-002.',
        file: 'test/limits.test.ts',
        line: 3,
        action: { text: 'Remove or retarget the citation of REQ-002 in test/limits.test.ts, or restore REQ-002' },
      },
    ]);
    expect(cited.summary).toMatch(/^1 requirement: 1 tested, 0 untested, 1 unknown reference, 0 suspect, 1 deleted — test\/limits/);
    expect(cited.tables![0]!.rows).toEqual([
      ['REQ-002 Rate limits', '', 'docs/srs.md:6 (base)', 'deleted', 'still cited', 'test/limits.test.ts:3', ''],
    ]);

    // Deleted with its test: nothing to fix, but the deletion is on record.
    const { 'test/limits.test.ts': _limits, ...rateOnly } = TESTS;
    const clean = await run({
      base: { 'docs/srs.md': SRS, ...TESTS },
      head: { 'docs/srs.md': withoutTwo, ...rateOnly },
      changed: ['docs/srs.md', { path: 'test/limits.test.ts', status: 'removed' }],
    });
    expect(clean.problems).toEqual([]);
    expect(clean.notices.map((n) => n.message)).toEqual([
      'REQ-002 "Rate limits" was deleted in this pull request (it was at docs/srs.md:6 at base) — check that its risk controls and design outputs no longer depend on it.',
    ]);

    // A whole requirements file removed counts too, when a source still names where it was.
    const removedFile = await run(
      {
        base: { 'docs/srs.md': SRS, 'docs/extra.md': '## REQ-009 Alarm volume\nThe alarm shall be audible.\n', ...TESTS },
        head: { 'docs/srs.md': SRS, ...TESTS },
        changed: [{ path: 'docs/extra.md', status: 'removed' }],
      },
      { requirements: ['docs/*.md'] },
    );
    expect(removedFile.notices.map((n) => n.message.slice(0, 50))).toEqual(['REQ-009 "Alarm volume" was deleted in this pull re']);
    // A requirements file that no longer parses at head deletes nothing: its own error says what is wrong.
    const broken = await run(
      {
        base: {
          'docs/r.yml': '- id: REQ-002\n  title: Rate limits\n  text: x\n',
          'docs/srs.md': SRS.replace(/## REQ-002[^#]*/, ''),
          ...TESTS,
        },
        head: { 'docs/r.yml': '- id: REQ-002\n  title: [unclosed\n', 'docs/srs.md': SRS.replace(/## REQ-002[^#]*/, ''), ...TESTS },
        changed: ['docs/r.yml'],
      },
      { requirements: ['docs/*.md', 'docs/*.yml'] },
    );
    expect(broken.problems.map((f) => f.message)).toEqual([
      expect.stringMatching(/^docs\/r\.yml is not valid YAML/),
      'test/limits.test.ts cites REQ-002, which no requirement defines — fix the id, or add REQ-002 to the requirements.',
    ]);
    expect(broken.notices).toEqual([]);
    // Moved to another file is not deleted.
    const moved = await run(
      {
        base: { 'docs/srs.md': SRS, ...TESTS },
        head: {
          'docs/srs.md': withoutTwo,
          'docs/more.md': '## REQ-002 Rate limits\nThe pump shall refuse rates outside the limits.\n',
          ...TESTS,
        },
        changed: ['docs/srs.md', { path: 'docs/more.md', status: 'added' }],
      },
      { requirements: ['docs/*.md'] },
    );
    expect(moved.findings).toEqual([]);
  });

  it('reference_pattern narrows what counts as a citation', async () => {
    const head = { 'docs/srs.md': SRS, 'test/a.test.ts': '// @req REQ-001\n// see REQ-002 and REQ-999\n' };
    const r = await run({ head }, { reference_pattern: '@req\\s+(REQ-[0-9]+)' });
    expect(r.problems.map((f) => f.message.slice(0, 7))).toEqual(['REQ-002']);
  });

  it('an invalid pattern makes the gate error instead of passing', async () => {
    await expect(run({ head: { 'docs/srs.md': SRS } }, { id_pattern: 'REQ-(' })).rejects.toThrow(
      /id_pattern "REQ-\(" is not a valid regular expression/,
    );
  });
});

const JUNIT = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="vitest" tests="4" failures="1">
  <testsuite name="test/rate.test.ts" tests="2">
    <testcase classname="test/rate.test.ts" name="delivers the rate (REQ-001)" time="0.01"/>
    <testcase classname="test/rate.test.ts" name="rejects a rate" time="0.01">
      <properties><property name="requirement" value="REQ-002"/></properties>
      <failure message="expected false">AssertionError</failure>
    </testcase>
  </testsuite>
  <testsuite name="hw">
    <testcase classname="hw.Motor" name="stall">
      <properties><property name="tested-item-id" value="REQ-003"/></properties>
      <skipped/>
    </testcase>
  </testsuite>
</testsuites>
`;

describe('JUnit verification', () => {
  it('parses cases, statuses, requirement properties and lines', () => {
    const r = parseJUnit(JUNIT, 'reports/junit.xml');
    expect(r.findings).toEqual([]);
    expect(r.cases.map((c) => [c.name, c.status, c.requirementProperties, c.line])).toEqual([
      ['delivers the rate (REQ-001)', 'passed', [], 4],
      ['rejects a rate', 'failed', ['REQ-002'], 5],
      ['stall', 'skipped', ['REQ-003'], 11],
    ]);
    const bad = parseJUnit('<testsuites>\n<testsuite>\n</testsuites>', 'r.xml');
    expect(bad.findings[0]).toMatchObject({ severity: 'error', file: 'r.xml', line: 3 });
  });

  it('a requirement is verified only by a passing linked case; failing and skipped cases are named', async () => {
    const srs = `${SRS}\n## REQ-003 Stall\nStop on stall.\n\n## REQ-004 Display\nShow the rate.\n`;
    const head = { 'docs/srs.md': srs, ...TESTS, 'test/stall.test.ts': 'REQ-003 REQ-004', 'reports/junit.xml': JUNIT };
    const r = await run({ head }, { junit: ['reports/*.xml'] });
    expect(r.problems.map((f) => f.message)).toEqual([
      'REQ-002 "Rate limits" (class B) is not verified: its linked test case rejects a rate (reports/junit.xml:5) failed — fix the code or the test and commit the new JUnit report.',
      'REQ-003 "Stall" (class B) is not verified: its linked test case stall (reports/junit.xml:11) was skipped — run it and commit the JUnit report.',
      'REQ-004 "Display" (class B) is not verified: it is cited by test/stall.test.ts:1, but no test case in the JUnit reports links to it — name REQ-004 in the test\'s name or a "requirement" property, and commit the report.',
    ]);
    expect(r.summary).toMatch(/^4 requirements: 4 tested, 1 verified, 0 untested/);
  });

  it('with junit, a passing case in a report this PR updated clears a suspect requirement', async () => {
    const changed = SRS.replace('deliver the programmed rate', 'deliver the programmed rate within 5 %');
    const base = { 'docs/srs.md': SRS, ...TESTS, 'reports/junit.xml': JUNIT };
    const head = { ...base, 'docs/srs.md': changed };
    const stale = await run({ base, head, changed: ['docs/srs.md'] }, { junit: ['reports/*.xml'], require_tests: 'none' });
    expect(stale.problems).toHaveLength(1);
    expect(stale.problems[0]!.message).toMatch(/^REQ-001 "Continuous delivery" changed in this pull request \(docs\/srs\.md:3\)/);
    expect(stale.problems[0]!.message).toContain('test/rate.test.ts:1 and reports/junit.xml:4 (delivers the rate (REQ-001))');
    const fresh = await run(
      { base, head, changed: ['docs/srs.md', 'reports/junit.xml'] },
      { junit: ['reports/*.xml'], require_tests: 'none' },
    );
    expect(fresh.problems).toEqual([]);
  });

  it('junit globs that match nothing fail the gate rather than pass it', async () => {
    const r = await run({ head: { 'docs/srs.md': SRS, ...TESTS } }, { junit: ['reports/*.xml'] });
    expect(r.problems[0]!.message).toBe(
      'junit is set (reports/*.xml) but no file matches at head, so no requirement can be verified — commit the JUnit report or fix the globs.',
    );
  });
});

describe('reference scanning', () => {
  it('finds ids with word boundaries and the right lines', () => {
    const match = referenceMatcher({ id_pattern: 'REQ-[0-9]+', reference_pattern: null });
    expect(match('xREQ-1 REQ-2\n\nREQ-3a (REQ-4)\r\nREQ-5_x REQ-6', 'f')).toEqual([
      { id: 'REQ-2', file: 'f', line: 1 },
      { id: 'REQ-4', file: 'f', line: 3 },
      { id: 'REQ-6', file: 'f', line: 4 },
    ]);
  });
});

describe('the matrix: citations however the source hands the files over', () => {
  it('lists tests by path and unknown references in the order read, when files come in reverse order', async () => {
    const { buildMatrix } = await import('../../src/rules/traceability/matrix.js');
    const { createFacts } = await import('../../src/facts/facts.js');
    const head: Record<string, string> = {
      'docs/reqs.yml': '- id: REQ-1\n  title: Rate\n- id: REQ-2\n  title: Alarm\n',
      'test/a.test.ts': 'REQ-1\nREQ-9 REQ-7\n',
      'test/b.test.ts': 'x\nREQ-1 REQ-1\nREQ-2\n',
      'test/c.test.ts': 'REQ-7 REQ-9\nREQ-1\n',
    };
    const thePr = { number: 1, title: '', body: '', labels: [], author: '', baseSha: 'b', headSha: 'h' };
    const facts = createFacts({
      pr: thePr,
      changedFiles: async () => [],
      reviews: async () => [],
      teamMembers: async () => [],
      readFile: async (ref, path) => (path in head ? { path, ref, text: head[path]!, bytes: Buffer.from(head[path]!) } : undefined),
      listFiles: async () => Object.keys(head),
      // A source that reads concurrently may hand files over in any order: here, the reverse of path order.
      scanFiles: async (_ref, paths, visit) => {
        for (const path of [...paths].sort().reverse()) visit({ path, text: head[path]! });
      },
    });
    const m = await buildMatrix({
      options: {
        requirements: ['docs/reqs.yml'],
        id_pattern: 'REQ-[0-9]+',
        tests: ['test/**'],
        reference_pattern: null,
        junit: [],
        require_tests: 'all',
        unknown_references: 'error',
        duplicate_ids: 'error',
        suspect: 'error',
      },
      facts,
      policy: { classification: { default: 'B', items: [] } },
      compare: false,
    });
    const at = (r: { file: string; line: number; id?: string }) => `${r.id ?? ''}@${r.file}:${r.line}`;
    expect(m.rows.map((r) => [r.requirement.id, r.verdict, r.tests.map(at)])).toEqual([
      ['REQ-1', 'tested', ['REQ-1@test/a.test.ts:1', 'REQ-1@test/b.test.ts:2', 'REQ-1@test/c.test.ts:2']],
      ['REQ-2', 'tested', ['REQ-2@test/b.test.ts:3']],
    ]);
    // Two unknown ids on one line keep the order they were written in.
    expect(m.unknownReferences.map(at)).toEqual([
      'REQ-9@test/a.test.ts:2',
      'REQ-7@test/a.test.ts:2',
      'REQ-7@test/c.test.ts:1',
      'REQ-9@test/c.test.ts:1',
    ]);
    // The rows serialize with their tests, as the JSON reports need.
    expect(JSON.parse(JSON.stringify(m.rows[1])).tests).toEqual([{ id: 'REQ-2', file: 'test/b.test.ts', line: 3 }]);
  });

  it('a cited row serializes as the plain row, with what OpenFastTrace found missing', async () => {
    const { buildMatrix } = await import('../../src/rules/traceability/matrix.js');
    const { createFacts } = await import('../../src/facts/facts.js');
    const head: Record<string, string> = {
      'spec.md': '# Login\n\n### Login with a password\n`dsn~login~1`\n\nThe user logs in.\n\nNeeds: impl, utest, itest\n',
      'test/LoginTest.java': '// [utest->dsn~login~1]\n',
    };
    const facts = createFacts({
      pr: { number: 1, title: '', body: '', labels: [], author: '', baseSha: 'b', headSha: 'h' },
      changedFiles: async () => [],
      reviews: async () => [],
      teamMembers: async () => [],
      readFile: async (ref, path) => (path in head ? { path, ref, text: head[path]!, bytes: Buffer.from(head[path]!) } : undefined),
      listFiles: async () => Object.keys(head),
      scanFiles: async (_ref, paths, visit) => {
        for (const path of paths) visit({ path, text: head[path]! });
      },
    });
    const m = await buildMatrix({
      options: options({ requirements: [{ path: 'spec.md', format: 'openfasttrace' }], tests: ['test/**'] }),
      facts,
      policy: { classification: { default: 'B', items: [] } },
      compare: false,
    });
    const row = m.rows[0]!;
    expect([row.verdict, row.missingCoverage]).toEqual(['untested', ['itest']]);
    expect(JSON.parse(JSON.stringify(row))).toMatchObject({ verdict: 'untested', missingCoverage: ['itest'] });
  });
});

describe('traceability gate: sources that define no requirement', () => {
  // Headings that the id_pattern does not match (a project's ids are "SRS-001", the policy says "REQ-[0-9]+").
  const SPEC = '# SRS\n\n## SRS-001 Continuous delivery\nThe pump shall deliver the programmed rate.\n';
  const TEST = { 'test/a.test.ts': 'it("delivers (SRS-001)")\n' };

  it('fails closed: no requirement read is an error naming the sources and the pattern, not a pass', async () => {
    const r = await run({ head: { 'docs/srs.md': SPEC, ...TEST }, base: { 'docs/srs.md': SPEC, ...TEST } }, { id_pattern: 'REQ-[0-9]+' });
    expect(r.problems.map((f) => [f.severity, f.message])).toEqual([
      [
        'error',
        'No requirement was read from docs/srs.md: no id there matches id_pattern "REQ-[0-9]+" — fix id_pattern to the ids the documents use (or the sources to the files that hold them), or set allow_empty: true if the project has no requirements yet.',
      ],
    ]);
  });

  it('passes with allow_empty: true, and says so', async () => {
    const r = await run(
      { head: { 'docs/srs.md': SPEC, ...TEST }, base: { 'docs/srs.md': SPEC, ...TEST } },
      { id_pattern: 'REQ-[0-9]+', allow_empty: true },
    );
    expect(r.problems).toEqual([]);
    expect(r.notices.map((f) => f.message)).toContain(
      'No requirement is defined in docs/srs.md; the gate passes because allow_empty is true — nothing is traced.',
    );
  });

  it('one source of several that defines no requirement is an error at its file, though the others define some', async () => {
    // docs/system.md uses SYS_001 headings that id_pattern does not match: without the finding it added nothing, silently.
    const head = {
      'docs/srs.md': '## REQ-001 Rate\nThe pump shall deliver the programmed rate.\n',
      'docs/system.md': '# System requirements\n\n## SYS_001 Alarm\nThe system shall alarm.\n',
      'docs/more/a.md': '## REQ-002 Limits\nx\n',
      'docs/more/readme.md': '# About these requirements\n',
      'test/a.test.ts': 'REQ-001 REQ-002\n',
    };
    const requirements = ['docs/srs.md', 'docs/system.md', 'docs/more/'];
    const r = await run({ head }, { id_pattern: 'REQ-[0-9]+', requirements });
    expect(r.problems.map((f) => [f.severity, f.file, f.message])).toEqual([
      [
        'error',
        'docs/system.md',
        'The requirements source "docs/system.md" defines no requirement: no requirement in docs/system.md has an id that matches id_pattern "REQ-[0-9]+", so it adds nothing to the matrix — fix id_pattern to the ids it uses, or the source\'s path, or remove the source from the policy (allow_empty: true lets the gate go on).',
      ],
    ]);
    const allowed = await run({ head }, { id_pattern: 'REQ-[0-9]+', requirements, allow_empty: true });
    expect(allowed.problems).toEqual([]);
    expect(allowed.notices.map((f) => f.message)).toContain(
      'The requirements source "docs/system.md" defines no requirement (in docs/system.md); the gate goes on because allow_empty is true.',
    );
    // Once its ids match, it is read like the others.
    expect((await run({ head }, { id_pattern: '(?:REQ-|SYS_)[0-9]+', requirements })).problems.map((f) => f.message)).toEqual([
      expect.stringMatching(/^SYS_001 "Alarm" \(class B\) has no test/),
    ]);
  });
});

// The gate as a policy author meets it: options and facts in, status and findings out (see helpers/rule-tester.ts).
const TABLE_SRS = '# SRS\n\n## REQ-001 Rate limits\nThe pump shall refuse rates above the maximum.\n';

ruleTester('traceability').run([
  {
    name: 'passes when each requirement is cited by a test',
    gate: { requirements: ['docs/srs.md'] },
    facts: { head: { 'docs/srs.md': TABLE_SRS, 'test/rate.test.ts': "it('REQ-001 refuses a fast rate', () => {});\n" } },
    expect: { status: 'pass', findings: [] },
  },
  {
    name: 'fails on an untested requirement, on its line',
    gate: { requirements: ['docs/srs.md'] },
    facts: { head: { 'docs/srs.md': TABLE_SRS, 'test/other.test.ts': 'nothing here\n' } },
    expect: {
      status: 'fail',
      findings: [{ severity: 'error', message: /^REQ-001 "Rate limits" .*has no test/, file: 'docs/srs.md', line: 3 }],
    },
  },
  {
    name: 'fails on a test citing an id no requirement defines',
    gate: { requirements: ['docs/srs.md'] },
    facts: { head: { 'docs/srs.md': TABLE_SRS, 'test/rate.test.ts': '// REQ-001\n// REQ-033\n' } },
    expect: {
      status: 'fail',
      findings: [{ severity: 'error', message: 'cites REQ-033, which no requirement defines', file: 'test/rate.test.ts', line: 2 }],
    },
  },
  {
    name: 'fails when the sources match no file',
    gate: { requirements: ['missing/**'] },
    facts: { head: { 'test/rate.test.ts': '// REQ-001\n' } },
    expect: {
      status: 'fail',
      findings: [
        { severity: 'error', message: 'The requirements source "missing/**" matches no requirement file at head' },
        { severity: 'error', message: /^No requirement was read from missing\/\*\*: no id there matches id_pattern/ },
      ],
    },
  },
]);
