export const id = 508;
export const ids = [508,869];
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

/***/ 2508:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./lib/engine/check.js
var check = __webpack_require__(3970);
// EXTERNAL MODULE: ./lib/app/pull-request.js + 3 modules
var pull_request = __webpack_require__(6229);
// EXTERNAL MODULE: ./lib/facts/event-payload.js
var event_payload = __webpack_require__(7652);
// EXTERNAL MODULE: ./lib/facts/github.js
var github = __webpack_require__(1564);
// EXTERNAL MODULE: ./lib/publish/check-run.js
var check_run = __webpack_require__(2875);
// EXTERNAL MODULE: ./lib/github/client.js + 23 modules
var github_client = __webpack_require__(3434);
// EXTERNAL MODULE: ./lib/report/redact.js
var redact = __webpack_require__(6749);
;// CONCATENATED MODULE: ./lib/publish/comment.js


function tokenKind(token) {
    return /^(ghp_|github_pat_|gho_|ghu_)/.test(token) ? 'user' : 'installation';
}
function commentMarker(checkName) {
    return `<!-- sdlc-gate:${checkName.replace(/--/g, '-').replace(/>/g, '')} -->`;
}
/**
 * Whether a comment was written by the token's identity. An installation token writes as its app's bot: an
 * author of type Bot whose login is `<app>[bot]` (github-actions[bot] for GITHUB_TOKEN) — an account no person
 * can hold, so a pull request author cannot pass for it; when GitHub names the app the comment was made through
 * (performed_via_github_app), the login must be that app's. A user token's comments are its user's, asked of
 * GET /user once.
 */
function ownership(t) {
    let viewer;
    const isBotOfItsApp = (c) => {
        const login = c.user?.login ?? '';
        const slug = c.performed_via_github_app?.slug;
        return c.user?.type === 'Bot' && login.endsWith('[bot]') && (!slug || login === `${slug}[bot]`);
    };
    return async (c) => {
        if ((t.tokenKind ?? 'installation') === 'installation')
            return isBotOfItsApp(c);
        viewer ??= t.client.rest.users.getAuthenticated().then(({ data }) => data.login, (e) => {
            // An installation token after all (GET /user is not open to them): the bot rule.
            if ((0,github_client/* apiErrorStatus */.RK)(e) === 403)
                return undefined;
            throw e;
        });
        const login = await viewer;
        return login === undefined ? isBotOfItsApp(c) : c.user?.login === login && c.user?.type !== 'Bot';
    };
}
async function markedComments(t, own) {
    const all = await t.client.paginate(t.client.rest.issues.listComments, {
        owner: t.owner,
        repo: t.repo,
        issue_number: t.issueNumber,
        per_page: 100,
    });
    const out = [];
    for (const c of all)
        if (c.body?.includes(t.marker) && (await own(c)))
            out.push(c);
    return out.sort((a, b) => a.id - b.id);
}
/**
 * Creates or updates the comment. `onlyIfExists` updates an existing comment but does not create one
 * (comment: on-failure with a passing result, so an old failure report does not linger).
 * Two runs racing on one PR: after creating, the newer duplicates are deleted and the oldest is kept.
 */
async function upsertComment(t, rawBody, onlyIfExists = false) {
    const body = (0,redact/* redactSecrets */.fp)(rawBody);
    const own = ownership(t);
    try {
        const existing = await markedComments(t, own);
        const keep = existing[0];
        if (keep) {
            if (keep.body === body)
                return { kind: 'unchanged', id: keep.id };
            await t.client.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: keep.id, body });
            return { kind: 'updated', id: keep.id };
        }
        if (onlyIfExists)
            return undefined;
        const { data } = await t.client.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: t.issueNumber, body });
        const after = await markedComments(t, own);
        const oldest = after[0];
        if (oldest && oldest.id !== data.id) {
            // Another run created one first: keep theirs (with our newer body) and remove ours.
            await t.client.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: oldest.id, body });
            await t.client.rest.issues.deleteComment({ owner: t.owner, repo: t.repo, comment_id: data.id });
            return { kind: 'updated', id: oldest.id };
        }
        return { kind: 'created', id: data.id };
    }
    catch (e) {
        const status = (0,github_client/* apiErrorStatus */.RK)(e);
        if (status === 403 || status === 404) {
            return {
                kind: 'forbidden',
                message: `${(0,github_client/* describeApiError */.gg)(e, `the pull request comment on #${t.issueNumber}`, 'pull-requests: write')} (pull requests from forks get a read-only token); the report is in the job summary instead`,
            };
        }
        throw e;
    }
}

// EXTERNAL MODULE: ./lib/publish/runner.js
var runner = __webpack_require__(4353);
;// CONCATENATED MODULE: ./lib/publish/workflow-annotations.js


// Findings as workflow commands, when the check run cannot carry them (a read-only token, as on a fork's pull
// request). GitHub shows at most 10 errors, 10 warnings and 10 notices per step and drops the rest silently, so
// the most important are written (failures first), one error is left for the step's own failure message, and
// one notice says how many more there are and where they are.
const STEP_ANNOTATIONS_PER_LEVEL = 10;
/** The runner's workflow commands, with the token redacted and terminal control sequences stripped. */
const clean = (p) => p && { ...p, ...(p.file ? { file: (0,redact/* sanitizeOutput */.Bn)(p.file) } : {}), ...(p.title ? { title: (0,redact/* sanitizeOutput */.Bn)(p.title) } : {}) };
const runnerCommands = {
    error: (m, p) => core/* error */.z3((0,redact/* sanitizeOutput */.Bn)(m), clean(p)),
    warning: (m, p) => core/* warning */.$e((0,redact/* sanitizeOutput */.Bn)(m), clean(p)),
    notice: (m, p) => core/* notice */.lm((0,redact/* sanitizeOutput */.Bn)(m), clean(p)),
};
function writeWorkflowAnnotations(annotations, out = runnerCommands) {
    const quota = { failure: STEP_ANNOTATIONS_PER_LEVEL - 1, warning: STEP_ANNOTATIONS_PER_LEVEL, notice: STEP_ANNOTATIONS_PER_LEVEL - 1 };
    const left = { failure: 0, warning: 0, notice: 0 };
    let written = 0;
    for (const level of ['failure', 'warning', 'notice']) {
        for (const a of annotations) {
            if (a.annotation_level !== level)
                continue;
            if (quota[level] <= 0) {
                left[level]++;
                continue;
            }
            quota[level]--;
            written++;
            const props = { title: a.title, file: a.path, startLine: a.start_line, endLine: a.end_line };
            if (level === 'failure')
                out.error(a.message, props);
            else if (level === 'warning')
                out.warning(a.message, props);
            else
                out.notice(a.message, props);
        }
    }
    const more = left.failure + left.warning + left.notice;
    if (more) {
        const parts = [
            left.failure ? `${left.failure} ${left.failure === 1 ? 'error' : 'errors'}` : '',
            left.warning ? `${left.warning} ${left.warning === 1 ? 'warning' : 'warnings'}` : '',
            left.notice ? `${left.notice} ${left.notice === 1 ? 'notice' : 'notices'}` : '',
        ].filter(Boolean);
        out.notice(`${more} more ${more === 1 ? 'finding is' : 'findings are'} not shown as annotations (${parts.join(', ')}): GitHub shows ${STEP_ANNOTATIONS_PER_LEVEL} of each kind per step. The job summary lists every finding.`, { title: 'sdlc-gate' });
    }
    return { written, left: more };
}

