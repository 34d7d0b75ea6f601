export const id = 2869;
export const ids = [2869];
export const modules = {

/***/ 99823:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ publishAllowanceMs),
/* harmony export */   _: () => (/* binding */ actionClient)
/* harmony export */ });
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70636);
/* harmony import */ var _publish_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94353);


/** The API client for a run, its requests aborted after `budgetMs`. */
function actionClient(inputs, apiUrl, budgetMs) {
    return (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.createClient)({
        deadlineAt: Date.now() + Math.max(1, budgetMs),
        token: inputs.token,
        baseUrl: apiUrl,
        deadline: AbortSignal.timeout(Math.max(1, budgetMs)),
        requestTimeoutMs: Math.min(30_000, (inputs.timeoutSeconds * 1000) / 4),
        retries: 3,
        retryDelayMs: Math.min(1000, (inputs.timeoutSeconds * 1000) / 60),
        maxRateLimitWaitMs: inputs.timeoutSeconds * 1000,
        log: (m) => _publish_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.info(m),
    });
}
/** Time for writing the report after the budget: a quarter of it, at least 5 s and at most 60 s. */
function publishAllowanceMs(budgetMs) {
    return Math.min(60_000, Math.max(5_000, budgetMs / 4));
}


/***/ }),

/***/ 82869:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vt: () => (/* binding */ WORKER_JOB),
  _Y: () => (/* reexport */ action_client/* actionClient */._),
  aI: () => (/* binding */ evaluateWithinBudget),
  evaluationWorker: () => (/* binding */ evaluationWorker),
  isEvaluationJob: () => (/* binding */ isEvaluationJob),
  iM: () => (/* binding */ pullRequestRun)
});

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./lib/app/pull-request.js + 3 modules
var pull_request = __webpack_require__(66229);
;// CONCATENATED MODULE: ./lib/engine/budget.js
/**
 * Starts the worker and collects one result per gate, in the policy's order. Resolves when the worker says it is
 * done, or when the budget is spent (the worker is terminated), or when the worker dies; never rejects.
 */
function runGatesWithinBudget(gates, start, options) {
    return new Promise((resolve) => {
        const results = new Array(gates.length).fill(undefined);
        let settled = false;
        let worker;
        const finish = (why) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            void worker?.terminate().catch(() => undefined);
            resolve(gates.map((gate, i) => results[i] ?? unfinishedGate(gate, why, options)));
        };
        const timer = setTimeout(() => finish({ kind: 'budget' }), Math.max(0, options.remainingMs));
        try {
            worker = start();
        }
        catch (e) {
            finish({ kind: 'failed', message: `the evaluation could not start: ${e.message}` });
            return;
        }
        worker.on('message', (m) => {
            if (settled)
                return;
            if (m.type === 'gate' && Number.isInteger(m.index) && m.index >= 0 && m.index < gates.length)
                results[m.index] = m.result;
            else if (m.type === 'done')
                finish({ kind: 'failed', message: 'the evaluation ended without its result' });
            else if (m.type === 'failed')
                finish({ kind: 'failed', message: m.message });
        });
        worker.on('error', (e) => finish({ kind: 'failed', message: `the evaluation stopped: ${e.message}` }));
        worker.on('exit', (code) => finish({ kind: 'failed', message: `the evaluation ended early (exit code ${code})` }));
    });
}
/** The result of a gate that has none: an `error`, saying why and what to do. */
function unfinishedGate(gate, why, options) {
    const base = { id: gate.id, rule: gate.rule, level: gate.level, ...(gate.refs ? { refs: gate.refs } : {}) };
    if (why.kind === 'budget') {
        const seconds = formatSeconds(options.budgetSeconds);
        return {
            ...base,
            status: 'error',
            summary: `did not finish within ${seconds} s`,
            findings: [
                {
                    severity: 'error',
                    message: `The gate did not finish within ${seconds} s (${options.setting}), so it fails.`,
                    help: `Look for what makes it slow (a very large file or pull request body, many files to search), or raise ${options.setting} if the work is legitimate; the other gates' results stand.`,
                },
            ],
        };
    }
    return {
        ...base,
        status: 'error',
        summary: `could not be evaluated: ${why.message}`,
        findings: [{ severity: 'error', message: `The gate could not be evaluated, so it fails: ${why.message}` }],
    };
}
function formatSeconds(s) {
    return Number.isInteger(s) ? String(s) : s.toFixed(1);
}

