export const id = 7826;
export const ids = [7826,3781];
export const modules = {

/***/ 43781:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   policySchemaText: () => (/* binding */ policySchemaText),
/* harmony export */   t: () => (/* binding */ validatePolicy)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _facts_worktree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83086);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16518);
/* harmony import */ var _policy_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35991);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95173);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73377);






async function validatePolicy(input) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(input.cwd, input.repo ?? '.');
    const path = input.policy ?? _defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_POLICY_PATH */ .l;
    const read = (p) => (0,_facts_worktree_js__WEBPACK_IMPORTED_MODULE_1__/* .readWorkingPolicy */ .yv)(root, p, _defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_POLICY_BYTES */ .m);
    let text;
    try {
        text = await read(path);
    }
    catch (e) {
        return { kind: 'unreadable', path, message: e.message };
    }
    if (text === undefined)
        return { kind: 'missing', path };
    const loaded = await new _policy_load_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyLoader */ .e4(_rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .RULES */ .y).load(path, text, read, input.readRemote);
    if (!loaded.ok)
        return { kind: 'invalid', path, errors: loaded.errors };
    return {
        kind: 'valid',
        path,
        notes: loaded.notes,
        gates: loaded.policy.gates.map((g) => (g.id === g.rule ? g.id : `${g.id} (${g.rule})`)),
    };
}
/** The JSON Schema of the policy file, every rule's options included. */
function policySchemaText() {
    return `${JSON.stringify((0,_policy_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .policySchema */ .wh)(_rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .RULES */ .y), null, 2)}\n`;
}


/***/ }),

/***/ 66447:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ remotePolicyReader),
/* harmony export */   c: () => (/* binding */ cliClient)
/* harmony export */ });
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26749);

// The CLI's GitHub client, when GITHUB_TOKEN is set: the token registered as a secret (never printed), requests
// aborted after `budgetMs`, rate-limit waits up to `maxRateLimitWaitMs`. The client (octokit) is loaded only then.
async function cliClient(env, budgetMs, maxRateLimitWaitMs) {
    const token = env.GITHUB_TOKEN;
    if (!token)
        return undefined;
    (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl)(token);
    const { createClient } = await Promise.all(/* import() */[__webpack_require__.e(1351), __webpack_require__.e(636)]).then(__webpack_require__.bind(__webpack_require__, 70636));
    return createClient({
        token,
        baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
        deadline: AbortSignal.timeout(budgetMs),
        requestTimeoutMs: 30_000,
        retries: 2,
        retryDelayMs: 1000,
        maxRateLimitWaitMs,
    });
}
/** Central policies (`extends: owner/repo/path@ref`) are read through the API when GITHUB_TOKEN is set. */
async function remotePolicyReader(env) {
    const client = await cliClient(env, 120_000, 30_000);
    if (!client)
        return undefined;
    const { remotePolicyReader: apiPolicyReader } = await __webpack_require__.e(/* import() */ 452).then(__webpack_require__.bind(__webpack_require__, 30452));
    return apiPolicyReader(client);
}


/***/ }),

/***/ 17826:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var _app_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43781);
/* harmony import */ var _engine_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13970);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66447);
/* harmony import */ var _run_command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67755);




// `sdlc-gate validate`: the policy checked without evaluating a gate.
async function validate(args, io) {
    const s = { type: 'string' };
    const opts = (0,_run_command_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFlags */ .bQ)(args, { repo: s, policy: s });
    const outcome = await (0,_app_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validatePolicy */ .t)({ cwd: io.cwd, ...opts, readRemote: await (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .remotePolicyReader */ .A)(io.env) });
    switch (outcome.kind) {
        case 'unreadable':
            io.stdout(`${outcome.path}:1:1: ${outcome.message}\n`);
            return 2;
        case 'missing':
            io.stdout(`${outcome.path}:1:1: no such file — create it, or name yours with --policy\n`);
            return 2;
        case 'invalid':
            for (const e of outcome.errors)
                io.stdout(`${(0,_engine_check_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPolicyError */ .iv)(e)}\n`);
            return 2;
        case 'valid': {
            for (const note of outcome.notes)
                io.stdout(`note: ${note}\n`);
            const { gates } = outcome;
            io.stdout(`${outcome.path}: valid; ${gates.length} ${gates.length === 1 ? 'gate' : 'gates'}${gates.length ? `: ${gates.join(', ')}` : ''}\n`);
            return 0;
        }
    }
}


/***/ }),

/***/ 23047:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gT: () => (/* binding */ safetyClassOf),
/* harmony export */   kd: () => (/* binding */ classifier),
/* harmony export */   t3: () => (/* binding */ SAFETY_CLASS_RANK)
/* harmony export */ });
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95211);

/**
 * The safety class of a path: the highest class among the items whose paths match it (a file shared by a
 * class B and a class C item must meet class C), else the policy's default.
 */
