export const id = 6468;
export const ids = [6468];
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

/***/ 45961:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ STATE_SCHEMA),
/* harmony export */   T: () => (/* binding */ MONITOR_SCHEMA)
/* harmony export */ });
// What post-market surveillance hands over: the sources the monitor reads (the facts build them), the result it
// computes (the report renders it, the tracking-issue publisher files it) and the state it keeps between runs.
// Types and schema names only; the monitor itself is a use case (src/monitor/).
const MONITOR_SCHEMA = 'sdlc-gate/monitor@1';
// What the monitor remembers between runs: when each (vulnerability, component) was first seen, so its clocks run
// from first sight, and its status at each ref, so a ref that drops it is known to be fixed (src/monitor/state.ts
// reads and writes it).
const STATE_SCHEMA = 'sdlc-gate/monitor-state@1';


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

/***/ 91608:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H4: () => (/* binding */ MonitorPolicyError),
/* harmony export */   aU: () => (/* binding */ runMonitor),
/* harmony export */   rf: () => (/* binding */ notCheckedEntry)
/* harmony export */ });
/* unused harmony exports DEFAULT_MONITOR, vulnerabilitiesGate, watchedRefs, findingOrder */
/* harmony import */ var _core_monitor_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(45961);
/* harmony import */ var _facts_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71892);
/* harmony import */ var _parsers_lockfiles_purl_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9196);
/* harmony import */ var _parsers_osv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96108);
/* harmony import */ var _parsers_sbom_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90792);
/* harmony import */ var _rules_common_sbom_sources_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25635);
/* harmony import */ var _policy_context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(98793);
/* harmony import */ var _rules_common_read_file_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(13384);
/* harmony import */ var _rules_vulnerabilities_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25862);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(82458);
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95211);
/* harmony import */ var _util_version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(82352);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(93099);













// Post-market surveillance: the SBOMs of the released versions (tags) and watched branches, their components'
// known vulnerabilities (one OSV lookup per distinct purl, across every ref), the assessments (VEX at the ref and
// on the default branch, the newest statement winning), and the clocks from first sight. Reads through
// MonitorSources only; decides nothing about issues (src/publish/issues.ts does).
const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_MONITOR = {
    releases: ['v*'],
    max_releases: 10,
    branches: [],
    respond_within_days: 30,
    remediate_within_days: 60,
    labels: ['vulnerability', 'postmarket'],
};
/** The policy's vulnerabilities gate (its options with defaults filled), or an Error saying what to add. */
function vulnerabilitiesGate(policy) {
    const gate = policy.gates.find((g) => g.rule === _rules_vulnerabilities_index_js__WEBPACK_IMPORTED_MODULE_4__.vulnerabilities.name);
    if (!gate)
        throw new MonitorPolicyError(`the policy ${policy.path} has no vulnerabilities gate; the monitor uses its configuration (SBOMs, source, fail_on, kev, vex) — add one under gates:`);
    return { id: gate.id, options: gate.options };
}
class MonitorPolicyError extends Error {
}
/**
 * The refs to watch: the newest `max_releases` tags matching `releases` (by version), then the branches; and the
 * older release tags left out by max_releases, which the result names rather than passing over in silence.
 */
