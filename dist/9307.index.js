export const id = 9307;
export const ids = [9307];
export const modules = {

/***/ 67451:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ openRepository),
/* harmony export */   p: () => (/* binding */ workTreeGate)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _facts_git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82536);
/* harmony import */ var _facts_worktree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83086);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16518);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95173);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73377);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6208);







/**
 * The repository at `dir` (relative to `cwd`); bad usage when it is none. `resolveAhead` names commit-ishes git starts
 * resolving while it is asked whether this is a repository (the repository's resolveCommit then answers them from
 * its cache; a failed resolve in a folder that is none is never reported: the repository's error comes first).
 */
async function openRepository(cwd, dir, what, resolveAhead = []) {
    const repo = new _facts_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GitRepo */ .tr((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, dir ?? '.'));
    for (const ref of resolveAhead)
        void repo.resolveCommit(ref);
    if (!(await repo.isRepository()))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`--repo ${dir ?? '.'} is not a git ${what} — run in a clone of the repository, or name one with --repo DIR`);
    return repo;
}
/** Loads the work tree's policy and picks the gate `input.gate`, or the first with `rule`. */
async function workTreeGate(input, rule) {
    const repo = await openRepository(input.cwd, input.repo, 'work tree');
    const root = repo.dir;
    const policyPath = input.policy ?? _defaults_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_POLICY_PATH */ .l;
    const policyText = await (0,_facts_worktree_js__WEBPACK_IMPORTED_MODULE_2__/* .readWorkingPolicy */ .yv)(root, policyPath, _defaults_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_POLICY_BYTES */ .m);
    if (policyText === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`${policyPath}: no such file — name the policy with --policy`);
    const loaded = await new _policy_load_js__WEBPACK_IMPORTED_MODULE_3__/* .PolicyLoader */ .e4(_rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .RULES */ .y).load(policyPath, policyText, (p) => (0,_facts_worktree_js__WEBPACK_IMPORTED_MODULE_2__/* .readWorkingPolicy */ .yv)(root, p, _defaults_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_POLICY_BYTES */ .m));
    if (!loaded.ok)
        return { ok: false, policyPath, errors: loaded.errors };
    const candidates = loaded.policy.gates.filter((g) => g.rule === rule);
    const gate = input.gate ? loaded.policy.gates.find((g) => g.id === input.gate) : candidates[0];
    if (!gate) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(input.gate
            ? `${policyPath} has no gate "${input.gate}"${candidates.length ? ` (${rule} gates: ${candidates.map((g) => g.id).join(', ')})` : ''}`
            : `${policyPath} has no gate with rule ${rule} — add one, or name the policy with --policy`);
    }
    if (gate.rule !== rule) {
        const others = candidates.map((g) => g.id).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`gate "${gate.id}" runs rule ${gate.rule}, not ${rule} — ${others ? `name a ${rule} gate with --gate (${others})` : `${policyPath} has no ${rule} gate: add one`}`);
    }
    return { ok: true, root, repo, policyPath, policy: loaded.policy, gate };
}


/***/ }),

/***/ 17062:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TRACE_USAGE: () => (/* binding */ TRACE_USAGE),
  trace: () => (/* binding */ trace_trace)
});

// EXTERNAL MODULE: ./lib/facts/facts.js
var facts_facts = __webpack_require__(71892);
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

// EXTERNAL MODULE: ./lib/facts/work-tree-source.js
var work_tree_source = __webpack_require__(88133);
// EXTERNAL MODULE: ./lib/report/trace-formats.js + 1 modules
var trace_formats = __webpack_require__(22846);
// EXTERNAL MODULE: ./lib/core/trace.js
var trace = __webpack_require__(53186);
// EXTERNAL MODULE: ./lib/rules/traceability/index.js + 6 modules
var traceability = __webpack_require__(78067);
// EXTERNAL MODULE: ./lib/core/rule.js
var rule = __webpack_require__(7849);
// EXTERNAL MODULE: ./lib/app/errors.js
var errors = __webpack_require__(6208);
// EXTERNAL MODULE: ./lib/app/work-tree.js
var work_tree = __webpack_require__(67451);
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
            throw new errors/* UsageError */.e(`--base ${input.base} is not a commit of the repository — fetch it (git fetch origin ${input.base}) or fix --base`);
        baseSha = (await repo.mergeBase(resolved, 'HEAD')) ?? resolved;
    }
    const facts = (0,facts_facts/* createFacts */.uW)((0,work_tree_source/* workTreeSources */.E4)(repo, root, baseSha, 'trace'));
    const matrix = await (0,traceability.buildMatrix)({ options: (0,rule/* gateOptionsOf */.PL)(gate, traceability.traceability), facts, policy, compare: baseSha !== undefined });
    const dirty = await (0,work_tree_source/* workTreeDirty */.CA)(repo);
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

