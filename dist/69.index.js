export const id = 69;
export const ids = [69];
export const modules = {

/***/ 9069:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _cli_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4314);

process.exitCode = await (0,_cli_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4314:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/engine/check.js
var check = __webpack_require__(3970);
// EXTERNAL MODULE: ./lib/facts/facts.js
var facts_facts = __webpack_require__(1892);
// EXTERNAL MODULE: ./lib/facts/github.js
var github = __webpack_require__(1564);
// EXTERNAL MODULE: ./lib/facts/local.js
var local = __webpack_require__(9528);
// EXTERNAL MODULE: ./lib/facts/osv.js
var osv = __webpack_require__(4571);
// EXTERNAL MODULE: ./lib/facts/worktree.js
var worktree = __webpack_require__(3086);
// EXTERNAL MODULE: ./lib/core/types.js
var types = __webpack_require__(2458);
// EXTERNAL MODULE: ./lib/app/defaults.js
var defaults = __webpack_require__(3377);
// EXTERNAL MODULE: ./lib/app/errors.js
var errors = __webpack_require__(6208);
// EXTERNAL MODULE: ./lib/app/work-tree.js
var work_tree = __webpack_require__(2689);
;// CONCATENATED MODULE: ./lib/app/check.js











const MAX_INPUT_BYTES = 20 * 1024 * 1024;
/** Facts from `sources` (lazy, memoized), the policy read through them, its gates evaluated. */
function checkPullRequest(policyPath, sources, readRemote) {
    return (0,check/* evaluatePullRequest */.qd)(policyPath, sources, (0,facts_facts/* createFacts */.u)(sources), readRemote);
}
/** Central policies (`extends: owner/repo/path@ref`) read through the API, when there is a client. */
function remotePolicyReader(client) {
    return client && new github/* GitHubFacts */.xc(client, '', '', defaults/* MAX_POLICY_BYTES */.m).readRemotePolicy;
}
/** A check on a local clone: the changes from the merge base of base and head, reviews and teams from files. */
async function checkLocal(input) {
    const repo = await (0,work_tree/* openRepository */.h)(input.cwd, input.repo, 'work tree');
    const inputFiles = new Map();
    for (const name of [input.reviews, input.teams])
        if (name)
            inputFiles.set(name, await readInput(input.cwd, name));
    const text = (name) => inputFiles.get(name);
    const event = input.event ? await readEvent((0,external_node_path_.resolve)(input.cwd, input.event)) : undefined;
    const baseRef = input.base ?? event?.baseSha;
    if (!baseRef)
        throw new errors/* UsageError */.e('--base REF is needed (or --event FILE with a pull_request payload)');
    const headRef = input.head ?? event?.headSha ?? 'HEAD';
    const baseSha = await repo.resolveCommit(baseRef);
    if (!baseSha)
        throw new errors/* UsageError */.e(`the base commit ${baseRef} is not in the repository — fetch it (git fetch origin ${baseRef}) or fix --base`);
    const headSha = await repo.resolveCommit(headRef);
    if (!headSha)
        throw new errors/* UsageError */.e(`the head commit ${headRef} is not in the repository — fetch it or fix --head`);
    const pr = event
        ? { ...event, baseSha, headSha }
        : { number: 0, title: '', body: '', labels: [], author: '', baseSha, headSha };
    const reviews = input.reviews ? asUsage(() => (0,local/* parseReviewsJson */.Nf)(text(input.reviews), input.reviews)) : undefined;
    const teams = input.teams ? asUsage(() => (0,local/* parseTeamsJson */.Al)(text(input.teams), input.teams)) : undefined;
    const outcome = await checkPullRequest(input.policy ?? defaults/* DEFAULT_POLICY_PATH */.l, {
        pr,
        ...(0,local/* gitSources */.zQ)(repo, pr),
        osvScan: (0,osv/* createOsvSource */.CD)({ deadline: AbortSignal.timeout(300_000), requestTimeoutMs: 30_000, retries: 2, retryDelayMs: 500 }),
        reviews: async () => {
            if (!reviews)
                throw new types/* FactError */.n('no reviews were given — pass --reviews FILE (the JSON of GET /repos/{owner}/{repo}/pulls/{number}/reviews)');
            return reviews;
        },
        teamMembers: async (team) => {
            const members = teams?.get(team.toLowerCase());
            if (!members)
                throw new types/* FactError */.n(`the members of @${team} are unknown — list them in --teams FILE as {"${team}": ["login", ...]}`);
            return members;
        },
        issueExists: async (n) => {
            throw new types/* FactError */.n(`the CLI cannot verify that issue #${n} exists (it does not call the issues API) — run the check as the action, or set verify: false for local runs`);
        },
    }, input.readRemote);
    return { outcome, baseSha, headSha };
}
/** Bad content in a file the user named is a usage error (exit 2), not a failed gate. */
function asUsage(parse) {
    try {
        return parse();
    }
    catch (e) {
        throw new errors/* UsageError */.e(e.message);
    }
}
async function readInput(cwd, path) {
    try {
        return await (0,worktree/* readLocalFile */.MM)((0,external_node_path_.resolve)(cwd, path), MAX_INPUT_BYTES);
    }
    catch (e) {
        const code = e.code;
        throw new errors/* UsageError */.e(code === 'ENOENT' ? `${path}: no such file` : `${path}: ${e.message}`);
    }
}
async function readEvent(path) {
    let payload;
    try {
        payload = JSON.parse(await (0,worktree/* readLocalFile */.MM)(path, MAX_INPUT_BYTES));
    }
    catch (e) {
        const code = e.code;
        throw new errors/* UsageError */.e(`--event ${path}: ${code === 'ENOENT' ? 'no such file' : e.message}`);
    }
    if (!payload?.pull_request)
        throw new errors/* UsageError */.e(`--event ${path} is not a pull_request event payload (it has no "pull_request")`);
    try {
        return (0,github/* pullRequestFromPayload */.rY)(payload.pull_request);
    }
    catch (e) {
        throw new errors/* UsageError */.e(`--event ${path}: ${e.message}`);
    }
}

// EXTERNAL MODULE: ./lib/policy/load.js + 3 modules
var load = __webpack_require__(7179);
// EXTERNAL MODULE: ./lib/policy/schema.js
var schema = __webpack_require__(5991);
// EXTERNAL MODULE: ./lib/rules/index.js + 20 modules
var rules = __webpack_require__(2548);
;// CONCATENATED MODULE: ./lib/app/validate.js






async function validatePolicy(input) {
    const root = (0,external_node_path_.resolve)(input.cwd, input.repo ?? '.');
    const path = input.policy ?? defaults/* DEFAULT_POLICY_PATH */.l;
    const read = (p) => (0,worktree/* readWorkingPolicy */.yv)(root, p, defaults/* MAX_POLICY_BYTES */.m);
    let text;
    try {
        text = await read(path);
    }
    catch (e) {
        return { kind: 'unreadable', path, message: e.message };
    }
    if (text === undefined)
        return { kind: 'missing', path };
    const loaded = await new load/* PolicyLoader */.e4(rules/* RULES */.y).load(path, text, read, input.readRemote);
    if (!loaded.ok)
        return { kind: 'invalid', path, errors: loaded.errors };
    return {
        kind: 'valid',
        path,
        notes: loaded.notes,
        gates: loaded.policy.gates.map((g) => (g.id === g.rule ? g.id : `${g.id} (${g.rule})`)),
    };
}
/** The JSON Schema of the policy file, every rule's options included. */
function policySchemaText() {
    return `${JSON.stringify((0,schema/* policySchema */.wh)(rules/* RULES */.y), null, 2)}\n`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./lib/publish/output-file.js


// The CLI's file publisher: a rendered report written where --output names (relative to the directory it runs in).
async function writeOutputFile(cwd, path, text) {
    await (0,promises_.writeFile)((0,external_node_path_.resolve)(cwd, path), text);
}

// EXTERNAL MODULE: ./lib/report/json.js
var json = __webpack_require__(7406);
// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(3021);
// EXTERNAL MODULE: ./lib/report/redact.js
var redact = __webpack_require__(6749);
// EXTERNAL MODULE: ./lib/util/text.js
var util_text = __webpack_require__(8805);
// EXTERNAL MODULE: ./lib/report/actions.js
var actions = __webpack_require__(8565);
// EXTERNAL MODULE: ./lib/report/status.js
var report_status = __webpack_require__(6282);
;// CONCATENATED MODULE: ./lib/report/text.js



/** The CLI's plain-text report: the steps that would make it pass, then one line per gate with its findings indented beneath, attention first. */
function renderText(ctx) {
    const { result } = ctx;
    const ordered = [
        ...report_status/* ATTENTION_ORDER */.mJ.flatMap((s) => result.gates.filter((g) => g.status === s)),
        ...result.gates.filter((g) => !(0,report_status/* needsAttention */.e_)(g.status)),
    ];
    const failed = result.gates.filter((g) => g.status === 'fail' || g.status === 'error').length;
    const lines = [
        `sdlc-gate: ${result.status.toUpperCase()} — ${failed ? `${failed} of ${(0,util_text/* plural */.LS)(result.gates.length, 'gate')} failed` : `${(0,util_text/* plural */.LS)(result.gates.length, 'gate')}, none failed`}` +
            ` (policy ${result.policy.path} at ${(0,util_text/* shortSha */.Fu)(result.policy.ref)}; base ${(0,util_text/* shortSha */.Fu)(result.base)}, head ${(0,util_text/* shortSha */.Fu)(result.head)})`,
    ];
    for (const note of ctx.notes)
        lines.push(`note: ${oneLine(note)}`);
    if (result.status === 'fail') {
        const steps = (0,actions/* stepsToPass */.J)(result);
        if (steps.length)
            lines.push('to pass:');
        steps.forEach((s, i) => lines.push(`  ${i + 1}. ${oneLine(s.text)}${s.command ? ` (run: ${oneLine(s.command)})` : ''} [${s.gates.join(', ')}]`));
    }
    for (const g of ordered) {
        const rule = g.rule === g.id ? '' : ` (${g.rule})`;
        lines.push(`${report_status/* STATUS_WORD */.I1[g.status].padEnd(5)} ${g.id}${rule}: ${oneLine(g.summary)}`);
        for (const f of g.findings) {
            if (!f.file && f.message === g.summary)
                continue; // already the gate's line
            const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : '';
            lines.push(`      ${f.severity}: ${oneLine(where)}${oneLine(f.message)}${f.help ? ` ${oneLine(f.help)}` : ''}`);
        }
        for (const t of g.tables ?? []) {
            lines.push(`      ${oneLine(t.title)} (${t.rows.length}):`);
            for (const r of t.rows)
                lines.push(`        ${t.columns.map((c, i) => `${oneLine(c)}: ${oneLine(r[i] ?? '')}`).join('; ')}`);
        }
    }
    return `${lines.join('\n')}\n`;
}
/** Repository text never breaks the one-line-per-item layout (nor injects terminal escapes). */
function oneLine(s) {
    // eslint-disable-next-line no-control-regex -- the control characters are what this strips from repository text
    return s.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, '');
}

// EXTERNAL MODULE: ./lib/github/client.js + 23 modules
var client = __webpack_require__(3434);
;// CONCATENATED MODULE: ./lib/cli/client.js


// The CLI's GitHub client, when GITHUB_TOKEN is set: the token registered as a secret (never printed), requests
// aborted after `budgetMs`, rate-limit waits up to `maxRateLimitWaitMs`.
function cliClient(env, budgetMs, maxRateLimitWaitMs) {
    const token = env.GITHUB_TOKEN;
    if (!token)
        return undefined;
    (0,redact/* registerSecret */.cl)(token);
    return (0,client/* createClient */.UU)({
        token,
        baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
        deadline: AbortSignal.timeout(budgetMs),
        requestTimeoutMs: 30_000,
        retries: 2,
        retryDelayMs: 1000,
        maxRateLimitWaitMs,
    });
}

// EXTERNAL MODULE: ./lib/app/release-local.js + 2 modules
var release_local = __webpack_require__(5024);
// EXTERNAL MODULE: ./lib/publish/release.js
var release = __webpack_require__(4610);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./lib/cli/run-command.js



/** The command's flags (strict: an unknown flag or a positional argument is bad usage). */
function parseFlags(args, options) {
    try {
        return (0,external_node_util_.parseArgs)({ args, options, strict: true, allowPositionals: false }).values;
    }
    catch (e) {
        throw new errors/* UsageError */.e(e.message.replace(/\. To specify.*$/s, ''));
    }
}
/**
 * Runs a command's body: bad usage prints the message and the usage line (exit 2); anything else one line, with
 * `onFact` deciding what a missing fact means for this command (its exit code and a note).
 */
async function runCommand(command, usage, io, body, onFact) {
    try {
        return await body();
    }
    catch (e) {
        if (e instanceof errors/* UsageError */.e) {
            io.stderr(`sdlc-gate ${command}: ${e.message}\n\nUsage: ${usage}\n`);
            return 2;
        }
        const fact = e instanceof types/* FactError */.n;
        io.stderr(`sdlc-gate ${command}: ${e?.message ?? String(e)}${fact && onFact.note ? `; ${onFact.note}` : ''}\n`);
        return fact ? onFact.code : 1;
    }
}

;// CONCATENATED MODULE: ./lib/cli/release.js







// `sdlc-gate release`: the release record of one tag, written to a folder (record.json, manifest.json, index.html and
// the evidence files). Exit 0 when the record passes, 1 when it fails or is incomplete, 2 for usage or policy errors.
const RELEASE_USAGE = `sdlc-gate release [--repo DIR] [--policy PATH] --tag TAG [--previous TAG] [--output DIR]`;
function release_release(args, io) {
    return runCommand('release', RELEASE_USAGE, io, () => run(args, io), { code: 1 });
}
async function run(args, io) {
    const s = { type: 'string' };
    const opts = parseFlags(args, { repo: s, policy: s, tag: s, previous: s, output: s });
    if (!opts.tag)
        throw new errors/* UsageError */.e('--tag TAG is needed: the release to record');
    const github = githubFromEnv(io.env);
    const { outcome, folder: output } = await (0,release_local/* releaseLocal */.f)({ cwd: io.cwd, ...opts, tag: opts.tag, ...(github ? { github } : {}) });
    if (!outcome.ok) {
        for (const e of outcome.errors)
            io.stderr(`${(0,check/* formatPolicyError */.iv)(e)}\n`);
        io.stderr('sdlc-gate release: the policy is invalid; no record was written\n');
        return 2;
    }
    try {
        await (0,release/* writeRecordFolder */.z)(output, outcome.files);
    }
    catch (e) {
        if (e instanceof release/* RecordFolderError */.S)
            throw new errors/* UsageError */.e(`--output ${e.message}`);
        throw e;
    }
    const { record } = outcome;
    // What the record echoes from the repository and GitHub goes through the same filter as every other output.
    const say = (line) => io.stdout(`${(0,redact/* sanitizeOutput */.Bn)(line)}\n`);
    say(`${record.tag}: ${record.status}${record.previous ? ` (changes since ${record.previous})` : ''}; record written to ${opts.output ?? output}`);
    for (const p of record.problems)
        say(`  problem: ${p}`);
    for (const u of record.unverified)
        say(`  not verified: ${u}`);
    return record.status === 'pass' ? 0 : 1;
}
/** GitHub access as the action has it: a token, the API's address and the repository. */
function githubFromEnv(env) {
    const [owner, name] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const client = owner && name ? cliClient(env, 600_000, 60_000) : undefined;
    return client ? { client, owner: owner, repo: name, serverUrl: env.GITHUB_SERVER_URL || 'https://github.com' } : undefined;
}

;// CONCATENATED MODULE: ./lib/facts/repo-url.js
/** Why a --repo-url is refused (a usage error), or undefined when it is a usable https address. */
function repoUrlProblem(value) {
    const url = parseHttps(value);
    if (!url)
        return `--repo-url must be an https:// address of the repository (such as https://github.com/owner/repo), not "${value}"`;
    if (url.username || url.password)
        return `--repo-url must not carry credentials — give the address as the browser shows it`;
    if (url.search || url.hash)
        return `--repo-url must be the repository's address alone, without a query or fragment`;
    if (url.pathname.split('/').filter(Boolean).length < 2)
        return `--repo-url must name the repository (https://host/owner/repo), not "${value}"`;
    return undefined;
}
/** The canonical form of a usable https address: no trailing slash or `.git`. */
function normalizeRepoUrl(value) {
    if (repoUrlProblem(value) !== undefined)
        return undefined;
    const url = new URL(value);
    const path = url.pathname.replace(/\/+$/, '').replace(/\.git$/, '');
    return `https://${url.host}${path}`;
}
/**
 * The web address of a git remote: `https://host/owner/repo(.git)`, `ssh://[user@]host[:port]/owner/repo(.git)`
 * and the scp-like `user@host:owner/repo(.git)`. Credentials in an https remote are dropped (never echoed); an ssh
 * port is dropped (the web server is https on its own port); anything else (a local path, http, git://) is none.
 */
function webUrlFromRemote(remote) {
    const value = remote.trim();
    if (!value || /\s/.test(value) || [...value].some((c) => c < ' ' || c === '\u007f'))
        return undefined;
    // scp-like (no scheme): a host with a dot, so a Windows drive letter (C:\...) is not one.
    const scp = /^(?:[A-Za-z0-9._~-]+@)?([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+):(?!\/\/)([^\\]+)$/.exec(value);
    if (scp)
        return repoPath(scp[1], scp[2]);
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return undefined;
    }
    if (url.protocol === 'https:')
        return repoPath(url.host, url.pathname);
    if (url.protocol === 'ssh:' || url.protocol === 'git+ssh:')
        return repoPath(url.hostname, url.pathname);
    return undefined;
}
function repoPath(host, path) {
    const parts = path
        .replace(/\.git\/?$/, '')
        .split('/')
        .filter(Boolean);
    if (parts.length < 2 || parts.some((p) => p === '.' || p === '..') || !host.includes('.'))
        return undefined;
    return `https://${host.toLowerCase()}/${parts.join('/')}`;
}
function parseHttps(value) {
    try {
        const url = new URL(value);
        return url.protocol === 'https:' && url.host ? url : undefined;
    }
    catch {
        return undefined;
    }
}
/** The event's repository: GITHUB_REPOSITORY on GITHUB_SERVER_URL (github.com when unset). */
function repoUrlFromEnv(env) {
    const repository = env.GITHUB_REPOSITORY?.trim();
    if (!repository || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository))
        return undefined;
    const server = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '');
    return normalizeRepoUrl(`${server}/${repository}`);
}
/**
 * The repository's web address for links, or undefined (plain text locations): `flag` if given (already checked
 * with repoUrlProblem), else the event's, else the `origin` remote's.
 */
