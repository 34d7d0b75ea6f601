export const id = 3064;
export const ids = [3064];
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


/***/ })

};
