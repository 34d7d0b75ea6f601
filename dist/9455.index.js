export const id = 9455;
export const ids = [9455];
export const modules = {

/***/ 90853:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ planEvent),
/* harmony export */   RF: () => (/* binding */ MONITOR_EVENTS),
/* harmony export */   l: () => (/* binding */ PR_EVENTS)
/* harmony export */ });
/* unused harmony export mergeQueuePullNumber */
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82458);
/* harmony import */ var _facts_github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21564);


// Which events sdlc-gate evaluates and what it evaluates for each: a pull request's head against its base, or
// a merge queue's merge group (its head commit against its base, with the pull request it was built for).
// Events it does not evaluate end in a notice: a closed pull request, a draft when `drafts: skip`, an event
// that is not about a pull request.
/** The events of a monitor run (post-market surveillance), when the policy has a monitor: section. */
const MONITOR_EVENTS = ['schedule', 'workflow_dispatch'];
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
        const pr = (0,_facts_github_js__WEBPACK_IMPORTED_MODULE_0__/* .pullRequestFromPayload */ .rY)(raw);
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
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FactError */ .n('the merge_group event has no merge_group with head_sha and base_sha');
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

/***/ 9455:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _engine_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13970);
/* harmony import */ var _app_pull_request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66229);
/* harmony import */ var _facts_event_payload_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97652);
/* harmony import */ var _facts_github_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21564);
/* harmony import */ var _publish_check_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82875);
/* harmony import */ var _publish_comment_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(10282);
/* harmony import */ var _publish_runner_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(94353);
/* harmony import */ var _publish_workflow_annotations_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(40873);
/* harmony import */ var _report_annotations_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(91116);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(72527);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(97406);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(63021);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(99823);
/* harmony import */ var _evaluation_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(82869);
/* harmony import */ var _events_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(90853);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(21413);

















// The action: event → facts (checkout first, API for the rest) → the shared evaluation → every publisher.
/**
 * Runs the action. `workerEntry` is the file that, started as a worker thread with an EvaluationJob, evaluates
 * the gates (the bundle re-enters itself; see src/action.ts); without it the gates run in this thread.
 */
