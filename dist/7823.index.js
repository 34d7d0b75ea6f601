export const id = 7823;
export const ids = [7823];
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

/***/ 23047:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ classifier)
/* harmony export */ });
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95211);

const RANK = { A: 1, B: 2, C: 3 };
/**
 * The safety class of a path: the highest class among the items whose paths match it (a file shared by a
 * class B and a class C item must meet class C), else the policy's default.
 */
function classifier(classification) {
    const items = classification.items.map((item) => ({ cls: item.class, matches: (0,_util_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatcher */ .f)(item.paths) }));
    return (path) => {
        let best;
        for (const item of items)
            if (item.matches(path) && (!best || RANK[item.cls] > RANK[best]))
                best = item.cls;
        return best ?? classification.default;
    };
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

/***/ 99095:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ evaluate),
/* harmony export */   g: () => (/* binding */ overallStatus)
/* harmony export */ });
/* harmony import */ var _core_classification_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23047);
/* harmony import */ var _policy_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98793);
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95211);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28805);




async function evaluate(policy, facts, rules, meta, onGate) {
    const byName = new Map(rules.map((r) => [r.name, r]));
    // Gates run concurrently; facts are memoized, so shared facts are fetched once.
    const gates = await Promise.all(policy.gates.map(async (gate, index) => {
        const result = await evaluateGate(gate, policy, facts, byName.get(gate.rule));
        onGate?.(index, result);
        return result;
    }));
    return { schema: 'sdlc-gate/result@1', status: overallStatus(gates), base: meta.base, head: meta.head, policy: meta.policy, gates };
}
function overallStatus(gates) {
    return gates.some((g) => g.status === 'fail' || g.status === 'error') ? 'fail' : 'pass';
}
async function evaluateGate(gate, policy, facts, rule) {
    const base = { id: gate.id, rule: gate.rule, level: gate.level, ...(gate.refs ? { refs: gate.refs } : {}) };
    try {
        if (!rule)
            throw new Error(`no rule named "${gate.rule}" is registered`);
        const skipReason = await whyNotApplicable(gate, policy, facts);
        if (skipReason)
            return { ...base, status: 'skip', summary: skipReason, findings: [] };
        const ctx = (0,_policy_context_js__WEBPACK_IMPORTED_MODULE_2__/* .gateContext */ .V)(policy, gate.id);
        const outcome = await rule.evaluate(gate.options, facts, ctx);
        const findings = Array.isArray(outcome) ? outcome : outcome.findings;
        const status = statusOf(findings, gate.level);
        const summary = (!Array.isArray(outcome) && outcome.summary) || defaultSummary(findings, status);
        const tables = !Array.isArray(outcome) && outcome.tables?.length ? { tables: outcome.tables } : {};
        return { ...base, status, summary, findings, ...tables };
    }
    catch (e) {
        const message = errorMessage(e);
        return {
            ...base,
            status: 'error',
            summary: `could not be evaluated: ${message}`,
            findings: [{ severity: 'error', message: `The gate could not be evaluated, so it fails: ${message}` }],
        };
    }
}
function statusOf(findings, level) {
    if (!findings.some((f) => f.severity === 'error'))
        return 'pass';
    return level === 'warning' ? 'warn' : 'fail';
}
function defaultSummary(findings, status) {
    const errors = findings.filter((f) => f.severity === 'error');
    if (status === 'pass') {
        const warnings = findings.filter((f) => f.severity === 'warning').length;
        return warnings ? `passed with ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(warnings, 'warning')}` : 'passed';
    }
    return errors.length === 1 ? errors[0].message : `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(errors.length, 'problem')}: ${errors[0].message}`;
}
/** Why the gate's `when` does not hold, or undefined when the gate applies. */
async function whyNotApplicable(gate, policy, facts) {
    const when = gate.when;
    if (!when)
        return undefined;
    if (when.paths?.length || when.class?.length) {
        const changed = (await facts.changedFiles()).flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]);
        if (when.paths?.length) {
            const matches = (0,_util_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .globMatcher */ .f)(when.paths);
            if (!changed.some(matches))
                return `skipped: no changed file matches ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .listing */ .RR)(when.paths, 'or')}`;
        }
        if (when.class?.length) {
            const classOf = (0,_core_classification_js__WEBPACK_IMPORTED_MODULE_0__/* .classifier */ .k)(policy.classification);
            if (!changed.some((p) => when.class.includes(classOf(p)))) {
                return `skipped: no changed file is in a class ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .listing */ .RR)(when.class, 'or')} software item`;
            }
        }
    }
    if (when.labels?.length) {
        const labels = new Set((await facts.pr()).labels);
        if (!when.labels.some((l) => labels.has(l)))
            return `skipped: the pull request has none of the labels ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .listing */ .RR)(when.labels, 'or')}`;
    }
    return undefined;
}
function errorMessage(e) {
    if (e instanceof Error)
        return e.message.split('\n')[0].trim() || e.name;
    return String(e);
}


