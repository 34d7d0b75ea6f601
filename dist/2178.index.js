export const id = 2178;
export const ids = [2178];
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
/* harmony import */ var _report_not_checked_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(81791);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66447);
/* harmony import */ var _run_command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67755);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(28805);









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
        say(`  not checked: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(record.not_checked.length, 'component')} of the released SBOMs could not be checked for vulnerabilities — no vulnerabilities are known for them because none were looked up:`);
    for (const n of record.not_checked.slice(0, NOT_CHECKED_LISTED))
        say(`    ${(0,_report_not_checked_js__WEBPACK_IMPORTED_MODULE_8__/* .notCheckedComponentText */ .l)(n)}: ${n.reason} (gate ${n.gate})`);
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

/***/ 9452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RK: () => (/* binding */ apiErrorStatus),
/* harmony export */   gg: () => (/* binding */ describeApiError),
/* harmony export */   tX: () => (/* binding */ rateLimitOf)
/* harmony export */ });
// What an API failure means, read from an octokit error without loading octokit: the facts and publishers that
// only explain failures import this, not the client (./client.ts).
/** What GitHub says when no retry-after comes with a secondary rate limit: wait at least a minute. */
const SECONDARY_DEFAULT_WAIT_S = 60;
/** The rate limit an error reports, if it is one. */
function rateLimitOf(e, now = Date.now()) {
    const err = e;
    if (err?.status !== 403 && err?.status !== 429)
        return undefined;
    const headers = err.response?.headers ?? {};
    const retryAfter = Number(headers['retry-after']);
    const message = `${err.message ?? ''} ${JSON.stringify(err.response?.data?.message ?? '')}`;
    const secondary = /secondary rate limit/i.test(message);
    if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0) {
        return {
            kind: secondary || headers['x-ratelimit-remaining'] !== '0' ? 'secondary' : 'primary',
            waitSeconds: retryAfter,
            resetAt: now + retryAfter * 1000,
        };
    }
    if (headers['x-ratelimit-remaining'] === '0') {
        const reset = Number(headers['x-ratelimit-reset']);
        if (Number.isFinite(reset) && reset > 0) {
            // One second past the reset, as GitHub advises.
            return { kind: 'primary', waitSeconds: Math.max(0, Math.ceil((reset * 1000 - now) / 1000) + 1), resetAt: reset * 1000 };
        }
        return { kind: 'primary', waitSeconds: SECONDARY_DEFAULT_WAIT_S };
    }
    if (secondary || err.status === 429)
        return { kind: 'secondary', waitSeconds: SECONDARY_DEFAULT_WAIT_S, resetAt: now + SECONDARY_DEFAULT_WAIT_S * 1000 };
    return undefined;
}
/** A status and message from an octokit error, whatever shape it has. */
function apiErrorStatus(e) {
    const status = e?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * An API failure as a sentence that names the endpoint and what to do; `permission` is the token
 * permission that a 403 or 404 most likely means is missing.
 */
function describeApiError(e, endpoint, permission) {
    const status = apiErrorStatus(e);
    const headers = (e?.response?.headers ?? {});
    const message = (e?.message ?? String(e)).split('\n')[0].slice(0, 300);
    const limit = rateLimitOf(e);
    if (limit) {
        const reset = Number(headers['x-ratelimit-reset']);
        const resetAt = limit.kind === 'primary' && Number.isFinite(reset) && reset > 0 ? reset * 1000 : limit.resetAt;
        const when = resetAt ? ` until ${new Date(resetAt).toISOString()}` : '';
        const kind = limit.kind === 'secondary' ? 'secondary rate limit' : 'rate limit';
        return `${endpoint}: GitHub API ${kind} reached${when}, a longer wait than the time budget (timeout-seconds) allows — re-run the job after that time`;
    }
    if ((status === 403 || status === 404) && permission) {
        return `${endpoint} answered ${status} (${message}) — the token needs "${permission}"`;
    }
    if (status === undefined || status >= 500) {
        return `${endpoint} failed after retries (${status ?? 'no response'}: ${message}) — GitHub may be having trouble; re-run the job`;
    }
    return `${endpoint} answered ${status}: ${message}`;
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
