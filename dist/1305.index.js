export const id = 1305;
export const ids = [1305];
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

/***/ 91305:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VEX_USAGE: () => (/* binding */ VEX_USAGE),
  vex: () => (/* binding */ vex)
});

// EXTERNAL MODULE: ./lib/policy/context.js
var context = __webpack_require__(98793);
// EXTERNAL MODULE: ./lib/facts/facts.js
var facts_facts = __webpack_require__(71892);
// EXTERNAL MODULE: ./lib/facts/work-tree-source.js
var work_tree_source = __webpack_require__(88133);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
var vulnerabilities = __webpack_require__(25862);
// EXTERNAL MODULE: ./lib/core/rule.js
var rule = __webpack_require__(7849);
// EXTERNAL MODULE: ./lib/app/work-tree.js
var work_tree = __webpack_require__(67451);
;// CONCATENATED MODULE: ./lib/app/vex.js







async function vexWorkTree(input) {
    const chosen = await (0,work_tree/* workTreeGate */.p)(input, 'vulnerabilities');
    if (!chosen.ok)
        return { kind: 'invalid-policy', errors: chosen.errors };
    const { repo, root, policy, gate } = chosen;
    const facts = (0,facts_facts/* createFacts */.uW)((0,work_tree_source/* workTreeSources */.E4)(repo, root, undefined, 'vex'));
    const { outcome, open, problems } = await (0,vulnerabilities.assessVulnerabilities)((0,rule/* gateOptionsOf */.PL)(gate, vulnerabilities.vulnerabilities), facts, (0,context/* gateContext */.V)(policy, gate.id), 'head');
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

// EXTERNAL MODULE: ./lib/engine/check.js
var check = __webpack_require__(13970);
// EXTERNAL MODULE: ./lib/publish/output-file.js
var output_file = __webpack_require__(85733);
// EXTERNAL MODULE: ./lib/cli/run-command.js
var run_command = __webpack_require__(67755);
;// CONCATENATED MODULE: ./lib/cli/vex.js




// `sdlc-gate vex`: a CycloneDX VEX skeleton for the vulnerabilities still open in the work tree, as the policy's
// vulnerabilities gate sees them — one entry per vulnerability, `in_triage`, naming the affected components by
// purl, for a person to assess (state, justification, detail, lastUpdated) and commit where the gate's `vex` reads.
const VEX_USAGE = `sdlc-gate vex [--repo DIR] [--policy PATH] [--gate ID] [--output FILE]`;
function vex(args, io) {
    // A fact that could not be had (a missing OSV folder, an unreadable SBOM) leaves the skeleton incomplete: exit 1.
    return (0,run_command/* runCommand */.d1)('vex', VEX_USAGE, io, () => run(args, io), { code: 1, note: 'no skeleton was written' });
}
async function run(args, io) {
    const s = { type: 'string' };
    const opts = (0,run_command/* parseFlags */.bQ)(args, { repo: s, policy: s, gate: s, output: s });
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
                await (0,output_file/* writeOutputFile */.B)(io.cwd, opts.output, outcome.text);
                io.stderr(`sdlc-gate vex: ${n} open ${n === 1 ? 'vulnerability' : 'vulnerabilities'} written to ${opts.output} as in_triage — assess each, then commit it where the gate's vex globs look\n`);
            }
            else
                io.stdout(outcome.text);
            return 0;
        }
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


/***/ })

};
