export const id = 5632;
export const ids = [5632];
export const modules = {

/***/ 25632:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseStrictDoc: () => (/* binding */ parseStrictDoc)
/* harmony export */ });
// StrictDoc (.sdoc): blocks opened by a line "[REQUIREMENT]" (or another element type such as
// [COMPOSITE_REQUIREMENT] or a custom grammar element), followed by "FIELD: value" lines; a value ">>>" runs over
// the next lines up to "<<<". Relations are "- TYPE: Parent" + "  VALUE: <UID>" entries under RELATIONS (REFS in
// older documents). Sections ([SECTION] … [/SECTION], [[SECTION]] … [[/SECTION]]) only group. An element with no UID
// cannot be cited, so it is a finding.
// As StrictDoc reads them: `TYPE: Child` names a requirement that derives from this one (the reverse of Parent);
// `TYPE: File` links the requirement to a file (VALUE, or PATH), and a test file linked so cites it; a composite
// node ([[REQUIREMENT]] … [[/REQUIREMENT]], a grammar element with IS_COMPOSITE) is a requirement whose children are
// nested in it; a document whose OPTIONS say `RELATION_FIELD: MID` identifies its nodes by that field (MID), in
// relations and in source-code markers alike, so that field is the requirement's id.
const NOT_REQUIREMENTS = new Set([
    'DOCUMENT',
    'SECTION',
    'TEXT',
    'FREETEXT',
    'GRAMMAR',
    'DOCUMENT_FROM_FILE',
    'DOCUMENT_CONFIG',
    'DOCUMENT_VIEW',
]);
const BLOCK = /^\[\[?(\/?)([A-Z][A-Z0-9_]*)\]\]?\s*$/;
const FIELD = /^([A-Z][A-Z0-9_]*):(?:[ \t](.*))?$/;
function parseStrictDoc(text, file, ctx) {
    const st = scanStrictDoc(text.split(/\r?\n/), file);
    const requirements = [];
    for (const e of st.elements) {
        const requirement = strictDocRequirement(e, st.relationField, file, ctx, st.findings);
        if (requirement)
            requirements.push(requirement);
    }
    return { requirements, findings: st.findings };
}
/** Collect: the elements (fields, relations) of a .sdoc file and the syntax errors met on the way. */
function scanStrictDoc(lines, file) {
    const st = {
        file,
        lines,
        findings: [],
        elements: [],
        current: undefined,
        inRelations: false,
        pendingRelation: undefined,
        inDocument: false,
        relationField: 'UID',
    };
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const block = BLOCK.exec(line);
        if (block) {
            openBlock(st, block, i);
            continue;
        }
        if (st.inDocument) {
            const option = /^[ \t]+RELATION_FIELD:[ \t]*(\S+)[ \t]*$/.exec(line);
            if (option)
                st.relationField = option[1];
            continue;
        }
        if (!st.current)
            continue;
        if (line.trim() === '') {
            flushRelation(st);
            st.inRelations = false;
            continue;
        }
        if (st.inRelations && relationLine(st, line))
            continue;
        i = fieldLine(st, st.current, i);
    }
    flushRelation(st);
    return st;
}
function flushRelation(st) {
    const r = st.pendingRelation;
    st.pendingRelation = undefined;
    const current = st.current;
    if (!current || !r?.value)
        return;
    const type = (r.type ?? 'Parent').toLowerCase();
    if (type === 'parent')
        current.parents.push(r.value);
    else if (type === 'child')
        current.children.push(r.value);
    else if (type === 'file')
        current.files.push(r.value);
}
/** A block line "[TYPE]", "[[TYPE]]" or its closing: ends the element before it, and opens a requirement element. */
function openBlock(st, block, i) {
    flushRelation(st);
    st.inRelations = false;
    st.current = undefined;
    st.inDocument = !block[1] && block[2] === 'DOCUMENT';
    if (!block[1] && !NOT_REQUIREMENTS.has(block[2])) {
        st.current = { type: block[2], line: i + 1, fields: new Map(), parents: [], children: [], files: [] };
        st.elements.push(st.current);
    }
}
/** A line under RELATIONS: true when it is a relation entry (or continues one); false ends the relations. */
function relationLine(st, line) {
    const entry = /^-\s+([A-Z_]+):\s*(.*)$/.exec(line);
    const cont = /^\s+([A-Z_]+):\s*(.*)$/.exec(line);
    if (entry) {
        flushRelation(st);
        st.pendingRelation = {};
        assignRelation(st.pendingRelation, entry[1], entry[2]);
        return true;
    }
    if (cont && st.pendingRelation) {
        assignRelation(st.pendingRelation, cont[1], cont[2]);
        return true;
    }
    flushRelation(st);
    st.inRelations = false;
    return false;
}
/** A "FIELD: value" line of the current element (a ">>>" value runs to "<<<"); returns the last line index read. */
function fieldLine(st, current, i) {
    const { lines, file } = st;
    const line = lines[i];
    const field = FIELD.exec(line);
    if (!field) {
        st.findings.push({
            severity: 'error',
            message: `${file}: "${line.trim().slice(0, 60)}" is not a "FIELD: value" line of the [${current.type}] opened on line ${current.line} — fix the StrictDoc syntax.`,
            file,
            line: i + 1,
        });
        st.current = undefined;
        return i;
    }
    const [, name, raw = ''] = field;
    if (name === 'RELATIONS' || name === 'REFS') {
        st.inRelations = true;
        return i;
    }
    if (raw.trim() === '>>>') {
        const start = i;
        const body = [];
        for (i++; i < lines.length && lines[i] !== '<<<'; i++)
            body.push(lines[i]);
        if (i >= lines.length) {
            st.findings.push({
                severity: 'error',
                message: `${file}: the multi-line ${name} opened with ">>>" on this line is never closed with "<<<" — close it.`,
                file,
                line: start + 1,
            });
            st.elements.splice(st.elements.indexOf(current), 1);
            st.current = undefined;
            return i; // past the last line: the scan ends
        }
        current.fields.set(name, body.join('\n'));
    }
    else
        current.fields.set(name, raw.trim());
    return i;
}
/** Judge and phrase: an element with a citable id is a requirement; one without is a finding. */
function strictDocRequirement(e, relationField, file, ctx, findings) {
    const uid = e.fields.get(relationField);
    if (!uid) {
        findings.push({
            severity: 'error',
            message: `${file}: the [${e.type}] on this line has no ${relationField}, so no test can cite it — add "${relationField}: <id>".`,
            file,
            line: e.line,
        });
        return undefined;
    }
    if (!ctx.isId(uid)) {
        findings.push({
            severity: 'error',
            message: `${file}: the ${relationField} "${uid}" does not match id_pattern, so no test can cite it — rename it or widen id_pattern.`,
            file,
            line: e.line,
        });
        return undefined;
    }
    const statement = e.fields.get('STATEMENT') ?? e.fields.get('DESCRIPTION') ?? e.fields.get('CONTENT') ?? '';
    const cls = e.fields.get('CLASS') ?? e.fields.get('SAFETY_CLASS');
    return {
        id: uid,
        title: e.fields.get('TITLE') ?? '',
        text: statement.trim(),
        ...(cls ? { class: cls } : {}),
        ...(e.parents.length ? { parents: e.parents } : {}),
        ...(e.children.length ? { children: e.children } : {}),
        ...(e.files.length ? { linkedFiles: e.files } : {}),
        file,
        line: e.line,
        format: 'strictdoc',
    };
}
function assignRelation(r, key, value) {
    if (key === 'TYPE')
        r.type = value.trim();
    else if (key === 'VALUE' || (key === 'PATH' && r.value === undefined))
        r.value = value.trim();
}


/***/ })

};
