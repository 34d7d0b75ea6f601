export const id = 9786;
export const ids = [9786];
export const modules = {

/***/ 49786:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseReqIf: () => (/* binding */ parseReqIf)
/* harmony export */ });
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69658);
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75824);
/* harmony import */ var _xml_doctype_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96654);


// ReqIF (OMG Requirements Interchange Format 1.x, what DOORS, Polarion, Jama, codebeamer and StrictDoc export):
// REQ-IF/CORE-CONTENT/REQ-IF-CONTENT holds SPEC-TYPES (attribute definitions, each with an IDENTIFIER and a
// LONG-NAME), SPEC-OBJECTS (each with VALUES: ATTRIBUTE-VALUE-STRING/-XHTML/-INTEGER/... naming their definition)
// and SPEC-RELATIONS (SOURCE and TARGET spec objects). Read with a real XML parser; a DOCTYPE is refused.
//
// - The id is the value of the attribute the source names (`id_attribute`, matched against a definition's
//   LONG-NAME or IDENTIFIER), by default ReqIF.ForeignID, and where an object has none, its IDENTIFIER.
// - The title is ReqIF.Name (else ReqIF.ChapterName, else the object's LONG-NAME); the text is ReqIF.Text, XHTML
//   reduced to its plain text.
// - A heading — an object with a ReqIF.ChapterName and no ReqIF.Text — is not a requirement.
// - A SPEC-RELATION makes its TARGET a parent of its SOURCE (the source derives from / satisfies the target, as
//   StrictDoc's "Parent" relation and DOORS' links out of a lower-level module are exported).
// - An object whose id does not match id_pattern cannot be cited: a finding with its line, not a silent skip.
// Linear: one parse, then maps by identifier.
const DEFAULT_ID_ATTRIBUTES = ['ReqIF.ForeignID'];
const META = fast_xml_parser__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.getMetaDataSymbol();
function parseReqIf(text, file, ctx, options = {}) {
    const parsed = parseDocument(text, file);
    if (!('content' in parsed))
        return parsed;
    const { content, lines } = parsed;
    const findings = [];
    const idAttributes = options.id_attribute ? [options.id_attribute] : DEFAULT_ID_ATTRIBUTES;
    const objects = readObjects(content, idAttributes, lines, file, findings);
    const parents = readRelations(content, objects, lines, file, findings);
    const requirements = [];
    for (const o of objects.values()) {
        if (o.heading)
            continue;
        if (!ctx.isId(o.id)) {
            findings.push({
                severity: 'error',
                message: o.named
                    ? `${file}: the spec object ${o.identifier} has the id "${o.id}", which does not match id_pattern, so no test can cite it — fix id_pattern, or name the attribute that holds the ids with id_attribute.`
                    : `${file}: the spec object ${o.identifier} has no ${idAttributes.join(' or ')} attribute, and its IDENTIFIER does not match id_pattern, so no test can cite it — give it an id, or name the attribute that holds the ids with id_attribute.`,
                file,
                line: o.line,
            });
            continue;
        }
        const ps = parents.get(o.identifier);
        requirements.push({
            id: o.id,
            title: o.title,
            text: o.text,
            ...(ps?.length ? { parents: ps } : {}),
            file,
            line: o.line,
            format: 'reqif',
        });
    }
    return { requirements, findings };
}
/** The REQ-IF-CONTENT element, or the finding that says why there is none (a DOCTYPE, malformed XML, not ReqIF). */
function parseDocument(text, file) {
    const fail = (message, line) => ({
        requirements: [],
        findings: [{ severity: 'error', message, file, line }],
    });
    const doctype = (0,_xml_doctype_js__WEBPACK_IMPORTED_MODULE_1__/* .findDoctype */ .Y)(text);
    if (doctype)
        return fail(`${file} ${(0,_xml_doctype_js__WEBPACK_IMPORTED_MODULE_1__/* .doctypeHazard */ .t)(doctype)}; a ReqIF document needs none, and this gate neither loads nor expands one, so its requirements were not read — remove the DOCTYPE or export the document again.`, doctype.line);
    const valid = fast_xml_parser__WEBPACK_IMPORTED_MODULE_2__/* .XMLValidator */ .iI.validate(text);
    if (valid !== true)
        return fail(`${file} is not well-formed XML (${valid.err.msg}); its requirements were not read — fix the document or export it again.`, valid.err.line);
    const parser = new fast_xml_parser__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A({
        preserveOrder: true,
        ignoreAttributes: false,
        attributeNamePrefix: '',
        removeNSPrefix: true,
        parseAttributeValue: false,
        parseTagValue: false,
        trimValues: false,
        // Only the predefined entities and character references: a DOCTYPE never gets this far.
        processEntities: true,
        captureMetaData: true,
    });
    let doc;
    try {
        doc = parser.parse(text);
    }
    catch (e) {
        return fail(`${file} is not well-formed XML (${e.message}); its requirements were not read — fix the document or export it again.`, 1);
    }
    const root = doc.find((n) => tagOf(n) === 'REQ-IF');
    if (!root)
        return fail(`${file} is XML but not a ReqIF document (no <REQ-IF> root) — point the source at a .reqif export.`, 1);
    return { content: path(root, ['CORE-CONTENT', 'REQ-IF-CONTENT']), lines: new LineIndex(text) };
}
/** Attribute definitions: IDENTIFIER → LONG-NAME, so values can be named either way. */
function definitionNames(content) {
    const names = new Map();
    for (const types of childrenNamed(content, 'SPEC-TYPES')) {
        for (const type of elements(types)) {
            for (const attrs of childrenNamed(type, 'SPEC-ATTRIBUTES')) {
                for (const def of elements(attrs)) {
                    const a = attrsOf(def);
                    if (a.IDENTIFIER)
                        names.set(a.IDENTIFIER, a['LONG-NAME'] ?? a.IDENTIFIER);
                }
            }
        }
    }
    return names;
}
/** The spec objects by IDENTIFIER, in document order. */
function readObjects(content, idAttributes, lines, file, findings) {
    const defNames = definitionNames(content);
    const objects = new Map();
    for (const list of childrenNamed(content, 'SPEC-OBJECTS')) {
        for (const obj of childrenNamed(list, 'SPEC-OBJECT')) {
            const a = attrsOf(obj);
            const line = lines.lineOf(obj);
            const identifier = a.IDENTIFIER;
            if (!identifier) {
                findings.push({
                    severity: 'error',
                    message: `${file}: a SPEC-OBJECT on this line has no IDENTIFIER, which ReqIF requires — export the document again.`,
                    file,
                    line,
                });
                continue;
            }
            const values = new Map();
            for (const v of childrenNamed(obj, 'VALUES').flatMap(elements)) {
                const ref = childrenNamed(v, 'DEFINITION').flatMap(elements).map(textOf)[0]?.trim();
                const value = ref ? valueOf(v) : undefined;
                if (!ref || value === undefined)
                    continue;
                values.set(ref, value);
                const name = defNames.get(ref);
                if (name && !values.has(name))
                    values.set(name, value);
            }
            const named = idAttributes.map((n) => values.get(n)?.trim()).find((v) => v);
            const chapter = values.get('ReqIF.ChapterName')?.trim();
            const body = values.get('ReqIF.Text')?.trim();
            objects.set(identifier, {
                identifier,
                id: named ?? identifier,
                named: named !== undefined,
                title: (values.get('ReqIF.Name')?.trim() || chapter || a['LONG-NAME'] || '').trim(),
                text: body ?? '',
                heading: !!chapter && !body,
                line,
            });
        }
    }
    return objects;
}
/** Parents by the SOURCE's IDENTIFIER: the TARGETs' ids (a target outside the file by its IDENTIFIER). */
function readRelations(content, objects, lines, file, findings) {
    const parents = new Map();
    for (const rel of childrenNamed(content, 'SPEC-RELATIONS').flatMap((l) => childrenNamed(l, 'SPEC-RELATION'))) {
        const source = childrenNamed(rel, 'SOURCE').flatMap(elements).map(textOf)[0]?.trim();
        const target = childrenNamed(rel, 'TARGET').flatMap(elements).map(textOf)[0]?.trim();
        if (!source || !target) {
            findings.push({
                severity: 'warning',
                message: `${file}: the SPEC-RELATION on this line lacks a SOURCE or TARGET spec object, so its link was not read — export the document again.`,
                file,
                line: lines.lineOf(rel),
            });
            continue;
        }
        const to = objects.get(target)?.id ?? target;
        const list = parents.get(source);
        if (list)
            list.push(to);
        else
            parents.set(source, [to]);
    }
    return parents;
}
function tagOf(node) {
    for (const k of Object.keys(node))
        if (k !== ':@' && k !== '#text')
            return k;
    return undefined;
}
function kids(node) {
    const tag = node && tagOf(node);
    const v = tag ? node[tag] : undefined;
    return Array.isArray(v) ? v : [];
}
function elements(node) {
    return kids(node).filter((k) => tagOf(k) !== undefined && !('#text' in k));
}
function childrenNamed(node, name) {
    return kids(node).filter((k) => tagOf(k) === name);
}
function path(node, names) {
    let n = node;
    for (const name of names)
        n = childrenNamed(n, name)[0];
    return n;
}
function attrsOf(node) {
    return node[':@'] ?? {};
}
/** The text of an element and everything in it, in document order (XHTML reduced to plain text). */
function textOf(node) {
    const out = [];
    const stack = [node];
    // Iterative, so deep XHTML cannot overflow the stack; children pushed in reverse to come out in order.
    while (stack.length) {
        const n = stack.pop();
        if ('#text' in n) {
            out.push(String(n['#text']));
            continue;
        }
        const tag = tagOf(n);
        if (tag === 'br')
            out.push('\n');
        const ks = kids(n);
        if (BLOCKS.has(tag ?? '') && ks.length)
            stack.push({ '#text': '\n' });
        for (let i = ks.length - 1; i >= 0; i--)
            stack.push(ks[i]);
    }
    return out.join('').replace(/[ \t]*\n[ \t\n]*/g, '\n');
}
const BLOCKS = new Set(['p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'table', 'ul', 'ol']);
/** An attribute value: THE-VALUE as an attribute (string, number, date, boolean), as XHTML, or enumeration refs. */
function valueOf(v) {
    const attr = attrsOf(v)['THE-VALUE'];
    if (attr !== undefined)
        return attr;
    const xhtml = childrenNamed(v, 'THE-VALUE')[0];
    if (xhtml)
        return textOf(xhtml);
    const refs = childrenNamed(v, 'VALUES')
        .flatMap(elements)
        .map(textOf)
        .map((s) => s.trim());
    return refs.length ? refs.join(', ') : undefined;
}
/** Lines of element start offsets, found by binary search over the newline offsets (linear overall). */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    lineOf(node) {
        const meta = node[META];
        const offset = meta?.startIndex;
        if (offset === undefined)
            return 1;
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
}


/***/ }),

