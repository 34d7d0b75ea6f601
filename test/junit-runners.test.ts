import { gateContext } from '../src/policy/context.js';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJUnit } from '../src/parsers/junit.js';
import { PolicyLoader } from '../src/policy/load.js';
import { RULES } from '../src/rules/index.js';
import { traceability, type TraceabilityOptions } from '../src/rules/traceability/index.js';
import { buildMatrix, DEFAULT_TESTS, type Verdict } from '../src/rules/traceability/matrix.js';
import type { GateOutcome } from '../src/core/rule.js';
import { plainFacts, policy } from './helpers/plain-facts.js';

// JUnit reports as real runners write them (test/fixtures/real/junit-*/, each with its PROVENANCE): the same small
// suite — an id in a test name, an id only in a describe block's name, a todo, a failing beforeAll, a skip, two
// tests of one name of which one fails — run by vitest, jest + jest-junit, mocha + mocha-junit-reporter, node:test,
// pytest and Maven Surefire. A requirement is verified only by a case that ran to a pass.

const REAL = new URL('./fixtures/real/', import.meta.url);
const fixture = (runner: string) => {
  const dir = new URL(`junit-${runner}/`, REAL);
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir))
    if (name.endsWith('.xml') && name !== 'pom.xml') files[`reports/${name}`] = readFileSync(new URL(name, dir), 'utf8');
  return files;
};

const SRS = [
  'REQ-001 Rate',
  'REQ-002 Occlusion alarm',
  'REQ-003 Event log',
  'REQ-004 Storage',
  'REQ-005 Calibration',
  'REQ-006 Retries',
  'REQ-007 Rates',
]
  .map((h) => `## ${h}\nThe pump shall do it.\n`)
  .join('\n');
// A test file citing every requirement: each is "tested", so one that no case links to is "not run", not "untested".
const CITES = 'REQ-001 REQ-002 REQ-003 REQ-004 REQ-005 REQ-006 REQ-007';

function options(o: Partial<TraceabilityOptions> = {}): TraceabilityOptions {
  return {
    requirements: ['docs/srs.md'],
    id_pattern: 'REQ-[0-9]+',
    tests: DEFAULT_TESTS,
    reference_pattern: null,
    junit: ['reports/*.xml'],
    require_tests: 'all',
    unknown_references: 'error',
    duplicate_ids: 'error',
    suspect: 'error',
    ...o,
  };
}

async function verdicts(runner: string, o: Partial<TraceabilityOptions> = {}): Promise<Record<string, Verdict>> {
  const facts = plainFacts({ head: { 'docs/srs.md': SRS, 'test/cites.test.ts': CITES, ...fixture(runner) } });
  const matrix = await buildMatrix({ options: options(o), facts, policy: policy(), compare: false });
  expect(matrix.findings).toEqual([]);
  return Object.fromEntries(matrix.rows.map((r) => [r.requirement.id, r.verdict]));
}

const read = (runner: string, file = 'junit.xml') =>
  parseJUnit(readFileSync(new URL(`junit-${runner}/${file}`, REAL), 'utf8'), `reports/${file}`);
const byName = (runner: string, file?: string) => {
  const r = read(runner, file);
  expect(r.findings).toEqual([]);
  return r.cases.map((c) => [c.name, c.status]);
};

