export const id = 5862;
export const ids = [5862];
export const modules = {

/***/ 96108:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ow: () => (/* binding */ osvSeverity),
/* harmony export */   Qx: () => (/* binding */ purlTypeAndNamespace),
/* harmony export */   UX: () => (/* binding */ idsOf),
/* harmony export */   W4: () => (/* binding */ fixedVersions),
/* harmony export */   asOsvRecord: () => (/* binding */ asOsvRecord),
/* harmony export */   hA: () => (/* binding */ osvRecordProblem),
/* harmony export */   me: () => (/* reexport safe */ _core_osv_js__WEBPACK_IMPORTED_MODULE_1__.m),
/* harmony export */   oJ: () => (/* binding */ osvEcosystemOf),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   vk: () => (/* binding */ affectsVersion),
/* harmony export */   xe: () => (/* binding */ OSV_NAMESPACED_PURL_TYPES),
/* harmony export */   y8: () => (/* binding */ affectedKey)
/* harmony export */ });
/* unused harmony exports cvssBaseScore, levelOfScore */
/* harmony import */ var ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44353);
/* harmony import */ var _lockfiles_purl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9196);
/* harmony import */ var _util_version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82352);
/* harmony import */ var _core_osv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44203);




// OSV records (https://ossf.github.io/osv-schema/): their severity, the versions that fix them, and, for offline
// records, whether a component version is affected. Pure: values in, values out.


/**
 * The record with every field this module reads in the shape its type says, or undefined when it is not an OSV
 * record (no id). A record comes from a file in the repository or from the API: anything malformed in it (an
 * event that is null, a version that is a number) is dropped here rather than trusted further on.
 */
