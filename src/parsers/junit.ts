import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Finding } from '../core/types.js';
import { scalarText } from '../util/text.js';
import { doctypeHazard, findDoctype } from './xml-doctype.js';

// JUnit XML test reports (the de-facto format of JUnit, pytest, vitest, Jest, Go, ctest ...): <testsuites> of
// <testsuite> (nested or not) of <testcase name classname file>, each with <failure>/<error>/<skipped> when it did
// not pass, and optional <properties><property name value/></properties>. Pure: text in, cases and findings out.
//
// Each runner writes the format its own way (docs/gates/traceability-junit.md); a case is a pass only if nothing
// in the report says otherwise:
// - the names of the <testsuite> elements around a case are kept with it (node:test nests a describe as a suite);
// - vitest writes a failed beforeAll/afterAll as a case named after its describe block ("Storage") and the cases
//   under it ("Storage > writes") as skipped: those cases fail with it;
// - jest-junit writes an it.todo as a bare <testcase> (a pass to the eye); its suite does not count it, so a suite
//   whose counts leave fewer passes than it shows cases has its unproven ones (time 0) taken as not run — except a
//   suite where Maven Surefire reran failed tests, whose counts are those of the last rerun only;
// - Surefire's <flakyFailure>/<flakyError> in a passing case: it passed only on a rerun (`flaky`, the failed runs).
// - a case's own status/result attributes, where they say it did not pass: GoogleTest's disabled tests and (up to
//   1.10) its GTEST_SKIP tests are bare cases with status="notrun" / result="skipped", CTest's status="disabled".
// - Qt Test 5: result="xfail" (an expected failure) and a QSKIP, recorded only in a comment, are no pass; its suite's
//   errors count logged messages, so a case that says result="pass" is not doubted by the counts.

export type CaseStatus = 'passed' | 'failed' | 'skipped';

export interface TestCase {
  name: string;
  classname: string;
  /** Names of the <testsuite> elements around it, outermost first (not the <testsuites> root). */
  suites: readonly string[];
  status: CaseStatus;
  /** Why the status is not what the case's own element says (a failed hook, an uncounted todo). */
  note?: string;
  /**
   * A pass that came only on a rerun: how many earlier runs failed (Maven Surefire's <flakyFailure> and
   * <flakyError>, written when rerunFailingTestsCount is set).
   */
  flaky?: number;
  /** Values of <property name="requirement"|"tested-item-id" value="..."/> (Ketryx uses tested-item-id). */
  requirementProperties: string[];
  /** The report it came from, and the line of its <testcase>. */
  report: string;
  line: number;
}

export interface JUnitRead {
  cases: TestCase[];
  findings: Finding[];
}

const REQUIREMENT_PROPERTIES = new Set(['requirement', 'requirements', 'tested-item-id', 'tested_item_id']);
/** Deeper nesting is refused: no runner nests suites this deep, and the suite names a case carries stay bounded. */
export const MAX_SUITE_DEPTH = 64;
/** vitest's separator of describe blocks in a case name. */
const VITEST_PATH = ' > ';
const ARRAYS = new Set(['testsuites', 'testsuite', 'testcase', 'property', 'properties', 'failure', 'error', 'skipped']);

/** The report as a tree, or why it is not read: a DOCTYPE (refused unexpanded), XML that is not well-formed. */
function junitTree(text: string, report: string): { doc: Record<string, unknown> } | { refused: JUnitRead } {
  const notXml = (why: string, line: number): JUnitRead => ({
    cases: [],
    findings: [
      {
        severity: 'error',
        message: `${report} is not well-formed XML (${why}); its test results were not read — regenerate the JUnit report.`,
        file: report,
        line,
      },
    ],
  });
  // Refused before any parser sees the text: nothing is expanded or fetched (no entity bomb, no XXE).
  const doctype = findDoctype(text);
  if (doctype) {
    const refused: JUnitRead = {
      cases: [],
      findings: [
        {
          severity: 'error',
          message: `${report} ${doctypeHazard(doctype)}; a JUnit report has no DOCTYPE, and this gate neither loads nor expands one, so its test results were not read — remove the DOCTYPE or regenerate the report.`,
          file: report,
          line: doctype.line,
        },
      ],
    };
    return { refused };
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { refused: notXml(valid.err.msg, valid.err.line) };
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    // Only the predefined entities and character references: a DOCTYPE never gets this far.
    processEntities: true,
    // Where each element starts: a case's line, and the document order of cases and suites side by side.
    captureMetaData: true,
    // Comments kept: Qt Test 5 writes a QSKIP as nothing but a comment in its case.
    commentPropName: '#comment',
    // Elements only: a suite's skipped="1" attribute stays a number to count with.
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ARRAYS.has(name),
  });
  try {
    return { doc: parser.parse(text) as Record<string, unknown> };
  } catch (e) {
    // The validator lets through some malformed declarations that the parser then refuses (an unclosed <?xml ...?>).
    return { refused: notXml((e as Error).message, 1) };
  }
}

