export const id = 2245;
export const ids = [2245];
export const modules = {

/***/ 85024:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ releaseFromCheckout),
  f: () => (/* binding */ releaseLocal)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/facts/git/index.js + 7 modules
var facts_git = __webpack_require__(82536);
// EXTERNAL MODULE: ./lib/facts/osv.js
var osv = __webpack_require__(94571);
// EXTERNAL MODULE: ./lib/github/errors.js
var errors = __webpack_require__(9452);
// EXTERNAL MODULE: ./lib/core/types.js
var types = __webpack_require__(82458);
// EXTERNAL MODULE: ./lib/facts/github.js
var github = __webpack_require__(21564);
;// CONCATENATED MODULE: ./lib/facts/release-github.js



function releaseGitHub(client, owner, repo, serverUrl) {
    const base = { owner, repo };
    const call = async (endpoint, permission, fn) => {
        try {
            return await fn();
        }
        catch (e) {
            throw new types/* FactError */.n((0,errors/* describeApiError */.gg)(e, endpoint, permission));
        }
    };
    return {
        repositoryUrl: `${serverUrl.replace(/\/+$/, '')}/${owner}/${repo}`,
        pullsForCommit: (sha) => call(`GET /repos/${owner}/${repo}/commits/${sha}/pulls`, 'contents: read, pull-requests: read', async () => {
            const items = await client.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
                ...base,
                commit_sha: sha,
                per_page: 100,
            });
            return items.map(pullFromApi).filter((p) => p !== undefined);
        }),
        reviews: (pullNumber) => call(`GET /repos/${owner}/${repo}/pulls/${pullNumber}/reviews`, 'pull-requests: read', async () => {
            const items = await client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
                ...base,
                pull_number: pullNumber,
                per_page: 100,
            });
            return items.map(github/* reviewFromApi */.BD).filter((r) => r !== undefined);
        }),
        checkRuns: (sha, name) => call(`GET /repos/${owner}/${repo}/commits/${sha}/check-runs`, 'checks: read', async () => {
            try {
                const { data } = await client.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
                    ...base,
                    ref: sha,
                    check_name: name,
                    filter: 'all',
                    per_page: 100,
                });
                const runs = data.check_runs ?? [];
                return runs
                    .map((r) => r)
                    .sort((a, b) => (b.id ?? 0) - (a.id ?? 0))
                    .map((r) => ({ status: String(r.status ?? 'unknown'), conclusion: r.conclusion ?? null, url: r.html_url ?? null }));
            }
            catch (e) {
                // A commit GitHub no longer has (a squashed-away head) has no check runs to show.
                if ((0,errors/* apiErrorStatus */.RK)(e) === 404 || (0,errors/* apiErrorStatus */.RK)(e) === 422)
                    return [];
                throw e;
            }
        }),
        issuesWithLabel: (label) => call(`GET /repos/${owner}/${repo}/issues`, 'issues: read', async () => {
            const items = await client.paginate('GET /repos/{owner}/{repo}/issues', { ...base, labels: label, state: 'all', per_page: 100 });
            return items.map(issueFromApi).filter((i) => i !== undefined);
        }),
    };
}
function pullFromApi(raw) {
    const p = raw;
    if (typeof p?.number !== 'number' || typeof p.head?.sha !== 'string')
        return undefined;
    return {
        number: p.number,
        title: String(p.title ?? ''),
        author: p.user?.login ?? '',
        mergedAt: p.merged_at ?? null,
        mergeCommit: p.merge_commit_sha ?? null,
        head: p.head.sha,
        url: p.html_url ?? null,
    };
}
function issueFromApi(raw) {
    const i = raw;
    if (typeof i?.number !== 'number' || i.pull_request || typeof i.created_at !== 'string')
        return undefined;
    return {
        number: i.number,
        title: String(i.title ?? ''),
        url: i.html_url ?? null,
        labels: (i.labels ?? []).map((l) => (typeof l === 'string' ? l : String(l?.name ?? ''))).filter(Boolean),
        body: i.body ?? '',
        createdAt: i.created_at,
        closedAt: i.closed_at ?? null,
    };
}

;// CONCATENATED MODULE: ./lib/version.js
/** The tool's version, as package.json states it (a test keeps the two equal); written into release records. */
const TOOL_VERSION = '0.1.0';

// EXTERNAL MODULE: ./lib/app/defaults.js
var defaults = __webpack_require__(73377);
// EXTERNAL MODULE: ./lib/app/errors.js
var app_errors = __webpack_require__(6208);
// EXTERNAL MODULE: ./lib/app/release.js + 4 modules
var release = __webpack_require__(3316);
// EXTERNAL MODULE: ./lib/app/work-tree.js
var work_tree = __webpack_require__(67451);
;// CONCATENATED MODULE: ./lib/app/release-local.js









