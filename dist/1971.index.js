export const id = 1971;
export const ids = [1971];
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
    const { remotePolicyReader: apiPolicyReader } = await __webpack_require__.e(/* import() */ 452).then(__webpack_require__.bind(__webpack_require__, 30452));
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
// Components no vulnerabilities gate could check are listed (as the gate warns of them) and do not change the status.
/** How many components the terminal lists; record.json lists them all. */
const NOT_CHECKED_LISTED = 25;
const RELEASE_USAGE = `sdlc-gate release [--repo DIR] [--policy PATH] --tag TAG [--previous TAG] [--output DIR]`;
function release(args, io) {
    return (0,_run_command_js__WEBPACK_IMPORTED_MODULE_5__/* .runCommand */ .d1)('release', RELEASE_USAGE, io, () => run(args, io), { code: 1 });
}
async function run(args, io) {
    const s = { type: 'string' };
    const opts = (0,_run_command_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFlags */ .bQ)(args, { repo: s, policy: s, tag: s, previous: s, output: s });
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
    if (record.not_checked.length)
        say(`  not checked: ${record.not_checked.length} component${record.not_checked.length === 1 ? '' : 's'} of the released SBOMs could not be checked for vulnerabilities — no vulnerabilities are known for them because none were looked up:`);
    for (const n of record.not_checked.slice(0, NOT_CHECKED_LISTED))
        say(`    ${n.component}${n.version ? `@${n.version}` : ''}${n.purl ? ` (${n.purl})` : ''} in ${n.sbom}: ${n.reason} (gate ${n.gate})`);
    if (record.not_checked.length > NOT_CHECKED_LISTED)
        say(`    and ${record.not_checked.length - NOT_CHECKED_LISTED} more (record.json lists them all)`);
    return record.status === 'pass' ? 0 : 1;
}
/** GitHub access as the action has it: a token, the API's address and the repository. */
async function githubFromEnv(env) {
    const [owner, name] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const client = owner && name ? await (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .cliClient */ .c)(env, 600_000, 60_000) : undefined;
    return client ? { client, owner: owner, repo: name, serverUrl: env.GITHUB_SERVER_URL || 'https://github.com' } : undefined;
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
