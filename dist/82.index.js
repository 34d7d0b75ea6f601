export const id = 82;
export const ids = [82];
export const modules = {

/***/ 3047:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ classifier)
/* harmony export */ });
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5211);

const RANK = { A: 1, B: 2, C: 3 };
/**
 * The safety class of a path: the highest class among the items whose paths match it (a file shared by a
 * class B and a class C item must meet class C), else the policy's default.
 */
function classifier(classification) {
    const items = classification.items.map((item) => ({ cls: item.class, matches: (0,_util_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatcher */ .f)(item.paths) }));
    return (path) => {
        let best;
        for (const item of items)
            if (item.matches(path) && (!best || RANK[item.cls] > RANK[best]))
                best = item.cls;
        return best ?? classification.default;
    };
}


/***/ }),

/***/ 7849:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ defineRule),
/* harmony export */   P: () => (/* binding */ gateOptionsOf)
/* harmony export */ });
/** A rule from its definition: the options a gate hands over have passed the options schema (the policy loader validated them). */
function defineRule(definition) {
    return {
        ...definition,
        optionsSchema: definition.options,
        evaluate: (options, facts, ctx) => definition.evaluate(options, facts, ctx),
    };
}
/**
 * A loaded gate's options, typed by the rule it runs. The policy loader has validated them against that rule's
 * schema (as it does for every gate before the engine hands them to a rule), so they have this shape; a gate that
 * runs another rule is a programming error.
 */
function gateOptionsOf(gate, rule) {
    if (gate.rule !== rule.name)
        throw new Error(`gate "${gate.id}" runs rule ${gate.rule}, not ${rule.name}`);
    return gate.options;
}


/***/ }),

/***/ 9975:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G6: () => (/* binding */ globSchema),
/* harmony export */   KN: () => (/* binding */ whenSchema),
/* harmony export */   Ly: () => (/* binding */ RuleOptions),
/* harmony export */   QJ: () => (/* binding */ Const),
/* harmony export */   bD: () => (/* binding */ StringEnum),
/* harmony export */   e4: () => (/* binding */ globListSchema),
/* harmony export */   fz: () => (/* binding */ annotate),
/* harmony export */   mf: () => (/* binding */ requirementSourceSchema),
/* harmony export */   oG: () => (/* binding */ safetyClassSchema),
/* harmony export */   v2: () => (/* binding */ regexSchema),
/* harmony export */   wI: () => (/* binding */ principalListSchema),
/* harmony export */   wj: () => (/* binding */ SAFETY_CLASSES)
/* harmony export */ });
/* unused harmony exports REQUIREMENT_FORMATS, principalPattern, SEVERITIES, severitySchema */
/* harmony import */ var _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4508);

/** One of the given strings: `{ enum: [...] }` in the JSON Schema, their union in TypeScript. */
function StringEnum(values, options = {}) {
    return _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Unsafe({ enum: [...values], ...options });
}
/** Exactly this value: `{ const: value }` in the JSON Schema. */
function Const(value, options = {}) {
    return _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Unsafe({ const: value, ...options });
}
/**
 * A rule's options: an object schema whose TypeScript type has every property that has a default (ajv fills
 * defaults, so the rule always sees one) or that is listed in `required`; the others are Type.Optional. Unlike
 * Type.Object, the JSON Schema's `required` lists only `required` (a default is not something the author must write).
 */
function RuleOptions(properties, options = {}) {
    const { required, ...rest } = options;
    const schema = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Object(properties, rest);
    delete schema.required;
    if (required?.length)
        schema.required = [...required];
    return schema;
}
/** A repo-relative glob; the custom format rejects absolute paths and "..". */
const globSchema = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.String({ minLength: 1, format: 'repo-glob' });
/** A regular expression from the policy: it must compile and be free of catastrophic backtracking. */
const regexSchema = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.String({ minLength: 1, format: 'safe-regex' });
const globListSchema = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Array(globSchema);
/** Requirement source formats. */
const REQUIREMENT_FORMATS = ['yaml', 'markdown', 'doorstop', 'strictdoc', 'openfasttrace', 'sphinx-needs', 'reqif'];
/** Where requirements are defined: a glob (format from the extension) or {path, format}; the gates that read requirements share it. */
const requirementSourceSchema = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Union([
    globSchema,
    _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Object({
        path: globSchema,
        format: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Optional(StringEnum(REQUIREMENT_FORMATS)),
        id_attribute: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.String({
            minLength: 1,
            description: "reqif: the attribute holding each spec object's id (default ReqIF.ForeignID, then its IDENTIFIER).",
        })),
        test_types: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.String({ pattern: '^[A-Za-z]+$' }), {
            minItems: 1,
            description: 'openfasttrace: the artifact types that are tests (default utest, itest, stest); an item is a requirement when its Needs names one.',
        })),
    }, { additionalProperties: false }),
]);
/** A GitHub login, an @org/team, or (in reviewer lists) a group name from `groups`. */
const principalPattern = '^(@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*|@?[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?)$';
const principalListSchema = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.String({ pattern: principalPattern }), {
    description: 'Group names from `groups`, @org/team slugs, or GitHub logins.',
});
/** Options with a different description (or other annotations): a copy, so the shared schema stays as it is. */
function annotate(schema, options) {
    return { ...schema, ...options };
}
const SAFETY_CLASSES = ['A', 'B', 'C'];
const safetyClassSchema = StringEnum(SAFETY_CLASSES, { description: 'IEC 62304 software safety class.' });
const SEVERITIES = ['error', 'warning', 'notice'];
const severitySchema = StringEnum(SEVERITIES);
/** A gate's `when`: it applies only when every condition given holds. */
const whenSchema = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Object({
    paths: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Optional(annotate(globListSchema, { description: 'A changed file matches one of these globs.' })),
    class: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Array(safetyClassSchema, {
        description: 'A changed file lies in a software item of one of these classes (files in no item take classification.default).',
    })),
    labels: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.String({ minLength: 1 }), { description: 'The pull request has one of these labels.' })),
}, { additionalProperties: false, description: 'The gate applies only when every condition given holds; without `when` it always applies.' });


/***/ }),

/***/ 3186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ countMatrix)
/* harmony export */ });
// The counts of a traceability matrix, as the gate summarizes it and `sdlc-gate trace` reports it. The matrix
// itself is built by the traceability rule (src/rules/traceability/matrix.ts) and rendered through the structural
// view the renderers declare (src/report/trace-matrix.ts); counting needs only each row's verdict and suspect flag.
function countMatrix(m) {
    let tested = 0;
    let verified = 0;
    let suspect = 0;
    for (const r of m.rows) {
        if (r.verdict !== 'untested')
            tested++;
        if (r.verdict === 'verified')
            verified++;
        if (r.suspect)
            suspect++;
    }
    return {
        requirements: m.rows.length,
        tested,
        verified,
        untested: m.rows.length - tested,
        unknownReferences: m.unknownReferences.length,
        suspect,
    };
}


/***/ }),

/***/ 2458:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ FactError)
/* harmony export */ });
// Core types shared by every stage of the pipeline: policy → facts → rules → engine → report → publish.
// The core imports nothing outside itself.
/** A fact could not be obtained; the message says what failed and what to do. */
class FactError extends Error {
    name = 'FactError';
}


/***/ }),

/***/ 9095:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ evaluate),
/* harmony export */   g: () => (/* binding */ overallStatus)
/* harmony export */ });
/* harmony import */ var _core_classification_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3047);
/* harmony import */ var _policy_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8793);
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5211);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8805);




async function evaluate(policy, facts, rules, meta, onGate) {
    const byName = new Map(rules.map((r) => [r.name, r]));
    // Gates run concurrently; facts are memoized, so shared facts are fetched once.
    const gates = await Promise.all(policy.gates.map(async (gate, index) => {
        const result = await evaluateGate(gate, policy, facts, byName.get(gate.rule));
        onGate?.(index, result);
        return result;
    }));
    return { schema: 'sdlc-gate/result@1', status: overallStatus(gates), base: meta.base, head: meta.head, policy: meta.policy, gates };
}
function overallStatus(gates) {
    return gates.some((g) => g.status === 'fail' || g.status === 'error') ? 'fail' : 'pass';
}
async function evaluateGate(gate, policy, facts, rule) {
    const base = { id: gate.id, rule: gate.rule, level: gate.level, ...(gate.refs ? { refs: gate.refs } : {}) };
    try {
        if (!rule)
            throw new Error(`no rule named "${gate.rule}" is registered`);
        const skipReason = await whyNotApplicable(gate, policy, facts);
        if (skipReason)
            return { ...base, status: 'skip', summary: skipReason, findings: [] };
        const ctx = (0,_policy_context_js__WEBPACK_IMPORTED_MODULE_2__/* .gateContext */ .V)(policy, gate.id);
        const outcome = await rule.evaluate(gate.options, facts, ctx);
        const findings = Array.isArray(outcome) ? outcome : outcome.findings;
        const status = statusOf(findings, gate.level);
        const summary = (!Array.isArray(outcome) && outcome.summary) || defaultSummary(findings, status);
        const tables = !Array.isArray(outcome) && outcome.tables?.length ? { tables: outcome.tables } : {};
        return { ...base, status, summary, findings, ...tables };
    }
    catch (e) {
        const message = errorMessage(e);
        return {
            ...base,
            status: 'error',
            summary: `could not be evaluated: ${message}`,
            findings: [{ severity: 'error', message: `The gate could not be evaluated, so it fails: ${message}` }],
        };
    }
}
function statusOf(findings, level) {
    if (!findings.some((f) => f.severity === 'error'))
        return 'pass';
    return level === 'warning' ? 'warn' : 'fail';
}
function defaultSummary(findings, status) {
    const errors = findings.filter((f) => f.severity === 'error');
    if (status === 'pass') {
        const warnings = findings.filter((f) => f.severity === 'warning').length;
        return warnings ? `passed with ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(warnings, 'warning')}` : 'passed';
    }
    return errors.length === 1 ? errors[0].message : `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(errors.length, 'problem')}: ${errors[0].message}`;
}
/** Why the gate's `when` does not hold, or undefined when the gate applies. */
async function whyNotApplicable(gate, policy, facts) {
    const when = gate.when;
    if (!when)
        return undefined;
    if (when.paths?.length || when.class?.length) {
        const changed = (await facts.changedFiles()).flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]);
        if (when.paths?.length) {
            const matches = (0,_util_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .globMatcher */ .f)(when.paths);
            if (!changed.some(matches))
                return `skipped: no changed file matches ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .listing */ .RR)(when.paths, 'or')}`;
        }
        if (when.class?.length) {
            const classOf = (0,_core_classification_js__WEBPACK_IMPORTED_MODULE_0__/* .classifier */ .k)(policy.classification);
            if (!changed.some((p) => when.class.includes(classOf(p)))) {
                return `skipped: no changed file is in a class ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .listing */ .RR)(when.class, 'or')} software item`;
            }
        }
    }
    if (when.labels?.length) {
        const labels = new Set((await facts.pr()).labels);
        if (!when.labels.some((l) => labels.has(l)))
            return `skipped: the pull request has none of the labels ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .listing */ .RR)(when.labels, 'or')}`;
    }
    return undefined;
}
function errorMessage(e) {
    if (e instanceof Error)
        return e.message.split('\n')[0].trim() || e.name;
    return String(e);
}


/***/ }),

/***/ 1892:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ scanByReading),
/* harmony export */   u: () => (/* binding */ createFacts)
/* harmony export */ });
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2458);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4467);
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5211);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7876);





function createFacts(sources) {
    const once = memo();
    return {
        pr: async () => sources.pr,
        changedFiles: () => once('changed', () => sources.changedFiles()),
        reviews: () => once('reviews', () => sources.reviews()),
        teamMembers: (team) => once(`team:${team.toLowerCase()}`, () => sources.teamMembers(team)),
        readAtBase: (path, opts) => once(`base:${opts?.maxBytes ?? ''}:${path}`, () => sources.readFile(sources.pr.baseSha, path, opts?.maxBytes)),
        readAtHead: (path, opts) => once(`head:${opts?.maxBytes ?? ''}:${path}`, () => sources.readFile(sources.pr.headSha, path, opts?.maxBytes)),
        listAtHead: async (globs) => {
            const all = await once('tree:head', () => sources.listFiles(sources.pr.headSha));
            const matches = (0,_util_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .globMatcher */ .f)(globs);
            return all.filter(matches);
        },
        listAtBase: async (globs) => {
            const all = await once('tree:base', () => sources.listFiles(sources.pr.baseSha));
            const matches = (0,_util_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .globMatcher */ .f)(globs);
            return all.filter(matches);
        },
        scanAtHead: (paths, visit, options) => (sources.scanFiles ?? scanByReading(sources.readFile))(sources.pr.headSha, paths, visit, options),
        ...(sources.issueExists ? { issueExists: (n) => once(`issue:${n}`, () => sources.issueExists(n)) } : {}),
        ...(sources.osvScan
            ? { osvScan: (api, purls) => once(`osv:${api}:${osvKey(purls)}`, () => sources.osvScan(api, purls)) }
            : {}),
    };
}
/**
 * A scan made of single reads (the API, a work tree), each file kept by no one. With `limit`, a scan of more files
 * than that is refused with `advice` rather than spending a request per file.
 */
function scanByReading(readFile, limit) {
    return async (ref, paths, visit) => {
        if (limit && paths.length > limit.files) {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FactError */ .n(`searching ${paths.length} files would take a request each (more than ${limit.files}) — ${limit.advice}`);
        }
        await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_4__/* .mapConcurrent */ ._)(paths, _util_concurrency_js__WEBPACK_IMPORTED_MODULE_4__/* .READ_CONCURRENCY */ .H, async (path) => visit(await readForScan(readFile, ref, path)));
    };
}
async function readForScan(readFile, ref, path) {
    try {
        const file = await readFile(ref, path);
        return file ? { path, text: file.text } : { path };
    }
    catch (e) {
        // Scans read any bytes, as the checkout's scan does: a test file in Latin-1 still cites its requirements.
        if (e instanceof _text_js__WEBPACK_IMPORTED_MODULE_2__/* .NotTextError */ .lg)
            return { path, text: (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .lenientText */ .t9)(e.bytes) };
        if (e instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FactError */ .n)
            return { path, error: e };
        throw e;
    }
}
function memo() {
    const cache = new Map();
    return (key, fetch) => {
        let hit = cache.get(key);
        if (!hit) {
            hit = fetch();
            cache.set(key, hit);
        }
        return hit;
    };
}
/** One key per set of purls, however long the list. */
function osvKey(purls) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update([...purls].sort().join('\n'))
        .digest('hex');
}


/***/ }),

/***/ 2536:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tr: () => (/* reexport */ GitRepo),
  NP: () => (/* reexport */ normalizeRepoPath),
  F_: () => (/* reexport */ parseNameStatus)
});

// UNUSED EXPORTS: BatchOutputParser, DEFAULT_MAX_FILE_BYTES, GitError, GrepOutputParser, grepScope

// EXTERNAL MODULE: ./lib/core/types.js
var types = __webpack_require__(2458);
// EXTERNAL MODULE: ./lib/facts/text.js
var facts_text = __webpack_require__(7876);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./lib/facts/git/process.js


// Running git: one command with its whole output (execGit), or a long one streamed (streamGit). An argument list,
// never a shell; no prompts, no optional locks, the C locale; bounded by time and by output size.
const GIT_TIMEOUT_MS = 60_000;
/** A scan streams many files through one process; it is bounded by time as a whole. */
const SCAN_TIMEOUT_MS = 10 * 60_000;
const MAX_GIT_OUTPUT = 256 * 1024 * 1024;
/** Runs git in `dir` with an argument list (never a shell), literal pathspecs and no prompts; its whole output. */
function execGit(dir, args, timeoutMs = GIT_TIMEOUT_MS) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', ['-C', dir, '--literal-pathspecs', '-c', 'core.quotePath=false', ...args], {
            encoding: 'buffer',
            maxBuffer: MAX_GIT_OUTPUT,
            timeout: timeoutMs,
            env: gitEnv(),
        }, (error, stdout, stderr) => {
            if (error) {
                const detail = stderr.toString('utf8').trim().split('\n')[0] || error.message;
                reject(new GitError(`git ${args[0]} failed: ${detail}`));
            }
            else
                resolve(stdout);
        });
    });
}
class GitError extends types/* FactError */.n {
    name = 'GitError';
}
/**
 * A scan's failure as the user reads it: what git was doing, and — where the message has no advice of its own (git
 * answered what the gate cannot read, or stopped early) — what to do next. Errors that are not git's pass as they are.
 */
function withNextStep(error, doing) {
    if (!(error instanceof GitError) || error.message.includes(' — '))
        return error;
    return new GitError(`${error.message} (${doing}) — re-run the job; if it fails again, the checkout or its git is broken: check out afresh, and report it with \`git --version\` if it persists`);
}
function gitEnv() {
    return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
}
/**
 * Runs git over many files with its output handed to `onOutput` chunk by chunk (and `input` written to it), and
 * settles once: with what `onClose` answers when git has finished, or rejects on the first error — a handler that
 * throws, git that cannot start, the scan's time limit — killing git. What git sends after that is not handed on.
 */
function streamGit(dir, args, handlers) {
    return new Promise((resolve, reject) => {
        // No stdin unless there is input: git grep may refuse a pattern and exit before an empty stdin is closed (EPIPE).
        const child = (0,external_node_child_process_.spawn)('git', ['-C', dir, '--literal-pathspecs', ...args], {
            env: gitEnv(),
            stdio: [handlers.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        const command = `git ${args[0]}`;
        let settled = false;
        let stderr = '';
        const finish = (outcome) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            if ('error' in outcome) {
                child.kill();
                reject(withNextStep(outcome.error, `${command} ${handlers.doing}`));
            }
            else
                resolve(outcome.value);
        };
        const timer = setTimeout(() => finish({
            error: new GitError(`${command} did not finish ${handlers.doing} within ${SCAN_TIMEOUT_MS / 60_000} minutes — narrow the files the policy's globs match`),
        }), SCAN_TIMEOUT_MS);
        child.stdout.on('data', (chunk) => {
            if (settled)
                return;
            try {
                handlers.onOutput(chunk);
            }
            catch (e) {
                finish({ error: e });
            }
        });
        child.stderr.on('data', (chunk) => {
            if (stderr.length < 4096)
                stderr += chunk.toString('utf8');
        });
        child.on('error', (e) => finish({ error: new GitError(`${command} failed: ${e.message} — check that git is installed and the checkout is readable`) }));
        child.on('close', (code) => {
            if (settled)
                return;
            try {
                finish({ value: handlers.onClose(code, stderr) });
            }
            catch (e) {
                finish({ error: e });
            }
        });
        if (child.stdin) {
            child.stdin.on('error', (e) => finish({ error: new GitError(`${command} failed: ${e.message}`) }));
            child.stdin.end(handlers.input);
        }
    });
}

;// CONCATENATED MODULE: ./lib/facts/git/cat-file.js



// Reading blobs through `git cat-file --batch`: its output parsed as it streams (BatchOutputParser), many files in
// one process of their own (catFiles), and single reads through one long-running process (BlobReader).
/**
 * `git cat-file --batch` output parsed as it streams: a header "<oid> <type> <size>" (or "<oid> missing"), the
 * body, a newline. Each body is copied once into a buffer of its own size, however the chunks fall.
 */
class BatchOutputParser {
    onObject;
    header = [];
    body;
    filled = 0;
    newlineDue = false;
    constructor(onObject) {
        this.onObject = onObject;
    }
    push(chunk) {
        let at = 0;
        while (at < chunk.length) {
            if (this.body) {
                const n = Math.min(this.body.length - this.filled, chunk.length - at);
                chunk.copy(this.body, this.filled, at, at + n);
                this.filled += n;
                at += n;
                if (this.filled === this.body.length)
                    this.complete(this.body);
                continue;
            }
            if (this.newlineDue) {
                this.newlineDue = false;
                at++;
                continue;
            }
            const newline = chunk.indexOf(10, at);
            if (newline < 0) {
                this.header.push(chunk.subarray(at));
                return;
            }
            const line = Buffer.concat([...this.header, chunk.subarray(at, newline)]).toString('latin1');
            this.header = [];
            at = newline + 1;
            const [, type, size] = line.split(' ');
            if (type === 'missing' || type === 'ambiguous' || size === undefined) {
                this.onObject(undefined);
                continue;
            }
            const length = Number(size);
            if (!Number.isSafeInteger(length) || length < 0)
                throw new GitError(`git cat-file answered an unreadable header: ${line.slice(0, 100)}`);
            this.body = Buffer.allocUnsafe(length);
            this.filled = 0;
            if (length === 0)
                this.complete(this.body);
        }
    }
    complete(body) {
        this.body = undefined;
        this.newlineDue = true;
        this.onObject(body);
    }
}
/** Whole files through one `git cat-file --batch` of their own, visited in the order given. */
async function catFiles(dir, items, visit) {
    const oids = items.flatMap((item) => ('oid' in item ? [item.oid] : []));
    let next = 0;
    const visitAnswered = () => {
        for (let item = items[next]; item && !('oid' in item); item = items[++next])
            visit(item);
    };
    visitAnswered();
    if (!oids.length)
        return;
    const parser = new BatchOutputParser((body) => {
        const item = items[next++];
        if (!item || !('oid' in item))
            throw new GitError('git cat-file answered more objects than were asked for');
        if (!body)
            throw new GitError(`git object ${item.oid} (${item.path}) is missing from the repository`);
        visit({ path: item.path, text: (0,facts_text/* lenientText */.t9)(body) });
        visitAnswered();
    });
    await streamGit(dir, ['cat-file', '--batch'], {
        doing: `reading ${oids.length} files`,
        input: oids.join('\n') + '\n',
        onOutput: (chunk) => parser.push(chunk),
        onClose: (code) => {
            if (next !== items.length)
                throw new GitError(`git cat-file ended (exit ${code}) before it had read ${items[next]?.path ?? 'every file'}`);
        },
    });
}
/**
 * Blobs through one long-running `git cat-file --batch`, instead of a process per file. The process holds the
 * event loop only while a read is pending, so a CLI run ends when its work does.
 */
class BlobReader {
    dir;
    child;
    pending = [];
    failure;
    constructor(dir) {
        this.dir = dir;
    }
    read(oid) {
        if (this.failure)
            return Promise.reject(this.failure);
        const child = this.start();
        return new Promise((resolve, reject) => {
            this.pending.push({ oid, resolve, reject });
            if (this.pending.length === 1)
                this.hold(true);
            child.stdin.write(`${oid}\n`);
        });
    }
    start() {
        if (this.child)
            return this.child;
        const child = (0,external_node_child_process_.spawn)('git', ['-C', this.dir, 'cat-file', '--batch'], { env: gitEnv() });
        const parser = new BatchOutputParser((body) => this.answer(body));
        child.stdout.on('data', (chunk) => {
            try {
                parser.push(chunk);
            }
            catch (e) {
                this.fail(e);
                child.kill();
            }
        });
        child.on('error', (e) => this.fail(new GitError(`git cat-file failed: ${e.message}`)));
        child.on('close', (code) => this.fail(new GitError(`git cat-file ended (exit ${code}) before answering`)));
        child.stdin.on('error', (e) => this.fail(new GitError(`git cat-file failed: ${e.message}`)));
        this.child = child;
        this.hold(false);
        return child;
    }
    /** Keeps the process alive while reads are pending; lets it go when idle. */
    hold(busy) {
        const child = this.child;
        if (!child)
            return;
        for (const handle of [child, child.stdout, child.stdin, child.stderr]) {
            if (busy)
                handle.ref?.();
            else
                handle.unref?.();
        }
    }
    answer(body) {
        const head = this.pending.shift();
        if (!head)
            throw new GitError('git cat-file answered an object that was not asked for');
        if (body)
            head.resolve(body);
        else
            head.reject(new GitError(`git object ${head.oid} is missing from the repository`));
        if (this.pending.length === 0)
            this.hold(false);
    }
    fail(e) {
        this.failure ??= e;
        for (const p of this.pending.splice(0))
            p.reject(this.failure);
    }
}

;// CONCATENATED MODULE: ./lib/facts/git/diff.js
// Changed files between two commits: `git diff --name-status -z -M`, parsed.
/** The arguments of the diff that lists the files changed between two commits, with renames, as GitHub lists a PR's files. */
function diffArgs(from, to) {
    return ['diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-textconv', from, to, '--'];
}
const STATUS = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', C: 'copied', T: 'changed' };
function parseNameStatus(out) {
    const fields = out.split('\0');
    const files = [];
    for (let i = 0; i < fields.length && fields[i];) {
        const code = fields[i++];
        const status = STATUS[code[0]] ?? 'changed';
        if (status === 'renamed' || status === 'copied') {
            const previousPath = fields[i++];
            files.push({ path: fields[i++], status, previousPath });
        }
        else
            files.push({ path: fields[i++], status });
    }
    return files;
}

// EXTERNAL MODULE: ./lib/facts/refusals.js
var refusals = __webpack_require__(7150);
;// CONCATENATED MODULE: ./lib/facts/git/tree.js


/** `git ls-tree -r -t -l -z` output as entries by path. */
function parseTreeListing(out) {
    return new Map(out
        .split('\0')
        .filter(Boolean)
        .map(parseTreeLine)
        .map((e) => [e.path, e]));
}
/** Whether some path of the tree holds a newline (git grep --heading would end its name early). */
function hasNewlineInPaths(tree) {
    for (const path of tree.keys())
        if (path.includes('\n'))
            return true;
    return false;
}
/** A repo-relative path without "./" or "//"; FactError for absolute paths and "..". */
function normalizeRepoPath(path) {
    // Most paths come from git's own listing and are already normal: no "\\", empty, "." or ".." segment.
    if (!/\\|(?:^|\/)\.{0,2}(?:\/|$)/.test(path))
        return path;
    const parts = path
        .replace(/\\/g, '/')
        .split('/')
        .filter((p) => p !== '' && p !== '.');
    if (path.startsWith('/') || parts.includes('..') || parts.length === 0) {
        throw new types/* FactError */.n(`"${path}" is not a path inside the repository`);
    }
    return parts.join('/');
}
function parseTreeLine(line) {
    // "<mode> SP <type> SP <object> SP+ <size> TAB <path>"
    const tab = line.indexOf('\t');
    const s1 = line.indexOf(' ');
    const s2 = line.indexOf(' ', s1 + 1);
    const s3 = line.indexOf(' ', s2 + 1);
    const size = line.slice(s3 + 1, tab).trim();
    return {
        mode: line.slice(0, s1),
        type: line.slice(s1 + 1, s2),
        oid: line.slice(s2 + 1, s3),
        size: size === '-' || size === '' ? 0 : Number(size),
        path: line.slice(tab + 1),
    };
}
/** A path under a symlinked folder is not in the tree; say why rather than "not found". */
function refuseSymlinkedParent(tree, ref, path) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
        const parent = tree.get(parts.slice(0, i).join('/'));
        if (parent?.mode === '120000')
            throw new types/* FactError */.n(`${path} lies under ${parent.path}, a symbolic link at ${ref.slice(0, 7)}; links are not followed — commit the files themselves`);
    }
}
/** The blob entry to read for `path`, undefined when absent; FactError for what is refused without reading it. */
function blobEntry(tree, ref, path, maxBytes) {
    const entry = tree.get(path);
    if (!entry) {
        refuseSymlinkedParent(tree, ref, path);
        return undefined;
    }
    const at = ref.slice(0, 7);
    if (entry.mode === '120000')
        throw (0,refusals/* symlinkRefused */.U)(path, ref);
    if (entry.type === 'tree')
        throw new types/* FactError */.n(`${path} is a directory at ${at}, not a file`);
    if (entry.type === 'commit')
        throw new types/* FactError */.n(`${path} is a submodule at ${at}, not a file`);
    if (entry.size > maxBytes)
        throw (0,refusals/* tooLarge */.g)(path, entry.size, ref, maxBytes);
    return entry;
}
const treeBytes = new WeakMap();
/** The bytes of every file of a tree, counted once per tree. */
function bytesOf(tree) {
    let bytes = treeBytes.get(tree);
    if (bytes === undefined) {
        bytes = 0;
        for (const entry of tree.values())
            if (entry.type !== 'tree')
                bytes += entry.size;
        treeBytes.set(tree, bytes);
    }
    return bytes;
}

;// CONCATENATED MODULE: ./lib/facts/git/grep.js


// Searching a commit's files with one `git grep`: which pathspecs cover the files wanted (grepScope), git's output
// parsed as it streams (GrepOutputParser), and the search itself, with PCRE where git has it, else the POSIX ERE.
/** `git grep` over the files of one repository; remembers whether its git has PCRE. */
class GitGrep {
    dir;
    /** Whether this git searches with PCRE (git grep -P); unknown until first asked. */
    pcre;
    constructor(dir) {
        this.dir = dir;
    }
    /** True when git answered every file; false when it refused the search; else the files it answered in full before PCRE gave up. */
    async search(ref, tree, lines, pathspecs, wanted, visit) {
        // The matches themselves where the caller has a PCRE whose `git grep -o` matches are provably its own (-o resumes
        // after a match as on a line of its own, which only such a pattern cannot tell); otherwise git selects lines and
        // the caller reads them. A refusal may be this pattern's, so it says nothing yet about PCRE as such.
        if (lines.exact && this.pcre !== false) {
            const exact = await this.grepLines(ref, tree, ['-P', lines.exact], pathspecs, wanted, visit, true);
            if (exact) {
                this.pcre = true;
                return exact;
            }
        }
        // A git built without PCRE refuses -P before answering; it is asked once.
        if (this.pcre !== false) {
            const selected = await this.grepLines(ref, tree, ['-P', lines.pcre], pathspecs, wanted, visit);
            if (selected) {
                this.pcre = true;
                return selected;
            }
            this.pcre = false;
        }
        return this.grepLines(ref, tree, ['-E', lines.ere], pathspecs, wanted, visit);
    }
    /**
     * `git grep` at `ref` over `pathspecs` (none: the whole tree); each file of `wanted` visited once with its
     * selected lines. False when git refused the search before it answered anything, so the caller reads instead;
     * where PCRE gave up on a line (a pattern that backtracks, on a line chosen to make it), the files answered in
     * full until then, by the caller's names, so the caller reads the others whole.
     */
    async grepLines(ref, tree, [dialect, pattern], pathspecs, wanted, visit, onlyMatching = false) {
        const visited = new Set();
        // A file as handed over: its matches as they came, or its lines.
        const scanned = (path, lines, texts) => onlyMatching
            ? { path, matches: { lines, texts } }
            : { path, lines: texts.map((text, i) => ({ line: lines[i], text })) };
        // The file being answered: its line numbers and texts so far, handed over when the next file starts.
        let current;
        const flush = () => {
            if (current)
                visit(scanned(current.path, current.lines, current.texts));
            current = undefined;
        };
        // Every record of a file names it with the same string: it is looked up once per file.
        let lastPath;
        let lastName;
        // Headings (each path once) unless some path in the tree holds a newline, which would end a heading early.
        const heading = !hasNewlineInPaths(tree);
        const parser = new GrepOutputParser(`${ref}:`, (path, line, text) => {
            if (path !== lastPath) {
                lastPath = path;
                lastName = wanted.get(path);
                if (lastName !== undefined) {
                    flush();
                    if (visited.has(path))
                        throw new GitError(`git grep answered ${path} twice`);
                    visited.add(path);
                    current = { path: lastName, lines: [], texts: [] };
                }
            }
            if (lastName === undefined)
                return;
            current.lines.push(line);
            current.texts.push(text);
        }, heading);
        // One thread: on a small machine git's threads contend for the object store, and the other core parses.
        const args = [
            'grep',
            '--threads=1',
            '--no-color',
            '--no-column',
            '-n',
            '-z',
            '-a',
            ...(heading ? ['--heading'] : []),
            ...(onlyMatching ? ['-o'] : []),
            dialect,
            '-e',
            pattern,
            ref,
            '--',
            ...pathspecs,
        ];
        return streamGit(this.dir, args, {
            doing: `searching ${wanted.size} files`,
            onOutput: (chunk) => parser.push(chunk),
            onClose: (code, stderr) => {
                // 0: lines found, 1: none. Anything else before a line was answered: the search was refused, read instead.
                if (code !== 0 && code !== 1) {
                    if (dialect === '-P' && PCRE_GAVE_UP.test(stderr)) {
                        const answered = new Set();
                        for (const path of visited)
                            if (wanted.get(path) !== current?.path)
                                answered.add(wanted.get(path));
                        return answered;
                    }
                    if (!parser.records && !visited.size)
                        return false;
                    throw new GitError(`git grep failed (exit ${code}): ${stderr.trim().split('\n')[0] ?? ''}`);
                }
                parser.end();
                flush();
                for (const [path, name] of wanted)
                    if (!visited.has(path))
                        visit(scanned(name, [], []));
                return true;
            },
        });
    }
}
/** What git says when PCRE stops matching a line: its match, depth or JIT stack limit (pcre2_jit_match failed with error code -47: match limit exceeded). */
const PCRE_GAVE_UP = /pcre2?_\w+ failed with error code -?\d+/;
/** Pathspecs naming more files than this make git grep slow (it matches every path against each). */
const MAX_GREP_PATHSPECS = 500;
/**
 * What one `git grep` should search to cover `paths` (regular files of `tree`): the whole tree when the wanted files
 * are nearly all of its bytes (searching the rest costs less than naming them); else the highest folders whose every
 * entry is wanted, and the remaining files — or, when that is too many to name, the whole tree if the wanted files
 * are most of its bytes. Undefined when neither fits: then reading just those files is cheaper.
 */
function grepScope(tree, paths) {
    if (!paths.length)
        return undefined;
    const treeBytes = bytesOf(tree);
    let wantedBytes = 0;
    for (const path of paths)
        wantedBytes += tree.get(path)?.size ?? 0;
    if (wantedBytes >= treeBytes * 0.9)
        return [];
    const total = new Map();
    const wanted = new Map();
    const count = (counts, path) => {
        for (let i = path.lastIndexOf('/');; i = path.lastIndexOf('/', i - 1)) {
            const dir = i < 0 ? '' : path.slice(0, i);
            counts.set(dir, (counts.get(dir) ?? 0) + 1);
            if (i <= 0)
                break;
        }
    };
    for (const entry of tree.values())
        if (entry.type !== 'tree')
            count(total, entry.path);
    for (const path of paths)
        count(wanted, path);
    const covered = (dir) => wanted.get(dir) === total.get(dir);
    if (covered(''))
        return [];
    const specs = new Set();
    for (const path of paths) {
        // The highest folder above the file that holds nothing else; the file itself when there is none.
        let spec = path;
        for (let i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
            if (covered(path.slice(0, i))) {
                spec = path.slice(0, i);
                break;
            }
        }
        specs.add(spec);
    }
    if (specs.size <= MAX_GREP_PATHSPECS)
        return [...specs];
    return wantedBytes * 2 >= treeBytes ? [] : undefined;
}
/**
 * `git grep -n -z` output parsed as it streams, each line's text decoded. Records are "<ref>:<path> NUL <line> NUL
 * <text> LF"; with `heading` (git grep --heading, for trees where no path holds a newline) the path comes once per
 * file as "<ref>:<path> LF" and the records are "<line> NUL <text> LF" — a third of the bytes for short matches.
 */
class GrepOutputParser {
    prefix;
    onLine;
    heading;
    /** What has arrived since the last complete record. */
    pending = [];
    lastName;
    lastPath;
    records = 0;
    constructor(prefix, onLine, heading = false) {
        this.prefix = prefix;
        this.onLine = onLine;
        this.heading = heading;
    }
    push(chunk) {
        this.pending.push(chunk);
        // Every record ends with a newline: until one arrives, nothing is complete (and a long line is joined once).
        if (chunk.indexOf(10) < 0)
            return;
        const buf = this.pending.length > 1 ? Buffer.concat(this.pending) : chunk;
        const at = this.heading ? this.readHeaded(buf) : this.readNamed(buf);
        this.pending = at < buf.length ? [Buffer.from(buf.subarray(at))] : [];
    }
    /** Records that each name their file; returns where the first incomplete one starts. */
    readNamed(buf) {
        let at = 0;
        for (;;) {
            // A path has no NUL and a line number no newline; the text ends at the first newline (it may hold NULs).
            const nul1 = buf.indexOf(0, at);
            if (nul1 < 0)
                break;
            const nul2 = buf.indexOf(0, nul1 + 1);
            if (nul2 < 0)
                break;
            const end = buf.indexOf(10, nul2 + 1);
            if (end < 0)
                break;
            // Lines of one file come together: its name is decoded once (and the same string is looked up after).
            if (!this.lastName || buf.compare(this.lastName, 0, this.lastName.length, at, nul1) !== 0) {
                this.lastPath = this.pathOf(buf.toString('utf8', at, nul1));
                this.lastName = Buffer.from(buf.subarray(at, nul1));
            }
            this.record(this.lastPath, this.lineNumber(buf, nul1 + 1, nul2), buf.toString('utf8', nul2 + 1, end));
            at = end + 1;
        }
        return at;
    }
    /** Headings and the records under them; returns where the first incomplete one starts. */
    readHeaded(buf) {
        let at = 0;
        for (;;) {
            // A record starts with digits and a NUL; a heading with the ref and a colon, so never with digits and a NUL.
            let digits = at;
            while (digits < buf.length && buf[digits] >= 48 && buf[digits] <= 57)
                digits++;
            if (digits >= buf.length)
                break;
            if (digits > at && buf[digits] === 0) {
                const end = buf.indexOf(10, digits + 1);
                if (end < 0)
                    break;
                if (this.lastPath === undefined)
                    throw new GitError('git grep answered a line before naming its file');
                this.record(this.lastPath, this.lineNumber(buf, at, digits), buf.toString('utf8', digits + 1, end));
                at = end + 1;
            }
            else {
                const end = buf.indexOf(10, at);
                if (end < 0)
                    break;
                this.lastPath = this.pathOf(buf.toString('utf8', at, end));
                at = end + 1;
            }
        }
        return at;
    }
    pathOf(name) {
        if (!name.startsWith(this.prefix))
            throw new GitError(`git grep answered an unreadable line: ${name.slice(0, 100)}`);
        return name.slice(this.prefix.length);
    }
    lineNumber(buf, from, to) {
        let line = 0;
        for (let i = from; i < to; i++) {
            const digit = buf[i] - 48;
            if (digit < 0 || digit > 9 || line > 1e12)
                throw new GitError(`git grep answered an unreadable line number for ${(this.lastPath ?? '').slice(0, 100)}`);
            line = line * 10 + digit;
        }
        if (line < 1)
            throw new GitError(`git grep answered an unreadable line number for ${(this.lastPath ?? '').slice(0, 100)}`);
        return line;
    }
    record(path, line, text) {
        this.records++;
        // Decoded as a scan reads any bytes (lenientText): invalid sequences become U+FFFD, ASCII stays itself.
        this.onLine(path, line, text);
    }
    /** The output has ended: a partial record means it was cut off. */
    end() {
        if (this.pending.length)
            throw new GitError('git grep output ended in the middle of a line');
    }
}

;// CONCATENATED MODULE: ./lib/facts/git/refs.js
// Commits and history: resolving a commit-ish, merge bases (asked once per pair), whether the clone is shallow,
// fetching refs. Each runs git through the repository's runner.
async function isShallow(git) {
    return (await git.run(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}
/** The full SHA of a commit-ish, or undefined when the repository does not have it. */
async function resolveCommit(git, ref) {
    if (ref.startsWith('-'))
        return undefined;
    try {
        return (await git.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/** `git merge-base a b`, asked once per pair until a fetch changes what history the repository has (clear). */
class MergeBases {
    git;
    cache = new Map();
    constructor(git) {
        this.git = git;
    }
    get(a, b) {
        const key = `${a}\0${b}`;
        let hit = this.cache.get(key);
        if (!hit) {
            hit = this.git.run(['merge-base', a, b]).then((out) => out.trim() || undefined, () => undefined);
            this.cache.set(key, hit);
        }
        return hit;
    }
    /** Records a merge base another thread of this run already asked git for. */
    know(a, b, base) {
        this.cache.set(`${a}\0${b}`, Promise.resolve(base));
    }
    clear() {
        this.cache.clear();
    }
}
async function fetchRefs(git, remote, refs, extra = []) {
    await git.run(['fetch', '--no-tags', '--no-recurse-submodules', '--quiet', ...extra, remote, ...refs], { timeoutMs: 120_000 });
}

;// CONCATENATED MODULE: ./lib/facts/git/repo.js








// The local checkout, read through git objects only: a file "at a commit" is a blob of that commit's tree,
// so a symlink in the work tree can never lead a read outside it, and the PR's working files are never run.
const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
class GitRepo {
    dir;
    maxFileBytes;
    /** Each commit's whole tree, listed once: reads look entries up here instead of running git per file. */
    trees = new Map();
    mergeBases = new MergeBases(this);
    blobs;
    grep;
    constructor(dir, maxFileBytes = DEFAULT_MAX_FILE_BYTES) {
        this.dir = dir;
        this.maxFileBytes = maxFileBytes;
    }
    /** Runs git with an argument list (never a shell), literal pathspecs and no prompts. */
    async run(args, opts = {}) {
        return (await execGit(this.dir, args, opts.timeoutMs)).toString('utf8');
    }
    async isRepository() {
        try {
            return (await this.run(['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
        }
        catch {
            return false;
        }
    }
    isShallow() {
        return isShallow(this);
    }
    /** The full SHA of a commit-ish, or undefined when the repository does not have it. */
    resolveCommit(ref) {
        return resolveCommit(this, ref);
    }
    mergeBase(a, b) {
        return this.mergeBases.get(a, b);
    }
    /** A merge base another thread of this run already asked git for (the action's main thread, for its worker). */
    knowMergeBase(a, b, base) {
        this.mergeBases.know(a, b, base);
    }
    /** Files changed between two commits, with renames, as GitHub lists a PR's files. */
    async diff(from, to) {
        const out = await this.run(diffArgs(from, to));
        return parseNameStatus(out);
    }
    /** Every file entry of a commit's tree (recursively: blobs, symlinks and submodules), with modes and sizes. */
    async listTree(ref) {
        // The same listing the reads use, listed once per commit.
        return [...(await this.treeOf(ref)).values()].filter((e) => e.type !== 'tree');
    }
    /**
     * A file's text at a commit. undefined when absent; FactError for a symlink, a directory, a submodule,
     * or a file over the size cap — those are refused without reading their content.
     */
    async readFile(ref, path, maxBytes = this.maxFileBytes) {
        const clean = normalizeRepoPath(path);
        const entry = blobEntry(await this.treeOf(ref), ref, clean, maxBytes);
        if (!entry)
            return undefined;
        this.blobs ??= new BlobReader(this.dir);
        const bytes = await this.blobs.read(entry.oid);
        return { path: clean, ref, bytes, text: (0,facts_text/* decodeText */.g7)(clean, bytes, ` at ${ref.slice(0, 7)}`) };
    }
    /**
     * Many files at a commit, handed to `visit` and kept by no one: memory stays at one file's size however many are
     * scanned. Refused and missing files are visited too, with their FactError or with neither text nor error.
     *
     * With `options.lines` the caller needs only the lines it selects, and where one `git grep` can cover the files
     * (few folders or files to name, or most of the tree) they come from it: each file once, with just those lines,
     * in tree order — searched with PCRE where git has it, else with the POSIX ERE. Otherwise each file's whole text
     * comes through one `git cat-file --batch`, in the order given.
     */
    async scanFiles(ref, paths, visit, options = {}, maxBytes = this.maxFileBytes) {
        const tree = await this.treeOf(ref);
        // Each path, with the object to read or the answer it already has (refused, missing); and the paths to read,
        // by their name in the tree (git names files so), with the name the caller gave (the visit uses it).
        const items = [];
        const given = new Map();
        for (const path of paths) {
            try {
                // A path the tree lists is already normal (the usual case: the caller listed the tree); others are checked.
                const clean = tree.has(path) ? path : normalizeRepoPath(path);
                const entry = blobEntry(tree, ref, clean, maxBytes);
                items.push(entry ? { path, oid: entry.oid } : { path });
                if (entry)
                    given.set(clean, path);
            }
            catch (e) {
                if (!(e instanceof types/* FactError */.n))
                    throw e;
                items.push({ path, error: e });
            }
        }
        if (options.lines) {
            // Nothing left to read (every path refused or missing): no search of the whole tree for nothing.
            const scope = given.size ? grepScope(tree, [...given.keys()]) : undefined;
            const searched = scope ? await (this.grep ??= new GitGrep(this.dir)).search(ref, tree, options.lines, scope, given, visit) : false;
            if (searched === true) {
                for (const item of items)
                    if (!('oid' in item))
                        visit(item);
                return;
            }
            // PCRE gave up on a line (its backtracking limits): the files git had not yet answered in full are read whole.
            if (searched)
                return catFiles(this.dir, items.filter((item) => !('oid' in item) || !searched.has(item.path)), visit);
        }
        await catFiles(this.dir, items, visit);
    }
    treeOf(ref) {
        let tree = this.trees.get(ref);
        if (!tree) {
            tree = this.run(['ls-tree', '-r', '-t', '-l', '-z', '--full-tree', ref]).then(parseTreeListing);
            this.trees.set(ref, tree);
        }
        return tree;
    }
    async fetch(remote, refs, extra = []) {
        this.mergeBases.clear();
        await fetchRefs(this, remote, refs, extra);
        this.mergeBases.clear();
    }
}

;// CONCATENATED MODULE: ./lib/facts/git/index.js
// Git facts, split by job: running git (process), a commit's tree (tree), git grep (grep), git cat-file (cat-file),
// changed files (diff), commits and history (refs), and the repository that puts them together (repo).








/***/ }),

/***/ 1564:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ reviewFromApi),
/* harmony export */   rY: () => (/* binding */ pullRequestFromPayload),
/* harmony export */   xc: () => (/* binding */ GitHubFacts)
/* harmony export */ });
/* unused harmony export PR_FILES_LIMIT */
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3434);
/* harmony import */ var _refusals_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7150);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7876);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2458);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2536);





// Facts from the GitHub REST API, for what a checkout cannot tell (reviews, teams) or when there is none.
/** GitHub lists at most this many files of a pull request; a longer PR needs the local diff. */
const PR_FILES_LIMIT = 3000;
class GitHubFacts {
    client;
    owner;
    repo;
    maxFileBytes;
    constructor(client, owner, repo, maxFileBytes) {
        this.client = client;
        this.owner = owner;
        this.repo = repo;
        this.maxFileBytes = maxFileBytes;
    }
    async call(endpoint, permission, fn) {
        try {
            return await fn();
        }
        catch (e) {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FactError */ .n((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .describeApiError */ .gg)(e, endpoint, permission));
        }
    }
    async pullRequestFiles(number) {
        const endpoint = `GET /repos/${this.owner}/${this.repo}/pulls/${number}/files`;
        const items = await this.call(endpoint, 'pull-requests: read', () => this.client.paginate(this.client.rest.pulls.listFiles, { owner: this.owner, repo: this.repo, pull_number: number, per_page: 100 }));
        if (items.length >= PR_FILES_LIMIT) {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FactError */ .n(`${endpoint} returned ${items.length} files, GitHub's limit, so the list may be cut short — check the repository out (actions/checkout with fetch-depth: 0) so the diff is computed locally`);
        }
        return items.map((f) => ({
            path: f.filename,
            status: f.status,
            ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
        }));
    }
    /** GET /pulls/{n}: the pull request as the event payload would carry it. */
    async pullRequest(number) {
        const endpoint = `GET /repos/${this.owner}/${this.repo}/pulls/${number}`;
        const { data } = await this.call(endpoint, 'pull-requests: read', () => this.client.rest.pulls.get({ owner: this.owner, repo: this.repo, pull_number: number }));
        return pullRequestFromPayload(data);
    }
    async reviews(number) {
        const endpoint = `GET /repos/${this.owner}/${this.repo}/pulls/${number}/reviews`;
        const items = await this.call(endpoint, 'pull-requests: read', () => this.client.paginate(this.client.rest.pulls.listReviews, { owner: this.owner, repo: this.repo, pull_number: number, per_page: 100 }));
        return items.map(reviewFromApi).filter((r) => r !== undefined);
    }
    async teamMembers(team) {
        const [org, slug] = team.split('/');
        const endpoint = `GET /orgs/${org}/teams/${slug}/members`;
        try {
            const members = await this.client.paginate(this.client.rest.teams.listMembersInOrg, { org: org, team_slug: slug, per_page: 100 });
            return members.map((m) => m.login);
        }
        catch (e) {
            const status = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .apiErrorStatus */ .RK)(e);
            if (status === 403 || status === 404) {
                throw new _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FactError */ .n(`${endpoint} answered ${status}: the team @${team} cannot be read — give the token "members: read" on the organization (a GitHub App or a PAT; GITHUB_TOKEN cannot), or list the logins in the policy's groups instead`);
            }
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FactError */ .n((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .describeApiError */ .gg)(e, endpoint));
        }
    }
    /** Whether issue (or pull request) `number` exists here: 404 (and 410, deleted) → false. */
    async issueExists(number) {
        const endpoint = `GET /repos/${this.owner}/${this.repo}/issues/${number}`;
        try {
            await this.client.rest.issues.get({ owner: this.owner, repo: this.repo, issue_number: number });
            return true;
        }
        catch (e) {
            const status = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .apiErrorStatus */ .RK)(e);
            if (status === 404 || status === 410)
                return false;
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FactError */ .n((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .describeApiError */ .gg)(e, endpoint, 'issues: read'));
        }
    }
    /** A file at a commit through the contents API; refuses symlinks, directories and files over the cap. */
    async readFile(ref, path, maxBytes = this.maxFileBytes) {
        const clean = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeRepoPath */ .NP)(path);
        const endpoint = `GET /repos/${this.owner}/${this.repo}/contents/${clean}?ref=${ref.slice(0, 7)}`;
        let data;
        try {
            ({ data } = await this.client.rest.repos.getContent({ owner: this.owner, repo: this.repo, path: clean, ref }));
        }
        catch (e) {
            if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .apiErrorStatus */ .RK)(e) === 404)
                return undefined;
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FactError */ .n((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .describeApiError */ .gg)(e, endpoint, 'contents: read'));
        }
        if (Array.isArray(data))
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FactError */ .n(`${clean} is a directory at ${ref.slice(0, 7)}, not a file`);
        const item = data;
        if (item.type === 'symlink')
            throw (0,_refusals_js__WEBPACK_IMPORTED_MODULE_4__/* .symlinkRefused */ .U)(clean, ref);
        if (item.type !== 'file')
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FactError */ .n(`${clean} is a ${item.type} at ${ref.slice(0, 7)}, not a file`);
        if (item.size > maxBytes)
            throw (0,_refusals_js__WEBPACK_IMPORTED_MODULE_4__/* .tooLarge */ .g)(clean, item.size, ref, maxBytes);
        if (item.encoding !== 'base64' || typeof item.content !== 'string') {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FactError */ .n(`${endpoint} returned no content for ${clean} (encoding ${item.encoding ?? 'none'}); check the repository out so it is read locally`);
        }
        const bytes = Buffer.from(item.content, 'base64');
        return { path: clean, ref, bytes, text: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeText */ .g7)(clean, bytes, ` at ${ref.slice(0, 7)}`) };
    }
    /**
     * A policy file of another repository (org-wide policies), and whether its ref can move (a branch).
     * Read once per run per file and ref.
     */
    readRemotePolicy = memoize(async ({ owner, repo, path, ref }) => {
        const other = new GitHubFacts(this.client, owner, repo, this.maxFileBytes);
        const file = await other.readFile(ref, path);
        if (!file)
            return undefined;
        let moving = false;
        if (!/^[0-9a-f]{40}$/i.test(ref)) {
            try {
                await this.client.rest.git.getRef({ owner, repo, ref: `heads/${ref}` });
                moving = true;
            }
            catch (e) {
                if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .apiErrorStatus */ .RK)(e) !== 404)
                    throw new _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FactError */ .n((0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .describeApiError */ .gg)(e, `GET /repos/${owner}/${repo}/git/ref/heads/${ref}`, 'contents: read'));
            }
        }
        return { text: file.text, moving };
    });
    /** Paths of the regular files of a commit's tree. */
    async listFiles(ref) {
        const endpoint = `GET /repos/${this.owner}/${this.repo}/git/trees/${ref.slice(0, 7)}?recursive=1`;
        const { data } = await this.call(endpoint, 'contents: read', () => this.client.rest.git.getTree({ owner: this.owner, repo: this.repo, tree_sha: ref, recursive: 'true' }));
        if (data.truncated) {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FactError */ .n(`${endpoint} was truncated by GitHub — check the repository out so files are listed locally`);
        }
        // Symlinks included, as in a checkout: reading one reports it.
        return data.tree.filter((e) => e.type === 'blob' && e.path).map((e) => e.path);
    }
}
const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED', 'COMMENTED', 'PENDING']);
/** A review as GET /pulls/{n}/reviews returns it; undefined for reviews without a user (deleted accounts). */
function reviewFromApi(raw) {
    const r = raw;
    if (!r?.user?.login || !r.state || !DECISIVE.has(r.state))
        return undefined;
    return {
        id: Number(r.id ?? 0),
        user: r.user.login,
        state: r.state,
        commitId: r.commit_id ?? '',
        ...(r.submitted_at ? { submittedAt: r.submitted_at } : {}),
    };
}
/** The pull request as a `pull_request` event payload (or GET /pulls/{n}) carries it. */
function pullRequestFromPayload(raw) {
    const p = raw;
    if (!p || typeof p.number !== 'number' || !p.base?.sha || !p.head?.sha) {
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FactError */ .n('the event has no pull_request with number, base.sha and head.sha');
    }
    return {
        number: p.number,
        title: p.title ?? '',
        body: p.body ?? '',
        labels: (p.labels ?? []).map((l) => l.name ?? '').filter(Boolean),
        author: p.user?.login ?? '',
        baseSha: p.base.sha,
        headSha: p.head.sha,
        ...(p.base.ref ? { baseRef: p.base.ref } : {}),
        ...(p.head.ref ? { headRef: p.head.ref } : {}),
    };
}
/** One call per distinct argument (compared as JSON); concurrent callers share the promise. */
function memoize(fn) {
    const cache = new Map();
    return (arg) => {
        const key = JSON.stringify(arg);
        let hit = cache.get(key);
        if (!hit) {
            hit = fn(arg);
            cache.set(key, hit);
        }
        return hit;
    };
}


/***/ }),

/***/ 9528:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ parseTeamsJson),
/* harmony export */   Nf: () => (/* binding */ parseReviewsJson),
/* harmony export */   zQ: () => (/* binding */ gitSources)
/* harmony export */ });
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2458);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8805);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1564);



/** Changed files as GitHub shows them: from the merge base of base and head, to head, with renames. */
function gitSources(repo, pr) {
    return {
        async changedFiles() {
            // A commit compared with itself changes nothing (a check of one commit, with base and head the same).
            if (pr.baseSha === pr.headSha)
                return [];
            const mergeBase = await repo.mergeBase(pr.baseSha, pr.headSha);
            if (!mergeBase) {
                throw new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FactError */ .n(`base ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(pr.baseSha)} and head ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(pr.headSha)} share no history in the checkout — fetch more history (actions/checkout with fetch-depth: 0)`);
            }
            return repo.diff(mergeBase, pr.headSha);
        },
        readFile: (ref, path, maxBytes) => repo.readFile(ref, path, maxBytes),
        scanFiles: (ref, paths, visit, options) => repo.scanFiles(ref, paths, visit, options),
        // Symlinks are listed, not skipped: a gate that reads one reports it (links are never followed), where a
        // skipped one would read as "no file matches".
        listFiles: async (ref) => (await repo.listTree(ref)).filter((e) => e.type === 'blob').map((e) => e.path),
    };
}
/** Reviews from a JSON array shaped like GET /repos/{o}/{r}/pulls/{n}/reviews. Throws a plain Error for bad input. */
function parseReviewsJson(text, name) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new Error(`${name} is not valid JSON: ${e.message}`, { cause: e });
    }
    if (!Array.isArray(data))
        throw new Error(`${name} must be a JSON array of reviews, as GET /repos/{owner}/{repo}/pulls/{number}/reviews returns`);
    return data.map(_github_js__WEBPACK_IMPORTED_MODULE_0__/* .reviewFromApi */ .BD).filter((r) => r !== undefined);
}
/** Teams from a JSON object {"org/slug": ["login", ...]}. Throws a plain Error for bad input. */
function parseTeamsJson(text, name) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new Error(`${name} is not valid JSON: ${e.message}`, { cause: e });
    }
    const shapeError = new Error(`${name} must be a JSON object {"org/team": ["login", ...]}`);
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw shapeError;
    const teams = new Map();
    for (const [team, members] of Object.entries(data)) {
        if (!Array.isArray(members) || !members.every((m) => typeof m === 'string'))
            throw shapeError;
        teams.set(team.replace(/^@/, '').toLowerCase(), members);
    }
    return teams;
}


/***/ }),

/***/ 4571:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ createOsvSource)
/* harmony export */ });
/* unused harmony exports OSV_DEFAULT_API, OSV_BATCH_SIZE */
/* harmony import */ var _parsers_osv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6108);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2458);
/* harmony import */ var _util_abort_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2830);



// The OSV.dev API client: POST /v1/querybatch (by purl, ≤ 1000 queries a request, following next_page_token),
// then GET /v1/vulns/{id} once per distinct id for the full records. Retries 5xx, 429 and network faults with
// backoff, each attempt under its own timeout and the run's deadline; whatever cannot be fetched is a FactError.
const OSV_DEFAULT_API = 'https://api.osv.dev';
const OSV_BATCH_SIZE = 1000;
const PARALLEL_RECORD_FETCHES = 8;
/** One OSV request, retried on no answer, a timeout, 408, 429 and 5xx; any other failure ends the scan. */
function osvRequester(o, doFetch) {
    return async function request(method, url, body) {
        let last = '';
        for (let attempt = 0; attempt <= o.retries; attempt++) {
            if (attempt > 0)
                await sleep(o.retryDelayMs * attempt * attempt, o.deadline);
            if (o.deadline?.aborted)
                break;
            let status;
            const timeout = (0,_util_abort_js__WEBPACK_IMPORTED_MODULE_1__/* .timeoutSignal */ ._)(o.requestTimeoutMs, [o.deadline]);
            try {
                const signal = timeout.signal;
                const res = await doFetch(url, {
                    method,
                    headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
                    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
                    signal,
                });
                status = res.status;
                const text = await res.text();
                if (res.ok) {
                    try {
                        return JSON.parse(text);
                    }
                    catch {
                        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FactError */ .n(`${method} ${url} answered ${res.status} with a body that is not JSON — is osv_api the OSV API's base URL?`);
                    }
                }
                last = `${res.status} ${text.slice(0, 200).replace(/\s+/g, ' ')}`;
                if (res.status === 404 && method === 'GET')
                    throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FactError */ .n(`${method} ${url} answered 404: OSV has no such record — re-run the job; if it persists, the record was withdrawn and the cache is stale`);
                if (res.status < 500 && res.status !== 429 && res.status !== 408) {
                    throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FactError */ .n(`${method} ${url} answered ${last} — check osv_api in the policy`);
                }
            }
            catch (e) {
                if (e instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FactError */ .n)
                    throw e;
                const err = e;
                last =
                    err.name === 'TimeoutError' || err.name === 'AbortError'
                        ? `no answer within ${o.requestTimeoutMs} ms`
                        : `${err.message}${err.cause ? ` (${err.cause.message})` : ''}`;
            }
            finally {
                timeout.clear();
            }
            o.log?.(`OSV: ${method} ${url}: ${status ?? 'no response'} (${last}); attempt ${attempt + 1} of ${o.retries + 1}`);
        }
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FactError */ .n(`${method} ${url} failed after ${o.retries + 1} attempts (${last || 'the time budget ran out'}) — OSV may be unreachable or having trouble; re-run the job`);
    };
}
/** Scans purls against the OSV API at `api`; full records are cached per client, that is per run. */
function createOsvSource(o) {
    const records = new Map();
    const request = osvRequester(o, o.fetch ?? fetch);
    function record(base, id) {
        const key = `${base} ${id}`;
        let hit = records.get(key);
        if (!hit) {
            hit = request('GET', `${base}/v1/vulns/${encodeURIComponent(id)}`).then((json) => {
                const r = (0,_parsers_osv_js__WEBPACK_IMPORTED_MODULE_0__/* .asOsvRecord */ .W1)(json);
                if (!r)
                    throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FactError */ .n(`GET ${base}/v1/vulns/${id} did not return an OSV record — retry; if it persists, use source: offline with committed OSV records`);
                return r;
            });
            records.set(key, hit);
        }
        return hit;
    }
    return async (api, purls) => {
        const base = api.replace(/\/+$/, '');
        const ids = new Map(purls.map((p) => [p, new Set()]));
        let pending = [...ids.keys()].map((purl) => ({ purl, token: undefined }));
        while (pending.length) {
            const next = [];
            for (let i = 0; i < pending.length; i += OSV_BATCH_SIZE) {
                const chunk = pending.slice(i, i + OSV_BATCH_SIZE);
                const queries = chunk.map((q) => ({ package: { purl: q.purl }, ...(q.token ? { page_token: q.token } : {}) }));
                const json = (await request('POST', `${base}/v1/querybatch`, { queries }));
                const results = Array.isArray(json?.results) ? json.results : undefined;
                if (!results || results.length !== chunk.length) {
                    throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FactError */ .n(`POST ${base}/v1/querybatch answered ${results ? `${results.length} results for ${chunk.length} queries` : 'without a results array'} — the answer cannot be trusted; re-run the job`);
                }
                results.forEach((r, j) => {
                    const res = (r ?? {});
                    for (const v of Array.isArray(res.vulns) ? res.vulns : [])
                        if (typeof v?.id === 'string')
                            ids.get(chunk[j].purl).add(v.id);
                    if (typeof res.next_page_token === 'string' && res.next_page_token)
                        next.push({ purl: chunk[j].purl, token: res.next_page_token });
                });
            }
            pending = next;
        }
        const distinct = [...new Set([...ids.values()].flatMap((s) => [...s]))];
        const fetched = new Map();
        for (let i = 0; i < distinct.length; i += PARALLEL_RECORD_FETCHES) {
            const batch = distinct.slice(i, i + PARALLEL_RECORD_FETCHES);
            const got = await Promise.all(batch.map((id) => record(base, id)));
            batch.forEach((id, j) => fetched.set(id, got[j]));
        }
        const scan = new Map();
        for (const [purl, set] of ids)
            scan.set(purl, [...set].map((id) => fetched.get(id)).filter((r) => !r.withdrawn));
        return scan;
    };
}
function sleep(ms, signal) {
    return new Promise((resolve) => {
        const t = setTimeout(resolve, ms);
        signal?.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
    });
}


/***/ }),

/***/ 7150:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ symlinkRefused),
/* harmony export */   g: () => (/* binding */ tooLarge)
/* harmony export */ });
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2458);

// The refusals every source of repository files (the checkout, the API) gives in the same words.
/** A symlink is never followed. */
function symlinkRefused(path, ref) {
    return new _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .FactError */ .n(`${path} is a symbolic link at ${ref.slice(0, 7)}; links are not followed — commit the file itself`);
}
/** A file over the read cap is refused unread. */
function tooLarge(path, size, ref, maxBytes) {
    return new _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .FactError */ .n(`${path} is ${size} bytes at ${ref.slice(0, 7)}, over the ${maxBytes}-byte limit; it was not read — raise the limit (the max-file-bytes input, or the gate's max_file_bytes) if the file belongs in the check`);
}


/***/ }),

/***/ 7876:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g7: () => (/* binding */ decodeText),
/* harmony export */   lg: () => (/* binding */ NotTextError),
/* harmony export */   t9: () => (/* binding */ lenientText)
/* harmony export */ });
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2458);

// Repository files are read as UTF-8 text, strictly: a replacement character silently standing in for bytes that
// are not UTF-8 would let two different texts compare equal (a requirement edited in Latin-1 would not be
// "changed"), and a NUL byte means a binary file where a document was expected.
// A byte order mark is dropped: every reader then sees a document's first line as it is written.
const strict = new TextDecoder('utf-8', { fatal: true });
/** A file refused because it is not text; it keeps the bytes, so a scan for ASCII ids can still read them. */
class NotTextError extends _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .FactError */ .n {
    bytes;
    name = 'NotTextError';
    constructor(message, bytes) {
        super(message);
        this.bytes = bytes;
    }
}
/** What a scan reads (test code searched for ASCII ids, legacy sources often Latin-1): any bytes, leniently. */
function lenientText(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
const utf16 = { le: new TextDecoder('utf-16le', { fatal: true }), be: new TextDecoder('utf-16be', { fatal: true }) };
/**
 * The text of a file's bytes; FactError, with the line, for a NUL byte or bytes that are not UTF-8. A file that
 * starts with a UTF-16 byte order mark (as Windows tools write them) is read as UTF-16.
 */
function decodeText(path, bytes, where = '') {
    const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'be' : undefined;
    if (bom16) {
        try {
            return utf16[bom16].decode(bytes);
        }
        catch {
            throw new NotTextError(`${path}${where} starts as UTF-16 but is not valid UTF-16; it was not read — save it as UTF-8`, bytes);
        }
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        throw new NotTextError(`${path}${where} holds a NUL byte (line ${lineOfByte(bytes, nul)}), so it is binary, not text; it was not read — commit the text file this gate expects`, bytes);
    }
    try {
        return strict.decode(bytes);
    }
    catch {
        const at = firstInvalidUtf8(bytes);
        throw new NotTextError(`${path}${where} is not UTF-8 text (an invalid byte on line ${lineOfByte(bytes, at)}); it was not read — save it as UTF-8`, bytes);
    }
}
function lineOfByte(bytes, offset) {
    let line = 1;
    for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1))
        line++;
    return line;
}
/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(b) {
    for (let i = 0; i < b.length;) {
        const c = b[i];
        const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
        if (n < 0)
            return i;
        for (let k = 1; k <= n; k++) {
            const x = b[i + k];
            if (x === undefined || (x & 0xc0) !== 0x80)
                return i;
        }
        // Overlong forms, surrogates and code points past U+10FFFF.
        const d = b[i + 1] ?? 0;
        if ((c === 0xe0 && d < 0xa0) || (c === 0xed && d > 0x9f) || (c === 0xf0 && d < 0x90) || (c === 0xf4 && d > 0x8f))
            return i;
        i += n + 1;
    }
    return b.length;
}


/***/ }),

/***/ 4596:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ER: () => (/* binding */ rawInline),
/* harmony export */   SV: () => (/* binding */ parseBlocks),
/* harmony export */   VL: () => (/* binding */ INLINE_CAP),
/* harmony export */   _: () => (/* binding */ renderInline),
/* harmony export */   ke: () => (/* binding */ MarkdownReadError),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* unused harmony export MAX_OPENED_PER_LINE */
/* harmony import */ var mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8353);
/* harmony import */ var mdast_util_gfm__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9952);
/* harmony import */ var micromark_extension_gfm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2297);



// Markdown read as GitHub renders it (CommonMark + GFM, by micromark), in two steps so that no input costs more
// than linear time:
//  1. the block structure of the whole text (lists, task-list checks, code, HTML blocks, quotes, headings,
//     tables) with every inline construct switched off, so a paragraph's or heading's children are its raw
//     inline source; micromark's block parse is linear;
//  2. the inline content of the few blocks a reader needs (a ticked item, a heading, an attribute line), each
//     parsed alone. micromark's inline resolvers (emphasis, strikethrough, link ends) are quadratic in the length
//     of one block, so a block longer than INLINE_CAP is not rendered: callers fall back to its raw source or
//     treat it as unreadable, which keeps the whole read linear.
/** The inline constructs switched off for the block parse. */
const INLINE_CONSTRUCTS = [
    'attention',
    'autolink',
    'characterEscape',
    'characterReference',
    'codeText',
    'emailAutolink',
    'gfmFootnoteCall',
    'gfmPotentialFootnoteCall',
    'hardBreakEscape',
    'htmlText',
    'labelEnd',
    'labelStartImage',
    'labelStartLink',
    'protocolAutolink',
    'strikethrough',
    'wwwAutolink',
];
/** The block constructs switched off when one block's inline source is parsed alone: it stays one paragraph. */
const BLOCK_CONSTRUCTS = [
    'blockQuote',
    'codeFenced',
    'codeIndented',
    'definition',
    'gfmFootnoteDefinition',
    'headingAtx',
    'htmlFlow',
    'list',
    'setextUnderline',
    'table',
    'tasklistCheck',
    'thematicBreak',
];
/** The longest inline source (characters) rendered; longer blocks are not rendered (see above). */
const INLINE_CAP = 1024;
/** Markdown that micromark cannot read within the stack (nesting thousands deep). */
class MarkdownReadError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
/**
 * The block structure of a Markdown text as GitHub renders it (GFM). Inline content is left as raw text nodes:
 * use `rawInline` and `renderInline` on the blocks that matter. Throws MarkdownReadError for nesting too deep to
 * read.
 */
function parseBlocks(text) {
    const deep = tooDeep(text);
    if (deep)
        throw new MarkdownReadError(`line ${deep} opens more than ${MAX_OPENED_PER_LINE} quotes or list items at once, more than can be read`, deep);
    try {
        return (0,mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__/* .fromMarkdown */ .Y)(text, { extensions: [(0,micromark_extension_gfm__WEBPACK_IMPORTED_MODULE_1__/* .gfm */ .T)(), { disable: { null: INLINE_CONSTRUCTS } }], mdastExtensions: [(0,mdast_util_gfm__WEBPACK_IMPORTED_MODULE_2__/* .gfmFromMarkdown */ .C)()] });
    }
    catch (e) {
        if (e instanceof RangeError)
            throw new MarkdownReadError('it nests blocks (quotes, lists) too deeply to be read');
        throw e;
    }
}
/**
 * The most container markers (`>`, list markers, footnote labels) one line may start with. micromark's cost for a
 * line grows with the square of the containers it opens (100,000 `>` take minutes, then overflow the stack), so a
 * line over this bound is refused before parsing. Nesting built over several lines (indented lists) costs linear
 * time and is not limited.
 */
const MAX_OPENED_PER_LINE = 32;
/** The 1-based line that starts with more than MAX_OPENED_PER_LINE container markers, if any. Linear. */
function tooDeep(text) {
    let line = 1;
    let i = 0;
    const n = text.length;
    while (i < n) {
        let markers = 0;
        for (;;) {
            while (i < n && (text[i] === ' ' || text[i] === '\t'))
                i++;
            const c = text[i];
            if (c === '>') {
                i++;
                markers++;
            }
            else if ((c === '-' || c === '*' || c === '+') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
                i += 2;
                markers++;
            }
            else if (c !== undefined && c >= '0' && c <= '9') {
                let j = i;
                while (j < n && j - i < 10 && text[j] >= '0' && text[j] <= '9')
                    j++;
                if ((text[j] === '.' || text[j] === ')') && (text[j + 1] === ' ' || text[j + 1] === '\t')) {
                    i = j + 2;
                    markers++;
                }
                else
                    break;
            }
            else if (c === '[' && text[i + 1] === '^') {
                let j = i + 2;
                while (j < n && j - i < 1000 && text[j] !== ']' && text[j] !== '\n' && text[j] !== '\r')
                    j++;
                if (text[j] === ']' && text[j + 1] === ':') {
                    i = j + 2;
                    markers++;
                }
                else
                    break;
            }
            else
                break;
            if (markers > MAX_OPENED_PER_LINE)
                return line;
        }
        // Skip to the next line.
        while (i < n && text[i] !== '\n' && text[i] !== '\r')
            i++;
        if (text[i] === '\r' && text[i + 1] === '\n')
            i++;
        if (i < n) {
            i++;
            line++;
        }
    }
    return undefined;
}
/** The raw inline source of a block from `parseBlocks` (a paragraph, heading or table cell); lines joined by "\n". */
function rawInline(node) {
    let out = '';
    for (const child of node.children)
        if ('value' in child && typeof child.value === 'string')
            out += child.value;
    return out;
}
/**
 * The text GitHub shows for a block's inline source: emphasis, links, code spans and escapes rendered to their
 * text, HTML tags and comments dropped, struck-through text dropped (it reads as withdrawn), images as their alt
 * text. Undefined when the source is longer than INLINE_CAP.
 */
function renderInline(raw) {
    if (raw.length > INLINE_CAP)
        return undefined;
    let root;
    try {
        root = (0,mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__/* .fromMarkdown */ .Y)(raw, { extensions: [(0,micromark_extension_gfm__WEBPACK_IMPORTED_MODULE_1__/* .gfm */ .T)(), { disable: { null: BLOCK_CONSTRUCTS } }], mdastExtensions: [(0,mdast_util_gfm__WEBPACK_IMPORTED_MODULE_2__/* .gfmFromMarkdown */ .C)()] });
    }
    catch (e) {
        if (e instanceof RangeError)
            return undefined;
        throw e;
    }
    return plainText(root);
}
/** The visible text of a tree, without recursion (trees may be deep). */
function plainText(node) {
    let out = '';
    const stack = [node];
    while (stack.length) {
        const n = stack.pop();
        switch (n.type) {
            case 'text':
            case 'inlineCode':
                out += n.value;
                break;
            case 'break':
                out += '\n';
                break;
            case 'image':
                out += n.alt ?? '';
                break;
            case 'html':
            case 'delete':
            case 'footnoteReference':
                break;
            default:
                if ('children' in n)
                    for (let i = n.children.length - 1; i >= 0; i--)
                        stack.push(n.children[i]);
        }
    }
    return out;
}


/***/ }),

/***/ 9196:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eq: () => (/* binding */ buildPurl),
/* harmony export */   NP: () => (/* binding */ npmPurl),
/* harmony export */   hT: () => (/* binding */ purlKey),
/* harmony export */   sS: () => (/* binding */ pypiName)
/* harmony export */ });
// Package URLs (https://github.com/package-url/purl-spec) built and compared without a general parser:
// the gate builds one per locked package and reads one per SBOM component, so both must be cheap.
const PLAIN = /^[A-Za-z0-9._~:-]*$/;
const enc = (s) => (PLAIN.test(s) ? s : encodeURIComponent(s).replace(/%3A/gi, ':'));
/** pkg:type/namespace/name@version; the namespace may contain "/" (Go modules, Maven groups use one segment). */
function buildPurl(type, namespace, name, version) {
    const ns = namespace ? `${namespace.split('/').map(enc).join('/')}/` : '';
    return `pkg:${type}/${ns}${enc(name)}${version ? `@${enc(version)}` : ''}`;
}
/** npm "@scope/name" → namespace "@scope", name "name". */
function npmPurl(fullName, version) {
    const slash = fullName.startsWith('@') ? fullName.indexOf('/') : -1;
    return slash > 0
        ? buildPurl('npm', fullName.slice(0, slash), fullName.slice(slash + 1), version)
        : buildPurl('npm', undefined, fullName, version);
}
/** PEP 503 normalized name. */
function pypiName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** The identity of a purl for matching: qualifiers and subpath dropped, names normalized per ecosystem. */
function purlKey(purl) {
    if (!purl.startsWith('pkg:'))
        return undefined;
    let rest = purl.slice(4).replace(/^\/+/, '');
    const cut = rest.search(/[?#]/);
    if (cut !== -1)
        rest = rest.slice(0, cut);
    const slash = rest.indexOf('/');
    if (slash <= 0)
        return undefined;
    const type = rest.slice(0, slash).toLowerCase();
    let path = rest.slice(slash + 1);
    let version;
    const at = path.lastIndexOf('@');
    if (at > 0) {
        version = path.slice(at + 1);
        if (version.includes('%'))
            version = safeDecode(version);
        path = path.slice(0, at);
    }
    if (path.includes('%'))
        path = path.split('/').map(safeDecode).join('/');
    if (path.includes('//') || path.endsWith('/'))
        path = path.split('/').filter(Boolean).join('/');
    if (type === 'pypi')
        path = path.split('/').map(pypiName).join('/');
    else if (type === 'npm' || type === 'nuget' || type === 'golang' || type === 'composer' || type === 'github')
        path = path.toLowerCase();
    if (type === 'golang' && version && !version.startsWith('v'))
        version = `v${version}`;
    // Composer writes tags as they are ("v1.2.6"); generators differ on keeping the "v".
    if (type === 'composer' && version)
        version = version.replace(/^v(?=\d)/, '');
    return { type, key: `${type}/${path}`, version };
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}


/***/ }),

/***/ 6108:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ow: () => (/* binding */ osvSeverity),
/* harmony export */   UX: () => (/* binding */ idsOf),
/* harmony export */   W1: () => (/* binding */ asOsvRecord),
/* harmony export */   W4: () => (/* binding */ fixedVersions),
/* harmony export */   hA: () => (/* binding */ osvRecordProblem),
/* harmony export */   me: () => (/* binding */ SEVERITY_LEVELS),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   vk: () => (/* binding */ affectsVersion),
/* harmony export */   y8: () => (/* binding */ affectedKey)
/* harmony export */ });
/* unused harmony exports cvssBaseScore, levelOfScore */
/* harmony import */ var ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6734);
/* harmony import */ var _lockfiles_purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9196);
/* harmony import */ var _util_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2352);




const SEVERITY_LEVELS = ['low', 'medium', 'high', 'critical'];
/**
 * The record with every field this module reads in the shape its type says, or undefined when it is not an OSV
 * record (no id). A record comes from a file in the repository or from the API: anything malformed in it (an
 * event that is null, a version that is a number) is dropped here rather than trusted further on.
 */
function asOsvRecord(value) {
    if (!isObject(value))
        return undefined;
    const v = value;
    if (typeof v.id !== 'string' || !v.id)
        return undefined;
    return {
        ...v,
        aliases: strings(v.aliases),
        severity: severityEntries(v.severity),
        affected: (Array.isArray(v.affected) ? v.affected : []).filter(isObject).map(affectedEntry),
        database_specific: isObject(v.database_specific) ? v.database_specific : undefined,
        withdrawn: stringField(v.withdrawn),
        summary: stringField(v.summary),
        modified: stringField(v.modified),
    };
}
const isObject = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
const strings = (x) => (Array.isArray(x) ? x.filter((s) => typeof s === 'string') : []);
const stringField = (x) => (typeof x === 'string' ? x : undefined);
function severityEntries(x) {
    return (Array.isArray(x) ? x : []).filter(isObject).map((e) => ({ type: stringField(e.type), score: stringField(e.score) }));
}
function affectedEntry(a) {
    const pkg = isObject(a.package) ? a.package : undefined;
    return {
        ...(pkg ? { package: { ecosystem: stringField(pkg.ecosystem), name: stringField(pkg.name), purl: stringField(pkg.purl) } } : {}),
        ranges: (Array.isArray(a.ranges) ? a.ranges : []).filter(isObject).map((r) => ({
            type: stringField(r.type),
            events: (Array.isArray(r.events) ? r.events : []).filter(isObject).map((e) => ({
                introduced: stringField(e.introduced),
                fixed: stringField(e.fixed),
                last_affected: stringField(e.last_affected),
                limit: stringField(e.limit),
            })),
        })),
        versions: strings(a.versions),
        severity: severityEntries(a.severity),
        database_specific: isObject(a.database_specific) ? a.database_specific : undefined,
    };
}
/** The id and aliases, each once. */
function idsOf(v) {
    return [...new Set([v.id, ...(v.aliases ?? [])])];
}
/** CVSS v3/v4 base score from the record's (or its affected entries') vectors, the highest; else database_specific.severity. */
function osvSeverity(v) {
    let best;
    const entries = [...(v.severity ?? []), ...(v.affected ?? []).flatMap((a) => (Array.isArray(a.severity) ? a.severity : []))];
    for (const e of entries) {
        if (typeof e?.score !== 'string' || !/^CVSS:(3\.[01]|4\.0)\//.test(e.score))
            continue;
        const score = cvssBaseScore(e.score);
        if (score === undefined)
            continue;
        if (!best || score > best.score)
            best = { level: levelOfScore(score), score, source: e.score.slice(0, 8) };
    }
    if (best)
        return best;
    const named = [v.database_specific?.severity, ...(v.affected ?? []).map((a) => a.database_specific?.severity)];
    for (const s of named) {
        const level = typeof s === 'string' ? levelOfName(s) : undefined;
        if (level)
            return { level, source: 'database' };
    }
    return {};
}
/** A CVSS v3.x/v4.0 vector as the specifications write it; anything else is not handed to the calculator (which logs what it cannot read). */
const CVSS_VECTOR = /^CVSS:(3\.[01]|4\.0)(\/[A-Za-z]{1,3}:[A-Za-z]{1,2})+$/;
function cvssBaseScore(vector) {
    if (!CVSS_VECTOR.test(vector))
        return undefined;
    try {
        const cvss = ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0__.fromVector(vector);
        const base = cvss?.calculateScores().base;
        return typeof base === 'number' && Number.isFinite(base) ? base : undefined;
    }
    catch {
        return undefined;
    }
}
/** CVSS qualitative rating scale (FIRST): 0.1–3.9 low, 4.0–6.9 medium, 7.0–8.9 high, 9.0–10 critical. */
function levelOfScore(score) {
    return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low';
}
function levelOfName(name) {
    const n = name.trim().toLowerCase();
    if (n === 'moderate' || n === 'medium')
        return 'medium';
    return SEVERITY_LEVELS.includes(n) ? n : undefined;
}
function severityRank(level) {
    return SEVERITY_LEVELS.indexOf(level);
}
/** The affected entries that are about this component (by purl, else by ecosystem name). */
function entriesFor(v, purl) {
    const key = (0,_lockfiles_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .purlKey */ .hT)(purl)?.key;
    if (!key)
        return [];
    return (v.affected ?? []).filter((a) => affectedKey(a) === key);
}
/** The versions OSV knows to fix this vulnerability for this component. */
function fixedVersions(v, purl) {
    const entries = entriesFor(v, purl);
    const fixed = (entries.length ? entries : (v.affected ?? [])).flatMap((a) => (a.ranges ?? []).flatMap((r) => (r.events ?? []).map((e) => e.fixed).filter((f) => typeof f === 'string')));
    return [...new Set(fixed)];
}
const ECOSYSTEM_PURL_TYPE = {
    npm: 'npm',
    pypi: 'pypi',
    'crates.io': 'cargo',
    go: 'golang',
    maven: 'maven',
    nuget: 'nuget',
    rubygems: 'gem',
    packagist: 'composer',
    pub: 'pub',
    hex: 'hex',
};
/** The purl identity (type/namespace/name) an affected entry is about. */
function affectedKey(a) {
    if (a.package?.purl)
        return (0,_lockfiles_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .purlKey */ .hT)(a.package.purl)?.key;
    const ecosystem = a.package?.ecosystem?.split(':')[0]?.toLowerCase();
    const name = a.package?.name;
    const type = ecosystem ? ECOSYSTEM_PURL_TYPE[ecosystem] : undefined;
    if (!type || !name)
        return undefined;
    const path = type === 'maven' ? name.replace(':', '/') : name;
    return (0,_lockfiles_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .purlKey */ .hT)(`pkg:${type}/${path
        .split('/')
        .map((p) => (p.startsWith('@') ? `%40${p.slice(1)}` : p))
        .join('/')}`)?.key;
}
/**
 * Whether an offline record affects this exact component version: the `versions` list, or a SEMVER/ECOSYSTEM
 * range (introduced ≤ v < fixed, or ≤ last_affected). GIT ranges name commits, which an SBOM does not carry.
 */
function affectsVersion(v, purl) {
    const k = (0,_lockfiles_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .purlKey */ .hT)(purl);
    if (!k?.version)
        return false;
    const version = k.version.replace(/^v(?=\d)/, '');
    for (const a of entriesFor(v, purl)) {
        if ((a.versions ?? []).some((x) => x.replace(/^v(?=\d)/, '') === version))
            return true;
        for (const r of a.ranges ?? []) {
            if (r.type !== 'SEMVER' && r.type !== 'ECOSYSTEM')
                continue;
            if (inRange(version, r.events ?? []))
                return true;
        }
    }
    return false;
}
function inRange(version, events) {
    // Events sorted by version; the version is affected when the last event at or below it is an introduction.
    const points = [];
    for (const e of events) {
        if (e.introduced !== undefined)
            points.push({ at: e.introduced, kind: 'in' });
        if (e.fixed !== undefined)
            points.push({ at: e.fixed, kind: 'out' });
        if (e.last_affected !== undefined)
            points.push({ at: e.last_affected, kind: 'last' });
    }
    const cmp = (a, b) => a === '0' ? (b === '0' ? 0 : -1) : b === '0' ? 1 : (0,_util_version_js__WEBPACK_IMPORTED_MODULE_2__/* .compareVersionStrings */ .Q)(a.replace(/^v/, ''), b.replace(/^v/, ''));
    points.sort((x, y) => cmp(x.at, y.at));
    let affected = false;
    for (const p of points) {
        const c = cmp(p.at, version);
        if (p.kind === 'in' && c <= 0)
            affected = true;
        else if (p.kind === 'out' && c <= 0)
            affected = false;
        else if (p.kind === 'last' && c < 0)
            affected = false;
    }
    return affected;
}
/**
 * The first field of a record (parsed JSON) that is not in the shape the OSV schema gives it, among those this gate
 * reads. An offline record is evidence: where asOsvRecord would drop a malformed field (an `affected` that is a
 * string, an event that is null) and so skip the vulnerability, the offline reader refuses the record instead.
 */
function osvRecordProblem(value) {
    if (!isObject(value))
        return { pointer: '', message: 'is not a JSON object' };
    if (typeof value.id !== 'string' || !value.id)
        return { pointer: '/id', message: 'has no "id" string' };
    const problem = (pointer, message) => ({ pointer, message });
    const stringList = (x, at) => {
        if (x === undefined)
            return undefined;
        if (!Array.isArray(x))
            return problem(at, 'is not an array of strings');
        const bad = x.findIndex((s) => typeof s !== 'string');
        return bad < 0 ? undefined : problem(`${at}/${bad}`, 'is not a string');
    };
    const optionalString = (x, at) => x === undefined || typeof x === 'string' ? undefined : problem(at, 'is not a string');
    const objectList = (x, at, each) => {
        if (x === undefined)
            return undefined;
        if (!Array.isArray(x))
            return problem(at, 'is not an array');
        for (let i = 0; i < x.length; i++) {
            const o = x[i];
            if (!isObject(o))
                return problem(`${at}/${i}`, 'is not an object');
            const p = each(o, `${at}/${i}`);
            if (p)
                return p;
        }
        return undefined;
    };
    const severity = (x, at) => objectList(x, at, (s, a) => optionalString(s.type, `${a}/type`) ?? optionalString(s.score, `${a}/score`));
    return (stringList(value.aliases, '/aliases') ??
        optionalString(value.withdrawn, '/withdrawn') ??
        optionalString(value.summary, '/summary') ??
        severity(value.severity, '/severity') ??
        objectList(value.affected, '/affected', (a, at) => {
            if (a.package !== undefined) {
                if (!isObject(a.package))
                    return problem(`${at}/package`, 'is not an object');
                for (const k of ['ecosystem', 'name', 'purl']) {
                    const p = optionalString(a.package[k], `${at}/package/${k}`);
                    if (p)
                        return p;
                }
            }
            return (stringList(a.versions, `${at}/versions`) ??
                severity(a.severity, `${at}/severity`) ??
                objectList(a.ranges, `${at}/ranges`, (r, ra) => optionalString(r.type, `${ra}/type`) ??
                    objectList(r.events, `${ra}/events`, (e, ea) => {
                        for (const k of ['introduced', 'fixed', 'last_affected', 'limit']) {
                            const p = optionalString(e[k], `${ea}/${k}`);
                            if (p)
                                return p;
                        }
                        return undefined;
                    })));
        }));
}


/***/ }),

/***/ 4141:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z5: () => (/* binding */ parseDoorstopItem),
/* harmony export */   bJ: () => (/* binding */ parseDoorstopSettings),
/* harmony export */   e0: () => (/* binding */ uidKey),
/* harmony export */   h0: () => (/* binding */ doorstopUidPattern)
/* harmony export */ });
/* unused harmony exports isDoorstopItemFile, splitUid, doorstopDigest, doorstopText, pyRepr, doorstopUid */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);


function parseDoorstopSettings(text, file) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false });
    if (doc.errors.length) {
        const e = doc.errors[0];
        return {
            settings: {},
            findings: [
                {
                    severity: 'error',
                    message: `${file} is not valid YAML (${e.message.split('\n')[0]}) — fix the Doorstop document settings.`,
                    file,
                    line: lines.linePos(e.pos[0]).line,
                },
            ],
        };
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        // An alias with no anchor, or too many aliases, surfaces only when the document is turned into values.
        return {
            settings: {},
            findings: [
                {
                    severity: 'error',
                    message: `${file} is not valid YAML (${e.message.split('\n')[0]}) — fix the Doorstop document settings.`,
                    file,
                    line: 1,
                },
            ],
        };
    }
    const d = data;
    const s = d?.settings;
    const reviewed = d?.attributes?.reviewed;
    const settings = {
        ...(typeof s?.prefix === 'string' ? { prefix: s.prefix } : {}),
        ...(typeof s?.sep === 'string' ? { sep: s.sep.trim() } : {}),
        ...(typeof s?.digits === 'number' ? { digits: s.digits } : {}),
        ...(typeof s?.itemformat === 'string' ? { itemformat: s.itemformat.trim() } : {}),
        ...(Array.isArray(reviewed) ? { extendedReviewed: [...new Set(reviewed.map(String))].sort() } : {}),
    };
    return { settings, findings: [] };
}
/**
 * The UIDs of a document in Doorstop's own form — its prefix, separator and a number (REQ001, SRD-001) — as a
 * regular expression, or undefined without a prefix.
 */
function doorstopUidPattern(settings) {
    if (!settings.prefix)
        return undefined;
    return `${escapeRegExp(settings.prefix)}${escapeRegExp(settings.sep ?? '')}[0-9]+`;
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Whether Doorstop takes a file of a document for an item: a UID for a name, the extension of the document's itemformat. */
function isDoorstopItemFile(path, settings) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    if (dot <= 0)
        return false;
    const ext = name.slice(dot).toLowerCase();
    const extensions = (settings.itemformat ?? 'yaml') === 'markdown' ? ['.md'] : ['.yml', '.yaml'];
    return extensions.includes(ext) && splitUid(name.slice(0, dot)) !== undefined;
}
/** Doorstop's UID.split_uid: prefix, number and name, or undefined for a name that is no UID. */
function splitUid(value) {
    const named = /^([\w.-]+)[-_.](\w+)/.exec(value);
    if (named)
        return /^[0-9]+$/.test(named[2])
            ? { prefix: named[1], number: Number(named[2]), name: '' }
            : { prefix: named[1], number: -1, name: named[2] };
    const numbered = /^([\w.-]*[^0-9])([0-9]+)/.exec(value);
    if (numbered)
        return { prefix: numbered[1], number: Number(numbered[2]), name: '' };
    return undefined;
}
/** Two UIDs are the same item as Doorstop compares them: prefix (any case), number and name. */
function uidKey(uid) {
    const p = splitUid(uid);
    return p ? `${p.prefix.toLowerCase()}\u0000${p.number}\u0000${p.name}` : uid.toLowerCase();
}
/** Doorstop's Stamp.digest: SHA-256 over str() of each value, URL-safe base64. */
function doorstopDigest(values) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const v of values)
        h.update(v, 'utf8');
    return h.digest('base64').replace(/\+/g, '-').replace(/\//g, '_');
}
/** Doorstop's Text.load_text: no leading or trailing blank lines, no trailing spaces on a line. */
function doorstopText(value) {
    if (!value)
        return '';
    return value
        .replace(/^\n+/, '')
        .replace(/\n+$/, '')
        .split('\n')
        .map((l) => l.replace(/[ \t\r\f\v]+$/, ''))
        .join('\n');
}
/** Python's repr() of the plain values YAML gives (str, int, float, bool, None, list, dict), as str(list) writes it. */
function pyRepr(v) {
    if (v === null || v === undefined)
        return 'None';
    if (v === true)
        return 'True';
    if (v === false)
        return 'False';
    if (typeof v === 'number')
        return Number.isInteger(v) ? String(v) : pyFloat(v);
    if (typeof v === 'string') {
        const quote = v.includes("'") && !v.includes('"') ? '"' : "'";
        let out = '';
        for (const ch of v) {
            if (ch === '\\')
                out += '\\\\';
            else if (ch === quote)
                out += `\\${ch}`;
            else if (ch === '\n')
                out += '\\n';
            else if (ch === '\r')
                out += '\\r';
            else if (ch === '\t')
                out += '\\t';
            else if (ch < ' ' || ch === '\x7f')
                out += `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
            else
                out += ch;
        }
        return `${quote}${out}${quote}`;
    }
    if (Array.isArray(v))
        return `[${v.map(pyRepr).join(', ')}]`;
    if (typeof v === 'object')
        return `{${Object.entries(v)
            .map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`)
            .join(', ')}}`;
    return String(v);
}
function pyFloat(v) {
    if (Number.isNaN(v))
        return 'nan';
    if (!Number.isFinite(v))
        return v > 0 ? 'inf' : '-inf';
    const s = String(v);
    return /[.e]/.test(s) ? s.replace(/e([+-])(\d)$/, 'e$10$2') : `${s}.0`;
}
/** str() as Python gives it for a YAML value (str itself unquoted). */
function pyStr(v) {
    return typeof v === 'string' ? v : pyRepr(v);
}
/** Doorstop's _convert_to_str: the serialization of an extended reviewed attribute. */
function convertToStr(value, result) {
    if (Array.isArray(value)) {
        result += '\\L';
        for (const v of value)
            result = convertToStr(v, result);
        return result;
    }
    if (value !== null && typeof value === 'object') {
        result += '\\D';
        const o = value;
        for (const k of Object.keys(o).sort())
            result = convertToStr(o[k], result);
        return result;
    }
    return `${result}\\T${pyType(value)}\\V${pyStr(value).replace(/\\/g, '\\\\')}`;
}
function pyType(v) {
    const name = v === null || v === undefined
        ? 'NoneType'
        : typeof v === 'boolean'
            ? 'bool'
            : typeof v === 'number'
                ? Number.isInteger(v)
                    ? 'int'
                    : 'float'
                : 'str';
    return `<class '${name}'>`;
}
/** Doorstop's UID ordering (UID.__lt__): by prefix (any case), then number, then name. */
function compareUids(a, b) {
    const x = splitUid(a);
    const y = splitUid(b);
    if (!x || !y)
        return a < b ? -1 : a > b ? 1 : 0;
    const px = x.prefix.toLowerCase();
    const py = y.prefix.toLowerCase();
    if (px !== py)
        return px < py ? -1 : 1;
    if (x.number !== y.number)
        return x.number - y.number;
    return x.name < y.name ? -1 : x.name > y.name ? 1 : 0;
}
/** A stored stamp as Doorstop reads it (types.Stamp): true where to_bool says so, a string, or null (nothing). */
function storedStamp(v) {
    if (toBool(v))
        return true;
    if (typeof v === 'string' && v)
        return v;
    return null;
}
/** The UID of an item file: its name without the extension. */
function doorstopUid(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return name.replace(/\.(ya?ml|md)$/i, '');
}
function parseDoorstopItem(text, file, ctx, settings) {
    const uid = doorstopUid(file);
    // With the document's settings known, a file Doorstop would not load as an item is not one (nor an error).
    if (settings && !isDoorstopItemFile(file, settings))
        return { requirements: [], findings: [] };
    const src = readDoorstopItem(text, file, uid);
    if ('requirements' in src)
        return src;
    const { item, title, statement } = doorstopItemOf(uid, file, src, settings);
    return judgeDoorstopItem(item, title, statement, src.data, ctx, settings);
}
/** An item that could not be read: no requirement, one error. */
function itemNotRead(file, message, line) {
    return { requirements: [], findings: [{ severity: 'error', message, file, line }] };
}
/** Collect: the front matter (Markdown) or the whole file (YAML) read as a mapping, or the error that stops it. */
function readDoorstopItem(text, file, uid) {
    let yamlText = text;
    let body;
    let bodyLine = 1;
    if (/\.md$/i.test(file)) {
        const m = frontMatter(text);
        if (!m)
            return itemNotRead(file, `${file}: a Doorstop Markdown item starts with YAML front matter between "---" lines — add it.`, 1);
        yamlText = `\n${m.yaml}`; // keep line numbers: the opening "---" is line 1
        body = text.slice(m.end);
        bodyLine = m.bodyLine;
    }
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(yamlText, { lineCounter: lines, prettyErrors: false });
    if (doc.errors.length) {
        const e = doc.errors[0];
        return itemNotRead(file, `${file} is not valid YAML (${e.message.split('\n')[0]}); item ${uid} was not read — fix the YAML at this line.`, lines.linePos(e.pos[0]).line);
    }
    const root = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(root))
        return itemNotRead(file, `${file}: a Doorstop item must be a YAML mapping (text, links, ...) — fix it.`, 1);
    let data;
    try {
        data = (doc.toJS({ maxAliasCount: 100 }) ?? {});
    }
    catch (e) {
        return itemNotRead(file, `${file} is not valid YAML (${e.message.split('\n')[0]}); item ${uid} was not read — fix it.`, 1);
    }
    return { root, lines, data, body, bodyLine };
}
/** The item as Doorstop sees it (text, header, flags, links, stamps); a Markdown body sets data.text and data.header. */
function doorstopItemOf(uid, file, src, settings) {
    const { root, lines, data, body } = src;
    let bodyLine = src.bodyLine;
    let title = typeof data.header === 'string' ? doorstopText(data.header).trim() : '';
    let statement = typeof data.text === 'string' ? data.text : '';
    if (body !== undefined) {
        const md = markdownContent(body);
        if (md.header !== undefined)
            title = md.header.trim();
        statement = md.text;
        bodyLine += md.skipped;
        data.text = md.text;
        if (md.header !== undefined)
            data.header = md.header;
    }
    statement = doorstopText(statement);
    const active = data.active === undefined ? true : toBool(data.active);
    const normative = data.normative === undefined ? true : toBool(data.normative);
    const links = linksOf(root, lines);
    const item = {
        uid,
        file,
        line: body !== undefined ? bodyLine : 1,
        active,
        normative,
        ...stamps(uid, statement, data, links, settings?.extendedReviewed ?? []),
        reviewed: storedStamp(data.reviewed),
        links,
    };
    return { item, title, statement };
}
/** Judge and phrase: whether the item is a requirement, the findings on its UID, and the requirement itself. */
function judgeDoorstopItem(item, title, statement, data, ctx, settings) {
    const { uid, file, links } = item;
    const findings = [];
    if (!item.active || !item.normative)
        return { requirements: [], findings, doorstop: [item] };
    if (!ctx.isId(uid)) {
        findings.push({
            severity: 'error',
            message: `${file}: the Doorstop UID "${uid}" does not match id_pattern, so no test can cite it — rename the item or widen id_pattern.`,
            file,
            line: 1,
        });
        return { requirements: [], findings, doorstop: [item] };
    }
    if (settings?.prefix && !uid.toLowerCase().startsWith(settings.prefix.toLowerCase())) {
        findings.push({
            severity: 'warning',
            message: `${file}: item ${uid} does not start with the document prefix "${settings.prefix}" — Doorstop will not load it; rename it.`,
            file,
            line: 1,
        });
    }
    const parents = links.map((l) => l.uid);
    const cls = data.class ?? data.safety_class;
    const requirement = {
        id: uid,
        title: title || firstLine(statement),
        text: statement.trim(),
        ...(typeof cls === 'string' && cls ? { class: cls } : {}),
        ...(parents.length ? { parents } : {}),
        file,
        line: item.line,
        format: 'doorstop',
    };
    return { requirements: [requirement], findings, doorstop: [item] };
}
/** YAML front matter: a first line "---", up to the next line "---" (a scan by lines, no search over the file). */
function frontMatter(text) {
    const isFence = (from, to) => text.slice(from, to).replace(/[ \t\r]+$/, '') === '---';
    let eol = text.indexOf('\n');
    if (eol === -1 || !isFence(0, eol))
        return undefined;
    const start = eol + 1;
    let line = 2;
    for (let from = start; from <= text.length; line++) {
        eol = text.indexOf('\n', from);
        const to = eol === -1 ? text.length : eol;
        if (isFence(from, to))
            return { yaml: text.slice(start, from), end: eol === -1 ? text.length : eol + 1, bodyLine: line + 1 };
        if (eol === -1)
            return undefined;
        from = eol + 1;
    }
    return undefined;
}
/** Doorstop's to_bool. */
function toBool(v) {
    return typeof v === 'string' ? ['yes', 'true', 'enabled', '1'].includes(v.trim().toLowerCase()) : Boolean(v);
}
/** The links as written: "- REQ001", "- REQ001: <stamp>", or several pairs in one mapping; each with its line. */
function linksOf(root, lines) {
    const node = root.get('links', true);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node))
        return [];
    const out = [];
    const lineOf = (n) => (n?.range ? lines.linePos(n.range[0]).line : 1);
    for (const l of node.items) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(l) && l.value !== null && l.value !== '') {
            // "UID:stamp" in one string is a link with its stamp (types.UID).
            const v = String(l.value);
            const colon = v.lastIndexOf(':');
            out.push(colon > 0
                ? { uid: v.slice(0, colon), stamp: storedStamp(v.slice(colon + 1)), line: lineOf(l) }
                : { uid: v, stamp: null, line: lineOf(l) });
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(l)) {
            for (const pair of l.items) {
                const key = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : String(pair.key);
                out.push({ uid: key, stamp: storedStamp((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.value) ? pair.value.value : pair.value), line: lineOf(pair.key) });
            }
        }
    }
    return out;
}
/** Doorstop's common.update_data_from_markdown_content: a first "# " line is the header, the rest the text. */
function markdownContent(content) {
    const lines = content.split(/(?<=\n)/);
    let i = 0;
    while (i < lines.length && lines[i].trim() === '')
        i++;
    const skippedBlank = i;
    let header;
    const h1 = i < lines.length ? /^#\s+(.*)/.exec(lines[i].trim()) : null;
    if (h1) {
        header = h1[1];
        i++;
        while (i < lines.length && lines[i].trim() === '')
            i++;
    }
    return { ...(header !== undefined ? { header } : {}), text: lines.slice(i).join(''), skipped: skippedBlank };
}
/** Item.stamp() and Item.stamp(links=True), as Doorstop computes them. */
function stamps(uid, text, data, links, extendedReviewed) {
    const ref = typeof data.ref === 'string' ? data.ref.trim() : data.ref === undefined || data.ref === null ? '' : pyStr(data.ref);
    const values = [uid, text, ref];
    const references = referencesOf(data.references);
    if (references.length)
        values.push(pyRepr(references));
    const extended = extendedReviewed.filter((k) => k in data).map((k) => convertToStr(data[k], ''));
    const linked = links.map((l) => l.uid).sort(compareUids);
    return { stamp: doorstopDigest([...values, ...extended]), reviewedStamp: doorstopDigest([...values, ...linked, ...extended]) };
}
/** The references as Doorstop keeps them: each {type, path (stripped), keyword?, sha?}, in that key order. */
function referencesOf(v) {
    if (!Array.isArray(v))
        return [];
    return v.map((r) => {
        const o = (r ?? {});
        return {
            type: o.type,
            path: typeof o.path === 'string' ? o.path.trim() : o.path,
            ...('keyword' in o ? { keyword: o.keyword } : {}),
            ...('sha' in o ? { sha: o.sha } : {}),
        };
    });
}
function firstLine(s) {
    const line = s.trim().split('\n')[0] ?? '';
    return line.length > 80 ? `${line.slice(0, 77)}…` : line;
}


/***/ }),

/***/ 1816:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ng: () => (/* binding */ DEFAULT_ID_PATTERN),
  nf: () => (/* reexport */ DEFAULT_TEST_TYPES),
  d6: () => (/* reexport */ coverageTagPattern),
  h0: () => (/* reexport */ doorstop/* doorstopUidPattern */.h0),
  pf: () => (/* binding */ formatFromExtension),
  F9: () => (/* reexport */ normalizedText),
  bJ: () => (/* reexport */ doorstop/* parseDoorstopSettings */.bJ),
  jd: () => (/* binding */ parseRequirementFile)
});

// UNUSED EXPORTS: anchoredId, doorstopUid, lineAt, parseDoorstopItem, parseMarkdownRequirements, parseOpenFastTrace, parseReqIf, parseSphinxNeeds, parseStrictDoc, parseYamlRequirements

// EXTERNAL MODULE: ./lib/parsers/requirements/doorstop.js
var doorstop = __webpack_require__(4141);
// EXTERNAL MODULE: ./lib/util/pattern.js
var pattern = __webpack_require__(2718);
// EXTERNAL MODULE: ./lib/parsers/gfm-markdown.js
var gfm_markdown = __webpack_require__(4596);
;// CONCATENATED MODULE: ./lib/parsers/requirements/markdown.js


// Requirements in Markdown, read as GitHub renders it (micromark + GFM): a top-level heading that starts with an
// id ("## REQ-012 Bolus limits", "### **REQ-012**: Bolus limits") opens a requirement; its text runs to the next
// heading. Headings inside code blocks, HTML blocks, quotes or lists are not requirement headings. A heading whose
// title is a tombstone ("REQ-9 DELETED", "REQ-9 (deleted)") is not a requirement.
//
// Attributes: "Class: C" sets its class and "Parents: SYS-1, SYS-2" its parents, written as a line of a
// paragraph, as a list item ("- Parents: SYS-1"), under an "Attributes" sub-heading, or as a row of a two-column
// table ("| Parents | SYS-1 |"); ids lose surrounding punctuation ("SYS-1." is "SYS-1"). The text kept is the
// requirement's source lines without its attribute lines.
const CLASS_VALUE = /^([A-C])\b/i;
const CLASS_KEY = /^(?:safety )?class$/i;
const PARENTS_KEY = /^(?:parents?|derives from|traces to)$/i;
/** A cheap look at a raw line: could it be "key: value" for one of the keys above (with emphasis or code marks)? */
const SEPARATORS = /^[\s:.\u2013\u2014-]+/;
const ATTRIBUTE_LINE = /^[\s*_`]{0,4}(?:safety\s+class|class|parents?|derives\s+from|traces\s+to)[\s*_`]{0,4}:/i;
/** Heading ids are looked for in this many leading characters; the rest is the title. */
const ID_WINDOW = 1000;
/** "SYS-1, SYS-2." → ids without surrounding punctuation or emphasis; "and" / "or" between ids are dropped. */
function parentIds(value) {
    const out = [];
    for (const token of value.split(/[\s,;]+/)) {
        const id = token.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, '');
        if (id && !/^(?:and|or)$/i.test(id) && !out.includes(id))
            out.push(id);
    }
    return out;
}
/** Applies "key: value" (rendered text) to the attributes; true when the key was one. */
function applyAttribute(key, value, into) {
    const k = key
        .replace(/[*_`:\s]+$/g, '')
        .replace(/^[*_`\s]+/, '')
        .replace(/\s+/g, ' ');
    if (CLASS_KEY.test(k)) {
        const m = CLASS_VALUE.exec(value.replace(/^[\s*_`]+/, ''));
        if (!m)
            return false;
        into.class = m[1].toUpperCase();
        return true;
    }
    if (PARENTS_KEY.test(k)) {
        into.parents = [...(into.parents ?? []), ...parentIds(value).filter((p) => !into.parents?.includes(p))];
        return true;
    }
    return false;
}
/** The attribute lines of a paragraph (1-based source lines), applied to `into`. */
function paragraphAttributes(p, into, dropped) {
    const lines = (0,gfm_markdown/* rawInline */.ER)(p).split('\n');
    const first = p.position.start.line;
    lines.forEach((raw, i) => {
        if (!ATTRIBUTE_LINE.test(raw))
            return;
        const text = (0,gfm_markdown/* renderInline */._)(raw) ?? raw;
        const colon = text.indexOf(':');
        if (colon !== -1 && applyAttribute(text.slice(0, colon), text.slice(colon + 1), into))
            dropped.add(first + i);
    });
}
/** The rows of a two-column table whose first cell names an attribute. */
function tableAttributes(t, into, dropped) {
    for (const row of t.children) {
        if (row.children.length !== 2)
            continue;
        const [k, v] = row.children;
        const key = (0,gfm_markdown/* renderInline */._)((0,gfm_markdown/* rawInline */.ER)(k)) ?? (0,gfm_markdown/* rawInline */.ER)(k);
        if (key.length > 40)
            continue;
        const value = (0,gfm_markdown/* renderInline */._)((0,gfm_markdown/* rawInline */.ER)(v)) ?? (0,gfm_markdown/* rawInline */.ER)(v);
        if (applyAttribute(key, value, into))
            dropped.add(row.position.start.line);
    }
}
/** Attributes anywhere in a block of a requirement's section (paragraphs, list items, tables; not code or quotes). */
function blockAttributes(node, into, dropped) {
    const stack = [node];
    while (stack.length) {
        const n = stack.pop();
        if (n.type === 'paragraph')
            paragraphAttributes(n, into, dropped);
        else if (n.type === 'table')
            tableAttributes(n, into, dropped);
        else if (n.type === 'list' || n.type === 'listItem')
            for (let i = n.children.length - 1; i >= 0; i--)
                stack.push(n.children[i]);
    }
}
/** A heading's text as rendered, or its raw source when too long to render. */
function headingText(h) {
    const raw = (0,gfm_markdown/* rawInline */.ER)(h);
    return ((0,gfm_markdown/* renderInline */._)(raw) ?? raw).trim();
}
const isAttributesHeading = (h) => /^attributes:?$/i.test((0,gfm_markdown/* plainText */.wh)(h).trim());
/** A tombstone title: "DELETED", "(deleted)", "[DELETED] merged into REQ-4", "— DELETED —". */
const isTombstone = (title) => /^[\s\p{P}]*deleted[\s\p{P}]*$/iu.test(title) || /^[\s\p{P}]*DELETED\b/u.test(title);
function parseMarkdownRequirements(text, file, ctx, idPattern) {
    // The id (the policy's pattern, run by RE2), then nothing that continues it: the rest starts elsewhere than at a
    // letter, digit or underscore; the title is the rest after its separators.
    const headingId = pattern/* Pattern */.zJ.compile(`^(?:\\*\\*|\`)?(?P<sdlc_gate_id>${idPattern})(?:\\*\\*|\`)?(?P<sdlc_gate_rest>(?:[^A-Za-z0-9_].*)?)$`);
    let root;
    try {
        root = (0,gfm_markdown/* parseBlocks */.SV)(text);
    }
    catch (e) {
        if (!(e instanceof gfm_markdown/* MarkdownReadError */.ke))
            throw e;
        return {
            requirements: [],
            findings: [
                {
                    severity: 'error',
                    message: `${file}: cannot be read as Markdown — ${e.message}; flatten the nesting.`,
                    file,
                    ...(e.line ? { line: e.line } : {}),
                },
            ],
        };
    }
    const lines = text.split(/\r\n|\r|\n/);
    const requirements = [];
    let current;
    const close = (endLine) => {
        if (!current)
            return;
        const { r, attrs, dropped, from } = current;
        const kept = [];
        for (let l = from; l < endLine; l++)
            if (!dropped.has(l))
                kept.push(lines[l - 1]);
        r.text = kept.join('\n').trim();
        if (attrs.class)
            r.class = attrs.class;
        if (attrs.parents?.length)
            r.parents = attrs.parents;
        requirements.push(r);
        current = undefined;
    };
    for (const node of root.children) {
        const line = node.position.start.line;
        if (node.type !== 'heading') {
            if (current)
                blockAttributes(node, current.attrs, current.dropped);
            continue;
        }
        if (current && node.depth > current.depth && isAttributesHeading(node)) {
            current.dropped.add(line);
            continue;
        }
        close(line);
        const heading = headingText(node);
        const window = heading.slice(0, ID_WINDOW);
        const m = headingId.exec(window);
        const id = m?.named.sdlc_gate_id;
        if (!id || !ctx.isId(id))
            continue;
        const title = heading
            .slice(window.length - (m.named.sdlc_gate_rest ?? '').length)
            .replace(SEPARATORS, '')
            .trim();
        if (isTombstone(title))
            continue;
        current = {
            r: { id, title, text: '', file, line, format: 'markdown' },
            depth: node.depth,
            attrs: {},
            dropped: new Set(),
            from: node.position.end.line + 1,
        };
    }
    close(lines.length + 1);
    return { requirements, findings: [] };
}

;// CONCATENATED MODULE: ./lib/parsers/requirements/openfasttrace.js
// OpenFastTrace (OFT) specification items in Markdown, read line by line as OFT's own MarkdownImporter reads them
// (its format is defined by lines, not by the CommonMark structure): a line that starts with an item id
// `type~name~revision` (optionally in backticks) opens an item; a heading right before it is its title; then
// "Description:", "Rationale:", "Comment:", "Covers:" and "Depends:" (bulleted lists of ids), "Needs:" (artifact
// types, on the line or as a list), "Tags:" and "Status:". A line "skipped --> target, ... : original-id" forwards
// coverage (an item `skipped~name~rev` covering the original and needing the targets). Text between lines that say
// "oft:off" and "oft:on" is not read; fenced code outside an item is not either.
//
// For the gate an item is a requirement when its Needs names one of the test artifact types (`test_types`,
// default utest, itest, stest): that is the item OFT expects a test to cover with a tag such as
// `[utest->dsn~name~1]`. An item that needs no test (a feature covered by requirements, say) is left to OFT.
// Its parents are the items it covers (Covers:); Needs and Depends are kept on the requirement.
//
// Every pattern runs on one line and is free of nested repetition, so reading is linear in the text.
const DEFAULT_TEST_TYPES = ['utest', 'itest', 'stest'];
/** An OFT item id, as OFT's SpecificationItemId.ID_PATTERN (artifact type ASCII, name Unicode). */
const ID_SOURCE = '[A-Za-z]+~[\\p{L}][\\p{L}\\p{M}\\p{Nd}\\p{Pc}-]*(?:\\.[\\p{L}\\p{M}\\p{Nd}\\p{Pc}-]+)*~[0-9]+';
const WORD_CHAR = '\\p{L}\\p{M}\\p{Nd}\\p{Pc}';
const ID_LINE = new RegExp(`^\`?(${ID_SOURCE})`, 'u');
/** An id standing alone (what OFT's "(?:.*\\W)?(id)(?:\\W.*)?" finds, the last one on the line). */
const ID_ANYWHERE = new RegExp(`(?<![${WORD_CHAR}])(${ID_SOURCE})(?![${WORD_CHAR}])`, 'gu');
const FORWARD = new RegExp(`(?<![A-Za-z])([A-Za-z]+)\\s*-->\\s*([A-Za-z]+(?:\\s*,\\s*[A-Za-z]+)*)\\s*:\\s*(${ID_SOURCE})`, 'u');
const OFT_OFF = /(?:^|[^\p{L}\p{M}\p{Nd}\p{Pc}])oft:off(?:[^\p{L}\p{M}\p{Nd}\p{Pc}]|$)/u;
const OFT_ON = /(?:^|[^\p{L}\p{M}\p{Nd}\p{Pc}])oft:on(?:[^\p{L}\p{M}\p{Nd}\p{Pc}]|$)/u;
const CODE_BEGIN = /^ *[`~]{3,30}\w*\s*$/;
const CODE_END = /^ *[`~]{3,30}\s*$/;
const BULLET = /^\s{0,3}[+*-]/;
const HASH_TITLE = /^#+\s*(.*)$/;
const UNDERLINE = /^[=-]{3,}\s*$/;
const STATUS = /^Status:\s*(approved|proposed|draft|rejected)\s*$/;
const EMPTY = /^\s*$/;
/** "Needs: a, b" / "Tags: a, b" on one line: the words, or undefined when the rest is not a comma list of words. */
function wordList(line, keyword) {
    if (!line.startsWith(keyword))
        return undefined;
    const words = line
        .slice(keyword.length)
        .split(',')
        .map((w) => w.trim());
    return words.every((w) => /^\w+$/.test(w)) ? words : undefined;
}
/** The last id standing alone on a bulleted line (Covers:/Depends: entries). */
function bulletId(line) {
    const bullet = BULLET.exec(line);
    if (!bullet)
        return undefined;
    let last;
    for (const m of line.slice(bullet[0].length).matchAll(ID_ANYWHERE))
        last = m[1];
    return last;
}
/** The last word of ASCII letters standing alone on a bulleted line (a Needs: entry). */
function bulletArtifactType(line) {
    const bullet = BULLET.exec(line);
    if (!bullet)
        return undefined;
    let last;
    for (const m of line.slice(bullet[0].length).matchAll(/(?<![A-Za-z0-9_])[A-Za-z]+(?![A-Za-z0-9_])/g))
        last = m[0];
    return last;
}
function parseOpenFastTrace(text, file, options = {}) {
    const testTypes = new Set(options.test_types ?? DEFAULT_TEST_TYPES);
    const reader = new ItemReader(file);
    const lines = text.split(/\r?\n/);
    let enabled = true;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (!enabled)
            enabled = OFT_ON.test(line);
        else if (OFT_OFF.test(line))
            enabled = false;
        else
            reader.step(line, lines[i + 1], i + 1);
    }
    const requirements = [];
    for (const item of reader.items) {
        if (!item.needs.some((t) => testTypes.has(t)))
            continue;
        requirements.push({
            id: item.id,
            title: item.title.trim(),
            text: item.description.join('\n').trim(),
            ...(item.covers.length ? { parents: item.covers } : {}),
            needs: item.needs,
            ...(item.depends.length ? { depends: item.depends } : {}),
            file,
            line: item.line,
            format: 'openfasttrace',
        });
    }
    if (reader.items.length && !requirements.length) {
        // Said here, as the gate's own "no requirement" error speaks of id_pattern, which OFT ids do not use.
        reader.findings.push({
            severity: 'notice',
            message: `${file}: none of its ${reader.items.length} OpenFastTrace items needs a test (Needs: names none of ${[...testTypes].join(', ')}), so none is a requirement for this gate — point the source at the items tests cover, or set test_types.`,
            file,
            line: reader.items[0].line,
        });
    }
    return { requirements, findings: reader.findings };
}
/** OFT's line state machine: each line moves it by the first transition of its state that the line matches. */
class ItemReader {
    file;
    items = [];
    findings = [];
    state = 'start';
    current;
    lastTitle;
    constructor(file) {
        this.file = file;
    }
    step(line, next, n) {
        const hash = HASH_TITLE.exec(line);
        const sectionTitle = hash ? hash[1] : next !== undefined && UNDERLINE.test(next) ? line : undefined;
        const id = ID_LINE.exec(line)?.[1];
        const forward = line.includes('-->') ? FORWARD.exec(line) : null;
        if (this.state === 'code') {
            if (CODE_END.test(line))
                this.state = 'start';
        }
        else if (this.state === 'start' || this.state === 'title') {
            this.outside(line, n, id, sectionTitle, forward);
        }
        else if (id)
            this.beginItem(id, n);
        else if (this.state === 'item' && STATUS.test(line)) {
            // the status does not change what is read
        }
        else if (sectionTitle !== undefined && !(this.state === 'tags' && BULLET.test(line))) {
            this.current = undefined;
            this.lastTitle = sectionTitle;
            this.state = 'title';
        }
        else
            this.inItem(line, n, forward);
    }
    /** Between items: a heading (remembered as the next item's title), an item id, a forwarding line, a code fence. */
    outside(line, n, id, sectionTitle, forward) {
        if (id)
            this.beginItem(id, n);
        else if (sectionTitle !== undefined) {
            this.lastTitle = sectionTitle;
            this.state = 'title';
        }
        else if (this.state === 'title' && (UNDERLINE.test(line) || EMPTY.test(line))) {
            // the heading's underline, or a blank line between heading and id
        }
        else {
            if (forward)
                this.forward(forward, n);
            else if (this.state === 'start' && CODE_BEGIN.test(line))
                this.state = 'code';
            this.lastTitle = undefined;
            if (this.state === 'title')
                this.state = 'start';
        }
    }
    beginItem(id, line) {
        this.current = { id, line, title: this.lastTitle ?? '', description: [], covers: [], depends: [], needs: [] };
        this.items.push(this.current);
        this.lastTitle = undefined;
        this.state = 'item';
    }
    forward(m, line) {
        const original = m[3];
        const [, name, revision] = original.split('~');
        this.items.push({
            id: `${m[1]}~${name}~${revision}`,
            line,
            title: '',
            description: [],
            covers: [original],
            depends: [],
            needs: m[2].split(',').map((t) => t.trim()),
        });
    }
    /** A line inside an item, after ids and headings: keywords, list entries, description. */
    inItem(line, n, forward) {
        const item = this.current;
        const state = this.state;
        const keyword = /^(Rationale|Comment|Covers|Depends|Needs|Tags|Description):\s*$/.exec(line)?.[1];
        const ref = state === 'covers' || state === 'depends' ? bulletId(line) : undefined;
        const needed = state === 'needs' ? bulletArtifactType(line) : undefined;
        const needsOnLine = state !== 'needs' ? wordList(line, 'Needs:') : undefined;
        if (state === 'tags' && BULLET.test(line))
            return; // a tag
        if (ref)
            (state === 'covers' ? item.covers : item.depends).push(ref);
        else if (keyword === 'Rationale' && state !== 'rationale')
            this.state = 'rationale';
        else if (keyword === 'Comment' && state !== 'comment')
            this.state = 'comment';
        else if (keyword === 'Covers' && state !== 'covers')
            this.state = 'covers';
        else if (keyword === 'Depends')
            this.state = 'depends';
        else if (needed)
            item.needs.push(needed);
        else if (needsOnLine) {
            item.needs.push(...needsOnLine);
            this.state = 'item';
        }
        else if (keyword === 'Needs' && state !== 'needs')
            this.state = 'needs';
        else if (wordList(line, 'Tags:') || keyword === 'Tags')
            this.state = 'tags';
        else if (state === 'item' && keyword === 'Description')
            this.state = 'description';
        else if (forward && state !== 'rationale' && state !== 'comment') {
            this.current = undefined;
            this.forward(forward, n);
            this.state = 'start';
        }
        else
            this.other(line, n);
    }
    /** Any other line: description text, the blank line that ends a list, or an entry a list cannot read. */
    other(line, n) {
        const item = this.current;
        const state = this.state;
        if (state === 'item') {
            if (!EMPTY.test(line)) {
                item.description.push(line);
                this.state = 'description';
            }
        }
        else if (state === 'description')
            item.description.push(line);
        else if (EMPTY.test(line)) {
            if (state === 'needs')
                this.state = 'description';
            else if (state === 'tags')
                this.state = 'item';
        }
        else if (state === 'covers' || state === 'depends' || state === 'needs') {
            // OFT passes over such a line and stays in the list; say so, as the entry it may have meant is not read.
            const list = state === 'covers' ? 'Covers' : state === 'depends' ? 'Depends' : 'Needs';
            const form = state === 'needs' ? 'artifact type ("* utest")' : 'item id ("* type~name~revision")';
            this.findings.push({
                severity: 'warning',
                message: `${this.file}:${n}: "${line.trim().slice(0, 60)}" in the ${list} list of ${item.id} is not a bulleted ${form}, so it was not read — fix the entry, or end the list with a blank line.`,
                file: this.file,
                line: n,
            });
        }
        // Rationale and Comment run on to the next keyword, heading or item.
    }
}
/**
 * The default reference form for OpenFastTrace sources: a coverage tag `[type->covered-id]` (also with the
 * covering item's own name and revision, `[impl~name~1->dsn~name~1]`, or needed types, `[dsn->req~name~1>>impl]`)
 * whose covering type is one of the test types; its group is the covered id. RE2 syntax, on one line.
 */
function coverageTagPattern(testTypes = DEFAULT_TEST_TYPES) {
    const id = '[A-Za-z]+~[A-Za-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)*~[0-9]+';
    const types = testTypes.map((t) => t.replace(/[^A-Za-z]/g, '')).filter(Boolean);
    return `\\[[ \\t]*(?:${types.join('|')})(?:~(?:[A-Za-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)*)?~[0-9]+)?[ \\t]*->[ \\t]*(${id})[ \\t]*(?:>>[ \\t]*[A-Za-z]+(?:[ \\t]*,[ \\t]*[A-Za-z]+)*[ \\t]*)?\\]`;
}

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 26 modules
var XMLParser = __webpack_require__(9658);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(5824);
// EXTERNAL MODULE: ./lib/parsers/xml-doctype.js
var xml_doctype = __webpack_require__(6654);
;// CONCATENATED MODULE: ./lib/parsers/requirements/reqif.js


// ReqIF (OMG Requirements Interchange Format 1.x, what DOORS, Polarion, Jama, codebeamer and StrictDoc export):
// REQ-IF/CORE-CONTENT/REQ-IF-CONTENT holds SPEC-TYPES (attribute definitions, each with an IDENTIFIER and a
// LONG-NAME), SPEC-OBJECTS (each with VALUES: ATTRIBUTE-VALUE-STRING/-XHTML/-INTEGER/... naming their definition)
// and SPEC-RELATIONS (SOURCE and TARGET spec objects). Read with a real XML parser; a DOCTYPE is refused.
//
// - The id is the value of the attribute the source names (`id_attribute`, matched against a definition's
//   LONG-NAME or IDENTIFIER), by default ReqIF.ForeignID, and where an object has none, its IDENTIFIER.
// - The title is ReqIF.Name (else ReqIF.ChapterName, else the object's LONG-NAME); the text is ReqIF.Text, XHTML
//   reduced to its plain text.
// - A heading — an object with a ReqIF.ChapterName and no ReqIF.Text — is not a requirement.
// - A SPEC-RELATION makes its TARGET a parent of its SOURCE (the source derives from / satisfies the target, as
//   StrictDoc's "Parent" relation and DOORS' links out of a lower-level module are exported).
// - An object whose id does not match id_pattern cannot be cited: a finding with its line, not a silent skip.
// Linear: one parse, then maps by identifier.
const DEFAULT_ID_ATTRIBUTES = ['ReqIF.ForeignID'];
const META = XMLParser/* default */.A.getMetaDataSymbol();
function parseReqIf(text, file, ctx, options = {}) {
    const parsed = parseDocument(text, file);
    if (!('content' in parsed))
        return parsed;
    const { content, lines } = parsed;
    const findings = [];
    const idAttributes = options.id_attribute ? [options.id_attribute] : DEFAULT_ID_ATTRIBUTES;
    const objects = readObjects(content, idAttributes, lines, file, findings);
    const parents = readRelations(content, objects, lines, file, findings);
    const requirements = [];
    for (const o of objects.values()) {
        if (o.heading)
            continue;
        if (!ctx.isId(o.id)) {
            findings.push({
                severity: 'error',
                message: o.named
                    ? `${file}: the spec object ${o.identifier} has the id "${o.id}", which does not match id_pattern, so no test can cite it — fix id_pattern, or name the attribute that holds the ids with id_attribute.`
                    : `${file}: the spec object ${o.identifier} has no ${idAttributes.join(' or ')} attribute, and its IDENTIFIER does not match id_pattern, so no test can cite it — give it an id, or name the attribute that holds the ids with id_attribute.`,
                file,
                line: o.line,
            });
            continue;
        }
        const ps = parents.get(o.identifier);
        requirements.push({
            id: o.id,
            title: o.title,
            text: o.text,
            ...(ps?.length ? { parents: ps } : {}),
            file,
            line: o.line,
            format: 'reqif',
        });
    }
    return { requirements, findings };
}
/** The REQ-IF-CONTENT element, or the finding that says why there is none (a DOCTYPE, malformed XML, not ReqIF). */
function parseDocument(text, file) {
    const fail = (message, line) => ({
        requirements: [],
        findings: [{ severity: 'error', message, file, line }],
    });
    const doctype = (0,xml_doctype/* findDoctype */.Y)(text);
    if (doctype)
        return fail(`${file} ${(0,xml_doctype/* doctypeHazard */.t)(doctype)}; a ReqIF document needs none, and this gate neither loads nor expands one, so its requirements were not read — remove the DOCTYPE or export the document again.`, doctype.line);
    const valid = fxp/* XMLValidator */.iI.validate(text);
    if (valid !== true)
        return fail(`${file} is not well-formed XML (${valid.err.msg}); its requirements were not read — fix the document or export it again.`, valid.err.line);
    const parser = new XMLParser/* default */.A({
        preserveOrder: true,
        ignoreAttributes: false,
        attributeNamePrefix: '',
        removeNSPrefix: true,
        parseAttributeValue: false,
        parseTagValue: false,
        trimValues: false,
        // Only the predefined entities and character references: a DOCTYPE never gets this far.
        processEntities: true,
        captureMetaData: true,
    });
    let doc;
    try {
        doc = parser.parse(text);
    }
    catch (e) {
        return fail(`${file} is not well-formed XML (${e.message}); its requirements were not read — fix the document or export it again.`, 1);
    }
    const root = doc.find((n) => tagOf(n) === 'REQ-IF');
    if (!root)
        return fail(`${file} is XML but not a ReqIF document (no <REQ-IF> root) — point the source at a .reqif export.`, 1);
    return { content: path(root, ['CORE-CONTENT', 'REQ-IF-CONTENT']), lines: new LineIndex(text) };
}
/** Attribute definitions: IDENTIFIER → LONG-NAME, so values can be named either way. */
function definitionNames(content) {
    const names = new Map();
    for (const types of childrenNamed(content, 'SPEC-TYPES')) {
        for (const type of reqif_elements(types)) {
            for (const attrs of childrenNamed(type, 'SPEC-ATTRIBUTES')) {
                for (const def of reqif_elements(attrs)) {
                    const a = attrsOf(def);
                    if (a.IDENTIFIER)
                        names.set(a.IDENTIFIER, a['LONG-NAME'] ?? a.IDENTIFIER);
                }
            }
        }
    }
    return names;
}
/** The spec objects by IDENTIFIER, in document order. */
function readObjects(content, idAttributes, lines, file, findings) {
    const defNames = definitionNames(content);
    const objects = new Map();
    for (const list of childrenNamed(content, 'SPEC-OBJECTS')) {
        for (const obj of childrenNamed(list, 'SPEC-OBJECT')) {
            const a = attrsOf(obj);
            const line = lines.lineOf(obj);
            const identifier = a.IDENTIFIER;
            if (!identifier) {
                findings.push({
                    severity: 'error',
                    message: `${file}: a SPEC-OBJECT on this line has no IDENTIFIER, which ReqIF requires — export the document again.`,
                    file,
                    line,
                });
                continue;
            }
            const values = new Map();
            for (const v of childrenNamed(obj, 'VALUES').flatMap(reqif_elements)) {
                const ref = childrenNamed(v, 'DEFINITION').flatMap(reqif_elements).map(textOf)[0]?.trim();
                const value = ref ? reqif_valueOf(v) : undefined;
                if (!ref || value === undefined)
                    continue;
                values.set(ref, value);
                const name = defNames.get(ref);
                if (name && !values.has(name))
                    values.set(name, value);
            }
            const named = idAttributes.map((n) => values.get(n)?.trim()).find((v) => v);
            const chapter = values.get('ReqIF.ChapterName')?.trim();
            const body = values.get('ReqIF.Text')?.trim();
            objects.set(identifier, {
                identifier,
                id: named ?? identifier,
                named: named !== undefined,
                title: (values.get('ReqIF.Name')?.trim() || chapter || a['LONG-NAME'] || '').trim(),
                text: body ?? '',
                heading: !!chapter && !body,
                line,
            });
        }
    }
    return objects;
}
/** Parents by the SOURCE's IDENTIFIER: the TARGETs' ids (a target outside the file by its IDENTIFIER). */
function readRelations(content, objects, lines, file, findings) {
    const parents = new Map();
    for (const rel of childrenNamed(content, 'SPEC-RELATIONS').flatMap((l) => childrenNamed(l, 'SPEC-RELATION'))) {
        const source = childrenNamed(rel, 'SOURCE').flatMap(reqif_elements).map(textOf)[0]?.trim();
        const target = childrenNamed(rel, 'TARGET').flatMap(reqif_elements).map(textOf)[0]?.trim();
        if (!source || !target) {
            findings.push({
                severity: 'warning',
                message: `${file}: the SPEC-RELATION on this line lacks a SOURCE or TARGET spec object, so its link was not read — export the document again.`,
                file,
                line: lines.lineOf(rel),
            });
            continue;
        }
        const to = objects.get(target)?.id ?? target;
        const list = parents.get(source);
        if (list)
            list.push(to);
        else
            parents.set(source, [to]);
    }
    return parents;
}
function tagOf(node) {
    for (const k of Object.keys(node))
        if (k !== ':@' && k !== '#text')
            return k;
    return undefined;
}
function kids(node) {
    const tag = node && tagOf(node);
    const v = tag ? node[tag] : undefined;
    return Array.isArray(v) ? v : [];
}
function reqif_elements(node) {
    return kids(node).filter((k) => tagOf(k) !== undefined && !('#text' in k));
}
function childrenNamed(node, name) {
    return kids(node).filter((k) => tagOf(k) === name);
}
function path(node, names) {
    let n = node;
    for (const name of names)
        n = childrenNamed(n, name)[0];
    return n;
}
function attrsOf(node) {
    return node[':@'] ?? {};
}
/** The text of an element and everything in it, in document order (XHTML reduced to plain text). */
function textOf(node) {
    const out = [];
    const stack = [node];
    // Iterative, so deep XHTML cannot overflow the stack; children pushed in reverse to come out in order.
    while (stack.length) {
        const n = stack.pop();
        if ('#text' in n) {
            out.push(String(n['#text']));
            continue;
        }
        const tag = tagOf(n);
        if (tag === 'br')
            out.push('\n');
        const ks = kids(n);
        if (BLOCKS.has(tag ?? '') && ks.length)
            stack.push({ '#text': '\n' });
        for (let i = ks.length - 1; i >= 0; i--)
            stack.push(ks[i]);
    }
    return out.join('').replace(/[ \t]*\n[ \t\n]*/g, '\n');
}
const BLOCKS = new Set(['p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'table', 'ul', 'ol']);
/** An attribute value: THE-VALUE as an attribute (string, number, date, boolean), as XHTML, or enumeration refs. */
function reqif_valueOf(v) {
    const attr = attrsOf(v)['THE-VALUE'];
    if (attr !== undefined)
        return attr;
    const xhtml = childrenNamed(v, 'THE-VALUE')[0];
    if (xhtml)
        return textOf(xhtml);
    const refs = childrenNamed(v, 'VALUES')
        .flatMap(reqif_elements)
        .map(textOf)
        .map((s) => s.trim());
    return refs.length ? refs.join(', ') : undefined;
}
/** Lines of element start offsets, found by binary search over the newline offsets (linear overall). */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    lineOf(node) {
        const meta = node[META];
        const offset = meta?.startIndex;
        if (offset === undefined)
            return 1;
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
}

;// CONCATENATED MODULE: ./lib/parsers/requirements/sphinx-needs.js
// Sphinx-Needs' needs.json export (the `needs` builder): {current_version, versions: {<version>: {needs: {<id>:
// need}}}}. Only the current version's needs are read (a file may keep older versions next to it); a file with
// one version and no current_version is read as that version.
//
// - Which needs are requirements: those whose id matches id_pattern (set it to the requirement types' prefix,
//   e.g. "REQ_[0-9]+", to leave specs, implementations and test cases out); external needs (`is_external`,
//   imported from another project's needs.json) belong to that project and are not read; nor are needs whose
//   status is "rejected" or "deleted".
// - Title `title`; text `content` (sphinx-needs 1.x+), else `description` (older exports).
// - Parents: the ids in `links`, the outgoing default link type (a need links to what it derives from or
//   implements). Other link types (`links_back`, custom ones such as `tests` or `blocks`) are not parents.
// The line of a need is where its `"id": "<id>"` is written, found in one pass over the text.
const SKIPPED_STATUS = new Set(['rejected', 'deleted']);
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function parseSphinxNeeds(text, file, ctx) {
    const fail = (message, line = 1) => ({
        requirements: [],
        findings: [{ severity: 'error', message, file, line }],
    });
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        const at = /position (\d+)/.exec(e.message);
        return fail(`${file} is not valid JSON (${e.message}); its needs were not read — fix the file or build needs.json again.`, at ? lineOfOffset(text, Number(at[1])) : 1);
    }
    if (!isObj(data) || !isObj(data.versions))
        return fail(`${file} is not a Sphinx-Needs needs.json (no "versions" object) — point the source at the file the needs builder writes.`);
    const versions = data.versions;
    const names = Object.keys(versions);
    const current = typeof data.current_version === 'string' ? data.current_version : names.length === 1 ? names[0] : undefined;
    if (current === undefined)
        return fail(`${file} has ${names.length} versions and no current_version, so which needs are current is unknown — set "version" in the Sphinx project and build needs.json again.`);
    const version = versions[current];
    if (!isObj(version) || !isObj(version.needs)) {
        return fail(`${file}: its current_version "${current}" has no needs in "versions" (it has ${names.length ? names.map((n) => `"${n}"`).join(', ') : 'none'}) — build needs.json again for this version.`);
    }
    const lines = needLines(text, versions, current);
    const findings = [];
    const requirements = [];
    for (const [key, need] of Object.entries(version.needs)) {
        if (!isObj(need)) {
            findings.push({
                severity: 'error',
                message: `${file}: the need "${key}" is not an object, so it was not read — build needs.json again.`,
                file,
                line: lines.get(key) ?? 1,
            });
            continue;
        }
        const id = typeof need.id === 'string' && need.id ? need.id : key;
        if (need.is_external === true)
            continue;
        if (typeof need.status === 'string' && SKIPPED_STATUS.has(need.status.toLowerCase()))
            continue;
        if (!ctx.isId(id))
            continue;
        const text = typeof need.content === 'string' && need.content ? need.content : typeof need.description === 'string' ? need.description : '';
        const parents = Array.isArray(need.links) ? need.links.filter((l) => typeof l === 'string' && l !== '') : [];
        requirements.push({
            id,
            title: typeof need.title === 'string' ? need.title.trim() : '',
            text: text.trim(),
            ...(parents.length ? { parents } : {}),
            file,
            line: lines.get(id) ?? 1,
            format: 'sphinx-needs',
        });
    }
    return { requirements, findings };
}
/** Every `"id": "<value>"` in the text, in order, with its line: one pass. */
function idOccurrences(text) {
    const out = [];
    let line = 1;
    let last = 0;
    for (const m of text.matchAll(/"id"\s*:\s*"((?:[^"\\\n]|\\.)*)"/g)) {
        for (let i = text.indexOf('\n', last); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1))
            line++;
        last = m.index;
        try {
            out.push({ id: JSON.parse(`"${m[1]}"`), line });
        }
        catch {
            // not a JSON string after all: no line from it
        }
    }
    return out;
}
/**
 * The line of each need of the current version. JSON.parse keeps the order of keys as written, so walking every
 * version's needs in that order meets each need's `"id"` further on in the text than the last one (other "id"s,
 * such as those of need parts, are passed over). At the first need whose id is not found the walk stops: the rest
 * get the line of the file's start rather than a search that could grow with the square of the file.
 */
function needLines(text, versions, current) {
    const found = idOccurrences(text);
    const out = new Map();
    let at = 0;
    for (const [name, version] of Object.entries(versions)) {
        if (!isObj(version) || !isObj(version.needs))
            continue;
        for (const [key, need] of Object.entries(version.needs)) {
            const id = isObj(need) && typeof need.id === 'string' && need.id ? need.id : key;
            while (at < found.length && found[at].id !== id)
                at++;
            if (at >= found.length)
                return out;
            if (name === current)
                out.set(id, found[at].line);
            at++;
        }
    }
    return out;
}
function lineOfOffset(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}

;// CONCATENATED MODULE: ./lib/parsers/requirements/strictdoc.js
// StrictDoc (.sdoc): blocks opened by a line "[REQUIREMENT]" (or another element type such as
// [COMPOSITE_REQUIREMENT] or a custom grammar element), followed by "FIELD: value" lines; a value ">>>" runs over
// the next lines up to "<<<". Relations are "- TYPE: Parent" + "  VALUE: <UID>" entries under RELATIONS (REFS in
// older documents). Sections ([SECTION] … [/SECTION], [[SECTION]] … [[/SECTION]]) only group. An element with no UID
// cannot be cited, so it is a finding.
// As StrictDoc reads them: `TYPE: Child` names a requirement that derives from this one (the reverse of Parent);
// `TYPE: File` links the requirement to a file (VALUE, or PATH), and a test file linked so cites it; a composite
// node ([[REQUIREMENT]] … [[/REQUIREMENT]], a grammar element with IS_COMPOSITE) is a requirement whose children are
// nested in it; a document whose OPTIONS say `RELATION_FIELD: MID` identifies its nodes by that field (MID), in
// relations and in source-code markers alike, so that field is the requirement's id.
const NOT_REQUIREMENTS = new Set([
    'DOCUMENT',
    'SECTION',
    'TEXT',
    'FREETEXT',
    'GRAMMAR',
    'DOCUMENT_FROM_FILE',
    'DOCUMENT_CONFIG',
    'DOCUMENT_VIEW',
]);
const BLOCK = /^\[\[?(\/?)([A-Z][A-Z0-9_]*)\]\]?\s*$/;
const FIELD = /^([A-Z][A-Z0-9_]*):(?:[ \t](.*))?$/;
function parseStrictDoc(text, file, ctx) {
    const st = scanStrictDoc(text.split(/\r?\n/), file);
    const requirements = [];
    for (const e of st.elements) {
        const requirement = strictDocRequirement(e, st.relationField, file, ctx, st.findings);
        if (requirement)
            requirements.push(requirement);
    }
    return { requirements, findings: st.findings };
}
/** Collect: the elements (fields, relations) of a .sdoc file and the syntax errors met on the way. */
function scanStrictDoc(lines, file) {
    const st = {
        file,
        lines,
        findings: [],
        elements: [],
        current: undefined,
        inRelations: false,
        pendingRelation: undefined,
        inDocument: false,
        relationField: 'UID',
    };
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const block = BLOCK.exec(line);
        if (block) {
            openBlock(st, block, i);
            continue;
        }
        if (st.inDocument) {
            const option = /^[ \t]+RELATION_FIELD:[ \t]*(\S+)[ \t]*$/.exec(line);
            if (option)
                st.relationField = option[1];
            continue;
        }
        if (!st.current)
            continue;
        if (line.trim() === '') {
            flushRelation(st);
            st.inRelations = false;
            continue;
        }
        if (st.inRelations && relationLine(st, line))
            continue;
        i = fieldLine(st, st.current, i);
    }
    flushRelation(st);
    return st;
}
function flushRelation(st) {
    const r = st.pendingRelation;
    st.pendingRelation = undefined;
    const current = st.current;
    if (!current || !r?.value)
        return;
    const type = (r.type ?? 'Parent').toLowerCase();
    if (type === 'parent')
        current.parents.push(r.value);
    else if (type === 'child')
        current.children.push(r.value);
    else if (type === 'file')
        current.files.push(r.value);
}
/** A block line "[TYPE]", "[[TYPE]]" or its closing: ends the element before it, and opens a requirement element. */
function openBlock(st, block, i) {
    flushRelation(st);
    st.inRelations = false;
    st.current = undefined;
    st.inDocument = !block[1] && block[2] === 'DOCUMENT';
    if (!block[1] && !NOT_REQUIREMENTS.has(block[2])) {
        st.current = { type: block[2], line: i + 1, fields: new Map(), parents: [], children: [], files: [] };
        st.elements.push(st.current);
    }
}
/** A line under RELATIONS: true when it is a relation entry (or continues one); false ends the relations. */
function relationLine(st, line) {
    const entry = /^-\s+([A-Z_]+):\s*(.*)$/.exec(line);
    const cont = /^\s+([A-Z_]+):\s*(.*)$/.exec(line);
    if (entry) {
        flushRelation(st);
        st.pendingRelation = {};
        assignRelation(st.pendingRelation, entry[1], entry[2]);
        return true;
    }
    if (cont && st.pendingRelation) {
        assignRelation(st.pendingRelation, cont[1], cont[2]);
        return true;
    }
    flushRelation(st);
    st.inRelations = false;
    return false;
}
/** A "FIELD: value" line of the current element (a ">>>" value runs to "<<<"); returns the last line index read. */
function fieldLine(st, current, i) {
    const { lines, file } = st;
    const line = lines[i];
    const field = FIELD.exec(line);
    if (!field) {
        st.findings.push({
            severity: 'error',
            message: `${file}: "${line.trim().slice(0, 60)}" is not a "FIELD: value" line of the [${current.type}] opened on line ${current.line} — fix the StrictDoc syntax.`,
            file,
            line: i + 1,
        });
        st.current = undefined;
        return i;
    }
    const [, name, raw = ''] = field;
    if (name === 'RELATIONS' || name === 'REFS') {
        st.inRelations = true;
        return i;
    }
    if (raw.trim() === '>>>') {
        const start = i;
        const body = [];
        for (i++; i < lines.length && lines[i] !== '<<<'; i++)
            body.push(lines[i]);
        if (i >= lines.length) {
            st.findings.push({
                severity: 'error',
                message: `${file}: the multi-line ${name} opened with ">>>" on this line is never closed with "<<<" — close it.`,
                file,
                line: start + 1,
            });
            st.elements.splice(st.elements.indexOf(current), 1);
            st.current = undefined;
            return i; // past the last line: the scan ends
        }
        current.fields.set(name, body.join('\n'));
    }
    else
        current.fields.set(name, raw.trim());
    return i;
}
/** Judge and phrase: an element with a citable id is a requirement; one without is a finding. */
function strictDocRequirement(e, relationField, file, ctx, findings) {
    const uid = e.fields.get(relationField);
    if (!uid) {
        findings.push({
            severity: 'error',
            message: `${file}: the [${e.type}] on this line has no ${relationField}, so no test can cite it — add "${relationField}: <id>".`,
            file,
            line: e.line,
        });
        return undefined;
    }
    if (!ctx.isId(uid)) {
        findings.push({
            severity: 'error',
            message: `${file}: the ${relationField} "${uid}" does not match id_pattern, so no test can cite it — rename it or widen id_pattern.`,
            file,
            line: e.line,
        });
        return undefined;
    }
    const statement = e.fields.get('STATEMENT') ?? e.fields.get('DESCRIPTION') ?? e.fields.get('CONTENT') ?? '';
    const cls = e.fields.get('CLASS') ?? e.fields.get('SAFETY_CLASS');
    return {
        id: uid,
        title: e.fields.get('TITLE') ?? '',
        text: statement.trim(),
        ...(cls ? { class: cls } : {}),
        ...(e.parents.length ? { parents: e.parents } : {}),
        ...(e.children.length ? { children: e.children } : {}),
        ...(e.files.length ? { linkedFiles: e.files } : {}),
        file,
        line: e.line,
        format: 'strictdoc',
    };
}
function assignRelation(r, key, value) {
    if (key === 'TYPE')
        r.type = value.trim();
    else if (key === 'VALUE' || (key === 'PATH' && r.value === undefined))
        r.value = value.trim();
}

;// CONCATENATED MODULE: ./lib/parsers/requirements/types.js

function anchoredId(idPattern) {
    return pattern/* Pattern */.zJ.whole(idPattern);
}
/** The text compared between base and head: whitespace-only edits are not changes. */
function normalizedText(r) {
    return `${r.title}\n${r.text}`.replace(/\s+/g, ' ').trim();
}
/** The 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./lib/parsers/requirements/yaml.js


// Requirements in YAML: a list of items, a map of id → item, or {requirements: [...]}. Item fields: id, title,
// text (also `statement`/`description`), class, parents (also `links`). Unknown fields are ignored.
/** Each item field and the other names it goes by, first found first. */
const FIELD_NAMES = {
    id: ['id', 'uid', 'UID'],
    title: ['title', 'name', 'header'],
    text: ['text', 'statement', 'description'],
    class: ['class', 'safety_class'],
    parents: ['parents', 'links', 'parent'],
};
/** A requirement from an item's values, as both readings build it. */
function yamlRequirement(id, values, file, line) {
    return {
        id,
        title: (values.title ?? '').trim(),
        text: (values.text ?? '').trim(),
        ...(values.class ? { class: values.class } : {}),
        ...(values.parents?.length ? { parents: values.parents } : {}),
        file,
        line,
        format: 'yaml',
    };
}
function parseYamlRequirements(text, file, ctx) {
    return lineList(text, file, ctx) ?? quickList(text, file, ctx) ?? parseYamlRequirementsFully(text, file, ctx);
}
/** One item of the full reading: a requirement pushed, or a finding for an entry that is not one. */
function takeYamlItem(item, idFromKey, line, file, ctx, out) {
    const { requirements, findings } = out;
    if (!(0,dist/* isMap */.jh)(item)) {
        findings.push({
            severity: 'error',
            message: `${file}: a requirement must be a mapping with id, title and text — fix this entry.`,
            file,
            line,
        });
        return;
    }
    const field = (names) => {
        for (const n of names) {
            const v = item.get(n, true);
            if (v !== undefined && v !== null)
                return v;
        }
        return undefined;
    };
    const idNode = field(FIELD_NAMES.id);
    const id = idFromKey ?? ((0,dist/* isScalar */.jn)(idNode) ? String(idNode.value ?? '').trim() : '');
    if (!id) {
        findings.push({
            severity: 'error',
            message: `${file}: this requirement has no id — add "id: <an id matching id_pattern>".`,
            file,
            line,
        });
        return;
    }
    if (!ctx.isId(id)) {
        findings.push({
            severity: 'error',
            message: `${file}: "${id}" does not match id_pattern, so no test can cite it — rename it or widen id_pattern.`,
            file,
            line,
        });
        return;
    }
    const str = (n) => ((0,dist/* isScalar */.jn)(n) && n.value !== null && n.value !== undefined ? String(n.value) : undefined);
    const parentsNode = field(FIELD_NAMES.parents);
    const parents = (0,dist/* isSeq */.oP)(parentsNode)
        ? parentsNode.items.flatMap((p) => (0,dist/* isScalar */.jn)(p) ? [String(p.value)] : (0,dist/* isMap */.jh)(p) ? p.items.map((pair) => String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key)) : [])
        : str(parentsNode)
            ? [str(parentsNode)]
            : undefined;
    requirements.push(yamlRequirement(id, { title: str(field(FIELD_NAMES.title)), text: str(field(FIELD_NAMES.text)), class: str(field(FIELD_NAMES.class)), parents }, file, line));
}
/** The reference reading of any document, with positions for every node and a finding for every problem. */
function parseYamlRequirementsFully(text, file, ctx) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
    const findings = [];
    if (doc.errors.length) {
        const e = doc.errors[0];
        const line = e.linePos?.[0]?.line ?? lines.linePos(e.pos[0]).line;
        findings.push({
            severity: 'error',
            message: `${file} is not valid YAML (${e.message.split('\n')[0]}); its requirements were not read — fix the YAML at this line.`,
            file,
            line,
        });
        return { requirements: [], findings };
    }
    const lineOf = (node) => (node?.range ? lines.linePos(node.range[0]).line : 1);
    let root = doc.contents;
    if ((0,dist/* isMap */.jh)(root) && root.has('requirements'))
        root = root.get('requirements', true);
    const requirements = [];
    const take = (item, idFromKey, line) => takeYamlItem(item, idFromKey, line, file, ctx, { requirements, findings });
    if ((0,dist/* isSeq */.oP)(root)) {
        for (const item of root.items)
            take(item, undefined, lineOf(item));
    }
    else if ((0,dist/* isMap */.jh)(root)) {
        for (const pair of root.items) {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
            take(pair.value, key, lineOf(pair.key));
        }
    }
    else if (root !== null && root !== undefined) {
        findings.push({
            severity: 'error',
            message: `${file} holds neither a list of requirements, a map of id → requirement, nor {requirements: [...]} — reshape it.`,
            file,
            line: lineOf(root),
        });
    }
    return { requirements, findings };
}
// The common case, fast: a list of well-formed requirements (bare or under `requirements:`) is read with js-yaml,
// several times quicker than the full reading, which stays the reference. Whatever the quick reading cannot vouch
// for — anchors, aliases and tags (their positions and resolution differ), duplicate keys, another shape, any
// entry that would be a finding — is left to the full reading, so the two never give different answers.
/** The YAML 1.2 core schema as the full reading resolves plain scalars (js-yaml's own differs, e.g. on 0b101). */
const CORE_SCHEMA = js_yaml/* default.FAILSAFE_SCHEMA */.Ay.FAILSAFE_SCHEMA.extend({
    implicit: [
        new js_yaml/* default.Type */.Ay.Type('tag:yaml.org,2002:null', {
            kind: 'scalar',
            resolve: (s) => /^(?:~|[Nn]ull|NULL)?$/.test(s),
            construct: () => null,
        }),
        new js_yaml/* default.Type */.Ay.Type('tag:yaml.org,2002:bool', {
            kind: 'scalar',
            resolve: (s) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s),
            construct: (s) => s[0] === 't' || s[0] === 'T',
        }),
        new js_yaml/* default.Type */.Ay.Type('tag:yaml.org,2002:int', {
            kind: 'scalar',
            resolve: (s) => /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/.test(s),
            construct: (s) => s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10),
        }),
        new js_yaml/* default.Type */.Ay.Type('tag:yaml.org,2002:float', {
            kind: 'scalar',
            resolve: (s) => /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/.test(s),
            construct: (s) => (/nan$/i.test(s) ? NaN : /inf$/i.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : parseFloat(s)),
        }),
    ],
});
/** A node property (anchor, tag) or an alias where one can stand; prose that merely looks like one only costs speed. */
const NODE_PROPERTY = /(?:^[ \t]*|[-:?,[{][ \t]+|[[{,])[&*!]/m;
/** The first character of the node that opens at `position` (after spaces, line breaks and comments), and its line. */
function firstToken(text, position, line) {
    let at = position;
    let lineNo = line + 1;
    for (;;) {
        const c = text[at];
        if (c === ' ' || c === '\t' || c === '\r')
            at++;
        else if (c === '\n') {
            at++;
            lineNo++;
        }
        else if (c === '#') {
            while (at < text.length && text[at] !== '\n')
                at++;
        }
        else
            return { line: lineNo, first: c ?? '' };
    }
}
const isPlainMap = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The quick reading; undefined where it declines (the full reading then answers). */
function quickList(text, file, ctx) {
    if (NODE_PROPERTY.test(text))
        return undefined;
    // Where each mapping starts (the line of its first key, or of its "{"), from the first time the parser closes it.
    const starts = new Map();
    const open = [];
    // A quoted scalar or flow collection over several lines: the full reading holds them to indentation rules that
    // js-yaml does not, so such a document is left to it.
    let spansLines = false;
    let data;
    try {
        data = js_yaml/* default.load */.Ay.load(text, {
            schema: CORE_SCHEMA,
            listener(event, state) {
                if (event === 'open')
                    open.push(firstToken(text, state.position, state.line));
                else {
                    const { line, first } = open.pop();
                    if (isPlainMap(state.result) && !starts.has(state.result))
                        starts.set(state.result, line);
                    if (`"'[{`.includes(first) && state.line + 1 > line)
                        spansLines = true;
                }
            },
        });
    }
    catch {
        return undefined;
    }
    if (spansLines)
        return undefined;
    if (data === undefined || data === null)
        return { requirements: [], findings: [] };
    const list = isPlainMap(data) && Object.hasOwn(data, 'requirements') ? data.requirements : data;
    if (!Array.isArray(list))
        return undefined;
    const requirements = [];
    for (const item of list) {
        const line = isPlainMap(item) ? starts.get(item) : undefined;
        const requirement = isPlainMap(item) && line !== undefined ? plainRequirement(item, file, line, ctx) : undefined;
        if (!requirement)
            return undefined;
        requirements.push(requirement);
    }
    return { requirements, findings: [] };
}
/** The requirement of one item read by a quick reading (its values as js-yaml or the line reading give them); undefined where the full reading would have a finding. */
function plainRequirement(item, file, line, ctx) {
    const field = (names) => {
        for (const n of names)
            if (Object.hasOwn(item, n) && item[n] !== undefined)
                return { value: item[n] };
        return undefined;
    };
    const scalar = (f) => f && f.value !== null && typeof f.value !== 'object' ? String(f.value) : undefined;
    const idField = field(FIELD_NAMES.id);
    const id = idField && (idField.value === null || typeof idField.value !== 'object') ? String(idField.value ?? '').trim() : '';
    if (!id || !ctx.isId(id))
        return undefined;
    const parentsField = field(FIELD_NAMES.parents)?.value;
    let parents;
    if (Array.isArray(parentsField)) {
        parents = [];
        for (const p of parentsField) {
            if (isPlainMap(p)) {
                // Object keys list integer-like names first; the full reading keeps the written order.
                const keys = Object.keys(p);
                if (keys.length > 1)
                    return undefined;
                parents.push(...keys);
            }
            else if (!Array.isArray(p))
                parents.push(String(p));
        }
    }
    else {
        const one = scalar(parentsField === undefined ? undefined : { value: parentsField });
        parents = one ? [one] : undefined;
    }
    return yamlRequirement(id, { title: scalar(field(FIELD_NAMES.title)), text: scalar(field(FIELD_NAMES.text)), class: scalar(field(FIELD_NAMES.class)), parents }, file, line);
}
// The commonest shape, read line by line (a YAML parser's first run in a process costs far more): a list of items
// whose values are plain one-line strings or `>`/`|` blocks of one paragraph at one indentation. Anything else —
// quotes, flow collections, comments, anchors, tags, tabs, CR, document markers, empty values, nested lists,
// multi-paragraph or more-indented blocks, a value the core schema reads as null, a boolean or a number, a character
// YAML refuses — declines to the quick reading, so the answer is always the full reading's.
/** Characters this reading takes: LF, printable ASCII and the printable BMP (no controls, line or paragraph separators, surrogates, BOM or noncharacters). */
const LINE_READABLE = /^[\n\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*$/;
/** Plain scalars the YAML 1.2 core schema does not read as strings (the same expressions as CORE_SCHEMA's). */
const NOT_A_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;
/**
 * `key: value` where the value is a block indicator, a list of plain ids in brackets, or a plain string scalar (no
 * indicator first, no "#" or ": " within, nothing blank or ":" last).
 */
const LINE_PAIR = /^([A-Za-z_][A-Za-z0-9_]*): (?:([|>])|\[([^\][{}#]*)\]|([^\s\-?:,[\]{}#&*!|>'"%@`](?:[^#]*[^\s:#])?))$/;
/** An item of a bracketed list this reading takes: a plain scalar of id characters. */
const FLOW_ITEM = /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/;
/** The line reading; undefined where it declines. */
function lineList(text, file, ctx) {
    if (!text.endsWith('\n') || !LINE_READABLE.test(text))
        return undefined;
    const lines = text.split('\n');
    lines.pop();
    let at = 0;
    // Comment lines and blank lines before the list (a file's header), and nowhere else.
    while (at < lines.length && (lines[at] === '' || lines[at].startsWith('#')))
        at++;
    if (lines[at] === 'requirements:')
        at++;
    const first = lines[at];
    if (first === undefined)
        return undefined;
    const indent = first.indexOf('- ');
    if (indent < 0 || (lines[at - 1] !== 'requirements:' && indent !== 0) || first.slice(0, indent).trim() !== '')
        return undefined;
    const itemPrefix = `${' '.repeat(indent)}- `;
    const keyIndent = indent + 2;
    const keyPrefix = ' '.repeat(keyIndent);
    const requirements = [];
    while (at < lines.length) {
        let line = lines[at];
        if (line === '') {
            at++;
            continue;
        }
        if (!line.startsWith(itemPrefix))
            return undefined;
        const itemLine = at + 1;
        // No prototype: a key named __proto__ is a key like any other.
        const item = Object.create(null);
        let rest = line.slice(itemPrefix.length);
        for (;;) {
            const pair = LINE_PAIR.exec(rest);
            if (!pair || Object.hasOwn(item, pair[1]))
                return undefined;
            at++;
            let value;
            if (pair[3] !== undefined) {
                value = pair[3] === '' ? [] : pair[3].split(', ');
                if (value.some((v) => !FLOW_ITEM.test(v) || NOT_A_STRING.test(v)))
                    return undefined;
            }
            else if (pair[2] !== undefined) {
                // A block of one paragraph: lines at one indentation, deeper than the keys, with no trailing blanks.
                const content = [];
                const deeper = lines[at]?.match(/^ +/)?.[0].length ?? 0;
                if (deeper <= keyIndent)
                    return undefined;
                for (; at < lines.length; at++) {
                    const l = lines[at];
                    const depth = l.length - l.trimStart().length;
                    if (l === '' || depth < deeper)
                        break;
                    if (depth > deeper || l.endsWith(' '))
                        return undefined;
                    content.push(l.slice(deeper));
                }
                // What follows must be a key of this item, another item, a blank line before one, or the end.
                const next = lines[at];
                if (next !== undefined && next !== '' && !next.startsWith(keyPrefix) && !next.startsWith(itemPrefix))
                    return undefined;
                if (next !== undefined && next.startsWith(keyPrefix) && next[keyIndent] === ' ')
                    return undefined;
                value = `${content.join(pair[2] === '>' ? ' ' : '\n')}\n`;
            }
            else {
                value = pair[4];
                if (value.includes(': ') || NOT_A_STRING.test(value))
                    return undefined;
            }
            item[pair[1]] = value;
            line = lines[at] ?? '';
            if (!line.startsWith(keyPrefix) || line[keyIndent] === ' ')
                break;
            rest = line.slice(keyIndent);
        }
        const requirement = plainRequirement(item, file, itemLine, ctx);
        if (!requirement)
            return undefined;
        requirements.push(requirement);
    }
    return requirements.length ? { requirements, findings: [] } : undefined;
}

;// CONCATENATED MODULE: ./lib/parsers/requirements/index.js
















// Requirement files parsed in their format: text in, requirements and findings out. Which files the policy's
// sources name, and reading them, is the rules' (rules/common/requirement-sources.ts).
const DEFAULT_ID_PATTERN = '[A-Z][A-Z0-9]*-[0-9]+';
function formatFromExtension(path) {
    if (/\.(md|markdown)$/i.test(path))
        return 'markdown';
    if (/\.sdoc$/i.test(path))
        return 'strictdoc';
    if (/\.reqif$/i.test(path))
        return 'reqif';
    if (/(^|\/)needs\.json$/i.test(path))
        return 'sphinx-needs';
    if (/\.ya?ml$/i.test(path))
        return 'yaml';
    return undefined;
}
/** Parses one requirement file's text in its format. Never throws on malformed content. */
function parseRequirementFile(file, text, idPattern, settings) {
    const ctx = { isId: anchoredId(idPattern) };
    switch (file.format) {
        case 'yaml':
            return parseYamlRequirements(text, file.path, ctx);
        case 'markdown':
            return parseMarkdownRequirements(text, file.path, ctx, idPattern);
        case 'strictdoc':
            return parseStrictDoc(text, file.path, ctx);
        case 'doorstop':
            return (0,doorstop/* parseDoorstopItem */.Z5)(text, file.path, ctx, settings);
        case 'openfasttrace':
            return parseOpenFastTrace(text, file.path, file.options);
        case 'sphinx-needs':
            return parseSphinxNeeds(text, file.path, ctx);
        case 'reqif':
            return parseReqIf(text, file.path, ctx, file.options);
    }
}



/***/ }),

/***/ 792:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y3: () => (/* binding */ inspectSbom),
  hR: () => (/* reexport */ json_lines/* jsonPointerLines */.hR),
  kH: () => (/* binding */ readSbom)
});

// UNUSED EXPORTS: CYCLONEDX_VERSIONS, SPDX_VERSIONS, checkIntegrity, validateSbomSchema

// EXTERNAL MODULE: ./lib/parsers/sbom/json-lines.js
var json_lines = __webpack_require__(6902);
;// CONCATENATED MODULE: ./lib/parsers/sbom/support.js
// FDA support data (level of support, end-of-support date) has no field of its own in CycloneDX or SPDX 2.x.
// Accepted encodings, by name after lower-casing and dropping everything but letters and digits:
//   level:           "supportlevel", "levelofsupport", or a name ending in one of them ("cdx:support:level" is
//                    not one: use "support-level" or "fda:support-level")
//   end of support:  "endofsupport", "endofsupportdate", "eos", "eosdate", "endoflife", "eol", "eoldate",
//                    or a name ending in "endofsupport" / "endofsupportdate" / "endoflife"
// CycloneDX: component `properties` (name/value). SPDX: package annotations whose comment reads
// "<name>: <value>" or "<name>=<value>", and `validUntilDate` as the end-of-support date.
const LEVEL_NAMES = ['supportlevel', 'levelofsupport'];
const END_NAMES = ['endofsupport', 'endofsupportdate', 'eos', 'eosdate', 'endoflife', 'eol', 'eoldate'];
function squash(name) {
    return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}
function isSupportLevelName(name) {
    const s = squash(name);
    return LEVEL_NAMES.some((n) => s === n || s.endsWith(n));
}
function isEndOfSupportName(name) {
    const s = squash(name);
    return END_NAMES.includes(s) || s.endsWith('endofsupport') || s.endsWith('endofsupportdate') || s.endsWith('endoflife');
}
/** Support data from name/value pairs; undefined when none is there. */
function supportFromPairs(pairs) {
    const info = {};
    for (const [name, value] of pairs) {
        if (!value)
            continue;
        if (info.level === undefined && isSupportLevelName(name))
            info.level = value;
        else if (info.endOfSupport === undefined && isEndOfSupportName(name))
            info.endOfSupport = value;
    }
    return info.level !== undefined || info.endOfSupport !== undefined ? info : undefined;
}

// EXTERNAL MODULE: ./lib/util/text.js
var util_text = __webpack_require__(8805);
;// CONCATENATED MODULE: ./lib/parsers/sbom/cyclonedx-json.js



const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
const arr = (v) => (Array.isArray(v) ? v : []);
function readCycloneDxJson(path, text, json, specVersion) {
    const issues = [];
    const components = [];
    const metadata = isObj(json.metadata) ? json.metadata : undefined;
    let primary;
    if (metadata && isObj(metadata.component)) {
        primary = componentOf(metadata.component, '/metadata/component');
        walk(metadata.component.components, '/metadata/component/components', components);
    }
    walk(json.components, '/components', components);
    const dependencies = [];
    arr(json.dependencies).forEach((d, i) => {
        if (!isObj(d))
            return;
        const ref = str(d.ref);
        if (ref === undefined)
            return;
        // The document's own list when it holds only strings (the rule): no copy per dependency.
        const dependsOn = Array.isArray(d.dependsOn) && d.dependsOn.every((x) => typeof x === 'string') ? d.dependsOn : arr(d.dependsOn).filter((x) => typeof x === 'string');
        dependencies.push({ ref, dependsOn, pointer: `/dependencies/${i}` });
    });
    return {
        path,
        family: 'cyclonedx',
        encoding: 'json',
        specVersion,
        authors: metadata ? documentAuthors(metadata) : [],
        timestamp: metadata ? str(metadata.timestamp) : undefined,
        primary,
        components,
        dependencies,
        issues,
        json,
        linesOf: (pointers) => (0,json_lines/* jsonPointerLines */.hR)(text, pointers),
    };
}
function walk(list, pointer, out) {
    if (!Array.isArray(list))
        return;
    for (let i = 0; i < list.length; i++) {
        const c = list[i];
        if (!isObj(c))
            continue;
        const p = `${pointer}/${i}`;
        out.push(componentOf(c, p));
        if (c.components !== undefined)
            walk(c.components, `${p}/components`, out);
    }
}
function componentOf(c, pointer) {
    const component = { name: typeof c.name === 'string' ? c.name : '', licenses: [], pointer };
    const version = str(c.version);
    if (version !== undefined)
        component.version = version;
    const group = str(c.group);
    // Maven and npm scopes put part of the name in `group`; drift matching uses the purl, so keep the name as written.
    if (group !== undefined && component.name && !c.purl)
        component.name = `${group}/${component.name}`;
    if (group !== undefined)
        component.group = group;
    const purl = str(c.purl);
    if (purl !== undefined)
        component.purl = purl;
    const cpe = str(c.cpe);
    if (cpe !== undefined)
        component.cpe = cpe;
    if (isObj(c.swid) && str(c.swid.tagId))
        component.swid = c.swid.tagId;
    const ref = str(c['bom-ref']);
    if (ref !== undefined)
        component.ref = ref;
    for (const l of arr(c.licenses)) {
        if (!isObj(l))
            continue;
        if (str(l.expression))
            component.licenses.push(l.expression);
        else if (isObj(l.license)) {
            const id = str(l.license.id) ?? str(l.license.name);
            if (id)
                component.licenses.push(id);
        }
    }
    const supplier = entityName(c.supplier) ?? entityName(c.manufacturer) ?? str(c.author) ?? firstContact(c.authors) ?? str(c.publisher);
    if (supplier !== undefined)
        component.supplier = supplier;
    if (Array.isArray(c.properties) && c.properties.length) {
        const props = c.properties.filter(isObj).map((p) => [(0,util_text/* scalarText */.ws)(p.name), (0,util_text/* scalarText */.ws)(p.value)]);
        const support = props.length ? supportFromPairs(props) : undefined;
        if (support)
            component.support = support;
    }
    if (typeof c.isExternal === 'boolean')
        component.isExternal = c.isExternal;
    const range = str(c.versionRange);
    if (range !== undefined)
        component.versionRange = range;
    return component;
}
function entityName(v) {
    if (!isObj(v))
        return undefined;
    return str(v.name) ?? firstContact(v.contact) ?? arr(v.url).find((u) => typeof u === 'string');
}
function firstContact(v) {
    for (const c of arr(v))
        if (isObj(c))
            return str(c.name) ?? str(c.email);
    return undefined;
}
function documentAuthors(metadata) {
    const out = [];
    for (const a of arr(metadata.authors))
        if (isObj(a) && (str(a.name) || str(a.email)))
            out.push((str(a.name) ?? str(a.email)));
    const tools = metadata.tools;
    // 1.2–1.4: an array of {vendor, name}; 1.5+: {components, services}.
    for (const t of isObj(tools) ? [...arr(tools.components), ...arr(tools.services)] : arr(tools)) {
        if (isObj(t) && str(t.name))
            out.push(`${str(t.vendor) ?? str(t.group) ?? ''}${str(t.vendor) || str(t.group) ? ' ' : ''}${t.name} (tool)`);
    }
    for (const e of [metadata.manufacturer, metadata.manufacture, metadata.supplier]) {
        const name = entityName(e);
        if (name)
            out.push(name);
    }
    return out;
}


;// CONCATENATED MODULE: ./lib/parsers/sbom/detect.js
// Detection from content, never from the file name: a bom.json may be SPDX, an .spdx file may be JSON.
const CYCLONEDX_VERSIONS = ['1.2', '1.3', '1.4', '1.5', '1.6', '1.7'];
const SPDX_VERSIONS = ['2.2', '2.3'];
const HEAD_BYTES = 64 * 1024;
/** What the first bytes say; JSON documents are confirmed from the parsed value (see detectJson). */
function detectText(text) {
    const head = text.slice(0, HEAD_BYTES).replace(/^\uFEFF/, '');
    const first = head.trimStart()[0];
    if (first === '{') {
        if (/"bomFormat"\s*:\s*"CycloneDX"/.test(head))
            return { syntax: 'json', family: 'cyclonedx', encoding: 'json', specVersion: /"specVersion"\s*:\s*"([^"]*)"/.exec(head)?.[1] };
        if (/"spdxVersion"\s*:/.test(head))
            return { syntax: 'json', family: 'spdx', encoding: 'json', specVersion: spdxVersionOf(/"spdxVersion"\s*:\s*"([^"]*)"/.exec(head)?.[1]) };
        if (/spdx\.org\/rdf\/3\./.test(head))
            return { syntax: 'json', family: 'spdx3', encoding: 'json' };
        return { syntax: 'json' };
    }
    if (first === '<') {
        const ns = /xmlns(?::\w+)?\s*=\s*["']http:\/\/cyclonedx\.org\/schema\/bom\/([0-9.]+)["']/.exec(head);
        if (/<(\w+:)?bom[\s>]/.test(head) && ns)
            return { syntax: 'xml', family: 'cyclonedx', encoding: 'xml', specVersion: ns[1] };
        if (/<(\w+:)?bom[\s>]/.test(head))
            return { syntax: 'xml', family: 'cyclonedx', encoding: 'xml' };
        if (/spdx\.org\/rdf\/terms/.test(head))
            return { syntax: 'xml', family: 'spdx', encoding: 'xml' };
        return { syntax: 'xml' };
    }
    // Line by line: one multiline regex starting with ^\s* rescans every following blank line from each line start,
    // quadratic in the head (64 KiB of newlines took 15 s).
    for (const line of head.split('\n')) {
        const tag = /^\s*SPDXVersion:[ \t]*(\S+)/.exec(line);
        if (tag)
            return { syntax: 'tag-value', family: 'spdx', encoding: 'tag-value', specVersion: spdxVersionOf(tag[1]) };
    }
    return {};
}
/** What a parsed JSON value is. */
function detectJson(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return {};
    const o = value;
    if (o.bomFormat === 'CycloneDX')
        return { family: 'cyclonedx', encoding: 'json', specVersion: typeof o.specVersion === 'string' ? o.specVersion : undefined };
    if (typeof o.spdxVersion === 'string')
        return { family: 'spdx', encoding: 'json', specVersion: spdxVersionOf(o.spdxVersion) };
    const context = JSON.stringify(o['@context'] ?? '');
    if (/spdx\.org\/rdf\/3\./.test(context))
        return { family: 'spdx3', encoding: 'json' };
    return {};
}
/** "SPDX-2.3" → "2.3"; anything else is kept so the message can quote it. */
function spdxVersionOf(declared) {
    if (declared === undefined)
        return undefined;
    return /^SPDX-(\d+\.\d+)$/.exec(declared)?.[1] ?? declared;
}

// EXTERNAL MODULE: ./lib/parsers/sbom/json-index.js
var json_index = __webpack_require__(9493);
;// CONCATENATED MODULE: ./lib/parsers/sbom/integrity.js

// What the schemas cannot say: identifiers unique, references resolving, and the CycloneDX 1.7 rules stated
// only in prose. Each list is capped so a broken generator does not flood the report.
const MAX_ISSUES_PER_CHECK = 20;
function checkIntegrity(doc) {
    return doc.family === 'cyclonedx' ? cycloneDxIntegrity(doc) : spdxIntegrity(doc);
}
function capped(issues, total, what) {
    if (total > issues.length)
        issues.push({ severity: 'error', message: `and ${total - issues.length} more ${what} not listed`, pointer: '' });
    return issues;
}
function cycloneDxIntegrity(doc) {
    const out = [];
    // Every bom-ref in the document (components, services, vulnerabilities, ...), wherever it is.
    const refs = new Map();
    const dups = [];
    const record = (ref, pointer) => {
        const first = refs.get(ref);
        if (first === undefined)
            refs.set(ref, pointer);
        // The specification's own formulation examples repeat refs between a workflow and its tasks; the
        // inventory (components, services, ...) is where a duplicate misleads, so formulation is not held to it.
        else if (inFormulation(pointer) || inFormulation(first))
            return;
        else
            dups.push({ ref, pointer, first });
    };
    // Where references are looked up: the refs map, or (no duplicates, the common case) the counts of the first pass.
    let known = refs;
    if (doc.json !== undefined) {
        // The counts come from the document's one shared walk; the pointers are built only when a duplicate needs placing.
        const index = (0,json_index/* jsonIndex */.vH)(doc.json);
        if (index.duplicateRefs)
            (0,json_index/* walkDefinitions */.W7)(doc.json, { ref: record }, true);
        else
            known = index.refCounts;
    }
    else if (doc.definedRefs !== undefined)
        for (const [ref, pointer] of doc.definedRefs)
            record(ref, pointer);
    else
        for (const c of [...(doc.primary ? [doc.primary] : []), ...doc.components])
            if (c.ref !== undefined)
                record(c.ref, c.pointer);
    out.push(...duplicateIssues(doc, dups));
    const dangling = [];
    let danglingCount = 0;
    const xml = doc.encoding === 'xml';
    const unresolved = (ref, where) => {
        if (++danglingCount <= MAX_ISSUES_PER_CHECK) {
            dangling.push({ severity: 'error', message: `${where}: dependency reference "${ref}" matches no bom-ref in the document — add the component or remove the reference`, pointer: where });
        }
    };
    // Places are built only for references that do not resolve.
    for (const d of doc.dependencies) {
        if (!known.has(d.ref))
            unresolved(d.ref, xml ? `${d.pointer}/@ref` : `${d.pointer}/ref`);
        const on = d.dependsOn;
        for (let i = 0; i < on.length; i++) {
            if (!known.has(on[i]))
                unresolved(on[i], xml ? `${d.pointer}/dependency[${i + 1}]/@ref` : `${d.pointer}/dependsOn/${i}`);
        }
    }
    out.push(...capped(dangling, danglingCount, 'unresolved dependency references'));
    // CycloneDX 1.7: versionRange only on an external component (isExternal: true), and never with version.
    // The JSON schema encodes this; the XSD cannot, so it is checked here for XML.
    if (doc.encoding === 'xml') {
        for (const c of doc.components) {
            if (c.versionRange === undefined)
                continue;
            if (c.isExternal !== true) {
                out.push({ severity: 'error', message: `${c.pointer}: component "${c.name}" has a versionRange but is not external (isExternal is not true); a version range is only allowed on external components`, pointer: c.pointer });
            }
            else if (c.version !== undefined) {
                out.push({ severity: 'error', message: `${c.pointer}: component "${c.name}" has both version and versionRange; give one`, pointer: c.pointer });
            }
        }
    }
    return out;
}
/**
 * A bom-ref defined twice breaks a MUST of the specification that the schema cannot express. It misleads only when
 * something refers to it and the definitions are different things: then a reference resolves to two things (an
 * error). A duplicate nothing refers to (dependencies, compositions, vulnerabilities), or one whose definitions are
 * the same package (the same purl, else the same type, group, name and version) is a warning: cdxgen, for one,
 * lists its own tool both in metadata.tools and as an annotator, and the root package both as metadata.component
 * and among the components. In XML a duplicate stays an error.
 */
function duplicateIssues(doc, dups) {
    if (dups.length === 0)
        return [];
    const referenced = referencedRefs(doc);
    const issues = [];
    let errors = 0;
    let warnings = 0;
    for (const d of dups) {
        // XML: not every kind of reference is looked at, so a duplicate there stays an error.
        const ambiguous = doc.json === undefined || (referenced.has(d.ref) && !sameThing(doc.json, d.first, d.pointer));
        if (ambiguous ? ++errors > MAX_ISSUES_PER_CHECK : ++warnings > MAX_ISSUES_PER_CHECK)
            continue;
        issues.push(ambiguous
            ? {
                severity: 'error',
                message: `${d.pointer}: bom-ref "${d.ref}" is already used at ${d.first} for something else, and the document refers to it, so the reference is ambiguous; bom-refs must be unique in the document — fix the generator's output or regenerate the SBOM`,
                pointer: d.pointer,
            }
            : {
                severity: 'warning',
                message: `${d.pointer}: bom-ref "${d.ref}" is already used at ${d.first}; bom-refs must be unique in the document (${referenced.has(d.ref) ? 'both name the same package, so references to it are not ambiguous' : 'nothing refers to it, so it is not ambiguous'}) — report it to the generator's maintainers`,
                pointer: d.pointer,
            });
    }
    if (errors > MAX_ISSUES_PER_CHECK)
        issues.push({ severity: 'error', message: `and ${errors - MAX_ISSUES_PER_CHECK} more ambiguous duplicate bom-refs not listed`, pointer: '' });
    if (warnings > MAX_ISSUES_PER_CHECK)
        issues.push({ severity: 'warning', message: `and ${warnings - MAX_ISSUES_PER_CHECK} more duplicate bom-refs not listed`, pointer: '' });
    return issues;
}
const isJson = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Every bom-ref something in the document refers to: dependencies, compositions, vulnerabilities' affects. */
function referencedRefs(doc) {
    const out = new Set();
    for (const d of doc.dependencies) {
        out.add(d.ref);
        for (const r of d.dependsOn)
            out.add(r);
    }
    const root = isJson(doc.json) ? doc.json : undefined;
    const refOf = (v) => (typeof v === 'string' ? v : isJson(v) && typeof v.ref === 'string' ? v.ref : undefined);
    const addAll = (list) => {
        if (!Array.isArray(list))
            return;
        for (const v of list) {
            const r = refOf(v);
            if (r !== undefined)
                out.add(r);
        }
    };
    for (const c of Array.isArray(root?.compositions) ? root.compositions : []) {
        if (!isJson(c))
            continue;
        addAll(c.assemblies);
        addAll(c.dependencies);
        addAll(c.vulnerabilities);
    }
    for (const v of Array.isArray(root?.vulnerabilities) ? root.vulnerabilities : [])
        if (isJson(v))
            addAll(v.affects);
    return out;
}
/** True when the objects holding two bom-ref definitions (JSON pointers to "…/bom-ref") name the same package. */
function sameThing(json, a, b) {
    const x = at(json, a);
    const y = at(json, b);
    if (!x || !y)
        return false;
    if (typeof x.purl === 'string' || typeof y.purl === 'string')
        return x.purl === y.purl;
    return x.type === y.type && x.group === y.group && x.name === y.name && x.version === y.version && typeof x.name === 'string';
}
/** The object holding the bom-ref a JSON pointer ends at. */
function at(json, pointer) {
    let v = json;
    const parts = pointer.split('/').slice(1, -1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    for (const p of parts) {
        if (Array.isArray(v))
            v = v[Number(p)];
        else if (isJson(v))
            v = v[p];
        else
            return undefined;
    }
    return isJson(v) ? v : undefined;
}
function inFormulation(pointer) {
    return pointer.startsWith('/formulation/') || pointer.startsWith('/bom/formulation/') || pointer.startsWith('/bom/formulation[');
}
function spdxIntegrity(doc) {
    const out = [];
    const ids = new Map();
    let dupCount = 0;
    const dups = [];
    for (const c of [...(doc.primary ? [doc.primary] : []), ...doc.components]) {
        if (c.ref === undefined)
            continue;
        const first = ids.get(c.ref);
        if (first === undefined)
            ids.set(c.ref, c.pointer);
        else if (++dupCount <= MAX_ISSUES_PER_CHECK) {
            dups.push({ severity: 'error', message: `${c.pointer}: SPDXID "${c.ref}" is already used at ${first}; SPDXIDs must be unique in the document`, pointer: c.pointer, line: c.line });
        }
    }
    out.push(...capped(dups, dupCount, 'duplicate SPDXIDs'));
    const known = new Set([...ids.keys(), 'SPDXRef-DOCUMENT', ...(doc.spdxOtherIds ?? [])]);
    let danglingCount = 0;
    const dangling = [];
    for (const d of doc.dependencies) {
        for (const ref of [d.ref, ...d.dependsOn]) {
            // NONE and NOASSERTION are allowed targets; DocumentRef-x:SPDXRef-y points into another document.
            if (known.has(ref) || ref === 'NONE' || ref === 'NOASSERTION' || ref.startsWith('DocumentRef-'))
                continue;
            if (++danglingCount <= MAX_ISSUES_PER_CHECK) {
                dangling.push({ severity: 'error', message: `${d.pointer}: relationship element "${ref}" matches no SPDXID in the document — add the element or fix the relationship`, pointer: d.pointer, line: d.line });
            }
        }
    }
    out.push(...capped(dangling, danglingCount, 'unresolved relationship elements'));
    return out;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2019.js
var _2019 = __webpack_require__(878);
;// CONCATENATED MODULE: ./lib/parsers/sbom/schemas/embedded.js
// Generated from the schema files in src/parsers/sbom/schemas/ by embed.mjs — edit those files, then run `node src/parsers/sbom/schemas/embed.mjs`.
// Loaders, one chunk per file: a run parses only the schemas of the version it validates.
const SCHEMA_FILES = {
    "bom-1.2.SNAPSHOT.schema.json": () => __webpack_require__.e(/* import() */ 851).then(__webpack_require__.bind(__webpack_require__, 851)).then((m) => m.default),
    "bom-1.2.SNAPSHOT.xsd": () => __webpack_require__.e(/* import() */ 420).then(__webpack_require__.bind(__webpack_require__, 1420)).then((m) => m.default),
    "bom-1.3.SNAPSHOT.schema.json": () => __webpack_require__.e(/* import() */ 162).then(__webpack_require__.bind(__webpack_require__, 1162)).then((m) => m.default),
    "bom-1.3.SNAPSHOT.xsd": () => __webpack_require__.e(/* import() */ 233).then(__webpack_require__.bind(__webpack_require__, 2233)).then((m) => m.default),
    "bom-1.4.SNAPSHOT.schema.json": () => __webpack_require__.e(/* import() */ 785).then(__webpack_require__.bind(__webpack_require__, 8785)).then((m) => m.default),
    "bom-1.4.SNAPSHOT.xsd": () => __webpack_require__.e(/* import() */ 166).then(__webpack_require__.bind(__webpack_require__, 7166)).then((m) => m.default),
    "bom-1.5.SNAPSHOT.schema.json": () => __webpack_require__.e(/* import() */ 616).then(__webpack_require__.bind(__webpack_require__, 7616)).then((m) => m.default),
    "bom-1.5.SNAPSHOT.xsd": () => __webpack_require__.e(/* import() */ 443).then(__webpack_require__.bind(__webpack_require__, 443)).then((m) => m.default),
    "bom-1.6.SNAPSHOT.schema.json": () => __webpack_require__.e(/* import() */ 951).then(__webpack_require__.bind(__webpack_require__, 3951)).then((m) => m.default),
    "bom-1.6.SNAPSHOT.xsd": () => __webpack_require__.e(/* import() */ 208).then(__webpack_require__.bind(__webpack_require__, 5208)).then((m) => m.default),
    "bom-1.7.SNAPSHOT.schema.json": () => __webpack_require__.e(/* import() */ 806).then(__webpack_require__.bind(__webpack_require__, 6806)).then((m) => m.default),
    "bom-1.7.SNAPSHOT.xsd": () => __webpack_require__.e(/* import() */ 637).then(__webpack_require__.bind(__webpack_require__, 7637)).then((m) => m.default),
    "cryptography-defs.SNAPSHOT.schema.json": () => __webpack_require__.e(/* import() */ 57).then(__webpack_require__.bind(__webpack_require__, 57)).then((m) => m.default),
    "jsf-0.82.SNAPSHOT.schema.json": () => __webpack_require__.e(/* import() */ 137).then(__webpack_require__.bind(__webpack_require__, 2137)).then((m) => m.default),
    "spdx-2.2.schema.json": () => __webpack_require__.e(/* import() */ 926).then(__webpack_require__.bind(__webpack_require__, 4926)).then((m) => m.default),
    "spdx-2.3.schema.json": () => __webpack_require__.e(/* import() */ 493).then(__webpack_require__.bind(__webpack_require__, 2493)).then((m) => m.default),
    "spdx.SNAPSHOT.schema.json": () => __webpack_require__.e(/* import() */ 981).then(__webpack_require__.bind(__webpack_require__, 5981)).then((m) => m.default),
    "spdx.SNAPSHOT.xsd": () => __webpack_require__.e(/* import() */ 666).then(__webpack_require__.bind(__webpack_require__, 8666)).then((m) => m.default),
};

;// CONCATENATED MODULE: ./lib/parsers/sbom/schemas/load.js

// The vendored schemas (3 MB of JSON Schema and XSD text) are loaded one file at a time, when a document of that
// version is first validated: the bundler makes each file a chunk of its own, so no run parses the schemas of
// versions it does not meet and the bundle's other gates parse none.
const loaded = new Map();
/** The text of one vendored schema file, by its file name (e.g. bom-1.6.SNAPSHOT.schema.json). */
function schemaFile(name) {
    let text = loaded.get(name);
    if (!text) {
        const load = Object.hasOwn(SCHEMA_FILES, name) ? SCHEMA_FILES[name] : undefined;
        if (!load)
            return Promise.reject(new Error(`the schema ${name} is not embedded`));
        text = load();
        loaded.set(name, text);
    }
    return text;
}

;// CONCATENATED MODULE: ./lib/parsers/sbom/schemas/validators.js
// Loaders, one chunk per version: a run loads only the validator of the version it meets.
const VALIDATORS = {
    "cyclonedx@1.2": () => __webpack_require__.e(/* import() */ 239).then(__webpack_require__.bind(__webpack_require__, 2239)).then((m) => m.default),
    "cyclonedx@1.3": () => __webpack_require__.e(/* import() */ 312).then(__webpack_require__.bind(__webpack_require__, 8312)).then((m) => m.default),
    "cyclonedx@1.4": () => __webpack_require__.e(/* import() */ 45).then(__webpack_require__.bind(__webpack_require__, 4045)).then((m) => m.default),
    "cyclonedx@1.5": () => __webpack_require__.e(/* import() */ 86).then(__webpack_require__.bind(__webpack_require__, 1086)).then((m) => m.default),
    "cyclonedx@1.6": () => __webpack_require__.e(/* import() */ 187).then(__webpack_require__.bind(__webpack_require__, 8187)).then((m) => m.default),
    "cyclonedx@1.7": () => __webpack_require__.e(/* import() */ 516).then(__webpack_require__.bind(__webpack_require__, 2516)).then((m) => m.default),
    "spdx@2.2": () => __webpack_require__.e(/* import() */ 660).then(__webpack_require__.bind(__webpack_require__, 9660)).then((m) => m.default),
    "spdx@2.3": () => __webpack_require__.e(/* import() */ 595).then(__webpack_require__.bind(__webpack_require__, 4595)).then((m) => m.default),
};

// EXTERNAL MODULE: ./lib/parsers/sbom/validator-runtime.js
var validator_runtime = __webpack_require__(7571);
;// CONCATENATED MODULE: ./lib/parsers/sbom/schema.js






// JSON Schema validation of CycloneDX 1.2–1.7 and SPDX 2.2/2.3 JSON with the vendored official schemas.
//
// Linear time: ajv checks `uniqueItems` by comparing every pair of items, which is quadratic in the component
// count (tens of seconds at 10,000 components, minutes at 40,000). Each `uniqueItems: true` is replaced by the
// keyword `uniqueItemsHashed`, which puts a canonical serialization of every item in a hash set: the same answer
// (items equal as JSON values, whatever their key order), in one pass. Large string enums (the SPDX licence
// list) are likewise checked with a Set instead of a scan.
//
// Validity is decided by validators ajv generated from the schemas at build time (schemas/validators/): compiling
// a CycloneDX schema costs a run more than validating 10,000 components does. Only an invalid document's errors are
// listed by a validator compiled here, from the vendored files as they are.
const MAX_SCHEMA_ISSUES = 50;
const CDX_BASE = 'http://cyclonedx.org/schema/';
const CDX_FILES = {
    '1.2': 'bom-1.2.SNAPSHOT.schema.json',
    '1.3': 'bom-1.3.SNAPSHOT.schema.json',
    '1.4': 'bom-1.4.SNAPSHOT.schema.json',
    '1.5': 'bom-1.5.SNAPSHOT.schema.json',
    '1.6': 'bom-1.6.SNAPSHOT.schema.json',
    '1.7': 'bom-1.7.SNAPSHOT.schema.json',
};
const CDX_SHARED = ['spdx.SNAPSHOT.schema.json', 'jsf-0.82.SNAPSHOT.schema.json', 'cryptography-defs.SNAPSHOT.schema.json'];
const SPDX_FILES = { '2.2': 'spdx-2.2.schema.json', '2.3': 'spdx-2.3.schema.json' };
/** The JSON schemas this gate validates with, as family@version: each has a validator generated at build time. */
const JSON_SCHEMA_VERSIONS = [...Object.keys(CDX_FILES).map((v) => `cyclonedx@${v}`), ...Object.keys(SPDX_FILES).map((v) => `spdx@${v}`)];
const compiled = new Map();
function hasJsonSchema(family, version) {
    return Object.hasOwn(family === 'cyclonedx' ? CDX_FILES : SPDX_FILES, version);
}
/**
 * Validates a parsed document; returns problems with JSON pointers (at most MAX_SCHEMA_ISSUES, then a count).
 * `decidedBy: 'compiled'` decides validity with a validator compiled in this process from the vendored files
 * instead of the one generated at build time (the same verdict, slower; the tests compare the two).
 */
async function validateJsonSchema(family, version, json, decidedBy = 'generated') {
    // The walk gives the longest list, and the bom-ref counts that let uniqueItemsHashed skip comparing components.
    const index = (0,json_index/* jsonIndex */.vH)(json);
    const first = decidedBy === 'generated' ? await generatedValidator(family, version) : await compiledValidator(family, version, false);
    if (first(json))
        return [];
    // Only an invalid document pays for the listing (compiled once per version). ajv gathers every error by appending
    // each failing sub-validator's errors to a copy of all so far, which is quadratic where thousands of entries fail:
    // a document with longer lists is listed from the first LISTED_ENTRIES entries of each, with the error the
    // deciding pass stopped at (anywhere).
    const all = await compiledValidator(family, version, true);
    const long = index.longestList > LISTED_ENTRIES;
    all(long ? withListsCut(json, LISTED_ENTRIES) : json);
    const name = `${family === 'cyclonedx' ? 'CycloneDX' : 'SPDX'} ${version}`;
    const issues = issuesFromErrors([...(all.errors ?? []), ...(long ? (first.errors ?? []) : [])], name);
    if (long)
        issues.push({ severity: 'error', message: `(schema errors listed from the first ${LISTED_ENTRIES} entries of each list; this SBOM has longer lists — fix these and run again for any further ones)`, pointer: '' });
    // Invalid by the deciding pass: never an empty list, whatever the listing says.
    if (issues.length)
        return issues;
    return [{ severity: 'error', message: `does not match the ${name} schema, though no single place could be named — regenerate the SBOM, or check it with the specification's own validator to see where`, pointer: '' }];
}
/** Entries of each list the listing of schema errors looks at (the verdict always covers every entry). */
const LISTED_ENTRIES = 2000;
/** The vendored schema files a document of this version is validated with: its own first, then what it refers to. */
function schemaNames(family, version) {
    return family === 'cyclonedx' ? [CDX_FILES[version], ...CDX_SHARED] : [SPDX_FILES[version]];
}
/** A copy of the document with every list cut to its first `limit` entries (the same keys, in the same order). */
function withListsCut(json, limit) {
    const copyOf = (v) => (Array.isArray(v) ? [] : v !== null && typeof v === 'object' ? {} : v);
    const root = copyOf(json);
    // Iterative: deep documents must not overflow the stack.
    const pending = [[json, root]];
    while (pending.length) {
        const [from, to] = pending.pop();
        const entries = Array.isArray(from)
            ? from.slice(0, limit).map((x, i) => [i, x])
            : Object.keys(from).map((k) => [k, from[k]]);
        for (const [k, value] of entries) {
            const copy = copyOf(value);
            // Defined as data, never through a setter: a key named __proto__ stays a key.
            Object.defineProperty(to, k, { value: copy, enumerable: true, writable: true, configurable: true });
            if (copy !== value)
                pending.push([value, copy]);
        }
    }
    return root;
}
async function generatedValidator(family, version) {
    const key = `${family}@${version}`;
    const load = Object.hasOwn(VALIDATORS, key) ? VALIDATORS[key] : undefined;
    if (!load)
        throw new Error(`no schema validator was generated for ${family} ${version} — this build of sdlc-gate is incomplete: rebuild it with npm run validators, or report it`);
    return load();
}
async function compiledValidator(family, version, allErrors) {
    const key = `${family}@${version}:${allErrors}`;
    let v = compiled.get(key);
    if (v)
        return v;
    const names = schemaNames(family, version);
    const texts = await Promise.all(names.map(schemaFile));
    const schemas = Object.fromEntries(names.map((name, i) => [name, JSON.parse(texts[i])]));
    v = compileSchemas(schemas, family, version, { allErrors }).validate;
    compiled.set(key, v);
    return v;
}
/**
 * Compiles the schemas of one version (parsed, by file name; the version's own first) with the formats and the
 * linear-time keywords. `source` keeps the generated code, for the build-time validators.
 */
function compileSchemas(schemas, family, version, opts) {
    // ajv's code optimization passes halve nothing at validation time but take half the compile time of these schemas.
    // `formats` and `regExp` name, for generated code, the runtime module's definitions they are (`runtime.<name>`).
    const options = {
        allErrors: opts.allErrors,
        strict: false,
        validateSchema: false,
        messages: true,
        code: { regExp: validator_runtime/* fastRegExp */.y5, optimize: false, formats: (0,dist_ajv._) `runtime.formats`, ...(opts.source ? { source: true, esm: true } : {}) },
    };
    const names = schemaNames(family, version);
    const ajv = withKeywords(family === 'spdx' && version !== '2.2' ? new _2019.Ajv2019(options) : new dist_ajv.Ajv(options));
    if (family === 'cyclonedx')
        for (const file of CDX_SHARED)
            if (schemas[file])
                ajv.addSchema(linearize({ ...schemas[file], $id: CDX_BASE + file }));
    return { ajv, validate: ajv.compile(linearize(schemas[names[0]])) };
}
function withKeywords(ajv) {
    // Formats ajv-formats does not define are checked loosely rather than rejected as unknown (see the runtime module).
    for (const [name, format] of Object.entries(validator_runtime/* formats */.Fx))
        ajv.addFormat(name, format);
    // Both keywords are code keywords: their checks are written into the validator, with no call through ajv's
    // keyword protocol (and no context object) per array or value — there are 100,000s of each in a large SBOM.
    ajv.addKeyword({
        keyword: 'uniqueItemsHashed',
        type: 'array',
        schemaType: 'boolean',
        error: {
            message: ({ params }) => (0,dist_ajv.str) `must not have duplicate items (items ${params.i} and ${params.j} are identical)`,
            params: ({ params }) => (0,dist_ajv._) `{i: ${params.i}, j: ${params.j}}`,
        },
        code(cxt) {
            if (!cxt.schema)
                return;
            const duplicate = cxt.gen.scopeValue('func', { ref: validator_runtime/* firstDuplicate */.Ue, code: (0,dist_ajv._) `runtime.firstDuplicate` });
            // rootData: every validate function ajv generates has the document's root under this name.
            const dup = cxt.gen.const('dup', (0,dist_ajv._) `${duplicate}(${cxt.data}, rootData)`);
            cxt.setParams({ i: (0,dist_ajv._) `${dup}[0]`, j: (0,dist_ajv._) `${dup}[1]` });
            cxt.fail((0,dist_ajv._) `${dup} !== undefined`);
        },
    });
    ajv.addKeyword({
        keyword: 'enumSet',
        schemaType: 'object',
        error: {
            message: ({ schema }) => (schema.values.has('Apache-2.0') ? 'must be a value from the SPDX license list' : `must be one of the ${schema.values.size} values the schema lists`),
            params: () => (0,dist_ajv._) `{allowedValues: []}`,
        },
        code(cxt) {
            const set = cxt.schema.values;
            // Generated code builds the same set from its list.
            const values = cxt.gen.scopeValue('obj', { ref: set, code: (0,dist_ajv._) `new Set(${(0,dist_ajv.stringify)([...set])})` });
            cxt.fail((0,dist_ajv._) `!${values}.has(${cxt.data})`);
        },
    });
    return ajv;
}
/** A copy of a schema with uniqueItems and large string enums replaced by their linear-time keywords. */
function linearize(schema) {
    if (Array.isArray(schema))
        return schema.map(linearize);
    if (!schema || typeof schema !== 'object')
        return schema;
    const out = {};
    for (const [k, v] of Object.entries(schema)) {
        if (k === 'uniqueItems') {
            if (v === true)
                out.uniqueItemsHashed = true;
        }
        else if (k === 'enum' && Array.isArray(v) && v.length > 32 && v.every((x) => typeof x === 'string')) {
            out.enumSet = { values: new Set(v) };
        }
        else if (k === 'enumSet' || k === 'uniqueItemsHashed') {
            out[k] = v;
        }
        else {
            out[k] = linearize(v);
        }
    }
    return out;
}
function issuesFromErrors(errors, schemaName) {
    const kept = bestBranches(errors);
    // One error per place, the first: a combinator's own error only where none of its branches said more.
    const byPointer = new Map();
    for (const e of kept) {
        const at = e.instancePath + (e.keyword === 'required' ? `/${e.params.missingProperty}` : '');
        if (!byPointer.has(at))
            byPointer.set(at, e);
    }
    const list = [...byPointer.entries()];
    const issues = list.slice(0, MAX_SCHEMA_ISSUES).map(([, e]) => ({
        severity: 'error',
        message: `${e.instancePath || '/'} ${describe(e)} (schema ${schemaName})`,
        pointer: e.instancePath,
    }));
    if (list.length > MAX_SCHEMA_ISSUES) {
        issues.push({ severity: 'error', message: `and ${list.length - MAX_SCHEMA_ISSUES} more schema errors not listed`, pointer: '' });
    }
    return issues;
}
const COMBINATORS = new Set(['oneOf', 'anyOf']);
/** Errors that only say that something below failed. */
const GENERAL = new Set(['oneOf', 'anyOf', 'if', 'not', 'then', 'else']);
/** Errors that do not count as saying more than a general one (as before: a `not` or `then` failure does). */
const SUMMARIES = new Set(['oneOf', 'anyOf', 'if']);
const BRANCH = /\/(?:oneOf|anyOf)\/\d+(?=\/|$)/g;
/**
 * The errors worth reading. With allErrors, a failed oneOf/anyOf reports every branch: a licence with an unknown
 * SPDX id fails at its `id`, deep inside, and the `expression` branch also fails at the licence itself ("missing
 * expression", "license not allowed"). Where the deepest errors below a failed combinator's place all come through a
 * `$ref` from one of its branches (a licence's own definition), they are the mistake: the combinator's own error and
 * its branches' errors less deep go. Where the deepest errors name branches in their schema path, the branch the data
 * meant cannot be told from them (a list of two expressions fails the licence branch deeper than the expression
 * branch's "at most one item"), and nothing goes. A general error (a combinator's, a condition's) goes where a
 * specific one stands at or below its place. Never all of them. Linear in the errors (times the depth of their
 * places and of their schema paths).
 */
function bestBranches(errors) {
    const key = (schemaPath, instancePath) => `${schemaPath}\u0000${instancePath}`;
    const depth = (path) => path.split('/').length;
    // The combinators an error stands in a branch of, by their schema paths.
    const branchesOf = (e) => [...e.schemaPath.matchAll(BRANCH)].map((m) => e.schemaPath.slice(0, m.index + m[0].lastIndexOf('/')));
    // For every place with an error strictly below it: the deepest such error's depth.
    const deepest = new Map();
    for (const e of errors) {
        const d = depth(e.instancePath);
        for (const place of instancePrefixes(e.instancePath).slice(1))
            if (d > (deepest.get(place) ?? -1))
                deepest.set(place, d);
    }
    // Failed combinators with errors below them: how many of the deepest of those name one of its branches. None
    // (the deepest errors came through a $ref) means the combinator's own error and its shallower ones go.
    const attributed = new Map();
    for (const e of errors)
        if (COMBINATORS.has(e.keyword) && deepest.has(e.instancePath))
            attributed.set(key(e.schemaPath, e.instancePath), 0);
    if (attributed.size) {
        for (const e of errors) {
            const d = depth(e.instancePath);
            for (const combinator of branchesOf(e)) {
                for (const place of instancePrefixes(e.instancePath).slice(1)) {
                    const k = key(combinator, place);
                    const n = attributed.get(k);
                    if (n !== undefined && d === deepest.get(place))
                        attributed.set(k, n + 1);
                }
            }
        }
    }
    const dropsShallower = (combinator, place) => attributed.get(key(combinator, place)) === 0;
    // A general error says less than any other, specific one at or below its place.
    const specific = new Map();
    for (const e of errors)
        if (!SUMMARIES.has(e.keyword))
            for (const place of instancePrefixes(e.instancePath))
                specific.set(place, (specific.get(place) ?? 0) + 1);
    const kept = errors.filter((e) => {
        if (COMBINATORS.has(e.keyword) && dropsShallower(e.schemaPath, e.instancePath))
            return false;
        if (GENERAL.has(e.keyword) && (specific.get(e.instancePath) ?? 0) > (SUMMARIES.has(e.keyword) ? 0 : 1))
            return false;
        const d = depth(e.instancePath);
        for (const combinator of branchesOf(e)) {
            for (const place of instancePrefixes(e.instancePath)) {
                if (dropsShallower(combinator, place) && d < deepest.get(place))
                    return false;
            }
        }
        return true;
    });
    return kept.length ? kept : [...errors];
}
/** "/a/b" → ["/a/b", "/a", ""]: the place itself, then every place above it. */
function instancePrefixes(path) {
    const out = [path];
    for (let i = path.lastIndexOf('/'); i >= 0; i = path.lastIndexOf('/', i - 1)) {
        out.push(path.slice(0, i));
        if (i === 0)
            break;
    }
    return out;
}
function describe(e) {
    const p = e.params;
    switch (e.keyword) {
        case 'required':
            return `is missing the required property "${String(p.missingProperty)}"`;
        case 'additionalProperties':
            return `has the property "${String(p.additionalProperty)}", which the schema does not allow`;
        case 'enum':
            return Array.isArray(p.allowedValues) && p.allowedValues.length && p.allowedValues.length <= 20
                ? `must be one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
                : (e.message ?? 'is not an allowed value');
        case 'const':
            return `must be ${JSON.stringify(p.allowedValue)}`;
        case 'format':
            return `must be a valid ${String(p.format)}`;
        default:
            return e.message ?? `fails "${e.keyword}"`;
    }
}

;// CONCATENATED MODULE: ./lib/parsers/sbom/spdx-json.js



const spdx_json_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const spdx_json_str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
const spdx_json_arr = (v) => (Array.isArray(v) ? v : []);
/** SPDX's "no information" values, which do not count as an element being present. */
const SPDX_NO_VALUE = new Set(['NOASSERTION', 'NONE']);
function readSpdxJsonDocument(path, text, json, specVersion) {
    const creation = spdx_json_isObj(json.creationInfo) ? json.creationInfo : {};
    const packages = [];
    spdx_json_arr(json.packages).forEach((p, i) => {
        if (spdx_json_isObj(p))
            packages.push(spdxPackage(p, `/packages/${i}`));
    });
    const dependencies = [];
    spdx_json_arr(json.relationships).forEach((r, i) => {
        if (!spdx_json_isObj(r) || !spdx_json_str(r.spdxElementId) || !spdx_json_str(r.relatedSpdxElement))
            return;
        dependencies.push({ ref: r.spdxElementId, dependsOn: [r.relatedSpdxElement], type: spdx_json_str(r.relationshipType), pointer: `/relationships/${i}` });
    });
    const describes = [
        ...spdx_json_arr(json.documentDescribes).filter((x) => typeof x === 'string'),
        ...dependencies.filter((d) => d.type === 'DESCRIBES' && d.ref === json.SPDXID).map((d) => d.dependsOn[0]),
    ];
    return spdxDocument({
        path,
        encoding: 'json',
        specVersion,
        authors: spdx_json_arr(creation.creators).filter((c) => typeof c === 'string'),
        timestamp: spdx_json_str(creation.created),
        packages,
        dependencies,
        describes,
        otherIds: [...spdx_json_arr(json.files), ...spdx_json_arr(json.snippets)].filter(spdx_json_isObj).map((f) => spdx_json_str(f.SPDXID)).filter((x) => !!x),
        json,
        linesOf: (pointers) => (0,json_lines/* jsonPointerLines */.hR)(text, pointers),
    });
}
/** The document once its packages and relationships are known (shared by JSON and tag-value). */
function spdxDocument(p) {
    // The primary component is the package the document describes; it is the product, not one of its parts.
    const byRef = new Map(p.packages.map((c) => [c.ref, c]));
    const primary = p.describes.map((r) => byRef.get(r)).find((c) => c !== undefined);
    return {
        path: p.path,
        family: 'spdx',
        encoding: p.encoding,
        specVersion: p.specVersion,
        authors: p.authors,
        timestamp: p.timestamp,
        primary,
        components: p.packages.filter((c) => c !== primary),
        dependencies: p.dependencies,
        spdxOtherIds: p.otherIds,
        issues: [],
        json: p.json,
        linesOf: p.linesOf,
    };
}
function spdxPackage(p, pointer) {
    const c = { name: spdx_json_str(p.name) ?? '', licenses: [], pointer };
    const version = spdx_json_str(p.versionInfo);
    if (version)
        c.version = version;
    if (spdx_json_str(p.SPDXID))
        c.ref = p.SPDXID;
    for (const ref of spdx_json_arr(p.externalRefs)) {
        if (!spdx_json_isObj(ref))
            continue;
        applyExternalRef(c, (0,util_text/* scalarText */.ws)(ref.referenceType), (0,util_text/* scalarText */.ws)(ref.referenceLocator));
    }
    for (const field of [p.licenseConcluded, p.licenseDeclared]) {
        const l = spdx_json_str(field);
        if (l && !SPDX_NO_VALUE.has(l) && !c.licenses.includes(l))
            c.licenses.push(l);
    }
    const supplier = spdxParty(spdx_json_str(p.supplier)) ?? spdxParty(spdx_json_str(p.originator));
    if (supplier)
        c.supplier = supplier;
    const pairs = [];
    for (const a of spdx_json_arr(p.annotations))
        if (spdx_json_isObj(a) && typeof a.comment === 'string')
            for (const pair of annotationPairs(a.comment))
                pairs.push(pair);
    if (spdx_json_str(p.validUntilDate))
        pairs.push(['endOfSupport', p.validUntilDate]);
    const support = supportFromPairs(pairs);
    if (support)
        c.support = support;
    return c;
}
function applyExternalRef(c, type, locator) {
    if (!locator)
        return;
    if (type === 'purl' && c.purl === undefined)
        c.purl = locator;
    else if ((type === 'cpe23Type' || type === 'cpe22Type') && c.cpe === undefined)
        c.cpe = locator;
    else if (type === 'swid' && c.swid === undefined)
        c.swid = locator;
}
/** "Organization: ACME (email)" → "ACME"; NOASSERTION → undefined. */
function spdxParty(v) {
    if (!v || SPDX_NO_VALUE.has(v))
        return undefined;
    return v.replace(/^(Person|Organization|Tool):\s*/, '').trim() || undefined;
}
/** "support-level: maintained" or "end-of-support=2027-01-01" lines of an annotation comment. */
function annotationPairs(comment) {
    const out = [];
    // "key: value" or "key=value" at the first ":" or "=". Cut and trimmed by hand: the regex this replaces
    // (lazy groups between \s*) backtracked cubically on a line of spaces (2,000 spaces took 12 s).
    for (const line of comment.split(/\r?\n/)) {
        const colon = line.indexOf(':');
        const equals = line.indexOf('=');
        const at = colon < 0 ? equals : equals < 0 ? colon : Math.min(colon, equals);
        if (at < 0)
            continue;
        const key = line.slice(0, at).trim();
        const value = line.slice(at + 1).trim();
        if (key && value)
            out.push([key, value]);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/parsers/sbom/spdx-tag-value.js


/** The tag-value pairs, with the line each starts on; lines that are not pairs become issues. */
function parseTagValue(text) {
    const pairs = [];
    const issues = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        if (raw.trim() === '' || raw.trimStart().startsWith('#'))
            continue;
        const m = /^\s*([A-Za-z][A-Za-z0-9_-]*)\s*:\s?(.*)$/.exec(raw);
        if (!m) {
            if (issues.length < 20)
                issues.push({ severity: 'error', message: `line ${i + 1} is not "Tag: Value" (${JSON.stringify(raw.slice(0, 60))}) — fix or regenerate the document`, line: i + 1 });
            continue;
        }
        let value = m[2].trim();
        const start = i + 1;
        if (value.startsWith('<text>')) {
            // Each line is searched for the end once (not the growing block again), so a long block reads in linear time.
            const parts = [value.slice(6)];
            let j = i;
            let close = parts[0].indexOf('</text>');
            while (close < 0 && j + 1 < lines.length) {
                const next = lines[++j];
                parts.push(next);
                close = next.indexOf('</text>');
            }
            if (close < 0) {
                issues.push({ severity: 'error', message: `the <text> block of ${m[1]} opened on line ${start} is never closed with </text> — the file is truncated or malformed`, line: start });
                break;
            }
            parts[parts.length - 1] = parts[parts.length - 1].slice(0, close);
            value = parts.join('\n').trim();
            i = j;
        }
        pairs.push({ tag: m[1], value, line: start });
    }
    return { pairs, issues };
}
const DOC_REQUIRED = ['SPDXVersion', 'DataLicense', 'SPDXID', 'DocumentName', 'DocumentNamespace', 'Creator', 'Created'];
const PACKAGE_REQUIRED = ['SPDXID', 'PackageDownloadLocation'];
function pairsOf(st, c) {
    let list = st.supportPairs.get(c);
    if (!list)
        st.supportPairs.set(c, (list = []));
    return list;
}
function licensesOf(st, c) {
    let set = st.licenseSets.get(c);
    if (!set)
        st.licenseSets.set(c, (set = new Set(c.licenses)));
    return set;
}
function readTagValueSbom(path, text, detection) {
    const { pairs, issues } = parseTagValue(text);
    if (!detection.specVersion || !['2.2', '2.3'].includes(detection.specVersion)) {
        return { detection, issues: [{ severity: 'error', message: `declares SPDXVersion "${detection.specVersion ?? ''}", which is not a version this gate knows (2.2, 2.3) — regenerate it as SPDX 2.3`, line: pairs.find((p) => p.tag === 'SPDXVersion')?.line ?? 1 }] };
    }
    const st = collectTagValuePairs(pairs, issues);
    requiredTagIssues(st, detection.specVersion);
    const created = st.doc.get('Created');
    const document = spdxDocument({
        path,
        encoding: 'tag-value',
        specVersion: detection.specVersion,
        authors: st.creators,
        timestamp: created?.value,
        packages: st.packages,
        dependencies: st.dependencies,
        describes: st.describes,
        otherIds: st.otherIds,
        linesOf: () => new Map(),
    });
    document.issues.push(...issues);
    return { detection, document, issues: [] };
}
function collectTagValuePairs(pairs, issues) {
    const st = {
        doc: new Map(),
        creators: [],
        packages: [],
        seenPackageTags: [],
        dependencies: [],
        describes: [],
        otherIds: [],
        supportPairs: new Map(),
        licenseSets: new Map(),
        section: 'document',
        current: undefined,
        annotationTarget: undefined,
        byRef: new Map(),
        issues,
    };
    for (const p of pairs) {
        if (structuralPair(st, p))
            continue;
        if (st.section === 'document') {
            if (p.tag === 'Creator')
                st.creators.push(p.value);
            else if (!st.doc.has(p.tag))
                st.doc.set(p.tag, p);
            continue;
        }
        if (st.section === 'file' || st.section === 'snippet') {
            if (p.tag === 'SPDXID')
                st.otherIds.push(p.value);
            continue;
        }
        if (st.section !== 'package' || !st.current)
            continue;
        st.seenPackageTags[st.seenPackageTags.length - 1].set(p.tag, p);
        packagePair(st, st.current, p);
    }
    for (const [c, list] of st.supportPairs) {
        const support = supportFromPairs(list);
        if (support)
            c.support = support;
    }
    return st;
}
/** A pair that starts a section, relates elements or annotates one; false for any other pair. */
function structuralPair(st, p) {
    switch (p.tag) {
        case 'PackageName':
            st.section = 'package';
            st.current = { name: p.value, licenses: [], pointer: `line ${p.line}`, line: p.line };
            st.packages.push(st.current);
            st.seenPackageTags.push(new Map());
            return true;
        case 'FileName':
            st.section = 'file';
            st.current = undefined;
            return true;
        case 'SnippetSPDXID':
            st.section = 'snippet';
            st.current = undefined;
            st.otherIds.push(p.value);
            return true;
        case 'LicenseID':
            st.section = 'license';
            st.current = undefined;
            return true;
        case 'Relationship': {
            const m = /^(\S+)\s+(\S+)\s+(\S+)/.exec(p.value);
            if (!m) {
                st.issues.push({ severity: 'error', message: `line ${p.line}: Relationship "${p.value}" is not "<element> <TYPE> <element>"`, line: p.line });
                return true;
            }
            st.dependencies.push({ ref: m[1], type: m[2], dependsOn: [m[3]], pointer: `line ${p.line}`, line: p.line });
            if (m[2] === 'DESCRIBES' && m[1] === 'SPDXRef-DOCUMENT')
                st.describes.push(m[3]);
            return true;
        }
        case 'SPDXREF':
            st.annotationTarget = p.value;
            return true;
        case 'AnnotationComment': {
            const target = st.annotationTarget ? st.byRef.get(st.annotationTarget) : st.current;
            if (target) {
                const list = pairsOf(st, target);
                for (const pair of annotationPairs(p.value))
                    list.push(pair);
            }
            st.annotationTarget = undefined;
            return true;
        }
    }
    return false;
}
/** A pair inside a package section. */
function packagePair(st, current, p) {
    switch (p.tag) {
        case 'SPDXID':
            current.ref = p.value;
            st.byRef.set(p.value, current);
            break;
        case 'PackageVersion':
            current.version = p.value;
            break;
        case 'PackageSupplier':
            current.supplier = spdxParty(p.value) ?? current.supplier;
            break;
        case 'PackageOriginator':
            current.supplier ??= spdxParty(p.value);
            break;
        case 'PackageLicenseConcluded':
        case 'PackageLicenseDeclared':
            if (!SPDX_NO_VALUE.has(p.value) && !licensesOf(st, current).has(p.value)) {
                licensesOf(st, current).add(p.value);
                current.licenses.push(p.value);
            }
            break;
        case 'ExternalRef': {
            const [, type, locator] = p.value.split(/\s+/);
            applyExternalRef(current, type ?? '', locator ?? '');
            break;
        }
        case 'ValidUntilDate':
            pairsOf(st, current).push(['endOfSupport', p.value]);
            break;
    }
}
/** What the JSON schema would say for JSON: the fields the specification requires. */
function requiredTagIssues(st, specVersion) {
    for (const tag of DOC_REQUIRED) {
        if (tag === 'Creator' ? st.creators.length === 0 : !st.doc.has(tag)) {
            st.issues.push({ severity: 'error', message: `the document has no ${tag}, which SPDX ${specVersion} requires`, line: 1 });
        }
    }
    st.packages.forEach((c, i) => {
        for (const tag of PACKAGE_REQUIRED) {
            if (!st.seenPackageTags[i].has(tag))
                st.issues.push({ severity: 'error', message: `line ${c.line}: package "${c.name}" has no ${tag}, which SPDX ${specVersion} requires`, line: c.line });
        }
    });
}

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(5824);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./lib/parsers/sbom/xml-element-lines.js
// Start lines of XML elements from the lines of their end tags, in one pass over a well-formed document.
//
// libxml2's streaming validation reports an error found when an element closes (a missing child, a duplicate key,
// an invalid text content) at the line where that element ends; the tree mode, and this gate's findings, name the
// line of its start tag. The scan below tokenizes the markup the XML grammar defines (comments, CDATA sections,
// processing instructions, declarations, start and end tags with quoted attribute values) and keeps one stack entry
// per open element: linear in the document, and only run when there is such an error to place.
/**
 * For each wanted (name, endLine), the line of the start tag of an element of that name ending on that line, or
 * undefined when there is none. Several wanted entries with the same name and end line take the elements ending
 * there in document order, as the validator reports them.
 */
function elementStartLines(text, wanted) {
    const key = (name, line) => `${line}\u0000${name}`;
    const want = new Set(wanted.map((w) => key(w.name, w.endLine)));
    const found = new Map();
    const record = (name, start, end) => {
        const k = key(name, end);
        if (!want.has(k))
            return;
        const list = found.get(k);
        if (list)
            list.push(start);
        else
            found.set(k, [start]);
    };
    const names = [];
    const starts = [];
    const n = text.length;
    let line = 1;
    let i = 0;
    // Advances to just past `end`, counting lines; returns false when it does not occur.
    const skipPast = (end) => {
        const j = text.indexOf(end, i);
        const stop = j < 0 ? n : j + end.length;
        for (let k = i; k < stop; k++)
            if (text.charCodeAt(k) === 10)
                line++;
        i = stop;
        return j >= 0;
    };
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 10) {
            line++;
            i++;
            continue;
        }
        if (c !== 60) {
            i++;
            continue;
        }
        // '<'
        if (text.startsWith('<!--', i)) {
            if (!skipPast('-->'))
                break;
        }
        else if (text.startsWith('<![CDATA[', i)) {
            if (!skipPast(']]>'))
                break;
        }
        else if (text.startsWith('<?', i)) {
            if (!skipPast('?>'))
                break;
        }
        else if (text.startsWith('<!', i)) {
            if (!skipPast('>'))
                break;
        }
        else if (text.charCodeAt(i + 1) === 47) {
            // an end tag
            i += 2;
            if (!skipPast('>'))
                break;
            const open = names.pop();
            const start = starts.pop();
            if (open !== undefined && start !== undefined)
                record(open, start, line);
        }
        else {
            // a start tag or an empty-element tag
            const tag = scanStartTag(text, i, line);
            const { name, start, empty, closed } = tag;
            line = tag.line;
            i = tag.end;
            if (!closed)
                break;
            if (empty)
                record(name, start, line);
            else {
                names.push(name);
                starts.push(start);
            }
        }
    }
    const taken = new Map();
    return wanted.map((w) => {
        const k = key(w.name, w.endLine);
        const at = taken.get(k) ?? 0;
        taken.set(k, at + 1);
        return found.get(k)?.[at];
    });
}
const isNameEnd = (c) => c === 32 || c === 9 || c === 10 || c === 13 || c === 62 || c === 47;
function localName(text, from, to) {
    const raw = text.slice(from, to);
    const colon = raw.indexOf(':');
    return colon < 0 ? raw : raw.slice(colon + 1);
}
/** A start tag or an empty-element tag at `i` (a '<'): the name, then attributes with quoted values, to '>' or '/>'. */
function scanStartTag(text, i, line) {
    const n = text.length;
    const start = line;
    let j = i + 1;
    while (j < n && !isNameEnd(text.charCodeAt(j)))
        j++;
    const name = localName(text, i + 1, j);
    let empty = false;
    let closed = false;
    while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 10)
            line++;
        else if (d === 34 || d === 39) {
            const q = text.indexOf(d === 34 ? '"' : "'", j + 1);
            const stop = q < 0 ? n : q;
            for (let k = j + 1; k < stop; k++)
                if (text.charCodeAt(k) === 10)
                    line++;
            j = stop;
        }
        else if (d === 62) {
            empty = text.charCodeAt(j - 1) === 47;
            closed = true;
            j++;
            break;
        }
        j++;
    }
    return { name, start, end: j, line, empty, closed };
}

;// CONCATENATED MODULE: ./lib/parsers/sbom/xsd.js



// CycloneDX XML against the official XSD of its declared version, with libxml2's xmllint compiled to WebAssembly
// (xmllint-wasm), offline. The wasm and its loader are embedded (xmllint/embedded.ts) because the package starts
// its worker from a file in its own folder, which the bundle does not carry. One worker thread per
// process validates one document at a time; each run gets a fresh xmllint instance, and a run that outlasts its
// time limit terminates the worker (the next run starts a new one), so a hostile document cannot hang the gate.
// The XSDs import the SPDX licence XSD as "spdx.SNAPSHOT.xsd" (the offline reference the CycloneDX library
// applies); it is handed to xmllint under that name, and --nonet forbids any other fetch.
//
// Streaming: xmllint validates with --stream (libxml2's xmlTextReader with the schema plugged in), so no document
// tree is built in the wasm heap — its memory no longer grows with the SBOM. The verdict is libxml2's own in both
// modes, identity constraints included (xs:unique on bom-ref is checked by the same IDC code while streaming). The
// document is handed over as UTF-8 bytes whose buffer is transferred to the worker (no copy of the text there), and
// startXsdValidation returns as soon as it is posted, so the caller reads the document while the worker validates.
// The one difference is where some errors are reported: an error found when an element closes (a missing child, a
// duplicate key) carries the line of its end tag when streaming; such lines are mapped back to the element's start
// tag (elementStartLines), the line the tree mode names, so findings keep the lines they had.
const MAX_XSD_ISSUES = 50;
const XSD_FILES = {
    '1.2': 'bom-1.2.SNAPSHOT.xsd',
    '1.3': 'bom-1.3.SNAPSHOT.xsd',
    '1.4': 'bom-1.4.SNAPSHOT.xsd',
    '1.5': 'bom-1.5.SNAPSHOT.xsd',
    '1.6': 'bom-1.6.SNAPSHOT.xsd',
    '1.7': 'bom-1.7.SNAPSHOT.xsd',
};
const SPDX_XSD = 'spdx.SNAPSHOT.xsd';
const DOCUMENT_NAME = 'sbom.xml';
// 64 KiB pages: start at 16 MiB, grow up to the 4 GiB a 32-bit wasm can address.
const INITIAL_PAGES = 256;
const MAX_PAGES = 65536;
let xmllint;
const loadXmllint = () => (xmllint ??= __webpack_require__.e(/* import() */ 353).then(__webpack_require__.bind(__webpack_require__, 9734)));
const workerSource = (factorySource) => `var __dirname = '/'; var __filename = '/xmllint.js';
${factorySource}
;(() => {
  const { parentPort, workerData } = require('node:worker_threads');
  parentPort.on('message', (job) => {
    let stderr = '';
    let done = false;
    const finish = (exitCode) => {
      if (done) return;
      done = true;
      parentPort.postMessage({ id: job.id, exitCode, stderr });
    };
    Module({
      inputFiles: job.inputFiles,
      arguments: job.args,
      print() {},
      printErr(text) { if (stderr.length < 1000000) stderr += text + '\\n'; },
      onExit: finish,
      onAbort(reason) { stderr += 'abort: ' + reason + '\\n'; finish(-1); },
      instantiateWasm(imports, callback) {
        WebAssembly.instantiate(workerData.wasm, imports).then((instance) => callback(instance, workerData.wasm), (e) => { stderr += String(e) + '\\n'; finish(-1); });
        return {};
      },
      wasmMemory: new WebAssembly.Memory({ initial: ${INITIAL_PAGES}, maximum: ${MAX_PAGES} }),
    }).catch((e) => { stderr += String(e) + '\\n'; finish(-1); });
  });
})();
`;
const { WebAssembly: Wasm } = globalThis;
let compiledWasm;
let current;
let nextId = 0;
function wasmModule(embedded) {
    compiledWasm ??= new Wasm.Module(Buffer.from(embedded.XMLLINT_WASM_BASE64, 'base64'));
    return compiledWasm;
}
function failAll(jobs, error) {
    for (const job of jobs.values()) {
        clearTimeout(job.timer);
        job.reject(error);
    }
    jobs.clear();
}
function theWorker(embedded) {
    if (current)
        return current;
    const worker = new external_node_worker_threads_.Worker(workerSource(embedded.XMLLINT_FACTORY_SOURCE), { eval: true, workerData: { wasm: wasmModule(embedded) } });
    const jobs = new Map();
    const self = { worker, jobs };
    worker.on('message', (m) => {
        const job = jobs.get(m.id);
        if (!job)
            return;
        jobs.delete(m.id);
        clearTimeout(job.timer);
        if (jobs.size === 0)
            worker.unref();
        job.resolve(m);
    });
    worker.on('error', (e) => {
        if (current === self)
            current = undefined;
        failAll(jobs, e instanceof Error ? e : new Error(String(e)));
    });
    worker.on('exit', (code) => {
        if (current === self)
            current = undefined;
        failAll(jobs, new Error(`the XML validator stopped (exit code ${code})`));
    });
    worker.unref();
    current = self;
    return self;
}
/**
 * Posts one run of xmllint to the worker; resolves once it is posted, with the run's outcome, which rejects when it
 * does not finish within timeoutMs (the worker is then replaced). Byte contents are transferred, not copied.
 */
async function postXmllint(files, args, timeoutMs) {
    const self = theWorker(await loadXmllint());
    const id = ++nextId;
    const done = new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            self.jobs.delete(id);
            if (current === self)
                current = undefined;
            void self.worker.terminate();
            reject(new Error(`XSD validation did not finish within ${Math.round(timeoutMs / 1000)} s`));
        }, timeoutMs);
        self.jobs.set(id, { id, resolve, reject, timer });
    });
    self.worker.ref();
    const transfer = files.flatMap((f) => (typeof f.contents === 'string' ? [] : [f.contents.buffer]));
    self.worker.postMessage({ id, inputFiles: files, args }, transfer);
    return { done };
}
function hasXsd(version) {
    return version in XSD_FILES;
}
/** Time allowed for one document: a minute, plus a second per MB (XSD validation runs at tens of MB/s). */
function timeLimitMs(chars) {
    return 60_000 + Math.ceil(chars / 1_000_000) * 1_000;
}
/**
 * Validates a CycloneDX XML document against the XSD of `version`. Returns problems with their lines (at most
 * MAX_XSD_ISSUES, then a count). The caller has already refused DOCTYPE declarations, so no entity reaches
 * libxml2; xmllint is not asked to substitute entities anyway. `mode: 'tree'` validates a whole document tree
 * instead of streaming (the tests compare the two).
 */
async function validateXsd(version, xml, opts = {}) {
    return (await startXsdValidation(version, xml, opts)).result;
}
/**
 * Starts validating and resolves once the document is with the validator (in its worker thread), with the result
 * to await: what the caller does meanwhile runs concurrently with the validation. The result never rejects.
 */
async function startXsdValidation(version, xml, opts = {}) {
    const xsd = XSD_FILES[version];
    if (!xsd)
        return { result: Promise.resolve([]) };
    const name = `CycloneDX ${version} XSD`;
    const failed = (e) => [{ severity: 'error', message: `could not be validated against the ${name}: ${e.message} — the gate cannot vouch for it`, line: 1 }];
    const stream = opts.mode !== 'tree';
    let done;
    try {
        const [main, spdx] = await Promise.all([schemaFile(xsd), schemaFile(SPDX_XSD)]);
        // UTF-8 bytes in a buffer of their own, transferred to the worker.
        const bytes = new TextEncoder().encode(xml);
        const files = [
            { fileName: DOCUMENT_NAME, contents: bytes },
            { fileName: xsd, contents: main },
            { fileName: SPDX_XSD, contents: spdx },
        ];
        const args = ['--schema', xsd, '--noout', '--nonet', ...(stream ? ['--stream'] : []), DOCUMENT_NAME];
        ({ done } = await postXmllint(files, args, opts.timeoutMs ?? timeLimitMs(xml.length)));
    }
    catch (e) {
        return { result: Promise.resolve(failed(e)) };
    }
    const result = done.then((r) => {
        if (r.exitCode === 0)
            return [];
        const issues = issuesFromOutput(r.stderr, name);
        if (issues.length === 0) {
            // xmllint failed without a located message (out of memory, a schema it could not read): never a pass.
            const why = r.stderr.trim().split('\n').filter((l) => !l.endsWith('fails to validate') && !l.endsWith('validates')).slice(0, 3).join(' ');
            issues.push({ severity: 'error', message: `could not be validated against the ${name} (xmllint exit code ${r.exitCode}${why ? `: ${why}` : ''})`, line: 1 });
        }
        return stream ? withStartLines(xml, issues) : issues;
    }, (e) => failed(e));
    return { result };
}
const LOCATED = new RegExp(`^${DOCUMENT_NAME.replace('.', '\\.')}:(\\d+): (.*)$`);
function issuesFromOutput(stderr, name) {
    const issues = [];
    let total = 0;
    for (const raw of stderr.split('\n')) {
        const m = LOCATED.exec(raw);
        if (!m)
            continue;
        total++;
        if (issues.length >= MAX_XSD_ISSUES)
            continue;
        const text = m[2]
            .replace(/\{http:\/\/cyclonedx\.org\/schema\/[^}]*\}/g, '')
            .replace(/^(element [^:]+: )?Schemas validity error : /, '')
            .replace(/^(element [^:]+: )?Schemas parser error : /, 'the schema: ')
            .replace(/^parser error : /, 'is not well-formed XML: ')
            .replace(/\{('[^']*'(?:, '[^']*'){19,})\}/g, (_all, set) => `{${set.split(', ').slice(0, 5).join(', ')}, ... (${set.split(', ').length} values)}`)
            .trim();
        issues.push({ severity: 'error', message: `${text} (${name})`, line: Number(m[1]) });
    }
    if (total > issues.length)
        issues.push({ severity: 'error', message: `and ${total - issues.length} more XSD errors not listed`, line: 1 });
    return issues;
}
/**
 * Errors libxml2 finds when an element closes, which streaming reports at the element's end tag: content that is
 * incomplete or of the wrong type, and identity constraints (a duplicate or missing key). Errors about an attribute
 * are found at the start tag in both modes.
 */
const FOUND_AT_END = /^Element '([^']+)': (Missing child element\(s\)|Duplicate key-sequence|Not all fields of key identity-constraint|No match found for key-sequence|Character content|Element content is not allowed|\[facet |'.*' is not a valid value of )/;
/** Issues with the line of the start tag of the element they name, where streaming gave the line of its end. */
function withStartLines(xml, issues) {
    const placed = [];
    issues.forEach((issue, i) => {
        const m = FOUND_AT_END.exec(issue.message);
        if (m && issue.line !== undefined)
            placed.push({ issue: i, name: m[1].replace(/^.*:/, ''), endLine: issue.line });
    });
    if (placed.length === 0)
        return issues;
    const starts = elementStartLines(xml, placed);
    return issues.map((issue, i) => {
        const k = placed.findIndex((p) => p.issue === i);
        const start = k < 0 ? undefined : starts[k];
        return start === undefined ? issue : { ...issue, line: start };
    });
}

// EXTERNAL MODULE: ./lib/parsers/xml-doctype.js
var xml_doctype = __webpack_require__(6654);
;// CONCATENATED MODULE: ./lib/parsers/sbom/cyclonedx-xml.js





// A CycloneDX XML document (1.2–1.7) as components, dependencies and document metadata, with the line of each
// component. Places are XML element paths with 1-based positions: /bom/components/component[4].
//
// Read in one streaming pass (saxes, a SAX parser with positions): no document tree is built. Each component's own
// fields (name, version, purl, licences, supplier, properties, ...) are gathered into a small record while it is
// open and turned into an SbomComponent when it closes; the metadata likewise; dependencies and bom-refs are kept
// as the document model needs them and nothing else. Namespace prefixes are ignored (as are xmlns attributes);
// text is trimmed, CDATA kept as written.
//
// Hostile input: a DOCTYPE (the only way to declare entities, external or internal), wherever it stands, is refused
// before any parser sees the document, so nothing is ever expanded or fetched (no XXE, no entity bomb); only the
// five predefined entities and character references are decoded. Elements nested deeper than MAX_DEPTH are
// refused. Every step is linear in the size of the document.
const MAX_DEPTH = 256;
/** Children of a component the component reader looks at; everything else (hashes, evidence, pedigree, ...) is not kept. */
const COMPONENT_FIELDS = new Set([
    'name',
    'version',
    'purl',
    'group',
    'cpe',
    'swid',
    'licenses',
    'supplier',
    'manufacturer',
    'author',
    'authors',
    'publisher',
    'properties',
    'versionRange',
]);
/** Children of the metadata the document readers look at (the metadata component is read as a component). */
const METADATA_FIELDS = new Set(['timestamp', 'authors', 'tools', 'manufacturer', 'manufacture', 'supplier']);
/** Elements whose content is not searched for bom-refs: `dependency ref` and `provides ref` refer to bom-refs, they define none; hashes and external references have none. */
const REF_BARRIERS = new Set(['dependencies', 'properties', 'hashes', 'externalReferences']);
/** Elements whose content nothing reads and that define no bom-ref: skipped whole. */
const OPAQUE = new Set(['hashes', 'externalReferences']);
class Refused extends Error {
}
function readXmlSbom(path, text, detection) {
    const refused = refuseDoctype(text);
    if (refused)
        return { detection, issues: [refused] };
    const reader = new StreamReader(path, text, detection.specVersion);
    try {
        return { detection, document: reader.read(), issues: [] };
    }
    catch (e) {
        if (e instanceof Refused)
            return { detection, issues: [{ severity: 'error', message: e.message, line: 1 }] };
        // Not well-formed: the same words as before for what fast-xml-parser's validator names (only on this path, so a
        // good document is read once).
        const wellFormed = fxp/* XMLValidator */.iI.validate(text, { allowBooleanAttributes: false });
        if (wellFormed !== true)
            return { detection, issues: [notWellFormed(text, wellFormed.err)] };
        const m = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(e.message);
        return {
            detection,
            issues: [
                {
                    severity: 'error',
                    message: `is not well-formed XML (${(m ? m[3] : e.message).replace(/\.$/, '')}${m ? `, column ${m[2]}` : ''}) — a truncated or hand-edited file? Regenerate it`,
                    line: m ? Number(m[1]) : 1,
                },
            ],
        };
    }
}
/**
 * Starts the XSD validation of a CycloneDX XML text before it is read, so the worker validates while this thread
 * parses; undefined when there is nothing to validate yet (no XSD for the version, or a DOCTYPE, which is refused
 * before any parser sees the document).
 */
async function startXmlValidation(text, detection) {
    if (detection.family !== 'cyclonedx' || detection.specVersion === undefined || !hasXsd(detection.specVersion))
        return undefined;
    if ((0,xml_doctype/* findDoctype */.Y)(text))
        return undefined;
    return startXsdValidation(detection.specVersion, text);
}
async function validateXmlSbom(doc) {
    if (doc.xml === undefined || !hasXsd(doc.specVersion))
        return [];
    return validateXsd(doc.specVersion, doc.xml);
}
/**
 * A DOCTYPE anywhere in the document, as a finding: in the prolog, or inside an element, where the XML parser would
 * still take it (it expands nothing here, as entities are off, but the document is not what it claims to be).
 */
function refuseDoctype(text) {
    const found = (0,xml_doctype/* findDoctype */.Y)(text);
    if (!found)
        return undefined;
    return {
        severity: 'error',
        message: `${(0,xml_doctype/* doctypeHazard */.t)(found)}; a CycloneDX SBOM has no DOCTYPE, and this gate neither loads nor expands one — remove the DOCTYPE or regenerate the SBOM`,
        line: found.line,
    };
}
function notWellFormed(text, err) {
    // Unclosed elements are reported at the start of the file by the validator; they are missing at the end.
    const unclosed = /^Invalid '\[(.*)\]' found\.?$/s.exec(err.msg);
    if (unclosed) {
        const names = unclosed[1]
            .split(',')
            .map((s) => s.trim().replace(/^"|"$/g, ''))
            .filter(Boolean);
        return {
            severity: 'error',
            message: `is not well-formed XML: the file ends with ${names.length === 1 ? 'element' : 'elements'} <${names.join('>, <')}> still open — a truncated file? Regenerate it`,
            line: lineOfOffset(text, text.length),
        };
    }
    return {
        severity: 'error',
        message: `is not well-formed XML (${err.msg.replace(/\.$/, '')}, column ${err.col}) — a truncated or hand-edited file? Regenerate it`,
        line: err.line,
    };
}
function lineOfOffset(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
const cyclonedx_xml_localName = (name) => {
    const colon = name.indexOf(':');
    return colon === -1 ? name : name.slice(colon + 1);
};
class StreamReader {
    path;
    text;
    specVersion;
    lines = new Map();
    metadataComponents = [];
    bomComponents = [];
    primary;
    timestamp;
    authors = [];
    depsHolder;
    refTree = [];
    bomIsNode = false;
    constructor(path, text, specVersion) {
        this.path = path;
        this.text = text;
        this.specVersion = specVersion;
    }
    read() {
        const parser = new saxes/* SaxesParser */.wT({ xmlns: false, position: true });
        let top;
        let depth = 0;
        let opaque = 0;
        let startLine = 1;
        let sawRoot = false;
        parser.on('opentagstart', () => {
            // The line of the '<': the name cannot span lines, but the character that ended it may be a newline.
            startLine = parser.column === 0 ? parser.line - 1 : parser.line;
        });
        parser.on('opentag', (tag) => {
            // Every element, self-closing ones included, gets a closetag event.
            if (opaque > 0) {
                opaque++;
                return;
            }
            const name = cyclonedx_xml_localName(tag.name);
            const parent = top;
            if (parent === undefined) {
                if (sawRoot)
                    return;
                sawRoot = true;
                if (name !== 'bom')
                    throw new Refused('is XML but its root element is not a CycloneDX <bom> — point `paths` at the SBOM, or regenerate it');
            }
            else {
                this.flush(parent);
                parent.hasChild = true;
            }
            if (OPAQUE.has(name) && parent !== undefined) {
                opaque = 1;
                return;
            }
            depth++;
            if (depth > MAX_DEPTH + 1)
                throw new Refused(`nests XML elements more than ${MAX_DEPTH} deep, which no CycloneDX generator does; it was not read — regenerate the SBOM`);
            let attrs;
            const given = tag.attributes;
            for (const raw in given) {
                if (raw === 'xmlns' || raw.startsWith('xmlns:'))
                    continue;
                (attrs ??= {})[`@${cyclonedx_xml_localName(raw)}`] = given[raw].trim();
            }
            const frame = this.open(parent, name, attrs, startLine);
            top = frame;
        });
        parser.on('closetag', () => {
            if (opaque > 0) {
                opaque--;
                return;
            }
            const frame = top;
            this.close(frame);
            depth--;
            top = frame.parent;
        });
        parser.on('text', (t) => {
            if (opaque === 0 && top !== undefined && top.capture !== 0 /* Capture.None */)
                top.pending += t;
        });
        parser.on('cdata', (t) => {
            if (opaque === 0 && top !== undefined && top.capture !== 0 /* Capture.None */) {
                this.flush(top);
                top.text += t;
            }
        });
        parser.on('processinginstruction', () => {
            // The tree reader kept a processing instruction as a child, which made its element a node.
            if (opaque === 0 && top !== undefined) {
                this.flush(top);
                top.hasChild = true;
            }
        });
        parser.write(this.text).close();
        if (!this.bomIsNode)
            throw new Refused('is XML but its root element is not a CycloneDX <bom> — point `paths` at the SBOM, or regenerate it');
        return this.document();
    }
    open(parent, name, attrs, line) {
        let siblings = { n: 1 };
        let index = 1;
        if (parent) {
            parent.counts ??= new Map();
            let c = parent.counts.get(name);
            if (c === undefined) {
                c = { n: 0 };
                parent.counts.set(name, c);
            }
            index = ++c.n;
            siblings = c;
        }
        const frame = {
            name,
            parent,
            kind: 0 /* Kind.Other */,
            line,
            index,
            siblings,
            place: undefined,
            attrs,
            hasChild: false,
            counts: undefined,
            capture: 0 /* Capture.None */,
            node: undefined,
            text: '',
            pending: '',
            refSkip: parent === undefined ? false : parent.refSkip || REF_BARRIERS.has(name),
            refs: undefined,
            list: undefined,
            slot: -1,
            pointer: '',
            primary: false,
            dep: undefined,
        };
        if (parent === undefined) {
            frame.kind = 1 /* Kind.Bom */;
        }
        else if (parent.capture === 2 /* Capture.All */ ||
            (parent.capture === 1 /* Capture.Root */ && (parent.kind === 3 /* Kind.Component */ ? COMPONENT_FIELDS : METADATA_FIELDS).has(name))) {
            frame.capture = 2 /* Capture.All */;
        }
        else if (parent.kind === 1 /* Kind.Bom */ && index === 1 && name === 'metadata') {
            frame.kind = 2 /* Kind.Metadata */;
            frame.capture = 1 /* Capture.Root */;
        }
        else if (parent.kind === 1 /* Kind.Bom */ && index === 1 && name === 'components') {
            frame.kind = 4 /* Kind.Components */;
            frame.list = this.bomComponents;
            frame.pointer = '/bom/components';
        }
        else if (parent.kind === 2 /* Kind.Metadata */ && index === 1 && name === 'component') {
            frame.kind = 3 /* Kind.Component */;
            frame.capture = 1 /* Capture.Root */;
            frame.primary = true;
            frame.list = this.metadataComponents;
            frame.pointer = '/bom/metadata/component';
        }
        else if (parent.kind === 3 /* Kind.Component */ && index === 1 && name === 'components') {
            frame.kind = 4 /* Kind.Components */;
            frame.list = parent.list;
            frame.pointer = `${parent.pointer}/components`;
        }
        else if (parent.kind === 4 /* Kind.Components */ && name === 'component') {
            frame.kind = 3 /* Kind.Component */;
            frame.capture = 1 /* Capture.Root */;
            frame.list = parent.list;
            frame.pointer = `${parent.pointer}/component[${index}]`;
            // Components are listed in document order, a component before those nested in it.
            frame.slot = frame.list.push(null) - 1;
        }
        else if (parent.kind === 1 /* Kind.Bom */ && index === 1 && name === 'dependencies') {
            frame.kind = 5 /* Kind.Dependencies */;
            frame.dep = { ref: undefined, isNode: false, line, children: [] };
            this.depsHolder = frame.dep;
        }
        else if ((parent.kind === 5 /* Kind.Dependencies */ || parent.kind === 6 /* Kind.Dependency */) && name === 'dependency') {
            frame.kind = 6 /* Kind.Dependency */;
            frame.dep = { ref: undefined, isNode: false, line, children: [] };
            parent.dep.children.push(frame.dep);
        }
        // The attributes are not read again once the element is open, so its record starts from them.
        if (frame.capture !== 0 /* Capture.None */)
            frame.node = attrs ?? {};
        return frame;
    }
    /** Text read so far in an element, trimmed as the tree reader trimmed it: each run between child elements and CDATA sections. */
    flush(frame) {
        if (frame.pending === '')
            return;
        const t = frame.pending.trim();
        if (t !== '')
            frame.text += t;
        frame.pending = '';
    }
    close(frame) {
        this.flush(frame);
        const isNode = frame.attrs !== undefined || frame.hasChild;
        const parent = frame.parent;
        if (frame.capture !== 0 /* Capture.None */) {
            let value;
            const node = frame.node;
            if (isNode) {
                if (frame.text !== '')
                    node['#text'] = frame.text;
                value = node;
            }
            else
                value = frame.text;
            if (frame.capture === 2 /* Capture.All */ && parent?.node !== undefined) {
                const list = parent.node[frame.name];
                if (list)
                    list.push(value);
                else
                    parent.node[frame.name] = [value];
            }
        }
        switch (frame.kind) {
            case 1 /* Kind.Bom */:
                this.bomIsNode = isNode;
                if (isNode)
                    this.lines.set('/bom', frame.line);
                break;
            case 2 /* Kind.Metadata */:
                if (isNode) {
                    this.lines.set('/bom/metadata', frame.line);
                    this.timestamp = textOf(frame.node.timestamp);
                    this.authors = cyclonedx_xml_documentAuthors(frame.node);
                }
                break;
            case 3 /* Kind.Component */:
                if (isNode) {
                    const c = this.component(frame.node, frame.pointer, frame.line);
                    if (frame.primary)
                        this.primary = c;
                    else
                        frame.list[frame.slot] = c;
                }
                break;
            case 5 /* Kind.Dependencies */:
                frame.dep.isNode = isNode;
                if (isNode)
                    this.lines.set('/bom/dependencies', frame.line);
                break;
            case 6 /* Kind.Dependency */: {
                const d = frame.dep;
                d.isNode = isNode;
                const ref = frame.attrs?.['@ref'];
                if (typeof ref === 'string' && ref !== '')
                    d.ref = ref;
                break;
            }
            default:
                break;
        }
        // bom-refs: the element's own, then its children's, grouped by child name.
        if (!frame.refSkip && isNode) {
            const items = [];
            const own = frame.attrs?.['@bom-ref'];
            if (typeof own === 'string' && own !== '')
                items.push({ ref: own, place: placeOf(frame) });
            // Children's, by name in the order the names first appeared (the order of the counts).
            if (frame.refs && frame.counts) {
                for (const name of frame.counts.keys()) {
                    const group = frame.refs.get(name);
                    if (group)
                        for (const item of group)
                            items.push(item);
                }
            }
            if (parent === undefined)
                this.refTree = items;
            else if (items.length) {
                parent.refs ??= new Map();
                const group = parent.refs.get(frame.name);
                const item = items.length === 1 ? items[0] : items;
                if (group)
                    group.push(item);
                else
                    parent.refs.set(frame.name, [item]);
            }
        }
        frame.refs = undefined;
        frame.counts = undefined;
        frame.node = undefined;
    }
    component(c, pointer, line) {
        const component = { name: textOf(c.name) ?? '', licenses: [], pointer };
        this.lines.set(pointer, line);
        component.line = line;
        const version = textOf(c.version);
        if (version !== undefined)
            component.version = version;
        const purl = textOf(c.purl);
        const group = textOf(c.group);
        // As in JSON: without a purl, the group is part of the name drift matching sees.
        if (group !== undefined && component.name && !purl)
            component.name = `${group}/${component.name}`;
        if (group !== undefined)
            component.group = group;
        if (purl !== undefined)
            component.purl = purl;
        const cpe = textOf(c.cpe);
        if (cpe !== undefined)
            component.cpe = cpe;
        const swid = first(c.swid);
        if (isNode(swid) && attr(swid, 'tagId'))
            component.swid = attr(swid, 'tagId');
        const ref = attr(c, 'bom-ref');
        if (ref !== undefined)
            component.ref = ref;
        const licenses = first(c.licenses);
        if (isNode(licenses)) {
            for (const e of list(licenses.expression)) {
                const x = textOf([e]);
                if (x)
                    component.licenses.push(x);
            }
            for (const l of list(licenses.license)) {
                if (!isNode(l))
                    continue;
                const id = textOf(l.id) ?? textOf(l.name);
                if (id)
                    component.licenses.push(id);
            }
        }
        const supplier = cyclonedx_xml_entityName(c.supplier) ?? cyclonedx_xml_entityName(c.manufacturer) ?? textOf(c.author) ?? cyclonedx_xml_firstContact(c.authors, 'author') ?? textOf(c.publisher);
        if (supplier !== undefined)
            component.supplier = supplier;
        const properties = first(c.properties);
        if (isNode(properties)) {
            const pairs = [];
            for (const p of list(properties.property)) {
                if (isNode(p))
                    pairs.push([attr(p, 'name') ?? '', textOf([p]) ?? '']);
                else if (typeof p === 'string')
                    pairs.push(['', p]);
            }
            const support = supportFromPairs(pairs);
            if (support)
                component.support = support;
        }
        const external = attr(c, 'isExternal');
        if (external !== undefined)
            component.isExternal = external.trim() === 'true' || external.trim() === '1';
        const range = textOf(c.versionRange);
        if (range !== undefined)
            component.versionRange = range;
        return component;
    }
    /** `<dependency ref>` entries; their direct `<dependency ref>` children are what they depend on. Nested children with children of their own (allowed by the 1.2–1.3 XSDs) are entries too. */
    dependencies() {
        const out = [];
        const holder = this.depsHolder;
        if (!holder?.isNode)
            return out;
        const stack = [];
        const top = holder.children;
        for (let i = top.length - 1; i >= 0; i--)
            if (top[i].isNode)
                stack.push([top[i], `/bom/dependencies/dependency[${i + 1}]`]);
        while (stack.length) {
            const [d, pointer] = stack.pop();
            this.lines.set(pointer, d.line);
            const dependsOn = [];
            for (let i = 0; i < d.children.length; i++) {
                const child = d.children[i];
                if (!child.isNode)
                    continue;
                if (child.ref !== undefined)
                    dependsOn.push(child.ref);
                const childPointer = `${pointer}/dependency[${i + 1}]`;
                if (child.children.length)
                    stack.push([child, childPointer]);
                else
                    this.lines.set(childPointer, child.line);
            }
            if (d.ref === undefined)
                continue;
            out.push({ ref: d.ref, dependsOn, pointer, line: d.line });
        }
        return out;
    }
    definedRefs() {
        const out = [];
        const stack = [];
        for (let i = this.refTree.length - 1; i >= 0; i--)
            stack.push(this.refTree[i]);
        while (stack.length) {
            const item = stack.pop();
            if (Array.isArray(item)) {
                for (let i = item.length - 1; i >= 0; i--)
                    stack.push(item[i]);
            }
            else
                out.push([item.ref, pointerOf(item.place)]);
        }
        return out;
    }
    document() {
        const dependencies = this.dependencies();
        const definedRefs = this.definedRefs();
        const components = [];
        for (const c of this.metadataComponents)
            if (c)
                components.push(c);
        for (const c of this.bomComponents)
            if (c)
                components.push(c);
        const lines = this.lines;
        return {
            path: this.path,
            family: 'cyclonedx',
            encoding: 'xml',
            specVersion: this.specVersion,
            authors: this.authors,
            timestamp: this.timestamp,
            primary: this.primary,
            components,
            dependencies,
            definedRefs,
            issues: [],
            xml: this.text,
            linesOf: (pointers) => {
                const out = new Map();
                for (const p of pointers) {
                    // JSON-style pointers from the shared checks (/metadata, /dependencies) name the same places under /bom.
                    let q = p.startsWith('/bom') ? p : `/bom${p}`;
                    for (;;) {
                        const l = lines.get(q);
                        if (l !== undefined) {
                            out.set(p, l);
                            break;
                        }
                        const cut = q.lastIndexOf('/');
                        if (cut <= 0)
                            break;
                        q = q.slice(0, cut);
                    }
                }
                return out;
            },
        };
    }
}
/** The place of an open element, made with those of its ancestors that have none yet: a component's is its own pointer. */
function placeOf(frame) {
    if (frame.place)
        return frame.place;
    const place = {
        parent: frame.parent ? placeOf(frame.parent) : undefined,
        name: frame.name,
        index: frame.index,
        siblings: frame.siblings,
    };
    if (frame.parent === undefined)
        place.pointer = '/bom';
    else if (frame.kind === 3 /* Kind.Component */)
        place.pointer = frame.pointer;
    frame.place = place;
    return place;
}
/** The pointer of a place: a component's own, else its parent's and its name, indexed when the name repeats among siblings. */
function pointerOf(place) {
    const chain = [];
    let p = place;
    while (p !== undefined && p.pointer === undefined) {
        chain.push(p);
        p = p.parent;
    }
    let base = p?.pointer ?? '';
    for (let i = chain.length - 1; i >= 0; i--) {
        const q = chain[i];
        q.pointer = q.siblings.n === 1 ? `${base}/${q.name}` : `${base}/${q.name}[${q.index}]`;
        base = q.pointer;
    }
    return base;
}
const isNode = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const first = (v) => (Array.isArray(v) ? v[0] : v);
/** The text of an element (leaf string or node with attributes); undefined when empty. */
function textOf(v) {
    const x = first(v);
    const raw = typeof x === 'string' ? x : isNode(x) && typeof x['#text'] === 'string' ? x['#text'] : undefined;
    if (raw === undefined || raw === '')
        return undefined;
    return raw;
}
function attr(node, name) {
    const v = node[`@${name}`];
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function cyclonedx_xml_entityName(v) {
    const e = first(v);
    if (!isNode(e))
        return undefined;
    return textOf(e.name) ?? cyclonedx_xml_firstContact([e], 'contact') ?? textOf(e.url);
}
function cyclonedx_xml_firstContact(v, element) {
    const holder = first(v);
    if (!isNode(holder))
        return undefined;
    for (const c of list(holder[element]))
        if (isNode(c))
            return textOf(c.name) ?? textOf(c.email);
    return undefined;
}
function cyclonedx_xml_documentAuthors(metadata) {
    const out = [];
    const authors = first(metadata.authors);
    if (isNode(authors)) {
        for (const a of list(authors.author))
            if (isNode(a) && (textOf(a.name) || textOf(a.email)))
                out.push((textOf(a.name) ?? textOf(a.email)));
    }
    const tools = first(metadata.tools);
    if (isNode(tools)) {
        // 1.2–1.4: <tool>; 1.5+: <components><component> and <services><service> (the old form is still allowed).
        const all = [
            ...list(tools.tool),
            ...list(first(tools.components)?.component),
            ...list(first(tools.services)?.service),
        ];
        for (const t of all) {
            if (!isNode(t))
                continue;
            const name = textOf(t.name);
            if (!name)
                continue;
            const by = textOf(t.vendor) ?? textOf(t.group);
            out.push(`${by ? `${by} ` : ''}${name} (tool)`);
        }
    }
    for (const e of [metadata.manufacturer, metadata.manufacture, metadata.supplier]) {
        const name = cyclonedx_xml_entityName(e);
        if (name)
            out.push(name);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/parsers/sbom/index.js








const FAMILY_NAMES = { cyclonedx: 'CycloneDX', spdx: 'SPDX', spdx3: 'SPDX 3' };
/** Reads one file as an SBOM. Never throws on bad input: the issues say what is wrong and where. */
function readSbom(file) {
    const text = file.text.replace(/^\uFEFF/, '');
    const sniffed = detectText(text);
    if (sniffed.syntax === 'json')
        return readJson(file.path, text, sniffed);
    if (sniffed.syntax === 'xml')
        return readXml(file.path, text, sniffed);
    if (sniffed.syntax === 'tag-value')
        return readTagValueSbom(file.path, text, sniffed);
    return {
        detection: {},
        issues: [{ severity: 'error', message: 'is neither CycloneDX (JSON or XML) nor SPDX (JSON or tag-value): no bomFormat, spdxVersion, CycloneDX namespace or SPDXVersion line was found — point `paths` at the SBOM, or regenerate it', line: 1 }],
    };
}
function readJson(path, text, sniffed) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        const message = e.message;
        const what = sniffed.family ? `${FAMILY_NAMES[sniffed.family]} JSON` : 'JSON';
        return {
            detection: sniffed,
            issues: [{ severity: 'error', message: `is not valid ${what} (${message.replace(/^JSON\.parse: /, '')}) — a truncated or hand-edited file? Regenerate it`, line: (0,json_lines/* jsonErrorLine */.DP)(text, message) ?? 1 }],
        };
    }
    const detection = detectJson(json);
    if (!detection.family) {
        return { detection, issues: [{ severity: 'error', message: 'is JSON but neither CycloneDX (no "bomFormat": "CycloneDX") nor SPDX (no "spdxVersion") — point `paths` at the SBOM, or regenerate it', line: 1 }] };
    }
    if (detection.family === 'spdx3') {
        return {
            detection,
            issues: [{ severity: 'error', message: 'is an SPDX 3.0 JSON-LD document, which this gate does not support yet — also publish an SPDX 2.3 or CycloneDX SBOM and point `paths` at it', line: 1 }],
        };
    }
    const versionIssue = unsupportedVersion(detection);
    if (versionIssue)
        return { detection, issues: [versionIssue] };
    const obj = json;
    const document = detection.family === 'cyclonedx' ? readCycloneDxJson(path, text, obj, detection.specVersion) : readSpdxJsonDocument(path, text, obj, detection.specVersion);
    return { detection, document, issues: [] };
}
function readXml(path, text, sniffed) {
    if (sniffed.family === 'spdx') {
        return { detection: sniffed, issues: [{ severity: 'error', message: 'is SPDX RDF/XML, which this gate does not read — publish the SPDX document as JSON or tag-value (or a CycloneDX SBOM) and point `paths` at it', line: 1 }] };
    }
    if (sniffed.family !== 'cyclonedx') {
        return { detection: sniffed, issues: [{ severity: 'error', message: 'is XML but not a CycloneDX SBOM: no <bom> element in a CycloneDX namespace (http://cyclonedx.org/schema/bom/<version>) was found — point `paths` at the SBOM, or regenerate it', line: 1 }] };
    }
    const versionIssue = unsupportedVersion(sniffed);
    if (versionIssue)
        return { detection: sniffed, issues: [versionIssue] };
    return readXmlSbom(path, text, sniffed);
}
function unsupportedVersion(d) {
    const known = d.family === 'cyclonedx' ? CYCLONEDX_VERSIONS : SPDX_VERSIONS;
    const field = d.family === 'cyclonedx' ? (d.encoding === 'xml' ? 'the namespace version' : 'specVersion') : d.encoding === 'tag-value' ? 'SPDXVersion' : 'spdxVersion';
    if (d.specVersion === undefined) {
        const message = d.encoding === 'xml'
            ? 'has a <bom> element but not in a CycloneDX namespace (xmlns="http://cyclonedx.org/schema/bom/<version>"), so its version is unknown — regenerate the SBOM'
            : `declares no ${field}; a ${FAMILY_NAMES[d.family]} document must say which version of the specification it follows`;
        return { severity: 'error', message, pointer: '', line: 1 };
    }
    if (known.includes(d.specVersion))
        return undefined;
    return {
        severity: 'error',
        message: `declares ${FAMILY_NAMES[d.family]} ${field} "${d.specVersion}", which is not a version this gate knows (${known.join(', ')}) — fix the version or regenerate the SBOM`,
        pointer: d.encoding === 'json' ? (d.family === 'cyclonedx' ? '/specVersion' : '/spdxVersion') : undefined,
        line: d.encoding === 'json' ? undefined : 1,
    };
}
/** Schema validation of a document read by readSbom: JSON Schema for JSON, the XSD for XML, the spec's fields for tag-value. */
async function validateSbomSchema(doc) {
    if (doc.encoding === 'json' && hasJsonSchema(doc.family, doc.specVersion))
        return validateJsonSchema(doc.family, doc.specVersion, doc.json);
    if (doc.encoding === 'xml')
        return validateXmlSbom(doc);
    return [];
}
/** Everything readSbom and the checks that need no policy find: parse, schema (optional), identifiers and references. */
async function inspectSbom(file, opts) {
    // CycloneDX XML: the XSD validation is posted to its worker first and runs while the document is read here.
    const sniffed = opts.schema ? detectText(file.text) : undefined;
    const early = sniffed?.syntax === 'xml' ? await startXmlValidation(file.text.replace(/^\uFEFF/, ''), sniffed) : undefined;
    const result = readSbom(file);
    if (!result.document) {
        // Not read (not well-formed, say): the validation's verdict adds nothing to what the reader says.
        if (early)
            void early.result;
        return result;
    }
    const issues = [...result.issues, ...result.document.issues];
    if (opts.schema)
        issues.push(...(early && result.document.encoding === 'xml' ? await early.result : await validateSbomSchema(result.document)));
    issues.push(...checkIntegrity(result.document));
    return { ...result, issues };
}
// Filled in by the XML and SPDX readers.





/***/ }),

/***/ 9493:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PY: () => (/* binding */ walkedIndex),
/* harmony export */   W7: () => (/* binding */ walkDefinitions),
/* harmony export */   vH: () => (/* binding */ jsonIndex)
/* harmony export */ });
/* harmony import */ var _json_lines_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6902);

/** Members whose subtrees hold no bom-ref definitions: `dependencies[].ref`, dependsOn and provides are references. */
const NOT_DEFINING_REFS = new Set(['dependencies', 'properties', 'hashes']);
const memo = new WeakMap();
/** The index of a document already walked, without walking it. */
function walkedIndex(json) {
    return json !== null && typeof json === 'object' ? memo.get(json) : undefined;
}
function jsonIndex(json) {
    const cached = json !== null && typeof json === 'object' ? memo.get(json) : undefined;
    if (cached)
        return cached;
    const refCounts = new Map();
    let duplicateRefs = false;
    let longestList = 0;
    walkDefinitions(json, {
        ref(ref) {
            const n = refCounts.get(ref);
            if (n === undefined)
                refCounts.set(ref, 1);
            else {
                refCounts.set(ref, n + 1);
                duplicateRefs = true;
            }
        },
        list(length) {
            if (length > longestList)
                longestList = length;
        },
    });
    const index = { refCounts, duplicateRefs, longestList };
    if (json !== null && typeof json === 'object')
        memo.set(json, index);
    return index;
}
/**
 * Visits every bom-ref definition (none below a NOT_DEFINING_REFS member) and the length of every list. With
 * `pointers`, definitions come in document order with their JSON pointers, for placing a finding; without, in any
 * order with an empty pointer — the walk every large SBOM pays builds no string and no key list per object.
 */
function walkDefinitions(json, visit, pointers = false) {
    // Iterative: deep documents must not overflow the stack. `defining` is false below a NOT_DEFINING_REFS member.
    const values = [json];
    const defining = [true];
    const places = [''];
    const push = (value, d, place, segment) => {
        values.push(value);
        defining.push(d);
        if (pointers)
            places.push(`${place}/${(0,_json_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .pointerSegment */ .LQ)(segment)}`);
    };
    while (values.length) {
        const v = values.pop();
        const d = defining.pop();
        const place = pointers ? places.pop() : '';
        if (Array.isArray(v)) {
            visit.list?.(v.length);
            // Last to first, so that they are taken first to last.
            for (let i = v.length - 1; i >= 0; i--) {
                const x = v[i];
                if (x !== null && typeof x === 'object')
                    push(x, d, place, i);
            }
        }
        else if (v !== null && typeof v === 'object') {
            const o = v;
            const ref = o['bom-ref'];
            if (d && typeof ref === 'string')
                visit.ref(ref, pointers ? `${place}/bom-ref` : '');
            if (pointers) {
                const keys = Object.keys(o);
                for (let k = keys.length - 1; k >= 0; k--) {
                    const x = o[keys[k]];
                    if (x !== null && typeof x === 'object')
                        push(x, d && !NOT_DEFINING_REFS.has(keys[k]), place, keys[k]);
                }
            }
            else {
                for (const k in o) {
                    const x = o[k];
                    if (x !== null && typeof x === 'object')
                        push(x, d && !NOT_DEFINING_REFS.has(k), place, k);
                }
            }
        }
    }
}


/***/ }),

/***/ 6902:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DP: () => (/* binding */ jsonErrorLine),
/* harmony export */   LQ: () => (/* binding */ pointerSegment),
/* harmony export */   hR: () => (/* binding */ jsonPointerLines)
/* harmony export */ });
/* unused harmony export lineAt */
// Lines of JSON pointers, found in one pass over the text. JSON.parse keeps no positions, and the gate needs a
// line only for the few places it reports, so this runs once per file, only when there is something to place.
/** Maps each wanted pointer to the line (1-based) where its value starts; a pointer that does not exist maps to the line of its nearest existing parent. */
function jsonPointerLines(text, wanted) {
    const out = new Map();
    if (wanted.length === 0)
        return out;
    const found = scanPointerLines(text, wantedPrefixes(wanted));
    for (const p of wanted) {
        const l = nearestFoundLine(found, p);
        if (l !== undefined)
            out.set(p, l);
    }
    return out;
}
/** Every prefix of a wanted pointer: the scan builds pointer strings only inside these. */
function wantedPrefixes(wanted) {
    const prefixes = new Set(['']);
    for (const p of wanted) {
        const parts = p.split('/');
        for (let i = 1; i <= parts.length; i++)
            prefixes.add(parts.slice(0, i).join('/'));
    }
    return prefixes;
}
/** The line of the pointer, or of its nearest parent found by the scan. */
function nearestFoundLine(found, p) {
    let q = p;
    for (;;) {
        const l = found.get(q);
        if (l !== undefined)
            return l;
        if (q === '')
            return undefined;
        q = q.slice(0, q.lastIndexOf('/'));
    }
}
/** One pass over the text: the line where each value whose pointer is in `prefixes` starts. */
function scanPointerLines(text, prefixes) {
    const found = new Map();
    // The stack holds, per open container, its pointer (or undefined when outside every wanted prefix),
    // whether it is an array, its next index, and the pending key.
    const stack = [];
    let line = 1;
    const n = text.length;
    let i = 0;
    const childPtr = () => {
        const top = stack[stack.length - 1];
        if (!top)
            return '';
        if (top.ptr === undefined)
            return undefined;
        const seg = top.array ? String(top.index) : (top.key ?? '').replace(/~/g, '~0').replace(/\//g, '~1');
        const ptr = `${top.ptr}/${seg}`;
        return prefixes.has(ptr) ? ptr : undefined;
    };
    const valueStarts = () => {
        const ptr = childPtr();
        if (ptr !== undefined)
            found.set(ptr, line);
        return ptr;
    };
    const valueEnds = () => {
        const top = stack[stack.length - 1];
        if (top?.array)
            top.index++;
        else if (top)
            top.key = undefined;
    };
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 10) {
            line++;
            i++;
        }
        else if (c === 123 || c === 91) {
            // { or [
            const ptr = valueStarts();
            stack.push({ ptr, array: c === 91, index: 0, key: undefined });
            i++;
        }
        else if (c === 125 || c === 93) {
            stack.pop();
            valueEnds();
            i++;
        }
        else if (c === 34) {
            // a string: a key when the top is an object without a pending key
            let j = i + 1;
            let escaped = false;
            while (j < n) {
                const d = text.charCodeAt(j);
                if (escaped)
                    escaped = false;
                else if (d === 92)
                    escaped = true;
                else if (d === 34)
                    break;
                else if (d === 10)
                    line++;
                j++;
            }
            const top = stack[stack.length - 1];
            if (top && !top.array && top.key === undefined) {
                const raw = text.slice(i + 1, j);
                top.key = top.ptr === undefined ? '' : raw.includes('\\') ? safeJsonString(raw) : raw;
            }
            else {
                valueStarts();
                valueEnds();
            }
            i = j + 1;
        }
        else if (c === 44 || c === 58 || c === 32 || c === 9 || c === 13) {
            i++;
        }
        else {
            // a number, true, false or null
            valueStarts();
            while (i < n && !',]}\n \t\r'.includes(text[i]))
                i++;
            valueEnds();
        }
    }
    return found;
}
function safeJsonString(raw) {
    try {
        return JSON.parse(`"${raw}"`);
    }
    catch {
        return raw;
    }
}
/** The line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    const end = Math.min(offset, text.length);
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** Where JSON.parse stopped, from its message (Node 20: "at position N"; newer: "(line L column C)"). */
function jsonErrorLine(text, message) {
    const lc = /line (\d+) column \d+/.exec(message);
    if (lc)
        return Number(lc[1]);
    const pos = /at position (\d+)/.exec(message);
    if (pos)
        return lineAt(text, Number(pos[1]));
    if (/Unexpected end of JSON input/.test(message))
        return lineAt(text, text.length);
    return undefined;
}
function pointerSegment(key) {
    return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 7571:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ formats),
/* harmony export */   KE: () => (/* binding */ ucs2length),
/* harmony export */   Ue: () => (/* binding */ firstDuplicate),
/* harmony export */   y5: () => (/* binding */ fastRegExp)
/* harmony export */ });
/* unused harmony exports equal, canonical */
/* harmony import */ var ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(779);
/* harmony import */ var ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4951);
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6214);
/* harmony import */ var _json_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9493);




// What a schema validator calls at validation time, whether ajv compiled it in this process (the error listing) or
// it was generated at build time (schemas/validators/, which refer to these as `runtime.<name>`): one definition for
// both, so the two judge alike.
// ajv's own runtime helpers, which its generated code names by a require() that ESM chunks cannot make. They are
// CommonJS modules with a default export: Node hands an ES module their exports object, bundlers and vitest the
// export itself.
const defaultOf = (m) => (typeof m === 'function' ? m : m.default);
const ucs2length = defaultOf(ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_2__);
const equal = defaultOf(ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_3__);
/** The formats ajv-formats defines, and those it does not, checked loosely rather than rejected as unknown. */
const formats = {
    ...ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__.fullFormats,
    'iri-reference': true,
    iri: true,
    'idn-hostname': true,
    'idn-email': /^[^\s@]+@[^\s@]+$/u,
};
// The CycloneDX hash pattern is an alternation of lengths that a backtracking engine tries one by one over up to
// 128 characters, for every hash of every component; the same language, checked as "hex, of one of these lengths".
const HASH_PATTERN = '^([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128})$';
const HASH_LENGTHS = new Set([32, 40, 64, 96, 128]);
const HEX = /^[a-fA-F0-9]*$/;
function fastRegExp(pattern, flags) {
    // ajv keys its cache of patterns by toString().
    if (pattern === HASH_PATTERN)
        return { test: (s) => HASH_LENGTHS.has(s.length) && HEX.test(s), toString: () => `/${HASH_PATTERN}/hash-lengths` };
    return new RegExp(pattern, flags);
}
// The name generated validators call it by.
fastRegExp.code = 'runtime.fastRegExp';
/**
 * The indexes of the first two items that are equal as JSON values, in linear time. Items are bucketed by a
 * cheap fingerprint that equal values always share (key order does not change it); only items sharing a bucket
 * are compared by their canonical serialization.
 */
function firstDuplicate(items, root) {
    const n = items.length;
    if (n < 2)
        return undefined;
    if (root !== undefined && n > SMALL_ARRAY && distinctByRef(items, root))
        return undefined;
    if (n <= SMALL_ARRAY)
        return firstDuplicateSmall(items);
    // One map entry per item and no array per bucket: buckets are built only for fingerprints that collide.
    const firstWith = new Map();
    let collisions;
    for (let i = 0; i < n; i++) {
        const key = fingerprint(items[i]);
        if (firstWith.has(key))
            (collisions ??= []).push(key);
        else
            firstWith.set(key, i);
    }
    if (!collisions)
        return undefined;
    const buckets = new Map();
    for (const key of collisions)
        if (!buckets.has(key))
            buckets.set(key, []);
    for (let i = 0; i < n; i++) {
        const list = buckets.get(fingerprint(items[i]));
        if (list)
            list.push(i);
    }
    let best;
    for (const list of buckets.values()) {
        const seen = new Map();
        for (const i of list) {
            const c = canonical(items[i]);
            const j = seen.get(c);
            if (j !== undefined) {
                if (!best || i < best[1])
                    best = [j, i];
                break;
            }
            seen.set(c, i);
        }
    }
    return best;
}
/**
 * Whether every item is an object whose bom-ref is defined once in the whole document (as the document's walk
 * counted them): equal items would share their bom-ref, so such items are all different, and no table is built.
 */
function distinctByRef(items, root) {
    const counts = (0,_json_index_js__WEBPACK_IMPORTED_MODULE_1__/* .walkedIndex */ .PY)(root)?.refCounts;
    if (!counts)
        return false;
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        const ref = item !== null && typeof item === 'object' ? item['bom-ref'] : undefined;
        if (typeof ref !== 'string' || counts.get(ref) !== 1)
            return false;
    }
    return true;
}
/** Up to this many items, pairs are compared directly: most arrays (licenses, hashes, dependsOn) are this short. */
const SMALL_ARRAY = 16;
function firstDuplicateSmall(items) {
    const prints = items.map(fingerprint);
    // Pairs in the order the large path reports: the earliest second item, then its earliest equal.
    for (let i = 1; i < items.length; i++) {
        for (let j = 0; j < i; j++) {
            if (prints[i] === prints[j] && canonical(items[i]) === canonical(items[j]))
                return [j, i];
        }
    }
    return undefined;
}
/**
 * Equal JSON values give equal fingerprints. A string is its own; other primitives are tagged with their type.
 * An object with a string "bom-ref" (components, services) or "ref" (dependencies) is fingerprinted by it, since
 * equal objects have equal members; any other object by an order-free sum over its primitive members.
 */
function fingerprint(v) {
    if (v === null || typeof v !== 'object')
        return typeof v === 'string' ? v : `\u0000${typeof v}${String(v)}`;
    if (Array.isArray(v))
        return `\u0000a${v.length}`;
    const o = v;
    const ref = o['bom-ref'];
    if (typeof ref === 'string')
        return ref;
    if (typeof o.ref === 'string')
        return o.ref;
    let h = 0;
    let n = 0;
    for (const k in o) {
        n++;
        const x = o[k];
        // No string is built per member: the key and the value are hashed in sequence.
        if (x === null || typeof x !== 'object')
            h = (h + hashString(typeof x === 'string' ? x : `\u0001${String(x)}`, hashString(k) ^ 0x5bd1e995)) | 0;
    }
    // A small integer key (V8 keeps it unboxed).
    return (Math.imul(h, 31) + n) & 0x3fffffff;
}
function hashString(s, seed = 0x811c9dc5) {
    let h = seed;
    for (let i = 0; i < s.length; i++)
        h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    return h;
}
/** A serialization equal for equal JSON values: object keys sorted. */
function canonical(v) {
    if (v === null || typeof v !== 'object')
        return typeof v === 'string' ? JSON.stringify(v) : String(v);
    if (Array.isArray(v)) {
        let s = '[';
        for (let i = 0; i < v.length; i++)
            s += (i ? ',' : '') + canonical(v[i]);
        return `${s}]`;
    }
    const keys = Object.keys(v).sort();
    let s = '{';
    for (let i = 0; i < keys.length; i++)
        s += `${i ? ',' : ''}${JSON.stringify(keys[i])}:${canonical(v[keys[i]])}`;
    return `${s}}`;
}


/***/ }),

/***/ 6654:
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


/***/ }),

/***/ 8793:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ gateContext)
/* harmony export */ });
/** What the gate `gateId` may know of its policy: its groups, classification, and the other gates' options. */
function gateContext(policy, gateId) {
    const byId = new Map(policy.gates.map((g) => [g.id, g]));
    function gateOptions(id, rule) {
        const gate = byId.get(id);
        if (!gate || (rule && gate.rule !== rule.name))
            return undefined;
        return gate.options;
    }
    return {
        gateId,
        policyPath: policy.path,
        groups: policy.groups,
        classification: policy.classification,
        gates: policy.gates.map((g) => ({ id: g.id, rule: g.rule })),
        gateOptions: gateOptions,
    };
}


/***/ }),

/***/ 5114:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ tallyApprovals),
/* harmony export */   GR: () => (/* binding */ resolveEligible),
/* harmony export */   WM: () => (/* binding */ approvalAction),
/* harmony export */   jd: () => (/* binding */ approvalShortfall),
/* harmony export */   o8: () => (/* binding */ changesRequestedMessages),
/* harmony export */   tg: () => (/* binding */ latestDecisions)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8805);

/**
 * Resolves reviewer entries — group names from the policy, @org/team slugs, logins — into logins.
 * Team lookups go through facts, so a missing `members: read` permission surfaces as the gate's error.
 */
async function resolveEligible(entries, groups, facts) {
    const logins = new Set();
    const labels = [];
    const expand = async (entry, seenGroups) => {
        if (entry in groups && !seenGroups.has(entry)) {
            const members = [];
            for (const member of groups[entry])
                members.push(...(await expand(member, new Set([...seenGroups, entry]))));
            return members;
        }
        if (entry.startsWith('@') && entry.includes('/'))
            return facts.teamMembers(entry.slice(1));
        return [entry.replace(/^@/, '')];
    };
    for (const entry of entries) {
        const members = [...new Map((await expand(entry, new Set())).map((m) => [m.toLowerCase(), m])).values()];
        for (const m of members)
            logins.add(m.toLowerCase());
        const isLogin = !(entry in groups) && !entry.includes('/');
        labels.push(isLogin ? entry.replace(/^@/, '') : `${entry} (${members.length ? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .shortList */ .pg)(members, 6) : 'no members'})`);
    }
    return { logins, label: (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .listing */ .RR)(labels, 'or') };
}
/** Each reviewer's deciding review: their latest approval, change request or dismissal. */
function latestDecisions(reviews) {
    const ordered = [...reviews]
        .filter((r) => r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED')
        .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a.id - b.id);
    const latest = new Map();
    for (const r of ordered)
        latest.set(r.user.toLowerCase(), r);
    return latest;
}
function tallyApprovals(reviews, { pr, eligible, invalidateOnPush }) {
    const author = pr.author.toLowerCase();
    const tally = { approvers: [], stale: [], changesRequested: [], authorApproved: false };
    for (const [login, review] of latestDecisions(reviews)) {
        if (eligible && !eligible.logins.has(login))
            continue;
        if (login === author) {
            tally.authorApproved ||= review.state === 'APPROVED';
            continue;
        }
        if (review.state === 'CHANGES_REQUESTED')
            tally.changesRequested.push(review);
        if (review.state !== 'APPROVED')
            continue;
        if (invalidateOnPush && review.commitId !== pr.headSha)
            tally.stale.push(review);
        else
            tally.approvers.push(review.user);
    }
    tally.approvers.sort();
    return tally;
}
/**
 * Why `required` approvals are not there, as one sentence a maintainer can act on; undefined when they are.
 * e.g. "needs 1 approval from qa (quinn, rita) on the latest commit 4f2a91c; rita approved an earlier commit — ask for a re-review."
 */
function approvalShortfall(required, tally, opts, subject) {
    if (tally.approvers.length >= required)
        return undefined;
    const from = opts.eligible ? ` from ${opts.eligible.label}` : '';
    const on = opts.invalidateOnPush ? ` on the latest commit ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .Fu)(opts.pr.headSha)}` : '';
    const have = tally.approvers.length ? `has ${tally.approvers.length} (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .listing */ .RR)(tally.approvers)})` : 'has none';
    const count = subject && required === 1 ? 'an approval' : (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(required, 'approval');
    const parts = [`${subject ?? 'needs'} ${count}${from}${on}; ${have}`];
    if (tally.stale.length) {
        const who = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .listing */ .RR)(tally.stale.map((r) => r.user));
        parts.push(`${who} approved an earlier commit — ask for a re-review`);
    }
    if (tally.authorApproved)
        parts.push(`${opts.pr.author} authored the pull request, so their approval does not count`);
    if (opts.eligible && opts.eligible.logins.size === 0)
        parts.push('nobody is eligible — add members to the group or team');
    else if (opts.eligible && [...opts.eligible.logins].every((l) => l === opts.pr.author.toLowerCase())) {
        parts.push(`the only eligible reviewer is the author (${opts.pr.author}) — add another reviewer to the group`);
    }
    else if (!tally.stale.length)
        parts.push(`request a review${from ? from : ''}`);
    return `${parts.join('; ')}.`;
}
/**
 * The step that supplies the missing approvals, addressed to who can give them, e.g. "Ask carol to approve the latest
 * commit 4f2a91c (owner of docs/** by CODEOWNERS line 13)". `why` says what the approval is for.
 */
function approvalAction(required, tally, opts, why) {
    const more = required - tally.approvers.length;
    const commit = opts.invalidateOnPush ? ` the latest commit ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .Fu)(opts.pr.headSha)}` : '';
    const reason = why ? ` (${why})` : '';
    const eligible = opts.eligible;
    if (eligible && eligible.logins.size === 0)
        return { text: `Add members to ${eligible.label}, who can then approve${reason}` };
    const author = opts.pr.author.toLowerCase();
    if (eligible && [...eligible.logins].every((l) => l === author))
        return { text: `Add a reviewer other than ${opts.pr.author} to ${eligible.label}${reason}` };
    const count = more > 1 ? `${more} more approvals` : '';
    if (tally.stale.length && tally.stale.length >= more) {
        const stale = tally.stale.map((r) => r.user);
        return {
            text: `Ask ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .listing */ .RR)(stale, 'or')} to approve${commit} again${count ? ` (${count} needed)` : ''}${reason}`,
            ...requestReview(opts.pr, stale),
        };
    }
    const who = eligible ? eligible.label : `someone other than ${opts.pr.author}`;
    const candidates = eligible ? [...eligible.logins].filter((l) => l !== author) : [];
    return {
        text: `Ask ${who} to approve${commit}${count ? ` (${count} needed)` : ''}${reason}`,
        ...(candidates.length <= 3 ? requestReview(opts.pr, candidates) : {}),
    };
}
/** The GitHub CLI command that requests a review from these logins, when there are some and a pull request number. */
function requestReview(pr, logins) {
    const safe = logins.filter((l) => /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(l));
    if (!pr.number || safe.length === 0 || safe.length !== logins.length)
        return {};
    return { command: `gh pr edit ${pr.number} --add-reviewer ${safe.join(',')}` };
}
/** One finding's text per reviewer who requested changes. */
function changesRequestedMessages(tally) {
    return tally.changesRequested.map((r) => `${r.user} requested changes (review on ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .Fu)(r.commitId)}) — address the comments, then ask ${r.user} to approve or dismiss the review.`);
}


/***/ }),

/***/ 3384:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J8: () => (/* binding */ readAtHeadOrReport),
/* harmony export */   XB: () => (/* binding */ readOrFinding),
/* harmony export */   jg: () => (/* binding */ unreadableFinding)
/* harmony export */ });
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2458);

/**
 * Reads a file at head under a byte cap for a gate that goes on without it: an unreadable (symlinked, oversized)
 * or missing file becomes an `error` finding on that file instead of an exception, so the other files still count.
 */
async function readAtHeadOrReport(facts, path, cap, what, findings) {
    let file;
    try {
        file = await facts.readAtHead(path, { maxBytes: cap });
    }
    catch (e) {
        if (!(e instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .FactError */ .n))
            throw e;
        findings.push({ severity: 'error', message: `The ${what} ${path} could not be read: ${e.message}`, file: path });
        return undefined;
    }
    if (!file) {
        findings.push({
            severity: 'error',
            message: `The ${what} ${path} is not in the head commit — commit it or fix the path in the policy`,
            file: path,
        });
        return undefined;
    }
    // A fact source that ignores maxBytes (or a cached read made under a larger cap) must not slip past the cap.
    if (file.bytes.length > cap) {
        findings.push({
            severity: 'error',
            message: `The ${what} ${path} is ${file.bytes.length} bytes, over the gate's max_file_bytes of ${cap}; it was not checked — raise max_file_bytes or split it`,
            file: path,
        });
        return undefined;
    }
    return file;
}
/** A file the facts refused (a symlink, over the size cap) is a finding on that file, not a crash. */
async function readOrFinding(read, path, what) {
    try {
        const f = await read(path);
        return f ? { text: f.text } : { finding: unreadableFinding({ path }, what) };
    }
    catch (e) {
        if (!(e instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .FactError */ .n))
            throw e;
        return { finding: unreadableFinding({ path, error: e }, what) };
    }
}
/** Why a listed file gave no text (refused, or gone), as a finding on that file. */
function unreadableFinding(file, what) {
    return file.error
        ? { severity: 'error', message: `${file.error.message} (${what} cannot be checked until it can be read).`, file: file.path }
        : { severity: 'error', message: `${file.path} was listed but could not be read — ${what}.`, file: file.path };
}


/***/ }),

/***/ 8149:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ readRequirementSources),
/* harmony export */   B8: () => (/* binding */ resolveRequirementFiles),
/* harmony export */   BV: () => (/* binding */ readRequirementFiles),
/* harmony export */   OZ: () => (/* binding */ doorstopDirsAtHead),
/* harmony export */   Ri: () => (/* binding */ formerRequirementFile)
/* harmony export */ });
/* unused harmony export doorstopSkippedDirsAtHead */
/* harmony import */ var _read_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3384);
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5211);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4467);
/* harmony import */ var _parsers_requirements_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1816);




const DOORSTOP_SETTINGS = '.doorstop.yml';
const hasGlob = (s) => /[*?[\]{}()!]/.test(s);
const dirOf = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
/** Which files each source names at head, and in which format. */
async function resolveRequirementFiles(sources, facts) {
    const findings = [];
    const byPath = new Map();
    // Doorstop documents are recognized by their settings file, wherever a source points into one.
    const doorstopDirs = await doorstopDirsAtHead(facts);
    // A document whose folder holds a .doorstop.skip is one Doorstop skips: so does the gate.
    const skippedDirs = doorstopDirs.size ? await doorstopSkippedDirsAtHead(facts) : new Set();
    for (const source of sources) {
        const { path, format } = typeof source === 'string' ? { path: source, format: undefined } : source;
        const options = sourceOptions(source);
        const clean = path.replace(/\/+$/, '');
        const globs = hasGlob(clean) ? [clean] : [clean, `${clean}/**`];
        const matched = await facts.listAtHead(globs);
        const allSettings = format === undefined || format === 'doorstop' ? doorstopDirs : new Set();
        let count = 0;
        let skipped = 0;
        for (const p of matched) {
            const name = p.slice(p.lastIndexOf('/') + 1);
            if (name === DOORSTOP_SETTINGS)
                continue;
            const docDir = nearestDoorstopDir(p, allSettings);
            let f;
            if (format === 'doorstop' || (docDir !== undefined && format === undefined)) {
                if (docDir === undefined) {
                    findings.push({
                        severity: 'warning',
                        message: `${p} is named as a Doorstop item, but no ${DOORSTOP_SETTINGS} lies in its folder or above within ${path} — it was not read.`,
                        file: p,
                    });
                    continue;
                }
                if (!/\.(ya?ml|md)$/i.test(p) || p.slice(docDir.length).split('/').includes('assets'))
                    continue;
                if (skippedDirs.has(docDir)) {
                    skipped++;
                    continue;
                }
                f = 'doorstop';
            }
            else
                f = format ?? (0,_parsers_requirements_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFromExtension */ .pf)(p);
            if (!f) {
                findings.push({
                    severity: 'warning',
                    message: `${p} matches the requirements source "${path}" but its format is unknown — name it with {path, format: yaml|markdown|doorstop|strictdoc|openfasttrace|sphinx-needs|reqif}.`,
                    file: p,
                });
                continue;
            }
            count++;
            if (!byPath.has(p))
                byPath.set(p, {
                    path: p,
                    format: f,
                    ...(f === 'doorstop' ? { settingsPath: docDir ? `${docDir}/${DOORSTOP_SETTINGS}` : DOORSTOP_SETTINGS } : {}),
                    ...(options ? { options } : {}),
                });
        }
        if (count === 0) {
            findings.push({
                severity: 'error',
                message: skipped
                    ? `The requirements source "${path}" names only Doorstop documents marked .doorstop.skip, so no requirement is read from it — remove the .doorstop.skip, or the source from the policy.`
                    : `The requirements source "${path}" matches no requirement file at head — fix the path in the policy, or add the requirements.`,
            });
        }
    }
    return { files: [...byPath.values()], findings };
}
/**
 * The requirement file a path was, for a file a pull request removed (or moved away): which source names it and
 * in which format. An item of a Doorstop document that still has its `.doorstop.yml` (`doorstopDirs`, at head) is
 * read as Doorstop; a whole document removed needs its source to say `format: doorstop`.
 */
function formerRequirementFile(path, sources, doorstopDirs = new Set()) {
    for (const source of sources) {
        const { path: sourcePath, format } = typeof source === 'string' ? { path: source, format: undefined } : source;
        const clean = sourcePath.replace(/\/+$/, '');
        if (!(0,_util_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatcher */ .f)(hasGlob(clean) ? [clean] : [clean, `${clean}/**`])(path))
            continue;
        if (path.endsWith(`/${DOORSTOP_SETTINGS}`) || path === DOORSTOP_SETTINGS)
            return undefined;
        const docDir = format === undefined || format === 'doorstop' ? nearestDoorstopDir(path, doorstopDirs) : undefined;
        if (docDir !== undefined && /\.(ya?ml|md)$/i.test(path))
            return { path, format: 'doorstop', settingsPath: docDir ? `${docDir}/${DOORSTOP_SETTINGS}` : DOORSTOP_SETTINGS };
        const f = format ?? (0,_parsers_requirements_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFromExtension */ .pf)(path);
        const options = sourceOptions(source);
        if (f)
            return { path, format: f, ...(options ? { options } : {}) };
    }
    return undefined;
}
/** The format options a source gives, if any. */
function sourceOptions(source) {
    if (typeof source === 'string')
        return undefined;
    const options = {};
    if (source.id_attribute !== undefined)
        options.id_attribute = source.id_attribute;
    if (source.test_types !== undefined)
        options.test_types = source.test_types;
    return Object.keys(options).length ? options : undefined;
}
/** The folders of the Doorstop documents at head (where a `.doorstop.yml` is). */
async function doorstopDirsAtHead(facts) {
    return new Set((await facts.listAtHead([DOORSTOP_SETTINGS, `**/${DOORSTOP_SETTINGS}`])).map(dirOf));
}
/** The folders of the Doorstop documents Doorstop skips (a `.doorstop.skip` beside the `.doorstop.yml`). */
async function doorstopSkippedDirsAtHead(facts) {
    return new Set((await facts.listAtHead(['.doorstop.skip', '**/.doorstop.skip'])).map(dirOf));
}
function nearestDoorstopDir(path, dirs) {
    for (let d = dirOf(path);; d = dirOf(d)) {
        if (dirs.has(d))
            return d;
        if (d === '')
            return undefined;
    }
}
/**
 * Every requirement the sources define at head, with findings for what could not be read or parsed.
 * Shared by the traceability gate and any gate that needs the requirement set (e.g. risk controls).
 */
async function readRequirementSources(sources, facts, options = {}) {
    return readRequirementFiles(await resolveRequirementFiles(sources, facts), facts, options);
}
/** The requirements of files already resolved from their sources (resolveRequirementFiles), with its findings. */
async function readRequirementFiles(resolved, facts, options = {}) {
    const idPattern = options.id_pattern ?? _parsers_requirements_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ID_PATTERN */ .ng;
    const files = resolved.files;
    const findings = [...resolved.findings];
    const settingsByPath = new Map();
    for (const path of new Set(files.flatMap((f) => (f.settingsPath ? [f.settingsPath] : [])))) {
        const { text, finding } = await (0,_read_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readOrFinding */ .XB)((p) => facts.readAtHead(p), path, 'the Doorstop document');
        if (finding)
            findings.push(finding);
        if (text === undefined)
            continue;
        const parsed = (0,_parsers_requirements_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDoorstopSettings */ .bJ)(text, path);
        findings.push(...parsed.findings);
        settingsByPath.set(path, parsed.settings);
    }
    const parsed = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_3__/* .mapConcurrent */ ._)(files, _util_concurrency_js__WEBPACK_IMPORTED_MODULE_3__/* .READ_CONCURRENCY */ .H, async (file) => {
        const { text, finding } = await (0,_read_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readOrFinding */ .XB)((p) => facts.readAtHead(p), file.path, 'its requirements');
        if (text === undefined)
            return { requirements: [], findings: finding ? [finding] : [] };
        return (0,_parsers_requirements_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRequirementFile */ .jd)(file, text, idPattern, file.settingsPath ? settingsByPath.get(file.settingsPath) : undefined);
    });
    const requirements = [];
    const doorstop = [];
    for (const p of parsed) {
        requirements.push(...p.requirements);
        findings.push(...p.findings);
        if (p.doorstop)
            doorstop.push(...p.doorstop);
    }
    return { requirements, findings, files, ...(doorstop.length ? { doorstop } : {}) };
}


/***/ }),

/***/ 5635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cC: () => (/* binding */ DEFAULT_SBOM_GLOBS),
/* harmony export */   eV: () => (/* binding */ sbomCandidates)
/* harmony export */ });
/* unused harmony export DEFAULT_SBOM_IGNORED */
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5211);

// Where SBOMs are looked for: shared by the gates that read SBOMs (the SBOM gate, the vulnerability gate).
/** Where SBOMs usually live, when `paths` is not given. */
const DEFAULT_SBOM_GLOBS = [
    '**/bom.json',
    '**/bom.xml',
    '**/*.cdx.json',
    '**/*.cdx.xml',
    '**/*.spdx.json',
    '**/*.spdx',
    '**/sbom.*',
];
/** With the default globs, folders of other people's files are left out. */
const DEFAULT_SBOM_IGNORED = (0,_util_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatcher */ .f)(['**/node_modules/**', '**/vendor/**']);
/** The SBOM candidates among the files at head: explicit `paths` as given, the defaults minus vendored folders. */
function sbomCandidates(files, explicit) {
    return files.filter((p) => explicit || !DEFAULT_SBOM_IGNORED(p)).sort();
}


/***/ }),

/***/ 2548:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES)
});

// EXTERNAL MODULE: ./lib/rules/common/approvals/approvals.js
var approvals = __webpack_require__(5114);
;// CONCATENATED MODULE: ./lib/parsers/codeowners.js
/**
 * GitHub CODEOWNERS: parse the file and find the owners of a path.
 *
 * Pure (no I/O) and total: any text yields rules plus problems, never an exception.
 *
 * Pattern semantics follow GitHub's documented, gitignore-like syntax:
 * - a leading `/`, or a `/` anywhere but the end, anchors the pattern to the repository root;
 *   otherwise it matches at any depth;
 * - a trailing `/` matches a directory only (every file under it);
 * - a pattern that matches a directory matches every file under it, except that a final lone `*`
 *   segment (`docs/*`) matches direct children only, as GitHub documents;
 * - `*` and `?` stay within one path segment, a `**` segment spans any number of them (zero or more,
 *   except a trailing `/**`, which needs at least one: it means "everything inside");
 * - matching is case-sensitive and dotfiles are ordinary files;
 * - `\` makes the next character literal (`my\ file.txt`, `\#notes`, `\*`).
 * GitHub rejects `!` negation and `[ ]` ranges: such lines are reported as problems and skipped,
 * because GitHub flags them as errors and their intended meaning is unknowable (`\[` is a literal `[`).
 *
 * Matching does not use picomatch: its regexes backtrack exponentially on patterns with several
 * wildcards (five `*a*` segments then `b`, against a 250-character path, ran for more than 20 s), and in a
 * pull-request gate the file names come from the PR author. Instead each pattern is compiled once
 * into segments and matched greedily, in time bounded by pattern length times path length.
 */
/** Where GitHub looks for CODEOWNERS, in the order it looks (first found wins). */
const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
/** Input beyond these limits is reported, not parsed, so a hostile file cannot make parsing slow. */
const MAX_CODEOWNERS_LINES = 10_000;
const MAX_CODEOWNERS_LINE_LENGTH = 4_096;
function parseCodeowners(text) {
    const rules = [];
    const problems = [];
    if (typeof text !== 'string') {
        problems.push({ line: 1, message: 'CODEOWNERS content is not text; pass the file contents as a string.' });
        return { rules, problems };
    }
    let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0; // an editor-added BOM is not part of the first pattern
    let lineNumber = 0;
    while (lineStart < text.length) {
        if (lineNumber === MAX_CODEOWNERS_LINES) {
            problems.push({
                line: lineNumber + 1,
                message: `CODEOWNERS has more than ${MAX_CODEOWNERS_LINES} lines; lines from ${lineNumber + 1} on are ignored. Use directory or wildcard patterns to shorten the file.`,
            });
            break;
        }
        lineNumber++;
        const newline = text.indexOf('\n', lineStart);
        const lineEnd = newline === -1 ? text.length : newline;
        const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd; // CRLF files
        const lineLength = contentEnd - lineStart;
        const lineText = lineLength > MAX_CODEOWNERS_LINE_LENGTH ? '' : text.slice(lineStart, contentEnd);
        lineStart = lineEnd + 1;
        if (lineLength > MAX_CODEOWNERS_LINE_LENGTH) {
            problems.push({
                line: lineNumber,
                message: `Line is ${lineLength} characters long, over the ${MAX_CODEOWNERS_LINE_LENGTH}-character limit, so it is ignored. Shorten the pattern or list fewer owners on it.`,
            });
            continue;
        }
        parseLine(lineText, lineNumber, rules, problems);
    }
    return { rules, problems };
}
/** The last rule that matches the path (GitHub semantics: last match wins), or undefined. A matching rule with no owners means "no owners" and is returned too (owners: []). */
function ownersOf(file, path) {
    if (typeof path !== 'string' || !file || !Array.isArray(file.rules))
        return undefined;
    // Repo-relative paths; tolerate a leading "/" or doubled separators rather than miss a match.
    const pathSegments = path.split('/').filter((segment) => segment !== '');
    if (pathSegments.length === 0)
        return undefined;
    for (let index = file.rules.length - 1; index >= 0; index--) {
        const rule = file.rules[index];
        if (matchesSegments(matcherFor(rule), pathSegments))
            return rule;
    }
    return undefined;
}
// ---------------------------------------------------------------------------------------------
// Lines
function parseLine(lineText, lineNumber, rules, problems) {
    const tokens = splitTokens(lineText);
    if (tokens.length === 0)
        return; // blank or comment
    const [pattern, ...ownerTokens] = tokens;
    const report = (message) => void problems.push({ line: lineNumber, message });
    const compiled = compilePattern(pattern);
    if (typeof compiled === 'string') {
        report(compiled);
        return;
    }
    const owners = [];
    for (const token of ownerTokens) {
        const problem = ownerProblem(token);
        if (problem === undefined)
            owners.push(token);
        else
            report(problem);
    }
    if (ownerTokens.length > 0 && owners.length === 0) {
        // Keeping the rule with no owners would silently turn a typo into "nobody owns these files".
        report(`No valid owner is left for "${pattern}", so the line is ignored; fix the owners above, or remove them all to mark the files as having no owners.`);
        return;
    }
    const rule = { pattern, owners, line: lineNumber };
    compiledMatchers.set(rule, compiled);
    rules.push(rule);
}
/** Whitespace-separated tokens with escapes kept; an unescaped `#` starting a token begins a comment. */
function splitTokens(lineText) {
    const tokens = [];
    let current = '';
    let inToken = false;
    for (let index = 0; index < lineText.length; index++) {
        const char = lineText[index];
        if (char === '\\' && index + 1 < lineText.length) {
            current += char + lineText[index + 1];
            index++;
            inToken = true;
        }
        else if (char === ' ' || char === '\t' || char === '\f' || char === '\v' || char === '\r') {
            if (inToken)
                tokens.push(current);
            current = '';
            inToken = false;
        }
        else if (char === '#' && !inToken) {
            break;
        }
        else {
            current += char;
            inToken = true;
        }
    }
    if (inToken)
        tokens.push(current);
    return tokens;
}
// ---------------------------------------------------------------------------------------------
// Owners
// GitHub logins are letters, digits and hyphens; Enterprise Managed Users add "_shortcode".
const USER_OWNER = /^@[A-Za-z0-9][A-Za-z0-9_-]*$/;
const TEAM_OWNER = /^@[A-Za-z0-9][A-Za-z0-9_-]*\/[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const EMAIL_OWNER = /^[^@\s,;<>"'()\\]+@[^@\s,;<>"'()\\/]+\.[^@\s,;<>"'()\\/.]+$/;
const OWNER_FORMS = 'write a user as @username, a team as @org/team-name, or an email address such as user@example.com';
function ownerProblem(token) {
    if (USER_OWNER.test(token) || TEAM_OWNER.test(token) || EMAIL_OWNER.test(token))
        return undefined;
    const shown = token.length > 80 ? `${token.slice(0, 77)}...` : token;
    if (token.includes(',') || token.includes(';')) {
        return `"${shown}" is not a valid owner: separate owners with spaces, not commas or semicolons.`;
    }
    if (/^[A-Za-z0-9][A-Za-z0-9_-]*(\/[A-Za-z0-9_][A-Za-z0-9_.-]*)?$/.test(token)) {
        return `"${shown}" is not a valid owner: it lacks the leading @; write "@${shown}".`;
    }
    return `"${shown}" is not a valid owner: ${OWNER_FORMS}. The owner is ignored.`;
}
// ---------------------------------------------------------------------------------------------
// Patterns
/** One token of a compiled segment: a UTF-16 code unit to match literally, or a wildcard. */
const ANY_RUN = -1; // `*`
const ANY_CHAR = -2; // `?`
const GLOBSTAR = 'globstar';
const ANY_SEGMENT = { tokens: Int32Array.of(ANY_RUN) };
const NEVER_MATCHES = [{ literal: '' }]; // path segments are never empty
// Rules stay plain data (comparable, serialisable); their compiled form lives here. ownersOf
// compiles lazily for rules that parseCodeowners did not create (copies, deserialised files).
const compiledMatchers = new WeakMap();
function matcherFor(rule) {
    let compiled = compiledMatchers.get(rule);
    if (compiled === undefined) {
        const result = typeof rule?.pattern === 'string' ? compilePattern(rule.pattern) : undefined;
        compiled = typeof result === 'object' ? result : NEVER_MATCHES;
        if (rule !== null && typeof rule === 'object')
            compiledMatchers.set(rule, compiled);
    }
    return compiled;
}
/** The compiled pattern, or a message saying why the line cannot be used. */
function compilePattern(pattern) {
    if (pattern.startsWith('!')) {
        return `"${pattern}" uses ! negation, which GitHub CODEOWNERS does not support, so the line is ignored. To exempt files, add a later line for them with different owners or none.`;
    }
    const segments = [[]];
    let startsWithSlash = false;
    let endsWithSlash = false;
    for (let index = 0; index < pattern.length; index++) {
        let char = pattern[index];
        let escaped = false;
        if (char === '\\' && index + 1 < pattern.length) {
            char = pattern[++index];
            escaped = char !== '/'; // a slash cannot be escaped out of being a separator
        }
        if (!escaped && (char === '[' || char === ']')) {
            return `"${pattern}" uses [ ] character ranges, which GitHub CODEOWNERS does not support, so the line is ignored. List each alternative on its own line (e.g. "*.c" and "*.h") or use "?" / "*".`;
        }
        if (char === '/' && !escaped) {
            if (index === 0)
                startsWithSlash = true;
            if (index === pattern.length - 1)
                endsWithSlash = true;
            segments.push([]);
        }
        else {
            segments[segments.length - 1].push({ char, escaped });
        }
    }
    const nonEmptySegments = segments.filter((segment) => segment.length > 0);
    if (nonEmptySegments.length === 0) {
        return `The pattern "${pattern}" matches nothing; use "*" to match every file.`;
    }
    // Anchored when a "/" appears anywhere but the end ("/docs", "docs/api", but not "docs/").
    const anchored = startsWithSlash || nonEmptySegments.length > 1;
    const compiled = anchored ? [] : [GLOBSTAR];
    for (const units of nonEmptySegments) {
        const isGlobstar = units.length === 2 && units.every((unit) => unit.char === '*' && !unit.escaped);
        if (isGlobstar) {
            if (compiled[compiled.length - 1] !== GLOBSTAR)
                compiled.push(GLOBSTAR);
        }
        else {
            compiled.push(compileSegment(units));
        }
    }
    const last = nonEmptySegments[nonEmptySegments.length - 1];
    const endsWithLoneStar = last.length === 1 && last[0].char === '*' && !last[0].escaped;
    const endsWithGlobstar = compiled[compiled.length - 1] === GLOBSTAR;
    if (endsWithSlash) {
        if (!endsWithGlobstar)
            compiled.push(GLOBSTAR);
        compiled.push(ANY_SEGMENT); // a directory: some file strictly inside it
    }
    else if (endsWithGlobstar) {
        compiled.push(ANY_SEGMENT); // "a/**" means everything inside a, not a itself
    }
    else if (!endsWithLoneStar) {
        compiled.push(GLOBSTAR); // the path itself, or anything under it if it names a directory
    }
    return compiled;
}
function compileSegment(units) {
    if (units.every((unit) => unit.escaped || (unit.char !== '*' && unit.char !== '?'))) {
        return { literal: units.map((unit) => unit.char).join('') };
    }
    const tokens = [];
    for (const { char, escaped } of units) {
        if (!escaped && char === '*') {
            if (tokens[tokens.length - 1] !== ANY_RUN)
                tokens.push(ANY_RUN); // "**" inside a segment is "*"
        }
        else if (!escaped && char === '?') {
            tokens.push(ANY_CHAR);
        }
        else {
            tokens.push(char.charCodeAt(0));
        }
    }
    return { tokens: Int32Array.from(tokens) };
}
// ---------------------------------------------------------------------------------------------
// Matching
//
// Both levels use the classic greedy wildcard algorithm: on a mismatch, only the most recent
// wildcard absorbs one more unit. Matching each fixed run at its leftmost position is never worse
// than a later one, so no deeper backtracking is needed and the work stays polynomial.
function matchesSegments(pattern, pathSegments) {
    let patternIndex = 0;
    let pathIndex = 0;
    let globstarIndex = -1;
    let globstarPathIndex = 0;
    while (pathIndex < pathSegments.length) {
        const segmentPattern = pattern[patternIndex];
        if (segmentPattern === GLOBSTAR) {
            globstarIndex = patternIndex++;
            globstarPathIndex = pathIndex;
            continue;
        }
        if (segmentPattern !== undefined && matchesSegment(segmentPattern, pathSegments[pathIndex])) {
            patternIndex++;
            pathIndex++;
            continue;
        }
        if (globstarIndex < 0)
            return false;
        patternIndex = globstarIndex + 1;
        pathIndex = ++globstarPathIndex;
    }
    while (pattern[patternIndex] === GLOBSTAR)
        patternIndex++;
    return patternIndex === pattern.length;
}
function matchesSegment(segmentPattern, segment) {
    if ('literal' in segmentPattern)
        return segmentPattern.literal === segment;
    const { tokens } = segmentPattern;
    let tokenIndex = 0;
    let charIndex = 0;
    let runIndex = -1;
    let runCharIndex = 0;
    while (charIndex < segment.length) {
        if (tokenIndex < tokens.length) {
            const token = tokens[tokenIndex];
            if (token === ANY_RUN) {
                runIndex = tokenIndex++;
                runCharIndex = charIndex;
                continue;
            }
            if (token === ANY_CHAR) {
                charIndex += codeUnitsAt(segment, charIndex);
                tokenIndex++;
                continue;
            }
            if (token === segment.charCodeAt(charIndex)) {
                charIndex++;
                tokenIndex++;
                continue;
            }
        }
        if (runIndex < 0)
            return false;
        tokenIndex = runIndex + 1;
        charIndex = ++runCharIndex;
    }
    while (tokens[tokenIndex] === ANY_RUN)
        tokenIndex++;
    return tokenIndex === tokens.length;
}
/** `?` is one character, so it takes both halves of a surrogate pair (emoji in file names). */
function codeUnitsAt(text, index) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
        const next = text.charCodeAt(index + 1);
        if (next >= 0xdc00 && next <= 0xdfff)
            return 2;
    }
    return 1;
}

// EXTERNAL MODULE: ./node_modules/@sinclair/typebox/build/esm/type/type/index.mjs + 112 modules
var type = __webpack_require__(4508);
// EXTERNAL MODULE: ./lib/core/rule.js
var rule = __webpack_require__(7849);
// EXTERNAL MODULE: ./lib/core/schemas.js
var schemas = __webpack_require__(9975);
// EXTERNAL MODULE: ./lib/util/glob.js + 1 modules
var util_glob = __webpack_require__(5211);
// EXTERNAL MODULE: ./lib/util/text.js
var util_text = __webpack_require__(8805);
;// CONCATENATED MODULE: ./lib/rules/protected-files.js







/** What guards the lifecycle itself: the policy, the workflows that run it, and who owns what. */
function defaultProtectedPaths(policyPath) {
    return [policyPath, '.github/workflows/**', ...CODEOWNERS_LOCATIONS];
}
const ProtectedFilesOptions = (0,schemas/* RuleOptions */.Ly)({
    paths: type/* Type */.ZU.Optional((0,schemas/* annotate */.fz)(schemas/* globListSchema */.e4, { description: 'Protected files (globs). Default: the policy file, .github/workflows/**, CODEOWNERS.' })),
    approvals: type/* Type */.ZU.Integer({ minimum: 0, maximum: 50, default: 1, description: 'Distinct approvals needed when a protected file changes.' }),
    from: type/* Type */.ZU.Optional((0,schemas/* annotate */.fz)(schemas/* principalListSchema */.wI, {
        description: 'Only approvals from these count (group names, @org/team, logins); default anyone but the author.',
    })),
    invalidate_on_push: type/* Type */.ZU.Boolean({ default: true, description: 'Only approvals of the head commit count.' }),
});
const protectedFiles = (0,rule/* defineRule */.K)({
    name: 'protected-files',
    description: 'Policy integrity: a pull request that changes the policy, the workflows or CODEOWNERS needs approval from the named people.',
    options: ProtectedFilesOptions,
    async evaluate(options, facts, ctx) {
        const protectedPaths = options.paths ?? defaultProtectedPaths(ctx.policyPath);
        const isProtected = (0,util_glob/* globMatcher */.f)(protectedPaths);
        const touched = [
            ...new Set((await facts.changedFiles()).flatMap((f) => [f.path, f.previousPath ?? f.path]).filter(isProtected)),
        ].sort();
        if (touched.length === 0)
            return { findings: [], summary: 'no protected file changed' };
        const [pr, allReviews] = await Promise.all([facts.pr(), facts.reviews()]);
        const eligible = options.from?.length ? await (0,approvals/* resolveEligible */.GR)(options.from, ctx.groups, facts) : undefined;
        const tallyOptions = { pr, eligible, invalidateOnPush: options.invalidate_on_push };
        const tally = (0,approvals/* tallyApprovals */.BF)(allReviews, tallyOptions);
        const shortfall = (0,approvals/* approvalShortfall */.jd)(options.approvals, tally, tallyOptions);
        if (!shortfall) {
            return {
                findings: [],
                summary: `${(0,util_text/* plural */.LS)(touched.length, 'protected file')} changed; approved by ${(0,util_text/* listing */.RR)(tally.approvers) || 'nobody needed'}`,
            };
        }
        const action = (0,approvals/* approvalAction */.WM)(options.approvals, tally, tallyOptions, `${(0,util_text/* shortList */.pg)(touched, 3)} ${touched.length === 1 ? 'is' : 'are'} protected`);
        const findings = touched.map((file, i) => ({
            severity: 'error',
            action,
            // The first finding carries the whole story; the others mark each file for its annotation.
            message: i === 0
                ? `This pull request changes protected ${touched.length === 1 ? 'file' : 'files'} ${(0,util_text/* shortList */.pg)(touched)}: ${shortfall}`
                : `${file} is protected: ${shortfall}`,
            file,
        }));
        return { findings, summary: `changes ${(0,util_text/* shortList */.pg)(touched, 3)}: ${shortfall}` };
    },
});

;// CONCATENATED MODULE: ./lib/rules/reviews.js






const ReviewsOptions = (0,schemas/* RuleOptions */.Ly)({
    approvals: type/* Type */.ZU.Integer({ minimum: 0, maximum: 50, default: 1, description: 'Distinct approvers needed; the PR author never counts.' }),
    from: type/* Type */.ZU.Optional((0,schemas/* annotate */.fz)(schemas/* principalListSchema */.wI, { description: 'Only approvals from these count: group names, @org/team, logins.' })),
    code_owners: type/* Type */.ZU.Boolean({
        default: false,
        description: 'Each changed file with owners in CODEOWNERS (read at base) needs an approval from one of its owners.',
    }),
    invalidate_on_push: type/* Type */.ZU.Boolean({ default: true, description: 'Only approvals of the head commit count.' }),
    block_on_changes_requested: type/* Type */.ZU.Boolean({
        default: true,
        description: 'A reviewer whose latest review requests changes fails the gate.',
    }),
});
const reviews = (0,rule/* defineRule */.K)({
    name: 'reviews',
    description: 'Pull request reviews: enough distinct approvals (never the author), from the right people, on the latest commit.',
    options: ReviewsOptions,
    async evaluate(options, facts, ctx) {
        const [pr, allReviews] = await Promise.all([facts.pr(), facts.reviews()]);
        const eligible = options.from?.length ? await (0,approvals/* resolveEligible */.GR)(options.from, ctx.groups, facts) : undefined;
        const tallyOptions = { pr, eligible, invalidateOnPush: options.invalidate_on_push };
        const tally = (0,approvals/* tallyApprovals */.BF)(allReviews, tallyOptions);
        const findings = [];
        const shortfall = (0,approvals/* approvalShortfall */.jd)(options.approvals, tally, tallyOptions);
        if (shortfall)
            findings.push({ severity: 'error', message: shortfall, action: (0,approvals/* approvalAction */.WM)(options.approvals, tally, tallyOptions) });
        if (options.block_on_changes_requested) {
            (0,approvals/* changesRequestedMessages */.o8)(tally).forEach((message, i) => {
                const who = tally.changesRequested[i].user;
                findings.push({
                    severity: 'error',
                    message,
                    action: { text: `Address ${who}'s requested changes, then ask ${who} to approve or dismiss the review` },
                });
            });
        }
        if (options.code_owners)
            findings.push(...(await codeOwnerFindings(pr, allReviews, facts, options.invalidate_on_push)));
        const failed = findings.filter((f) => f.severity === 'error');
        const summary = failed.length
            ? failed[0].message
            : `${(0,util_text/* plural */.LS)(tally.approvers.length, 'approval')}${tally.approvers.length ? ` (${(0,util_text/* listing */.RR)(tally.approvers)})` : ''}` +
                `${options.invalidate_on_push ? ` on ${(0,util_text/* shortSha */.Fu)(pr.headSha)}` : ''}${options.code_owners ? '; code owners approved' : ''}`;
        return { findings, summary };
    },
});
/** Each changed file with owners needs an approval from one of them; one finding per CODEOWNERS line that is unmet. */
async function codeOwnerFindings(pr, allReviews, facts, invalidateOnPush) {
    let source;
    for (const location of CODEOWNERS_LOCATIONS) {
        source = await facts.readAtBase(location);
        if (source)
            break;
    }
    if (!source) {
        return [
            {
                severity: 'error',
                message: `code_owners is on, but the base commit ${(0,util_text/* shortSha */.Fu)(pr.baseSha)} has no CODEOWNERS file (looked in ${CODEOWNERS_LOCATIONS.join(', ')}) — add one, or set code_owners: false.`,
                action: { text: 'Add a CODEOWNERS file to the base branch, or set code_owners: false in the policy' },
            },
        ];
    }
    const codeowners = parseCodeowners(source.text);
    const findings = codeowners.problems.map((p) => ({
        severity: 'warning',
        message: `CODEOWNERS: ${p.message}`,
        file: source.path,
        line: p.line,
    }));
    // Group the changed files by the CODEOWNERS line that owns them, so each line is checked once.
    const byRule = new Map();
    for (const file of await facts.changedFiles()) {
        for (const path of new Set([file.path, file.previousPath ?? file.path])) {
            const rule = ownersOf(codeowners, path);
            if (!rule || rule.owners.length === 0)
                continue;
            const files = byRule.get(rule);
            if (files)
                files.push(path);
            else
                byRule.set(rule, [path]);
        }
    }
    for (const [rule, files] of byRule) {
        const teamsAndUsers = rule.owners.filter((o) => o.startsWith('@'));
        if (teamsAndUsers.length === 0) {
            findings.push({
                severity: 'error',
                message: `${(0,util_text/* shortList */.pg)(files)}: its owners (${rule.owners.join(', ')}) are e-mail addresses, which cannot be matched to reviews — list a login or @org/team on this CODEOWNERS line.`,
                file: source.path,
                line: rule.line,
                action: { text: `List a login or @org/team as owner of ${rule.pattern} on CODEOWNERS line ${rule.line}` },
            });
            continue;
        }
        const eligible = await (0,approvals/* resolveEligible */.GR)(teamsAndUsers, {}, facts);
        const tallyOptions = { pr, eligible, invalidateOnPush };
        const subject = `${(0,util_text/* shortList */.pg)(files)} (CODEOWNERS line ${rule.line}) ${files.length === 1 ? 'needs' : 'need'}`;
        const tally = (0,approvals/* tallyApprovals */.BF)(allReviews, tallyOptions);
        const shortfall = (0,approvals/* approvalShortfall */.jd)(1, tally, tallyOptions, subject);
        if (!shortfall)
            continue;
        findings.push({
            severity: 'error',
            message: shortfall,
            file: source.path,
            line: rule.line,
            action: (0,approvals/* approvalAction */.WM)(1, tally, tallyOptions, `owner of ${rule.pattern} by CODEOWNERS line ${rule.line}`),
        });
    }
    return findings;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./lib/parsers/risk/schema.js
// The native risk register format. The same schema is shipped as src/rules/risk-register/risk-register.schema.json
// for editors; a test keeps the two equal.
const RISK_REGISTER_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/sdlc-gate/sdlc-gate/risk-register-v1.schema.json',
    title: 'sdlc-gate risk register (ISO 14971 / IEC 62304 7)',
    description: "Hazards of the device's software, their causes in software items, the risk controls that reduce them (each implemented by a requirement), and the residual risk.",
    type: 'object',
    additionalProperties: false,
    required: ['scales', 'acceptability', 'hazards'],
    properties: {
        $schema: {
            type: 'string',
        },
        scales: {
            type: 'object',
            additionalProperties: false,
            required: ['severity', 'probability'],
            description: 'The ordered levels, least to most.',
            properties: {
                severity: {
                    $ref: '#/definitions/levels',
                },
                probability: {
                    $ref: '#/definitions/levels',
                },
            },
        },
        acceptability: {
            type: 'object',
            description: 'Per severity level, the highest acceptable probability.',
            additionalProperties: {
                $ref: '#/definitions/level',
            },
        },
        hazards: {
            type: 'array',
            items: {
                $ref: '#/definitions/hazard',
            },
        },
    },
    definitions: {
        level: {
            type: 'string',
            minLength: 1,
        },
        levels: {
            type: 'array',
            minItems: 1,
            uniqueItems: true,
            items: {
                $ref: '#/definitions/level',
            },
        },
        id: {
            type: 'string',
            pattern: '^[A-Za-z][A-Za-z0-9_.-]*$',
        },
        text: {
            type: 'string',
            minLength: 1,
            pattern: '\\S',
        },
        hazard: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'hazard', 'hazardous_situation', 'harm', 'causes', 'severity', 'probability', 'controls', 'residual'],
            properties: {
                id: {
                    $ref: '#/definitions/id',
                },
                hazard: {
                    $ref: '#/definitions/text',
                },
                hazardous_situation: {
                    $ref: '#/definitions/text',
                },
                harm: {
                    $ref: '#/definitions/text',
                },
                causes: {
                    type: 'array',
                    minItems: 1,
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['id', 'text'],
                        properties: {
                            id: {
                                $ref: '#/definitions/id',
                            },
                            text: {
                                $ref: '#/definitions/text',
                            },
                            software_item: {
                                type: 'string',
                                minLength: 1,
                                description: 'The software item (a classification item name) the cause lies in.',
                            },
                        },
                    },
                },
                severity: {
                    $ref: '#/definitions/level',
                },
                probability: {
                    $ref: '#/definitions/level',
                    description: 'Before the risk controls.',
                },
                controls: {
                    type: 'array',
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['id', 'requirement'],
                        properties: {
                            id: {
                                $ref: '#/definitions/id',
                            },
                            requirement: {
                                type: 'string',
                                minLength: 1,
                                description: 'The id of the requirement that implements the control (IEC 62304 5.2.3).',
                            },
                            text: {
                                $ref: '#/definitions/text',
                            },
                        },
                    },
                },
                residual: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['probability'],
                    properties: {
                        probability: {
                            $ref: '#/definitions/level',
                            description: 'After the risk controls.',
                        },
                        severity: {
                            $ref: '#/definitions/level',
                            description: "After the risk controls, when they also reduce the severity; default: the hazard's severity.",
                        },
                    },
                },
                justification: {
                    type: ['string', 'null'],
                    description: 'Benefit-risk justification; required when the residual risk is not acceptable by the matrix.',
                },
            },
        },
    },
};

;// CONCATENATED MODULE: ./lib/parsers/risk/index.js




/** A YAML document with the line of any path in it. */
class Located {
    doc;
    lines = new dist/* LineCounter */.HN();
    constructor(text) {
        this.doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: false });
    }
    lineOfOffset(offset) {
        return this.lines.linePos(offset).line;
    }
    /** The line of the node at `path`, or of its closest existing ancestor. */
    line(path) {
        for (let n = path.length; n >= 0; n--) {
            const node = this.doc.getIn(path.slice(0, n), true);
            if (node && ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node) || (0,dist/* isScalar */.jn)(node)) && node.range)
                return this.lineOfOffset(node.range[0]);
        }
        return 1;
    }
}
let validateNative;
function parseRiskRegister(text, file, format = 'native') {
    const y = new Located(text);
    if (y.doc.errors.length) {
        return {
            findings: y.doc.errors.slice(0, 5).map((e) => ({
                severity: 'error',
                message: `${file} is not valid YAML (${e.message.split('\n')[0]}) — fix the risk register.`,
                file,
                line: y.lineOfOffset(e.pos[0]),
            })),
        };
    }
    let data;
    try {
        data = y.doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        // An alias with no anchor, or more aliases than the cap (a "billion laughs" document), surfaces only here.
        return {
            findings: [
                {
                    severity: 'error',
                    message: `${file} is not valid YAML (${e.message.split('\n')[0]}) — fix the risk register.`,
                    file,
                    line: 1,
                },
            ],
        };
    }
    return format === 'rdm' ? readRdm(data, y, file) : readNative(data, y, file);
}
/** The native acceptability map checked against the scales: per severity, the index of the highest acceptable probability. */
function nativeHighest(reg, y, file, findings) {
    const severity = reg.scales.severity;
    const probability = reg.scales.probability;
    const highest = new Map();
    const accLine = y.line(['acceptability']);
    for (const [sev, prob] of Object.entries(reg.acceptability)) {
        if (!severity.includes(sev)) {
            findings.push(err(`${file}: acceptability names severity "${sev}", which scales.severity does not list (${severity.join(', ')}) — fix the name.`, file, y.line(['acceptability', sev])));
        }
        else if (!probability.includes(prob)) {
            findings.push(err(`${file}: acceptability of "${sev}" is "${prob}", which scales.probability does not list (${probability.join(', ')}) — fix the level.`, file, y.line(['acceptability', sev])));
        }
        else
            highest.set(sev, probability.indexOf(prob));
    }
    for (const sev of severity) {
        if (!(sev in reg.acceptability)) {
            findings.push(err(`${file}: acceptability gives no highest acceptable probability for severity "${sev}" — add "${sev}: <probability>".`, file, accLine));
        }
    }
    return highest;
}
function readNative(data, y, file) {
    validateNative ??= new ajv.Ajv({ allErrors: true, strict: false }).compile(RISK_REGISTER_SCHEMA);
    if (!validateNative(data)) {
        return { findings: schemaFindings(validateNative.errors ?? [], y, file) };
    }
    const reg = data;
    const findings = [];
    const severity = reg.scales.severity;
    const probability = reg.scales.probability;
    const accLine = y.line(['acceptability']);
    const highest = nativeHighest(reg, y, file, findings);
    const acceptable = (sev, prob) => {
        const max = highest.get(sev);
        return max !== undefined && probability.indexOf(prob) <= max;
    };
    const hazards = reg.hazards.map((h, i) => {
        const at = (...p) => y.line(['hazards', i, ...p]);
        const level = (value, scale, scaleName, what, p) => {
            if (!scale.includes(value)) {
                findings.push(err(`${file}: ${h.id} ${what} "${value}" is not a level of scales.${scaleName} (${scale.join(', ')}) — use one of them.`, file, at(...p)));
            }
        };
        level(h.severity, severity, 'severity', 'severity', ['severity']);
        level(h.probability, probability, 'probability', 'probability', ['probability']);
        level(h.residual.probability, probability, 'probability', 'residual probability', ['residual', 'probability']);
        if (h.residual.severity !== undefined)
            level(h.residual.severity, severity, 'severity', 'residual severity', ['residual', 'severity']);
        return {
            id: h.id,
            title: h.hazard,
            line: at('id'),
            severity: h.severity,
            probability: h.probability,
            residual: { severity: h.residual.severity ?? h.severity, probability: h.residual.probability, line: at('residual') },
            ...(typeof h.justification === 'string' && h.justification.trim() ? { justification: h.justification } : {}),
            causes: h.causes.map((c, j) => ({
                id: c.id,
                text: c.text,
                ...(c.software_item !== undefined ? { softwareItem: c.software_item } : {}),
                line: at('causes', j),
                softwareItemLine: at('causes', j, 'software_item'),
            })),
            controls: h.controls.map((c, j) => ({ id: c.id, requirement: c.requirement, line: at('controls', j) })),
        };
    });
    findings.push(...duplicateFindings(hazards, file));
    return { register: { file, format: 'native', severity, probability, acceptable, acceptabilityLine: accLine, hazards }, findings };
}
/** Hazard ids are unique; a control or cause id names one thing (the same control may serve several hazards). */
function duplicateFindings(hazards, file) {
    const findings = [];
    const hazardAt = new Map();
    const controls = new Map();
    const causes = new Map();
    for (const h of hazards) {
        const first = hazardAt.get(h.id);
        if (first !== undefined)
            findings.push(err(`${file}: hazard id ${h.id} is used twice (also on line ${first}) — give each hazard its own id.`, file, h.line));
        else
            hazardAt.set(h.id, h.line);
        const inHazard = new Set();
        for (const c of h.controls) {
            if (inHazard.has(c.id))
                findings.push(err(`${file}: ${h.id} lists control ${c.id} twice — remove one.`, file, c.line));
            inHazard.add(c.id);
            const seen = controls.get(c.id);
            if (seen && seen.requirement !== c.requirement) {
                findings.push(err(`${file}: control id ${c.id} names requirement ${c.requirement ?? '(none)'} here but ${seen.requirement ?? '(none)'} on line ${seen.line} — a control id names one control; give this one its own id.`, file, c.line));
            }
            else if (!seen)
                controls.set(c.id, c);
        }
        for (const c of h.causes) {
            if (c.id === undefined)
                continue;
            const seen = causes.get(c.id);
            if (seen && (seen.text !== c.text || seen.softwareItem !== c.softwareItem)) {
                findings.push(err(`${file}: cause id ${c.id} differs from the cause with that id on line ${seen.line} — give this one its own id, or make them the same.`, file, c.line));
            }
            else if (!seen)
                causes.set(c.id, c);
        }
    }
    return findings;
}
// innolitics rdm (data/risk.yml): ordered `risk_severity_levels` and `risk_probability_levels` ({label}), a
// `risk_acceptability_matrix` whose rows follow the severity levels and columns the probability levels, and whose
// cells are `risk_levels` labels, the first (lowest) of which is acceptable; `risks` with `id`, `hazard`,
// `software_item`, `severity`, `probability`, `control_measures`, `residual_severity`/`residual_probability` and
// `notes` (the justification). A control measure may name the requirements that implement it (`requirement` or
// `requirements`).
function readRdm(data, y, file) {
    const findings = [];
    const fail = (message, path) => ({ findings: [err(`${file}: ${message}`, file, y.line(path))] });
    if (!isObject(data))
        return fail('is not an rdm risk file (a mapping with risk_severity_levels, risk_probability_levels, risk_acceptability_matrix and risks) — fix it, or set format: native.', []);
    const labels = (key) => {
        const v = data[key];
        if (!Array.isArray(v) || v.length === 0)
            return undefined;
        const out = v.map((l) => (isObject(l) && typeof l.label === 'string' ? l.label : typeof l === 'string' ? l : undefined));
        return out.every((l) => typeof l === 'string') ? out : undefined;
    };
    const severity = labels('risk_severity_levels');
    const probability = labels('risk_probability_levels');
    const levels = labels('risk_levels');
    for (const [key, value] of [
        ['risk_severity_levels', severity],
        ['risk_probability_levels', probability],
        ['risk_levels', levels],
    ]) {
        if (!value)
            return fail(`${key} must be a non-empty list of {label, description} — fix it.`, [key]);
    }
    const matrix = data.risk_acceptability_matrix;
    const matrixOk = Array.isArray(matrix) &&
        matrix.length === severity.length &&
        matrix.every((row) => Array.isArray(row) && row.length === probability.length && row.every((c) => typeof c === 'string' && levels.includes(c)));
    if (!matrixOk) {
        return fail(`risk_acceptability_matrix must have one row per severity level (${severity.length}) and one column per probability level (${probability.length}), each cell one of risk_levels (${levels.join(', ')}) — fix the matrix.`, ['risk_acceptability_matrix']);
    }
    const acceptable = (sev, prob) => {
        const row = matrix[severity.indexOf(sev)];
        return row?.[probability.indexOf(prob)] === levels[0];
    };
    if (!Array.isArray(data.risks))
        return fail('risks must be a list — fix it.', ['risks']);
    const hazards = [];
    data.risks.forEach((raw, i) => {
        const hazard = rdmHazard(raw, i, y, file, severity, probability, findings);
        if (hazard)
            hazards.push(hazard);
    });
    findings.push(...duplicateFindings(hazards, file));
    return {
        register: {
            file,
            format: 'rdm',
            severity: severity,
            probability: probability,
            acceptable,
            acceptabilityLine: y.line(['risk_acceptability_matrix']),
            hazards,
        },
        findings,
    };
}
/** One rdm risk as a hazard, or undefined after its findings when it is malformed or off the scales. */
function rdmHazard(raw, i, y, file, severity, probability, findings) {
    const at = (...p) => y.line(['risks', i, ...p]);
    if (!isObject(raw)) {
        findings.push(err(`${file}: risks[${i}] is not a mapping — fix it.`, file, at()));
        return undefined;
    }
    const id = (0,util_text/* scalarText */.ws)(raw.id);
    const name = id ? `risk ${id}` : `risks[${i}]`;
    const missing = ['id', 'hazard', 'hazardous_situation', 'harm', 'severity', 'probability'].filter((k) => raw[k] === undefined || raw[k] === null || raw[k] === '');
    if (missing.length) {
        findings.push(err(`${file}: ${name} lacks ${missing.join(', ')} — fill ${missing.length === 1 ? 'it' : 'them'} in.`, file, at()));
        return undefined;
    }
    let ok = true;
    const level = (key, scale, scaleName) => {
        const v = raw[key];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'string' || !scale.includes(v)) {
            ok = false;
            findings.push(err(`${file}: ${name} ${key} "${typeof v === 'object' ? (Array.isArray(v) ? '(a list)' : '(a mapping)') : (0,util_text/* scalarText */.ws)(v)}" is not a level of ${scaleName} (${scale.join(', ')}) — use one of them.`, file, at(key)));
            return undefined;
        }
        return v;
    };
    const sev = level('severity', severity, 'risk_severity_levels');
    const prob = level('probability', probability, 'risk_probability_levels');
    const rSev = level('residual_severity', severity, 'risk_severity_levels');
    const rProb = level('residual_probability', probability, 'risk_probability_levels');
    if (!ok || !sev || !prob)
        return undefined;
    const controls = rdmControls(raw.control_measures, id, at);
    const item = typeof raw.software_item === 'string' && raw.software_item ? raw.software_item : undefined;
    return {
        id,
        title: (0,util_text/* scalarText */.ws)(raw.hazard),
        line: at('id'),
        severity: sev,
        probability: prob,
        // rdm leaves the residual null until controls are assessed: the risk stays what it was.
        residual: { severity: rSev ?? sev, probability: rProb ?? prob, line: rProb ? at('residual_probability') : at('id') },
        ...(typeof raw.notes === 'string' && raw.notes.trim() ? { justification: raw.notes } : {}),
        causes: [
            {
                text: typeof raw.events === 'string' ? raw.events : '',
                ...(item ? { softwareItem: item } : {}),
                line: at(),
                softwareItemLine: at('software_item'),
            },
        ],
        controls,
    };
}
/** An rdm risk's control measures (one mapping or a list), one control per requirement each names. */
function rdmControls(measures, id, at) {
    const controls = [];
    const measureList = Array.isArray(measures) ? measures : isObject(measures) ? [measures] : [];
    measureList.forEach((m, j) => {
        if (!isObject(m))
            return;
        const reqs = [m.requirement, ...(Array.isArray(m.requirements) ? m.requirements : [])].filter((r) => typeof r === 'string' && r !== '');
        const line = Array.isArray(measures) ? at('control_measures', j) : at('control_measures');
        reqs.forEach((r, k) => controls.push({ id: typeof m.id === 'string' ? m.id : `${id}.${j + 1}${reqs.length > 1 ? `.${k + 1}` : ''}`, requirement: r, line }));
    });
    return controls;
}
function schemaFindings(errors, y, file) {
    const seen = new Set();
    const findings = [];
    for (const e of errors) {
        const path = e.instancePath
            .split('/')
            .slice(1)
            .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
            .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
        const where = e.instancePath
            ? e.instancePath
                .replace(/^\//, '')
                .replace(/\/(\d+)/g, '[$1]')
                .replace(/\//g, '.')
            : 'the top level';
        let what;
        if (e.keyword === 'required')
            what = `lacks ${e.params.missingProperty}`;
        else if (e.keyword === 'additionalProperties') {
            const key = e.params.additionalProperty;
            path.push(key);
            what = `has "${key}", which the format does not define`;
        }
        else
            what = e.message ?? e.keyword;
        const message = `${file}: ${where} ${what} — see the risk register format (risk-register.schema.json).`;
        if (seen.has(message))
            continue;
        seen.add(message);
        findings.push(err(message, file, y.line(path)));
    }
    return findings.slice(0, 25);
}
function err(message, file, line) {
    return { severity: 'error', message, file, line };
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// EXTERNAL MODULE: ./lib/parsers/requirements/index.js + 7 modules
var requirements = __webpack_require__(1816);
// EXTERNAL MODULE: ./lib/rules/common/read-file.js
var read_file = __webpack_require__(3384);
// EXTERNAL MODULE: ./lib/rules/common/requirement-sources.js
var requirement_sources = __webpack_require__(8149);
// EXTERNAL MODULE: ./lib/util/concurrency.js
var concurrency = __webpack_require__(4467);
// EXTERNAL MODULE: ./lib/core/types.js
var types = __webpack_require__(2458);
;// CONCATENATED MODULE: ./lib/rules/risk-register/index.js











/** Where tests live when the requirements do not come from a traceability gate (that gate's own default). */
const DEFAULT_TESTS = ['test/**', 'tests/**', '**/*_test.*', '**/*.test.*', '**/*.spec.*'];
const RiskRegisterOptions = (0,schemas/* RuleOptions */.Ly)({
    file: (0,schemas/* annotate */.fz)(schemas/* globSchema */.G6, { default: 'docs/risk/risk-register.yml', description: 'The risk register (a path at head).' }),
    format: (0,schemas/* StringEnum */.bD)(['native', 'rdm'], {
        default: 'native',
        description: 'native (risk-register.schema.json) or rdm (innolitics rdm data/risk.yml).',
    }),
    requirements: type/* Type */.ZU.Optional(type/* Type */.ZU.Array(schemas/* requirementSourceSchema */.mf, {
        minItems: 1,
        description: 'Where the requirements that implement controls are defined, read as the traceability gate reads them: globs, or {path, format}.',
    })),
    requirements_from: type/* Type */.ZU.Optional(type/* Type */.ZU.String({ minLength: 1, description: 'The id of a traceability gate whose requirements (and tests, for verified) to use.' })),
    verified: type/* Type */.ZU.Boolean({
        default: false,
        description: "Each control's requirement must be cited by a test (IEC 62304 7.3.3: hazard → control → requirement → test).",
    }),
});
const riskRegister = (0,rule/* defineRule */.K)({
    name: 'risk-register',
    description: 'The risk-management file (ISO 14971, IEC 62304 7): valid, every risk control implemented by an existing requirement (and, with verified, tested), residual risks acceptable or justified, causes in known software items.',
    options: RiskRegisterOptions,
    async evaluate(options, facts, ctx) {
        const source = sourcesOf(options, ctx);
        const findings = [];
        let text;
        try {
            const file = await facts.readAtHead(options.file);
            if (!file) {
                return {
                    findings: [
                        {
                            severity: 'error',
                            message: `The risk register ${options.file} does not exist at head — add it (see risk-register.schema.json for the format), or fix \`file\` in the policy.`,
                            file: options.file,
                            action: { text: `Add the risk register ${options.file}, or fix \`file\` in the policy` },
                        },
                    ],
                    summary: `${options.file} is missing`,
                };
            }
            text = file.text;
        }
        catch (e) {
            if (!(e instanceof types/* FactError */.n))
                throw e;
            return {
                findings: [
                    {
                        severity: 'error',
                        message: `The risk register cannot be read: ${e.message} — commit it as a regular file.`,
                        file: options.file,
                        line: 1,
                    },
                ],
                summary: `${options.file} cannot be read`,
            };
        }
        const read = parseRiskRegister(text, options.file, options.format);
        findings.push(...read.findings);
        const register = read.register;
        if (!register)
            return { findings, summary: `${options.file} is not a valid ${options.format === 'rdm' ? 'rdm risk file' : 'risk register'}` };
        const requirements = await (0,requirement_sources/* readRequirementSources */.Ao)(source.requirements, facts, { id_pattern: source.idPattern });
        findings.push(...requirements.findings);
        const defined = new Set(requirements.requirements.map((r) => r.id));
        const reqFiles = requirements.files.map((f) => f.path);
        for (const h of register.hazards) {
            for (const c of h.controls) {
                if (c.requirement === undefined || defined.has(c.requirement))
                    continue;
                findings.push({
                    severity: 'error',
                    message: `${h.id} "${h.title}": risk control ${c.id} is implemented by ${c.requirement}, which no requirement defines (read ${(0,util_text/* shortList */.pg)(reqFiles, 3) || 'no requirement file'}) — fix the id, or add the requirement (IEC 62304 5.2.3).`,
                    file: register.file,
                    line: c.line,
                    action: { text: `Fix risk control ${c.id}'s requirement id ${c.requirement} in ${register.file}, or define ${c.requirement}` },
                });
            }
        }
        findings.push(...residualFindings(register));
        findings.push(...softwareItemFindings(register, ctx));
        let untested = 0;
        if (options.verified) {
            const verification = await verificationFindings(register, defined, facts, source.tests, new Set(reqFiles));
            untested = verification.length;
            findings.push(...verification);
        }
        const controls = new Set(register.hazards.flatMap((h) => h.controls.map((c) => c.id))).size;
        const justified = register.hazards.filter((h) => h.justification && !register.acceptable(h.residual.severity, h.residual.probability)).length;
        const errors = findings.filter((f) => f.severity === 'error');
        const summary = errors.length
            ? // Problems may sit in the register or in the requirements it links to: say where the first one is.
                `${(0,util_text/* plural */.LS)(errors.length, 'problem')}${errors.every((e) => e.file === options.file) ? ` in ${options.file}` : ''}: ${errors[0].message}`
            : `${(0,util_text/* plural */.LS)(register.hazards.length, 'hazard')}, ${(0,util_text/* plural */.LS)(controls, 'risk control')}; residual risks acceptable${justified ? ` (${justified} by justification)` : ''}${options.verified && !untested ? '; every control verified by a test' : ''}`;
        return { findings, summary };
    },
});
/** The requirement sources: the gate's own, or those of the traceability gate it names. */
function sourcesOf(options, ctx) {
    if (options.requirements_from) {
        const gate = ctx.gateOptions(options.requirements_from);
        const reqs = gate?.requirements;
        if (!gate || !Array.isArray(reqs)) {
            const ids = ctx.gates.filter((g) => Array.isArray(ctx.gateOptions(g.id)?.requirements)).map((g) => g.id);
            throw new Error(`requirements_from names "${options.requirements_from}", which is not a gate with requirements in this policy${ids.length ? ` (those are: ${(0,util_text/* listing */.RR)(ids)})` : ''} — fix requirements_from, or give requirements`);
        }
        return {
            requirements: reqs,
            idPattern: typeof gate.id_pattern === 'string' ? gate.id_pattern : requirements/* DEFAULT_ID_PATTERN */.ng,
            tests: Array.isArray(gate.tests) ? gate.tests : DEFAULT_TESTS,
        };
    }
    if (options.requirements)
        return { requirements: options.requirements, idPattern: requirements/* DEFAULT_ID_PATTERN */.ng, tests: DEFAULT_TESTS };
    throw new Error('the gate needs requirements (globs of requirement files) or requirements_from (a traceability gate id) to check the risk controls against — add one to the policy');
}
/** Residual risk acceptable by the matrix, or justified; and a reduction claimed only where a control is listed. */
function residualFindings(register) {
    const findings = [];
    const { severity, probability } = register;
    for (const h of register.hazards) {
        const { residual } = h;
        if (!register.acceptable(residual.severity, residual.probability) && !h.justification) {
            findings.push({
                severity: 'error',
                message: `${h.id} "${h.title}": the residual risk (severity ${residual.severity}, probability ${residual.probability}) is not acceptable by the risk acceptability criteria, and there is no justification — add a risk control that reduces it, or write the benefit-risk justification (ISO 14971 7.4).`,
                file: register.file,
                line: residual.line,
                action: { text: `Reduce the residual risk of ${h.id} with a risk control, or justify it (benefit-risk) in ${register.file}` },
            });
        }
        const reduced = probability.indexOf(residual.probability) < probability.indexOf(h.probability) ||
            severity.indexOf(residual.severity) < severity.indexOf(h.severity);
        if (reduced && h.controls.length === 0) {
            findings.push({
                severity: 'error',
                message: `${h.id} "${h.title}": the residual risk (${residual.severity}, ${residual.probability}) is lower than before controls (${h.severity}, ${h.probability}), but no risk control is listed — list the control that reduces it, or restore the residual risk.`,
                file: register.file,
                line: residual.line,
                action: { text: `List the risk control that reduces ${h.id}'s risk, or restore its residual risk, in ${register.file}` },
            });
        }
    }
    return findings;
}
/** A cause must lie in a software item the policy's classification names (IEC 62304 7.1.2). */
function softwareItemFindings(register, ctx) {
    const known = ctx.classification.items.map((i) => i.name);
    const byLower = new Map(known.map((n) => [n.toLowerCase(), n]));
    const findings = [];
    for (const h of register.hazards) {
        for (const c of h.causes) {
            if (c.softwareItem === undefined || byLower.has(c.softwareItem.toLowerCase()))
                continue;
            findings.push({
                severity: 'error',
                message: `${h.id} "${h.title}": cause ${c.id ?? ''}${c.id ? ' ' : ''}lies in software item "${c.softwareItem}", which the policy's classification does not know (${known.length ? (0,util_text/* listing */.RR)(known) : 'it lists no items'}) — fix the name, or add the item to classification.items.`,
                file: register.file,
                line: c.softwareItemLine,
                action: {
                    text: `Fix the software item "${c.softwareItem}" of ${h.id} in ${register.file}, or add it to classification.items in the policy`,
                },
            });
        }
    }
    return findings;
}
/** Each control's requirement is cited by a test file: the chain hazard → control → requirement → test. */
async function verificationFindings(register, defined, facts, tests, requirementFiles) {
    const wanted = new Set(register.hazards.flatMap((h) => h.controls.flatMap((c) => (c.requirement && defined.has(c.requirement) ? [c.requirement] : []))));
    if (wanted.size === 0)
        return [];
    const isRegister = (0,util_glob/* globMatcher */.f)([register.file]);
    const files = (await facts.listAtHead(tests)).filter((p) => !requirementFiles.has(p) && !isRegister(p));
    const cited = new Set();
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(?<![A-Za-z0-9_])(?:${[...wanted].map(escape).join('|')})(?![A-Za-z0-9_])`, 'g');
    const findings = [];
    await (0,concurrency/* mapConcurrent */._)(files, concurrency/* READ_CONCURRENCY */.H, async (path) => {
        const { text, finding } = await (0,read_file/* readOrFinding */.XB)((p) => facts.readAtHead(p), path, 'its requirement references');
        if (finding)
            findings.push(finding);
        for (const m of text?.matchAll(re) ?? [])
            cited.add(m[0]);
    });
    for (const h of register.hazards) {
        for (const c of h.controls) {
            if (!c.requirement || !wanted.has(c.requirement) || cited.has(c.requirement))
                continue;
            findings.push({
                severity: 'error',
                message: `${h.id} "${h.title}": risk control ${c.id} → ${c.requirement} is not verified: no test cites ${c.requirement} (looked in ${(0,util_text/* shortList */.pg)(tests, 3)}) — add a test of the control that cites ${c.requirement} (IEC 62304 7.3.3).`,
                file: register.file,
                line: c.line,
                action: { text: `Add a test of risk control ${c.id} that cites ${c.requirement}` },
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./lib/parsers/lockfiles/lines.js
// Line numbers from character offsets, with the newline index built once per file and only when first needed.
class LineIndex {
    text;
    starts;
    constructor(text) {
        this.text = text;
    }
    /** 1-based line of a character offset. */
    lineAt(offset) {
        const starts = (this.starts ??= newlineStarts(this.text));
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    /** Line of the first occurrence of `needle`, or undefined. */
    lineOf(needle, from = 0) {
        const at = this.text.indexOf(needle, from);
        return at === -1 ? undefined : this.lineAt(at);
    }
}
function newlineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}

// EXTERNAL MODULE: ./lib/parsers/lockfiles/purl.js
var lockfiles_purl = __webpack_require__(9196);
;// CONCATENATED MODULE: ./lib/parsers/lockfiles/npm.js


const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A locked package whose line is looked up in the text only when someone reads it. */
class Pinned {
    ecosystem;
    name;
    version;
    purl;
    locate;
    direct;
    dev;
    optional;
    constructor(ecosystem, name, version, purl, locate) {
        this.ecosystem = ecosystem;
        this.name = name;
        this.version = version;
        this.purl = purl;
        this.locate = locate;
    }
    get line() {
        return this.locate();
    }
    toJSON() {
        return {
            ecosystem: this.ecosystem,
            name: this.name,
            version: this.version,
            purl: this.purl,
            direct: this.direct,
            dev: this.dev,
            optional: this.optional,
            line: this.line,
        };
    }
}
/** A package-lock entry, whose line is that of its key in the text; no closure per package (a lockfile pins 100,000s). */
class KeyedPin extends Pinned {
    lines;
    key;
    constructor(name, version, purl, lines, key) {
        super('npm', name, version, purl, noLine);
        this.lines = lines;
        this.key = key;
    }
    get line() {
        return this.lines.lineOf(`${JSON.stringify(this.key)}:`);
    }
}
const noLine = () => undefined;
function parseJsonLockfile(path, text, kind) {
    try {
        const json = JSON.parse(text);
        if (!isObj(json))
            return {
                findings: [
                    { severity: 'error', message: `${path} is not a JSON object, so it is not a ${kind} — regenerate it`, file: path, line: 1 },
                ],
            };
        return { json, findings: [] };
    }
    catch (e) {
        const message = e.message;
        const pos = /at position (\d+)/.exec(message);
        const lc = /line (\d+) column/.exec(message);
        const line = lc ? Number(lc[1]) : pos ? new LineIndex(text).lineAt(Number(pos[1])) : undefined;
        return {
            findings: [
                { severity: 'error', message: `${path} does not parse as JSON (${message}) — regenerate the ${kind}`, file: path, line: line ?? 1 },
            ],
        };
    }
}
function readPackageLock(path, text) {
    const kind = path.endsWith('npm-shrinkwrap.json') ? 'npm-shrinkwrap.json' : 'package-lock.json';
    const parsed = parseJsonLockfile(path, text, kind);
    if (!parsed.json)
        return { kind, ecosystem: 'npm', packages: [], findings: parsed.findings };
    const json = parsed.json;
    // The project's own packages: the root, workspace folders and linked local folders (see LockfileResult.firstParty).
    const own = new Set();
    const ownName = (name) => {
        if (typeof name === 'string' && name)
            own.add((0,lockfiles_purl/* purlKey */.hT)((0,lockfiles_purl/* npmPurl */.NP)(name, '')).key);
    };
    ownName(json.name);
    const lines = new LineIndex(text);
    const packages = [];
    // Each purl once, at its first place: handed on, so drift matching needs no index of its own.
    const seen = new Map();
    const findings = [];
    if (isObj(json.packages)) {
        const directNames = directNamesOf(json.packages['']);
        const entries = json.packages;
        for (const key in entries) {
            const entry = entries[key];
            if (!isObj(entry))
                continue;
            const at = key.lastIndexOf('node_modules/');
            // Keys outside node_modules are the root and workspace folders, and a link is a local folder: the project's own code, not a dependency.
            if (key === '' || at === -1) {
                ownName(entry.name);
                continue;
            }
            if (entry.link === true) {
                ownName(key.slice(at + 'node_modules/'.length));
                continue;
            }
            const name = typeof entry.name === 'string' ? entry.name : key.slice(at + 'node_modules/'.length);
            const version = typeof entry.version === 'string' ? entry.version : '';
            if (!version) {
                findings.push(noVersion(path, key, lines));
                continue;
            }
            const purl = (0,lockfiles_purl/* npmPurl */.NP)(name, version);
            if (seen.has(purl))
                continue;
            seen.set(purl, packages.length);
            const p = new KeyedPin(name, version, purl, lines, key);
            if (at === 0)
                p.direct = directNames.has(name);
            if (entry.dev === true)
                p.dev = true;
            if (entry.optional === true || entry.devOptional === true)
                p.optional = true;
            packages.push(p);
        }
    }
    else if (isObj(json.dependencies)) {
        // lockfileVersion 1: a tree of {version, dev, optional, dependencies}.
        const walk = (deps, top) => {
            for (const [name, entry] of Object.entries(deps)) {
                if (!isObj(entry) || typeof entry.version !== 'string')
                    continue;
                // A local folder (file:, link:) is the project's own code.
                if (/^(file|link):/.test(entry.version)) {
                    ownName(name);
                    continue;
                }
                const purl = (0,lockfiles_purl/* npmPurl */.NP)(name, entry.version);
                if (!seen.has(purl)) {
                    seen.set(purl, packages.length);
                    const p = new KeyedPin(name, entry.version, purl, lines, name);
                    p.direct = top ? undefined : false;
                    if (entry.dev === true)
                        p.dev = true;
                    if (entry.optional === true)
                        p.optional = true;
                    packages.push(p);
                }
                if (isObj(entry.dependencies))
                    walk(entry.dependencies, false);
            }
        };
        walk(json.dependencies, true);
    }
    else if (json.lockfileVersion === undefined) {
        findings.push({
            severity: 'error',
            message: `${path} has neither "packages" nor "dependencies" nor "lockfileVersion", so it is not a ${kind} — regenerate it with npm install`,
            file: path,
            line: 1,
        });
    }
    return { kind, ecosystem: 'npm', packages, findings, byPurl: seen, firstParty: [...own] };
}
/** The names the root package depends on directly, in any of its dependency maps. */
function directNamesOf(rootEntry) {
    const root = isObj(rootEntry) ? rootEntry : {};
    return new Set(['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].flatMap((k) => isObj(root[k]) ? Object.keys(root[k]) : []));
}
/** A package entry without a version: left out of the comparison, with a warning at its key. */
function noVersion(path, key, lines) {
    return {
        severity: 'warning',
        message: `${path}: "${key}" has no version; it is left out of the comparison — regenerate the lockfile`,
        file: path,
        line: lines.lineOf(JSON.stringify(key)),
    };
}

// EXTERNAL MODULE: ./node_modules/@yarnpkg/parsers/lib/index.js
var lib = __webpack_require__(7823);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(5824);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 26 modules
var XMLParser = __webpack_require__(9658);
;// CONCATENATED MODULE: ./lib/parsers/lockfiles/other.js







const other_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
class Collector {
    path;
    text;
    ecosystem;
    packages = [];
    findings = [];
    lines;
    seen = new Set();
    own = new Set();
    unresolved = new Set();
    constructor(path, text, ecosystem) {
        this.path = path;
        this.text = text;
        this.ecosystem = ecosystem;
        this.lines = new LineIndex(text);
    }
    /** One of the project's own packages (see LockfileResult.firstParty), by its purl without a version. */
    firstParty(purl) {
        const key = (0,lockfiles_purl/* purlKey */.hT)(purl)?.key;
        if (key)
            this.own.add(key);
    }
    add(ecosystem, name, version, purl, locate, extra = {}) {
        if (!name || !version || this.seen.has(purl))
            return;
        this.seen.add(purl);
        const p = new Pinned(ecosystem, name, version, purl, typeof locate === 'function' ? locate : () => locate);
        Object.assign(p, extra);
        this.packages.push(p);
    }
    near(needle) {
        return () => this.lines.lineOf(needle);
    }
    fail(kind, e, line) {
        const err = e;
        this.findings.push({
            severity: 'error',
            message: `${this.path} does not parse as ${kind} (${String(err?.message ?? e).split('\n')[0]}) — regenerate it with the package manager`,
            file: this.path,
            line: line ?? err?.linePos?.[0]?.line ?? err?.line ?? 1,
        });
    }
    result(kind) {
        return {
            kind,
            ecosystem: this.ecosystem,
            packages: this.packages,
            findings: this.findings,
            firstParty: [...this.own],
            ...(this.unresolved.size ? { unresolved: [...this.unresolved] } : {}),
        };
    }
}
/**
 * yarn.lock, classic (v1) and berry (v2+), both parsed by @yarnpkg/parsers. The package is what is installed: berry's
 * `resolution`, else the alias target ("alias@npm:target@range"); workspaces and local folders are first-party.
 */
function readYarnLock(path, text) {
    const c = new Collector(path, text, 'npm');
    let data;
    try {
        data = (0,lib/* parseSyml */["do"])(text);
    }
    catch (e) {
        const line = /line (\d+)/.exec(String(e.message))?.[1];
        c.fail('yarn.lock', e, line ? Number(line) : undefined);
        return c.result('yarn.lock');
    }
    const berry = other_isObj(data.__metadata);
    for (const key in data) {
        const entry = data[key];
        if (key === '__metadata' || !other_isObj(entry))
            continue;
        const first = firstDescriptor(key);
        const resolution = typeof entry.resolution === 'string' ? entry.resolution : '';
        const [resolvedName, range] = splitDescriptor(resolution || first);
        let name = resolvedName;
        if (/^(workspace|link|portal|file):/.test(range) || (berry && entry.linkType === 'soft')) {
            c.firstParty((0,lockfiles_purl/* npmPurl */.NP)(name, ''));
            continue;
        }
        if (range.startsWith('npm:') && !resolution) {
            // yarn v1 alias: the installed package is the target ("string-width-cjs@npm:string-width@^4.2.0").
            const target = splitDescriptor(range.slice(4));
            if (target[1])
                name = target[0];
        }
        if (typeof entry.version !== 'string')
            continue;
        c.add('npm', name, entry.version, (0,lockfiles_purl/* npmPurl */.NP)(name, entry.version), c.near(first));
    }
    return c.result(berry ? 'yarn.lock (berry)' : 'yarn.lock (v1)');
}
/** The first of a yarn.lock key's comma-separated descriptors, unquoted. */
function firstDescriptor(key) {
    const comma = key.indexOf(',');
    return (comma === -1 ? key : key.slice(0, comma)).trim().replace(/^"|"$/g, '');
}
/** "name@range" → [name, range]; a scoped name keeps its leading "@". */
function splitDescriptor(descriptor) {
    const at = descriptor.indexOf('@', 1);
    return at > 0 ? [descriptor.slice(0, at), descriptor.slice(at + 1)] : [descriptor, ''];
}
/**
 * pnpm-lock.yaml, lockfileVersion 5 ("/name/1.0.0_peer@2"), 6 ("/name@1.0.0(peer@2)") and 9 ("name@1.0.0", peers
 * only under `snapshots:`). Local packages (file:, link:, a directory resolution) and the importers' link: dependencies
 * are first-party.
 */
function readPnpmLock(path, text) {
    const c = new Collector(path, text, 'npm');
    let data;
    try {
        // 'error': yaml's parse() still throws its errors but no longer prints its warnings (an unknown tag) to the log.
        // uniqueKeys: false — yaml's duplicate-key check compares each key with every earlier one of its map, which is
        // quadratic in the packages of a lockfile (measured: 8x the packages, 60x the time); pnpm writes no duplicates.
        data = (0,dist/* parse */.qg)(text, { maxAliasCount: 100, logLevel: 'error', uniqueKeys: false });
    }
    catch (e) {
        c.fail('YAML', e);
        return c.result('pnpm-lock.yaml');
    }
    if (!other_isObj(data)) {
        c.fail('a pnpm lockfile', new Error('not a YAML mapping'));
        return c.result('pnpm-lock.yaml');
    }
    const v5 = Number.parseFloat(String(data.lockfileVersion ?? '')) < 6;
    const local = (v) => typeof v === 'string' && /^(file|link|workspace):/.test(v);
    // The importers' (or a single project's) dependencies on local folders name first-party packages.
    const importers = other_isObj(data.importers) ? Object.values(data.importers) : [data];
    for (const imp of importers) {
        if (!other_isObj(imp))
            continue;
        for (const section of ['dependencies', 'devDependencies', 'optionalDependencies']) {
            const deps = imp[section];
            if (!other_isObj(deps))
                continue;
            for (const name in deps) {
                const d = deps[name];
                if (local(other_isObj(d) ? d.version : d))
                    c.firstParty((0,lockfiles_purl/* npmPurl */.NP)(name, ''));
            }
        }
    }
    const packages = other_isObj(data.packages) ? data.packages : {};
    for (const key in packages) {
        const entry = other_isObj(packages[key]) ? packages[key] : {};
        const [keyName, keyVersion] = pnpmKey(key, v5);
        const name = typeof entry.name === 'string' ? entry.name : keyName;
        // A non-registry package (tarball, git) carries its version in the entry; a registry one in its key.
        const version = typeof entry.version === 'string' ? entry.version : keyVersion;
        if (local(keyVersion) || local(key.replace(/^\//, '')) || (other_isObj(entry.resolution) && typeof entry.resolution.directory === 'string')) {
            c.firstParty((0,lockfiles_purl/* npmPurl */.NP)(name, ''));
            continue;
        }
        const extra = entry.dev === true ? { dev: true } : {};
        // A git dependency is pinned by its commit; generators list it under that or under its package version.
        const commit = other_isObj(entry.resolution) && typeof entry.resolution.tarball === 'string'
            ? /\/([0-9a-f]{40})$/.exec(entry.resolution.tarball)?.[1]
            : undefined;
        if (commit && commit !== version)
            extra.otherVersions = [commit];
        c.add('npm', name, version, (0,lockfiles_purl/* npmPurl */.NP)(name, version), () => c.lines.lineOf(`${key}:`) ?? c.lines.lineOf(key), extra);
    }
    return c.result('pnpm-lock.yaml');
}
/** A pnpm packages key → [name, version], peer suffixes dropped. */
function pnpmKey(key, v5) {
    const k = key.replace(/^\//, '');
    if (v5 && !/^(file|link):/.test(k)) {
        // "/name/1.0.0_peer@2", "/@scope/name/1.0.0_@scope+peer@2": the segment after the name is the version.
        const parts = k.split('/');
        const n = k.startsWith('@') ? 2 : 1;
        if (parts.length > n)
            return [parts.slice(0, n).join('/'), parts[n].replace(/_.*$/, '')];
    }
    const paren = k.indexOf('(');
    return splitDescriptor(paren === -1 ? k : k.slice(0, paren));
}
/** requirements.txt: only exact pins (name==version) pin anything; other lines are left out with a notice. */
function readRequirements(path, text) {
    const c = new Collector(path, text, 'pypi');
    const lines = text.split(/\r?\n/);
    let unpinned = 0;
    let firstUnpinned = 0;
    lines.forEach((raw, i) => {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (!line || line.startsWith('-') || (line.endsWith('\\') && !line.includes('==')))
            return;
        const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*===?\s*([^\s;\\]+)/.exec(line);
        if (m)
            c.add('pypi', (0,lockfiles_purl/* pypiName */.sS)(m[1]), m[3], (0,lockfiles_purl/* buildPurl */.Eq)('pypi', undefined, (0,lockfiles_purl/* pypiName */.sS)(m[1]), m[3]), i + 1);
        else if (/^[A-Za-z0-9]/.test(line)) {
            unpinned++;
            firstUnpinned ||= i + 1;
        }
    });
    if (unpinned) {
        c.findings.push({
            severity: 'notice',
            message: `${path}: ${unpinned} requirement${unpinned === 1 ? ' is' : 's are'} not pinned with == (first on line ${firstUnpinned}) and ${unpinned === 1 ? 'is' : 'are'} not compared with the SBOM — pin them (pip-compile) to make the comparison complete`,
            file: path,
            line: firstUnpinned,
        });
    }
    return c.result('requirements.txt');
}
function readToml(c) {
    try {
        return (0,smol_toml_dist/* parse */.qg)(c.text);
    }
    catch (e) {
        c.fail('TOML', e);
        return undefined;
    }
}
/**
 * poetry.lock, uv.lock and Cargo.lock: [[package]] tables with name and version. The project's own packages are
 * first-party: uv's virtual, editable and directory sources, poetry's directory sources, Cargo workspace members
 * (no source).
 */
function readTomlPackages(ecosystem, kind) {
    return (path, text) => {
        const c = new Collector(path, text, ecosystem);
        const data = readToml(c);
        if (!data)
            return c.result(kind);
        const list = Array.isArray(data.package) ? data.package : [];
        for (const p of list) {
            if (!other_isObj(p) || typeof p.name !== 'string')
                continue;
            const name = ecosystem === 'pypi' ? (0,lockfiles_purl/* pypiName */.sS)(p.name) : p.name;
            const source = other_isObj(p.source) ? p.source : undefined;
            const own = ecosystem === 'cargo'
                ? p.source === undefined
                : source !== undefined &&
                    (source.virtual !== undefined ||
                        source.editable !== undefined ||
                        source.directory !== undefined ||
                        source.type === 'directory');
            if (own) {
                c.firstParty((0,lockfiles_purl/* buildPurl */.Eq)(ecosystem, undefined, name, ''));
                continue;
            }
            if (typeof p.version !== 'string')
                continue;
            c.add(ecosystem, name, p.version, (0,lockfiles_purl/* buildPurl */.Eq)(ecosystem, undefined, name, p.version), c.near(`name = "${p.name}"\nversion = "${p.version}"`));
        }
        return c.result(kind);
    };
}
/** Pipfile.lock: {"default": {name: {"version": "==1.2.3"}}, "develop": {...}}; local (path/editable) entries are first-party. */
function readPipfileLock(path, text) {
    const c = new Collector(path, text, 'pypi');
    const parsed = parseJsonLockfile(path, text, 'Pipfile.lock');
    if (!parsed.json)
        return { kind: 'Pipfile.lock', ecosystem: 'pypi', packages: [], findings: parsed.findings };
    for (const section of ['default', 'develop']) {
        const deps = parsed.json[section];
        if (!other_isObj(deps))
            continue;
        for (const [raw, entry] of Object.entries(deps)) {
            if (!other_isObj(entry))
                continue;
            const name = (0,lockfiles_purl/* pypiName */.sS)(raw);
            // A local folder ({"path": ".", "editable": true}): the project's own.
            if (typeof entry.path === 'string' || entry.editable === true) {
                c.firstParty((0,lockfiles_purl/* buildPurl */.Eq)('pypi', undefined, name, ''));
                continue;
            }
            if (typeof entry.version !== 'string')
                continue;
            const version = entry.version.replace(/^==/, '');
            c.add('pypi', name, version, (0,lockfiles_purl/* buildPurl */.Eq)('pypi', undefined, name, version), c.near(`"${raw}"`), section === 'develop' ? { dev: true } : {});
        }
    }
    return c.result('Pipfile.lock');
}
/** go.sum: "module version[/go.mod] hash" lines; the module's own checksum line (not /go.mod) pins it. */
function readGoSum(path, text) {
    const c = new Collector(path, text, 'golang');
    text.split(/\r?\n/).forEach((line, i) => {
        const m = /^(\S+)\s+(v\S+?)(\/go\.mod)?\s+h1:/.exec(line);
        if (!m) {
            if (line.trim() && c.findings.length < 5)
                c.findings.push({
                    severity: 'error',
                    message: `${path}:${i + 1} is not a go.sum line ("module version h1:hash") — run go mod tidy`,
                    file: path,
                    line: i + 1,
                });
            return;
        }
        if (m[3])
            return;
        const slash = m[1].lastIndexOf('/');
        c.add('golang', m[1], m[2], (0,lockfiles_purl/* buildPurl */.Eq)('golang', slash > 0 ? m[1].slice(0, slash) : undefined, m[1].slice(slash + 1), m[2]), i + 1);
    });
    return c.result('go.sum');
}
/**
 * go.mod: the require directives (direct unless marked // indirect), with the replace directives applied: the module
 * that is built is the replacement; one replaced by a local folder is first-party, as is the module itself.
 */
function readGoMod(path, text) {
    const c = new Collector(path, text, 'golang');
    const requires = [];
    /** "module" or "module@version" → the replacement ("path" for a local folder, else "module@version"). */
    const replaces = new Map();
    let block = '';
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.replace(/\/\/.*$/, '').trim();
        const open = /^(require|replace|exclude|retract|tool|godebug|ignore)\s*\($/.exec(line);
        if (open)
            return void (block = open[1]);
        if (block && line === ')')
            return void (block = '');
        const directive = block ? `${block} ${line}` : line;
        let m = /^module\s+"?([^\s"]+)"?$/.exec(directive);
        if (m)
            return c.firstParty(goPurl(m[1], ''));
        m = /^require\s+(\S+)\s+(v\S+)$/.exec(directive);
        if (m)
            return void requires.push({ module: m[1], version: m[2], line: i + 1, direct: !/\/\/\s*indirect/.test(raw) });
        m = /^replace\s+(\S+)(?:\s+(v\S+))?\s+=>\s+(\S+)(?:\s+(v\S+))?$/.exec(directive);
        if (m)
            replaces.set(m[2] ? `${m[1]}@${m[2]}` : m[1], { module: m[3], version: m[4] });
    });
    // Every module replaced by a local folder is the project's own, required or not. Generators name it by the module
    // path or by the folder (cdxgen: pkg:golang/./api); both are first-party.
    for (const [from, to] of replaces) {
        if (to.version)
            continue;
        c.firstParty(goPurl(from.replace(/@v\S*$/, ''), ''));
        c.firstParty(goPurl(to.module, ''));
    }
    for (const r of requires) {
        const to = replaces.get(`${r.module}@${r.version}`) ?? replaces.get(r.module);
        if (to && !to.version) {
            // A local folder ("./x", "../x", "/x"): built from this repository (first-party, above).
            continue;
        }
        const module = to ? to.module : r.module;
        const version = to?.version ?? r.version;
        c.add('golang', module, version, goPurl(module, version), r.line, { direct: r.direct });
    }
    return c.result('go.mod');
}
function goPurl(module, version) {
    const slash = module.lastIndexOf('/');
    return (0,lockfiles_purl/* buildPurl */.Eq)('golang', slash > 0 ? module.slice(0, slash) : undefined, module.slice(slash + 1), version);
}
/**
 * Gemfile.lock: "    name (version)" or "    name (version-platform)" under a section's specs. Bundler writes the
 * platform after the first "-" (a gem version has none), so every platform variant pins name@version; gems of a
 * PATH section are the project's own (first-party).
 */
function readGemfileLock(path, text) {
    const c = new Collector(path, text, 'gem');
    let section = '';
    let inSpecs = false;
    text.split(/\r?\n/).forEach((line, i) => {
        if (/^\S/.test(line)) {
            section = line.trim();
            inSpecs = false;
        }
        if (/^ {2}specs:\s*$/.test(line))
            inSpecs = true;
        const m = inSpecs ? /^ {4}([^\s(]+) \(([^)\s]+)\)/.exec(line) : null;
        if (!m)
            return;
        const dash = m[2].indexOf('-');
        const version = dash === -1 ? m[2] : m[2].slice(0, dash);
        if (section === 'PATH')
            c.firstParty((0,lockfiles_purl/* buildPurl */.Eq)('gem', undefined, m[1], ''));
        else
            c.add('gem', m[1], version, (0,lockfiles_purl/* buildPurl */.Eq)('gem', undefined, m[1], version), i + 1);
    });
    return c.result('Gemfile.lock');
}
/** composer.lock: "packages" and "packages-dev" arrays of {name: "vendor/name", version}. */
function readComposerLock(path, text) {
    const c = new Collector(path, text, 'composer');
    const parsed = parseJsonLockfile(path, text, 'composer.lock');
    if (!parsed.json)
        return { kind: 'composer.lock', ecosystem: 'composer', packages: [], findings: parsed.findings };
    for (const section of ['packages', 'packages-dev']) {
        const list = parsed.json[section];
        if (!Array.isArray(list))
            continue;
        for (const p of list) {
            if (!other_isObj(p) || typeof p.name !== 'string' || typeof p.version !== 'string')
                continue;
            // The version as written ("v1.2.6"): generators keep it; the comparison ignores a "v" before a digit on both sides.
            const version = p.version;
            const [vendor, name] = p.name.includes('/')
                ? [p.name.slice(0, p.name.indexOf('/')), p.name.slice(p.name.indexOf('/') + 1)]
                : [undefined, p.name];
            c.add('composer', p.name, version, (0,lockfiles_purl/* buildPurl */.Eq)('composer', vendor, name, version), c.near(`"name": "${p.name}"`), section === 'packages-dev' ? { dev: true } : {});
        }
    }
    return c.result('composer.lock');
}
/** packages.lock.json (NuGet): {"dependencies": {framework: {name: {type, resolved}}}}. */
function readNugetLock(path, text) {
    const c = new Collector(path, text, 'nuget');
    const parsed = parseJsonLockfile(path, text, 'packages.lock.json');
    if (!parsed.json)
        return { kind: 'packages.lock.json', ecosystem: 'nuget', packages: [], findings: parsed.findings };
    const frameworks = other_isObj(parsed.json.dependencies) ? parsed.json.dependencies : {};
    for (const deps of Object.values(frameworks)) {
        if (!other_isObj(deps))
            continue;
        for (const [name, entry] of Object.entries(deps)) {
            if (other_isObj(entry) && entry.type === 'Project')
                c.firstParty((0,lockfiles_purl/* buildPurl */.Eq)('nuget', undefined, name, ''));
            if (!other_isObj(entry) || typeof entry.resolved !== 'string' || entry.type === 'Project')
                continue;
            c.add('nuget', name, entry.resolved, (0,lockfiles_purl/* buildPurl */.Eq)('nuget', undefined, name, entry.resolved), c.near(`"${name}"`), {
                direct: entry.type === 'Direct',
            });
        }
    }
    return c.result('packages.lock.json');
}
/** gradle.lockfile: "group:artifact:version=configurations" lines. */
function readGradleLockfile(path, text) {
    const c = new Collector(path, text, 'maven');
    text.split(/\r?\n/).forEach((line, i) => {
        const m = /^([^#\s:=]+):([^:=\s]+):([^:=\s]+)=/.exec(line);
        if (m)
            c.add('maven', `${m[1]}:${m[2]}`, m[3], (0,lockfiles_purl/* buildPurl */.Eq)('maven', m[1], m[2], m[3]), i + 1);
    });
    return c.result('gradle.lockfile');
}
/** A POM element's text, trimmed; undefined when it is not text. */
function pomScalar(v) {
    return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : undefined;
}
/** The properties a POM's ${...} may name: its <properties>, its own and its in-file parent's coordinates. */
function pomProperties(project) {
    const parent = other_isObj(project.parent) ? project.parent : {};
    const props = new Map();
    const set = (k, v) => {
        const value = pomScalar(v);
        if (value !== undefined)
            props.set(k, value);
    };
    for (const [k, v] of Object.entries(parent))
        if (k === 'groupId' || k === 'artifactId' || k === 'version') {
            set(`project.parent.${k}`, v);
            set(`parent.${k}`, v);
        }
    if (other_isObj(project.properties))
        for (const [k, v] of Object.entries(project.properties))
            set(k, v);
    for (const k of ['groupId', 'artifactId', 'version']) {
        const v = pomScalar(project[k]) ?? props.get(`project.parent.${k}`);
        if (v !== undefined) {
            props.set(`project.${k}`, v);
            props.set(`pom.${k}`, v);
            if (k === 'version')
                props.set('version', v);
        }
    }
    return props;
}
/** The POM's <project>, or undefined after a finding when the file is refused (DOCTYPE), not XML or not a POM. */
function pomProject(c, path, text) {
    if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
        c.findings.push({
            severity: 'error',
            message: `${path} declares a DOCTYPE or entities, which a POM never needs; it was not read (entity expansion is refused) — remove the DOCTYPE`,
            file: path,
            line: c.lines.lineOf('<!') ?? 1,
        });
        return undefined;
    }
    const valid = fxp/* XMLValidator */.iI.validate(text);
    if (valid !== true) {
        c.fail('XML', new Error(valid.err.msg), valid.err.line);
        return undefined;
    }
    const doc = new XMLParser/* default */.A({
        ignoreAttributes: true,
        parseTagValue: false,
        processEntities: false,
        isArray: (name) => name === 'dependency',
    }).parse(text);
    const project = other_isObj(doc.project) ? doc.project : undefined;
    if (!project)
        c.fail('a Maven POM', new Error('no <project> element'));
    return project;
}
/**
 * pom.xml, read as XML: the project's own <dependencies> (not those of build plugins, profiles or
 * dependencyManagement), with ${property} interpolation from <properties>, the project's and the in-file <parent>'s
 * coordinates, and versions managed in the file's <dependencyManagement>. What only Maven can resolve is said in one
 * notice and left out: a version inherited from a parent POM or an imported BOM (dependencyManagement entries of
 * scope import), a property defined outside the file, a version range.
 */
function readPom(path, text) {
    const c = new Collector(path, text, 'maven');
    const project = pomProject(c, path, text);
    if (!project)
        return c.result('pom.xml');
    const str = pomScalar;
    const props = pomProperties(project);
    const ownGroup = props.get('project.groupId');
    const ownArtifact = props.get('project.artifactId');
    if (ownGroup && ownArtifact)
        c.firstParty((0,lockfiles_purl/* buildPurl */.Eq)('maven', ownGroup, ownArtifact, ''));
    /** ${a} replaced from the properties, a few rounds deep (a property may refer to another); undefined if any is left. */
    const resolve = (raw) => {
        let v = raw;
        for (let round = 0; v !== undefined && v.includes('${') && round < 5; round++)
            v = v.replace(/\$\{([^}]+)\}/g, (all, k) => props.get(k) ?? all);
        return v === undefined || v.includes('${') ? undefined : v;
    };
    const list = (holder) => {
        const deps = other_isObj(holder) ? holder.dependencies : undefined;
        const items = other_isObj(deps) ? deps.dependency : undefined;
        return Array.isArray(items) ? items.filter(other_isObj) : [];
    };
    // Versions managed in the file; imported BOMs manage versions only Maven can see.
    const managed = new Map();
    let imports = 0;
    for (const d of list(project.dependencyManagement)) {
        const g = resolve(str(d.groupId));
        const a = resolve(str(d.artifactId));
        if (!g || !a)
            continue;
        if (str(d.scope) === 'import')
            imports++;
        else
            managed.set(`${g}:${a}`, str(d.version));
    }
    const unresolved = [];
    let firstUnresolved;
    for (const d of list(project)) {
        const g = resolve(str(d.groupId));
        const a = resolve(str(d.artifactId));
        if (!g || !a)
            continue;
        const locate = c.near(`<artifactId>${str(d.artifactId)}</artifactId>`);
        const raw = str(d.version) ?? managed.get(`${g}:${a}`);
        const v = resolve(raw);
        if (!v || /^[[(]/.test(v)) {
            unresolved.push(`${g}:${a}${raw ? ` ${raw}` : ''}`);
            c.unresolved.add((0,lockfiles_purl/* purlKey */.hT)((0,lockfiles_purl/* buildPurl */.Eq)('maven', g, a, '')).key);
            firstUnresolved ??= locate();
            continue;
        }
        const extra = {};
        if (str(d.scope) === 'test')
            extra.dev = true;
        if (str(d.optional) === 'true')
            extra.optional = true;
        c.add('maven', `${g}:${a}`, v, (0,lockfiles_purl/* buildPurl */.Eq)('maven', g, a, v), locate, extra);
    }
    if (unresolved.length) {
        const why = [imports ? `${imports} imported BOM${imports === 1 ? '' : 's'}` : '', other_isObj(project.parent) ? 'the parent POM' : '']
            .filter(Boolean)
            .join(' or ');
        c.findings.push({
            severity: 'notice',
            message: `${path}: ${unresolved.length} dependenc${unresolved.length === 1 ? 'y has' : 'ies have'} a version this gate cannot resolve without Maven (${unresolved.slice(0, 3).join(', ')}${unresolved.length > 3 ? ', …' : ''})${why ? `: it comes from ${why}, a property defined elsewhere or a range` : ''}; they are not compared with the SBOM — give those versions in this pom.xml (in the dependency or its <dependencyManagement>) to have them compared`,
            file: path,
            ...(firstUnresolved !== undefined ? { line: firstUnresolved } : {}),
        });
    }
    return c.result('pom.xml');
}

;// CONCATENATED MODULE: ./lib/parsers/lockfiles/index.js



/** File names (basename) of the lockfiles read, and their readers. */
const READERS = {
    'package-lock.json': readPackageLock,
    'npm-shrinkwrap.json': readPackageLock,
    'yarn.lock': readYarnLock,
    'pnpm-lock.yaml': readPnpmLock,
    'requirements.txt': readRequirements,
    'poetry.lock': readTomlPackages('pypi', 'poetry.lock'),
    'uv.lock': readTomlPackages('pypi', 'uv.lock'),
    'Pipfile.lock': readPipfileLock,
    'Cargo.lock': readTomlPackages('cargo', 'Cargo.lock'),
    'go.sum': readGoSum,
    'go.mod': readGoMod,
    'Gemfile.lock': readGemfileLock,
    'composer.lock': readComposerLock,
    'packages.lock.json': readNugetLock,
    'gradle.lockfile': readGradleLockfile,
    'pom.xml': readPom,
};
/** The lockfile names auto-discovery looks for, anywhere in the repository. */
const LOCKFILE_NAMES = Object.keys(READERS);
function readLockfile(path, text) {
    const reader = READERS[basename(path)];
    if (!reader) {
        return {
            kind: 'unknown',
            packages: [],
            findings: [
                {
                    severity: 'error',
                    message: `${path} is not a lockfile this gate reads (known: ${LOCKFILE_NAMES.join(', ')}) — name only these in \`lockfiles\`, or use lockfiles: auto`,
                    file: path,
                },
            ],
        };
    }
    try {
        return reader(path, text);
    }
    catch (e) {
        // A reader bug or a pathological file: report it on the file rather than crash the gate.
        return {
            kind: basename(path),
            packages: [],
            findings: [{ severity: 'error', message: `${path} could not be read: ${e.message}`, file: path, line: 1 }],
        };
    }
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}

;// CONCATENATED MODULE: ./lib/rules/common/lockfile-sources.js


// Where lockfiles are looked for with `lockfiles: auto`: shared by the gates that read lockfiles (the SBOM drift
// check, the SOUP inventory). Which lockfiles exist and how each is read is the parsers' (parsers/lockfiles).
/** Folders never searched in auto-discovery: vendored or installed dependencies carry their own lockfiles. */
const LOCKFILE_IGNORED_DIRS = ['node_modules', 'vendor', '.git'];
/** Globs for auto-discovery. */
const LOCKFILE_GLOBS = LOCKFILE_NAMES.map((n) => `**/${n}`);
const ignored = (0,util_glob/* globMatcher */.f)(LOCKFILE_IGNORED_DIRS.map((d) => `**/${d}/**`));
const names = new Set(LOCKFILE_NAMES);
/** True for a path auto-discovery takes as a lockfile. */
function isLockfile(path) {
    return names.has(path.slice(path.lastIndexOf('/') + 1)) && !ignored(path);
}
/** The lockfiles auto-discovery finds at head, sorted; a go.sum with its go.mod beside it is left out. */
async function autoLockfilesAtHead(facts) {
    const all = (await facts.listAtHead([...LOCKFILE_GLOBS])).filter(isLockfile);
    // go.sum keeps checksums of versions the build no longer uses; go.mod beside it is the list that counts.
    const goMods = new Set(all.filter((p) => p === 'go.mod' || p.endsWith('/go.mod')));
    return all.filter((p) => !(p === 'go.sum' || p.endsWith('/go.sum')) || !goMods.has(p.replace(/go\.sum$/, 'go.mod'))).sort();
}

// EXTERNAL MODULE: ./lib/parsers/sbom/index.js + 13 modules
var sbom = __webpack_require__(792);
// EXTERNAL MODULE: ./lib/util/version.js
var util_version = __webpack_require__(2352);
// EXTERNAL MODULE: ./node_modules/spdx-expression-parse/index.js
var spdx_expression_parse = __webpack_require__(3326);
;// CONCATENATED MODULE: ./lib/rules/sbom/licenses.js

// Licence policy over SPDX expressions: a component fails when its licences cannot be satisfied without a
// denied licence. Every licence entry of a component applies (they are ANDed); within an expression, OR offers
// a choice. A denied id also denies its -only/-or-later/"+" forms: "AGPL-3.0-only" denies "AGPL-3.0-or-later".
function licenseFamily(id) {
    return id.replace(/\+$/, '').replace(/-(only|or-later)$/, '').toLowerCase();
}
/** The licence ids a policy entry names; throws with a message for an entry that is not an SPDX expression. */
function deniedFamilies(deny) {
    const out = new Set();
    for (const entry of deny) {
        let tree;
        try {
            tree = spdx_expression_parse(entry);
        }
        catch {
            throw new Error(`licenses.deny entry "${entry}" is not an SPDX license id or expression — use ids from https://spdx.org/licenses/`);
        }
        for (const leaf of leaves(tree))
            out.add(licenseFamily(leaf));
    }
    return out;
}
function leaves(node) {
    return 'license' in node ? [node.license] : [...leaves(node.left), ...leaves(node.right)];
}
/** The denied licences a component cannot avoid, or [] when its licences can be satisfied without any. */
function unavoidableDenied(licenses, denied) {
    const hits = new Set();
    for (const expression of licenses) {
        let tree;
        try {
            tree = spdx_expression_parse(expression);
        }
        catch {
            // A licence name rather than an SPDX expression: denied only when it is literally a denied id.
            if (denied.has(licenseFamily(expression.trim())))
                hits.add(expression.trim());
            continue;
        }
        const forced = forcedDenied(tree, denied);
        if (forced)
            for (const f of forced)
                hits.add(f);
    }
    return [...hits];
}
/** undefined when the expression can be satisfied without a denied licence; else the denied ids it forces. */
function forcedDenied(node, denied) {
    if ('license' in node)
        return denied.has(licenseFamily(node.license)) ? [node.license + (node.plus ? '+' : '')] : undefined;
    const l = forcedDenied(node.left, denied);
    const r = forcedDenied(node.right, denied);
    if (node.conjunction === 'or')
        return l && r ? [...l, ...r] : undefined;
    return l || r ? [...(l ?? []), ...(r ?? [])] : undefined;
}

// EXTERNAL MODULE: ./lib/rules/common/sbom-sources.js
var sbom_sources = __webpack_require__(5635);
;// CONCATENATED MODULE: ./lib/rules/sbom/drift.js


// Drift: every package a lockfile pins is in an SBOM with the same version (by purl, else by name), and every
// SBOM component of a locked ecosystem is still pinned by some lockfile. Linear: one index per side.
const MAX_DRIFT_FINDINGS = 25;
function compareWithLockfiles(docs, locks) {
    // Exact purl strings first (what one generator writes for what one lockfile pins), looked up in each lockfile's
    // index by purl — the reader's own where it has one, so a large SBOM and lockfile cost one lookup per component;
    // the normalized index (decoded, case-folded per ecosystem, by name when there is no purl) is built only if
    // something is left over. Components are numbered across the documents.
    const components = [];
    const docOf = [];
    const sbomNames = (0,util_text/* shortList */.pg)(docs.map((d) => d.path), 3);
    const lockNames = (0,util_text/* shortList */.pg)(locks.map((l) => l.path), 3);
    const regenerate = { text: `Regenerate ${sbomNames} from ${lockNames} and commit it in this pull request` };
    const regenerated = new Set();
    for (const doc of docs) {
        for (const component of doc.components) {
            components.push(component);
            docOf.push(doc);
        }
    }
    const lockIndexes = locks.map((lock) => lock.byPurl ?? firstByPurl(lock.packages));
    const { matched, accounted } = exactMatches(components, locks, lockIndexes);
    /** Once the normalized index is built: the version each component is matched by, its purl's, else its own. */
    let index;
    const versionOf = (i) => (index ? index.versions[i] : components[i].version);
    const ecosystems = new Set(locks.flatMap((l) => (l.ecosystem ? [l.ecosystem] : [])));
    const missing = [];
    const mismatched = [];
    let missingTotal = 0;
    let mismatchTotal = 0;
    const seen = new Set();
    for (let l = 0; l < locks.length; l++) {
        const lock = locks[l];
        for (let j = 0; j < lock.packages.length; j++) {
            const pkg = lock.packages[j];
            ecosystems.add(pkg.ecosystem);
            // Listed exactly (a purl there twice is looked up at its first place); only the rest is looked at, once per purl.
            if (matched[l][lock.byPurl ? j : lockIndexes[l].get(pkg.purl)])
                continue;
            if (seen.has(pkg.purl))
                continue;
            seen.add(pkg.purl);
            const k = (0,lockfiles_purl/* purlKey */.hT)(pkg.purl);
            if (!k)
                continue;
            index ??= normalizedIndex(components);
            const candidates = index.byKey.get(k.key) ?? index.byName.get(pkg.name.toLowerCase()) ?? [];
            const same = candidates.filter((i) => versionOf(i) === k.version || versionOf(i) === pkg.version || pkg.otherVersions?.includes(versionOf(i)));
            if (same.length) {
                for (const i of same)
                    accounted[i] = 1;
                continue;
            }
            if (candidates.length === 0) {
                const optional = pkg.optional === true;
                if (!optional)
                    missingTotal++;
                if (optional || missingTotal <= MAX_DRIFT_FINDINGS) {
                    const f = missingFinding(lock.path, pkg, sbomNames, regenerate);
                    if (!optional || missing.filter((m) => m.severity === 'warning').length < MAX_DRIFT_FINDINGS)
                        missing.push(f);
                }
                continue;
            }
            // Listed under other versions: a version mismatch, reported once here rather than also as extras.
            for (const i of candidates)
                accounted[i] = 1;
            if (++mismatchTotal <= MAX_DRIFT_FINDINGS) {
                const first = candidates[0];
                const listed = [...new Set(candidates.map((i) => versionOf(i) ?? '(no version)'))];
                mismatched.push(mismatchFinding(lock.path, pkg, listed, docOf[first].path, components[first].pointer, regenerate));
            }
        }
    }
    const findings = [...mismatched, ...missing];
    if (mismatchTotal > MAX_DRIFT_FINDINGS)
        findings.push({ severity: 'error', message: `and ${mismatchTotal - MAX_DRIFT_FINDINGS} more version mismatches between the lockfiles and the SBOM`, action: regenerate });
    if (missingTotal > MAX_DRIFT_FINDINGS)
        findings.push({ severity: 'error', message: `and ${missingTotal - MAX_DRIFT_FINDINGS} more locked packages missing from the SBOM`, action: regenerate });
    const { sbomIssues, extraTotal } = staleComponents(components, docOf, accounted, ecosystems, locks, versionOf, lockNames, regenerated);
    if (extraTotal > MAX_DRIFT_FINDINGS)
        findings.push({ severity: 'error', message: `and ${extraTotal - MAX_DRIFT_FINDINGS} more SBOM components that no lockfile pins`, action: regenerate });
    return { findings, sbomIssues, regenerate: { issues: regenerated, action: regenerate } };
}
/** Components listed under the exact purl a lockfile pins: those components are accounted for, those pins matched. */
function exactMatches(components, locks, lockIndexes) {
    const matched = locks.map((lock) => new Uint8Array(lock.packages.length));
    const accounted = new Uint8Array(components.length);
    for (let i = 0; i < components.length; i++) {
        const purl = components[i].purl;
        if (purl === undefined)
            continue;
        for (let l = 0; l < locks.length; l++) {
            const j = lockIndexes[l].get(purl);
            if (j === undefined)
                continue;
            accounted[i] = 1;
            matched[l][j] = 1;
        }
    }
    return { matched, accounted };
}
function normalizedIndex(components) {
    const byKey = new Map();
    const byName = new Map();
    const versions = [];
    for (let i = 0; i < components.length; i++) {
        const component = components[i];
        const k = component.purl ? (0,lockfiles_purl/* purlKey */.hT)(component.purl) : undefined;
        versions.push(k ? (k.version ?? component.version) : component.version);
        const map = k ? byKey : byName;
        const key = k ? k.key : component.name.toLowerCase();
        const list = map.get(key);
        if (list)
            list.push(i);
        else
            map.set(key, [i]);
    }
    return { byKey, byName, versions };
}
/** A pinned package the SBOM lists under other versions: the SBOM is stale. */
function mismatchFinding(lockPath, pkg, listed, sbomPath, pointer, regenerate) {
    const f = {
        severity: 'error',
        message: `${lockPath} pins ${pkg.name} ${pkg.version}, but ${sbomPath} lists ${pkg.name} ${(0,util_text/* listing */.RR)(listed)} (${pointer}) — the SBOM is stale: regenerate it from this lockfile and commit it`,
        file: lockPath,
        action: regenerate,
    };
    if (pkg.line !== undefined)
        f.line = pkg.line;
    return f;
}
/** A pinned package no SBOM lists: an error, a warning when the package is optional. */
function missingFinding(lockPath, pkg, sbomNames, regenerate) {
    const optional = pkg.optional === true;
    const f = {
        severity: optional ? 'warning' : 'error',
        message: `${lockPath} pins ${pkg.name} ${pkg.version}${optional ? ' (optional)' : ''}, which the SBOM (${sbomNames}) does not list — regenerate the SBOM from this lockfile and commit it`,
        file: lockPath,
        action: regenerate,
    };
    if (optional)
        f.message += '; optional packages that are not installed on the machine that generates the SBOM are often left out, so this is a warning';
    if (pkg.line !== undefined)
        f.line = pkg.line;
    return f;
}
/** Components of a locked ecosystem that no lockfile pins any more, as issues of their SBOM (the first few). */
function staleComponents(components, docOf, accounted, ecosystems, locks, versionOf, lockNames, regenerated) {
    // Components of a locked ecosystem that no lockfile pins any more. Not stale: the project's own packages, and a
    // variant of a pinned package (the same name and version with other qualifiers, e.g. a gem per platform).
    const sbomIssues = new Map();
    let extraTotal = 0;
    let pinnedKeys;
    const firstParty = new Set(locks.flatMap((l) => [...(l.firstParty ?? []), ...(l.unresolved ?? [])]));
    for (let i = 0; i < components.length; i++) {
        const component = components[i];
        if (accounted[i] || !component.purl)
            continue;
        const type = component.purl.slice(4, component.purl.indexOf('/', 4)).replace(/^\/+/, '').toLowerCase();
        if (!ecosystems.has(type))
            continue;
        const k = (0,lockfiles_purl/* purlKey */.hT)(component.purl);
        if (k && firstParty.has(k.key))
            continue;
        if (k) {
            pinnedKeys ??= keysWithVersions(locks);
            if (pinnedKeys.has(`${k.key}@${k.version ?? component.version ?? ''}`))
                continue;
        }
        if (++extraTotal > MAX_DRIFT_FINDINGS)
            continue;
        const doc = docOf[i];
        const issues = sbomIssues.get(doc) ?? [];
        const issue = {
            severity: 'error',
            message: `${component.pointer}: lists ${component.name} ${versionOf(i) ?? '(no version)'} (${component.purl}), which no lockfile pins any more (${lockNames}) — regenerate the SBOM so it matches what is locked`,
            pointer: component.pointer,
            line: component.line,
        };
        issues.push(issue);
        regenerated.add(issue);
        sbomIssues.set(doc, issues);
    }
    return { sbomIssues, extraTotal };
}
/** Each purl's first place in `packages`. */
function firstByPurl(packages) {
    const index = new Map();
    packages.forEach((pkg, i) => {
        if (!index.has(pkg.purl))
            index.set(pkg.purl, i);
    });
    return index;
}
/** Every locked package as "type/namespace/name@version", normalized as purlKey does. */
function keysWithVersions(locks) {
    const keys = new Set();
    for (const lock of locks) {
        for (const pkg of lock.excluded ? [...lock.packages, ...lock.excluded] : lock.packages) {
            const k = (0,lockfiles_purl/* purlKey */.hT)(pkg.purl);
            if (k)
                keys.add(`${k.key}@${k.version ?? pkg.version}`);
            if (k && pkg.otherVersions)
                for (const v of pkg.otherVersions)
                    keys.add(`${k.key}@${v}`);
        }
    }
    return keys;
}

;// CONCATENATED MODULE: ./lib/rules/sbom/elements.js

// NTIA minimum elements, FDA support data and licence policy, per document. Lists are capped; the last
// finding of a capped list says how many more there are.
const MAX_COMPONENT_FINDINGS = 25;
function label(c) {
    const name = c.group && c.name && !c.name.startsWith(`${c.group}/`) ? `${c.group}/${c.name}` : c.name || '(no name)';
    return `"${name}${c.version ? `@${c.version}` : ''}"`;
}
function cappedPerComponent(found, total, what) {
    if (total > found.length)
        found.push({ severity: 'error', message: `and ${total - found.length} more components ${what} (${total} in all) — not listed one by one`, pointer: '' });
    return found;
}
function ntiaIssues(doc) {
    const out = [];
    const cdx = doc.family === 'cyclonedx';
    if (doc.authors.length === 0) {
        out.push({
            severity: 'error',
            message: cdx
                ? 'names no author of the SBOM data (NTIA minimum element): add metadata.authors, metadata.tools or metadata.manufacturer — most generators fill metadata.tools'
                : 'names no creator (NTIA "author of SBOM data"): add creationInfo.creators (Tool:, Organization: or Person:)',
            pointer: cdx ? '/metadata' : '/creationInfo',
            ...(doc.encoding === 'tag-value' ? { line: 1 } : {}),
        });
    }
    if (!doc.timestamp) {
        out.push({
            severity: 'error',
            message: cdx ? 'has no metadata.timestamp (NTIA "timestamp") — regenerate the SBOM; generators set it' : 'has no creationInfo.created (NTIA "timestamp") — regenerate the SBOM',
            pointer: cdx ? '/metadata' : '/creationInfo',
            ...(doc.encoding === 'tag-value' ? { line: 1 } : {}),
        });
    }
    let total = 0;
    const listed = [];
    for (const c of doc.components) {
        const missing = [];
        if (!c.name)
            missing.push('name');
        if (!c.version && !c.versionRange)
            missing.push('version');
        if (!c.supplier)
            missing.push(cdx ? 'supplier (or manufacturer, authors, author, publisher)' : 'supplier (or originator)');
        if (!c.purl && !c.cpe && !c.swid)
            missing.push('a unique identifier (purl, CPE or SWID)');
        if (missing.length === 0)
            continue;
        if (++total <= MAX_COMPONENT_FINDINGS) {
            listed.push({ severity: 'error', message: `${c.pointer}: component ${label(c)} lacks ${missing.join(', ')} (NTIA minimum elements) — add them or regenerate the SBOM with a generator that records them`, pointer: c.pointer, line: c.line });
        }
    }
    out.push(...cappedPerComponent(listed, total, 'lack NTIA minimum elements'));
    // Dependency relationships of the primary component: what the product is made of.
    const primary = doc.primary;
    if (!primary) {
        out.push({
            severity: 'error',
            message: cdx
                ? 'names no primary component (metadata.component), so its dependency relationships cannot be given (NTIA "dependency relationship") — set metadata.component'
                : 'does not say which package it describes (documentDescribes or a DESCRIBES relationship), so the dependency relationships have no root (NTIA) — add one',
            pointer: cdx ? '/metadata' : '',
            ...(doc.encoding === 'tag-value' ? { line: 1 } : {}),
        });
    }
    else if (doc.components.length > 0) {
        const ref = primary.ref;
        const has = cdx
            ? doc.dependencies.some((d) => d.ref === ref && d.dependsOn.length > 0)
            : doc.dependencies.some((d) => d.type !== 'DESCRIBES' && d.type !== 'DESCRIBED_BY' && (d.ref === ref || d.dependsOn.includes(ref)));
        if (!ref || !has) {
            out.push({
                severity: 'error',
                message: cdx
                    ? `gives no dependency relationships for the primary component ${label(primary)} (NTIA minimum element): add a dependencies entry with ref "${ref ?? '(give metadata.component a bom-ref)'}" and its dependsOn`
                    : `gives no relationships (DEPENDS_ON, CONTAINS, ...) for the described package ${label(primary)} (NTIA minimum element) — add them`,
                pointer: cdx ? '/dependencies' : primary.pointer,
                line: cdx ? undefined : primary.line,
            });
        }
    }
    return out;
}
function fdaIssues(doc, today) {
    let total = 0;
    let expiredTotal = 0;
    const listed = [];
    const expired = [];
    const day = today.toISOString().slice(0, 10);
    for (const c of doc.components) {
        const missing = [];
        if (!c.support?.level)
            missing.push('a support level');
        if (!c.support?.endOfSupport)
            missing.push('an end-of-support date');
        if (missing.length && ++total <= MAX_COMPONENT_FINDINGS) {
            listed.push({
                severity: 'error',
                message: `${c.pointer}: component ${label(c)} lacks ${missing.join(' and ')} (FDA premarket cybersecurity: level of support and end-of-support per component) — record them as ${doc.family === 'cyclonedx' ? 'properties "support-level" and "end-of-support"' : 'validUntilDate and an annotation "support-level: ..."'}`,
                pointer: c.pointer,
                line: c.line,
            });
        }
        const end = c.support?.endOfSupport;
        if (end) {
            const t = Date.parse(end);
            if (Number.isNaN(t)) {
                if (++expiredTotal <= MAX_COMPONENT_FINDINGS)
                    expired.push({ severity: 'error', message: `${c.pointer}: component ${label(c)} has end-of-support "${end}", which is not a date — write it as YYYY-MM-DD`, pointer: c.pointer, line: c.line });
            }
            else if (new Date(t).toISOString().slice(0, 10) < day) {
                if (++expiredTotal <= MAX_COMPONENT_FINDINGS) {
                    expired.push({ severity: 'error', message: `${c.pointer}: component ${label(c)} reached its end of support on ${end.slice(0, 10)} — upgrade or replace it, or record the risk acceptance and a new support date`, pointer: c.pointer, line: c.line });
                }
            }
        }
    }
    return [...cappedPerComponent(listed, total, 'lack FDA support data'), ...cappedPerComponent(expired, expiredTotal, 'are past or without a valid end-of-support date')];
}
function licenseIssues(doc, denied) {
    let total = 0;
    const listed = [];
    for (const c of [...(doc.primary ? [doc.primary] : []), ...doc.components]) {
        if (c.licenses.length === 0)
            continue;
        const hits = unavoidableDenied(c.licenses, denied);
        if (hits.length && ++total <= MAX_COMPONENT_FINDINGS) {
            listed.push({
                severity: 'error',
                message: `${c.pointer}: component ${label(c)} is licensed ${c.licenses.join(' AND ')}, which cannot be satisfied without the denied ${hits.join(', ')} — replace the component or get the licence approved`,
                pointer: c.pointer,
                line: c.line,
            });
        }
    }
    return cappedPerComponent(listed, total, 'need a denied licence');
}

// EXTERNAL MODULE: ./lib/rules/sbom/options.js
var options = __webpack_require__(9911);
;// CONCATENATED MODULE: ./lib/rules/sbom/index.js














const FAMILY = { cyclonedx: 'CycloneDX', spdx: 'SPDX' };
const sbom_sbom = (0,rule/* defineRule */.K)({
    name: 'sbom',
    description: 'SBOM: present, valid against the official schema, carrying the NTIA minimum elements, and matching what the lockfiles pin (CycloneDX 1.2–1.7, SPDX 2.2/2.3).',
    options: options/* SbomOptions */.w2,
    async evaluate(options, facts) {
        const denied = options.licenses?.deny?.length ? deniedFamilies(options.licenses.deny) : undefined;
        const findings = [];
        const globs = options.paths ?? sbom_sources/* DEFAULT_SBOM_GLOBS */.cC;
        const explicit = options.paths !== undefined;
        const candidates = (0,sbom_sources/* sbomCandidates */.eV)(await facts.listAtHead(globs), explicit);
        // 6. Update: checked first because it needs no file contents and is the most common failure.
        if (options.require_update)
            findings.push(...(await updateFindings(options, facts, globs, candidates)));
        if (candidates.length === 0) {
            findings.push({
                severity: 'error',
                message: `No SBOM found at head: no file matches ${(0,util_text/* shortList */.pg)(globs, 8)}. Generate one (for npm: npx @cyclonedx/cyclonedx-npm --output-file bom.json), commit it, or set \`paths\` to where it lives.`,
                action: { text: 'Generate an SBOM and commit it, or set `paths` in the policy to where it lives', command: 'npx @cyclonedx/cyclonedx-npm --output-file bom.json' },
            });
            return { findings, summary: findings[findings.length - 1].message };
        }
        // The lockfiles are read before the SBOMs: parsing a large lockfile costs less while the heap does not yet hold a
        // large SBOM's tree. Their findings are reported only if some SBOM could be read, as before.
        let regenerate;
        const checkDrift = options.lockfiles !== undefined && !(Array.isArray(options.lockfiles) && options.lockfiles.length === 0);
        const lockFindings = [];
        const locks = checkDrift ? await readLockfiles(options, facts, lockFindings) : [];
        const docs = [];
        // Issues waiting for their lines, per document; resolved in one pass over each file at the end.
        const pending = new Map();
        for (const path of candidates) {
            const file = await (0,read_file/* readAtHeadOrReport */.J8)(facts, path, options.max_file_bytes, 'SBOM', findings);
            if (!file)
                continue;
            const result = await (0,sbom/* inspectSbom */.y3)({ path, text: file.text }, { schema: options.schema });
            const doc = result.document;
            if (!doc) {
                // With the default names, a file like docs/sbom.md is not meant as an SBOM: a warning, not a failure.
                const severity = !explicit && !result.detection.family ? 'warning' : 'error';
                const pointers = result.issues.filter((i) => i.line === undefined && i.pointer !== undefined).map((i) => i.pointer);
                const lines = pointers.length ? (0,sbom/* jsonPointerLines */.hR)(file.text, pointers) : new Map();
                findings.push(...result.issues.map((i) => placed(path, { ...i, severity: i.severity === 'error' ? severity : i.severity }, i.pointer !== undefined ? lines.get(i.pointer) : undefined)));
                continue;
            }
            const issues = [...result.issues];
            const version = `${FAMILY[doc.family]} ${doc.specVersion} ${doc.encoding === 'tag-value' ? 'tag-value' : doc.encoding.toUpperCase()}`;
            if (!options.formats.includes(doc.family)) {
                issues.push({ severity: 'error', message: `is ${version}, but this gate accepts only ${(0,util_text/* listing */.RR)(options.formats.map((f) => FAMILY[f]), 'or')} — convert it or change \`formats\``, line: 1 });
            }
            const floor = options.min_version?.[doc.family];
            if (floor && (0,util_version/* compareVersionStrings */.Q)(doc.specVersion, floor) < 0) {
                issues.push({
                    severity: 'error',
                    message: `declares ${FAMILY[doc.family]} ${doc.specVersion}, older than the ${floor} this policy requires — regenerate it with a current generator`,
                    pointer: doc.encoding === 'json' ? (doc.family === 'cyclonedx' ? '/specVersion' : '/spdxVersion') : undefined,
                    line: doc.encoding === 'json' ? undefined : 1,
                });
            }
            if (options.ntia)
                issues.push(...ntiaIssues(doc));
            if (options.fda)
                issues.push(...fdaIssues(doc, new Date()));
            if (denied)
                issues.push(...licenseIssues(doc, denied));
            doc.json = undefined; // the components carry what the rest needs; let the parsed tree go
            docs.push(doc);
            pending.set(doc, issues);
        }
        // 5. Drift against the lockfiles. Version mismatches and missing pins lead the findings, then the stale
        // components, then the rest: the report caps findings, and a false alarm must not push a true one out.
        const lead = [];
        if (docs.length && checkDrift) {
            findings.push(...lockFindings);
            if (locks.length) {
                const drift = compareWithLockfiles(docs, locks);
                lead.push(...drift.findings);
                for (const [doc, issues] of drift.sbomIssues)
                    lead.push(...placeAll(doc, issues, drift.regenerate));
                regenerate = drift.regenerate;
            }
        }
        for (const doc of docs)
            findings.push(...placeAll(doc, pending.get(doc), regenerate));
        findings.unshift(...lead);
        const errors = findings.filter((f) => f.severity === 'error');
        const described = docs.map((d) => `${d.path} (${FAMILY[d.family]} ${d.specVersion}, ${(0,util_text/* plural */.LS)(d.components.length, 'component')})`);
        const summary = errors.length
            ? errors.length === 1
                ? errors[0].message
                : `${(0,util_text/* plural */.LS)(errors.length, 'problem')}: ${errors[0].message}`
            : `${(0,util_text/* shortList */.pg)(described, 3)}: valid${options.ntia ? ', NTIA elements present' : ''}`;
        return { findings, summary };
    },
});
function placed(path, issue, line) {
    const f = { severity: issue.severity, message: `${path}${issue.message.startsWith('/') ? ' ' : ': '}${issue.message}`, file: path };
    const l = issue.line ?? line;
    if (l !== undefined)
        f.line = l;
    return f;
}
/** Each issue as a finding with its line; the drift check's issues (components no lockfile pins) with its step. */
function placeAll(doc, issues, regenerate) {
    const pointers = [...new Set(issues.filter((i) => i.line === undefined && i.pointer !== undefined).map((i) => i.pointer))];
    const lines = pointers.length ? doc.linesOf(pointers) : new Map();
    return issues.map((i) => {
        const f = placed(doc.path, i, i.pointer !== undefined ? lines.get(i.pointer) : undefined);
        if (regenerate?.issues.has(i))
            f.action = regenerate.action;
        return f;
    });
}
async function lockfilePaths(options, facts, findings) {
    if (options.lockfiles === 'auto')
        return autoLockfilesAtHead(facts);
    const found = await facts.listAtHead(options.lockfiles);
    for (const glob of options.lockfiles) {
        if (!found.some((0,util_glob/* globMatcher */.f)([glob])))
            findings.push({ severity: 'error', message: `lockfiles lists ${glob}, but no such file is at head — fix the list or commit the lockfile` });
    }
    return found.sort();
}
async function readLockfiles(options, facts, findings) {
    const out = [];
    for (const path of await lockfilePaths(options, facts, findings)) {
        const file = await (0,read_file/* readAtHeadOrReport */.J8)(facts, path, options.max_file_bytes, 'lockfile', findings);
        if (!file)
            continue;
        const result = readLockfile(path, file.text);
        findings.push(...result.findings);
        if (result.findings.some((f) => f.severity === 'error') && result.packages.length === 0)
            continue;
        const packages = result.packages;
        const firstParty = result.firstParty ?? [];
        if (packages.length === 0) {
            // It parses but pins nothing: the comparison for it would be empty, so this is said rather than passed quietly.
            // A lockfile that names the project itself is a project without dependencies (a warning); one that names
            // nothing at all is a stub (an error).
            findings.push({
                severity: firstParty.length ? 'warning' : 'error',
                message: `${path} parses but pins no ${result.ecosystem ? `${result.ecosystem} ` : ''}packages${firstParty.length ? ' (it names only the project itself)' : ''}, so the drift check has nothing to compare it with — regenerate it with the package manager, or leave it out of \`lockfiles\` if it is not the project's lockfile`,
                file: path,
                line: 1,
            });
        }
        const common = { path, ...(result.ecosystem ? { ecosystem: result.ecosystem } : {}), firstParty, ...(result.unresolved ? { unresolved: result.unresolved } : {}) };
        // The reader's index by purl numbers all its packages: it is handed on only with all of them.
        if (options.dev_dependencies === 'exclude')
            out.push({ ...common, packages: packages.filter((p) => !p.dev), excluded: packages.filter((p) => p.dev) });
        else
            out.push({ ...common, packages, ...(result.byPurl ? { byPurl: result.byPurl } : {}) });
    }
    return out;
}
async function updateFindings(options, facts, sbomGlobs, sboms) {
    const changed = await facts.changedFiles();
    const isSbom = (0,util_glob/* globMatcher */.f)(sbomGlobs);
    const isLock = options.lockfiles === 'auto' ? isLockfile : (0,util_glob/* globMatcher */.f)(options.lockfiles);
    const touched = [...new Set(changed.flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]))];
    const locks = touched.filter(isLock).sort();
    if (locks.length === 0 || touched.some(isSbom))
        return [];
    // Named when there are SBOMs at head: "package-lock.json changed but sbom.cdx.json did not".
    const named = sboms.length ? (0,util_text/* shortList */.pg)(sboms, 3) : undefined;
    const unchanged = named ? `${named} did not` : `no SBOM did (none matches ${(0,util_text/* shortList */.pg)(sbomGlobs, 3)})`;
    const action = { text: `Regenerate ${named ?? 'the SBOM'} from ${(0,util_text/* shortList */.pg)(locks, 3)} and commit it in this pull request` };
    return locks.map((lock, i) => ({
        severity: 'error',
        message: i === 0
            ? `${(0,util_text/* shortList */.pg)(locks)} changed but ${unchanged} — regenerate the SBOM from the new ${locks.length === 1 ? 'lockfile' : 'lockfiles'} and commit it in this pull request.`
            : `${lock} changed but ${unchanged} — regenerate the SBOM.`,
        file: lock,
        action,
    }));
}

;// CONCATENATED MODULE: ./lib/parsers/soup/index.js


const SOUP_FIELDS = ['name', 'version', 'ecosystem', 'manufacturer', 'purpose', 'requirements', 'risk', 'anomalies'];
/** Ecosystem names people write, as purl types. */
const ECOSYSTEM_ALIASES = {
    go: 'golang',
    golang: 'golang',
    rubygems: 'gem',
    ruby: 'gem',
    python: 'pypi',
    pip: 'pypi',
    javascript: 'npm',
    typescript: 'npm',
    node: 'npm',
    'node.js': 'npm',
    rust: 'cargo',
    crates: 'cargo',
    java: 'maven',
    kotlin: 'maven',
    'c#': 'nuget',
    '.net': 'nuget',
    php: 'composer',
    packagist: 'composer',
};
function normalizeEcosystem(e) {
    const lower = e.trim().toLowerCase();
    return ECOSYSTEM_ALIASES[lower] ?? lower;
}
/** How a package is identified across the SOUP list and the lockfiles: ecosystem and name, normalized as purls are. */
function packageKey(ecosystem, name) {
    const eco = ecosystem ? normalizeEcosystem(ecosystem) : '*';
    const n = eco === 'pypi' ? (0,lockfiles_purl/* pypiName */.sS)(name) : ['npm', 'nuget', 'golang', 'composer', '*'].includes(eco) ? name.toLowerCase() : name;
    return `${eco}/${n}`;
}
function parseSoupList(text, file, format = 'native') {
    return format === 'openregulatory' ? parseOpenRegulatory(text, file) : parseNative(text, file);
}
/** One item of a native SOUP list as an entry, or undefined after its finding when it is not a mapping or lacks name or version. */
function nativeSoupEntry(item, i, file, lineOf, findings) {
    const line = lineOf(item);
    if (!(0,dist/* isMap */.jh)(item)) {
        findings.push(soup_err(`${file}: item ${i + 1} is not a mapping — write it as "- name: ..., version: ...".`, file, line));
        return undefined;
    }
    const fields = {};
    const fieldLines = {};
    for (const pair of item.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        if (!SOUP_FIELDS.includes(key)) {
            findings.push({
                severity: 'warning',
                message: `${file}: item ${i + 1} has "${key}", which the SOUP format does not define (${SOUP_FIELDS.join(', ')}) — it is ignored.`,
                file,
                line: lineOf(pair.key),
            });
            continue;
        }
        fields[key] = pair.value?.toJSON?.() ?? ((0,dist/* isScalar */.jn)(pair.value) ? pair.value.value : pair.value);
        fieldLines[key] = lineOf((pair.value ?? pair.key));
    }
    const str = (k) => {
        const v = fields[k];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v === 'object') {
            findings.push(soup_err(`${file}: ${k} of item ${i + 1} must be text — write it on one line or as a block scalar.`, file, fieldLines[k] ?? line));
            return undefined;
        }
        const s = String(v).trim();
        return s === '' || s === '~' || s === 'null' ? undefined : s;
    };
    const name = str('name');
    const version = str('version');
    if (!name || !version) {
        findings.push(soup_err(`${file}: item ${i + 1} lacks ${!name && !version ? 'name and version' : !name ? 'name' : 'version'} — every SOUP item needs a name and the exact version used.`, file, line));
        return undefined;
    }
    const entry = { name, version, line, lines: fieldLines };
    const ecosystem = str('ecosystem');
    if (ecosystem)
        entry.ecosystem = normalizeEcosystem(ecosystem);
    for (const k of ['manufacturer', 'purpose', 'requirements', 'risk']) {
        const v = str(k);
        if (v !== undefined)
            entry[k] = v;
    }
    const anomalies = fields.anomalies;
    if (anomalies !== undefined && anomalies !== null) {
        if (typeof anomalies !== 'object' || Array.isArray(anomalies)) {
            findings.push(soup_err(`${file}: anomalies of ${name} must be {reviewed: YYYY-MM-DD, reference: URL}.`, file, fieldLines.anomalies ?? line));
        }
        else {
            const a = anomalies;
            const text = (v) => (v === undefined || v === null || typeof v === 'object' ? undefined : String(v).trim() || undefined);
            entry.anomalies = {
                ...(text(a.reviewed) ? { reviewed: text(a.reviewed) } : {}),
                ...(text(a.reference) ? { reference: text(a.reference) } : {}),
            };
        }
    }
    return entry;
}
function parseNative(text, file) {
    const lines = new dist/* LineCounter */.HN();
    // Every scalar is read as text: a version 1.10 must not become the number 1.1.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, schema: 'failsafe' });
    const lineOf = (n) => (n && n.range ? lines.linePos(n.range[0]).line : 1);
    if (doc.errors.length) {
        return {
            entries: [],
            findings: doc.errors
                .slice(0, 5)
                .map((e) => soup_err(`${file} is not valid YAML (${e.message.split('\n')[0]}) — fix the SOUP list.`, file, lines.linePos(e.pos[0]).line)),
        };
    }
    const root = doc.contents;
    if (!(0,dist/* isSeq */.oP)(root)) {
        if (root === null || ((0,dist/* isScalar */.jn)(root) && (root.value === null || root.value === '')))
            return { entries: [], findings: [] };
        return {
            entries: [],
            findings: [
                soup_err(`${file} must be a YAML list of SOUP items (- name: ..., version: ..., ecosystem: ...) — fix its structure.`, file, lineOf(root)),
            ],
        };
    }
    const entries = [];
    const findings = [];
    root.items.forEach((item, i) => {
        const entry = nativeSoupEntry(item, i, file, lineOf, findings);
        if (entry)
            entries.push(entry);
    });
    return { entries, findings };
}
// OpenRegulatory's SOUP list is a Markdown table; its columns are found by their headers (case-insensitive).
const COLUMNS = {
    name: ['package name', 'name', 'soup name', 'soup', 'package', 'library'],
    version: ['version'],
    ecosystem: ['ecosystem', 'programming language', 'language'],
    manufacturer: ['manufacturer', 'supplier', 'vendor', 'website'],
    purpose: ['purpose', 'description'],
    requirements: ['requirements'],
    risk: ['risk level', 'risk'],
    reviewed: ['last verified at', 'last verified', 'reviewed', 'anomalies reviewed'],
    reference: ['anomaly list', 'anomalies', 'known anomalies', 'website'],
};
function parseOpenRegulatory(text, file) {
    const rows = text.split(/\r\n|\r|\n/);
    const findings = [];
    const entries = [];
    const cells = (line) => line
        .trim()
        .replace(/^\|/, '')
        .replace(/\|$/, '')
        .split(/(?<!\\)\|/)
        .map((c) => c.replace(/\\\|/g, '|').trim());
    let found = false;
    for (let i = 0; i + 1 < rows.length; i++) {
        if (!rows[i].trim().startsWith('|') || !/^\s*\|?\s*:?-{2,}/.test(rows[i + 1]))
            continue;
        const headers = cells(rows[i]).map((h) => h.toLowerCase().replace(/[*_`]/g, ''));
        const col = (k) => COLUMNS[k].map((n) => headers.indexOf(n)).find((x) => x >= 0);
        const nameCol = col('name');
        const versionCol = col('version');
        if (nameCol === undefined || versionCol === undefined)
            continue;
        found = true;
        const at = Object.fromEntries(Object.keys(COLUMNS).map((k) => [k, col(k)]));
        for (i += 2; i < rows.length && rows[i].trim().startsWith('|'); i++) {
            const c = cells(rows[i]);
            const get = (k) => {
                const v = at[k] === undefined ? undefined : c[at[k]];
                return v && !/^(-|—|n\/a|tbd)?$/i.test(v) ? v : undefined;
            };
            const line = i + 1;
            const name = get('name');
            const version = get('version');
            if (!name && !version)
                continue;
            if (!name || !version) {
                findings.push(soup_err(`${file}: this SOUP row lacks ${!name ? 'a package name' : 'a version'} — fill it in.`, file, line));
                continue;
            }
            const lines = Object.fromEntries(SOUP_FIELDS.map((f) => [f, line]));
            const entry = { name, version, line, lines };
            const eco = get('ecosystem');
            if (eco)
                entry.ecosystem = normalizeEcosystem(eco);
            const manufacturer = get('manufacturer');
            if (manufacturer)
                entry.manufacturer = manufacturer;
            // The template has no purpose column: its Requirements column answers "why did we import this library?".
            const requirements = get('requirements');
            const purpose = get('purpose') ?? requirements;
            if (purpose)
                entry.purpose = purpose;
            if (requirements)
                entry.requirements = requirements;
            const risk = get('risk');
            if (risk)
                entry.risk = risk;
            const reviewed = get('reviewed');
            const reference = get('reference');
            if (reviewed || reference)
                entry.anomalies = { ...(reviewed ? { reviewed } : {}), ...(reference ? { reference } : {}) };
            entries.push(entry);
        }
    }
    if (!found)
        findings.push(soup_err(`${file} has no SOUP table (a Markdown table with "Package Name" and "Version" columns) — add it, or set format: native.`, file, 1));
    return { entries, findings };
}
function soup_err(message, file, line) {
    return { severity: 'error', message, file, line };
}

// EXTERNAL MODULE: ./lib/core/classification.js
var classification = __webpack_require__(3047);
;// CONCATENATED MODULE: ./lib/rules/soup/index.js










/** Findings of one kind listed one by one before the rest are counted. */
const MAX_LISTED = 50;
const DAY_MS = 86_400_000;
const RANK = { A: 1, B: 2, C: 3 };
const SoupOptions = (0,schemas/* RuleOptions */.Ly)({
    file: (0,schemas/* annotate */.fz)(schemas/* globSchema */.G6, { default: 'docs/soup.yml', description: 'The SOUP list (a path at head).' }),
    format: (0,schemas/* StringEnum */.bD)(['native', 'openregulatory'], {
        default: 'native',
        description: "native (a YAML list) or openregulatory (OpenRegulatory's Markdown SOUP table).",
    }),
    lockfiles: type/* Type */.ZU.Union([(0,schemas/* Const */.QJ)('auto'), schemas/* globListSchema */.e4], {
        default: 'auto',
        description: 'auto: every lockfile in the repository (outside node_modules/, vendor/); or a list of paths/globs; [] checks the SOUP list alone.',
    }),
    scope: (0,schemas/* StringEnum */.bD)(['direct', 'all'], {
        default: 'direct',
        description: 'direct: the dependencies the project declares; all: every package the lockfiles pin. Development-only packages are left out.',
    }),
    anomaly_review_max_age_days: type/* Type */.ZU.Integer({
        minimum: 1,
        default: 365,
        description: "For class B/C: the longest time since each item's anomaly list was reviewed.",
    }),
});
const soup = (0,rule/* defineRule */.K)({
    name: 'soup',
    description: 'SOUP (IEC 62304 8.1.2, 5.3.3/5.3.4, 7.1.2/7.1.3): every dependency the lockfiles pin is in the SOUP list at the same version, with a manufacturer, and for class B/C its purpose, requirements, risk and a recent anomaly review.',
    options: SoupOptions,
    async evaluate(options, facts, ctx) {
        const findings = [];
        const head = await readSoupFile(options.file, facts);
        if ('outcome' in head)
            return head.outcome;
        const soupFile = head.soupFile;
        const read = parseSoupList(soupFile.text, options.file, options.format);
        findings.push(...read.findings);
        const entries = read.entries;
        const file = options.file;
        findings.push(...duplicateEntries(entries, file));
        const { lockfiles, pinned, pinnedKeys, ecosystems } = await collectPins(options, facts, (0,classification/* classifier */.k)(ctx.classification), findings);
        // Versions at base of the lockfiles this pull request changed, to tell an upgrade from an old mismatch.
        const changed = new Set((await facts.changedFiles()).flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]));
        const baseVersions = await baseVersionsOf(facts, lockfiles.filter((p) => changed.has(p)), findings);
        const { entryClass, missing } = matchPins(pinned, soupIndex(entries, baseVersions), baseVersions, changed, file);
        findings.push(...capped(missing, 'dependencies are pinned without a matching SOUP entry'));
        // Each entry's content; the class is that of the item declaring it, else the classification default.
        findings.push(...capped(contentFindings(entries, (e) => entryClass.get(e) ?? ctx.classification.default, file, options.anomaly_review_max_age_days), 'SOUP entries are incomplete'));
        // Entries no lockfile pins any more (only for ecosystems the lockfiles cover: other SOUP is not in a lockfile).
        findings.push(...capped(goneEntries(entries, ecosystems, pinnedKeys, file), 'SOUP entries name dependencies no lockfile pins'));
        return { findings, summary: soupSummary(findings, entries.length, pinned, lockfiles.length, options.scope) };
    },
});
/** Read the SOUP list at head; a finding instead when it cannot be read or does not exist. */
async function readSoupFile(file, facts) {
    let soupFile;
    try {
        soupFile = await facts.readAtHead(file);
    }
    catch (e) {
        if (!(e instanceof types/* FactError */.n))
            throw e;
        return {
            outcome: {
                findings: [
                    {
                        severity: 'error',
                        message: `The SOUP list cannot be read: ${e.message} — commit it as a regular file.`,
                        file,
                        line: 1,
                    },
                ],
                summary: `${file} cannot be read`,
            },
        };
    }
    if (!soupFile) {
        return {
            outcome: {
                findings: [
                    {
                        severity: 'error',
                        message: `The SOUP list ${file} does not exist at head — add it (a YAML list of name, version, ecosystem, manufacturer, ...), or fix \`file\` in the policy.`,
                        file,
                        action: { text: `Add the SOUP list ${file}, or fix \`file\` in the policy` },
                    },
                ],
                summary: `${file} is missing`,
            },
        };
    }
    return { soupFile };
}
/** Match each pin to its SOUP entry: the class of each entry used, and a finding per pin without one. */
function matchPins(pinned, index, baseVersions, changed, file) {
    const { ownKey, entryOf, staleEntry } = index;
    const entryClass = new Map();
    const missing = [];
    // One step each for the entries to add and to update, naming the packages.
    const toAdd = [];
    const toUpdate = [];
    const adds = [];
    const updates = [];
    const seenPins = new Set();
    for (const { pkg, lockfile, cls } of pinned) {
        const pinKey = `${packageKey(pkg.ecosystem, pkg.name)}@${pkg.version}`;
        const entry = entryOf(pkg);
        if (entry) {
            const prev = entryClass.get(entry);
            if (!prev || RANK[cls] > RANK[prev])
                entryClass.set(entry, cls);
            continue;
        }
        if (seenPins.has(pinKey))
            continue;
        seenPins.add(pinKey);
        // Versions pinned at base other than this one: there are some when the pull request changed the version.
        const before = baseVersions.get(ownKey(pkg));
        const { entry: stale } = staleEntry(pkg);
        if (stale) {
            const line = stale.lines.version ?? stale.line;
            const upgraded = before !== undefined && (before.size > 1 || !before.has(pkg.version));
            const f = upgraded
                ? rules_soup_err(`${pkg.name} ${stale.version} → ${pkg.version}: ${file}:${line} still says ${stale.version} — this pull request upgrades it in ${lockfile}; update the entry (version, and review its anomalies and risk for the new version).`, file, line)
                : rules_soup_err(`${lockfile} pins ${pkg.name} ${pkg.version}, but ${file}:${line} lists ${stale.version} — update the entry to the version used (and review its anomalies and risk).`, file, line);
            missing.push(f);
            updates.push(f);
            toUpdate.push(`${pkg.name} ${pkg.version}`);
        }
        else {
            const isNew = !baseVersions.has(packageKey(pkg.ecosystem, pkg.name)) && changed.has(lockfile);
            const f = {
                severity: 'error',
                message: `${pkg.name} ${pkg.version} (${pkg.ecosystem}${isNew ? ', added by this pull request' : ''}) is pinned in ${lockfile} but not in the SOUP list ${file} — add an entry with name, version, ecosystem, manufacturer${cls === 'A' ? '' : ', purpose, requirements, risk and anomalies'}.`,
                file: lockfile,
                ...(pkg.line ? { line: pkg.line } : {}),
            };
            missing.push(f);
            adds.push(f);
            toAdd.push(`${pkg.name} ${pkg.version}`);
        }
    }
    attachSteps(adds, toAdd, updates, toUpdate, file);
    return { entryClass, missing };
}
/** Entries no lockfile pins any more (only for ecosystems the lockfiles cover: other SOUP is not in a lockfile). */
function goneEntries(entries, ecosystems, pinnedKeys, file) {
    const gone = entries.filter((e) => e.ecosystem && ecosystems.has(e.ecosystem) && !pinnedKeys.has(packageKey(e.ecosystem, e.name)));
    return gone.map((e) => ({
        severity: 'warning',
        message: `${e.name} ${e.version} is listed, but no lockfile pins ${e.name} any more — remove the entry if the dependency was dropped.`,
        file,
        line: e.line,
    }));
}
/** One step each for the entries to add and to update, naming the packages. */
function attachSteps(adds, toAdd, updates, toUpdate, file) {
    const addStep = { text: `Add ${toAdd.length === 1 ? 'an entry' : 'entries'} for ${(0,util_text/* shortList */.pg)(toAdd, 5)} to the SOUP list ${file}` };
    for (const f of adds)
        f.action = addStep;
    const updateStep = {
        text: `Update the SOUP ${toUpdate.length === 1 ? 'entry' : 'entries'} in ${file} to ${(0,util_text/* shortList */.pg)(toUpdate, 5)}, reviewing anomalies and risk`,
    };
    for (const f of updates)
        f.action = updateStep;
}
function soupSummary(findings, entryCount, pinned, lockfileCount, scope) {
    const errors = findings.filter((f) => f.severity === 'error');
    const inScope = new Set(pinned.map((p) => `${packageKey(p.pkg.ecosystem, p.pkg.name)}@${p.pkg.version}`)).size;
    return errors.length
        ? `${(0,util_text/* plural */.LS)(errors.length, 'problem')}: ${errors[0].message}`
        : `${(0,util_text/* plural */.LS)(entryCount, 'SOUP item')}; ${(0,util_text/* plural */.LS)(inScope, scope === 'direct' ? 'direct dependency' : 'dependency', scope === 'direct' ? 'direct dependencies' : 'dependencies')} of ${(0,util_text/* plural */.LS)(lockfileCount, 'lockfile')} listed`;
}
/** Unique designators: one entry per name, ecosystem and version; a second is an error. */
function duplicateEntries(entries, file) {
    const findings = [];
    const designators = new Map();
    for (const e of entries) {
        const d = `${packageKey(e.ecosystem, e.name)}@${e.version}`;
        const first = designators.get(d);
        if (first)
            findings.push(rules_soup_err(`${e.name} ${e.version} is listed twice (also on line ${first.line}) — keep one entry per item and version.`, file, e.line));
        else
            designators.set(d, e);
    }
    return findings;
}
/** What the lockfiles pin, in scope, with the class of the software item that declares it. */
async function collectPins(options, facts, classOf, findings) {
    const pinned = [];
    const lockfiles = await soup_lockfilePaths(options, facts, findings);
    const pinnedKeys = new Set();
    const ecosystems = new Set();
    for (const path of lockfiles) {
        const packages = await readPackages(facts, path, 'head', findings);
        const cls = classOf(path);
        for (const pkg of packages) {
            pinnedKeys.add(packageKey(pkg.ecosystem, pkg.name));
            ecosystems.add(pkg.ecosystem);
            if (pkg.dev)
                continue;
            if (options.scope === 'direct' && pkg.direct === false)
                continue;
            pinned.push({ pkg, lockfile: path, cls });
        }
    }
    return { lockfiles, pinned, pinnedKeys, ecosystems };
}
/** The versions each package had at base in the given lockfiles. */
async function baseVersionsOf(facts, lockfiles, findings) {
    const baseVersions = new Map();
    for (const path of lockfiles) {
        for (const pkg of await readPackages(facts, path, 'base', findings)) {
            const key = packageKey(pkg.ecosystem, pkg.name);
            const versions = baseVersions.get(key);
            if (versions)
                versions.add(pkg.version);
            else
                baseVersions.set(key, new Set([pkg.version]));
        }
    }
    return baseVersions;
}
/** The SOUP entries indexed for matching pins. */
function soupIndex(entries, baseVersions) {
    // Entries by package, and by package and version (the first entry of each), so that matching a pin costs the
    // same however many entries or pins share a name.
    const byKey = new Map();
    const byVersion = new Map();
    for (const e of entries) {
        // An entry without an ecosystem matches a package of that name in any ecosystem.
        const key = packageKey(e.ecosystem, e.name);
        const list = byKey.get(key);
        if (list)
            list.push(e);
        else
            byKey.set(key, [e]);
        const versioned = `${key}@${e.version}`;
        if (!byVersion.has(versioned))
            byVersion.set(versioned, e);
    }
    const ownKey = (pkg) => packageKey(pkg.ecosystem, pkg.name);
    const anyKey = (pkg) => packageKey(undefined, pkg.name);
    const entryOf = (pkg) => byVersion.get(`${ownKey(pkg)}@${pkg.version}`) ?? byVersion.get(`${anyKey(pkg)}@${pkg.version}`);
    // The entry to name when a pin has none of its own: the first (own ecosystem first) whose version the lockfiles
    // pinned at base — the one this pull request upgrades —, else the first. Worked out once per package.
    const staleByKey = new Map();
    const staleEntry = (pkg) => {
        const key = ownKey(pkg);
        let hit = staleByKey.get(key);
        if (!hit) {
            const own = byKey.get(key) ?? [];
            const candidates = key === anyKey(pkg) ? own : own.concat(byKey.get(anyKey(pkg)) ?? []);
            const before = baseVersions.get(key);
            const upgraded = before ? candidates.find((e) => before.has(e.version)) : undefined;
            hit = { entry: upgraded ?? candidates[0], upgraded: upgraded !== undefined };
            staleByKey.set(key, hit);
        }
        return hit;
    };
    return { ownKey, entryOf, staleEntry };
}
/** Each entry's content: a manufacturer, and for class B/C its purpose, requirements, risk and anomaly review. */
function contentFindings(entries, classOf, file, maxAge) {
    const content = [];
    const now = Date.now();
    for (const e of entries) {
        if (!e.manufacturer)
            content.push(rules_soup_err(`${e.name} ${e.version} has no manufacturer — name who makes it (a company, a project or the maintainers) (IEC 62304 8.1.2).`, file, e.line));
        const cls = classOf(e);
        if (cls === 'A')
            continue;
        const empty = ['purpose', 'requirements', 'risk'].filter((k) => !e[k]);
        if (empty.length) {
            content.push(rules_soup_err(`${e.name} ${e.version} is SOUP of class ${cls} software but has no ${empty.join(', ')} — state ${empty.length === 1 ? 'it' : 'them'} (IEC 62304 5.3.3, 5.3.4, 7.1.2).`, file, e.line));
        }
        content.push(...anomalyFindings(e, cls, file, maxAge, now));
    }
    return content;
}
function anomalyFindings(e, cls, file, maxAge, now) {
    const line = e.lines.anomalies ?? e.line;
    const a = e.anomalies;
    if (!a?.reviewed || !a.reference) {
        const lack = !a?.reviewed && !a?.reference ? 'anomalies' : !a.reviewed ? 'anomalies.reviewed' : 'anomalies.reference';
        return [
            rules_soup_err(`${e.name} ${e.version} is SOUP of class ${cls} software but has no ${lack} — review its published anomaly list and record {reviewed: YYYY-MM-DD, reference: URL} (IEC 62304 7.1.3).`, file, line),
        ];
    }
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(a.reviewed);
    const when = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
    if (!m || Number.isNaN(when) || new Date(when).toISOString().slice(0, 10) !== a.reviewed) {
        return [rules_soup_err(`${e.name} ${e.version}: anomalies.reviewed "${a.reviewed}" is not a date written YYYY-MM-DD — fix it.`, file, line)];
    }
    const age = Math.floor((now - when) / DAY_MS);
    if (age > maxAge) {
        return [
            rules_soup_err(`${e.name} ${e.version}: its anomaly list was last reviewed on ${a.reviewed}, ${age} days ago (the limit is ${maxAge}) — review ${a.reference} again and update the date (IEC 62304 7.1.3).`, file, line, { text: `Review the anomaly list of ${e.name} (${a.reference}) again and update anomalies.reviewed in ${file}` }),
        ];
    }
    if (age < -1)
        return [
            {
                severity: 'warning',
                message: `${e.name} ${e.version}: anomalies.reviewed ${a.reviewed} is in the future — write the date the review was done.`,
                file,
                line,
            },
        ];
    return [];
}
async function soup_lockfilePaths(options, facts, findings) {
    if (options.lockfiles === 'auto')
        return autoLockfilesAtHead(facts);
    const found = await facts.listAtHead(options.lockfiles);
    for (const glob of options.lockfiles) {
        if (!found.some((0,util_glob/* globMatcher */.f)([glob])))
            findings.push({
                severity: 'error',
                message: `lockfiles lists ${glob}, but no such file is at head — fix the list or commit the lockfile.`,
            });
    }
    return found.sort();
}
async function readPackages(facts, path, at, findings) {
    let file;
    try {
        file = at === 'head' ? await facts.readAtHead(path) : await facts.readAtBase(path);
    }
    catch (e) {
        if (!(e instanceof types/* FactError */.n))
            throw e;
        findings.push({
            severity: 'error',
            message: `${e.message} — the SOUP list cannot be compared with ${path} until it can be read.`,
            file: path,
        });
        return [];
    }
    if (!file)
        return [];
    const result = readLockfile(path, file.text);
    // Problems with the lockfile at base are the base's; only the head's are this pull request's findings.
    if (at === 'head')
        findings.push(...result.findings);
    return result.packages;
}
function capped(list, what) {
    if (list.length <= MAX_LISTED)
        return list;
    return [
        ...list.slice(0, MAX_LISTED),
        {
            severity: list[0].severity,
            message: `and ${list.length - MAX_LISTED} more: ${what} (${list.length} in all).`,
            ...(list[list.length - 1].action ? { action: list[list.length - 1].action } : {}),
        },
    ];
}
function rules_soup_err(message, file, line, action) {
    return { severity: 'error', message, file, line, ...(action ? { action } : {}) };
}

// EXTERNAL MODULE: ./lib/rules/traceability/index.js + 5 modules
var traceability = __webpack_require__(8217);
// EXTERNAL MODULE: ./lib/util/pattern.js
var util_pattern = __webpack_require__(2718);
;// CONCATENATED MODULE: ./lib/rules/change-request.js






// The default forms: #123 (not an HTML entity &#123; or a URL fragment), owner/repo#123, an issue or pull
// request URL, and a tracker key like ABC-123. Tokens that look like keys but name encodings, hashes and
// standards (UTF-8, SHA-256, ISO-14971) are not references.
const SAME_REPO = /(?<![\w&/#])#(\d+)\b/g;
const OTHER_REPO = /\b[A-Za-z0-9][\w.-]*\/[\w.-]+#\d+\b/g;
const ISSUE_URL = /\bhttps?:\/\/[^\s/]+\/[\w.-]+\/[\w.-]+\/(?:issues|pull|-\/issues|browse)\/[\w-]*\d+\b/g;
const KEY = /\b[A-Z][A-Z0-9_]{1,9}-\d+\b/g;
const NOT_KEYS = new Set([
    'UTF',
    'SHA',
    'MD',
    'ISO',
    'IEC',
    'EN',
    'RFC',
    'AES',
    'RSA',
    'TLS',
    'SSL',
    'HTTP',
    'IPV',
    'CVE',
    'CWE',
    'GHSA',
    'ECMA',
    'ES',
    'WCAG',
    'UCS',
    'UTC',
    'GMT',
]);
const DEFAULT_FORMS = '#123, owner/repo#123, an issue URL or a key like ABC-123';
/** The references in one text, by the default forms or a custom pattern (its first numeric capture group is an issue number). */
function findReferences(text, where, pattern) {
    const refs = [];
    if (pattern) {
        for (const m of pattern.matchAll(text)) {
            if (!m.text)
                continue;
            const group = m.groups.find((g) => g !== undefined && /^\d+$/.test(g));
            const hash = /(?<![\w&/#])#(\d+)\b/.exec(m.text);
            const number = group ?? hash?.[1];
            refs.push({ text: m.text, where, ...(number ? { issue: Number(number) } : {}) });
        }
        return refs;
    }
    // Cross-repository forms first, so their "#123" is not also read as an issue of this repository.
    let rest = text;
    for (const re of [ISSUE_URL, OTHER_REPO]) {
        rest = rest.replace(re, (m) => {
            refs.push({ text: m, where });
            return ' '.repeat(m.length);
        });
    }
    for (const m of rest.matchAll(SAME_REPO))
        refs.push({ text: m[0], where, issue: Number(m[1]) });
    for (const m of rest.matchAll(KEY)) {
        if (!NOT_KEYS.has(m[0].replace(/-\d+$/, '')))
            refs.push({ text: m[0], where });
    }
    return refs;
}
const ChangeRequestOptions = (0,schemas/* RuleOptions */.Ly)({
    pattern: type/* Type */.ZU.Optional((0,schemas/* annotate */.fz)(schemas/* regexSchema */.v2, {
        description: `A regular expression a reference must match (searched in title, body and branch name); default: ${DEFAULT_FORMS}.`,
    })),
    verify: type/* Type */.ZU.Boolean({
        default: false,
        description: 'Check through the API that each referenced issue of this repository (#123) exists; a 404 fails, a missing permission is an error.',
    }),
});
const changeRequest = (0,rule/* defineRule */.K)({
    name: 'change-request',
    description: 'Change control (IEC 62304 8.2, 9): the pull request references a change request or problem report in its title, body or branch name.',
    options: ChangeRequestOptions,
    async evaluate(options, facts) {
        let pattern;
        if (options.pattern) {
            try {
                pattern = util_pattern/* Pattern */.zJ.compile(options.pattern);
            }
            catch (e) {
                if (e instanceof util_pattern/* PatternError */.JM)
                    throw new Error(`the pattern ${JSON.stringify(options.pattern)} ${e.message} — fix it in the policy`, { cause: e });
                throw e;
            }
        }
        const pr = await facts.pr();
        const branch = pr.headRef ?? '';
        const refs = [
            ...findReferences(pr.title, 'title', pattern),
            ...findReferences(stripComments(pr.body), 'body', pattern),
            ...findReferences(branch, 'branch name', pattern),
        ].filter((r) => r.issue === undefined || r.issue !== pr.number || pr.number === 0);
        const forms = pattern ? `the pattern ${options.pattern}` : DEFAULT_FORMS;
        if (refs.length === 0) {
            const branchNote = branch ? ` or branch name "${branch}"` : ' or branch name';
            return {
                findings: [
                    {
                        severity: 'error',
                        message: `This pull request references no change request or problem report: its title, body${branchNote} contain nothing matching ${forms} — add the issue it implements or fixes to the title or body (e.g. "Fixes #12").`,
                        action: {
                            text: `Name the change request this implements in the title or description${pattern ? ` (matching ${options.pattern})` : ', e.g. "Fixes #12"'}`,
                        },
                    },
                ],
                summary: 'no change request referenced',
            };
        }
        const names = [...new Set(refs.map((r) => r.text.trim()))];
        if (!options.verify)
            return { findings: [], summary: `references ${(0,util_text/* shortList */.pg)(names, 3)}` };
        const numbers = [...new Set(refs.flatMap((r) => (r.issue === undefined ? [] : [r.issue])))].sort((a, b) => a - b);
        if (numbers.length === 0) {
            return {
                findings: [
                    {
                        severity: 'error',
                        message: `verify is on, but ${(0,util_text/* shortList */.pg)(names, 3)} ${names.length === 1 ? 'is not an issue' : 'are not issues'} of this repository that can be looked up — reference the change request as #123, or set verify: false for references kept in another tracker.`,
                        action: { text: 'Reference the change request as an issue of this repository (#123) in the title or description' },
                    },
                ],
                summary: 'no verifiable issue referenced',
            };
        }
        if (!facts.issueExists)
            throw new types/* FactError */.n('these facts cannot look issues up, so verify: true cannot be checked');
        const exists = await Promise.all(numbers.map((n) => facts.issueExists(n)));
        const missing = numbers.filter((_, i) => !exists[i]);
        const findings = missing.map((n) => ({
            severity: 'error',
            message: `#${n} (in the ${refs.find((r) => r.issue === n).where}) is not an issue of this repository (GET /repos/{owner}/{repo}/issues/${n} answered 404) — fix the number, or open the change request first.`,
            action: { text: `Fix the reference #${n}, or open that change request first` },
        }));
        const found = numbers.filter((_, i) => exists[i]).map((n) => `#${n}`);
        return {
            findings,
            summary: missing.length ? `${(0,util_text/* listing */.RR)(missing.map((n) => `#${n}`))} not found` : `references ${(0,util_text/* shortList */.pg)(found, 3)} (verified)`,
        };
    },
});
/** Drops HTML comments: PR templates keep their instructions in them, and a reference there was never written by anyone. */
function stripComments(body) {
    return body.replace(/<!--[\s\S]*?(-->|$)/g, ' ');
}

// EXTERNAL MODULE: ./lib/parsers/gfm-markdown.js
var gfm_markdown = __webpack_require__(4596);
;// CONCATENATED MODULE: ./lib/rules/checklist.js




/** Lower case, whitespace collapsed and trimmed: how items are compared. */
function normalizeItem(text) {
    return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
/**
 * The task-list items of a Markdown body as GitHub renders them (GFM, by micromark): only list items that show a
 * checkbox count, so a tick inside a code block, an HTML block or comment, or a line that is not a list item (a
 * 10-digit ordinal, a `2.` that cannot interrupt a paragraph, a marker followed by five spaces) is not an item. The
 * text is the item's first paragraph as rendered (emphasis, links and code spans read as their text; HTML and
 * struck-through text dropped). An item whose paragraph is longer than INLINE_CAP characters is left out (its
 * text is not rendered, so it cannot answer; it is marked tooLong). Throws MarkdownReadError for nesting too deep to read.
 */
function taskItems(body) {
    const items = [];
    const stack = [(0,gfm_markdown/* parseBlocks */.SV)(body)];
    while (stack.length) {
        const node = stack.pop();
        if (node.type === 'listItem' && typeof node.checked === 'boolean') {
            const first = node.children.find((c) => c.type === 'paragraph');
            const text = first ? (0,gfm_markdown/* renderInline */._)((0,gfm_markdown/* rawInline */.ER)(first)) : '';
            items.push(text === undefined ? { checked: node.checked, text: '', tooLong: true } : { checked: node.checked, text: normalizeItem(text) });
        }
        // Only containers can hold list items; paragraphs, headings, tables and code cannot.
        if (node.type === 'root' ||
            node.type === 'list' ||
            node.type === 'listItem' ||
            node.type === 'blockquote' ||
            node.type === 'footnoteDefinition') {
            for (let i = node.children.length - 1; i >= 0; i--)
                stack.push(node.children[i]);
        }
    }
    return items;
}
/** A body item answers a policy item when it is that text, or that text followed by a note after punctuation ("— n/a"). */
function answers(bodyText, wanted) {
    return bodyText === wanted || (bodyText.startsWith(wanted) && /^\s*[^\p{L}\p{N}\s]/u.test(bodyText.slice(wanted.length)));
}
const ChecklistOptions = (0,schemas/* RuleOptions */.Ly)({
    items: type/* Type */.ZU.Array(type/* Type */.ZU.String({ minLength: 1, pattern: '\\S' }), {
        minItems: 1,
        description: 'Each must appear in the PR body as a checked task-list item, e.g. "- [x] Security impact assessed" (case- and whitespace-insensitive).',
    }),
}, { required: ['items'] });
const checklist = (0,rule/* defineRule */.K)({
    name: 'checklist',
    description: 'The pull request body ticks each item of a checklist as a task-list item (- [x] ...) that GitHub renders as a checked box.',
    options: ChecklistOptions,
    async evaluate(options, facts) {
        const pr = await facts.pr();
        let present;
        try {
            present = taskItems(pr.body);
        }
        catch (e) {
            if (!(e instanceof gfm_markdown/* MarkdownReadError */.ke))
                throw e;
            return {
                findings: [
                    {
                        severity: 'error',
                        message: `The pull request description cannot be read as Markdown: ${e.message}. Shorten the nesting, then tick each checklist item as a task-list item, e.g. "- [x] ${options.items[0]}".`,
                    },
                ],
                summary: 'the description could not be read',
            };
        }
        const unchecked = [];
        const missing = [];
        for (const item of options.items) {
            const wanted = normalizeItem(item);
            const matches = present.filter((p) => !p.tooLong && answers(p.text, wanted));
            if (matches.some((p) => p.checked))
                continue;
            (matches.length ? unchecked : missing).push(item);
        }
        if (!unchecked.length && !missing.length) {
            return {
                findings: [],
                summary: `${options.items.length === 1 ? 'the checklist item is' : `all ${options.items.length} checklist items are`} checked`,
            };
        }
        const parts = [];
        if (unchecked.length)
            parts.push(`not checked: ${unchecked.map((i) => `"${i}"`).join(', ')}`);
        if (missing.length)
            parts.push(`missing: ${missing.map((i) => `"${i}"`).join(', ')}`);
        const first = (missing[0] ?? unchecked[0]);
        const tooLong = present.filter((p) => p.tooLong && p.checked).length;
        if (tooLong)
            parts.push(`${tooLong} ticked item${tooLong === 1 ? ' is' : 's are'} longer than ${gfm_markdown/* INLINE_CAP */.VL} characters and not read — shorten ${tooLong === 1 ? 'it' : 'them'}`);
        const steps = [];
        if (unchecked.length)
            steps.push(`tick ${unchecked.map((i) => `"${i}"`).join(', ')}`);
        if (missing.length)
            steps.push(`add ${missing.map((i) => `"- [x] ${i}"`).join(', ')}`);
        return {
            findings: [
                {
                    severity: 'error',
                    message: `The pull request description does not tick every checklist item — ${parts.join('; ')}. Do what each says, then tick it in the description as a task-list item, e.g. "- [x] ${first}".`,
                    action: { text: `Once done, ${steps.join(' and ')} in the pull request description` },
                },
            ],
            summary: `${unchecked.length + missing.length} of ${options.items.length} checklist items not checked`,
        };
    },
});

;// CONCATENATED MODULE: ./lib/rules/updated-with.js






/** Per-file annotations beyond the first finding; the first finding already names the files. */
const MAX_FILE_FINDINGS = 50;
const UpdatedWithOptions = (0,schemas/* RuleOptions */.Ly)({
    changed: type/* Type */.ZU.Optional((0,schemas/* annotate */.fz)(schemas/* globListSchema */.e4, { minItems: 1, description: 'The trigger (globs); default: every changed file.' })),
    require: (0,schemas/* annotate */.fz)(schemas/* globListSchema */.e4, {
        minItems: 1,
        description: 'At least one file matching these globs must change in the same pull request.',
    }),
    waiver: type/* Type */.ZU.Optional(type/* Type */.ZU.Object({
        label: type/* Type */.ZU.String({ minLength: 1, description: 'The label that claims no impact, e.g. no-risk-impact.' }),
        from: (0,schemas/* annotate */.fz)(schemas/* principalListSchema */.wI, { minItems: 1, description: 'Who may approve the waiver: group names, @org/team, logins.' }),
    }, {
        additionalProperties: false,
        description: 'The gate passes without the co-change when the PR has `label` AND someone in `from` approved the latest commit.',
    })),
}, { required: ['require'] });
const updatedWith = (0,rule/* defineRule */.K)({
    name: 'updated-with',
    description: 'Co-change: when files matching `changed` change, at least one file matching `require` changes in the same pull request (the risk-management file, the threat model), unless a waiver label is approved.',
    options: UpdatedWithOptions,
    async evaluate(options, facts, ctx) {
        const isTrigger = options.changed ? (0,util_glob/* globMatcher */.f)(options.changed) : () => true;
        const isRequired = (0,util_glob/* globMatcher */.f)(options.require);
        const paths = [...new Set((await facts.changedFiles()).flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]))].sort();
        const triggers = paths.filter((p) => isTrigger(p) && !isRequired(p));
        const updated = paths.filter(isRequired);
        const expected = (0,util_text/* listing */.RR)(options.require, 'or');
        if (triggers.length === 0) {
            return { findings: [], summary: options.changed ? `no file matching ${(0,util_text/* listing */.RR)(options.changed, 'or')} changed` : 'no file changed' };
        }
        if (updated.length > 0) {
            return {
                findings: [],
                summary: `${(0,util_text/* shortList */.pg)(triggers, 3)} changed; ${(0,util_text/* shortList */.pg)(updated, 3)} updated with ${triggers.length === 1 ? 'it' : 'them'}`,
            };
        }
        const story = `This pull request changes ${(0,util_text/* shortList */.pg)(triggers)}, but no file matching ${expected}`;
        // The first file carries the whole story; each other file's annotation says what it is about and what to do,
        // without repeating the list.
        const fileFindings = (message, short, action) => triggers
            .slice(0, MAX_FILE_FINDINGS)
            .map((file, i) => ({ severity: 'error', message: i === 0 ? message : short(file), file, action }));
        const update = `Update ${expected} for the change to ${(0,util_text/* shortList */.pg)(triggers, 3)}`;
        const pr = await facts.pr();
        const waiver = options.waiver;
        const labelled = waiver && pr.labels.some((l) => l.toLowerCase() === waiver.label.toLowerCase());
        if (!waiver || !labelled) {
            const how = waiver
                ? `, or — if there is no impact — add the label "${waiver.label}" and get an approval of the latest commit from ${(0,util_text/* listing */.RR)(waiver.from, 'or')}`
                : '';
            const action = `update ${expected} in this pull request${how}.`;
            return {
                findings: fileFindings(`${story} — ${action}`, (file) => `${file} changed, but no file matching ${expected} did — ${action}`, {
                    text: waiver
                        ? `${update}, or (if it has no impact) label the pull request "${waiver.label}" and ask ${(0,util_text/* listing */.RR)(waiver.from, 'or')} to approve`
                        : update,
                }),
                summary: `${(0,util_text/* shortList */.pg)(triggers, 3)} changed without ${expected}`,
            };
        }
        // The label claims "no impact"; it counts only with an approval of the head commit from someone in `from`.
        const eligible = await (0,approvals/* resolveEligible */.GR)(waiver.from, ctx.groups, facts);
        const tallyOptions = { pr, eligible, invalidateOnPush: true };
        const tally = (0,approvals/* tallyApprovals */.BF)(await facts.reviews(), tallyOptions);
        if (tally.approvers.length > 0) {
            const who = (0,util_text/* listing */.RR)(tally.approvers);
            return {
                findings: [
                    {
                        severity: 'notice',
                        message: `Waiver used: ${(0,util_text/* shortList */.pg)(triggers)} changed without ${expected}; the label "${waiver.label}" is approved by ${who} on ${(0,util_text/* shortSha */.Fu)(pr.headSha)}.`,
                    },
                ],
                summary: `waived by label "${waiver.label}", approved by ${who} on ${(0,util_text/* shortSha */.Fu)(pr.headSha)}`,
            };
        }
        const why = [`needs an approval of the latest commit ${(0,util_text/* shortSha */.Fu)(pr.headSha)} from ${eligible.label}`];
        if (tally.stale.length)
            why.push(`${(0,util_text/* listing */.RR)(tally.stale.map((r) => r.user))} approved an earlier commit — ask for a re-review`);
        if (tally.authorApproved)
            why.push(`${pr.author} authored the pull request, so their approval does not count`);
        if (eligible.logins.size === 0)
            why.push('nobody is eligible — add members to the group or team');
        const message = `${story}, and the waiver label "${waiver.label}" is not approved: ${why.join('; ')}. Update ${expected}, or get the waiver approved.`;
        const short = (file) => `${file} changed, but no file matching ${expected} did, and the waiver label "${waiver.label}" is not approved — update ${expected}, or get the waiver approved.`;
        const approve = (0,approvals/* approvalAction */.WM)(1, tally, tallyOptions, `the waiver label "${waiver.label}"`);
        return {
            findings: fileFindings(message, short, { text: `${update}, or ${approve.text.charAt(0).toLowerCase()}${approve.text.slice(1)}` }),
            summary: `waiver "${waiver.label}" without an approval from ${(0,util_text/* listing */.RR)(waiver.from, 'or')} (${(0,util_text/* plural */.LS)(triggers.length, 'file')} changed)`,
        };
    },
});

// EXTERNAL MODULE: ./lib/rules/vulnerabilities/index.js + 2 modules
var vulnerabilities = __webpack_require__(5862);
;// CONCATENATED MODULE: ./lib/rules/index.js










/** Every rule a policy can name. Adding a gate is adding its file and one line here. */
const RULES = [
    reviews,
    protectedFiles,
    sbom_sbom,
    traceability/* traceability */.Qx,
    updatedWith,
    changeRequest,
    checklist,
    riskRegister,
    soup,
    vulnerabilities/* vulnerabilities */.pe,
];


/***/ }),

/***/ 9911:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w2: () => (/* binding */ SbomOptions)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_FILE_BYTES */
/* harmony import */ var _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4508);
/* harmony import */ var _core_schemas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9975);
/* harmony import */ var _common_sbom_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5635);




const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024;
/** The sbom gate's options; the vulnerabilities gate reads another gate's through GateContext.gateOptions with it. */
const SbomOptions = (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .RuleOptions */ .Ly)({
    paths: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Optional((0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .annotate */ .fz)(_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .globListSchema */ .e4, { minItems: 1, description: `Where the SBOMs live (globs). Default: ${_common_sbom_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SBOM_GLOBS */ .cC.join(', ')}.` })),
    formats: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Array((0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .StringEnum */ .bD)(['cyclonedx', 'spdx']), { minItems: 1, default: ['cyclonedx', 'spdx'], description: 'Accepted SBOM families.' }),
    min_version: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Object({
        cyclonedx: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.String({ pattern: '^1\\.[0-9]+$', description: 'Lowest CycloneDX specVersion accepted, e.g. "1.4".' })),
        spdx: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.String({ pattern: '^2\\.[0-9]+$', description: 'Lowest SPDX version accepted, e.g. "2.3".' })),
    }, { additionalProperties: false, description: 'Optional floor on the declared specification version.' })),
    schema: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Boolean({ default: true, description: 'Validate against the official schema (JSON Schema or XSD) of the declared version.' }),
    ntia: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Boolean({ default: true, description: 'Require the NTIA minimum elements.' }),
    fda: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Boolean({ default: false, description: 'Also require a support level and an end-of-support date per component (FDA premarket guidance).' }),
    lockfiles: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Union([(0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .Const */ .QJ)('auto'), _core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .globListSchema */ .e4], {
        default: 'auto',
        description: 'auto = every lockfile found in the repository; or a list of paths (globs); [] switches the drift check off.',
    }),
    dev_dependencies: (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .StringEnum */ .bD)(['include', 'exclude'], {
        default: 'include',
        description: 'exclude: packages a lockfile marks development-only (npm "dev", Pipfile develop, composer packages-dev, Maven test scope) need not be in the SBOM — for an SBOM of what ships.',
    }),
    require_update: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Boolean({ default: true, description: 'A pull request that changes a lockfile must change an SBOM too.' }),
    licenses: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Object({
        deny: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.String({ minLength: 1 }), { description: 'SPDX ids or expressions; a component that cannot avoid one fails.' })),
    }, { additionalProperties: false })),
    max_file_bytes: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Integer({
        minimum: 1,
        default: DEFAULT_MAX_FILE_BYTES,
        description: 'Largest SBOM or lockfile read, in bytes; for these files it replaces the run-wide max-file-bytes.',
    }),
});


/***/ }),

/***/ 8217:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kn: () => (/* reexport */ buildMatrix),
  Qx: () => (/* binding */ traceability)
});

// UNUSED EXPORTS: traceabilityFindings

// EXTERNAL MODULE: ./lib/core/rule.js
var rule = __webpack_require__(7849);
// EXTERNAL MODULE: ./lib/util/text.js
var util_text = __webpack_require__(8805);
// EXTERNAL MODULE: ./lib/core/trace.js
var trace = __webpack_require__(3186);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(5824);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 26 modules
var XMLParser = __webpack_require__(9658);
// EXTERNAL MODULE: ./lib/parsers/xml-doctype.js
var xml_doctype = __webpack_require__(6654);
;// CONCATENATED MODULE: ./lib/parsers/junit.js



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
    const doctype = (0,xml_doctype/* findDoctype */.Y)(text);
    if (doctype) {
        const refused = {
            cases: [],
            findings: [
                {
                    severity: 'error',
                    message: `${report} ${(0,xml_doctype/* doctypeHazard */.t)(doctype)}; a JUnit report has no DOCTYPE, and this gate neither loads nor expands one, so its test results were not read — remove the DOCTYPE or regenerate the report.`,
                    file: report,
                    line: doctype.line,
                },
            ],
        };
        return { refused };
    }
    const valid = fxp/* XMLValidator */.iI.validate(text);
    if (valid !== true)
        return { refused: notXml(valid.err.msg, valid.err.line) };
    const parser = new XMLParser/* default */.A({
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
            cases.push({
                name: (0,util_text/* scalarText */.ws)(tc.name),
                classname: (0,util_text/* scalarText */.ws)(tc.classname),
                suites: caseSuites,
                status,
                requirementProperties,
                report,
                line: lineAt(start),
            });
            times.push(tc.time);
            starts.push(start);
        }
        const own = cases.slice(first);
        failedHooks(own, report);
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
        testcases.some((c) => c && typeof c === 'object' && (0,util_text/* scalarText */.ws)(c.classname) === name)
        ? suites.slice(0, -1)
        : suites;
}
/** The values of a case's requirement properties (<property name="requirement" value="..."/>, or as text). */
function requirementPropertiesOf(tc) {
    const props = asArray(tc.properties).flatMap((p) => asArray(p?.property));
    return props
        .filter((p) => typeof p?.name === 'string' && REQUIREMENT_PROPERTIES.has(p.name.toLowerCase()))
        .map((p) => (p.value !== undefined && p.value !== null ? (0,util_text/* scalarText */.ws)(p.value) : (0,util_text/* scalarText */.ws)(p['#text'])));
}
const META = XMLParser/* default */.A.getMetaDataSymbol();
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
    return s && typeof s === 'object' ? (0,util_text/* scalarText */.ws)(s.name) : '';
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
    const t = v === undefined || v === null ? '' : (0,util_text/* scalarText */.ws)(v).trim();
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
        const time = times[i] === undefined || times[i] === null ? '' : (0,util_text/* scalarText */.ws)(times[i]).trim();
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
function asArray(v) {
    return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

// EXTERNAL MODULE: ./lib/parsers/requirements/index.js + 7 modules
var requirements = __webpack_require__(1816);
// EXTERNAL MODULE: ./lib/rules/common/read-file.js
var read_file = __webpack_require__(3384);
// EXTERNAL MODULE: ./lib/rules/common/requirement-sources.js
var requirement_sources = __webpack_require__(8149);
// EXTERNAL MODULE: ./node_modules/@sinclair/typebox/build/esm/type/type/index.mjs + 112 modules
var type = __webpack_require__(4508);
// EXTERNAL MODULE: ./lib/core/schemas.js
var schemas = __webpack_require__(9975);
;// CONCATENATED MODULE: ./lib/rules/traceability/options.js



const DEFAULT_TESTS = ['test/**', 'tests/**', '**/*_test.*', '**/*.test.*', '**/*.spec.*'];
const SWITCHES = ['error', 'warning', 'off'];
const switchSchema = (what) => (0,schemas/* StringEnum */.bD)(SWITCHES, { default: 'error', description: `${what}: error | warning | off.` });
const TraceabilityOptions = (0,schemas/* RuleOptions */.Ly)({
    requirements: type/* Type */.ZU.Array(schemas/* requirementSourceSchema */.mf, {
        minItems: 1,
        description: "Where requirements are defined: globs (format from the extension: .yml/.yaml, .md, .sdoc, .reqif, needs.json; Doorstop folders by their .doorstop.yml), or {path, format} (yaml, markdown, doorstop, strictdoc, openfasttrace, sphinx-needs, reqif) with the format's options.",
    }),
    id_pattern: (0,schemas/* annotate */.fz)(schemas/* regexSchema */.v2, {
        default: requirements/* DEFAULT_ID_PATTERN */.ng,
        description: 'What a requirement id looks like (a regular expression).',
    }),
    tests: (0,schemas/* annotate */.fz)(schemas/* globListSchema */.e4, { default: DEFAULT_TESTS, description: 'Files searched for references to requirement ids.' }),
    reference_pattern: type/* Type */.ZU.Unsafe({
        ...schemas/* regexSchema */.v2,
        type: ['string', 'null'],
        default: null,
        description: 'A stricter reference form with one capture group for the id, e.g. "@req\\\\s+(REQ-[0-9]+)"; default: any id_pattern match in a test file.',
    }),
    junit: (0,schemas/* annotate */.fz)(schemas/* globListSchema */.e4, {
        default: [],
        description: 'JUnit XML reports; then a requirement counts as verified only if a linked test case passed.',
    }),
    junit_id_from_name: type/* Type */.ZU.Optional(type/* Type */.ZU.Unsafe({
        type: ['object', 'null'],
        default: null,
        additionalProperties: false,
        required: ['pattern', 'replace'],
        properties: {
            pattern: {
                ...schemas/* regexSchema */.v2,
                description: 'An RE2 pattern searched for in JUnit case, class and suite names, e.g. "REQ_([0-9]+)".',
            },
            replace: { type: 'string', description: 'What each match stands for: $1..$9 its groups, $& the match, e.g. "REQ-$1".' },
        },
        description: "Rewrites JUnit names before ids are looked for in them, for runners whose test names cannot hold the id as written (pytest's test_REQ_001 citing REQ-001).",
    })),
    allow_empty: type/* Type */.ZU.Optional(type/* Type */.ZU.Boolean({
        default: false,
        description: 'Let the gate go on when its sources define no requirement at all, or a junit glob matches no report (by default each is an error: a silent pass on nothing read); requirements a missing report would have verified still fail.',
    })),
    require_tests: type/* Type */.ZU.Union([(0,schemas/* StringEnum */.bD)(['all', 'none']), type/* Type */.ZU.Array((0,schemas/* StringEnum */.bD)(schemas/* SAFETY_CLASSES */.wj))], {
        default: 'all',
        description: "Which requirements need a test: all, none, or those of these classes (the requirement's class, else classification.default).",
    }),
    unknown_references: switchSchema('A test cites an id that no requirement defines'),
    duplicate_ids: switchSchema('The same id is defined twice'),
    suspect: switchSchema('A requirement whose text changed in this PR while none of its tests changed (nor, with junit, passed in a report this PR updated); and a Doorstop link whose stored stamp no longer matches its parent'),
    unreviewed: type/* Type */.ZU.Optional(switchSchema('A Doorstop item whose reviewed stamp no longer matches it (changed since it was reviewed)')),
}, { required: ['requirements'] });

// EXTERNAL MODULE: ./lib/util/concurrency.js
var concurrency = __webpack_require__(4467);
// EXTERNAL MODULE: ./node_modules/@eslint-community/regexpp/index.mjs
var regexpp = __webpack_require__(1895);
;// CONCATENATED MODULE: ./lib/rules/traceability/line-prefilter.js

/** The selection, or undefined when the pattern is outside what can be translated exactly (see above). */
function linePrefilter(source) {
    let pattern;
    try {
        pattern = new regexpp/* RegExpParser */.HA({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: false, unicodeSets: false });
    }
    catch {
        return undefined;
    }
    try {
        const pcre = alternatives(pattern.alternatives, PCRE);
        const ere = alternatives(pattern.alternatives, ERE);
        // A pattern that can match nothing at all would select every line; a full read is as good and simpler.
        if (pcre.nullable)
            return undefined;
        return { pcre: pcre.source, ere: ere.source };
    }
    catch (e) {
        if (e instanceof Untranslatable)
            return undefined;
        throw e;
    }
}
const PCRE = { group: (inner) => `(?:${inner})`, set: pcreSet };
const EXACT = { ...PCRE, exact: true };
/** The largest repetition count RE2 takes (PCRE takes more). */
const EXACT_MAX_REPEAT = 1000;
const WORD_CODES = new Set([...range('0', '9'), ...range('A', 'Z'), ...range('a', 'z'), '_'.charCodeAt(0)]);
/**
 * A PCRE for `git grep -P -o` whose matches are exactly those of an id_pattern standing alone (not preceded or
 * followed by a letter, digit or underscore), as src/util/pattern.ts finds them — or undefined where that cannot be
 * promised. `git grep -o` resumes after a match as if the rest were a line of its own, so a lookbehind there sees
 * nothing of the match before; the answer is still the pattern's when (besides what linePrefilter asks) the id
 * pattern holds no assertion of its own and every match of it starts with a letter, digit or underscore: a match
 * ends before a character that is none of those, so the next starts further on, and what the lookbehind reads lies
 * in the rest git searches. "@?REQ-[0-9]+" is refused: in "REQ-1@REQ-2" the pattern finds REQ-2, git "@REQ-2".
 */
function exactIdSearch(idPattern) {
    if (!linePrefilter(idPattern))
        return undefined;
    let pattern;
    try {
        pattern = new regexpp/* RegExpParser */.HA({ ecmaVersion: 2025 }).parsePattern(idPattern, 0, idPattern.length, { unicode: false, unicodeSets: false });
    }
    catch {
        return undefined;
    }
    try {
        const first = firstOfAlternatives(pattern.alternatives);
        if (first.nullable || [...first.codes].some((c) => !WORD_CODES.has(c)))
            return undefined;
        const id = alternatives(pattern.alternatives, EXACT);
        return `(?<![0-9A-Za-z_])${EXACT.group(id.source)}(?![0-9A-Za-z_])`;
    }
    catch (e) {
        if (e instanceof Untranslatable)
            return undefined;
        throw e;
    }
}
function firstOfAlternatives(list) {
    const codes = new Set();
    let nullable = false;
    for (const alt of list) {
        const f = firstOfSequence(alt.elements);
        for (const c of f.codes)
            codes.add(c);
        nullable ||= f.nullable;
    }
    return { codes, nullable };
}
function firstOfSequence(elements) {
    const codes = new Set();
    for (const e of elements) {
        const f = firstOf(e);
        for (const c of f.codes)
            codes.add(c);
        if (!f.nullable)
            return { codes, nullable: false };
    }
    return { codes, nullable: true };
}
function firstOf(node) {
    switch (node.type) {
        case 'Character':
            return { codes: new Set([character(node)]), nullable: false };
        case 'CharacterClass':
            return { codes: classCodes(node), nullable: false };
        case 'CharacterSet':
            return { codes: setCodes(node), nullable: false };
        case 'Group':
        case 'CapturingGroup':
            return firstOfAlternatives(node.alternatives);
        case 'Quantifier': {
            if (node.max === 0)
                return { codes: new Set(), nullable: true };
            const f = firstOf(node.element);
            return { codes: f.codes, nullable: f.nullable || node.min === 0 };
        }
        default:
            throw new Untranslatable();
    }
}
const ERE = { group: (inner) => `(${inner})`, set: bracket };
class Untranslatable extends Error {
}
const MAX_REPEAT = 255;
function alternatives(list, dialect) {
    const parts = list.map((alt) => sequence(alt, dialect));
    if (dialect.exact) {
        // In order, empty alternatives included: which alternative wins decides the match.
        const nullable = parts.some((p) => p.nullable);
        return parts.length === 1 ? parts[0] : { source: dialect.group(parts.map((p) => p.source).join('|')), nullable };
    }
    const nonEmpty = parts.filter((p) => p.source !== '');
    const nullable = parts.some((p) => p.nullable);
    if (!nonEmpty.length)
        return { source: '', nullable: true };
    // An empty alternative is written as an optional group: POSIX leaves "(a|)" undefined.
    const hasEmpty = nonEmpty.length < parts.length;
    if (nonEmpty.length === 1 && !hasEmpty)
        return nonEmpty[0];
    return { source: `${dialect.group(nonEmpty.map((p) => p.source).join('|'))}${hasEmpty ? '?' : ''}`, nullable };
}
function sequence(alt, dialect) {
    const parts = alt.elements.map((e) => line_prefilter_element(e, dialect));
    return { source: parts.map((p) => p.source).join(''), nullable: parts.every((p) => p.nullable) };
}
function line_prefilter_element(node, dialect) {
    switch (node.type) {
        case 'Character':
            return { source: dialect.set(new Set([character(node)])), nullable: false };
        case 'CharacterClass':
            return { source: dialect.set(classCodes(node)), nullable: false };
        case 'CharacterSet':
            return { source: dialect.set(setCodes(node)), nullable: false };
        case 'Group':
            // (?i:…) and the like: RE2 and JavaScript both take them, and a flag changes what matches.
            if (node.modifiers)
                throw new Untranslatable();
            return alternatives(node.alternatives, dialect);
        case 'CapturingGroup':
            // Alternatives come back grouped; a plain sequence needs no group of its own.
            return alternatives(node.alternatives, dialect);
        case 'Quantifier': {
            const inner = line_prefilter_element(node.element, dialect);
            if (dialect.exact) {
                if (inner.source === '' || node.min > EXACT_MAX_REPEAT || (node.max !== Infinity && node.max > EXACT_MAX_REPEAT))
                    throw new Untranslatable();
                const bounds = `{${node.min},${node.max === Infinity ? '' : node.max}}`;
                return { source: `${dialect.group(inner.source)}${bounds}${node.greedy ? '' : '?'}`, nullable: inner.nullable || node.min === 0 };
            }
            if (inner.source === '' || node.max === 0)
                return { source: '', nullable: true };
            const min = Math.min(node.min, MAX_REPEAT);
            // A bound past what POSIX promises becomes unbounded: still every line the pattern matches.
            const max = node.max === Infinity || node.max > MAX_REPEAT ? Infinity : node.max;
            const atom = dialect.group(inner.source);
            const source = min === 0 && max === Infinity
                ? `${atom}*`
                : min === 1 && max === Infinity
                    ? `${atom}+`
                    : min === 0 && max === 1
                        ? `${atom}?`
                        : `${atom}{${min},${max === Infinity ? '' : max}}`;
            return { source, nullable: inner.nullable || min === 0 };
        }
        case 'Assertion':
            if (node.kind === 'start' || node.kind === 'end' || dialect.exact)
                throw new Untranslatable();
            // Left out, but what they may read is checked like the rest.
            if (node.kind === 'lookahead' || node.kind === 'lookbehind')
                for (const a of node.alternatives)
                    sequence(a, dialect);
            return { source: '', nullable: true };
        default:
            // Back-references and anything newer.
            throw new Untranslatable();
    }
}
/**
 * A literal character, where RE2 reads it as JavaScript does: written as itself, or escaped as punctuation, \t or
 * \xHH. An escaped letter or digit otherwise means something else to RE2 (\z, \pL, \Q, \x{41}, \1) or nothing.
 */
function character(node) {
    if (node.raw.startsWith('\\') && /^\\[A-Za-z0-9]/.test(node.raw) && node.raw !== '\\t' && !/^\\x[0-9A-Fa-f]{2}$/.test(node.raw))
        throw new Untranslatable();
    return allowed(node.value);
}
/** Printable ASCII or a tab: what reads the same as bytes and as text, and is never part of a line terminator. */
function allowed(code) {
    if (code === 9 || (code >= 0x20 && code <= 0x7e))
        return code;
    throw new Untranslatable();
}
function classCodes(node) {
    if (node.negate)
        throw new Untranslatable();
    const codes = new Set();
    for (const e of node.elements) {
        // An unescaped "[" in a class: RE2 reads [[:alpha:]] as a class name, JavaScript as characters.
        if ((e.type === 'Character' && e.raw === '[') || (e.type === 'CharacterClassRange' && (e.min.raw === '[' || e.max.raw === '[')))
            throw new Untranslatable();
        if (e.type === 'Character')
            codes.add(character(e));
        else if (e.type === 'CharacterClassRange') {
            character(e.min);
            character(e.max);
            for (let c = e.min.value; c <= e.max.value; c++)
                codes.add(allowed(c));
        }
        else if (e.type === 'CharacterSet')
            for (const c of setCodes(e))
                codes.add(c);
        else
            throw new Untranslatable();
    }
    if (!codes.size)
        throw new Untranslatable();
    return codes;
}
function setCodes(node) {
    if (node.kind === 'digit' && !node.negate)
        return new Set(range('0', '9'));
    if (node.kind === 'word' && !node.negate)
        return new Set([...range('0', '9'), ...range('A', 'Z'), ...range('a', 'z'), '_'.charCodeAt(0)]);
    // `.`, \s (it includes non-ASCII spaces), \D, \W, \S and property escapes can match other bytes or line ends.
    throw new Untranslatable();
}
function range(from, to) {
    const out = [];
    for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++)
        out.push(c);
    return out;
}
/** A set's letters and digits as runs ("a-z" where three or more follow each other), and its other characters. */
function splitSet(codes) {
    const chars = [...codes].sort((a, b) => a - b).map((c) => String.fromCharCode(c));
    const runs = [];
    const others = [];
    for (let i = 0; i < chars.length;) {
        const c = chars[i];
        const kind = kindOf(c);
        if (kind === undefined) {
            others.push(c);
            i++;
            continue;
        }
        let j = i;
        while (j + 1 < chars.length && chars[j + 1].charCodeAt(0) === chars[j].charCodeAt(0) + 1 && kindOf(chars[j + 1]) === kind)
            j++;
        runs.push(j - i >= 2 ? `${c}-${chars[j]}` : chars.slice(i, j + 1).join(''));
        i = j + 1;
    }
    return { runs, others };
}
/** Digits, capitals and small letters: the runs that ranges may span (the C locale orders them by byte). */
function kindOf(c) {
    return /[0-9]/.test(c) ? 0 : /[A-Z]/.test(c) ? 1 : /[a-z]/.test(c) ? 2 : undefined;
}
/** A PCRE atom: a backslash before any character that is not a letter or digit makes it literal, in a class or not. */
function pcreSet(codes) {
    const { runs, others } = splitSet(codes);
    const members = [...runs, ...others.map((c) => (c === '\t' ? '\\t' : `\\${c}`))];
    return codes.size === 1 ? members[0] : `[${members.join('')}]`;
}
/**
 * A POSIX bracket expression for a set of printable ASCII codes, written so no member is special: "]" first, "-"
 * last, "^" never first; a lone letter or digit stands as itself.
 */
function bracket(codes) {
    const { runs, others } = splitSet(codes);
    if (!others.length && runs.length === 1 && runs[0].length === 1)
        return runs[0];
    const close = others.includes(']') ? ']' : '';
    const dash = others.includes('-') ? '-' : '';
    const caret = others.includes('^') ? '^' : '';
    const rest = others.filter((c) => c !== ']' && c !== '-' && c !== '^');
    // "[" before ".", ":" or "=" would open a class name; put it last among the others, before "^" and "-".
    const open = rest.includes('[') ? '[' : '';
    const plain = rest.filter((c) => c !== '[');
    let inner = close + runs.join('') + plain.join('') + open + caret + dash;
    if (inner.startsWith('^'))
        inner = inner.length > 1 ? inner.slice(1) + '^' : inner;
    if (inner === '^')
        return '\\^';
    return `[${inner}]`;
}

// EXTERNAL MODULE: ./lib/util/glob.js + 1 modules
var glob = __webpack_require__(5211);
// EXTERNAL MODULE: ./lib/util/pattern.js
var util_pattern = __webpack_require__(2718);
;// CONCATENATED MODULE: ./lib/rules/traceability/matrix.js









// The traceability matrix: requirements (read at head), the test lines that cite them, the JUnit cases linked to
// them, and — for a pull request — which requirements changed and which of those changed with no test. Shared by
// the gate and `sdlc-gate trace`.

/** The reference form: the policy's reference_pattern (its first group is the id), or an id_pattern match standing alone. */
function referencePattern(options) {
    const name = options.reference_pattern ? 'reference_pattern' : 'id_pattern';
    const source = options.reference_pattern ?? options.id_pattern;
    try {
        return options.reference_pattern ? util_pattern/* Pattern */.zJ.compile(source) : util_pattern/* Pattern */.zJ.standingAlone(source);
    }
    catch (e) {
        if (e instanceof util_pattern/* PatternError */.JM)
            throw new Error(`${name} "${source}" ${e.message} — fix it in the policy`, { cause: e });
        throw e;
    }
}
/**
 * What a source that can search (git grep) may search the test files with: the lines that can hold a reference (a
 * superset; every reference is then read from those lines by the same matcher that reads whole files), and — for
 * the default form, where a reference is the whole match — a search whose matches are provably the matcher's.
 */
function searchFor(options) {
    const selection = linePrefilter(options.reference_pattern ?? `(?<![A-Za-z0-9_])(?:${options.id_pattern})(?![A-Za-z0-9_])`);
    const exact = selection && !options.reference_pattern ? exactIdSearch(options.id_pattern) : undefined;
    return selection && exact ? { ...selection, exact } : selection;
}
/** Matches of the reference form in a file's text, with lines (counted from `firstLine`, for a part of a file). */
function referenceMatcher(options) {
    const pattern = referencePattern(options);
    // A reference form's group may hold several ids ("@relation(REQ-1, REQ-2, scope=function)"): each is cited.
    const idsIn = options.reference_pattern ? util_pattern/* Pattern */.zJ.standingAlone(options.id_pattern ?? requirements/* DEFAULT_ID_PATTERN */.ng) : undefined;
    const isId = options.reference_pattern ? util_pattern/* Pattern */.zJ.whole(options.id_pattern ?? requirements/* DEFAULT_ID_PATTERN */.ng) : undefined;
    return (text, file, firstLine = 1) => {
        const refs = [];
        let line = firstLine;
        let last = 0;
        for (const m of pattern.matchAll(text)) {
            if (m.text === '')
                continue;
            for (let i = text.indexOf('\n', last); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1))
                line++;
            last = m.index;
            // The id is the reference form's capture group; an id_pattern's own groups are not the id.
            const id = options.reference_pattern ? (m.groups[0] ?? m.text) : m.text;
            if (!id)
                continue;
            if (idsIn && isId && !isId(id)) {
                const ids = [...idsIn.matchAll(id)].map((x) => x.text).filter(Boolean);
                if (ids.length) {
                    for (const each of ids)
                        refs.push({ id: each, file, line });
                    continue;
                }
            }
            refs.push({ id, file, line });
        }
        return refs;
    };
}
/**
 * Fail closed on tests globs that find nothing: no test file at all, or a `tests` glob the policy set that matches
 * no file (the default globs are alternatives: only all of them matching nothing counts). `allow_empty: true` turns
 * each into a notice that says so.
 */
function emptyGlobFindings(options, testListed, testCount) {
    const findings = [];
    const say = (message, action) => {
        findings.push(options.allow_empty
            ? { severity: 'notice', message: `${message.split(' — ')[0]}; the gate goes on because allow_empty is true.` }
            : { severity: 'error', message, action: { text: action } });
    };
    const isDefault = options.tests.length === DEFAULT_TESTS.length && options.tests.every((g, i) => g === DEFAULT_TESTS[i]);
    const unmatched = (globs, paths) => globs.filter((g) => !g.startsWith('!') && !paths.some((0,glob/* globMatcher */.f)([g])));
    if (testCount === 0) {
        say(`No test file matches the tests globs (${options.tests.join(', ')}) at head, so no requirement can be cited — fix the tests globs in the policy, or add the tests.`, 'Point the traceability tests globs at the test files');
    }
    else if (!isDefault) {
        for (const glob of unmatched(options.tests, testListed)) {
            say(`The tests glob "${glob}" matches no file at head — fix it in the policy or remove it.`, `Fix or remove the tests glob "${glob}"`);
        }
    }
    // junit globs are checked where the reports are read (unmatchedJUnitGlobs).
    return findings;
}
/**
 * The id pattern with, when it is the default, the UID form of each Doorstop document the sources name
 * (`REQ[0-9]+` for prefix REQ and no separator), so Doorstop's default UIDs are read and cited with no id_pattern.
 * A policy's own id_pattern alone decides.
 */
async function withDoorstopUids(idPattern, files, facts) {
    if (idPattern !== requirements/* DEFAULT_ID_PATTERN */.ng)
        return idPattern;
    const settingsPaths = [...new Set(files.flatMap((f) => (f.settingsPath ? [f.settingsPath] : [])))];
    if (!settingsPaths.length)
        return idPattern;
    const isDefault = util_pattern/* Pattern */.zJ.whole(requirements/* DEFAULT_ID_PATTERN */.ng);
    const forms = new Set();
    for (const path of settingsPaths) {
        // Unreadable settings are reported where the requirements are read.
        const { text } = await (0,read_file/* readOrFinding */.XB)((p) => facts.readAtHead(p), path, 'the Doorstop document');
        if (text === undefined)
            continue;
        const { settings } = (0,requirements/* parseDoorstopSettings */.bJ)(text, path);
        const form = (0,requirements/* doorstopUidPattern */.h0)(settings);
        if (form && !isDefault(`${settings.prefix}${settings.sep ?? ''}1`))
            forms.add(form);
    }
    return forms.size ? `${idPattern}|${[...forms].sort().join('|')}` : idPattern;
}
/** A policy whose pattern does not compile cannot be evaluated: the gate errors, saying which. */
function checkPattern(name, source) {
    const problem = (0,util_pattern/* patternProblem */.AL)(source);
    if (problem)
        throw new Error(`${name} "${source}" ${problem} — fix it in the policy`);
}
async function buildMatrix({ options, facts, policy, compare }) {
    checkPattern('id_pattern', options.id_pattern ?? requirements/* DEFAULT_ID_PATTERN */.ng);
    // OpenFastTrace sources are cited by coverage tags ([utest->dsn~name~1]) unless the policy names another form.
    const referencePatternOption = options.reference_pattern ?? openFastTraceReference(options.requirements);
    if (referencePatternOption)
        checkPattern('reference_pattern', referencePatternOption);
    // Asked for now, so git works out the changes while the files are read; a failure surfaces where it is awaited.
    const changes = compare ? facts.changedFiles() : Promise.resolve([]);
    changes.catch(() => undefined);
    const resolved = await (0,requirement_sources/* resolveRequirementFiles */.B8)(options.requirements, facts);
    // With the default id_pattern, Doorstop's own UIDs (REQ001: prefix, separator, number) are ids too.
    const idPattern = await withDoorstopUids(options.id_pattern ?? requirements/* DEFAULT_ID_PATTERN */.ng, resolved.files, facts);
    const requirementPaths = new Set(resolved.files.map((f) => f.path));
    // The test files: what the test globs match, except requirement files and JUnit reports.
    const junitPaths = options.junit.length ? await facts.listAtHead(options.junit) : [];
    const junitSet = new Set(junitPaths);
    const testListed = await facts.listAtHead(options.tests);
    const testFiles = testListed.filter((p) => !requirementPaths.has(p) && !junitSet.has(p));
    const globFindings = emptyGlobFindings(options, testListed, testFiles.length);
    const referenceOptions = { id_pattern: idPattern, reference_pattern: referencePatternOption };
    // The requirements are parsed while the test files are searched (by git, in a process of its own, where it can);
    // the search is started first, as it takes longer.
    const [scanned, read] = await Promise.all([
        scanCitations(facts, testFiles, referenceMatcher(referenceOptions), searchFor(referenceOptions)),
        (0,requirement_sources/* readRequirementFiles */.BV)(resolved, facts, { id_pattern: idPattern }),
    ]);
    const findings = [...read.findings, ...scanned.findings, ...globFindings];
    // Duplicates: the first definition wins in the matrix.
    const byId = groupById(read.requirements);
    const duplicates = [...byId.values()].filter((defs) => defs.length > 1);
    const linked = requirementLinks(byId, testFiles);
    findings.push(...linked.findings);
    // Without an explicit reference form, a match whose prefix no requirement uses (UTF-8, SHA-256) is not a reference.
    const prefixes = referencePatternOption ? undefined : new Set([...byId.keys()].map(idPrefix));
    const cited = sortCitations(scanned.citations, prefixes, byId, compare);
    const casesById = await junitCases(options, facts, junitPaths, byId, idPattern, findings);
    findings.push(...(await unmatchedJUnitGlobs(options, facts, junitPaths)));
    // A pull request: which requirements are new, changed or deleted, and which files changed. A requirement file
    // that could not be read or parsed cleanly at head says nothing about what changed in it: its own error stands,
    // and none of its requirements is called new, changed or deleted.
    const troubled = new Set(read.findings.filter((f) => f.severity === 'error' && f.file).map((f) => f.file));
    const changedFiles = await changes;
    const atBase = compare
        ? await requirementsAtBase(facts, changedFiles, read.files, troubled, options.requirements, idPattern)
        : new Map();
    const { unknownReferences, deleted } = unknownAndDeleted(cited, atBase, byId);
    const changedPaths = new Set(changedFiles.filter((c) => c.status !== 'removed').map((c) => c.path));
    const changedRequirementPaths = new Set([...changedPaths].filter((p) => requirementPaths.has(p) && !troubled.has(p)));
    const requiredClasses = options.require_tests === 'all' ? undefined : options.require_tests === 'none' ? [] : options.require_tests.map((c) => c.toUpperCase());
    const judge = {
        junit: options.junit.length > 0,
        defaultClass: policy.classification.default,
        requiredClasses,
        compare,
        testsById: cited.tests,
        fileLinksById: linked.tests,
        casesById,
        atBase,
        changedPaths,
        changedRequirementPaths,
    };
    const rows = [];
    for (const [id, defs] of byId)
        rows.push(matrixRow(judge, id, defs[0]));
    return {
        rows,
        unknownReferences,
        duplicates,
        deleted,
        findings,
        junit: options.junit.length > 0,
        compared: compare,
        ...(read.doorstop ? { doorstop: read.doorstop } : {}),
    };
}
/** The requirements by id, each id's definitions in the order read. */
function groupById(requirements) {
    const byId = new Map();
    for (const r of requirements) {
        const defs = byId.get(r.id);
        if (defs)
            defs.push(r);
        else
            byId.set(r.id, [r]);
    }
    return byId;
}
/** JUnit cases linked by name, classname or a requirement property; read and parse problems go to `findings`. */
async function junitCases(options, facts, junitPaths, byId, idPattern, findings) {
    const casesById = new Map();
    const reports = await (0,concurrency/* mapConcurrent */._)(junitPaths, concurrency/* READ_CONCURRENCY */.H, async (path) => {
        const { text, finding } = await (0,read_file/* readOrFinding */.XB)((p) => facts.readAtHead(p), path, 'its test results');
        if (finding)
            findings.push(finding);
        return text === undefined ? { cases: [], findings: [] } : parseJUnit(text, path);
    });
    const idInText = util_pattern/* Pattern */.zJ.standingAlone(idPattern);
    const rename = idFromName(options.junit_id_from_name);
    for (const report of reports) {
        findings.push(...report.findings);
        for (const c of report.cases) {
            // Suite-level ids apply to the suite's cases: an id in a describe block's name cites every test in it.
            const names = [c.name, c.classname, ...c.suites];
            const texts = rename ? [...names, ...names.map(rename), ...c.requirementProperties] : [...names, ...c.requirementProperties];
            const ids = new Set(texts.flatMap((s) => [...idInText.matchAll(s)].map((m) => m.text).filter(Boolean)));
            for (const id of ids) {
                if (!byId.has(id))
                    continue;
                const linked = casesById.get(id);
                if (linked)
                    linked.push(c);
                else
                    casesById.set(id, [c]);
            }
        }
    }
    return casesById;
}
/** The unknown references (with the citations of requirements the pull request deleted), and the deletions. */
function unknownAndDeleted(cited, atBase, byId) {
    const gone = [...atBase.values()].filter(({ requirement }) => !byId.has(requirement.id));
    const goneIds = new Set(gone.map(({ requirement }) => requirement.id));
    const unknownReferences = [...cited.unknown, ...cited.foreign.filter((f) => goneIds.has(f.id))].sort(byFile);
    const unknownById = new Map();
    for (const u of unknownReferences) {
        const refs = unknownById.get(u.id);
        if (refs)
            refs.push(u);
        else
            unknownById.set(u.id, [u]);
    }
    const deleted = gone.map(({ requirement }) => ({ requirement, tests: unknownById.get(requirement.id) ?? [] }));
    return { unknownReferences, deleted };
}
/** The verdict on a requirement from its citations and, with JUnit, its cases. */
function verdictOf(junit, tested, cases) {
    return !junit
        ? tested || cases.length
            ? 'tested'
            : 'untested'
        : cases.some((c) => c.status === 'failed')
            ? 'failed'
            : cases.some((c) => c.status === 'skipped')
                ? 'skipped'
                : cases.length
                    ? 'verified'
                    : tested
                        ? 'not run'
                        : 'untested';
}
/** Judge one requirement (its first definition): class, verdict, change, suspect, touched. */
function matrixRow(ctx, id, requirement) {
    const { changedPaths } = ctx;
    const cls = (requirement.class ?? ctx.defaultClass).toUpperCase();
    const cited = ctx.testsById.get(id);
    const fileLinks = ctx.fileLinksById.get(id);
    const tested = (cited?.length ?? 0) + (fileLinks?.length ?? 0);
    const cases = ctx.casesById.get(id) ?? [];
    const verdict = verdictOf(ctx.junit, tested, cases);
    let change;
    if (ctx.compare && ctx.changedRequirementPaths.has(requirement.file)) {
        const before = ctx.atBase.get(id)?.text;
        if (before === undefined)
            change = 'added';
        else if (before !== (0,requirements/* normalizedText */.F9)(requirement))
            change = 'changed';
    }
    const testChanged = changedPaths.size > 0 &&
        ((cited !== undefined && cited.citesAny(changedPaths)) || (fileLinks ?? []).some((r) => changedPaths.has(r.file)));
    const freshPass = changedPaths.size > 0 && cases.some((c) => c.status === 'passed' && changedPaths.has(c.report));
    // A changed requirement with no test at all is untested, not suspect: there is no link to re-verify.
    const suspect = change === 'changed' && (tested > 0 || cases.length > 0) && !testChanged && !freshPass;
    const required = ctx.requiredClasses === undefined || ctx.requiredClasses.includes(cls);
    const touched = change !== undefined || testChanged;
    // The citations become Reference objects when something reads them (a report, a finding that names them):
    // a gate where every requirement passes never builds the 100,000s of a large repository. The getter is written
    // in the literal (not defined on the row afterwards), so 20,000 rows keep one fast shape.
    const row = cited || fileLinks
        ? {
            requirement,
            class: cls,
            required,
            get tests() {
                return fileLinks ? mergeReferences(cited?.references() ?? [], fileLinks) : cited.references();
            },
            cases,
            verdict,
            suspect,
            touched,
        }
        : { requirement, class: cls, required, tests: [], cases, verdict, suspect, touched };
    if (change)
        row.change = change;
    return row;
}
/**
 * Links a requirement document states itself: a StrictDoc `TYPE: Child` makes this requirement a parent of the
 * child (which must exist), and a `TYPE: File` to a test file is a citation by that file (the path as written, from
 * the repository root or else from the document's folder). A File link to a file that is not a test file is an
 * implementation link, not a test.
 */
function requirementLinks(byId, testFiles) {
    const tests = new Map();
    const findings = [];
    const testSet = new Set(testFiles);
    // Sets, not searches in the lists: a document with many relations stays linear.
    const seen = new Set();
    for (const defs of byId.values())
        for (const p of defs[0].parents ?? [])
            seen.add(`${defs[0].id}\u0000${p}`);
    for (const [id, defs] of byId) {
        const r = defs[0];
        for (const childId of r.children ?? []) {
            const child = byId.get(childId)?.[0];
            if (!child) {
                findings.push({
                    severity: 'error',
                    message: `${id} names ${childId} as its child (a Child relation), but no requirement defines ${childId} — fix the relation, or add the document that holds ${childId} to the requirements sources.`,
                    file: r.file,
                    line: r.line,
                });
            }
            else if (!seen.has(`${childId}\u0000${id}`)) {
                seen.add(`${childId}\u0000${id}`);
                (child.parents ??= []).push(id);
            }
        }
        const dir = r.file.includes('/') ? r.file.slice(0, r.file.lastIndexOf('/') + 1) : '';
        for (const written of r.linkedFiles ?? []) {
            const path = [normalizePath(written), normalizePath(dir + written)].find((p) => p !== undefined && testSet.has(p));
            if (!path)
                continue;
            if (seen.has(`${id}\u0001${path}`))
                continue;
            seen.add(`${id}\u0001${path}`);
            const refs = tests.get(id);
            const ref = { id, file: path, line: 1 };
            if (refs)
                refs.push(ref);
            else
                tests.set(id, [ref]);
        }
    }
    return { tests, findings };
}
/** A relative path with "." and ".." resolved, or undefined if it leaves the repository. */
function normalizePath(p) {
    const out = [];
    for (const part of p.replace(/^\.\//, '').split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (!out.length)
                return undefined;
            out.pop();
        }
        else
            out.push(part);
    }
    return out.join('/');
}
/** Citations from the tests and from the requirement's own File links, one per file, by path. */
function mergeReferences(cited, links) {
    const files = new Set(cited.map((r) => r.file));
    return [...cited, ...links.filter((r) => !files.has(r.file))].sort(byFile);
}
/**
 * The citations of one id — the first per file —, in the order read: file, line and place in the scan as numbers,
 * built into Reference objects only when asked for.
 */
class CitationList {
    id;
    paths;
    scan;
    files = [];
    lines = [];
    /** Each citation's place in the whole scan, to merge lists back into the order read. */
    order = [];
    built;
    constructor(id, 
    /** The scan's files in the order read (citations name them by their place here). */
    paths, 
    /** Whether the scan read the files in path order, so each list is already sorted: known once the scan ends. */
    scan) {
        this.id = id;
        this.paths = paths;
        this.scan = scan;
    }
    get length() {
        return this.files.length;
    }
    /** Whether any citing file is in `paths`. */
    citesAny(paths) {
        return this.files.some((f) => paths.has(this.paths[f]));
    }
    /** The citations, by file and line (built once). */
    references() {
        if (!this.built) {
            this.built = this.files.map((f, i) => ({ id: this.id, file: this.paths[f], line: this.lines[i] }));
            // Files arrive in any order where the source reads them concurrently (in path order from git); the matrix lists them by path.
            if (!this.scan.sorted)
                this.built.sort(byFile);
        }
        return this.built;
    }
}
/**
 * Every id the test files cite — the first citation per file and id —, streamed rather than cached so memory does
 * not grow with the tests. With `lines`, the source may hand over only the lines that can hold a citation.
 */
async function scanCitations(facts, paths, match, lines) {
    const byId = new Map();
    const read = [];
    const findings = [];
    // Whether the files came in path order is known only at the end; every list reads the answer from here.
    const order = { sorted: true };
    let count = 0;
    let file = -1;
    // Each file is visited once with all its citations: an id this file already cites ends its list.
    const take = (id, line) => {
        let list = byId.get(id);
        if (!list)
            byId.set(id, (list = new CitationList(id, read, order)));
        else if (list.files[list.files.length - 1] === file)
            return;
        list.files.push(file);
        list.lines.push(line);
        list.order.push(count++);
    };
    await facts.scanAtHead(paths, (scanned) => {
        const path = scanned.path;
        if (read.length && read[read.length - 1] >= path)
            order.sorted = false;
        file = read.push(path) - 1;
        if (scanned.text === undefined && scanned.lines === undefined && scanned.matches === undefined) {
            findings.push({ ...(0,read_file/* unreadableFinding */.jg)(scanned, 'its requirement references'), severity: 'warning' });
            return;
        }
        if (scanned.matches) {
            const { lines: at, texts } = scanned.matches;
            for (let i = 0; i < texts.length; i++)
                take(texts[i], at[i]);
        }
        else if (scanned.lines)
            for (const l of scanned.lines)
                for (const r of match(l.text, path, l.line))
                    take(r.id, r.line);
        else
            for (const r of match(scanned.text, path))
                take(r.id, r.line);
    }, lines ? { lines } : undefined);
    return { citations: byId, findings };
}
/**
 * Citations sorted out once the requirements are known: references by id; unknown ids; and `foreign` (kept only
 * to compare with a base), matches whose prefix no requirement at head uses — not references, unless they name a
 * requirement the pull request deleted (the last of its document, say), which is known only once the base has been
 * read. Decided once per id; unknown and foreign citations come in the order they were read.
 */
function sortCitations(citations, prefixes, byId, keepForeign) {
    const tests = new Map();
    const unknown = [];
    const foreign = [];
    for (const [id, list] of citations) {
        // Without prefixes every match is a reference.
        if (prefixes && !prefixes.has(idPrefix(id))) {
            if (keepForeign)
                foreign.push(list);
        }
        else if (byId.has(id))
            tests.set(id, list);
        else
            unknown.push(list);
    }
    return { tests, unknown: inOrderRead(unknown), foreign: inOrderRead(foreign) };
}
/** The citations of several lists, in the order the scan read them. */
function inOrderRead(lists) {
    const all = lists.flatMap((list) => list.files.map((_, i) => ({ at: list.order[i], ref: { id: list.id, file: list.paths[list.files[i]], line: list.lines[i] } })));
    return all.sort((a, b) => a.at - b.at).map((x) => x.ref);
}
/**
 * The requirements at base of the requirement files the PR edited, removed or moved out of the sources, by id
 * (the first definition). A file `troubled` at head is left out: it says nothing about what changed in it.
 */
async function requirementsAtBase(facts, changedFiles, headFiles, troubled, sources, idPattern) {
    const filesByPath = new Map(headFiles.map((f) => [f.path, f]));
    const edited = changedFiles.filter((c) => c.status !== 'added' && !troubled.has(c.path));
    // Doorstop folders are listed only for a file with no requirement file at head to go by (removed or moved out).
    const doorstopDirs = edited.some((c) => c.status === 'removed' || !filesByPath.has(c.path))
        ? await (0,requirement_sources/* doorstopDirsAtHead */.OZ)(facts)
        : new Set();
    const formerFiles = edited.flatMap((c) => {
        const basePath = c.previousPath ?? c.path;
        const head = c.status === 'removed' ? undefined : filesByPath.get(c.path);
        if (head)
            return [{ ...head, path: basePath }];
        const former = (0,requirement_sources/* formerRequirementFile */.Ri)(basePath, sources, doorstopDirs);
        return former ? [former] : [];
    });
    // A Doorstop item is read with its document's settings at base, so a file that was no item then is none now.
    const settings = new Map();
    const settingsAt = (path) => {
        let s = settings.get(path);
        if (!s) {
            s = facts.readAtBase(path).then((f) => (f ? (0,requirements/* parseDoorstopSettings */.bJ)(f.text, path).settings : undefined), () => undefined);
            settings.set(path, s);
        }
        return s;
    };
    const parsed = await (0,concurrency/* mapConcurrent */._)(formerFiles, concurrency/* READ_CONCURRENCY */.H, async (file) => {
        const base = await facts.readAtBase(file.path).catch(() => undefined);
        const docSettings = file.settingsPath ? await settingsAt(file.settingsPath) : undefined;
        return base ? (0,requirements/* parseRequirementFile */.jd)(file, base.text, idPattern, docSettings).requirements : [];
    });
    const atBase = new Map();
    for (const r of parsed.flat())
        if (!atBase.has(r.id))
            atBase.set(r.id, { requirement: r, text: (0,requirements/* normalizedText */.F9)(r) });
    return atBase;
}
/** The rewrite of junit_id_from_name: each match of `pattern` in a name, rewritten (only the rewrites are returned, space-separated). */
function idFromName(option) {
    if (!option)
        return undefined;
    checkPattern('junit_id_from_name.pattern', option.pattern);
    const pattern = util_pattern/* Pattern */.zJ.compile(option.pattern);
    return (name) => {
        const out = [];
        for (const m of pattern.matchAll(name)) {
            out.push(option.replace.replace(/\$(\$|&|[1-9])/g, (_, g) => g === '$' ? '$' : g === '&' ? m.text : (m.groups[Number(g) - 1] ?? '')));
        }
        return out.join(' ');
    };
}
/**
 * Each junit glob must match a report at head: one that matches nothing is an error (a report not committed, a
 * path mistyped), or with allow_empty: true a notice — no requirement is verified by a report that is not there.
 */
async function unmatchedJUnitGlobs(options, facts, matched) {
    if (!options.junit.length)
        return [];
    const empty = matched.length === 0
        ? options.junit
        : options.junit.length === 1
            ? []
            : (await Promise.all(options.junit.map(async (g) => ((await facts.listAtHead([g])).length ? [] : [g])))).flat();
    if (!empty.length)
        return [];
    const globs = empty.join(', ');
    if (options.allow_empty) {
        return [
            {
                severity: 'notice',
                message: `junit ${empty.length === 1 ? 'glob' : 'globs'} ${globs} ${empty.length === 1 ? 'matches' : 'match'} no file at head; allowed by allow_empty: true — no requirement is verified by a report that is not there.`,
            },
        ];
    }
    return [
        {
            severity: 'error',
            message: matched.length === 0
                ? `junit is set (${globs}) but no file matches at head, so no requirement can be verified — commit the JUnit report or fix the globs.`
                : `junit ${empty.length === 1 ? 'glob' : 'globs'} ${globs} ${empty.length === 1 ? 'matches' : 'match'} no file at head, so the test results it names were not read — commit the JUnit report or fix the glob (allow_empty: true lets the gate go on without it).`,
        },
    ];
}
/**
 * The reference form of a policy with OpenFastTrace sources and no reference_pattern: a coverage tag whose
 * covering type is one of their test types (see docs/gates/traceability-formats.md); null for other policies.
 */
function openFastTraceReference(sources) {
    const oft = sources.filter((s) => typeof s !== 'string' && s.format === 'openfasttrace');
    if (!oft.length)
        return null;
    const types = new Set(oft.flatMap((s) => (typeof s === 'string' ? [] : (s.test_types ?? requirements/* DEFAULT_TEST_TYPES */.nf))));
    return (0,requirements/* coverageTagPattern */.d6)([...types]);
}
/** An id without its trailing number: "REQ-" of "REQ-012". */
function idPrefix(id) {
    // Walked back from the end: a regular expression would retry each digit of a long run that something else ends.
    let end = id.length;
    while (end > 0 && id.charCodeAt(end - 1) >= 48 && id.charCodeAt(end - 1) <= 57)
        end--;
    return id.slice(0, end);
}
function byFile(a, b) {
    return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

// EXTERNAL MODULE: ./lib/parsers/requirements/doorstop.js
var doorstop = __webpack_require__(4141);
;// CONCATENATED MODULE: ./lib/rules/traceability/doorstop-links.js

/**
 * `definedElsewhere`: the ids the policy's other requirement sources define (Markdown, YAML, StrictDoc...). A
 * Doorstop item may derive from one of them: such a link is not to an unknown item, and carries no Doorstop stamp
 * to compare.
 */
function doorstopLinkFindings(items, options, definedElsewhere = new Set()) {
    const findings = [];
    const byUid = new Map();
    for (const item of items)
        if (!byUid.has((0,doorstop/* uidKey */.e0)(item.uid)))
            byUid.set((0,doorstop/* uidKey */.e0)(item.uid), item);
    for (const item of items) {
        if (!item.active)
            continue;
        for (const link of item.links) {
            const parent = byUid.get((0,doorstop/* uidKey */.e0)(link.uid));
            if (!parent) {
                if (definedElsewhere.has(link.uid))
                    continue;
                findings.push({
                    severity: 'error',
                    message: `${item.uid} links to ${link.uid}, which no Doorstop item in the requirements sources defines — fix the link, or add the document that holds ${link.uid} to the requirements sources.`,
                    file: item.file,
                    line: link.line,
                    action: { text: `Fix the link from ${item.uid} to ${link.uid}` },
                });
                continue;
            }
            if (options.suspect && typeof link.stamp === 'string' && link.stamp !== parent.stamp) {
                findings.push({
                    severity: options.suspect,
                    message: `Suspect link: ${item.uid} links to ${parent.uid} (${parent.file}:${parent.line}), which changed since the link was last reviewed ` +
                        `(stamp ${link.stamp} stored, ${parent.stamp} now) — review ${item.uid} against ${parent.uid}, then run "doorstop clear ${item.uid} ${parent.uid}" and commit.`,
                    file: item.file,
                    line: link.line,
                    action: { text: `Review ${item.uid} against ${parent.uid} and clear the suspect link` },
                });
            }
        }
        if (options.unreviewed && typeof item.reviewed === 'string' && item.reviewed !== item.reviewedStamp) {
            findings.push({
                severity: options.unreviewed,
                message: `${item.uid} has unreviewed changes: its text, links or references changed since it was reviewed (stamp ${item.reviewed} stored, ${item.reviewedStamp} now) — review it, then run "doorstop review ${item.uid}" and commit.`,
                file: item.file,
                line: item.line,
                action: { text: `Review ${item.uid} and record it with "doorstop review ${item.uid}"` },
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./lib/rules/traceability/index.js







const traceability = (0,rule/* defineRule */.K)({
    name: 'traceability',
    description: 'Traceability (IEC 62304 5.1.1, 5.7.4): every requirement is cited by a test (and passed, with JUnit), every cited id exists, and a requirement changed by the PR has its tests changed too.',
    options: TraceabilityOptions,
    async evaluate(options, facts, ctx) {
        const matrix = await buildMatrix({ options, facts, policy: ctx, compare: true });
        const findings = traceabilityFindings(matrix, options);
        const c = (0,trace/* countMatrix */.p)(matrix);
        const summary = `${(0,util_text/* plural */.LS)(c.requirements, 'requirement')}: ${c.tested} tested` +
            (matrix.junit ? `, ${c.verified} verified` : '') +
            `, ${c.untested} untested, ${(0,util_text/* plural */.LS)(c.unknownReferences, 'unknown reference')}, ${c.suspect} suspect` +
            (matrix.deleted.length ? `, ${matrix.deleted.length} deleted` : '');
        const blocking = findings.filter((f) => f.severity === 'error');
        const touched = touchedTable(matrix);
        return {
            findings,
            summary: blocking.length ? `${summary} — ${blocking[0].message}` : summary,
            ...(touched ? { tables: [touched] } : {}),
        };
    },
});
/** The part of the matrix this PR touched, folded under the gate in the report; `sdlc-gate trace` writes all of it. */
function touchedTable(matrix) {
    const touched = matrix.rows.filter((r) => r.touched);
    if (!touched.length && !matrix.deleted.length)
        return undefined;
    return {
        title: 'Requirements this pull request touched',
        columns: ['Requirement', 'Class', 'Defined at', 'Change', 'Status', 'Tests', 'JUnit'],
        rows: [
            ...touched.map((row) => {
                const r = row.requirement;
                const change = row.change === 'added' ? 'new' : row.change === 'changed' ? 'text changed' : 'tests changed';
                return [
                    `${r.id}${r.title ? ` ${r.title}` : ''}`,
                    row.class,
                    at(r),
                    change,
                    `${row.verdict}${row.suspect ? ', suspect' : ''}`,
                    row.tests.length ? (0,util_text/* shortList */.pg)(row.tests.map(at), 4) : 'no test',
                    row.cases.length
                        ? (0,util_text/* shortList */.pg)(row.cases.map((c) => `${c.name}: ${c.status}`), 4)
                        : '',
                ];
            }),
            ...matrix.deleted.map(({ requirement: r, tests }) => [
                `${r.id}${r.title ? ` ${r.title}` : ''}`,
                (r.class ?? '').toUpperCase(),
                `${at(r)} (base)`,
                'deleted',
                tests.length ? 'still cited' : '',
                tests.length ? (0,util_text/* shortList */.pg)(tests.map(at), 4) : '',
                '',
            ]),
        ],
        collapsed: true,
    };
}
const at = (r) => `${r.file}:${r.line}`;
function traceabilityFindings(matrix, options) {
    const findings = [...matrix.findings];
    if (matrix.rows.length === 0 && matrix.duplicates.length === 0)
        findings.push(noRequirements(options));
    const severity = (s) => (s === 'off' ? undefined : s);
    if (matrix.doorstop) {
        const defined = new Set(matrix.rows.map((r) => r.requirement.id));
        findings.push(...doorstopLinkFindings(matrix.doorstop, { suspect: severity(options.suspect), unreviewed: severity(options.unreviewed ?? 'error') }, defined));
    }
    const dup = severity(options.duplicate_ids);
    if (dup)
        findings.push(...duplicateFindings(matrix, dup));
    findings.push(...gapFindings(matrix));
    const unknown = severity(options.unknown_references);
    if (unknown)
        findings.push(...unknownReferenceFindings(matrix, unknown));
    findings.push(...deletedFindings(matrix, unknown));
    const suspect = severity(options.suspect);
    if (suspect)
        findings.push(...suspectFindings(matrix, suspect));
    return findings;
}
/** Each definition of an id defined more than once. */
function duplicateFindings(matrix, dup) {
    const findings = [];
    for (const defs of matrix.duplicates) {
        const action = { text: `Give each of the ${defs.length} definitions of ${defs[0].id} its own id (${(0,util_text/* shortList */.pg)(defs.map(at), 5)})` };
        for (const d of defs) {
            const others = defs.filter((o) => o !== d).map(at);
            findings.push({
                severity: dup,
                message: `${d.id} is defined more than once: here and at ${(0,util_text/* listing */.RR)(others)} — give each requirement its own id and update the tests that cite it.`,
                file: d.file,
                line: d.line,
                action,
            });
        }
    }
    return findings;
}
/** Each required requirement not verified, with one step per kind of gap naming its requirements. */
function gapFindings(matrix) {
    const findings = [];
    // One step per kind of gap, naming its requirements: "Add a test citing each of REQ-3, REQ-7 and REQ-9".
    const gaps = new Map();
    for (const row of matrix.rows) {
        if (!row.required)
            continue;
        const problem = verificationProblem(row, matrix.junit);
        if (!problem)
            continue;
        const f = { severity: 'error', message: problem, file: row.requirement.file, line: row.requirement.line };
        findings.push(f);
        const gap = gaps.get(row.verdict);
        if (gap) {
            gap.ids.push(row.requirement.id);
            gap.findings.push(f);
        }
        else
            gaps.set(row.verdict, { ids: [row.requirement.id], findings: [f] });
    }
    for (const [verdict, { ids, findings: gapFindings }] of gaps) {
        const text = gapStep(verdict, ids);
        for (const f of gapFindings)
            f.action = { text };
    }
    return findings;
}
/** Each citation of an id no requirement defines (or one this pull request deleted). */
function unknownReferenceFindings(matrix, unknown) {
    const deletedById = new Map(matrix.deleted.map((d) => [d.requirement.id, d.requirement]));
    return matrix.unknownReferences.map((ref) => {
        const gone = deletedById.get(ref.id);
        return {
            severity: unknown,
            message: gone
                ? `${ref.file} cites ${ref.id}, which this pull request deleted (it was at ${at(gone)} at base) — remove or retarget the citation with the requirement, or restore ${ref.id}.`
                : `${ref.file} cites ${ref.id}, which no requirement defines — fix the id, or add ${ref.id} to the requirements.`,
            file: ref.file,
            line: ref.line,
            action: {
                text: gone
                    ? `Remove or retarget the citation of ${ref.id} in ${ref.file}, or restore ${ref.id}`
                    : `Fix the citation of ${ref.id} in ${ref.file}, or define ${ref.id}`,
            },
        };
    });
}
/** A notice for each deleted requirement, unless a citation still left makes it an unknown reference. */
function deletedFindings(matrix, unknown) {
    const findings = [];
    // A deletion no test still cites is not a problem, but the record of a requirement leaving the set belongs in the audit trail.
    for (const d of matrix.deleted) {
        if (d.tests.length && unknown)
            continue;
        const r = d.requirement;
        findings.push({
            severity: 'notice',
            message: `${r.id}${r.title ? ` "${r.title}"` : ''} was deleted in this pull request (it was at ${at(r)} at base) — check that its risk controls and design outputs no longer depend on it.`,
        });
    }
    return findings;
}
/** Each requirement changed by this pull request whose tests did not change. */
function suspectFindings(matrix, suspect) {
    return matrix.rows
        .filter((r) => r.suspect)
        .map((row) => {
        const r = row.requirement;
        const links = [...row.tests.map(at), ...row.cases.map((c) => `${c.report}:${c.line} (${c.name})`)];
        return {
            severity: suspect,
            message: `${r.id} "${r.title}" changed in this pull request (${at(r)}), but none of its tests did: ${(0,util_text/* shortList */.pg)(links, 5)} — ` +
                `review ${links.length === 1 ? 'that test' : 'those tests'} against the new text and update ${links.length === 1 ? 'it' : 'them'} in this pull request` +
                `${matrix.junit ? ', or commit a JUnit report from this head where they pass' : ''}.`,
            file: r.file,
            line: r.line,
            action: { text: `Review the tests of ${r.id} against its new text and update them` },
        };
    });
}
function gapStep(verdict, ids) {
    const which = (0,util_text/* shortList */.pg)(ids, 6);
    const many = ids.length > 1;
    switch (verdict) {
        case 'untested':
            return many ? `Add a test citing each of ${which}` : `Add a test that cites ${which}`;
        case 'failed':
            return `Fix the failing test${many ? 's' : ''} of ${which} and commit the new JUnit report`;
        case 'skipped':
            return `Run the skipped test${many ? 's' : ''} of ${which} and commit the JUnit report`;
        default:
            return `Name ${which} in ${many ? 'their' : 'its'} JUnit test case (its name or a "requirement" property) and commit the report`;
    }
}
function verificationProblem(row, junit) {
    const r = row.requirement;
    const name = `${r.id}${r.title ? ` "${r.title}"` : ''} (class ${row.class})`;
    const cases = (status) => row.cases.filter((c) => c.status === status).map((c) => `${c.name} (${c.report}:${c.line}${c.note ? `: ${c.note}` : ''})`);
    switch (row.verdict) {
        case 'untested':
            return `${name} has no test: no test file cites ${r.id}${junit ? ' and no JUnit test case names it' : ''} — add a test that cites ${r.id}, or mark the requirement's class out of require_tests.`;
        case 'failed':
            return `${name} is not verified: its linked test ${(0,util_text/* plural */.LS)(cases('failed').length, 'case').replace(/^\d+ /, '')} ${(0,util_text/* shortList */.pg)(cases('failed'), 3)} failed — fix the code or the test and commit the new JUnit report.`;
        case 'skipped':
            return `${name} is not verified: its linked test ${(0,util_text/* plural */.LS)(cases('skipped').length, 'case').replace(/^\d+ /, '')} ${(0,util_text/* shortList */.pg)(cases('skipped'), 3)} ${cases('skipped').length === 1 ? 'was' : 'were'} skipped — run ${cases('skipped').length === 1 ? 'it' : 'them'} and commit the JUnit report.`;
        case 'not run':
            return `${name} is not verified: it is cited by ${(0,util_text/* shortList */.pg)(row.tests.map(at), 3)}, but no test case in the JUnit reports links to it — name ${r.id} in the test's name or a "requirement" property, and commit the report.`;
        default:
            return undefined;
    }
}
/** Sources that define no requirement: fail closed (the gate would pass with nothing to check) unless allowed. */
function noRequirements(options) {
    const sources = (0,util_text/* shortList */.pg)(options.requirements.map((r) => (typeof r === 'string' ? r : r.path)), 5);
    if (options.allow_empty) {
        return {
            severity: 'notice',
            message: `No requirement is defined in ${sources}; the gate passes because allow_empty is true — nothing is traced.`,
        };
    }
    return {
        severity: 'error',
        message: `No requirement was read from ${sources}: no id there matches id_pattern "${options.id_pattern}" — fix id_pattern to the ids the documents use (or the sources to the files that hold them), or set allow_empty: true if the project has no requirements yet.`,
        action: { text: `Make the traceability sources define requirements: check id_pattern "${options.id_pattern}" against ${sources}` },
    };
}


/***/ }),

/***/ 5862:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jn: () => (/* binding */ assessVulnerabilities),
  hU: () => (/* binding */ covers),
  II: () => (/* binding */ dedupeAliases),
  IW: () => (/* binding */ latest),
  vn: () => (/* binding */ offlineScan),
  Aw: () => (/* binding */ queryPurl),
  dO: () => (/* binding */ readKev),
  bA: () => (/* binding */ readStatements),
  dA: () => (/* binding */ sbomSource),
  pe: () => (/* binding */ vulnerabilities)
});

// EXTERNAL MODULE: ./node_modules/@sinclair/typebox/build/esm/type/type/index.mjs + 112 modules
var type = __webpack_require__(4508);
// EXTERNAL MODULE: ./lib/core/rule.js
var rule = __webpack_require__(7849);
// EXTERNAL MODULE: ./lib/core/schemas.js
var schemas = __webpack_require__(9975);
// EXTERNAL MODULE: ./lib/parsers/sbom/json-lines.js
var json_lines = __webpack_require__(6902);
;// CONCATENATED MODULE: ./lib/parsers/kev.js

function readKevCatalog(text) {
    let json;
    try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (e) {
        const message = e.message;
        return { ok: false, message: `is not valid JSON (${message})`, line: (0,json_lines/* jsonErrorLine */.DP)(text, message) ?? 1 };
    }
    const list = json?.vulnerabilities;
    if (!Array.isArray(list))
        return { ok: false, message: 'has no "vulnerabilities" array; it is not the CISA KEV catalog JSON feed', line: 1 };
    // An entry whose cveID cannot be read is refused with its line, not skipped: skipping it would drop a known
    // exploited vulnerability from the catalog without a word.
    const entries = new Map();
    for (let i = 0; i < list.length; i++) {
        const e = list[i];
        const id = e && typeof e === 'object' && !Array.isArray(e) ? e.cveID : undefined;
        if (typeof id !== 'string' || !id.trim()) {
            const pointer = `/vulnerabilities/${i}`;
            return {
                ok: false,
                message: `has an entry (vulnerabilities[${i}]) without a "cveID" string; it is not the CISA KEV catalog JSON feed, or it was edited`,
                line: (0,json_lines/* jsonPointerLines */.hR)(text, [pointer]).get(pointer) ?? 1,
            };
        }
        entries.set(id.trim().toUpperCase(), e);
    }
    const version = json.catalogVersion;
    return { ok: true, entries, ...(typeof version === 'string' ? { version } : {}) };
}

// EXTERNAL MODULE: ./lib/parsers/lockfiles/purl.js
var lockfiles_purl = __webpack_require__(9196);
// EXTERNAL MODULE: ./lib/parsers/osv.js
var osv = __webpack_require__(6108);
// EXTERNAL MODULE: ./lib/parsers/sbom/index.js + 13 modules
var sbom = __webpack_require__(792);
// EXTERNAL MODULE: ./lib/rules/common/sbom-sources.js
var sbom_sources = __webpack_require__(5635);
;// CONCATENATED MODULE: ./lib/parsers/vex/index.js

const ASSESSED = ['not_affected', 'false_positive', 'resolved', 'resolved_with_pedigree', 'fixed'];
const KNOWN = [...ASSESSED, 'affected', 'exploitable', 'in_triage', 'under_investigation'];
/** Reads a CycloneDX (with a `vulnerabilities` array) or OpenVEX JSON document. */
function readVex(path, text) {
    let json;
    try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (e) {
        const message = e.message;
        return {
            statements: [],
            issues: [
                {
                    severity: 'error',
                    message: `is not valid JSON (${message}) — fix or regenerate the VEX document`,
                    line: (0,json_lines/* jsonErrorLine */.DP)(text, message) ?? 1,
                },
            ],
        };
    }
    const doc = json && typeof json === 'object' && !Array.isArray(json) ? json : undefined;
    if (doc?.bomFormat === 'CycloneDX')
        return readCycloneDxVex(path, text, doc);
    if (typeof doc?.['@context'] === 'string' && doc['@context'].startsWith('https://openvex.dev/ns'))
        return readOpenVex(path, text, doc);
    return {
        statements: [],
        issues: [
            {
                severity: 'error',
                message: 'is neither a CycloneDX document ("bomFormat": "CycloneDX") nor OpenVEX ("@context": "https://openvex.dev/ns/...") — fix the file or the `vex` globs',
                line: 1,
            },
        ],
    };
}
function str(x) {
    return typeof x === 'string' && x.trim() ? x.trim() : undefined;
}
function arr(x) {
    return Array.isArray(x) ? x : [];
}
function obj(x) {
    return x && typeof x === 'object' && !Array.isArray(x) ? x : {};
}
/** bom-refs of this document's components, so `affects[].ref` can name one. */
function cycloneDxRefs(doc) {
    const refs = new Map();
    const walk = (components) => {
        for (const c of components) {
            const o = obj(c);
            const ref = str(o['bom-ref']);
            if (ref)
                refs.set(ref, str(o.purl));
            walk(arr(o.components));
        }
    };
    walk(arr(doc.components));
    const meta = obj(obj(doc.metadata).component);
    if (str(meta['bom-ref']))
        refs.set(str(meta['bom-ref']), str(meta.purl));
    return refs;
}
/** The products a CycloneDX vulnerability's `affects[]` names. */
function cycloneDxProducts(v, refs) {
    return arr(v.affects).flatMap((a) => {
        const ref = str(obj(a).ref);
        if (!ref)
            return [];
        if (refs.has(ref))
            return [{ bomRef: ref, ...(refs.get(ref) ? { purl: refs.get(ref) } : {}) }];
        if (ref.startsWith('pkg:'))
            return [{ purl: ref }];
        // A BOM-Link (urn:cdx:serial/version#bom-ref) names a component of another document by its bom-ref.
        const hash = ref.startsWith('urn:cdx:') ? ref.indexOf('#') : -1;
        return [{ bomRef: hash === -1 ? ref : decodeURIComponent(ref.slice(hash + 1)) }];
    });
}
function readCycloneDxVex(path, text, doc) {
    const vulns = arr(doc.vulnerabilities);
    const pointers = vulns.map((_, i) => `/vulnerabilities/${i}`);
    const lines = pointers.length ? (0,json_lines/* jsonPointerLines */.hR)(text, pointers) : new Map();
    const refs = cycloneDxRefs(doc);
    const docTime = str(obj(doc.metadata).timestamp);
    const statements = [];
    const issues = [];
    vulns.forEach((raw, i) => {
        const v = obj(raw);
        const line = lines.get(`/vulnerabilities/${i}`);
        const id = str(v.id);
        const analysis = obj(v.analysis);
        const state = str(analysis.state);
        if (!id) {
            issues.push({ severity: 'error', message: `/vulnerabilities/${i} has no id — say which vulnerability the statement is about`, line });
            return;
        }
        if (!state)
            return; // a vulnerability listed without analysis is not a VEX statement
        if (!KNOWN.includes(state)) {
            issues.push({
                severity: 'error',
                message: `/vulnerabilities/${i} (${id}): analysis.state "${state}" is not a CycloneDX state (resolved, resolved_with_pedigree, exploitable, in_triage, false_positive, not_affected)`,
                line,
            });
            return;
        }
        const ids = [
            id,
            ...arr(v.references)
                .map((r) => str(obj(r).id))
                .filter((x) => !!x),
        ];
        const products = cycloneDxProducts(v, refs);
        const justification = str(analysis.justification);
        const detail = str(analysis.detail);
        const status = state;
        const statement = {
            file: path,
            ...(line ? { line } : {}),
            format: 'cyclonedx',
            ids,
            products,
            status,
            assessed: ASSESSED.includes(status),
            ...(justification ? { justification } : {}),
            ...(detail ? { detail } : {}),
            ...((str(analysis.lastUpdated) ?? str(analysis.firstIssued) ?? str(v.updated) ?? str(v.published) ?? docTime)
                ? { timestamp: str(analysis.lastUpdated) ?? str(analysis.firstIssued) ?? str(v.updated) ?? str(v.published) ?? docTime }
                : {}),
        };
        if (status === 'not_affected' && !justification) {
            statement.assessed = false;
            statement.problem = 'says not_affected but gives no analysis.justification';
        }
        if (products.length === 0)
            issues.push({
                severity: 'error',
                message: `/vulnerabilities/${i} (${id}) has no affects[].ref — name the component (its bom-ref or purl)`,
                line,
            });
        statements.push(statement);
    });
    return { format: 'cyclonedx', statements, issues };
}
function readOpenVex(path, text, doc) {
    const list = arr(doc.statements);
    const pointers = list.map((_, i) => `/statements/${i}`);
    const lines = pointers.length ? (0,json_lines/* jsonPointerLines */.hR)(text, pointers) : new Map();
    const docTime = str(doc.last_updated) ?? str(doc.timestamp);
    const statements = [];
    const issues = [];
    list.forEach((raw, i) => {
        const s = obj(raw);
        const line = lines.get(`/statements/${i}`);
        const vuln = s.vulnerability;
        const name = typeof vuln === 'string' ? str(vuln) : (str(obj(vuln).name) ?? str(obj(vuln)['@id']));
        const status = str(s.status);
        if (!name) {
            issues.push({ severity: 'error', message: `statement ${i + 1} names no vulnerability — set vulnerability.name`, line });
            return;
        }
        if (!status || !['not_affected', 'affected', 'fixed', 'under_investigation'].includes(status)) {
            issues.push({
                severity: 'error',
                message: `statement ${i + 1} (${name}): status "${status ?? ''}" is not an OpenVEX status (not_affected, affected, fixed, under_investigation)`,
                line,
            });
            return;
        }
        const ids = [
            name,
            ...arr(obj(vuln).aliases)
                .map(str)
                .filter((x) => !!x),
        ];
        // A product with subcomponents is about those components inside it; without, about the product itself.
        const products = arr(s.products)
            .flatMap((p) => {
            const po = obj(p);
            const subs = arr(po.subcomponents);
            return (subs.length ? subs : [p]).map((c) => {
                const co = obj(c);
                const purl = str(obj(co.identifiers).purl) ?? (str(co['@id'])?.startsWith('pkg:') ? str(co['@id']) : undefined);
                return purl ? { purl } : { bomRef: str(co['@id']) ?? '' };
            });
        })
            .filter((p) => p.purl || p.bomRef);
        const justification = str(s.justification) ?? str(s.impact_statement);
        const detail = str(s.impact_statement) ?? str(s.status_notes);
        const timestamp = str(s.last_updated) ?? str(s.timestamp) ?? docTime;
        const statement = {
            file: path,
            ...(line ? { line } : {}),
            format: 'openvex',
            ids,
            products,
            status: status,
            assessed: ASSESSED.includes(status),
            ...(justification ? { justification: str(s.justification) ?? justification } : {}),
            ...(detail && detail !== justification ? { detail } : {}),
            ...(timestamp ? { timestamp } : {}),
        };
        if (status === 'not_affected' && !justification) {
            statement.assessed = false;
            statement.problem = 'says not_affected but gives neither justification nor impact_statement';
        }
        if (products.length === 0)
            issues.push({
                severity: 'error',
                message: `statement ${i + 1} (${name}) names no product — list the component's purl in products`,
                line,
            });
        statements.push(statement);
    });
    return { format: 'openvex', statements, issues };
}

// EXTERNAL MODULE: ./lib/core/types.js
var types = __webpack_require__(2458);
// EXTERNAL MODULE: ./lib/util/text.js
var util_text = __webpack_require__(8805);
// EXTERNAL MODULE: ./lib/rules/common/read-file.js
var read_file = __webpack_require__(3384);
// EXTERNAL MODULE: ./lib/rules/sbom/options.js
var sbom_options = __webpack_require__(9911);
;// CONCATENATED MODULE: ./lib/rules/vulnerabilities/index.js














const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024;
const MAX_UNSCANNABLE_LISTED = 25;
const DAY_MS = 24 * 60 * 60 * 1000;
const VulnerabilitiesOptions = (0,schemas/* RuleOptions */.Ly)({
    sbom_gate: type/* Type */.ZU.Optional(type/* Type */.ZU.String({
        minLength: 1,
        description: "The id of the sbom gate whose SBOMs to scan. Default: the gate named sbom, else the SBOM gate's default paths.",
    })),
    paths: type/* Type */.ZU.Optional((0,schemas/* annotate */.fz)(schemas/* globListSchema */.e4, { minItems: 1, description: 'SBOMs to scan (globs), instead of those of an sbom gate.' })),
    source: (0,schemas/* StringEnum */.bD)(['osv', 'offline'], {
        default: 'osv',
        description: "osv: the OSV.dev API; offline: a folder of OSV JSON records, read at the base commit (a pull request's changes to it count from the next one on).",
    }),
    osv_api: type/* Type */.ZU.String({
        pattern: '^https?://[^\\s]+$',
        default: 'https://api.osv.dev',
        description: 'Base URL of the OSV API (a mirror, or a local server in tests).',
    }),
    offline: (0,schemas/* annotate */.fz)(schemas/* globSchema */.G6, {
        default: 'security/osv',
        description: 'With source: offline, the folder of OSV JSON records (one per file).',
    }),
    fail_on: (0,schemas/* StringEnum */.bD)(osv/* SEVERITY_LEVELS */.me, {
        default: 'high',
        description: 'The lowest severity that fails; below it an open vulnerability is a warning.',
    }),
    kev: type/* Type */.ZU.Optional((0,schemas/* annotate */.fz)(schemas/* globSchema */.G6, {
        description: 'Path of the CISA Known Exploited Vulnerabilities catalog (JSON), read at the base commit; a listed vulnerability fails whatever its severity.',
    })),
    vex: (0,schemas/* annotate */.fz)(schemas/* globListSchema */.e4, { default: ['security/vex/**/*.json'], description: 'CycloneDX VEX and OpenVEX documents (globs).' }),
    vex_max_age_days: type/* Type */.ZU.Integer({ minimum: 1, default: 180, description: 'An assessment older than this is stale.' }),
    max_file_bytes: type/* Type */.ZU.Integer({
        minimum: 1,
        default: DEFAULT_MAX_FILE_BYTES,
        description: 'Largest SBOM, VEX, KEV or OSV record file read, in bytes.',
    }),
});
const vulnerabilities = (0,rule/* defineRule */.K)({
    name: 'vulnerabilities',
    description: 'Known vulnerabilities (OSV) of the components in the SBOM: each one fixed, or assessed in a current VEX statement.',
    options: VulnerabilitiesOptions,
    async evaluate(options, facts, ctx) {
        return (await assessVulnerabilities(options, facts, ctx)).outcome;
    },
});
/** The gate's whole evaluation: its outcome, the open vulnerabilities behind it, and what kept it from seeing all. */
async function assessVulnerabilities(options, facts, ctx, worldAt = 'base') {
    const findings = [];
    const now = Date.now();
    // 1. The components, from the SBOM gate's SBOMs.
    const { globs, explicit, cap } = sbomSource(options, ctx);
    const paths = (0,sbom_sources/* sbomCandidates */.eV)(await facts.listAtHead(globs), explicit);
    if (paths.length === 0) {
        findings.push({
            severity: 'error',
            message: `No SBOM found at head: no file matches ${(0,util_text/* shortList */.pg)(globs, 8)}, so no component can be checked for vulnerabilities — commit an SBOM, or point sbom_gate/paths at it.`,
        });
        return { outcome: { findings, summary: findings[0].message }, open: [], problems: findings };
    }
    const docs = await readSbomDocuments(paths, explicit, cap, facts, findings);
    const { scanned, unscannable } = scanTargets(docs);
    const lines = componentLines([...scanned, ...unscannable]);
    // 2. Their known vulnerabilities.
    const queries = [...new Set(scanned.map((s) => s.query))];
    const byPurl = options.source === 'offline' ? await offlineScan(options, facts, queries, findings, worldAt) : await osvScan(options, facts, queries);
    // 3. KEV and VEX.
    const kev = options.kev ? await readKev(options.kev, cap, facts, findings, worldAt) : undefined;
    const statements = await readStatements(options, facts, cap, docs, findings);
    const used = new Set();
    const statementsFor = statementIndex(statements);
    const open = [];
    const assessed = [];
    const assessedRows = [];
    for (const s of scanned) {
        const vulns = dedupeAliases(byPurl.get(s.query) ?? []);
        const where = { file: s.doc.path, ...(lines.get(s.c) ? { line: lines.get(s.c) } : {}) };
        for (const v of vulns) {
            const judged = judgeVulnerability(s, v, where, { options, kev, now, statementsFor, used });
            if ('open' in judged)
                open.push(judged.open);
            else {
                assessed.push(judged.assessed);
                assessedRows.push(judged.row);
            }
        }
    }
    // 4. VEX statements that match nothing any more.
    findings.push(...unusedStatements(statements, used, scanned));
    open.sort((a, b) => b.rank - a.rank);
    const unscannableFindings = unscannableComponents(unscannable, lines);
    const all = [
        ...findings.filter((f) => f.severity === 'error'),
        ...open.map((o) => o.finding),
        ...unscannableFindings,
        ...findings.filter((f) => f.severity !== 'error'),
        ...assessed,
    ];
    const summary = summaryOf(findings, open, assessed.length, unscannable.length, queries.length, docs, options.fail_on);
    const tables = [];
    if (open.length)
        tables.push({
            title: 'Open vulnerabilities',
            columns: ['Severity', 'Component', 'Vulnerability', 'Fixed in', 'KEV', 'Status', 'SBOM'],
            rows: open.map((o) => o.row),
        });
    if (assessedRows.length) {
        tables.push({
            title: 'Assessed vulnerabilities (VEX)',
            columns: ['Component', 'Vulnerability', 'Status', 'Justification', 'Detail', 'Statement', 'Assessed'],
            rows: assessedRows,
            collapsed: true,
        });
    }
    // Problems: what kept the gate from seeing every component and vulnerability (as opposed to what it found).
    return {
        outcome: { findings: all, summary, tables },
        open: open.map((o) => o.vuln),
        problems: findings.filter((f) => f.severity === 'error'),
    };
}
/** Statements by id (upper case), so each vulnerability looks only at those that name it. */
function statementIndex(statements) {
    const byStatementId = new Map();
    for (const st of statements) {
        for (const id of new Set(st.ids.map((i) => i.toUpperCase()))) {
            const list = byStatementId.get(id);
            if (list)
                list.push(st);
            else
                byStatementId.set(id, [st]);
        }
    }
    return (ids) => [...new Set(ids.flatMap((id) => byStatementId.get(id.toUpperCase()) ?? []))];
}
/** A warning per component without a purl to check (the first MAX_UNSCANNABLE_LISTED, then a count). */
function unscannableComponents(unscannable, lines) {
    const list = unscannable.slice(0, MAX_UNSCANNABLE_LISTED).map((u) => ({
        severity: 'warning',
        message: `${u.doc.path} ${u.c.pointer}: component "${u.c.name}${u.c.version ? `@${u.c.version}` : ''}" cannot be checked for vulnerabilities because ${u.why} — add a purl with its version (regenerate the SBOM with a generator that records them).`,
        file: u.doc.path,
        ...(lines.get(u.c) ? { line: lines.get(u.c) } : {}),
    }));
    if (unscannable.length > MAX_UNSCANNABLE_LISTED) {
        list.push({
            severity: 'warning',
            message: `and ${unscannable.length - MAX_UNSCANNABLE_LISTED} more components cannot be checked (${unscannable.length} in all).`,
        });
    }
    return list;
}
/** The gate's one-line summary: the first problem, else the open vulnerabilities by severity and what was assessed. */
function summaryOf(findings, open, assessedCount, unscannableCount, queryCount, docs, failOn) {
    const openErrors = open.filter((o) => o.finding.severity === 'error').length;
    const counts = osv/* SEVERITY_LEVELS */.me.slice()
        .reverse()
        .map((l) => [l, open.filter((o) => o.rank === (0,osv/* severityRank */.qs)(l)).length])
        .filter(([, n]) => n > 0)
        .map(([l, n]) => `${n} ${l}`);
    const scope = `${(0,util_text/* plural */.LS)(queryCount, 'component')} of ${(0,util_text/* shortList */.pg)(docs.filter((d) => d.doc.components.length).map((d) => d.doc.path), 3)}`;
    return findings.some((f) => f.severity === 'error')
        ? findings.find((f) => f.severity === 'error').message
        : open.length
            ? `${(0,util_text/* plural */.LS)(open.length, 'open vulnerability', 'open vulnerabilities')}${counts.length ? ` (${counts.join(', ')})` : ''}${openErrors ? `, ${openErrors} at or above ${failOn} or in KEV` : ''} in ${scope}; ${assessedCount} assessed`
            : `no open vulnerabilities in ${scope}; ${assessedCount} assessed${unscannableCount ? `; ${(0,util_text/* plural */.LS)(unscannableCount, 'component')} without a purl` : ''}`;
}
/** The SBOMs at head; a file under the default names that is not an SBOM is skipped, an unreadable one reported. */
async function readSbomDocuments(paths, explicit, cap, facts, findings) {
    const docs = [];
    for (const path of paths) {
        const file = await (0,read_file/* readAtHeadOrReport */.J8)(facts, path, cap, 'SBOM', findings);
        if (!file)
            continue;
        const read = (0,sbom/* readSbom */.kH)({ path, text: file.text });
        if (!read.document) {
            if (!explicit && !read.detection.family)
                continue; // e.g. docs/sbom.md under the default names: not an SBOM
            findings.push({
                severity: 'error',
                message: `${path} cannot be read as an SBOM (${read.issues[0]?.message ?? 'unknown format'}), so its components were not checked — fix it (the sbom gate says how).`,
                file: path,
                ...(read.issues[0]?.line ? { line: read.issues[0].line } : {}),
            });
            continue;
        }
        docs.push({ doc: read.document, text: file.text });
    }
    return docs;
}
/** The components to ask OSV about (once per SBOM and purl), and those that cannot be asked about. */
function scanTargets(docs) {
    const scanned = [];
    const seen = new Set();
    const unscannable = [];
    for (const { doc } of docs) {
        for (const c of doc.components) {
            const query = c.purl ? queryPurl(c.purl) : undefined;
            if (!query) {
                unscannable.push({ doc, c, why: c.purl ? `its purl ${c.purl} has no version` : 'it has no purl' });
                continue;
            }
            if (seen.has(`${doc.path} ${query}`))
                continue;
            seen.add(`${doc.path} ${query}`);
            scanned.push({ doc, c, query });
        }
    }
    return { scanned, unscannable };
}
/** A notice per VEX statement that matched nothing: the components by purl identity and bom-ref, to look each product up. */
function unusedStatements(statements, used, scanned) {
    const notices = [];
    const scannedByKey = new Map();
    const scannedRefs = new Set();
    for (const s of scanned) {
        if (s.c.ref !== undefined)
            scannedRefs.add(s.c.ref);
        const key = s.c.purl ? (0,lockfiles_purl/* purlKey */.hT)(s.c.purl)?.key : undefined;
        if (!key)
            continue;
        const list = scannedByKey.get(key);
        if (list)
            list.push(s.c);
        else
            scannedByKey.set(key, [s.c]);
    }
    const matchesAny = (p) => (p.bomRef !== undefined && scannedRefs.has(p.bomRef)) ||
        (p.purl !== undefined && (scannedByKey.get((0,lockfiles_purl/* purlKey */.hT)(p.purl)?.key ?? '') ?? []).some((c) => productMatches(p, c)));
    for (const st of statements) {
        if (used.has(st))
            continue;
        const products = st.products.map((p) => p.purl ?? p.bomRef).join(', ');
        const hasComponent = st.products.some(matchesAny);
        notices.push({
            severity: 'notice',
            message: `The VEX statement on ${st.ids[0]} for ${products || 'no product'} matches ${hasComponent ? 'no vulnerability OSV reports for that component now' : 'no component in the SBOM'} — remove it if the component or vulnerability is gone, or fix its ids or purls.`,
            file: st.file,
            ...(st.line ? { line: st.line } : {}),
        });
    }
    return notices;
}
/** One vulnerability of one component: open (with its finding and table row), or assessed by a current VEX statement. */
function judgeVulnerability(s, v, where, j) {
    const ids = (0,osv/* idsOf */.UX)(v);
    const severity = (0,osv/* osvSeverity */.Ow)(v);
    const kev = j.kev;
    const kevEntry = kev && ids.map((id) => kev.get(id.toUpperCase())).find(Boolean);
    const failing = kevEntry !== undefined || severity.level === undefined || (0,osv/* severityRank */.qs)(severity.level) >= (0,osv/* severityRank */.qs)(j.options.fail_on);
    const statement = latest(j.statementsFor(ids).filter((st) => covers(st, ids, s.c)));
    if (statement)
        j.used.add(statement);
    const what = describe(s.c, v, severity, kevEntry, (0,osv/* fixedVersions */.W4)(v, s.query));
    const rank = kevEntry ? 5 : severity.level ? (0,osv/* severityRank */.qs)(severity.level) : 4;
    const component = `${s.c.name}@${s.c.version ?? '?'}`;
    const idText = `${v.id}${ids.length > 1 ? ` (${ids.filter((i) => i !== v.id).join(', ')})` : ''}`;
    const sbomPlace = `${where.file}${where.line ? `:${where.line}` : ''}`;
    const vuln = { component: s.c, sbom: s.doc.path, vulnerability: v, ids, severity };
    const openRow = (state) => [
        `${severity.level ?? 'unknown'}${severity.score !== undefined ? ` ${severity.score}` : ''}`,
        component,
        idText,
        (0,osv/* fixedVersions */.W4)(v, s.query).join(', ') || 'none known',
        kevEntry ? 'yes' : 'no',
        state,
        sbomPlace,
    ];
    if (statement?.assessed) {
        const age = statement.timestamp ? Date.parse(statement.timestamp) : NaN;
        const stale = !Number.isFinite(age) || j.now - age > j.options.vex_max_age_days * DAY_MS;
        const assessment = `${statement.status}${statement.justification ? ` (${statement.justification})` : ''}${statement.detail ? `: ${statement.detail}` : ''}`;
        const place = `${statement.file}${statement.line ? `:${statement.line}` : ''}`;
        if (stale) {
            const dated = Number.isFinite(age)
                ? `dated ${statement.timestamp.slice(0, 10)}, older than ${j.options.vex_max_age_days} days`
                : 'undated';
            return {
                open: {
                    rank,
                    vuln,
                    row: openRow(`assessment stale (${place})`),
                    finding: {
                        severity: failing ? 'error' : 'warning',
                        message: `${what} Its assessment ${assessment} (${place}) is stale: ${dated} — review it and update its timestamp (CycloneDX analysis.lastUpdated, OpenVEX last_updated), or fix the component.`,
                        ...where,
                        action: { text: `Review the assessment of ${v.id} in ${component} (${place}) and update its timestamp` },
                    },
                },
            };
        }
        return assessedEntry(statement, s, ids, component, idText, place);
    }
    const vexNote = statement
        ? statement.problem
            ? ` The VEX statement at ${statement.file}${statement.line ? `:${statement.line}` : ''} ${statement.problem}, so it does not count — add the justification.`
            : ` VEX (${statement.file}${statement.line ? `:${statement.line}` : ''}) says ${statement.status}.`
        : '';
    const next = ` Upgrade to a fixed version, or assess it in a VEX document (${(0,util_text/* shortList */.pg)(j.options.vex, 2)}) with status not_affected and a justification.`;
    const state = statement ? (statement.problem ? `VEX incomplete (${statement.file})` : `VEX: ${statement.status}`) : 'not assessed';
    const fixed = (0,osv/* fixedVersions */.W4)(v, s.query);
    // Upgrading is the fix where there is one; otherwise `sdlc-gate vex` writes the VEX skeleton to assess it in.
    const action = fixed.length
        ? { text: `Upgrade ${s.c.name} to ${(0,util_text/* listing */.RR)(fixed.slice(0, 3), 'or')} (fixes ${v.id}), or assess ${v.id} in a VEX document` }
        : {
            text: `Assess ${v.id} in ${component} in a VEX document (no fixed version is known), or replace ${s.c.name}`,
            command: 'sdlc-gate vex',
        };
    return {
        open: {
            rank,
            vuln,
            row: openRow(state),
            finding: { severity: failing ? 'error' : 'warning', message: `${what}${vexNote}${next}`, ...where, action },
        },
    };
}
/** A current VEX assessment of one vulnerability: its notice and its row in the assessed table. */
function assessedEntry(statement, s, ids, component, idText, place) {
    // The detail is long prose: the report's assessed table carries it; the notice (and so the JSON) points at it.
    const verdict = `${statement.status}${statement.justification ? ` (${statement.justification})` : ''}`;
    return {
        assessed: {
            severity: 'notice',
            message: `assessed: ${s.c.name}@${s.c.version ?? '?'} ${ids.join(' / ')} — ${verdict}; ${place}, ${statement.timestamp.slice(0, 10)}.`,
            file: statement.file,
            ...(statement.line ? { line: statement.line } : {}),
        },
        row: [
            component,
            idText,
            statement.status,
            statement.justification ?? '',
            statement.detail ?? '',
            place,
            statement.timestamp.slice(0, 10),
        ],
    };
}
/** The SBOMs to scan: `paths`, else those of the sbom gate named by sbom_gate (default: the gate called sbom). */
function sbomSource(options, ctx) {
    if (options.paths)
        return { globs: options.paths, explicit: true, cap: options.max_file_bytes };
    const id = options.sbom_gate ?? 'sbom';
    const gate = ctx.gates.find((g) => g.id === id);
    if (!gate) {
        if (options.sbom_gate)
            throw new Error(`sbom_gate names "${id}", but the policy has no gate with that id — fix sbom_gate, or give paths`);
        return { globs: sbom_sources/* DEFAULT_SBOM_GLOBS */.cC, explicit: false, cap: options.max_file_bytes };
    }
    const sbom = ctx.gateOptions(id, { name: 'sbom', options: sbom_options/* SbomOptions */.w2 });
    if (!sbom)
        throw new Error(`sbom_gate names "${id}", which runs rule ${gate.rule}, not sbom — name an sbom gate, or give paths`);
    const paths = sbom.paths;
    const cap = typeof sbom.max_file_bytes === 'number' ? Math.max(sbom.max_file_bytes, options.max_file_bytes) : options.max_file_bytes;
    return Array.isArray(paths) && paths.length ? { globs: paths, explicit: true, cap } : { globs: sbom_sources/* DEFAULT_SBOM_GLOBS */.cC, explicit: false, cap };
}
/** pkg:type/ns/name@version without qualifiers and subpath; undefined without a version. */
function queryPurl(purl) {
    const cut = purl.search(/[?#]/);
    const bare = cut === -1 ? purl : purl.slice(0, cut);
    const k = (0,lockfiles_purl/* purlKey */.hT)(bare);
    return k?.version ? bare : undefined;
}
function componentLines(items) {
    const out = new Map();
    const byDoc = new Map();
    for (const { doc, c } of items) {
        if (c.line !== undefined)
            out.set(c, c.line);
        else {
            const list = byDoc.get(doc);
            if (list)
                list.push(c);
            else
                byDoc.set(doc, [c]);
        }
    }
    for (const [doc, cs] of byDoc) {
        const lines = doc.linesOf([...new Set(cs.map((c) => c.pointer))]);
        for (const c of cs) {
            const l = lines.get(c.pointer);
            if (l !== undefined)
                out.set(c, l);
        }
    }
    return out;
}
async function osvScan(options, facts, purls) {
    if (purls.length === 0)
        return new Map();
    if (!facts.osvScan)
        throw new types/* FactError */.n('this run has no OSV client, so vulnerabilities cannot be looked up — use source: offline with a folder of OSV records');
    return facts.osvScan(options.osv_api, purls);
}
async function offlineScan(options, facts, purls, findings, at) {
    const dir = options.offline.replace(/\/+$/, '');
    const globs = [`${dir}/**/*.json`];
    const files = (at === 'base' ? await facts.listAtBase(globs) : await facts.listAtHead(globs)).sort();
    if (files.length === 0) {
        const added = at === 'base' ? (await facts.listAtHead(globs)).length : 0;
        throw new types/* FactError */.n(added
            ? `source is offline, but ${dir}/ holds no OSV records (*.json) at the base commit, and offline records are read there; this pull request adds ${(0,util_text/* plural */.LS)(added, 'record')}, which count${added === 1 ? 's' : ''} from the next pull request on, once this one is reviewed and merged — merge the records on their own first`
            : `source is offline, but ${dir}/ holds no OSV records (*.json) at ${at === 'base' ? 'the base commit' : 'head'} — commit the records (e.g. an unpacked OSV ecosystem export), or use source: osv`);
    }
    if (at === 'base') {
        const listed = new Set(files);
        await reportChangedEvidence(facts, (p) => listed.has(p) || (p.startsWith(`${dir}/`) && p.endsWith('.json')), `OSV records in ${dir}/`, findings);
    }
    const byKey = new Map();
    for (const path of files) {
        const file = await readEvidence(facts, at, path, options.max_file_bytes, 'OSV record', findings);
        if (!file)
            continue;
        let json;
        try {
            json = JSON.parse(file.text);
        }
        catch (e) {
            const message = e.message;
            findings.push({
                severity: 'error',
                message: `${path} is not valid JSON (${message}), so the vulnerability it records was not checked — replace it with the OSV record`,
                file: path,
                line: (0,json_lines/* jsonErrorLine */.DP)(file.text, message) ?? 1,
            });
            continue;
        }
        // A malformed record is refused, not read in part: an `affected` that is not a list would otherwise affect nothing.
        const problem = (0,osv/* osvRecordProblem */.hA)(json);
        if (problem) {
            const field = problem.pointer || 'the record';
            findings.push({
                severity: 'error',
                message: `${path} is not a well-formed OSV record: ${field} ${problem.message}, so the vulnerability it records was not checked — replace it with the record as OSV publishes it (https://ossf.github.io/osv-schema/)`,
                file: path,
                line: problem.pointer ? ((0,json_lines/* jsonPointerLines */.hR)(file.text, [problem.pointer]).get(problem.pointer) ?? 1) : 1,
            });
            continue;
        }
        const record = (0,osv/* asOsvRecord */.W1)(json);
        if (record.withdrawn)
            continue;
        for (const key of new Set((record.affected ?? []).map(osv/* affectedKey */.y8).filter((k) => !!k))) {
            const list = byKey.get(key);
            if (list)
                list.push(record);
            else
                byKey.set(key, [record]);
        }
    }
    const out = new Map();
    for (const purl of purls) {
        const key = (0,lockfiles_purl/* purlKey */.hT)(purl)?.key;
        out.set(purl, (key ? (byKey.get(key) ?? []) : []).filter((r) => (0,osv/* affectsVersion */.vk)(r, purl)));
    }
    return out;
}
/** A file of evidence about the world, at base (a pull request) or head (the work tree); what cannot be read is an error finding. */
async function readEvidence(facts, at, path, cap, what, findings) {
    if (at === 'head')
        return (0,read_file/* readAtHeadOrReport */.J8)(facts, path, cap, what, findings);
    let file;
    try {
        file = await facts.readAtBase(path, { maxBytes: cap });
    }
    catch (e) {
        if (!(e instanceof types/* FactError */.n))
            throw e;
        findings.push({ severity: 'error', message: `The ${what} ${path} could not be read at the base commit: ${e.message}`, file: path });
        return undefined;
    }
    if (!file) {
        findings.push({
            severity: 'error',
            message: `The ${what} ${path} is not in the base commit, where it is read — commit it in a pull request of its own first, or fix the path in the policy`,
            file: path,
        });
        return undefined;
    }
    if (file.bytes.length > cap) {
        findings.push({
            severity: 'error',
            message: `The ${what} ${path} is ${file.bytes.length} bytes at the base commit, over the gate's max_file_bytes of ${cap}; it was not checked — raise max_file_bytes or split it`,
            file: path,
        });
        return undefined;
    }
    return file;
}
/** A pull request that edits the evidence it is judged by is told that its edits count from the next pull request on. */
async function reportChangedEvidence(facts, isEvidence, what, findings) {
    const changed = (await facts.changedFiles()).filter((f) => isEvidence(f.path) || (f.previousPath !== undefined && isEvidence(f.previousPath)));
    if (changed.length === 0)
        return;
    const base = (0,util_text/* shortSha */.Fu)((await facts.pr()).baseSha);
    findings.push({
        severity: 'warning',
        message: `This pull request changes ${what} (${(0,util_text/* shortList */.pg)(changed.map((f) => f.path), 5)}); the gate read them as they are at the base commit ${base}, so the changes count from the next pull request on, once this one is reviewed and merged — reviewers: check each change against its source.`,
        file: changed[0].path,
    });
}
async function readKev(path, cap, facts, findings, at) {
    if (at === 'base')
        await reportChangedEvidence(facts, (p) => p === path, `the KEV catalog ${path}`, findings);
    const file = await readEvidence(facts, at, path, cap, 'KEV catalog', findings);
    if (!file)
        return undefined;
    const kev = readKevCatalog(file.text);
    if (!kev.ok) {
        findings.push({
            severity: 'error',
            message: `The KEV catalog ${path} ${kev.message} — download the JSON feed from CISA again and commit it`,
            file: path,
            line: kev.line,
        });
        return undefined;
    }
    return kev.entries;
}
async function readStatements(options, facts, cap, docs, findings) {
    const statements = [];
    const sbomPaths = new Set(docs.map((d) => d.doc.path));
    const vexPaths = options.vex.length ? (await facts.listAtHead(options.vex)).filter((p) => !sbomPaths.has(p)).sort() : [];
    const sources = [];
    // A CycloneDX SBOM may carry its own vulnerabilities[].analysis.
    for (const { doc, text } of docs)
        if (doc.family === 'cyclonedx' && doc.encoding === 'json' && text.includes('"vulnerabilities"'))
            sources.push({ path: doc.path, text });
    for (const path of vexPaths) {
        const file = await (0,read_file/* readAtHeadOrReport */.J8)(facts, path, cap, 'VEX document', findings);
        if (file)
            sources.push({ path, text: file.text });
    }
    for (const { path, text } of sources) {
        const read = readVex(path, text);
        statements.push(...read.statements);
        for (const i of read.issues) {
            findings.push({ severity: i.severity, message: `${path}: ${i.message}`, file: path, ...(i.line ? { line: i.line } : {}) });
        }
    }
    return statements;
}
/** A record whose id is an alias of another reported for the same component is the same vulnerability. */
function dedupeAliases(vulns) {
    const out = [];
    const known = new Set();
    for (const v of [...vulns].sort((a, b) => (b.aliases?.length ?? 0) - (a.aliases?.length ?? 0) || a.id.localeCompare(b.id))) {
        const ids = (0,osv/* idsOf */.UX)(v).map((i) => i.toUpperCase());
        if (known.has(v.id.toUpperCase()))
            continue;
        for (const i of ids)
            known.add(i);
        out.push(v);
    }
    return out.sort((a, b) => a.id.localeCompare(b.id));
}
function covers(st, ids, c) {
    const upper = new Set(ids.map((i) => i.toUpperCase()));
    return st.ids.some((i) => upper.has(i.toUpperCase())) && st.products.some((p) => productMatches(p, c));
}
/** A VEX product names a component by purl (a purl without version covers every version) or by its bom-ref. */
function productMatches(p, c) {
    if (p.purl && c.purl) {
        const a = (0,lockfiles_purl/* purlKey */.hT)(p.purl);
        const b = (0,lockfiles_purl/* purlKey */.hT)(c.purl);
        if (a && b && a.key === b.key && (a.version === undefined || a.version === b.version))
            return true;
    }
    return p.bomRef !== undefined && c.ref !== undefined && p.bomRef === c.ref;
}
function latest(statements) {
    const time = (s) => (s.timestamp ? Date.parse(s.timestamp) || 0 : 0);
    return statements.reduce((best, s) => (!best || time(s) > time(best) ? s : best), undefined);
}
function describe(c, v, severity, kev, fixed) {
    const aliases = (v.aliases ?? []).filter((a) => a !== v.id);
    const sev = severity.level
        ? `${severity.level}${severity.score !== undefined ? `, ${severity.source} ${severity.score}` : ' (database severity)'}`
        : 'severity unknown (no CVSS vector or database severity; treated as failing)';
    const summary = v.summary ? ` — ${v.summary.trim().slice(0, 200)}` : '';
    const kevNote = kev ? `; in CISA KEV (known exploited${kev.dateAdded ? `, added ${kev.dateAdded}` : ''})` : '';
    const fix = fixed.length ? `fixed in ${fixed.join(', ')}` : 'no fixed version known';
    return `${c.name}@${c.version ?? '?'} (${c.purl}) has ${v.id}${aliases.length ? ` (${aliases.join(', ')})` : ''}: ${sev}${kevNote}${summary}; ${fix}.`;
}


/***/ }),

/***/ 4467:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ READ_CONCURRENCY),
/* harmony export */   _: () => (/* binding */ mapConcurrent)
/* harmony export */ });
/** Files read at once: enough to hide git's or the API's latency, few enough to bound memory. */
const READ_CONCURRENCY = 16;
/** Runs `fn` over `items` with at most `limit` running at once; results keep the items' order. */
async function mapConcurrent(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}


/***/ }),

/***/ 5211:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ globMatcher),
  A: () => (/* binding */ globProblem)
});

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./lib/util/glob-literal.js
// Globs that need no regular expression: the shapes policies write most (`test/**`, `**/.doorstop.yml`, a plain
// path) answered with string comparisons, exactly as src/util/glob.ts's translation to RE2 answers them. A glob of
// any other shape gets undefined, and the RE2 matcher answers it.
// - `<literal>/**`: `(?s:/.*)?` after the literal — the folder itself, or any path under it;
// - `**/<literal segment>`: `(?s:.*/)?` before it — that name in the root or in any folder;
// - `<literal>`: that path.
// A literal here holds none of the characters the translation reads as syntax (`*`, `?`, `[`, `]`, `{`, `}`, `,`,
// `!`, `\`), no empty or "." segment and no "..", and does not end with "/"; the matcher compares it with the path
// as it tests the path (control characters already replaced).
/** Characters the translation reads as syntax, or that a policy glob may not hold. */
const SYNTAX = /[*?[\]{},!\\]/;
/** A segment written as itself: not empty, not "." or "..", no syntax, no "/". */
function literalSegment(segment) {
    return segment !== '' && segment !== '.' && segment !== '..' && !SYNTAX.test(segment) && !segment.includes('/');
}
/** A path of such segments. */
function literalPath(path) {
    return path.split('/').every(literalSegment);
}
/** A string test equal to the glob's RE2 translation, or undefined for any other shape. `glob` has no leading "./" or "!". */
function literalGlobTest(glob) {
    if (glob.endsWith('/**')) {
        const folder = glob.slice(0, -3);
        if (!literalPath(folder))
            return undefined;
        const under = `${folder}/`;
        return (path) => path === folder || path.startsWith(under);
    }
    if (glob.startsWith('**/')) {
        const name = glob.slice(3);
        if (!literalSegment(name))
            return undefined;
        const inFolder = `/${name}`;
        return (path) => path === name || path.endsWith(inFolder);
    }
    if (literalPath(glob))
        return (path) => path === glob;
    return undefined;
}

;// CONCATENATED MODULE: ./lib/util/glob.js


// Policy globs match paths the pull request's author chooses. Each glob is translated here into a regular
// expression that runs on RE2 (re2js), in time linear in the path whatever the glob — a backtracking matcher
// (picomatch's regular expressions) hangs on a crafted name, extglobs such as `+(*.test|*.spec)` at once, several
// stars in a row (`*a*a*a*a*b`) with a long enough one. The translation takes what policies write, with
// picomatch's meaning (dotfiles included) on the paths git lists:
// - `*` any characters within a segment, `?` one, `[abc]`, `[a-z]` and `[^a]` one of (or not of) a set;
// - a `**` segment any number of segments, none included (`src/**` matches src itself, `**/x` matches x) — `**`
//   stands alone between slashes;
// - `{a,b}` either alternative (nested braces too, no "/" inside);
// - a leading `!` negates the glob;
// - anything else is itself.
// What it does not take — extglobs, `[!a]` (picomatch reads the "!" as a character), POSIX classes, brace ranges,
// "/" inside braces, `\` — is refused by globProblem, with its line, when the policy is loaded.
/** A compiled set of repo-relative globs; dotfiles match, as a reviewer would expect of `src/**`. */
function globMatcher(globs) {
    if (globs.length === 0)
        return () => false;
    const positive = [];
    const literals = [];
    const negated = [];
    for (const given of globs) {
        const problem = globProblem(given);
        if (problem)
            throw new Error(`The glob ${problem}`);
        const glob = withoutDotSlash(given);
        if (glob.startsWith('!'))
            negated.push(build/* RE2JS */.L3.compile(translate(withoutDotSlash(glob.slice(1)))));
        else {
            // `test/**`, `**/name`, a plain path: string comparisons, exactly as their translation answers (glob-literal.ts).
            const quick = literalGlobTest(glob);
            if (quick)
                literals.push(quick);
            else
                positive.push(translate(glob));
        }
    }
    // The positive globs as one alternation, tested once per path.
    const any = positive.length ? build/* RE2JS */.L3.compile(positive.map((source) => `(?:${source})`).join('|')) : undefined;
    const literal = new Set(globs);
    // Wildcards do not match line breaks; a file named "docs/a\nb.md" must not slip past "docs/**".
    return (path) => {
        if (path === '')
            return false;
        const matchable = CONTROL.test(path) ? path.replace(CONTROLS, '\ufffd') : path;
        return (literal.has(matchable) ||
            literals.some((test) => test(matchable)) ||
            (any?.testExact(matchable) ?? false) ||
            negated.some((re) => !re.testExact(matchable)));
    };
}
// eslint-disable-next-line no-control-regex -- a path's control characters are matched as U+FFFD, so the class names them
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');
/** Why a glob cannot be used in a policy, or undefined when it can. */
function globProblem(glob) {
    if (glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob))
        return `"${glob}" is absolute; write it relative to the repository root`;
    if (glob.split('/').includes('..'))
        return `"${glob}" climbs out with ".."; write it relative to the repository root`;
    if (glob.includes('\\'))
        return `"${glob}" uses "\\"; use "/" as the path separator`;
    if (/[@!+*?]\(/.test(glob)) {
        return `"${glob}" uses an extglob such as +(…) or @(…), which is not taken (globs match file names a pull request chooses, and every glob runs in linear time) — write the alternatives with braces, {a,b}, or as globs of their own`;
    }
    const plain = withoutDotSlash(glob);
    if (plain.startsWith('!!'))
        return `"${glob}" negates twice; write it without the "!!"`;
    try {
        translate(plain.startsWith('!') ? withoutDotSlash(plain.slice(1)) : plain);
    }
    catch (e) {
        if (e instanceof GlobSyntax)
            return `"${glob}" ${e.message}`;
        throw e;
    }
    return undefined;
}
class GlobSyntax extends Error {
}
/** A leading "./" names the root, as it does to picomatch. */
function withoutDotSlash(glob) {
    while (glob.startsWith('./'))
        glob = glob.slice(2);
    return glob;
}
/** The RE2 source matching, whole, the paths the glob matches. */
function translate(glob) {
    if (glob === '')
        throw new GlobSyntax('is empty; name a path or write a pattern such as docs/**');
    // A trailing "/" names a folder: the glob then matches only paths that end in "/", which git never lists.
    if (glob.endsWith('/') && glob.length > 1)
        return `${translate(glob.slice(0, -1))}/`;
    const segments = splitSegments(glob);
    if (segments.includes('.') || segments.includes(''))
        throw new GlobSyntax('has an empty or "." segment ("//" or "/./"); write each folder once');
    // Consecutive ** segments mean what one does.
    const kept = segments.filter((s, i) => !(s === '**' && segments[i - 1] === '**'));
    let out = '';
    for (let i = 0; i < kept.length; i++) {
        const segment = kept[i];
        const first = i === 0;
        const last = i === kept.length - 1;
        // A separator before this segment, unless the ** before it already ended with one.
        const separator = first || kept[i - 1] === '**' ? '' : '/';
        if (segment === '**') {
            if (first && last)
                out += '(?s:.*)';
            else if (first)
                out += '(?s:.*/)?';
            // picomatch's quirk, kept: after a segment that ends in "*", a trailing "/**" needs its "/" ("a*/**" misses "ab").
            else if (last)
                out += kept[i - 1].endsWith('*') ? '(?s:/.*)' : '(?s:/.*)?';
            else
                out += '/(?s:.*/)?';
        }
        else
            out += separator + translateSegment(segment);
    }
    return out;
}
/** The glob's "/"-separated segments ("/" inside braces is refused). */
function splitSegments(glob) {
    let depth = 0;
    for (const c of glob) {
        if (c === '{')
            depth++;
        else if (c === '}')
            depth--;
        else if (c === '/' && depth > 0)
            throw new GlobSyntax('has a "/" inside braces; write one glob per alternative');
    }
    return glob.split('/');
}
/** One segment (no "/", not `**`). */
function translateSegment(segment) {
    let out = '';
    let i = 0;
    while (i < segment.length) {
        const c = segment[i];
        if (c === '*') {
            if (segment[i + 1] === '*')
                throw new GlobSyntax('has "**" inside a segment; "**" stands alone between slashes (src/**/x.ts), "*" matches within a segment');
            i++;
            out += '[^/]*';
        }
        else if (c === '?') {
            out += '[^/]';
            i++;
        }
        else if (c === '[') {
            const { source, end } = bracket(segment, i);
            out += source;
            i = end;
        }
        else if (c === '{') {
            const { source, end } = braces(segment, i);
            out += source;
            i = end;
        }
        else if (c === '}' || c === ',') {
            if (c === '}')
                throw new GlobSyntax('has a "}" that closes no "{"; remove it or open the braces');
            out += ',';
            i++;
        }
        else {
            const code = segment.codePointAt(i);
            const char = String.fromCodePoint(code);
            out += literal(char);
            i += char.length;
        }
    }
    return out;
}
/** `{a,b,…}` from `start` (its "{") to the matching "}": each alternative a segment of its own. */
function braces(segment, start) {
    const alternatives = [];
    let depth = 0;
    let from = start + 1;
    for (let i = start; i < segment.length; i++) {
        const c = segment[i];
        if (c === '{')
            depth++;
        else if (c === '}' && --depth === 0) {
            alternatives.push(segment.slice(from, i));
            if (alternatives.some((a) => a.includes('..')))
                throw new GlobSyntax('uses a brace range such as {1..3}, which is not taken; list the alternatives');
            if (alternatives.length < 2)
                throw new GlobSyntax(`has braces with one alternative, "${segment.slice(start, i + 1)}"; list two or more, {a,b}, or drop the braces`);
            return { source: `(?:${alternatives.map(translateSegment).join('|')})`, end: i + 1 };
        }
        else if (c === ',' && depth === 1) {
            alternatives.push(segment.slice(from, i));
            from = i + 1;
        }
    }
    throw new GlobSyntax('has a "{" that is never closed; close it with "}"');
}
/** `[…]` from `start`: one character of the set (or, after "^", not of it, and never "/"). */
function bracket(segment, start) {
    const close = segment.indexOf(']', start + 1);
    if (close === -1)
        throw new GlobSyntax('has a "[" that is never closed; close it with "]"');
    const body = segment.slice(start + 1, close);
    if (body === '' || body === '^')
        throw new GlobSyntax(`has an empty set "${segment.slice(start, close + 1)}"; name its characters`);
    if (body.startsWith('!'))
        throw new GlobSyntax(`has "${segment.slice(start, close + 1)}", which matches "!" as a character rather than negating; write [^…] to negate`);
    if (body.includes('['))
        throw new GlobSyntax(`has a "[" inside a set, "${segment.slice(start, close + 1)}"; POSIX classes such as [[:alpha:]] are not taken`);
    const negate = body.startsWith('^');
    const members = [...(negate ? body.slice(1) : body)];
    let set = '';
    for (let i = 0; i < members.length; i++) {
        const c = members[i];
        if (members[i + 1] === '-' && i + 2 < members.length) {
            const to = members[i + 2];
            if (to.codePointAt(0) < c.codePointAt(0))
                throw new GlobSyntax(`has the range "${c}-${to}", which runs backwards; write it "${to}-${c}"`);
            set += `${classMember(c)}-${classMember(to)}`;
            i += 2;
        }
        else
            set += classMember(c);
    }
    const source = negate ? `[^/${set}]` : `[${set}]`;
    // picomatch lets a set of plain characters ([ab], not [a-c] or [^a]) match its own text as well.
    if (/[-*+?.^${}(|)[\]]/.test(body))
        return { source, end: close + 1 };
    return { source: `(?:${[...segment.slice(start, close + 1)].map(literal).join('')}|${source})`, end: close + 1 };
}
/** A character as itself in RE2, outside a class. */
function literal(c) {
    return /[\\^$.|?*+()[\]{}]/.test(c) ? `\\${c}` : c;
}
/** A character as itself inside an RE2 class. */
function classMember(c) {
    return /[\\^\-\][]/.test(c) ? `\\${c}` : c;
}


/***/ }),

/***/ 2718:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ patternProblem),
/* harmony export */   JM: () => (/* binding */ PatternError),
/* harmony export */   zJ: () => (/* binding */ Pattern)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);

// Policy patterns (id_pattern, reference_pattern, a change request's pattern) run over text the pull request's
// author controls: titles, bodies, test files. They run on RE2 (re2js), which matches in time linear in the text
// whatever the pattern — `(a+)+$` included — so no pattern can let a crafted pull request hang the gate, and no
// heuristic has to guess which patterns are safe. The syntax is RE2's (https://github.com/google/re2/wiki/Syntax):
// JavaScript's, less lookaheads and back-references; lookbehinds are taken (re2js runs them in linear time too).
// Every policy pattern is compiled and run here, and nowhere else.
/** What a pattern may cost to compile: RE2 refuses larger repetition counts; this bounds the program. */
const MAX_SOURCE_LENGTH = 2_000;
const MAX_PROGRAM_SIZE = 50_000;
/** Texts longer than this are asked whether they match before their matches are searched for. */
const PRECHECK_LENGTH = 1_000;
/** A character that continues an id: what an id standing alone is not preceded or followed by. */
const WORD = 'A-Za-z0-9_';
class PatternError extends Error {
}
/** Pattern.whole's answers by source (a few policy patterns per process). */
const WHOLE = new Map();
/** Why `source` cannot be a policy pattern (what RE2 says, and what to do), or undefined when it can. */
function patternProblem(source) {
    try {
        compileRe2(source);
        return undefined;
    }
    catch (e) {
        if (e instanceof PatternError)
            return e.message;
        throw e;
    }
}
function compileRe2(source) {
    if (source.length > MAX_SOURCE_LENGTH)
        throw new PatternError(`is ${source.length} characters long, over the ${MAX_SOURCE_LENGTH} a pattern may have — shorten it`);
    let re;
    try {
        // Lookbehinds need a flag of their own; patterns without one do not pay for it.
        re = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(source, /\(\?<[=!]/.test(source) ? re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.LOOKBEHINDS : 0);
    }
    catch (e) {
        // RE2 calls a lookahead an "invalid named capture"; say what it is.
        const reason = /\(\?[=!]/.test(source)
            ? 'a lookahead, (?=…) or (?!…)'
            : (e.message || String(e)).replace(/^error parsing regexp: /, '');
        throw new PatternError(`is not a valid regular expression for RE2, the linear-time engine policy patterns run on (${reason}) — write it in RE2 syntax: no lookahead such as (?=…) or (?!…), no back-reference such as \\1, repeat counts up to 1000`);
    }
    if (re.programSize() > MAX_PROGRAM_SIZE)
        throw new PatternError(`compiles to more than ${MAX_PROGRAM_SIZE} instructions — use smaller repetition counts`);
    return re;
}
/**
 * A compiled policy pattern. Its matches are found as JavaScript's `matchAll` finds a global pattern's, with the
 * same leftmost-first choice: each search starts where the last match ended (one further after an empty match).
 */
class Pattern {
    source;
    re;
    group;
    inside;
    constructor(
    /** The policy's pattern as written. */
    source, re, 
    /** Which group holds the match: 0, or 1 for a pattern wrapped to stand alone. */
    group, 
    /** A wrapped pattern's searches after the start of the text: a character, then the match (no "^" to go by). */
    inside = re) {
        this.source = source;
        this.re = re;
        this.group = group;
        this.inside = inside;
    }
    /** The pattern, or a PatternError saying why not (see patternProblem). */
    static compile(source) {
        return new Pattern(source, compileRe2(source), 0);
    }
    /**
     * Matches of `source` that stand alone — not preceded or followed by a letter, digit or underscore —, as
     * JavaScript's `(?<![A-Za-z0-9_])(?:source)(?![A-Za-z0-9_])` would find them. RE2 has no lookahead: the
     * characters on either side are matched (and the search resumes one character back, so each can serve the next
     * match as well), and the match is the group between them.
     */
    static standingAlone(source) {
        compileRe2(source);
        const after = `(${source})(?:[^${WORD}]|$)`;
        return new Pattern(source, compileRe2(`(?:^|[^${WORD}])${after}`), 1, compileRe2(`[^${WORD}]${after}`));
    }
    /**
     * Whether the whole of `text` matches (as `^(?:source)$` would): RE2 anchored at both ends, on its DFA. Compiled
     * once per source, as a parser asks for it once per file.
     */
    static whole(source) {
        let test = WHOLE.get(source);
        if (!test) {
            const re = compileRe2(source);
            test = (text) => re.testExact(text);
            if (WHOLE.size >= 64)
                WHOLE.clear();
            WHOLE.set(source, test);
        }
        return test;
    }
    /** Whether `text` holds a match. */
    test(text) {
        if (this.group === 0)
            return this.re.test(text);
        for (const _ of this.matchAll(text))
            return true;
        return false;
    }
    /** The first match, or undefined. */
    exec(text) {
        for (const m of this.matchAll(text))
            return m;
        return undefined;
    }
    /** Every match, in order, as a global JavaScript search would find them. */
    *matchAll(text) {
        // A long text is first asked whether it matches at all, on RE2's DFA (no groups tracked: the quickest search,
        // and linear); most texts of a scan do not, and the search that tracks groups runs only on those that do.
        if (text.length > PRECHECK_LENGTH && !this.re.test(text))
            return;
        const wrapped = this.group === 1;
        const first = this.re.matcher(text);
        // From the second character on, a wrapped search starts one character back, where "^" must not match.
        let m = first;
        const count = m.groupCount();
        const names = Object.entries(this.re.namedGroups());
        // Where the search in JavaScript's terms resumes; a wrapped pattern looks one character back.
        let from = 0;
        while (from <= text.length) {
            if (wrapped && from > 0 && m === first)
                m = this.inside.matcher(text);
            if (!m.find(wrapped && from > 0 ? from - 1 : from))
                return;
            const index = m.start(this.group);
            const end = m.end(this.group);
            const groups = [];
            // A wrapped pattern's own groups follow the wrapping one; only the whole match is its answer.
            if (!wrapped)
                for (let g = 1; g <= count; g++)
                    groups.push(m.group(g) ?? undefined);
            const named = {};
            if (!wrapped)
                for (const [name, g] of names)
                    named[name] = m.group(g) ?? undefined;
            yield { index, end, text: text.slice(index, end), groups, named };
            from = end > index ? end : index + 1;
        }
    }
}


/***/ }),

/***/ 2352:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ compareVersionStrings)
/* harmony export */ });
/** Semver-like order: numeric parts numerically, a pre-release (after "-") below its release; build metadata ignored. */
function compareVersionStrings(a, b) {
    const [ra, pa] = splitPre(a);
    const [rb, pb] = splitPre(b);
    const d = compareParts(ra, rb);
    if (d)
        return d;
    if (pa === undefined || pb === undefined)
        return pa === pb ? 0 : pa === undefined ? 1 : -1;
    return compareParts(pa, pb);
}
function splitPre(v) {
    const plain = v.split('+')[0];
    const dash = plain.indexOf('-');
    return dash === -1 ? [plain, undefined] : [plain.slice(0, dash), plain.slice(dash + 1)];
}
function compareParts(a, b) {
    const xa = a.split(/[.-]/);
    const xb = b.split(/[.-]/);
    for (let i = 0; i < Math.max(xa.length, xb.length); i++) {
        const p = xa[i] ?? '0';
        const q = xb[i] ?? '0';
        if (p === q)
            continue;
        const np = /^\d+$/.test(p);
        const nq = /^\d+$/.test(q);
        if (np && nq) {
            // By digits, not Number(): "01" equals "1" and the next part decides; 400 digits do not become Infinity.
            const d = compareDigits(p, q);
            if (d)
                return d;
            continue;
        }
        if (np !== nq)
            return np ? -1 : 1;
        return p < q ? -1 : 1;
    }
    return 0;
}
function compareDigits(a, b) {
    const x = a.replace(/^0+(?=\d)/, '');
    const y = b.replace(/^0+(?=\d)/, '');
    return x.length !== y.length ? x.length - y.length : x < y ? -1 : x > y ? 1 : 0;
}


/***/ })

};
