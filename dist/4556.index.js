export const id = 4556;
export const ids = [4556];
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

/***/ 34596:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ER: () => (/* binding */ rawInline),
/* harmony export */   P: () => (/* binding */ renderedText),
/* harmony export */   SV: () => (/* binding */ parseBlocks),
/* harmony export */   VL: () => (/* binding */ INLINE_CAP),
/* harmony export */   _: () => (/* binding */ renderInline),
/* harmony export */   ke: () => (/* binding */ MarkdownReadError),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* unused harmony export MAX_OPENED_PER_LINE */
/* harmony import */ var mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58353);
/* harmony import */ var mdast_util_gfm__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19952);
/* harmony import */ var micromark_extension_gfm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52297);



// Markdown read as GitHub renders it (CommonMark + GFM, by micromark), in two steps so that no input costs more
// than linear time:
//  1. the block structure of the whole text (lists, task-list checks, code, HTML blocks, quotes, headings,
//     tables) with every inline construct switched off, so a paragraph's or heading's children are its raw
//     inline source; micromark's block parse is linear;
//  2. the inline content of the few blocks a reader needs (a ticked item, a heading, an attribute line), each
//     parsed alone. micromark's inline resolvers (emphasis, strikethrough, link ends) are quadratic in the length
//     of one block, so a block longer than INLINE_CAP is not rendered: callers fall back to its raw source or
//     treat it as unreadable, which keeps the whole read linear.
/** The inline constructs switched off for the block parse. */
const INLINE_CONSTRUCTS = [
    'attention',
    'autolink',
    'characterEscape',
    'characterReference',
    'codeText',
    'emailAutolink',
    'gfmFootnoteCall',
    'gfmPotentialFootnoteCall',
    'hardBreakEscape',
    'htmlText',
    'labelEnd',
    'labelStartImage',
    'labelStartLink',
    'protocolAutolink',
    'strikethrough',
    'wwwAutolink',
];
/** The block constructs switched off when one block's inline source is parsed alone: it stays one paragraph. */
const BLOCK_CONSTRUCTS = [
    'blockQuote',
    'codeFenced',
    'codeIndented',
    'definition',
    'gfmFootnoteDefinition',
    'headingAtx',
    'htmlFlow',
    'list',
    'setextUnderline',
    'table',
    'tasklistCheck',
    'thematicBreak',
];
/** The longest inline source (characters) rendered; longer blocks are not rendered (see above). */
const INLINE_CAP = 1024;
/** Markdown that micromark cannot read within the stack (nesting thousands deep). */
class MarkdownReadError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
/**
 * The block structure of a Markdown text as GitHub renders it (GFM). Inline content is left as raw text nodes:
 * use `rawInline` and `renderInline` on the blocks that matter. Throws MarkdownReadError for nesting too deep to
 * read.
 */
function parseBlocks(text) {
    const deep = tooDeep(text);
    if (deep)
        throw new MarkdownReadError(`line ${deep} opens more than ${MAX_OPENED_PER_LINE} quotes or list items at once, more than can be read`, deep);
    try {
        return (0,mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__/* .fromMarkdown */ .Y)(text, { extensions: [(0,micromark_extension_gfm__WEBPACK_IMPORTED_MODULE_1__/* .gfm */ .T)(), { disable: { null: INLINE_CONSTRUCTS } }], mdastExtensions: [(0,mdast_util_gfm__WEBPACK_IMPORTED_MODULE_2__/* .gfmFromMarkdown */ .C)()] });
    }
    catch (e) {
        if (e instanceof RangeError)
            throw new MarkdownReadError('it nests blocks (quotes, lists) too deeply to be read');
        throw e;
    }
}
/**
 * The most container markers (`>`, list markers, footnote labels) one line may start with. micromark's cost for a
 * line grows with the square of the containers it opens (100,000 `>` take minutes, then overflow the stack), so a
 * line over this bound is refused before parsing. Nesting built over several lines (indented lists) costs linear
 * time and is not limited.
 */
