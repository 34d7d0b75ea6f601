export const id = 677;
export const ids = [677];
export const modules = {

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







/**
 * The repository at `dir` (relative to `cwd`); bad usage when it is none. `resolveAhead` names commit-ishes git starts
 * resolving while it is asked whether this is a repository (the repository's resolveCommit then answers them from
 * its cache; a failed resolve in a folder that is none is never reported: the repository's error comes first).
 */
async function openRepository(cwd, dir, what, resolveAhead = []) {
    const repo = new _facts_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GitRepo */ .tr((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, dir ?? '.'));
    for (const ref of resolveAhead)
        void repo.resolveCommit(ref);
    if (!(await repo.isRepository()))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`--repo ${dir ?? '.'} is not a git ${what} — run in a clone of the repository, or name one with --repo DIR`);
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
    if (gate.rule !== rule) {
        const others = candidates.map((g) => g.id).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`gate "${gate.id}" runs rule ${gate.rule}, not ${rule} — ${others ? `name a ${rule} gate with --gate (${others})` : `${policyPath} has no ${rule} gate: add one`}`);
    }
    return { ok: true, root, repo, policyPath, policy: loaded.policy, gate };
}


/***/ }),

/***/ 20677:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  check: () => (/* binding */ check_check)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/engine/check.js
var check = __webpack_require__(13970);
// EXTERNAL MODULE: ./lib/facts/facts.js
var facts = __webpack_require__(71892);
// EXTERNAL MODULE: ./lib/facts/github.js
var github = __webpack_require__(21564);
// EXTERNAL MODULE: ./lib/facts/local.js
var local = __webpack_require__(29528);
// EXTERNAL MODULE: ./lib/facts/osv.js
var osv = __webpack_require__(94571);
// EXTERNAL MODULE: ./lib/facts/worktree.js
var worktree = __webpack_require__(83086);
// EXTERNAL MODULE: ./lib/core/types.js
var types = __webpack_require__(82458);
// EXTERNAL MODULE: ./lib/app/defaults.js
var defaults = __webpack_require__(73377);
// EXTERNAL MODULE: ./lib/app/errors.js
var errors = __webpack_require__(6208);
// EXTERNAL MODULE: ./lib/app/work-tree.js
var work_tree = __webpack_require__(67451);
;// CONCATENATED MODULE: ./lib/app/check.js











