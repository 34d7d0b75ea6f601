export const id = 8149;
export const ids = [8149,4141];
export const modules = {

/***/ 34141:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bJ: () => (/* binding */ parseDoorstopSettings),
/* harmony export */   e0: () => (/* binding */ uidKey),
/* harmony export */   h0: () => (/* binding */ doorstopUidPattern),
/* harmony export */   parseDoorstopItem: () => (/* binding */ parseDoorstopItem)
/* harmony export */ });
/* unused harmony exports isDoorstopItemFile, splitUid, doorstopDigest, doorstopText, pyRepr, doorstopUid */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);


function parseDoorstopSettings(text, file) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false });
    if (doc.errors.length) {
        const e = doc.errors[0];
        return {
            settings: {},
            findings: [
                {
                    severity: 'error',
                    message: `${file} is not valid YAML (${e.message.split('\n')[0]}) — fix the Doorstop document settings.`,
                    file,
                    line: lines.linePos(e.pos[0]).line,
                },
            ],
        };
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        // An alias with no anchor, or too many aliases, surfaces only when the document is turned into values.
        return {
            settings: {},
            findings: [
                {
                    severity: 'error',
                    message: `${file} is not valid YAML (${e.message.split('\n')[0]}) — fix the Doorstop document settings.`,
                    file,
                    line: 1,
                },
            ],
        };
    }
    const d = data;
    const s = d?.settings;
    const reviewed = d?.attributes?.reviewed;
    const settings = {
        ...(typeof s?.prefix === 'string' ? { prefix: s.prefix } : {}),
        ...(typeof s?.sep === 'string' ? { sep: s.sep.trim() } : {}),
        ...(typeof s?.digits === 'number' ? { digits: s.digits } : {}),
        ...(typeof s?.itemformat === 'string' ? { itemformat: s.itemformat.trim() } : {}),
        ...(Array.isArray(reviewed) ? { extendedReviewed: [...new Set(reviewed.map(String))].sort() } : {}),
    };
    return { settings, findings: [] };
}
/**
 * The UIDs of a document in Doorstop's own form — its prefix, separator and a number (REQ001, SRD-001) — as a
 * regular expression, or undefined without a prefix.
 */
