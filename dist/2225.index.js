export const id = 2225;
export const ids = [2225,3064];
export const modules = {

/***/ 93326:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var scan = __webpack_require__(86849)
var parse = __webpack_require__(25501)

module.exports = function (source) {
  return parse(scan(source))
}


/***/ }),

/***/ 25501:
/***/ ((module) => {



// The ABNF grammar in the spec is totally ambiguous.
//
// This parser follows the operator precedence defined in the
// `Order of Precedence and Parentheses` section.

module.exports = function (tokens) {
  var index = 0

  function hasMore () {
    return index < tokens.length
  }

  function token () {
    return hasMore() ? tokens[index] : null
  }

  function next () {
    if (!hasMore()) {
      throw new Error()
    }
    index++
  }

  function parseOperator (operator) {
    var t = token()
    if (t && t.type === 'OPERATOR' && operator === t.string) {
      next()
      return t.string
    }
  }

  function parseWith () {
    if (parseOperator('WITH')) {
      var t = token()
      if (t && t.type === 'EXCEPTION') {
        next()
        return t.string
      }
      throw new Error('Expected exception after `WITH`')
    }
  }

  function parseLicenseRef () {
    // TODO: Actually, everything is concatenated into one string
    // for backward-compatibility but it could be better to return
    // a nice structure.
    var begin = index
    var string = ''
    var t = token()
    if (t.type === 'DOCUMENTREF') {
      next()
      string += 'DocumentRef-' + t.string + ':'
      if (!parseOperator(':')) {
        throw new Error('Expected `:` after `DocumentRef-...`')
      }
    }
    t = token()
    if (t === null) {
      throw new Error('Unexpected end of input')
    }
    if (t.type === 'LICENSEREF') {
      next()
      string += 'LicenseRef-' + t.string
      var node = { license: string }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
    index = begin
  }

  function parseLicense () {
    var t = token()
    if (t && t.type === 'LICENSE') {
      next()
      var node = { license: t.string }
      if (parseOperator('+')) {
        node.plus = true
      }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
  }

  function parseParenthesizedExpression () {
    var left = parseOperator('(')
    if (!left) {
      return
    }

    var expr = parseExpression()

    if (!parseOperator(')')) {
      throw new Error('Expected `)`')
    }

    return expr
  }

  function parseAtom () {
    return (
      parseParenthesizedExpression() ||
      parseLicenseRef() ||
      parseLicense()
    )
  }

  function makeBinaryOpParser (operator, nextParser) {
    return function parseBinaryOp () {
      var left = nextParser()
      if (!left) {
        return
      }

      if (!parseOperator(operator)) {
        return left
      }

      var right = parseBinaryOp()
      if (!right) {
        throw new Error('Expected expression')
      }
      return {
        left: left,
        conjunction: operator.toLowerCase(),
        right: right
      }
    }
  }

  var parseAnd = makeBinaryOpParser('AND', parseAtom)
  var parseExpression = makeBinaryOpParser('OR', parseAnd)

  var node = parseExpression()
  if (!node || hasMore()) {
    throw new Error('Syntax error')
  }
  return node
}


/***/ }),

/***/ 86849:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var licenses = []
  .concat(__webpack_require__(75204))
  .concat(__webpack_require__(3389))
var exceptions = __webpack_require__(53988)

module.exports = function (source) {
  var index = 0

  function hasMore () {
    return index < source.length
  }

  // `value` can be a regexp or a string.
  // If it is recognized, the matching source string is returned and
  // the index is incremented. Otherwise `undefined` is returned.
  function read (value) {
    if (value instanceof RegExp) {
      var chars = source.slice(index)
      var match = chars.match(value)
      if (match) {
        index += match[0].length
        return match[0]
      }
    } else {
      if (source.indexOf(value, index) === index) {
        index += value.length
        return value
      }
    }
  }

  function skipWhitespace () {
    read(/[ ]*/)
  }

  function operator () {
    var string
    var possibilities = [/^WITH/i, /^AND/i, /^OR/i, '(', ')', ':', '+']
    for (var i = 0; i < possibilities.length; i++) {
      string = read(possibilities[i])
      if (string) {
        break
      }
    }

    if (string === '+' && index > 1 && source[index - 2] === ' ') {
      throw new Error('Space before `+`')
    }

    return string && {
      type: 'OPERATOR',
      string: string.toUpperCase()
    }
  }

  function idstring () {
    return read(/[A-Za-z0-9-.]+/)
  }

  function expectIdstring () {
    var string = idstring()
    if (!string) {
      throw new Error('Expected idstring at offset ' + index)
    }
    return string
  }

  function documentRef () {
    if (read('DocumentRef-')) {
      var string = expectIdstring()
      return { type: 'DOCUMENTREF', string: string }
    }
  }

  function licenseRef () {
    if (read('LicenseRef-')) {
      var string = expectIdstring()
      return { type: 'LICENSEREF', string: string }
    }
  }

  function identifier () {
    var begin = index
    var string = idstring()

    if (licenses.indexOf(string) !== -1) {
      return {
        type: 'LICENSE',
        string: string
      }
    } else if (exceptions.indexOf(string) !== -1) {
      return {
        type: 'EXCEPTION',
        string: string
      }
    }

    index = begin
  }

  // Tries to read the next token. Returns `undefined` if no token is
  // recognized.
  function parseToken () {
    // Ordering matters
    return (
      operator() ||
      documentRef() ||
      licenseRef() ||
      identifier()
    )
  }

  var tokens = []
  while (hasMore()) {
    skipWhitespace()
    if (!hasMore()) {
      break
    }

    var token = parseToken()
    if (!token) {
      throw new Error('Unexpected `' + source[index] +
                      '` at offset ' + index)
    }

    tokens.push(token)
  }
  return tokens
}


/***/ }),

/***/ 77542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P8: () => (/* binding */ basename),
/* harmony export */   VV: () => (/* binding */ readLockfileOfKind),
/* harmony export */   dD: () => (/* binding */ LOCKFILE_NAMES)
/* harmony export */ });
/* unused harmony exports unknownLockfile, readerFailed */
const npm = async () => (await __webpack_require__.e(/* import() */ 3064).then(__webpack_require__.bind(__webpack_require__, 63064))).readPackageLock;
const other = async (name) => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1893), __webpack_require__.e(9090), __webpack_require__.e(7799)]).then(__webpack_require__.bind(__webpack_require__, 77799)))[name];
const toml = (ecosystem, kind) => async () => (await other('readTomlPackages'))(ecosystem, kind);
/** File names (basename) of the lockfiles read, and their readers. */
const LOADERS = {
    'package-lock.json': npm,
    'npm-shrinkwrap.json': npm,
    'yarn.lock': () => other('readYarnLock'),
    'pnpm-lock.yaml': () => other('readPnpmLock'),
    'requirements.txt': () => other('readRequirements'),
    'poetry.lock': toml('pypi', 'poetry.lock'),
    'uv.lock': toml('pypi', 'uv.lock'),
    'Pipfile.lock': () => other('readPipfileLock'),
    'Cargo.lock': toml('cargo', 'Cargo.lock'),
    'go.sum': () => other('readGoSum'),
    'go.mod': () => other('readGoMod'),
    'Gemfile.lock': () => other('readGemfileLock'),
    'composer.lock': () => other('readComposerLock'),
    'packages.lock.json': () => other('readNugetLock'),
    'gradle.lockfile': () => other('readGradleLockfile'),
    'pom.xml': () => other('readPom'),
};
/** The lockfile names auto-discovery looks for, anywhere in the repository. */
const LOCKFILE_NAMES = Object.keys(LOADERS);
/** What a file that is no lockfile this gate reads gives. */
function unknownLockfile(path) {
    return {
        kind: 'unknown',
        packages: [],
        findings: [
            {
                severity: 'error',
                message: `${path} is not a lockfile this gate reads (known: ${LOCKFILE_NAMES.join(', ')}) — name only these in \`lockfiles\`, or use lockfiles: auto`,
                file: path,
            },
        ],
    };
}
/** A reader that threw: a reader bug or a pathological file, reported on the file rather than crashing the gate. */
function readerFailed(path, e) {
    return {
        kind: basename(path),
        packages: [],
        findings: [
            {
                severity: 'error',
                message: `${path} could not be read: ${e.message} — regenerate it with its package manager and run the check again; if it still fails, report it with the file`,
                file: path,
                line: 1,
            },
        ],
    };
}
/**
 * What one lockfile pins, its reader loaded first. Never throws on a malformed file. `as` names the kind when the
 * file's own name does not (a requirements file that another one includes: requirements/base.txt).
 */