const MAX_INPUT_BYTES = 20 * 1024 * 1024;
/** Facts from `sources` (lazy, memoized), the policy read through them, its gates evaluated. */
function checkPullRequest(policyPath, sources, readRemote) {
    return (0,check/* evaluatePullRequest */.qd)(policyPath, sources, (0,facts/* createFacts */.uW)(sources), readRemote);
}
/** A check on a local clone: the changes from the merge base of base and head, reviews and teams from files. */
async function checkLocal(input) {
    // git starts at once (is this a repository?) while the input files are read, and the refs are resolved together;
    // the errors are still reported in the order of the steps (the repository, the files, the base, the head).
    const inputFiles = new Map();
    const read = readInputs(input, inputFiles);
    read.catch(() => undefined);
    // Without an event file the refs are known at once: git resolves them while it is asked whether this is a repository.
    const early = !input.event && input.base ? [input.base, input.head ?? 'HEAD'] : [];
    const repo = await (0,work_tree/* openRepository */.h)(input.cwd, input.repo, 'work tree', early);
    const event = await read;
    const text = (name) => inputFiles.get(name);
    const baseRef = input.base ?? event?.baseSha;
    if (!baseRef)
        throw new errors/* UsageError */.e('--base REF is needed (or --event FILE with a pull_request payload)');
    const headRef = input.head ?? event?.headSha ?? 'HEAD';
    const [baseSha, headSha] = await Promise.all([repo.resolveCommit(baseRef), repo.resolveCommit(headRef)]);
    if (!baseSha)
        throw new errors/* UsageError */.e(`the base commit ${baseRef} is not in the repository — fetch it (git fetch origin ${baseRef}) or fix --base`);
    if (!headSha)
        throw new errors/* UsageError */.e(`the head commit ${headRef} is not in the repository — fetch it or fix --head`);
    const pr = event
        ? { ...event, baseSha, headSha }
        : { number: 0, title: '', body: '', labels: [], author: '', baseSha, headSha };
    const reviews = input.reviews ? asUsage(() => (0,local/* parseReviewsJson */.Nf)(text(input.reviews), input.reviews)) : undefined;
    const teams = input.teams ? asUsage(() => (0,local/* parseTeamsJson */.Al)(text(input.teams), input.teams)) : undefined;
    const commits = input.commits ? asUsage(() => (0,local/* parseCommitsJson */.iG)(text(input.commits), input.commits)) : undefined;
    const permissions = reviews ? asUsage(() => (0,local/* permissionsOfReviews */.De)(reviews, input.reviews)) : undefined;
    const outcome = await checkPullRequest(input.policy ?? defaults/* DEFAULT_POLICY_PATH */.l, {
        pr,
        ...(0,local/* gitSources */.zQ)(repo, pr),
        osvScan: (0,osv/* createOsvSource */.CD)({ deadline: AbortSignal.timeout(300_000), requestTimeoutMs: 30_000, retries: 2, retryDelayMs: 500 }),
        reviews: async () => {
            if (!reviews)
                throw new types/* FactError */.n('no reviews were given — pass --reviews FILE (the JSON of GET /repos/{owner}/{repo}/pulls/{number}/reviews)');
            return reviews;
        },
        teamMembers: async (team) => {
            const members = teams?.get(team.toLowerCase());
            if (!members)
                throw new types/* FactError */.n(`the members of @${team} are unknown — list them in --teams FILE as {"${team}": ["login", ...]}`);
            return members;
        },
        // Write access and contributors come only from what the files say: nothing is guessed (git e-mails are not logins).
        permission: async (login) => {
            const permission = permissions?.get(login.toLowerCase());
            if (!permission)
                throw new types/* FactError */.n(`the write access of ${login} is unknown — add "permission" (as GET /repos/{owner}/{repo}/collaborators/${login}/permission answers it) to their reviews in ${input.reviews ?? '--reviews FILE'}, or set require_write_access: false on the gate`);
            return permission;
        },
        commits: async () => {
            if (!commits)
                throw new types/* FactError */.n('who contributed to the pull request is unknown — pass --commits FILE (the JSON of GET /repos/{owner}/{repo}/pulls/{number}/commits), or set allow_contributor: true on the gate');
            return commits;
        },
        issueExists: async (n) => {
            throw new types/* FactError */.n(`the CLI cannot verify that issue #${n} exists (it does not call the issues API) — run the check as the action, or set verify: false for local runs`);
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
        throw new errors/* UsageError */.e(e.message);
    }
}
/** The reviews, teams and commits files (into `files`, by name) and the event payload, in the order a usage error names them. */
async function readInputs(input, files) {
    for (const name of [input.reviews, input.teams, input.commits])
        if (name)
            files.set(name, await readInput(input.cwd, name));
    return input.event ? readEvent((0,external_node_path_.resolve)(input.cwd, input.event)) : undefined;
}
async function readInput(cwd, path) {
    try {
        return await (0,worktree/* readLocalFile */.MM)((0,external_node_path_.resolve)(cwd, path), MAX_INPUT_BYTES);
    }
    catch (e) {
        const code = e.code;
        throw new errors/* UsageError */.e(code === 'ENOENT' ? `${path}: no such file` : `${path}: ${e.message}`);
    }
}
async function readEvent(path) {
    let payload;
    try {
        payload = JSON.parse(await (0,worktree/* readLocalFile */.MM)(path, MAX_INPUT_BYTES));
    }
    catch (e) {
        const code = e.code;
        throw new errors/* UsageError */.e(`--event ${path}: ${code === 'ENOENT' ? 'no such file' : e.message}`);
    }
    if (!payload?.pull_request)
        throw new errors/* UsageError */.e(`--event ${path} is not a pull_request event payload (it has no "pull_request")`);
    try {
        return (0,github/* pullRequestFromPayload */.rY)(payload.pull_request);
    }
    catch (e) {
        throw new errors/* UsageError */.e(`--event ${path}: ${e.message}`);
    }
}

// EXTERNAL MODULE: ./lib/publish/output-file.js
var output_file = __webpack_require__(85733);
// EXTERNAL MODULE: ./lib/report/json.js
var json = __webpack_require__(97406);
// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(63021);
// EXTERNAL MODULE: ./lib/report/redact.js
var redact = __webpack_require__(26749);
// EXTERNAL MODULE: ./lib/util/text.js
var util_text = __webpack_require__(28805);
// EXTERNAL MODULE: ./lib/report/actions.js
var actions = __webpack_require__(68565);
// EXTERNAL MODULE: ./lib/report/status.js
var report_status = __webpack_require__(36282);
;// CONCATENATED MODULE: ./lib/report/text.js



/** The CLI's plain-text report: the steps that would make it pass, then one line per gate with its findings indented beneath, attention first. */
function renderText(ctx) {
    const { result } = ctx;
    const ordered = [
        ...report_status/* ATTENTION_ORDER */.mJ.flatMap((s) => result.gates.filter((g) => g.status === s)),
        ...result.gates.filter((g) => !(0,report_status/* needsAttention */.e_)(g.status)),
    ];
    const failed = result.gates.filter((g) => g.status === 'fail' || g.status === 'error').length;
    const lines = [
        `sdlc-gate: ${result.status.toUpperCase()} — ${failed ? `${failed} of ${(0,util_text/* plural */.LS)(result.gates.length, 'gate')} failed` : `${(0,util_text/* plural */.LS)(result.gates.length, 'gate')}, none failed`}` +
            ` (policy ${result.policy.path} at ${(0,util_text/* shortSha */.Fu)(result.policy.ref)}; base ${(0,util_text/* shortSha */.Fu)(result.base)}, head ${(0,util_text/* shortSha */.Fu)(result.head)})`,
    ];
    for (const note of ctx.notes)
        lines.push(`note: ${oneLine(note)}`);
    if (result.status === 'fail') {
        const steps = (0,actions/* stepsToPass */.J)(result);
        if (steps.length)
            lines.push('to pass:');
        steps.forEach((s, i) => lines.push(`  ${i + 1}. ${oneLine(s.text)}${s.command ? ` (run: ${oneLine(s.command)})` : ''} [${s.gates.join(', ')}]`));
    }
    for (const g of ordered) {
        const rule = g.rule === g.id ? '' : ` (${g.rule})`;
        lines.push(`${report_status/* STATUS_WORD */.I1[g.status].padEnd(5)} ${g.id}${rule}: ${oneLine(g.summary)}`);
        for (const f of g.findings) {
            if (!f.file && f.message === g.summary)
                continue; // already the gate's line
            const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : '';
            lines.push(`      ${f.severity}: ${oneLine(where)}${oneLine(f.message)}${f.help ? ` ${oneLine(f.help)}` : ''}`);
        }
        for (const t of g.tables ?? []) {
            lines.push(`      ${oneLine(t.title)} (${t.rows.length}):`);
            for (const r of t.rows)
                lines.push(`        ${t.columns.map((c, i) => `${oneLine(c)}: ${oneLine(r[i] ?? '')}`).join('; ')}`);
        }
    }
    return `${lines.join('\n')}\n`;
}
/** Repository text never breaks the one-line-per-item layout (nor injects terminal escapes). */
function oneLine(s) {
    // eslint-disable-next-line no-control-regex -- the control characters are what this strips from repository text
    return s.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, '');
}

// EXTERNAL MODULE: ./lib/cli/client.js
var client = __webpack_require__(66447);
// EXTERNAL MODULE: ./lib/cli/run-command.js
var run_command = __webpack_require__(67755);
;// CONCATENATED MODULE: ./lib/cli/check.js










// `sdlc-gate check`: the same evaluation as the action, with git for the diff and files for reviews and teams.
async function check_check(args, io) {
    const s = { type: 'string' };
    const opts = (0,run_command/* parseFlags */.bQ)(args, { repo: s, policy: s, base: s, head: s, event: s, reviews: s, teams: s, commits: s, format: s, output: s });
    const format = (0,run_command/* oneOf */.yL)('format', opts.format, ['text', 'json', 'markdown'], 'text');
    const { outcome, baseSha, headSha } = await checkLocal({ cwd: io.cwd, ...opts, readRemote: await (0,client/* remotePolicyReader */.A)(io.env) });
    if (!outcome.ok) {
        for (const e of outcome.errors)
            io.stderr(`${(0,check/* formatPolicyError */.iv)(e)}\n`);
        io.stderr(`sdlc-gate: the policy is invalid; nothing was evaluated\n`);
        return 2;
    }
    const { report } = outcome;
    // What leaves the CLI goes through the same filter as the action's outputs: no token, no terminal escapes.
    const rendered = (0,redact/* sanitizeOutput */.Bn)(format === 'json'
        ? (0,json/* renderJson */.h)(report.result)
        : format === 'markdown'
            ? (0,markdown/* renderMarkdown */.Gc)(report, { maxBytes: markdown/* MAX_SUMMARY_BYTES */.Q0 })
            : renderText(report));
    if (opts.output) {
        await (0,output_file/* writeOutputFile */.B)(io.cwd, opts.output, rendered);
        io.stderr(`sdlc-gate: ${report.result.status} (${(0,util_text/* shortSha */.Fu)(baseSha)}…${(0,util_text/* shortSha */.Fu)(headSha)}); ${format} written to ${opts.output}\n`);
    }
    else
        io.stdout(rendered);
    return report.result.status === 'pass' ? 0 : 1;
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

/***/ 21564:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ reviewFromApi),
/* harmony export */   rY: () => (/* binding */ pullRequestFromPayload),
/* harmony export */   tz: () => (/* binding */ parsePermission),
/* harmony export */   wL: () => (/* binding */ commitFromApi),
/* harmony export */   xc: () => (/* binding */ GitHubFacts)
/* harmony export */ });
/* unused harmony exports PR_FILES_LIMIT, PR_COMMITS_LIMIT, WEB_FLOW */
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9452);
/* harmony import */ var _refusals_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17150);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17876);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82458);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82536);





