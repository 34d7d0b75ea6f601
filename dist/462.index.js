export const id = 462;
export const ids = [462];
export const modules = {

/***/ 2815:
/***/ ((module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const formats_1 = __webpack_require__(779);
const limit_1 = __webpack_require__(1284);
const codegen_1 = __webpack_require__(1436);
const fullName = new codegen_1.Name("fullFormats");
const fastName = new codegen_1.Name("fastFormats");
const formatsPlugin = (ajv, opts = { keywords: true }) => {
    if (Array.isArray(opts)) {
        addFormats(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
    }
    const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
    const list = opts.formats || formats_1.formatNames;
    addFormats(ajv, list, formats, exportName);
    if (opts.keywords)
        (0, limit_1.default)(ajv);
    return ajv;
};
formatsPlugin.get = (name, mode = "full") => {
    const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
    const f = formats[name];
    if (!f)
        throw new Error(`Unknown format "${name}"`);
    return f;
};
function addFormats(ajv, list, fs, exportName) {
    var _a;
    var _b;
    (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : (_b.formats = (0, codegen_1._) `require("ajv-formats/dist/formats").${exportName}`);
    for (const f of list)
        ajv.addFormat(f, fs[f]);
}
module.exports = exports = formatsPlugin;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = formatsPlugin;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 1284:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatLimitDefinition = void 0;
const ajv_1 = __webpack_require__(2463);
const codegen_1 = __webpack_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `should be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
exports.formatLimitDefinition = {
    keyword: Object.keys(KWDs),
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
            return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fmt = gen.const("fmt", (0, codegen_1._) `${fmts}[${fCxt.schemaCode}]`);
            cxt.fail$data((0, codegen_1.or)((0, codegen_1._) `typeof ${fmt} != "object"`, (0, codegen_1._) `${fmt} instanceof RegExp`, (0, codegen_1._) `typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
            const format = fCxt.schema;
            const fmtDef = self.formats[format];
            if (!fmtDef || fmtDef === true)
                return;
            if (typeof fmtDef != "object" ||
                fmtDef instanceof RegExp ||
                typeof fmtDef.compare != "function") {
                throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
            }
            const fmt = gen.scopeValue("formats", {
                key: format,
                ref: fmtDef,
                code: opts.code.formats ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : undefined,
            });
            cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
            return (0, codegen_1._) `${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
    },
    dependencies: ["format"],
};
const formatLimitPlugin = (ajv) => {
    ajv.addKeyword(exports.formatLimitDefinition);
    return ajv;
};
exports["default"] = formatLimitPlugin;
//# sourceMappingURL=limit.js.map

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

/***/ 6562:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nF: () => (/* binding */ monitorCheckout),
  wn: () => (/* binding */ monitorLocal),
  YX: () => (/* binding */ planCheckoutMonitor)
});

// EXTERNAL MODULE: ./lib/facts/git/index.js + 7 modules
var git = __webpack_require__(2536);
// EXTERNAL MODULE: ./lib/facts/osv.js
var osv = __webpack_require__(4571);
// EXTERNAL MODULE: ./lib/core/types.js
var types = __webpack_require__(2458);
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
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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

// EXTERNAL MODULE: ./lib/policy/load.js + 3 modules
var load = __webpack_require__(7179);
// EXTERNAL MODULE: ./lib/rules/index.js + 20 modules
var rules = __webpack_require__(2548);
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

// EXTERNAL MODULE: ./lib/core/monitor.js
var monitor = __webpack_require__(5961);
// EXTERNAL MODULE: ./lib/facts/facts.js
var facts = __webpack_require__(1892);
// EXTERNAL MODULE: ./lib/parsers/lockfiles/purl.js
var lockfiles_purl = __webpack_require__(9196);
// EXTERNAL MODULE: ./lib/parsers/osv.js
var parsers_osv = __webpack_require__(6108);
// EXTERNAL MODULE: ./lib/parsers/sbom/index.js + 13 modules
var sbom = __webpack_require__(792);
// EXTERNAL MODULE: ./lib/rules/common/sbom-sources.js
var sbom_sources = __webpack_require__(5635);
// EXTERNAL MODULE: ./lib/policy/context.js
var context = __webpack_require__(8793);
// EXTERNAL MODULE: ./lib/rules/common/read-file.js
var read_file = __webpack_require__(3384);
// EXTERNAL MODULE: ./lib/rules/vulnerabilities/index.js + 2 modules
var vulnerabilities = __webpack_require__(5862);
// EXTERNAL MODULE: ./lib/util/glob.js + 1 modules
var glob = __webpack_require__(5211);
// EXTERNAL MODULE: ./lib/util/version.js
var version = __webpack_require__(2352);
;// CONCATENATED MODULE: ./lib/monitor/state.js


// What the monitor remembers between runs: when each (vulnerability, component) was first seen, so its clocks run
// from first sight, and its status at each ref, so a ref that drops it is known to be fixed. The CLI keeps it in a
// JSON file (--state); the action keeps it in the hidden marker of each tracking issue. Pure: text in, values out.
/** One key per (vulnerability, component): the OSV id and the component's purl without its version. */
function monitorKey(id, purl) {
    return `${id.toUpperCase()} ${(0,lockfiles_purl/* purlKey */.hT)(purl)?.key ?? purl}`;
}
const emptyState = () => ({ schema: monitor/* STATE_SCHEMA */.K, items: {} });
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
    if (!o || typeof o !== 'object' || o.schema !== monitor/* STATE_SCHEMA */.K || !o.items || typeof o.items !== 'object' || Array.isArray(o.items)) {
        throw new Error(`${name} is not a monitor state ({"schema": "${monitor/* STATE_SCHEMA */.K}", "items": {…}}) — name the file a previous run wrote with --state`);
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
    return { schema: monitor/* STATE_SCHEMA */.K, items };
}
function renderState(state) {
    const items = Object.fromEntries(Object.entries(state.items).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return `${JSON.stringify({ schema: monitor/* STATE_SCHEMA */.K, items }, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./lib/monitor/monitor.js













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
    const gate = policy.gates.find((g) => g.rule === vulnerabilities/* vulnerabilities */.pe.name);
    if (!gate)
        throw new MonitorPolicyError(`the policy ${policy.path} has no vulnerabilities gate; the monitor uses its configuration (SBOMs, source, fail_on, kev, vex) — add one under gates:`);
    return { id: gate.id, options: gate.options };
}
class MonitorPolicyError extends Error {
}
/** The refs to watch: the newest `max_releases` tags matching `releases` (by version), then the branches. */
async function watchedRefs(config, sources, defaultBranch) {
    const matches = (0,glob/* globMatcher */.f)(config.releases);
    const tags = (await sources.tags()).filter(matches);
    const versionOf = (t) => t.replace(/^[^0-9]*/, '');
    tags.sort((a, b) => (0,version/* compareVersionStrings */.Q)(versionOf(b), versionOf(a)) || (a < b ? -1 : a > b ? 1 : 0));
    const branches = config.branches.length ? config.branches : [defaultBranch];
    return [
        ...tags.slice(0, config.max_releases).map((ref) => ({ ref, kind: 'tag' })),
        ...branches.map((ref) => ({ ref, kind: 'branch' })),
    ];
}
function factsAt(sources, sha) {
    return (0,facts/* createFacts */.u)({
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
    const ctx = (0,context/* gateContext */.V)(req.policy, gate.id);
    const now = req.now;
    const defaultBranch = await req.sources.defaultBranch();
    let refs;
    if (req.refs?.length) {
        const tags = new Set(await req.sources.tags());
        refs = req.refs.map((ref) => ({ ref, kind: tags.has(ref) ? 'tag' : 'branch' }));
    }
    else
        refs = await watchedRefs(config, req.sources, defaultBranch);
    const problems = [];
    await checkRememberedRefs(req, refs, problems);
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
        judgeRef(judge, scan);
    }
    for (const s of scans)
        s.out.checked = !worldBroken && s.out.problems.length === 0;
    const unchecked = scans.filter((s) => !s.out.checked).map((s) => s.out.ref);
    const failing = scans.some((s) => s.out.findings.some((f) => f.status === 'open' && f.failing));
    const result = {
        schema: monitor/* MONITOR_SCHEMA */.T,
        status: failing || unchecked.length || problems.length ? 'fail' : 'pass',
        now: nowIso,
        default_branch: defaultBranch,
        fail_on: options.fail_on,
        respond_within_days: config.respond_within_days,
        remediate_within_days: config.remediate_within_days,
        problems,
        refs: scans.map((s) => s.out),
        unchecked,
    };
    return { result, state };
}
/**
 * A ref the state remembers a vulnerability open at, and that is gone from the repository (a shallow checkout
 * without tags, a deleted tag): its issue must not close as if the remaining refs were all there is.
 */
async function checkRememberedRefs(req, refs, problems) {
    const watchedNames = new Set(refs.map((r) => r.ref));
    const remembered = new Set();
    for (const item of Object.values(req.state?.items ?? {}))
        for (const [ref, e] of Object.entries(item.refs ?? {}))
            if (e.status === 'open' && !watchedNames.has(ref))
                remembered.add(ref);
    for (const ref of [...remembered].sort()) {
        if (!(await req.sources.resolve(ref))) {
            problems.push(`${ref} had an open vulnerability at the last run and is no longer in the repository — fetch the tags (actions/checkout with fetch-depth: 0); if it was deleted on purpose, close its tracking issue (or drop it from the state) by hand`);
        }
    }
}
/** One ref's SBOMs (each distinct purl of each document) and its own VEX statements; what could not be read, in its problems. */
async function scanRef(sources, ref, kind, options, ctx) {
    const out = { ref, kind, sboms: [], checked: true, problems: [], findings: [] };
    const scan = { out, scanned: [], statements: [] };
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
        const { globs, explicit, cap } = (0,vulnerabilities/* sbomSource */.dA)(options, ctx);
        const paths = (0,sbom_sources/* sbomCandidates */.eV)(await facts.listAtHead(globs), explicit);
        if (paths.length === 0)
            out.problems.push(`no SBOM at ${ref}: no file matches ${globs.join(', ')}, so its components were not checked — a release without its SBOM cannot be monitored`);
        const docs = await readRefSboms(facts, paths, explicit, cap, out, errors);
        const seen = new Set();
        for (const { doc } of docs) {
            for (const c of doc.components) {
                const query = c.purl ? (0,vulnerabilities/* queryPurl */.Aw)(c.purl) : undefined;
                if (!query || seen.has(`${doc.path} ${query}`))
                    continue;
                seen.add(`${doc.path} ${query}`);
                scan.scanned.push({ doc, c, query });
            }
        }
        scan.statements = await (0,vulnerabilities/* readStatements */.bA)(options, facts, cap, docs, errors);
    }
    catch (e) {
        if (!(e instanceof types/* FactError */.n))
            throw e;
        out.problems.push(e.message);
    }
    for (const f of errors.filter((x) => x.severity === 'error'))
        out.problems.push(`${f.message}${f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''} at ${ref})` : ''}`);
    return scan;
}
/** The SBOM documents among a ref's candidate paths (each read one in out.sboms; an unreadable one, an error). */
async function readRefSboms(facts, paths, explicit, cap, out, errors) {
    const docs = [];
    for (const path of paths) {
        const file = await (0,read_file/* readAtHeadOrReport */.J8)(facts, path, cap, 'SBOM', errors);
        if (!file)
            continue;
        const read = (0,sbom/* readSbom */.kH)({ path, text: file.text });
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
            defaultStatements = await (0,vulnerabilities/* readStatements */.bA)(options, defaultFacts, options.max_file_bytes, [], worldErrors);
            if (options.kev)
                kev = await (0,vulnerabilities/* readKev */.dO)(options.kev, options.max_file_bytes, defaultFacts, worldErrors, 'head');
        }
        if (queries.length) {
            if (options.source === 'offline') {
                if (!defaultFacts)
                    throw new types/* FactError */.n(`the offline OSV records (${options.offline}) are read on the default branch, which cannot be resolved`);
                byPurl = await (0,vulnerabilities/* offlineScan */.vn)(options, defaultFacts, queries, worldErrors, 'head');
            }
            else {
                if (!sources.osvScan)
                    throw new types/* FactError */.n('this run has no OSV client — use source: offline with a folder of OSV records');
                byPurl = await sources.osvScan(options.osv_api, queries);
            }
        }
    }
    catch (e) {
        if (!(e instanceof types/* FactError */.n))
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
        const vulns = (0,vulnerabilities/* dedupeAliases */.II)(judge.world.byPurl.get(s.query) ?? []);
        for (const v of vulns)
            judgeVulnerability(judge, scan, s, v, byId, found);
    }
    // What this ref had before and has no more: the component was upgraded or removed — fixed at this ref.
    for (const [key, item] of Object.entries(judge.state.items)) {
        const was = item.refs?.[out.ref];
        if (!was || found.has(key) || was.status === 'fixed')
            continue;
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
    const ids = (0,parsers_osv/* idsOf */.UX)(v);
    const severity = (0,parsers_osv/* osvSeverity */.Ow)(v);
    const kevEntry = kev && ids.map((id) => kev.get(id.toUpperCase())).find(Boolean);
    const failing = kevEntry !== undefined || severity.level === undefined || (0,parsers_osv/* severityRank */.qs)(severity.level) >= (0,parsers_osv/* severityRank */.qs)(options.fail_on);
    const key = monitorKey(v.id, s.query);
    if (found.has(key))
        return;
    found.add(key);
    const candidates = new Set(ids.flatMap((id) => byId.get(id.toUpperCase()) ?? []));
    const statement = (0,vulnerabilities/* latest */.IW)([...candidates].filter((st) => (0,vulnerabilities/* covers */.hU)(st, ids, s.c)));
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
        ...((0,lockfiles_purl/* purlKey */.hT)(s.query)?.version ? { version: (0,lockfiles_purl/* purlKey */.hT)(s.query).version } : {}),
        severity: severity.level ?? 'unknown',
        ...(severity.score !== undefined ? { score: severity.score } : {}),
        ...(vector ? { vector } : {}),
        kev: kevEntry !== undefined,
        failing,
        status,
        assessment,
        fixed_versions: (0,parsers_osv/* fixedVersions */.W4)(v, s.query),
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

// EXTERNAL MODULE: ./lib/report/monitor.js
var report_monitor = __webpack_require__(8476);
// EXTERNAL MODULE: ./lib/app/defaults.js
var defaults = __webpack_require__(3377);
// EXTERNAL MODULE: ./lib/app/errors.js
var errors = __webpack_require__(6208);
// EXTERNAL MODULE: ./lib/app/work-tree.js
var work_tree = __webpack_require__(2689);
;// CONCATENATED MODULE: ./lib/app/monitor.js













// The monitor use case: post-market surveillance of the released versions (tags) and watched branches — on a local
// clone (the CLI, its state kept in a file) or on the runner's checkout (the action, its state in tracking issues).
const MAX_STATE_BYTES = 64 * 1024 * 1024;
async function monitorLocal(input) {
    const repo = await (0,work_tree/* openRepository */.h)(input.cwd, input.repo, 'work tree');
    const state = input.state ? await readState(input.cwd, input.state) : emptyState();
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
        outcome = await runMonitor({
            policy: policy.loaded.policy,
            sources,
            now: input.now,
            ...(input.refs ? { refs: input.refs } : {}),
            state,
        });
    }
    catch (e) {
        if (e instanceof MonitorPolicyError)
            throw new errors/* UsageError */.e(e.message);
        throw e;
    }
    const { result } = outcome;
    const rendered = input.format === 'json'
        ? (0,report_monitor/* renderMonitorJson */.LK)(result)
        : input.format === 'markdown'
            ? (0,report_monitor/* renderMonitorMarkdown */.QP)(result)
            : (0,report_monitor/* renderMonitorText */.As)(result);
    return { ok: true, result, rendered, ...(input.state ? { state: renderState(outcome.state) } : {}) };
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
        return emptyState();
    if (bytes.length > MAX_STATE_BYTES)
        throw new errors/* UsageError */.e(`--state ${path} is larger than ${MAX_STATE_BYTES} bytes`);
    try {
        return parseState(bytes.toString('utf8'), path);
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
    return (await runMonitor({ policy: plan.policy, sources: plan.sources, now, state })).result;
}


/***/ }),

/***/ 5024:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ releaseFromCheckout),
  f: () => (/* binding */ releaseLocal)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/facts/git/index.js + 7 modules
var facts_git = __webpack_require__(2536);
// EXTERNAL MODULE: ./lib/facts/osv.js
var osv = __webpack_require__(4571);
// EXTERNAL MODULE: ./lib/github/client.js + 23 modules
var github_client = __webpack_require__(3434);
// EXTERNAL MODULE: ./lib/core/types.js
var types = __webpack_require__(2458);
// EXTERNAL MODULE: ./lib/facts/github.js
var github = __webpack_require__(1564);
;// CONCATENATED MODULE: ./lib/facts/release-github.js



function releaseGitHub(client, owner, repo, serverUrl) {
    const base = { owner, repo };
    const call = async (endpoint, permission, fn) => {
        try {
            return await fn();
        }
        catch (e) {
            throw new types/* FactError */.n((0,github_client/* describeApiError */.gg)(e, endpoint, permission));
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
                if ((0,github_client/* apiErrorStatus */.RK)(e) === 404 || (0,github_client/* apiErrorStatus */.RK)(e) === 422)
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
var defaults = __webpack_require__(3377);
// EXTERNAL MODULE: ./lib/app/errors.js
var errors = __webpack_require__(6208);
// EXTERNAL MODULE: ./lib/app/release.js + 4 modules
var release = __webpack_require__(3316);
// EXTERNAL MODULE: ./lib/app/work-tree.js
var work_tree = __webpack_require__(2689);
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
            throw new errors/* UsageError */.e(e.message);
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
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/rules/common/approvals/approvals.js
var approvals_approvals = __webpack_require__(5114);
// EXTERNAL MODULE: ./lib/engine/evaluate.js
var evaluate = __webpack_require__(9095);
// EXTERNAL MODULE: ./lib/facts/facts.js
var facts = __webpack_require__(1892);
// EXTERNAL MODULE: ./lib/facts/local.js
var local = __webpack_require__(9528);
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
var lib = __webpack_require__(8353);
// EXTERNAL MODULE: ./node_modules/mdast-util-to-string/lib/index.js
var mdast_util_to_string_lib = __webpack_require__(1869);
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
var sbom_sources = __webpack_require__(5635);
// EXTERNAL MODULE: ./lib/policy/source.js
var source = __webpack_require__(5021);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(2527);
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
var trace_formats = __webpack_require__(2846);
// EXTERNAL MODULE: ./lib/rules/index.js + 20 modules
var rules = __webpack_require__(2548);
// EXTERNAL MODULE: ./lib/rules/traceability/index.js + 5 modules
var traceability = __webpack_require__(8217);
;// CONCATENATED MODULE: ./lib/core/release.js
// The release record as the release use case (src/app/release.ts) builds it and the record renderers
// (src/report/release-*.ts) write it: its schema name and its fields. Types only, no behaviour.
const RELEASE_SCHEMA = 'sdlc-gate/release@1';

// EXTERNAL MODULE: ./lib/core/types.js
var types = __webpack_require__(2458);
// EXTERNAL MODULE: ./lib/util/concurrency.js
var concurrency = __webpack_require__(4467);
// EXTERNAL MODULE: ./lib/util/glob.js + 1 modules
var glob = __webpack_require__(5211);
// EXTERNAL MODULE: ./lib/util/text.js
var util_text = __webpack_require__(8805);
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
    return (0,facts/* createFacts */.u)({
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
            matrix = await (0,traceability/* buildMatrix */.Kn)({ options: gate.options, facts, policy, compare: false });
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

/***/ 2689:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ openRepository),
/* harmony export */   p: () => (/* binding */ workTreeGate)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _facts_git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2536);
/* harmony import */ var _facts_worktree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3086);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7179);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2548);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3377);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6208);







/** The repository at `dir` (relative to `cwd`); bad usage when it is none. */
async function openRepository(cwd, dir, what, maxFileBytes) {
    const repo = new _facts_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GitRepo */ .tr((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, dir ?? '.'), maxFileBytes);
    if (!(await repo.isRepository()))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`--repo ${dir ?? '.'} is not a git ${what}`);
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
    if (gate.rule !== rule)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`gate "${gate.id}" runs rule ${gate.rule}, not ${rule}`);
    return { ok: true, root, repo, policyPath, policy: loaded.policy, gate };
}


/***/ }),

/***/ 5961:
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

/***/ 3970:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iv: () => (/* binding */ formatPolicyError),
/* harmony export */   qd: () => (/* binding */ evaluatePullRequest),
/* harmony export */   tb: () => (/* binding */ loadPolicy)
/* harmony export */ });
/* harmony import */ var _policy_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5021);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2548);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9095);



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

/***/ 3086:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MM: () => (/* binding */ readLocalFile),
/* harmony export */   o6: () => (/* binding */ readWorkingFile),
/* harmony export */   yv: () => (/* binding */ readWorkingPolicy)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2458);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2536);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7876);






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

/***/ 7179:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e4: () => (/* binding */ PolicyLoader)
});

// UNUSED EXPORTS: MAX_EXTENDS_DEPTH, MAX_EXTENDS_FILES

// EXTERNAL MODULE: ./lib/util/pattern.js
var pattern = __webpack_require__(2718);
;// CONCATENATED MODULE: ./lib/policy/regex.js

// Policy patterns run over text the PR author controls (titles, bodies, test files). They run on RE2, in time
// linear in the text for any pattern (see src/util/pattern.ts); `validate` refuses, with its line, only a pattern
// RE2 cannot compile.
/** Why a policy regular expression is refused, or undefined when RE2 compiles it. */
function regexProblem(source) {
    return (0,pattern/* patternProblem */.AL)(source);
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/util/glob.js + 1 modules
var glob = __webpack_require__(5211);
;// CONCATENATED MODULE: ./lib/policy/presets.js
// Generated from policies/*.yml by scripts/embed-presets.mjs — edit those files, then run `npm run build`.
const PRESETS = {
    "fda-cybersecurity": "# FDA premarket cybersecurity (section 524B of the FD&C Act; the 2023 guidance \"Cybersecurity in Medical Devices\").\n# An SBOM with support level and end-of-support per component, a threat model updated with the code (or a waiver\n# from a security reviewer: list them in groups.security-reviewers), and a security impact assessment on every PR.\n# Combine with a class preset: extends: [iec62304-class-c, fda-cybersecurity]. It sets no classification.\nversion: 1\ngroups:\n  security-reviewers: []\ngates:\n  sbom:\n    refs: [\"FD&C Act 524B(b)(3)\", \"FDA premarket cybersecurity guidance V.A.4\"]\n    fda: true\n  threat-model:\n    rule: updated-with\n    refs: [\"FDA premarket cybersecurity guidance V.A.1\", \"FD&C Act 524B(b)(2)\"]\n    changed: [\"src/**\"]\n    require: [\"docs/threat-model.md\", \"docs/threat-model/**\", \"docs/security/**\"]\n    waiver: { label: no-security-impact, from: [security-reviewers] }\n  security-checklist:\n    rule: checklist\n    refs: [\"FDA premarket cybersecurity guidance V.A.2\", \"FD&C Act 524B(b)(2)\"]\n    items: [\"Security impact assessed\"]\n",
    "iec62304-class-a": "# IEC 62304 software safety class A: no injury possible.\n# Every change is reviewed by someone other than its author and references its change request; the lifecycle's own\n# controls are protected; requirements are tested; SOUP is identified.\n# Paths follow a conventional layout (docs/requirements/, docs/soup.yml); override them in your policy.\nversion: 1\nclassification:\n  default: A\ngates:\n  reviews:\n    refs: [\"IEC 62304 5.1.1\", \"IEC 62304 8.2.2\"]\n    approvals: 1\n  policy-integrity:\n    rule: protected-files\n    refs: [\"IEC 62304 8.1\", \"21 CFR 820.30(i)\"]\n    approvals: 1\n  change-request:\n    refs: [\"IEC 62304 8.2.1\", \"IEC 62304 8.2.4\", \"IEC 62304 9.1\"]\n  traceability:\n    refs: [\"IEC 62304 5.2.6\", \"IEC 62304 5.7.4\", \"IEC 62304 5.7.5\"]\n    requirements: [\"docs/requirements/**\"]\n    suspect: warning\n  soup:\n    refs: [\"IEC 62304 8.1.2\"]\n    file: docs/soup.yml\n",
    "iec62304-class-b": "# IEC 62304 software safety class B: non-serious injury possible.\n# Class A, plus: code owners of each changed file approve it; SOUP carries its requirements, risk and anomaly review;\n# the risk register's controls trace to tested requirements; a code change updates the risk file or is waived by a\n# risk manager (list them in groups.risk-managers).\nversion: 1\nextends: [iec62304-class-a]\ngroups:\n  risk-managers: []\nclassification:\n  default: B\ngates:\n  reviews:\n    approvals: 1\n    code_owners: true\n  soup:\n    refs: [\"IEC 62304 8.1.2\", \"IEC 62304 5.3.3\", \"IEC 62304 5.3.4\", \"IEC 62304 7.1.2\", \"IEC 62304 7.1.3\"]\n  risk-register:\n    refs: [\"ISO 14971 7\", \"IEC 62304 7.1\", \"IEC 62304 7.2.2\", \"IEC 62304 7.3.1\", \"IEC 62304 7.3.3\"]\n    file: docs/risk/risk-register.yml\n    requirements_from: traceability\n    verified: true\n  risk-file:\n    rule: updated-with\n    refs: [\"IEC 62304 7.4.1\", \"IEC 62304 7.4.3\", \"ISO 14971 10\"]\n    when: { class: [B, C] }\n    changed: [\"src/**\"]\n    require: [\"docs/risk/**\"]\n    waiver: { label: no-risk-impact, from: [risk-managers] }\n",
    "iec62304-class-c": "# IEC 62304 software safety class C: death or serious injury possible.\n# Class B, plus two independent approvals on any change that touches a class C software item, and a requirement\n# changed without its tests (a suspect link) fails instead of warning.\nversion: 1\nextends: [iec62304-class-b]\nclassification:\n  default: C\ngates:\n  class-c-review:\n    rule: reviews\n    refs: [\"IEC 62304 5.5.3\", \"IEC 62304 5.5.4\"]\n    when: { class: [C] }\n    approvals: 2\n  traceability:\n    suspect: error\n",
};

// EXTERNAL MODULE: ./lib/policy/schema.js
var schema = __webpack_require__(5991);
;// CONCATENATED MODULE: ./lib/policy/types.js
/** Keys every gate accepts; all other keys are the rule's options. */
const COMMON_GATE_KEYS = ['rule', 'when', 'level', 'refs', 'enabled', 'locked'];

;// CONCATENATED MODULE: ./lib/policy/load.js








const REMOTE_EXTENDS = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)\/([^@]+)@([^@\s]+)$/;
/** Files in one chain of `extends` (the policy itself included), and files loaded in all. */
const MAX_EXTENDS_DEPTH = 8;
const MAX_EXTENDS_FILES = 32;
/** YAML aliases are capped so an alias bomb is refused rather than expanded. */
const MAX_ALIAS_COUNT = 50;
const MAX_POLICY_BYTES = 1024 * 1024;
/** What an `extends` entry names, known before anything is read (so a repeated entry costs no read). */
function identifyExtends(name, origin) {
    if (PRESETS[name] !== undefined)
        return { key: `preset:${name}`, file: `preset:${name}` };
    const central = REMOTE_EXTENDS.exec(name);
    if (central)
        return { key: `${central[1]}/${central[2]}@${central[4]}:${central[3]}`, file: name };
    const looksLikePath = name.includes('/') || /\.ya?ml$/.test(name);
    if (!looksLikePath) {
        return {
            error: `extends "${name}" is neither a built-in preset (${Object.keys(PRESETS).join(', ')}), nor a repo-relative .yml file, nor owner/repo/path@ref`,
        };
    }
    return { key: `${origin}:${name}`, file: name };
}
const addFormats = dist;
class PolicyLoader {
    ajv;
    validateTop;
    gateValidators = new Map();
    rules;
    constructor(rules) {
        this.rules = new Map(rules.map((r) => [r.name, r]));
        // ajv's code optimization passes cost compile time that a policy validated once per run never earns back.
        this.ajv = new ajv.Ajv({ allErrors: true, strict: false, useDefaults: true, verbose: true, code: { optimize: false } });
        addFormats(this.ajv);
        this.ajv.addFormat('repo-glob', { type: 'string', validate: (s) => (0,glob/* globProblem */.A)(s) === undefined });
        this.ajv.addFormat('safe-regex', { type: 'string', validate: (s) => regexProblem(s) === undefined });
        this.validateTop = this.ajv.compile((0,schema/* topLevelSchema */.Vu)());
    }
    /** The options validator of a rule, compiled when a gate first uses it (most policies use a few of the rules). */
    gateValidator(ruleName) {
        const rule = this.rules.get(ruleName);
        if (!rule)
            return undefined;
        let validate = this.gateValidators.get(ruleName);
        if (!validate) {
            validate = this.ajv.compile((0,schema/* gateSchema */.Tp)(rule, [...this.rules.keys()]));
            this.gateValidators.set(ruleName, validate);
        }
        return validate;
    }
    /** Parses and validates `text` (the file at `file`), following `extends` through `read`. */
    async load(file, text, read, readRemote) {
        const errors = [];
        const notes = [];
        const walk = { readRemote, notes, errors, loaded: new Set([`:${file}`]), layers: [] };
        await this.collectLayers({ file, key: `:${file}`, text, read, origin: '' }, [], walk);
        if (walk.layers.length === 0)
            return { ok: false, errors };
        const policy = this.merge(file, walk.layers, errors);
        return errors.length > 0 ? { ok: false, errors } : { ok: true, policy, notes };
    }
    /**
     * Appends the layers in merge order: extended files first (depth first), the file itself last. A file reached
     * twice (a diamond, or a fan-out that names it again) is loaded once, at its first place; a chain longer than
     * MAX_EXTENDS_DEPTH or more than MAX_EXTENDS_FILES files in all is refused, naming the chain.
     */
    async collectLayers(source, chain, walk) {
        const layer = this.parseLayer(source.file, source.text, walk.errors);
        if (!layer)
            return;
        const extendsNode = layer.data.extends;
        const path = [...chain, source];
        const names = (list, last) => [...list.map((s) => s.file), ...(last ? [last] : [])].join(' → ');
        for (const [index, name] of (extendsNode ?? []).entries()) {
            const at = position(layer, ['extends', index]);
            const target = identifyExtends(name, source.origin);
            if ('error' in target) {
                walk.errors.push({ ...at, message: target.error });
                continue;
            }
            if (path.some((s) => s.key === target.key)) {
                walk.errors.push({ ...at, message: `extends "${name}" forms a cycle (${names(path, target.file)}); remove one of the references` });
                continue;
            }
            if (walk.loaded.has(target.key))
                continue; // already a layer, at its first place
            if (path.length + 1 > MAX_EXTENDS_DEPTH) {
                walk.errors.push({
                    ...at,
                    message: `extends is nested deeper than ${MAX_EXTENDS_DEPTH} files (${names(path, target.file)}); flatten the chain`,
                });
                continue;
            }
            if (walk.loaded.size + 1 > MAX_EXTENDS_FILES) {
                walk.errors.push({
                    ...at,
                    message: `extends would load more than ${MAX_EXTENDS_FILES} policy files; stopped at "${name}" (named by ${names(path)}) — merge some of them`,
                });
                return;
            }
            walk.loaded.add(target.key);
            const found = await this.resolveExtends(name, source.read, walk).catch((e) => ({ error: e.message }));
            if ('error' in found) {
                walk.errors.push({ ...at, message: found.error });
                continue;
            }
            await this.collectLayers({ file: found.file, key: target.key, text: found.text, read: found.read ?? source.read, origin: found.origin ?? source.origin }, path, walk);
        }
        walk.layers.push(layer);
    }
    async resolveExtends(name, read, remote) {
        const preset = PRESETS[name];
        if (preset !== undefined)
            return { file: `preset:${name}`, text: preset };
        const central = REMOTE_EXTENDS.exec(name);
        if (central) {
            const [, owner, repo, path, ref] = central;
            if (!remote.readRemote)
                return {
                    error: `extends "${name}" names a policy in another repository, which only the action (or GITHUB_TOKEN in the environment) can read`,
                };
            const problem = (0,glob/* globProblem */.A)(path);
            if (problem)
                return { error: `extends ${problem}` };
            const found = await remote.readRemote({ owner, repo, path, ref });
            if (!found)
                return { error: `extends "${name}": ${owner}/${repo} has no ${path} at ${ref}` };
            if (found.moving)
                remote.notes.push(`The policy extends ${name}, whose ref ${ref} is a branch that can move; pin it to a tag or commit SHA so every evaluation is reproducible.`);
            // Files that the central policy extends by relative path come from the same repository and ref.
            const readSibling = async (p) => (await remote.readRemote({ owner, repo, path: p, ref }))?.text;
            return { file: name, text: found.text, read: readSibling, origin: `${owner}/${repo}@${ref}` };
        }
        const problem = (0,glob/* globProblem */.A)(name);
        if (problem)
            return { error: `extends ${problem}` };
        const text = await read(name);
        if (text === undefined)
            return { error: `extends "${name}": no such file in the repository at the commit the policy is read at` };
        return { file: name, text };
    }
    parseLayer(file, text, errors) {
        if (Buffer.byteLength(text) > MAX_POLICY_BYTES) {
            errors.push({ file, line: 1, col: 1, message: `the policy is larger than ${MAX_POLICY_BYTES} bytes; split it with extends` });
            return undefined;
        }
        const lines = new yaml_dist/* LineCounter */.HN();
        const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true, strict: true });
        const parseErrors = [...doc.errors];
        if (parseErrors.length > 0) {
            for (const e of parseErrors) {
                const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
                errors.push({ file, line: pos.line, col: pos.col, message: `invalid YAML: ${firstLine(e.message)}` });
            }
            return undefined;
        }
        let data;
        try {
            data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        }
        catch (e) {
            errors.push({
                file,
                line: 1,
                col: 1,
                message: `invalid YAML: ${firstLine(e.message)} (aliases are capped at ${MAX_ALIAS_COUNT})`,
            });
            return undefined;
        }
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            errors.push({ file, line: 1, col: 1, message: 'the policy must be a YAML mapping that starts with "version: 1"' });
            return undefined;
        }
        const layer = { file, doc, lines, data: data };
        const valid = this.validateTop(layer.data);
        if (!valid) {
            errors.push(...describeErrors(layer, [], this.validateTop.errors ?? []));
            // Keep going with the gates when they are well-formed, so one run reports every problem.
            const gates = data.gates;
            const gatesUsable = isPlainObject(gates) && Object.values(gates).every((g) => g === null || isPlainObject(g));
            layer.data = gatesUsable ? { gates } : {};
        }
        return layer;
    }
    merge(file, layers, errors) {
        const groups = {};
        let classification = { default: 'B', items: [] };
        let release;
        let monitor;
        const gateObjects = new Map();
        for (const layer of layers) {
            Object.assign(groups, layer.data.groups ?? {});
            const cls = layer.data.classification;
            if (cls)
                classification = { default: cls.default ?? classification.default, items: cls.items ?? classification.items };
            if (layer.data.release)
                release = { ...release, ...layer.data.release };
            if (layer.data.monitor)
                monitor = { ...(monitor ?? {}), ...layer.data.monitor };
            for (const [id, value] of Object.entries(layer.data.gates ?? {})) {
                const previous = gateObjects.get(id);
                const lockedBy = previous?.merged.locked === true ? previous.lockedBy : undefined;
                if (lockedBy) {
                    // A locked gate of a central policy cannot be loosened downstream; to require more, add another gate.
                    const changed = Object.entries(value ?? {}).find(([k, v]) => JSON.stringify(previous.merged[k]) !== JSON.stringify(v));
                    if (changed) {
                        const at = position(layer, ['gates', id, changed[0]], true);
                        errors.push({
                            ...at,
                            message: `gate "${id}" is locked by ${lockedBy}, so "${changed[0]}" cannot be changed here — add a separate gate to require more`,
                        });
                    }
                    continue;
                }
                const merged = { ...(previous?.merged ?? {}), ...(value ?? {}) };
                gateObjects.set(id, { merged, last: layer, lockedBy: merged.locked === true ? layer.file : undefined });
            }
        }
        const gates = [];
        for (const [id, { merged, last }] of gateObjects) {
            const ruleName = typeof merged.rule === 'string' ? merged.rule : id;
            const validate = this.gateValidator(ruleName);
            if (!validate) {
                const at = typeof merged.rule === 'string' ? position(last, ['gates', id, 'rule']) : position(last, ['gates', id], true);
                const hint = typeof merged.rule === 'string' ? 'fix the rule name' : `add "rule: <name>" to the gate or rename it`;
                errors.push({
                    ...at,
                    message: `gate "${id}" names no known rule "${ruleName}" (known: ${[...this.rules.keys()].join(', ')}); ${hint}`,
                });
                continue;
            }
            const candidate = structuredClone(merged);
            if (!validate(candidate)) {
                errors.push(...describeErrors(last, ['gates', id], validate.errors ?? [], ruleName));
                continue;
            }
            if (candidate.enabled === false)
                continue;
            const options = Object.fromEntries(Object.entries(candidate).filter(([k]) => !COMMON_GATE_KEYS.includes(k)));
            gates.push({
                id,
                rule: ruleName,
                level: candidate.level ?? 'error',
                ...(candidate.when ? { when: candidate.when } : {}),
                ...(candidate.refs ? { refs: candidate.refs } : {}),
                options,
            });
        }
        return { version: 1, path: file, groups, classification, gates, ...(release ? { release } : {}), ...(monitor ? { monitor } : {}) };
    }
}
/** Where a node of the layer is, walking up the path until something positioned is found. */
function position(layer, path, keyOfLast = false) {
    for (let depth = path.length; depth >= 0; depth--) {
        const sub = path.slice(0, depth);
        const offset = depth === path.length && keyOfLast ? keyOffset(layer.doc, sub) : nodeOffset(layer.doc, sub);
        if (offset !== undefined) {
            const { line, col } = layer.lines.linePos(offset);
            return { file: layer.file, line, col, message: '' };
        }
    }
    return { file: layer.file, line: 1, col: 1, message: '' };
}
function nodeOffset(doc, path) {
    const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
    const range = node?.range;
    return range?.[0];
}
/** The offset of the key `path[last]` inside its parent mapping. */
function keyOffset(doc, path) {
    if (path.length === 0)
        return undefined;
    const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    if (!(0,yaml_dist/* isMap */.jh)(parent))
        return undefined;
    const key = path[path.length - 1];
    const pair = parent.items.find((p) => (0,yaml_dist/* isPair */.tO)(p) && (0,yaml_dist/* isScalar */.jn)(p.key) && p.key.value === key);
    return pair?.key?.range?.[0];
}
function describeErrors(layer, prefix, errors, ruleName) {
    const out = [];
    const seen = new Set();
    for (const e of errors) {
        // anyOf/oneOf wrappers repeat what their branches said.
        if (e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'if')
            continue;
        const path = [...prefix, ...pointerToPath(e.instancePath)];
        const where = path.length > 0 ? path.join('.') : 'the policy';
        let at;
        let message;
        switch (e.keyword) {
            case 'additionalProperties': {
                const key = String(e.params.additionalProperty);
                at = position(layer, [...path, key], true);
                const allowed = Object.keys(e.parentSchema?.properties ?? {});
                const suggestion = closest(key, allowed);
                const owner = ruleName && path.length === 2 ? `rule ${ruleName}` : where;
                message = `unknown key "${key}" in ${owner}${suggestion ? ` — did you mean "${suggestion}"?` : ''} (allowed: ${allowed.join(', ')})`;
                break;
            }
            case 'required': {
                at = position(layer, path);
                message = `${where} needs "${e.params.missingProperty}"`;
                break;
            }
            case 'enum': {
                at = position(layer, path);
                const allowed = e.params.allowedValues;
                message = `${where} is ${JSON.stringify(e.data)}; it must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
                break;
            }
            case 'const': {
                at = position(layer, path);
                message = `${where} must be ${JSON.stringify(e.params.allowedValue)}`;
                break;
            }
            case 'format': {
                at = position(layer, path);
                const format = e.params.format;
                const problem = format === 'repo-glob'
                    ? (0,glob/* globProblem */.A)(String(e.data))
                    : format === 'safe-regex'
                        ? `${JSON.stringify(e.data)} ${regexProblem(String(e.data))}`
                        : undefined;
                message = problem ? `${where}: ${problem}` : `${where} ${e.message}`;
                break;
            }
            case 'pattern': {
                at = position(layer, path);
                message = `${where} is ${JSON.stringify(e.data)}, which is not a valid ${prefix.length || path[0] === 'groups' ? 'login, @org/team or group name' : 'value'}`;
                break;
            }
            case 'propertyNames': {
                continue; // reported through the pattern error on the name itself
            }
            default: {
                at = position(layer, path);
                message = `${where} ${e.message ?? 'is invalid'}${e.keyword === 'type' ? `, got ${describeValue(e.data)}` : ''}`;
            }
        }
        const key = `${at.line}:${at.col}:${message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ ...at, message });
    }
    return out;
}
function isPlainObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function describeValue(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    return `${typeof v} ${JSON.stringify(v)}`;
}
function firstLine(s) {
    return s.split('\n')[0].trim();
}
/** The allowed key nearest to a misspelt one, if it is near enough to be a typo. */
function closest(key, candidates) {
    let best;
    let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
    for (const c of candidates) {
        const d = editDistance(key.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}


/***/ }),

/***/ 5991:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tp: () => (/* binding */ gateSchema),
/* harmony export */   Vu: () => (/* binding */ topLevelSchema),
/* harmony export */   wh: () => (/* binding */ policySchema)
/* harmony export */ });
/* unused harmony export SCHEMA_ID */
/* harmony import */ var _core_schemas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9975);

// The policy's JSON Schema. The top level is fixed; each gate's schema is its rule's options merged with the
// keys every gate accepts, so a rule owns its options and the printed schema completes them in an editor.
const SCHEMA_ID = 'https://github.com/sdlc-gate/sdlc-gate/policy-v1.schema.json';
/** Post-market surveillance (`sdlc-gate monitor`): the released versions watched for new vulnerabilities, and the clocks. */
const monitorSchema = {
    type: 'object',
    additionalProperties: false,
    description: "Post-market surveillance: the SBOMs of released versions watched for new vulnerabilities, with the vulnerabilities gate's configuration, and the response clocks.",
    properties: {
        releases: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            default: ['v*'],
            description: 'Globs of the tags whose SBOMs are watched (the versions in the field); the newest max_releases by version.',
        },
        max_releases: { type: 'integer', minimum: 1, default: 10, description: 'How many of the newest matching tags are watched.' },
        branches: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            default: [],
            description: 'Branches watched too; empty: the default branch.',
        },
        respond_within_days: {
            type: 'integer',
            minimum: 1,
            default: 30,
            description: 'Days from first seeing an uncontrolled vulnerability to communicating it (FDA postmarket guidance: 30).',
        },
        remediate_within_days: {
            type: 'integer',
            minimum: 1,
            default: 60,
            description: 'Days from first seeing an uncontrolled vulnerability to remediating it (FDA postmarket guidance: 60).',
        },
        labels: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            default: ['vulnerability', 'postmarket'],
            description: 'Labels of the tracking issues the action keeps.',
        },
    },
};
/** Keys every gate accepts, whatever its rule. */
function commonGateProperties(ruleNames) {
    return {
        rule: { enum: ruleNames, description: 'The rule this gate runs; defaults to the gate id.' },
        when: _core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .whenSchema */ .KN,
        level: { enum: ['error', 'warning'], default: 'error', description: 'error fails the check; warning reports only.' },
        refs: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            description: 'Clauses this gate serves (e.g. "IEC 62304 5.7.4"), printed beside it in the report.',
        },
        enabled: { type: 'boolean', default: true, description: 'false switches off a gate inherited through `extends`.' },
        locked: { type: 'boolean', description: 'In a shared policy: files that extend it may not change or switch off this gate.' },
    };
}
/** The schema one gate object is validated against once its rule is known. */
function gateSchema(rule, ruleNames) {
    const options = rule.optionsSchema;
    return {
        type: 'object',
        description: rule.description,
        additionalProperties: false,
        properties: { ...commonGateProperties(ruleNames), ...(options.properties ?? {}) },
        ...(options.required ? { required: options.required } : {}),
    };
}
/** The top level, with gates left open: each gate is checked against its rule's schema separately. */
function topLevelSchema() {
    return {
        type: 'object',
        additionalProperties: false,
        required: ['version'],
        properties: {
            $schema: { type: 'string' },
            version: { const: 1, description: 'Policy format version; always 1.' },
            extends: {
                type: 'array',
                items: { type: 'string', minLength: 1 },
                description: 'Built-in presets (by name) or repo-relative policy files; later entries override earlier ones, this file last.',
            },
            groups: {
                type: 'object',
                description: 'Named reviewer sets: logins or @org/team slugs.',
                propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' },
                additionalProperties: _core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .principalListSchema */ .wI,
            },
            classification: {
                type: 'object',
                additionalProperties: false,
                description: 'IEC 62304 software safety classes of the software items.',
                properties: {
                    default: { ..._core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .safetyClassSchema */ .oG, description: 'The class of files that lie in no item.' },
                    items: {
                        type: 'array',
                        items: {
                            type: 'object',
                            additionalProperties: false,
                            required: ['name', 'paths', 'class'],
                            properties: { name: { type: 'string', minLength: 1 }, paths: _core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .globListSchema */ .e4, class: _core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .safetyClassSchema */ .oG },
                        },
                    },
                },
            },
            release: {
                type: 'object',
                additionalProperties: false,
                description: 'The release record (`sdlc-gate release`, and the action on a tag push): which tags are releases, which issues are anomalies.',
                properties: {
                    tags: { ..._core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .globListSchema */ .e4, minItems: 1, description: 'Tags that are releases (globs over tag names). Default: ["v*"].' },
                    anomaly_labels: {
                        type: 'array',
                        items: { type: 'string', minLength: 1 },
                        minItems: 1,
                        description: 'Open issues with one of these labels at release time are residual anomalies (IEC 62304 5.8.2/5.8.3). Default: ["bug"].',
                    },
                    evaluated_label: {
                        type: 'string',
                        minLength: 1,
                        description: 'A label that marks an anomaly as evaluated (or write an "Evaluation" section in the issue). Default: anomaly-evaluated.',
                    },
                    check_name: {
                        type: 'string',
                        minLength: 1,
                        description: "The name of sdlc-gate's check run on pull requests. Default: sdlc-gate.",
                    },
                },
            },
            monitor: monitorSchema,
            gates: {
                type: 'object',
                description: 'Gate id → gate. The rule is the id unless `rule:` names one.',
                propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' },
                additionalProperties: { type: ['object', 'null'] },
            },
        },
    };
}
/** The whole schema, printed by `sdlc-gate schema` and shipped for editors. */
function policySchema(rules) {
    const names = rules.map((r) => r.name);
    const top = topLevelSchema();
    const byName = Object.fromEntries(rules.map((r) => [r.name, gateSchema(r, names)]));
    const anyNamed = {
        anyOf: rules.map((r) => {
            const s = gateSchema(r, names);
            return { ...s, required: ['rule'], properties: { ...s.properties, rule: { const: r.name } } };
        }),
    };
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: SCHEMA_ID,
        title: 'sdlc-gate policy',
        ...top,
        properties: {
            ...top.properties,
            gates: { ...top.properties.gates, properties: byName, additionalProperties: anyNamed },
        },
    };
}


/***/ }),

/***/ 5021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ loadPolicyForPullRequest)
/* harmony export */ });
/* unused harmony export sha256 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8805);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7179);



async function loadPolicyForPullRequest(path, pr, readAt, rules, readRemote) {
    const notes = [];
    let atBase;
    let atHead;
    try {
        atBase = await readAt(pr.baseSha, path);
        atHead = await readAt(pr.headSha, path);
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

/***/ 4610:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ RecordFolderError),
/* harmony export */   z: () => (/* binding */ writeRecordFolder)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


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


/***/ }),

/***/ 7406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ renderJson)
/* harmony export */ });
/** The result as the public `sdlc-gate/result@1` JSON, with exactly the documented keys in their order. */
function renderJson(result) {
    const shaped = {
        schema: result.schema,
        status: result.status,
        base: result.base,
        head: result.head,
        policy: { path: result.policy.path, ref: result.policy.ref, sha256: result.policy.sha256 },
        gates: result.gates.map((g) => ({
            id: g.id,
            rule: g.rule,
            level: g.level,
            status: g.status,
            summary: g.summary,
            findings: g.findings.map((f) => ({
                severity: f.severity,
                message: f.message,
                ...(f.file !== undefined ? { file: f.file } : {}),
                ...(f.line !== undefined ? { line: f.line } : {}),
            })),
        })),
    };
    return `${JSON.stringify(shaped, null, 2)}\n`;
}


/***/ }),

/***/ 8476:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ renderMonitorText),
/* harmony export */   LK: () => (/* binding */ renderMonitorJson),
/* harmony export */   QP: () => (/* binding */ renderMonitorMarkdown),
/* harmony export */   kX: () => (/* binding */ displayId)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2527);

// The monitor's result as JSON (sdlc-gate/monitor@1), plain text for a terminal, and Markdown for the job summary.
function renderMonitorJson(result) {
    return `${JSON.stringify(result, null, 2)}\n`;
}
const day = (iso) => iso.slice(0, 10);
function counts(ref) {
    const n = (s) => ref.findings.filter((f) => f.status === s).length;
    const overdue = ref.findings.filter((f) => f.overdue).length;
    return `${n('open')} open${overdue ? ` (${overdue} overdue)` : ''}, ${n('assessed')} assessed, ${n('fixed')} fixed`;
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
    for (const p of result.problems)
        lines.push(`  problem: ${p}`);
    for (const ref of result.refs) {
        lines.push('');
        lines.push(`${ref.ref} (${ref.kind}${ref.sha ? ` ${ref.sha.slice(0, 7)}` : ''}): ${ref.checked ? counts(ref) : 'NOT CHECKED'}${ref.sboms.length ? ` — ${ref.sboms.join(', ')}` : ''}`);
        for (const p of ref.problems)
            lines.push(`  problem: ${p}`);
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
    if (result.problems.length || result.unchecked.length) {
        out.push('');
        out.push(`**Not checked: ${result.unchecked.map(cell).join(', ') || 'every ref'}** — no tracking issue was opened or closed. Fix these and run again:`);
        out.push('');
        for (const p of [...result.problems, ...result.refs.flatMap((r) => r.problems.map((x) => `${r.ref}: ${x}`))])
            out.push(`- ${cell(p)}`);
    }
    for (const ref of result.refs) {
        out.push('');
        out.push(`#### ${cell(ref.ref)} (${ref.kind}${ref.sha ? ` ${ref.sha.slice(0, 7)}` : ''}) — ${ref.checked ? counts(ref) : 'not checked'}`);
        if (!ref.findings.length) {
            if (ref.checked)
                out.push('', `No known vulnerabilities in ${ref.sboms.map(cell).join(', ') || 'its SBOMs'}.`);
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


/***/ }),

/***/ 2846:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J7: () => (/* binding */ countsLine),
  uD: () => (/* binding */ renderTraceCsv),
  jS: () => (/* reexport */ renderTraceHtml),
  S2: () => (/* binding */ renderTraceJson),
  r0: () => (/* binding */ renderTraceMarkdown),
  Bs: () => (/* binding */ rowStatus)
});

// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(2527);
// EXTERNAL MODULE: ./lib/core/trace.js
var trace = __webpack_require__(3186);
;// CONCATENATED MODULE: ./lib/report/trace-html.js

// The traceability matrix as one self-contained page for the design history file: every requirement and test
// location a link to the file at the evaluated commit (when the repository's https address is known), parents and
// children as in-page links, the statement under each title, long lists folded, a label and colour per status,
// sorting and filtering that stay fast at thousands of rows, and a print layout that shows every row unfolded.
// Everything from the repository is escaped here; the page's script only moves rows and sets attributes and text.
const html = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const at = (r) => `${r.file}:${r.line}`;
const STATUSES = ['verified', 'tested', 'not run', 'failed', 'skipped', 'untested', 'suspect'];
/** What each status means, as the page's legend says it. */
const STATUS_MEANING = {
    verified: 'a passing result in a committed JUnit report is linked to it',
    tested: 'a test cites it (no JUnit reports are configured)',
    'not run': 'a test cites it, but no JUnit result is linked to it',
    failed: 'a linked JUnit case failed',
    skipped: 'a linked JUnit case was skipped',
    untested: 'no test cites it',
    suspect: 'its text changed since the base and none of its tests did — re-verify it',
};
/** How many test locations (and JUnit cases) a row shows before folding the rest. */
const FOLD_AFTER = 3;
const statusClass = (s) => `st-${s.replace(' ', '-')}`;
function blobLinks(repositoryUrl, sha) {
    if (!repositoryUrl || !sha || !/^https:\/\/[^/?#\s]+\/[^?#\s]+$/.test(repositoryUrl) || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
        return undefined;
    const base = `${repositoryUrl.replace(/\/+$/, '')}/blob/${sha}/`;
    return { href: (file, line) => `${base}${file.split('/').map(encodeURIComponent).join('/')}#L${line}` };
}
/** A place in the repository: a link to the file at the commit when one can be made, else plain text. */
function place(r, links) {
    // A long path may wrap after a slash rather than anywhere.
    const text = html(at(r)).replace(/\//g, '/<wbr>');
    return links ? `<a class="loc" href="${html(links.href(r.file, r.line))}">${text}</a>` : `<span class="loc">${text}</span>`;
}
/** Items folded after FOLD_AFTER: the rest hidden behind a "3 shown, N more" button (shown in print). */
function folded(items, kind) {
    if (!items.length)
        return '—';
    const lis = items.map((item, i) => (i < FOLD_AFTER ? `<li>${item}</li>` : `<li class="extra">${item}</li>`)).join('');
    const more = items.length - FOLD_AFTER;
    return `<ul class="${kind}">${lis}</ul>${more > 0 ? `<button type="button" class="more" aria-expanded="false" data-more="${FOLD_AFTER} shown, ${more} more">${FOLD_AFTER} shown, ${more} more</button>` : ''}`;
}
/**
 * Each requirement's children — the requirements of the matrix that name it as a parent —, in matrix order, by id.
 * One pass over the rows; a parent the matrix does not define (a system need kept elsewhere) has children here too.
 */
function matrixChildren(rows) {
    const children = new Map();
    for (const row of rows) {
        for (const parent of new Set(row.requirement.parents ?? [])) {
            const list = children.get(parent);
            if (list)
                list.push(row.requirement.id);
            else
                children.set(parent, [row.requirement.id]);
        }
    }
    return children;
}
/** In-page anchors: `req-<id>` where the id is safe in a URL fragment as it is, else by position. */
function anchorsOf(rows) {
    const anchors = new Map();
    rows.forEach((row, i) => {
        const id = row.requirement.id;
        if (!anchors.has(id))
            anchors.set(id, /^[A-Za-z0-9._-]+$/.test(id) ? `req-${id}` : `req_${i + 1}`);
    });
    return anchors;
}
function idLinks(ids, anchors, kind) {
    if (!ids.length)
        return '—';
    return ids
        .map((id) => {
        const anchor = anchors.get(id);
        return anchor
            ? `<a class="${kind}" href="#${html(anchor)}">${html(id)}</a>`
            : `<span class="${kind} outside" title="not defined in this matrix">${html(id)}</span>`;
    })
        .join(', ');
}
function statement(text) {
    const trimmed = text.trim();
    return trimmed ? html(trimmed) : '<em>no statement beyond the title</em>';
}
function rowHtml(row, index, ctx) {
    const r = row.requirement;
    const status = rowStatus(row);
    const anchor = ctx.anchors.get(r.id);
    const tests = row.tests.map((t) => place(t, ctx.links));
    const cases = row.cases.map((c) => `<span class="case-${html(c.status)}">${html(c.status)}: ${html(c.name)}</span> ${place({ file: c.report, line: c.line }, ctx.links)}`);
    const parents = [...new Set(r.parents ?? [])];
    const children = ctx.children.get(r.id) ?? [];
    return (`<tr id="${html(anchor)}" class="row ${statusClass(status)}" data-status="${html(status)}" role="row">` +
        `<td role="cell" data-key="${STATUSES.indexOf(status)}"><span class="badge ${statusClass(status)}">${html(status)}</span>${row.suspect ? ` <span class="sub">(${html(row.verdict)})</span>` : ''}</td>` +
        `<td role="cell" data-key="${html(r.id)}" class="id">${html(r.id)}</td>` +
        `<td role="cell" data-key="${html(r.title)}"><button type="button" class="toggle" aria-expanded="false" aria-controls="s${index}">${html(r.title) || '<em>untitled</em>'}</button>` +
        `<div class="statement" id="s${index}">${statement(r.text)}</div></td>` +
        `<td role="cell">${html(row.class)}</td>` +
        `<td role="cell" class="parents">${idLinks(parents, ctx.anchors, 'parent')}</td>` +
        `<td role="cell" class="children">${idLinks(children, ctx.anchors, 'child')}</td>` +
        `<td role="cell" class="defined">${place(r, ctx.links)}</td>` +
        `<td role="cell" data-key="${row.tests.length}">${folded(tests, 'tests')}</td>` +
        `<td role="cell" data-key="${row.cases.length}">${folded(cases, 'cases')}</td></tr>`);
}
function linksLine(meta, links) {
    if (links)
        return `Locations link to the files at ${html(meta.head)} in <a href="${html(meta.repositoryUrl)}">${html(meta.repositoryUrl)}</a>${meta.dirty ? ' (the committed files, not the uncommitted changes)' : ''}.`;
    return meta.repositoryUrl
        ? 'Locations are plain text: the work tree has no commit to link to.'
        : 'Locations are plain text: the repository&#39;s https address is not known (give it with --repo-url).';
}
function renderTraceHtml(m, meta) {
    const links = blobLinks(meta.repositoryUrl, meta.head);
    const counts = new Map();
    for (const row of m.rows)
        counts.set(rowStatus(row), (counts.get(rowStatus(row)) ?? 0) + 1);
    const ctx = { links, anchors: anchorsOf(m.rows), children: matrixChildren(m.rows) };
    const rows = m.rows.map((row, i) => rowHtml(row, i, ctx));
    const legend = STATUSES.map((s) => `<li><span class="badge ${statusClass(s)}">${html(s)}</span> ${html(STATUS_MEANING[s])}</li>`).join('');
    const filters = STATUSES.filter((s) => counts.has(s)).map((s) => `<button type="button" class="badge ${statusClass(s)}" data-filter="${html(s)}" aria-pressed="false">${html(s)} (${counts.get(s)})</button>`);
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Traceability matrix — ${html(meta.gate)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Traceability matrix — ${html(meta.gate)}</h1>
<p class="meta">${html(countsLine(m))}.<br>Work tree at ${html(meta.head)}${meta.dirty ? ' (with uncommitted changes)' : ''}${meta.base ? `, compared with ${html(meta.base)}` : ''}; policy ${html(meta.policy)}; generated ${html(meta.generatedAt)} by sdlc-gate trace.<br>${linksLine(meta, links)}</p>
<ul class="legend" aria-label="What each status means">${legend}</ul>
<div class="controls" role="toolbar" aria-label="Filter and expand">
<button type="button" data-filter="all" aria-pressed="true">all (${m.rows.length})</button>
${filters.join('\n')}
<input type="search" id="search" placeholder="Filter by id, title, statement or file" aria-label="Filter by text">
<button type="button" id="expand" aria-pressed="false">expand all</button>
<span id="shown" class="meta" aria-live="polite"></span>
</div>
<table id="matrix" role="table" aria-label="Traceability matrix">
<thead role="rowgroup"><tr role="row"><th data-col="0" role="columnheader" tabindex="0" title="Sort by this column">Status</th><th data-col="1" role="columnheader" tabindex="0" title="Sort by this column">ID</th><th data-col="2" role="columnheader" tabindex="0" title="Sort by this column">Title</th><th data-col="3" role="columnheader" tabindex="0" title="Sort by this column">Class</th><th data-col="4" role="columnheader" tabindex="0" title="Sort by this column">Parents</th><th data-col="5" role="columnheader" tabindex="0" title="Sort by this column">Children</th><th data-col="6" role="columnheader" tabindex="0" title="Sort by this column">Defined at</th><th data-col="7" role="columnheader" tabindex="0" title="Sort by this column">Tests</th><th data-col="8" role="columnheader" tabindex="0" title="Sort by this column">JUnit</th></tr></thead>
<tbody role="rowgroup">
${rows.join('\n')}
</tbody>
</table>
${problemsList(m, meta, links)}
<script>${SCRIPT}</script>
</body>
</html>
`;
}
function problemsList(m, meta, links) {
    const baseLinks = blobLinks(meta.repositoryUrl, meta.base);
    const places = (refs, l) => refs.map((r) => place(r, l)).join(', ');
    const items = [];
    for (const u of m.unknownReferences)
        items.push(`<li>${place(u, links)}: cites ${html(u.id)}, which no requirement defines</li>`);
    for (const d of m.deleted)
        items.push(`<li>${html(d.requirement.id)} was deleted since the base (it was at ${place(d.requirement, baseLinks)})${d.tests.length ? `; still cited by ${places(d.tests, links)}` : ''}</li>`);
    for (const defs of m.duplicates)
        items.push(`<li>${html(defs[0].id)} is defined more than once: ${places(defs, links)}</li>`);
    for (const f of m.findings)
        items.push(`<li>${f.file ? `${html(f.file)}${f.line ? `:${f.line}` : ''}: ` : ''}${html(f.message)}</li>`);
    return items.length ? `<section class="problems"><h2>Problems</h2><ul>${items.join('')}</ul></section>` : '';
}
// The matrix is a table in the markup (and in print), laid out on screen as one grid per row so that a row out
// of view is neither styled nor laid out (content-visibility): filtering and sorting thousands of rows then costs
// what the rows in view cost. Roles keep the table's meaning for assistive technology.
const COLUMNS = '6.5rem 6.5rem minmax(11rem, 2fr) 3.5rem 6.5rem 6.5rem minmax(10rem, 1.3fr) minmax(11rem, 1.5fr) minmax(11rem, 1.8fr)';
const STYLE = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #1f2328; }
h1 { font-size: 20px; margin: 0 0 4px; }
.meta { color: #59636e; margin: 0 0 12px; }
.legend { list-style: none; padding: 0; margin: 0 0 8px; display: flex; flex-wrap: wrap; gap: 4px 16px; color: #59636e; font-size: 12px; }
.controls { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 12px 0; }
.controls button { border: 1px solid #d1d9e0; background: #f6f8fa; border-radius: 12px; padding: 3px 10px; cursor: pointer; font: inherit; }
.controls button[aria-pressed="true"] { outline: 2px solid #0969da; outline-offset: 1px; }
.controls input { padding: 4px 8px; border: 1px solid #d1d9e0; border-radius: 6px; min-width: 260px; }
#matrix, #matrix thead, #matrix tbody { display: block; }
#matrix { border-left: 1px solid #d1d9e0; }
#matrix tr { display: grid; grid-template-columns: ${COLUMNS}; }
#matrix tr[hidden] { display: none; }
#matrix th, #matrix td { display: block; border: 1px solid #d1d9e0; border-width: 0 1px 1px 0; padding: 4px 8px; text-align: left; min-width: 0; overflow-wrap: break-word; }
#matrix thead { position: sticky; top: 0; z-index: 2; }
#matrix thead th { background: #f6f8fa; border-top-width: 1px; cursor: pointer; user-select: none; white-space: nowrap; }
#matrix tbody tr { content-visibility: auto; contain-intrinsic-size: auto 48px; scroll-margin-top: 48px; }
th[aria-sort="ascending"]::after { content: " ▲"; } th[aria-sort="descending"]::after { content: " ▼"; }
ul { margin: 0; padding-left: 16px; }
tr.row:target { background: #ddf4ff; }
.badge { display: inline-block; font-weight: 600; font-size: 12px; border-radius: 10px; padding: 1px 8px; border: 1px solid transparent; white-space: nowrap; }
.st-verified.badge { background: #1a7f37; color: #fff; }
.st-tested.badge { background: #dafbe1; color: #116329; border-color: #4ac26b; }
.st-not-run.badge { background: #eaeef2; color: #424a53; border-color: #afb8c1; }
.st-failed.badge { background: #cf222e; color: #fff; }
.st-skipped.badge { background: #ffd8b5; color: #953800; border-color: #fb8f44; }
.st-untested.badge { background: #ffebe9; color: #a40e26; border-color: #ff8182; }
.st-suspect.badge { background: #fff8c5; color: #7d4e00; border-color: #d4a72c; }
tr.st-suspect { background: #fffbdd; } tr.st-untested, tr.st-failed { background: #fff5f4; }
.toggle { all: unset; cursor: pointer; } .toggle:focus-visible { outline: 2px solid #0969da; }
.toggle::before { content: "▸ "; color: #59636e; } .toggle[aria-expanded="true"]::before { content: "▾ "; }
.statement { display: none; white-space: pre-wrap; margin: 4px 0 0; padding: 4px 8px; border-left: 3px solid #d1d9e0; color: #1f2328; }
tr.open .statement { display: block; }
li.extra { display: none; } td.unfolded li.extra { display: list-item; }
button.more { border: 0; background: none; color: #0969da; padding: 0; cursor: pointer; font: inherit; font-size: 12px; }
a.parent, a.child, .outside { white-space: nowrap; }
.outside { color: #59636e; font-style: italic; }
.case-failed, .case-skipped { color: #d1242f; } .sub { color: #59636e; }
a { color: #0969da; }
.problems { margin-top: 16px; }
@media print {
  body { margin: 0; font-size: 10px; }
  .controls, button.more { display: none !important; }
  #matrix { display: table; width: 100%; border-collapse: collapse; border: 0; }
  #matrix thead { display: table-header-group; position: static; }
  #matrix tbody { display: table-row-group; }
  #matrix tr, #matrix tbody tr[hidden] { display: table-row !important; content-visibility: visible; }
  #matrix th, #matrix td { display: table-cell; border-width: 1px; vertical-align: top; }
  .statement { display: block !important; }
  li.extra { display: list-item !important; }
  .toggle::before, .toggle[aria-expanded="true"]::before { content: none; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
// The page's script: status and text filters, column sorting, row expansion and list folding. Each row's search
// text and sort keys are read once; a filter touches each row once and changes only the rows whose state changes.
const SCRIPT = `
(function () {
  var tbody = document.querySelector('#matrix tbody');
  var rows = Array.prototype.slice.call(tbody.rows);
  var text = rows.map(function (r) { return r.textContent.toLowerCase(); });
  var state = rows.map(function (r) { return r.getAttribute('data-status'); });
  var visible = rows.map(function () { return true; });
  var status = 'all';
  var search = document.getElementById('search');
  var shownLabel = document.getElementById('shown');
  var filterButtons = Array.prototype.slice.call(document.querySelectorAll('[data-filter]'));
  function apply() {
    var q = search.value.trim().toLowerCase(), shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var ok = (status === 'all' || state[i] === status) && (!q || text[i].indexOf(q) !== -1);
      if (ok !== visible[i]) { rows[i].hidden = !ok; visible[i] = ok; }
      if (ok) shown++;
    }
    shownLabel.textContent = shown + ' of ' + rows.length + ' shown';
  }
  function setStatus(s) {
    status = s;
    filterButtons.forEach(function (o) { o.setAttribute('aria-pressed', String(o.getAttribute('data-filter') === s)); });
  }
  filterButtons.forEach(function (b) {
    b.addEventListener('click', function () { setStatus(b.getAttribute('data-filter')); apply(); });
  });
  search.addEventListener('input', apply);
  function setOpen(r, open) {
    r.classList.toggle('open', open);
    var t = r.querySelector('.toggle');
    if (t) t.setAttribute('aria-expanded', String(open));
  }
  var expand = document.getElementById('expand');
  expand.addEventListener('click', function () {
    var open = expand.getAttribute('aria-pressed') !== 'true';
    expand.setAttribute('aria-pressed', String(open));
    expand.textContent = open ? 'collapse all' : 'expand all';
    rows.forEach(function (r) { setOpen(r, open); });
  });
  tbody.addEventListener('click', function (e) {
    var t = e.target.closest('button');
    if (!t) return;
    if (t.classList.contains('toggle')) setOpen(t.closest('tr'), t.getAttribute('aria-expanded') !== 'true');
    else if (t.classList.contains('more')) {
      var cell = t.closest('td'), open = !cell.classList.contains('unfolded');
      cell.classList.toggle('unfolded', open);
      t.setAttribute('aria-expanded', String(open));
      t.textContent = open ? 'show fewer' : t.getAttribute('data-more');
    }
  });
  var collator = new Intl.Collator(undefined, { numeric: true });
  var keys = [];
  function keyOf(col) {
    if (!keys[col]) keys[col] = rows.map(function (r) {
      var c = r.cells[col];
      var k = c.hasAttribute('data-key') ? c.getAttribute('data-key') : c.textContent;
      return { r: r, k: k, n: k !== '' && !isNaN(Number(k)) ? Number(k) : NaN };
    });
    return keys[col];
  }
  var headers = Array.prototype.slice.call(document.querySelectorAll('#matrix th'));
  headers.forEach(function (th) {
    th.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); th.click(); }
    });
    th.addEventListener('click', function () {
      var col = Number(th.getAttribute('data-col'));
      var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      headers.forEach(function (o) { o.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      var sorted = keyOf(col).slice().sort(function (a, b) {
        var d = !isNaN(a.n) && !isNaN(b.n) ? a.n - b.n : collator.compare(a.k, b.k);
        return d * dir;
      });
      var index = new Map(rows.map(function (r, i) { return [r, i]; }));
      var fragment = document.createDocumentFragment();
      var order = sorted.map(function (x) { return index.get(x.r); });
      rows = order.map(function (i) { return rows[i]; });
      text = order.map(function (i) { return text[i]; });
      state = order.map(function (i) { return state[i]; });
      visible = order.map(function (i) { return visible[i]; });
      rows.forEach(function (r) { fragment.appendChild(r); });
      tbody.appendChild(fragment);
    });
  });
  // A link to a row the filters hide (a parent, say) clears the filters so the row can be seen.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target && target.parentNode === tbody && target.hidden) {
      search.value = '';
      setStatus('all');
      apply();
      target.scrollIntoView();
    }
  }
  window.addEventListener('hashchange', reveal);
  apply();
  reveal();
})();
`;

;// CONCATENATED MODULE: ./lib/report/trace-formats.js




/** What a QA engineer filters by: suspect first (it needs action whatever the verdict), then the verdict. */
function rowStatus(row) {
    return row.suspect ? 'suspect' : row.verdict;
}
const trace_formats_at = (r) => `${r.file}:${r.line}`;
const junitCell = (row) => row.cases.map((c) => `${c.status}: ${c.name} (${trace_formats_at({ file: c.report, line: c.line })})`);
function renderTraceJson(m, meta) {
    const children = matrixChildren(m.rows);
    return `${JSON.stringify({
        schema: 'sdlc-gate/trace@1',
        ...meta,
        counts: (0,trace/* countMatrix */.p)(m),
        requirements: m.rows.map((row) => ({
            id: row.requirement.id,
            title: row.requirement.title,
            class: row.class,
            status: rowStatus(row),
            verdict: row.verdict,
            suspect: row.suspect,
            required: row.required,
            ...(row.change ? { change: row.change } : {}),
            file: row.requirement.file,
            line: row.requirement.line,
            format: row.requirement.format,
            ...(row.requirement.parents ? { parents: row.requirement.parents } : {}),
            ...(children.has(row.requirement.id) ? { children: children.get(row.requirement.id) } : {}),
            tests: row.tests.map((t) => ({ file: t.file, line: t.line })),
            junit: row.cases.map((c) => ({ name: c.name, classname: c.classname, status: c.status, report: c.report, line: c.line })),
        })),
        unknown_references: m.unknownReferences,
        ...(m.compared
            ? {
                deleted: m.deleted.map((d) => ({
                    id: d.requirement.id,
                    title: d.requirement.title,
                    base_file: d.requirement.file,
                    base_line: d.requirement.line,
                    cited_by: d.tests,
                })),
            }
            : {}),
        duplicates: m.duplicates.map((defs) => ({ id: defs[0].id, at: defs.map((d) => ({ file: d.file, line: d.line })) })),
        problems: m.findings,
    }, null, 2)}\n`;
}
/** RFC 4180, with formula-looking cells defused so a spreadsheet never evaluates repository text. */
function csvCell(value) {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
function renderTraceCsv(m) {
    const header = ['id', 'title', 'class', 'parents', 'status', 'file', 'line', 'tests', 'junit'];
    const lines = [header.join(',')];
    for (const row of m.rows) {
        const r = row.requirement;
        lines.push([
            r.id,
            r.title,
            row.class,
            (r.parents ?? []).join('; '),
            rowStatus(row),
            r.file,
            String(r.line),
            row.tests.map(trace_formats_at).join('; '),
            junitCell(row).join('; '),
        ]
            .map(csvCell)
            .join(','));
    }
    return `${lines.join('\r\n')}\r\n`;
}
function countsLine(m) {
    const c = (0,trace/* countMatrix */.p)(m);
    return (`${c.requirements} requirements: ${c.tested} tested` +
        (m.junit ? `, ${c.verified} verified` : '') +
        `, ${c.untested} untested, ${c.unknownReferences} unknown references` +
        (m.compared ? `, ${c.suspect} suspect` : ''));
}
function renderTraceMarkdown(m, meta) {
    const cell = (s) => (0,report_escape/* escapeMarkdown */.FV)(s).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
    // Places as code spans, as the check report shows them: no escaping noise, and inert.
    const code = (s) => `\`${s
        .replace(/`/g, "'")
        .replace(/\|/g, '\\|')
        .replace(/[\r\n]/g, ' ')}\``;
    const out = [
        `# Traceability matrix (${cell(meta.gate)})`,
        '',
        `${cell(countsLine(m))}. Work tree at ${meta.head.slice(0, 7)}${meta.dirty ? ' with uncommitted changes' : ''}${meta.base ? `, compared with ${meta.base.slice(0, 7)}` : ''}; policy ${cell(meta.policy)}.`,
        '',
        '| Status | ID | Title | Class | Parents | Defined at | Tests | JUnit |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ];
    for (const row of m.rows) {
        const r = row.requirement;
        const status = rowStatus(row);
        const mark = status === 'untested' || status === 'suspect' || status === 'failed' ? `**${status}**` : status;
        const tests = row.tests.map((t) => code(trace_formats_at(t))).join(', ') || '—';
        const parents = (r.parents ?? []).map(cell).join(', ') || '—';
        out.push(`| ${mark} | ${cell(r.id)} | ${cell(r.title)} | ${cell(row.class)} | ${parents} | ${code(trace_formats_at(r))} | ${tests} | ${cell(junitCell(row).join(', ')) || '—'} |`);
    }
    out.push(...problemsMarkdown(m, cell));
    return `${out.join('\n')}\n`;
}
function problemsMarkdown(m, cell) {
    const lines = [];
    if (m.unknownReferences.length) {
        lines.push('', '## Unknown references', '');
        for (const u of m.unknownReferences)
            lines.push(`- ${cell(trace_formats_at(u))}: ${cell(u.id)}`);
    }
    if (m.deleted.length) {
        lines.push('', '## Deleted since the base', '');
        for (const d of m.deleted)
            lines.push(`- ${cell(d.requirement.id)}: was at ${cell(trace_formats_at(d.requirement))}${d.tests.length ? `; still cited by ${cell(d.tests.map(trace_formats_at).join(', '))}` : ''}`);
    }
    if (m.duplicates.length) {
        lines.push('', '## Duplicate ids', '');
        for (const defs of m.duplicates)
            lines.push(`- ${cell(defs[0].id)}: ${cell(defs.map(trace_formats_at).join(', '))}`);
    }
    if (m.findings.length) {
        lines.push('', '## Sources that could not be read', '');
        for (const f of m.findings)
            lines.push(`- ${f.file ? `${cell(f.file)}${f.line ? `:${f.line}` : ''}: ` : ''}${cell(f.message)}`);
    }
    return lines;
}


/***/ })

};