async function run(workerEntry, early) {
    try {
        const inputs = early ? early.inputs : (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .readInputs */ .K)();
        if (inputs instanceof Error)
            throw inputs;
        await runAction(inputs, workerEntry, early);
    }
    catch (e) {
        const message = e?.message ?? String(e);
        // Even a run that could not start leaves its reason where people look.
        await (0,_publish_runner_js__WEBPACK_IMPORTED_MODULE_7__/* .writeSummary */ .Sy)(`### 🛑 sdlc-gate could not run\n\n${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_10__/* .escapeMarkdown */ .FV)(message)}\n`).catch(() => undefined);
        _publish_runner_js__WEBPACK_IMPORTED_MODULE_7__/* .log */ .Rm.setFailed(`sdlc-gate: ${message}`);
    }
}
async function runAction(inputs, workerEntry, early) {
    const eventName = process.env.GITHUB_EVENT_NAME ?? '';
    const apiUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
    const budgetMs = inputs.timeoutSeconds * 1000;
    // The release record, the monitor and publish-result are imported only for the runs that do them.
    if (eventName === 'push' || eventName === 'release') {
        const { releaseTag, runRelease } = await Promise.all(/* import() */[__webpack_require__.e(2463), __webpack_require__.e(4353), __webpack_require__.e(4886), __webpack_require__.e(8353), __webpack_require__.e(1895), __webpack_require__.e(3555), __webpack_require__.e(5862), __webpack_require__.e(8149), __webpack_require__.e(8067), __webpack_require__.e(6468), __webpack_require__.e(2846), __webpack_require__.e(2245), __webpack_require__.e(108)]).then(__webpack_require__.bind(__webpack_require__, 6125));
        const tag = releaseTag(eventName, process.env.GITHUB_REF, await (0,_facts_event_payload_js__WEBPACK_IMPORTED_MODULE_3__/* .readEventPayload */ .N5)(process.env.GITHUB_EVENT_PATH));
        if (tag) {
            const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
            if (!owner || !repo)
                throw new Error('GITHUB_REPOSITORY is not set to owner/repo');
            if (!inputs.token)
                throw new Error('the token input is empty; pass token: ${{ github.token }}');
            return runRelease(tag, inputs, (0,_client_js__WEBPACK_IMPORTED_MODULE_12__/* .actionClient */ ._)(inputs, apiUrl, budgetMs), owner, repo, AbortSignal.timeout(budgetMs));
        }
    }
    // schedule/workflow_dispatch with a monitor: section
    if (_events_js__WEBPACK_IMPORTED_MODULE_14__/* .MONITOR_EVENTS */ .RF.includes(eventName) && (await (await Promise.all(/* import() */[__webpack_require__.e(2463), __webpack_require__.e(4353), __webpack_require__.e(4886), __webpack_require__.e(3555), __webpack_require__.e(5862), __webpack_require__.e(6468), __webpack_require__.e(5658)]).then(__webpack_require__.bind(__webpack_require__, 15658))).maybeRunMonitor(eventName, inputs)))
        return;
    if (!inputs.publishResult && !_events_js__WEBPACK_IMPORTED_MODULE_14__/* .PR_EVENTS */ .l.includes(eventName) && eventName !== 'merge_group') {
        // No event payload read and no request made.
        return skipRun(`sdlc-gate checks pull requests; this workflow ran on "${eventName || 'an unknown event'}", so nothing was checked. Trigger it on pull_request (and merge_group for a merge queue).`);
    }
    const payload = await (0,_facts_event_payload_js__WEBPACK_IMPORTED_MODULE_3__/* .readEventPayload */ .N5)(process.env.GITHUB_EVENT_PATH);
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        throw new Error('GITHUB_REPOSITORY is not set to owner/repo');
    if (!inputs.token)
        throw new Error('the token input is empty; pass token: ${{ github.token }}');
    // The budget (timeout-seconds) covers reading the policy and evaluating the gates; publishing gets its own
    // allowance after it, so a run that spent its budget still leaves its report.
    const started = Date.now();
    const client = early?.client ?? (0,_client_js__WEBPACK_IMPORTED_MODULE_12__/* .actionClient */ ._)(inputs, apiUrl, budgetMs + (0,_client_js__WEBPACK_IMPORTED_MODULE_12__/* .publishAllowanceMs */ .C)(budgetMs));
    if (inputs.publishResult)
        return (await Promise.all(/* import() */[__webpack_require__.e(2463), __webpack_require__.e(5565)]).then(__webpack_require__.bind(__webpack_require__, 45565))).publishResultFile({ inputs, eventName, payload, client, owner, repo });
    const plan = await (0,_events_js__WEBPACK_IMPORTED_MODULE_14__/* .planEvent */ .Qi)(eventName, payload, inputs.drafts, {
        pullRequest: (n) => new _facts_github_js__WEBPACK_IMPORTED_MODULE_4__/* .GitHubFacts */ .xc(client, owner, repo, inputs.maxFileBytes).pullRequest(n),
    });
    if (plan.kind === 'skip')
        return skipRun(plan.reason);
    const { pr } = plan;
    // The check run's look-up sent at start-up (src/action/early.ts), when it was for this head commit.
    const lookup = early?.checkRunLookup?.headSha === pr.headSha ? { before: early.checkRunLookup.run } : {};
    const mergeGroup = plan.mergeGroup ? { mergeGroup: plan.mergeGroup } : {};
    const prRun = (0,_evaluation_js__WEBPACK_IMPORTED_MODULE_13__/* .pullRequestRun */ .iM)({ inputs, pr, owner, repo, ...mergeGroup });
    const checkout = await (0,_app_pull_request_js__WEBPACK_IMPORTED_MODULE_2__/* .openCheckout */ .Hj)(process.env.GITHUB_WORKSPACE, prRun, (m) => _publish_runner_js__WEBPACK_IMPORTED_MODULE_7__/* .log */ .Rm.info(m));
    if (!checkout.checkout)
        _publish_runner_js__WEBPACK_IMPORTED_MODULE_7__/* .log */ .Rm.info(`reading the pull request through the API: ${checkout.reason}`);
    const { sources, api } = (0,_app_pull_request_js__WEBPACK_IMPORTED_MODULE_2__/* .pullRequestSources */ .Hc)(prRun, client, checkout.checkout, budgetMs, (m) => _publish_runner_js__WEBPACK_IMPORTED_MODULE_7__/* .log */ .Rm.info(m));
    const target = { inputs, client, owner, repo, pr, lookup };
    const loaded = await loadPolicyOrReport(target, () => (0,_engine_check_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPolicy */ .tb)(inputs.policy, sources, api.readRemotePolicy), budgetMs - (Date.now() - started));
    const outcome = loaded.ok
        ? {
            ok: true,
            report: {
                result: await (0,_evaluation_js__WEBPACK_IMPORTED_MODULE_13__/* .evaluateWithinBudget */ .aI)({
                    kind: _evaluation_js__WEBPACK_IMPORTED_MODULE_13__/* .WORKER_JOB */ .Vt,
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
    _publish_runner_js__WEBPACK_IMPORTED_MODULE_7__/* .log */ .Rm.notice(reason);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('status', 'skip');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('failed-gates', '');
    await (0,_publish_runner_js__WEBPACK_IMPORTED_MODULE_7__/* .writeSummary */ .Sy)(`### ⏭️ sdlc-gate: skipped\n\n${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_10__/* .escapeMarkdown */ .FV)(reason)}\n`);
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
            await (0,_publish_check_run_js__WEBPACK_IMPORTED_MODULE_5__/* .publishCheckRun */ .Nm)({
                client,
                owner,
                repo,
                name: inputs.checkName,
                headSha: pr.headSha,
                ...lookup,
                conclusion: 'failure',
                title: 'sdlc-gate could not run',
                summary: `### 🛑 sdlc-gate could not run\n\n${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_10__/* .escapeMarkdown */ .FV)(message)}\n`,
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
        _publish_runner_js__WEBPACK_IMPORTED_MODULE_7__/* .log */ .Rm.error(e.message, { file: e.file, startLine: e.line, startColumn: e.col, title: 'sdlc-gate policy' });
    const list = errors.map((e) => `- ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_10__/* .escapeMarkdown */ .FV)((0,_engine_check_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPolicyError */ .iv)(e))}`).join('\n');
    const summary = `### 🛑 sdlc-gate: the policy is invalid\n\nNothing was evaluated. Fix these and push again (\`sdlc-gate validate\` shows them locally):\n\n${list}\n`;
    await (0,_publish_runner_js__WEBPACK_IMPORTED_MODULE_7__/* .writeSummary */ .Sy)(summary);
    // A completed, failing check run, so branch protection shows why (never a check left pending).
    if (inputs.checkRun) {
        const written = await (0,_publish_check_run_js__WEBPACK_IMPORTED_MODULE_5__/* .publishPolicyErrors */ .Xn)({ client, owner, repo, name: inputs.checkName, headSha: pr.headSha, ...lookup }, errors, summary).catch((e) => ({ kind: 'forbidden', message: `the check run could not be written: ${e.message}` }));
        if (written.kind === 'forbidden')
            _publish_runner_js__WEBPACK_IMPORTED_MODULE_7__/* .log */ .Rm.warning(written.message);
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('status', 'fail');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('failed-gates', '');
    _publish_runner_js__WEBPACK_IMPORTED_MODULE_7__/* .log */ .Rm.setFailed(`sdlc-gate: the policy is invalid (${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}); nothing was evaluated`);
}
/** The evaluated report: result file, outputs and job summary first, then the check run (or workflow annotations), the comment, and the step's status. */
async function publishReport(target, report, comment) {
    const { inputs } = target;
    const { result } = report;
    report.links = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .linksFromEnvironment */ .Rh)(process.env);
    const failedGates = result.gates.filter((g) => g.status === 'fail' || g.status === 'error').map((g) => g.id);
    const warnedGates = result.gates.filter((g) => g.status === 'warn').map((g) => g.id);
    const failsStep = inputs.failOn === 'error' ? failedGates.length > 0 : inputs.failOn === 'warning' ? failedGates.length + warnedGates.length > 0 : false;
    // The summary and outputs come first: whatever the API does next, they are not lost.
    const resultFile = await (0,_publish_runner_js__WEBPACK_IMPORTED_MODULE_7__/* .writeResultFile */ .tH)((0,_report_json_js__WEBPACK_IMPORTED_MODULE_16__/* .renderJson */ .h)(result), inputs.checkName);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('status', result.status);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('failed-gates', failedGates.join(','));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('result-file', resultFile);
    await (0,_publish_runner_js__WEBPACK_IMPORTED_MODULE_7__/* .writeSummary */ .Sy)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .renderMarkdown */ .Gc)(report, { maxBytes: _report_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .MAX_SUMMARY_BYTES */ .Q0 }));
    const annotations = (0,_report_annotations_js__WEBPACK_IMPORTED_MODULE_9__/* .toAnnotations */ .g)(result);
    const annotated = inputs.checkRun ? await publishReportCheckRun(target, report, failedGates, warnedGates, annotations) : false;
    if (!annotated)
        (0,_publish_workflow_annotations_js__WEBPACK_IMPORTED_MODULE_8__/* .writeWorkflowAnnotations */ .p)(annotations);
    if (inputs.comment !== 'never' && comment)
        await publishReportComment(target, report);
    if (failsStep) {
        const names = [...failedGates, ...(inputs.failOn === 'warning' ? warnedGates : [])];
        _publish_runner_js__WEBPACK_IMPORTED_MODULE_7__/* .log */ .Rm.setFailed(`sdlc-gate: ${names.length} ${names.length === 1 ? 'gate' : 'gates'} failed: ${names.join(', ')} — see the job summary or the pull request comment`);
    }
    else
        _publish_runner_js__WEBPACK_IMPORTED_MODULE_7__/* .log */ .Rm.info(`sdlc-gate: ${result.status}`);
}
/** The report's check run; whether it carries the annotations (false when it could not be written). */
async function publishReportCheckRun(target, report, failedGates, warnedGates, annotations) {
    const { inputs, client, owner, repo, pr, lookup } = target;
    const { result } = report;
    try {
        const blocking = result.status === 'fail' || (inputs.failOn === 'warning' && warnedGates.length > 0);
        const checkRun = await (0,_publish_check_run_js__WEBPACK_IMPORTED_MODULE_5__/* .publishCheckRun */ .Nm)({
            client,
            owner,
            repo,
            name: inputs.checkName,
            headSha: pr.headSha,
            ...lookup,
            conclusion: blocking ? 'failure' : 'success',
            title: failedGates.length ? `${failedGates.length} failed: ${failedGates.join(', ')}` : 'all gates passed or skipped',
            summary: (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .renderMarkdown */ .Gc)(report, { maxLength: 65_000, whole: 'job-summary' }),
            annotations,
        });
        if (checkRun.kind === 'forbidden')
            _publish_runner_js__WEBPACK_IMPORTED_MODULE_7__/* .log */ .Rm.warning(checkRun.message);
        else {
            if (checkRun.url && report.links)
                report.links.checkRun = checkRun.url;
            return true;
        }
    }
    catch (e) {
        _publish_runner_js__WEBPACK_IMPORTED_MODULE_7__/* .log */ .Rm.warning(`the check run could not be written: ${e.message}; findings are written as workflow annotations instead`);
    }
    return false;
}
/** The pull request comment (created, updated, or left alone when on-failure and the run passed). */
async function publishReportComment(target, report) {
    const { inputs, client, owner, repo, pr } = target;
    const marker = (0,_publish_comment_js__WEBPACK_IMPORTED_MODULE_6__/* .commentMarker */ .Ql)(inputs.checkName);
    const body = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .renderMarkdown */ .Gc)(report, { header: marker, maxLength: _report_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .MAX_COMMENT_LENGTH */ .wT, whole: 'job-summary' });
    const onlyIfExists = inputs.comment === 'on-failure' && report.result.status === 'pass';
    try {
        const comment = await (0,_publish_comment_js__WEBPACK_IMPORTED_MODULE_6__/* .upsertComment */ .lB)({ client, owner, repo, issueNumber: pr.number, marker, tokenKind: (0,_publish_comment_js__WEBPACK_IMPORTED_MODULE_6__/* .tokenKind */ .aA)(inputs.token) }, body, onlyIfExists);
        if (comment?.kind === 'forbidden')
            _publish_runner_js__WEBPACK_IMPORTED_MODULE_7__/* .log */ .Rm.warning(comment.message);
        else if (comment)
            _publish_runner_js__WEBPACK_IMPORTED_MODULE_7__/* .log */ .Rm.info(`pull request comment ${comment.kind} (${comment.id})`);
    }
    catch (e) {
        _publish_runner_js__WEBPACK_IMPORTED_MODULE_7__/* .log */ .Rm.warning(`the pull request comment could not be written: ${e.message}; the report is in the job summary`);
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

/***/ 10282:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   aA: () => (/* binding */ tokenKind),
/* harmony export */   lB: () => (/* binding */ upsertComment)
/* harmony export */ });
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9452);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26749);


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
            if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .apiErrorStatus */ .RK)(e) === 403)
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
    const body = (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(rawBody);
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
        const status = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .apiErrorStatus */ .RK)(e);
        if (status === 403 || status === 404) {
            return {
                kind: 'forbidden',
                message: `${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeApiError */ .gg)(e, `the pull request comment on #${t.issueNumber}`, 'pull-requests: write')} (pull requests from forks get a read-only token); the report is in the job summary instead`,
            };
        }
        throw e;
    }
}


