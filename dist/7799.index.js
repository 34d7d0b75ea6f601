export const id = 7799;
export const ids = [7799,3064];
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

/***/ 77799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readComposerLock: () => (/* binding */ readComposerLock),
/* harmony export */   readGemfileLock: () => (/* binding */ readGemfileLock),
/* harmony export */   readGoMod: () => (/* binding */ readGoMod),
/* harmony export */   readGoSum: () => (/* binding */ readGoSum),
/* harmony export */   readGradleLockfile: () => (/* binding */ readGradleLockfile),
/* harmony export */   readNugetLock: () => (/* binding */ readNugetLock),
/* harmony export */   readPipfileLock: () => (/* binding */ readPipfileLock),
/* harmony export */   readPnpmLock: () => (/* binding */ readPnpmLock),
/* harmony export */   readPom: () => (/* binding */ readPom),
/* harmony export */   readRequirements: () => (/* binding */ readRequirements),
/* harmony export */   readTomlPackages: () => (/* binding */ readTomlPackages),
/* harmony export */   readYarnLock: () => (/* binding */ readYarnLock)
/* harmony export */ });
/* harmony import */ var _yarnpkg_parsers__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67823);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(75824);
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(69658);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17338);
/* harmony import */ var _npm_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63064);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9196);







const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
class Collector {
    path;
    text;
    ecosystem;
    packages = [];
    findings = [];
    lines;
    /** Each purl's package, listed once. */
    seen = new Map();
    own = new Set();
    unresolved = new Set();
    constructor(path, text, ecosystem) {
        this.path = path;
        this.text = text;
        this.ecosystem = ecosystem;
        this.lines = new _lines_js__WEBPACK_IMPORTED_MODULE_4__/* .LineIndex */ .r(text);
    }
    /** One of the project's own packages (see LockfileResult.firstParty), by its purl without a version. */
    firstParty(purl) {
        const key = (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .purlKey */ .hT)(purl)?.key;
        if (key)
            this.own.add(key);
    }
    add(ecosystem, name, version, purl, locate, extra = {}) {
        if (!name || !version)
            return;
        const at = typeof locate === 'function' ? locate : () => locate;
        const earlier = this.seen.get(purl);
        if (earlier)
            return earlier.again(extra, () => earlier.relocate(at));
        const p = new _npm_js__WEBPACK_IMPORTED_MODULE_3__.Pinned(ecosystem, name, version, purl, at);
        Object.assign(p, extra);
        this.seen.set(purl, p);
        this.packages.push(p);
    }
    near(needle) {
        return () => this.lines.lineOf(needle);
    }
    fail(kind, e, line) {
        const err = e;
        this.findings.push({
            severity: 'error',
            message: `${this.path} does not parse as ${kind} (${String(err?.message ?? e).split('\n')[0]}) — regenerate it with the package manager`,
            file: this.path,
            line: line ?? err?.linePos?.[0]?.line ?? err?.line ?? 1,
        });
    }
    result(kind, directOnly = false) {
        return {
            kind,
            ecosystem: this.ecosystem,
            packages: this.packages,
            findings: this.findings,
            firstParty: [...this.own],
            ...(this.unresolved.size ? { unresolved: [...this.unresolved] } : {}),
            ...(directOnly ? { directOnly } : {}),
        };
    }
}
/**
 * yarn.lock, classic (v1) and berry (v2+), both parsed by @yarnpkg/parsers. The package is what is installed: berry's
 * `resolution`, else the alias target ("alias@npm:target@range"); workspaces and local folders are first-party.
 */