function classifier(classification) {
    const items = classification.items.map((item) => ({ cls: item.class, matches: (0,_util_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatcher */ .f)(item.paths) }));
    return (path) => {
        let best;
        for (const item of items)
            if (item.matches(path) && (!best || SAFETY_CLASS_RANK[item.cls] > SAFETY_CLASS_RANK[best]))
                best = item.cls;
        return best ?? classification.default;
    };
}
/**
 * A requirement's software safety class as written — "C", "c", "Class C", "Safety class C", "C (serious injury)" —
 * as its letter; anything else ("III", "Class X", "high") in capitals, unknown. A value that names several classes
 * ("B/C", "B or C") is the strictest it names: it never reads as less than it says. The few classes of a large
 * matrix are each read once.
 */
const CLASSES = new Map();
const SAFETY_CLASS = /^\s*(?:(?:software\s+)?(?:safety\s+)?class\s*[:-]?\s*)?([abc])(?![\p{L}\p{N}_])/iu;
function safetyClassOf(written) {
    let c = CLASSES.get(written);
    if (c === undefined) {
        const m = SAFETY_CLASS.exec(written);
        c = m ? { cls: strictestNamed(written, m[1].toUpperCase()), known: true } : { cls: written.trim().toUpperCase(), known: false };
        if (CLASSES.size < 256)
            CLASSES.set(written, c);
    }
    return c;
}
/** The order of the software safety classes, for "the stricter of two". */
const SAFETY_CLASS_RANK = { A: 1, B: 2, C: 3 };
/** The strictest of `first` and every class letter standing alone in `written` ("B/C": C). */
function strictestNamed(written, first) {
    let strictest = first;
    for (const word of written.split(/[^\p{L}\p{N}_]+/u)) {
        const letter = word.length === 1 ? word.toUpperCase() : '';
        if ((SAFETY_CLASS_RANK[letter] ?? 0) > SAFETY_CLASS_RANK[strictest])
            strictest = letter;
    }
    return strictest;
}


/***/ }),

/***/ 13970:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iv: () => (/* binding */ formatPolicyError),
/* harmony export */   qd: () => (/* binding */ evaluatePullRequest),
/* harmony export */   tb: () => (/* binding */ loadPolicy)
/* harmony export */ });
/* harmony import */ var _policy_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85021);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95173);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99095);



/** The policy that governs the pull request (at base; at head only when the base has none). */
function loadPolicy(policyPath, sources, readRemote) {
    const readAt = (ref, path) => sources.readFile(ref, path);
    return (0,_policy_source_js__WEBPACK_IMPORTED_MODULE_0__/* .loadPolicyForPullRequest */ .Y)(policyPath, sources.pr, readAt, _rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y, readRemote);
}
/** Loads the policy through `sources` and evaluates its gates over `facts`. */
async function evaluatePullRequest(policyPath, sources, facts, readRemote) {
    const { pr } = sources;
    const loaded = await loadPolicy(policyPath, sources, readRemote);
    if (!loaded.ok)
        return loaded;
    const result = await (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._)(loaded.policy, facts, _rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y, { base: pr.baseSha, head: pr.headSha, policy: loaded.source });
    return { ok: true, report: { result, pr: pr.number ? { number: pr.number, title: pr.title } : undefined, notes: loaded.notes } };
}
function formatPolicyError(e) {
    return `${e.file}:${e.line}:${e.col}: ${e.message}`;
}


/***/ }),

/***/ 99095:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ evaluate),
/* harmony export */   g: () => (/* binding */ overallStatus)
/* harmony export */ });
/* harmony import */ var _core_classification_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23047);
/* harmony import */ var _policy_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98793);
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95211);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28805);




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
            const classOf = (0,_core_classification_js__WEBPACK_IMPORTED_MODULE_0__/* .classifier */ .kd)(policy.classification);
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

/***/ 83086:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MM: () => (/* binding */ readLocalFile),
/* harmony export */   o6: () => (/* binding */ readWorkingFile),
/* harmony export */   yv: () => (/* binding */ readWorkingPolicy)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82458);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82536);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17876);






// Reads files of the working tree (for `sdlc-gate validate` and local inputs): never through a symlink that
// leaves the tree, never more than the cap.
async function readWorkingFile(root, path, maxBytes) {
    const clean = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeRepoPath */ .NP)(path);
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, clean);
    let stats;
    try {
        stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(full);
    }
    catch {
        return undefined;
    }
    const [realRoot, realFile] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(full).catch(() => undefined)]);
    if (realFile === undefined)
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .FactError */ .n(`${clean} is a symbolic link that points nowhere — commit the file itself`);
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(realRoot, realFile);
    if (inside === '' || inside.startsWith('..') || inside.startsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) || /^[A-Za-z]:/.test(inside)) {
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .FactError */ .n(`${clean} leads out of the repository through a symbolic link; it was not read — commit the file itself`);
    }
    if (stats.isDirectory())
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .FactError */ .n(`${clean} is a directory, not a file`);
    return readRegular(realFile, clean, maxBytes, 0);
}
/**
 * The policy file, or a file its `extends` names, from the working tree: read the way `check` reads it at a commit,
 * so `validate` accepts exactly what `check` accepts. A symbolic link (the file, or a folder on its path) and
 * anything but a regular file (a FIFO, a device, a socket, a directory) is refused unread.
 */