export function parseJUnit(text: string, report: string): JUnitRead {
  const tree = junitTree(text, report);
  if ('refused' in tree) return tree.refused;
  const doc = tree.doc;
  const cases: TestCase[] = [];
  const lineAt = lineFinder(text);
  let tooDeep: number | undefined;
  /** Each case's start offset, by its place in `cases`. */
  const starts: number[] = [];
  const visit = (node: unknown, suites: readonly string[], depth: number): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    const first = cases.length;
    const here = startOf(n) ?? 0;
    const testcases = asArray(n.testcase);
    const caseSuites = suitesOfCases(suites, testcases);
    /** What each of this suite's cases shows of its run, by its place in `own`. */
    const evidence: RunEvidence[] = [];
    for (const c of testcases) {
      const tc = (c && typeof c === 'object' ? c : {}) as Record<string, unknown>;
      // A bare <testcase/> has no metadata: it is placed at its suite.
      const start = startOf(tc) ?? here;
      const testCase = caseOf(tc, caseSuites, report, lineAt(start));
      const status = testCase.status;
      const flaky = asArray(tc.flakyFailure).length + asArray(tc.flakyError).length;
      if (status === 'passed' && flaky) testCase.flaky = flaky;
      cases.push(testCase);
      evidence.push(runEvidence(tc));
      starts.push(start);
    }
    const own = cases.slice(first);
    failedHooks(own, report);
    suiteFailure(own, n, report);
    // A suite where Surefire reran failed tests counts only the last round of reruns (tests="1" failures="1" over
    // three cases, one passing, one passing on a rerun, one failing every run): its counts say nothing of the rest.
    if (!testcases.some(rerun)) uncountedPasses(own, evidence, n, asArray(n.testsuite).length > 0);
    const children = [...asArray(n.testsuite), ...asArray(n.testsuites)];
    if (children.length && depth >= MAX_SUITE_DEPTH) {
      tooDeep ??= lineAt(here);
      return;
    }
    for (const s of asArray(n.testsuite)) visit(s, [...suites, suiteName(s)], depth + 1);
    for (const s of asArray(n.testsuites)) visit(s, suites, depth + 1);
  };
  visit(doc, [], 0);
  // The tree lists a suite's cases before its nested suites; node:test interleaves them. Back to document order.
  const order = cases.map((_, i) => i).sort((a, b) => starts[a]! - starts[b]!);
  const inOrder = order.map((i) => cases[i]!);
  if (tooDeep !== undefined) {
    return {
      cases: [],
      findings: [
        {
          severity: 'error',
          message: `${report} nests <testsuite> elements more than ${MAX_SUITE_DEPTH} deep; its test results were not read — regenerate the JUnit report (no test runner nests suites this deep).`,
          file: report,
          line: tooDeep,
        },
      ],
    };
  }
  if (!('testsuites' in doc) && !('testsuite' in doc)) {
    return {
      cases: inOrder,
      findings: [
        {
          severity: 'error',
          message: `${report} is XML but not a JUnit report (no <testsuites> or <testsuite>) — point junit at the test report.`,
          file: report,
          line: 1,
        },
      ],
    };
  }
  return { cases: inOrder, findings: [] };
}

/** One <testcase> read: its names, its status (its elements, else its attributes) and its requirement properties. */
function caseOf(tc: Record<string, unknown>, suites: readonly string[], report: string, line: number): TestCase {
  const failed = asArray(tc.failure).length > 0 || asArray(tc.error).length > 0;
  const skipped = asArray(tc.skipped).length > 0;
  const properties = propertiesOf(tc);
  const said = attributeStatus(tc) ?? qtSkip(tc) ?? expectedFailure(properties);
  const status: CaseStatus = failed || said?.status === 'failed' ? 'failed' : skipped || said?.status === 'skipped' ? 'skipped' : 'passed';
  const testCase: TestCase = {
    name: scalarText(tc.name),
    classname: scalarText(tc.classname),
    suites,
    status,
    requirementProperties: requirementPropertiesOf(properties),
    report,
    line,
  };
  if (said && !failed && !skipped) testCase.note = said.note;
  return testCase;
}