function asOsvRecord(value) {
    if (!isObject(value))
        return undefined;
    const v = value;
    if (typeof v.id !== 'string' || !v.id)
        return undefined;
    return {
        ...v,
        aliases: strings(v.aliases),
        severity: severityEntries(v.severity),
        affected: (Array.isArray(v.affected) ? v.affected : []).filter(isObject).map(affectedEntry),
        database_specific: isObject(v.database_specific) ? v.database_specific : undefined,
        withdrawn: stringField(v.withdrawn),
        summary: stringField(v.summary),
        modified: stringField(v.modified),
    };
}
const isObject = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
const strings = (x) => (Array.isArray(x) ? x.filter((s) => typeof s === 'string') : []);
const stringField = (x) => (typeof x === 'string' ? x : undefined);
function severityEntries(x) {
    return (Array.isArray(x) ? x : []).filter(isObject).map((e) => ({ type: stringField(e.type), score: stringField(e.score) }));
}
function affectedEntry(a) {
    const pkg = isObject(a.package) ? a.package : undefined;
    return {
        ...(pkg ? { package: { ecosystem: stringField(pkg.ecosystem), name: stringField(pkg.name), purl: stringField(pkg.purl) } } : {}),
        ranges: (Array.isArray(a.ranges) ? a.ranges : []).filter(isObject).map((r) => ({
            type: stringField(r.type),
            events: (Array.isArray(r.events) ? r.events : []).filter(isObject).map((e) => ({
                introduced: stringField(e.introduced),
                fixed: stringField(e.fixed),
                last_affected: stringField(e.last_affected),
                limit: stringField(e.limit),
            })),
        })),
        versions: strings(a.versions),
        severity: severityEntries(a.severity),
        database_specific: isObject(a.database_specific) ? a.database_specific : undefined,
    };
}
/** The id and aliases, each once. */
function idsOf(v) {
    return [...new Set([v.id, ...(v.aliases ?? [])])];
}
/** CVSS v3/v4 base score from the record's (or its affected entries') vectors, the highest; else database_specific.severity. */
function osvSeverity(v) {
    let best;
    const entries = [...(v.severity ?? []), ...(v.affected ?? []).flatMap((a) => (Array.isArray(a.severity) ? a.severity : []))];
    for (const e of entries) {
        if (typeof e?.score !== 'string' || !/^CVSS:(3\.[01]|4\.0)\//.test(e.score))
            continue;
        const score = cvssBaseScore(e.score);
        if (score === undefined)
            continue;
        if (!best || score > best.score)
            best = { level: levelOfScore(score), score, source: e.score.slice(0, 8) };
    }
    if (best)
        return best;
    const named = [v.database_specific?.severity, ...(v.affected ?? []).map((a) => a.database_specific?.severity)];
    for (const s of named) {
        const level = typeof s === 'string' ? levelOfName(s) : undefined;
        if (level)
            return { level, source: 'database' };
    }
    return {};
}
/** A CVSS v3.x/v4.0 vector as the specifications write it; anything else is not handed to the calculator (which logs what it cannot read). */
const CVSS_VECTOR = /^CVSS:(3\.[01]|4\.0)(\/[A-Za-z]{1,3}:[A-Za-z]{1,2})+$/;
function cvssBaseScore(vector) {
    if (!CVSS_VECTOR.test(vector))
        return undefined;
    try {
        const cvss = ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0__.fromVector(vector);
        const base = cvss?.calculateScores().base;
        return typeof base === 'number' && Number.isFinite(base) ? base : undefined;
    }
    catch {
        return undefined;
    }
}
/** CVSS qualitative rating scale (FIRST): 0.1–3.9 low, 4.0–6.9 medium, 7.0–8.9 high, 9.0–10 critical. */
function levelOfScore(score) {
    return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low';
}
function levelOfName(name) {
    const n = name.trim().toLowerCase();
    if (n === 'moderate' || n === 'medium')
        return 'medium';
    return _core_osv_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITY_LEVELS */ .m.includes(n) ? n : undefined;
}
function severityRank(level) {
    return _core_osv_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITY_LEVELS */ .m.indexOf(level);
}
/** The affected entries that are about this component (by purl, else by ecosystem name). */
function entriesFor(v, purl) {
    const key = (0,_lockfiles_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .purlKey */ .hT)(purl)?.key;
    if (!key)
        return [];
    return (v.affected ?? []).filter((a) => affectedKey(a) === key);
}
/** The versions OSV knows to fix this vulnerability for this component. */
function fixedVersions(v, purl) {
    const entries = entriesFor(v, purl);
    const fixed = (entries.length ? entries : (v.affected ?? [])).flatMap((a) => (a.ranges ?? []).flatMap((r) => (r.events ?? []).map((e) => e.fixed).filter((f) => typeof f === 'string')));
    return [...new Set(fixed)];
}
const ECOSYSTEM_PURL_TYPE = {
    npm: 'npm',
    pypi: 'pypi',
    'crates.io': 'cargo',
    go: 'golang',
    maven: 'maven',
    nuget: 'nuget',
    rubygems: 'gem',
    packagist: 'composer',
    pub: 'pub',
    hex: 'hex',
};
/**
 * The OSV ecosystems the OSV API reads a purl as, by purl type and namespace ("deb/debian"), else by type alone
 * ("npm"), as osv.dev's purl_helpers maps them. A purl it maps to no ecosystem is answered with no vulnerabilities
 * rather than an error (gcp/api/server.py, do_query), so such a component cannot be checked there.
 */
const OSV_ECOSYSTEM_BY_PURL = new Map([
    ['rpm/almalinux', 'AlmaLinux'],
    ['apk/alpaquita', 'Alpaquita'],
    ['apk/alpine', 'Alpine'],
    ['apk/bellsoft-hardened-containers', 'BellSoft Hardened Containers'],
    ['bitnami', 'Bitnami'],
    ['apk/chainguard', 'Chainguard'],
    ['conan', 'ConanCenter'],
    ['cran', 'CRAN'],
    ['cargo', 'crates.io'],
    ['deb/debian', 'Debian'],
    ['golang', 'Go'],
    ['hackage', 'Hackage'],
    ['hex', 'Hex'],
    ['rpm/mageia', 'Mageia'],
    ['maven', 'Maven'],
    ['apk/minimos', 'MinimOS'],
    ['npm', 'npm'],
    ['nuget', 'NuGet'],
    ['rpm/openeuler', 'openEuler'],
    ['rpm/opensuse', 'openSUSE'],
    ['generic', 'OSS-Fuzz'],
    ['composer', 'Packagist'],
    ['pub', 'Pub'],
    ['pypi', 'PyPI'],
    ['rpm/redhat', 'Red Hat'],
    ['rpm/rocky-linux', 'Rocky Linux'],
    ['gem', 'RubyGems'],
    ['rpm/suse', 'SUSE'],
    ['swift', 'SwiftURL'],
    ['deb/ubuntu', 'Ubuntu'],
    ['apk/wolfi', 'Wolfi'],
]);
/** Purl types whose ecosystem OSV chooses by namespace (deb/debian, rpm/redhat, apk/alpine). */
const OSV_NAMESPACED_PURL_TYPES = new Set([...OSV_ECOSYSTEM_BY_PURL.keys()].filter((k) => k.includes('/')).map((k) => k.split('/')[0]));
/** Purl types whose namespace OSV reads as part of the package name (a Go module path, a Maven group, an npm scope). */
const NAMESPACE_IN_NAME = new Set(['golang', 'composer', 'hex', 'npm', 'swift', 'maven']);
/** A purl's type and namespace (decoded, lower case), as OSV's ecosystem lookup sees them; undefined when it is no purl. */
function purlTypeAndNamespace(purl) {
    const key = (0,_lockfiles_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .purlKey */ .hT)(purl)?.key;
    if (!key)
        return undefined;
    const segments = key.split('/');
    const type = segments[0];
    const namespace = segments.slice(1, -1).join('/').toLowerCase();
    return namespace ? { type, namespace } : { type };
}
/** The OSV ecosystem the OSV API reads this purl as; undefined when it has none (it then answers "no vulnerabilities"). */
function osvEcosystemOf(purl) {
    const parts = purlTypeAndNamespace(purl);
    if (!parts)
        return undefined;
    const { type, namespace } = parts;
    if (namespace) {
        const exact = OSV_ECOSYSTEM_BY_PURL.get(`${type}/${namespace}`);
        if (exact)
            return exact;
        return NAMESPACE_IN_NAME.has(type) ? OSV_ECOSYSTEM_BY_PURL.get(type) : undefined;
    }
    return OSV_ECOSYSTEM_BY_PURL.get(type);
}
/** The purl identity (type/namespace/name) an affected entry is about. */
function affectedKey(a) {
    if (a.package?.purl)
        return (0,_lockfiles_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .purlKey */ .hT)(a.package.purl)?.key;
    const ecosystem = a.package?.ecosystem?.split(':')[0]?.toLowerCase();
    const name = a.package?.name;
    const type = ecosystem ? ECOSYSTEM_PURL_TYPE[ecosystem] : undefined;
    if (!type || !name)
        return undefined;
    const path = type === 'maven' ? name.replace(':', '/') : name;
    return (0,_lockfiles_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .purlKey */ .hT)(`pkg:${type}/${path
        .split('/')
        .map((p) => (p.startsWith('@') ? `%40${p.slice(1)}` : p))
        .join('/')}`)?.key;
}
/**
 * Whether an offline record affects this exact component version: the `versions` list, or a SEMVER/ECOSYSTEM
 * range (introduced ≤ v < fixed, or ≤ last_affected). GIT ranges name commits, which an SBOM does not carry.
 */
function affectsVersion(v, purl) {
    const k = (0,_lockfiles_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .purlKey */ .hT)(purl);
    if (!k?.version)
        return false;
    const version = k.version.replace(/^v(?=\d)/, '');
    for (const a of entriesFor(v, purl)) {
        if ((a.versions ?? []).some((x) => x.replace(/^v(?=\d)/, '') === version))
            return true;
        for (const r of a.ranges ?? []) {
            if (r.type !== 'SEMVER' && r.type !== 'ECOSYSTEM')
                continue;
            if (inRange(version, r.events ?? []))
                return true;
        }
    }
    return false;
}
function inRange(version, events) {
    // Events sorted by version; the version is affected when the last event at or below it is an introduction.
    const points = [];
    for (const e of events) {
        if (e.introduced !== undefined)
            points.push({ at: e.introduced, kind: 'in' });
        if (e.fixed !== undefined)
            points.push({ at: e.fixed, kind: 'out' });
        if (e.last_affected !== undefined)
            points.push({ at: e.last_affected, kind: 'last' });
    }
    const cmp = (a, b) => a === '0' ? (b === '0' ? 0 : -1) : b === '0' ? 1 : (0,_util_version_js__WEBPACK_IMPORTED_MODULE_3__/* .compareVersionStrings */ .Q)(a.replace(/^v/, ''), b.replace(/^v/, ''));
    points.sort((x, y) => cmp(x.at, y.at));
    let affected = false;
    for (const p of points) {
        const c = cmp(p.at, version);
        if (p.kind === 'in' && c <= 0)
            affected = true;
        else if (p.kind === 'out' && c <= 0)
            affected = false;
        else if (p.kind === 'last' && c < 0)
            affected = false;
    }
    return affected;
}
/**
 * The first field of a record (parsed JSON) that is not in the shape the OSV schema gives it, among those this gate
 * reads. An offline record is evidence: where asOsvRecord would drop a malformed field (an `affected` that is a
 * string, an event that is null) and so skip the vulnerability, the offline reader refuses the record instead.
 */
function osvRecordProblem(value) {
    if (!isObject(value))
        return { pointer: '', message: 'is not a JSON object' };
    if (typeof value.id !== 'string' || !value.id)
        return { pointer: '/id', message: 'has no "id" string' };
    const problem = (pointer, message) => ({ pointer, message });
    const stringList = (x, at) => {
        if (x === undefined)
            return undefined;
        if (!Array.isArray(x))
            return problem(at, 'is not an array of strings');
        const bad = x.findIndex((s) => typeof s !== 'string');
        return bad < 0 ? undefined : problem(`${at}/${bad}`, 'is not a string');
    };
    const optionalString = (x, at) => x === undefined || typeof x === 'string' ? undefined : problem(at, 'is not a string');
    const objectList = (x, at, each) => {
        if (x === undefined)
            return undefined;
        if (!Array.isArray(x))
            return problem(at, 'is not an array');
        for (let i = 0; i < x.length; i++) {
            const o = x[i];
            if (!isObject(o))
                return problem(`${at}/${i}`, 'is not an object');
            const p = each(o, `${at}/${i}`);
            if (p)
                return p;
        }
        return undefined;
    };
    const severity = (x, at) => objectList(x, at, (s, a) => optionalString(s.type, `${a}/type`) ?? optionalString(s.score, `${a}/score`));
    return (stringList(value.aliases, '/aliases') ??
        optionalString(value.withdrawn, '/withdrawn') ??
        optionalString(value.summary, '/summary') ??
        severity(value.severity, '/severity') ??
        objectList(value.affected, '/affected', (a, at) => {
            if (a.package !== undefined) {
                if (!isObject(a.package))
                    return problem(`${at}/package`, 'is not an object');
                for (const k of ['ecosystem', 'name', 'purl']) {
                    const p = optionalString(a.package[k], `${at}/package/${k}`);
                    if (p)
                        return p;
                }
            }
            return (stringList(a.versions, `${at}/versions`) ??
                severity(a.severity, `${at}/severity`) ??
                objectList(a.ranges, `${at}/ranges`, (r, ra) => optionalString(r.type, `${ra}/type`) ??
                    objectList(r.events, `${ra}/events`, (e, ea) => {
                        for (const k of ['introduced', 'fixed', 'last_affected', 'limit']) {
                            const p = optionalString(e[k], `${ea}/${k}`);
                            if (p)
                                return p;
                        }
                        return undefined;
                    })));
        }));
}


/***/ }),