function doorstopUidPattern(settings) {
    if (!settings.prefix)
        return undefined;
    return `${escapeRegExp(settings.prefix)}${escapeRegExp(settings.sep ?? '')}[0-9]+`;
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Whether Doorstop takes a file of a document for an item: a UID for a name, the extension of the document's itemformat. */
function isDoorstopItemFile(path, settings) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    if (dot <= 0)
        return false;
    const ext = name.slice(dot).toLowerCase();
    const extensions = (settings.itemformat ?? 'yaml') === 'markdown' ? ['.md'] : ['.yml', '.yaml'];
    return extensions.includes(ext) && splitUid(name.slice(0, dot)) !== undefined;
}
/** Doorstop's UID.split_uid: prefix, number and name, or undefined for a name that is no UID. */
function splitUid(value) {
    const named = /^([\w.-]+)[-_.](\w+)/.exec(value);
    if (named)
        return /^[0-9]+$/.test(named[2])
            ? { prefix: named[1], number: Number(named[2]), name: '' }
            : { prefix: named[1], number: -1, name: named[2] };
    const numbered = /^([\w.-]*[^0-9])([0-9]+)/.exec(value);
    if (numbered)
        return { prefix: numbered[1], number: Number(numbered[2]), name: '' };
    return undefined;
}
/** Two UIDs are the same item as Doorstop compares them: prefix (any case), number and name. */
function uidKey(uid) {
    const p = splitUid(uid);
    return p ? `${p.prefix.toLowerCase()}\u0000${p.number}\u0000${p.name}` : uid.toLowerCase();
}
/** Doorstop's Stamp.digest: SHA-256 over str() of each value, URL-safe base64. */
function doorstopDigest(values) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const v of values)
        h.update(v, 'utf8');
    return h.digest('base64').replace(/\+/g, '-').replace(/\//g, '_');
}
/** Doorstop's Text.load_text: no leading or trailing blank lines, no trailing spaces on a line. */
function doorstopText(value) {
    if (!value)
        return '';
    return value
        .replace(/^\n+/, '')
        .replace(/\n+$/, '')
        .split('\n')
        .map((l) => l.replace(/[ \t\r\f\v]+$/, ''))
        .join('\n');
}
/** Python's repr() of the plain values YAML gives (str, int, float, bool, None, list, dict), as str(list) writes it. */
function pyRepr(v) {
    if (v === null || v === undefined)
        return 'None';
    if (v === true)
        return 'True';
    if (v === false)
        return 'False';
    if (typeof v === 'number')
        return Number.isInteger(v) ? String(v) : pyFloat(v);
    if (typeof v === 'string') {
        const quote = v.includes("'") && !v.includes('"') ? '"' : "'";
        let out = '';
        for (const ch of v) {
            if (ch === '\\')
                out += '\\\\';
            else if (ch === quote)
                out += `\\${ch}`;
            else if (ch === '\n')
                out += '\\n';
            else if (ch === '\r')
                out += '\\r';
            else if (ch === '\t')
                out += '\\t';
            else if (ch < ' ' || ch === '\x7f')
                out += `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
            else
                out += ch;
        }
        return `${quote}${out}${quote}`;
    }
    if (Array.isArray(v))
        return `[${v.map(pyRepr).join(', ')}]`;
    if (typeof v === 'object')
        return `{${Object.entries(v)
            .map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`)
            .join(', ')}}`;
    return String(v);
}
function pyFloat(v) {
    if (Number.isNaN(v))
        return 'nan';
    if (!Number.isFinite(v))
        return v > 0 ? 'inf' : '-inf';
    const s = String(v);
    return /[.e]/.test(s) ? s.replace(/e([+-])(\d)$/, 'e$10$2') : `${s}.0`;
}
/** str() as Python gives it for a YAML value (str itself unquoted). */
function pyStr(v) {
    return typeof v === 'string' ? v : pyRepr(v);
}
/** Doorstop's _convert_to_str: the serialization of an extended reviewed attribute. */
function convertToStr(value, result) {
    if (Array.isArray(value)) {
        result += '\\L';
        for (const v of value)
            result = convertToStr(v, result);
        return result;
    }
    if (value !== null && typeof value === 'object') {
        result += '\\D';
        const o = value;
        for (const k of Object.keys(o).sort())
            result = convertToStr(o[k], result);
        return result;
    }
    return `${result}\\T${pyType(value)}\\V${pyStr(value).replace(/\\/g, '\\\\')}`;
}
function pyType(v) {
    const name = v === null || v === undefined
        ? 'NoneType'
        : typeof v === 'boolean'
            ? 'bool'
            : typeof v === 'number'
                ? Number.isInteger(v)
                    ? 'int'
                    : 'float'
                : 'str';
    return `<class '${name}'>`;
}
/** Doorstop's UID ordering (UID.__lt__): by prefix (any case), then number, then name. */
function compareUids(a, b) {
    const x = splitUid(a);
    const y = splitUid(b);
    if (!x || !y)
        return a < b ? -1 : a > b ? 1 : 0;
    const px = x.prefix.toLowerCase();
    const py = y.prefix.toLowerCase();
    if (px !== py)
        return px < py ? -1 : 1;
    if (x.number !== y.number)
        return x.number - y.number;
    return x.name < y.name ? -1 : x.name > y.name ? 1 : 0;
}
/** A stored stamp as Doorstop reads it (types.Stamp): true where to_bool says so, a string, or null (nothing). */
function storedStamp(v) {
    if (toBool(v))
        return true;
    if (typeof v === 'string' && v)
        return v;
    return null;
}
/** The UID of an item file: its name without the extension. */
function doorstopUid(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return name.replace(/\.(ya?ml|md)$/i, '');
}
function parseDoorstopItem(text, file, ctx, settings) {
    const uid = doorstopUid(file);
    // With the document's settings known, a file Doorstop would not load as an item is not one (nor an error).
    if (settings && !isDoorstopItemFile(file, settings))
        return { requirements: [], findings: [] };
    const src = readDoorstopItem(text, file, uid);
    if ('requirements' in src)
        return src;
    const { item, title, statement } = doorstopItemOf(uid, file, src, settings);
    return judgeDoorstopItem(item, title, statement, src.data, ctx, settings);
}
/** An item that could not be read: no requirement, one error. */
function itemNotRead(file, message, line) {
    return { requirements: [], findings: [{ severity: 'error', message, file, line }] };
}
/** Collect: the front matter (Markdown) or the whole file (YAML) read as a mapping, or the error that stops it. */
function readDoorstopItem(text, file, uid) {
    let yamlText = text;
    let body;
    let bodyLine = 1;
    if (/\.md$/i.test(file)) {
        const m = frontMatter(text);
        if (!m)
            return itemNotRead(file, `${file}: a Doorstop Markdown item starts with YAML front matter between "---" lines — add it.`, 1);
        yamlText = `\n${m.yaml}`; // keep line numbers: the opening "---" is line 1
        body = text.slice(m.end);
        bodyLine = m.bodyLine;
    }
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(yamlText, { lineCounter: lines, prettyErrors: false });
    if (doc.errors.length) {
        const e = doc.errors[0];
        return itemNotRead(file, `${file} is not valid YAML (${e.message.split('\n')[0]}); item ${uid} was not read — fix the YAML at this line.`, lines.linePos(e.pos[0]).line);
    }
    const root = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(root))
        return itemNotRead(file, `${file}: a Doorstop item must be a YAML mapping (text, links, ...) — fix it.`, 1);
    let data;
    try {
        data = (doc.toJS({ maxAliasCount: 100 }) ?? {});
    }
    catch (e) {
        return itemNotRead(file, `${file} is not valid YAML (${e.message.split('\n')[0]}); item ${uid} was not read — fix it.`, 1);
    }
    return { root, lines, data, body, bodyLine };
}
/** The item as Doorstop sees it (text, header, flags, links, stamps); a Markdown body sets data.text and data.header. */
function doorstopItemOf(uid, file, src, settings) {
    const { root, lines, data, body } = src;
    let bodyLine = src.bodyLine;
    let title = typeof data.header === 'string' ? doorstopText(data.header).trim() : '';
    let statement = typeof data.text === 'string' ? data.text : '';
    if (body !== undefined) {
        const md = markdownContent(body);
        if (md.header !== undefined)
            title = md.header.trim();
        statement = md.text;
        bodyLine += md.skipped;
        data.text = md.text;
        if (md.header !== undefined)
            data.header = md.header;
    }
    statement = doorstopText(statement);
    const active = data.active === undefined ? true : toBool(data.active);
    const normative = data.normative === undefined ? true : toBool(data.normative);
    const links = linksOf(root, lines);
    const item = {
        uid,
        file,
        line: body !== undefined ? bodyLine : 1,
        active,
        normative,
        ...stamps(uid, statement, data, links, settings?.extendedReviewed ?? []),
        reviewed: storedStamp(data.reviewed),
        links,
    };
    return { item, title, statement };
}
/** Judge and phrase: whether the item is a requirement, the findings on its UID, and the requirement itself. */
function judgeDoorstopItem(item, title, statement, data, ctx, settings) {
    const { uid, file, links } = item;
    const findings = [];
    if (!item.active || !item.normative)
        return { requirements: [], findings, doorstop: [item] };
    if (!ctx.isId(uid)) {
        findings.push({
            severity: 'error',
            message: `${file}: the Doorstop UID "${uid}" does not match id_pattern, so no test can cite it — rename the item or widen id_pattern.`,
            file,
            line: 1,
        });
        return { requirements: [], findings, doorstop: [item] };
    }
    if (settings?.prefix && !uid.toLowerCase().startsWith(settings.prefix.toLowerCase())) {
        findings.push({
            severity: 'warning',
            message: `${file}: item ${uid} does not start with the document prefix "${settings.prefix}" — Doorstop will not load it; rename it.`,
            file,
            line: 1,
        });
    }
    const parents = links.map((l) => l.uid);
    const cls = data.class ?? data.safety_class;
    const requirement = {
        id: uid,
        title: title || firstLine(statement),
        text: statement.trim(),
        ...(typeof cls === 'string' && cls ? { class: cls } : {}),
        ...(parents.length ? { parents } : {}),
        file,
        line: item.line,
        format: 'doorstop',
    };
    return { requirements: [requirement], findings, doorstop: [item] };
}
/** YAML front matter: a first line "---", up to the next line "---" (a scan by lines, no search over the file). */
function frontMatter(text) {
    const isFence = (from, to) => text.slice(from, to).replace(/[ \t\r]+$/, '') === '---';
    let eol = text.indexOf('\n');
    if (eol === -1 || !isFence(0, eol))
        return undefined;
    const start = eol + 1;
    let line = 2;
    for (let from = start; from <= text.length; line++) {
        eol = text.indexOf('\n', from);
        const to = eol === -1 ? text.length : eol;
        if (isFence(from, to))
            return { yaml: text.slice(start, from), end: eol === -1 ? text.length : eol + 1, bodyLine: line + 1 };
        if (eol === -1)
            return undefined;
        from = eol + 1;
    }
    return undefined;
}
/** Doorstop's to_bool. */
function toBool(v) {
    return typeof v === 'string' ? ['yes', 'true', 'enabled', '1'].includes(v.trim().toLowerCase()) : Boolean(v);
}
/** The links as written: "- REQ001", "- REQ001: <stamp>", or several pairs in one mapping; each with its line. */
function linksOf(root, lines) {
    const node = root.get('links', true);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node))
        return [];
    const out = [];
    const lineOf = (n) => (n?.range ? lines.linePos(n.range[0]).line : 1);
    for (const l of node.items) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(l) && l.value !== null && l.value !== '') {
            // "UID:stamp" in one string is a link with its stamp (types.UID).
            const v = String(l.value);
            const colon = v.lastIndexOf(':');
            out.push(colon > 0
                ? { uid: v.slice(0, colon), stamp: storedStamp(v.slice(colon + 1)), line: lineOf(l) }
                : { uid: v, stamp: null, line: lineOf(l) });
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(l)) {
            for (const pair of l.items) {
                const key = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : String(pair.key);
                out.push({ uid: key, stamp: storedStamp((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.value) ? pair.value.value : pair.value), line: lineOf(pair.key) });
            }
        }
    }
    return out;
}
/** Doorstop's common.update_data_from_markdown_content: a first "# " line is the header, the rest the text. */
function markdownContent(content) {
    const lines = content.split(/(?<=\n)/);
    let i = 0;
    while (i < lines.length && lines[i].trim() === '')
        i++;
    const skippedBlank = i;
    let header;
    const h1 = i < lines.length ? /^#\s+(.*)/.exec(lines[i].trim()) : null;
    if (h1) {
        header = h1[1];
        i++;
        while (i < lines.length && lines[i].trim() === '')
            i++;
    }
    return { ...(header !== undefined ? { header } : {}), text: lines.slice(i).join(''), skipped: skippedBlank };
}
/** Item.stamp() and Item.stamp(links=True), as Doorstop computes them. */
function stamps(uid, text, data, links, extendedReviewed) {
    const ref = typeof data.ref === 'string' ? data.ref.trim() : data.ref === undefined || data.ref === null ? '' : pyStr(data.ref);
    const values = [uid, text, ref];
    const references = referencesOf(data.references);
    if (references.length)
        values.push(pyRepr(references));
    const extended = extendedReviewed.filter((k) => k in data).map((k) => convertToStr(data[k], ''));
    const linked = links.map((l) => l.uid).sort(compareUids);
    return { stamp: doorstopDigest([...values, ...extended]), reviewedStamp: doorstopDigest([...values, ...linked, ...extended]) };
}
/** The references as Doorstop keeps them: each {type, path (stripped), keyword?, sha?}, in that key order. */
function referencesOf(v) {
    if (!Array.isArray(v))
        return [];
    return v.map((r) => {
        const o = (r ?? {});
        return {
            type: o.type,
            path: typeof o.path === 'string' ? o.path.trim() : o.path,
            ...('keyword' in o ? { keyword: o.keyword } : {}),
            ...('sha' in o ? { sha: o.sha } : {}),
        };
    });
}
function firstLine(s) {
    const line = s.trim().split('\n')[0] ?? '';
    return line.length > 80 ? `${line.slice(0, 77)}…` : line;
}