// Facts from the GitHub REST API, for what a checkout cannot tell (reviews, teams) or when there is none.
/** GitHub lists at most this many files of a pull request; a longer PR needs the local diff. */
const PR_FILES_LIMIT = 3000;
/** GitHub lists at most this many commits of a pull request (GET /pulls/{n}/commits). */
const PR_COMMITS_LIMIT = 250;
/** The committer GitHub records for commits it makes itself (web edits, merges of the base branch, squash merges). */
const WEB_FLOW = 'web-flow';
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
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FactError */ .n((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeApiError */ .gg)(e, endpoint, permission));
        }
    }
    async pullRequestFiles(number) {
        const endpoint = `GET /repos/${this.owner}/${this.repo}/pulls/${number}/files`;
        const items = await this.call(endpoint, 'pull-requests: read', () => this.client.paginate(this.client.rest.pulls.listFiles, { owner: this.owner, repo: this.repo, pull_number: number, per_page: 100 }));
        if (items.length >= PR_FILES_LIMIT) {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FactError */ .n(`${endpoint} returned ${items.length} files, GitHub's limit, so the list may be cut short — check the repository out (actions/checkout with fetch-depth: 0) so the diff is computed locally`);
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
    /** GET /pulls/{n}/commits, every page: who authored and committed each commit. All or an error, never a part. */
    async pullRequestCommits(number) {
        const endpoint = `GET /repos/${this.owner}/${this.repo}/pulls/${number}/commits`;
        const items = await this.call(endpoint, 'pull-requests: read', () => this.client.paginate(this.client.rest.pulls.listCommits, { owner: this.owner, repo: this.repo, pull_number: number, per_page: 100 }));
        if (items.length >= PR_COMMITS_LIMIT) {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FactError */ .n(`${endpoint} returned ${items.length} commits, GitHub's limit, so who contributed to the pull request cannot be told in full — split the pull request, or set allow_contributor: true on the gate`);
        }
        return items.map(commitFromApi);
    }
    /**
     * GET /repos/{o}/{r}/collaborators/{login}/permission: the user's base role here (maintain reads as write, triage
     * as read). Needs only "metadata: read", which every GITHUB_TOKEN has. Any failure is a FactError, never a guess.
     */
    async permission(login) {
        const endpoint = `GET /repos/${this.owner}/${this.repo}/collaborators/${login}/permission`;
        const { data } = await this.call(endpoint, 'metadata: read', () => this.client.rest.repos.getCollaboratorPermissionLevel({ owner: this.owner, repo: this.repo, username: login }));
        const permission = parsePermission(data.permission);
        if (!permission)
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FactError */ .n(`${endpoint} answered an unknown permission ${JSON.stringify(data.permission)}`);
        return permission;
    }
    async teamMembers(team) {
        const [org, slug] = team.split('/');
        const endpoint = `GET /orgs/${org}/teams/${slug}/members`;
        try {
            const members = await this.client.paginate(this.client.rest.teams.listMembersInOrg, { org: org, team_slug: slug, per_page: 100 });
            return members.map((m) => m.login);
        }
        catch (e) {
            const status = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .apiErrorStatus */ .RK)(e);
            if (status === 403 || status === 404) {
                throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FactError */ .n(`${endpoint} answered ${status}: the team @${team} cannot be read — give the token "members: read" on the organization (a GitHub App or a PAT; GITHUB_TOKEN cannot), or list the logins in the policy's groups instead`);
            }
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FactError */ .n((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeApiError */ .gg)(e, endpoint));
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
            const status = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .apiErrorStatus */ .RK)(e);
            if (status === 404 || status === 410)
                return false;
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FactError */ .n((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeApiError */ .gg)(e, endpoint, 'issues: read'));
        }
    }
    /** A file at a commit through the contents API; refuses symlinks, directories and files over the cap. */
    async readFile(ref, path, maxBytes = this.maxFileBytes) {
        const clean = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeRepoPath */ .NP)(path);
        const endpoint = `GET /repos/${this.owner}/${this.repo}/contents/${clean}?ref=${ref.slice(0, 7)}`;
        let data;
        try {
            ({ data } = await this.client.rest.repos.getContent({ owner: this.owner, repo: this.repo, path: clean, ref }));
        }
        catch (e) {
            if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .apiErrorStatus */ .RK)(e) === 404)
                return undefined;
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FactError */ .n((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeApiError */ .gg)(e, endpoint, 'contents: read'));
        }
        if (Array.isArray(data))
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FactError */ .n(`${clean} is a directory at ${ref.slice(0, 7)}, not a file`);
        const item = data;
        if (item.type === 'symlink')
            throw (0,_refusals_js__WEBPACK_IMPORTED_MODULE_4__/* .symlinkRefused */ .U)(clean, ref);
        if (item.type !== 'file')
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FactError */ .n(`${clean} is a ${item.type} at ${ref.slice(0, 7)}, not a file`);
        if (item.size > maxBytes)
            throw (0,_refusals_js__WEBPACK_IMPORTED_MODULE_4__/* .tooLarge */ .g)(clean, item.size, ref, maxBytes);
        if (item.encoding !== 'base64' || typeof item.content !== 'string') {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FactError */ .n(`${endpoint} returned no content for ${clean} (encoding ${item.encoding ?? 'none'}); check the repository out so it is read locally`);
        }
        const bytes = Buffer.from(item.content, 'base64');
        return { path: clean, ref, bytes, text: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeText */ .g7)(clean, bytes, ` at ${ref.slice(0, 7)}`) };
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
                if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .apiErrorStatus */ .RK)(e) !== 404)
                    throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FactError */ .n((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeApiError */ .gg)(e, `GET /repos/${owner}/${repo}/git/ref/heads/${ref}`, 'contents: read'));
            }
        }
        return { text: file.text, moving };
    });
    /** Paths of the regular files of a commit's tree. */
    async listFiles(ref) {
        const endpoint = `GET /repos/${this.owner}/${this.repo}/git/trees/${ref.slice(0, 7)}?recursive=1`;
        const { data } = await this.call(endpoint, 'contents: read', () => this.client.rest.git.getTree({ owner: this.owner, repo: this.repo, tree_sha: ref, recursive: 'true' }));
        if (data.truncated) {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FactError */ .n(`${endpoint} was truncated by GitHub — check the repository out so files are listed locally`);
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
/** A permission as GitHub names it, or undefined: maintain is write, triage is read (GitHub's own mapping). */
function parsePermission(raw) {
    switch (raw) {
        case 'admin':
        case 'write':
        case 'read':
        case 'none':
            return raw;
        case 'maintain':
            return 'write';
        case 'triage':
            return 'read';
        default:
            return undefined;
    }
}
/** A commit as GET /pulls/{n}/commits returns it: the logins GitHub linked to its author and committer. */
function commitFromApi(raw) {
    const c = raw;
    const author = c?.author?.login;
    const committer = c?.committer?.login;
    return {
        sha: String(c?.sha ?? ''),
        ...(author ? { author } : {}),
        ...(committer && committer.toLowerCase() !== WEB_FLOW ? { committer } : {}),
    };
}
/** The pull request as a `pull_request` event payload (or GET /pulls/{n}) carries it. */
function pullRequestFromPayload(raw) {
    const p = raw;
    if (!p || typeof p.number !== 'number' || !p.base?.sha || !p.head?.sha) {
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FactError */ .n('the event has no pull_request with number, base.sha and head.sha');
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

/***/ 29528:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ parseTeamsJson),
/* harmony export */   De: () => (/* binding */ permissionsOfReviews),
/* harmony export */   Nf: () => (/* binding */ parseReviewsJson),
/* harmony export */   iG: () => (/* binding */ parseCommitsJson),
/* harmony export */   zQ: () => (/* binding */ gitSources)
/* harmony export */ });
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82458);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28805);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21564);