/**
 * The suites a suite's cases are in. A class report (Surefire, Gradle: the suite is named after a class) names its
 * cases' classes in their classname, which is read for each case; its own name is left out, as Surefire puts the
 * cases of an outer class in the report of its last @Nested class.
 */
function suitesOfCases(suites: readonly string[], testcases: unknown[]): readonly string[] {
  const name = suites[suites.length - 1];
  return name !== undefined &&
    testcases.some((c) => c && typeof c === 'object' && scalarText((c as Record<string, unknown>).classname) === name)
    ? suites.slice(0, -1)
    : suites;
}

/** A case's <property> elements (in <properties>). */
function propertiesOf(tc: Record<string, unknown>): Record<string, unknown>[] {
  return asArray(tc.properties).flatMap((p) => asArray((p as Record<string, unknown>)?.property)) as Record<string, unknown>[];
}

/** The values of a case's requirement properties (<property name="requirement" value="..."/>, or as text). */
function requirementPropertiesOf(props: Record<string, unknown>[]): string[] {
  return props
    .filter((p) => typeof p?.name === 'string' && REQUIREMENT_PROPERTIES.has(p.name.toLowerCase()))
    .map((p) => (p.value !== undefined && p.value !== null ? scalarText(p.value) : scalarText(p['#text'])));
}

/**
 * Playwright writes a test marked test.fail() — expected to fail — that failed as expected as a bare passing case
 * whose one mark is its annotation, <property name="fail">. It ran to the failure it expected, not to a pass: like
 * pytest's xfail, no evidence that the requirement is met.
 */
function expectedFailure(props: Record<string, unknown>[]): { status: CaseStatus; note: string } | undefined {
  return props.some((p) => p?.name === 'fail')
    ? {
        status: 'skipped',
        note: 'it is marked test.fail() (<property name="fail">): it was expected to fail and did, so it is no pass',
      }
    : undefined;
}

const META = XMLParser.getMetaDataSymbol() as unknown as string;

function startOf(node: Record<string, unknown>): number | undefined {
  const meta = node[META] as { startIndex?: number } | undefined;
  return typeof meta?.startIndex === 'number' ? meta.startIndex : undefined;
}