async function readLockfileOfKind(path, text, as = basename(path)) {
    const load = Object.hasOwn(LOADERS, as) ? LOADERS[as] : undefined;
    if (!load)
        return unknownLockfile(path);
    const reader = await load();
    try {
        return reader(path, text);
    }
    catch (e) {
        return readerFailed(path, e);
    }
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}


/***/ }),

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

/***/ 79995:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   em: () => (/* binding */ isLockfile),
/* harmony export */   tZ: () => (/* binding */ autoLockfilesAtHead),
/* harmony export */   yz: () => (/* binding */ lockfilesDeleted)
/* harmony export */ });
/* unused harmony exports LOCKFILE_IGNORED_DIRS, LOCKFILE_GLOBS */
/* harmony import */ var _parsers_lockfiles_kinds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77542);
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95211);


// Where lockfiles are looked for with `lockfiles: auto`: shared by the gates that read lockfiles (the SBOM drift
// check, the SOUP inventory). Which lockfiles exist and how each is read is the parsers' (parsers/lockfiles).
/** Folders never searched in auto-discovery: vendored or installed dependencies carry their own lockfiles. */
const LOCKFILE_IGNORED_DIRS = ['node_modules', 'vendor', '.git'];
/** Globs for auto-discovery. */
const LOCKFILE_GLOBS = _parsers_lockfiles_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .LOCKFILE_NAMES */ .dD.map((n) => `**/${n}`);
const ignored = (0,_util_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .globMatcher */ .f)(LOCKFILE_IGNORED_DIRS.map((d) => `**/${d}/**`));
const names = new Set(_parsers_lockfiles_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .LOCKFILE_NAMES */ .dD);
/** True for a path auto-discovery takes as a lockfile. */
function isLockfile(path) {
    return names.has(path.slice(path.lastIndexOf('/') + 1)) && !ignored(path);
}
/** The lockfiles auto-discovery finds at head, sorted; a go.sum with its go.mod beside it is left out. */
async function autoLockfilesAtHead(facts) {
    const all = (await facts.listAtHead([...LOCKFILE_GLOBS])).filter(isLockfile);
    // go.sum keeps checksums of versions the build no longer uses; go.mod beside it is the list that counts.
    const goMods = new Set(all.filter((p) => p === 'go.mod' || p.endsWith('/go.mod')));
    return all.filter((p) => !(p === 'go.sum' || p.endsWith('/go.sum')) || !goMods.has(p.replace(/go\.sum$/, 'go.mod'))).sort();
}
/**
 * The lockfiles a pull request deleted that auto-discovery would have read, where no lockfile is left at head in
 * their folder (a move to another lockfile — npm to pnpm — leaves one; a rename carries its file along).
 */
function lockfilesDeleted(changed, atHead) {
    const folder = (path) => path.slice(0, path.lastIndexOf('/') + 1);
    const foldersAtHead = new Set(atHead.map(folder));
    return changed
        .filter((f) => f.status === 'removed' && isLockfile(f.path) && !foldersAtHead.has(folder(f.path)))
        .map((f) => f.path)
        .sort();
}


/***/ }),

/***/ 42225:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MAX_FILE_BYTES: () => (/* reexport */ options/* DEFAULT_MAX_FILE_BYTES */.CR),
  DEFAULT_SBOM_GLOBS: () => (/* reexport */ options/* DEFAULT_SBOM_GLOBS */.cC),
  MAX_INCLUDED_LOCKFILES: () => (/* binding */ MAX_INCLUDED_LOCKFILES),
  SBOM_SIZES: () => (/* binding */ SBOM_SIZES),
  SbomOptions: () => (/* reexport */ options/* SbomOptions */.w2),
  sbom: () => (/* binding */ sbom_sbom)
});

// EXTERNAL MODULE: ./lib/core/rule.js
var rule = __webpack_require__(7849);
// EXTERNAL MODULE: ./lib/rules/sbom/rule.js
var sbom_rule = __webpack_require__(24927);
// EXTERNAL MODULE: ./lib/parsers/lockfiles/kinds.js
var kinds = __webpack_require__(77542);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./lib/parsers/lockfiles/job.js
var job = __webpack_require__(43342);
// EXTERNAL MODULE: ./lib/parsers/lockfiles/packed.js
var lockfiles_packed = __webpack_require__(58389);
;// CONCATENATED MODULE: ./lib/parsers/lockfiles/concurrent.js




// A large package-lock.json read on a second core: its parse and its purls (about 0.5 s of CPU at 100,000 packages)
// run in a worker thread while the main thread validates the SBOM. Text in, the same LockfileResult out (packed.ts says
// how it crosses back). The worker is the bundle's entry file re-entered with LOCKFILE_JOB as its workerData (as the
// action's evaluation worker is; src/action.ts marks the entry for this module); where there is no bundle (the
// sources under a test runner) and for small or other lockfiles, the file is read in this thread. A worker that
// fails, or stops before it answers, is an error finding on the file: never a lockfile that pins nothing.

/** Lockfiles shorter than this (characters) are read in this thread: a worker's start would cost more than it saves. */
const WORKER_FROM_CHARS = 1 << 20;
const WORKER_KINDS = new Set(['package-lock.json', 'npm-shrinkwrap.json']);
/**
 * Given once, with purls or without; listeners run when it is given (at once, not in a later turn: the worker then
 * starts while the thread that gave it goes on with its work).
 */
class Signal {
    given;
    listeners = [];
    give(purls) {
        if (this.given)
            return;
        this.given = purls ? { purls } : {};
        for (const listener of this.listeners.splice(0))
            listener(purls);
    }
    listen(listener) {
        if (this.given)
            listener(this.given.purls);
        else
            this.listeners.push(listener);
    }
}
/**
 * What one lockfile pins, a large package-lock.json read in a worker thread. Call it, then do other work: the
 * promise settles when the worker answers. Never rejects on a malformed file or a failed worker (a finding says so).
 */
