export const id = 5009;
export const ids = [5009];
export const modules = {

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

/***/ 71892:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Np: () => (/* binding */ scanByReading),
/* harmony export */   uW: () => (/* binding */ createFacts)
/* harmony export */ });
/* unused harmony export WEAKLY_HELD_FROM */
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82458);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54467);
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95211);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17876);





/**
 * A file read at a commit of this many bytes or more is held by the facts only while some gate holds it (a WeakRef):
 * a 175 MB SBOM's bytes and text would otherwise stay for the whole run, beside whatever the next reader parses (the
 * peak of a 200,000-component check). Read again, should another gate ask after it was let go: the same blob.
 */
const WEAKLY_HELD_FROM = 8 * 1024 * 1024;
function createFacts(sources) {
    const once = memo();
    const file = fileMemo();
    return {
        pr: async () => sources.pr,
        changedFiles: () => once('changed', () => sources.changedFiles()),
        reviews: () => once('reviews', () => sources.reviews()),
        teamMembers: (team) => once(`team:${team.toLowerCase()}`, () => sources.teamMembers(team)),
        permission: (login) => once(`permission:${login.toLowerCase()}`, async () => {
            if (!sources.permission)
                throw new _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FactError */ .n(`the write access of ${login} to the repository cannot be told here`);
            return sources.permission(login);
        }),
        commits: () => once('commits', async () => {
            if (!sources.commits)
                throw new _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FactError */ .n(`the pull request's commits, and so who contributed to it, cannot be told here`);
            return sources.commits();
        }),
        readAtBase: (path, opts) => file(`base:${opts?.maxBytes ?? ''}:${path}`, () => sources.readFile(sources.pr.baseSha, path, opts?.maxBytes)),
        readAtHead: (path, opts) => file(`head:${opts?.maxBytes ?? ''}:${path}`, () => sources.readFile(sources.pr.headSha, path, opts?.maxBytes)),
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
/** memo() for files read at a commit: a large one (WEAKLY_HELD_FROM) is kept only while someone else keeps it. */
function fileMemo() {
    const cache = new Map();
    return (key, fetch) => {
        const hit = cache.get(key);
        if (hit instanceof WeakRef) {
            const held = hit.deref();
            if (held)
                return Promise.resolve(held);
        }
        else if (hit)
            return hit;
        const read = fetch();
        cache.set(key, read);
        read.then((f) => {
            if (f && f.bytes.length >= WEAKLY_HELD_FROM && cache.get(key) === read)
                cache.set(key, new WeakRef(f));
        }, () => undefined);
        return read;
    };
}
/** One key per set of purls, however long the list. */
function osvKey(purls) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update([...purls].sort().join('\n'))
        .digest('hex');
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
 * Each reviewer's permission as the reviews file gives it (lower-case login → permission); a reviewer whose reviews
 * disagree is refused, as the file cannot be right about both.
 */
function permissionsOfReviews(reviews, name) {
    const permissions = new Map();
    for (const r of reviews) {
        const login = r.user.toLowerCase();
        const before = permissions.get(login);
        if (before && r.permission && before !== r.permission)
            throw new Error(`${name}: the reviews of ${r.user} give two permissions, ${before} and ${r.permission}`);
        if (r.permission || !permissions.has(login))
            permissions.set(login, r.permission ?? before);
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

/***/ 94571:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ createOsvSource)
/* harmony export */ });
/* unused harmony exports OSV_DEFAULT_API, OSV_BATCH_SIZE */
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82458);
/* harmony import */ var _util_abort_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82830);


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
            const timeout = (0,_util_abort_js__WEBPACK_IMPORTED_MODULE_0__/* .timeoutSignal */ ._)(o.requestTimeoutMs, [o.deadline]);
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
                        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FactError */ .n(`${method} ${url} answered ${res.status} with a body that is not JSON — is osv_api the OSV API's base URL?`);
                    }
                }
                last = `${res.status} ${text.slice(0, 200).replace(/\s+/g, ' ')}`;
                if (res.status === 404 && method === 'GET')
                    throw new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FactError */ .n(`${method} ${url} answered 404: OSV has no such record — re-run the job; if it persists, the record was withdrawn and the cache is stale`);
                if (res.status < 500 && res.status !== 429 && res.status !== 408) {
                    throw new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FactError */ .n(`${method} ${url} answered ${last} — check osv_api in the policy`);
                }
            }
            catch (e) {
                if (e instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FactError */ .n)
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
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FactError */ .n(`${method} ${url} failed after ${o.retries + 1} attempts (${last || 'the time budget ran out'}) — OSV may be unreachable or having trouble; re-run the job`);
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
            hit = request('GET', `${base}/v1/vulns/${encodeURIComponent(id)}`).then(async (json) => {
                const { asOsvRecord } = await Promise.all(/* import() */[__webpack_require__.e(4353), __webpack_require__.e(6108)]).then(__webpack_require__.bind(__webpack_require__, 96108));
                const r = asOsvRecord(json);
                if (!r)
                    throw new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FactError */ .n(`GET ${base}/v1/vulns/${id} did not return an OSV record — retry; if it persists, use source: offline with committed OSV records`);
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
                    throw new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FactError */ .n(`POST ${base}/v1/querybatch answered ${results ? `${results.length} results for ${chunk.length} queries` : 'without a results array'} — the answer cannot be trusted; re-run the job`);
                }
                results.forEach((r, j) => {
                    const res = (r ?? {});
                    // A vulnerability list that is not one, or an entry without an id, would be read as "none": refuse it.
                    const vulns = res.vulns;
                    if (vulns !== undefined && (!Array.isArray(vulns) || vulns.some((v) => typeof v?.id !== 'string')))
                        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FactError */ .n(`POST ${base}/v1/querybatch answered results[${j}] (${chunk[j].purl}) with vulns that are not a list of {"id": "…"} — the answer cannot be trusted; re-run the job`);
                    for (const v of res.vulns ?? [])
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


/***/ }),

/***/ 82830:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ timeoutSignal)
/* harmony export */ });
/**
 * A signal that aborts after `ms`, or as soon as one of `signals` does. Written out rather than as
 * `AbortSignal.any([AbortSignal.timeout(ms), ...])`: Node may garbage-collect a timeout signal that only such a
 * composite refers to before it fires (nodejs/node#57736), and a request to a server that never answers then waits
 * for ever. Here the timer holds the controller until it fires or `clear()` is called. `unref`: the timer does not
 * keep the process alive (for callers that cannot tell when the request is over). `unfollow()` stops following
 * `signals` and leaves the timer: a long-lived signal (the run's deadline) then gathers no listener per request.
 */
function timeoutSignal(ms, signals = [], opts = {}) {
    const controller = new AbortController();
    const followed = [];
    const unfollow = () => {
        for (const [source, follow] of followed)
            source.removeEventListener('abort', follow);
        followed.length = 0;
    };
    const clear = () => {
        clearTimeout(timer);
        unfollow();
    };
    const timer = setTimeout(() => {
        controller.abort(new DOMException(`no answer within ${ms} ms`, 'TimeoutError'));
        clear();
    }, ms);
    if (opts.unref)
        timer.unref();
    for (const source of signals) {
        if (!source)
            continue;
        if (source.aborted) {
            controller.abort(source.reason);
            clear();
            break;
        }
        const follow = () => {
            controller.abort(source.reason);
            clear();
        };
        source.addEventListener('abort', follow, { once: true });
        followed.push([source, follow]);
    }
    return { signal: controller.signal, clear, unfollow };
}


/***/ })

};