/** The record, and the folder it is meant for (absolute). */
async function releaseLocal(input) {
    const repo = await (0,work_tree/* openRepository */.h)(input.cwd, input.repo, 'repository');
    const folder = (0,external_node_path_.resolve)(input.cwd, input.output ?? `sdlc-gate-release-${input.tag.replace(/[^A-Za-z0-9_.-]/g, '_')}`);
    const { github } = input;
    try {
        const outcome = await (0,release/* buildReleaseRecord */.$p)({
            repo,
            policyPath: input.policy ?? defaults/* DEFAULT_POLICY_PATH */.l,
            tag: input.tag,
            ...(input.previous ? { previous: input.previous } : {}),
            ...(github ? { github: releaseGitHub(github.client, github.owner, github.repo, github.serverUrl) } : {}),
            osvScan: (0,osv/* createOsvSource */.CD)({ deadline: AbortSignal.timeout(300_000), requestTimeoutMs: 30_000, retries: 2, retryDelayMs: 500 }),
            toolVersion: TOOL_VERSION,
        });
        return { outcome, folder };
    }
    catch (e) {
        if (e instanceof release/* ReleaseInputError */.aQ)
            throw new app_errors/* UsageError */.e(e.message);
        throw e;
    }
}
/** The release record of a tag the policy's release.tags name (NotAReleaseError otherwise), from the runner's checkout. */
async function releaseFromCheckout(input) {
    const git = new facts_git/* GitRepo */.tr(input.workspace ?? '.');
    if (!input.workspace || !(await git.isRepository())) {
        throw new Error('a release record needs the repository checked out with its history and tags (actions/checkout with fetch-depth: 0)');
    }
    const { github, timeoutMs: timeout } = input;
    return (0,release/* buildReleaseRecord */.$p)({
        repo: git,
        policyPath: input.policyPath,
        tag: input.tag,
        github: releaseGitHub(github.client, github.owner, github.repo, github.serverUrl),
        osvScan: (0,osv/* createOsvSource */.CD)({
            deadline: input.deadline,
            requestTimeoutMs: Math.min(30_000, timeout / 4),
            retries: 3,
            retryDelayMs: Math.min(1000, timeout / 60),
            log: input.log,
        }),
        toolVersion: TOOL_VERSION,
        onlyReleaseTags: true,
    });
}


/***/ }),

/***/ 3316:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Og: () => (/* binding */ NotAReleaseError),
  aQ: () => (/* binding */ ReleaseInputError),
  $p: () => (/* binding */ buildReleaseRecord)
});

// UNUSED EXPORTS: RELEASE_DEFAULTS

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/rules/common/approvals/approvals.js
var approvals_approvals = __webpack_require__(85114);
// EXTERNAL MODULE: ./lib/engine/evaluate.js
var evaluate = __webpack_require__(99095);
// EXTERNAL MODULE: ./lib/facts/facts.js
var facts = __webpack_require__(71892);
// EXTERNAL MODULE: ./lib/facts/local.js
var local = __webpack_require__(29528);
;// CONCATENATED MODULE: ./lib/facts/release-git.js
// What the release record asks git: the release tags, a commit's time, and the commits between two releases.
/**
 * Tags on commits that are ancestors of (or are) `commit`, nearest first in topological order (not by date: tags
 * made in the same second, or a commit dated earlier than its parent, would otherwise be out of order).
 */
async function tagsMergedInto(repo, commit) {
    const out = await repo.run([
        'log',
        '--topo-order',
        '--simplify-by-decoration',
        '--decorate-refs=refs/tags/',
        '--format=%H%x00%D',
        commit,
        '--',
    ]);
    const tags = [];
    for (const line of out.split('\n')) {
        const [sha, refs] = line.split('\0');
        if (!sha || !refs)
            continue;
        for (const ref of refs.split(', '))
            if (ref.startsWith('tag: '))
                tags.push({ tag: ref.slice(5), commit: sha });
    }
    return tags;
}
/** The committer time of a commit, as ISO 8601 in UTC. */
async function commitTime(repo, commit) {
    const seconds = Number((await repo.run(['show', '-s', '--format=%ct', commit])).trim());
    return new Date(seconds * 1000).toISOString();
}
/** Commits reachable from `to` but not from `from` (all of them without `from`), oldest first. */
async function commitsBetween(repo, from, to) {
    const range = from ? [`${from}..${to}`] : [to];
    const out = await repo.run(['log', '--reverse', '--topo-order', '--format=%H%x00%an%x00%s%x1e', ...range, '--']);
    return out
        .split('\x1e')
        .map((r) => r.replace(/^\n/, ''))
        .filter(Boolean)
        .map((r) => {
        const [sha, author, subject] = r.split('\0');
        return { sha: sha, author: author ?? '', subject: subject ?? '' };
    });
}

// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 44 modules
var lib = __webpack_require__(58353);
// EXTERNAL MODULE: ./node_modules/mdast-util-to-string/lib/index.js
var mdast_util_to_string_lib = __webpack_require__(31869);
;// CONCATENATED MODULE: ./lib/parsers/anomaly.js