/***/ 25862:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FIX: () => (/* binding */ FIX),
  assessVulnerabilities: () => (/* binding */ assessVulnerabilities),
  covers: () => (/* binding */ covers),
  dedupeAliases: () => (/* binding */ dedupeAliases),
  latest: () => (/* binding */ latest),
  offlineScan: () => (/* binding */ offlineScan),
  queryPurl: () => (/* binding */ queryPurl),
  readKev: () => (/* binding */ readKev),
  readSbomDocuments: () => (/* binding */ readSbomDocuments),
  readStatements: () => (/* binding */ readStatements),
  sbomSource: () => (/* binding */ sbomSource),
  scanTargets: () => (/* binding */ scanTargets),
  vulnerabilities: () => (/* binding */ vulnerabilities),
  withoutAnswer: () => (/* binding */ withoutAnswer)
});

// EXTERNAL MODULE: ./lib/core/rule.js
var rule = __webpack_require__(7849);
// EXTERNAL MODULE: ./lib/rules/vulnerabilities/rule.js
var vulnerabilities_rule = __webpack_require__(3682);
// EXTERNAL MODULE: ./lib/rules/vulnerabilities/options.js
var options = __webpack_require__(21528);
// EXTERNAL MODULE: ./lib/parsers/sbom/json-lines.js
var json_lines = __webpack_require__(76902);
;// CONCATENATED MODULE: ./lib/parsers/kev.js

function readKevCatalog(text) {
    let json;
    try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (e) {
        const message = e.message;
        return { ok: false, message: `is not valid JSON (${message})`, line: (0,json_lines/* jsonErrorLine */.DP)(text, message) ?? 1 };
    }
    const list = json?.vulnerabilities;
    if (!Array.isArray(list))
        return { ok: false, message: 'has no "vulnerabilities" array; it is not the CISA KEV catalog JSON feed', line: 1 };
    // An entry whose cveID cannot be read is refused with its line, not skipped: skipping it would drop a known
    // exploited vulnerability from the catalog without a word.
    const entries = new Map();
    for (let i = 0; i < list.length; i++) {
        const e = list[i];
        const id = e && typeof e === 'object' && !Array.isArray(e) ? e.cveID : undefined;
        if (typeof id !== 'string' || !id.trim()) {
            const pointer = `/vulnerabilities/${i}`;
            return {
                ok: false,
                message: `has an entry (vulnerabilities[${i}]) without a "cveID" string; it is not the CISA KEV catalog JSON feed, or it was edited`,
                line: (0,json_lines/* jsonPointerLines */.hR)(text, [pointer]).get(pointer) ?? 1,
            };
        }
        entries.set(id.trim().toUpperCase(), e);
    }
    const version = json.catalogVersion;
    return { ok: true, entries, ...(typeof version === 'string' ? { version } : {}) };
}

// EXTERNAL MODULE: ./lib/parsers/lockfiles/purl.js
var lockfiles_purl = __webpack_require__(9196);
// EXTERNAL MODULE: ./lib/parsers/osv.js
var osv = __webpack_require__(96108);
// EXTERNAL MODULE: ./lib/parsers/sbom/index.js + 13 modules
var sbom = __webpack_require__(90792);
// EXTERNAL MODULE: ./lib/rules/common/sbom-sources.js
var sbom_sources = __webpack_require__(25635);
;// CONCATENATED MODULE: ./lib/parsers/vex/index.js