/***/ }),

/***/ 71892:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Np: () => (/* binding */ scanByReading),
/* harmony export */   uW: () => (/* binding */ createFacts)
/* harmony export */ });
/* unused harmony export WEAKLY_HELD_FROM */
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82458);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54467);
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95211);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17876);





/**
 * A file read at a commit of this many bytes or more is held by the facts only while some gate holds it (a WeakRef):
 * a 175 MB SBOM's bytes and text would otherwise stay for the whole run, beside whatever the next reader parses (the
 * peak of a 200,000-component check). Read again, should another gate ask after it was let go: the same blob.
 */
const WEAKLY_HELD_FROM = 8 * 1024 * 1024;
function createFacts(sources) {
    const once = memo();
    const file = fileMemo();
    return {
        pr: async () => sources.pr,
        changedFiles: () => once('changed', () => sources.changedFiles()),
        reviews: () => once('reviews', () => sources.reviews()),
        teamMembers: (team) => once(`team:${team.toLowerCase()}`, () => sources.teamMembers(team)),
        permission: (login) => once(`permission:${login.toLowerCase()}`, async () => {
            if (!sources.permission)
                throw new _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FactError */ .n(`the write access of ${login} to the repository cannot be told here`);
            return sources.permission(login);
        }),
        commits: () => once('commits', async () => {
            if (!sources.commits)
                throw new _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FactError */ .n(`the pull request's commits, and so who contributed to it, cannot be told here`);
            return sources.commits();
        }),
        readAtBase: (path, opts) => file(`base:${opts?.maxBytes ?? ''}:${path}`, () => sources.readFile(sources.pr.baseSha, path, opts?.maxBytes)),
        readAtHead: (path, opts) => file(`head:${opts?.maxBytes ?? ''}:${path}`, () => sources.readFile(sources.pr.headSha, path, opts?.maxBytes)),
        listAtHead: async (globs) => {
            const all = await once('tree:head', () => sources.listFiles(sources.pr.headSha));
            const matches = (0,_util_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .globMatcher */ .f)(globs);
            return all.filter(matches);
        },
        listAtBase: async (globs) => {
            const all = await once('tree:base', () => sources.listFiles(sources.pr.baseSha));
            const matches = (0,_util_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .globMatcher */ .f)(globs);
            return all.filter(matches);
        },
        scanAtHead: (paths, visit, options) => (sources.scanFiles ?? scanByReading(sources.readFile))(sources.pr.headSha, paths, visit, options),
        ...(sources.issueExists ? { issueExists: (n) => once(`issue:${n}`, () => sources.issueExists(n)) } : {}),
        ...(sources.osvScan
            ? { osvScan: (api, purls) => once(`osv:${api}:${osvKey(purls)}`, () => sources.osvScan(api, purls)) }
            : {}),
    };
}
/**
 * A scan made of single reads (the API, a work tree), each file kept by no one. With `limit`, a scan of more files
 * than that is refused with `advice` rather than spending a request per file.
 */
function scanByReading(readFile, limit) {
    return async (ref, paths, visit) => {
        if (limit && paths.length > limit.files) {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FactError */ .n(`searching ${paths.length} files would take a request each (more than ${limit.files}) — ${limit.advice}`);
        }
        await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_4__/* .mapConcurrent */ ._)(paths, _util_concurrency_js__WEBPACK_IMPORTED_MODULE_4__/* .READ_CONCURRENCY */ .H, async (path) => visit(await readForScan(readFile, ref, path)));
    };
}
async function readForScan(readFile, ref, path) {
    try {
        const file = await readFile(ref, path);
        return file ? { path, text: file.text } : { path };
    }
    catch (e) {
        // Scans read any bytes, as the checkout's scan does: a test file in Latin-1 still cites its requirements.
        if (e instanceof _text_js__WEBPACK_IMPORTED_MODULE_2__/* .NotTextError */ .lg)
            return { path, text: (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .lenientText */ .t9)(e.bytes) };
        if (e instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FactError */ .n)
            return { path, error: e };
        throw e;
    }
}
function memo() {
    const cache = new Map();
    return (key, fetch) => {
        let hit = cache.get(key);
        if (!hit) {
            hit = fetch();
            cache.set(key, hit);
        }
        return hit;
    };
}
/** memo() for files read at a commit: a large one (WEAKLY_HELD_FROM) is kept only while someone else keeps it. */
function fileMemo() {
    const cache = new Map();
    return (key, fetch) => {
        const hit = cache.get(key);
        if (hit instanceof WeakRef) {
            const held = hit.deref();
            if (held)
                return Promise.resolve(held);
        }
        else if (hit)
            return hit;
        const read = fetch();
        cache.set(key, read);
        read.then((f) => {
            if (f && f.bytes.length >= WEAKLY_HELD_FROM && cache.get(key) === read)
                cache.set(key, new WeakRef(f));
        }, () => undefined);
        return read;
    };
}
/** One key per set of purls, however long the list. */
function osvKey(purls) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update([...purls].sort().join('\n'))
        .digest('hex');
}