async function detectRepositoryUrl(input) {
    if (input.flag !== undefined) {
        const url = normalizeRepoUrl(input.flag);
        return url ? { url, source: 'flag' } : undefined;
    }
    const fromEnv = repoUrlFromEnv(input.env);
    if (fromEnv)
        return { url: fromEnv, source: 'event' };
    const remote = await input.repo.run(['remote', 'get-url', 'origin']).catch(() => undefined);
    const fromRemote = remote === undefined ? undefined : webUrlFromRemote(remote);
    return fromRemote ? { url: fromRemote, source: 'remote' } : undefined;
}

// EXTERNAL MODULE: ./lib/util/concurrency.js
var concurrency = __webpack_require__(4467);
// EXTERNAL MODULE: ./lib/facts/git/index.js + 7 modules
var git = __webpack_require__(2536);
;// CONCATENATED MODULE: ./lib/facts/work-tree-source.js







// The work tree as a fact source (for `trace` and `vex`): its "head" is the work tree — files read never through a
// symlink that leaves it — and, with a base commit, the changed files are those since that commit.
const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The ref name the work tree's files are read at. */
const WORK_TREE = 'work tree';
/** Fact sources whose head is the work tree; with `baseSha`, the changed files are those since that commit. */
function workTreeSources(repo, root, baseSha, command) {
    const readWork = async (path) => {
        const text = await (0,worktree/* readWorkingFile */.o6)(root, path, MAX_FILE_BYTES);
        return text === undefined ? undefined : { path, ref: WORK_TREE, text, bytes: Buffer.from(text) };
    };
    return {
        pr: { number: 0, title: '', body: '', labels: [], author: '', baseSha: baseSha ?? '', headSha: WORK_TREE },
        changedFiles: async () => baseSha
            ? (0,git/* parseNameStatus */.F_)(await repo.run(['diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-textconv', baseSha, '--']))
            : [],
        reviews: async () => {
            throw new types/* FactError */.n(`${command} does not read reviews`);
        },
        teamMembers: async () => {
            throw new types/* FactError */.n(`${command} does not read teams`);
        },
        readFile: (ref, path) => (ref === WORK_TREE ? readWork(path) : repo.readFile(ref, path)),
        listFiles: () => workTreeFiles(repo, root),
        osvScan: (0,osv/* createOsvSource */.CD)({ deadline: AbortSignal.timeout(300_000), requestTimeoutMs: 30_000, retries: 2, retryDelayMs: 500 }),
    };
}
/** Whether tracked files of the work tree differ from HEAD (untracked files do not count). */
async function workTreeDirty(repo) {
    return (await repo.run(['status', '--porcelain', '--untracked-files=no'])).trim() !== '';
}
/** Tracked and untracked (not ignored) regular files of the work tree; symlinks and deleted files are left out. */
async function workTreeFiles(repo, root) {
    const out = await repo.run(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate']);
    const paths = [...new Set(out.split('\0').filter(Boolean))];
    const regular = await (0,concurrency/* mapConcurrent */._)(paths, 64, async (p) => {
        try {
            return (await (0,promises_.lstat)((0,external_node_path_.join)(root, p))).isFile();
        }
        catch {
            return false;
        }
    });
    return paths.filter((_, i) => regular[i]);
}

// EXTERNAL MODULE: ./lib/report/trace-formats.js + 1 modules
var trace_formats = __webpack_require__(2846);
// EXTERNAL MODULE: ./lib/core/trace.js
var trace = __webpack_require__(3186);
// EXTERNAL MODULE: ./lib/rules/traceability/index.js + 5 modules
var traceability = __webpack_require__(8217);
// EXTERNAL MODULE: ./lib/core/rule.js
var rule = __webpack_require__(7849);
;// CONCATENATED MODULE: ./lib/app/trace.js









// The trace use case: the full traceability matrix of the work tree, as the policy's traceability gate sees it.
// With a base, requirements whose text changed since the merge base with no test changed are marked suspect.
const TRACE_FORMATS = ['markdown', 'csv', 'json', 'html'];
async function traceWorkTree(input) {
    const chosen = await (0,work_tree/* workTreeGate */.p)(input, 'traceability');
    if (!chosen.ok)
        return { ok: false, errors: chosen.errors };
    const { repo, root, policyPath, policy, gate } = chosen;
    const head = (await repo.resolveCommit('HEAD')) ?? '(no commit yet)';
    let baseSha;
    if (input.base) {
        const resolved = await repo.resolveCommit(input.base);
        if (!resolved)
            throw new errors/* UsageError */.e(`--base ${input.base} is not a commit of the repository`);
        baseSha = (await repo.mergeBase(resolved, 'HEAD')) ?? resolved;
    }
    const facts = (0,facts_facts/* createFacts */.u)(workTreeSources(repo, root, baseSha, 'trace'));
    const matrix = await (0,traceability/* buildMatrix */.Kn)({ options: (0,rule/* gateOptionsOf */.P)(gate, traceability/* traceability */.Qx), facts, policy, compare: baseSha !== undefined });
    const dirty = await workTreeDirty(repo);
    const repositoryUrl = (await detectRepositoryUrl({ flag: input.repoUrl, env: input.env ?? {}, repo }))?.url;
    const meta = {
        gate: gate.id,
        policy: policyPath,
        head,
        dirty,
        ...(baseSha ? { base: baseSha } : {}),
        generatedAt: (input.now ?? new Date()).toISOString(),
        ...(repositoryUrl ? { repositoryUrl } : {}),
    };
    const { format } = input;
    const rendered = format === 'json'
        ? (0,trace_formats/* renderTraceJson */.S2)(matrix, meta)
        : format === 'csv'
            ? (0,trace_formats/* renderTraceCsv */.uD)(matrix)
            : format === 'html'
                ? (0,trace_formats/* renderTraceHtml */.jS)(matrix, meta)
                : (0,trace_formats/* renderTraceMarkdown */.r0)(matrix, meta);
    return { ok: true, rendered, counts: (0,trace/* countMatrix */.p)(matrix), compared: matrix.compared };
}

;// CONCATENATED MODULE: ./lib/cli/trace.js






// `sdlc-gate trace`: the full traceability matrix of the work tree, as the policy's traceability gate sees it.
// Files are read from the work tree (never through a symlink that leaves it); with --base, requirements whose text
// changed since that commit with no test changed are marked suspect, as in a pull request.
const TRACE_USAGE = `sdlc-gate trace [--repo DIR] [--policy PATH] [--gate ID] [--format markdown|csv|json|html] [--output FILE] [--base REF] [--repo-url URL]`;
function trace_trace(args, io) {
    return runCommand('trace', TRACE_USAGE, io, () => trace_run(args, io), { code: 2 });
}
async function trace_run(args, io) {
    const s = { type: 'string' };
    const { 'repo-url': repoUrl, ...opts } = parseFlags(args, { repo: s, policy: s, gate: s, format: s, output: s, base: s, 'repo-url': s });
    const format = (opts.format ?? 'markdown');
    if (!TRACE_FORMATS.includes(format))
        throw new errors/* UsageError */.e(`--format must be markdown, csv, json or html, not "${opts.format}"`);
    const urlProblem = repoUrl === undefined ? undefined : repoUrlProblem(repoUrl);
    if (urlProblem)
        throw new errors/* UsageError */.e(urlProblem);
    const traced = await traceWorkTree({ cwd: io.cwd, ...opts, format, ...(repoUrl ? { repoUrl } : {}), env: io.env ?? {} });
    if (!traced.ok) {
        for (const e of traced.errors)
            io.stderr(`${(0,check/* formatPolicyError */.iv)(e)}\n`);
        io.stderr(`sdlc-gate trace: the policy is invalid\n`);
        return 2;
    }
    const { rendered, counts: c } = traced;
    if (opts.output) {
        await writeOutputFile(io.cwd, opts.output, rendered);
        io.stderr(`sdlc-gate trace: ${c.requirements} requirements, ${c.untested} untested${traced.compared ? `, ${c.suspect} suspect` : ''}; ${format} written to ${opts.output}\n`);
    }
    else
        io.stdout(rendered);
    return 0;
}

// EXTERNAL MODULE: ./lib/policy/context.js
var context = __webpack_require__(8793);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/report/vex.js

// The CycloneDX VEX skeleton `sdlc-gate vex` writes: the vulnerabilities still open, `in_triage`, for a person to assess.
const METHODS = { 'CVSS:3.0': 'CVSSv3', 'CVSS:3.1': 'CVSSv31', 'CVSS:4.0': 'CVSSv4' };
/** A CycloneDX 1.6 VEX document: one vulnerability entry per id, affecting each open component by purl. */
function vexSkeleton(open, now) {
    const byId = new Map();
    for (const o of open) {
        const list = byId.get(o.vulnerability.id);
        if (list)
            list.push(o);
        else
            byId.set(o.vulnerability.id, [o]);
    }
    const vulnerabilities = [...byId.entries()].map(([id, entries]) => {
        const first = entries[0];
        const aliases = first.ids.filter((a) => a !== id);
        const { level, score, source } = first.severity;
        const refs = [...new Set(entries.map((e) => e.component.purl ?? e.component.ref).filter((r) => !!r))];
        return {
            id,
            source: { name: 'OSV', url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}` },
            ...(aliases.length
                ? {
                    references: aliases.map((a) => ({
                        id: a,
                        source: { name: 'OSV', url: `https://osv.dev/vulnerability/${encodeURIComponent(a)}` },
                    })),
                }
                : {}),
            ...(level
                ? { ratings: [{ ...(score !== undefined ? { score } : {}), severity: level, method: (source && METHODS[source]) ?? 'other' }] }
                : {}),
            ...(first.vulnerability.summary ? { description: first.vulnerability.summary } : {}),
            analysis: {
                state: 'in_triage',
                detail: `To assess: ${entries.map((e) => `${e.component.name}@${e.component.version ?? '?'} (${e.sbom})`).join(', ')}. Set state (not_affected with a justification, exploitable, resolved or false_positive), write why in this detail, and set lastUpdated to the day of the assessment.`,
            },
            affects: refs.map((ref) => ({ ref })),
        };
    });
    return {
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        serialNumber: `urn:uuid:${(0,external_node_crypto_.randomUUID)()}`,
        version: 1,
        metadata: { timestamp: now.toISOString(), tools: { components: [{ type: 'application', name: 'sdlc-gate' }] } },
        vulnerabilities,
    };
}

