export const id = 2211;
export const ids = [2211,3064];
export const modules = {

/***/ 17338:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
// Line numbers from character offsets, with the newline index built once per file and only when first needed.
class LineIndex {
    text;
    starts;
    constructor(text) {
        this.text = text;
    }
    /** 1-based line of a character offset. */
    lineAt(offset) {
        const starts = (this.starts ??= newlineStarts(this.text));
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    /** Line of the first occurrence of `needle`, or undefined. */
    lineOf(needle, from = 0) {
        const at = this.text.indexOf(needle, from);
        return at === -1 ? undefined : this.lineAt(at);
    }
}
function newlineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}


/***/ }),

/***/ 63064:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KeyedPin: () => (/* binding */ KeyedPin),
/* harmony export */   Pinned: () => (/* binding */ Pinned),
/* harmony export */   keyLine: () => (/* binding */ keyLine),
/* harmony export */   lockedPackageJSON: () => (/* binding */ lockedPackageJSON),
/* harmony export */   parseJsonLockfile: () => (/* binding */ parseJsonLockfile),
/* harmony export */   readPackageLock: () => (/* binding */ readPackageLock)
/* harmony export */ });
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17338);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9196);


const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A locked package whose line is looked up in the text only when someone reads it. */
class Pinned {
    ecosystem;
    name;
    version;
    purl;
    locate;
    direct;
    dev;
    optional;
    constructor(ecosystem, name, version, purl, locate) {
        this.ecosystem = ecosystem;
        this.name = name;
        this.version = version;
        this.purl = purl;
        this.locate = locate;
    }
    get line() {
        return this.locate();
    }
    /** Where it is pinned from now on: a later place that decides its flags (see again). */
    relocate(locate) {
        this.locate = locate;
    }
    /**
     * The package pinned again at another place (package-lock: another node_modules folder; pnpm: another peer variant
     * of name@version; Pipfile.lock: both sections), listed once: it is development-only or optional only if every
     * place says so, and direct if any place does. A shipped place then becomes its line, by `moveHere` (else
     * `dev_dependencies: exclude` would drop a package that ships, and a required one would be only a warning).
     */
    again(place, moveHere) {
        if (this.dev && place.dev !== true) {
            this.dev = undefined;
            moveHere();
        }
        if (this.optional && place.optional !== true)
            this.optional = undefined;
        if (place.direct)
            this.direct = true;
    }
    toJSON() {
        return lockedPackageJSON(this);
    }
}
/** A locked package as JSON (its line looked up): what Pinned and the packed packages of packed.ts write. */
function lockedPackageJSON(p) {
    return {
        ecosystem: p.ecosystem,
        name: p.name,
        version: p.version,
        purl: p.purl,
        direct: p.direct,
        dev: p.dev,
        optional: p.optional,
        line: p.line,
    };
}
/** A package-lock entry, whose line is that of its key in the text; no closure per package (a lockfile pins 100,000s). */
class KeyedPin extends Pinned {
    lines;
    key;
    constructor(name, version, purl, lines, 
    /** The entry's key ("node_modules/a/node_modules/b", or the name in lockfileVersion 1), whose line is the entry's. */
    key) {
        super('npm', name, version, purl, noLine);
        this.lines = lines;
        this.key = key;
    }
    get line() {
        return keyLine(this.lines, this.key);
    }
}
/** The line of a package-lock entry's key (`"node_modules/a":`) in the lockfile's text. */
function keyLine(lines, key) {
    return lines.lineOf(`${JSON.stringify(key)}:`);
}
const noLine = () => undefined;
function parseJsonLockfile(path, text, kind) {
    try {
        const json = JSON.parse(text);
        if (!isObj(json))
            return {
                findings: [
                    { severity: 'error', message: `${path} is not a JSON object, so it is not a ${kind} — regenerate it`, file: path, line: 1 },
                ],
            };
        return { json, findings: [] };
    }
    catch (e) {
        const message = e.message;
        const pos = /at position (\d+)/.exec(message);
        const lc = /line (\d+) column/.exec(message);
        const line = lc ? Number(lc[1]) : pos ? new _lines_js__WEBPACK_IMPORTED_MODULE_0__/* .LineIndex */ .r(text).lineAt(Number(pos[1])) : undefined;
        return {
            findings: [
                { severity: 'error', message: `${path} does not parse as JSON (${message}) — regenerate the ${kind}`, file: path, line: line ?? 1 },
            ],
        };
    }
}
function readPackageLock(path, text) {
    const kind = path.endsWith('npm-shrinkwrap.json') ? 'npm-shrinkwrap.json' : 'package-lock.json';
    const parsed = parseJsonLockfile(path, text, kind);
    if (!parsed.json)
        return { kind, ecosystem: 'npm', packages: [], findings: parsed.findings };
    const json = parsed.json;
    // The project's own packages: the root, workspace folders and linked local folders (see LockfileResult.firstParty).
    const own = new Set();
    const ownName = (name) => {
        if (typeof name === 'string' && name)
            own.add((0,_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .purlKey */ .hT)((0,_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .npmPurl */ .NP)(name, '')).key);
    };
    ownName(json.name);
    const lines = new _lines_js__WEBPACK_IMPORTED_MODULE_0__/* .LineIndex */ .r(text);
    const packages = [];
    // Each purl once, at its first place: handed on, so drift matching needs no index of its own.
    const seen = new Map();
    const findings = [];
    const pins = { packages, seen, lines };
    /** lockfileVersion 1 packages from a git or tarball URL, whose package version the file does not record. */
    const unresolved = [];
    if (isObj(json.packages)) {
        const directNames = directNamesOf(json.packages['']);
        const entries = json.packages;
        for (const key in entries) {
            const entry = entries[key];
            if (!isObj(entry))
                continue;
            const at = key.lastIndexOf('node_modules/');
            // Keys outside node_modules are the root and workspace folders, and a link is a local folder: the project's own code, not a dependency.
            if (key === '' || at === -1) {
                ownName(entry.name);
                continue;
            }
            if (entry.link === true) {
                ownName(key.slice(at + 'node_modules/'.length));
                continue;
            }
            const name = typeof entry.name === 'string' ? entry.name : key.slice(at + 'node_modules/'.length);
            const version = typeof entry.version === 'string' ? entry.version : '';
            if (!version) {
                findings.push(noVersion(path, key, lines));
                continue;
            }
            place(pins, name, version, key, entry, at === 0 ? directNames.has(name) : undefined);
        }
    }
    else if (isObj(json.dependencies)) {
        // lockfileVersion 1: a tree of {version, dev, optional, dependencies}.
        const walk = (deps, top) => {
            for (const [name, entry] of Object.entries(deps)) {
                if (!isObj(entry) || typeof entry.version !== 'string')
                    continue;
                // A local folder (file:, link:) is the project's own code.
                if (/^(file|link):/.test(entry.version)) {
                    ownName(name);
                    continue;
                }
                // An alias ("string-width-cjs": {"version": "npm:string-width@4.2.3"}) installs its target.
                const alias = entry.version.startsWith('npm:') ? splitNameVersion(entry.version.slice(4)) : undefined;
                if (!alias && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(entry.version)) {
                    // A git or tarball URL ("github:user/repo#commit"): version 1 records where, not which package version.
                    unresolved.push({ name, version: entry.version });
                    if (isObj(entry.dependencies))
                        walk(entry.dependencies, false);
                    continue;
                }
                place(pins, alias?.[0] ?? name, alias?.[1] ?? entry.version, name, entry, top ? undefined : false);
                if (isObj(entry.dependencies))
                    walk(entry.dependencies, false);
            }
        };
        walk(json.dependencies, true);
        if (unresolved.length)
            findings.push(unresolvedNotice(path, unresolved, lines));
    }
    else if (json.lockfileVersion === undefined) {
        findings.push({
            severity: 'error',
            message: `${path} has neither "packages" nor "dependencies" nor "lockfileVersion", so it is not a ${kind} — regenerate it with npm install`,
            file: path,
            line: 1,
        });
    }
    const unresolvedKeys = [...new Set(unresolved.map((u) => (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .purlKey */ .hT)((0,_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .npmPurl */ .NP)(u.name, '')).key))];
    return {
        kind,
        ecosystem: 'npm',
        packages,
        findings,
        byPurl: seen,
        firstParty: [...own],
        ...(unresolvedKeys.length ? { unresolved: unresolvedKeys } : {}),
    };
}
/**
 * A package at one place in node_modules (`key`), listed once per purl, at its first place. npm flags each place on
 * its own, so a later place may clear its dev and optional flags and take its line (Pinned.again).
 */