function readLockfileConcurrently(path, text, opts = {}) {
    const start = opts.start ?? entryWorker();
    if (!start || !WORKER_KINDS.has((0,kinds/* basename */.P8)(path)) || text.length < (opts.fromChars ?? WORKER_FROM_CHARS))
        return (0,kinds/* readLockfileOfKind */.VV)(path, text);
    return new Promise((resolve) => {
        let settled = false;
        // The first answer, error or exit settles it; the worker is ended then, and anything after is ignored.
        const settle = (result) => {
            if (settled)
                return;
            settled = true;
            void worker.terminate();
            resolve(result());
        };
        const failed = (why) => settle(() => workerFailed(path, why));
        const worker = start();
        // Waiting for its work, the worker does not keep the process alive (should the caller never give the signal,
        // a failed run still ends); once it has work, it does until it answers.
        worker.unref();
        worker.on('message', (packed) => settle(() => {
            try {
                return (0,lockfiles_packed/* unpackLockfile */.Kp)(packed, text);
            }
            catch (e) {
                return workerFailed(path, `its answer could not be read (${e.message})`);
            }
        }));
        worker.on('error', (e) => failed(`failed: ${e instanceof Error ? e.message : String(e)}`));
        worker.on('exit', (code) => failed(`stopped (exit code ${code}) before answering`));
        // The lockfile, and what to answer with (measured: handing the lockfile over at once, to be parsed while this
        // thread parses its SBOM, was no faster than with the signal, and took more CPU time).
        const post = (purls) => {
            if (settled)
                return;
            try {
                worker.ref();
                worker.postMessage({ path, text });
                worker.postMessage(purls ? { purls: (0,lockfiles_packed/* packPurls */.sW)(purls) } : {});
            }
            catch (e) {
                failed(`could not be handed the lockfile (${e.message})`);
            }
        };
        if (opts.after)
            opts.after.listen(post);
        else
            post();
    });
}
function entryWorker() {
    const entry = globalThis[job/* ENTRY_URL */.V];
    if (typeof entry !== 'string')
        return undefined;
    return () => new external_node_worker_threads_.Worker(new URL(entry), { workerData: { kind: job/* LOCKFILE_JOB */.y } });
}
function workerFailed(path, why) {
    return {
        kind: (0,kinds/* basename */.P8)(path),
        packages: [],
        findings: [
            {
                severity: 'error',
                message: `${path} could not be read: the worker thread reading it ${why}, so the drift check has nothing to compare — run the check again; if it fails again, report it`,
                file: path,
                line: 1,
            },
        ],
    };
}

// EXTERNAL MODULE: ./lib/rules/common/lockfile-sources.js
var lockfile_sources = __webpack_require__(79995);
// EXTERNAL MODULE: ./lib/parsers/sbom/index.js + 13 modules
var sbom = __webpack_require__(90792);
// EXTERNAL MODULE: ./lib/util/version.js
var util_version = __webpack_require__(82352);
// EXTERNAL MODULE: ./node_modules/spdx-expression-parse/index.js
var spdx_expression_parse = __webpack_require__(93326);
;// CONCATENATED MODULE: ./lib/rules/sbom/licenses.js

// Licence policy over SPDX expressions: a component fails when its licences cannot be satisfied without a
// denied licence. Every licence entry of a component applies (they are ANDed); within an expression, OR offers
// a choice. A denied id also denies its -only/-or-later/"+" forms: "AGPL-3.0-only" denies "AGPL-3.0-or-later".
function licenseFamily(id) {
    return id
        .replace(/\+$/, '')
        .replace(/-(only|or-later)$/, '')
        .toLowerCase();
}
/** The licence ids a policy entry names; throws with a message for an entry that is not an SPDX expression. */
function deniedFamilies(deny) {
    const out = new Set();
    for (const entry of deny) {
        let tree;
        try {
            tree = spdx_expression_parse(entry);
        }
        catch {
            throw new Error(`licenses.deny entry "${entry}" is not an SPDX license id or expression — use ids from https://spdx.org/licenses/`);
        }
        for (const leaf of leaves(tree))
            out.add(licenseFamily(leaf));
    }
    return out;
}
function leaves(node) {
    return 'license' in node ? [node.license] : [...leaves(node.left), ...leaves(node.right)];
}
/** The denied licences a component cannot avoid, or [] when its licences can be satisfied without any. */
function unavoidableDenied(licenses, denied) {
    const hits = new Set();
    for (const expression of licenses) {
        let tree;
        try {
            tree = spdx_expression_parse(expression);
        }
        catch {
            // A licence name rather than an SPDX expression: denied only when it is literally a denied id.
            if (denied.has(licenseFamily(expression.trim())))
                hits.add(expression.trim());
            continue;
        }
        const forced = forcedDenied(tree, denied);
        if (forced)
            for (const f of forced)
                hits.add(f);
    }
    return [...hits];
}
/** undefined when the expression can be satisfied without a denied licence; else the denied ids it forces. */
function forcedDenied(node, denied) {
    if ('license' in node)
        return denied.has(licenseFamily(node.license)) ? [node.license + (node.plus ? '+' : '')] : undefined;
    const l = forcedDenied(node.left, denied);
    const r = forcedDenied(node.right, denied);
    if (node.conjunction === 'or')
        return l && r ? [...l, ...r] : undefined;
    return l || r ? [...(l ?? []), ...(r ?? [])] : undefined;
}

// EXTERNAL MODULE: ./lib/rules/common/sbom-sources.js
var sbom_sources = __webpack_require__(25635);
// EXTERNAL MODULE: ./lib/util/glob.js + 1 modules
var util_glob = __webpack_require__(95211);
// EXTERNAL MODULE: ./lib/util/text.js
var util_text = __webpack_require__(28805);
// EXTERNAL MODULE: ./lib/rules/common/read-file.js
var read_file = __webpack_require__(13384);
// EXTERNAL MODULE: ./lib/parsers/lockfiles/purl.js
var lockfiles_purl = __webpack_require__(9196);
;// CONCATENATED MODULE: ./lib/rules/sbom/drift.js