function readYarnLock(path, text) {
    const c = new Collector(path, text, 'npm');
    let data;
    try {
        data = (0,_yarnpkg_parsers__WEBPACK_IMPORTED_MODULE_0__/* .parseSyml */ ["do"])(text);
    }
    catch (e) {
        const line = /line (\d+)/.exec(String(e.message))?.[1];
        c.fail('yarn.lock', e, line ? Number(line) : undefined);
        return c.result('yarn.lock');
    }
    const berry = isObj(data.__metadata);
    for (const key in data) {
        const entry = data[key];
        if (key === '__metadata' || !isObj(entry))
            continue;
        const first = firstDescriptor(key);
        const resolution = typeof entry.resolution === 'string' ? entry.resolution : '';
        const [resolvedName, range] = splitDescriptor(resolution || first);
        let name = resolvedName;
        if (/^(workspace|link|portal|file):/.test(range) || (berry && entry.linkType === 'soft')) {
            c.firstParty((0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .npmPurl */ .NP)(name, ''));
            continue;
        }
        if (range.startsWith('npm:') && !resolution) {
            // yarn v1 alias: the installed package is the target ("string-width-cjs@npm:string-width@^4.2.0").
            const target = splitDescriptor(range.slice(4));
            if (target[1])
                name = target[0];
        }
        if (typeof entry.version !== 'string')
            continue;
        c.add('npm', name, entry.version, (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .npmPurl */ .NP)(name, entry.version), c.near(first));
    }
    return c.result(berry ? 'yarn.lock (berry)' : 'yarn.lock (v1)');
}
/** The first of a yarn.lock key's comma-separated descriptors, unquoted. */
function firstDescriptor(key) {
    const comma = key.indexOf(',');
    return (comma === -1 ? key : key.slice(0, comma)).trim().replace(/^"|"$/g, '');
}
/** "name@range" → [name, range]; a scoped name keeps its leading "@". */
function splitDescriptor(descriptor) {
    const at = descriptor.indexOf('@', 1);
    return at > 0 ? [descriptor.slice(0, at), descriptor.slice(at + 1)] : [descriptor, ''];
}
/**
 * pnpm-lock.yaml, lockfileVersion 5 ("/name/1.0.0_peer@2"), 6 ("/name@1.0.0(peer@2)") and 9 ("name@1.0.0", peers
 * only under `snapshots:`). Local packages (file:, link:, a directory resolution) and the importers' link: dependencies
 * are first-party.
 */