;// CONCATENATED MODULE: ./lib/report/annotations.js

const MAX_MESSAGE = 64 * 1024 - 1;
const MAX_TITLE = 255;
/** Every finding that has a file, placed on its line (line 1 when the finding has none). */
function toAnnotations(result) {
    const annotations = [];
    for (const gate of result.gates) {
        for (const f of gate.findings) {
            if (!f.file)
                continue;
            const level = f.severity === 'error' ? (gate.level === 'warning' ? 'warning' : 'failure') : f.severity;
            const start = f.line && f.line > 0 ? f.line : 1;
            annotations.push({
                path: (0,redact/* sanitizeOutput */.Bn)(f.file),
                start_line: start,
                end_line: f.endLine && f.endLine >= start ? f.endLine : start,
                annotation_level: level,
                title: (0,redact/* sanitizeOutput */.Bn)(`${gate.id}${gate.rule === gate.id ? '' : ` (${gate.rule})`}`).slice(0, MAX_TITLE),
                message: (0,redact/* sanitizeOutput */.Bn)(f.help ? `${f.message}\n${f.help}` : f.message).slice(0, MAX_MESSAGE),
            });
        }
    }
    return annotations;
}

// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(2527);
// EXTERNAL MODULE: ./lib/report/json.js
var json = __webpack_require__(7406);
// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(3021);
// EXTERNAL MODULE: ./lib/action/client.js
var action_client = __webpack_require__(9823);
// EXTERNAL MODULE: ./lib/action/evaluation.js + 1 modules
var evaluation = __webpack_require__(2869);
// EXTERNAL MODULE: ./lib/core/types.js
var types = __webpack_require__(2458);
;// CONCATENATED MODULE: ./lib/action/events.js


// Which events sdlc-gate evaluates and what it evaluates for each: a pull request's head against its base, or
// a merge queue's merge group (its head commit against its base, with the pull request it was built for).
// Events it does not evaluate end in a notice: a closed pull request, a draft when `drafts: skip`, an event
// that is not about a pull request.
const PR_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review'];