async function readWorkingPolicy(root, path, maxBytes) {
    const clean = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeRepoPath */ .NP)(path);
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, clean);
    let stats;
    try {
        stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(full);
    }
    catch {
        return undefined;
    }
    const [realRoot, realFile] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(full).catch(() => undefined)]);
    if (stats.isSymbolicLink()) {
        const inside = realFile === undefined ? '' : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(realRoot, realFile);
        if (realFile !== undefined && (inside.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(inside))) {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .FactError */ .n(`${clean} leads out of the repository through a symbolic link; it was not read — commit the file itself`);
        }
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .FactError */ .n(`${clean} is a symbolic link in the work tree; links are not followed (check refuses them too) — commit the file itself`);
    }
    if (realFile !== (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(realRoot, clean))
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .FactError */ .n(`${clean} lies under a symbolic link in the work tree; links are not followed (check refuses them too) — commit the files themselves`);
    if (!stats.isFile())
        throw notRegular(clean, stats);
    return readRegular(full, clean, maxBytes, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
}
function notRegular(path, stats) {
    const what = stats.isDirectory() ? 'a directory' : stats.isFIFO() ? 'a named pipe (FIFO)' : 'not a regular file (a device or a socket)';
    return new _core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .FactError */ .n(`${path} is ${what}; it was not read — name a regular file`);
}
/** Opens without blocking (a FIFO would wait for a writer forever) and reads only a regular file, capped. */
async function readRegular(full, clean, maxBytes, flags) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(full, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | flags);
    try {
        const stats = await handle.stat();
        if (!stats.isFile())
            throw notRegular(clean, stats);
        if (stats.size > maxBytes)
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .FactError */ .n(`${clean} is ${stats.size} bytes, over the ${maxBytes}-byte limit; it was not read — keep it smaller`);
        return (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeText */ .g7)(clean, await handle.readFile());
    }
    finally {
        await handle.close();
    }
}
/** Reads a file the user named on the command line (not repository content): size-capped. */
async function readLocalFile(path, maxBytes) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        const size = (await handle.stat()).size;
        if (size > maxBytes)
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .FactError */ .n(`${path} is ${size} bytes, over the ${maxBytes}-byte limit`);
        return (await handle.readFile()).toString('utf8');
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 98793:
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
        policyFiles: policy.files ?? [policy.path],
        groups: policy.groups,
        classification: policy.classification,
        gates: policy.gates.map((g) => ({ id: g.id, rule: g.rule })),
        gateOptions: gateOptions,
    };
}


/***/ }),

/***/ 85021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ loadPolicyForPullRequest)
/* harmony export */ });
/* unused harmony export sha256 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28805);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16518);



async function loadPolicyForPullRequest(path, pr, readAt, rules, readRemote) {
    const notes = [];
    let atBase;
    let atHead;
    try {
        // Both reads at once; a failure at base is the one reported when both fail, as when they ran in turn.
        const [base, head] = await Promise.allSettled([readAt(pr.baseSha, path), readAt(pr.headSha, path)]);
        if (base.status === 'rejected')
            throw base.reason;
        if (head.status === 'rejected')
            throw head.reason;
        atBase = base.value;
        atHead = head.value;
    }
    catch (e) {
        return { ok: false, errors: [{ file: path, line: 1, col: 1, message: `the policy cannot be read: ${e.message}` }] };
    }
    const chosen = atBase ?? atHead;
    if (!chosen) {
        return {
            ok: false,
            errors: [
                {
                    file: path,
                    line: 1,
                    col: 1,
                    message: `no policy file at the base (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(pr.baseSha)}) or the head (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(pr.headSha)}) commit — add one (see \`sdlc-gate schema\`), or pass the path of yours`,
                },
            ],
        };
    }
    if (!atBase)
        notes.push(`The base commit ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(pr.baseSha)} has no ${path}; this pull request adds it, so the policy was read at the head commit ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(pr.headSha)}.`);
    else if (!atHead)
        notes.push(`This pull request deletes ${path}; it was evaluated with the base version.`);
    else if (!atBase.bytes.equals(atHead.bytes)) {
        notes.push(`This pull request changes ${path}; it was evaluated with the base version (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(pr.baseSha)}). The change applies to pull requests opened after it is merged.`);
    }
    const loader = new _load_js__WEBPACK_IMPORTED_MODULE_1__/* .PolicyLoader */ .e4(rules);
    const loaded = await loader.load(path, chosen.text, async (p) => (await readAt(chosen.ref, p))?.text, readRemote);
    if (!loaded.ok)
        return loaded;
    return {
        ok: true,
        policy: loaded.policy,
        source: { path, ref: chosen.ref, sha256: sha256(chosen.bytes) },
        notes: [...notes, ...loaded.notes],
    };
}
function sha256(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}


/***/ })

};