function place(pins, name, version, key, entry, direct) {
    const purl = (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .npmPurl */ .NP)(name, version);
    const optional = entry.optional === true || entry.devOptional === true;
    const earlier = pins.seen.get(purl);
    if (earlier !== undefined) {
        const p = pins.packages[earlier];
        p.again({ dev: entry.dev === true, optional, direct }, () => {
            p.key = key;
        });
        return;
    }
    pins.seen.set(purl, pins.packages.length);
    const p = new KeyedPin(name, version, purl, pins.lines, key);
    if (direct !== undefined)
        p.direct = direct;
    if (entry.dev === true)
        p.dev = true;
    if (optional)
        p.optional = true;
    pins.packages.push(p);
}
/** The notice for lockfileVersion 1 packages installed from a git or tarball URL: not compared, and why. */
function unresolvedNotice(path, unresolved, lines) {
    const named = unresolved.slice(0, 3).map((u) => `${u.name} ${u.version}`);
    return {
        severity: 'notice',
        message: `${path}: ${unresolved.length} package${unresolved.length === 1 ? ' is' : 's are'} installed from a git or tarball URL (${named.join(', ')}${unresolved.length > 3 ? ', …' : ''}), and lockfileVersion 1 does not record ${unresolved.length === 1 ? 'its' : 'their'} package version, so ${unresolved.length === 1 ? 'it is' : 'they are'} not compared with the SBOM — npm 7 or later (lockfileVersion 2 or 3) records it`,
        file: path,
        line: keyLine(lines, unresolved[0].name) ?? 1,
    };
}
/** "name@version" or "@scope/name@version" → [name, version]; undefined without a version. */
function splitNameVersion(spec) {
    const at = spec.indexOf('@', 1);
    return at > 0 && at < spec.length - 1 ? [spec.slice(0, at), spec.slice(at + 1)] : undefined;
}
/** The names the root package depends on directly, in any of its dependency maps. */
function directNamesOf(rootEntry) {
    const root = isObj(rootEntry) ? rootEntry : {};
    return new Set(['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].flatMap((k) => isObj(root[k]) ? Object.keys(root[k]) : []));
}
/** A package entry without a version: left out of the comparison, with a warning at its key. */
function noVersion(path, key, lines) {
    return {
        severity: 'warning',
        message: `${path}: "${key}" has no version; it is left out of the comparison — regenerate the lockfile`,
        file: path,
        line: lines.lineOf(JSON.stringify(key)),
    };
}


/***/ }),