/** Changed files as GitHub shows them: from the merge base of base and head, to head, with renames. */
function gitSources(repo, pr) {
    // The head's tree is listed by git while the policy is read at base: nearly every gate reads or lists the head.
    repo.prefetchTree(pr.headSha);
    // And the merge base the changed files start from is asked for now, not when a gate first wants them.
    if (pr.baseSha !== pr.headSha)
        void repo.mergeBase(pr.baseSha, pr.headSha);
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
    return data.flatMap((raw, i) => {
        const review = (0,_github_js__WEBPACK_IMPORTED_MODULE_0__/* .reviewFromApi */ .BD)(raw);
        if (!review)
            return [];
        // The CLI's own field beside GitHub's: the reviewer's permission, as GET .../collaborators/{login}/permission answers it.
        const given = raw.permission;
        if (given === undefined)
            return [review];
        const permission = (0,_github_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePermission */ .tz)(given);
        if (!permission)
            throw new Error(`${name}: review [${i}] has "permission": ${JSON.stringify(given)}; use admin, maintain, write, triage, read or none`);
        return [{ ...review, permission }];
    });
}
/** Commits from a JSON array shaped like GET /repos/{o}/{r}/pulls/{n}/commits. Throws a plain Error for bad input. */
function parseCommitsJson(text, name) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new Error(`${name} is not valid JSON: ${e.message}`, { cause: e });
    }
    if (!Array.isArray(data) || !data.every((c) => c && typeof c === 'object' && typeof c.sha === 'string'))
        throw new Error(`${name} must be a JSON array of commits with "sha", as GET /repos/{owner}/{repo}/pulls/{number}/commits returns`);
    return data.map(_github_js__WEBPACK_IMPORTED_MODULE_0__/* .commitFromApi */ .wL);
}
/**
 * Each reviewer's permission as the reviews file gives it (lower-case login → permission; a reviewer none of whose
 * reviews gives one is absent); a reviewer whose reviews disagree is refused, as the file cannot be right about both.
 */