/** The line of an offset in `text`: a binary search over the offsets of its line breaks, found once. */
function lineFinder(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (breaks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

function suiteName(s: unknown): string {
  return s && typeof s === 'object' ? scalarText((s as Record<string, unknown>).name) : '';
}

/**
 * vitest: a failed hook is a case named after its describe block ("A > B"); the cases it governs ("A > B > c") are
 * written as skipped (or, for afterAll, passed). They fail with it. Prefixes are looked up at most MAX_SUITE_DEPTH
 * deep, so the cost is linear in the names.
 */
function failedHooks(cases: TestCase[], report: string): void {
  const failed = new Map<string, TestCase>();
  for (const c of cases) if (c.status === 'failed' && !failed.has(c.name)) failed.set(c.name, c);
  if (!failed.size) return;
  for (const c of cases) {
    if (c.status === 'failed') continue;
    let at = c.name.indexOf(VITEST_PATH);
    for (let depth = 0; at !== -1 && depth < MAX_SUITE_DEPTH; depth++) {
      const hook = failed.get(c.name.slice(0, at));
      if (hook) {
        c.status = 'failed';
        c.note = `"${hook.name}" failed at ${report}:${hook.line} (a hook of its describe block), so it did not run to a pass`;
        break;
      }
      at = c.name.indexOf(VITEST_PATH, at + VITEST_PATH.length);
    }
  }
}

/** jest-junit's case for a test file whose hooks failed after its tests passed (its title, in name and classname). */
const JEST_HOOK_FAILURE = 'Test execution failure: could be caused by test hooks';
/** mocha's title of a hook's failure, which mocha-junit-reporter writes as the classname of a case of its describe block. */
const MOCHA_HOOK = /^"(?:before|after) (?:all|each)" hook\b/;

/**
 * A failure of a suite as a whole, written as a failed case that is no test of its own: GoogleTest's unnamed case
 * (name="" classname="": SetUpTestSuite or TearDownTestSuite failed), Surefire's unnamed case of a class (a
 * @BeforeAll or @AfterAll failed: the cases of that class), go-junit-report's "Failure" case of a package (a suite with its
 * go.version property: TestMain failed, or the test binary panicked after its tests), Qt Test's initTestCase or
 * cleanupTestCase (a suite with its QTestVersion property), vitest's case named after its file (name, classname and
 * suite name alike: a hook at the top of the file failed), jest-junit's "Test execution failure" case (a hook
 * failed), mocha-junit-reporter's '"after all" hook for ...' case (a hook of the describe block the suite is). The run of the suite failed, so no case in it is a pass; as with a failed vitest hook, they fail with it.
 */
function suiteFailure(cases: TestCase[], suite: Record<string, unknown>, report: string): void {
  const properties = propertiesOf(suite);
  const name = suiteName(suite);
  const go = properties.some((p) => p?.name === 'go.version');
  const qt = properties.some((p) => p?.name === 'QTestVersion');
  const failure = cases.find(
    (c) =>
      c.status === 'failed' &&
      (c.name === '' ||
        (c.name === c.classname && c.name === name) ||
        c.name.includes(JEST_HOOK_FAILURE) ||
        MOCHA_HOOK.test(c.classname) ||
        (go && c.name === 'Failure') ||
        (qt && (c.name === 'initTestCase' || c.name === 'cleanupTestCase'))),
  );
  if (!failure) return;
  // Surefire's unnamed case names its class: only that class's cases failed with it.
  const ofClass = failure.name === '' && failure.classname !== '' ? failure.classname : undefined;
  const what = failure.name ? `"${failure.name.trim()}"` : 'the unnamed case';
  for (const c of cases) {
    if (c === failure || c.status === 'failed' || (ofClass !== undefined && c.classname !== ofClass)) continue;
    c.status = 'failed';
    c.note = `${what} at ${report}:${failure.line} records a failure of its suite as a whole (its setup, teardown or test program), so the suite's run failed`;
  }
}

/**
 * What a case shows of its run besides its status: it says it ran (status="run", result="pass": see saysRun), else it
 * has a time, else nothing (no time, or time 0) — as jest-junit's it.todo.
 */
type RunEvidence = 'ran' | 'timed' | 'untimed';

function runEvidence(tc: Record<string, unknown>): RunEvidence {
  if (saysRun(tc)) return 'ran';
  const time = scalarText(tc.time).trim();
  return time === '' || Number(time) === 0 ? 'untimed' : 'timed';
}

const count = (v: unknown): number | undefined => {
  const t = scalarText(v).trim();
  return /^[0-9]+$/.test(t) ? Number(t) : undefined;
};

/**
 * jest-junit writes an it.todo as a <testcase> with nothing in it, as it writes a pass; the suite's own counts
 * (tests = passes + failures + errors + skipped + disabled) leave it out. When a suite of cases (no nested suite)
 * shows more passes than it counts, the passes that cannot be told from a todo — those with no time, or time 0, and
 * no status="run" or result="pass" of their own — are not taken as passes. A case that says it ran is never doubted: the counts are
 * then not of cases (Catch2 counts assertions, and writes a case for each section as well as for its test case).
 */
function uncountedPasses(cases: TestCase[], evidence: readonly RunEvidence[], suite: Record<string, unknown>, nested: boolean): void {
  if (nested || !cases.length) return;
  const tests = count(suite.tests);
  if (tests === undefined) return;
  // disabled: the JUnit schema's count of disabled tests, which a report may write as bare cases.
  const counted =
    tests - (count(suite.failures) ?? 0) - (count(suite.errors) ?? 0) - (count(suite.skipped) ?? 0) - (count(suite.disabled) ?? 0);
  const passes: TestCase[] = [];
  const untimed: TestCase[] = [];
  const unproven: TestCase[] = [];
  cases.forEach((c, i) => {
    if (c.status !== 'passed') return;
    passes.push(c);
    // A case that says it ran is no todo (Catch2's counts are of assertions, and a section is a case of its own).
    if (evidence[i] === 'ran') return;
    unproven.push(c);
    if (evidence[i] === 'untimed') untimed.push(c);
  });
  const surplus = passes.length - Math.max(counted, 0);
  if (surplus <= 0) return;
  const doubtful = untimed.length >= surplus ? untimed : unproven;
  for (const c of doubtful) {
    c.status = 'skipped';
    c.note = `its suite counts ${Math.max(counted, 0)} passed of ${cases.length} cases, fewer than it shows as passed (${passes.length}): a test that did not run (jest-junit writes an it.todo so), and this one cannot be told from it — remove the it.todo tests (or give them a test that runs) and commit the new report`;
  }
}

/**
 * Qt Test 5's junitxml logger writes a QSKIP as a case with no result attribute whose one record of the skip is a
 * comment, <!-- message="..." type="skip" -->.
 */
function qtSkip(tc: Record<string, unknown>): { status: CaseStatus; note: string } | undefined {
  return asArray(tc['#comment']).some((c) => /\btype="skip"/.test(scalarText(c)))
    ? { status: 'skipped', note: 'its <testcase> holds Qt Test\'s record of a QSKIP (<!-- type="skip" -->)' }
    : undefined;
}

/**
 * A <testcase>'s status attribute values that say it did not pass: CTest's "fail", "notrun", "disabled"; behave's
 * "failed", "error", "hook_error", "undefined", "pending", "skipped" and "untested" (a scenario --stop left unrun,
 * which behave --no-skipped writes as a bare case, counted as a test).
 */
const STATUS_ATTRIBUTE: Record<string, CaseStatus> = {
  fail: 'failed',
  failed: 'failed',
  error: 'failed',
  hook_error: 'failed',
  undefined: 'failed',
  pending: 'failed',
  notrun: 'skipped',
  disabled: 'skipped',
  skipped: 'skipped',
  untested: 'skipped',
};
/**
 * A <testcase>'s result attribute values that say it did not pass: GoogleTest's "skipped" and "suppressed"
 * (disabled; "completed" is a pass, or a failure its <failure> shows), Qt Test 5's "xfail" (an expected failure, as
 * pytest's xfail: no evidence), "fail", "xpass" and their blacklisted forms ("bfail", ...; "pass" and "bpass" pass).
 */
const RESULT_ATTRIBUTE: Record<string, CaseStatus> = {
  skipped: 'skipped',
  suppressed: 'skipped',
  xfail: 'skipped',
  bxfail: 'skipped',
  fail: 'failed',
  bfail: 'failed',
  xpass: 'failed',
  bxpass: 'failed',
};
/** Attribute values that say a case ran (to the pass it shows): status="run" (GoogleTest, Catch2, CTest) or "passed" (behave), result="pass" (Qt Test 5). */
const RAN: Record<string, ReadonlySet<string>> = { status: new Set(['run', 'passed']), result: new Set(['pass', 'bpass', 'completed']) };

/**
 * What a case's own attributes say of its run, where they say it did not pass. GoogleTest writes a disabled test as
 * a bare <testcase status="notrun" result="suppressed"/>, and up to 1.10 a GTEST_SKIP test as a bare <testcase
 * status="run" result="skipped"/> (no <skipped> element, no skipped count on its suite): with nothing else to go by
 * these read as passes. A failure outranks a skip.
 */
function attributeStatus(tc: Record<string, unknown>): { status: CaseStatus; note: string } | undefined {
  const said: { status: CaseStatus; note: string }[] = [];
  for (const [attribute, table] of [
    ['status', STATUS_ATTRIBUTE],
    ['result', RESULT_ATTRIBUTE],
  ] as const) {
    const value = scalarText(tc[attribute]).trim();
    const status = Object.hasOwn(table, value.toLowerCase()) ? table[value.toLowerCase()] : undefined;
    if (status) said.push({ status, note: `its <testcase> says ${attribute}="${value}"` });
  }
  return said.find((s) => s.status === 'failed') ?? said[0];
}

/** Whether a <testcase> says it ran: status="run", result="pass". */
function saysRun(tc: Record<string, unknown>): boolean {
  for (const [attribute, values] of Object.entries(RAN)) {
    if (values.has(scalarText(tc[attribute]).trim().toLowerCase())) return true;
  }
  return false;
}

/** Whether a <testcase> holds Surefire's record of a rerun (flakyFailure/flakyError on a pass, rerunFailure/rerunError on a failure). */
function rerun(c: unknown): boolean {
  if (!c || typeof c !== 'object') return false;
  const tc = c as Record<string, unknown>;
  return tc.flakyFailure !== undefined || tc.flakyError !== undefined || tc.rerunFailure !== undefined || tc.rerunError !== undefined;
}

function asArray(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}