const MAX_OPENED_PER_LINE = 32;
/** The 1-based line that starts with more than MAX_OPENED_PER_LINE container markers, if any. Linear. */
function tooDeep(text) {
    let line = 1;
    let i = 0;
    const n = text.length;
    while (i < n) {
        let markers = 0;
        for (;;) {
            while (i < n && (text[i] === ' ' || text[i] === '\t'))
                i++;
            const c = text[i];
            if (c === '>') {
                i++;
                markers++;
            }
            else if ((c === '-' || c === '*' || c === '+') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
                i += 2;
                markers++;
            }
            else if (c !== undefined && c >= '0' && c <= '9') {
                let j = i;
                while (j < n && j - i < 10 && text[j] >= '0' && text[j] <= '9')
                    j++;
                if ((text[j] === '.' || text[j] === ')') && (text[j + 1] === ' ' || text[j + 1] === '\t')) {
                    i = j + 2;
                    markers++;
                }
                else
                    break;
            }
            else if (c === '[' && text[i + 1] === '^') {
                let j = i + 2;
                while (j < n && j - i < 1000 && text[j] !== ']' && text[j] !== '\n' && text[j] !== '\r')
                    j++;
                if (text[j] === ']' && text[j + 1] === ':') {
                    i = j + 2;
                    markers++;
                }
                else
                    break;
            }
            else
                break;
            if (markers > MAX_OPENED_PER_LINE)
                return line;
        }
        // Skip to the next line.
        while (i < n && text[i] !== '\n' && text[i] !== '\r')
            i++;
        if (text[i] === '\r' && text[i + 1] === '\n')
            i++;
        if (i < n) {
            i++;
            line++;
        }
    }
    return undefined;
}
/**
 * The raw inline source of a block from `parseBlocks` (a paragraph, heading or table cell); lines joined by "\n".
 * GFM's literal autolinks (a bare https://… or www.…) are made links by a transform that runs even with inline
 * constructs off: such a link's text is the URL as written, and is kept.
 */
function rawInline(node) {
    let out = '';
    for (const child of node.children) {
        if ('value' in child && typeof child.value === 'string')
            out += child.value;
        else if (child.type === 'link')
            for (const c of child.children)
                if ('value' in c && typeof c.value === 'string')
                    out += c.value;
    }
    return out;
}
/**
 * The text GitHub shows for a block's inline source: emphasis, links, code spans and escapes rendered to their
 * text, HTML tags and comments dropped, struck-through text dropped (it reads as withdrawn), images as their alt
 * text. Undefined when the source is longer than INLINE_CAP.
 */
function renderInline(raw) {
    if (raw.length > INLINE_CAP)
        return undefined;
    let root;
    try {
        root = (0,mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__/* .fromMarkdown */ .Y)(raw, { extensions: [(0,micromark_extension_gfm__WEBPACK_IMPORTED_MODULE_1__/* .gfm */ .T)(), { disable: { null: BLOCK_CONSTRUCTS } }], mdastExtensions: [(0,mdast_util_gfm__WEBPACK_IMPORTED_MODULE_2__/* .gfmFromMarkdown */ .C)()] });
    }
    catch (e) {
        if (e instanceof RangeError)
            return undefined;
        throw e;
    }
    return plainText(root);
}
/**
 * A node's inline content as GitHub renders it (emphasis, code and links read as their text; escapes resolved), or
 * its raw source when too long to render; trimmed. Text with no character that starts inline markup is itself.
 */