// EXTERNAL MODULE: ./lib/engine/check.js
var check = __webpack_require__(13970);
// EXTERNAL MODULE: ./lib/publish/output-file.js
var output_file = __webpack_require__(85733);
// EXTERNAL MODULE: ./lib/cli/run-command.js
var run_command = __webpack_require__(67755);
;// CONCATENATED MODULE: ./lib/cli/trace.js






// `sdlc-gate trace`: the full traceability matrix of the work tree, as the policy's traceability gate sees it.
// Files are read from the work tree (never through a symlink that leaves it); with --base, requirements whose text
// changed since that commit with no test changed are marked suspect, as in a pull request.
const TRACE_USAGE = `sdlc-gate trace [--repo DIR] [--policy PATH] [--gate ID] [--format markdown|csv|json|html] [--output FILE] [--base REF] [--repo-url URL]`;
function trace_trace(args, io) {
    return (0,run_command/* runCommand */.d1)('trace', TRACE_USAGE, io, () => run(args, io), { code: 2 });
}
async function run(args, io) {
    const s = { type: 'string' };
    const { 'repo-url': repoUrl, ...opts } = (0,run_command/* parseFlags */.bQ)(args, { repo: s, policy: s, gate: s, format: s, output: s, base: s, 'repo-url': s });
    const format = (0,run_command/* oneOf */.yL)('format', opts.format, TRACE_FORMATS, 'markdown');
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
        await (0,output_file/* writeOutputFile */.B)(io.cwd, opts.output, rendered);
        io.stderr(`sdlc-gate trace: ${c.requirements} requirements, ${c.untested} untested${traced.compared ? `, ${c.suspect} suspect` : ''}; ${format} written to ${opts.output}\n`);
    }
    else
        io.stdout(rendered);
    return 0;
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

/***/ 88133:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ workTreeDirty),
/* harmony export */   E4: () => (/* binding */ workTreeSources)
/* harmony export */ });
/* unused harmony export WORK_TREE */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82458);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(54467);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82536);
/* harmony import */ var _osv_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94571);
/* harmony import */ var _worktree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83086);







// The work tree as a fact source (for `trace` and `vex`): its "head" is the work tree — files read never through a
// symlink that leaves it — and, with a base commit, the changed files are those since that commit.
const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The ref name the work tree's files are read at. */
const WORK_TREE = 'work tree';
/** Fact sources whose head is the work tree; with `baseSha`, the changed files are those since that commit. */
function workTreeSources(repo, root, baseSha, command) {
    const readWork = async (path) => {
        const text = await (0,_worktree_js__WEBPACK_IMPORTED_MODULE_3__/* .readWorkingFile */ .o6)(root, path, MAX_FILE_BYTES);
        return text === undefined ? undefined : { path, ref: WORK_TREE, text, bytes: Buffer.from(text) };
    };
    return {
        pr: { number: 0, title: '', body: '', labels: [], author: '', baseSha: baseSha ?? '', headSha: WORK_TREE },
        changedFiles: async () => baseSha
            ? (0,_git_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNameStatus */ .F_)(await repo.run(['diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-textconv', baseSha, '--']))
            : [],
        reviews: async () => {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_4__/* .FactError */ .n(`${command} does not read reviews`);
        },
        teamMembers: async () => {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_4__/* .FactError */ .n(`${command} does not read teams`);
        },
        readFile: (ref, path) => (ref === WORK_TREE ? readWork(path) : repo.readFile(ref, path)),
        listFiles: () => workTreeFiles(repo, root),
        osvScan: (0,_osv_js__WEBPACK_IMPORTED_MODULE_5__/* .createOsvSource */ .CD)({ deadline: AbortSignal.timeout(300_000), requestTimeoutMs: 30_000, retries: 2, retryDelayMs: 500 }),
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
    const regular = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_6__/* .mapConcurrent */ ._)(paths, 64, async (p) => {
        try {
            return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, p))).isFile();
        }
        catch {
            return false;
        }
    });
    return paths.filter((_, i) => regular[i]);
}


/***/ }),

/***/ 83086:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MM: () => (/* binding */ readLocalFile),
/* harmony export */   o6: () => (/* binding */ readWorkingFile),
/* harmony export */   yv: () => (/* binding */ readWorkingPolicy)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82458);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82536);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17876);






// Reads files of the working tree (for `sdlc-gate validate` and local inputs): never through a symlink that
// leaves the tree, never more than the cap.
async function readWorkingFile(root, path, maxBytes) {
    const clean = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeRepoPath */ .NP)(path);
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, clean);
    let stats;
    try {
        stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(full);
    }
    catch {
        return undefined;
    }
    const [realRoot, realFile] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(full).catch(() => undefined)]);
    if (realFile === undefined)
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .FactError */ .n(`${clean} is a symbolic link that points nowhere — commit the file itself`);
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(realRoot, realFile);
    if (inside === '' || inside.startsWith('..') || inside.startsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) || /^[A-Za-z]:/.test(inside)) {
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .FactError */ .n(`${clean} leads out of the repository through a symbolic link; it was not read — commit the file itself`);
    }
    if (stats.isDirectory())
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .FactError */ .n(`${clean} is a directory, not a file`);
    return readRegular(realFile, clean, maxBytes, 0);
}
/**
 * The policy file, or a file its `extends` names, from the working tree: read the way `check` reads it at a commit,
 * so `validate` accepts exactly what `check` accepts. A symbolic link (the file, or a folder on its path) and
 * anything but a regular file (a FIFO, a device, a socket, a directory) is refused unread.
 */