describe('JUnit reports of real runners', () => {
  it('vitest: a failed beforeAll is a case named after its describe block, and fails the cases it skipped', async () => {
    expect(byName('vitest')).toEqual([
      ['REQ-001 delivers the programmed rate', 'passed'],
      ['REQ-002 Occlusion alarm > when the line is blocked > sounds within two seconds', 'passed'],
      ['REQ-003 exports the event log', 'skipped'],
      // Written <skipped/>: its beforeAll failed (the last case below).
      ['REQ-004 Storage > writes the dose record', 'failed'],
      ['REQ-005 calibrates the pump', 'skipped'],
      ['Retries > REQ-006 retries once', 'passed'],
      ['Retries > REQ-006 retries once', 'failed'],
      ['REQ-004 Storage', 'failed'],
    ]);
    expect(read('vitest').cases[3]!.note).toBe(
      '"REQ-004 Storage" failed at reports/junit.xml:32 (a hook of its describe block), so it did not run to a pass',
    );
    expect(await verdicts('vitest')).toEqual({
      'REQ-001': 'verified',
      'REQ-002': 'verified',
      'REQ-003': 'skipped',
      'REQ-004': 'failed',
      'REQ-005': 'skipped',
      'REQ-006': 'failed',
      'REQ-007': 'not run',
    });
  });

  it('vitest: a failed hook at the top of a file is a case named after the file; every test of the file fails with it', () => {
    const cases = read('vitest-file-hook').cases;
    expect(cases.map((c) => [c.name, c.status])).toEqual([
      ['REQ-001 delivers the programmed rate', 'failed'],
      ['REQ-002 Occlusion alarm > sounds within two seconds', 'failed'],
      ['hooks.test.js', 'failed'],
    ]);
    expect(cases[0]!.note).toBe(
      '"hooks.test.js" at reports/junit.xml:8 records a failure of its suite as a whole (its setup, teardown or test program), so the suite\'s run failed',
    );
  });

  it('jest-junit: afterAll hooks that throw after the tests passed are one extra "Test execution failure" case; the file\'s tests fail with it', async () => {
    const cases = read('jest-hooks').cases;
    expect(cases.map((c) => [c.name.trim(), c.status])).toEqual([
      ['REQ-001 delivers the programmed rate', 'failed'],
      ['REQ-002 Occlusion alarm sounds within two seconds', 'failed'],
      ["Test execution failure: could be caused by test hooks like 'afterAll'.", 'failed'],
    ]);
    expect(cases[0]!.note).toMatch(
      /^"Test execution failure: could be caused by test hooks like 'afterAll'\." at reports\/junit.xml:8 records/,
    );
    expect(await verdicts('jest-hooks')).toMatchObject({ 'REQ-001': 'failed', 'REQ-002': 'failed' });
  });

  it('vitest: a requirement named only in a test under a failed beforeAll fails (not "skipped")', async () => {
    // The real report, with REQ-004 moved from the describe block to the test: the hook's case no longer names it.
    const xml = readFileSync(new URL('junit-vitest/junit.xml', REAL), 'utf8')
      .replaceAll('REQ-004 Storage', 'Storage')
      .replace('writes the dose record', 'writes the dose record REQ-004');
    const facts = plainFacts({ head: { 'docs/srs.md': SRS, 'test/cites.test.ts': CITES, 'reports/junit.xml': xml } });
    const matrix = await buildMatrix({ options: options(), facts, policy: policy(), compare: false });
    expect(matrix.rows.find((r) => r.requirement.id === 'REQ-004')!.verdict).toBe('failed');
    // The gate's finding says why a case written <skipped/> failed.
    const outcome = (await traceability.evaluate(options(), facts, gateContext(policy(), 'traceability'))) as GateOutcome;
    expect(outcome.findings.find((f) => f.message.startsWith('REQ-004'))!.message).toBe(
      'REQ-004 "Storage" (class B) is not verified: its linked test case Storage > writes the dose record REQ-004 (reports/junit.xml:11: "Storage" failed at reports/junit.xml:32 (a hook of its describe block), so it did not run to a pass) failed — fix the code or the test and commit the new JUnit report.',
    );
  });

  it('jest-junit: an it.todo is written as a bare case (a pass to the eye); its suite does not count it, so it is not a pass', async () => {
    const cases = read('jest').cases;
    expect(cases.map((c) => [c.name.trim(), c.status])).toEqual([
      ['REQ-001 delivers the programmed rate', 'passed'],
      // time="0", as the todo: the report cannot tell it from the todo, so it is not taken as a pass either — a
      // false alarm the gate's message explains (remove the it.todo), never a todo taken for a pass.
      ['REQ-002 Occlusion alarm when the line is blocked sounds within two seconds', 'skipped'],
      ['REQ-003 exports the event log', 'skipped'],
      ['REQ-004 Storage writes the dose record', 'failed'],
      ['REQ-005 calibrates the pump', 'skipped'],
      ['Retries REQ-006 retries once', 'passed'],
      ['Retries REQ-006 retries once', 'failed'],
    ]);
    expect(cases[2]!.note).toMatch(/^its suite counts 3 passed of 7 cases, fewer than it shows as passed \(4\)/);
    expect(await verdicts('jest')).toEqual({
      'REQ-001': 'verified',
      'REQ-002': 'skipped',
      'REQ-003': 'skipped',
      'REQ-004': 'failed',
      'REQ-005': 'skipped',
      'REQ-006': 'failed',
      'REQ-007': 'not run',
    });
    // Without the todo (the report as jest-junit writes it then: the counts agree), the quick pass is a pass.
    const xml = readFileSync(new URL('junit-jest/junit.xml', REAL), 'utf8').replace(
      /\s*<testcase classname=" REQ-003[^]*?<\/testcase>/,
      '',
    );
    expect(parseJUnit(xml, 'r.xml').cases.map((c) => c.status)).toEqual(['passed', 'passed', 'failed', 'skipped', 'passed', 'failed']);
  });

  it('mocha-junit-reporter: a failed before hook is a case that names the hook and its first test; pending and skipped tests are left out', async () => {
    expect(byName('mocha')).toEqual([
      ['REQ-001 delivers the programmed rate', 'passed'],
      ['REQ-002 Occlusion alarm when the line is blocked sounds within two seconds', 'passed'],
      ['REQ-004 Storage "before all" hook for "writes the dose record"', 'failed'],
      ['Retries REQ-006 retries once', 'passed'],
      ['Retries REQ-006 retries once', 'failed'],
    ]);
    expect(await verdicts('mocha')).toEqual({
      'REQ-001': 'verified',
      'REQ-002': 'verified',
      'REQ-003': 'not run',
      'REQ-004': 'failed',
      'REQ-005': 'not run',
      'REQ-006': 'failed',
      'REQ-007': 'not run',
    });
  });

  it("mocha-junit-reporter: a failed after hook is one extra case of its describe block; the block's passes fail with it", async () => {
    const cases = read('mocha-hooks').cases;
    expect(cases.map((c) => [c.name, c.status])).toEqual([
      ['Event log REQ-003 exports the event log', 'failed'],
      ['Event log REQ-004 keeps the dose record', 'failed'],
      ['Event log "after all" hook for "REQ-004 keeps the dose record"', 'failed'],
    ]);
    // The hook's case names only the last test: REQ-003 failed only through its suite.
    expect(await verdicts('mocha-hooks')).toMatchObject({ 'REQ-003': 'failed', 'REQ-004': 'failed' });
  });

  it('node:test: describe blocks are nested <testsuite>s, and an id in their names cites the cases inside', async () => {
    const cases = read('node-test').cases;
    expect(cases.map((c) => [c.suites, c.name, c.status])).toEqual([
      [[], 'REQ-001 delivers the programmed rate', 'passed'],
      [['REQ-002 Occlusion alarm', 'when the line is blocked'], 'sounds within two seconds', 'passed'],
      [[], 'REQ-003 exports the event log', 'skipped'],
      [['REQ-004 Storage'], 'writes the dose record', 'failed'],
      [[], 'REQ-005 calibrates the pump', 'skipped'],
      [['Retries'], 'REQ-006 retries once', 'passed'],
      [['Retries'], 'REQ-006 retries once', 'failed'],
    ]);
    expect(await verdicts('node-test')).toEqual({
      'REQ-001': 'verified',
      'REQ-002': 'verified',
      'REQ-003': 'skipped',
      'REQ-004': 'failed',
      'REQ-005': 'skipped',
      'REQ-006': 'failed',
      'REQ-007': 'not run',
    });
  });

  const fromName = { pattern: 'REQ_([0-9]+)', replace: 'REQ-$1' };

  it('pytest: names cannot hold "-"; junit_id_from_name reads test_REQ_001 as REQ-001, record_property("requirement") cites, an xfail or a setup error is no pass', async () => {
    expect(byName('pytest')).toEqual([
      ['test_REQ_001_delivers_the_programmed_rate', 'passed'],
      ['test_sounds_within_two_seconds', 'passed'],
      ['test_exports_the_event_log', 'passed'],
      ['test_REQ_004_writes_the_dose_record', 'failed'],
      ['test_REQ_005_calibrates_the_pump', 'skipped'],
      ['test_REQ_006_retries_once', 'skipped'],
      ['test_REQ_007_accepts_rates[1]', 'passed'],
      ['test_REQ_007_accepts_rates[2]', 'failed'],
    ]);
    expect(read('pytest').cases[2]!.requirementProperties).toEqual(['REQ-003']);
    // Without the option only the property cites.
    expect(await verdicts('pytest')).toEqual({
      'REQ-001': 'not run',
      'REQ-002': 'not run',
      'REQ-003': 'verified',
      'REQ-004': 'not run',
      'REQ-005': 'not run',
      'REQ-006': 'not run',
      'REQ-007': 'not run',
    });
    expect(await verdicts('pytest', { junit_id_from_name: fromName })).toEqual({
      'REQ-001': 'verified',
      // From the class: test_reqs.TestREQ_002_OcclusionAlarm.
      'REQ-002': 'verified',
      'REQ-003': 'verified',
      'REQ-004': 'failed',
      'REQ-005': 'skipped',
      'REQ-006': 'skipped',
      // Parametrized cases share a name up to their parameters: one failure fails the requirement.
      'REQ-007': 'failed',
    });
  });

  it('Maven Surefire: one report per class; a failed @BeforeAll is an unnamed case of the class, a @Nested class a report of its own', async () => {
    expect(byName('surefire', 'TEST-pump.REQ_004_StorageTest.xml')).toEqual([['', 'failed']]);
    expect(await verdicts('surefire', { junit_id_from_name: fromName })).toEqual({
      'REQ-001': 'verified',
      'REQ-002': 'verified',
      'REQ-003': 'not run',
      'REQ-004': 'failed',
      'REQ-005': 'skipped',
      'REQ-006': 'failed',
      'REQ-007': 'not run',
    });
  });

  it("Maven Surefire: a failed @AfterAll is an unnamed case of the class beside its passes; the class's tests fail with it", async () => {
    const cases = read('surefire-afterall', 'TEST-pump.AlarmTest.xml').cases;
    expect(cases.map((c) => [c.name, c.status])).toEqual([
      ['REQ_010_silencesAfterAcknowledgement', 'failed'],
      ['REQ_011_escalatesAfterTwoMinutes', 'failed'],
      ['', 'failed'],
    ]);
    expect(cases[0]!.note).toMatch(/^the unnamed case at reports\/TEST-pump.AlarmTest.xml:\d+ records a failure of its suite as a whole/);
  });

  it('Maven Surefire with reruns: a pass on a rerun is verified with a warning (or an error by flaky: error), and the rerun counts do not unmake passes', async () => {
    // rerunFailingTestsCount=2: the suite's counts are the last rerun's (tests="1" failures="1" over three cases).
    const xml = readFileSync(new URL('junit-surefire-rerun/TEST-pump.AlarmTest.xml', REAL), 'utf8');
    expect(xml).toContain('tests="1" errors="0" skipped="0" failures="1"');
    const cases = parseJUnit(xml, 'reports/TEST-pump.AlarmTest.xml').cases;
    expect(cases.map((c) => [c.name, c.status, c.flaky])).toEqual([
      ['REQ_010_silencesAfterAcknowledgement', 'passed', undefined],
      ['REQ_011_escalatesAfterTwoMinutes', 'passed', 1],
      ['REQ_012_logsEveryAlarm', 'failed', undefined],
    ]);
    const head = {
      'docs/srs.md': ['REQ-010 Silence', 'REQ-011 Escalation', 'REQ-012 Alarm log']
        .map((h) => `## ${h}\nThe pump shall do it.\n`)
        .join('\n'),
      'test/cites.test.ts': 'REQ-010 REQ-011 REQ-012',
      'reports/TEST-pump.AlarmTest.xml': xml,
    };
    const gate = async (o: Partial<TraceabilityOptions>) =>
      (await traceability.evaluate(
        options({ junit_id_from_name: fromName, ...o }),
        plainFacts({ head }),
        gateContext(policy(), 'traceability'),
      )) as GateOutcome;
    const flaky = (outcome: GateOutcome) => outcome.findings.filter((f) => f.message.includes('passed only on a rerun'));
    const warned = await gate({});
    expect(warned.summary).toMatch(/^3 requirements: 3 tested, 2 verified/);
    expect(flaky(warned)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'docs/srs.md',
        line: 4,
        message:
          'REQ-011 "Escalation" is verified by a test that passed only on a rerun: pump.AlarmTest.REQ_011_escalatesAfterTwoMinutes (reports/TEST-pump.AlarmTest.xml:6, 1 failed run before) — find why it fails intermittently; a pass on a rerun is weak evidence.',
      }),
    ]);
    expect(flaky(await gate({ flaky: 'error' }))[0]!.severity).toBe('error');
    expect(flaky(await gate({ flaky: 'off' }))).toEqual([]);
  });

  it('cucumber-js: the feature is the classname of its scenarios (an id there cites them all); an undefined step fails', async () => {
    expect(byName('cucumber')).toEqual([
      ['REQ-001 delivers the programmed rate', 'passed'],
      ['sounds within two seconds', 'passed'],
      ['REQ-003 exports the event log', 'failed'],
      ['REQ-005 calibrates the pump', 'skipped'],
      ['REQ-006 retries once', 'failed'],
    ]);
    expect(await verdicts('cucumber')).toEqual({
      'REQ-001': 'verified',
      // Feature: REQ-002 Occlusion alarm — one of its scenarios failed.
      'REQ-002': 'failed',
      'REQ-003': 'failed',
      'REQ-004': 'not run',
      'REQ-005': 'skipped',
      'REQ-006': 'failed',
      'REQ-007': 'not run',
    });
  });

  it('go-junit-report: a subtest is a case named "Parent/child"; a failed parent is not masked by its passing subtests', async () => {
    const xml = readFileSync(new URL('junit-go-junit-report/012-report.xml', REAL), 'utf8');
    const cases = parseJUnit(xml, 'reports/go.xml').cases;
    expect(cases.filter((c) => c.name.startsWith('TestFailingSubtestWithNestedSubtest')).map((c) => [c.name, c.status])).toEqual([
      ['TestFailingSubtestWithNestedSubtest', 'failed'],
      ['TestFailingSubtestWithNestedSubtest/Subtest', 'failed'],
      ['TestFailingSubtestWithNestedSubtest/Subtest/Subsubtest', 'passed'],
    ]);
    // Go names cannot hold "-" either: the rewrite names the requirement of a test and, through the name, its subtests.
    const verdict = async (pattern: string) => {
      const facts = plainFacts({ head: { 'docs/srs.md': '## REQ-001 A\nText.\n', 'test/a_test.go': 'REQ-001', 'reports/go.xml': xml } });
      const matrix = await buildMatrix({
        options: options({ junit_id_from_name: { pattern, replace: 'REQ-001' } }),
        facts,
        policy: policy(),
        compare: false,
      });
      return matrix.rows[0]!.verdict;
    };
    expect(await verdict('^TestFailingSubtestWithNestedSubtest/Subtest/Subsubtest$')).toBe('verified');
    expect(await verdict('^TestFailingSubtestWithNestedSubtest($|/)')).toBe('failed');
    expect(await verdict('^TestNestedSubtests($|/)')).toBe('verified');
    expect(await verdict('^TestSubtests($|/)')).toBe('failed');
  });

  it('Catch2: a suite counts assertions, not cases (a section is a case of its own): its quick passes, each status="run", stay passes', async () => {
    const xml = readFileSync(new URL('junit-catch2/junit.xml', REAL), 'utf8');
    expect(xml).toContain('tests="4"');
    expect(byName('catch2')).toEqual([
      ['REQ-001 delivers the programmed rate', 'passed'],
      ['REQ-002 rejects an out-of-range rate', 'passed'],
      ['REQ-002 rejects an out-of-range rate/below the minimum', 'passed'],
      ['REQ-002 rejects an out-of-range rate/above the maximum', 'passed'],
      ['REQ-003 logs each delivery', 'passed'],
    ]);
    expect(await verdicts('catch2')).toMatchObject({ 'REQ-001': 'verified', 'REQ-002': 'verified', 'REQ-003': 'verified' });
  });

  it('a bare case that says status="run" is not taken for an uncounted todo; one that says nothing still is', () => {
    const xml = `<testsuite tests="1" failures="0" skipped="0"><testcase name="REQ-001 a" time="0" status="run"/><testcase name="REQ-002 b" time="0"/></testsuite>`;
    expect(parseJUnit(xml, 'r.xml').cases.map((c) => c.status)).toEqual(['passed', 'skipped']);
  });

  it('Playwright: a test.fail() test that failed as expected is written as a bare pass marked <property name="fail">: no evidence', async () => {
    expect(byName('playwright', 'results.xml')).toEqual([
      ['REQ-001 delivers the programmed rate', 'passed'],
      ['REQ-002 sounds the occlusion alarm', 'skipped'],
      ['REQ-003 exports the event log', 'skipped'],
      ['REQ-004 calibrates', 'skipped'],
      ['REQ-005 limits the bolus', 'skipped'],
      // test.fail(false, ...): not marked, a pass.
      ['REQ-006 retries once', 'passed'],
      ['stores the dose record', 'passed'],
    ]);
    expect(read('playwright', 'results.xml').cases[1]!.note).toMatch(/test\.fail\(\)/);
    expect(await verdicts('playwright')).toEqual({
      'REQ-001': 'verified',
      // Expected to fail: the requirement is known not to be met, as with pytest's xfail.
      'REQ-002': 'skipped',
      'REQ-003': 'skipped',
      'REQ-004': 'skipped',
      'REQ-005': 'skipped',
      'REQ-006': 'verified',
      // From the annotation { type: 'requirement', description: 'REQ-007' }.
      'REQ-007': 'verified',
    });
  });

  it("GoogleTest: a failed TearDownTestSuite is an unnamed case of its suite; the suite's passes fail with it", async () => {
    const cases = read('googletest-teardown', 'test_detail.xml').cases;
    expect(cases.map((c) => [c.name, c.status])).toEqual([
      ['REQ_001_DeliversProgrammedRate', 'failed'],
      ['', 'failed'],
      ['REQ_002_Sounds', 'passed'],
    ]);
    expect(cases[0]!.note).toBe(
      "the unnamed case at reports/test_detail.xml:5 records a failure of its suite as a whole (its setup, teardown or test program), so the suite's run failed",
    );
    expect(await verdicts('googletest-teardown', { junit_id_from_name: fromName })).toMatchObject({
      'REQ-001': 'failed',
      'REQ-002': 'verified',
    });
  });

  it('go-junit-report: a package whose TestMain panics after its tests passed has a "Failure" case; its passes fail with it', () => {
    const xml = readFileSync(new URL('junit-go-junit-report/108-report.xml', REAL), 'utf8');
    expect(parseJUnit(xml, 'reports/go.xml').cases.map((c) => [c.name, c.status])).toEqual([
      ['TestOne', 'failed'],
      ['Failure', 'failed'],
    ]);
    // Without the package's go.version property, a case named "Failure" is a test like any other.
    const other = xml.replace('<property name="go.version" value="1.0"></property>', '');
    expect(parseJUnit(other, 'reports/go.xml').cases.map((c) => c.status)).toEqual(['passed', 'failed']);
  });

  it('behave: with --no-skipped a scenario left untested (--stop) is a bare case with status="untested", counted as a test: no pass', async () => {
    expect(byName('behave', 'TESTS-pump.xml')).toEqual([
      ['REQ-001 delivers the programmed rate', 'passed'],
      ['REQ-002 sounds the occlusion alarm', 'failed'],
      ['REQ-003 exports the event log', 'skipped'],
    ]);
    expect(await verdicts('behave')).toMatchObject({ 'REQ-001': 'verified', 'REQ-002': 'failed', 'REQ-003': 'skipped' });
  });

  it('Qt Test 5: result="pass|fail|xfail" on each case, a QSKIP only an XML comment, logged messages counted as errors', async () => {
    expect(byName('qt5', 'tst_pump.xml')).toEqual([
      ['initTestCase', 'passed'],
      ['REQ_001_deliversProgrammedRate', 'passed'],
      // <!-- message="..." type="skip" --> is all Qt 5 writes of a QSKIP.
      ['REQ_002_soundsOcclusionAlarm', 'skipped'],
      // An expected failure (QEXPECT_FAIL): the requirement is known not to be met.
      ['REQ_003_exportsEventLog', 'skipped'],
      ['REQ_004_calibrates', 'failed'],
      ['cleanupTestCase', 'passed'],
    ]);
    // An all-passing suite whose tests log a warning: errors="2" counts the messages, not failed tests.
    expect(byName('qt5', 'tst_warn.xml').map(([, status]) => status)).toEqual(['passed', 'passed', 'passed', 'passed', 'passed']);
    expect(await verdicts('qt5', { junit_id_from_name: fromName })).toEqual({
      'REQ-001': 'verified',
      'REQ-002': 'skipped',
      'REQ-003': 'skipped',
      'REQ-004': 'failed',
      'REQ-005': 'verified',
      'REQ-006': 'verified',
      'REQ-007': 'verified',
    });
  });

  it('Qt Test 5: a failed cleanupTestCase fails the passes of its test class', () => {
    expect(byName('qt5-cleanup', 'tst_cleanup.xml')).toEqual([
      ['initTestCase', 'failed'],
      ['REQ_008_logsEveryAlarm', 'failed'],
      ['cleanupTestCase', 'failed'],
    ]);
    expect(read('qt5-cleanup', 'tst_cleanup.xml').cases[1]!.note).toMatch(
      /^"cleanupTestCase" at reports\/tst_cleanup.xml:10 records a failure/,
    );
  });

  it('GoogleTest 1.10: a GTEST_SKIP test is a bare case with result="skipped" (no <skipped>), a disabled one status="notrun": neither is a pass', async () => {
    // The report's own attributes say each case's fate; the suite's counts (no skipped count in 1.10) cannot.
    expect(byName('googletest-1.10', 'test_detail.xml')).toEqual([
      ['REQ_001_DeliversProgrammedRate', 'passed'],
      ['REQ_002_SoundsOcclusionAlarm', 'skipped'],
      ['DISABLED_REQ_003_ExportsEventLog', 'skipped'],
      ['REQ_004_Calibrates', 'failed'],
    ]);
    expect(await verdicts('googletest-1.10', { junit_id_from_name: fromName })).toMatchObject({
      // Passed in under a millisecond (time="0"): a quick pass, not a test that did not run.
      'REQ-001': 'verified',
      'REQ-002': 'skipped',
      'REQ-003': 'skipped',
      'REQ-004': 'failed',
    });
  });

  it('GoogleTest 1.17: a disabled test (status="notrun") does not make the quick passes of its suite doubtful', async () => {
    expect(byName('googletest', 'test_detail.xml')).toEqual([
      ['REQ_001_DeliversProgrammedRate', 'passed'],
      ['REQ_002_SoundsOcclusionAlarm', 'skipped'],
      ['DISABLED_REQ_003_ExportsEventLog', 'skipped'],
      ['REQ_004_Calibrates', 'failed'],
    ]);
    expect(await verdicts('googletest', { junit_id_from_name: fromName })).toMatchObject({
      'REQ-001': 'verified',
      'REQ-002': 'skipped',
      'REQ-003': 'skipped',
      'REQ-004': 'failed',
    });
  });
});