// Drift: every package a lockfile pins is in an SBOM with the same version (by purl, else by name), and every
// SBOM component of a locked ecosystem is still pinned by some lockfile. Linear: one index per side.
const MAX_DRIFT_FINDINGS = 25;
/** Drift findings of one kind beyond MAX_DRIFT_FINDINGS, counted in one finding ("and 12 more <what>"); none if within. */
function countedBeyond(total, what, regenerate) {
    if (total <= MAX_DRIFT_FINDINGS)
        return [];
    return [{ severity: 'error', message: `and ${total - MAX_DRIFT_FINDINGS} more ${what}`, action: regenerate }];
}
function compareWithLockfiles(docs, locks) {
    // Exact purl strings first (what one generator writes for what one lockfile pins), looked up in each lockfile's
    // index by purl — the reader's own where it has one, so a large SBOM and lockfile cost one lookup per component;
    // the normalized index (decoded, case-folded per ecosystem, by name when there is no purl) is built only if
    // something is left over. Components are numbered across the documents.
    const components = [];
    const docOf = [];
    const [sbomNames, lockNames] = [docs, locks].map((files) => (0,util_text/* shortList */.pg)(files.map((f) => f.path), 3));
    const regenerate = { text: `Regenerate ${sbomNames} from ${lockNames} and commit it in this pull request` };
    const regenerated = new Set();
    for (const doc of docs) {
        for (const component of doc.components) {
            components.push(component);
            docOf.push(doc);
        }
    }
    // Exact matches made by a lockfile's reader are used when they are of these very components.
    const exact = locks.map((lock) => lock.exact && docs.length === 1 && lock.exact.accounted.length === components.length ? lock.exact : undefined);
    const lockIndexes = locks.map((lock, l) => (exact[l] ? undefined : (lock.byPurl ?? firstByPurl(lock.packages))));
    const { matched, accounted } = exactMatches(components, locks, lockIndexes, exact);
    /** Once the normalized index is built: the version each component is matched by, its purl's, else its own. */
    let index;
    const versionOf = (i) => (index ? index.versions[i] : components[i].version);
    // The ecosystems a complete lockfile covers: any component of theirs must be pinned.
    const ecosystems = new Set(locks.flatMap((l) => (l.ecosystem && !l.directOnly ? [l.ecosystem] : [])));
    const missing = [];
    const mismatched = [];
    let missingTotal = 0;
    let missingOptional = 0;
    let mismatchTotal = 0;
    const seen = new Set();
    let required; // purls some lockfile pins as required, once an optional pin is missing
    for (let l = 0; l < locks.length; l++) {
        const lock = locks[l];
        for (let j = 0; j < lock.packages.length; j++) {
            const pkg = lock.packages[j];
            if (!lock.directOnly)
                ecosystems.add(pkg.ecosystem);
            // Listed exactly (a purl there twice is looked up at its first place); only the rest is looked at, once per purl.
            if (matched[l][lock.byPurl || exact[l] ? j : lockIndexes[l].get(pkg.purl)])
                continue;
            if (seen.has(pkg.purl))
                continue;
            // Optional here but required by another lockfile: that place decides (an error if it is missing, not a warning).
            if (pkg.optional === true && (required ??= requiredPurls(locks)).has(pkg.purl))
                continue;
            seen.add(pkg.purl);
            const k = (0,lockfiles_purl/* purlKey */.hT)(pkg.purl);
            if (!k)
                continue;
            index ??= normalizedIndex(components);
            const candidates = index.byKey.get(k.key) ?? index.byName.get(pkg.name.toLowerCase()) ?? [];
            const same = candidates.filter((i) => versionOf(i) === k.version || versionOf(i) === pkg.version || pkg.otherVersions?.includes(versionOf(i)));
            if (same.length) {
                for (const i of same)
                    accounted[i] = 1;
                continue;
            }
            if (candidates.length === 0) {
                // Missing pins are listed up to MAX_DRIFT_FINDINGS errors (then counted) and MAX_DRIFT_FINDINGS optional
                // warnings (the rest dropped).
                const shown = pkg.optional === true ? ++missingOptional : ++missingTotal;
                if (shown <= MAX_DRIFT_FINDINGS)
                    missing.push(missingFinding(lock.path, pkg, sbomNames, regenerate));
                continue;
            }
            // Listed under other versions: a version mismatch, reported once here rather than also as extras.
            for (const i of candidates)
                accounted[i] = 1;
            if (++mismatchTotal <= MAX_DRIFT_FINDINGS) {
                const first = candidates[0];
                const listed = [...new Set(candidates.map((i) => versionOf(i) ?? '(no version)'))];
                mismatched.push(mismatchFinding(lock.path, pkg, listed, docOf[first].path, components[first].pointer, regenerate));
            }
        }
    }
    const findings = [
        ...mismatched,
        ...missing,
        ...countedBeyond(mismatchTotal, 'version mismatches between the lockfiles and the SBOM', regenerate),
        ...countedBeyond(missingTotal, 'locked packages missing from the SBOM', regenerate),
    ];
    const { sbomIssues, extraTotal } = staleComponents(components, docOf, accounted, ecosystems, locks, versionOf, lockNames, regenerated);
    findings.push(...countedBeyond(extraTotal, 'SBOM components that no lockfile pins', regenerate));
    const contradicting = selfContradictions(components, docOf, lockedTypes(ecosystems, locks), sbomIssues, regenerated);
    findings.push(...countedBeyond(contradicting, 'SBOM components whose version and purl differ', regenerate));
    return { findings, sbomIssues, regenerate: { issues: regenerated, action: regenerate } };
}
/**
 * Components listed under the exact purl a lockfile pins: those components are accounted for, those pins matched.
 * A lockfile whose reader made the matches (`exact`) adds its own; the others are looked up in their index.
 */
function exactMatches(components, locks, lockIndexes, exact) {
    const matched = locks.map((lock, l) => exact[l]?.matched ?? new Uint8Array(lock.packages.length));
    const accounted = new Uint8Array(components.length);
    const looked = [];
    for (let l = 0; l < locks.length; l++) {
        const made = exact[l]?.accounted;
        if (!made)
            looked.push(l);
        else
            for (let i = 0; i < made.length; i++)
                accounted[i] |= made[i];
    }
    if (looked.length === 0)
        return { matched, accounted };
    for (let i = 0; i < components.length; i++) {
        const purl = components[i].purl;
        if (purl === undefined)
            continue;
        for (const l of looked) {
            const j = lockIndexes[l].get(purl);
            if (j === undefined)
                continue;
            accounted[i] = 1;
            matched[l][j] = 1;
        }
    }
    return { matched, accounted };
}
function normalizedIndex(components) {
    const byKey = new Map();
    const byName = new Map();
    const versions = [];
    for (let i = 0; i < components.length; i++) {
        const component = components[i];
        const k = component.purl ? (0,lockfiles_purl/* purlKey */.hT)(component.purl) : undefined;
        versions.push(k ? (k.version ?? component.version) : component.version);
        const map = k ? byKey : byName;
        const key = k ? k.key : component.name.toLowerCase();
        const list = map.get(key);
        if (list)
            list.push(i);
        else
            map.set(key, [i]);
    }
    return { byKey, byName, versions };
}
/** A pinned package the SBOM lists under other versions: the SBOM is stale. */
function mismatchFinding(lockPath, pkg, listed, sbomPath, pointer, regenerate) {
    const f = {
        severity: 'error',
        message: `${lockPath} pins ${pkg.name} ${pkg.version}, but ${sbomPath} lists ${pkg.name} ${(0,util_text/* listing */.RR)(listed)} (${pointer}) — the SBOM is stale: regenerate it from this lockfile and commit it`,
        file: lockPath,
        action: regenerate,
    };
    if (pkg.line !== undefined)
        f.line = pkg.line;
    return f;
}
/** A pinned package no SBOM lists: an error, a warning when the package is optional. */
function missingFinding(lockPath, pkg, sbomNames, regenerate) {
    const optional = pkg.optional === true;
    const f = {
        severity: optional ? 'warning' : 'error',
        message: `${lockPath} pins ${pkg.name} ${pkg.version}${optional ? ' (optional)' : ''}, which the SBOM (${sbomNames}) does not list — regenerate the SBOM from this lockfile and commit it`,
        file: lockPath,
        action: regenerate,
    };
    if (optional)
        f.message +=
            '; optional packages that are not installed on the machine that generates the SBOM are often left out, so this is a warning';
    if (pkg.line !== undefined)
        f.line = pkg.line;
    return f;
}
/** Components of a locked ecosystem that no lockfile pins any more, as issues of their SBOM (the first few). */
function staleComponents(components, docOf, accounted, ecosystems, locks, versionOf, lockNames, regenerated) {
    // Components of a locked ecosystem that no lockfile pins any more. Not stale: the project's own packages, and a
    // variant of a pinned package (the same name and version with other qualifiers, e.g. a gem per platform).
    const sbomIssues = new Map();
    let extraTotal = 0;
    let pinnedKeys;
    let namedDirect;
    const firstParty = new Set(locks.flatMap((l) => [...(l.firstParty ?? []), ...(l.unresolved ?? [])]));
    for (let i = 0; i < components.length; i++) {
        const component = components[i];
        if (accounted[i] || !component.purl)
            continue;
        const type = component.purl.slice(4, component.purl.indexOf('/', 4)).replace(/^\/+/, '').toLowerCase();
        const k = (0,lockfiles_purl/* purlKey */.hT)(component.purl);
        if (!ecosystems.has(type)) {
            // Of an ecosystem only a file of direct dependencies covers: stale only if that file names the package.
            namedDirect ??= directKeys(locks);
            if (!k || !namedDirect.has(k.key))
                continue;
        }
        if (k && firstParty.has(k.key))
            continue;
        if (k) {
            pinnedKeys ??= keysWithVersions(locks);
            if (pinnedKeys.has(`${k.key}@${k.version ?? component.version ?? ''}`))
                continue;
        }
        if (++extraTotal > MAX_DRIFT_FINDINGS)
            continue;
        addRegenerateIssue(sbomIssues, regenerated, docOf[i], {
            severity: 'error',
            message: `${component.pointer}: lists ${component.name} ${versionOf(i) ?? '(no version)'} (${component.purl}), which no lockfile pins any more (${lockNames}) — regenerate the SBOM so it matches what is locked`,
            pointer: component.pointer,
            line: component.line,
        });
    }
    return { sbomIssues, extraTotal };
}
/** The purl identities ("maven/group/name") that files of direct dependencies name (see LockfileRead.directOnly). */
function directKeys(locks) {
    const keys = new Set();
    for (const lock of locks) {
        if (!lock.directOnly)
            continue;
        for (const pkg of lock.excluded ? [...lock.packages, ...lock.excluded] : lock.packages) {
            const k = (0,lockfiles_purl/* purlKey */.hT)(pkg.purl);
            if (k)
                keys.add(k.key);
        }
    }
    return keys;
}
/**
 * Components of a locked ecosystem whose `version` is not the version their purl names. Matching goes by the purl,
 * so such a component (a hand edit, a merge of two generations) passed while its version field, what readers of
 * the SBOM see, was stale. Versions are compared as purlKey normalizes them (decoded; Go's and composer's "v").
 * Returns how many there are; the first MAX_DRIFT_FINDINGS are issues of their SBOMs.
 */