function readPnpmLock(path, text) {
    const c = new Collector(path, text, 'npm');
    let data;
    try {
        // 'error': yaml's parse() still throws its errors but no longer prints its warnings (an unknown tag) to the log.
        // uniqueKeys: false — yaml's duplicate-key check compares each key with every earlier one of its map, which is
        // quadratic in the packages of a lockfile (measured: 8x the packages, 60x the time); pnpm writes no duplicates.
        data = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text, { maxAliasCount: 100, logLevel: 'error', uniqueKeys: false });
    }
    catch (e) {
        c.fail('YAML', e);
        return c.result('pnpm-lock.yaml');
    }
    if (!isObj(data)) {
        c.fail('a pnpm lockfile', new Error('not a YAML mapping'));
        return c.result('pnpm-lock.yaml');
    }
    const v5 = Number.parseFloat(String(data.lockfileVersion ?? '')) < 6;
    const local = (v) => typeof v === 'string' && /^(file|link|workspace):/.test(v);
    // The importers' (or a single project's) dependencies on local folders name first-party packages.
    const importers = isObj(data.importers) ? Object.values(data.importers) : [data];
    for (const imp of importers) {
        if (!isObj(imp))
            continue;
        for (const section of ['dependencies', 'devDependencies', 'optionalDependencies']) {
            const deps = imp[section];
            if (!isObj(deps))
                continue;
            for (const name in deps) {
                const d = deps[name];
                if (local(isObj(d) ? d.version : d))
                    c.firstParty((0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .npmPurl */ .NP)(name, ''));
            }
        }
    }
    const packages = isObj(data.packages) ? data.packages : {};
    const optionalIn9 = optionalSnapshots(data.snapshots);
    for (const key in packages) {
        const entry = isObj(packages[key]) ? packages[key] : {};
        const [keyName, keyVersion] = pnpmKey(key, v5);
        const name = typeof entry.name === 'string' ? entry.name : keyName;
        // A non-registry package (tarball, git) carries its version in the entry; a registry one in its key.
        const version = typeof entry.version === 'string' ? entry.version : keyVersion;
        if (local(keyVersion) || local(key.replace(/^\//, '')) || (isObj(entry.resolution) && typeof entry.resolution.directory === 'string')) {
            c.firstParty((0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .npmPurl */ .NP)(name, ''));
            continue;
        }
        const extra = entry.dev === true ? { dev: true } : {};
        // Optional (platform packages such as @esbuild/linux-arm64): v5/v6 on the package, v9 on its snapshots.
        if (entry.optional === true || optionalIn9.get(key) === true)
            extra.optional = true;
        // A git dependency is pinned by its commit; generators list it under that or under its package version.
        const commit = isObj(entry.resolution) && typeof entry.resolution.tarball === 'string'
            ? /\/([0-9a-f]{40})$/.exec(entry.resolution.tarball)?.[1]
            : undefined;
        if (commit && commit !== version)
            extra.otherVersions = [commit];
        c.add('npm', name, version, (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .npmPurl */ .NP)(name, version), () => c.lines.lineOf(`${key}:`) ?? c.lines.lineOf(key), extra);
    }
    return c.result('pnpm-lock.yaml');
}
/**
 * pnpm 9: which packages (`name@version`) are optional — every snapshot of them (one per set of peers,
 * `name@version(peer@2)`) says `optional: true`.
 */
function optionalSnapshots(snapshots) {
    const optional = new Map();
    if (!isObj(snapshots))
        return optional;
    for (const key in snapshots) {
        const paren = key.indexOf('(');
        const pkg = paren === -1 ? key : key.slice(0, paren);
        const snapshot = snapshots[key];
        const isOptional = isObj(snapshot) && snapshot.optional === true;
        optional.set(pkg, (optional.get(pkg) ?? true) && isOptional);
    }
    return optional;
}
/** A pnpm packages key → [name, version], peer suffixes dropped. */
function pnpmKey(key, v5) {
    const k = key.replace(/^\//, '');
    if (v5 && !/^(file|link):/.test(k)) {
        // "/name/1.0.0_peer@2", "/@scope/name/1.0.0_@scope+peer@2": the segment after the name is the version.
        const parts = k.split('/');
        const n = k.startsWith('@') ? 2 : 1;
        if (parts.length > n)
            return [parts.slice(0, n).join('/'), parts[n].replace(/_.*$/, '')];
    }
    const paren = k.indexOf('(');
    return splitDescriptor(paren === -1 ? k : k.slice(0, paren));
}
/** requirements.txt: only exact pins (name==version) pin anything; other lines are left out with a notice. */
function readRequirements(path, text) {
    const c = new Collector(path, text, 'pypi');
    const lines = text.split(/\r?\n/);
    let unpinned = 0;
    let firstUnpinned = 0;
    const includes = [];
    lines.forEach((raw, i) => {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        // "-r base.txt" / "--requirement=base.txt": pip installs what that file names too (constraints, -c, install nothing).
        const include = /^(?:-r|--requirement)(?:\s+|=)(\S+)$/.exec(line);
        if (include)
            return void requirementsInclude(c, path, include[1], i + 1, includes);
        if (!line || line.startsWith('-') || (line.endsWith('\\') && !line.includes('==')))
            return;
        const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*===?\s*([^\s;\\]+)/.exec(line);
        if (m)
            c.add('pypi', (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .pypiName */ .sS)(m[1]), m[3], (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .buildPurl */ .Eq)('pypi', undefined, (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .pypiName */ .sS)(m[1]), m[3]), i + 1);
        else if (/^[A-Za-z0-9]/.test(line)) {
            unpinned++;
            firstUnpinned ||= i + 1;
        }
    });
    if (unpinned) {
        c.findings.push({
            severity: 'notice',
            message: `${path}: ${unpinned} requirement${unpinned === 1 ? ' is' : 's are'} not pinned with == (first on line ${firstUnpinned}) and ${unpinned === 1 ? 'is' : 'are'} not compared with the SBOM — pin them (pip-compile) to make the comparison complete`,
            file: path,
            line: firstUnpinned,
        });
    }
    const result = c.result('requirements.txt');
    if (includes.length)
        result.includes = includes;
    return result;
}
/**
 * A requirements file's `-r` target, resolved as pip does against the including file's folder; one that leaves the
 * repository (an absolute path, too many "..") or is a URL is not read, which a finding says.
 */
function requirementsInclude(c, path, target, line, out) {
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')).split('/') : [];
    const parts = [...dir];
    let outside = target.startsWith('/') || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(target);
    for (const seg of target.split('/')) {
        if (outside || seg === '' || seg === '.')
            continue;
        if (seg !== '..')
            parts.push(seg);
        else if (parts.length)
            parts.pop();
        else
            outside = true;
    }
    if (outside || parts.length === 0) {
        // The first few are said (as go.sum's bad lines): a file of thousands of them needs no thousand findings.
        if (c.findings.length >= 5)
            return;
        c.findings.push({
            severity: 'error',
            message: `${path}:${line} includes ${target} (-r), which is not a file in the repository, so what it pins is not compared with the SBOM — commit the file and include it by a relative path, or list its pins here`,
            file: path,
            line,
        });
        return;
    }
    out.push({ path: parts.join('/'), line });
}
function readToml(c) {
    try {
        return (0,smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(c.text);
    }
    catch (e) {
        c.fail('TOML', e);
        return undefined;
    }
}
/**
 * poetry.lock, uv.lock and Cargo.lock: [[package]] tables with name and version. The project's own packages are
 * first-party: uv's virtual, editable and directory sources, poetry's directory sources, Cargo workspace members
 * (no source).
 */
function readTomlPackages(ecosystem, kind) {
    return (path, text) => {
        const c = new Collector(path, text, ecosystem);
        const data = readToml(c);
        if (!data)
            return c.result(kind);
        const list = Array.isArray(data.package) ? data.package : [];
        for (const p of list) {
            if (!isObj(p) || typeof p.name !== 'string')
                continue;
            const name = ecosystem === 'pypi' ? (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .pypiName */ .sS)(p.name) : p.name;
            const source = isObj(p.source) ? p.source : undefined;
            const own = ecosystem === 'cargo'
                ? p.source === undefined
                : source !== undefined &&
                    (source.virtual !== undefined ||
                        source.editable !== undefined ||
                        source.directory !== undefined ||
                        source.type === 'directory');
            if (own) {
                c.firstParty((0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .buildPurl */ .Eq)(ecosystem, undefined, name, ''));
                continue;
            }
            if (typeof p.version !== 'string')
                continue;
            c.add(ecosystem, name, p.version, (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .buildPurl */ .Eq)(ecosystem, undefined, name, p.version), c.near(`name = "${p.name}"\nversion = "${p.version}"`), 
            // poetry.lock: installed only with an extra (optional = true), so maybe not where the SBOM is made.
            p.optional === true ? { optional: true } : {});
        }
        return c.result(kind);
    };
}
/** Pipfile.lock: {"default": {name: {"version": "==1.2.3"}}, "develop": {...}}; local (path/editable) entries are first-party. */
function readPipfileLock(path, text) {
    const c = new Collector(path, text, 'pypi');
    const parsed = (0,_npm_js__WEBPACK_IMPORTED_MODULE_3__.parseJsonLockfile)(path, text, 'Pipfile.lock');
    if (!parsed.json)
        return { kind: 'Pipfile.lock', ecosystem: 'pypi', packages: [], findings: parsed.findings };
    for (const section of ['default', 'develop']) {
        const deps = parsed.json[section];
        if (!isObj(deps))
            continue;
        for (const [raw, entry] of Object.entries(deps)) {
            if (!isObj(entry))
                continue;
            const name = (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .pypiName */ .sS)(raw);
            // A local folder ({"path": ".", "editable": true}): the project's own.
            if (typeof entry.path === 'string' || entry.editable === true) {
                c.firstParty((0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .buildPurl */ .Eq)('pypi', undefined, name, ''));
                continue;
            }
            if (typeof entry.version !== 'string')
                continue;
            const version = entry.version.replace(/^==/, '');
            c.add('pypi', name, version, (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .buildPurl */ .Eq)('pypi', undefined, name, version), c.near(`"${raw}"`), section === 'develop' ? { dev: true } : {});
        }
    }
    return c.result('Pipfile.lock');
}
/** go.sum: "module version[/go.mod] hash" lines; the module's own checksum line (not /go.mod) pins it. */
function readGoSum(path, text) {
    const c = new Collector(path, text, 'golang');
    text.split(/\r?\n/).forEach((line, i) => {
        const m = /^(\S+)\s+(v\S+?)(\/go\.mod)?\s+h1:/.exec(line);
        if (!m) {
            if (line.trim() && c.findings.length < 5)
                c.findings.push({
                    severity: 'error',
                    message: `${path}:${i + 1} is not a go.sum line ("module version h1:hash") — run go mod tidy`,
                    file: path,
                    line: i + 1,
                });
            return;
        }
        if (m[3])
            return;
        const slash = m[1].lastIndexOf('/');
        c.add('golang', m[1], m[2], (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .buildPurl */ .Eq)('golang', slash > 0 ? m[1].slice(0, slash) : undefined, m[1].slice(slash + 1), m[2]), i + 1);
    });
    return c.result('go.sum');
}
/**
 * go.mod: the require directives (direct unless marked // indirect), with the replace directives applied: the module
 * that is built is the replacement; one replaced by a local folder is first-party, as is the module itself.
 */
function readGoMod(path, text) {
    const c = new Collector(path, text, 'golang');
    const requires = [];
    /** "module" or "module@version" → the replacement ("path" for a local folder, else "module@version"). */
    const replaces = new Map();
    let block = '';
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.replace(/\/\/.*$/, '').trim();
        const open = /^(require|replace|exclude|retract|tool|godebug|ignore)\s*\($/.exec(line);
        if (open)
            return void (block = open[1]);
        if (block && line === ')')
            return void (block = '');
        const directive = block ? `${block} ${line}` : line;
        let m = /^module\s+"?([^\s"]+)"?$/.exec(directive);
        if (m)
            return c.firstParty(goPurl(m[1], ''));
        m = /^require\s+(\S+)\s+(v\S+)$/.exec(directive);
        if (m)
            return void requires.push({ module: m[1], version: m[2], line: i + 1, direct: !/\/\/\s*indirect/.test(raw) });
        m = /^replace\s+(\S+)(?:\s+(v\S+))?\s+=>\s+(\S+)(?:\s+(v\S+))?$/.exec(directive);
        if (m)
            replaces.set(m[2] ? `${m[1]}@${m[2]}` : m[1], { module: m[3], version: m[4] });
    });
    // Every module replaced by a local folder is the project's own, required or not. Generators name it by the module
    // path or by the folder (cdxgen: pkg:golang/./api); both are first-party.
    for (const [from, to] of replaces) {
        if (to.version)
            continue;
        c.firstParty(goPurl(from.replace(/@v\S*$/, ''), ''));
        c.firstParty(goPurl(to.module, ''));
    }
    for (const r of requires) {
        const to = replaces.get(`${r.module}@${r.version}`) ?? replaces.get(r.module);
        if (to && !to.version) {
            // A local folder ("./x", "../x", "/x"): built from this repository (first-party, above).
            continue;
        }
        const module = to ? to.module : r.module;
        const version = to?.version ?? r.version;
        c.add('golang', module, version, goPurl(module, version), r.line, { direct: r.direct });
    }
    return c.result('go.mod');
}
function goPurl(module, version) {
    const slash = module.lastIndexOf('/');
    return (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .buildPurl */ .Eq)('golang', slash > 0 ? module.slice(0, slash) : undefined, module.slice(slash + 1), version);
}
/**
 * Gemfile.lock: "    name (version)" or "    name (version-platform)" under a section's specs. Bundler writes the
 * platform after the first "-" (a gem version has none), so every platform variant pins name@version; gems of a
 * PATH section are the project's own (first-party).
 */
