export const id = 3136;
export const ids = [3136];
export const modules = {

/***/ 23136:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseJUnit: () => (/* binding */ parseJUnit)
/* harmony export */ });
/* unused harmony export MAX_SUITE_DEPTH */
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75824);
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69658);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28805);
/* harmony import */ var _xml_doctype_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96654);



const REQUIREMENT_PROPERTIES = new Set(['requirement', 'requirements', 'tested-item-id', 'tested_item_id']);
/** Deeper nesting is refused: no runner nests suites this deep, and the suite names a case carries stay bounded. */
const MAX_SUITE_DEPTH = 64;
/** vitest's separator of describe blocks in a case name. */
const VITEST_PATH = ' > ';
const ARRAYS = new Set(['testsuites', 'testsuite', 'testcase', 'property', 'properties', 'failure', 'error', 'skipped']);
/** The report as a tree, or why it is not read: a DOCTYPE (refused unexpanded), XML that is not well-formed. */
function junitTree(text, report) {
    const notXml = (why, line) => ({
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
    const doctype = (0,_xml_doctype_js__WEBPACK_IMPORTED_MODULE_0__/* .findDoctype */ .Y)(text);
    if (doctype) {
        const refused = {
            cases: [],
            findings: [
                {
                    severity: 'error',
                    message: `${report} ${(0,_xml_doctype_js__WEBPACK_IMPORTED_MODULE_0__/* .doctypeHazard */ .t)(doctype)}; a JUnit report has no DOCTYPE, and this gate neither loads nor expands one, so its test results were not read — remove the DOCTYPE or regenerate the report.`,
                    file: report,
                    line: doctype.line,
                },
            ],
        };
        return { refused };
    }
    const valid = fast_xml_parser__WEBPACK_IMPORTED_MODULE_1__/* .XMLValidator */ .iI.validate(text);
    if (valid !== true)
        return { refused: notXml(valid.err.msg, valid.err.line) };
    const parser = new fast_xml_parser__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A({
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
        return { doc: parser.parse(text) };
    }
    catch (e) {
        // The validator lets through some malformed declarations that the parser then refuses (an unclosed <?xml ...?>).
        return { refused: notXml(e.message, 1) };
    }
}
function parseJUnit(text, report) {
    const tree = junitTree(text, report);
    if ('refused' in tree)
        return tree.refused;
    const doc = tree.doc;
    const cases = [];
    const lineAt = lineFinder(text);
    let tooDeep;
    /** Each case's start offset, by its place in `cases`. */
    const starts = [];
    const visit = (node, suites, depth) => {
        if (!node || typeof node !== 'object')
            return;
        const n = node;
        const first = cases.length;
        const here = startOf(n) ?? 0;
        const testcases = asArray(n.testcase);
        const caseSuites = suitesOfCases(suites, testcases);
        /** What each of this suite's cases shows of its run, by its place in `own`. */
        const evidence = [];
        for (const c of testcases) {
            const tc = (c && typeof c === 'object' ? c : {});
            // A bare <testcase/> has no metadata: it is placed at its suite.
            const start = startOf(tc) ?? here;
            const testCase = caseOf(tc, caseSuites, report, lineAt(start));
            const status = testCase.status;
            const flaky = asArray(tc.flakyFailure).length + asArray(tc.flakyError).length;
            if (status === 'passed' && flaky)
                testCase.flaky = flaky;
            cases.push(testCase);
            evidence.push(runEvidence(tc));
            starts.push(start);
        }
        const own = cases.slice(first);
        failedHooks(own, report);
        suiteFailure(own, n, report);
        // A suite where Surefire reran failed tests counts only the last round of reruns (tests="1" failures="1" over
        // three cases, one passing, one passing on a rerun, one failing every run): its counts say nothing of the rest.
        if (!testcases.some(rerun))
            uncountedPasses(own, evidence, n, asArray(n.testsuite).length > 0);
        const children = [...asArray(n.testsuite), ...asArray(n.testsuites)];
        if (children.length && depth >= MAX_SUITE_DEPTH) {
            tooDeep ??= lineAt(here);
            return;
        }
        for (const s of asArray(n.testsuite))
            visit(s, [...suites, suiteName(s)], depth + 1);
        for (const s of asArray(n.testsuites))
            visit(s, suites, depth + 1);
    };
    visit(doc, [], 0);
    // The tree lists a suite's cases before its nested suites; node:test interleaves them. Back to document order.
    const order = cases.map((_, i) => i).sort((a, b) => starts[a] - starts[b]);
    const inOrder = order.map((i) => cases[i]);
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
function caseOf(tc, suites, report, line) {
    const failed = asArray(tc.failure).length > 0 || asArray(tc.error).length > 0;
    const skipped = asArray(tc.skipped).length > 0;
    const properties = propertiesOf(tc);
    const said = attributeStatus(tc) ?? qtSkip(tc) ?? expectedFailure(properties);
    const status = failed || said?.status === 'failed' ? 'failed' : skipped || said?.status === 'skipped' ? 'skipped' : 'passed';
    const testCase = {
        name: (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(tc.name),
        classname: (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(tc.classname),
        suites,
        status,
        requirementProperties: requirementPropertiesOf(properties),
        report,
        line,
    };
    if (said && !failed && !skipped)
        testCase.note = said.note;
    return testCase;
}
/**
 * The suites a suite's cases are in. A class report (Surefire, Gradle: the suite is named after a class) names its
 * cases' classes in their classname, which is read for each case; its own name is left out, as Surefire puts the
 * cases of an outer class in the report of its last @Nested class.
 */
function suitesOfCases(suites, testcases) {
    const name = suites[suites.length - 1];
    return name !== undefined &&
        testcases.some((c) => c && typeof c === 'object' && (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(c.classname) === name)
        ? suites.slice(0, -1)
        : suites;
}
/** A case's <property> elements (in <properties>). */
function propertiesOf(tc) {
    return asArray(tc.properties).flatMap((p) => asArray(p?.property));
}
/** The values of a case's requirement properties (<property name="requirement" value="..."/>, or as text). */
function requirementPropertiesOf(props) {
    return props
        .filter((p) => typeof p?.name === 'string' && REQUIREMENT_PROPERTIES.has(p.name.toLowerCase()))
        .map((p) => (p.value !== undefined && p.value !== null ? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(p.value) : (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(p['#text'])));
}
/**
 * Playwright writes a test marked test.fail() — expected to fail — that failed as expected as a bare passing case
 * whose one mark is its annotation, <property name="fail">. It ran to the failure it expected, not to a pass: like
 * pytest's xfail, no evidence that the requirement is met.
 */
function expectedFailure(props) {
    return props.some((p) => p?.name === 'fail')
        ? {
            status: 'skipped',
            note: 'it is marked test.fail() (<property name="fail">): it was expected to fail and did, so it is no pass',
        }
        : undefined;
}
const META = fast_xml_parser__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A.getMetaDataSymbol();
function startOf(node) {
    const meta = node[META];
    return typeof meta?.startIndex === 'number' ? meta.startIndex : undefined;
}
/** The line of an offset in `text`: a binary search over the offsets of its line breaks, found once. */
function lineFinder(text) {
    const breaks = [];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        breaks.push(i);
    return (offset) => {
        let lo = 0;
        let hi = breaks.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (breaks[mid] < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo + 1;
    };
}
function suiteName(s) {
    return s && typeof s === 'object' ? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(s.name) : '';
}
/**
 * vitest: a failed hook is a case named after its describe block ("A > B"); the cases it governs ("A > B > c") are
 * written as skipped (or, for afterAll, passed). They fail with it. Prefixes are looked up at most MAX_SUITE_DEPTH
 * deep, so the cost is linear in the names.
 */
function failedHooks(cases, report) {
    const failed = new Map();
    for (const c of cases)
        if (c.status === 'failed' && !failed.has(c.name))
            failed.set(c.name, c);
    if (!failed.size)
        return;
    for (const c of cases) {
        if (c.status === 'failed')
            continue;
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
function suiteFailure(cases, suite, report) {
    const properties = propertiesOf(suite);
    const name = suiteName(suite);
    const go = properties.some((p) => p?.name === 'go.version');
    const qt = properties.some((p) => p?.name === 'QTestVersion');
    const failure = cases.find((c) => c.status === 'failed' &&
        (c.name === '' ||
            (c.name === c.classname && c.name === name) ||
            c.name.includes(JEST_HOOK_FAILURE) ||
            MOCHA_HOOK.test(c.classname) ||
            (go && c.name === 'Failure') ||
            (qt && (c.name === 'initTestCase' || c.name === 'cleanupTestCase'))));
    if (!failure)
        return;
    // Surefire's unnamed case names its class: only that class's cases failed with it.
    const ofClass = failure.name === '' && failure.classname !== '' ? failure.classname : undefined;
    const what = failure.name ? `"${failure.name.trim()}"` : 'the unnamed case';
    for (const c of cases) {
        if (c === failure || c.status === 'failed' || (ofClass !== undefined && c.classname !== ofClass))
            continue;
        c.status = 'failed';
        c.note = `${what} at ${report}:${failure.line} records a failure of its suite as a whole (its setup, teardown or test program), so the suite's run failed`;
    }
}
function runEvidence(tc) {
    if (saysRun(tc))
        return 'ran';
    const time = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(tc.time).trim();
    return time === '' || Number(time) === 0 ? 'untimed' : 'timed';
}
const count = (v) => {
    const t = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(v).trim();
    return /^[0-9]+$/.test(t) ? Number(t) : undefined;
};
/**
 * jest-junit writes an it.todo as a <testcase> with nothing in it, as it writes a pass; the suite's own counts
 * (tests = passes + failures + errors + skipped + disabled) leave it out. When a suite of cases (no nested suite)
 * shows more passes than it counts, the passes that cannot be told from a todo — those with no time, or time 0, and
 * no status="run" or result="pass" of their own — are not taken as passes. A case that says it ran is never doubted: the counts are
 * then not of cases (Catch2 counts assertions, and writes a case for each section as well as for its test case).
 */
function uncountedPasses(cases, evidence, suite, nested) {
    if (nested || !cases.length)
        return;
    const tests = count(suite.tests);
    if (tests === undefined)
        return;
    // disabled: the JUnit schema's count of disabled tests, which a report may write as bare cases.
    const counted = tests - (count(suite.failures) ?? 0) - (count(suite.errors) ?? 0) - (count(suite.skipped) ?? 0) - (count(suite.disabled) ?? 0);
    const passes = [];
    const untimed = [];
    const unproven = [];
    cases.forEach((c, i) => {
        if (c.status !== 'passed')
            return;
        passes.push(c);
        // A case that says it ran is no todo (Catch2's counts are of assertions, and a section is a case of its own).
        if (evidence[i] === 'ran')
            return;
        unproven.push(c);
        if (evidence[i] === 'untimed')
            untimed.push(c);
    });
    const surplus = passes.length - Math.max(counted, 0);
    if (surplus <= 0)
        return;
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
function qtSkip(tc) {
    return asArray(tc['#comment']).some((c) => /\btype="skip"/.test((0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(c)))
        ? { status: 'skipped', note: 'its <testcase> holds Qt Test\'s record of a QSKIP (<!-- type="skip" -->)' }
        : undefined;
}
/**
 * A <testcase>'s status attribute values that say it did not pass: CTest's "fail", "notrun", "disabled"; behave's
 * "failed", "error", "hook_error", "undefined", "pending", "skipped" and "untested" (a scenario --stop left unrun,
 * which behave --no-skipped writes as a bare case, counted as a test).
 */
const STATUS_ATTRIBUTE = {
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
const RESULT_ATTRIBUTE = {
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
const RAN = { status: new Set(['run', 'passed']), result: new Set(['pass', 'bpass', 'completed']) };
/**
 * What a case's own attributes say of its run, where they say it did not pass. GoogleTest writes a disabled test as
 * a bare <testcase status="notrun" result="suppressed"/>, and up to 1.10 a GTEST_SKIP test as a bare <testcase
 * status="run" result="skipped"/> (no <skipped> element, no skipped count on its suite): with nothing else to go by
 * these read as passes. A failure outranks a skip.
 */
function attributeStatus(tc) {
    const said = [];
    for (const [attribute, table] of [
        ['status', STATUS_ATTRIBUTE],
        ['result', RESULT_ATTRIBUTE],
    ]) {
        const value = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(tc[attribute]).trim();
        const status = Object.hasOwn(table, value.toLowerCase()) ? table[value.toLowerCase()] : undefined;
        if (status)
            said.push({ status, note: `its <testcase> says ${attribute}="${value}"` });
    }
    return said.find((s) => s.status === 'failed') ?? said[0];
}
/** Whether a <testcase> says it ran: status="run", result="pass". */
function saysRun(tc) {
    for (const [attribute, values] of Object.entries(RAN)) {
        if (values.has((0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(tc[attribute]).trim().toLowerCase()))
            return true;
    }
    return false;
}
/** Whether a <testcase> holds Surefire's record of a rerun (flakyFailure/flakyError on a pass, rerunFailure/rerunError on a failure). */
function rerun(c) {
    if (!c || typeof c !== 'object')
        return false;
    const tc = c;
    return tc.flakyFailure !== undefined || tc.flakyError !== undefined || tc.rerunFailure !== undefined || tc.rerunError !== undefined;
}
function asArray(v) {
    return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}


/***/ }),

/***/ 96654:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ findDoctype),
/* harmony export */   t: () => (/* binding */ doctypeHazard)
/* harmony export */ });
// DOCTYPE declarations in XML the PR controls. A DOCTYPE is the only way to declare entities (internal ones can
// expand without bound, external ones read files or fetch URLs), and no report or SBOM this gate reads needs one,
// so a reader refuses the document rather than expanding or ignoring it. fast-xml-parser accepts a DOCTYPE even
// inside an element and expands its entities there, so the whole document is searched, not only its prolog:
// everywhere except comments, CDATA sections and processing instructions, where "<!DOCTYPE" is only text.
// Linear: each position is looked at a bounded number of times.
function findDoctype(text) {
    let i = 0;
    for (;;) {
        const lt = text.indexOf('<', i);
        if (lt < 0)
            return undefined;
        // Only "<!" and "<?" open what is looked at below; an element's tag (nearly every "<") is passed at once.
        const after = text.charCodeAt(lt + 1);
        if (after !== 0x21 && after !== 0x3f) {
            i = lt + 1;
            continue;
        }
        const skip = (open, close) => {
            if (!text.startsWith(open, lt))
                return undefined;
            const end = text.indexOf(close, lt + open.length);
            return end < 0 ? text.length : end + close.length;
        };
        const next = skip('<!--', '-->') ?? skip('<![CDATA[', ']]>') ?? skip('<?', '?>');
        if (next !== undefined) {
            i = next;
            continue;
        }
        if (text.slice(lt, lt + 9).toUpperCase() === '<!DOCTYPE') {
            // The declaration's internal subset ends at "]>"; a bounded window is enough to say what it declares.
            const decl = text.slice(lt, lt + 65536);
            const entity = decl.search(/<!ENTITY/i);
            const declares = entity < 0 ? 'nothing' : /\b(SYSTEM|PUBLIC)\b/.test(decl.slice(entity)) ? 'external entities' : 'entities';
            return { line: lineAt(text, lt), declares };
        }
        i = lt + 1;
    }
}
/** The refusal in words: what the DOCTYPE could do, for a message that goes on with what to do next. */
function doctypeHazard(d) {
    return d.declares === 'external entities'
        ? 'declares external entities (which could read files or fetch URLs)'
        : d.declares === 'entities'
            ? 'declares entities (which could expand without bound)'
            : 'has a DOCTYPE declaration';
}
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}


/***/ })

};