const ASSESSED = ['not_affected', 'false_positive', 'resolved', 'resolved_with_pedigree', 'fixed'];
const KNOWN = [...ASSESSED, 'affected', 'exploitable', 'in_triage', 'under_investigation'];
/** Reads a CycloneDX (with a `vulnerabilities` array) or OpenVEX JSON document. */
function readVex(path, text) {
    let json;
    try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (e) {
        const message = e.message;
        return {
            statements: [],
            issues: [
                {
                    severity: 'error',
                    message: `is not valid JSON (${message}) — fix or regenerate the VEX document`,
                    line: (0,json_lines/* jsonErrorLine */.DP)(text, message) ?? 1,
                },
            ],
        };
    }
    const doc = json && typeof json === 'object' && !Array.isArray(json) ? json : undefined;
    if (doc?.bomFormat === 'CycloneDX')
        return readCycloneDxVex(path, text, doc);
    if (typeof doc?.['@context'] === 'string' && doc['@context'].startsWith('https://openvex.dev/ns'))
        return readOpenVex(path, text, doc);
    return {
        statements: [],
        issues: [
            {
                severity: 'error',
                message: 'is neither a CycloneDX document ("bomFormat": "CycloneDX") nor OpenVEX ("@context": "https://openvex.dev/ns/...") — fix the file or the `vex` globs',
                line: 1,
            },
        ],
    };
}
function str(x) {
    return typeof x === 'string' && x.trim() ? x.trim() : undefined;
}
function arr(x) {
    return Array.isArray(x) ? x : [];
}
function obj(x) {
    return x && typeof x === 'object' && !Array.isArray(x) ? x : {};
}
/** bom-refs of this document's components, so `affects[].ref` can name one. */
function cycloneDxRefs(doc) {
    const refs = new Map();
    const walk = (components) => {
        for (const c of components) {
            const o = obj(c);
            const ref = str(o['bom-ref']);
            if (ref)
                refs.set(ref, str(o.purl));
            walk(arr(o.components));
        }
    };
    walk(arr(doc.components));
    const meta = obj(obj(doc.metadata).component);
    if (str(meta['bom-ref']))
        refs.set(str(meta['bom-ref']), str(meta.purl));
    return refs;
}
/** The products a CycloneDX vulnerability's `affects[]` names. */
function cycloneDxProducts(v, refs) {
    return arr(v.affects).flatMap((a) => {
        const ref = str(obj(a).ref);
        if (!ref)
            return [];
        if (refs.has(ref))
            return [{ bomRef: ref, ...(refs.get(ref) ? { purl: refs.get(ref) } : {}) }];
        if (ref.startsWith('pkg:'))
            return [{ purl: ref }];
        // A BOM-Link (urn:cdx:serial/version#bom-ref) names a component of another document by its bom-ref.
        const hash = ref.startsWith('urn:cdx:') ? ref.indexOf('#') : -1;
        return [{ bomRef: hash === -1 ? ref : decodeURIComponent(ref.slice(hash + 1)) }];
    });
}
function readCycloneDxVex(path, text, doc) {
    const vulns = arr(doc.vulnerabilities);
    const pointers = vulns.map((_, i) => `/vulnerabilities/${i}`);
    const lines = pointers.length ? (0,json_lines/* jsonPointerLines */.hR)(text, pointers) : new Map();
    const refs = cycloneDxRefs(doc);
    const docTime = str(obj(doc.metadata).timestamp);
    const statements = [];
    const issues = [];
    vulns.forEach((raw, i) => {
        const v = obj(raw);
        const line = lines.get(`/vulnerabilities/${i}`);
        const id = str(v.id);
        const analysis = obj(v.analysis);
        const state = str(analysis.state);
        if (!id) {
            issues.push({ severity: 'error', message: `/vulnerabilities/${i} has no id — say which vulnerability the statement is about`, line });
            return;
        }
        if (!state)
            return; // a vulnerability listed without analysis is not a VEX statement
        if (!KNOWN.includes(state)) {
            issues.push({
                severity: 'error',
                message: `/vulnerabilities/${i} (${id}): analysis.state "${state}" is not a CycloneDX state (resolved, resolved_with_pedigree, exploitable, in_triage, false_positive, not_affected)`,
                line,
            });
            return;
        }
        const ids = [
            id,
            ...arr(v.references)
                .map((r) => str(obj(r).id))
                .filter((x) => !!x),
        ];
        const products = cycloneDxProducts(v, refs);
        const justification = str(analysis.justification);
        const detail = str(analysis.detail);
        const status = state;
        const statement = {
            file: path,
            ...(line ? { line } : {}),
            format: 'cyclonedx',
            ids,
            products,
            status,
            assessed: ASSESSED.includes(status),
            ...(justification ? { justification } : {}),
            ...(detail ? { detail } : {}),
            ...((str(analysis.lastUpdated) ?? str(analysis.firstIssued) ?? str(v.updated) ?? str(v.published) ?? docTime)
                ? { timestamp: str(analysis.lastUpdated) ?? str(analysis.firstIssued) ?? str(v.updated) ?? str(v.published) ?? docTime }
                : {}),
        };
        if (status === 'not_affected' && !justification) {
            statement.assessed = false;
            statement.problem = 'says not_affected but gives no analysis.justification';
        }
        if (products.length === 0)
            issues.push({
                severity: 'error',
                message: `/vulnerabilities/${i} (${id}) has no affects[].ref — name the component (its bom-ref or purl)`,
                line,
            });
        statements.push(statement);
    });
    return { format: 'cyclonedx', statements, issues };
}
function readOpenVex(path, text, doc) {
    const list = arr(doc.statements);
    const pointers = list.map((_, i) => `/statements/${i}`);
    const lines = pointers.length ? (0,json_lines/* jsonPointerLines */.hR)(text, pointers) : new Map();
    const docTime = str(doc.last_updated) ?? str(doc.timestamp);
    const statements = [];
    const issues = [];
    list.forEach((raw, i) => {
        const s = obj(raw);
        const line = lines.get(`/statements/${i}`);
        const vuln = s.vulnerability;
        const name = typeof vuln === 'string' ? str(vuln) : (str(obj(vuln).name) ?? str(obj(vuln)['@id']));
        const status = str(s.status);
        if (!name) {
            issues.push({ severity: 'error', message: `statement ${i + 1} names no vulnerability — set vulnerability.name`, line });
            return;
        }
        if (!status || !['not_affected', 'affected', 'fixed', 'under_investigation'].includes(status)) {
            issues.push({
                severity: 'error',
                message: `statement ${i + 1} (${name}): status "${status ?? ''}" is not an OpenVEX status (not_affected, affected, fixed, under_investigation)`,
                line,
            });
            return;
        }
        const ids = [
            name,
            ...arr(obj(vuln).aliases)
                .map(str)
                .filter((x) => !!x),
        ];
        // A product with subcomponents is about those components inside it; without, about the product itself.
        const products = arr(s.products)
            .flatMap((p) => {
            const po = obj(p);
            const subs = arr(po.subcomponents);
            return (subs.length ? subs : [p]).map((c) => {
                const co = obj(c);
                const purl = str(obj(co.identifiers).purl) ?? (str(co['@id'])?.startsWith('pkg:') ? str(co['@id']) : undefined);
                return purl ? { purl } : { bomRef: str(co['@id']) ?? '' };
            });
        })
            .filter((p) => p.purl || p.bomRef);
        const justification = str(s.justification) ?? str(s.impact_statement);
        const detail = str(s.impact_statement) ?? str(s.status_notes);
        const timestamp = str(s.last_updated) ?? str(s.timestamp) ?? docTime;
        const statement = {
            file: path,
            ...(line ? { line } : {}),
            format: 'openvex',
            ids,
            products,
            status: status,
            assessed: ASSESSED.includes(status),
            ...(justification ? { justification: str(s.justification) ?? justification } : {}),
            ...(detail && detail !== justification ? { detail } : {}),
            ...(timestamp ? { timestamp } : {}),
        };
        if (status === 'not_affected' && !justification) {
            statement.assessed = false;
            statement.problem = 'says not_affected but gives neither justification nor impact_statement';
        }
        if (products.length === 0)
            issues.push({
                severity: 'error',
                message: `statement ${i + 1} (${name}) names no product — list the component's purl in products`,
                line,
            });
        statements.push(statement);
    });
    return { format: 'openvex', statements, issues };
}

// EXTERNAL MODULE: ./lib/core/types.js
var types = __webpack_require__(82458);
// EXTERNAL MODULE: ./lib/util/text.js
var util_text = __webpack_require__(28805);
// EXTERNAL MODULE: ./lib/rules/common/read-file.js
var read_file = __webpack_require__(13384);
// EXTERNAL MODULE: ./lib/rules/sbom/options.js
var sbom_options = __webpack_require__(39911);
;// CONCATENATED MODULE: ./lib/rules/vulnerabilities/index.js














const MAX_UNSCANNABLE_LISTED = 25;
const DAY_MS = 24 * 60 * 60 * 1000;
const vulnerabilities = (0,rule/* defineRule */.Km)({
    name: vulnerabilities_rule/* vulnerabilitiesRule */.f.name,
    description: vulnerabilities_rule/* vulnerabilitiesRule */.f.description,
    options: options/* VulnerabilitiesOptions */.P,
    async evaluate(options, facts, ctx) {
        return (await assessVulnerabilities(options, facts, ctx)).outcome;
    },
});
/** The gate's whole evaluation: its outcome, the open vulnerabilities behind it, and what kept it from seeing all. */
async function assessVulnerabilities(options, facts, ctx, worldAt = 'base') {
    const findings = [];
    const now = Date.now();
    // 1. The components, from the SBOM gate's SBOMs.
    const { globs, explicit, cap } = sbomSource(options, ctx);
    const paths = (0,sbom_sources/* sbomCandidates */.eV)(await facts.listAtHead(globs), explicit);
    const docs = paths.length ? await readSbomDocuments(paths, explicit, cap, facts, findings) : [];
    const none = noSbom(globs, paths, docs.length, findings);
    if (none) {
        findings.push(none);
        return { outcome: { findings, summary: none.message }, open: [], problems: findings };
    }
    const targets = scanTargets(docs, options.source);
    const lines = componentLines([...targets.scanned, ...targets.unscannable]);
    // 2. Their known vulnerabilities: a component the source has no answer for (no offline record of its ecosystem) was not checked.
    const asked = [...new Set(targets.scanned.map((s) => s.query))];
    const byPurl = options.source === 'offline' ? await offlineScan(options, facts, asked, findings, worldAt) : await osvScan(options, facts, asked);
    const { scanned, unscannable } = options.source === 'offline' ? withoutAnswer(targets, byPurl, options.offline) : targets;
    const queries = asked.filter((q) => byPurl.has(q));
    // 3. KEV and VEX.
    const kev = options.kev ? await readKev(options.kev, cap, facts, findings, worldAt) : undefined;
    const statements = await readStatements(options, facts, cap, docs, findings);
    const used = new Set();
    const statementsFor = statementIndex(statements);
    const open = [];
    const assessed = [];
    const assessedRows = [];
    for (const s of scanned) {
        const vulns = dedupeAliases(byPurl.get(s.query) ?? []);
        const where = { file: s.doc.path, ...(lines.get(s.c) ? { line: lines.get(s.c) } : {}) };
        for (const v of vulns) {
            const judged = judgeVulnerability(s, v, where, { options, kev, now, statementsFor, used });
            if ('open' in judged)
                open.push(judged.open);
            else {
                assessed.push(judged.assessed);
                assessedRows.push(judged.row);
            }
        }
    }
    // 4. VEX statements that match nothing any more.
    findings.push(...unusedStatements(statements, used, targets.scanned));
    open.sort((a, b) => b.rank - a.rank);
    const unscannableFindings = unscannableComponents(unscannable, lines);
    const all = [
        ...findings.filter((f) => f.severity === 'error'),
        ...open.map((o) => o.finding),
        ...unscannableFindings,
        ...findings.filter((f) => f.severity !== 'error'),
        ...assessed,
    ];
    const summary = summaryOf(findings, open, assessed.length, unscannable, queries.length, docs, options.fail_on);
    const tables = [];
    if (open.length)
        tables.push({
            title: 'Open vulnerabilities',
            columns: ['Severity', 'Component', 'Vulnerability', 'Fixed in', 'KEV', 'Status', 'SBOM'],
            rows: open.map((o) => o.row),
        });
    if (assessedRows.length) {
        tables.push({
            title: 'Assessed vulnerabilities (VEX)',
            columns: ['Component', 'Vulnerability', 'Status', 'Justification', 'Detail', 'Statement', 'Assessed'],
            rows: assessedRows,
            collapsed: true,
        });
    }
    // Problems: what kept the gate from seeing every component and vulnerability (as opposed to what it found).
    return {
        outcome: { findings: all, summary, tables },
        open: open.map((o) => o.vuln),
        problems: findings.filter((f) => f.severity === 'error'),
    };
}
/**
 * The error when no SBOM was read and nothing else says why: no file matches the globs, or only files under the
 * default names that are no SBOM (docs/sbom.md) do. No component was read either way, so none was checked.
 */
