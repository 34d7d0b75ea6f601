export const id = 869;
export const ids = [869];
export const modules = {

/***/ 2869:
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
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./lib/app/pull-request.js + 3 modules
var pull_request = __webpack_require__(6229);
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
var evaluate = __webpack_require__(9095);
// EXTERNAL MODULE: ./lib/action/client.js
var action_client = __webpack_require__(9823);
// EXTERNAL MODULE: ./lib/publish/runner.js
var runner = __webpack_require__(4353);
// EXTERNAL MODULE: ./lib/report/redact.js
var redact = __webpack_require__(6749);
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

/***/ 6229:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qi: () => (/* binding */ evaluatePullRequestGates),
  Hj: () => (/* binding */ openCheckout),
  Hc: () => (/* binding */ pullRequestSources)
});

// EXTERNAL MODULE: ./lib/engine/evaluate.js
var evaluate = __webpack_require__(9095);
// EXTERNAL MODULE: ./lib/facts/git/index.js + 7 modules
var git = __webpack_require__(2536);
// EXTERNAL MODULE: ./lib/facts/local.js
var local = __webpack_require__(9528);
// EXTERNAL MODULE: ./lib/util/text.js
var util_text = __webpack_require__(8805);
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
var facts = __webpack_require__(1892);
// EXTERNAL MODULE: ./lib/facts/github.js
var github = __webpack_require__(1564);
;// CONCATENATED MODULE: ./lib/facts/prepared-checkout.js


// A checkout another thread of this run has already prepared (fetched base and head, found their merge base): the
// action's worker reads it without asking git again what the main thread already asked.
function preparedCheckout(workspace, pr, maxFileBytes, mergeBase) {
    const repo = new git/* GitRepo */.tr(workspace, maxFileBytes);
    repo.knowMergeBase(pr.baseSha, pr.headSha, mergeBase);
    return (0,local/* gitSources */.zQ)(repo, pr);
}

// EXTERNAL MODULE: ./lib/core/types.js
var types = __webpack_require__(2458);
;// CONCATENATED MODULE: ./lib/facts/merge-group.js

/** The facts of a merge group that differ from a pull request's: its changed files and its reviews. */
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
    };
}

// EXTERNAL MODULE: ./lib/facts/osv.js
var osv = __webpack_require__(4571);
// EXTERNAL MODULE: ./lib/rules/index.js + 20 modules
var rules = __webpack_require__(2548);
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
            (0,facts/* scanByReading */.N)((ref, path, maxBytes) => api.readFile(ref, path, maxBytes), {
                files: API_SCAN_LIMIT,
                advice: 'check the repository out (actions/checkout) so the files are read locally',
            }),
        reviews: group ? () => group.reviews((n) => api.reviews(n)) : () => api.reviews(pr.number),
        teamMembers: (team) => api.teamMembers(team),
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
    await (0,evaluate/* evaluate */._)(run.policy, (0,facts/* createFacts */.u)(sources), rules/* RULES */.y, { base: run.pr.baseSha, head: run.pr.headSha, policy: { path: '', ref: '', sha256: '' } }, onGate);
}


/***/ })

};