// EXTERNAL MODULE: ./lib/engine/evaluate.js
var evaluate = __webpack_require__(99095);
// EXTERNAL MODULE: ./lib/action/client.js
var action_client = __webpack_require__(99823);
// EXTERNAL MODULE: ./lib/publish/runner.js
var runner = __webpack_require__(94353);
// EXTERNAL MODULE: ./lib/report/redact.js
var redact = __webpack_require__(26749);
;// CONCATENATED MODULE: ./lib/action/evaluation.js








// The action's evaluation, run in a worker thread so that the time budget holds even when a gate spins on the CPU.
// The main thread reads the policy (bounded work) and publishes; the worker gets everything it needs as plain
// data, has the use case (src/app/pull-request.ts) build its facts (the checkout or the API), and posts each gate's
// result as it is known.
/** Marks workerData as this job, so the entry file knows it was started as the evaluation worker. */
const WORKER_JOB = 'sdlc-gate/evaluation@1';
function isEvaluationJob(data) {
    return typeof data === 'object' && data !== null && data.kind === WORKER_JOB;
}
/** The plain data of a job (or the main thread's plan) as the use case takes it. */
function pullRequestRun(job) {
    return {
        pr: job.pr,
        owner: job.owner,
        repo: job.repo,
        maxFileBytes: job.inputs.maxFileBytes,
        timeoutSeconds: job.inputs.timeoutSeconds,
        ...(job.mergeGroup ? { mergeGroup: job.mergeGroup } : {}),
    };
}
/**
 * Evaluates the policy's gates within the budget. With `entry` (the action's bundled entry file), in a worker
 * thread that is terminated when the budget is spent; without (the sources run under a test runner), in this
 * thread, where only waiting — not CPU work — can be cut short.
 */
async function evaluateWithinBudget(job, entry, meta) {
    const start = entry ? () => new external_node_worker_threads_.Worker(entry, { workerData: job, env: process.env }) : () => inProcessWorker(job);
    const gates = await runGatesWithinBudget(job.policy.gates, start, {
        remainingMs: job.remainingMs,
        budgetSeconds: job.inputs.timeoutSeconds,
        setting: 'the timeout-seconds input',
    });
    return { schema: 'sdlc-gate/result@1', status: (0,evaluate/* overallStatus */.g)(gates), ...meta, gates };
}
/** The worker's side: evaluates and posts each gate's result, then `done` (or `failed`). */
async function evaluationWorker(job, post = (m) => external_node_worker_threads_.parentPort?.postMessage(m)) {
    try {
        (0,redact/* registerSecret */.cl)(job.inputs.token);
        const client = (0,action_client/* actionClient */._)(job.inputs, job.apiUrl, job.remainingMs);
        const run = {
            ...pullRequestRun(job),
            policy: job.policy,
            viaApi: job.viaApi,
            ...(job.workspace ? { workspace: job.workspace } : {}),
            ...(job.mergeBase ? { mergeBase: job.mergeBase } : {}),
        };
        await (0,pull_request/* evaluatePullRequestGates */.Qi)(run, client, job.remainingMs, (m) => runner/* log */.Rm.info(m), (index, result) => post({ type: 'gate', index, result }));
        post({ type: 'done' });
    }
    catch (e) {
        post({ type: 'failed', message: e?.message ?? String(e) });
    }
}
/** The evaluation in this thread, behind the same interface as a Worker (events 'message', 'error', 'exit'). */
function inProcessWorker(job) {
    const listeners = new Map();
    const emit = (event, arg) => queueMicrotask(() => listeners.get(event)?.forEach((l) => l(arg)));
    const fake = {
        on(event, listener) {
            const list = listeners.get(event) ?? [];
            list.push(listener);
            listeners.set(event, list);
            return fake;
        },
        terminate: async () => 0,
    };
    void evaluationWorker(job, (m) => emit('message', m));
    return fake;
}


/***/ }),

/***/ 66229:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qi: () => (/* binding */ evaluatePullRequestGates),
  Hj: () => (/* binding */ openCheckout),
  Hc: () => (/* binding */ pullRequestSources)
});

