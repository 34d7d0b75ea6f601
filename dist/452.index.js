export const id = 452;
export const ids = [452];
export const modules = {

/***/ 30452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   remotePolicyReader: () => (/* binding */ remotePolicyReader)
/* harmony export */ });
/* harmony import */ var _facts_github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21564);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73377);


// Central policies read through the API: what `check` and `validate` share, apart from the evaluation (./check.ts).
/** Central policies (`extends: owner/repo/path@ref`) read through the API, when there is a client. */
function remotePolicyReader(client) {
    return client && new _facts_github_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubFacts */ .xc(client, '', '', _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_POLICY_BYTES */ .m).readRemotePolicy;
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


/***/ })

};