function renderedText(node) {
    const raw = rawInline(node);
    if (!/[\\`*_~<>[\]!&]/.test(raw))
        return raw.trim();
    return (renderInline(raw) ?? raw).trim();
}
/** The visible text of a tree, without recursion (trees may be deep). */
function plainText(node) {
    let out = '';
    const stack = [node];
    while (stack.length) {
        const n = stack.pop();
        switch (n.type) {
            case 'text':
            case 'inlineCode':
                out += n.value;
                break;
            case 'break':
                out += '\n';
                break;
            case 'image':
                out += n.alt ?? '';
                break;
            case 'html':
            case 'delete':
            case 'footnoteReference':
                break;
            default:
                if ('children' in n)
                    for (let i = n.children.length - 1; i >= 0; i--)
                        stack.push(n.children[i]);
        }
    }
    return out;
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

/***/ 34556:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  soup: () => (/* binding */ soup)
});

// EXTERNAL MODULE: ./lib/core/rule.js
var rule = __webpack_require__(7849);
// EXTERNAL MODULE: ./lib/rules/soup/options.js
var options = __webpack_require__(68065);
// EXTERNAL MODULE: ./lib/rules/soup/rule.js
var soup_rule = __webpack_require__(39009);
// EXTERNAL MODULE: ./lib/parsers/lockfiles/kinds.js
var kinds = __webpack_require__(77542);
// EXTERNAL MODULE: ./lib/rules/common/lockfile-sources.js
var lockfile_sources = __webpack_require__(79995);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/parsers/lockfiles/purl.js
var purl = __webpack_require__(9196);
// EXTERNAL MODULE: ./lib/parsers/gfm-markdown.js
var gfm_markdown = __webpack_require__(34596);
;// CONCATENATED MODULE: ./lib/parsers/soup/index.js



const SOUP_FIELDS = ['name', 'version', 'ecosystem', 'manufacturer', 'purpose', 'requirements', 'risk', 'anomalies'];
/** Ecosystem names people write, as purl types. */
const ECOSYSTEM_ALIASES = {
    go: 'golang',
    golang: 'golang',
    rubygems: 'gem',
    ruby: 'gem',
    python: 'pypi',
    pip: 'pypi',
    javascript: 'npm',
    typescript: 'npm',
    node: 'npm',
    'node.js': 'npm',
    rust: 'cargo',
    crates: 'cargo',
    java: 'maven',
    kotlin: 'maven',
    'c#': 'nuget',
    '.net': 'nuget',
    php: 'composer',
    packagist: 'composer',
};
function normalizeEcosystem(e) {
    const lower = e.trim().toLowerCase();
    return ECOSYSTEM_ALIASES[lower] ?? lower;
}
/** How a package is identified across the SOUP list and the lockfiles: ecosystem and name, normalized as purls are. */
function packageKey(ecosystem, name) {
    const eco = ecosystem ? normalizeEcosystem(ecosystem) : '*';
    const n = eco === 'pypi' ? (0,purl/* pypiName */.sS)(name) : ['npm', 'nuget', 'golang', 'composer', '*'].includes(eco) ? name.toLowerCase() : name;
    return `${eco}/${n}`;
}
function parseSoupList(text, file, format = 'native') {
    return format === 'openregulatory' ? parseOpenRegulatory(text, file) : parseNative(text, file);
}
/** One item of a native SOUP list as an entry, or undefined after its finding when it is not a mapping or lacks name or version. */
function nativeSoupEntry(item, i, file, lineOf, findings) {
    const line = lineOf(item);
    if (!(0,dist/* isMap */.jh)(item)) {
        findings.push(err(`${file}: item ${i + 1} is not a mapping — write it as "- name: ..., version: ...".`, file, line));
        return undefined;
    }
    const fields = {};
    const fieldLines = {};
    for (const pair of item.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        if (!SOUP_FIELDS.includes(key)) {
            findings.push({
                severity: 'warning',
                message: `${file}: item ${i + 1} has "${key}", which the SOUP format does not define (${SOUP_FIELDS.join(', ')}) — it is ignored.`,
                file,
                line: lineOf(pair.key),
            });
            continue;
        }
        fields[key] = pair.value?.toJSON?.() ?? ((0,dist/* isScalar */.jn)(pair.value) ? pair.value.value : pair.value);
        fieldLines[key] = lineOf((pair.value ?? pair.key));
    }
    const str = (k) => {
        const v = fields[k];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v === 'object') {
            findings.push(err(`${file}: ${k} of item ${i + 1} must be text — write it on one line or as a block scalar.`, file, fieldLines[k] ?? line));
            return undefined;
        }
        const s = String(v).trim();
        return s === '' || s === '~' || s === 'null' ? undefined : s;
    };
    const name = str('name');
    const version = str('version');
    if (!name || !version) {
        findings.push(err(`${file}: item ${i + 1} lacks ${!name && !version ? 'name and version' : !name ? 'name' : 'version'} — every SOUP item needs a name and the exact version used.`, file, line));
        return undefined;
    }
    const entry = { name, version, line, lines: fieldLines };
    const ecosystem = str('ecosystem');
    if (ecosystem)
        entry.ecosystem = normalizeEcosystem(ecosystem);
    for (const k of ['manufacturer', 'purpose', 'requirements', 'risk']) {
        const v = str(k);
        if (v !== undefined)
            entry[k] = v;
    }
    const anomalies = fields.anomalies;
    if (anomalies !== undefined && anomalies !== null) {
        if (typeof anomalies !== 'object' || Array.isArray(anomalies)) {
            findings.push(err(`${file}: anomalies of ${name} must be {reviewed: YYYY-MM-DD, reference: URL}.`, file, fieldLines.anomalies ?? line));
        }
        else {
            const a = anomalies;
            const text = (v) => (v === undefined || v === null || typeof v === 'object' ? undefined : String(v).trim() || undefined);
            entry.anomalies = {
                ...(text(a.reviewed) ? { reviewed: text(a.reviewed) } : {}),
                ...(text(a.reference) ? { reference: text(a.reference) } : {}),
            };
        }
    }
    return entry;
}
function parseNative(text, file) {
    const lines = new dist/* LineCounter */.HN();
    // Every scalar is read as text: a version 1.10 must not become the number 1.1.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, schema: 'failsafe' });
    const lineOf = (n) => (n && n.range ? lines.linePos(n.range[0]).line : 1);
    if (doc.errors.length) {
        return {
            entries: [],
            findings: doc.errors
                .slice(0, 5)
                .map((e) => err(`${file} is not valid YAML (${e.message.split('\n')[0]}) — fix the SOUP list.`, file, lines.linePos(e.pos[0]).line)),
        };
    }
    const root = doc.contents;
    if (!(0,dist/* isSeq */.oP)(root)) {
        if (root === null || ((0,dist/* isScalar */.jn)(root) && (root.value === null || root.value === '')))
            return { entries: [], findings: [] };
        return {
            entries: [],
            findings: [
                err(`${file} must be a YAML list of SOUP items (- name: ..., version: ..., ecosystem: ...) — fix its structure.`, file, lineOf(root)),
            ],
        };
    }
    const entries = [];
    const findings = [];
    root.items.forEach((item, i) => {
        const entry = nativeSoupEntry(item, i, file, lineOf, findings);
        if (entry)
            entries.push(entry);
    });
    return { entries, findings };
}
// OpenRegulatory's SOUP list is a Markdown table, read as GitHub renders it (GFM, by micromark: a table in a code block
// or an HTML comment is no table); its columns are found by their headers (case-insensitive).
const COLUMNS = {
    name: ['package name', 'name', 'soup name', 'soup', 'package', 'library'],
    version: ['version'],
    ecosystem: ['ecosystem', 'programming language', 'language'],
    manufacturer: ['manufacturer', 'supplier', 'vendor', 'website'],
    purpose: ['purpose', 'description'],
    requirements: ['requirements'],
    risk: ['risk level', 'risk'],
    reviewed: ['last verified at', 'last verified', 'reviewed', 'anomalies reviewed'],
    reference: ['anomaly list', 'anomalies', 'known anomalies', 'website'],
};
function parseOpenRegulatory(text, file) {
    const findings = [];
    const entries = [];
    let root;
    try {
        root = (0,gfm_markdown/* parseBlocks */.SV)(text);
    }
    catch (e) {
        if (!(e instanceof gfm_markdown/* MarkdownReadError */.ke))
            throw e;
        return { entries, findings: [err(`${file} cannot be read as Markdown: ${e.message} — shorten the nesting.`, file, e.line ?? 1)] };
    }
    let found = false;
    // The tables GitHub shows (not those in code blocks or HTML comments), wherever they are (a quote, a list item).
    const stack = [root];
    while (stack.length) {
        const node = stack.pop();
        if (node.type === 'table') {
            if (readTable(node, file, entries, findings))
                found = true;
        }
        else if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') {
            for (let i = node.children.length - 1; i >= 0; i--)
                stack.push(node.children[i]);
        }
    }
    if (!found)
        findings.push(err(`${file} has no SOUP table (a Markdown table with "Package Name" and "Version" columns) — add it, or set format: native.`, file, 1));
    return { entries, findings };
}
/** Reads one table's rows into entries, when its header names a package name and a version column; false otherwise. */
function readTable(table, file, entries, findings) {
    const [head, ...rows] = table.children;
    if (!head)
        return false;
    const headers = head.children.map((c) => (0,gfm_markdown/* renderedText */.P)(c).toLowerCase());
    const col = (k) => COLUMNS[k].map((n) => headers.indexOf(n)).find((x) => x >= 0);
    if (col('name') === undefined || col('version') === undefined)
        return false;
    const at = Object.fromEntries(Object.keys(COLUMNS).map((k) => [k, col(k)]));
    for (const row of rows) {
        const c = row.children.map((cell) => (0,gfm_markdown/* renderedText */.P)(cell));
        const get = (k) => {
            const v = at[k] === undefined ? undefined : c[at[k]];
            return v && !/^(-|—|n\/a|tbd)?$/i.test(v) ? v : undefined;
        };
        const line = row.position?.start.line ?? 1;
        const name = get('name');
        const version = get('version');
        if (!name && !version)
            continue;
        if (!name || !version) {
            findings.push(err(`${file}: this SOUP row lacks ${!name ? 'a package name' : 'a version'} — fill it in.`, file, line));
            continue;
        }
        const lines = Object.fromEntries(SOUP_FIELDS.map((f) => [f, line]));
        const entry = { name, version, line, lines };
        const eco = get('ecosystem');
        if (eco)
            entry.ecosystem = normalizeEcosystem(eco);
        const manufacturer = get('manufacturer');
        if (manufacturer)
            entry.manufacturer = manufacturer;
        // The template has no purpose column: its Requirements column answers "why did we import this library?".
        const requirements = get('requirements');
        const purpose = get('purpose') ?? requirements;
        if (purpose)
            entry.purpose = purpose;
        if (requirements)
            entry.requirements = requirements;
        const risk = get('risk');
        if (risk)
            entry.risk = risk;
        const reviewed = get('reviewed');
        const reference = get('reference');
        if (reviewed || reference)
            entry.anomalies = { ...(reviewed ? { reviewed } : {}), ...(reference ? { reference } : {}) };
        entries.push(entry);
    }
    return true;
}
function err(message, file, line) {
    return { severity: 'error', message, file, line };
}

// EXTERNAL MODULE: ./lib/core/classification.js
var classification = __webpack_require__(23047);
// EXTERNAL MODULE: ./lib/core/types.js
var types = __webpack_require__(82458);
// EXTERNAL MODULE: ./lib/util/glob.js + 1 modules
var util_glob = __webpack_require__(95211);
// EXTERNAL MODULE: ./lib/util/text.js
var util_text = __webpack_require__(28805);
;// CONCATENATED MODULE: ./lib/rules/soup/index.js










/** Findings of one kind listed one by one before the rest are counted. */
const MAX_LISTED = 50;
const DAY_MS = 86_400_000;
const RANK = { A: 1, B: 2, C: 3 };
const soup = (0,rule/* defineRule */.Km)({
    name: soup_rule/* soupRule */.U.name,
    description: soup_rule/* soupRule */.U.description,
    options: options/* SoupOptions */.I,
    async evaluate(options, facts, ctx) {
        const findings = [];
        const head = await readSoupFile(options.file, facts);
        if ('outcome' in head)
            return head.outcome;
        const soupFile = head.soupFile;
        const read = parseSoupList(soupFile.text, options.file, options.format);
        findings.push(...read.findings);
        const entries = read.entries;
        const file = options.file;
        findings.push(...duplicateEntries(entries, file));
        const { lockfiles, pinned, pinnedKeys, ecosystems } = await collectPins(options, facts, (0,classification/* classifier */.kd)(ctx.classification), findings);
        // Versions at base of the lockfiles this pull request changed, to tell an upgrade from an old mismatch.
        const changedFiles = await facts.changedFiles();
        const changed = new Set(changedFiles.flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]));
        // Deleting the lockfile would take the comparison with it: what auto-discovery no longer finds is an error.
        if (options.lockfiles === 'auto')
            findings.push(...(0,lockfile_sources/* lockfilesDeleted */.yz)(changedFiles, lockfiles).map(deletedLockfile));
        const baseVersions = await baseVersionsOf(facts, lockfiles.filter((p) => changed.has(p)), findings);
        const { entryClass, missing } = matchPins(pinned, soupIndex(entries, baseVersions), baseVersions, changed, file);
        findings.push(...capped(missing, 'dependencies are pinned without a matching SOUP entry'));
        // Each entry's content; the class is that of the item declaring it, else the classification default.
        findings.push(...capped(contentFindings(entries, (e) => entryClass.get(e) ?? ctx.classification.default, file, options.anomaly_review_max_age_days), 'SOUP entries are incomplete'));
        // Entries no lockfile pins any more (only for ecosystems the lockfiles cover: other SOUP is not in a lockfile).
        findings.push(...capped(goneEntries(entries, ecosystems, pinnedKeys, file), 'SOUP entries name dependencies no lockfile pins'));
        return { findings, summary: soupSummary(findings, entries.length, pinned, lockfiles.length, options.scope) };
    },
});
function deletedLockfile(path) {
    return {
        severity: 'error',
        message: `${path} was deleted in this pull request and no lockfile is left beside it, so the SOUP list is no longer compared with what it pinned — restore it, or set lockfiles to the lockfiles the project uses ([] checks the SOUP list alone).`,
        action: { text: `Restore ${path}, or name the project's lockfiles in the soup gate's lockfiles option` },
    };
}
/** Read the SOUP list at head; a finding instead when it cannot be read or does not exist. */
async function readSoupFile(file, facts) {
    let soupFile;
    try {
        soupFile = await facts.readAtHead(file);
    }
    catch (e) {
        if (!(e instanceof types/* FactError */.n))
            throw e;
        return {
            outcome: {
                findings: [
                    {
                        severity: 'error',
                        message: `The SOUP list cannot be read: ${e.message} — commit it as a regular file.`,
                        file,
                        line: 1,
                    },
                ],
                summary: `${file} cannot be read`,
            },
        };
    }
    if (!soupFile) {
        return {
            outcome: {
                findings: [
                    {
                        severity: 'error',
                        message: `The SOUP list ${file} does not exist at head — add it (a YAML list of name, version, ecosystem, manufacturer, ...), or fix \`file\` in the policy.`,
                        file,
                        action: { text: `Add the SOUP list ${file}, or fix \`file\` in the policy` },
                    },
                ],
                summary: `${file} is missing`,
            },
        };
    }
    return { soupFile };
}
/** Match each pin to its SOUP entry: the class of each entry used, and a finding per pin without one. */
function matchPins(pinned, index, baseVersions, changed, file) {
    const { ownKey, entryOf, staleEntry } = index;
    const entryClass = new Map();
    const missing = [];
    // One step each for the entries to add and to update, naming the packages.
    const toAdd = [];
    const toUpdate = [];
    const adds = [];
    const updates = [];
    const seenPins = new Set();
    for (const { pkg, lockfile, cls } of pinned) {
        const pinKey = `${packageKey(pkg.ecosystem, pkg.name)}@${pkg.version}`;
        const entry = entryOf(pkg);
        if (entry) {
            const prev = entryClass.get(entry);
            if (!prev || RANK[cls] > RANK[prev])
                entryClass.set(entry, cls);
            continue;
        }
        if (seenPins.has(pinKey))
            continue;
        seenPins.add(pinKey);
        // Versions pinned at base other than this one: there are some when the pull request changed the version.
        const before = baseVersions.get(ownKey(pkg));
        const { entry: stale } = staleEntry(pkg);
        if (stale) {
            const line = stale.lines.version ?? stale.line;
            const upgraded = before !== undefined && (before.size > 1 || !before.has(pkg.version));
            const f = upgraded
                ? soup_err(`${pkg.name} ${stale.version} → ${pkg.version}: ${file}:${line} still says ${stale.version} — this pull request upgrades it in ${lockfile}; update the entry (version, and review its anomalies and risk for the new version).`, file, line)
                : soup_err(`${lockfile} pins ${pkg.name} ${pkg.version}, but ${file}:${line} lists ${stale.version} — update the entry to the version used (and review its anomalies and risk).`, file, line);
            missing.push(f);
            updates.push(f);
            toUpdate.push(`${pkg.name} ${pkg.version}`);
        }
        else {
            const isNew = !baseVersions.has(packageKey(pkg.ecosystem, pkg.name)) && changed.has(lockfile);
            const f = {
                severity: 'error',
                message: `${pkg.name} ${pkg.version} (${pkg.ecosystem}${isNew ? ', added by this pull request' : ''}) is pinned in ${lockfile} but not in the SOUP list ${file} — add an entry with name, version, ecosystem, manufacturer${cls === 'A' ? '' : ', purpose, requirements, risk and anomalies'}.`,
                file: lockfile,
                ...(pkg.line ? { line: pkg.line } : {}),
            };
            missing.push(f);
            adds.push(f);
            toAdd.push(`${pkg.name} ${pkg.version}`);
        }
    }
    attachSteps(adds, toAdd, updates, toUpdate, file);
    return { entryClass, missing };
}
/** Entries no lockfile pins any more (only for ecosystems the lockfiles cover: other SOUP is not in a lockfile). */
function goneEntries(entries, ecosystems, pinnedKeys, file) {
    const gone = entries.filter((e) => e.ecosystem && ecosystems.has(e.ecosystem) && !pinnedKeys.has(packageKey(e.ecosystem, e.name)));
    return gone.map((e) => ({
        severity: 'warning',
        message: `${e.name} ${e.version} is listed, but no lockfile pins ${e.name} any more — remove the entry if the dependency was dropped.`,
        file,
        line: e.line,
    }));
}
/** One step each for the entries to add and to update, naming the packages. */
function attachSteps(adds, toAdd, updates, toUpdate, file) {
    const addStep = { text: `Add ${toAdd.length === 1 ? 'an entry' : 'entries'} for ${(0,util_text/* shortList */.pg)(toAdd, 5)} to the SOUP list ${file}` };
    for (const f of adds)
        f.action = addStep;
    const updateStep = {
        text: `Update the SOUP ${toUpdate.length === 1 ? 'entry' : 'entries'} in ${file} to ${(0,util_text/* shortList */.pg)(toUpdate, 5)}, reviewing anomalies and risk`,
    };
    for (const f of updates)
        f.action = updateStep;
}
function soupSummary(findings, entryCount, pinned, lockfileCount, scope) {
    const errors = findings.filter((f) => f.severity === 'error');
    const inScope = new Set(pinned.map((p) => `${packageKey(p.pkg.ecosystem, p.pkg.name)}@${p.pkg.version}`)).size;
    return errors.length
        ? `${(0,util_text/* plural */.LS)(errors.length, 'problem')}: ${errors[0].message}`
        : `${(0,util_text/* plural */.LS)(entryCount, 'SOUP item')}; ${(0,util_text/* plural */.LS)(inScope, scope === 'direct' ? 'direct dependency' : 'dependency', scope === 'direct' ? 'direct dependencies' : 'dependencies')} of ${(0,util_text/* plural */.LS)(lockfileCount, 'lockfile')} listed`;
}
/** Unique designators: one entry per name, ecosystem and version; a second is an error. */
function duplicateEntries(entries, file) {
    const findings = [];
    const designators = new Map();
    for (const e of entries) {
        const d = `${packageKey(e.ecosystem, e.name)}@${e.version}`;
        const first = designators.get(d);
        if (first)
            findings.push(soup_err(`${e.name} ${e.version} is listed twice (also on line ${first.line}) — keep one entry per item and version.`, file, e.line));
        else
            designators.set(d, e);
    }
    return findings;
}
/** What the lockfiles pin, in scope, with the class of the software item that declares it. */
async function collectPins(options, facts, classOf, findings) {
    const pinned = [];
    const lockfiles = await lockfilePaths(options, facts, findings);
    const pinnedKeys = new Set();
    const ecosystems = new Set();
    for (const path of lockfiles) {
        const packages = await readPackages(facts, path, 'head', findings);
        const cls = classOf(path);
        for (const pkg of packages) {
            pinnedKeys.add(packageKey(pkg.ecosystem, pkg.name));
            ecosystems.add(pkg.ecosystem);
            if (pkg.dev)
                continue;
            if (options.scope === 'direct' && pkg.direct === false)
                continue;
            pinned.push({ pkg, lockfile: path, cls });
        }
    }
    return { lockfiles, pinned, pinnedKeys, ecosystems };
}
/** The versions each package had at base in the given lockfiles. */
async function baseVersionsOf(facts, lockfiles, findings) {
    const baseVersions = new Map();
    for (const path of lockfiles) {
        for (const pkg of await readPackages(facts, path, 'base', findings)) {
            const key = packageKey(pkg.ecosystem, pkg.name);
            const versions = baseVersions.get(key);
            if (versions)
                versions.add(pkg.version);
            else
                baseVersions.set(key, new Set([pkg.version]));
        }
    }
    return baseVersions;
}
/** The SOUP entries indexed for matching pins. */
function soupIndex(entries, baseVersions) {
    // Entries by package, and by package and version (the first entry of each), so that matching a pin costs the
    // same however many entries or pins share a name.
    const byKey = new Map();
    const byVersion = new Map();
    for (const e of entries) {
        // An entry without an ecosystem matches a package of that name in any ecosystem.
        const key = packageKey(e.ecosystem, e.name);
        const list = byKey.get(key);
        if (list)
            list.push(e);
        else
            byKey.set(key, [e]);
        const versioned = `${key}@${e.version}`;
        if (!byVersion.has(versioned))
            byVersion.set(versioned, e);
    }
    const ownKey = (pkg) => packageKey(pkg.ecosystem, pkg.name);
    const anyKey = (pkg) => packageKey(undefined, pkg.name);
    const entryOf = (pkg) => byVersion.get(`${ownKey(pkg)}@${pkg.version}`) ?? byVersion.get(`${anyKey(pkg)}@${pkg.version}`);
    // The entry to name when a pin has none of its own: the first (own ecosystem first) whose version the lockfiles
    // pinned at base — the one this pull request upgrades —, else the first. Worked out once per package.
    const staleByKey = new Map();
    const staleEntry = (pkg) => {
        const key = ownKey(pkg);
        let hit = staleByKey.get(key);
        if (!hit) {
            const own = byKey.get(key) ?? [];
            const candidates = key === anyKey(pkg) ? own : own.concat(byKey.get(anyKey(pkg)) ?? []);
            const before = baseVersions.get(key);
            const upgraded = before ? candidates.find((e) => before.has(e.version)) : undefined;
            hit = { entry: upgraded ?? candidates[0], upgraded: upgraded !== undefined };
            staleByKey.set(key, hit);
        }
        return hit;
    };
    return { ownKey, entryOf, staleEntry };
}
/** Each entry's content: a manufacturer, and for class B/C its purpose, requirements, risk and anomaly review. */
function contentFindings(entries, classOf, file, maxAge) {
    const content = [];
    const now = Date.now();
    for (const e of entries) {
        if (!e.manufacturer)
            content.push(soup_err(`${e.name} ${e.version} has no manufacturer — name who makes it (a company, a project or the maintainers) (IEC 62304 8.1.2).`, file, e.line));
        const cls = classOf(e);
        if (cls === 'A')
            continue;
        const empty = ['purpose', 'requirements', 'risk'].filter((k) => !e[k]);
        if (empty.length) {
            content.push(soup_err(`${e.name} ${e.version} is SOUP of class ${cls} software but has no ${empty.join(', ')} — state ${empty.length === 1 ? 'it' : 'them'} (IEC 62304 5.3.3, 5.3.4, 7.1.2).`, file, e.line));
        }
        content.push(...anomalyFindings(e, cls, file, maxAge, now));
    }
    return content;
}
function anomalyFindings(e, cls, file, maxAge, now) {
    const line = e.lines.anomalies ?? e.line;
    const a = e.anomalies;
    if (!a?.reviewed || !a.reference) {
        const lack = !a?.reviewed && !a?.reference ? 'anomalies' : !a.reviewed ? 'anomalies.reviewed' : 'anomalies.reference';
        return [
            soup_err(`${e.name} ${e.version} is SOUP of class ${cls} software but has no ${lack} — review its published anomaly list and record {reviewed: YYYY-MM-DD, reference: URL} (IEC 62304 7.1.3).`, file, line),
        ];
    }
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(a.reviewed);
    const when = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
    if (!m || Number.isNaN(when) || new Date(when).toISOString().slice(0, 10) !== a.reviewed) {
        return [soup_err(`${e.name} ${e.version}: anomalies.reviewed "${a.reviewed}" is not a date written YYYY-MM-DD — fix it.`, file, line)];
    }
    const age = Math.floor((now - when) / DAY_MS);
    if (age > maxAge) {
        return [
            soup_err(`${e.name} ${e.version}: its anomaly list was last reviewed on ${a.reviewed}, ${age} days ago (the limit is ${maxAge}) — review ${a.reference} again and update the date (IEC 62304 7.1.3).`, file, line, { text: `Review the anomaly list of ${e.name} (${a.reference}) again and update anomalies.reviewed in ${file}` }),
        ];
    }
    if (age < -1)
        return [
            {
                severity: 'warning',
                message: `${e.name} ${e.version}: anomalies.reviewed ${a.reviewed} is in the future — write the date the review was done.`,
                file,
                line,
            },
        ];
    return [];
}
async function lockfilePaths(options, facts, findings) {
    if (options.lockfiles === 'auto')
        return (0,lockfile_sources/* autoLockfilesAtHead */.tZ)(facts);
    const found = await facts.listAtHead(options.lockfiles);
    for (const glob of options.lockfiles) {
        if (!found.some((0,util_glob/* globMatcher */.f)([glob])))
            findings.push({
                severity: 'error',
                message: `lockfiles lists ${glob}, but no such file is at head — fix the list or commit the lockfile.`,
            });
    }
    return found.sort();
}
async function readPackages(facts, path, at, findings) {
    let file;
    try {
        file = at === 'head' ? await facts.readAtHead(path) : await facts.readAtBase(path);
    }
    catch (e) {
        if (!(e instanceof types/* FactError */.n))
            throw e;
        findings.push({
            severity: 'error',
            message: `${e.message} — the SOUP list cannot be compared with ${path} until it can be read.`,
            file: path,
        });
        return [];
    }
    if (!file)
        return [];
    const result = await (0,kinds/* readLockfileOfKind */.VV)(path, file.text);
    // Problems with the lockfile at base are the base's; only the head's are this pull request's findings.
    if (at === 'head')
        findings.push(...result.findings);
    return result.packages;
}
function capped(list, what) {
    if (list.length <= MAX_LISTED)
        return list;
    return [
        ...list.slice(0, MAX_LISTED),
        {
            severity: list[0].severity,
            message: `and ${list.length - MAX_LISTED} more: ${what} (${list.length} in all).`,
            ...(list[list.length - 1].action ? { action: list[list.length - 1].action } : {}),
        },
    ];
}
function soup_err(message, file, line, action) {
    return { severity: 'error', message, file, line, ...(action ? { action } : {}) };
}


/***/ })

};
