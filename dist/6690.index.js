export const id = 6690;
export const ids = [6690];
export const modules = {

/***/ 23047:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gT: () => (/* binding */ safetyClassOf),
/* harmony export */   kd: () => (/* binding */ classifier),
/* harmony export */   t3: () => (/* binding */ SAFETY_CLASS_RANK)
/* harmony export */ });
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95211);

/**
 * The safety class of a path: the highest class among the items whose paths match it (a file shared by a
 * class B and a class C item must meet class C), else the policy's default.
 */
function classifier(classification) {
    const items = classification.items.map((item) => ({ cls: item.class, matches: (0,_util_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatcher */ .f)(item.paths) }));
    return (path) => {
        let best;
        for (const item of items)
            if (item.matches(path) && (!best || SAFETY_CLASS_RANK[item.cls] > SAFETY_CLASS_RANK[best]))
                best = item.cls;
        return best ?? classification.default;
    };
}
/**
 * A requirement's software safety class as written — "C", "c", "Class C", "Safety class C", "C (serious injury)" —
 * as its letter; anything else ("III", "Class X", "high") in capitals, unknown. A value that names several classes
 * ("B/C", "B or C") is the strictest it names: it never reads as less than it says. The few classes of a large
 * matrix are each read once.
 */
const CLASSES = new Map();
const SAFETY_CLASS = /^\s*(?:(?:software\s+)?(?:safety\s+)?class\s*[:-]?\s*)?([abc])(?![\p{L}\p{N}_])/iu;
function safetyClassOf(written) {
    let c = CLASSES.get(written);
    if (c === undefined) {
        const m = SAFETY_CLASS.exec(written);
        c = m ? { cls: strictestNamed(written, m[1].toUpperCase()), known: true } : { cls: written.trim().toUpperCase(), known: false };
        if (CLASSES.size < 256)
            CLASSES.set(written, c);
    }
    return c;
}
/** The order of the software safety classes, for "the stricter of two". */
const SAFETY_CLASS_RANK = { A: 1, B: 2, C: 3 };
/** The strictest of `first` and every class letter standing alone in `written` ("B/C": C). */
function strictestNamed(written, first) {
    let strictest = first;
    for (const word of written.split(/[^\p{L}\p{N}_]+/u)) {
        const letter = word.length === 1 ? word.toUpperCase() : '';
        if ((SAFETY_CLASS_RANK[letter] ?? 0) > SAFETY_CLASS_RANK[strictest])
            strictest = letter;
    }
    return strictest;
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
            const classOf = (0,_core_classification_js__WEBPACK_IMPORTED_MODULE_0__/* .classifier */ .kd)(policy.classification);
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