// EXTERNAL MODULE: ./lib/engine/evaluate.js
var evaluate = __webpack_require__(99095);
// EXTERNAL MODULE: ./lib/facts/git/index.js + 7 modules
var git = __webpack_require__(82536);
// EXTERNAL MODULE: ./lib/facts/local.js
var local = __webpack_require__(29528);
// EXTERNAL MODULE: ./lib/util/text.js
var util_text = __webpack_require__(28805);
;// CONCATENATED MODULE: ./lib/facts/checkout.js



// Makes the runner's checkout usable for the diff: under pull_request it holds only the merge commit, often
// shallow, so the base and head commits are fetched, and history deepened until they share a merge base.
const DEEPEN_STEPS = [50, 500];
async function prepareCheckout(workspace, pr, maxFileBytes, log) {
    if (!workspace)
        return { reason: 'GITHUB_WORKSPACE is not set' };
    const repo = new git/* GitRepo */.tr(workspace, maxFileBytes);
    if (!(await repo.isRepository()))
        return { reason: `${workspace} is not a git checkout (add actions/checkout to read files locally)` };
    let mergeBase;
    try {
        const missing = [];
        for (const sha of [pr.baseSha, pr.headSha])
            if (!(await repo.resolveCommit(sha)))
                missing.push(sha);
        if (missing.length) {
            log(`fetching ${missing.map(util_text/* shortSha */.Fu).join(' and ')} from origin`);
            await repo.fetch('origin', missing, (await repo.isShallow()) ? [`--depth=${DEEPEN_STEPS[0]}`] : []);
        }
        for (const depth of DEEPEN_STEPS) {
            if (await repo.mergeBase(pr.baseSha, pr.headSha))
                break;
            if (!(await repo.isShallow()))
                break;
            log(`deepening the shallow checkout by ${depth} commits to find the merge base`);
            await repo.fetch('origin', [pr.baseSha, pr.headSha], [`--deepen=${depth}`]);
        }
        mergeBase = await repo.mergeBase(pr.baseSha, pr.headSha);
        if (!mergeBase) {
            return { reason: `base ${(0,util_text/* shortSha */.Fu)(pr.baseSha)} and head ${(0,util_text/* shortSha */.Fu)(pr.headSha)} share no history in the checkout` };
        }
    }
    catch (e) {
        return { reason: `the checkout could not be prepared: ${e.message}` };
    }
    return { sources: (0,local/* gitSources */.zQ)(repo, pr), mergeBase };
}

// EXTERNAL MODULE: ./lib/facts/facts.js
var facts = __webpack_require__(71892);
// EXTERNAL MODULE: ./lib/facts/github.js
var github = __webpack_require__(21564);
;// CONCATENATED MODULE: ./lib/facts/prepared-checkout.js


// A checkout another thread of this run has already prepared (fetched base and head, found their merge base): the
// action's worker reads it without asking git again what the main thread already asked.
function preparedCheckout(workspace, pr, maxFileBytes, mergeBase) {
    const repo = new git/* GitRepo */.tr(workspace, maxFileBytes);
    repo.knowMergeBase(pr.baseSha, pr.headSha, mergeBase);
    return (0,local/* gitSources */.zQ)(repo, pr);
}

// EXTERNAL MODULE: ./lib/core/types.js
var types = __webpack_require__(82458);
;// CONCATENATED MODULE: ./lib/facts/merge-group.js

/** The facts of a merge group that differ from a pull request's: its changed files, its reviews and its commits. */
function mergeGroupSources(mg, headSha) {
    return {
        // The pull request's file list is not the merge group's diff (the queue adds the pull requests ahead of it).
        changedFiles: () => Promise.reject(new types/* FactError */.n(`a merge group's changes are computed from a checkout — add actions/checkout (with fetch-depth: 0) before sdlc-gate in the merge_group job`)),
        reviews: async (fetch) => {
            if (!mg.pull) {
                // No pull request to ask about: the diff gates run; the gates that need its reviews end in error saying so.
                throw new types/* FactError */.n(`the merge group's branch ${mg.headRef ?? '(none)'} names no pull request (refs/heads/gh-readonly-queue/<base>/pr-<number>-<sha>), so its reviews cannot be read — see "Merge queues" in the README`);
            }
            const own = mg.pull.head;
            // An approval of the pull request's latest commit is an approval of what the queue merged from it.
            return (await fetch(mg.pull.number)).map((r) => (r.commitId === own ? { ...r, commitId: headSha } : r));
        },
        // Who contributed is who contributed to the pull request the branch names.
        commits: async (fetch) => {
            if (!mg.pull) {
                throw new types/* FactError */.n(`the merge group's branch ${mg.headRef ?? '(none)'} names no pull request (refs/heads/gh-readonly-queue/<base>/pr-<number>-<sha>), so who contributed to it cannot be read — see "Merge queues" in the README`);
            }
            return fetch(mg.pull.number);
        },
    };
}

