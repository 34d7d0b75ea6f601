export const id = 6396;
export const ids = [6396];
export const modules = {

/***/ 64506:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nF: () => (/* binding */ monitorCheckout),
  wn: () => (/* binding */ monitorLocal),
  YX: () => (/* binding */ planCheckoutMonitor)
});

// EXTERNAL MODULE: ./lib/facts/git/index.js + 7 modules
var git = __webpack_require__(82536);
// EXTERNAL MODULE: ./lib/facts/osv.js
var osv = __webpack_require__(94571);
// EXTERNAL MODULE: ./lib/core/types.js
var types = __webpack_require__(82458);
;// CONCATENATED MODULE: ./lib/facts/refs.js

// The monitor's view of a local git repository: its tags, its default branch, and files at any commit.
function gitMonitorSources(repo, options = {}) {
    return {
        async tags() {
            const out = await repo.run(['for-each-ref', '--format=%(refname:strip=2)', 'refs/tags']);
            return out.split('\n').filter(Boolean);
        },
        async defaultBranch() {
            if (options.defaultBranch)
                return options.defaultBranch;
            for (const args of [
                ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'],
                ['symbolic-ref', '--quiet', '--short', 'HEAD'],
            ]) {
                try {
                    const name = (await repo.run(args)).trim();
                    if (name)
                        return name.replace(/^origin\//, '');
                }
                catch {
                    // not a symbolic ref here; try the next
                }
            }
            throw new types/* FactError */.n('the default branch cannot be told (no origin/HEAD, and HEAD is detached) — check the default branch out, or name the refs with --ref');
        },
        async resolve(ref) {
            for (const name of [`refs/tags/${ref}`, `refs/heads/${ref}`, `refs/remotes/origin/${ref}`]) {
                const sha = await repo.resolveCommit(name);
                if (sha)
                    return sha;
            }
            return /^[0-9a-f]{7,40}$/i.test(ref) ? repo.resolveCommit(ref) : undefined;
        },
        listFiles: async (sha) => (await repo.listTree(sha)).filter((e) => e.type === 'blob').map((e) => e.path),
        readFile: (sha, path, maxBytes) => repo.readFile(sha, path, maxBytes),
        ...(options.osvScan ? { osvScan: options.osvScan } : {}),
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./lib/facts/state-file.js


// The monitor's state file given to the CLI (--state): its bytes, or undefined when there is none yet.
async function readStateFile(cwd, path) {
    try {
        return await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, path));
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}

// EXTERNAL MODULE: ./lib/policy/load.js + 2 modules
var load = __webpack_require__(16518);
// EXTERNAL MODULE: ./lib/rules/index.js + 5 modules
var rules = __webpack_require__(95173);
;// CONCATENATED MODULE: ./lib/monitor/load.js


const MAX_POLICY_BYTES = 1024 * 1024;
/**
 * The policy as committed on the default branch (the monitor watches what the manufacturer maintains there, not
 * what a work tree or a pull request says). undefined when the file is not on that branch.
 */
async function loadPolicyAtDefaultBranch(sources, path, readRemote) {
    const branch = await sources.defaultBranch();
    const sha = await sources.resolve(branch);
    if (!sha)
        return { branch, missing: `the default branch ${branch} is not in the repository — fetch it` };
    const read = async (p) => (await sources.readFile(sha, p, MAX_POLICY_BYTES))?.text;
    const text = await read(path);
    if (text === undefined)
        return { branch, missing: `${path} is not on the default branch ${branch} — commit the policy there, or name it with --policy` };
    return { branch, sha, loaded: await new load/* PolicyLoader */.e4(rules/* RULES */.y).load(path, text, read, readRemote) };
}

// EXTERNAL MODULE: ./lib/monitor/monitor.js
var monitor = __webpack_require__(91608);
// EXTERNAL MODULE: ./lib/monitor/state.js
var monitor_state = __webpack_require__(93099);
// EXTERNAL MODULE: ./lib/report/monitor.js
var report_monitor = __webpack_require__(48476);
// EXTERNAL MODULE: ./lib/app/defaults.js
var defaults = __webpack_require__(73377);
// EXTERNAL MODULE: ./lib/app/errors.js
var errors = __webpack_require__(6208);
// EXTERNAL MODULE: ./lib/app/work-tree.js
var work_tree = __webpack_require__(67451);
;// CONCATENATED MODULE: ./lib/app/monitor.js













// The monitor use case: post-market surveillance of the released versions (tags) and watched branches — on a local
// clone (the CLI, its state kept in a file) or on the runner's checkout (the action, its state in tracking issues).
const MAX_STATE_BYTES = 64 * 1024 * 1024;
async function monitorLocal(input) {
    const repo = await (0,work_tree/* openRepository */.h)(input.cwd, input.repo, 'work tree');
    const state = input.state ? await readState(input.cwd, input.state) : (0,monitor_state/* emptyState */.p$)();
    const sources = gitMonitorSources(repo, {
        osvScan: (0,osv/* createOsvSource */.CD)({ deadline: AbortSignal.timeout(600_000), requestTimeoutMs: 30_000, retries: 2, retryDelayMs: 500 }),
    });
    const policy = await loadPolicyAtDefaultBranch(sources, input.policy ?? defaults/* DEFAULT_POLICY_PATH */.l);
    if ('missing' in policy)
        throw new errors/* UsageError */.e(policy.missing);
    if (!policy.loaded.ok)
        return { ok: false, branch: policy.branch, errors: policy.loaded.errors };
    let outcome;
    try {
        outcome = await (0,monitor/* runMonitor */.aU)({
            policy: policy.loaded.policy,
            sources,
            now: input.now,
            ...(input.refs ? { refs: input.refs } : {}),
            state,
        });
    }
    catch (e) {
        if (e instanceof monitor/* MonitorPolicyError */.H4)
            throw new errors/* UsageError */.e(e.message);
        throw e;
    }
    const { result } = outcome;
    const rendered = input.format === 'json'
        ? (0,report_monitor/* renderMonitorJson */.LK)(result)
        : input.format === 'markdown'
            ? (0,report_monitor/* renderMonitorMarkdown */.QP)(result)
            : (0,report_monitor/* renderMonitorText */.As)(result);
    return { ok: true, result, rendered, ...(input.state ? { state: (0,monitor_state/* renderState */.Cn)(outcome.state) } : {}) };
}
async function readState(cwd, path) {
    let bytes;
    try {
        bytes = await readStateFile(cwd, path);
    }
    catch (e) {
        throw new errors/* UsageError */.e(`--state ${path}: ${e.message}`);
    }
    // No file yet: the first run starts the clocks today and writes it.
    if (bytes === undefined)
        return (0,monitor_state/* emptyState */.p$)();
    if (bytes.length > MAX_STATE_BYTES)
        throw new errors/* UsageError */.e(`--state ${path} is larger than ${MAX_STATE_BYTES} bytes, more than sdlc-gate monitor writes — point --state at the file the monitor wrote`);
    try {
        return (0,monitor_state/* parseState */.Bu)(bytes.toString('utf8'), path);
    }
    catch (e) {
        throw new errors/* UsageError */.e(e.message);
    }
}
/** Whether this scheduled run is a monitor run, and if so the policy on the default branch and the checkout's sources. */
async function planCheckoutMonitor(input) {
    const { workspace, api, defaultBranch, policyPath, timeoutMs: ms } = input;
    const repo = workspace ? new git/* GitRepo */.tr(workspace, input.maxFileBytes) : undefined;
    if (!repo || !(await repo.isRepository())) {
        // Without a checkout the policy is read through the API, only to tell whether this is a monitor run at all.
        const text = await api.readFile(defaultBranch ?? 'HEAD', policyPath).catch(() => undefined);
        const loaded = text
            ? await new load/* PolicyLoader */.e4(rules/* RULES */.y).load(policyPath, text.text, async (p) => (await api.readFile(defaultBranch ?? 'HEAD', p).catch(() => undefined))?.text, api.readRemotePolicy)
            : undefined;
        if (!loaded?.ok || !loaded.policy.monitor)
            return { kind: 'not-monitor' };
        throw new Error(`a ${input.eventName} run reads the released versions from a checkout, and ${workspace ?? 'GITHUB_WORKSPACE'} is none — add actions/checkout with fetch-depth: 0 (so the tags are there) before sdlc-gate`);
    }
    const sources = gitMonitorSources(repo, {
        ...(defaultBranch ? { defaultBranch } : {}),
        osvScan: (0,osv/* createOsvSource */.CD)({
            deadline: input.deadline,
            requestTimeoutMs: Math.min(30_000, ms / 4),
            retries: 3,
            retryDelayMs: Math.min(1000, ms / 60),
            log: input.log,
        }),
    });
    const policy = await loadPolicyAtDefaultBranch(sources, policyPath, api.readRemotePolicy);
    if ('missing' in policy)
        return { kind: 'not-monitor' }; // no policy on the default branch: not a monitor run
    if (!policy.loaded.ok)
        return { kind: 'invalid-policy', branch: policy.branch, errors: policy.loaded.errors };
    if (!policy.loaded.policy.monitor)
        return { kind: 'not-monitor' };
    return { kind: 'monitor', policy: policy.loaded.policy, sources, labels: policy.loaded.policy.monitor.labels };
}
/** One monitor run over the checkout's sources, from the state the tracking issues hold. */
async function monitorCheckout(plan, state, now) {
    return (await (0,monitor/* runMonitor */.aU)({ policy: plan.policy, sources: plan.sources, now, state })).result;
}


/***/ }),