function permissionsOfReviews(reviews, name) {
    const permissions = new Map();
    for (const r of reviews) {
        if (!r.permission)
            continue;
        const login = r.user.toLowerCase();
        const before = permissions.get(login);
        if (before && before !== r.permission)
            throw new Error(`${name}: the reviews of ${r.user} give two permissions, ${before} and ${r.permission} — give each of their reviews the one GET /repos/{owner}/{repo}/collaborators/${r.user}/permission answers`);
        permissions.set(login, r.permission);
    }
    return permissions;
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

/***/ 85733:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ writeOutputFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);


// The CLI's file publisher: a rendered report written where --output names (relative to the directory it runs in).
async function writeOutputFile(cwd, path, text) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path), text);
}


/***/ }),

/***/ 97406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ renderJson)
/* harmony export */ });
/** The result as the public `sdlc-gate/result@1` JSON, with exactly the documented keys in their order. */
function renderJson(result) {
    const shaped = {
        schema: result.schema,
        status: result.status,
        base: result.base,
        head: result.head,
        policy: { path: result.policy.path, ref: result.policy.ref, sha256: result.policy.sha256 },
        gates: result.gates.map((g) => ({
            id: g.id,
            rule: g.rule,
            level: g.level,
            status: g.status,
            summary: g.summary,
            findings: g.findings.map((f) => ({
                severity: f.severity,
                message: f.message,
                ...(f.file !== undefined ? { file: f.file } : {}),
                ...(f.line !== undefined ? { line: f.line } : {}),
            })),
        })),
    };
    return `${JSON.stringify(shaped, null, 2)}\n`;
}


/***/ })

};