// The convention for an evaluated anomaly (IEC 62304 5.8.3): an issue whose description has a heading "Evaluation"
// (or "Anomaly evaluation", any level) followed by some text before the next heading of the same or a higher level.
const HEADING = /^(?:anomaly\s+)?evaluation\s*:?$/i;
function hasEvaluationSection(markdown) {
    const tree = (0,lib/* fromMarkdown */.Y)(markdown);
    const nodes = tree.children;
    for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i];
        if (node.type !== 'heading' || !HEADING.test((0,mdast_util_to_string_lib/* toString */.d)(node).trim()))
            continue;
        for (let j = i + 1; j < nodes.length; j++) {
            const next = nodes[j];
            if (next.type === 'heading' && next.depth <= node.depth)
                break;
            if (next.type !== 'heading' && next.type !== 'html' && (0,mdast_util_to_string_lib/* toString */.d)(next).trim() !== '')
                return true;
        }
    }
    return false;
}

// EXTERNAL MODULE: ./lib/rules/common/sbom-sources.js
var sbom_sources = __webpack_require__(25635);
// EXTERNAL MODULE: ./lib/policy/context.js
var context = __webpack_require__(98793);
// EXTERNAL MODULE: ./lib/monitor/monitor.js
var monitor = __webpack_require__(91608);
// EXTERNAL MODULE: ./lib/rules/vulnerabilities/index.js + 2 modules
var vulnerabilities = __webpack_require__(25862);
// EXTERNAL MODULE: ./lib/policy/source.js
var source = __webpack_require__(85021);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(72527);
// EXTERNAL MODULE: ./lib/report/not-checked.js
var not_checked = __webpack_require__(81791);
;// CONCATENATED MODULE: ./lib/report/release-html.js