// EXTERNAL MODULE: ./lib/rules/vulnerabilities/index.js + 2 modules
var vulnerabilities = __webpack_require__(5862);
;// CONCATENATED MODULE: ./lib/app/vex.js







async function vexWorkTree(input) {
    const chosen = await (0,work_tree/* workTreeGate */.p)(input, 'vulnerabilities');
    if (!chosen.ok)
        return { kind: 'invalid-policy', errors: chosen.errors };
    const { repo, root, policy, gate } = chosen;
    const facts = (0,facts_facts/* createFacts */.u)(workTreeSources(repo, root, undefined, 'vex'));
    const { outcome, open, problems } = await (0,vulnerabilities/* assessVulnerabilities */.Jn)((0,rule/* gateOptionsOf */.P)(gate, vulnerabilities/* vulnerabilities */.pe), facts, (0,context/* gateContext */.V)(policy, gate.id), 'head');
    if (problems.length)
        return { kind: 'incomplete', gate: gate.id, problems };
    if (open.length === 0)
        return { kind: 'nothing-open', summary: outcome.summary ?? 'nothing to assess' };
    return {
        kind: 'skeleton',
        text: `${JSON.stringify(vexSkeleton(open, input.now ?? new Date()), null, 2)}\n`,
        vulnerabilities: new Set(open.map((o) => o.vulnerability.id)).size,
    };
}

