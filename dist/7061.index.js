export const id = 7061;
export const ids = [7061];
export const modules = {

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
    const { remotePolicyReader: apiPolicyReader } = await Promise.all(/* import() */[__webpack_require__.e(4285), __webpack_require__.e(2088)]).then(__webpack_require__.bind(__webpack_require__, 79707));
    return apiPolicyReader(client);
}


/***/ }),

/***/ 51971:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RELEASE_USAGE: () => (/* binding */ RELEASE_USAGE),
/* harmony export */   release: () => (/* binding */ release)
/* harmony export */ });
/* harmony import */ var _app_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6208);
/* harmony import */ var _app_release_local_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85024);
/* harmony import */ var _engine_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13970);
/* harmony import */ var _publish_release_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54610);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26749);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66447);
/* harmony import */ var _run_command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67755);







// `sdlc-gate release`: the release record of one tag, written to a folder (record.json, manifest.json, index.html and
// the evidence files). Exit 0 when the record passes, 1 when it fails or is incomplete, 2 for usage or policy errors.
const RELEASE_USAGE = `sdlc-gate release [--repo DIR] [--policy PATH] --tag TAG [--previous TAG] [--output DIR]`;
function release(args, io) {
    return (0,_run_command_js__WEBPACK_IMPORTED_MODULE_5__/* .runCommand */ .d)('release', RELEASE_USAGE, io, () => run(args, io), { code: 1 });
}
async function run(args, io) {
    const s = { type: 'string' };
    const opts = (0,_run_command_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFlags */ .b)(args, { repo: s, policy: s, tag: s, previous: s, output: s });
    if (!opts.tag)
        throw new _app_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e('--tag TAG is needed: the release to record');
    const github = await githubFromEnv(io.env);
    const { outcome, folder: output } = await (0,_app_release_local_js__WEBPACK_IMPORTED_MODULE_0__/* .releaseLocal */ .f)({ cwd: io.cwd, ...opts, tag: opts.tag, ...(github ? { github } : {}) });
    if (!outcome.ok) {
        for (const e of outcome.errors)
            io.stderr(`${(0,_engine_check_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPolicyError */ .iv)(e)}\n`);
        io.stderr('sdlc-gate release: the policy is invalid; no record was written\n');
        return 2;
    }
    try {
        await (0,_publish_release_js__WEBPACK_IMPORTED_MODULE_2__/* .writeRecordFolder */ .z)(output, outcome.files);
    }
    catch (e) {
        if (e instanceof _publish_release_js__WEBPACK_IMPORTED_MODULE_2__/* .RecordFolderError */ .S)
            throw new _app_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e(`--output ${e.message}`);
        throw e;
    }
    const { record } = outcome;
    // What the record echoes from the repository and GitHub goes through the same filter as every other output.
    const say = (line) => io.stdout(`${(0,_report_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .sanitizeOutput */ .Bn)(line)}\n`);
    say(`${record.tag}: ${record.status}${record.previous ? ` (changes since ${record.previous})` : ''}; record written to ${opts.output ?? output}`);
    for (const p of record.problems)
        say(`  problem: ${p}`);
    for (const u of record.unverified)
        say(`  not verified: ${u}`);
    return record.status === 'pass' ? 0 : 1;
}
/** GitHub access as the action has it: a token, the API's address and the repository. */
async function githubFromEnv(env) {
    const [owner, name] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const client = owner && name ? await (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .cliClient */ .c)(env, 600_000, 60_000) : undefined;
    return client ? { client, owner: owner, repo: name, serverUrl: env.GITHUB_SERVER_URL || 'https://github.com' } : undefined;
}


/***/ }),

/***/ 23047:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ classifier)
/* harmony export */ });
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95211);

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


/***/ }),

/***/ 72527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26749);
// Everything echoed from the repository (file names, titles, logins, messages that quote them) goes through
// here before it reaches Markdown: secrets are redacted first, HTML is inert, Markdown syntax is literal, and
// @mentions never ping.

const PUNCTUATION = new Set([...'\\`*_{}[]()#+-.!|~:']);
/** Plain text as inert Markdown on one line (safe inside a table cell or a list item). */
function escapeMarkdown(text) {
    return escapeInline(text, true);
}
/**
 * Plain text as inert HTML on one line, for places Markdown does not reach (a <summary>, which opens an HTML
 * block): the same as escapeMarkdown but without backslashes, which HTML would show as they are.
 */
function escapeHtml(text) {
    return escapeInline(text, false);
}
function escapeInline(text, markdown) {
    let out = '';
    for (const c of (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(text)) {
        if (c === '&')
            out += '&amp;';
        else if (c === '<')
            out += '&lt;';
        else if (c === '>')
            out += '&gt;';
        else if (c === '"')
            out += '&quot;';
        else if (c === '@')
            out += '@&#8203;'; // a zero-width space after @ keeps GitHub from linking and notifying
        else if (c === '\r' || c === '\n' || c === '\u2028' || c === '\u2029')
            out += ' ';
        else if (c === '\t')
            out += ' ';
        else if (c < ' ' || c === '\u007f')
            out += '';
        else if (markdown && PUNCTUATION.has(c))
            out += `\\${c}`;
        else
            out += c;
    }
    return out;
}
/** Cuts text to `max` characters, saying so. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    return `${text.slice(0, Math.max(0, max - 1))}…`;
}


/***/ })

};
