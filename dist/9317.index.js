export const id = 9317;
export const ids = [9317];
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

/***/ 69441:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startEarly: () => (/* binding */ startEarly)
/* harmony export */ });
/* harmony import */ var _facts_event_payload_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97652);
/* harmony import */ var _publish_check_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82875);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99823);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21413);




const isSha = (v) => typeof v === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(v);
/** The head commit a check run will be written on, when the event will surely be evaluated. */
function headToCheck(eventName, payload, inputs) {
    if (eventName === 'merge_group') {
        const group = payload.merge_group;
        return isSha(group?.head_sha) && isSha(group?.base_sha) ? group.head_sha : undefined;
    }
    const pr = payload.pull_request;
    if (!pr || payload.action === 'closed' || pr.state === 'closed' || (pr.draft === true && inputs.drafts === 'skip'))
        return undefined;
    return isSha(pr.head?.sha) ? pr.head.sha : undefined;
}
function startEarly() {
    let inputs;
    try {
        inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readInputs */ .K)();
    }
    catch (e) {
        return { inputs: e };
    }
    try {
        const eventName = process.env.GITHUB_EVENT_NAME ?? '';
        const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
        if (!inputs.checkRun || inputs.publishResult || !inputs.token || !owner || !repo || !process.env.GITHUB_EVENT_PATH)
            return { inputs };
        if (!['pull_request', 'pull_request_target', 'pull_request_review', 'merge_group'].includes(eventName))
            return { inputs };
        // Small and local; read again (with its errors reported) by the run itself.
        const payload = (0,_facts_event_payload_js__WEBPACK_IMPORTED_MODULE_0__/* .readEventPayloadSync */ .gd)(process.env.GITHUB_EVENT_PATH);
        const headSha = headToCheck(eventName, payload, inputs);
        if (!headSha)
            return { inputs };
        const budgetMs = inputs.timeoutSeconds * 1000;
        const client = (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .actionClient */ ._)(inputs, process.env.GITHUB_API_URL || 'https://api.github.com', budgetMs + (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .publishAllowanceMs */ .C)(budgetMs));
        const run = (0,_publish_check_run_js__WEBPACK_IMPORTED_MODULE_1__/* .latestCheckRun */ .tp)(client, owner, repo, headSha, inputs.checkName);
        run.catch(() => undefined); // awaited (and its error handled) when the check run is written
        return { inputs, client, checkRunLookup: { headSha, run } };
    }
    catch {
        return { inputs };
    }
}


/***/ }),

/***/ 21413:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readInputs)
/* harmony export */ });
/* unused harmony export InputError */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _app_defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73377);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26749);



class InputError extends Error {
}
function choice(name, allowed, fallback) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim() || fallback;
    if (!allowed.includes(value))
        throw new InputError(`input "${name}" is "${value}"; it must be one of ${allowed.join(', ')}`);
    return value;
}
function positiveNumber(name, fallback) {
    const raw = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
    if (!raw)
        return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0)
        throw new InputError(`input "${name}" is "${raw}"; it must be a positive number`);
    return value;
}
/** Every input, read once; empty inputs take the documented defaults. */
function readInputs() {
    const token = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('token');
    if (token) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(token);
        (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(token);
    }
    const checkRun = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('check-run').trim() || 'true';
    if (!['true', 'false'].includes(checkRun))
        throw new InputError(`input "check-run" is "${checkRun}"; it must be true or false`);
    return {
        policy: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('policy').trim() || _app_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_POLICY_PATH */ .l,
        token,
        comment: choice('comment', ['always', 'on-failure', 'never'], 'always'),
        checkRun: checkRun === 'true',
        checkName: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('check-name').trim() || 'sdlc-gate',
        failOn: choice('fail-on', ['error', 'warning', 'never'], 'error'),
        timeoutSeconds: positiveNumber('timeout-seconds', 300),
        maxFileBytes: Math.floor(positiveNumber('max-file-bytes', 5 * 1024 * 1024)),
        drafts: choice('drafts', ['evaluate', 'skip'], 'evaluate'),
        ...(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('publish-result').trim() ? { publishResult: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('publish-result').trim() } : {}),
    };
}


/***/ }),