/***/ 26396:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   monitor: () => (/* binding */ monitor)
/* harmony export */ });
/* harmony import */ var _app_monitor_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64506);
/* harmony import */ var _app_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6208);
/* harmony import */ var _engine_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13970);
/* harmony import */ var _publish_output_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85733);
/* harmony import */ var _run_command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67755);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84761);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28805);







// `sdlc-gate monitor`: post-market surveillance of the released versions (tags) and watched branches.
// Exit 0 nothing open at or above fail_on (or in KEV) and every ref checked; 1 otherwise; 2 usage or policy errors.
// Components that cannot be looked up (no purl, a purl OSV has no ecosystem for) do not fail the run, as they do not
// fail the vulnerabilities gate: each output lists them per ref, and stderr says how many (docs/monitor.md).
function monitor(args, io) {
    return (0,_run_command_js__WEBPACK_IMPORTED_MODULE_3__/* .runCommand */ .d1)('monitor', _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .MONITOR_USAGE */ .t, io, () => run(args, io), { code: 1, note: 'nothing was checked' });
}
async function run(args, io) {
    const s = { type: 'string' };
    const opts = (0,_run_command_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFlags */ .bQ)(args, { repo: s, policy: s, ref: { type: 'string', multiple: true }, now: s, state: s, format: s, output: s });
    const format = (0,_run_command_js__WEBPACK_IMPORTED_MODULE_3__/* .oneOf */ .yL)('format', opts.format, ['text', 'json', 'markdown'], 'text');
    let now = new Date();
    if (opts.now !== undefined) {
        // A full date or date-time (ISO 8601); anything Date.parse guesses at (e.g. "tomorrow") is refused.
        if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(opts.now) ||
            !Number.isFinite(Date.parse(opts.now))) {
            throw new _app_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`--now "${opts.now}" is not an ISO 8601 date (e.g. 2026-03-01 or 2026-03-01T06:17:00Z)`);
        }
        now = new Date(Date.parse(opts.now));
    }
    const outcome = await (0,_app_monitor_js__WEBPACK_IMPORTED_MODULE_0__/* .monitorLocal */ .wn)({ cwd: io.cwd, ...opts, ...(opts.ref ? { refs: opts.ref } : {}), now, format });
    if (!outcome.ok) {
        for (const e of outcome.errors)
            io.stderr(`${(0,_engine_check_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPolicyError */ .iv)(e)}\n`);
        io.stderr(`sdlc-gate monitor: the policy on ${outcome.branch} is invalid; nothing was checked\n`);
        return 2;
    }
    const { result, rendered } = outcome;
    // The state keeps first sight; a run that could not check everything still records what it did see.
    if (opts.state && outcome.state !== undefined)
        await (0,_publish_output_file_js__WEBPACK_IMPORTED_MODULE_2__/* .writeOutputFile */ .B)(io.cwd, opts.state, outcome.state);
    if (opts.output) {
        await (0,_publish_output_file_js__WEBPACK_IMPORTED_MODULE_2__/* .writeOutputFile */ .B)(io.cwd, opts.output, rendered);
        io.stderr(`sdlc-gate monitor: ${result.status}; ${format} written to ${opts.output}\n`);
    }
    else
        io.stdout(rendered);
    if (result.unchecked.length || result.problems.length)
        io.stderr(`sdlc-gate monitor: not checked: ${result.unchecked.join(', ') || 'every ref'}\n`);
    if (result.components_not_checked) {
        const refs = result.refs.filter((r) => r.not_checked.length).map((r) => `${r.ref} (${r.not_checked.length})`);
        io.stderr(`sdlc-gate monitor: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(result.components_not_checked, 'component')} could not be checked for vulnerabilities: ${refs.join(', ')} — see each ref's not_checked\n`);
    }
    return result.status === 'pass' ? 0 : 1;
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