function readGemfileLock(path, text) {
    const c = new Collector(path, text, 'gem');
    let section = '';
    let inSpecs = false;
    text.split(/\r?\n/).forEach((line, i) => {
        if (/^\S/.test(line)) {
            section = line.trim();
            inSpecs = false;
        }
        if (/^ {2}specs:\s*$/.test(line))
            inSpecs = true;
        const m = inSpecs ? /^ {4}([^\s(]+) \(([^)\s]+)\)/.exec(line) : null;
        if (!m)
            return;
        const dash = m[2].indexOf('-');
        const version = dash === -1 ? m[2] : m[2].slice(0, dash);
        if (section === 'PATH')
            c.firstParty((0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .buildPurl */ .Eq)('gem', undefined, m[1], ''));
        else
            c.add('gem', m[1], version, (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .buildPurl */ .Eq)('gem', undefined, m[1], version), i + 1);
    });
    return c.result('Gemfile.lock');
}
/** composer.lock: "packages" and "packages-dev" arrays of {name: "vendor/name", version}. */
function readComposerLock(path, text) {
    const c = new Collector(path, text, 'composer');
    const parsed = (0,_npm_js__WEBPACK_IMPORTED_MODULE_3__.parseJsonLockfile)(path, text, 'composer.lock');
    if (!parsed.json)
        return { kind: 'composer.lock', ecosystem: 'composer', packages: [], findings: parsed.findings };
    for (const section of ['packages', 'packages-dev']) {
        const list = parsed.json[section];
        if (!Array.isArray(list))
            continue;
        for (const p of list) {
            if (!isObj(p) || typeof p.name !== 'string' || typeof p.version !== 'string')
                continue;
            // The version as written ("v1.2.6"): generators keep it; the comparison ignores a "v" before a digit on both sides.
            const version = p.version;
            const [vendor, name] = p.name.includes('/')
                ? [p.name.slice(0, p.name.indexOf('/')), p.name.slice(p.name.indexOf('/') + 1)]
                : [undefined, p.name];
            c.add('composer', p.name, version, (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .buildPurl */ .Eq)('composer', vendor, name, version), c.near(`"name": "${p.name}"`), section === 'packages-dev' ? { dev: true } : {});
        }
    }
    return c.result('composer.lock');
}
/** packages.lock.json (NuGet): {"dependencies": {framework: {name: {type, resolved}}}}. */
function readNugetLock(path, text) {
    const c = new Collector(path, text, 'nuget');
    const parsed = (0,_npm_js__WEBPACK_IMPORTED_MODULE_3__.parseJsonLockfile)(path, text, 'packages.lock.json');
    if (!parsed.json)
        return { kind: 'packages.lock.json', ecosystem: 'nuget', packages: [], findings: parsed.findings };
    const frameworks = isObj(parsed.json.dependencies) ? parsed.json.dependencies : {};
    for (const deps of Object.values(frameworks)) {
        if (!isObj(deps))
            continue;
        for (const [name, entry] of Object.entries(deps)) {
            if (isObj(entry) && entry.type === 'Project')
                c.firstParty((0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .buildPurl */ .Eq)('nuget', undefined, name, ''));
            if (!isObj(entry) || typeof entry.resolved !== 'string' || entry.type === 'Project')
                continue;
            c.add('nuget', name, entry.resolved, (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .buildPurl */ .Eq)('nuget', undefined, name, entry.resolved), c.near(`"${name}"`), {
                direct: entry.type === 'Direct',
            });
        }
    }
    return c.result('packages.lock.json');
}
/** gradle.lockfile: "group:artifact:version=configurations" lines. */
function readGradleLockfile(path, text) {
    const c = new Collector(path, text, 'maven');
    text.split(/\r?\n/).forEach((line, i) => {
        const m = /^([^#\s:=]+):([^:=\s]+):([^:=\s]+)=/.exec(line);
        if (m)
            c.add('maven', `${m[1]}:${m[2]}`, m[3], (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .buildPurl */ .Eq)('maven', m[1], m[2], m[3]), i + 1);
    });
    return c.result('gradle.lockfile');
}
/** A POM element's text, trimmed; undefined when it is not text. */
function pomScalar(v) {
    return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : undefined;
}
/** The properties a POM's ${...} may name: its <properties>, its own and its in-file parent's coordinates. */
function pomProperties(project) {
    const parent = isObj(project.parent) ? project.parent : {};
    const props = new Map();
    const set = (k, v) => {
        const value = pomScalar(v);
        if (value !== undefined)
            props.set(k, value);
    };
    for (const [k, v] of Object.entries(parent))
        if (k === 'groupId' || k === 'artifactId' || k === 'version') {
            set(`project.parent.${k}`, v);
            set(`parent.${k}`, v);
        }
    if (isObj(project.properties))
        for (const [k, v] of Object.entries(project.properties))
            set(k, v);
    for (const k of ['groupId', 'artifactId', 'version']) {
        const v = pomScalar(project[k]) ?? props.get(`project.parent.${k}`);
        if (v !== undefined) {
            props.set(`project.${k}`, v);
            props.set(`pom.${k}`, v);
            if (k === 'version')
                props.set('version', v);
        }
    }
    return props;
}
/** Longest value a POM's ${...} may expand to: coordinates and versions are short. */
const MAX_POM_VALUE = 1000;
/**
 * One round of ${name} replaced from the properties; undefined once the value grows past MAX_POM_VALUE. Properties
 * that each name another several times would otherwise grow exponentially with the rounds (a 2 KB POM exhausted the
 * heap), so the length is checked as the value is built.
 */
function expandPomValue(v, props) {
    let out = '';
    let last = 0;
    // A name holds no "$", "{" or "}": a "${" that is not closed is given up at the next one, not scanned to the end.
    for (const m of v.matchAll(/\$\{([^${}]+)\}/g)) {
        out += v.slice(last, m.index) + (props.get(m[1]) ?? m[0]);
        last = m.index + m[0].length;
        if (out.length > MAX_POM_VALUE)
            return undefined;
    }
    out += v.slice(last);
    return out.length > MAX_POM_VALUE ? undefined : out;
}
/** The POM's <project>, or undefined after a finding when the file is refused (DOCTYPE), not XML or not a POM. */
function pomProject(c, path, text) {
    if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
        c.findings.push({
            severity: 'error',
            message: `${path} declares a DOCTYPE or entities, which a POM never needs; it was not read (entity expansion is refused) — remove the DOCTYPE`,
            file: path,
            line: c.lines.lineOf('<!') ?? 1,
        });
        return undefined;
    }
    const valid = fast_xml_parser__WEBPACK_IMPORTED_MODULE_6__/* .XMLValidator */ .iI.validate(text);
    if (valid !== true) {
        c.fail('XML', new Error(valid.err.msg), valid.err.line);
        return undefined;
    }
    const doc = new fast_xml_parser__WEBPACK_IMPORTED_MODULE_7__/* ["default"] */ .A({
        ignoreAttributes: true,
        parseTagValue: false,
        processEntities: false,
        isArray: (name) => name === 'dependency',
    }).parse(text);
    const project = isObj(doc.project) ? doc.project : undefined;
    if (!project)
        c.fail('a Maven POM', new Error('no <project> element'));
    return project;
}
/**
 * pom.xml, read as XML: the project's own <dependencies> (not those of build plugins, profiles or
 * dependencyManagement), with ${property} interpolation from <properties>, the project's and the in-file <parent>'s
 * coordinates, and versions managed in the file's <dependencyManagement>. What only Maven can resolve is said in one
 * notice and left out: a version inherited from a parent POM or an imported BOM (dependencyManagement entries of
 * scope import), a property defined outside the file, a version range.
 */
function readPom(path, text) {
    const c = new Collector(path, text, 'maven');
    const project = pomProject(c, path, text);
    if (!project)
        return c.result('pom.xml');
    const str = pomScalar;
    const props = pomProperties(project);
    const ownGroup = props.get('project.groupId');
    const ownArtifact = props.get('project.artifactId');
    if (ownGroup && ownArtifact)
        c.firstParty((0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .buildPurl */ .Eq)('maven', ownGroup, ownArtifact, ''));
    /** ${a} replaced from the properties, a few rounds deep (a property may refer to another); undefined if any is left. */
    const resolve = (raw) => {
        let v = raw;
        for (let round = 0; v !== undefined && v.includes('${') && round < 5; round++)
            v = expandPomValue(v, props);
        return v === undefined || v.includes('${') ? undefined : v;
    };
    const list = (holder) => {
        const deps = isObj(holder) ? holder.dependencies : undefined;
        const items = isObj(deps) ? deps.dependency : undefined;
        return Array.isArray(items) ? items.filter(isObj) : [];
    };
    // Versions managed in the file; imported BOMs manage versions only Maven can see.
    const managed = new Map();
    let imports = 0;
    for (const d of list(project.dependencyManagement)) {
        const g = resolve(str(d.groupId));
        const a = resolve(str(d.artifactId));
        if (!g || !a)
            continue;
        if (str(d.scope) === 'import')
            imports++;
        else
            managed.set(`${g}:${a}`, str(d.version));
    }
    const unresolved = [];
    let firstUnresolved;
    for (const d of list(project)) {
        const g = resolve(str(d.groupId));
        const a = resolve(str(d.artifactId));
        if (!g || !a)
            continue;
        const locate = c.near(`<artifactId>${str(d.artifactId)}</artifactId>`);
        const raw = str(d.version) ?? managed.get(`${g}:${a}`);
        const v = resolve(raw);
        if (!v || /^[[(]/.test(v)) {
            unresolved.push(`${g}:${a}${raw ? ` ${raw}` : ''}`);
            c.unresolved.add((0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .purlKey */ .hT)((0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .buildPurl */ .Eq)('maven', g, a, '')).key);
            firstUnresolved ??= locate();
            continue;
        }
        const extra = {};
        if (str(d.scope) === 'test')
            extra.dev = true;
        // <optional>true</optional> keeps a dependency from the project's consumers, not from the project: Maven resolves
        // it wherever the SBOM is made, so (unlike an npm optional package, maybe not installed there) it must be listed.
        c.add('maven', `${g}:${a}`, v, (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .buildPurl */ .Eq)('maven', g, a, v), locate, extra);
    }
    if (unresolved.length) {
        const why = [imports ? `${imports} imported BOM${imports === 1 ? '' : 's'}` : '', isObj(project.parent) ? 'the parent POM' : '']
            .filter(Boolean)
            .join(' or ');
        c.findings.push({
            severity: 'notice',
            message: `${path}: ${unresolved.length} dependenc${unresolved.length === 1 ? 'y has' : 'ies have'} a version this gate cannot resolve without Maven (${unresolved.slice(0, 3).join(', ')}${unresolved.length > 3 ? ', …' : ''})${why ? `: it comes from ${why}, a property defined elsewhere or a range` : ''}; they are not compared with the SBOM — give those versions in this pom.xml (in the dependency or its <dependencyManagement>) to have them compared`,
            file: path,
            ...(firstUnresolved !== undefined ? { line: firstUnresolved } : {}),
        });
    }
    // The POM declares the direct dependencies; what they pull in is Maven's to resolve, and SBOMs list it.
    return c.result('pom.xml', true);
}


/***/ })

};