/***/ }),

/***/ 68149:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ readRequirementSources),
/* harmony export */   B8: () => (/* binding */ resolveRequirementFiles),
/* harmony export */   BV: () => (/* binding */ readRequirementFiles),
/* harmony export */   HS: () => (/* binding */ sourceGlobs),
/* harmony export */   OZ: () => (/* binding */ doorstopDirsAtHead),
/* harmony export */   Ri: () => (/* binding */ formerRequirementFile)
/* harmony export */ });
/* unused harmony export doorstopSkippedDirsAtHead */
/* harmony import */ var _read_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13384);
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95211);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54467);
/* harmony import */ var _parsers_requirements_doorstop_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34141);
/* harmony import */ var _parsers_requirements_formats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45277);





const DOORSTOP_SETTINGS = '.doorstop.yml';
const hasGlob = (s) => /[*?[\]{}()!]/.test(s);
/** The globs a source's path names: a glob as it is, a plain path as that file or folder (trailing slashes dropped). */
function sourceGlobs(path) {
    const clean = path.replace(/\/+$/, '');
    return hasGlob(clean) ? [clean] : [clean, `${clean}/**`];
}
const dirOf = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
/** Which files each source names at head, and in which format. */
async function resolveRequirementFiles(sources, facts) {
    const findings = [];
    const byPath = new Map();
    // Doorstop documents are recognized by their settings file, wherever a source points into one.
    const doorstopDirs = await doorstopDirsAtHead(facts);
    // A document whose folder holds a .doorstop.skip is one Doorstop skips: so does the gate.
    const skippedDirs = doorstopDirs.size ? await doorstopSkippedDirsAtHead(facts) : new Set();
    for (const source of sources) {
        const { path, format } = typeof source === 'string' ? { path: source, format: undefined } : source;
        const options = sourceOptions(source);
        const matched = await facts.listAtHead(sourceGlobs(path));
        const allSettings = format === undefined || format === 'doorstop' ? doorstopDirs : new Set();
        let count = 0;
        let skipped = 0;
        for (const p of matched) {
            const name = p.slice(p.lastIndexOf('/') + 1);
            if (name === DOORSTOP_SETTINGS)
                continue;
            const docDir = nearestDoorstopDir(p, allSettings);
            let f;
            if (format === 'doorstop' || (docDir !== undefined && format === undefined)) {
                if (docDir === undefined) {
                    findings.push({
                        severity: 'warning',
                        message: `${p} is named as a Doorstop item, but no ${DOORSTOP_SETTINGS} lies in its folder or above within ${path} — it was not read.`,
                        file: p,
                    });
                    continue;
                }
                if (!/\.(ya?ml|md)$/i.test(p) || p.slice(docDir.length).split('/').includes('assets'))
                    continue;
                if (skippedDirs.has(docDir)) {
                    skipped++;
                    continue;
                }
                f = 'doorstop';
            }
            else
                f = format ?? (0,_parsers_requirements_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .formatFromExtension */ .pf)(p);
            if (!f) {
                findings.push({
                    severity: 'warning',
                    message: `${p} matches the requirements source "${path}" but its format is unknown — name it with {path, format: yaml|markdown|doorstop|strictdoc|openfasttrace|sphinx-needs|reqif}.`,
                    file: p,
                });
                continue;
            }
            count++;
            if (!byPath.has(p))
                byPath.set(p, {
                    path: p,
                    format: f,
                    ...(f === 'doorstop' ? { settingsPath: docDir ? `${docDir}/${DOORSTOP_SETTINGS}` : DOORSTOP_SETTINGS } : {}),
                    ...(options ? { options } : {}),
                });
        }
        if (count === 0) {
            findings.push({
                severity: 'error',
                message: skipped
                    ? `The requirements source "${path}" names only Doorstop documents marked .doorstop.skip, so no requirement is read from it — remove the .doorstop.skip, or the source from the policy.`
                    : `The requirements source "${path}" matches no requirement file at head — fix the path in the policy, or add the requirements.`,
            });
        }
    }
    return { files: [...byPath.values()], findings };
}
/**
 * The requirement file a path was, for a file a pull request removed (or moved away): which source names it and
 * in which format. An item of a Doorstop document that still has its `.doorstop.yml` (`doorstopDirs`, at head) is
 * read as Doorstop; a whole document removed needs its source to say `format: doorstop`.
 */
