export const id = 5565;
export const ids = [5565];
export const modules = {

/***/ 45565:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RESULT_SCHEMA: () => (/* binding */ RESULT_SCHEMA),
  parseResult: () => (/* binding */ parseResult),
  publishResultFile: () => (/* binding */ publishResultFile)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./lib/engine/evaluate.js
var evaluate = __webpack_require__(99095);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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

// EXTERNAL MODULE: ./lib/github/errors.js
var errors = __webpack_require__(9452);
// EXTERNAL MODULE: ./lib/publish/check-run.js
var check_run = __webpack_require__(82875);
// EXTERNAL MODULE: ./lib/publish/comment.js
var publish_comment = __webpack_require__(10282);
// EXTERNAL MODULE: ./lib/publish/runner.js
var runner = __webpack_require__(94353);
// EXTERNAL MODULE: ./lib/publish/workflow-annotations.js
var workflow_annotations = __webpack_require__(40873);
// EXTERNAL MODULE: ./lib/report/annotations.js
var report_annotations = __webpack_require__(91116);
// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(63021);
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
    const annotations = (0,report_annotations/* toAnnotations */.g)(result);
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
        (0,workflow_annotations/* writeWorkflowAnnotations */.p)(annotations);
    if (c.inputs.comment !== 'never') {
        const number = await pullRequestOf(c, run, result.head);
        if (number === undefined)
            core/* notice */.lm(`no open pull request has head ${result.head.slice(0, 7)}; no comment written`);
        else {
            const marker = (0,publish_comment/* commentMarker */.Ql)(c.inputs.checkName);
            const body = (0,markdown/* renderMarkdown */.Gc)({ result, notes: [note] }, { header: marker, maxLength: markdown/* MAX_COMMENT_LENGTH */.wT });
            const onlyIfExists = c.inputs.comment === 'on-failure' && result.status === 'pass';
            const target = { client: c.client, owner: c.owner, repo: c.repo, issueNumber: number, marker, tokenKind: (0,publish_comment/* tokenKind */.aA)(c.inputs.token) };
            const comment = await (0,publish_comment/* upsertComment */.lB)(target, body, onlyIfExists).catch((e) => ({
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
        if ((0,errors/* apiErrorStatus */.RK)(e) === 403 || (0,errors/* apiErrorStatus */.RK)(e) === 404) {
            core/* warning */.$e((0,errors/* describeApiError */.gg)(e, `GET /repos/${c.owner}/${c.repo}/pulls`, 'pull-requests: read'));
            return undefined;
        }
        throw e;
    }
}


/***/ })

};