function noSbom(globs, paths, read, findings) {
    if (read > 0 || findings.some((f) => f.severity === 'error'))
        return undefined;
    const what = paths.length
        ? `${(0,util_text/* shortList */.pg)(paths, 3)} ${paths.length === 1 ? 'matches' : 'match'} the default SBOM names but ${paths.length === 1 ? 'is no SBOM' : 'are no SBOMs'}`
        : `no file matches ${(0,util_text/* shortList */.pg)(globs, 8)}`;
    return {
        severity: 'error',
        message: `No SBOM found at head: ${what}, so no component can be checked for vulnerabilities — commit an SBOM, or point sbom_gate/paths at it.`,
    };
}
/** Statements by id (upper case), so each vulnerability looks only at those that name it. */
function statementIndex(statements) {
    const byStatementId = new Map();
    for (const st of statements) {
        for (const id of new Set(st.ids.map((i) => i.toUpperCase()))) {
            const list = byStatementId.get(id);
            if (list)
                list.push(st);
            else
                byStatementId.set(id, [st]);
        }
    }
    return (ids) => [...new Set(ids.flatMap((id) => byStatementId.get(id.toUpperCase()) ?? []))];
}
/** What to do about a component that cannot be checked, by why. */
const FIX = {
    'no purl': 'add a purl with its version (regenerate the SBOM with a generator that records them)',
    'no OSV ecosystem': 'add the purl its package registry or distribution uses (e.g. pkg:npm/…, pkg:deb/debian/…), or assess the component yourself',
    'no offline records of their ecosystem': 'add the records of its ecosystem (an unpacked OSV export of it), or use source: osv',
};
/** A warning per component that cannot be checked (the first MAX_UNSCANNABLE_LISTED, then a count). */
function unscannableComponents(unscannable, lines) {
    const list = unscannable.slice(0, MAX_UNSCANNABLE_LISTED).map((u) => ({
        severity: 'warning',
        message: `${u.doc.path} ${u.c.pointer}: component "${u.c.name}${u.c.version ? `@${u.c.version}` : ''}" cannot be checked for vulnerabilities because ${u.why} — ${FIX[u.kind]}.`,
        file: u.doc.path,
        ...(lines.get(u.c) ? { line: lines.get(u.c) } : {}),
    }));
    if (unscannable.length > MAX_UNSCANNABLE_LISTED) {
        list.push({
            severity: 'warning',
            message: `and ${unscannable.length - MAX_UNSCANNABLE_LISTED} more components cannot be checked (${unscannable.length} in all).`,
        });
    }
    return list;
}
/** The gate's one-line summary: the first problem, else the open vulnerabilities by severity and what was assessed. */
function summaryOf(findings, open, assessedCount, unscannable, queryCount, docs, failOn) {
    const openErrors = open.filter((o) => o.finding.severity === 'error').length;
    const counts = osv/* SEVERITY_LEVELS */.me.slice()
        .reverse()
        .map((l) => [l, open.filter((o) => o.rank === (0,osv/* severityRank */.qs)(l)).length])
        .filter(([, n]) => n > 0)
        .map(([l, n]) => `${n} ${l}`);
    const scope = `${(0,util_text/* plural */.LS)(queryCount, 'component')} of ${(0,util_text/* shortList */.pg)(docs.filter((d) => d.doc.components.length).map((d) => d.doc.path), 3)}`;
    return findings.some((f) => f.severity === 'error')
        ? findings.find((f) => f.severity === 'error').message
        : open.length
            ? `${(0,util_text/* plural */.LS)(open.length, 'open vulnerability', 'open vulnerabilities')}${counts.length ? ` (${counts.join(', ')})` : ''}${openErrors ? `, ${openErrors} at or above ${failOn} or in KEV` : ''} in ${scope}; ${assessedCount} assessed`
            : `no open vulnerabilities in ${scope}; ${assessedCount} assessed${notChecked(unscannable)}`;
}
/** The SBOMs at head; a file under the default names that is not an SBOM is skipped, an unreadable one reported. */
async function readSbomDocuments(paths, explicit, cap, facts, findings) {
    const docs = [];
    for (const path of paths) {
        const file = await (0,read_file/* readAtHeadOrReport */.J8)(facts, path, cap, 'SBOM', findings);
        if (!file)
            continue;
        const read = (0,sbom/* readSbom */.kH)({ path, text: file.text });
        if (!read.document) {
            if (!explicit && !read.detection.family)
                continue; // e.g. docs/sbom.md under the default names: not an SBOM
            findings.push({
                severity: 'error',
                message: `${path} cannot be read as an SBOM (${read.issues[0]?.message ?? 'unknown format'}), so its components were not checked — fix it (the sbom gate says how).`,
                file: path,
                ...(read.issues[0]?.line ? { line: read.issues[0].line } : {}),
            });
            continue;
        }
        docs.push({ doc: read.document, text: file.text });
    }
    return docs;
}
/** "; 2 components without a purl; 1 component not checked (no OSV ecosystem)" — what the summary adds for them. */
function notChecked(unscannable) {
    let out = '';
    for (const kind of Object.keys(FIX)) {
        const n = unscannable.filter((u) => u.kind === kind).length;
        if (n)
            out += kind === 'no purl' ? `; ${(0,util_text/* plural */.LS)(n, 'component')} without a purl` : `; ${(0,util_text/* plural */.LS)(n, 'component')} not checked (${kind})`;
    }
    return out;
}
/**
 * The scanned components the source gave no answer for (offline records name no package of their ecosystem: see
 * offlineScan) move to the components that were not checked; every other answer, an empty one included, stands.
 */
function withoutAnswer(targets, byPurl, offlineDir) {
    const scanned = targets.scanned.filter((s) => byPurl.has(s.query));
    if (scanned.length === targets.scanned.length)
        return targets;
    const dir = offlineDir.replace(/\/+$/, '');
    const unanswered = targets.scanned
        .filter((s) => !byPurl.has(s.query))
        .map((s) => ({
        doc: s.doc,
        c: s.c,
        why: `the offline OSV records in ${dir}/ hold no record of a pkg:${(0,lockfiles_purl/* purlKey */.hT)(s.query)?.type ?? '?'} package, so they say nothing about it`,
        kind: 'no offline records of their ecosystem',
    }));
    return { scanned, unscannable: [...targets.unscannable, ...unanswered] };
}
/**
 * The components to ask about (once per SBOM and purl), and those that cannot be asked about. The OSV API answers a
 * purl it has no ecosystem for (pkg:github/…, pkg:rpm/fedora/…) with no vulnerabilities, not an error: with source
 * osv such a component is not asked about but reported as not checked. Offline records may name any purl.
 */
