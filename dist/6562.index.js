export const id = 6562;
export const ids = [6562];
export const modules = {

/***/ 36562:
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

// EXTERNAL MODULE: ./lib/core/monitor.js
var monitor = __webpack_require__(45961);
// EXTERNAL MODULE: ./lib/facts/facts.js
var facts = __webpack_require__(71892);
// EXTERNAL MODULE: ./lib/parsers/lockfiles/purl.js
var lockfiles_purl = __webpack_require__(9196);
// EXTERNAL MODULE: ./lib/parsers/osv.js
var parsers_osv = __webpack_require__(96108);
// EXTERNAL MODULE: ./lib/parsers/sbom/index.js + 13 modules
var sbom = __webpack_require__(90792);
// EXTERNAL MODULE: ./lib/rules/common/sbom-sources.js
var sbom_sources = __webpack_require__(25635);
// EXTERNAL MODULE: ./lib/policy/context.js
var context = __webpack_require__(98793);
// EXTERNAL MODULE: ./lib/rules/common/read-file.js
var read_file = __webpack_require__(13384);
// EXTERNAL MODULE: ./lib/rules/vulnerabilities/index.js + 2 modules
var vulnerabilities = __webpack_require__(25862);
// EXTERNAL MODULE: ./lib/util/glob.js + 1 modules
var glob = __webpack_require__(95211);
// EXTERNAL MODULE: ./lib/util/version.js
var version = __webpack_require__(82352);
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
    const gate = policy.gates.find((g) => g.rule === vulnerabilities.vulnerabilities.name);
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
    return (0,facts/* createFacts */.uW)({
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
        const { globs, explicit, cap } = (0,vulnerabilities.sbomSource)(options, ctx);
        const paths = (0,sbom_sources/* sbomCandidates */.eV)(await facts.listAtHead(globs), explicit);
        if (paths.length === 0)
            out.problems.push(`no SBOM at ${ref}: no file matches ${globs.join(', ')}, so its components were not checked — a release without its SBOM cannot be monitored`);
        const docs = await readRefSboms(facts, paths, explicit, cap, out, errors);
        const seen = new Set();
        for (const { doc } of docs) {
            for (const c of doc.components) {
                const query = c.purl ? (0,vulnerabilities.queryPurl)(c.purl) : undefined;
                if (!query || seen.has(`${doc.path} ${query}`))
                    continue;
                seen.add(`${doc.path} ${query}`);
                scan.scanned.push({ doc, c, query });
            }
        }
        scan.statements = await (0,vulnerabilities.readStatements)(options, facts, cap, docs, errors);
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
            defaultStatements = await (0,vulnerabilities.readStatements)(options, defaultFacts, options.max_file_bytes, [], worldErrors);
            if (options.kev)
                kev = await (0,vulnerabilities.readKev)(options.kev, options.max_file_bytes, defaultFacts, worldErrors, 'head');
        }
        if (queries.length) {
            if (options.source === 'offline') {
                if (!defaultFacts)
                    throw new types/* FactError */.n(`the offline OSV records (${options.offline}) are read on the default branch, which cannot be resolved`);
                byPurl = await (0,vulnerabilities.offlineScan)(options, defaultFacts, queries, worldErrors, 'head');
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
        const vulns = (0,vulnerabilities.dedupeAliases)(judge.world.byPurl.get(s.query) ?? []);
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
    const statement = (0,vulnerabilities.latest)([...candidates].filter((st) => (0,vulnerabilities.covers)(st, ids, s.c)));
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
        throw new errors/* UsageError */.e(`--state ${path} is larger than ${MAX_STATE_BYTES} bytes, more than sdlc-gate monitor writes — point --state at the file the monitor wrote`);
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

/***/ 48476:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ renderMonitorText),
/* harmony export */   LK: () => (/* binding */ renderMonitorJson),
/* harmony export */   QP: () => (/* binding */ renderMonitorMarkdown),
/* harmony export */   kX: () => (/* binding */ displayId)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72527);

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


/***/ })

};