function selfContradictions(components, docOf, types, sbomIssues, regenerated) {
    let total = 0;
    for (let i = 0; i < components.length; i++) {
        const { purl, version } = components[i];
        if (purl === undefined || version === undefined)
            continue;
        // The common case, without parsing: the purl's text ends its name with "@" and this very version.
        const end = purl.search(/[?#]/);
        const core = end === -1 ? purl : purl.slice(0, end);
        if (core.endsWith(`@${version}`))
            continue;
        const k = (0,lockfiles_purl/* purlKey */.hT)(purl);
        if (!k?.version || !types.has(k.type))
            continue;
        const own = (0,lockfiles_purl/* purlKey */.hT)(`pkg:${k.type}/x@${encodeURIComponent(version)}`)?.version;
        if (own === k.version || ++total > MAX_DRIFT_FINDINGS)
            continue;
        const component = components[i];
        const doc = docOf[i];
        const field = doc.encoding !== 'json' ? undefined : doc.family === 'spdx' ? 'versionInfo' : 'version';
        const issue = {
            severity: 'error',
            message: `${component.pointer}: lists ${component.name} ${version}, but its purl ${purl} names version ${k.version} — the component contradicts itself (a hand edit or a merge?): regenerate the SBOM`,
            ...(field ? { pointer: `${component.pointer}/${field}` } : { pointer: component.pointer, line: component.line }),
        };
        addRegenerateIssue(sbomIssues, regenerated, doc, issue);
    }
    return total;
}
/** An issue of `doc` that regenerating the SBOM fixes. */
function addRegenerateIssue(sbomIssues, regenerated, doc, issue) {
    const issues = sbomIssues.get(doc);
    if (issues)
        issues.push(issue);
    else
        sbomIssues.set(doc, [issue]);
    regenerated.add(issue);
}
/** Every purl type a lockfile pins, complete or direct-only. */
function lockedTypes(ecosystems, locks) {
    const types = new Set(ecosystems);
    for (const lock of locks)
        if (lock.ecosystem)
            types.add(lock.ecosystem);
    return types;
}
/** The purls of the packages some lockfile pins as required (not optional). */
function requiredPurls(locks) {
    const purls = new Set();
    for (const lock of locks)
        for (const pkg of lock.packages)
            if (pkg.optional !== true)
                purls.add(pkg.purl);
    return purls;
}
/** Each purl's first place in `packages`. */
function firstByPurl(packages) {
    const index = new Map();
    packages.forEach((pkg, i) => {
        if (!index.has(pkg.purl))
            index.set(pkg.purl, i);
    });
    return index;
}
/** Every locked package as "type/namespace/name@version", normalized as purlKey does. */
function keysWithVersions(locks) {
    const keys = new Set();
    for (const lock of locks) {
        for (const pkg of lock.excluded ? [...lock.packages, ...lock.excluded] : lock.packages) {
            const k = (0,lockfiles_purl/* purlKey */.hT)(pkg.purl);
            if (k)
                keys.add(`${k.key}@${k.version ?? pkg.version}`);
            if (k && pkg.otherVersions)
                for (const v of pkg.otherVersions)
                    keys.add(`${k.key}@${v}`);
        }
    }
    return keys;
}

;// CONCATENATED MODULE: ./lib/rules/sbom/elements.js

// NTIA minimum elements, FDA support data and licence policy, per document. Lists are capped; the last
// finding of a capped list says how many more there are.
const MAX_COMPONENT_FINDINGS = 25;
function label(c) {
    const name = c.group && c.name && !c.name.startsWith(`${c.group}/`) ? `${c.group}/${c.name}` : c.name || '(no name)';
    return `"${name}${c.version ? `@${c.version}` : ''}"`;
}
function cappedPerComponent(found, total, what) {
    if (total > found.length)
        found.push({
            severity: 'error',
            message: `and ${total - found.length} more components ${what} (${total} in all) — not listed one by one`,
            pointer: '',
        });
    return found;
}
function ntiaIssues(doc) {
    const out = [];
    const cdx = doc.family === 'cyclonedx';
    if (doc.authors.length === 0) {
        out.push({
            severity: 'error',
            message: cdx
                ? 'names no author of the SBOM data (NTIA minimum element): add metadata.authors, metadata.tools or metadata.manufacturer — most generators fill metadata.tools'
                : 'names no creator (NTIA "author of SBOM data"): add creationInfo.creators (Tool:, Organization: or Person:)',
            pointer: cdx ? '/metadata' : '/creationInfo',
            ...(doc.encoding === 'tag-value' ? { line: 1 } : {}),
        });
    }
    if (!doc.timestamp) {
        out.push({
            severity: 'error',
            message: cdx
                ? 'has no metadata.timestamp (NTIA "timestamp") — regenerate the SBOM; generators set it'
                : 'has no creationInfo.created (NTIA "timestamp") — regenerate the SBOM',
            pointer: cdx ? '/metadata' : '/creationInfo',
            ...(doc.encoding === 'tag-value' ? { line: 1 } : {}),
        });
    }
    let total = 0;
    const listed = [];
    for (const c of doc.components) {
        const missing = [];
        if (!c.name)
            missing.push('name');
        if (!c.version && !c.versionRange)
            missing.push('version');
        if (!c.supplier)
            missing.push(cdx ? 'supplier (or manufacturer, authors, author, publisher)' : 'supplier (or originator)');
        if (!c.purl && !c.cpe && !c.swid)
            missing.push('a unique identifier (purl, CPE or SWID)');
        if (missing.length === 0)
            continue;
        if (++total <= MAX_COMPONENT_FINDINGS) {
            listed.push({
                severity: 'error',
                message: `${c.pointer}: component ${label(c)} lacks ${missing.join(', ')} (NTIA minimum elements) — add them or regenerate the SBOM with a generator that records them`,
                pointer: c.pointer,
                line: c.line,
            });
        }
    }
    out.push(...cappedPerComponent(listed, total, 'lack NTIA minimum elements'));
    // Dependency relationships of the primary component: what the product is made of.
    const primary = doc.primary;
    if (!primary) {
        out.push({
            severity: 'error',
            message: cdx
                ? 'names no primary component (metadata.component), so its dependency relationships cannot be given (NTIA "dependency relationship") — set metadata.component'
                : 'does not say which package it describes (documentDescribes or a DESCRIBES relationship), so the dependency relationships have no root (NTIA) — add one',
            pointer: cdx ? '/metadata' : '',
            ...(doc.encoding === 'tag-value' ? { line: 1 } : {}),
        });
    }
    else if (doc.components.length > 0) {
        const ref = primary.ref;
        const has = cdx
            ? doc.dependencies.some((d) => d.ref === ref && d.dependsOn.length > 0)
            : doc.dependencies.some((d) => d.type !== 'DESCRIBES' && d.type !== 'DESCRIBED_BY' && (d.ref === ref || d.dependsOn.includes(ref)));
        if (!ref || !has) {
            out.push({
                severity: 'error',
                message: cdx
                    ? `gives no dependency relationships for the primary component ${label(primary)} (NTIA minimum element): add a dependencies entry with ref "${ref ?? '(give metadata.component a bom-ref)'}" and its dependsOn`
                    : `gives no relationships (DEPENDS_ON, CONTAINS, ...) for the described package ${label(primary)} (NTIA minimum element) — add them`,
                pointer: cdx ? '/dependencies' : primary.pointer,
                line: cdx ? undefined : primary.line,
            });
        }
    }
    return out;
}
function fdaIssues(doc, today) {
    let total = 0;
    let expiredTotal = 0;
    const listed = [];
    const expired = [];
    const day = today.toISOString().slice(0, 10);
    for (const c of doc.components) {
        const missing = [];
        if (!c.support?.level)
            missing.push('a support level');
        if (!c.support?.endOfSupport)
            missing.push('an end-of-support date');
        if (missing.length && ++total <= MAX_COMPONENT_FINDINGS) {
            listed.push({
                severity: 'error',
                message: `${c.pointer}: component ${label(c)} lacks ${missing.join(' and ')} (FDA premarket cybersecurity: level of support and end-of-support per component) — record them as ${doc.family === 'cyclonedx' ? 'properties "support-level" and "end-of-support"' : 'validUntilDate and an annotation "support-level: ..."'}`,
                pointer: c.pointer,
                line: c.line,
            });
        }
        const end = c.support?.endOfSupport;
        if (end) {
            const t = Date.parse(end);
            if (Number.isNaN(t)) {
                if (++expiredTotal <= MAX_COMPONENT_FINDINGS)
                    expired.push({
                        severity: 'error',
                        message: `${c.pointer}: component ${label(c)} has end-of-support "${end}", which is not a date — write it as YYYY-MM-DD`,
                        pointer: c.pointer,
                        line: c.line,
                    });
            }
            else if (new Date(t).toISOString().slice(0, 10) < day) {
                if (++expiredTotal <= MAX_COMPONENT_FINDINGS) {
                    expired.push({
                        severity: 'error',
                        message: `${c.pointer}: component ${label(c)} reached its end of support on ${end.slice(0, 10)} — upgrade or replace it, or record the risk acceptance and a new support date`,
                        pointer: c.pointer,
                        line: c.line,
                    });
                }
            }
        }
    }
    return [
        ...cappedPerComponent(listed, total, 'lack FDA support data'),
        ...cappedPerComponent(expired, expiredTotal, 'are past or without a valid end-of-support date'),
    ];
}
function licenseIssues(doc, denied) {
    let total = 0;
    const listed = [];
    for (const c of [...(doc.primary ? [doc.primary] : []), ...doc.components]) {
        if (c.licenses.length === 0)
            continue;
        const hits = unavoidableDenied(c.licenses, denied);
        if (hits.length && ++total <= MAX_COMPONENT_FINDINGS) {
            listed.push({
                severity: 'error',
                message: `${c.pointer}: component ${label(c)} is licensed ${c.licenses.join(' AND ')}, which cannot be satisfied without the denied ${hits.join(', ')} — replace the component or get the licence approved`,
                pointer: c.pointer,
                line: c.line,
            });
        }
    }
    return cappedPerComponent(listed, total, 'need a denied licence');
}

// EXTERNAL MODULE: ./lib/rules/sbom/options.js
var options = __webpack_require__(39911);
;// CONCATENATED MODULE: ./lib/rules/sbom/index.js
















const FAMILY = { cyclonedx: 'CycloneDX', spdx: 'SPDX' };
/**
 * Up to this many characters of SBOM text in all, the lockfiles are read while the SBOMs are (a large
 * package-lock.json on a second core); above it, after them (see readSboms). 96 Mi: a 100,000-component CycloneDX
 * JSON SBOM is about 85 M characters (the concurrent path: 17% less wall time, 100 MB more at the peak); at 155,000
 * components (132 M) it was no faster and its peak came within 80 MB of 1 GB; at 200,000 (175 M) it crossed 1 GB.
 * Changed only by tests, to run both orders.
 */
const SBOM_SIZES = { concurrentUpToChars: 96 * 1024 * 1024 };
const sbom_sbom = (0,rule/* defineRule */.Km)({
    name: sbom_rule/* sbomRule */.m.name,
    description: sbom_rule/* sbomRule */.m.description,
    options: options/* SbomOptions */.w2,
    async evaluate(options, facts) {
        const denied = options.licenses?.deny?.length ? deniedFamilies(options.licenses.deny) : undefined;
        const findings = [];
        const globs = options.paths ?? sbom_sources/* DEFAULT_SBOM_GLOBS */.cC;
        const explicit = options.paths !== undefined;
        const candidates = (0,sbom_sources/* sbomCandidates */.eV)(await facts.listAtHead(globs), explicit);
        if (candidates.length === 0) {
            // 6. Update (with SBOMs at head, judged once they are read: a file named like one may not be one).
            if (options.require_update)
                findings.push(...(await updateFindings(options, facts, globs, candidates)));
            findings.push({
                severity: 'error',
                message: `No SBOM found at head: no file matches ${(0,util_text/* shortList */.pg)(globs, 8)}. Generate one (for npm: npx @cyclonedx/cyclonedx-npm --output-file bom.json), commit it, or set \`paths\` to where it lives.`,
                action: {
                    text: 'Generate an SBOM and commit it, or set `paths` in the policy to where it lives',
                    command: 'npx @cyclonedx/cyclonedx-npm --output-file bom.json',
                },
            });
            return { findings, summary: findings[findings.length - 1].message };
        }
        const checkDrift = options.lockfiles !== undefined && !(Array.isArray(options.lockfiles) && options.lockfiles.length === 0);
        // The lockfiles' parse on the second core waits for the first SBOM's parse (see readSboms).
        // With one SBOM (and every locked package compared), its components' purls go with the lockfile to the worker,
        // which looks them up among the packages it pins (the exact matches of the drift check).
        const firstParsed = new Signal();
        const { files, early } = await readSboms(options, facts, candidates, checkDrift, firstParsed);
        const matchInWorker = early !== undefined && files.length === 1 && options.dev_dependencies !== 'exclude';
        const afterRead = (r) => firstParsed.give(matchInWorker && r.document ? r.document.components.map((c) => c.purl) : undefined);
        const docs = [];
        // Issues waiting for their lines, per document; resolved in one pass over each file at the end.
        const pending = new Map();
        // The rule keeps the document (and its text), not the bytes it was decoded from: once inspected, they may go (the
        // facts hold a large file only while someone does) before the lockfiles are read. So the file is a local of the
        // inner function only, whose frame ends with it: a suspended async function keeps its locals' last values.
        // Files named like SBOMs that are none (docs/sbom.md with the default names): changing them updates no SBOM.
        const notSboms = new Set();
        const inspection = { options, explicit, denied, afterRead, findings, docs, pending, notSboms };
        for (const read of files)
            await inspectOne(read, inspection);
        firstParsed.give();
        // 5. Drift against the lockfiles. Version mismatches and missing pins lead the findings, then the stale
        // components, then the rest: the report caps findings, and a false alarm must not push a true one out.
        let regenerate;
        const lead = [];
        if (docs.length && checkDrift) {
            if (early && 'error' in early)
                throw early.error;
            const locks = await finishLockfiles(options, facts, early?.started ?? (await startLockfiles(options, facts)), findings);
            if (locks.length) {
                const drift = compareWithLockfiles(docs, locks);
                lead.push(...drift.findings);
                for (const [doc, issues] of drift.sbomIssues)
                    lead.push(...placeAll(doc, issues, drift.regenerate));
                regenerate = drift.regenerate;
            }
        }
        for (const doc of docs)
            findings.push(...placeAll(doc, pending.get(doc), regenerate));
        // 6. Update: it leads the findings after drift, as the most common failure.
        if (options.require_update) {
            const sboms = candidates.filter((p) => !notSboms.has(p));
            findings.unshift(...(await updateFindings(options, facts, globs, sboms, notSboms)));
        }
        findings.unshift(...lead);
        const errors = findings.filter((f) => f.severity === 'error');
        const described = docs.map((d) => `${d.path} (${FAMILY[d.family]} ${d.specVersion}, ${(0,util_text/* plural */.LS)(d.components.length, 'component')})`);
        const summary = errors.length
            ? errors.length === 1
                ? errors[0].message
                : `${(0,util_text/* plural */.LS)(errors.length, 'problem')}: ${errors[0].message}`
            : `${(0,util_text/* shortList */.pg)(described, 3)}: valid${options.ntia ? ', NTIA elements present' : ''}`;
        return { findings, summary };
    },
});
/** One SBOM as read: inspected, its document and issues (or its findings) added to those of the run. */
async function inspectOne(read, run) {
    const { options, explicit, denied, afterRead, findings, docs, pending } = run;
    const { path } = read;
    findings.push(...read.findings);
    if (!read.file)
        return;
    const text = read.file.text;
    // The bytes go on only to be read again, by the XSD validation of an XML SBOM (else it encodes the text): for any
    // other document they may go now, before it is parsed — no variable here holds the file.
    const bytes = text.trimStart().startsWith('<') ? read.file.bytes : undefined;
    delete read.file;
    const result = await (0,sbom/* inspectSbom */.y3)({ path, text, bytes }, { schema: options.schema, afterRead });
    const doc = result.document;
    if (!doc) {
        // With the default names, a file like docs/sbom.md is not meant as an SBOM: a warning, not a failure.
        const severity = !explicit && !result.detection.family ? 'warning' : 'error';
        if (severity === 'warning')
            run.notSboms.add(path);
        const pointers = result.issues.filter((i) => i.line === undefined && i.pointer !== undefined).map((i) => i.pointer);
        const lines = pointers.length ? (0,sbom/* jsonPointerLines */.hR)(text, pointers) : new Map();
        findings.push(...result.issues.map((i) => placed(path, { ...i, severity: i.severity === 'error' ? severity : i.severity }, i.pointer !== undefined ? lines.get(i.pointer) : undefined)));
        return;
    }
    const issues = [...result.issues];
    const version = `${FAMILY[doc.family]} ${doc.specVersion} ${doc.encoding === 'tag-value' ? 'tag-value' : doc.encoding.toUpperCase()}`;
    if (!options.formats.includes(doc.family)) {
        issues.push({
            severity: 'error',
            message: `is ${version}, but this gate accepts only ${(0,util_text/* listing */.RR)(options.formats.map((f) => FAMILY[f]), 'or')} — convert it or change \`formats\``,
            line: 1,
        });
    }
    const floor = options.min_version?.[doc.family];
    if (floor && (0,util_version/* compareVersionStrings */.Q)(doc.specVersion, floor) < 0) {
        issues.push({
            severity: 'error',
            message: `declares ${FAMILY[doc.family]} ${doc.specVersion}, older than the ${floor} this policy requires — regenerate it with a current generator`,
            pointer: doc.encoding === 'json' ? (doc.family === 'cyclonedx' ? '/specVersion' : '/spdxVersion') : undefined,
            line: doc.encoding === 'json' ? undefined : 1,
        });
    }
    if (options.ntia)
        issues.push(...ntiaIssues(doc));
    if (options.fda)
        issues.push(...fdaIssues(doc, new Date()));
    if (denied)
        issues.push(...licenseIssues(doc, denied));
    doc.json = undefined; // the components carry what the rest needs; let the parsed tree go
    docs.push(doc);
    pending.set(doc, issues);
}
function placed(path, issue, line) {
    const f = {
        severity: issue.severity,
        message: `${path}${issue.message.startsWith('/') ? ' ' : ': '}${issue.message}`,
        file: path,
    };
    const l = issue.line ?? line;
    if (l !== undefined)
        f.line = l;
    return f;
}
/** Each issue as a finding with its line; the drift check's issues (components no lockfile pins) with its step. */
function placeAll(doc, issues, regenerate) {
    const pointers = [...new Set(issues.filter((i) => i.line === undefined && i.pointer !== undefined).map((i) => i.pointer))];
    const lines = pointers.length ? doc.linesOf(pointers) : new Map();
    return issues.map((i) => {
        const f = placed(doc.path, i, i.pointer !== undefined ? lines.get(i.pointer) : undefined);
        if (regenerate?.issues.has(i))
            f.action = regenerate.action;
        return f;
    });
}
async function lockfilePaths(options, facts, findings) {
    if (options.lockfiles === 'auto')
        return (0,lockfile_sources/* autoLockfilesAtHead */.tZ)(facts);
    const found = await facts.listAtHead(options.lockfiles);
    for (const glob of options.lockfiles) {
        if (!found.some((0,util_glob/* globMatcher */.f)([glob])))
            findings.push({
                severity: 'error',
                message: `lockfiles lists ${glob}, but no such file is at head — fix the list or commit the lockfile`,
            });
    }
    return found.sort();
}
/**
 * The SBOMs are read first (their bytes and text); how large they are decides when the lockfiles are read (5.). Up
 * to SBOM_SIZES.concurrentUpToChars of SBOM text, they are read now and a large package-lock.json is parsed on a
 * second core (a worker thread, started now) while this thread validates the SBOMs — from the end of the first
 * SBOM's parse (`firstParsed`): two parses at once are slower than one after the other, as each heap's garbage
 * collector loses the core the other thread takes; above it, they are read after the
 * SBOMs, once each SBOM's parsed tree has been let go (only its components are kept), so that the largest document
 * is parsed while the heap is small (a worker's heap and the lockfile's text beside a 200,000-component SBOM's tree
 * would cross 1 GB). Either way, their findings are reported only if some SBOM could be read.
 */
async function readSboms(options, facts, candidates, checkDrift, firstParsed) {
    const files = [];
    for (const path of candidates) {
        const findings = [];
        const file = await (0,read_file/* readAtHeadOrReport */.J8)(facts, path, options.max_file_bytes, 'SBOM', findings);
        files.push({ path, ...(file ? { file } : {}), findings });
    }
    const sbomChars = files.reduce((n, f) => n + (f.file?.text.length ?? 0), 0);
    if (!checkDrift || sbomChars === 0 || sbomChars > SBOM_SIZES.concurrentUpToChars)
        return { files };
    const early = await startLockfiles(options, facts, firstParsed).then((started) => ({ started }), (error) => ({ error }));
    return { files, early };
}
/** With `concurrently`, a large package-lock.json is handed to a worker thread, which parses it once that signal is given. */
async function startLockfiles(options, facts, concurrently) {
    const findings = [];
    const files = [];
    for (const path of await lockfilePaths(options, facts, findings)) {
        const readFindings = [];
        const file = await (0,read_file/* readAtHeadOrReport */.J8)(facts, path, options.max_file_bytes, 'lockfile', readFindings);
        if (!file) {
            files.push({ path, findings: readFindings });
            continue;
        }
        // Started now, on a second core, or when its turn comes, in this thread.
        const reading = concurrently ? readLockfileConcurrently(path, file.text, { after: concurrently }) : undefined;
        // Awaited only if some SBOM is read: a failure that nobody awaits must not end the process.
        reading?.catch(() => undefined);
        files.push({ path, findings: readFindings, result: () => reading ?? (0,kinds/* readLockfileOfKind */.VV)(path, file.text) });
    }
    return { findings, files };
}
/** At most this many files taken in by others (`-r`) are read in one run. */
const MAX_INCLUDED_LOCKFILES = 64;
async function finishLockfiles(options, facts, started, findings) {
    const out = [];
    findings.push(...started.findings);
    // The lockfiles, then the files they take in (requirements.txt's -r), each read once.
    const queue = [...started.files];
    const visited = new Set(queue.map((f) => f.path));
    let included = 0;
    for (let q = 0; q < queue.length; q++) {
        const { path, findings: readFindings, result: read } = queue[q];
        findings.push(...readFindings);
        if (!read)
            continue;
        const result = await read();
        for (const inc of result.includes ?? []) {
            if (visited.has(inc.path))
                continue;
            visited.add(inc.path);
            if (++included > MAX_INCLUDED_LOCKFILES) {
                if (included === MAX_INCLUDED_LOCKFILES + 1)
                    findings.push({
                        severity: 'error',
                        message: `${path}:${inc.line} includes ${inc.path}, but more than ${MAX_INCLUDED_LOCKFILES} files are included in all; the rest were not read, so what they pin is not compared with the SBOM — include fewer files`,
                        file: path,
                        line: inc.line,
                    });
                continue;
            }
            queue.push(await includedLockfile(options, facts, path, inc));
        }
        const lock = lockfileRead(options, path, result, findings);
        if (lock)
            out.push(lock);
    }
    return out;
}
/** A file another lockfile takes in (`-r base.txt`), read at head as one of the includer's kind. */
async function includedLockfile(options, facts, includer, inc) {
    const readFindings = [];
    const file = await (0,read_file/* readAtHeadOrReport */.J8)(facts, inc.path, options.max_file_bytes, 'lockfile', readFindings, 'commit it or fix the include');
    if (!file) {
        // Said on the line that names it: the file that is not there cannot carry the annotation.
        const findings = readFindings.map((f) => ({
            ...f,
            message: `${includer}:${inc.line} includes ${inc.path}: ${f.message}`,
            file: includer,
            line: inc.line,
        }));
        return { path: inc.path, findings };
    }
    const kind = includer.slice(includer.lastIndexOf('/') + 1);
    return { path: inc.path, findings: readFindings, result: () => (0,kinds/* readLockfileOfKind */.VV)(inc.path, file.text, kind) };
}
/** One lockfile's result as the drift check takes it; undefined when it could not be read. */
function lockfileRead(options, path, result, findings) {
    findings.push(...result.findings);
    if (result.findings.some((f) => f.severity === 'error') && result.packages.length === 0)
        return undefined;
    const packages = result.packages;
    const firstParty = result.firstParty ?? [];
    if (packages.length === 0 && !result.includes?.length) {
        // It parses but pins nothing: the comparison for it would be empty, so this is said rather than passed quietly.
        // A lockfile that names the project itself is a project without dependencies (a warning); one that names
        // nothing at all is a stub (an error). One that only takes in others (-r) pins what they pin.
        findings.push({
            severity: firstParty.length ? 'warning' : 'error',
            message: `${path} parses but pins no ${result.ecosystem ? `${result.ecosystem} ` : ''}packages${firstParty.length ? ' (it names only the project itself)' : ''}, so the drift check has nothing to compare it with — regenerate it with the package manager, or leave it out of \`lockfiles\` if it is not the project's lockfile`,
            file: path,
            line: 1,
        });
    }
    const common = {
        path,
        ...(result.ecosystem ? { ecosystem: result.ecosystem } : {}),
        firstParty,
        ...(result.unresolved ? { unresolved: result.unresolved } : {}),
        ...(result.directOnly ? { directOnly: true } : {}),
    };
    // The reader's index by purl numbers all its packages: it is handed on only with all of them.
    if (options.dev_dependencies === 'exclude')
        return { ...common, packages: packages.filter((p) => !p.dev), excluded: packages.filter((p) => p.dev) };
    return { ...common, packages, ...(result.exact ? { exact: result.exact } : result.byPurl ? { byPurl: result.byPurl } : {}) };
}
/**
 * A pull request that changes a lockfile must change an SBOM: a file at head that is one, or one it deletes or moves
 * away (`sboms` are those at head; `notSboms` the files named like SBOMs that are none, which do not count).
 */
async function updateFindings(options, facts, sbomGlobs, sboms, notSboms = new Set()) {
    const changed = await facts.changedFiles();
    const matches = (0,util_glob/* globMatcher */.f)(sbomGlobs);
    // With the default names, an SBOM under node_modules/ or vendor/ is a dependency's, not the project's (as at head).
    const ignored = options.paths === undefined ? sbom_sources/* DEFAULT_SBOM_IGNORED */.fk : () => false;
    const isSbom = (path) => matches(path) && !notSboms.has(path) && !ignored(path);
    const isLock = options.lockfiles === 'auto' ? lockfile_sources/* isLockfile */.em : (0,util_glob/* globMatcher */.f)(options.lockfiles);
    const touched = [...new Set(changed.flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]))];
    const locks = touched.filter(isLock).sort();
    if (locks.length === 0 || touched.some(isSbom))
        return [];
    // Named when there are SBOMs at head: "package-lock.json changed but sbom.cdx.json did not".
    const named = sboms.length ? (0,util_text/* shortList */.pg)(sboms, 3) : undefined;
    const unchanged = named ? `${named} did not` : `no SBOM did (none matches ${(0,util_text/* shortList */.pg)(sbomGlobs, 3)})`;
    const action = {
        text: `Regenerate ${named ?? 'the SBOM'} from ${(0,util_text/* shortList */.pg)(locks, 3)} and commit it in this pull request`,
    };
    return locks.map((lock, i) => ({
        severity: 'error',
        message: i === 0
            ? `${(0,util_text/* shortList */.pg)(locks)} changed but ${unchanged} — regenerate the SBOM from the new ${locks.length === 1 ? 'lockfile' : 'lockfiles'} and commit it in this pull request.`
            : `${lock} changed but ${unchanged} — regenerate the SBOM.`,
        file: lock,
        action,
    }));
}


/***/ }),

/***/ 53988:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["389-exception","Asterisk-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","Classpath-exception-2.0","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","DigiRule-FOSS-exception","eCos-exception-2.0","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","i2p-gpl-java-exception","KiCad-libraries-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","SANE-exception","SHL-2.0","SHL-2.1","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"]');

/***/ }),

/***/ 3389:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');

/***/ }),

/***/ 75204:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');

/***/ })

};
