export const id = 8152;
export const ids = [8152];
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


/***/ })

};
