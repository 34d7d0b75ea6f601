export const id = 5658;
export const ids = [5658];
export const modules = {

/***/ 15658:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  maybeRunMonitor: () => (/* binding */ maybeRunMonitor)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./lib/app/monitor.js + 3 modules
var monitor = __webpack_require__(64506);
// EXTERNAL MODULE: ./lib/engine/check.js
var check = __webpack_require__(13970);
// EXTERNAL MODULE: ./lib/facts/event-payload.js
var event_payload = __webpack_require__(97652);
// EXTERNAL MODULE: ./lib/facts/github.js
var github = __webpack_require__(21564);
// EXTERNAL MODULE: ./lib/github/errors.js
var errors = __webpack_require__(9452);
// EXTERNAL MODULE: ./lib/core/monitor.js
var core_monitor = __webpack_require__(45961);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(72527);
// EXTERNAL MODULE: ./lib/report/monitor.js
var report_monitor = __webpack_require__(48476);
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
        const status = (0,errors/* apiErrorStatus */.RK)(e);
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
        throw new Error((0,errors/* describeApiError */.gg)(e, `GET /repos/${t.owner}/${t.repo}/issues`, 'issues: write'));
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
        throw new Error((0,errors/* describeApiError */.gg)(e, what, 'issues: write'));
    };
}

// EXTERNAL MODULE: ./lib/publish/runner.js
var runner = __webpack_require__(94353);
// EXTERNAL MODULE: ./lib/action/evaluation.js + 1 modules
var evaluation = __webpack_require__(82869);
// EXTERNAL MODULE: ./lib/action/events.js
var events = __webpack_require__(90853);
// EXTERNAL MODULE: ./lib/util/text.js
var util_text = __webpack_require__(28805);
;// CONCATENATED MODULE: ./lib/action/monitor.js












// The action on `schedule` and `workflow_dispatch` with a `monitor:` section: post-market surveillance of the
// released versions instead of a pull-request evaluation. The state (first sight, statuses, announced clocks)
// lives in the tracking issues; an incomplete run writes no issue at all.
/** Runs the monitor when the event and the policy call for it; false when this is not a monitor run. */
async function maybeRunMonitor(eventName, inputs) {
    if (!events/* MONITOR_EVENTS */.RF.includes(eventName))
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
    if (result.components_not_checked)
        runner/* log */.Rm.warning(`sdlc-gate monitor: ${(0,util_text/* plural */.LS)(result.components_not_checked, 'component')} could not be checked for vulnerabilities (${result.refs
            .filter((r) => r.not_checked.length)
            .map((r) => `${r.ref}: ${r.not_checked.length}`)
            .join(', ')}) — no vulnerabilities are known for them because none were looked up; the job summary lists them`);
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


/***/ }),

/***/ 6208:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
// What every use case and entry point shares about bad usage.
/** Bad usage (a flag, an input, a file the user named): the CLI prints it with its usage line and exits 2. */
class UsageError extends Error {
}


/***/ }),

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