async function watchedRefs(config, sources, defaultBranch) {
    const matches = (0,_util_glob_js__WEBPACK_IMPORTED_MODULE_5__/* .globMatcher */ .f)(config.releases);
    const tags = (await sources.tags()).filter(matches);
    const versionOf = (t) => t.replace(/^[^0-9]*/, '');
    tags.sort((a, b) => (0,_util_version_js__WEBPACK_IMPORTED_MODULE_6__/* .compareVersionStrings */ .Q)(versionOf(b), versionOf(a)) || (a < b ? -1 : a > b ? 1 : 0));
    const branches = config.branches.length ? config.branches : [defaultBranch];
    return {
        refs: [
            ...tags.slice(0, config.max_releases).map((ref) => ({ ref, kind: 'tag' })),
            ...branches.map((ref) => ({ ref, kind: 'branch' })),
        ],
        notWatched: tags.slice(config.max_releases),
    };
}
function factsAt(sources, sha) {
    return (0,_facts_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .createFacts */ .uW)({
        pr: { number: 0, title: '', body: '', labels: [], author: '', baseSha: sha, headSha: sha },
        changedFiles: async () => [],
        reviews: async () => [],
        teamMembers: async () => [],
        readFile: (ref, path, maxBytes) => sources.readFile(ref, path, maxBytes),
        listFiles: (ref) => sources.listFiles(ref),
    });
}
/** Runs the monitor once: every watched ref, one OSV lookup for all, the clocks from the state. */
async function runMonitor(req) {
    const config = req.policy.monitor ?? DEFAULT_MONITOR;
    const gate = vulnerabilitiesGate(req.policy);
    const options = gate.options;
    const ctx = (0,_policy_context_js__WEBPACK_IMPORTED_MODULE_7__/* .gateContext */ .V)(req.policy, gate.id);
    const now = req.now;
    const defaultBranch = await req.sources.defaultBranch();
    let refs;
    let notWatched = [];
    if (req.refs?.length) {
        const tags = new Set(await req.sources.tags());
        refs = req.refs.map((ref) => ({ ref, kind: tags.has(ref) ? 'tag' : 'branch' }));
    }
    else
        ({ refs, notWatched } = await watchedRefs(config, req.sources, defaultBranch));
    const problems = [];
    const remembered = await checkRememberedRefs(req, refs, problems);
    // A ref that had an open vulnerability at the last run stays watched until it is fixed or assessed there, though
    // max_releases (or the policy's branches) no longer name it: a release pushed out by newer ones is still in the field,
    // and dropping it would close its tracking issue as if it were fixed.
    const keptOpen = new Set();
    if (!req.refs?.length && remembered.length) {
        const tags = new Set(await req.sources.tags());
        const firstBranch = refs.findIndex((r) => r.kind === 'branch');
        refs.splice(firstBranch < 0 ? refs.length : firstBranch, 0, ...remembered.map((ref) => ({ ref, kind: tags.has(ref) ? 'tag' : 'branch' })));
        for (const ref of remembered)
            keptOpen.add(ref);
        notWatched = notWatched.filter((t) => !keptOpen.has(t));
    }
    // The default branch: the current assessments, KEV catalog and offline records live there.
    const defaultSha = await req.sources.resolve(defaultBranch);
    let defaultFacts;
    if (!defaultSha)
        problems.push(`the default branch ${defaultBranch} cannot be resolved, so its assessments (VEX), KEV catalog and offline records were not read — fetch it (actions/checkout with fetch-depth: 0)`);
    else
        defaultFacts = factsAt(req.sources, defaultSha);
    // 1. Each ref's SBOMs and its own VEX statements.
    const scans = [];
    for (const { ref, kind } of refs)
        scans.push(await scanRef(req.sources, ref, kind, options, ctx));
    for (const s of scans)
        if (keptOpen.has(s.out.ref))
            s.out.kept_open = true;
    // 2. The default branch's assessments, the KEV catalog, and one lookup for every distinct purl of every ref.
    const world = await readWorld(req.sources, options, defaultFacts, scans, defaultBranch, problems);
    const worldBroken = problems.length > 0;
    // 3. Findings per ref, with their clocks.
    const state = { schema: 'sdlc-gate/monitor-state@1', items: { ...(req.state?.items ?? {}) } };
    const nowIso = now.toISOString();
    const judge = {
        config,
        options,
        now,
        defaultBranch,
        world,
        state,
        for_: (key) => (state.items[key] ??= { first_seen: nowIso }),
    };
    for (const scan of scans) {
        if (worldBroken || scan.out.problems.length)
            continue;
        // Offline records say nothing about an ecosystem none of them names: those components were not checked either.
        if (options.source === 'offline')
            Object.assign(scan, (0,_rules_vulnerabilities_index_js__WEBPACK_IMPORTED_MODULE_4__.withoutAnswer)(scan, world.byPurl, options.offline));
        scan.out.not_checked = scan.unscannable.map(notCheckedEntry);
        scan.out.components_checked = scan.scanned.length;
        judgeRef(judge, scan);
    }
    for (const s of scans)
        s.out.checked = !worldBroken && s.out.problems.length === 0;
    const unchecked = scans.filter((s) => !s.out.checked).map((s) => s.out.ref);
    const failing = scans.some((s) => s.out.findings.some((f) => f.status === 'open' && f.failing));
    const result = {
        schema: _core_monitor_js__WEBPACK_IMPORTED_MODULE_8__/* .MONITOR_SCHEMA */ .T,
        status: failing || unchecked.length || problems.length ? 'fail' : 'pass',
        now: nowIso,
        default_branch: defaultBranch,
        fail_on: options.fail_on,
        respond_within_days: config.respond_within_days,
        remediate_within_days: config.remediate_within_days,
        problems,
        refs: scans.map((s) => s.out),
        unchecked,
        not_watched: notWatched,
        components_not_checked: scans.reduce((n, s) => n + s.out.not_checked.length, 0),
    };
    return { result, state };
}
/**
 * The refs the state remembers a vulnerability open at that this run would not watch and that are still there (kept
 * watched by the caller). One that is gone from the repository (a shallow checkout
 * without tags, a deleted tag): its issue must not close as if the remaining refs were all there is.
 */