// EXTERNAL MODULE: ./lib/facts/osv.js
var osv = __webpack_require__(94571);
// EXTERNAL MODULE: ./lib/rules/index.js + 5 modules
var rules = __webpack_require__(95173);
;// CONCATENATED MODULE: ./lib/app/pull-request.js








// The check use case as the action runs it: a pull request's facts from the runner's checkout when it is usable,
// through the API otherwise; the gates evaluated over them (in the action's worker thread).
/** Files a scan may read through the API, a request each, before it asks for a checkout (GITHUB_TOKEN has 1,000 requests an hour per repository). */
const API_SCAN_LIMIT = 200;
/** The runner's checkout made usable for the diff (base and head fetched), or why it is not used. */
async function openCheckout(workspace, run, log) {
    const { sources, mergeBase, reason } = await prepareCheckout(workspace, run.pr, run.maxFileBytes, log);
    return { ...(sources ? { checkout: sources } : {}), ...(mergeBase ? { mergeBase } : {}), ...(reason ? { reason } : {}) };
}
/** The pull request's facts: from the checkout when there is one, through the API otherwise. */
function pullRequestSources(run, client, checkout, remainingMs, log) {
    const { pr } = run;
    const api = new github/* GitHubFacts */.xc(client, run.owner, run.repo, run.maxFileBytes);
    const timing = {
        requestTimeoutMs: Math.min(30_000, (run.timeoutSeconds * 1000) / 4),
        retries: 3,
        retryDelayMs: Math.min(1000, (run.timeoutSeconds * 1000) / 60),
    };
    const group = run.mergeGroup ? mergeGroupSources(run.mergeGroup, pr.headSha) : undefined;
    const sources = {
        pr,
        changedFiles: checkout?.changedFiles ?? group?.changedFiles ?? (() => api.pullRequestFiles(pr.number)),
        readFile: checkout?.readFile ?? ((ref, path, maxBytes) => api.readFile(ref, path, maxBytes)),
        listFiles: checkout?.listFiles ?? ((ref) => api.listFiles(ref)),
        // Through the API a scan costs a request per file: a large one asks for a checkout instead of the rate limit.
        scanFiles: checkout?.scanFiles ??
            (0,facts/* scanByReading */.Np)((ref, path, maxBytes) => api.readFile(ref, path, maxBytes), {
                files: API_SCAN_LIMIT,
                advice: 'check the repository out (actions/checkout) so the files are read locally',
            }),
        reviews: group ? () => group.reviews((n) => api.reviews(n)) : () => api.reviews(pr.number),
        teamMembers: (team) => api.teamMembers(team),
        permission: (login) => api.permission(login),
        commits: group ? () => group.commits((n) => api.pullRequestCommits(n)) : () => api.pullRequestCommits(pr.number),
        osvScan: (0,osv/* createOsvSource */.CD)({ deadline: AbortSignal.timeout(Math.max(1, remainingMs)), ...timing, log }),
        issueExists: (n) => api.issueExists(n),
    };
    return { sources, api };
}
/** Evaluates the policy's gates over the pull request's facts, handing each gate's result to `onGate` as it is known. */
async function evaluatePullRequestGates(run, client, remainingMs, log, onGate) {
    const checkout = run.viaApi
        ? undefined
        : run.workspace && run.mergeBase
            ? preparedCheckout(run.workspace, run.pr, run.maxFileBytes, run.mergeBase)
            : (await openCheckout(run.workspace, run, () => undefined)).checkout;
    const { sources } = pullRequestSources(run, client, checkout, remainingMs, log);
    await (0,evaluate/* evaluate */._)(run.policy, (0,facts/* createFacts */.uW)(sources), rules/* RULES */.y, { base: run.pr.baseSha, head: run.pr.headSha, policy: { path: '', ref: '', sha256: '' } }, onGate);
}


/***/ }),

