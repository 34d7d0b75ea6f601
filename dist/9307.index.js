export const id = 9307;
export const ids = [9307,3384];
export const modules = {

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
 */
async function readAtHeadOrReport(facts, path, cap, what, findings) {
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
            message: `The ${what} ${path} is not in the head commit — commit it or fix the path in the policy`,
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
