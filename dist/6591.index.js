export const id = 6591;
export const ids = [6591];
export const modules = {

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

/***/ 36591:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checklist: () => (/* binding */ checklist),
/* harmony export */   normalizeItem: () => (/* binding */ normalizeItem),
/* harmony export */   taskItems: () => (/* binding */ taskItems)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7849);
/* harmony import */ var _checklist_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48330);
/* harmony import */ var _parsers_gfm_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34596);



/** Lower case, whitespace collapsed and trimmed: how items are compared. */
function normalizeItem(text) {
    return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
/**
 * The task-list items of a Markdown body as GitHub renders them (GFM, by micromark): only list items that show a
 * checkbox count, so a tick inside a code block, an HTML block or comment, or a line that is not a list item (a
 * 10-digit ordinal, a `2.` that cannot interrupt a paragraph, a marker followed by five spaces) is not an item. The
 * text is the item's first paragraph as rendered (emphasis, links and code spans read as their text; HTML and
 * struck-through text dropped). An item whose paragraph is longer than INLINE_CAP characters is left out (its
 * text is not rendered, so it cannot answer; it is marked tooLong). Throws MarkdownReadError for nesting too deep to read.
 */
function taskItems(body) {
    const items = [];
    const stack = [(0,_parsers_gfm_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBlocks */ .SV)(body)];
    while (stack.length) {
        const node = stack.pop();
        if (node.type === 'listItem' && typeof node.checked === 'boolean') {
            const first = node.children.find((c) => c.type === 'paragraph');
            const text = first ? (0,_parsers_gfm_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .renderInline */ ._)((0,_parsers_gfm_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .rawInline */ .ER)(first)) : '';
            items.push(text === undefined ? { checked: node.checked, text: '', tooLong: true } : { checked: node.checked, text: normalizeItem(text) });
        }
        // Only containers can hold list items; paragraphs, headings, tables and code cannot.
        if (node.type === 'root' ||
            node.type === 'list' ||
            node.type === 'listItem' ||
            node.type === 'blockquote' ||
            node.type === 'footnoteDefinition') {
            for (let i = node.children.length - 1; i >= 0; i--)
                stack.push(node.children[i]);
        }
    }
    return items;
}
/** A body item answers a policy item when it is that text, or that text followed by a note after punctuation ("— n/a"). */
function answers(bodyText, wanted) {
    return bodyText === wanted || (bodyText.startsWith(wanted) && /^\s*[^\p{L}\p{N}\s]/u.test(bodyText.slice(wanted.length)));
}
const checklist = (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .Km)({
    name: _checklist_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .checklistRule */ .x.name,
    description: _checklist_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .checklistRule */ .x.description,
    options: _checklist_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .ChecklistOptions */ .z,
    async evaluate(options, facts) {
        const pr = await facts.pr();
        let present;
        try {
            present = taskItems(pr.body);
        }
        catch (e) {
            if (!(e instanceof _parsers_gfm_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .MarkdownReadError */ .ke))
                throw e;
            return {
                findings: [
                    {
                        severity: 'error',
                        message: `The pull request description cannot be read as Markdown: ${e.message}. Shorten the nesting, then tick each checklist item as a task-list item, e.g. "- [x] ${options.items[0]}".`,
                    },
                ],
                summary: 'the description could not be read',
            };
        }
        const unchecked = [];
        const missing = [];
        for (const item of options.items) {
            const wanted = normalizeItem(item);
            const matches = present.filter((p) => !p.tooLong && answers(p.text, wanted));
            if (matches.some((p) => p.checked))
                continue;
            (matches.length ? unchecked : missing).push(item);
        }
        if (!unchecked.length && !missing.length) {
            return {
                findings: [],
                summary: `${options.items.length === 1 ? 'the checklist item is' : `all ${options.items.length} checklist items are`} checked`,
            };
        }
        const parts = [];
        if (unchecked.length)
            parts.push(`not checked: ${unchecked.map((i) => `"${i}"`).join(', ')}`);
        if (missing.length)
            parts.push(`missing: ${missing.map((i) => `"${i}"`).join(', ')}`);
        const first = (missing[0] ?? unchecked[0]);
        const tooLong = present.filter((p) => p.tooLong && p.checked).length;
        if (tooLong)
            parts.push(`${tooLong} ticked item${tooLong === 1 ? ' is' : 's are'} longer than ${_parsers_gfm_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .INLINE_CAP */ .VL} characters and not read — shorten ${tooLong === 1 ? 'it' : 'them'}`);
        const steps = [];
        if (unchecked.length)
            steps.push(`tick ${unchecked.map((i) => `"${i}"`).join(', ')}`);
        if (missing.length)
            steps.push(`add ${missing.map((i) => `"- [x] ${i}"`).join(', ')}`);
        return {
            findings: [
                {
                    severity: 'error',
                    message: `The pull request description does not tick every checklist item — ${parts.join('; ')}. Do what each says, then tick it in the description as a task-list item, e.g. "- [x] ${first}".`,
                    action: { text: `Once done, ${steps.join(' and ')} in the pull request description` },
                },
            ],
            summary: `${unchecked.length + missing.length} of ${options.items.length} checklist items not checked`,
        };
    },
});


/***/ })

};