/***/ 82458:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ canWrite),
/* harmony export */   n: () => (/* binding */ FactError)
/* harmony export */ });
// Core types shared by every stage of the pipeline: policy → facts → rules → engine → report → publish.
// The core imports nothing outside itself.
/** Whether a base role may push to the repository (GitHub counts only such approvals for branch protection). */
function canWrite(permission) {
    return permission === 'admin' || permission === 'write';
}
/** A fact could not be obtained; the message says what failed and what to do. */
class FactError extends Error {
    name = 'FactError';
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

/***/ 70636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createClient: () => (/* binding */ createClient)
/* harmony export */ });
/* unused harmony export sleepFor */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78665);
/* harmony import */ var _util_abort_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82830);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9452);




function sleepFor(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(signal.reason);
        const done = () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', stop);
        };
        const stop = () => {
            done();
            reject(signal.reason);
        };
        const timer = setTimeout(() => {
            done();
            resolve();
        }, ms);
        signal.addEventListener('abort', stop, { once: true });
    });
}
/**
 * A 5xx, or no answer at all (a reset socket, a per-request timeout): worth another try. Any 4xx that is not a
 * rate limit (400, 401, 403, 404, 409, 410, 422, ...) is an answer about the request and is never retried.
 */
function isTransient(e) {
    const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .apiErrorStatus */ .RK)(e);
    return status === undefined || status >= 500;
}
function conduct(o) {
    const secondMs = o.secondMs ?? 1000;
    const spacing = o.writeSpacingMs ?? 1000;
    const sleep = o.sleep ?? sleepFor;
    const random = o.random ?? Math.random;
    const deadlineAt = o.deadlineAt ?? Number.POSITIVE_INFINITY;
    let writes = Promise.resolve();
    let lastWriteAt = Number.NEGATIVE_INFINITY;
    const left = () => deadlineAt - Date.now();
    /** Writes go one at a time, `spacing` apart. */
    const spaced = (fn) => {
        const turn = writes.then(async () => {
            const gap = lastWriteAt + spacing - Date.now();
            if (gap > 0)
                await sleep(gap, o.deadline);
            if (o.deadline.aborted)
                throw o.deadline.reason;
            try {
                return await fn();
            }
            finally {
                lastWriteAt = Date.now();
            }
        });
        writes = turn.catch(() => undefined);
        return turn;
    };
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            const method = String(options.method ?? 'GET').toUpperCase();
            const isWrite = method !== 'GET' && method !== 'HEAD';
            const what = `${method} ${String(options.url ?? '')}`;
            // `request: { retries: 0 }` on a call: a write that must not be repeated blindly (its answer may be lost
            // after GitHub carried it out); rate limits are still waited out, as GitHub did nothing then.
            const own = options.request?.retries;
            const faultRetries = typeof own === 'number' ? own : o.retries;
            for (let attempt = 0;; attempt++) {
                if (o.deadline.aborted)
                    throw o.deadline.reason ?? new Error(`${what}: the time budget is spent`);
                try {
                    return await (isWrite ? spaced(() => request(options)) : request(options));
                }
                catch (e) {
                    if (o.deadline.aborted || attempt >= o.retries)
                        throw e;
                    const limit = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .rateLimitOf */ .tX)(e);
                    let waitMs;
                    if (limit) {
                        waitMs = limit.waitSeconds * secondMs;
                        const when = limit.resetAt ? ` (it resets at ${new Date(limit.resetAt).toISOString()})` : '';
                        if (waitMs > left() || waitMs > o.maxRateLimitWaitMs) {
                            o.log?.(`${limit.kind} rate limit on ${what}: a ${limit.waitSeconds}s wait is longer than the time budget allows${when}; not waiting`);
                            throw e;
                        }
                        o.log?.(`${limit.kind} rate limit on ${what}: waiting ${limit.waitSeconds}s as GitHub asks${when}`);
                    }
                    else if (isTransient(e)) {
                        const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .apiErrorStatus */ .RK)(e);
                        if (attempt >= faultRetries)
                            throw e;
                        // Full jitter: anywhere up to base·2^attempt, so racing runs do not retry in step.
                        waitMs = Math.round(random() * o.retryDelayMs * 2 ** attempt);
                        if (waitMs >= left())
                            throw e;
                        o.log?.(`${what} failed (${status ?? 'no answer'}); retry ${attempt + 1} of ${o.retries} in ${waitMs} ms`);
                    }
                    else {
                        throw e;
                    }
                    await sleep(waitMs, o.deadline).catch(() => {
                        throw e;
                    });
                }
            }
        });
        return {};
    };
}
function createClient(o) {
    // A fresh timeout per attempt (so a retry after a hung response gets its own), bounded by the run's deadline;
    // through @actions/github's fetch, which honours the runner's proxy settings.
    const baseFetch = (_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? fetch);
    // The body is read after this returns: the timer (unref'd) is left to cover it; the run's deadline is followed
    // until the answer starts, so the deadline does not gather a listener per request.
    const fetchWithTimeout = async (input, init) => {
        const timeout = (0,_util_abort_js__WEBPACK_IMPORTED_MODULE_3__/* .timeoutSignal */ ._)(o.requestTimeoutMs, [o.deadline, init?.signal], { unref: true });
        try {
            return await baseFetch(input, { ...init, signal: timeout.signal });
        }
        finally {
            timeout.unfollow();
        }
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(o.token, { baseUrl: o.baseUrl.replace(/\/+$/, ''), request: { fetch: fetchWithTimeout } }, conduct(o));
}


/***/ }),