async function readWorkingPolicy(root, path, maxBytes) {
    const clean = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeRepoPath */ .NP)(path);
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, clean);
    let stats;
    try {
        stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(full);
    }
    catch {
        return undefined;
    }
    const [realRoot, realFile] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(full).catch(() => undefined)]);
    if (stats.isSymbolicLink()) {
        const inside = realFile === undefined ? '' : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(realRoot, realFile);
        if (realFile !== undefined && (inside.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(inside))) {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .FactError */ .n(`${clean} leads out of the repository through a symbolic link; it was not read — commit the file itself`);
        }
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .FactError */ .n(`${clean} is a symbolic link in the work tree; links are not followed (check refuses them too) — commit the file itself`);
    }
    if (realFile !== (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(realRoot, clean))
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .FactError */ .n(`${clean} lies under a symbolic link in the work tree; links are not followed (check refuses them too) — commit the files themselves`);
    if (!stats.isFile())
        throw notRegular(clean, stats);
    return readRegular(full, clean, maxBytes, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
}
function notRegular(path, stats) {
    const what = stats.isDirectory() ? 'a directory' : stats.isFIFO() ? 'a named pipe (FIFO)' : 'not a regular file (a device or a socket)';
    return new _core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .FactError */ .n(`${path} is ${what}; it was not read — name a regular file`);
}
/** Opens without blocking (a FIFO would wait for a writer forever) and reads only a regular file, capped. */
async function readRegular(full, clean, maxBytes, flags) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(full, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | flags);
    try {
        const stats = await handle.stat();
        if (!stats.isFile())
            throw notRegular(clean, stats);
        if (stats.size > maxBytes)
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .FactError */ .n(`${clean} is ${stats.size} bytes, over the ${maxBytes}-byte limit; it was not read — keep it smaller`);
        return (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeText */ .g7)(clean, await handle.readFile());
    }
    finally {
        await handle.close();
    }
}
/** Reads a file the user named on the command line (not repository content): size-capped. */
async function readLocalFile(path, maxBytes) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        const size = (await handle.stat()).size;
        if (size > maxBytes)
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .FactError */ .n(`${path} is ${size} bytes, over the ${maxBytes}-byte limit`);
        return (await handle.readFile()).toString('utf8');
    }
    finally {
        await handle.close();
    }
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

/***/ 13384:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J8: () => (/* binding */ readAtHeadOrReport),
/* harmony export */   XB: () => (/* binding */ readOrFinding),
/* harmony export */   jg: () => (/* binding */ unreadableFinding)
/* harmony export */ });
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82458);

/**
 * Reads a file at head under a byte cap for a gate that goes on without it: an unreadable (symlinked, oversized)
 * or missing file becomes an `error` finding on that file instead of an exception, so the other files still count.
 * `ifMissing` says what to do when the file is not there (by default: the policy named it).
 */
async function readAtHeadOrReport(facts, path, cap, what, findings, ifMissing = 'commit it or fix the path in the policy') {
    let file;
    try {
        file = await facts.readAtHead(path, { maxBytes: cap });
    }
    catch (e) {
        if (!(e instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .FactError */ .n))
            throw e;
        findings.push({ severity: 'error', message: `The ${what} ${path} could not be read: ${e.message}`, file: path });
        return undefined;
    }
    if (!file) {
        findings.push({
            severity: 'error',
            message: `The ${what} ${path} is not in the head commit — ${ifMissing}`,
            file: path,
        });
        return undefined;
    }
    // A fact source that ignores maxBytes (or a cached read made under a larger cap) must not slip past the cap.
    if (file.bytes.length > cap) {
        findings.push({
            severity: 'error',
            message: `The ${what} ${path} is ${file.bytes.length} bytes, over the gate's max_file_bytes of ${cap}; it was not checked — raise max_file_bytes or split it`,
            file: path,
        });
        return undefined;
    }
    return file;
}
/** A file the facts refused (a symlink, over the size cap) is a finding on that file, not a crash. */
async function readOrFinding(read, path, what) {
    try {
        const f = await read(path);
        return f ? { text: f.text } : { finding: unreadableFinding({ path }, what) };
    }
    catch (e) {
        if (!(e instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .FactError */ .n))
            throw e;
        return { finding: unreadableFinding({ path, error: e }, what) };
    }
}
/** Why a listed file gave no text (refused, or gone), as a finding on that file. */
function unreadableFinding(file, what) {
    return file.error
        ? { severity: 'error', message: `${file.error.message} (${what} cannot be checked until it can be read).`, file: file.path }
        : { severity: 'error', message: `${file.path} was listed but could not be read — ${what}.`, file: file.path };
}


/***/ })

};