function scanTargets(docs, source) {
    const scanned = [];
    const seen = new Set();
    const unscannable = [];
    for (const { doc } of docs) {
        for (const c of doc.components) {
            const query = c.purl ? queryPurl(c.purl) : undefined;
            if (!query) {
                unscannable.push({ doc, c, why: c.purl ? `its purl ${c.purl} has no version` : 'it has no purl', kind: 'no purl' });
                continue;
            }
            if (source === 'osv' && !(0,osv/* osvEcosystemOf */.oJ)(query)) {
                const parts = (0,osv/* purlTypeAndNamespace */.Qx)(query);
                const namespace = parts?.namespace && osv/* OSV_NAMESPACED_PURL_TYPES */.xe.has(parts.type) ? `, namespace ${parts.namespace}` : '';
                const named = parts ? ` (type ${parts.type}${namespace})` : '';
                unscannable.push({
                    doc,
                    c,
                    why: `OSV has no ecosystem for its purl ${c.purl}${named}, and answers such a purl with no vulnerabilities whether or not it has any`,
                    kind: 'no OSV ecosystem',
                });
                continue;
            }
            if (seen.has(`${doc.path} ${query}`))
                continue;
            seen.add(`${doc.path} ${query}`);
            scanned.push({ doc, c, query });
        }
    }
    return { scanned, unscannable };
}
/** A notice per VEX statement that matched nothing: the components by purl identity and bom-ref, to look each product up. */
function unusedStatements(statements, used, scanned) {
    const notices = [];
    const scannedByKey = new Map();
    const scannedRefs = new Set();
    for (const s of scanned) {
        if (s.c.ref !== undefined)
            scannedRefs.add(s.c.ref);
        const key = s.c.purl ? (0,lockfiles_purl/* purlKey */.hT)(s.c.purl)?.key : undefined;
        if (!key)
            continue;
        const list = scannedByKey.get(key);
        if (list)
            list.push(s.c);
        else
            scannedByKey.set(key, [s.c]);
    }
    const matchesAny = (p) => (p.bomRef !== undefined && scannedRefs.has(p.bomRef)) ||
        (p.purl !== undefined && (scannedByKey.get((0,lockfiles_purl/* purlKey */.hT)(p.purl)?.key ?? '') ?? []).some((c) => productMatches(p, c)));
    for (const st of statements) {
        if (used.has(st))
            continue;
        const products = st.products.map((p) => p.purl ?? p.bomRef).join(', ');
        const hasComponent = st.products.some(matchesAny);
        notices.push({
            severity: 'notice',
            message: `The VEX statement on ${st.ids[0]} for ${products || 'no product'} matches ${hasComponent ? 'no vulnerability OSV reports for that component now' : 'no component in the SBOM'} — remove it if the component or vulnerability is gone, or fix its ids or purls.`,
            file: st.file,
            ...(st.line ? { line: st.line } : {}),
        });
    }
    return notices;
}
/** One vulnerability of one component: open (with its finding and table row), or assessed by a current VEX statement. */
function judgeVulnerability(s, v, where, j) {
    const ids = (0,osv/* idsOf */.UX)(v);
    const severity = (0,osv/* osvSeverity */.Ow)(v);
    const kev = j.kev;
    const kevEntry = kev && ids.map((id) => kev.get(id.toUpperCase())).find(Boolean);
    const failing = kevEntry !== undefined || severity.level === undefined || (0,osv/* severityRank */.qs)(severity.level) >= (0,osv/* severityRank */.qs)(j.options.fail_on);
    const statement = latest(j.statementsFor(ids).filter((st) => covers(st, ids, s.c)));
    if (statement)
        j.used.add(statement);
    const what = describe(s.c, v, severity, kevEntry, (0,osv/* fixedVersions */.W4)(v, s.query));
    const rank = kevEntry ? 5 : severity.level ? (0,osv/* severityRank */.qs)(severity.level) : 4;
    const component = `${s.c.name}@${s.c.version ?? '?'}`;
    const idText = `${v.id}${ids.length > 1 ? ` (${ids.filter((i) => i !== v.id).join(', ')})` : ''}`;
    const sbomPlace = `${where.file}${where.line ? `:${where.line}` : ''}`;
    const vuln = { component: s.c, sbom: s.doc.path, vulnerability: v, ids, severity };
    const openRow = (state) => [
        `${severity.level ?? 'unknown'}${severity.score !== undefined ? ` ${severity.score}` : ''}`,
        component,
        idText,
        (0,osv/* fixedVersions */.W4)(v, s.query).join(', ') || 'none known',
        kevEntry ? 'yes' : 'no',
        state,
        sbomPlace,
    ];
    if (statement?.assessed) {
        const assessment = `${statement.status}${statement.justification ? ` (${statement.justification})` : ''}${statement.detail ? `: ${statement.detail}` : ''}`;
        const place = `${statement.file}${statement.line ? `:${statement.line}` : ''}`;
        const dated = notCurrent(statement, j, `the assessment of ${v.id} in ${component} (${place})`);
        if (dated) {
            return {
                open: {
                    rank,
                    vuln,
                    row: openRow(`${dated.state} (${place})`),
                    finding: {
                        severity: failing ? 'error' : 'warning',
                        message: `${what} Its assessment ${assessment} (${place}) ${dated.why} — ${dated.fix} (CycloneDX analysis.lastUpdated, OpenVEX last_updated), or fix the component.`,
                        ...where,
                        action: { text: dated.action },
                    },
                },
            };
        }
        return assessedEntry(statement, s, ids, component, idText, place);
    }
    const vexNote = statement
        ? statement.problem
            ? ` The VEX statement at ${statement.file}${statement.line ? `:${statement.line}` : ''} ${statement.problem}, so it does not count — add the justification.`
            : ` VEX (${statement.file}${statement.line ? `:${statement.line}` : ''}) says ${statement.status}.`
        : '';
    const next = ` Upgrade to a fixed version, or assess it in a VEX document (${(0,util_text/* shortList */.pg)(j.options.vex, 2)}) with status not_affected and a justification.`;
    const state = statement ? (statement.problem ? `VEX incomplete (${statement.file})` : `VEX: ${statement.status}`) : 'not assessed';
    const fixed = (0,osv/* fixedVersions */.W4)(v, s.query);
    // Upgrading is the fix where there is one; otherwise `sdlc-gate vex` writes the VEX skeleton to assess it in.
    const action = fixed.length
        ? { text: `Upgrade ${s.c.name} to ${(0,util_text/* listing */.RR)(fixed.slice(0, 3), 'or')} (fixes ${v.id}), or assess ${v.id} in a VEX document` }
        : {
            text: `Assess ${v.id} in ${component} in a VEX document (no fixed version is known), or replace ${s.c.name}`,
            command: 'sdlc-gate vex',
        };
    return {
        open: {
            rank,
            vuln,
            row: openRow(state),
            finding: { severity: failing ? 'error' : 'warning', message: `${what}${vexNote}${next}`, ...where, action },
        },
    };
}
/** A current VEX assessment of one vulnerability: its notice and its row in the assessed table. */
function assessedEntry(statement, s, ids, component, idText, place) {
    // The detail is long prose: the report's assessed table carries it; the notice (and so the JSON) points at it.
    const verdict = `${statement.status}${statement.justification ? ` (${statement.justification})` : ''}`;
    return {
        assessed: {
            severity: 'notice',
            message: `assessed: ${s.c.name}@${s.c.version ?? '?'} ${ids.join(' / ')} — ${verdict}; ${place}, ${statement.timestamp.slice(0, 10)}.`,
            file: statement.file,
            ...(statement.line ? { line: statement.line } : {}),
        },
        row: [
            component,
            idText,
            statement.status,
            statement.justification ?? '',
            statement.detail ?? '',
            place,
            statement.timestamp.slice(0, 10),
        ],
    };
}
/** The SBOMs to scan: `paths`, else those of the sbom gate named by sbom_gate (default: the gate called sbom). */
function sbomSource(options, ctx) {
    if (options.paths)
        return { globs: options.paths, explicit: true, cap: options.max_file_bytes };
    const id = options.sbom_gate ?? 'sbom';
    const gate = ctx.gates.find((g) => g.id === id);
    if (!gate) {
        if (options.sbom_gate)
            throw new Error(`sbom_gate names "${id}", but the policy has no gate with that id — fix sbom_gate, or give paths`);
        return { globs: sbom_sources/* DEFAULT_SBOM_GLOBS */.cC, explicit: false, cap: options.max_file_bytes };
    }
    const sbom = ctx.gateOptions(id, { name: 'sbom', options: sbom_options/* SbomOptions */.w2 });
    if (!sbom)
        throw new Error(`sbom_gate names "${id}", which runs rule ${gate.rule}, not sbom — name an sbom gate, or give paths`);
    const paths = sbom.paths;
    const cap = typeof sbom.max_file_bytes === 'number' ? Math.max(sbom.max_file_bytes, options.max_file_bytes) : options.max_file_bytes;
    return Array.isArray(paths) && paths.length ? { globs: paths, explicit: true, cap } : { globs: sbom_sources/* DEFAULT_SBOM_GLOBS */.cC, explicit: false, cap };
}
/** pkg:type/ns/name@version without qualifiers and subpath; undefined without a version. */
function queryPurl(purl) {
    const cut = purl.search(/[?#]/);
    const bare = cut === -1 ? purl : purl.slice(0, cut);
    const k = (0,lockfiles_purl/* purlKey */.hT)(bare);
    return k?.version ? bare : undefined;
}
function componentLines(items) {
    const out = new Map();
    const byDoc = new Map();
    for (const { doc, c } of items) {
        if (c.line !== undefined)
            out.set(c, c.line);
        else {
            const list = byDoc.get(doc);
            if (list)
                list.push(c);
            else
                byDoc.set(doc, [c]);
        }
    }
    for (const [doc, cs] of byDoc) {
        const lines = doc.linesOf([...new Set(cs.map((c) => c.pointer))]);
        for (const c of cs) {
            const l = lines.get(c.pointer);
            if (l !== undefined)
                out.set(c, l);
        }
    }
    return out;
}
async function osvScan(options, facts, purls) {
    if (purls.length === 0)
        return new Map();
    if (!facts.osvScan)
        throw new types/* FactError */.n('this run has no OSV client, so vulnerabilities cannot be looked up — use source: offline with a folder of OSV records');
    return facts.osvScan(options.osv_api, purls);
}
async function offlineScan(options, facts, purls, findings, at) {
    const dir = options.offline.replace(/\/+$/, '');
    const globs = [`${dir}/**/*.json`];
    const files = (at === 'base' ? await facts.listAtBase(globs) : await facts.listAtHead(globs)).sort();
    if (files.length === 0) {
        const added = at === 'base' ? (await facts.listAtHead(globs)).length : 0;
        throw new types/* FactError */.n(added
            ? `source is offline, but ${dir}/ holds no OSV records (*.json) at the base commit, and offline records are read there; this pull request adds ${(0,util_text/* plural */.LS)(added, 'record')}, which count${added === 1 ? 's' : ''} from the next pull request on, once this one is reviewed and merged — merge the records on their own first`
            : `source is offline, but ${dir}/ holds no OSV records (*.json) at ${at === 'base' ? 'the base commit' : 'head'} — commit the records (e.g. an unpacked OSV ecosystem export), or use source: osv`);
    }
    if (at === 'base') {
        const listed = new Set(files);
        await reportChangedEvidence(facts, (p) => listed.has(p) || (p.startsWith(`${dir}/`) && p.endsWith('.json')), `OSV records in ${dir}/`, findings);
    }
    const byKey = new Map();
    for (const path of files) {
        const file = await readEvidence(facts, at, path, options.max_file_bytes, 'OSV record', findings);
        if (!file)
            continue;
        let json;
        try {
            json = JSON.parse(file.text);
        }
        catch (e) {
            const message = e.message;
            findings.push({
                severity: 'error',
                message: `${path} is not valid JSON (${message}), so the vulnerability it records was not checked — replace it with the OSV record`,
                file: path,
                line: (0,json_lines/* jsonErrorLine */.DP)(file.text, message) ?? 1,
            });
            continue;
        }
        // A malformed record is refused, not read in part: an `affected` that is not a list would otherwise affect nothing.
        const problem = (0,osv/* osvRecordProblem */.hA)(json);
        if (problem) {
            const field = problem.pointer || 'the record';
            findings.push({
                severity: 'error',
                message: `${path} is not a well-formed OSV record: ${field} ${problem.message}, so the vulnerability it records was not checked — replace it with the record as OSV publishes it (https://ossf.github.io/osv-schema/)`,
                file: path,
                line: problem.pointer ? ((0,json_lines/* jsonPointerLines */.hR)(file.text, [problem.pointer]).get(problem.pointer) ?? 1) : 1,
            });
            continue;
        }
        const record = (0,osv.asOsvRecord)(json);
        if (record.withdrawn)
            continue;
        for (const key of new Set((record.affected ?? []).map(osv/* affectedKey */.y8).filter((k) => !!k))) {
            const list = byKey.get(key);
            if (list)
                list.push(record);
            else
                byKey.set(key, [record]);
        }
    }
    // A purl of a type no record names gets no entry: the records say nothing about that ecosystem (an npm export
    // knows no PyPI package), which the gate reports as not checked rather than as no vulnerabilities.
    const covered = new Set([...byKey.keys()].map((k) => k.slice(0, k.indexOf('/'))));
    const out = new Map();
    for (const purl of purls) {
        const key = (0,lockfiles_purl/* purlKey */.hT)(purl)?.key;
        if (!key || !covered.has(key.slice(0, key.indexOf('/'))))
            continue;
        out.set(purl, (byKey.get(key) ?? []).filter((r) => (0,osv/* affectsVersion */.vk)(r, purl)));
    }
    return out;
}
/** A file of evidence about the world, at base (a pull request) or head (the work tree); what cannot be read is an error finding. */
async function readEvidence(facts, at, path, cap, what, findings) {
    if (at === 'head')
        return (0,read_file/* readAtHeadOrReport */.J8)(facts, path, cap, what, findings);
    let file;
    try {
        file = await facts.readAtBase(path, { maxBytes: cap });
    }
    catch (e) {
        if (!(e instanceof types/* FactError */.n))
            throw e;
        findings.push({ severity: 'error', message: `The ${what} ${path} could not be read at the base commit: ${e.message}`, file: path });
        return undefined;
    }
    if (!file) {
        findings.push({
            severity: 'error',
            message: `The ${what} ${path} is not in the base commit, where it is read — commit it in a pull request of its own first, or fix the path in the policy`,
            file: path,
        });
        return undefined;
    }
    if (file.bytes.length > cap) {
        findings.push({
            severity: 'error',
            message: `The ${what} ${path} is ${file.bytes.length} bytes at the base commit, over the gate's max_file_bytes of ${cap}; it was not checked — raise max_file_bytes or split it`,
            file: path,
        });
        return undefined;
    }
    return file;
}
/** A pull request that edits the evidence it is judged by is told that its edits count from the next pull request on. */
async function reportChangedEvidence(facts, isEvidence, what, findings) {
    const changed = (await facts.changedFiles()).filter((f) => isEvidence(f.path) || (f.previousPath !== undefined && isEvidence(f.previousPath)));
    if (changed.length === 0)
        return;
    const base = (0,util_text/* shortSha */.Fu)((await facts.pr()).baseSha);
    findings.push({
        severity: 'warning',
        message: `This pull request changes ${what} (${(0,util_text/* shortList */.pg)(changed.map((f) => f.path), 5)}); the gate read them as they are at the base commit ${base}, so the changes count from the next pull request on, once this one is reviewed and merged — reviewers: check each change against its source.`,
        file: changed[0].path,
    });
}
async function readKev(path, cap, facts, findings, at) {
    if (at === 'base')
        await reportChangedEvidence(facts, (p) => p === path, `the KEV catalog ${path}`, findings);
    const file = await readEvidence(facts, at, path, cap, 'KEV catalog', findings);
    if (!file)
        return undefined;
    const kev = readKevCatalog(file.text);
    if (!kev.ok) {
        findings.push({
            severity: 'error',
            message: `The KEV catalog ${path} ${kev.message} — download the JSON feed from CISA again and commit it`,
            file: path,
            line: kev.line,
        });
        return undefined;
    }
    return kev.entries;
}
async function readStatements(options, facts, cap, docs, findings) {
    const statements = [];
    const sbomPaths = new Set(docs.map((d) => d.doc.path));
    const vexPaths = options.vex.length ? (await facts.listAtHead(options.vex)).filter((p) => !sbomPaths.has(p)).sort() : [];
    const sources = [];
    // A CycloneDX SBOM may carry its own vulnerabilities[].analysis.
    for (const { doc, text } of docs)
        if (doc.family === 'cyclonedx' && doc.encoding === 'json' && text.includes('"vulnerabilities"'))
            sources.push({ path: doc.path, text });
    for (const path of vexPaths) {
        const file = await (0,read_file/* readAtHeadOrReport */.J8)(facts, path, cap, 'VEX document', findings);
        if (file)
            sources.push({ path, text: file.text });
    }
    for (const { path, text } of sources) {
        const read = readVex(path, text);
        statements.push(...read.statements);
        for (const i of read.issues) {
            findings.push({ severity: i.severity, message: `${path}: ${i.message}`, file: path, ...(i.line ? { line: i.line } : {}) });
        }
    }
    return statements;
}
/**
 * One record per vulnerability: records that name each other (a GHSA and the ecosystem database's record of the same
 * CVE) are kept as the one with the most aliases, unless another of them is more severe (a higher level, or the same
 * level and a higher score): then that one stands for them, so two databases' scores never make a vulnerability less
 * severe than one of them says. The record kept carries the other records' ids among its aliases, for VEX and KEV.
 */
function dedupeAliases(vulns) {
    const out = [];
    /** The index in `out` of the record each id (upper case) belongs to. */
    const owner = new Map();
    for (const v of [...vulns].sort((a, b) => (b.aliases?.length ?? 0) - (a.aliases?.length ?? 0) || a.id.localeCompare(b.id))) {
        const ids = (0,osv/* idsOf */.UX)(v).map((i) => i.toUpperCase());
        const at = owner.get(v.id.toUpperCase());
        if (at === undefined) {
            for (const i of ids)
                if (!owner.has(i))
                    owner.set(i, out.length);
            out.push(v);
            continue;
        }
        const kept = out[at];
        const [winner, other] = moreSevere(v, kept) ? [v, kept] : [kept, v];
        const aliases = [...new Set([...(0,osv/* idsOf */.UX)(winner), ...(0,osv/* idsOf */.UX)(other)])].filter((i) => i !== winner.id);
        out[at] = { ...winner, aliases };
        for (const i of ids)
            if (!owner.has(i))
                owner.set(i, at);
    }
    return out.sort((a, b) => a.id.localeCompare(b.id));
}
/** Whether `a` is known to be more severe than `b`; an unknown severity (treated as failing) is never replaced. */
function moreSevere(a, b) {
    const sa = (0,osv/* osvSeverity */.Ow)(a);
    const sb = (0,osv/* osvSeverity */.Ow)(b);
    if (!sa.level || !sb.level)
        return false;
    const byLevel = (0,osv/* severityRank */.qs)(sa.level) - (0,osv/* severityRank */.qs)(sb.level);
    return byLevel > 0 || (byLevel === 0 && (sa.score ?? 0) > (sb.score ?? 0));
}
function covers(st, ids, c) {
    const upper = new Set(ids.map((i) => i.toUpperCase()));
    return st.ids.some((i) => upper.has(i.toUpperCase())) && st.products.some((p) => productMatches(p, c));
}
/** A VEX product names a component by purl (a purl without version covers every version) or by its bom-ref. */
function productMatches(p, c) {
    if (p.purl && c.purl) {
        const a = (0,lockfiles_purl/* purlKey */.hT)(p.purl);
        const b = (0,lockfiles_purl/* purlKey */.hT)(c.purl);
        if (a && b && a.key === b.key && (a.version === undefined || a.version === b.version))
            return true;
    }
    return p.bomRef !== undefined && c.ref !== undefined && p.bomRef === c.ref;
}
/**
 * Why an assessment is not current, or undefined when it is: undated, older than vex_max_age_days, or dated more than
 * a day ahead (a typo such as 2062 for 2026, or a date set ahead, would otherwise never go stale).
 */
function notCurrent(statement, j, subject) {
    const at = statement.timestamp ? Date.parse(statement.timestamp) : NaN;
    const review = {
        state: 'assessment stale',
        fix: 'review it and update its timestamp',
        action: `Review ${subject} and update its timestamp`,
    };
    if (!Number.isFinite(at))
        return { ...review, why: 'is stale: undated' };
    const day = statement.timestamp.slice(0, 10);
    if (at - j.now > DAY_MS)
        return {
            state: 'assessment dated ahead',
            why: `is not current: dated ${day}, in the future`,
            fix: 'write the date the assessment was made',
            action: `Correct the date of ${subject}`,
        };
    if (j.now - at > j.options.vex_max_age_days * DAY_MS)
        return { ...review, why: `is stale: dated ${day}, older than ${j.options.vex_max_age_days} days` };
    return undefined;
}
function latest(statements) {
    const time = (s) => (s.timestamp ? Date.parse(s.timestamp) || 0 : 0);
    return statements.reduce((best, s) => (!best || time(s) > time(best) ? s : best), undefined);
}
function describe(c, v, severity, kev, fixed) {
    const aliases = (v.aliases ?? []).filter((a) => a !== v.id);
    const sev = severity.level
        ? `${severity.level}${severity.score !== undefined ? `, ${severity.source} ${severity.score}` : ' (database severity)'}`
        : 'severity unknown (no CVSS vector or database severity; treated as failing)';
    const summary = v.summary ? ` — ${v.summary.trim().slice(0, 200)}` : '';
    const kevNote = kev ? `; in CISA KEV (known exploited${kev.dateAdded ? `, added ${kev.dateAdded}` : ''})` : '';
    const fix = fixed.length ? `fixed in ${fixed.join(', ')}` : 'no fixed version known';
    return `${c.name}@${c.version ?? '?'} (${c.purl}) has ${v.id}${aliases.length ? ` (${aliases.join(', ')})` : ''}: ${sev}${kevNote}${summary}; ${fix}.`;
}


/***/ })

};