/***/ }),

/***/ 94571:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ createOsvSource)
/* harmony export */ });
/* unused harmony exports OSV_DEFAULT_API, OSV_BATCH_SIZE */
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82458);
/* harmony import */ var _util_abort_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82830);


// The OSV.dev API client: POST /v1/querybatch (by purl, ≤ 1000 queries a request, following next_page_token),
// then GET /v1/vulns/{id} once per distinct id for the full records. Retries 5xx, 429 and network faults with
// backoff, each attempt under its own timeout and the run's deadline; whatever cannot be fetched is a FactError.
const OSV_DEFAULT_API = 'https://api.osv.dev';
const OSV_BATCH_SIZE = 1000;
const PARALLEL_RECORD_FETCHES = 8;
/** One OSV request, retried on no answer, a timeout, 408, 429 and 5xx; any other failure ends the scan. */
function osvRequester(o, doFetch) {
    return async function request(method, url, body) {
        let last = '';
        for (let attempt = 0; attempt <= o.retries; attempt++) {
            if (attempt > 0)
                await sleep(o.retryDelayMs * attempt * attempt, o.deadline);
            if (o.deadline?.aborted)
                break;
            let status;
            const timeout = (0,_util_abort_js__WEBPACK_IMPORTED_MODULE_0__/* .timeoutSignal */ ._)(o.requestTimeoutMs, [o.deadline]);
            try {
                const signal = timeout.signal;
                const res = await doFetch(url, {
                    method,
                    headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
                    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
                    signal,
                });
                status = res.status;
                const text = await res.text();
                if (res.ok) {
                    try {
                        return JSON.parse(text);
                    }
                    catch {
                        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FactError */ .n(`${method} ${url} answered ${res.status} with a body that is not JSON — is osv_api the OSV API's base URL?`);
                    }
                }
                last = `${res.status} ${text.slice(0, 200).replace(/\s+/g, ' ')}`;
                if (res.status === 404 && method === 'GET')
                    throw new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FactError */ .n(`${method} ${url} answered 404: OSV has no such record — re-run the job; if it persists, the record was withdrawn and the cache is stale`);
                if (res.status < 500 && res.status !== 429 && res.status !== 408) {
                    throw new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FactError */ .n(`${method} ${url} answered ${last} — check osv_api in the policy`);
                }
            }
            catch (e) {
                if (e instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FactError */ .n)
                    throw e;
                const err = e;
                last =
                    err.name === 'TimeoutError' || err.name === 'AbortError'
                        ? `no answer within ${o.requestTimeoutMs} ms`
                        : `${err.message}${err.cause ? ` (${err.cause.message})` : ''}`;
            }
            finally {
                timeout.clear();
            }
            o.log?.(`OSV: ${method} ${url}: ${status ?? 'no response'} (${last}); attempt ${attempt + 1} of ${o.retries + 1}`);
        }
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FactError */ .n(`${method} ${url} failed after ${o.retries + 1} attempts (${last || 'the time budget ran out'}) — OSV may be unreachable or having trouble; re-run the job`);
    };
}
/** Scans purls against the OSV API at `api`; full records are cached per client, that is per run. */
function createOsvSource(o) {
    const records = new Map();
    const request = osvRequester(o, o.fetch ?? fetch);
    function record(base, id) {
        const key = `${base} ${id}`;
        let hit = records.get(key);
        if (!hit) {
            hit = request('GET', `${base}/v1/vulns/${encodeURIComponent(id)}`).then(async (json) => {
                const { asOsvRecord } = await Promise.all(/* import() */[__webpack_require__.e(4353), __webpack_require__.e(6108)]).then(__webpack_require__.bind(__webpack_require__, 96108));
                const r = asOsvRecord(json);
                if (!r)
                    throw new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FactError */ .n(`GET ${base}/v1/vulns/${id} did not return an OSV record — retry; if it persists, use source: offline with committed OSV records`);
                return r;
            });
            records.set(key, hit);
        }
        return hit;
    }
    return async (api, purls) => {
        const base = api.replace(/\/+$/, '');
        const ids = new Map(purls.map((p) => [p, new Set()]));
        let pending = [...ids.keys()].map((purl) => ({ purl, token: undefined }));
        while (pending.length) {
            const next = [];
            for (let i = 0; i < pending.length; i += OSV_BATCH_SIZE) {
                const chunk = pending.slice(i, i + OSV_BATCH_SIZE);
                const queries = chunk.map((q) => ({ package: { purl: q.purl }, ...(q.token ? { page_token: q.token } : {}) }));
                const json = (await request('POST', `${base}/v1/querybatch`, { queries }));
                const results = Array.isArray(json?.results) ? json.results : undefined;
                if (!results || results.length !== chunk.length) {
                    throw new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FactError */ .n(`POST ${base}/v1/querybatch answered ${results ? `${results.length} results for ${chunk.length} queries` : 'without a results array'} — the answer cannot be trusted; re-run the job`);
                }
                results.forEach((r, j) => {
                    const res = (r ?? {});
                    // A vulnerability list that is not one, or an entry without an id, would be read as "none": refuse it.
                    const vulns = res.vulns;
                    if (vulns !== undefined && (!Array.isArray(vulns) || vulns.some((v) => typeof v?.id !== 'string')))
                        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .FactError */ .n(`POST ${base}/v1/querybatch answered results[${j}] (${chunk[j].purl}) with vulns that are not a list of {"id": "…"} — the answer cannot be trusted; re-run the job`);
                    for (const v of res.vulns ?? [])
                        ids.get(chunk[j].purl).add(v.id);
                    if (typeof res.next_page_token === 'string' && res.next_page_token)
                        next.push({ purl: chunk[j].purl, token: res.next_page_token });
                });
            }
            pending = next;
        }
        const distinct = [...new Set([...ids.values()].flatMap((s) => [...s]))];
        const fetched = new Map();
        for (let i = 0; i < distinct.length; i += PARALLEL_RECORD_FETCHES) {
            const batch = distinct.slice(i, i + PARALLEL_RECORD_FETCHES);
            const got = await Promise.all(batch.map((id) => record(base, id)));
            batch.forEach((id, j) => fetched.set(id, got[j]));
        }
        const scan = new Map();
        for (const [purl, set] of ids)
            scan.set(purl, [...set].map((id) => fetched.get(id)).filter((r) => !r.withdrawn));
        return scan;
    };
}
function sleep(ms, signal) {
    return new Promise((resolve) => {
        const t = setTimeout(resolve, ms);
        signal?.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
    });
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

/***/ 98793:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ gateContext)
/* harmony export */ });
/** What the gate `gateId` may know of its policy: its groups, classification, and the other gates' options. */
function gateContext(policy, gateId) {
    const byId = new Map(policy.gates.map((g) => [g.id, g]));
    function gateOptions(id, rule) {
        const gate = byId.get(id);
        if (!gate || (rule && gate.rule !== rule.name))
            return undefined;
        return gate.options;
    }
    return {
        gateId,
        policyPath: policy.path,
        policyFiles: policy.files ?? [policy.path],
        groups: policy.groups,
        classification: policy.classification,
        gates: policy.gates.map((g) => ({ id: g.id, rule: g.rule })),
        gateOptions: gateOptions,
    };
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

/***/ 82830:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ timeoutSignal)
/* harmony export */ });
/**
 * A signal that aborts after `ms`, or as soon as one of `signals` does. Written out rather than as
 * `AbortSignal.any([AbortSignal.timeout(ms), ...])`: Node may garbage-collect a timeout signal that only such a
 * composite refers to before it fires (nodejs/node#57736), and a request to a server that never answers then waits
 * for ever. Here the timer holds the controller until it fires or `clear()` is called. `unref`: the timer does not
 * keep the process alive (for callers that cannot tell when the request is over). `unfollow()` stops following
 * `signals` and leaves the timer: a long-lived signal (the run's deadline) then gathers no listener per request.
 */
function timeoutSignal(ms, signals = [], opts = {}) {
    const controller = new AbortController();
    const followed = [];
    const unfollow = () => {
        for (const [source, follow] of followed)
            source.removeEventListener('abort', follow);
        followed.length = 0;
    };
    const clear = () => {
        clearTimeout(timer);
        unfollow();
    };
    const timer = setTimeout(() => {
        controller.abort(new DOMException(`no answer within ${ms} ms`, 'TimeoutError'));
        clear();
    }, ms);
    if (opts.unref)
        timer.unref();
    for (const source of signals) {
        if (!source)
            continue;
        if (source.aborted) {
            controller.abort(source.reason);
            clear();
            break;
        }
        const follow = () => {
            controller.abort(source.reason);
            clear();
        };
        source.addEventListener('abort', follow, { once: true });
        followed.push([source, follow]);
    }
    return { signal: controller.signal, clear, unfollow };
}


/***/ })

};
