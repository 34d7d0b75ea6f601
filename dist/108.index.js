export const id = 108;
export const ids = [108];
export const modules = {

/***/ 6125:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseTag: () => (/* binding */ releaseTag),
  runRelease: () => (/* binding */ runRelease)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/app/release.js + 4 modules
var release = __webpack_require__(3316);
// EXTERNAL MODULE: ./lib/app/release-local.js + 2 modules
var release_local = __webpack_require__(85024);
// EXTERNAL MODULE: ./lib/engine/check.js
var check = __webpack_require__(13970);
// EXTERNAL MODULE: ./lib/publish/release.js
var publish_release = __webpack_require__(54610);
// EXTERNAL MODULE: ./lib/publish/runner.js
var runner = __webpack_require__(94353);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(72527);
// EXTERNAL MODULE: ./lib/report/not-checked.js
var not_checked = __webpack_require__(81791);
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
    list('Components not checked for vulnerabilities (no vulnerabilities are known for them because none were looked up)', r.not_checked.map((n) => `${(0,not_checked/* notCheckedComponentText */.l)(n)}: ${n.reason}`));
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


/***/ })

};