async function checkRememberedRefs(req, refs, problems) {
    const watchedNames = new Set(refs.map((r) => r.ref));
    const remembered = new Set();
    for (const item of Object.values(req.state?.items ?? {}))
        for (const [ref, e] of Object.entries(item.refs ?? {}))
            if (e.status === 'open' && !watchedNames.has(ref))
                remembered.add(ref);
    const present = [];
    for (const ref of [...remembered].sort()) {
        if (!(await req.sources.resolve(ref))) {
            problems.push(`${ref} had an open vulnerability at the last run and is no longer in the repository — fetch the tags (actions/checkout with fetch-depth: 0); if it was deleted on purpose, close its tracking issue (or drop it from the state) by hand`);
        }
        else
            present.push(ref);
    }
    return present;
}
/** One ref's SBOMs (each distinct purl of each document) and its own VEX statements; what could not be read, in its problems. */
async function scanRef(sources, ref, kind, options, ctx) {
    const out = { ref, kind, sboms: [], checked: true, problems: [], findings: [], not_checked: [], components_checked: 0 };
    const scan = { out, scanned: [], unscannable: [], statements: [] };
    const sha = await sources.resolve(ref);
    if (!sha) {
        out.problems.push(`${kind === 'tag' ? 'the tag' : 'the ref'} ${ref} is not in the repository (deleted, or not fetched) — fetch tags (actions/checkout with fetch-depth: 0), or stop watching it`);
        return scan;
    }
    out.sha = sha;
    const facts = factsAt(sources, sha);
    scan.facts = facts;
    const errors = [];
    try {
        const { globs, explicit, cap } = (0,_rules_vulnerabilities_index_js__WEBPACK_IMPORTED_MODULE_4__.sbomSource)(options, ctx);
        const paths = (0,_rules_common_sbom_sources_js__WEBPACK_IMPORTED_MODULE_3__/* .sbomCandidates */ .eV)(await facts.listAtHead(globs), explicit);
        if (paths.length === 0)
            out.problems.push(`no SBOM at ${ref}: no file matches ${globs.join(', ')}, so its components were not checked — a release without its SBOM cannot be monitored`);
        const docs = await readRefSboms(facts, paths, explicit, cap, out, errors);
        // Files under the default names that are no SBOM (docs/sbom.md) are passed over; if that leaves none, say so.
        if (paths.length && !docs.length && !errors.some((f) => f.severity === 'error'))
            out.problems.push(`no SBOM at ${ref}: ${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ` and ${paths.length - 3} more` : ''} ${paths.length === 1 ? 'matches' : 'match'} the default SBOM names but ${paths.length === 1 ? 'is no SBOM' : 'are no SBOMs'}, so no component was checked — commit the release's SBOM, or name it in the vulnerabilities gate's paths (or its sbom gate's)`);
        // The gate's own split: what can be asked about, and what cannot (no purl, a purl OSV has no ecosystem for).
        Object.assign(scan, (0,_rules_vulnerabilities_index_js__WEBPACK_IMPORTED_MODULE_4__.scanTargets)(docs, options.source));
        scan.statements = await (0,_rules_vulnerabilities_index_js__WEBPACK_IMPORTED_MODULE_4__.readStatements)(options, facts, cap, docs, errors);
    }
    catch (e) {
        if (!(e instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_9__/* .FactError */ .n))
            throw e;
        out.problems.push(e.message);
    }
    for (const f of errors.filter((x) => x.severity === 'error'))
        out.problems.push(`${f.message}${f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''} at ${ref})` : ''}`);
    return scan;
}
/** A component that was not checked, as the monitor's result lists it. */
function notCheckedEntry(u) {
    return {
        sbom: u.doc.path,
        component: u.c.group ? `${u.c.group}/${u.c.name}` : u.c.name,
        ...(u.c.version ? { version: u.c.version } : {}),
        ...(u.c.purl ? { purl: u.c.purl } : {}),
        reason: u.kind,
        detail: `${u.doc.path} ${u.c.pointer}: ${u.why} — ${_rules_vulnerabilities_index_js__WEBPACK_IMPORTED_MODULE_4__.FIX[u.kind]}`,
    };
}
/** The SBOM documents among a ref's candidate paths (each read one in out.sboms; an unreadable one, an error). */
async function readRefSboms(facts, paths, explicit, cap, out, errors) {
    const docs = [];
    for (const path of paths) {
        const file = await (0,_rules_common_read_file_js__WEBPACK_IMPORTED_MODULE_10__/* .readAtHeadOrReport */ .J8)(facts, path, cap, 'SBOM', errors);
        if (!file)
            continue;
        const read = (0,_parsers_sbom_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readSbom */ .kH)({ path, text: file.text });
        if (!read.document) {
            if (!explicit && !read.detection.family)
                continue;
            errors.push({
                severity: 'error',
                message: `${path} cannot be read as an SBOM (${read.issues[0]?.message ?? 'unknown format'})`,
                file: path,
                ...(read.issues[0]?.line ? { line: read.issues[0].line } : {}),
            });
            continue;
        }
        docs.push({ doc: read.document, text: file.text });
        out.sboms.push(path);
    }
    return docs;
}
async function readWorld(sources, options, defaultFacts, scans, defaultBranch, problems) {
    const worldErrors = [];
    let defaultStatements = [];
    let kev;
    let byPurl = new Map();
    const queries = [...new Set(scans.flatMap((s) => s.scanned.map((x) => x.query)))];
    try {
        if (defaultFacts) {
            defaultStatements = await (0,_rules_vulnerabilities_index_js__WEBPACK_IMPORTED_MODULE_4__.readStatements)(options, defaultFacts, options.max_file_bytes, [], worldErrors);
            if (options.kev)
                kev = await (0,_rules_vulnerabilities_index_js__WEBPACK_IMPORTED_MODULE_4__.readKev)(options.kev, options.max_file_bytes, defaultFacts, worldErrors, 'head');
        }
        if (queries.length) {
            if (options.source === 'offline') {
                if (!defaultFacts)
                    throw new _core_types_js__WEBPACK_IMPORTED_MODULE_9__/* .FactError */ .n(`the offline OSV records (${options.offline}) are read on the default branch, which cannot be resolved`);
                byPurl = await (0,_rules_vulnerabilities_index_js__WEBPACK_IMPORTED_MODULE_4__.offlineScan)(options, defaultFacts, queries, worldErrors, 'head');
            }
            else {
                if (!sources.osvScan)
                    throw new _core_types_js__WEBPACK_IMPORTED_MODULE_9__/* .FactError */ .n('this run has no OSV client — use source: offline with a folder of OSV records');
                byPurl = await sources.osvScan(options.osv_api, queries);
            }
        }
    }
    catch (e) {
        if (!(e instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_9__/* .FactError */ .n))
            throw e;
        problems.push(e.message);
    }
    for (const f of worldErrors.filter((x) => x.severity === 'error'))
        problems.push(`${f.message}${f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''} on ${defaultBranch})` : ''}`);
    return { defaultStatements, kev, byPurl };
}
/** One ref's findings, with their clocks; what it had before and has no more, fixed at it. */
function judgeRef(judge, scan) {
    const { out } = scan;
    const found = new Set();
    // Statements by vulnerability id, so each (component, vulnerability) looks at its own few, not at all of them.
    const byId = new Map();
    for (const st of [...scan.statements, ...judge.world.defaultStatements]) {
        for (const id of new Set(st.ids.map((i) => i.toUpperCase()))) {
            let list = byId.get(id);
            if (!list)
                byId.set(id, (list = []));
            list.push(st);
        }
    }
    for (const s of scan.scanned) {
        const vulns = (0,_rules_vulnerabilities_index_js__WEBPACK_IMPORTED_MODULE_4__.dedupeAliases)(judge.world.byPurl.get(s.query) ?? []);
        for (const v of vulns)
            judgeVulnerability(judge, scan, s, v, byId, found);
    }
    // What this ref had before and has no more: the component was upgraded or removed — fixed at this ref. Unless
    // the component is still there but can no longer be checked (it lost its purl): that is not a fix.
    // By component name and purl identity, why it cannot be checked (one map, so each remembered item is one lookup).
    const uncheckable = new Map();
    for (const u of scan.unscannable) {
        uncheckable.set(`name ${u.c.name}`, u.kind);
        if (u.c.purl)
            uncheckable.set(`purl ${(0,_parsers_lockfiles_purl_js__WEBPACK_IMPORTED_MODULE_11__/* .purlKey */ .hT)(u.c.purl)?.key ?? u.c.purl}`, u.kind);
    }
    for (const [key, item] of Object.entries(judge.state.items)) {
        const was = item.refs?.[out.ref];
        if (!was || found.has(key) || was.status === 'fixed')
            continue;
        const why = uncheckable.get(`name ${was.component}`) ?? uncheckable.get(`purl ${(0,_parsers_lockfiles_purl_js__WEBPACK_IMPORTED_MODULE_11__/* .purlKey */ .hT)(was.purl)?.key ?? was.purl}`);
        if (why) {
            out.problems.push(`${was.component} had ${was.id} ${was.status} at ${out.ref} at the last run and can no longer be checked there (${why}), so it is not known to be fixed — give the component its purl back (regenerate the SBOM), or close its tracking issue by hand once it is assessed`);
            continue;
        }
        was.status = 'fixed';
        out.findings.push(fixedFinding(key, was, item.first_seen, judge.config));
    }
    out.findings.sort(findingOrder);
}
/** The assessment of a vulnerability at a ref (the newest statement covering it), and the status it gives. */
function assessmentOf(judge, scan, statement) {
    const { now, options } = judge;
    let status = 'open';
    let assessment = null;
    if (statement) {
        const fromRef = scan.statements.includes(statement);
        const age = statement.timestamp ? Date.parse(statement.timestamp) : NaN;
        const stale = !Number.isFinite(age) || now.getTime() - age > options.vex_max_age_days * DAY_MS;
        assessment = {
            status: statement.status,
            ...(statement.justification ? { justification: statement.justification } : {}),
            ...(statement.detail ? { detail: statement.detail } : {}),
            file: statement.file,
            ...(statement.line ? { line: statement.line } : {}),
            ref: fromRef ? scan.out.ref : judge.defaultBranch,
            ...(statement.timestamp ? { timestamp: statement.timestamp } : {}),
            ...(stale ? { stale: true } : {}),
        };
        if (statement.assessed && !stale)
            status = ['fixed', 'resolved', 'resolved_with_pedigree'].includes(statement.status) ? 'fixed' : 'assessed';
    }
    return { status, assessment };
}
/** One (component, vulnerability) at a ref: its finding, once per key, and its entry in the state. */
function judgeVulnerability(judge, scan, s, v, byId, found) {
    const { config, options, now } = judge;
    const { kev } = judge.world;
    const { out } = scan;
    const ids = (0,_parsers_osv_js__WEBPACK_IMPORTED_MODULE_1__/* .idsOf */ .UX)(v);
    const severity = (0,_parsers_osv_js__WEBPACK_IMPORTED_MODULE_1__/* .osvSeverity */ .Ow)(v);
    const kevEntry = kev && ids.map((id) => kev.get(id.toUpperCase())).find(Boolean);
    const failing = kevEntry !== undefined || severity.level === undefined || (0,_parsers_osv_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(severity.level) >= (0,_parsers_osv_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(options.fail_on);
    const key = (0,_state_js__WEBPACK_IMPORTED_MODULE_12__/* .monitorKey */ ._c)(v.id, s.query);
    if (found.has(key))
        return;
    found.add(key);
    const candidates = new Set(ids.flatMap((id) => byId.get(id.toUpperCase()) ?? []));
    const statement = (0,_rules_vulnerabilities_index_js__WEBPACK_IMPORTED_MODULE_4__.latest)([...candidates].filter((st) => (0,_rules_vulnerabilities_index_js__WEBPACK_IMPORTED_MODULE_4__.covers)(st, ids, s.c)));
    const { status, assessment } = assessmentOf(judge, scan, statement);
    const item = judge.for_(key);
    const first = Date.parse(item.first_seen);
    const respondBy = new Date(first + config.respond_within_days * DAY_MS);
    const remediateBy = new Date(first + config.remediate_within_days * DAY_MS);
    const passed = status !== 'open' ? null : now > remediateBy ? 'remediate' : now > respondBy ? 'respond' : null;
    const vector = [...(v.severity ?? []), ...(v.affected ?? []).flatMap((a) => a.severity ?? [])].find((e) => e.score?.startsWith('CVSS:'))?.score;
    out.findings.push({
        key,
        id: v.id,
        aliases: ids.filter((i) => i !== v.id),
        component: s.c.group ? `${s.c.group}/${s.c.name}` : s.c.name,
        purl: s.query,
        ...((0,_parsers_lockfiles_purl_js__WEBPACK_IMPORTED_MODULE_11__/* .purlKey */ .hT)(s.query)?.version ? { version: (0,_parsers_lockfiles_purl_js__WEBPACK_IMPORTED_MODULE_11__/* .purlKey */ .hT)(s.query).version } : {}),
        severity: severity.level ?? 'unknown',
        ...(severity.score !== undefined ? { score: severity.score } : {}),
        ...(vector ? { vector } : {}),
        kev: kevEntry !== undefined,
        failing,
        status,
        assessment,
        fixed_versions: (0,_parsers_osv_js__WEBPACK_IMPORTED_MODULE_1__/* .fixedVersions */ .W4)(v, s.query),
        ...(v.summary ? { summary: v.summary.trim().slice(0, 300) } : {}),
        sbom: s.doc.path,
        url: `https://osv.dev/vulnerability/${encodeURIComponent(v.id)}`,
        first_seen: item.first_seen,
        respond_by: respondBy.toISOString(),
        remediate_by: remediateBy.toISOString(),
        overdue: passed !== null,
        passed,
    });
    (item.refs ??= {})[out.ref] = { status, purl: s.query, id: v.id, component: s.c.name };
}
function fixedFinding(key, was, firstSeen, config) {
    const first = Date.parse(firstSeen);
    return {
        key,
        id: was.id,
        aliases: [],
        component: was.component,
        purl: was.purl,
        severity: 'unknown',
        kev: false,
        failing: false,
        status: 'fixed',
        assessment: null,
        fixed_versions: [],
        url: `https://osv.dev/vulnerability/${encodeURIComponent(was.id)}`,
        first_seen: firstSeen,
        respond_by: new Date(first + config.respond_within_days * DAY_MS).toISOString(),
        remediate_by: new Date(first + config.remediate_within_days * DAY_MS).toISOString(),
        overdue: false,
        passed: null,
    };
}
const STATUS_ORDER = { open: 0, assessed: 1, fixed: 2 };
const SEVERITY_ORDER = { critical: 0, high: 1, unknown: 2, medium: 3, low: 4 };
/** Overdue first, then open before assessed before fixed, KEV and severity first, then by id. */
function findingOrder(a, b) {
    return (Number(b.overdue) - Number(a.overdue) ||
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        Number(b.kev) - Number(a.kev) ||
        (SEVERITY_ORDER[a.severity] ?? 9) - (SEVERITY_ORDER[b.severity] ?? 9) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
        (a.purl < b.purl ? -1 : a.purl > b.purl ? 1 : 0));
}


/***/ }),