/***/ 58389:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kp: () => (/* binding */ unpackLockfile),
/* harmony export */   V6: () => (/* binding */ packLockfile),
/* harmony export */   sW: () => (/* binding */ packPurls)
/* harmony export */ });
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17338);
/* harmony import */ var _npm_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63064);


// What a package-lock.json pins, packed to cross between threads cheaply: the packages' strings concatenated into
// one string with their offsets, and their flags in a byte each, instead of 100,000 objects for the structured clone
// to copy one by one. Unpacked, each package reads its strings from the packed text when asked, and its line from
// the lockfile's text as readPackageLock's own packages do.
/** One package's strings, in this order, in the packed text. */
const FIELDS = 4; // name, version, purl, key
const NAME = 0;
const VERSION = 1;
const PURL = 2;
const KEY = 3;
const DIRECT_SET = 1;
const DIRECT = 2;
const DEV = 4;
const OPTIONAL = 8;
function packPurls(purls) {
    const starts = new Int32Array(purls.length + 1);
    let at = 0;
    for (let i = 0; i < purls.length; i++) {
        starts[i] = at;
        at += purls[i]?.length ?? 0;
    }
    starts[purls.length] = at;
    // join writes an empty string for undefined.
    return { strings: purls.join(''), starts };
}
/** Packs readPackageLock's result (its packages are KeyedPins; anything else is refused). */
function packLockfile(result) {
    const n = result.packages.length;
    const parts = new Array(n * FIELDS);
    const starts = new Int32Array(n * FIELDS + 1);
    const flags = new Uint8Array(n);
    let at = 0;
    let k = 0;
    const add = (s) => {
        parts[k] = s;
        starts[k++] = at;
        at += s.length;
    };
    for (let i = 0; i < n; i++) {
        const p = result.packages[i];
        if (!(p instanceof _npm_js__WEBPACK_IMPORTED_MODULE_0__.KeyedPin))
            throw new Error('only the packages of package-lock.json can be packed');
        // In the order of NAME, VERSION, PURL, KEY.
        add(p.name);
        add(p.version);
        add(p.purl);
        add(p.key);
        flags[i] = (p.direct !== undefined ? DIRECT_SET : 0) | (p.direct ? DIRECT : 0) | (p.dev ? DEV : 0) | (p.optional ? OPTIONAL : 0);
    }
    starts[n * FIELDS] = at;
    const packed = {
        kind: result.kind,
        findings: result.findings,
        strings: parts.join(''),
        starts,
        flags,
        indexed: result.byPurl !== undefined,
    };
    if (result.ecosystem !== undefined)
        packed.ecosystem = result.ecosystem;
    if (result.firstParty !== undefined)
        packed.firstParty = result.firstParty;
    if (result.unresolved !== undefined)
        packed.unresolved = result.unresolved;
    if (result.exact !== undefined)
        packed.exact = result.exact;
    return packed;
}
/**
 * The lockfile's result again, from its packed form and the lockfile's text (for the packages' lines): the same
 * packages, in the same order, with the same index by purl (readPackageLock lists each purl once).
 */