function formerRequirementFile(path, sources, doorstopDirs = new Set()) {
    for (const source of sources) {
        const { path: sourcePath, format } = typeof source === 'string' ? { path: source, format: undefined } : source;
        if (!(0,_util_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatcher */ .f)(sourceGlobs(sourcePath))(path))
            continue;
        if (path.endsWith(`/${DOORSTOP_SETTINGS}`) || path === DOORSTOP_SETTINGS)
            return undefined;
        const docDir = format === undefined || format === 'doorstop' ? nearestDoorstopDir(path, doorstopDirs) : undefined;
        if (docDir !== undefined && /\.(ya?ml|md)$/i.test(path))
            return { path, format: 'doorstop', settingsPath: docDir ? `${docDir}/${DOORSTOP_SETTINGS}` : DOORSTOP_SETTINGS };
        const f = format ?? (0,_parsers_requirements_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .formatFromExtension */ .pf)(path);
        const options = sourceOptions(source);
        if (f)
            return { path, format: f, ...(options ? { options } : {}) };
    }
    return undefined;
}
/** The format options a source gives, if any. */
function sourceOptions(source) {
    if (typeof source === 'string')
        return undefined;
    const options = {};
    if (source.id_attribute !== undefined)
        options.id_attribute = source.id_attribute;
    if (source.test_types !== undefined)
        options.test_types = source.test_types;
    return Object.keys(options).length ? options : undefined;
}
/** The folders of the Doorstop documents at head (where a `.doorstop.yml` is). */
async function doorstopDirsAtHead(facts) {
    return new Set((await facts.listAtHead([DOORSTOP_SETTINGS, `**/${DOORSTOP_SETTINGS}`])).map(dirOf));
}
/** The folders of the Doorstop documents Doorstop skips (a `.doorstop.skip` beside the `.doorstop.yml`). */
async function doorstopSkippedDirsAtHead(facts) {
    return new Set((await facts.listAtHead(['.doorstop.skip', '**/.doorstop.skip'])).map(dirOf));
}
function nearestDoorstopDir(path, dirs) {
    for (let d = dirOf(path);; d = dirOf(d)) {
        if (dirs.has(d))
            return d;
        if (d === '')
            return undefined;
    }
}
/**
 * Every requirement the sources define at head, with findings for what could not be read or parsed.
 * Shared by the traceability gate and any gate that needs the requirement set (e.g. risk controls).
 */