/***/ 93099:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   Cn: () => (/* binding */ renderState),
/* harmony export */   _c: () => (/* binding */ monitorKey),
/* harmony export */   p$: () => (/* binding */ emptyState)
/* harmony export */ });
/* harmony import */ var _core_monitor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45961);
/* harmony import */ var _parsers_lockfiles_purl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9196);


// What the monitor remembers between runs: when each (vulnerability, component) was first seen, so its clocks run
// from first sight, and its status at each ref, so a ref that drops it is known to be fixed. The CLI keeps it in a
// JSON file (--state); the action keeps it in the hidden marker of each tracking issue. Pure: text in, values out.
/** One key per (vulnerability, component): the OSV id and the component's purl without its version. */
function monitorKey(id, purl) {
    return `${id.toUpperCase()} ${(0,_parsers_lockfiles_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .purlKey */ .hT)(purl)?.key ?? purl}`;
}
const emptyState = () => ({ schema: _core_monitor_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_SCHEMA */ .K, items: {} });
/** The state from its JSON text; a plain Error saying what is wrong when it is not a monitor state. */
function parseState(text, name) {
    let json;
    try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (e) {
        throw new Error(`${name} is not valid JSON (${e.message}) — fix it, or delete it to start the clocks afresh`, { cause: e });
    }
    const o = json;
    if (!o || typeof o !== 'object' || o.schema !== _core_monitor_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_SCHEMA */ .K || !o.items || typeof o.items !== 'object' || Array.isArray(o.items)) {
        throw new Error(`${name} is not a monitor state ({"schema": "${_core_monitor_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_SCHEMA */ .K}", "items": {…}}) — name the file a previous run wrote with --state`);
    }
    const items = {};
    for (const [key, raw] of Object.entries(o.items)) {
        const item = raw;
        if (!item || typeof item.first_seen !== 'string' || !Number.isFinite(Date.parse(item.first_seen))) {
            throw new Error(`${name}: item "${key}" has no valid first_seen date (ISO 8601) — fix or remove the item`);
        }
        const refs = {};
        if (item.refs && typeof item.refs === 'object') {
            for (const [ref, e] of Object.entries(item.refs)) {
                if (e && typeof e.purl === 'string' && typeof e.id === 'string' && ['open', 'assessed', 'fixed'].includes(e.status)) {
                    refs[ref] = { status: e.status, purl: e.purl, id: e.id, component: typeof e.component === 'string' ? e.component : e.purl };
                }
            }
        }
        items[key] = { first_seen: new Date(Date.parse(item.first_seen)).toISOString(), ...(Object.keys(refs).length ? { refs } : {}) };
    }
    return { schema: _core_monitor_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_SCHEMA */ .K, items };
}
function renderState(state) {
    const items = Object.fromEntries(Object.entries(state.items).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return `${JSON.stringify({ schema: _core_monitor_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_SCHEMA */ .K, items }, null, 2)}\n`;
}


/***/ }),

/***/ 81791:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ notCheckedComponentText)
/* harmony export */ });
/** A component no vulnerabilities check looked up, as every listing names it: "lodash@4.17.21 (pkg:…) in sbom.json". */
function notCheckedComponentText(n) {
    return `${n.component}${n.version ? `@${n.version}` : ''}${n.purl ? ` (${n.purl})` : ''} in ${n.sbom}`;
}


/***/ })

};