/** The pull request number in a merge queue's branch: refs/heads/gh-readonly-queue/<base>/pr-<n>-<sha>. */
function mergeQueuePullNumber(headRef) {
    const m = /\/pr-(\d+)-[0-9a-f]{7,64}$/.exec(headRef);
    return m ? Number(m[1]) : undefined;
}
const isSha = (v) => typeof v === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(v);
async function planEvent(eventName, payload, drafts, sources) {
    if (PR_EVENTS.includes(eventName)) {
        const raw = payload.pull_request;
        const pr = (0,github/* pullRequestFromPayload */.rY)(raw);
        if (payload.action === 'closed' || raw?.state === 'closed') {
            return { kind: 'skip', reason: `pull request #${pr.number} is closed, so nothing was checked` };
        }
        if (raw?.draft === true && drafts === 'skip') {
            return {
                kind: 'skip',
                reason: `pull request #${pr.number} is a draft and the drafts input is "skip"; it is checked once it is marked ready for review`,
            };
        }
        return { kind: 'evaluate', pr, comment: true };
    }
    if (eventName === 'merge_group') {
        const group = payload.merge_group;
        if (!group || !isSha(group.head_sha) || !isSha(group.base_sha)) {
            throw new types/* FactError */.n('the merge_group event has no merge_group with head_sha and base_sha');
        }
        const headSha = group.head_sha;
        const baseSha = group.base_sha;
        const baseRef = typeof group.base_ref === 'string' ? group.base_ref.replace(/^refs\/heads\//, '') : undefined;
        const headRef = typeof group.head_ref === 'string' ? group.head_ref.replace(/^refs\/heads\//, '') : undefined;
        const number = headRef ? mergeQueuePullNumber(headRef) : undefined;
        if (number === undefined) {
            const pr = {
                number: 0,
                title: '',
                body: '',
                labels: [],
                author: '',
                baseSha,
                headSha,
                ...(baseRef ? { baseRef } : {}),
                ...(headRef ? { headRef } : {}),
            };
            return { kind: 'evaluate', pr, comment: false, mergeGroup: { headRef: headRef ?? null, pull: null } };
        }
        const own = await sources.pullRequest(number);
        const pr = { ...own, baseSha, headSha, ...(baseRef ? { baseRef } : {}), ...(headRef ? { headRef } : {}) };
        return { kind: 'evaluate', pr, comment: false, mergeGroup: { headRef: headRef ?? null, pull: { number, head: own.headSha } } };
    }
    return {
        kind: 'skip',
        reason: `sdlc-gate checks pull requests; this workflow ran on "${eventName || 'an unknown event'}", so nothing was checked. Trigger it on pull_request (and merge_group for a merge queue).`,
    };
}

// EXTERNAL MODULE: ./lib/action/inputs.js
var action_inputs = __webpack_require__(1413);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./lib/engine/evaluate.js
var evaluate = __webpack_require__(9095);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./lib/facts/result-file.js

// A result file an earlier run wrote (the fork pattern's publish-result input): a regular file, capped, never a symlink.
async function readResultFile(path, maxBytes) {
    const info = await (0,promises_.lstat)(path).catch(() => undefined);
    if (!info)
        throw new Error(`publish-result: ${path} does not exist; download the artifact the pull_request run uploaded first`);
    if (!info.isFile())
        throw new Error(`publish-result: ${path} is not a regular file (a symlink or directory is refused)`);
    if (info.size > maxBytes)
        throw new Error(`publish-result: ${path} is ${info.size} bytes, over max-file-bytes (${maxBytes})`);
    return (0,promises_.readFile)(path, 'utf8');
}

;// CONCATENATED MODULE: ./lib/action/publish-result.js











// The second half of the fork pattern: a `pull_request` job (read-only token) uploads its JSON result, and a
// `workflow_run` job (write token) publishes it here. The file comes from a run that the fork's author can
// change, so it is untrusted input: read without following a symlink and within a byte cap, validated strictly
// against sdlc-gate/result@1 (nothing more, nothing less), required to be about the head commit of the run that
// triggered this one, and published under its own check name, so a forged "pass" can never satisfy the required
// check: only a failure is reported as one.
const SHA = '^[0-9a-f]{40}([0-9a-f]{24})?$';
const TEXT = { type: 'string', maxLength: 65_536 };
const RESULT_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    required: ['schema', 'status', 'base', 'head', 'policy', 'gates'],
    properties: {
        schema: { const: 'sdlc-gate/result@1' },
        status: { enum: ['pass', 'fail'] },
        base: { type: 'string', pattern: SHA },
        head: { type: 'string', pattern: SHA },
        policy: {
            type: 'object',
            additionalProperties: false,
            required: ['path', 'ref', 'sha256'],
            properties: {
                path: { type: 'string', minLength: 1, maxLength: 1024 },
                ref: { type: 'string', maxLength: 256 },
                sha256: { type: 'string', pattern: '^([0-9a-f]{64})?$' },
            },
        },
        gates: {
            type: 'array',
            maxItems: 1000,
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['id', 'rule', 'level', 'status', 'summary', 'findings'],
                properties: {
                    id: { type: 'string', minLength: 1, maxLength: 200 },
                    rule: { type: 'string', minLength: 1, maxLength: 200 },
                    level: { enum: ['error', 'warning'] },
                    status: { enum: ['pass', 'fail', 'warn', 'skip', 'error'] },
                    summary: TEXT,
                    findings: {
                        type: 'array',
                        maxItems: 10_000,
                        items: {
                            type: 'object',
                            additionalProperties: false,
                            required: ['severity', 'message'],
                            properties: {
                                severity: { enum: ['error', 'warning', 'notice'] },
                                message: TEXT,
                                file: { type: 'string', minLength: 1, maxLength: 1024 },
                                line: { type: 'integer', minimum: 1 },
                            },
                        },
                    },
                },
            },
        },
    },
};
let validate;
/** The result file's text as a result, or a sentence saying what is wrong with it. */
function parseResult(text, where) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        throw new Error(`${where} is not JSON (${e.message}); publish-result takes the result-file a sdlc-gate run wrote`, {
            cause: e,
        });
    }
    validate ??= new ajv.Ajv({ allErrors: false, strict: true }).compile(RESULT_SCHEMA);
    if (!validate(value)) {
        const err = validate.errors?.[0];
        const at = err?.instancePath || '/';
        const detail = err?.keyword === 'additionalProperties'
            ? `has an unknown key "${String(err.params.additionalProperty).slice(0, 100)}"`
            : (err?.message ?? 'is invalid');
        throw new Error(`${where} is not a sdlc-gate/result@1 result: ${at} ${detail}`);
    }
    const result = value;
    if ((0,evaluate/* overallStatus */.g)(result.gates) !== result.status) {
        throw new Error(`${where} says "${result.status}" but its gates say "${(0,evaluate/* overallStatus */.g)(result.gates)}"; the file was not written by sdlc-gate as it is`);
    }
    return result;
}
async function publishResultFile(c) {
    const path = c.inputs.publishResult;
    const run = c.payload.workflow_run;
    if (c.eventName !== 'workflow_run' || !run?.head_sha) {
        throw new Error(`publish-result runs in a workflow_run job (this one ran on "${c.eventName}"): it publishes the result the pull_request run uploaded`);
    }
    const result = parseResult(await readResultFile(path, c.inputs.maxFileBytes), `publish-result: ${path}`);
    if (result.head !== run.head_sha) {
        throw new Error(`publish-result: ${path} is about ${result.head.slice(0, 7)}, but the workflow run that triggered this job is about ${run.head_sha.slice(0, 7)}; nothing was published`);
    }
    const failed = result.gates.filter((g) => g.status === 'fail' || g.status === 'error').map((g) => g.id);
    const note = 'Published from the result file of a pull_request run: that run can be changed by the pull request, so a pass here is not evidence; the required check comes from an evaluation in a trusted context.';
    core/* setOutput */.uH('status', result.status);
    core/* setOutput */.uH('failed-gates', failed.join(','));
    await (0,runner/* writeSummary */.Sy)((0,markdown/* renderMarkdown */.Gc)({ result, notes: [note] }, { maxLength: markdown/* MAX_COMMENT_LENGTH */.wT * 4 }));
    const annotations = toAnnotations(result);
    let annotated = false;
    if (c.inputs.checkRun) {
        const written = await (0,check_run/* publishCheckRun */.Nm)({
            client: c.client,
            owner: c.owner,
            repo: c.repo,
            name: `${c.inputs.checkName} (uploaded result)`,
            headSha: result.head,
            conclusion: result.status === 'fail' ? 'failure' : 'neutral',
            title: failed.length ? `${failed.length} failed: ${failed.join(', ')}` : 'the uploaded result says all gates passed or skipped',
            summary: (0,markdown/* renderMarkdown */.Gc)({ result, notes: [note] }, { maxLength: 65_000 }),
            annotations,
        }).catch((e) => ({ kind: 'forbidden', message: `the check run could not be written: ${e.message}` }));
        if (written.kind === 'forbidden')
            core/* warning */.$e(written.message);
        else
            annotated = true;
    }
    if (!annotated)
        writeWorkflowAnnotations(annotations);
    if (c.inputs.comment !== 'never') {
        const number = await pullRequestOf(c, run, result.head);
        if (number === undefined)
            core/* notice */.lm(`no open pull request has head ${result.head.slice(0, 7)}; no comment written`);
        else {
            const marker = commentMarker(c.inputs.checkName);
            const body = (0,markdown/* renderMarkdown */.Gc)({ result, notes: [note] }, { header: marker, maxLength: markdown/* MAX_COMMENT_LENGTH */.wT });
            const onlyIfExists = c.inputs.comment === 'on-failure' && result.status === 'pass';
            const target = { client: c.client, owner: c.owner, repo: c.repo, issueNumber: number, marker, tokenKind: tokenKind(c.inputs.token) };
            const comment = await upsertComment(target, body, onlyIfExists).catch((e) => ({
                kind: 'forbidden',
                message: `the pull request comment could not be written: ${e.message}`,
            }));
            if (comment?.kind === 'forbidden')
                core/* warning */.$e(comment.message);
        }
    }
    if (result.status === 'fail')
        core/* setFailed */.C1(`sdlc-gate: the uploaded result has ${failed.length} failed ${failed.length === 1 ? 'gate' : 'gates'}: ${failed.join(', ')}`);
}
/** The open pull request whose head is `sha`: named by the run (same repository) or found by the fork's branch. */
async function pullRequestOf(c, run, sha) {
    const named = run.pull_requests?.find((p) => p.head?.sha === sha && typeof p.number === 'number');
    if (named)
        return named.number;
    const headOwner = run.head_repository?.owner?.login;
    if (!headOwner || !run.head_branch)
        return undefined;
    try {
        const { data } = await c.client.rest.pulls.list({
            owner: c.owner,
            repo: c.repo,
            state: 'open',
            head: `${headOwner}:${run.head_branch}`,
            per_page: 100,
        });
        return data.find((p) => p.head.sha === sha)?.number;
    }
    catch (e) {
        if ((0,github_client/* apiErrorStatus */.RK)(e) === 403 || (0,github_client/* apiErrorStatus */.RK)(e) === 404) {
            core/* warning */.$e((0,github_client/* describeApiError */.gg)(e, `GET /repos/${c.owner}/${c.repo}/pulls`, 'pull-requests: read'));
            return undefined;
        }
        throw e;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/app/release.js + 4 modules
var release = __webpack_require__(3316);
// EXTERNAL MODULE: ./lib/app/release-local.js + 2 modules
var release_local = __webpack_require__(5024);
// EXTERNAL MODULE: ./lib/publish/release.js
var publish_release = __webpack_require__(4610);
;// CONCATENATED MODULE: ./lib/report/release-markdown.js

// The release record as the job summary shows it: the verdict and what to resolve first, then the counts and where
// the full record is. Everything from the repository or GitHub is escaped.
const ICON = { pass: '✅', fail: '❌', incomplete: '⚠️' };
const MAX_LINES = 50;
function renderReleaseMarkdown(r, folder) {
    const lines = [`### ${ICON[r.status]} sdlc-gate release record: ${(0,report_escape/* escapeMarkdown */.FV)(r.tag)} — ${r.status}`, ''];
    lines.push(`Release ${(0,report_escape/* escapeMarkdown */.FV)(r.tag)} at \`${r.commit.slice(0, 12)}\`${r.previous ? `, changes since ${(0,report_escape/* escapeMarkdown */.FV)(r.previous)}` : ', the first release'}; policy \`${(0,report_escape/* escapeMarkdown */.FV)(r.policy.path)}\` (sha256 \`${r.policy.sha256.slice(0, 16)}…\`).`, '');
    const list = (title, items) => {
        if (!items.length)
            return;
        lines.push(`**${title}**`, '', ...items.slice(0, MAX_LINES).map((p) => `- ${(0,report_escape/* escapeMarkdown */.FV)(p)}`));
        if (items.length > MAX_LINES)
            lines.push(`- … ${items.length - MAX_LINES} more in record.json`);
        lines.push('');
    };
    list('To resolve before the release is accepted', r.problems);
    list('Not verified', r.unverified);
    const failed = r.gates.filter((g) => g.status === 'fail' || g.status === 'error').length;
    const prs = r.changes.filter((c) => c.pull_request !== null).length;
    lines.push('| | |', '|---|---|', `| Gates | ${r.gates.length} (${failed} failed) |`, `| Changes | ${r.changes.length} (${prs} through pull requests, ${r.changes.filter((c) => c.gate !== 'success').length} without a passing check) |`, `| Open anomalies | ${r.anomalies.length} (${r.anomalies.filter((a) => !a.evaluated).length} not evaluated) |`, `| Evidence files | ${r.artifacts.length} |`, '', `The record (record.json, index.html, manifest.json and the evidence) is in \`${(0,report_escape/* escapeMarkdown */.FV)(folder)}\`: upload it as an artifact and attest manifest.json.`, '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./lib/action/release.js










// The action on a release: a push of a tag that the policy's release.tags name, or a published release. It builds
// the release record from the checkout (full history and tags) and the API, into RUNNER_TEMP.
/** The tag a release event is about, or undefined when the event is no release. */
function releaseTag(eventName, ref, payload) {
    if (eventName === 'push' && ref?.startsWith('refs/tags/'))
        return ref.slice('refs/tags/'.length);
    if (eventName === 'release' && payload.action === 'published' && typeof payload.release?.tag_name === 'string')
        return payload.release.tag_name;
    return undefined;
}
async function runRelease(tag, inputs, client, owner, repo, deadline) {
    let outcome;
    try {
        outcome = await (0,release_local/* releaseFromCheckout */.O)({
            workspace: process.env.GITHUB_WORKSPACE,
            policyPath: inputs.policy,
            tag,
            github: { client, owner, repo, serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com' },
            timeoutMs: inputs.timeoutSeconds * 1000,
            deadline,
            log: (m) => core/* info */.pq(m),
        });
    }
    catch (e) {
        if (!(e instanceof release/* NotAReleaseError */.Og))
            throw e;
        core/* notice */.lm(`sdlc-gate: ${e.message}; no release record was made`);
        core/* setOutput */.uH('record-status', 'skip');
        return;
    }
    if (!outcome.ok) {
        for (const e of outcome.errors)
            core/* error */.z3(e.message, { file: e.file, startLine: e.line, startColumn: e.col, title: 'sdlc-gate policy' });
        await (0,runner/* writeSummary */.Sy)(`### 🛑 sdlc-gate: the policy at ${(0,report_escape/* escapeMarkdown */.FV)(tag)} is invalid\n\nNo release record was made:\n\n${outcome.errors.map((e) => `- ${(0,report_escape/* escapeMarkdown */.FV)((0,check/* formatPolicyError */.iv)(e))}`).join('\n')}\n`);
        core/* setOutput */.uH('record-status', 'fail');
        core/* setFailed */.C1('sdlc-gate: the policy is invalid; no release record was made');
        return;
    }
    const dir = (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `sdlc-gate-release-${tag.replace(/[^A-Za-z0-9_.-]/g, '_')}`);
    await (0,publish_release/* writeRecordFolder */.z)(dir, outcome.files);
    const { record } = outcome;
    core/* setOutput */.uH('record-dir', dir);
    core/* setOutput */.uH('record-status', record.status);
    await (0,runner/* writeSummary */.Sy)(renderReleaseMarkdown(record, dir));
    if (record.status === 'pass')
        core/* info */.pq(`sdlc-gate: the release record of ${tag} passes; written to ${dir}`);
    else if (inputs.failOn !== 'never')
        core/* setFailed */.C1(`sdlc-gate: the release record of ${tag} is ${record.status} (${record.problems.length + record.unverified.length} to resolve) — see the job summary`);
}

// EXTERNAL MODULE: ./lib/app/monitor.js + 5 modules
var monitor = __webpack_require__(6562);
// EXTERNAL MODULE: ./lib/core/monitor.js
var core_monitor = __webpack_require__(5961);
// EXTERNAL MODULE: ./lib/report/monitor.js
var report_monitor = __webpack_require__(8476);
;// CONCATENATED MODULE: ./lib/publish/issues.js




// The monitor's tracking issues: one per open (vulnerability, component), found again by a hidden marker (which
// also carries the monitor's state: first sight, each ref's status, the clocks already announced) among the issues
// with the monitor's labels that this token's own identity wrote. Created, updated in place when what it says
// changes, commented when a clock passes, closed with the reason when every watched ref is fixed or assessed.
const MARKER_PREFIX = '<!-- sdlc-gate:monitor ';
const MARKER = /<!-- sdlc-gate:monitor ([A-Za-z0-9_-]+) -->/;
function encodeMarker(m) {
    return `${MARKER_PREFIX}${Buffer.from(JSON.stringify(m)).toString('base64url')} -->`;
}
function decodeMarker(body) {
    const m = MARKER.exec(body);
    if (!m)
        return undefined;
    try {
        const data = JSON.parse(Buffer.from(m[1], 'base64url').toString('utf8'));
        if (typeof data?.key !== 'string' || typeof data.first_seen !== 'string' || !Number.isFinite(Date.parse(data.first_seen)))
            return undefined;
        return {
            key: data.key,
            first_seen: data.first_seen,
            refs: data.refs && typeof data.refs === 'object' ? data.refs : {},
            announced: Array.isArray(data.announced) ? data.announced : [],
        };
    }
    catch {
        return undefined;
    }
}
/** The login this token writes as: the user of a personal token, else the Actions bot (GITHUB_TOKEN cannot read /user). */
async function ownLogin(client) {
    try {
        const { data } = await client.rest.users.getAuthenticated();
        if (data?.login)
            return data.login;
    }
    catch (e) {
        const status = (0,github_client/* apiErrorStatus */.RK)(e);
        if (status !== 401 && status !== 403 && status !== 404)
            throw e;
    }
    return 'github-actions[bot]';
}
/** The open tracking issues this identity wrote, by key. Issues by anyone else are ignored, whatever they contain. */
async function trackedIssues(t, login) {
    const all = await t.client
        .paginate(t.client.rest.issues.listForRepo, {
        owner: t.owner,
        repo: t.repo,
        labels: t.labels.join(','),
        state: 'open',
        creator: login,
        per_page: 100,
    })
        .catch((e) => {
        // Without the issues there is no state: the clocks would restart. Nothing is monitored rather than that.
        throw new Error((0,github_client/* describeApiError */.gg)(e, `GET /repos/${t.owner}/${t.repo}/issues`, 'issues: write'));
    });
    const out = new Map();
    for (const issue of all.sort((a, b) => a.number - b.number)) {
        if (issue.pull_request || issue.user?.login !== login)
            continue;
        const marker = decodeMarker(issue.body ?? '');
        if (!marker || out.has(marker.key))
            continue;
        out.set(marker.key, { number: issue.number, title: issue.title, body: issue.body ?? '', marker });
    }
    return out;
}
/** The state the monitor needs, from the issues' markers. */
function stateFromIssues(issues) {
    const items = {};
    for (const [key, i] of issues)
        items[key] = { first_seen: i.marker.first_seen, ...(i.marker.refs ? { refs: i.marker.refs } : {}) };
    return { schema: core_monitor/* STATE_SCHEMA */.K, items };
}
function groups(result) {
    const out = new Map();
    for (const ref of result.refs) {
        for (const finding of ref.findings) {
            let g = out.get(finding.key);
            if (!g)
                out.set(finding.key, (g = { key: finding.key, entries: [] }));
            g.entries.push({ ref: ref.ref, finding });
        }
    }
    return out;
}
const day = (iso) => iso.slice(0, 10);
/** A representative finding: an open one with the most facts (a fixed one made from the state has few). */
function lead(g) {
    const open = g.entries.filter((e) => e.finding.status === 'open');
    return (open[0] ?? g.entries.find((e) => e.finding.severity !== 'unknown') ?? g.entries[0]).finding;
}
function issueTitle(g) {
    const f = lead(g);
    const refs = g.entries.filter((e) => e.finding.status === 'open').map((e) => e.ref);
    const title = `${(0,report_monitor/* displayId */.kX)(f)} in ${f.component} — ${f.severity}${f.kev ? ' (KEV)' : ''} — ${refs.join(', ')}`;
    return title.length > 250 ? `${title.slice(0, 249)}…` : title;
}
function fence(text) {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const f = '`'.repeat(longest + 1);
    return `${f}json\n${text}\n${f}`;
}
function issueBody(g, marker, result) {
    const f = lead(g);
    const esc = report_escape/* escapeMarkdown */.FV;
    const lines = [];
    lines.push(`**${esc((0,report_monitor/* displayId */.kX)(f))}** in **${esc(f.component)}**${f.summary ? ` — ${esc(f.summary)}` : ''}`);
    lines.push('');
    lines.push(`- Severity: ${esc(f.severity)}${f.score !== undefined ? ` (${f.score})` : ''}${f.vector ? ` — \`${f.vector.replace(/`/g, '')}\`` : ''}`);
    lines.push(`- CISA KEV: ${f.kev ? '**yes — known exploited**' : 'no'}`);
    lines.push(`- Fixed in: ${f.fixed_versions.length ? f.fixed_versions.map(esc).join(', ') : 'no fixed version known'}`);
    lines.push(`- Record: ${f.url}`);
    lines.push('');
    lines.push('| Ref | Version | Status | Assessment |');
    lines.push('|---|---|---|---|');
    for (const { ref, finding } of g.entries) {
        const a = finding.assessment;
        const assessment = a
            ? `${a.status}${a.justification ? ` (${a.justification})` : ''}${a.stale ? ', stale' : ''} — ${a.file}${a.line ? `:${a.line}` : ''} on ${a.ref}`
            : '';
        lines.push(`| ${esc(ref)} | ${esc(finding.version ?? finding.purl)} | ${finding.status} | ${esc(assessment)} |`);
    }
    lines.push('');
    lines.push(`**Clocks** (from first sight; respond within ${result.respond_within_days} days, remediate within ${result.remediate_within_days}):`);
    lines.push(`- First seen: ${day(f.first_seen)}`);
    lines.push(`- Respond by: ${day(f.respond_by)}${f.passed ? ' — **passed**' : ''}`);
    lines.push(`- Remediate by: ${day(f.remediate_by)}${f.passed === 'remediate' ? ' — **passed**' : ''}`);
    lines.push('');
    lines.push('**To close this issue**, upgrade the component to a fixed version in each ref still open, or assess it: commit a VEX statement (CycloneDX or OpenVEX, where the vulnerabilities gate reads `vex`) on the default branch, for example');
    lines.push('');
    const purls = [...new Set(g.entries.filter((e) => e.finding.status === 'open').map((e) => e.finding.purl))];
    const statement = {
        id: f.aliases.find((a) => a.startsWith('CVE-')) ?? f.id,
        analysis: {
            state: 'not_affected',
            justification: 'code_not_reachable',
            detail: 'why the device is not affected',
            lastUpdated: 'YYYY-MM-DDT00:00:00Z',
        },
        affects: purls.map((ref) => ({ ref })),
    };
    lines.push(fence(JSON.stringify(statement, null, 2)));
    lines.push('');
    lines.push(encodeMarker(marker));
    return `${lines.join('\n')}\n`;
}
/**
 * Brings the tracking issues in line with a complete result. Never called with an incomplete one: the caller
 * touches no issue when a ref was not checked (a failed lookup must not close anything).
 */
async function syncIssues(t, result, issues, login) {
    if (result.unchecked.length || result.problems.length)
        throw new Error('syncIssues: the result is incomplete; no issue may be written from it');
    const done = { created: [], updated: [], commented: [], closed: [], unchanged: [] };
    const byKey = groups(result);
    const createdKeys = new Map();
    for (const g of byKey.values()) {
        const open = g.entries.filter((e) => e.finding.status === 'open');
        const existing = issues.get(g.key);
        if (!open.length)
            continue;
        const f = lead(g);
        const refs = Object.fromEntries(g.entries.map((e) => [e.ref, { status: e.finding.status, purl: e.finding.purl, id: e.finding.id, component: e.finding.component }]));
        const announced = new Set(existing?.marker.announced ?? []);
        const newly = [];
        if (f.passed)
            for (const clock of f.passed === 'remediate' ? ['respond', 'remediate'] : ['respond'])
                if (!announced.has(clock))
                    newly.push(clock);
        const marker = { key: g.key, first_seen: f.first_seen, refs, announced: [...announced, ...newly] };
        const title = issueTitle(g);
        const body = issueBody(g, marker, result);
        let number;
        if (!existing) {
            const { data } = await t.client.rest.issues
                .create({ owner: t.owner, repo: t.repo, title, body, labels: t.labels })
                .catch(at(`POST /repos/${t.owner}/${t.repo}/issues`));
            number = data.number;
            done.created.push(number);
            createdKeys.set(number, g.key);
        }
        else {
            number = existing.number;
            if (existing.title !== title || existing.body !== body) {
                await t.client.rest.issues
                    .update({ owner: t.owner, repo: t.repo, issue_number: number, title, body })
                    .catch(at(`PATCH /repos/${t.owner}/${t.repo}/issues/${number}`));
                done.updated.push(number);
            }
            else
                done.unchanged.push(number);
        }
        if (newly.length) {
            const clock = newly.includes('remediate') ? 'remediate' : 'respond';
            const date = clock === 'remediate' ? f.remediate_by : f.respond_by;
            const days = clock === 'remediate' ? result.remediate_within_days : result.respond_within_days;
            const text = `⏰ The ${clock}-by date ${day(date)} (${days} days from first sight on ${day(f.first_seen)}) has passed, and ${(0,report_escape/* escapeMarkdown */.FV)((0,report_monitor/* displayId */.kX)(f))} is still open in ${open.map((e) => `\`${e.ref.replace(/`/g, '')}\``).join(', ')}. ${clock === 'respond' ? 'Communicate the uncontrolled risk to users, or assess it (VEX).' : 'Remediate it (release a fixed version), or assess it (VEX).'}`;
            await t.client.rest.issues
                .createComment({ owner: t.owner, repo: t.repo, issue_number: number, body: text })
                .catch(at(`POST /repos/${t.owner}/${t.repo}/issues/${number}/comments`));
            done.commented.push(number);
        }
    }
    await closeDuplicates(t, login, createdKeys, done);
    // Issues whose vulnerability is open nowhere any more: say why, then close.
    for (const [key, issue] of issues) {
        const g = byKey.get(key);
        if (g?.entries.some((e) => e.finding.status === 'open'))
            continue;
        const why = closingReason(g, result);
        const body = `✅ Closed by sdlc-gate monitor on ${day(result.now)}: every watched ref is fixed or assessed.\n\n${why}\n`;
        await t.client.rest.issues
            .createComment({ owner: t.owner, repo: t.repo, issue_number: issue.number, body })
            .catch(at(`POST /repos/${t.owner}/${t.repo}/issues/${issue.number}/comments`));
        await t.client.rest.issues
            .update({ owner: t.owner, repo: t.repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' })
            .catch(at(`PATCH /repos/${t.owner}/${t.repo}/issues/${issue.number}`));
        done.closed.push(issue.number);
    }
    return done;
}
/** Two runs racing (a manual run beside the schedule) may each have opened one: the oldest is kept, ours closed. */
async function closeDuplicates(t, login, createdKeys, done) {
    if (!createdKeys.size)
        return;
    const after = await trackedIssues(t, login);
    for (const [number, key] of createdKeys) {
        const kept = after.get(key);
        if (!kept || kept.number === number)
            continue;
        await t.client.rest.issues
            .createComment({
            owner: t.owner,
            repo: t.repo,
            issue_number: number,
            body: `Duplicate of #${kept.number}, which another monitor run opened first; that issue tracks this vulnerability.`,
        })
            .catch(at(`POST /repos/${t.owner}/${t.repo}/issues/${number}/comments`));
        await t.client.rest.issues
            .update({ owner: t.owner, repo: t.repo, issue_number: number, state: 'closed', state_reason: 'not_planned' })
            .catch(at(`PATCH /repos/${t.owner}/${t.repo}/issues/${number}`));
        done.created.splice(done.created.indexOf(number), 1);
        done.closed.push(number);
    }
}
/** Why an issue is closed: each watched ref's status (and assessment), or that no watched ref has it. */
function closingReason(g, result) {
    return g?.entries.length
        ? g.entries
            .map((e) => `- \`${e.ref.replace(/`/g, '')}\`: ${e.finding.status}${e.finding.assessment ? ` (${(0,report_escape/* escapeMarkdown */.FV)(`${e.finding.assessment.status}${e.finding.assessment.justification ? `, ${e.finding.assessment.justification}` : ''} — ${e.finding.assessment.file} on ${e.finding.assessment.ref}`)})` : ''}`)
            .join('\n')
        : `- none of the watched refs (${result.refs.map((r) => `\`${r.ref.replace(/`/g, '')}\``).join(', ')}) has it any more`;
}
/** A failed write, described with the request and the permission it needs. */
function at(what) {
    return (e) => {
        throw new Error((0,github_client/* describeApiError */.gg)(e, what, 'issues: write'));
    };
}

;// CONCATENATED MODULE: ./lib/action/monitor.js










// The action on `schedule` and `workflow_dispatch` with a `monitor:` section: post-market surveillance of the
// released versions instead of a pull-request evaluation. The state (first sight, statuses, announced clocks)
// lives in the tracking issues; an incomplete run writes no issue at all.
const MONITOR_EVENTS = ['schedule', 'workflow_dispatch'];
/** Runs the monitor when the event and the policy call for it; false when this is not a monitor run. */
async function maybeRunMonitor(eventName, inputs) {
    if (!MONITOR_EVENTS.includes(eventName))
        return false;
    const workspace = process.env.GITHUB_WORKSPACE;
    const payload = (await (0,event_payload/* readEventPayloadOrEmpty */.ZT)(process.env.GITHUB_EVENT_PATH));
    const defaultBranch = payload.repository?.default_branch || process.env.GITHUB_REF_NAME || undefined;
    const [owner, name] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !name)
        throw new Error('GITHUB_REPOSITORY is not set to owner/repo');
    const ms = inputs.timeoutSeconds * 1000;
    const deadline = AbortSignal.timeout(ms);
    const client = (0,evaluation/* actionClient */._Y)(inputs, process.env.GITHUB_API_URL || 'https://api.github.com', ms);
    const api = new github/* GitHubFacts */.xc(client, owner, name, inputs.maxFileBytes);
    const plan = await (0,monitor/* planCheckoutMonitor */.YX)({
        workspace,
        eventName,
        policyPath: inputs.policy,
        defaultBranch,
        api,
        maxFileBytes: inputs.maxFileBytes,
        timeoutMs: ms,
        deadline,
        log: (m) => runner/* log */.Rm.info(m),
    });
    if (plan.kind === 'not-monitor')
        return false;
    if (plan.kind === 'invalid-policy') {
        const list = plan.errors.map((e) => `- ${(0,report_escape/* escapeMarkdown */.FV)((0,check/* formatPolicyError */.iv)(e))}`).join('\n');
        await (0,runner/* writeSummary */.Sy)(`### 🛑 sdlc-gate monitor: the policy on ${(0,report_escape/* escapeMarkdown */.FV)(plan.branch)} is invalid\n\nNothing was checked:\n\n${list}\n`);
        core/* setOutput */.uH('status', 'fail');
        runner/* log */.Rm.setFailed(`sdlc-gate: the policy on ${plan.branch} is invalid; nothing was monitored`);
        return true;
    }
    const { labels } = plan;
    if (!inputs.token)
        throw new Error('the token input is empty; pass token: ${{ github.token }} (the monitor keeps its tracking issues with it)');
    const login = await ownLogin(client);
    const issues = await trackedIssues({ client, owner, repo: name, labels }, login);
    const result = await (0,monitor/* monitorCheckout */.nF)(plan, stateFromIssues(issues), new Date());
    const resultFile = await (0,runner/* writeResultFile */.tH)((0,report_monitor/* renderMonitorJson */.LK)(result), 'sdlc-gate-monitor');
    core/* setOutput */.uH('status', result.status);
    core/* setOutput */.uH('result-file', resultFile);
    await (0,runner/* writeSummary */.Sy)((0,report_monitor/* renderMonitorMarkdown */.QP)(result));
    if (result.unchecked.length || result.problems.length) {
        const reasons = [...result.problems, ...result.refs.flatMap((r) => r.problems.map((p) => `${r.ref}: ${p}`))];
        runner/* log */.Rm.setFailed(`sdlc-gate monitor: not checked: ${result.unchecked.join(', ') || 'every ref'} — ${reasons.join('; ')}. No tracking issue was changed.`);
        return true;
    }
    const done = await syncIssues({ client, owner, repo: name, labels }, result, issues, login);
    runner/* log */.Rm.info(`tracking issues: ${done.created.length} created, ${done.updated.length} updated, ${done.commented.length} commented, ${done.closed.length} closed, ${done.unchanged.length} unchanged`);
    if (result.status === 'fail') {
        const open = new Set(result.refs.flatMap((r) => r.findings.filter((f) => f.status === 'open' && f.failing).map((f) => f.key))).size;
        runner/* log */.Rm.setFailed(`sdlc-gate monitor: ${open} open ${open === 1 ? 'vulnerability' : 'vulnerabilities'} at or above ${result.fail_on} (or in KEV) in the watched releases — see the tracking issues and the job summary`);
    }
    else
        runner/* log */.Rm.info('sdlc-gate monitor: pass');
    return true;
}