/***/ 48476:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ renderMonitorText),
/* harmony export */   LK: () => (/* binding */ renderMonitorJson),
/* harmony export */   QP: () => (/* binding */ renderMonitorMarkdown),
/* harmony export */   kX: () => (/* binding */ displayId)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72527);
/* harmony import */ var _not_checked_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81791);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28805);



// The monitor's result as JSON (sdlc-gate/monitor@1), plain text for a terminal, and Markdown for the job summary.
function renderMonitorJson(result) {
    return `${JSON.stringify(result, null, 2)}\n`;
}
const day = (iso) => iso.slice(0, 10);
/** Why a ref the policy no longer names is watched. */
const KEPT = 'still watched: it had an open vulnerability at the last run';
/** How many not-checked components a text or Markdown listing names per ref; the JSON lists them all. */
const NOT_CHECKED_LISTED = 25;
/** "2 older release tags matching releases are not watched (max_releases): v1.0.0, v0.9.0 — …". */
function notWatchedLine(result) {
    const n = result.not_watched.length;
    const listed = result.not_watched.slice(0, NOT_CHECKED_LISTED).join(', ');
    return `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(n, 'older release tag')} matching releases ${n === 1 ? 'is' : 'are'} not watched (max_releases): ${listed}${n > NOT_CHECKED_LISTED ? `, and ${n - NOT_CHECKED_LISTED} more` : ''} — raise monitor.max_releases if they are still in the field`;
}
function notCheckedLine(n) {
    return `${(0,_not_checked_js__WEBPACK_IMPORTED_MODULE_2__/* .notCheckedComponentText */ .l)(n)}: ${n.reason}`;
}
/** "3 components not checked (2 no OSV ecosystem, 1 no purl)". */
function notCheckedSummary(list) {
    const by = new Map();
    for (const n of list)
        by.set(n.reason, (by.get(n.reason) ?? 0) + 1);
    const reasons = [...by].map(([r, k]) => `${k} ${r}`).join(', ');
    return `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(list.length, 'component')} not checked (${reasons})`;
}
function counts(ref) {
    const n = (s) => ref.findings.filter((f) => f.status === s).length;
    const overdue = ref.findings.filter((f) => f.overdue).length;
    const checked = `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(ref.components_checked, 'component')} checked`;
    return `${n('open')} open${overdue ? ` (${overdue} overdue)` : ''}, ${n('assessed')} assessed, ${n('fixed')} fixed; ${checked}`;
}
/** The vulnerability as people name it: the CVE first when it has one, the OSV id beside it. */
function displayId(f) {
    const cve = f.id.startsWith('CVE-') ? undefined : f.aliases.find((a) => a.startsWith('CVE-'));
    return cve ? `${cve} (${f.id})` : f.id;
}
function severityText(f) {
    return `${f.severity}${f.score !== undefined ? ` ${f.score}` : ''}${f.kev ? ', in CISA KEV' : ''}`;
}
function assessmentText(f) {
    const a = f.assessment;
    if (!a)
        return '';
    return `${a.status}${a.justification ? ` (${a.justification})` : ''}${a.stale ? ' — stale' : ''}; ${a.file}${a.line ? `:${a.line}` : ''} on ${a.ref}${a.timestamp ? `, ${day(a.timestamp)}` : ''}`;
}
function clockText(f) {
    if (f.status !== 'open')
        return `first seen ${day(f.first_seen)}`;
    const late = f.passed === 'remediate' ? ' — OVERDUE: remediate-by passed' : f.passed === 'respond' ? ' — OVERDUE: respond-by passed' : '';
    return `first seen ${day(f.first_seen)}, respond by ${day(f.respond_by)}, remediate by ${day(f.remediate_by)}${late}`;
}
function renderMonitorText(result) {
    const lines = [];
    lines.push(`sdlc-gate monitor: ${result.status.toUpperCase()} on ${day(result.now)} (fail_on ${result.fail_on}; respond within ${result.respond_within_days} days, remediate within ${result.remediate_within_days})`);
    if (result.components_not_checked)
        lines.push(`  ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(result.components_not_checked, 'component')} could not be checked for vulnerabilities (listed per ref below): no vulnerabilities are known for them because none were looked up`);
    if (result.not_watched.length)
        lines.push(`  ${notWatchedLine(result)}`);
    for (const p of result.problems)
        lines.push(`  problem: ${p}`);
    for (const ref of result.refs) {
        lines.push('');
        lines.push(`${ref.ref} (${ref.kind}${ref.sha ? ` ${ref.sha.slice(0, 7)}` : ''}${ref.kept_open ? `, ${KEPT}` : ''}): ${ref.checked ? counts(ref) : 'NOT CHECKED'}${ref.sboms.length ? ` — ${ref.sboms.join(', ')}` : ''}`);
        for (const p of ref.problems)
            lines.push(`  problem: ${p}`);
        if (ref.not_checked.length) {
            lines.push(`  NOT CHECKED: ${notCheckedSummary(ref.not_checked)}`);
            for (const n of ref.not_checked.slice(0, NOT_CHECKED_LISTED))
                lines.push(`           ${notCheckedLine(n)}`);
            if (ref.not_checked.length > NOT_CHECKED_LISTED)
                lines.push(`           and ${ref.not_checked.length - NOT_CHECKED_LISTED} more (--format json lists them all)`);
        }
        for (const f of ref.findings) {
            const fix = f.status === 'open' ? (f.fixed_versions.length ? `; fixed in ${f.fixed_versions.join(', ')}` : '; no fixed version known') : '';
            lines.push(`  ${f.status.toUpperCase().padEnd(8)} ${displayId(f)} in ${f.component}${f.version ? `@${f.version}` : ''} — ${severityText(f)}${fix}`);
            lines.push(`           ${clockText(f)}${f.assessment ? `; assessment: ${assessmentText(f)}` : ''}`);
        }
    }
    if (result.unchecked.length) {
        lines.push('');
        lines.push(`Not checked: ${result.unchecked.join(', ')} — the result is incomplete; fix the problems above and run again.`);
    }
    return `${lines.join('\n')}\n`;
}
const cell = (s) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(s, 300));
/** The job summary: the verdict, problems, then a table per ref with overdue items first. */
function renderMonitorMarkdown(result, maxLength = 60_000) {
    const icon = result.status === 'pass' ? '✅' : '❌';
    const out = [];
    out.push(`### ${icon} sdlc-gate monitor: ${result.status} — ${day(result.now)}`);
    out.push('');
    out.push(`Watched: ${result.refs.map((r) => cell(r.ref)).join(', ') || 'nothing'}. A vulnerability fails at ${cell(result.fail_on)} or above, or in CISA KEV; clocks: respond within ${result.respond_within_days} days, remediate within ${result.remediate_within_days} days of first sight.`);
    if (result.not_watched.length)
        out.push('', (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(notWatchedLine(result)));
    if (result.components_not_checked) {
        out.push('');
        out.push(`⚠️ **${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(result.components_not_checked, 'component')} could not be checked** for vulnerabilities (no purl, or none OSV can look up): no vulnerabilities are known for them because none were looked up. Each ref lists its own below.`);
    }
    if (result.problems.length || result.unchecked.length) {
        out.push('');
        out.push(`**Not checked: ${result.unchecked.map(cell).join(', ') || 'every ref'}** — no tracking issue was opened or closed. Fix these and run again:`);
        out.push('');
        for (const p of [...result.problems, ...result.refs.flatMap((r) => r.problems.map((x) => `${r.ref}: ${x}`))])
            out.push(`- ${cell(p)}`);
    }
    for (const ref of result.refs) {
        out.push('');
        out.push(`#### ${cell(ref.ref)} (${ref.kind}${ref.sha ? ` ${ref.sha.slice(0, 7)}` : ''}${ref.kept_open ? `, ${KEPT}` : ''}) — ${ref.checked ? counts(ref) : 'not checked'}`);
        if (ref.not_checked.length) {
            out.push('', `<details><summary>⚠️ ${cell(notCheckedSummary(ref.not_checked))}</summary>`, '');
            for (const n of ref.not_checked.slice(0, NOT_CHECKED_LISTED))
                out.push(`- ${cell(notCheckedLine(n))}`);
            if (ref.not_checked.length > NOT_CHECKED_LISTED)
                out.push(`- and ${ref.not_checked.length - NOT_CHECKED_LISTED} more (the JSON lists them all)`);
            out.push('', '</details>');
        }
        if (!ref.findings.length) {
            const among = ref.not_checked.length ? 'among the components that were checked in' : 'in';
            if (ref.checked)
                out.push('', `No known vulnerabilities ${among} ${ref.sboms.map(cell).join(', ') || 'its SBOMs'}.`);
            continue;
        }
        out.push('');
        out.push('| Status | Severity | Vulnerability | Component | First seen | Respond by | Remediate by | Assessment |');
        out.push('|---|---|---|---|---|---|---|---|');
        for (const f of ref.findings) {
            const status = f.overdue ? `**overdue** (${f.passed}-by passed)` : f.status;
            const open = f.status === 'open';
            out.push(`| ${status} | ${cell(severityText(f))} | [${cell(displayId(f))}](${f.url}) | ${cell(`${f.component}${f.version ? `@${f.version}` : ''}`)} | ${day(f.first_seen)} | ${open ? day(f.respond_by) : ''} | ${open ? day(f.remediate_by) : ''} | ${cell(assessmentText(f))} |`);
        }
    }
    let text = `${out.join('\n')}\n`;
    if (text.length > maxLength)
        text = `${text.slice(0, maxLength - 200)}\n\n… cut to fit; the whole result is in the JSON (--format json).\n`;
    return text;
}


/***/ })

};