describe('JUnit outcomes: hand-written structures', () => {
  it('an id on an outer <testsuite> cites every case inside, and one failure there fails it', () => {
    const xml = `<testsuites><testsuite name="REQ-010 Alarms"><testsuite name="inner"><testcase name="a"/><testcase name="b"><failure/></testcase></testsuite></testsuite></testsuites>`;
    expect(parseJUnit(xml, 'r.xml').cases.map((c) => c.suites)).toEqual([
      ['REQ-010 Alarms', 'inner'],
      ['REQ-010 Alarms', 'inner'],
    ]);
  });

  it('suites nested deeper than any runner writes are refused with an error, not read', () => {
    const depth = 70;
    const xml = `<testsuites>${'<testsuite name="s">'.repeat(depth)}<testcase name="REQ-001"/>${'</testsuite>'.repeat(depth)}</testsuites>`;
    const r = parseJUnit(xml, 'r.xml');
    expect(r.cases).toEqual([]);
    expect(r.findings[0]).toMatchObject({ severity: 'error', file: 'r.xml' });
    expect(r.findings[0]!.message).toMatch(/nests <testsuite> elements more than 64 deep/);
  });

  it('a suite whose counts agree with its cases keeps its quick passes (time 0)', () => {
    const xml = `<testsuite tests="2" failures="0" skipped="1"><testcase name="REQ-001 a" time="0"/><testcase name="REQ-002 b"><skipped/></testcase></testsuite>`;
    expect(parseJUnit(xml, 'r.xml').cases.map((c) => c.status)).toEqual(['passed', 'skipped']);
  });

  it('a suite that counts a disabled test it writes as a bare case: the untimed bare case is no pass', () => {
    const xml = `<testsuite tests="2" failures="0" skipped="0" disabled="1"><testcase name="REQ-001 a" time="0.2"/><testcase name="REQ-002 b"/></testsuite>`;
    expect(parseJUnit(xml, 'r.xml').cases.map((c) => c.status)).toEqual(['passed', 'skipped']);
  });

  it('the id rewrite takes $1..$9, $& and $$', async () => {
    const xml = `<testsuite><testcase name="test_req_12_x" classname="c"/></testsuite>`;
    const facts = plainFacts({ head: { 'docs/srs.md': '## REQ-12 A\nText.\n', 'test/a.test.ts': 'REQ-12', 'reports/junit.xml': xml } });
    const o = options({ id_pattern: 'REQ-[0-9]+', junit_id_from_name: { pattern: '(r)(e)(q)_([0-9]+)', replace: 'R$2Q-$4 $$ $&' } });
    const matrix = await buildMatrix({
      options: { ...o, id_pattern: '[RE]EQ-[0-9]+|REQ-[0-9]+' },
      facts,
      policy: policy(),
      compare: false,
    });
    // "ReQ-12": not the id; the rewrite is case-sensitive as written.
    expect(matrix.rows[0]!.verdict).toBe('not run');
    const upper = await buildMatrix({
      options: { ...o, junit_id_from_name: { pattern: 'req_([0-9]+)', replace: 'REQ-$1' } },
      facts,
      policy: policy(),
      compare: false,
    });
    expect(upper.rows[0]!.verdict).toBe('verified');
  });
});