/***/ 94353:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rm: () => (/* binding */ log),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   tH: () => (/* binding */ writeResultFile)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63021);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26749);






// What the Actions runner shows without the API: the job summary, step outputs, workflow-command annotations.
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('GITHUB_STEP_SUMMARY is not set; no job summary written');
        return false;
    }
    const clean = (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .sanitizeOutput */ .Bn)(markdown);
    const text = Buffer.byteLength(clean) > _report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_SUMMARY_BYTES */ .Q0 ? clean.slice(0, _report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_SUMMARY_BYTES */ .Q0 / 4) : clean;
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(text, true).write({ overwrite: false });
    return true;
}
/** Writes the JSON result under RUNNER_TEMP and returns its path. */
async function writeResultFile(json, checkName) {
    const dir = process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `${checkName.replace(/[^A-Za-z0-9._-]+/g, '-')}-result.json`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(path, (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactSecrets */ .fp)(json));
    return path;
}
/**
 * The step's log, each line through sanitizeOutput: no secret, no terminal control sequence from repository
 * content. Every message the action logs goes through here, never straight to @actions/core.
 */
const log = {
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .sanitizeOutput */ .Bn)(message)),
    notice: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .sanitizeOutput */ .Bn)(message)),
    warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .sanitizeOutput */ .Bn)(message)),
    error: (message, props) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .sanitizeOutput */ .Bn)(message), props && {
        ...props,
        ...(props.file ? { file: (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .sanitizeOutput */ .Bn)(props.file) } : {}),
        ...(props.title ? { title: (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .sanitizeOutput */ .Bn)(props.title) } : {}),
    }),
    setFailed: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .sanitizeOutput */ .Bn)(message)),
};


/***/ }),

