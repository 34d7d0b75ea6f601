export const id = 2088;
export const ids = [2088];
export const modules = {

/***/ 79707:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   remotePolicyReader: () => (/* binding */ remotePolicyReader),
/* harmony export */   w: () => (/* binding */ checkLocal)
/* harmony export */ });
/* unused harmony export checkPullRequest */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _engine_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13970);
/* harmony import */ var _facts_facts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71892);
/* harmony import */ var _facts_github_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21564);
/* harmony import */ var _facts_local_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29528);
/* harmony import */ var _facts_osv_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(94571);
/* harmony import */ var _facts_worktree_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83086);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(82458);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73377);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6208);
/* harmony import */ var _work_tree_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(67451);











const MAX_INPUT_BYTES = 20 * 1024 * 1024;
/** Facts from `sources` (lazy, memoized), the policy read through them, its gates evaluated. */
function checkPullRequest(policyPath, sources, readRemote) {
    return (0,_engine_check_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluatePullRequest */ .qd)(policyPath, sources, (0,_facts_facts_js__WEBPACK_IMPORTED_MODULE_2__/* .createFacts */ .u)(sources), readRemote);
}
/** Central policies (`extends: owner/repo/path@ref`) read through the API, when there is a client. */
function remotePolicyReader(client) {
    return client && new _facts_github_js__WEBPACK_IMPORTED_MODULE_3__/* .GitHubFacts */ .xc(client, '', '', _defaults_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_POLICY_BYTES */ .m).readRemotePolicy;
}
/** A check on a local clone: the changes from the merge base of base and head, reviews and teams from files. */
async function checkLocal(input) {
    // git starts at once (is this a repository?) while the input files are read, and the refs are resolved together;
    // the errors are still reported in the order of the steps (the repository, the files, the base, the head).
    const inputFiles = new Map();
    const read = readInputs(input, inputFiles);
    read.catch(() => undefined);
    const repo = await (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_6__/* .openRepository */ .h)(input.cwd, input.repo, 'work tree');
    const event = await read;
    const text = (name) => inputFiles.get(name);
    const baseRef = input.base ?? event?.baseSha;
    if (!baseRef)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .e('--base REF is needed (or --event FILE with a pull_request payload)');
    const headRef = input.head ?? event?.headSha ?? 'HEAD';
    const [baseSha, headSha] = await Promise.all([repo.resolveCommit(baseRef), repo.resolveCommit(headRef)]);
    if (!baseSha)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .e(`the base commit ${baseRef} is not in the repository — fetch it (git fetch origin ${baseRef}) or fix --base`);
    if (!headSha)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .e(`the head commit ${headRef} is not in the repository — fetch it or fix --head`);
    const pr = event
        ? { ...event, baseSha, headSha }
        : { number: 0, title: '', body: '', labels: [], author: '', baseSha, headSha };
    const reviews = input.reviews ? asUsage(() => (0,_facts_local_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReviewsJson */ .Nf)(text(input.reviews), input.reviews)) : undefined;
    const teams = input.teams ? asUsage(() => (0,_facts_local_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTeamsJson */ .Al)(text(input.teams), input.teams)) : undefined;
    const outcome = await checkPullRequest(input.policy ?? _defaults_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_POLICY_PATH */ .l, {
        pr,
        ...(0,_facts_local_js__WEBPACK_IMPORTED_MODULE_4__/* .gitSources */ .zQ)(repo, pr),
        osvScan: (0,_facts_osv_js__WEBPACK_IMPORTED_MODULE_9__/* .createOsvSource */ .CD)({ deadline: AbortSignal.timeout(300_000), requestTimeoutMs: 30_000, retries: 2, retryDelayMs: 500 }),
        reviews: async () => {
            if (!reviews)
                throw new _core_types_js__WEBPACK_IMPORTED_MODULE_10__/* .FactError */ .n('no reviews were given — pass --reviews FILE (the JSON of GET /repos/{owner}/{repo}/pulls/{number}/reviews)');
            return reviews;
        },
        teamMembers: async (team) => {
            const members = teams?.get(team.toLowerCase());
            if (!members)
                throw new _core_types_js__WEBPACK_IMPORTED_MODULE_10__/* .FactError */ .n(`the members of @${team} are unknown — list them in --teams FILE as {"${team}": ["login", ...]}`);
            return members;
        },
        issueExists: async (n) => {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_10__/* .FactError */ .n(`the CLI cannot verify that issue #${n} exists (it does not call the issues API) — run the check as the action, or set verify: false for local runs`);
        },
    }, input.readRemote);
    return { outcome, baseSha, headSha };
}
/** Bad content in a file the user named is a usage error (exit 2), not a failed gate. */
function asUsage(parse) {
    try {
        return parse();
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .e(e.message);
    }
}
/** The reviews and teams files (into `files`, by name) and the event payload, in the order a usage error names them. */
async function readInputs(input, files) {
    for (const name of [input.reviews, input.teams])
        if (name)
            files.set(name, await readInput(input.cwd, name));
    return input.event ? readEvent((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(input.cwd, input.event)) : undefined;
}
async function readInput(cwd, path) {
    try {
        return await (0,_facts_worktree_js__WEBPACK_IMPORTED_MODULE_5__/* .readLocalFile */ .MM)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, path), MAX_INPUT_BYTES);
    }
    catch (e) {
        const code = e.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .e(code === 'ENOENT' ? `${path}: no such file` : `${path}: ${e.message}`);
    }
}
async function readEvent(path) {
    let payload;
    try {
        payload = JSON.parse(await (0,_facts_worktree_js__WEBPACK_IMPORTED_MODULE_5__/* .readLocalFile */ .MM)(path, MAX_INPUT_BYTES));
    }
    catch (e) {
        const code = e.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .e(`--event ${path}: ${code === 'ENOENT' ? 'no such file' : e.message}`);
    }
    if (!payload?.pull_request)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .e(`--event ${path} is not a pull_request event payload (it has no "pull_request")`);
    try {
        return (0,_facts_github_js__WEBPACK_IMPORTED_MODULE_3__/* .pullRequestFromPayload */ .rY)(payload.pull_request);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .e(`--event ${path}: ${e.message}`);
    }
}