;// CONCATENATED MODULE: ./lib/cli/vex.js




// `sdlc-gate vex`: a CycloneDX VEX skeleton for the vulnerabilities still open in the work tree, as the policy's
// vulnerabilities gate sees them — one entry per vulnerability, `in_triage`, naming the affected components by
// purl, for a person to assess (state, justification, detail, lastUpdated) and commit where the gate's `vex` reads.
const VEX_USAGE = `sdlc-gate vex [--repo DIR] [--policy PATH] [--gate ID] [--output FILE]`;
function vex(args, io) {
    // A fact that could not be had (a missing OSV folder, an unreadable SBOM) leaves the skeleton incomplete: exit 1.
    return runCommand('vex', VEX_USAGE, io, () => vex_run(args, io), { code: 1, note: 'no skeleton was written' });
}
async function vex_run(args, io) {
    const s = { type: 'string' };
    const opts = parseFlags(args, { repo: s, policy: s, gate: s, output: s });
    const outcome = await vexWorkTree({ cwd: io.cwd, ...opts });
    switch (outcome.kind) {
        case 'invalid-policy':
            for (const e of outcome.errors)
                io.stderr(`${(0,check/* formatPolicyError */.iv)(e)}\n`);
            io.stderr(`sdlc-gate vex: the policy is invalid\n`);
            return 2;
        case 'incomplete':
            for (const p of outcome.problems)
                io.stderr(`${p.file ? `${p.file}${p.line ? `:${p.line}` : ''}: ` : ''}${p.message}\n`);
            io.stderr(`sdlc-gate vex: the ${outcome.gate} gate could not see every component and vulnerability; no skeleton was written\n`);
            return 1;
        case 'nothing-open':
            io.stderr(`sdlc-gate vex: no open vulnerabilities (${outcome.summary}) — nothing to write\n`);
            return 0;
        case 'skeleton': {
            const n = outcome.vulnerabilities;
            if (opts.output) {
                await writeOutputFile(io.cwd, opts.output, outcome.text);
                io.stderr(`sdlc-gate vex: ${n} open ${n === 1 ? 'vulnerability' : 'vulnerabilities'} written to ${opts.output} as in_triage — assess each, then commit it where the gate's vex globs look\n`);
            }
            else
                io.stdout(outcome.text);
            return 0;
        }
    }
}