/***/ 26749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ sanitizeOutput),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   fp: () => (/* binding */ redactSecrets)
/* harmony export */ });
/* unused harmony exports clearSecrets, stripControls */
// The one filter every writer passes its text through (summary, comment, check run, annotations, logs, JSON):
// secrets are replaced before anything escapes them (an escaped `ghs\_…` would slip past the runner's masking),
// and terminal control sequences from repository content never reach a log.
const REDACTED = '***';
const secrets = new Set();
/** Registers a secret (the token) whose value, and escaped forms of it, are redacted from every output. */
function registerSecret(value) {
    if (value.length < 4)
        return; // too short to tell from ordinary text; the shapes below still apply
    secrets.add(value);
    const escaped = value.replace(/[\\`*_{}[\]()#+\-.!|~:]/g, (c) => `\\${c}`);
    if (escaped !== value)
        secrets.add(escaped);
}
/** Forgets registered secrets (tests). */
function clearSecrets() {
    secrets.clear();
}
// GitHub token shapes (https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/), also
// with a Markdown backslash before each underscore. One greedy run after a fixed prefix: linear in the text.
const TOKEN_SHAPES = /(?:gh[pousr]\\?_[A-Za-z0-9]{16,}|github\\?_pat\\?_[A-Za-z0-9_\\]{20,})/g;
/** Replaces registered secrets and anything shaped like a GitHub token with `***`. */
function redactSecrets(text) {
    let out = text;
    for (const s of secrets)
        if (out.includes(s))
            out = out.split(s).join(REDACTED);
    TOKEN_SHAPES.lastIndex = 0;
    let m = TOKEN_SHAPES.exec(out);
    if (!m)
        return out;
    // Copied into one buffer rather than a list of pieces: hostile text with a token every few bytes would otherwise
    // keep hundreds of thousands of small strings alive at once.
    const builder = new TextBuilder(out.length);
    let from = 0;
    for (; m; m = TOKEN_SHAPES.exec(out)) {
        builder.copy(out, from, m.index);
        builder.copy(REDACTED, 0, REDACTED.length);
        from = m.index + m[0].length;
    }
    builder.copy(out, from, out.length);
    return builder.toString();
}
/** UTF-16 code units appended to one preallocated buffer (the output is never longer than `capacity`). */
class TextBuilder {
    units;
    length = 0;
    constructor(capacity) {
        this.units = new Uint16Array(capacity);
    }
    copy(text, from, to) {
        for (let i = from; i < to; i++)
            this.units[this.length++] = text.charCodeAt(i);
    }
    toString() {
        return Buffer.from(this.units.buffer, this.units.byteOffset, this.length * 2).toString('utf16le');
    }
}
/**
 * Removes terminal control sequences: CSI (ESC [ … final, or the 8-bit CSI), OSC (ESC ] … BEL or ST, or to the end
 * when unterminated), other ESC sequences, and every C0/C1 control and DEL except newline and tab. One pass.
 */
function stripControls(text) {
    let builder;
    let run = 0; // start of the current run of kept characters
    let i = 0;
    const n = text.length;
    while (i < n) {
        const code = text.charCodeAt(i);
        if ((code >= 0x20 && code !== 0x7f && !(code >= 0x80 && code <= 0x9f)) || code === 0x0a || code === 0x09) {
            i++;
            continue;
        }
        builder ??= new TextBuilder(n);
        builder.copy(text, run, i);
        i = skipControl(text, i);
        run = i;
    }
    if (!builder)
        return text;
    builder.copy(text, run, n);
    return builder.toString();
}
/** The index after the control character or sequence at `i`. */
function skipControl(text, i) {
    const n = text.length;
    const code = text.charCodeAt(i);
    if (code !== 0x1b && code !== 0x9b && code !== 0x9d)
        return i + 1;
    const kind = code === 0x9b ? '[' : code === 0x9d ? ']' : text[i + 1];
    if (kind === undefined || text.charCodeAt(i + 1) < 0x20)
        return i + 1; // a lone ESC: drop it alone
    i += code === 0x1b ? 2 : 1;
    if (kind === '[') {
        // parameters, intermediates, then one final byte
        while (i < n && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x3f)
            i++;
        while (i < n && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x2f)
            i++;
        if (i < n && text.charCodeAt(i) >= 0x40 && text.charCodeAt(i) <= 0x7e)
            i++;
        return i;
    }
    if (kind === ']' || kind === 'P' || kind === '_' || kind === '^' || kind === 'X') {
        // string sequences end at BEL or ST (ESC \ or 0x9c), or at the end when unterminated
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c === 0x07 || c === 0x9c)
                return i + 1;
            if (c === 0x1b)
                return text[i + 1] === '\\' ? i + 2 : i;
            i++;
        }
        return i;
    }
    return i; // a two-character ESC sequence
}
/** What any writer does to text before it leaves the process. */
function sanitizeOutput(text) {
    return stripControls(redactSecrets(text));
}


/***/ }),

/***/ 28805:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   RR: () => (/* binding */ listing),
/* harmony export */   pg: () => (/* binding */ shortList),
/* harmony export */   ws: () => (/* binding */ scalarText)
/* harmony export */ });
/** Singular or plural: plural(2, 'approval') → "2 approvals". */
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
/** "a", "a and b", "a, b and c". */
function listing(items, conjunction = 'and') {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
/** A list shortened to its first `max` items with a count of the rest. */
function shortList(items, max = 5) {
    if (items.length <= max)
        return listing(items);
    return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
function shortSha(sha) {
    return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha;
}
/**
 * A value read from a repository's YAML, JSON or XML as text: strings as they are, numbers and booleans written
 * out, anything else empty. Never String() on such a value: an object with a "toString" key of its own throws.
 */
function scalarText(v) {
    return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : '';
}


/***/ })

};