/***/ 73377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ DEFAULT_POLICY_PATH),
/* harmony export */   m: () => (/* binding */ MAX_POLICY_BYTES)
/* harmony export */ });
// Defaults the entry points share: one place, so the CLI and the action read the same policy by default.
/** Where the policy lives when neither --policy nor the `policy` input names it. */
const DEFAULT_POLICY_PATH = '.github/sdlc-gate.yml';
/** The largest policy file (or file it extends) read, in bytes. */
const MAX_POLICY_BYTES = 1024 * 1024;


/***/ }),

/***/ 97652:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   ZT: () => (/* binding */ readEventPayloadOrEmpty),
/* harmony export */   gd: () => (/* binding */ readEventPayloadSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);


// The workflow's event payload (GITHUB_EVENT_PATH), as the runner wrote it.
/** The payload; an error saying what to do when it is not there or not JSON. */
async function readEventPayload(path) {
    if (!path)
        throw new Error('GITHUB_EVENT_PATH is not set; run sdlc-gate as a step of a workflow');
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8'));
    }
    catch (e) {
        throw new Error(`the event payload at GITHUB_EVENT_PATH cannot be read: ${e.message}`, { cause: e });
    }
}
/** The payload, or an empty one when it cannot be had (for what only improves with it, like the default branch's name). */
async function readEventPayloadOrEmpty(path) {
    if (!path)
        return {};
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8'));
    }
    catch {
        return {};
    }
}
/** The payload read at once, for the action's first request before anything else is loaded; throws when it cannot be read. */
function readEventPayloadSync(path) {
    return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
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

/***/ 82875:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nm: () => (/* binding */ publishCheckRun),
/* harmony export */   Xn: () => (/* binding */ publishPolicyErrors),
/* harmony export */   tp: () => (/* binding */ latestCheckRun)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_REQUEST, MAX_CHECK_SUMMARY, supersededName */
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9452);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26749);


// The check run on the PR's head commit, with every annotation: GitHub takes 50 per request, so the first
// 50 go with the creation and the rest follow in PATCHes.
const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit on a check run's output.summary. */
const MAX_CHECK_SUMMARY = 65_535;
/** Every check run named `name` on the commit (one page of 100: more than that of one name is not a race). */
async function runsNamed(client, owner, repo, headSha, name) {
    const { data } = await client.rest.checks.listForRef({ owner, repo, ref: headSha, check_name: name, filter: 'all', per_page: 100 });
    return data.check_runs;
}
/** The newest check run named `name` on the commit, if any. */
async function latestCheckRun(client, owner, repo, headSha, name) {
    let newest;
    for (const run of await runsNamed(client, owner, repo, headSha, name))
        if (!newest || run.id > newest.id)
            newest = run;
    return newest;
}
const latestRun = (r) => latestCheckRun(r.client, r.owner, r.repo, r.headSha, r.name);
/** The name a duplicate is renamed to, so that one run of the check's name stays on the commit. */
const supersededName = (name) => `${name} (superseded)`;
/**
 * Two runs on one head commit can both find no check run and both create one: GitHub has no conditional create
 * and no deletion of check runs. So after creating, the runs of the name created since the look-up (by the same
 * app) are listed, and the oldest is kept: a newer one — ours — is renamed (PATCH may change a run's name) and
 * completed as neutral, pointing at the one kept. Each run only ever changes its own, so any interleaving of
 * the two ends with one run of the name.
 */
async function settleRace(r, created, before) {
    const runs = await runsNamed(r.client, r.owner, r.repo, r.headSha, r.name);
    const sameApp = (run) => run.app?.id === undefined || created.app?.id === undefined || run.app.id === created.app.id;
    let oldest = created;
    for (const run of runs)
        if (run.id < oldest.id && (!before || run.id > before.id) && sameApp(run))
            oldest = run;
    if (oldest.id === created.id)
        return created;
    await r.client.rest.checks.update({
        owner: r.owner,
        repo: r.repo,
        check_run_id: created.id,
        name: supersededName(r.name),
        status: 'completed',
        conclusion: 'neutral',
        output: {
            title: `superseded by check run ${oldest.id}`,
            summary: `Another ${r.name} run on this commit created check run ${oldest.id} at the same time; that one holds the result, and this one was set aside so that the commit has one "${r.name}" check run.`,
        },
    });
    return oldest;
}
function isAnswer(e) {
    const status = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .apiErrorStatus */ .RK)(e);
    return status !== undefined && status < 500;
}
/**
 * One check run per name and head commit. The run is looked up by name first: one without annotations (a
 * re-run, another run that raced this one and found nothing to annotate) is completed in place; one that
 * carries annotations is superseded by a new run (GitHub shows the newest run of a name; annotations cannot be
 * removed from a run, and stale ones on the run that gates the merge would mislead). A creation whose answer
 * was lost (a 5xx or no answer, after GitHub may have created it) is recovered by looking up again, never
 * sent twice.
 */