async function readRequirementSources(sources, facts, options = {}) {
    return readRequirementFiles(await resolveRequirementFiles(sources, facts), facts, options);
}
/** The requirements of files already resolved from their sources (resolveRequirementFiles), with its findings. */
async function readRequirementFiles(resolved, facts, options = {}) {
    const idPattern = options.id_pattern ?? _parsers_requirements_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_ID_PATTERN */ .ng;
    const files = resolved.files;
    const findings = [...resolved.findings];
    const settingsByPath = new Map();
    for (const path of new Set(files.flatMap((f) => (f.settingsPath ? [f.settingsPath] : [])))) {
        const { text, finding } = await (0,_read_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readOrFinding */ .XB)((p) => facts.readAtHead(p), path, 'the Doorstop document');
        if (finding)
            findings.push(finding);
        if (text === undefined)
            continue;
        const parsed = (0,_parsers_requirements_doorstop_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDoorstopSettings */ .bJ)(text, path);
        findings.push(...parsed.findings);
        settingsByPath.set(path, parsed.settings);
    }
    const parsed = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_4__/* .mapConcurrent */ ._)(files, _util_concurrency_js__WEBPACK_IMPORTED_MODULE_4__/* .READ_CONCURRENCY */ .H, async (file) => {
        const { text, finding } = await (0,_read_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readOrFinding */ .XB)((p) => facts.readAtHead(p), file.path, 'its requirements');
        if (text === undefined)
            return { requirements: [], findings: finding ? [finding] : [] };
        return (0,_parsers_requirements_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInFormat */ .uq)(file, text, idPattern, file.settingsPath ? settingsByPath.get(file.settingsPath) : undefined);
    });
    const requirements = [];
    const doorstop = [];
    for (const p of parsed) {
        requirements.push(...p.requirements);
        findings.push(...p.findings);
        if (p.doorstop)
            doorstop.push(...p.doorstop);
    }
    return { requirements, findings, files, ...(doorstop.length ? { doorstop } : {}) };
}


/***/ })

};