// EXTERNAL MODULE: ./lib/app/monitor.js + 5 modules
var monitor = __webpack_require__(6562);
;// CONCATENATED MODULE: ./lib/cli/monitor.js





// `sdlc-gate monitor`: post-market surveillance of the released versions (tags) and watched branches.
// Exit 0 nothing open at or above fail_on (or in KEV) and every ref checked; 1 otherwise; 2 usage or policy errors.
const MONITOR_USAGE = `sdlc-gate monitor [--repo DIR] [--policy PATH] [--ref REF]... [--now ISO-8601] [--state FILE]
                  [--format text|json|markdown] [--output FILE]`;
function monitor_monitor(args, io) {
    return runCommand('monitor', MONITOR_USAGE, io, () => monitor_run(args, io), { code: 1, note: 'nothing was checked' });
}
async function monitor_run(args, io) {
    const s = { type: 'string' };
    const opts = parseFlags(args, { repo: s, policy: s, ref: { type: 'string', multiple: true }, now: s, state: s, format: s, output: s });
    const format = opts.format ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'markdown')
        throw new errors/* UsageError */.e(`--format must be text, json or markdown, not "${format}"`);
    let now = new Date();
    if (opts.now !== undefined) {
        // A full date or date-time (ISO 8601); anything Date.parse guesses at (e.g. "tomorrow") is refused.
        if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(opts.now) ||
            !Number.isFinite(Date.parse(opts.now))) {
            throw new errors/* UsageError */.e(`--now "${opts.now}" is not an ISO 8601 date (e.g. 2026-03-01 or 2026-03-01T06:17:00Z)`);
        }
        now = new Date(Date.parse(opts.now));
    }
    const outcome = await (0,monitor/* monitorLocal */.wn)({ cwd: io.cwd, ...opts, ...(opts.ref ? { refs: opts.ref } : {}), now, format });
    if (!outcome.ok) {
        for (const e of outcome.errors)
            io.stderr(`${(0,check/* formatPolicyError */.iv)(e)}\n`);
        io.stderr(`sdlc-gate monitor: the policy on ${outcome.branch} is invalid; nothing was checked\n`);
        return 2;
    }
    const { result, rendered } = outcome;
    // The state keeps first sight; a run that could not check everything still records what it did see.
    if (opts.state && outcome.state !== undefined)
        await writeOutputFile(io.cwd, opts.state, outcome.state);
    if (opts.output) {
        await writeOutputFile(io.cwd, opts.output, rendered);
        io.stderr(`sdlc-gate monitor: ${result.status}; ${format} written to ${opts.output}\n`);
    }
    else
        io.stdout(rendered);
    if (result.unchecked.length || result.problems.length)
        io.stderr(`sdlc-gate monitor: not checked: ${result.unchecked.join(', ') || 'every ref'}\n`);
    return result.status === 'pass' ? 0 : 1;
}