async function publishCheckRun(request) {
    const r = redactCheckRun(request);
    const output = (annotations) => ({
        title: r.title.slice(0, 255),
        summary: r.summary.length > MAX_CHECK_SUMMARY ? `${r.summary.slice(0, MAX_CHECK_SUMMARY - 40)}\n\n… cut to GitHub's size limit.` : r.summary,
        annotations,
    });
    const batches = [];
    for (let i = 0; i < r.annotations.length; i += ANNOTATIONS_PER_REQUEST)
        batches.push(r.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    const rest = async (id) => {
        for (const batch of batches.slice(1)) {
            await r.client.rest.checks.update({ owner: r.owner, repo: r.repo, check_run_id: id, output: output(batch) });
        }
    };
    try {
        const before = r.before ? await r.before : await latestRun(r);
        if (before && !(before.output?.annotations_count ?? 0)) {
            await r.client.rest.checks.update({
                owner: r.owner,
                repo: r.repo,
                check_run_id: before.id,
                status: 'completed',
                conclusion: r.conclusion,
                completed_at: new Date().toISOString(),
                output: output(batches[0] ?? []),
            });
            await rest(before.id);
            return { kind: 'updated', id: before.id, ...(before.html_url ? { url: before.html_url } : {}) };
        }
        let created;
        try {
            ({ data: created } = await r.client.rest.checks.create({
                owner: r.owner,
                repo: r.repo,
                name: r.name,
                head_sha: r.headSha,
                status: 'completed',
                conclusion: r.conclusion,
                output: output(batches[0] ?? []),
                // Not repeated on a 5xx or a lost answer: looked up instead (below).
                request: { retries: 0 },
            }));
        }
        catch (e) {
            if (isAnswer(e))
                throw e;
            // The answer was lost: GitHub may have created it. A run newer than the one seen before is ours.
            const after = await latestRun(r).catch(() => undefined);
            if (!after || (before && after.id <= before.id))
                throw e;
            created = after;
        }
        // The run is written; a race that cannot be settled (the list or the rename failed) leaves it as it is.
        const kept = await settleRace(r, created, before).catch(() => created);
        if (kept.id !== created.id)
            return { kind: 'updated', id: kept.id, ...(kept.html_url ? { url: kept.html_url } : {}) };
        await rest(created.id);
        return { kind: 'created', id: created.id, ...(created.html_url ? { url: created.html_url } : {}) };
    }
    catch (e) {
        const status = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .apiErrorStatus */ .RK)(e);
        if (status === 403 || status === 404) {
            return {
                kind: 'forbidden',
                message: `${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeApiError */ .gg)(e, 'creating the check run', 'checks: write')} (pull requests from forks get a read-only token); findings were written as workflow annotations instead`,
            };
        }
        throw e;
    }
}
/** A policy that did not load: a completed, failing check run with each error on its line of the policy file. */
async function publishPolicyErrors(r, errors, summary) {
    return publishCheckRun({
        ...r,
        conclusion: 'failure',
        title: `the policy is invalid (${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}); nothing was evaluated`,
        summary,
        annotations: errors.map((e) => {
            const line = e.line > 0 ? e.line : 1;
            return {
                path: e.file,
                start_line: line,
                end_line: line,
                annotation_level: 'failure',
                title: 'sdlc-gate policy',
                message: e.message.slice(0, 64 * 1024 - 1),
            };
        }),
    });
}
/** No secret leaves in the check run: title, summary and every annotation pass the redaction filter. */
function redactCheckRun(r) {
    return {
        ...r,
        title: (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(r.title),
        summary: (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(r.summary),
        annotations: r.annotations.map((a) => ({
            ...a,
            path: (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(a.path),
            title: (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(a.title),
            message: (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(a.message),
        })),
    };
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