// The release record as one self-contained page an auditor reads and prints: no script, no network, every artifact
// a link inside the record's folder with its digest. Everything from the repository or GitHub is escaped.
const STATUS_LABEL = {
    pass: 'PASS',
    fail: 'FAIL',
    incomplete: 'INCOMPLETE',
    warn: 'WARN',
    skip: 'SKIPPED',
    error: 'ERROR',
};
/** The page's stylesheet, inline: the Content-Security-Policy allows no other. */
const STYLE = `<style>
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1f2328}
h1{font-size:1.6rem;margin:0 0 .5rem} h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0} th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa} code{font:12px ui-monospace,monospace} dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem} dt{font-weight:600}
.badge{display:inline-block;padding:.05rem .45rem;border-radius:1rem;font-size:12px;font-weight:600;border:1px solid transparent}
.s-pass .badge,.badge.s-pass,.badge.g-success{background:#dafbe1;color:#116329} .badge.s-fail,.badge.s-error,.badge.g-failure,.badge.g-missing{background:#ffebe9;color:#a40e26}
.badge.s-warn{background:#fff8c5;color:#7d4e00} .badge.s-skip{background:#eaeef2;color:#57606a} .badge.s-incomplete{background:#fff8c5;color:#7d4e00}
.verdict{font-size:1.1rem;margin:.5rem 0 1rem} ul.findings{margin:.3rem 0 0 1rem;padding:0}
@media print{body{margin:0} a{color:inherit;text-decoration:none} tr{break-inside:avoid}}
</style>`;
function renderReleaseHtml(r) {
    const commitLink = (sha) => r.repository
        ? `<a href="${(0,report_escape/* escapeHtml */.ZD)(`${r.repository}/commit/${sha}`)}"><code>${(0,report_escape/* escapeHtml */.ZD)(sha.slice(0, 12))}</code></a>`
        : `<code>${(0,report_escape/* escapeHtml */.ZD)(sha.slice(0, 12))}</code>`;
    const gates = r.gates
        .map((g) => `<tr class="s-${(0,report_escape/* escapeHtml */.ZD)(g.status)}"><td>${(0,report_escape/* escapeHtml */.ZD)(g.id)}${g.rule !== g.id ? ` <small>(${(0,report_escape/* escapeHtml */.ZD)(g.rule)})</small>` : ''}</td><td><span class="badge s-${(0,report_escape/* escapeHtml */.ZD)(g.status)}">${(0,report_escape/* escapeHtml */.ZD)(STATUS_LABEL[g.status] ?? g.status)}</span></td><td>${(0,report_escape/* escapeHtml */.ZD)(g.summary)}${findingList(g.findings)}</td><td>${(0,report_escape/* escapeHtml */.ZD)((g.refs ?? []).join('; '))}</td></tr>`)
        .join('\n');
    const changes = r.changes
        .map((c) => {
        const pr = c.pull_request === null
            ? '<em>no pull request</em>'
            : c.url
                ? `<a href="${(0,report_escape/* escapeHtml */.ZD)(c.url)}">#${c.pull_request}</a>`
                : `#${c.pull_request}`;
        return `<tr class="${c.problem ? 's-fail' : 's-pass'}"><td>${pr}</td><td>${(0,report_escape/* escapeHtml */.ZD)(c.title)}</td><td>${(0,report_escape/* escapeHtml */.ZD)(c.author)}</td><td>${commitLink(c.merge_commit)}</td><td>${(0,report_escape/* escapeHtml */.ZD)(c.approvals.join(', ') || '—')}</td><td><span class="badge g-${(0,report_escape/* escapeHtml */.ZD)(c.gate)}">${(0,report_escape/* escapeHtml */.ZD)(c.gate)}</span></td><td>${(0,report_escape/* escapeHtml */.ZD)(c.problem ?? '')}</td></tr>`;
    })
        .join('\n');
    const anomalies = r.anomalies
        .map((a) => `<tr class="${a.evaluated ? 's-pass' : 's-fail'}"><td>${a.url ? `<a href="${(0,report_escape/* escapeHtml */.ZD)(a.url)}">#${a.number}</a>` : `#${a.number}`}</td><td>${(0,report_escape/* escapeHtml */.ZD)(a.title)}</td><td>${(0,report_escape/* escapeHtml */.ZD)(a.labels.join(', '))}</td><td>${a.evaluated ? 'evaluated' : '<strong>not evaluated</strong>'}</td></tr>`)
        .join('\n');
    const artifacts = r.artifacts
        .map((a) => `<tr><td><a href="${(0,report_escape/* escapeHtml */.ZD)(encodePath(a.path))}">${(0,report_escape/* escapeHtml */.ZD)(a.path)}</a></td><td><code>${(0,report_escape/* escapeHtml */.ZD)(a.sha256)}</code></td></tr>`)
        .join('\n');
    const list = (items) => (items.length ? `<ul>${items.map((p) => `<li>${(0,report_escape/* escapeHtml */.ZD)(p)}</li>`).join('')}</ul>` : '');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Release record ${(0,report_escape/* escapeHtml */.ZD)(r.tag)} — ${(0,report_escape/* escapeHtml */.ZD)(STATUS_LABEL[r.status])}</title>
${STYLE}
</head>
<body>
<h1>Release record: ${(0,report_escape/* escapeHtml */.ZD)(r.tag)}</h1>
<p class="verdict"><span class="badge s-${(0,report_escape/* escapeHtml */.ZD)(r.status)}" id="status">${(0,report_escape/* escapeHtml */.ZD)(STATUS_LABEL[r.status])}</span> ${(0,report_escape/* escapeHtml */.ZD)(verdictLine(r))}</p>
${list(r.problems)}
${r.unverified.length ? `<p><strong>Not verified:</strong></p>${list(r.unverified)}` : ''}
${r.not_checked.length ? `<p id="not-checked"><strong>Not checked for vulnerabilities</strong> (no vulnerabilities are known for these components because none were looked up):</p>${list(r.not_checked.map((n) => `${(0,not_checked/* notCheckedComponentText */.l)(n)}: ${n.detail}`))}` : ''}
<dl>
<dt>Release</dt><dd>${(0,report_escape/* escapeHtml */.ZD)(r.tag)} at ${commitLink(r.commit)} (${(0,report_escape/* escapeHtml */.ZD)(r.date)})</dd>
<dt>Previous release</dt><dd>${r.previous ? `${(0,report_escape/* escapeHtml */.ZD)(r.previous)} at ${commitLink(r.previous_commit)}` : 'none (first release)'}</dd>
<dt>Policy</dt><dd><code>${(0,report_escape/* escapeHtml */.ZD)(r.policy.path)}</code> sha256 <code>${(0,report_escape/* escapeHtml */.ZD)(r.policy.sha256)}</code></dd>
<dt>Tool</dt><dd>${(0,report_escape/* escapeHtml */.ZD)(r.tool.name)} ${(0,report_escape/* escapeHtml */.ZD)(r.tool.version)}</dd>
${r.repository ? `<dt>Repository</dt><dd><a href="${(0,report_escape/* escapeHtml */.ZD)(r.repository)}">${(0,report_escape/* escapeHtml */.ZD)(r.repository)}</a></dd>` : ''}
</dl>
<h2 id="gates">Gates at the release commit (IEC 62304 5.8.1)</h2>
<table><thead><tr><th>Gate</th><th>Status</th><th>Summary</th><th>Clauses</th></tr></thead><tbody>
${gates}
</tbody></table>
<h2 id="changes">Changes since ${(0,report_escape/* escapeHtml */.ZD)(r.previous ?? 'the first commit')} (21 CFR 820.30)</h2>
<table><thead><tr><th>Pull request</th><th>Title</th><th>Author</th><th>Merge commit</th><th>Approvals at head</th><th>sdlc-gate check</th><th>Problem</th></tr></thead><tbody>
${changes || '<tr><td colspan="7">no changes</td></tr>'}
</tbody></table>
<h2 id="anomalies">Residual anomalies (IEC 62304 5.8.2, 5.8.3)</h2>
<table><thead><tr><th>Issue</th><th>Title</th><th>Labels</th><th>Evaluation</th></tr></thead><tbody>
${anomalies || `<tr><td colspan="4">${r.unverified.length ? 'not verified' : 'none open at release time'}</td></tr>`}
</tbody></table>
<h2 id="artifacts">Evidence in this record</h2>
<table><thead><tr><th>File</th><th>sha256</th></tr></thead><tbody>
${artifacts || '<tr><td colspan="2">none</td></tr>'}
</tbody></table>
<p>The files of this folder and their digests are listed in <a href="manifest.json">manifest.json</a>; <a href="record.json">record.json</a> holds this record as data.</p>
</body>
</html>
`;
}
function verdictLine(r) {
    if (r.status === 'pass')
        return 'every gate passed, every change went through a passing sdlc-gate check, and every open anomaly is evaluated.';
    if (r.status === 'incomplete')
        return 'nothing failed, but part of the record could not be verified.';
    return `${r.problems.length} ${r.problems.length === 1 ? 'problem' : 'problems'} must be resolved or justified before this release is accepted.`;
}
function findingList(findings) {
    const shown = findings.filter((f) => f.severity !== 'notice').slice(0, 20);
    if (!shown.length)
        return '';
    const more = findings.length - shown.length;
    return `<ul class="findings">${shown.map((f) => `<li>${(0,report_escape/* escapeHtml */.ZD)(f.message)}${f.file ? ` <code>${(0,report_escape/* escapeHtml */.ZD)(f.file)}${f.line ? `:${f.line}` : ''}</code>` : ''}</li>`).join('')}${more > 0 ? `<li>${more} more in record.json</li>` : ''}</ul>`;
}
function encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}

// EXTERNAL MODULE: ./lib/report/trace-formats.js + 1 modules
var trace_formats = __webpack_require__(22846);
// EXTERNAL MODULE: ./lib/rules/index.js + 5 modules
var rules = __webpack_require__(95173);
// EXTERNAL MODULE: ./lib/rules/traceability/index.js + 6 modules
var traceability = __webpack_require__(78067);
;// CONCATENATED MODULE: ./lib/core/release.js
// The release record as the release use case (src/app/release.ts) builds it and the record renderers
// (src/report/release-*.ts) write it: its schema name and its fields. Types only, no behaviour.
const RELEASE_SCHEMA = 'sdlc-gate/release@1';

// EXTERNAL MODULE: ./lib/core/types.js
var types = __webpack_require__(82458);
// EXTERNAL MODULE: ./lib/util/concurrency.js
var concurrency = __webpack_require__(54467);
// EXTERNAL MODULE: ./lib/util/glob.js + 1 modules
var glob = __webpack_require__(95211);
// EXTERNAL MODULE: ./lib/util/text.js
var util_text = __webpack_require__(28805);
;// CONCATENATED MODULE: ./lib/app/release.js





















// The release record: the design-history evidence of one release (IEC 62304 5.8, 21 CFR 820.30), built from git and,
// where it is reachable, GitHub. Every gate is evaluated at the release commit as if the whole release were one change
// since the previous release; every change that reached the release is listed with its approvals and its sdlc-gate
// check; open anomalies are listed with their evaluation; the evidence files are copied beside it with their digests.
// Nothing in it depends on the wall clock: the record's date is the release commit's time, and every list is sorted.
const RELEASE_DEFAULTS = { tags: ['v*'], anomaly_labels: ['bug'], evaluated_label: 'anomaly-evaluated', check_name: 'sdlc-gate' };
/** Rules that judge one pull request (its reviews, description, tickets): a release lists them per change instead. */
const PER_CHANGE_RULES = new Set(['reviews', 'protected-files', 'change-request', 'checklist']);
/** git's empty tree: the "previous release" of a first release. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const REQUEST_CONCURRENCY = 8;
/** A tag or option the user named that does not exist: a usage error, not a failed record. */
class ReleaseInputError extends Error {
}
/** A tag the policy does not count as a release: nothing to record. */
class NotAReleaseError extends Error {
}
async function buildReleaseRecord(input) {
    const { repo } = input;
    const commit = await repo.resolveCommit(`refs/tags/${input.tag}`);
    if (!commit)
        throw new ReleaseInputError(`there is no tag "${input.tag}" in the repository — create it, or fetch tags (git fetch --tags)`);
    const loaded = await (0,source/* loadPolicyForPullRequest */.Y)(input.policyPath, { baseSha: commit, headSha: commit }, (ref, path) => repo.readFile(ref, path), rules/* RULES */.y);
    if (!loaded.ok)
        return loaded;
    const policy = loaded.policy;
    const settings = { ...RELEASE_DEFAULTS, ...policy.release };
    if (input.onlyReleaseTags && !(0,glob/* globMatcher */.f)(settings.tags)(input.tag)) {
        throw new NotAReleaseError(`the tag ${input.tag} is not a release: the policy's release.tags are ${settings.tags.join(', ')}`);
    }
    const previous = await previousRelease(repo, input, commit, settings.tags);
    const date = await commitTime(repo, commit);
    const facts = releaseFacts(repo, input, previous?.commit ?? EMPTY_TREE, commit);
    const evaluated = await evaluateRelease(policy, facts, loaded.source, previous?.commit ?? EMPTY_TREE, commit);
    const traced = await traceabilityEvidence(policy, facts, evaluated, {
        policy: input.policyPath,
        head: commit,
        date,
        base: previous?.commit,
        repositoryUrl: input.github?.repositoryUrl,
    });
    const released = await releasedFiles(repo, policy, commit);
    const notChecked = await componentsNotChecked(policy, facts, evaluated);
    const commits = await commitsBetween(repo, previous?.commit, commit);
    const unverified = [];
    let changes;
    let anomalies = [];
    if (input.github) {
        changes = await changeHistory(input.github, commits, settings.check_name);
        anomalies = await openAnomalies(input.github, settings.anomaly_labels, settings.evaluated_label, date);
    }
    else {
        changes = commits.map((c) => directChange(c, 'not verified: the record was built from git alone (set GITHUB_TOKEN and GITHUB_REPOSITORY)'));
        unverified.push(`the ${(0,util_text/* plural */.LS)(commits.length, 'change')} ${previous ? `since ${previous.tag}` : 'of this first release'}: pull requests, approvals and sdlc-gate checks need the GitHub API (set GITHUB_TOKEN and GITHUB_REPOSITORY)`, `residual anomalies (open issues labelled ${settings.anomaly_labels.join(', ')}) need the GitHub API`);
    }
    const gates = traced.gates;
    const problems = [
        ...gates.filter((g) => g.status === 'fail' || g.status === 'error').map((g) => `gate ${g.id}: ${g.summary}`),
        ...(input.github ? changes.filter((c) => c.problem).map((c) => `${changeName(c)}: ${c.problem}`) : []),
        ...anomalies
            .filter((a) => !a.evaluated)
            .map((a) => `anomaly #${a.number} (${a.title}) is open and not evaluated — evaluate it (label ${settings.evaluated_label} or an "Evaluation" section) or fix it before the release`),
    ];
    const status = problems.length ? 'fail' : unverified.length ? 'incomplete' : 'pass';
    const artifactFiles = [...released, ...traced.files].sort((a, b) => compare(a.path, b.path));
    const record = {
        schema: RELEASE_SCHEMA,
        status,
        tag: input.tag,
        commit,
        previous: previous?.tag ?? null,
        previous_commit: previous?.commit ?? null,
        date,
        tool: { name: 'sdlc-gate', version: input.toolVersion },
        repository: input.github?.repositoryUrl ?? null,
        policy: { path: loaded.source.path, sha256: loaded.source.sha256 },
        problems,
        unverified,
        gates,
        not_checked: notChecked,
        changes,
        anomalies,
        artifacts: artifactFiles.map((f) => ({ path: f.path, sha256: sha256(f.bytes) })),
    };
    return { ok: true, record, files: packageRelease(record, artifactFiles) };
}
/** The record's files: the released artifacts, record.json, index.html, then manifest.json listing them all. */
function packageRelease(record, artifactFiles) {
    const recordFile = { path: 'record.json', bytes: Buffer.from(`${JSON.stringify(record, null, 2)}\n`) };
    const html = { path: 'index.html', bytes: Buffer.from(renderReleaseHtml(record)) };
    const files = [...artifactFiles, recordFile, html].sort((a, b) => compare(a.path, b.path));
    const manifest = { files: files.map((f) => ({ path: f.path, sha256: sha256(f.bytes) })) };
    files.push({ path: 'manifest.json', bytes: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) });
    return files;
}
async function previousRelease(repo, input, commit, tagGlobs) {
    if (input.previous) {
        const sha = await repo.resolveCommit(`refs/tags/${input.previous}`);
        if (!sha)
            throw new ReleaseInputError(`there is no tag "${input.previous}" (--previous) in the repository`);
        return { tag: input.previous, commit: sha };
    }
    const isRelease = (0,glob/* globMatcher */.f)(tagGlobs);
    return (await tagsMergedInto(repo, commit)).find((t) => t.tag !== input.tag && t.commit !== commit && isRelease(t.tag));
}
function releaseFacts(repo, input, base, head) {
    const pr = { number: 0, title: `Release ${input.tag}`, body: '', labels: [], author: '', baseSha: base, headSha: head };
    const perChange = () => {
        throw new types/* FactError */.n('a release has no reviews of its own: approvals are listed per pull request in the change history');
    };
    return (0,facts/* createFacts */.uW)({
        pr,
        ...(0,local/* gitSources */.zQ)(repo, pr),
        changedFiles: () => repo.diff(base, head),
        reviews: async () => perChange(),
        teamMembers: async () => perChange(),
        ...(input.osvScan ? { osvScan: input.osvScan } : {}),
    });
}
async function evaluateRelease(policy, facts, source, base, head) {
    const releaseGates = policy.gates.filter((g) => !PER_CHANGE_RULES.has(g.rule));
    const result = await (0,evaluate/* evaluate */._)({ ...policy, gates: releaseGates }, facts, rules/* RULES */.y, { base, head, policy: source });
    const byId = new Map(result.gates.map((g) => [g.id, g]));
    return policy.gates.map((g) => byId.get(g.id) ?? {
        id: g.id,
        rule: g.rule,
        level: g.level,
        ...(g.refs ? { refs: g.refs } : {}),
        status: 'skip',
        summary: 'judged on each pull request — see the change history for the approvals and checks of every change',
        findings: [],
    });
}
/**
 * The traceability matrices as files, and the release's stricter reading of them: every requirement that needs tests
 * must be verified by a passing result in a committed JUnit report, not only cited by a test.
 */
