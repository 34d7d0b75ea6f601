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
    /** Each case's time attribute and start offset, by its place in `cases`. */
    const times = [];
    const starts = [];
    const visit = (node, suites, depth) => {
        if (!node || typeof node !== 'object')
            return;
        const n = node;
        const first = cases.length;
        const here = startOf(n) ?? 0;
        const testcases = asArray(n.testcase);
        const caseSuites = suitesOfCases(suites, testcases);
        for (const c of testcases) {
            const tc = (c && typeof c === 'object' ? c : {});
            // A bare <testcase/> has no metadata: it is placed at its suite.
            const start = startOf(tc) ?? here;
            const status = asArray(tc.failure).length || asArray(tc.error).length ? 'failed' : asArray(tc.skipped).length ? 'skipped' : 'passed';
            const requirementProperties = requirementPropertiesOf(tc);
            const testCase = {
                name: (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(tc.name),
                classname: (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(tc.classname),
                suites: caseSuites,
                status,
                requirementProperties,
                report,
                line: lineAt(start),
            };
            const flaky = asArray(tc.flakyFailure).length + asArray(tc.flakyError).length;
            if (status === 'passed' && flaky)
                testCase.flaky = flaky;
            cases.push(testCase);
            times.push(tc.time);
            starts.push(start);
        }
        const own = cases.slice(first);
        failedHooks(own, report);
        // A suite where Surefire reran failed tests counts only the last round of reruns (tests="1" failures="1" over
        // three cases, one passing, one passing on a rerun, one failing every run): its counts say nothing of the rest.
        if (!testcases.some(rerun))
            uncountedPasses(own, times.slice(first), n, asArray(n.testsuite).length > 0);
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
/** The values of a case's requirement properties (<property name="requirement" value="..."/>, or as text). */
function requirementPropertiesOf(tc) {
    const props = asArray(tc.properties).flatMap((p) => asArray(p?.property));
    return props
        .filter((p) => typeof p?.name === 'string' && REQUIREMENT_PROPERTIES.has(p.name.toLowerCase()))
        .map((p) => (p.value !== undefined && p.value !== null ? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(p.value) : (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(p['#text'])));
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
const count = (v) => {
    const t = v === undefined || v === null ? '' : (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(v).trim();
    return /^[0-9]+$/.test(t) ? Number(t) : undefined;
};
/**
 * jest-junit writes an it.todo as a <testcase> with nothing in it, as it writes a pass; the suite's own counts
 * (tests = passes + failures + errors + skipped + disabled) leave it out. When a suite of cases (no nested suite)
 * shows more passes than it counts, the passes that cannot be told from a todo — those with no time, or time 0 —
 * are not taken as passes.
 */
function uncountedPasses(cases, times, suite, nested) {
    if (nested || !cases.length)
        return;
    const tests = count(suite.tests);
    if (tests === undefined)
        return;
    // disabled: the JUnit schema's count of disabled tests, which a report may write as bare cases.
    const counted = tests - (count(suite.failures) ?? 0) - (count(suite.errors) ?? 0) - (count(suite.skipped) ?? 0) - (count(suite.disabled) ?? 0);
    const passes = [];
    const untimed = [];
    cases.forEach((c, i) => {
        if (c.status !== 'passed')
            return;
        passes.push(c);
        const time = times[i] === undefined || times[i] === null ? '' : (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(times[i]).trim();
        if (time === '' || Number(time) === 0)
            untimed.push(c);
    });
    const surplus = passes.length - Math.max(counted, 0);
    if (surplus <= 0)
        return;
    const doubtful = untimed.length >= surplus ? untimed : passes;
    for (const c of doubtful) {
        c.status = 'skipped';
        c.note = `its suite counts ${Math.max(counted, 0)} passed of ${cases.length} cases, fewer than it shows as passed (${passes.length}): a test that did not run (jest-junit writes an it.todo so), and this one cannot be told from it — remove the it.todo tests (or give them a test that runs) and commit the new report`;
    }
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
