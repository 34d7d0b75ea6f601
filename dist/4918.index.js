export const id = 4918;
export const ids = [4918,8152];
export const modules = {

/***/ 28152:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ plainRequirement),
/* harmony export */   Db: () => (/* binding */ yamlRequirement),
/* harmony export */   Yr: () => (/* binding */ FIELD_NAMES),
/* harmony export */   lineList: () => (/* binding */ lineList),
/* harmony export */   nK: () => (/* binding */ isPlainMap)
/* harmony export */ });
const isPlainMap = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Each item field and the other names it goes by, first found first. */
const FIELD_NAMES = {
    id: ['id', 'uid', 'UID'],
    title: ['title', 'name', 'header'],
    text: ['text', 'statement', 'description'],
    class: ['class', 'safety_class'],
    parents: ['parents', 'links', 'parent'],
};
/** A requirement from an item's values, as both readings build it. */
function yamlRequirement(id, values, file, line) {
    // Written out (no spreads): a large document builds tens of thousands, each of one of four shapes.
    const title = (values.title ?? '').trim();
    const text = (values.text ?? '').trim();
    if (values.class) {
        return values.parents?.length
            ? { id, title, text, class: values.class, parents: values.parents, file, line, format: 'yaml' }
            : { id, title, text, class: values.class, file, line, format: 'yaml' };
    }
    return values.parents?.length
        ? { id, title, text, parents: values.parents, file, line, format: 'yaml' }
        : { id, title, text, file, line, format: 'yaml' };
}
/** An item's first field of those names (present and not undefined), boxed: a null value is there. */
function plainField(item, names) {
    for (const n of names)
        if (Object.hasOwn(item, n) && item[n] !== undefined)
            return { value: item[n] };
    return undefined;
}
/** A field's value as a string, where it is a scalar and not null. */
function scalar(f) {
    return f && f.value !== null && typeof f.value !== 'object' ? String(f.value) : undefined;
}
/** The requirement of one item read by a quick reading (its values as js-yaml or the line reading give them); undefined where the full reading would have a finding. */
function plainRequirement(item, file, line, ctx) {
    const field = (names) => plainField(item, names);
    const id = (scalar(field(FIELD_NAMES.id)) ?? '').trim();
    if (!id || !ctx.isId(id))
        return undefined;
    const parentsBox = field(FIELD_NAMES.parents);
    const parentsField = parentsBox?.value;
    let parents;
    if (Array.isArray(parentsField)) {
        parents = [];
        for (const p of parentsField) {
            if (isPlainMap(p)) {
                // Object keys list integer-like names first; the full reading keeps the written order.
                const keys = Object.keys(p);
                if (keys.length > 1)
                    return undefined;
                parents.push(...keys);
            }
            else if (!Array.isArray(p))
                parents.push(String(p));
        }
    }
    else {
        const one = scalar(parentsBox);
        parents = one ? [one] : undefined;
    }
    return yamlRequirement(id, { title: scalar(field(FIELD_NAMES.title)), text: scalar(field(FIELD_NAMES.text)), class: scalar(field(FIELD_NAMES.class)), parents }, file, line);
}
// The commonest shape, read line by line (a YAML parser's first run in a process costs far more): a list of items
// whose values are plain one-line strings or `>`/`|` blocks of one paragraph at one indentation. Anything else —
// quotes, flow collections, comments, anchors, tags, tabs, CR, document markers, empty values, nested lists,
// multi-paragraph or more-indented blocks, a value the core schema reads as null, a boolean or a number, a character
// YAML refuses — declines to the quick reading, so the answer is always the full reading's.
/** Characters this reading takes: LF, printable ASCII and the printable BMP (no controls, line or paragraph separators, surrogates, BOM or noncharacters). */
const LINE_READABLE = /^[\n\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*$/;
/** Plain scalars the YAML 1.2 core schema does not read as strings (the same expressions as CORE_SCHEMA's). */
const NOT_A_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;
/**
 * `key: value` where the value is a block indicator, a list of plain ids in brackets, or a plain string scalar (no
 * indicator first, no "#" or ": " within, nothing blank or ":" last).
 */
const LINE_PAIR = /^([A-Za-z_][A-Za-z0-9_]*): (?:([|>])|\[([^\][{}#]*)\]|([^\s\-?:,[\]{}#&*!|>'"%@`](?:[^#]*[^\s:#])?))$/;
/** An item of a bracketed list this reading takes: a plain scalar of id characters. */
const FLOW_ITEM = /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/;
/** The line reading; undefined where it declines. */
function lineList(text, file, ctx) {
    if (!text.endsWith('\n') || !LINE_READABLE.test(text))
        return undefined;
    const lines = text.split('\n');
    lines.pop();
    let at = 0;
    // Comment lines and blank lines before the list (a file's header), and nowhere else.
    while (at < lines.length && (lines[at] === '' || lines[at].startsWith('#')))
        at++;
    if (lines[at] === 'requirements:')
        at++;
    const first = lines[at];
    if (first === undefined)
        return undefined;
    const indent = first.indexOf('- ');
    if (indent < 0 || (lines[at - 1] !== 'requirements:' && indent !== 0) || first.slice(0, indent).trim() !== '')
        return undefined;
    const itemPrefix = `${' '.repeat(indent)}- `;
    const keyIndent = indent + 2;
    const keyPrefix = ' '.repeat(keyIndent);
    const requirements = [];
    while (at < lines.length) {
        let line = lines[at];
        if (line === '') {
            at++;
            continue;
        }
        if (!line.startsWith(itemPrefix))
            return undefined;
        const itemLine = at + 1;
        // A plain object (fast properties, one shape for items alike); a key named __proto__ is defined as a key like any
        // other, not assigned (which would set the prototype).
        const item = {};
        let rest = line.slice(itemPrefix.length);
        for (;;) {
            const pair = LINE_PAIR.exec(rest);
            if (!pair || Object.hasOwn(item, pair[1]))
                return undefined;
            at++;
            let value;
            if (pair[3] !== undefined) {
                value = pair[3] === '' ? [] : pair[3].split(', ');
                if (value.some((v) => !FLOW_ITEM.test(v) || NOT_A_STRING.test(v)))
                    return undefined;
            }
            else if (pair[2] !== undefined) {
                // A block of one paragraph: lines at one indentation, deeper than the keys, with no trailing blanks.
                const content = [];
                const deeper = at < lines.length ? spacesAt(lines[at]) : 0;
                if (deeper <= keyIndent)
                    return undefined;
                for (; at < lines.length; at++) {
                    const l = lines[at];
                    const depth = indentOf(l);
                    if (l === '' || depth < deeper)
                        break;
                    if (depth > deeper || l.endsWith(' '))
                        return undefined;
                    content.push(l.slice(deeper));
                }
                // What follows must be a key of this item, another item, a blank line before one, or the end.
                const next = lines[at];
                if (next !== undefined && next !== '' && !next.startsWith(keyPrefix) && !next.startsWith(itemPrefix))
                    return undefined;
                if (next !== undefined && next.startsWith(keyPrefix) && next[keyIndent] === ' ')
                    return undefined;
                value = `${content.join(pair[2] === '>' ? ' ' : '\n')}\n`;
            }
            else {
                value = pair[4];
                if (value.includes(': ') || NOT_A_STRING.test(value))
                    return undefined;
            }
            if (pair[1] === '__proto__')
                Object.defineProperty(item, pair[1], { value, enumerable: true, writable: true, configurable: true });
            else
                item[pair[1]] = value;
            line = lines[at] ?? '';
            if (!line.startsWith(keyPrefix) || line[keyIndent] === ' ')
                break;
            rest = line.slice(keyIndent);
        }
        const requirement = plainRequirement(item, file, itemLine, ctx);
        if (!requirement)
            return undefined;
        requirements.push(requirement);
    }
    return requirements.length ? { requirements, findings: [] } : undefined;
}
/** How many spaces a line starts with. */
function spacesAt(line) {
    let n = 0;
    while (line.charCodeAt(n) === 32)
        n++;
    return n;
}
/** How much white space (as trimStart takes it) a line starts with; counted quickly where it is spaces alone. */
function indentOf(line) {
    const spaces = spacesAt(line);
    return spaces < line.length && /\s/.test(line[spaces]) ? line.length - line.trimStart().length : spaces;
}


/***/ }),

/***/ 64918:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseDeclinedYaml: () => (/* binding */ parseDeclinedYaml),
/* harmony export */   parseYamlRequirements: () => (/* binding */ parseYamlRequirements),
/* harmony export */   parseYamlRequirementsFully: () => (/* binding */ parseYamlRequirementsFully),
/* harmony export */   quickList: () => (/* binding */ quickList)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _yaml_lines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28152);



// Requirements in YAML: a list of items, a map of id → item, or {requirements: [...]}. Item fields: id, title,
// text (also `statement`/`description`), class, parents (also `links`). Unknown fields are ignored.
function parseYamlRequirements(text, file, ctx) {
    return (0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_2__.lineList)(text, file, ctx) ?? parseDeclinedYaml(text, file, ctx);
}
/** A file the line reading declined: the quick reading (js-yaml), else the full one. */
function parseDeclinedYaml(text, file, ctx) {
    return quickList(text, file, ctx) ?? parseYamlRequirementsFully(text, file, ctx);
}
/** One item of the full reading: a requirement pushed, or a finding for an entry that is not one. */
function takeYamlItem(item, idFromKey, line, file, ctx, out) {
    const { requirements, findings } = out;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(item)) {
        findings.push({
            severity: 'error',
            message: `${file}: a requirement must be a mapping with id, title and text — fix this entry.`,
            file,
            line,
        });
        return;
    }
    const field = (names) => {
        for (const n of names) {
            const v = item.get(n, true);
            if (v !== undefined && v !== null)
                return v;
        }
        return undefined;
    };
    const idNode = field(_yaml_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_NAMES */ .Yr.id);
    const id = idFromKey ?? ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(idNode) ? String(idNode.value ?? '').trim() : '');
    if (!id) {
        findings.push({
            severity: 'error',
            message: `${file}: this requirement has no id — add "id: <an id matching id_pattern>".`,
            file,
            line,
        });
        return;
    }
    if (!ctx.isId(id)) {
        findings.push({
            severity: 'error',
            message: `${file}: "${id}" does not match id_pattern, so no test can cite it — rename it or widen id_pattern.`,
            file,
            line,
        });
        return;
    }
    const str = (n) => ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(n) && n.value !== null && n.value !== undefined ? String(n.value) : undefined);
    const parentsNode = field(_yaml_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_NAMES */ .Yr.parents);
    const parents = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(parentsNode)
        ? parentsNode.items.flatMap((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(p) ? [String(p.value)] : (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(p) ? p.items.map((pair) => String((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key) ? pair.key.value : pair.key)) : [])
        : str(parentsNode)
            ? [str(parentsNode)]
            : undefined;
    requirements.push((0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .yamlRequirement */ .Db)(id, { title: str(field(_yaml_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_NAMES */ .Yr.title)), text: str(field(_yaml_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_NAMES */ .Yr.text)), class: str(field(_yaml_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_NAMES */ .Yr.class)), parents }, file, line));
}
/** The reference reading of any document, with positions for every node and a finding for every problem. */
function parseYamlRequirementsFully(text, file, ctx) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
    const findings = [];
    if (doc.errors.length) {
        const e = doc.errors[0];
        const line = e.linePos?.[0]?.line ?? lines.linePos(e.pos[0]).line;
        findings.push({
            severity: 'error',
            message: `${file} is not valid YAML (${e.message.split('\n')[0]}); its requirements were not read — fix the YAML at this line.`,
            file,
            line,
        });
        return { requirements: [], findings };
    }
    const lineOf = (node) => (node?.range ? lines.linePos(node.range[0]).line : 1);
    let root = doc.contents;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(root) && root.has('requirements'))
        root = root.get('requirements', true);
    const requirements = [];
    const take = (item, idFromKey, line) => takeYamlItem(item, idFromKey, line, file, ctx, { requirements, findings });
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(root)) {
        for (const item of root.items)
            take(item, undefined, lineOf(item));
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(root)) {
        for (const pair of root.items) {
            const key = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : '';
            take(pair.value, key, lineOf(pair.key));
        }
    }
    else if (root !== null && root !== undefined) {
        findings.push({
            severity: 'error',
            message: `${file} holds neither a list of requirements, a map of id → requirement, nor {requirements: [...]} — reshape it.`,
            file,
            line: lineOf(root),
        });
    }
    return { requirements, findings };
}
// The common case, fast: a list of well-formed requirements (bare or under `requirements:`) is read with js-yaml,
// several times quicker than the full reading, which stays the reference. Whatever the quick reading cannot vouch
// for — anchors, aliases and tags (their positions and resolution differ), duplicate keys, another shape, any
// entry that would be a finding — is left to the full reading, so the two never give different answers.
/** The YAML 1.2 core schema as the full reading resolves plain scalars (js-yaml's own differs, e.g. on 0b101). */
const CORE_SCHEMA = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].FAILSAFE_SCHEMA */ .Ay.FAILSAFE_SCHEMA.extend({
    implicit: [
        new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Type */ .Ay.Type('tag:yaml.org,2002:null', {
            kind: 'scalar',
            resolve: (s) => /^(?:~|[Nn]ull|NULL)?$/.test(s),
            construct: () => null,
        }),
        new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Type */ .Ay.Type('tag:yaml.org,2002:bool', {
            kind: 'scalar',
            resolve: (s) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s),
            construct: (s) => s[0] === 't' || s[0] === 'T',
        }),
        new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Type */ .Ay.Type('tag:yaml.org,2002:int', {
            kind: 'scalar',
            resolve: (s) => /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/.test(s),
            construct: (s) => s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10),
        }),
        new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Type */ .Ay.Type('tag:yaml.org,2002:float', {
            kind: 'scalar',
            resolve: (s) => /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/.test(s),
            construct: (s) => (/nan$/i.test(s) ? NaN : /inf$/i.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : parseFloat(s)),
        }),
    ],
});
/** A node property (anchor, tag) or an alias where one can stand; prose that merely looks like one only costs speed. */
const NODE_PROPERTY = /(?:^[ \t]*|[-:?,[{][ \t]+|[[{,])[&*!]/m;
/** The first character of the node that opens at `position` (after spaces, line breaks and comments), and its line. */
function firstToken(text, position, line) {
    let at = position;
    let lineNo = line + 1;
    for (;;) {
        const c = text[at];
        if (c === ' ' || c === '\t' || c === '\r')
            at++;
        else if (c === '\n') {
            at++;
            lineNo++;
        }
        else if (c === '#') {
            while (at < text.length && text[at] !== '\n')
                at++;
        }
        else
            return { line: lineNo, first: c ?? '' };
    }
}
/** The quick reading; undefined where it declines (the full reading then answers). */
function quickList(text, file, ctx) {
    if (NODE_PROPERTY.test(text))
        return undefined;
    // Where each mapping starts (the line of its first key, or of its "{"), from the first time the parser closes it.
    const starts = new Map();
    const open = [];
    // A quoted scalar or flow collection over several lines: the full reading holds them to indentation rules that
    // js-yaml does not, so such a document is left to it.
    let spansLines = false;
    let data;
    try {
        data = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].load */ .Ay.load(text, {
            schema: CORE_SCHEMA,
            listener(event, state) {
                if (event === 'open')
                    open.push(firstToken(text, state.position, state.line));
                else {
                    const { line, first } = open.pop();
                    if ((0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainMap */ .nK)(state.result) && !starts.has(state.result))
                        starts.set(state.result, line);
                    if (`"'[{`.includes(first) && state.line + 1 > line)
                        spansLines = true;
                }
            },
        });
    }
    catch {
        return undefined;
    }
    if (spansLines)
        return undefined;
    if (data === undefined || data === null)
        return { requirements: [], findings: [] };
    const list = (0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainMap */ .nK)(data) && Object.hasOwn(data, 'requirements') ? data.requirements : data;
    if (!Array.isArray(list))
        return undefined;
    const requirements = [];
    for (const item of list) {
        const line = (0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainMap */ .nK)(item) ? starts.get(item) : undefined;
        const requirement = (0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainMap */ .nK)(item) && line !== undefined ? (0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .plainRequirement */ .A6)(item, file, line, ctx) : undefined;
        if (!requirement)
            return undefined;
        requirements.push(requirement);
    }
    return { requirements, findings: [] };
}


/***/ })

};