async function traceabilityEvidence(policy, facts, gates, meta) {
    const files = [];
    const out = [];
    for (const result of gates) {
        const gate = policy.gates.find((g) => g.id === result.id);
        if (gate.rule !== 'traceability' || result.status === 'skip') {
            out.push(result);
            continue;
        }
        let matrix;
        try {
            matrix = await (0,traceability.buildMatrix)({ options: gate.options, facts, policy, compare: false });
        }
        catch {
            out.push(result); // the gate's own evaluation already reports why it could not be read
            continue;
        }
        const traceMeta = {
            gate: gate.id,
            policy: meta.policy,
            head: meta.head,
            dirty: false,
            generatedAt: meta.date,
            ...(meta.repositoryUrl ? { repositoryUrl: meta.repositoryUrl } : {}),
        };
        const name = `traceability/${safeName(gate.id)}`;
        files.push({ path: `${name}.html`, bytes: Buffer.from((0,trace_formats/* renderTraceHtml */.jS)(matrix, traceMeta)) }, { path: `${name}.csv`, bytes: Buffer.from((0,trace_formats/* renderTraceCsv */.uD)(matrix)) }, { path: `${name}.json`, bytes: Buffer.from((0,trace_formats/* renderTraceJson */.S2)(matrix, traceMeta)) });
        out.push(withFindings(result, gate, unverifiedRequirements(matrix, gate)));
    }
    return { gates: out, files };
}
function unverifiedRequirements(matrix, gate) {
    const required = matrix.rows.filter((row) => row.required);
    if (!required.length)
        return [];
    if (!matrix.junit) {
        return [
            {
                severity: 'error',
                message: `a release needs each requirement verified by a passing test result, but the gate ${gate.id} reads no JUnit report — commit the release's test results and name them in junit:`,
            },
        ];
    }
    return required
        .filter((row) => row.verdict !== 'verified')
        .map((row) => ({
        severity: 'error',
        message: `${row.requirement.id} is ${row.verdict} at the release commit, not verified by a passing test in a committed JUnit report — run its tests and commit the report before releasing`,
        file: row.requirement.file,
        line: row.requirement.line,
    }));
}
function withFindings(result, gate, extra) {
    if (!extra.length)
        return result;
    const findings = [...result.findings, ...extra];
    const failed = gate.level === 'warning' ? 'warn' : 'fail';
    const status = result.status === 'error' ? 'error' : failed;
    const first = extra[0].message;
    return {
        ...result,
        status,
        findings,
        summary: `${result.summary}; release: ${extra.length === 1 ? first : `${extra.length} requirements not verified (${first})`}`,
    };
}
/**
 * The components of the released SBOMs that each vulnerabilities gate could not check, decided as the gate decides
 * it (scanTargets, and withoutAnswer for offline records read where the gate reads them): the gate's own findings
 * say it in prose; the record lists them as data. A gate that could not run (no SBOM, no records) is a problem of its
 * own already and adds nothing here.
 */