function unpackLockfile(packed, text) {
    const store = new PackedStrings(packed.strings, packed.starts);
    const lines = new _lines_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .r(text);
    const n = packed.flags.length;
    const packages = new Array(n);
    for (let i = 0; i < n; i++)
        packages[i] = new PackedPin(store, i, lines, packed.flags[i]);
    const result = { kind: packed.kind, packages, findings: packed.findings };
    // With the exact matches at hand, the index by purl is built only if someone asks for it (hashing 100,000 purls
    // is most of what unpacking costs).
    if (packed.indexed) {
        let byPurl;
        const index = () => {
            if (byPurl)
                return byPurl;
            byPurl = new Map();
            for (let i = 0; i < n; i++)
                byPurl.set(packages[i].purl, i);
            return byPurl;
        };
        if (packed.exact)
            Object.defineProperty(result, 'byPurl', { get: index, enumerable: true, configurable: true });
        else
            result.byPurl = index();
    }
    if (packed.ecosystem !== undefined)
        result.ecosystem = packed.ecosystem;
    if (packed.firstParty !== undefined)
        result.firstParty = packed.firstParty;
    if (packed.unresolved !== undefined)
        result.unresolved = packed.unresolved;
    if (packed.exact !== undefined)
        result.exact = packed.exact;
    return result;
}
class PackedStrings {
    strings;
    starts;
    constructor(strings, starts) {
        this.strings = strings;
        this.starts = starts;
    }
    get(i, field) {
        const k = i * FIELDS + field;
        return this.strings.slice(this.starts[k], this.starts[k + 1]);
    }
}
/** A package-lock entry read from the packed strings when asked; its purl is sliced once. */
class PackedPin {
    store;
    i;
    lines;
    ecosystem = 'npm';
    slicedPurl;
    direct;
    dev;
    optional;
    constructor(store, i, lines, flags) {
        this.store = store;
        this.i = i;
        this.lines = lines;
        if (flags & DIRECT_SET)
            this.direct = (flags & DIRECT) !== 0;
        if (flags & DEV)
            this.dev = true;
        if (flags & OPTIONAL)
            this.optional = true;
    }
    get purl() {
        return (this.slicedPurl ??= this.store.get(this.i, PURL));
    }
    get name() {
        return this.store.get(this.i, NAME);
    }
    get version() {
        return this.store.get(this.i, VERSION);
    }
    /** The line of the entry's key, as KeyedPin finds it. */
    get line() {
        return (0,_npm_js__WEBPACK_IMPORTED_MODULE_0__.keyLine)(this.lines, this.store.get(this.i, KEY));
    }
    toJSON() {
        return (0,_npm_js__WEBPACK_IMPORTED_MODULE_0__.lockedPackageJSON)(this);
    }
}


/***/ }),

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

/***/ 2211:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exactMatches: () => (/* binding */ exactMatches),
/* harmony export */   lockfileWorker: () => (/* binding */ lockfileWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var _npm_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63064);
/* harmony import */ var _packed_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58389);



// The worker thread's side of concurrent.ts: reads the package-lock.json it is sent (text in) and posts back what it
// pins, packed (packed.ts), and, when it is sent purls (an SBOM's components'), which of them it pins exactly. A
// reader that throws ends the thread with the error, which the main thread reports on the file.
function lockfileWorker() {
    // Two messages, in this order or the other: the lockfile, and what to answer with (the purls to look up, if any).
    let read;
    let asked;
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.on('message', (m) => {
        if ('text' in m)
            read = (0,_npm_js__WEBPACK_IMPORTED_MODULE_1__.readPackageLock)(m.path, m.text);
        else
            asked = m;
        if (!read || !asked)
            return;
        if (asked.purls && read.byPurl)
            read.exact = exactMatches(read.byPurl, read.packages.length, asked.purls);
        const packed = (0,_packed_js__WEBPACK_IMPORTED_MODULE_2__/* .packLockfile */ .V6)(read);
        const transfer = [
            packed.starts.buffer,
            packed.flags.buffer,
            ...(packed.exact ? [packed.exact.matched.buffer, packed.exact.accounted.buffer] : []),
        ];
        node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage(packed, transfer);
    });
}
/** The purls asked for, looked up in the lockfile's index by purl (one hash look-up each). */
function exactMatches(byPurl, packages, purls) {
    const matched = new Uint8Array(packages);
    const accounted = new Uint8Array(purls.starts.length - 1);
    for (let i = 0; i < accounted.length; i++) {
        const j = byPurl.get(purls.strings.slice(purls.starts[i], purls.starts[i + 1]));
        if (j === undefined)
            continue;
        accounted[i] = 1;
        matched[j] = 1;
    }
    return { matched, accounted };
}


/***/ })

};