/***/ 96654:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ findDoctype),
/* harmony export */   t: () => (/* binding */ doctypeHazard)
/* harmony export */ });
// DOCTYPE declarations in XML the PR controls. A DOCTYPE is the only way to declare entities (internal ones can
// expand without bound, external ones read files or fetch URLs), and no report or SBOM this gate reads needs one,
// so a reader refuses the document rather than expanding or ignoring it. fast-xml-parser accepts a DOCTYPE even
// inside an element and expands its entities there, so the whole document is searched, not only its prolog:
// everywhere except comments, CDATA sections and processing instructions, where "<!DOCTYPE" is only text.
// Linear: each position is looked at a bounded number of times.
function findDoctype(text) {
    let i = 0;
    for (;;) {
        const lt = text.indexOf('<', i);
        if (lt < 0)
            return undefined;
        // Only "<!" and "<?" open what is looked at below; an element's tag (nearly every "<") is passed at once.
        const after = text.charCodeAt(lt + 1);
        if (after !== 0x21 && after !== 0x3f) {
            i = lt + 1;
            continue;
        }
        const skip = (open, close) => {
            if (!text.startsWith(open, lt))
                return undefined;
            const end = text.indexOf(close, lt + open.length);
            return end < 0 ? text.length : end + close.length;
        };
        const next = skip('<!--', '-->') ?? skip('<![CDATA[', ']]>') ?? skip('<?', '?>');
        if (next !== undefined) {
            i = next;
            continue;
        }
        if (text.slice(lt, lt + 9).toUpperCase() === '<!DOCTYPE') {
            // The declaration's internal subset ends at "]>"; a bounded window is enough to say what it declares.
            const decl = text.slice(lt, lt + 65536);
            const entity = decl.search(/<!ENTITY/i);
            const declares = entity < 0 ? 'nothing' : /\b(SYSTEM|PUBLIC)\b/.test(decl.slice(entity)) ? 'external entities' : 'entities';
            return { line: lineAt(text, lt), declares };
        }
        i = lt + 1;
    }
}
/** The refusal in words: what the DOCTYPE could do, for a message that goes on with what to do next. */
function doctypeHazard(d) {
    return d.declares === 'external entities'
        ? 'declares external entities (which could read files or fetch URLs)'
        : d.declares === 'entities'
            ? 'declares entities (which could expand without bound)'
            : 'has a DOCTYPE declaration';
}
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}


/***/ })

};