/***/ }),

/***/ 67451:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ openRepository),
/* harmony export */   p: () => (/* binding */ workTreeGate)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _facts_git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82536);
/* harmony import */ var _facts_worktree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83086);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16518);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95173);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73377);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6208);







/** The repository at `dir` (relative to `cwd`); bad usage when it is none. */
async function openRepository(cwd, dir, what, maxFileBytes) {
    const repo = new _facts_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GitRepo */ .tr((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, dir ?? '.'), maxFileBytes);
    if (!(await repo.isRepository()))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`--repo ${dir ?? '.'} is not a git ${what}`);
    return repo;
}
/** Loads the work tree's policy and picks the gate `input.gate`, or the first with `rule`. */
async function workTreeGate(input, rule) {
    const repo = await openRepository(input.cwd, input.repo, 'work tree');
    const root = repo.dir;
    const policyPath = input.policy ?? _defaults_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_POLICY_PATH */ .l;
    const policyText = await (0,_facts_worktree_js__WEBPACK_IMPORTED_MODULE_2__/* .readWorkingPolicy */ .yv)(root, policyPath, _defaults_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_POLICY_BYTES */ .m);
    if (policyText === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`${policyPath}: no such file — name the policy with --policy`);
    const loaded = await new _policy_load_js__WEBPACK_IMPORTED_MODULE_3__/* .PolicyLoader */ .e4(_rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .RULES */ .y).load(policyPath, policyText, (p) => (0,_facts_worktree_js__WEBPACK_IMPORTED_MODULE_2__/* .readWorkingPolicy */ .yv)(root, p, _defaults_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_POLICY_BYTES */ .m));
    if (!loaded.ok)
        return { ok: false, policyPath, errors: loaded.errors };
    const candidates = loaded.policy.gates.filter((g) => g.rule === rule);
    const gate = input.gate ? loaded.policy.gates.find((g) => g.id === input.gate) : candidates[0];
    if (!gate) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(input.gate
            ? `${policyPath} has no gate "${input.gate}"${candidates.length ? ` (${rule} gates: ${candidates.map((g) => g.id).join(', ')})` : ''}`
            : `${policyPath} has no gate with rule ${rule} — add one, or name the policy with --policy`);
    }
    if (gate.rule !== rule)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`gate "${gate.id}" runs rule ${gate.rule}, not ${rule}`);
    return { ok: true, root, repo, policyPath, policy: loaded.policy, gate };
}


/***/ })

};