async function componentsNotChecked(policy, facts, gates) {
    const out = [];
    for (const gate of policy.gates) {
        if (gate.rule !== 'vulnerabilities' || gates.find((g) => g.id === gate.id)?.status === 'error')
            continue;
        const options = gate.options;
        try {
            const { globs, explicit, cap } = (0,vulnerabilities.sbomSource)(options, (0,context/* gateContext */.V)(policy, gate.id));
            const docs = await (0,vulnerabilities.readSbomDocuments)((0,sbom_sources/* sbomCandidates */.eV)(await facts.listAtHead(globs), explicit), explicit, cap, facts, []);
            let targets = (0,vulnerabilities.scanTargets)(docs, options.source);
            if (options.source === 'offline') {
                const asked = [...new Set(targets.scanned.map((s) => s.query))];
                targets = (0,vulnerabilities.withoutAnswer)(targets, await (0,vulnerabilities.offlineScan)(options, facts, asked, [], 'base'), options.offline);
            }
            for (const u of targets.unscannable)
                out.push({ gate: gate.id, ...(0,monitor/* notCheckedEntry */.rf)(u) });
        }
        catch (e) {
            if (!(e instanceof types/* FactError */.n))
                throw e;
        }
    }
    return out;
}
/** The SBOMs, VEX documents, SOUP list and risk register as released, each under released/<its path>. */
async function releasedFiles(repo, policy, commit) {
    const globs = [];
    for (const g of policy.gates) {
        const o = g.options;
        if (g.rule === 'sbom')
            globs.push(...(o.paths ?? sbom_sources/* DEFAULT_SBOM_GLOBS */.cC));
        if (g.rule === 'vulnerabilities' && o.vex)
            globs.push(...o.vex);
        if ((g.rule === 'soup' || g.rule === 'risk-register') && o.file)
            globs.push(o.file);
    }
    if (!globs.length)
        return [];
    const matches = (0,glob/* globMatcher */.f)(globs);
    const ignored = (0,glob/* globMatcher */.f)(['**/node_modules/**', '**/vendor/**']);
    const paths = (await repo.listTree(commit)).filter((e) => e.type === 'blob' && matches(e.path) && !ignored(e.path)).map((e) => e.path);
    const files = await (0,concurrency/* mapConcurrent */._)(paths, REQUEST_CONCURRENCY, async (path) => {
        const file = await repo.readFile(commit, path);
        return file ? { path: `released/${path}`, bytes: file.bytes } : undefined;
    });
    return files.filter((f) => f !== undefined);
}
/** Every change between the releases: the merged pull requests the commits came through, and commits that came through none. */
async function changeHistory(github, commits, checkName) {
    const pullsOf = await (0,concurrency/* mapConcurrent */._)(commits, REQUEST_CONCURRENCY, (c) => github.pullsForCommit(c.sha));
    const inRelease = new Set(commits.map((c) => c.sha));
    const byNumber = new Map();
    const direct = [];
    commits.forEach((c, i) => {
        const merged = pullsOf[i].filter((p) => p.mergedAt);
        // A commit can sit in several pull requests (a backport, a stacked branch): the one whose merge is in the release.
        const pull = merged.find((p) => p.mergeCommit && inRelease.has(p.mergeCommit)) ?? merged.sort((a, b) => a.number - b.number)[0];
        if (!pull)
            return void direct.push(c);
        const entry = byNumber.get(pull.number);
        if (entry)
            entry.commits.push(c.sha);
        else
            byNumber.set(pull.number, { pull, commits: [c.sha] });
    });
    const pulls = [...byNumber.values()];
    const judged = await (0,concurrency/* mapConcurrent */._)(pulls, REQUEST_CONCURRENCY, ({ pull, commits: shas }) => judgeChange(github, pull, shas, checkName));
    const changes = [
        ...judged,
        ...direct.map((c) => directChange(c, 'pushed to the branch without a pull request, so no sdlc-gate check judged it')),
    ];
    const order = new Map(commits.map((c, i) => [c.sha, i]));
    return changes.sort((a, b) => order.get(a.commits[a.commits.length - 1]) - order.get(b.commits[b.commits.length - 1]));
}
async function judgeChange(github, pull, commits, checkName) {
    const [reviews, runs] = await Promise.all([github.reviews(pull.number), github.checkRuns(pull.head, checkName)]);
    const approvals = [...(0,approvals_approvals/* latestDecisions */.tg)(reviews).values()]
        .filter((r) => r.state === 'APPROVED' && r.commitId === pull.head && r.user.toLowerCase() !== pull.author.toLowerCase())
        .map((r) => r.user)
        .sort(compare);
    const latest = runs[0];
    const gate = !latest ? 'missing' : latest.conclusion === 'success' ? 'success' : 'failure';
    const problem = gate === 'success'
        ? null
        : gate === 'missing'
            ? `merged with no ${checkName} check run on its head commit ${(0,util_text/* shortSha */.Fu)(pull.head)} — the gate was bypassed or not required; evaluate the change and record why`
            : `merged while the ${checkName} check on its head commit ${(0,util_text/* shortSha */.Fu)(pull.head)} was ${latest.conclusion ?? latest.status}, not success — an override; evaluate the change and record why`;
    return {
        pull_request: pull.number,
        title: pull.title,
        author: pull.author,
        url: pull.url,
        merge_commit: pull.mergeCommit ?? commits[commits.length - 1],
        head: pull.head,
        commits,
        approvals,
        gate,
        problem,
    };
}
function directChange(c, problem) {
    return {
        pull_request: null,
        title: c.subject,
        author: c.author,
        url: null,
        merge_commit: c.sha,
        head: c.sha,
        commits: [c.sha],
        approvals: [],
        gate: 'missing',
        problem,
    };
}
/** Issues with an anomaly label that were open at the release commit's time. */
async function openAnomalies(github, labels, evaluatedLabel, date) {
    const lists = await (0,concurrency/* mapConcurrent */._)(labels, REQUEST_CONCURRENCY, (l) => github.issuesWithLabel(l));
    const at = Date.parse(date);
    const byNumber = new Map();
    for (const issue of lists.flat()) {
        if (byNumber.has(issue.number) || Date.parse(issue.createdAt) > at)
            continue;
        if (issue.closedAt && Date.parse(issue.closedAt) <= at)
            continue;
        const sortedLabels = [...issue.labels].sort(compare);
        const evaluated = sortedLabels.includes(evaluatedLabel) || hasEvaluationSection(issue.body);
        byNumber.set(issue.number, { number: issue.number, title: issue.title, url: issue.url, labels: sortedLabels, evaluated });
    }
    return [...byNumber.values()].sort((a, b) => a.number - b.number);
}
function changeName(c) {
    return c.pull_request === null ? `commit ${(0,util_text/* shortSha */.Fu)(c.merge_commit)} (${c.title})` : `#${c.pull_request} (${c.title})`;
}
function safeName(id) {
    return id.replace(/[^A-Za-z0-9_.-]/g, '_');
}
function sha256(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
/** Code-unit order: the same on every machine and locale. */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 54610:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ RecordFolderError),
/* harmony export */   z: () => (/* binding */ writeRecordFolder)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);


// Writes a release record's folder. The folder holds the record and nothing else: a record left by an earlier run
// (a folder with a manifest.json) is replaced, a folder with anything else in it is refused.
class RecordFolderError extends Error {
}
async function writeRecordFolder(dir, files) {
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir).catch(() => undefined);
    if (existing?.length) {
        if (!existing.includes('manifest.json'))
            throw new RecordFolderError(`${dir} is a folder with other files in it; name an empty or new folder`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
    for (const f of files) {
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f.path);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target, f.bytes);
    }
}


/***/ })

};