;// CONCATENATED MODULE: ./lib/cli/commands.js

















// The command line: the same evaluation as the action, with git for the diff and files for reviews and teams.
// Exit 0 pass, 1 a gate failed or errored, 2 bad usage or an invalid policy.
const USAGE = `Usage:
  sdlc-gate check [--repo DIR] [--policy PATH] [--base REF] [--head REF] [--event FILE]
                  [--reviews FILE] [--teams FILE] [--format text|json|markdown] [--output FILE]
  sdlc-gate validate [--repo DIR] [--policy PATH]
  sdlc-gate trace [--repo DIR] [--policy PATH] [--gate ID] [--format markdown|csv|json|html] [--output FILE] [--base REF] [--repo-url URL]
  sdlc-gate vex [--repo DIR] [--policy PATH] [--gate ID] [--output FILE]
  sdlc-gate release [--repo DIR] [--policy PATH] --tag TAG [--previous TAG] [--output DIR]
  ${MONITOR_USAGE}
  sdlc-gate schema

Exit status: 0 pass, 1 a gate failed or errored, 2 bad usage or an invalid policy.`;
/** Central policies (`extends: owner/repo/path@ref`) are read through the API when GITHUB_TOKEN is set. */
function commands_remotePolicyReader(env) {
    return remotePolicyReader(cliClient(env, 120_000, 30_000));
}
async function main(argv, io) {
    try {
        const [command, ...rest] = argv;
        switch (command) {
            case 'check':
                return await commands_check(rest, io);
            case 'validate':
                return await validate(rest, io);
            case 'trace':
                return await trace_trace(rest, io);
            case 'vex':
                return await vex(rest, io);
            case 'release':
                return await release_release(rest, io);
            case 'monitor':
                return await monitor_monitor(rest, io);
            case 'schema':
                parseFlags(rest, {});
                io.stdout(policySchemaText());
                return 0;
            case undefined:
            case 'help':
            case '--help':
            case '-h':
                io.stdout(`${USAGE}\n`);
                return command === undefined ? 2 : 0;
            default:
                throw new errors/* UsageError */.e(`unknown command "${command}"`);
        }
    }
    catch (e) {
        if (e instanceof errors/* UsageError */.e) {
            io.stderr(`sdlc-gate: ${e.message}\n\n${USAGE}\n`);
            return 2;
        }
        io.stderr(`sdlc-gate: ${e?.message ?? String(e)}\n`);
        return e instanceof types/* FactError */.n ? 2 : 1;
    }
}
async function commands_check(args, io) {
    const s = { type: 'string' };
    const opts = parseFlags(args, { repo: s, policy: s, base: s, head: s, event: s, reviews: s, teams: s, format: s, output: s });
    const format = opts.format ?? 'text';
    if (!['text', 'json', 'markdown'].includes(format))
        throw new errors/* UsageError */.e(`--format must be text, json or markdown, not "${format}"`);
    const { outcome, baseSha, headSha } = await checkLocal({ cwd: io.cwd, ...opts, readRemote: commands_remotePolicyReader(io.env) });
    if (!outcome.ok) {
        for (const e of outcome.errors)
            io.stderr(`${(0,check/* formatPolicyError */.iv)(e)}\n`);
        io.stderr(`sdlc-gate: the policy is invalid; nothing was evaluated\n`);
        return 2;
    }
    const { report } = outcome;
    // What leaves the CLI goes through the same filter as the action's outputs: no token, no terminal escapes.
    const rendered = (0,redact/* sanitizeOutput */.Bn)(format === 'json'
        ? (0,json/* renderJson */.h)(report.result)
        : format === 'markdown'
            ? (0,markdown/* renderMarkdown */.Gc)(report, { maxBytes: markdown/* MAX_SUMMARY_BYTES */.Q0 })
            : renderText(report));
    if (opts.output) {
        await writeOutputFile(io.cwd, opts.output, rendered);
        io.stderr(`sdlc-gate: ${report.result.status} (${(0,util_text/* shortSha */.Fu)(baseSha)}…${(0,util_text/* shortSha */.Fu)(headSha)}); ${format} written to ${opts.output}\n`);
    }
    else
        io.stdout(rendered);
    return report.result.status === 'pass' ? 0 : 1;
}
async function validate(args, io) {
    const s = { type: 'string' };
    const opts = parseFlags(args, { repo: s, policy: s });
    const outcome = await validatePolicy({ cwd: io.cwd, ...opts, readRemote: commands_remotePolicyReader(io.env) });
    switch (outcome.kind) {
        case 'unreadable':
            io.stdout(`${outcome.path}:1:1: ${outcome.message}\n`);
            return 2;
        case 'missing':
            io.stdout(`${outcome.path}:1:1: no such file — create it, or name yours with --policy\n`);
            return 2;
        case 'invalid':
            for (const e of outcome.errors)
                io.stdout(`${(0,check/* formatPolicyError */.iv)(e)}\n`);
            return 2;
        case 'valid': {
            for (const note of outcome.notes)
                io.stdout(`note: ${note}\n`);
            const { gates } = outcome;
            io.stdout(`${outcome.path}: valid; ${gates.length} ${gates.length === 1 ? 'gate' : 'gates'}${gates.length ? `: ${gates.join(', ')}` : ''}\n`);
            return 0;
        }
    }
}


/***/ })

};