describe('junit globs that match no report', () => {
  const head = {
    'docs/srs.md': '## REQ-001 A\nText.\n',
    'test/a.test.ts': 'REQ-001',
    'reports/junit.xml': '<testsuite><testcase name="REQ-001"/></testsuite>',
  };
  const gate = async (o: Partial<TraceabilityOptions>) =>
    (await traceability.evaluate(options(o), plainFacts({ head }), gateContext(policy(), 'traceability'))) as GateOutcome;

  it('each glob that matches nothing is an error, even when another glob matches', async () => {
    const r = await gate({ junit: ['reports/*.xml', 'build/test-results/**/*.xml'] });
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([
      'junit glob build/test-results/**/*.xml matches no file at head, so the test results it names were not read — commit the JUnit report or fix the glob (allow_empty: true lets the gate go on without it).',
    ]);
  });

  it('allow_empty: true makes it a notice; a requirement no report verifies still fails', async () => {
    const r = await gate({ junit: ['build/*.xml'], allow_empty: true });
    expect(r.findings.map((f) => [f.severity, f.message.slice(0, 60)])).toEqual([
      ['notice', 'junit glob build/*.xml matches no file at head; allowed by a'],
      ['error', 'REQ-001 "A" (class B) is not verified: it is cited by test/a'],
    ]);
  });
});

describe('junit_id_from_name in a policy', () => {
  const load = (option: string) =>
    new PolicyLoader(RULES).load(
      '.github/sdlc-gate.yml',
      `version: 1\ngates:\n  traceability:\n    requirements: ["docs/srs.md"]\n    junit: ["reports/junit.xml"]\n    junit_id_from_name: ${option}\n`,
      async () => undefined,
    );

  it('the documented form loads, with its pattern and replacement', async () => {
    const doc = readFileSync(new URL('../docs/gates/traceability-junit.md', import.meta.url), 'utf8');
    const documented = /junit_id_from_name: (\{.*\})/.exec(doc)![1]!;
    const r = await load(documented);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.policy.gates[0]!.options).toMatchObject({ junit_id_from_name: { pattern: 'REQ_([0-9]+)', replace: 'REQ-$1' } });
  });

  it('a pattern that is not RE2, or a missing replacement, is refused', async () => {
    expect((await load('{ pattern: "(?=x)", replace: "y" }')).ok).toBe(false);
    expect((await load('{ pattern: "REQ_([0-9]+)" }')).ok).toBe(false);
  });
});