/***/ }),

/***/ 40873:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ writeWorkflowAnnotations)
/* harmony export */ });
/* unused harmony export STEP_ANNOTATIONS_PER_LEVEL */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26749);


// Findings as workflow commands, when the check run cannot carry them (a read-only token, as on a fork's pull
// request). GitHub shows at most 10 errors, 10 warnings and 10 notices per step and drops the rest silently, so
// the most important are written (failures first), one error is left for the step's own failure message, and
// one notice says how many more there are and where they are.
const STEP_ANNOTATIONS_PER_LEVEL = 10;
/** The runner's workflow commands, with the token redacted and terminal control sequences stripped. */
const clean = (p) => p && { ...p, ...(p.file ? { file: (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeOutput */ .Bn)(p.file) } : {}), ...(p.title ? { title: (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeOutput */ .Bn)(p.title) } : {}) };
const runnerCommands = {
    error: (m, p) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeOutput */ .Bn)(m), clean(p)),
    warning: (m, p) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeOutput */ .Bn)(m), clean(p)),
    notice: (m, p) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeOutput */ .Bn)(m), clean(p)),
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


/***/ }),

/***/ 91116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ toAnnotations)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26749);

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
                path: (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeOutput */ .Bn)(f.file),
                start_line: start,
                end_line: f.endLine && f.endLine >= start ? f.endLine : start,
                annotation_level: level,
                title: (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeOutput */ .Bn)(`${gate.id}${gate.rule === gate.id ? '' : ` (${gate.rule})`}`).slice(0, MAX_TITLE),
                message: (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeOutput */ .Bn)(f.help ? `${f.message}\n${f.help}` : f.message).slice(0, MAX_MESSAGE),
            });
        }
    }
    return annotations;
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
