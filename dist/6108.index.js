export const id = 6108;
export const ids = [6108];
export const modules = {

/***/ 9196:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eq: () => (/* binding */ buildPurl),
/* harmony export */   NP: () => (/* binding */ npmPurl),
/* harmony export */   hT: () => (/* binding */ purlKey),
/* harmony export */   sS: () => (/* binding */ pypiName)
/* harmony export */ });
// Package URLs (https://github.com/package-url/purl-spec) built and compared without a general parser:
// the gate builds one per locked package and reads one per SBOM component, so both must be cheap.
const PLAIN = /^[A-Za-z0-9._~:-]*$/;
const enc = (s) => (PLAIN.test(s) ? s : encodeURIComponent(s).replace(/%3A/gi, ':'));
/** pkg:type/namespace/name@version; the namespace may contain "/" (Go modules, Maven groups use one segment). */
function buildPurl(type, namespace, name, version) {
    const ns = namespace ? `${namespace.split('/').map(enc).join('/')}/` : '';
    return `pkg:${type}/${ns}${enc(name)}${version ? `@${enc(version)}` : ''}`;
}
/** npm "@scope/name" → namespace "@scope", name "name". */
function npmPurl(fullName, version) {
    const slash = fullName.startsWith('@') ? fullName.indexOf('/') : -1;
    return slash > 0
        ? buildPurl('npm', fullName.slice(0, slash), fullName.slice(slash + 1), version)
        : buildPurl('npm', undefined, fullName, version);
}
/** PEP 503 normalized name. */
function pypiName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** The identity of a purl for matching: qualifiers and subpath dropped, names normalized per ecosystem. */
function purlKey(purl) {
    if (!purl.startsWith('pkg:'))
        return undefined;
    let rest = purl.slice(4).replace(/^\/+/, '');
    const cut = rest.search(/[?#]/);
    if (cut !== -1)
        rest = rest.slice(0, cut);
    const slash = rest.indexOf('/');
    if (slash <= 0)
        return undefined;
    const type = rest.slice(0, slash).toLowerCase();
    let path = rest.slice(slash + 1);
    let version;
    const at = path.lastIndexOf('@');
    if (at > 0) {
        version = path.slice(at + 1);
        if (version.includes('%'))
            version = safeDecode(version);
        path = path.slice(0, at);
    }
    if (path.includes('%'))
        path = path.split('/').map(safeDecode).join('/');
    if (path.includes('//') || path.endsWith('/'))
        path = path.split('/').filter(Boolean).join('/');
    if (type === 'pypi')
        path = path.split('/').map(pypiName).join('/');
    else if (type === 'npm' || type === 'nuget' || type === 'golang' || type === 'composer' || type === 'github')
        path = path.toLowerCase();
    if (type === 'golang' && version && !version.startsWith('v'))
        version = `v${version}`;
    // Composer writes tags as they are ("v1.2.6"); generators differ on keeping the "v".
    if (type === 'composer' && version)
        version = version.replace(/^v(?=\d)/, '');
    return { type, key: `${type}/${path}`, version };
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}


/***/ }),

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

/***/ 82352:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ compareVersionStrings)
/* harmony export */ });
/** Semver-like order: numeric parts numerically, a pre-release (after "-") below its release; build metadata ignored. */
function compareVersionStrings(a, b) {
    const [ra, pa] = splitPre(a);
    const [rb, pb] = splitPre(b);
    const d = compareParts(ra, rb);
    if (d)
        return d;
    if (pa === undefined || pb === undefined)
        return pa === pb ? 0 : pa === undefined ? 1 : -1;
    return compareParts(pa, pb);
}
function splitPre(v) {
    const plain = v.split('+')[0];
    const dash = plain.indexOf('-');
    return dash === -1 ? [plain, undefined] : [plain.slice(0, dash), plain.slice(dash + 1)];
}
function compareParts(a, b) {
    const xa = a.split(/[.-]/);
    const xb = b.split(/[.-]/);
    for (let i = 0; i < Math.max(xa.length, xb.length); i++) {
        const p = xa[i] ?? '0';
        const q = xb[i] ?? '0';
        if (p === q)
            continue;
        const np = /^\d+$/.test(p);
        const nq = /^\d+$/.test(q);
        if (np && nq) {
            // By digits, not Number(): "01" equals "1" and the next part decides; 400 digits do not become Infinity.
            const d = compareDigits(p, q);
            if (d)
                return d;
            continue;
        }
        if (np !== nq)
            return np ? -1 : 1;
        return p < q ? -1 : 1;
    }
    return 0;
}
function compareDigits(a, b) {
    const x = a.replace(/^0+(?=\d)/, '');
    const y = b.replace(/^0+(?=\d)/, '');
    return x.length !== y.length ? x.length - y.length : x < y ? -1 : x > y ? 1 : 0;
}


/***/ })

};