;// CONCATENATED MODULE: ./lib/action/run.js




















// The action: event → facts (checkout first, API for the rest) → the shared evaluation → every publisher.
/**
 * Runs the action. `workerEntry` is the file that, started as a worker thread with an EvaluationJob, evaluates
 * the gates (the bundle re-enters itself; see src/action.ts); without it the gates run in this thread.
 */
async function run(workerEntry, early) {
    try {
        const inputs = early ? early.inputs : (0,action_inputs/* readInputs */.K)();
        if (inputs instanceof Error)
            throw inputs;
        await runAction(inputs, workerEntry, early);
    }
    catch (e) {
        const message = e?.message ?? String(e);
        // Even a run that could not start leaves its reason where people look.
        await (0,runner/* writeSummary */.Sy)(`### 🛑 sdlc-gate could not run\n\n${(0,report_escape/* escapeMarkdown */.FV)(message)}\n`).catch(() => undefined);
        runner/* log */.Rm.setFailed(`sdlc-gate: ${message}`);
    }
}
async function runAction(inputs, workerEntry, early) {
    const eventName = process.env.GITHUB_EVENT_NAME ?? '';
    const apiUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
    const budgetMs = inputs.timeoutSeconds * 1000;
    if (eventName === 'push' || eventName === 'release') {
        const tag = releaseTag(eventName, process.env.GITHUB_REF, await (0,event_payload/* readEventPayload */.N5)(process.env.GITHUB_EVENT_PATH));
        if (tag) {
            const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
            if (!owner || !repo)
                throw new Error('GITHUB_REPOSITORY is not set to owner/repo');
            if (!inputs.token)
                throw new Error('the token input is empty; pass token: ${{ github.token }}');
            return runRelease(tag, inputs, (0,action_client/* actionClient */._)(inputs, apiUrl, budgetMs), owner, repo, AbortSignal.timeout(budgetMs));
        }
    }
    if (await maybeRunMonitor(eventName, inputs))
        return; // schedule/workflow_dispatch with a monitor: section
    if (!inputs.publishResult && !PR_EVENTS.includes(eventName) && eventName !== 'merge_group') {
        // No event payload read and no request made.
        return skipRun(`sdlc-gate checks pull requests; this workflow ran on "${eventName || 'an unknown event'}", so nothing was checked. Trigger it on pull_request (and merge_group for a merge queue).`);
    }
    const payload = await (0,event_payload/* readEventPayload */.N5)(process.env.GITHUB_EVENT_PATH);
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        throw new Error('GITHUB_REPOSITORY is not set to owner/repo');
    if (!inputs.token)
        throw new Error('the token input is empty; pass token: ${{ github.token }}');
    // The budget (timeout-seconds) covers reading the policy and evaluating the gates; publishing gets its own
    // allowance after it, so a run that spent its budget still leaves its report.
    const started = Date.now();
    const client = early?.client ?? (0,action_client/* actionClient */._)(inputs, apiUrl, budgetMs + (0,action_client/* publishAllowanceMs */.C)(budgetMs));
    if (inputs.publishResult)
        return publishResultFile({ inputs, eventName, payload, client, owner, repo });
    const plan = await planEvent(eventName, payload, inputs.drafts, {
        pullRequest: (n) => new github/* GitHubFacts */.xc(client, owner, repo, inputs.maxFileBytes).pullRequest(n),
    });
    if (plan.kind === 'skip')
        return skipRun(plan.reason);
    const { pr } = plan;
    // The check run's look-up sent at start-up (src/action/early.ts), when it was for this head commit.
    const lookup = early?.checkRunLookup?.headSha === pr.headSha ? { before: early.checkRunLookup.run } : {};
    const mergeGroup = plan.mergeGroup ? { mergeGroup: plan.mergeGroup } : {};
    const prRun = (0,evaluation/* pullRequestRun */.iM)({ inputs, pr, owner, repo, ...mergeGroup });
    const checkout = await (0,pull_request/* openCheckout */.Hj)(process.env.GITHUB_WORKSPACE, prRun, (m) => runner/* log */.Rm.info(m));
    if (!checkout.checkout)
        runner/* log */.Rm.info(`reading the pull request through the API: ${checkout.reason}`);
    const { sources, api } = (0,pull_request/* pullRequestSources */.Hc)(prRun, client, checkout.checkout, budgetMs, (m) => runner/* log */.Rm.info(m));
    const target = { inputs, client, owner, repo, pr, lookup };
    const loaded = await loadPolicyOrReport(target, () => (0,check/* loadPolicy */.tb)(inputs.policy, sources, api.readRemotePolicy), budgetMs - (Date.now() - started));
    const outcome = loaded.ok
        ? {
            ok: true,
            report: {
                result: await (0,evaluation/* evaluateWithinBudget */.aI)({
                    kind: evaluation/* WORKER_JOB */.Vt,
                    inputs,
                    pr,
                    owner,
                    repo,
                    apiUrl,
                    ...(process.env.GITHUB_WORKSPACE ? { workspace: process.env.GITHUB_WORKSPACE } : {}),
                    viaApi: !checkout.checkout,
                    ...(checkout.mergeBase ? { mergeBase: checkout.mergeBase } : {}),
                    policy: loaded.policy,
                    remainingMs: budgetMs - (Date.now() - started),
                    ...mergeGroup,
                }, workerEntry, { base: pr.baseSha, head: pr.headSha, policy: loaded.source }),
                pr: pr.number ? { number: pr.number, title: pr.title } : undefined,
                notes: loaded.notes,
            },
        }
        : loaded;
    if (!outcome.ok)
        return reportPolicyErrors(target, outcome.errors);
    return publishReport(target, outcome.report, plan.comment);
}
/** A run that evaluates nothing: a notice, the skip outputs, and the reason in the job summary. */
async function skipRun(reason) {
    runner/* log */.Rm.notice(reason);
    core/* setOutput */.uH('status', 'skip');
    core/* setOutput */.uH('failed-gates', '');
    await (0,runner/* writeSummary */.Sy)(`### ⏭️ sdlc-gate: skipped\n\n${(0,report_escape/* escapeMarkdown */.FV)(reason)}\n`);
}
/** The policy, read within the budget; when it cannot be read, a failing check run says so before the error is rethrown. */
async function loadPolicyOrReport(target, load, remainingMs) {
    const { inputs, client, owner, repo, pr, lookup } = target;
    try {
        return await withinBudget(load(), remainingMs, inputs.timeoutSeconds);
    }
    catch (e) {
        // Nothing was evaluated; the failing check run says so, so the pull request does not wait for a check that never comes.
        if (inputs.checkRun) {
            const message = e?.message ?? String(e);
            await (0,check_run/* publishCheckRun */.Nm)({
                client,
                owner,
                repo,
                name: inputs.checkName,
                headSha: pr.headSha,
                ...lookup,
                conclusion: 'failure',
                title: 'sdlc-gate could not run',
                summary: `### 🛑 sdlc-gate could not run\n\n${(0,report_escape/* escapeMarkdown */.FV)(message)}\n`,
                annotations: [],
            }).catch(() => undefined);
        }
        throw e;
    }
}
/** An invalid policy: each error logged, the list in the job summary and a failing check run, and the step failed. */
async function reportPolicyErrors(target, errors) {
    const { inputs, client, owner, repo, pr, lookup } = target;
    for (const e of errors)
        runner/* log */.Rm.error(e.message, { file: e.file, startLine: e.line, startColumn: e.col, title: 'sdlc-gate policy' });
    const list = errors.map((e) => `- ${(0,report_escape/* escapeMarkdown */.FV)((0,check/* formatPolicyError */.iv)(e))}`).join('\n');
    const summary = `### 🛑 sdlc-gate: the policy is invalid\n\nNothing was evaluated. Fix these and push again (\`sdlc-gate validate\` shows them locally):\n\n${list}\n`;
    await (0,runner/* writeSummary */.Sy)(summary);
    // A completed, failing check run, so branch protection shows why (never a check left pending).
    if (inputs.checkRun) {
        const written = await (0,check_run/* publishPolicyErrors */.Xn)({ client, owner, repo, name: inputs.checkName, headSha: pr.headSha, ...lookup }, errors, summary).catch((e) => ({ kind: 'forbidden', message: `the check run could not be written: ${e.message}` }));
        if (written.kind === 'forbidden')
            runner/* log */.Rm.warning(written.message);
    }
    core/* setOutput */.uH('status', 'fail');
    core/* setOutput */.uH('failed-gates', '');
    runner/* log */.Rm.setFailed(`sdlc-gate: the policy is invalid (${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}); nothing was evaluated`);
}
/** The evaluated report: result file, outputs and job summary first, then the check run (or workflow annotations), the comment, and the step's status. */
async function publishReport(target, report, comment) {
    const { inputs } = target;
    const { result } = report;
    report.links = (0,markdown/* linksFromEnvironment */.Rh)(process.env);
    const failedGates = result.gates.filter((g) => g.status === 'fail' || g.status === 'error').map((g) => g.id);
    const warnedGates = result.gates.filter((g) => g.status === 'warn').map((g) => g.id);
    const failsStep = inputs.failOn === 'error' ? failedGates.length > 0 : inputs.failOn === 'warning' ? failedGates.length + warnedGates.length > 0 : false;
    // The summary and outputs come first: whatever the API does next, they are not lost.
    const resultFile = await (0,runner/* writeResultFile */.tH)((0,json/* renderJson */.h)(result), inputs.checkName);
    core/* setOutput */.uH('status', result.status);
    core/* setOutput */.uH('failed-gates', failedGates.join(','));
    core/* setOutput */.uH('result-file', resultFile);
    await (0,runner/* writeSummary */.Sy)((0,markdown/* renderMarkdown */.Gc)(report, { maxBytes: markdown/* MAX_SUMMARY_BYTES */.Q0 }));
    const annotations = toAnnotations(result);
    const annotated = inputs.checkRun ? await publishReportCheckRun(target, report, failedGates, warnedGates, annotations) : false;
    if (!annotated)
        writeWorkflowAnnotations(annotations);
    if (inputs.comment !== 'never' && comment)
        await publishReportComment(target, report);
    if (failsStep) {
        const names = [...failedGates, ...(inputs.failOn === 'warning' ? warnedGates : [])];
        runner/* log */.Rm.setFailed(`sdlc-gate: ${names.length} ${names.length === 1 ? 'gate' : 'gates'} failed: ${names.join(', ')} — see the job summary or the pull request comment`);
    }
    else
        runner/* log */.Rm.info(`sdlc-gate: ${result.status}`);
}
/** The report's check run; whether it carries the annotations (false when it could not be written). */
async function publishReportCheckRun(target, report, failedGates, warnedGates, annotations) {
    const { inputs, client, owner, repo, pr, lookup } = target;
    const { result } = report;
    try {
        const blocking = result.status === 'fail' || (inputs.failOn === 'warning' && warnedGates.length > 0);
        const checkRun = await (0,check_run/* publishCheckRun */.Nm)({
            client,
            owner,
            repo,
            name: inputs.checkName,
            headSha: pr.headSha,
            ...lookup,
            conclusion: blocking ? 'failure' : 'success',
            title: failedGates.length ? `${failedGates.length} failed: ${failedGates.join(', ')}` : 'all gates passed or skipped',
            summary: (0,markdown/* renderMarkdown */.Gc)(report, { maxLength: 65_000, whole: 'job-summary' }),
            annotations,
        });
        if (checkRun.kind === 'forbidden')
            runner/* log */.Rm.warning(checkRun.message);
        else {
            if (checkRun.url && report.links)
                report.links.checkRun = checkRun.url;
            return true;
        }
    }
    catch (e) {
        runner/* log */.Rm.warning(`the check run could not be written: ${e.message}; findings are written as workflow annotations instead`);
    }
    return false;
}
/** The pull request comment (created, updated, or left alone when on-failure and the run passed). */
async function publishReportComment(target, report) {
    const { inputs, client, owner, repo, pr } = target;
    const marker = commentMarker(inputs.checkName);
    const body = (0,markdown/* renderMarkdown */.Gc)(report, { header: marker, maxLength: markdown/* MAX_COMMENT_LENGTH */.wT, whole: 'job-summary' });
    const onlyIfExists = inputs.comment === 'on-failure' && report.result.status === 'pass';
    try {
        const comment = await upsertComment({ client, owner, repo, issueNumber: pr.number, marker, tokenKind: tokenKind(inputs.token) }, body, onlyIfExists);
        if (comment?.kind === 'forbidden')
            runner/* log */.Rm.warning(comment.message);
        else if (comment)
            runner/* log */.Rm.info(`pull request comment ${comment.kind} (${comment.id})`);
    }
    catch (e) {
        runner/* log */.Rm.warning(`the pull request comment could not be written: ${e.message}; the report is in the job summary`);
    }
}
/** The policy read (API requests, bounded parsing) cut short when the budget is spent. */
async function withinBudget(work, remainingMs, budgetSeconds) {
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the policy could not be read within ${budgetSeconds} s (the timeout-seconds input); nothing was evaluated — check the API's availability, or raise timeout-seconds`)), Math.max(0, remainingMs));
    });
    try {
        return await Promise.race([work, expired]);
    }
    finally {
        clearTimeout(timer);
    }
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
