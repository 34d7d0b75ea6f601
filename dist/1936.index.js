export const id = 1936;
export const ids = [1936];
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

/***/ 81936:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseMarkdownRequirements: () => (/* binding */ parseMarkdownRequirements)
/* harmony export */ });
/* harmony import */ var _core_classification_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23047);
/* harmony import */ var _util_pattern_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82718);
/* harmony import */ var _gfm_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34596);



// Requirements in Markdown, read as GitHub renders it (micromark + GFM): a top-level heading that starts with an
// id ("## REQ-012 Bolus limits", "### **REQ-012**: Bolus limits", "### [REQ-012] Bolus limits"), after a section
// number if any ("### 5.1 REQ-012 Bolus limits"), opens a requirement; its text is its section: it runs to the next
// heading of the same or a higher level, or to the next requirement heading (a deeper heading that is no requirement,
// "### Acceptance criteria", is part of it). Headings inside code blocks, HTML blocks, quotes or lists are not
// requirement headings. A heading whose title is a tombstone ("REQ-9 DELETED", "REQ-9 (deleted)") is not a
// requirement, and ends the section before it.
//
// Attributes: "Class: C" sets its class and "Parents: SYS-1, SYS-2" its parents, written as a line of a
// paragraph, as a list item ("- Parents: SYS-1"), under an "Attributes" sub-heading, or as a row of a two-column
// table ("| Parents | SYS-1 |"); ids lose surrounding punctuation ("SYS-1." is "SYS-1"). The text kept is the
// requirement's source lines without its attribute lines.
const CLASS_KEY = /^(?:safety )?class$/i;
/** A, B, C in order; anything else above them (it is held to require_tests). */
const classRank = (c) => _core_classification_js__WEBPACK_IMPORTED_MODULE_0__/* .SAFETY_CLASS_RANK */ .t3[c] ?? 4;
const PARENTS_KEY = /^(?:parents?|derives from|traces to)$/i;
/** A cheap look at a raw line: could it be "key: value" for one of the keys above (with emphasis or code marks)? */
const SEPARATORS = /^[\s:.\u2013\u2014-]+/;
const ATTRIBUTE_LINE = /^[\s*_`]{0,4}(?:safety\s+class|class|parents?|derives\s+from|traces\s+to)[\s*_`]{0,4}:/i;
/** Heading ids are looked for in this many leading characters; the rest is the title. */
const ID_WINDOW = 1000;
/** "SYS-1, SYS-2." → ids without surrounding punctuation or emphasis; "and" / "or" between ids are dropped. */
function parentIds(value) {
    const out = [];
    for (const token of value.split(/[\s,;]+/)) {
        const id = token.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, '');
        if (id && !/^(?:and|or)$/i.test(id) && !out.includes(id))
            out.push(id);
    }
    return out;
}
/** A value without surrounding whitespace, emphasis and code marks; walked from both ends (no regex retrying each run). */
function trimMarks(value) {
    const mark = (c) => c === '*' || c === '_' || c === '`' || c.trim() === '';
    let start = 0;
    let end = value.length;
    while (start < end && mark(value[start]))
        start++;
    while (end > start && mark(value[end - 1]))
        end--;
    return value.slice(start, end);
}
/** Applies "key: value" (rendered text) to the attributes; true when the key was one. */
function applyAttribute(key, value, into) {
    const k = key
        .replace(/[*_`:\s]+$/g, '')
        .replace(/^[*_`\s]+/, '')
        .replace(/\s+/g, ' ');
    if (CLASS_KEY.test(k)) {
        const written = trimMarks(value);
        if (!written)
            return false;
        // A value that is none of A, B, C ("III", "high") is kept as written: the gate holds such a requirement to
        // require_tests and reports the class, rather than giving it classification.default in silence.
        // Read as every format's class is read ("Class C", "B/C": the strictest named).
        const read = (0,_core_classification_js__WEBPACK_IMPORTED_MODULE_0__/* .safetyClassOf */ .gT)(written);
        const cls = read.known ? read.cls : trimMarks(written.slice(0, 40));
        // Written twice (in the statement and again under a sub-heading): the stricter holds, never the last one read; a
        // class that is none of A, B, C is held to require_tests, the strictest.
        if (!into.class || classRank(cls) > classRank(into.class))
            into.class = cls;
        return true;
    }
    if (PARENTS_KEY.test(k)) {
        into.parents = [...(into.parents ?? []), ...parentIds(value).filter((p) => !into.parents?.includes(p))];
        return true;
    }
    return false;
}
/** The attribute lines of a paragraph (1-based source lines), applied to `into`. */
function paragraphAttributes(p, into, dropped) {
    const lines = (0,_gfm_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .rawInline */ .ER)(p).split('\n');
    const first = p.position.start.line;
    lines.forEach((raw, i) => {
        if (!ATTRIBUTE_LINE.test(raw))
            return;
        const text = (0,_gfm_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderInline */ ._)(raw) ?? raw;
        const colon = text.indexOf(':');
        if (colon !== -1 && applyAttribute(text.slice(0, colon), text.slice(colon + 1), into))
            dropped.add(first + i);
    });
}
/** The rows of a two-column table whose first cell names an attribute. */
function tableAttributes(t, into, dropped) {
    for (const row of t.children) {
        if (row.children.length !== 2)
            continue;
        const [k, v] = row.children;
        const key = (0,_gfm_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderedText */ .P)(k);
        if (key.length > 40)
            continue;
        const value = (0,_gfm_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderedText */ .P)(v);
        if (applyAttribute(key, value, into))
            dropped.add(row.position.start.line);
    }
}
/** Attributes anywhere in a block of a requirement's section (paragraphs, list items, tables; not code or quotes). */
function blockAttributes(node, into, dropped) {
    const stack = [node];
    while (stack.length) {
        const n = stack.pop();
        if (n.type === 'paragraph')
            paragraphAttributes(n, into, dropped);
        else if (n.type === 'table')
            tableAttributes(n, into, dropped);
        else if (n.type === 'list' || n.type === 'listItem')
            for (let i = n.children.length - 1; i >= 0; i--)
                stack.push(n.children[i]);
    }
}
const isAttributesHeading = (h) => /^attributes:?$/i.test((0,_gfm_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plainText */ .wh)(h).trim());
/** A tombstone title: "DELETED", "(deleted)", "[DELETED] merged into REQ-4", "— DELETED —". */
const isTombstone = (title) => /^[\s\p{P}]*deleted[\s\p{P}]*$/iu.test(title) || /^[\s\p{P}]*DELETED\b/u.test(title);
function parseMarkdownRequirements(text, file, ctx, idPattern) {
    // The id (the policy's pattern, run by RE2), then nothing that continues it: the rest starts elsewhere than at a
    // letter, digit or underscore; the title is the rest after its separators.
    const headingId = _util_pattern_js__WEBPACK_IMPORTED_MODULE_1__/* .Pattern */ .zJ.compile(`^(?:[0-9]{1,9}(?:\\.[0-9]{1,9}){0,9}[.)]?[ \\t]+)?(?:\\*\\*|\`|\\[)?(?P<sdlc_gate_id>${idPattern})(?:\\*\\*|\`|\\])?(?P<sdlc_gate_rest>(?:[^A-Za-z0-9_].*)?)$`);
    let root;
    try {
        root = (0,_gfm_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBlocks */ .SV)(text);
    }
    catch (e) {
        if (!(e instanceof _gfm_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .MarkdownReadError */ .ke))
            throw e;
        return {
            requirements: [],
            findings: [
                {
                    severity: 'error',
                    message: `${file}: cannot be read as Markdown — ${e.message}; flatten the nesting.`,
                    file,
                    ...(e.line ? { line: e.line } : {}),
                },
            ],
        };
    }
    const lines = text.split(/\r\n|\r|\n/);
    const requirements = [];
    let current;
    const close = (endLine) => {
        if (!current)
            return;
        const { r, attrs, dropped, from } = current;
        const kept = [];
        for (let l = from; l < endLine; l++)
            if (!dropped.has(l))
                kept.push(lines[l - 1]);
        r.text = kept.join('\n').trim();
        if (attrs.class)
            r.class = attrs.class;
        if (attrs.parents?.length)
            r.parents = attrs.parents;
        requirements.push(r);
        current = undefined;
    };
    for (const node of root.children) {
        const line = node.position.start.line;
        if (node.type !== 'heading') {
            if (current)
                blockAttributes(node, current.attrs, current.dropped);
            continue;
        }
        if (current && node.depth > current.depth && isAttributesHeading(node)) {
            current.dropped.add(line);
            continue;
        }
        const heading = (0,_gfm_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderedText */ .P)(node);
        const window = heading.slice(0, ID_WINDOW);
        const m = headingId.exec(window);
        const id = m?.named.sdlc_gate_id;
        const opens = id !== undefined && ctx.isId(id);
        // A deeper heading that is no requirement ("### Acceptance criteria" under "## REQ-7") is part of the
        // requirement's section, as in the document's outline: its text is compared for a suspect link too.
        if (current && node.depth > current.depth && !opens)
            continue;
        close(line);
        if (!opens)
            continue;
        const title = heading
            .slice(window.length - (m.named.sdlc_gate_rest ?? '').length)
            .replace(SEPARATORS, '')
            .trim();
        if (isTombstone(title))
            continue;
        current = {
            r: { id, title, text: '', file, line, format: 'markdown' },
            depth: node.depth,
            attrs: {},
            dropped: new Set(),
            from: node.position.end.line + 1,
        };
    }
    close(lines.length + 1);
    return { requirements, findings: [] };
}


/***/ })

};
