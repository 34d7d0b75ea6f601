export const id = 8067;
export const ids = [8067,2942];
export const modules = {

/***/ 53186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ countMatrix)
/* harmony export */ });
// The counts of a traceability matrix, as the gate summarizes it and `sdlc-gate trace` reports it. The matrix
// itself is built by the traceability rule (src/rules/traceability/matrix.ts) and rendered through the structural
// view the renderers declare (src/report/trace-matrix.ts); counting needs only each row's verdict and suspect flag.
function countMatrix(m) {
    let tested = 0;
    let verified = 0;
    let suspect = 0;
    for (const r of m.rows) {
        if (r.verdict !== 'untested')
            tested++;
        if (r.verdict === 'verified')
            verified++;
        if (r.suspect)
            suspect++;
    }
    return {
        requirements: m.rows.length,
        tested,
        verified,
        untested: m.rows.length - tested,
        unknownReferences: m.unknownReferences.length,
        suspect,
    };
}


/***/ }),

/***/ 92942:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ coverageTagPattern),
/* harmony export */   n: () => (/* binding */ DEFAULT_TEST_TYPES),
/* harmony export */   parseOpenFastTrace: () => (/* binding */ parseOpenFastTrace)
/* harmony export */ });
// OpenFastTrace (OFT) specification items in Markdown, read line by line as OFT's own MarkdownImporter reads them
// (its format is defined by lines, not by the CommonMark structure): a line that starts with an item id
// `type~name~revision` (optionally in backticks) opens an item; a heading right before it is its title; then
// "Description:", "Rationale:", "Comment:", "Covers:" and "Depends:" (bulleted lists of ids), "Needs:" (artifact
// types, on the line or as a list), "Tags:" and "Status:". A line "skipped --> target, ... : original-id" forwards
// coverage (an item `skipped~name~rev` covering the original and needing the targets). Text between lines that say
// "oft:off" and "oft:on" is not read; fenced code outside an item is not either.
//
// For the gate an item is a requirement when its Needs names one of the test artifact types (`test_types`,
// default utest, itest, stest): that is the item OFT expects a test to cover with a tag such as
// `[utest->dsn~name~1]`. An item that needs no test (a feature covered by requirements, say) is left to OFT.
// Its parents are the items it covers (Covers:); Needs and Depends are kept on the requirement.
//
// Every pattern runs on one line and is free of nested repetition, so reading is linear in the text.
const DEFAULT_TEST_TYPES = ['utest', 'itest', 'stest'];
/** An OFT item id, as OFT's SpecificationItemId.ID_PATTERN (artifact type ASCII, name Unicode). */
const ID_SOURCE = '[A-Za-z]+~[\\p{L}][\\p{L}\\p{M}\\p{Nd}\\p{Pc}-]*(?:\\.[\\p{L}\\p{M}\\p{Nd}\\p{Pc}-]+)*~[0-9]+';
const WORD_CHAR = '\\p{L}\\p{M}\\p{Nd}\\p{Pc}';
const ID_LINE = new RegExp(`^\`?(${ID_SOURCE})`, 'u');
/** An id standing alone (what OFT's "(?:.*\\W)?(id)(?:\\W.*)?" finds, the last one on the line). */
const ID_ANYWHERE = new RegExp(`(?<![${WORD_CHAR}])(${ID_SOURCE})(?![${WORD_CHAR}])`, 'gu');
const FORWARD = new RegExp(`(?<![A-Za-z])([A-Za-z]+)\\s*-->\\s*([A-Za-z]+(?:\\s*,\\s*[A-Za-z]+)*)\\s*:\\s*(${ID_SOURCE})`, 'u');
const OFT_OFF = /(?:^|[^\p{L}\p{M}\p{Nd}\p{Pc}])oft:off(?:[^\p{L}\p{M}\p{Nd}\p{Pc}]|$)/u;
const OFT_ON = /(?:^|[^\p{L}\p{M}\p{Nd}\p{Pc}])oft:on(?:[^\p{L}\p{M}\p{Nd}\p{Pc}]|$)/u;
const CODE_BEGIN = /^ *[`~]{3,30}\w*\s*$/;
const CODE_END = /^ *[`~]{3,30}\s*$/;
const BULLET = /^\s{0,3}[+*-]/;
const HASH_TITLE = /^#+\s*(.*)$/;
const UNDERLINE = /^[=-]{3,}\s*$/;
const STATUS = /^Status:\s*(approved|proposed|draft|rejected)\s*$/;
const EMPTY = /^\s*$/;
/** "Needs: a, b" / "Tags: a, b" on one line: the words, or undefined when the rest is not a comma list of words. */
function wordList(line, keyword) {
    if (!line.startsWith(keyword))
        return undefined;
    const words = line
        .slice(keyword.length)
        .split(',')
        .map((w) => w.trim());
    return words.every((w) => /^\w+$/.test(w)) ? words : undefined;
}
/** The last id standing alone on a bulleted line (Covers:/Depends: entries). */
function bulletId(line) {
    const bullet = BULLET.exec(line);
    if (!bullet)
        return undefined;
    let last;
    for (const m of line.slice(bullet[0].length).matchAll(ID_ANYWHERE))
        last = m[1];
    return last;
}
/** The last word of ASCII letters standing alone on a bulleted line (a Needs: entry). */
function bulletArtifactType(line) {
    const bullet = BULLET.exec(line);
    if (!bullet)
        return undefined;
    let last;
    for (const m of line.slice(bullet[0].length).matchAll(/(?<![A-Za-z0-9_])[A-Za-z]+(?![A-Za-z0-9_])/g))
        last = m[0];
    return last;
}
function parseOpenFastTrace(text, file, options = {}) {
    const testTypes = new Set(options.test_types ?? DEFAULT_TEST_TYPES);
    const reader = new ItemReader(file);
    const lines = text.split(/\r?\n/);
    let enabled = true;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (!enabled)
            enabled = OFT_ON.test(line);
        else if (OFT_OFF.test(line))
            enabled = false;
        else
            reader.step(line, lines[i + 1], i + 1);
    }
    const requirements = [];
    for (const item of reader.items) {
        if (!item.needs.some((t) => testTypes.has(t)))
            continue;
        requirements.push({
            id: item.id,
            title: item.title.trim(),
            text: item.description.join('\n').trim(),
            ...(item.covers.length ? { parents: item.covers } : {}),
            needs: item.needs,
            ...(item.depends.length ? { depends: item.depends } : {}),
            file,
            line: item.line,
            format: 'openfasttrace',
        });
    }
    if (reader.items.length && !requirements.length) {
        // Said here, as the gate's own "no requirement" error speaks of id_pattern, which OFT ids do not use.
        reader.findings.push({
            severity: 'notice',
            message: `${file}: none of its ${reader.items.length} OpenFastTrace items needs a test (Needs: names none of ${[...testTypes].join(', ')}), so none is a requirement for this gate — point the source at the items tests cover, or set test_types.`,
            file,
            line: reader.items[0].line,
        });
    }
    return { requirements, findings: reader.findings };
}
/** OFT's line state machine: each line moves it by the first transition of its state that the line matches. */
class ItemReader {
    file;
    items = [];
    findings = [];
    state = 'start';
    current;
    lastTitle;
    constructor(file) {
        this.file = file;
    }
    step(line, next, n) {
        const hash = HASH_TITLE.exec(line);
        const sectionTitle = hash ? hash[1] : next !== undefined && UNDERLINE.test(next) ? line : undefined;
        const id = ID_LINE.exec(line)?.[1];
        const forward = line.includes('-->') ? FORWARD.exec(line) : null;
        if (this.state === 'code') {
            if (CODE_END.test(line))
                this.state = 'start';
        }
        else if (this.state === 'start' || this.state === 'title') {
            this.outside(line, n, id, sectionTitle, forward);
        }
        else if (id)
            this.beginItem(id, n);
        else if (this.state === 'item' && STATUS.test(line)) {
            // the status does not change what is read
        }
        else if (sectionTitle !== undefined && !(this.state === 'tags' && BULLET.test(line))) {
            this.current = undefined;
            this.lastTitle = sectionTitle;
            this.state = 'title';
        }
        else
            this.inItem(line, n, forward);
    }
    /** Between items: a heading (remembered as the next item's title), an item id, a forwarding line, a code fence. */
    outside(line, n, id, sectionTitle, forward) {
        if (id)
            this.beginItem(id, n);
        else if (sectionTitle !== undefined) {
            this.lastTitle = sectionTitle;
            this.state = 'title';
        }
        else if (this.state === 'title' && (UNDERLINE.test(line) || EMPTY.test(line))) {
            // the heading's underline, or a blank line between heading and id
        }
        else {
            if (forward)
                this.forward(forward, n);
            else if (this.state === 'start' && CODE_BEGIN.test(line))
                this.state = 'code';
            this.lastTitle = undefined;
            if (this.state === 'title')
                this.state = 'start';
        }
    }
    beginItem(id, line) {
        this.current = { id, line, title: this.lastTitle ?? '', description: [], covers: [], depends: [], needs: [] };
        this.items.push(this.current);
        this.lastTitle = undefined;
        this.state = 'item';
    }
    forward(m, line) {
        const original = m[3];
        const [, name, revision] = original.split('~');
        this.items.push({
            id: `${m[1]}~${name}~${revision}`,
            line,
            title: '',
            description: [],
            covers: [original],
            depends: [],
            needs: m[2].split(',').map((t) => t.trim()),
        });
    }
    /** A line inside an item, after ids and headings: keywords, list entries, description. */
    inItem(line, n, forward) {
        const item = this.current;
        const state = this.state;
        const keyword = /^(Rationale|Comment|Covers|Depends|Needs|Tags|Description):\s*$/.exec(line)?.[1];
        const ref = state === 'covers' || state === 'depends' ? bulletId(line) : undefined;
        const needed = state === 'needs' ? bulletArtifactType(line) : undefined;
        const needsOnLine = state !== 'needs' ? wordList(line, 'Needs:') : undefined;
        if (state === 'tags' && BULLET.test(line))
            return; // a tag
        if (ref)
            (state === 'covers' ? item.covers : item.depends).push(ref);
        else if (keyword === 'Rationale' && state !== 'rationale')
            this.state = 'rationale';
        else if (keyword === 'Comment' && state !== 'comment')
            this.state = 'comment';
        else if (keyword === 'Covers' && state !== 'covers')
            this.state = 'covers';
        else if (keyword === 'Depends')
            this.state = 'depends';
        else if (needed)
            item.needs.push(needed);
        else if (needsOnLine) {
            item.needs.push(...needsOnLine);
            this.state = 'item';
        }
        else if (keyword === 'Needs' && state !== 'needs')
            this.state = 'needs';
        else if (wordList(line, 'Tags:') || keyword === 'Tags')
            this.state = 'tags';
        else if (state === 'item' && keyword === 'Description')
            this.state = 'description';
        else if (forward && state !== 'rationale' && state !== 'comment') {
            this.current = undefined;
            this.forward(forward, n);
            this.state = 'start';
        }
        else
            this.other(line, n);
    }
    /** Any other line: description text, the blank line that ends a list, or an entry a list cannot read. */
    other(line, n) {
        const item = this.current;
        const state = this.state;
        if (state === 'item') {
            if (!EMPTY.test(line)) {
                item.description.push(line);
                this.state = 'description';
            }
        }
        else if (state === 'description')
            item.description.push(line);
        else if (EMPTY.test(line)) {
            if (state === 'needs')
                this.state = 'description';
            else if (state === 'tags')
                this.state = 'item';
        }
        else if (state === 'covers' || state === 'depends' || state === 'needs') {
            // OFT passes over such a line and stays in the list; say so, as the entry it may have meant is not read.
            const list = state === 'covers' ? 'Covers' : state === 'depends' ? 'Depends' : 'Needs';
            const form = state === 'needs' ? 'artifact type ("* utest")' : 'item id ("* type~name~revision")';
            this.findings.push({
                severity: 'warning',
                message: `${this.file}:${n}: "${line.trim().slice(0, 60)}" in the ${list} list of ${item.id} is not a bulleted ${form}, so it was not read — fix the entry, or end the list with a blank line.`,
                file: this.file,
                line: n,
            });
        }
        // Rationale and Comment run on to the next keyword, heading or item.
    }
}
/**
 * The default reference form for OpenFastTrace sources: a coverage tag `[type->covered-id]` (also with the
 * covering item's own name and revision, `[impl~name~1->dsn~name~1]`, or needed types, `[dsn->req~name~1>>impl]`)
 * whose covering type is one of the test types; its group is the covered id. RE2 syntax, on one line.
 */
function coverageTagPattern(testTypes = DEFAULT_TEST_TYPES) {
    const id = '[A-Za-z]+~[A-Za-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)*~[0-9]+';
    const types = testTypes.map((t) => t.replace(/[^A-Za-z]/g, '')).filter(Boolean);
    return `\\[[ \\t]*(?:${types.join('|')})(?:~(?:[A-Za-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)*)?~[0-9]+)?[ \\t]*->[ \\t]*(${id})[ \\t]*(?:>>[ \\t]*[A-Za-z]+(?:[ \\t]*,[ \\t]*[A-Za-z]+)*[ \\t]*)?\\]`;
}


/***/ }),

/***/ 78067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildMatrix: () => (/* reexport */ buildMatrix),
  traceability: () => (/* binding */ traceability),
  traceabilityFindings: () => (/* binding */ traceabilityFindings)
});

// EXTERNAL MODULE: ./lib/core/rule.js
var rule = __webpack_require__(7849);
// EXTERNAL MODULE: ./lib/rules/traceability/rule.js
var traceability_rule = __webpack_require__(3255);
// EXTERNAL MODULE: ./lib/util/text.js
var util_text = __webpack_require__(28805);
// EXTERNAL MODULE: ./lib/core/trace.js
var trace = __webpack_require__(53186);
// EXTERNAL MODULE: ./lib/parsers/requirements/doorstop.js
var doorstop = __webpack_require__(34141);
// EXTERNAL MODULE: ./lib/parsers/requirements/formats.js
var formats = __webpack_require__(45277);
// EXTERNAL MODULE: ./lib/parsers/requirements/openfasttrace.js
var openfasttrace = __webpack_require__(92942);
// EXTERNAL MODULE: ./lib/parsers/requirements/types.js
var types = __webpack_require__(16452);
// EXTERNAL MODULE: ./lib/rules/common/read-file.js
var read_file = __webpack_require__(13384);
// EXTERNAL MODULE: ./lib/rules/common/requirement-sources.js
var requirement_sources = __webpack_require__(68149);
// EXTERNAL MODULE: ./lib/core/classification.js
var classification = __webpack_require__(23047);
// EXTERNAL MODULE: ./lib/rules/traceability/options.js
var traceability_options = __webpack_require__(76319);
// EXTERNAL MODULE: ./lib/util/concurrency.js
var concurrency = __webpack_require__(54467);
// EXTERNAL MODULE: ./node_modules/@eslint-community/regexpp/index.mjs
var regexpp = __webpack_require__(91895);
;// CONCATENATED MODULE: ./lib/rules/traceability/line-prefilter.js

/** The selection, or undefined when the pattern is outside what can be translated exactly (see above). */
function linePrefilter(source) {
    let pattern;
    try {
        pattern = new regexpp/* RegExpParser */.HA({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: false, unicodeSets: false });
    }
    catch {
        return undefined;
    }
    try {
        const pcre = alternatives(pattern.alternatives, PCRE);
        const ere = alternatives(pattern.alternatives, ERE);
        // A pattern that can match nothing at all would select every line; a full read is as good and simpler.
        if (pcre.nullable)
            return undefined;
        return { pcre: pcre.source, ere: ere.source };
    }
    catch (e) {
        if (e instanceof Untranslatable)
            return undefined;
        throw e;
    }
}
const PCRE = { group: (inner) => `(?:${inner})`, set: pcreSet };
const EXACT = { ...PCRE, exact: true };
/** The largest repetition count RE2 takes (PCRE takes more). */
const EXACT_MAX_REPEAT = 1000;
const WORD_CODES = new Set([...range('0', '9'), ...range('A', 'Z'), ...range('a', 'z'), '_'.charCodeAt(0)]);
/**
 * A PCRE for `git grep -P -o` whose matches are exactly those of an id_pattern standing alone (not preceded or
 * followed by a letter, digit or underscore), as src/util/pattern.ts finds them — or undefined where that cannot be
 * promised. `git grep -o` resumes after a match as if the rest were a line of its own, so a lookbehind there sees
 * nothing of the match before; the answer is still the pattern's when (besides what linePrefilter asks) the id
 * pattern holds no assertion of its own and every match of it starts with a letter, digit or underscore: a match
 * ends before a character that is none of those, so the next starts further on, and what the lookbehind reads lies
 * in the rest git searches. "@?REQ-[0-9]+" is refused: in "REQ-1@REQ-2" the pattern finds REQ-2, git "@REQ-2".
 */
function exactIdSearch(idPattern) {
    if (!linePrefilter(idPattern))
        return undefined;
    let pattern;
    try {
        pattern = new regexpp/* RegExpParser */.HA({ ecmaVersion: 2025 }).parsePattern(idPattern, 0, idPattern.length, { unicode: false, unicodeSets: false });
    }
    catch {
        return undefined;
    }
    try {
        const first = firstOfAlternatives(pattern.alternatives);
        if (first.nullable || [...first.codes].some((c) => !WORD_CODES.has(c)))
            return undefined;
        const id = alternatives(pattern.alternatives, EXACT);
        return `(?<![0-9A-Za-z_])${EXACT.group(id.source)}(?![0-9A-Za-z_])`;
    }
    catch (e) {
        if (e instanceof Untranslatable)
            return undefined;
        throw e;
    }
}
function firstOfAlternatives(list) {
    const codes = new Set();
    let nullable = false;
    for (const alt of list) {
        const f = firstOfSequence(alt.elements);
        for (const c of f.codes)
            codes.add(c);
        nullable ||= f.nullable;
    }
    return { codes, nullable };
}
function firstOfSequence(elements) {
    const codes = new Set();
    for (const e of elements) {
        const f = firstOf(e);
        for (const c of f.codes)
            codes.add(c);
        if (!f.nullable)
            return { codes, nullable: false };
    }
    return { codes, nullable: true };
}
function firstOf(node) {
    switch (node.type) {
        case 'Character':
            return { codes: new Set([character(node)]), nullable: false };
        case 'CharacterClass':
            return { codes: classCodes(node), nullable: false };
        case 'CharacterSet':
            return { codes: setCodes(node), nullable: false };
        case 'Group':
        case 'CapturingGroup':
            return firstOfAlternatives(node.alternatives);
        case 'Quantifier': {
            if (node.max === 0)
                return { codes: new Set(), nullable: true };
            const f = firstOf(node.element);
            return { codes: f.codes, nullable: f.nullable || node.min === 0 };
        }
        default:
            throw new Untranslatable();
    }
}
const ERE = { group: (inner) => `(${inner})`, set: bracket };
class Untranslatable extends Error {
}
const MAX_REPEAT = 255;
function alternatives(list, dialect) {
    const parts = list.map((alt) => sequence(alt, dialect));
    if (dialect.exact) {
        // In order, empty alternatives included: which alternative wins decides the match.
        const nullable = parts.some((p) => p.nullable);
        return parts.length === 1 ? parts[0] : { source: dialect.group(parts.map((p) => p.source).join('|')), nullable };
    }
    const nonEmpty = parts.filter((p) => p.source !== '');
    const nullable = parts.some((p) => p.nullable);
    if (!nonEmpty.length)
        return { source: '', nullable: true };
    // An empty alternative is written as an optional group: POSIX leaves "(a|)" undefined.
    const hasEmpty = nonEmpty.length < parts.length;
    if (nonEmpty.length === 1 && !hasEmpty)
        return nonEmpty[0];
    return { source: `${dialect.group(nonEmpty.map((p) => p.source).join('|'))}${hasEmpty ? '?' : ''}`, nullable };
}
function sequence(alt, dialect) {
    const parts = alt.elements.map((e) => line_prefilter_element(e, dialect));
    return { source: parts.map((p) => p.source).join(''), nullable: parts.every((p) => p.nullable) };
}
function line_prefilter_element(node, dialect) {
    switch (node.type) {
        case 'Character':
            return { source: dialect.set(new Set([character(node)])), nullable: false };
        case 'CharacterClass':
            return { source: dialect.set(classCodes(node)), nullable: false };
        case 'CharacterSet':
            return { source: dialect.set(setCodes(node)), nullable: false };
        case 'Group':
            // (?i:…) and the like: RE2 and JavaScript both take them, and a flag changes what matches.
            if (node.modifiers)
                throw new Untranslatable();
            return alternatives(node.alternatives, dialect);
        case 'CapturingGroup':
            // Alternatives come back grouped; a plain sequence needs no group of its own.
            return alternatives(node.alternatives, dialect);
        case 'Quantifier': {
            const inner = line_prefilter_element(node.element, dialect);
            if (dialect.exact) {
                if (inner.source === '' || node.min > EXACT_MAX_REPEAT || (node.max !== Infinity && node.max > EXACT_MAX_REPEAT))
                    throw new Untranslatable();
                const bounds = `{${node.min},${node.max === Infinity ? '' : node.max}}`;
                return { source: `${dialect.group(inner.source)}${bounds}${node.greedy ? '' : '?'}`, nullable: inner.nullable || node.min === 0 };
            }
            if (inner.source === '' || node.max === 0)
                return { source: '', nullable: true };
            const min = Math.min(node.min, MAX_REPEAT);
            // A bound past what POSIX promises becomes unbounded: still every line the pattern matches.
            const max = node.max === Infinity || node.max > MAX_REPEAT ? Infinity : node.max;
            const atom = dialect.group(inner.source);
            const source = min === 0 && max === Infinity
                ? `${atom}*`
                : min === 1 && max === Infinity
                    ? `${atom}+`
                    : min === 0 && max === 1
                        ? `${atom}?`
                        : `${atom}{${min},${max === Infinity ? '' : max}}`;
            return { source, nullable: inner.nullable || min === 0 };
        }
        case 'Assertion':
            if (node.kind === 'start' || node.kind === 'end' || dialect.exact)
                throw new Untranslatable();
            // Left out, but what they may read is checked like the rest.
            if (node.kind === 'lookahead' || node.kind === 'lookbehind')
                for (const a of node.alternatives)
                    sequence(a, dialect);
            return { source: '', nullable: true };
        default:
            // Back-references and anything newer.
            throw new Untranslatable();
    }
}
/**
 * A literal character, where RE2 reads it as JavaScript does: written as itself, or escaped as punctuation, \t or
 * \xHH. An escaped letter or digit otherwise means something else to RE2 (\z, \pL, \Q, \x{41}, \1) or nothing.
 */
function character(node) {
    if (node.raw.startsWith('\\') && /^\\[A-Za-z0-9]/.test(node.raw) && node.raw !== '\\t' && !/^\\x[0-9A-Fa-f]{2}$/.test(node.raw))
        throw new Untranslatable();
    return allowed(node.value);
}
/** Printable ASCII or a tab: what reads the same as bytes and as text, and is never part of a line terminator. */
function allowed(code) {
    if (code === 9 || (code >= 0x20 && code <= 0x7e))
        return code;
    throw new Untranslatable();
}
function classCodes(node) {
    if (node.negate)
        throw new Untranslatable();
    const codes = new Set();
    for (const e of node.elements) {
        // An unescaped "[" in a class: RE2 reads [[:alpha:]] as a class name, JavaScript as characters.
        if ((e.type === 'Character' && e.raw === '[') || (e.type === 'CharacterClassRange' && (e.min.raw === '[' || e.max.raw === '[')))
            throw new Untranslatable();
        if (e.type === 'Character')
            codes.add(character(e));
        else if (e.type === 'CharacterClassRange') {
            character(e.min);
            character(e.max);
            for (let c = e.min.value; c <= e.max.value; c++)
                codes.add(allowed(c));
        }
        else if (e.type === 'CharacterSet')
            for (const c of setCodes(e))
                codes.add(c);
        else
            throw new Untranslatable();
    }
    if (!codes.size)
        throw new Untranslatable();
    return codes;
}
function setCodes(node) {
    if (node.kind === 'digit' && !node.negate)
        return new Set(range('0', '9'));
    if (node.kind === 'word' && !node.negate)
        return new Set([...range('0', '9'), ...range('A', 'Z'), ...range('a', 'z'), '_'.charCodeAt(0)]);
    // `.`, \s (it includes non-ASCII spaces), \D, \W, \S and property escapes can match other bytes or line ends.
    throw new Untranslatable();
}
function range(from, to) {
    const out = [];
    for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++)
        out.push(c);
    return out;
}
/** A set's letters and digits as runs ("a-z" where three or more follow each other), and its other characters. */
function splitSet(codes) {
    const chars = [...codes].sort((a, b) => a - b).map((c) => String.fromCharCode(c));
    const runs = [];
    const others = [];
    for (let i = 0; i < chars.length;) {
        const c = chars[i];
        const kind = kindOf(c);
        if (kind === undefined) {
            others.push(c);
            i++;
            continue;
        }
        let j = i;
        while (j + 1 < chars.length && chars[j + 1].charCodeAt(0) === chars[j].charCodeAt(0) + 1 && kindOf(chars[j + 1]) === kind)
            j++;
        runs.push(j - i >= 2 ? `${c}-${chars[j]}` : chars.slice(i, j + 1).join(''));
        i = j + 1;
    }
    return { runs, others };
}
/** Digits, capitals and small letters: the runs that ranges may span (the C locale orders them by byte). */
function kindOf(c) {
    return /[0-9]/.test(c) ? 0 : /[A-Z]/.test(c) ? 1 : /[a-z]/.test(c) ? 2 : undefined;
}
/** A PCRE atom: a backslash before any character that is not a letter or digit makes it literal, in a class or not. */
function pcreSet(codes) {
    const { runs, others } = splitSet(codes);
    const members = [...runs, ...others.map((c) => (c === '\t' ? '\\t' : `\\${c}`))];
    return codes.size === 1 ? members[0] : `[${members.join('')}]`;
}
/**
 * A POSIX bracket expression for a set of printable ASCII codes, written so no member is special: "]" first, "-"
 * last, "^" never first; a lone letter or digit stands as itself.
 */
function bracket(codes) {
    const { runs, others } = splitSet(codes);
    if (!others.length && runs.length === 1 && runs[0].length === 1)
        return runs[0];
    const close = others.includes(']') ? ']' : '';
    const dash = others.includes('-') ? '-' : '';
    const caret = others.includes('^') ? '^' : '';
    const rest = others.filter((c) => c !== ']' && c !== '-' && c !== '^');
    // "[" before ".", ":" or "=" would open a class name; put it last among the others, before "^" and "-".
    const open = rest.includes('[') ? '[' : '';
    const plain = rest.filter((c) => c !== '[');
    let inner = close + runs.join('') + plain.join('') + open + caret + dash;
    if (inner.startsWith('^'))
        inner = inner.length > 1 ? inner.slice(1) + '^' : inner;
    if (inner === '^')
        return '\\^';
    return `[${inner}]`;
}

// EXTERNAL MODULE: ./lib/util/glob.js + 1 modules
var glob = __webpack_require__(95211);
// EXTERNAL MODULE: ./lib/util/pattern.js
var util_pattern = __webpack_require__(82718);
;// CONCATENATED MODULE: ./lib/rules/traceability/oft-coverage.js

// OpenFastTrace's coverage rule for the test artifact types: a coverage tag `[utest->dsn~name~1]` covers the item
// for the type that covers (`utest`), and an item is covered only when each type its `Needs:` names is. So, as
// `oft trace` judges them:
// - a tag whose type the item does not need is unwanted coverage (OFT's COVERED_UNWANTED, a failed trace): an
//   error at the tag, and it covers nothing;
// - an item that needs several test types (Needs: utest, itest) is untested until a tag of each covers it; the
//   types still missing are kept on the row (`missingCoverage`) so the finding and the matrix can name them.
// Types that are not test types (impl, dsn, …) are covered by implementation and design items, which are OFT's
// business, not the gate's.
/** The covering artifact type of a coverage tag's text: `utest` of "[ utest~name~1 -> dsn~x~1 ]". */
const COVERING_TYPE = /^\[[ \t]*([A-Za-z]+)/;
/** The coverage tags one scan reads (fed by the reference matcher), judged against the items once they are known. */
class OftCoverage {
    testTypesByFile;
    tags = [];
    /** Each OpenFastTrace file's test types, as its source names them (test_types, else OFT's defaults). */
    constructor(testTypesByFile) {
        this.testTypesByFile = testTypesByFile;
    }
    /** Records one tag: `text` is the whole match of the coverage-tag form, `id` the item it covers. */
    record = (text, id, file, line) => {
        const type = COVERING_TYPE.exec(text)?.[1];
        if (type)
            this.tags.push({ type, id, file, line });
    };
    /**
     * Drops what OFT would not count: sets `missingCoverage` (and the verdict untested, unless a linked test failed)
     * on each OpenFastTrace row that a needed test type does not cover; returns an error for each unwanted tag (one
     * per file, item and type).
     */
    judge(rows) {
        const oftRows = new Map();
        for (const row of rows)
            if (row.requirement.format === 'openfasttrace')
                oftRows.set(row.requirement.id, row);
        const covered = new Map();
        const findings = [];
        const said = new Set();
        for (const tag of this.tags) {
            const row = oftRows.get(tag.id);
            if (!row)
                continue; // an id no item defines: an unknown reference, said elsewhere
            const needs = row.requirement.needs ?? [];
            if (needs.includes(tag.type)) {
                let types = covered.get(tag.id);
                if (!types)
                    covered.set(tag.id, (types = new Set()));
                types.add(tag.type);
                continue;
            }
            const key = `${tag.file}\u0000${tag.id}\u0000${tag.type}`;
            if (said.has(key))
                continue;
            said.add(key);
            findings.push(unwanted(tag, row));
        }
        for (const row of oftRows.values()) {
            const types = covered.get(row.requirement.id);
            const testTypes = this.testTypesByFile.get(row.requirement.file);
            const missing = (row.requirement.needs ?? []).filter((t) => testTypes?.has(t) && !types?.has(t));
            // An item no tag cites at all is untested already, and said so plainly.
            if (!missing.length || (row.verdict === 'untested' && !row.tests.length))
                continue;
            row.missingCoverage = missing;
            if (row.verdict !== 'failed')
                row.verdict = 'untested';
        }
        return findings;
    }
}
function unwanted(tag, row) {
    const r = row.requirement;
    const needed = (r.needs ?? []).join(', ') || 'nothing';
    return {
        severity: 'error',
        message: `${tag.file}:${tag.line} covers ${tag.id} with ${tag.type}, but ${tag.id} (${r.file}:${r.line}) needs ${needed} — OpenFastTrace counts this as unwanted coverage and fails the trace: tag the test with a type the item needs, or add ${tag.type} to its Needs.`,
        file: tag.file,
        line: tag.line,
        action: { text: `Retag ${tag.file}:${tag.line} with a type ${tag.id} needs (${needed}), or add ${tag.type} to its Needs` },
    };
}
/** The test types of each OpenFastTrace file, by path: its source's test_types, or OFT's defaults. */
function oftTestTypesByFile(files) {
    const byFile = new Map();
    for (const f of files)
        if (f.format === 'openfasttrace')
            byFile.set(f.path, new Set(f.options?.test_types ?? openfasttrace/* DEFAULT_TEST_TYPES */.n));
    return byFile;
}
/** The test types of the policy's OpenFastTrace sources: each source's test_types, or OFT's defaults. */
function oftTestTypes(sources) {
    const types = new Set();
    for (const s of sources)
        if (typeof s !== 'string' && s.format === 'openfasttrace')
            for (const t of s.test_types ?? openfasttrace/* DEFAULT_TEST_TYPES */.n)
                types.add(t);
    return types;
}

;// CONCATENATED MODULE: ./lib/rules/traceability/id-index.js
// A scan's ids, looked up once per citation: 100,000s of lookups, each on a string fresh from git grep's output. A
// Map hashes and compares each such string; ids that share one prefix and end in a few digits ("REQ-00042") are
// found instead by the digits' count and value — the same id exactly, since the prefix, the count (leading zeros
// included) and the value spell it. Any other id goes through the Map, which holds every id either way.
/** The most digits read as a number: below 2^53, and a count of digits per table. */
const MAX_DIGITS = 9;
class IdIndex {
    /** The prefix of the first id with a digit ending; ids with another prefix go through the Map. */
    prefix;
    /** By count of digits, then by value. */
    byDigits = [];
    /** Every id (set writes each here as well as in its table). */
    byId = new Map();
    get(id) {
        const at = this.place(id);
        // An id with the prefix and a digit ending is in its table whenever it is in the Map: set put it in both.
        return at < 0 ? this.byId.get(id) : this.byDigits[id.length - this.prefix.length]?.[at];
    }
    set(id, value) {
        this.byId.set(id, value);
        const at = this.place(id);
        if (at >= 0)
            (this.byDigits[id.length - this.prefix.length] ??= [])[at] = value;
    }
    /** The value of the id's digits where it is the prefix and 1–9 digits; else -1. */
    place(id) {
        const end = id.length;
        let start = end;
        for (; start > 0; start--) {
            const c = id.charCodeAt(start - 1);
            if (c < 48 || c > 57)
                break;
        }
        if (start === end || end - start > MAX_DIGITS)
            return -1;
        this.prefix ??= id.slice(0, start);
        if (start !== this.prefix.length || !id.startsWith(this.prefix))
            return -1;
        let n = 0;
        for (let i = start; i < end; i++)
            n = n * 10 + id.charCodeAt(i) - 48;
        return n;
    }
}

;// CONCATENATED MODULE: ./lib/rules/traceability/matrix.js















// The traceability matrix: requirements (read at head), the test lines that cite them, the JUnit cases linked to
// them, and — for a pull request — which requirements changed and which of those changed with no test. Shared by
// the gate and `sdlc-gate trace`.

/** The reference form: the policy's reference_pattern (its first group is the id), or an id_pattern match standing alone. */
function referencePattern(options) {
    const name = options.reference_pattern ? 'reference_pattern' : 'id_pattern';
    const source = options.reference_pattern ?? options.id_pattern;
    try {
        return options.reference_pattern ? util_pattern/* Pattern */.zJ.compile(source) : util_pattern/* Pattern */.zJ.standingAlone(source);
    }
    catch (e) {
        if (e instanceof util_pattern/* PatternError */.JM)
            throw new Error(`${name} "${source}" ${e.message} — fix it in the policy`, { cause: e });
        throw e;
    }
}
/**
 * What a source that can search (git grep) may search the test files with: the lines that can hold a reference (a
 * superset; every reference is then read from those lines by the same matcher that reads whole files), and — for
 * the default form, where a reference is the whole match — a search whose matches are provably the matcher's.
 */
function searchFor(options) {
    const selection = linePrefilter(options.reference_pattern ?? `(?<![A-Za-z0-9_])(?:${options.id_pattern})(?![A-Za-z0-9_])`);
    const exact = selection && !options.reference_pattern ? exactIdSearch(options.id_pattern) : undefined;
    return selection && exact ? { ...selection, exact } : selection;
}
/** Matches of the reference form in a file's text, with lines (counted from `firstLine`, for a part of a file). */
function referenceMatcher(options, 
/** Told each reference with the whole match that made it (OpenFastTrace reads the covering type there). */
onReference) {
    const pattern = referencePattern(options);
    // A reference form's group may hold several ids ("@relation(REQ-1, REQ-2, scope=function)"): each is cited.
    const idsIn = options.reference_pattern ? util_pattern/* Pattern */.zJ.standingAlone(options.id_pattern ?? formats/* DEFAULT_ID_PATTERN */.ng) : undefined;
    const isId = options.reference_pattern ? util_pattern/* Pattern */.zJ.whole(options.id_pattern ?? formats/* DEFAULT_ID_PATTERN */.ng) : undefined;
    return (text, file, firstLine = 1) => {
        const refs = [];
        let line = firstLine;
        let last = 0;
        for (const m of pattern.matchAll(text)) {
            if (m.text === '')
                continue;
            for (let i = text.indexOf('\n', last); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1))
                line++;
            last = m.index;
            // The id is the reference form's capture group; an id_pattern's own groups are not the id.
            const id = options.reference_pattern ? (m.groups[0] ?? m.text) : m.text;
            if (!id)
                continue;
            if (idsIn && isId && !isId(id)) {
                const ids = [...idsIn.matchAll(id)].map((x) => x.text).filter(Boolean);
                if (ids.length) {
                    for (const each of ids) {
                        refs.push({ id: each, file, line });
                        onReference?.(m.text, each, file, line);
                    }
                    continue;
                }
            }
            refs.push({ id, file, line });
            onReference?.(m.text, id, file, line);
        }
        return refs;
    };
}
/**
 * Fail closed on tests globs that find nothing: no test file at all, or a `tests` glob the policy set that matches
 * no file (the default globs are alternatives: only all of them matching nothing counts). `allow_empty: true` turns
 * each into a notice that says so.
 */
function emptyGlobFindings(options, testListed, testCount) {
    const findings = [];
    const say = (message, action) => {
        findings.push(options.allow_empty
            ? { severity: 'notice', message: `${message.split(' — ')[0]}; the gate goes on because allow_empty is true.` }
            : { severity: 'error', message, action: { text: action } });
    };
    const isDefault = options.tests.length === traceability_options/* DEFAULT_TESTS */.G.length && options.tests.every((g, i) => g === traceability_options/* DEFAULT_TESTS */.G[i]);
    const unmatched = (globs, paths) => globs.filter((g) => !g.startsWith('!') && !paths.some((0,glob/* globMatcher */.f)([g])));
    if (testCount === 0) {
        say(`No test file matches the tests globs (${options.tests.join(', ')}) at head, so no requirement can be cited — fix the tests globs in the policy, or add the tests.`, 'Point the traceability tests globs at the test files');
    }
    else if (!isDefault) {
        for (const glob of unmatched(options.tests, testListed)) {
            say(`The tests glob "${glob}" matches no file at head — fix it in the policy or remove it.`, `Fix or remove the tests glob "${glob}"`);
        }
    }
    // junit globs are checked where the reports are read (unmatchedJUnitGlobs).
    return findings;
}
/**
 * The id pattern with, when it is the default, the UID form of each Doorstop document the sources name
 * (`REQ[0-9]+` for prefix REQ and no separator), so Doorstop's default UIDs are read and cited with no id_pattern.
 * A policy's own id_pattern alone decides.
 */
async function withDoorstopUids(idPattern, files, facts) {
    if (idPattern !== formats/* DEFAULT_ID_PATTERN */.ng)
        return idPattern;
    const settingsPaths = [...new Set(files.flatMap((f) => (f.settingsPath ? [f.settingsPath] : [])))];
    if (!settingsPaths.length)
        return idPattern;
    const isDefault = util_pattern/* Pattern */.zJ.whole(formats/* DEFAULT_ID_PATTERN */.ng);
    const forms = new Set();
    for (const path of settingsPaths) {
        // Unreadable settings are reported where the requirements are read.
        const { text } = await (0,read_file/* readOrFinding */.XB)((p) => facts.readAtHead(p), path, 'the Doorstop document');
        if (text === undefined)
            continue;
        const { settings } = (0,doorstop/* parseDoorstopSettings */.bJ)(text, path);
        const form = (0,doorstop/* doorstopUidPattern */.h0)(settings);
        if (form && !isDefault(`${settings.prefix}${settings.sep ?? ''}1`))
            forms.add(form);
    }
    return forms.size ? `${idPattern}|${[...forms].sort().join('|')}` : idPattern;
}
/** A policy whose pattern does not compile cannot be evaluated: the gate errors, saying which. */
function checkPattern(name, source) {
    const problem = (0,util_pattern/* patternProblem */.AL)(source);
    if (problem)
        throw new Error(`${name} "${source}" ${problem} — fix it in the policy`);
}
async function buildMatrix({ options, facts, policy, compare }) {
    checkPattern('id_pattern', options.id_pattern ?? formats/* DEFAULT_ID_PATTERN */.ng);
    // OpenFastTrace sources are cited by coverage tags ([utest->dsn~name~1]) unless the policy names another form.
    const referencePatternOption = options.reference_pattern ?? openFastTraceReference(options.requirements);
    if (referencePatternOption)
        checkPattern('reference_pattern', referencePatternOption);
    // Asked for now, so git works out the changes while the files are read; a failure surfaces where it is awaited.
    const changes = compare ? facts.changedFiles() : Promise.resolve([]);
    changes.catch(() => undefined);
    const resolved = await (0,requirement_sources/* resolveRequirementFiles */.B8)(options.requirements, facts);
    // With the default id_pattern, Doorstop's own UIDs (REQ001: prefix, separator, number) are ids too.
    const idPattern = await withDoorstopUids(options.id_pattern ?? formats/* DEFAULT_ID_PATTERN */.ng, resolved.files, facts);
    const requirementPaths = new Set(resolved.files.map((f) => f.path));
    // The test files: what the test globs match, except requirement files and JUnit reports.
    const junitPaths = options.junit.length ? await facts.listAtHead(options.junit) : [];
    const junitSet = new Set(junitPaths);
    const testListed = await facts.listAtHead(options.tests);
    const testFiles = testListed.filter((p) => !requirementPaths.has(p) && !junitSet.has(p));
    const globFindings = emptyGlobFindings(options, testListed, testFiles.length);
    const referenceOptions = { id_pattern: idPattern, reference_pattern: referencePatternOption };
    // With the coverage-tag form, each tag's covering type is judged against the item's Needs once the items are read.
    const oft = !options.reference_pattern && referencePatternOption ? new OftCoverage(oftTestTypesByFile(resolved.files)) : undefined;
    // The requirements are parsed while the test files are searched (by git, in a process of its own, where it can);
    // the search is started first, as it takes longer.
    // The requirements are grouped and linked as soon as they are read, while git is still searching.
    const [scanned, { read, byId, duplicates, linked }] = await Promise.all([
        scanCitations(facts, testFiles, referenceMatcher(referenceOptions, oft?.record), searchFor(referenceOptions)),
        (0,requirement_sources/* readRequirementFiles */.BV)(resolved, facts, { id_pattern: idPattern }).then((read) => {
            // Duplicates: the first definition wins in the matrix.
            const byId = groupById(read.requirements);
            const duplicates = [];
            for (const defs of byId.values())
                if (defs.length > 1)
                    duplicates.push(defs);
            return { read, byId, duplicates, linked: requirementLinks(byId, testFiles) };
        }),
    ]);
    const findings = [...read.findings, ...emptySourceFindings(options, read), ...scanned.findings, ...globFindings, ...linked.findings];
    // Without an explicit reference form, a match whose prefix no requirement uses (UTF-8, SHA-256) is not a reference.
    const cited = sortCitations(scanned, !referencePatternOption, byId, compare);
    const casesById = await junitCases(options, facts, junitPaths, byId, idPattern, findings);
    findings.push(...(await unmatchedJUnitGlobs(options, facts, junitPaths)));
    // A pull request: which requirements are new, changed or deleted, and which files changed. A requirement file
    // that could not be read or parsed cleanly at head says nothing about what changed in it: its own error stands,
    // and none of its requirements is called new, changed or deleted.
    const troubled = new Set(read.findings.filter((f) => f.severity === 'error' && f.file).map((f) => f.file));
    const changedFiles = await changes;
    const atBase = compare
        ? await requirementsAtBase(facts, changedFiles, read.files, troubled, options.requirements, idPattern)
        : new Map();
    const { unknownReferences, deleted } = unknownAndDeleted(cited, atBase, byId);
    const changedPaths = new Set(changedFiles.filter((c) => c.status !== 'removed').map((c) => c.path));
    const changedRequirementPaths = new Set([...changedPaths].filter((p) => requirementPaths.has(p) && !troubled.has(p)));
    const requiredClasses = options.require_tests === 'all' ? undefined : options.require_tests === 'none' ? [] : options.require_tests.map((c) => c.toUpperCase());
    const judge = {
        junit: options.junit.length > 0,
        defaultClass: policy.classification.default,
        requiredClasses,
        compare,
        testsById: cited.tests,
        fileLinksById: linked.tests,
        casesById,
        atBase,
        changedPaths,
        changedRequirementPaths,
    };
    const rows = [];
    for (const [id, defs] of byId)
        rows.push(matrixRow(judge, id, defs[0]));
    if (oft)
        findings.push(...oft.judge(rows));
    return {
        rows,
        unknownReferences,
        duplicates,
        deleted,
        findings,
        junit: options.junit.length > 0,
        compared: compare,
        ...(read.doorstop ? { doorstop: read.doorstop } : {}),
    };
}
/**
 * Each source of several that found files but defines no requirement in them (`docs/system.md` whose headings no
 * id_pattern matches, a Doorstop document of inactive items): it would otherwise add nothing, silently, while the
 * other sources keep the gate going. An error, or with allow_empty a notice. A source whose files could not be read
 * or parsed cleanly has its own finding; a source matching no file, likewise; and when no source defines any
 * requirement, the gate's own error says so once.
 */
function emptySourceFindings(options, read) {
    if (options.requirements.length < 2 || !read.requirements.length)
        return [];
    const defining = new Set(read.requirements.map((r) => r.file));
    const remarked = new Set(read.findings.flatMap((f) => (f.file ? [f.file] : [])));
    const out = [];
    for (const source of options.requirements) {
        const path = typeof source === 'string' ? source : source.path;
        const matches = (0,glob/* globMatcher */.f)((0,requirement_sources/* sourceGlobs */.HS)(path));
        const files = read.files.filter((f) => matches(f.path)).map((f) => f.path);
        if (!files.length || files.some((f) => defining.has(f) || remarked.has(f)))
            continue;
        const named = (0,util_text/* shortList */.pg)(files, 3);
        out.push({
            severity: options.allow_empty ? 'notice' : 'error',
            message: options.allow_empty
                ? `The requirements source "${path}" defines no requirement (in ${named}); the gate goes on because allow_empty is true.`
                : `The requirements source "${path}" defines no requirement: no requirement in ${named} has an id that matches id_pattern "${options.id_pattern ?? formats/* DEFAULT_ID_PATTERN */.ng}", so it adds nothing to the matrix — fix id_pattern to the ids it uses, or the source's path, or remove the source from the policy (allow_empty: true lets the gate go on).`,
            ...(files.length === 1 ? { file: files[0] } : {}),
        });
    }
    return out;
}
/** The requirements by id, each id's definitions in the order read. */
function groupById(requirements) {
    const byId = new Map();
    for (const r of requirements) {
        const defs = byId.get(r.id);
        if (defs)
            defs.push(r);
        else
            byId.set(r.id, [r]);
    }
    return byId;
}
/** JUnit cases linked by name, classname or a requirement property; read and parse problems go to `findings`. */
async function junitCases(options, facts, junitPaths, byId, idPattern, findings) {
    const casesById = new Map();
    const reports = await (0,concurrency/* mapConcurrent */._)(junitPaths, concurrency/* READ_CONCURRENCY */.H, async (path) => {
        const { text, finding } = await (0,read_file/* readOrFinding */.XB)((p) => facts.readAtHead(p), path, 'its test results');
        if (finding)
            findings.push(finding);
        if (text === undefined)
            return { cases: [], findings: [] };
        const { parseJUnit } = await Promise.all(/* import() */[__webpack_require__.e(1893), __webpack_require__.e(3136)]).then(__webpack_require__.bind(__webpack_require__, 23136));
        return parseJUnit(text, path);
    });
    const idInText = util_pattern/* Pattern */.zJ.standingAlone(idPattern);
    const rename = idFromName(options.junit_id_from_name);
    for (const report of reports) {
        findings.push(...report.findings);
        for (const c of report.cases) {
            // Suite-level ids apply to the suite's cases: an id in a describe block's name cites every test in it.
            const names = [c.name, c.classname, ...c.suites];
            const texts = rename ? [...names, ...names.map(rename), ...c.requirementProperties] : [...names, ...c.requirementProperties];
            const ids = new Set(texts.flatMap((s) => [...idInText.matchAll(s)].map((m) => m.text).filter(Boolean)));
            for (const id of ids) {
                if (!byId.has(id))
                    continue;
                const linked = casesById.get(id);
                if (linked)
                    linked.push(c);
                else
                    casesById.set(id, [c]);
            }
        }
    }
    return casesById;
}
/** The unknown references (with the citations of requirements the pull request deleted), and the deletions. */
function unknownAndDeleted(cited, atBase, byId) {
    const gone = [...atBase.values()].filter(({ requirement }) => !byId.has(requirement.id));
    const goneIds = new Set(gone.map(({ requirement }) => requirement.id));
    const unknownReferences = [...cited.unknown, ...cited.foreign.filter((f) => goneIds.has(f.id))].sort(byFile);
    const unknownById = new Map();
    for (const u of unknownReferences) {
        const refs = unknownById.get(u.id);
        if (refs)
            refs.push(u);
        else
            unknownById.set(u.id, [u]);
    }
    const deleted = gone.map(({ requirement }) => ({ requirement, tests: unknownById.get(requirement.id) ?? [] }));
    return { unknownReferences, deleted };
}
/** The verdict on a requirement from its citations and, with JUnit, its cases. */
function verdictOf(junit, tested, cases) {
    return !junit
        ? tested || cases.length
            ? 'tested'
            : 'untested'
        : cases.some((c) => c.status === 'failed')
            ? 'failed'
            : cases.some((c) => c.status === 'skipped')
                ? 'skipped'
                : cases.length
                    ? 'verified'
                    : tested
                        ? 'not run'
                        : 'untested';
}
/**
 * A row with citations, its tests built when first read. A class, not a literal with a getter: 20,000 rows are
 * built at the cost of plain objects, with one shape; as JSON it is the plain row, tests included.
 */
class CitedRow {
    requirement;
    class;
    classAtBase;
    required;
    cases;
    /** Not readonly: OpenFastTrace's coverage rule (OftCoverage.judge) makes a row untested after it is built. */
    verdict;
    suspect;
    touched;
    change;
    missingCoverage;
    cited;
    fileLinks;
    constructor(fields, cited, fileLinks) {
        this.requirement = fields.requirement;
        this.class = fields.class;
        if (fields.classAtBase !== undefined)
            this.classAtBase = fields.classAtBase;
        this.required = fields.required;
        this.cases = fields.cases;
        this.verdict = fields.verdict;
        this.suspect = fields.suspect;
        this.touched = fields.touched;
        this.cited = cited;
        this.fileLinks = fileLinks;
    }
    get tests() {
        return this.fileLinks ? mergeReferences(this.cited?.references() ?? [], this.fileLinks) : this.cited.references();
    }
    toJSON() {
        const { requirement, required, tests, cases, verdict, suspect, touched, change, missingCoverage } = this;
        return {
            requirement,
            class: this.class,
            ...(this.classAtBase !== undefined ? { classAtBase: this.classAtBase } : {}),
            required,
            tests,
            cases,
            verdict,
            suspect,
            touched,
            ...(change ? { change } : {}),
            ...(missingCoverage ? { missingCoverage } : {}),
        };
    }
}
/**
 * Whether a class (as safetyClassOf reads it) falls under require_tests: every class for `all`, none for `none`; a
 * class that is none of A, B, C cannot be placed, so it is held to a list of classes (fail closed, with a finding).
 */
function requiredFor(ctx, c) {
    return ctx.requiredClasses === undefined || ctx.requiredClasses.includes(c.cls) || (!c.known && ctx.requiredClasses.length > 0);
}
/** Whether `base` is a known class stricter than the known class `head` (C at base, A at head). */
function classLowered(base, head) {
    return base !== undefined && (classification/* SAFETY_CLASS_RANK */.t3[base] ?? 0) > (classification/* SAFETY_CLASS_RANK */.t3[head] ?? Infinity);
}
/** Judge one requirement (its first definition): class, verdict, change, suspect, touched. */
function matrixRow(ctx, id, requirement) {
    const { changedPaths } = ctx;
    // A requirement with no class written on it has classification.default, at base as at head (the policy is the base's).
    const head = (0,classification/* safetyClassOf */.gT)(requirement.class ?? ctx.defaultClass);
    const cited = ctx.testsById.get(id);
    const fileLinks = ctx.fileLinksById.size ? ctx.fileLinksById.get(id) : undefined;
    const tested = (cited?.length ?? 0) + (fileLinks?.length ?? 0);
    const cases = (ctx.casesById.size && ctx.casesById.get(id)) || [];
    const verdict = verdictOf(ctx.junit, tested, cases);
    let change;
    let base;
    if (ctx.compare && ctx.changedRequirementPaths.has(requirement.file)) {
        const before = ctx.atBase.get(id);
        if (before === undefined)
            change = 'added';
        else {
            if (before.text !== (0,types/* normalizedText */.F9)(requirement))
                change = 'changed';
            base = (0,classification/* safetyClassOf */.gT)(before.requirement.class ?? ctx.defaultClass);
            if (base.cls === head.cls)
                base = undefined;
        }
    }
    const testChanged = changedPaths.size > 0 &&
        ((cited !== undefined && cited.citesAny(changedPaths)) || (fileLinks ?? []).some((r) => changedPaths.has(r.file)));
    const freshPass = changedPaths.size > 0 && cases.some((c) => c.status === 'passed' && changedPaths.has(c.report));
    // A changed requirement with no test at all is untested, not suspect: there is no link to re-verify.
    const suspect = change === 'changed' && (tested > 0 || cases.length > 0) && !testChanged && !freshPass;
    // A class lowered in this pull request is a risk decision not yet merged: the stricter of base and head decides
    // (a pull request cannot lower REQ-7 from C to A and delete its test in one change).
    const required = requiredFor(ctx, head) || (base !== undefined && requiredFor(ctx, base));
    const touched = change !== undefined || testChanged || base !== undefined;
    const fields = { requirement, class: head.cls, ...(base ? { classAtBase: base.cls } : {}), required, cases, verdict, suspect, touched };
    // The citations become Reference objects when something reads them (a report, a finding that names them):
    // a gate where every requirement passes never builds the 100,000s of a large repository.
    const row = cited || fileLinks ? new CitedRow(fields, cited, fileLinks) : { ...fields, tests: [] };
    if (change)
        row.change = change;
    return row;
}
/**
 * Links a requirement document states itself: a StrictDoc `TYPE: Child` makes this requirement a parent of the
 * child (which must exist), and a `TYPE: File` to a test file is a citation by that file (the path as written, from
 * the repository root or else from the document's folder). A File link to a file that is not a test file is an
 * implementation link, not a test.
 */
function requirementLinks(byId, testFiles) {
    const tests = new Map();
    const findings = [];
    // Built only for a document that links files.
    let testSet;
    // Sets, not searches in the lists: a document with many relations stays linear.
    const seen = new Set();
    for (const defs of byId.values())
        if (defs[0].parents)
            for (const p of defs[0].parents)
                seen.add(`${defs[0].id}\u0000${p}`);
    for (const [id, defs] of byId) {
        const r = defs[0];
        // Most requirements state no relation: nothing is built for them.
        if (!r.children && !r.linkedFiles)
            continue;
        for (const childId of r.children ?? []) {
            const child = byId.get(childId)?.[0];
            if (!child) {
                findings.push({
                    severity: 'error',
                    message: `${id} names ${childId} as its child (a Child relation), but no requirement defines ${childId} — fix the relation, or add the document that holds ${childId} to the requirements sources.`,
                    file: r.file,
                    line: r.line,
                });
            }
            else if (!seen.has(`${childId}\u0000${id}`)) {
                seen.add(`${childId}\u0000${id}`);
                (child.parents ??= []).push(id);
            }
        }
        const dir = r.file.includes('/') ? r.file.slice(0, r.file.lastIndexOf('/') + 1) : '';
        for (const written of r.linkedFiles ?? []) {
            testSet ??= new Set(testFiles);
            const path = [normalizePath(written), normalizePath(dir + written)].find((p) => p !== undefined && testSet.has(p));
            if (!path)
                continue;
            if (seen.has(`${id}\u0001${path}`))
                continue;
            seen.add(`${id}\u0001${path}`);
            const refs = tests.get(id);
            const ref = { id, file: path, line: 1 };
            if (refs)
                refs.push(ref);
            else
                tests.set(id, [ref]);
        }
    }
    return { tests, findings };
}
/** A relative path with "." and ".." resolved, or undefined if it leaves the repository. */
function normalizePath(p) {
    const out = [];
    for (const part of p.replace(/^\.\//, '').split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (!out.length)
                return undefined;
            out.pop();
        }
        else
            out.push(part);
    }
    return out.join('/');
}
/** Citations from the tests and from the requirement's own File links, one per file, by path. */
function mergeReferences(cited, links) {
    const files = new Set(cited.map((r) => r.file));
    return [...cited, ...links.filter((r) => !files.has(r.file))].sort(byFile);
}
/**
 * Every citation of a scan — the first per file and id —, in the order read, as numbers in flat lists shared by all
 * ids (a large scan holds 100,000s: no object, and no list of its own, per citation or per id). A citation's place
 * in these lists is its place in the order read; each id's citations are a chain through `next`.
 */
class CitationStore {
    /** The scan's files in the order read (citations name them by their place here). */
    paths = [];
    files = [];
    lines = [];
    /** The next citation of the same id, -1 for the last. */
    next = [];
    /** Whether the scan read the files in path order, so each id's chain is already sorted. */
    sorted = true;
    add(file, line) {
        this.next.push(-1);
        this.lines.push(line);
        return this.files.push(file) - 1;
    }
}
/** The citations of one id — the first per file —, in the order read, built into Reference objects only when asked for. */
class CitationList {
    id;
    store;
    head;
    /** The last citation (its file is the one a repeated id in the same file would name). */
    tail;
    length = 1;
    built;
    constructor(id, store, first) {
        this.id = id;
        this.store = store;
        this.head = first;
        this.tail = first;
    }
    append(citation) {
        this.store.next[this.tail] = citation;
        this.tail = citation;
        this.length++;
    }
    /** Each citation's place in the scan, in the order read. */
    *places() {
        for (let c = this.head; c >= 0; c = this.store.next[c])
            yield c;
    }
    /** Whether any citing file is in `paths`. */
    citesAny(paths) {
        const { next, files, paths: names } = this.store;
        for (let c = this.head; c >= 0; c = next[c])
            if (paths.has(names[files[c]]))
                return true;
        return false;
    }
    /** The citations, by file and line (built once). */
    references() {
        if (!this.built) {
            const { next, files, lines, paths } = this.store;
            const built = [];
            for (let c = this.head; c >= 0; c = next[c])
                built.push({ id: this.id, file: paths[files[c]], line: lines[c] });
            // Files arrive in any order where the source reads them concurrently (in path order from git); the matrix lists them by path.
            if (!this.store.sorted)
                built.sort(byFile);
            this.built = built;
        }
        return this.built;
    }
}
/**
 * Every id the test files cite — the first citation per file and id —, streamed rather than cached so memory does
 * not grow with the tests. With `lines`, the source may hand over only the lines that can hold a citation.
 */
async function scanCitations(facts, paths, match, lines) {
    const byId = new IdIndex();
    const store = new CitationStore();
    const read = store.paths;
    const findings = [];
    let file = -1;
    // Each file is visited once with all its citations: an id this file already cites ends its list.
    const take = (id, line) => {
        const list = byId.get(id);
        if (!list)
            byId.set(id, new CitationList(id, store, store.add(file, line)));
        else if (store.files[list.tail] !== file)
            list.append(store.add(file, line));
    };
    await facts.scanAtHead(paths, (scanned) => {
        const path = scanned.path;
        if (read.length && read[read.length - 1] >= path)
            store.sorted = false;
        file = read.push(path) - 1;
        if (scanned.matches) {
            const { lines: at, texts } = scanned.matches;
            for (let i = 0; i < texts.length; i++)
                take(texts[i], at[i]);
        }
        else if (scanned.lines) {
            for (const l of scanned.lines)
                for (const r of match(l.text, path, l.line))
                    take(r.id, r.line);
        }
        else if (scanned.text !== undefined)
            for (const r of match(scanned.text, path))
                take(r.id, r.line);
        else
            findings.push({ ...(0,read_file/* unreadableFinding */.jg)(scanned, 'its requirement references'), severity: 'warning' });
    }, lines ? { lines } : undefined);
    return { citations: byId.byId, store, findings };
}
/**
 * Citations sorted out once the requirements are known: references by id; unknown ids; and `foreign` (kept only
 * to compare with a base), matches whose prefix no requirement at head uses — not references, unless they name a
 * requirement the pull request deleted (the last of its document, say), which is known only once the base has been
 * read. Decided once per id; unknown and foreign citations come in the order they were read.
 */
function sortCitations({ citations, store }, byPrefix, byId, keepForeign) {
    const unknown = [];
    const foreign = [];
    let prefixes;
    for (const [id, list] of citations) {
        // A requirement's id has a prefix some requirement uses; without prefixes every match is a reference. The
        // prefixes are gathered only for a citation of an id no requirement defines.
        if (byId.has(id))
            continue;
        if (byPrefix)
            prefixes ??= new Set(Array.from(byId.keys(), idPrefix));
        if (prefixes && !prefixes.has(idPrefix(id))) {
            if (keepForeign)
                foreign.push(list);
        }
        else
            unknown.push(list);
    }
    // The tests of a requirement: its id's citations (the rows look up only requirements' ids).
    return { tests: citations, unknown: inOrderRead(unknown, store), foreign: inOrderRead(foreign, store) };
}
/** The citations of several lists, in the order the scan read them. */
function inOrderRead(lists, store) {
    const ids = new Map();
    for (const list of lists)
        for (const c of list.places())
            ids.set(c, list.id);
    // Places are whole numbers: a typed list sorts them as numbers, with no comparison function.
    return Array.from(Uint32Array.from(ids.keys()).sort(), (c) => ({
        id: ids.get(c),
        file: store.paths[store.files[c]],
        line: store.lines[c],
    }));
}
/**
 * The requirements at base of the requirement files the PR edited, removed or moved out of the sources, by id
 * (the first definition). A file `troubled` at head is left out: it says nothing about what changed in it.
 */
async function requirementsAtBase(facts, changedFiles, headFiles, troubled, sources, idPattern) {
    const filesByPath = new Map(headFiles.map((f) => [f.path, f]));
    const edited = changedFiles.filter((c) => c.status !== 'added' && !troubled.has(c.path));
    // Doorstop folders are listed only for a file with no requirement file at head to go by (removed or moved out).
    const doorstopDirs = edited.some((c) => c.status === 'removed' || !filesByPath.has(c.path))
        ? await (0,requirement_sources/* doorstopDirsAtHead */.OZ)(facts)
        : new Set();
    const formerFiles = edited.flatMap((c) => {
        const basePath = c.previousPath ?? c.path;
        const head = c.status === 'removed' ? undefined : filesByPath.get(c.path);
        if (head)
            return [{ ...head, path: basePath }];
        const former = (0,requirement_sources/* formerRequirementFile */.Ri)(basePath, sources, doorstopDirs);
        return former ? [former] : [];
    });
    // A Doorstop item is read with its document's settings at base, so a file that was no item then is none now.
    const settings = new Map();
    const settingsAt = (path) => {
        let s = settings.get(path);
        if (!s) {
            s = facts.readAtBase(path).then((f) => (f ? (0,doorstop/* parseDoorstopSettings */.bJ)(f.text, path).settings : undefined), () => undefined);
            settings.set(path, s);
        }
        return s;
    };
    const parsed = await (0,concurrency/* mapConcurrent */._)(formerFiles, concurrency/* READ_CONCURRENCY */.H, async (file) => {
        const base = await facts.readAtBase(file.path).catch(() => undefined);
        const docSettings = file.settingsPath ? await settingsAt(file.settingsPath) : undefined;
        return base ? (await (0,formats/* parseInFormat */.uq)(file, base.text, idPattern, docSettings)).requirements : [];
    });
    const atBase = new Map();
    for (const r of parsed.flat())
        if (!atBase.has(r.id))
            atBase.set(r.id, { requirement: r, text: (0,types/* normalizedText */.F9)(r) });
    return atBase;
}
/** The rewrite of junit_id_from_name: each match of `pattern` in a name, rewritten (only the rewrites are returned, space-separated). */
function idFromName(option) {
    if (!option)
        return undefined;
    checkPattern('junit_id_from_name.pattern', option.pattern);
    const pattern = util_pattern/* Pattern */.zJ.compile(option.pattern);
    return (name) => {
        const out = [];
        for (const m of pattern.matchAll(name)) {
            out.push(option.replace.replace(/\$(\$|&|[1-9])/g, (_, g) => g === '$' ? '$' : g === '&' ? m.text : (m.groups[Number(g) - 1] ?? '')));
        }
        return out.join(' ');
    };
}
/**
 * Each junit glob must match a report at head: one that matches nothing is an error (a report not committed, a
 * path mistyped), or with allow_empty: true a notice — no requirement is verified by a report that is not there.
 */
async function unmatchedJUnitGlobs(options, facts, matched) {
    if (!options.junit.length)
        return [];
    const empty = matched.length === 0
        ? options.junit
        : options.junit.length === 1
            ? []
            : (await Promise.all(options.junit.map(async (g) => ((await facts.listAtHead([g])).length ? [] : [g])))).flat();
    if (!empty.length)
        return [];
    const globs = empty.join(', ');
    if (options.allow_empty) {
        return [
            {
                severity: 'notice',
                message: `junit ${empty.length === 1 ? 'glob' : 'globs'} ${globs} ${empty.length === 1 ? 'matches' : 'match'} no file at head; allowed by allow_empty: true — no requirement is verified by a report that is not there.`,
            },
        ];
    }
    return [
        {
            severity: 'error',
            message: matched.length === 0
                ? `junit is set (${globs}) but no file matches at head, so no requirement can be verified — commit the JUnit report or fix the globs.`
                : `junit ${empty.length === 1 ? 'glob' : 'globs'} ${globs} ${empty.length === 1 ? 'matches' : 'match'} no file at head, so the test results it names were not read — commit the JUnit report or fix the glob (allow_empty: true lets the gate go on without it).`,
        },
    ];
}
/**
 * The reference form of a policy with OpenFastTrace sources and no reference_pattern: a coverage tag whose
 * covering type is one of their test types (see docs/gates/traceability-formats.md); null for other policies.
 */
function openFastTraceReference(sources) {
    if (!sources.some((s) => typeof s !== 'string' && s.format === 'openfasttrace'))
        return null;
    return (0,openfasttrace/* coverageTagPattern */.d)([...oftTestTypes(sources)]);
}
/** An id without its trailing number: "REQ-" of "REQ-012". */
function idPrefix(id) {
    // Walked back from the end: a regular expression would retry each digit of a long run that something else ends.
    let end = id.length;
    while (end > 0 && id.charCodeAt(end - 1) >= 48 && id.charCodeAt(end - 1) <= 57)
        end--;
    return id.slice(0, end);
}
function byFile(a, b) {
    return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

;// CONCATENATED MODULE: ./lib/rules/traceability/doorstop-links.js

/**
 * `definedElsewhere`: the ids the policy's other requirement sources define (Markdown, YAML, StrictDoc...). A
 * Doorstop item may derive from one of them: such a link is not to an unknown item, and carries no Doorstop stamp
 * to compare.
 */
function doorstopLinkFindings(items, options, definedElsewhere = new Set()) {
    const findings = [];
    const byUid = new Map();
    for (const item of items)
        if (!byUid.has((0,doorstop/* uidKey */.e0)(item.uid)))
            byUid.set((0,doorstop/* uidKey */.e0)(item.uid), item);
    for (const item of items) {
        if (!item.active)
            continue;
        for (const link of item.links) {
            const parent = byUid.get((0,doorstop/* uidKey */.e0)(link.uid));
            if (!parent) {
                if (definedElsewhere.has(link.uid))
                    continue;
                findings.push({
                    severity: 'error',
                    message: `${item.uid} links to ${link.uid}, which no Doorstop item in the requirements sources defines — fix the link, or add the document that holds ${link.uid} to the requirements sources.`,
                    file: item.file,
                    line: link.line,
                    action: { text: `Fix the link from ${item.uid} to ${link.uid}` },
                });
                continue;
            }
            if (options.suspect && typeof link.stamp === 'string' && link.stamp !== parent.stamp) {
                findings.push({
                    severity: options.suspect,
                    message: `Suspect link: ${item.uid} links to ${parent.uid} (${parent.file}:${parent.line}), which changed since the link was last reviewed ` +
                        `(stamp ${link.stamp} stored, ${parent.stamp} now) — review ${item.uid} against ${parent.uid}, then run "doorstop clear ${item.uid} ${parent.uid}" and commit.`,
                    file: item.file,
                    line: link.line,
                    action: { text: `Review ${item.uid} against ${parent.uid} and clear the suspect link` },
                });
            }
        }
        if (options.unreviewed && typeof item.reviewed === 'string' && item.reviewed !== item.reviewedStamp) {
            findings.push({
                severity: options.unreviewed,
                message: `${item.uid} has unreviewed changes: its text, links or references changed since it was reviewed (stamp ${item.reviewed} stored, ${item.reviewedStamp} now) — review it, then run "doorstop review ${item.uid}" and commit.`,
                file: item.file,
                line: item.line,
                action: { text: `Review ${item.uid} and record it with "doorstop review ${item.uid}"` },
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./lib/rules/traceability/flaky.js

// A JUnit case that passed only when the runner ran it again (Maven Surefire with rerunFailingTestsCount writes the
// failed runs as <flakyFailure>/<flakyError> inside a passing <testcase>) verifies its requirement on a pass that
// the same code did not give the first time. It stays a pass, as the build's own verdict; the requirement is named
// (a warning by default, `flaky: error` for a team that accepts no rerun) so the intermittent failure is looked at.
function flakyFindings(matrix, severity) {
    const findings = [];
    for (const row of matrix.rows) {
        const flaky = row.cases.filter((c) => c.status === 'passed' && c.flaky);
        if (!flaky.length)
            continue;
        const r = row.requirement;
        const cases = flaky.map((c) => `${c.classname ? `${c.classname}.` : ''}${c.name} (${c.report}:${c.line}, ${(0,util_text/* plural */.LS)(c.flaky, 'failed run')} before)`);
        findings.push({
            severity,
            message: `${r.id}${r.title ? ` "${r.title}"` : ''} is verified by ${flaky.length === 1 ? 'a test that' : 'tests that'} passed only on a rerun: ${(0,util_text/* shortList */.pg)(cases, 3)} — find why ${flaky.length === 1 ? 'it fails' : 'they fail'} intermittently; a pass on a rerun is weak evidence.`,
            file: r.file,
            line: r.line,
            action: { text: `Make the flaky test${flaky.length === 1 ? '' : 's'} of ${r.id} pass on the first run` },
        });
    }
    return findings;
}

;// CONCATENATED MODULE: ./lib/rules/traceability/index.js










const traceability = (0,rule/* defineRule */.Km)({
    name: traceability_rule/* traceabilityRule */.i.name,
    description: traceability_rule/* traceabilityRule */.i.description,
    options: traceability_options/* TraceabilityOptions */.A,
    async evaluate(options, facts, ctx) {
        const matrix = await buildMatrix({ options, facts, policy: ctx, compare: true });
        const findings = traceabilityFindings(matrix, options);
        const c = (0,trace/* countMatrix */.p)(matrix);
        const summary = `${(0,util_text/* plural */.LS)(c.requirements, 'requirement')}: ${c.tested} tested` +
            (matrix.junit ? `, ${c.verified} verified` : '') +
            `, ${c.untested} untested, ${(0,util_text/* plural */.LS)(c.unknownReferences, 'unknown reference')}, ${c.suspect} suspect` +
            (matrix.deleted.length ? `, ${matrix.deleted.length} deleted` : '');
        const blocking = findings.filter((f) => f.severity === 'error');
        const touched = touchedTable(matrix);
        return {
            findings,
            summary: blocking.length ? `${summary} — ${blocking[0].message}` : summary,
            ...(touched ? { tables: [touched] } : {}),
        };
    },
});
/** How this pull request changed a requirement's class ("class lowered C → A"), for the touched table; undefined when it did not. */
function classChangeText(row) {
    const base = row.classAtBase;
    if (base === undefined)
        return undefined;
    const how = classLowered(base, row.class) ? 'lowered' : classLowered(row.class, base) ? 'raised' : 'changed';
    return `class ${how} ${base} → ${row.class}`;
}
/** The part of the matrix this PR touched, folded under the gate in the report; `sdlc-gate trace` writes all of it. */
function touchedTable(matrix) {
    const touched = matrix.rows.filter((r) => r.touched);
    if (!touched.length && !matrix.deleted.length)
        return undefined;
    return {
        title: 'Requirements this pull request touched',
        columns: ['Requirement', 'Class', 'Defined at', 'Change', 'Status', 'Tests', 'JUnit'],
        rows: [
            ...touched.map((row) => {
                const r = row.requirement;
                const classChange = classChangeText(row);
                const change = row.change === 'added'
                    ? 'new'
                    : row.change === 'changed'
                        ? `text changed${classChange ? `, ${classChange}` : ''}`
                        : (classChange ?? 'tests changed');
                return [
                    `${r.id}${r.title ? ` ${r.title}` : ''}`,
                    row.classAtBase === undefined ? row.class : `${row.class} (${row.classAtBase} at base)`,
                    at(r),
                    change,
                    `${row.verdict}${row.suspect ? ', suspect' : ''}`,
                    row.tests.length ? (0,util_text/* shortList */.pg)(row.tests.map(at), 4) : 'no test',
                    row.cases.length
                        ? (0,util_text/* shortList */.pg)(row.cases.map((c) => `${c.name}: ${c.status}`), 4)
                        : '',
                ];
            }),
            ...matrix.deleted.map(({ requirement: r, tests }) => [
                `${r.id}${r.title ? ` ${r.title}` : ''}`,
                (r.class ?? '').toUpperCase(),
                `${at(r)} (base)`,
                'deleted',
                tests.length ? 'still cited' : '',
                tests.length ? (0,util_text/* shortList */.pg)(tests.map(at), 4) : '',
                '',
            ]),
        ],
        collapsed: true,
    };
}
const at = (r) => `${r.file}:${r.line}`;
function traceabilityFindings(matrix, options) {
    const findings = [...matrix.findings];
    if (matrix.rows.length === 0 && matrix.duplicates.length === 0)
        findings.push(noRequirements(options));
    const severity = (s) => (s === 'off' ? undefined : s);
    if (matrix.doorstop) {
        const defined = new Set(matrix.rows.map((r) => r.requirement.id));
        findings.push(...doorstopLinkFindings(matrix.doorstop, { suspect: severity(options.suspect), unreviewed: severity(options.unreviewed ?? 'error') }, defined));
    }
    const dup = severity(options.duplicate_ids);
    if (dup)
        findings.push(...duplicateFindings(matrix, dup));
    findings.push(...unknownClassFindings(matrix, options));
    const lowered = severity(options.class_lowered ?? 'warning');
    if (lowered)
        findings.push(...classLoweredFindings(matrix, options, lowered));
    findings.push(...gapFindings(matrix));
    const unknown = severity(options.unknown_references);
    if (unknown)
        findings.push(...unknownReferenceFindings(matrix, unknown));
    findings.push(...deletedFindings(matrix, unknown));
    const flaky = severity(options.flaky ?? 'warning');
    if (flaky)
        findings.push(...flakyFindings(matrix, flaky));
    const suspect = severity(options.suspect);
    if (suspect)
        findings.push(...suspectFindings(matrix, suspect));
    return findings;
}
/** Each definition of an id defined more than once. */
function duplicateFindings(matrix, dup) {
    const findings = [];
    for (const defs of matrix.duplicates) {
        const action = { text: `Give each of the ${defs.length} definitions of ${defs[0].id} its own id (${(0,util_text/* shortList */.pg)(defs.map(at), 5)})` };
        for (const d of defs) {
            const others = defs.filter((o) => o !== d).map(at);
            findings.push({
                severity: dup,
                message: `${d.id} is defined more than once: here and at ${(0,util_text/* listing */.RR)(others)} — give each requirement its own id and update the tests that cite it.`,
                file: d.file,
                line: d.line,
                action,
            });
        }
    }
    return findings;
}
/**
 * With require_tests a list of classes, each requirement whose class is none of A, B, C ("Class X", "III"): whether
 * it needs a test cannot be told, so it is held to require_tests, and the class is an error to fix.
 */
function unknownClassFindings(matrix, options) {
    if (!Array.isArray(options.require_tests) || !options.require_tests.length)
        return [];
    const findings = [];
    for (const row of matrix.rows) {
        const written = row.requirement.class;
        if (written === undefined || (0,classification/* safetyClassOf */.gT)(written).known)
            continue;
        const r = row.requirement;
        findings.push({
            severity: 'error',
            message: `${r.id}${r.title ? ` "${r.title}"` : ''} has class "${written}", which is not a software safety class (A, B or C), so require_tests (${options.require_tests.join(', ')}) cannot tell whether it needs a test; it is held to require_tests meanwhile — write its class as A, B or C.`,
            file: r.file,
            line: r.line,
        });
    }
    return findings;
}
/**
 * Each requirement whose class this pull request lowers, where the class decides whether it needs a test (require_tests
 * a list of classes). The PR is judged by the class at base meanwhile (MatrixRow.required); the lowering itself is a
 * risk-management decision the gate cannot see approved, so it is reported on the requirement's line.
 */
function classLoweredFindings(matrix, options, severity) {
    if (!Array.isArray(options.require_tests))
        return [];
    const classes = options.require_tests;
    const findings = [];
    for (const row of matrix.rows) {
        const base = row.classAtBase;
        if (base === undefined || !classLowered(base, row.class))
            continue;
        const r = row.requirement;
        const consequence = !classes.includes(base)
            ? `neither class is in require_tests (${(0,util_text/* listing */.RR)([...classes])}), so this gate asks for no test either way`
            : classes.includes(row.class)
                ? `this pull request is judged by class ${base} until the lowering is merged`
                : `class ${row.class} would take ${r.id} out of require_tests (${(0,util_text/* listing */.RR)([...classes])}), so until the lowering is merged this pull request still holds it to class ${base} and its tests`;
        findings.push({
            severity,
            message: `${r.id}${r.title ? ` "${r.title}"` : ''}: this pull request lowers its safety class from ${base} (at base) to ${row.class}; ` +
                `${consequence} — a class is a risk-management decision: get the lowering approved through the risk-management process (record it in the risk file), and keep ${r.id}'s tests in this pull request.`,
            file: r.file,
            line: r.line,
            action: {
                text: `Get the lowering of ${r.id} from class ${base} to ${row.class} approved through the risk-management process`,
            },
        });
    }
    return findings;
}
/** Each required requirement not verified, with one step per kind of gap naming its requirements. */
function gapFindings(matrix) {
    const findings = [];
    // One step per kind of gap, naming its requirements: "Add a test citing each of REQ-3, REQ-7 and REQ-9".
    const gaps = new Map();
    for (const row of matrix.rows) {
        if (!row.required)
            continue;
        const problem = verificationProblem(row, matrix.junit);
        if (!problem)
            continue;
        const f = { severity: 'error', message: problem, file: row.requirement.file, line: row.requirement.line };
        findings.push(f);
        const gap = gaps.get(row.verdict);
        if (gap) {
            gap.ids.push(row.requirement.id);
            gap.findings.push(f);
        }
        else
            gaps.set(row.verdict, { ids: [row.requirement.id], findings: [f] });
    }
    for (const [verdict, { ids, findings: gapFindings }] of gaps) {
        const text = gapStep(verdict, ids);
        for (const f of gapFindings)
            f.action = { text };
    }
    return findings;
}
/** Each citation of an id no requirement defines (or one this pull request deleted). */
function unknownReferenceFindings(matrix, unknown) {
    const deletedById = new Map(matrix.deleted.map((d) => [d.requirement.id, d.requirement]));
    return matrix.unknownReferences.map((ref) => {
        const gone = deletedById.get(ref.id);
        return {
            severity: unknown,
            message: gone
                ? `${ref.file} cites ${ref.id}, which this pull request deleted (it was at ${at(gone)} at base) — remove or retarget the citation with the requirement, or restore ${ref.id}.`
                : `${ref.file} cites ${ref.id}, which no requirement defines — fix the id, or add ${ref.id} to the requirements.`,
            file: ref.file,
            line: ref.line,
            action: {
                text: gone
                    ? `Remove or retarget the citation of ${ref.id} in ${ref.file}, or restore ${ref.id}`
                    : `Fix the citation of ${ref.id} in ${ref.file}, or define ${ref.id}`,
            },
        };
    });
}
/** A notice for each deleted requirement, unless a citation still left makes it an unknown reference. */
function deletedFindings(matrix, unknown) {
    const findings = [];
    // A deletion no test still cites is not a problem, but the record of a requirement leaving the set belongs in the audit trail.
    for (const d of matrix.deleted) {
        if (d.tests.length && unknown)
            continue;
        const r = d.requirement;
        findings.push({
            severity: 'notice',
            message: `${r.id}${r.title ? ` "${r.title}"` : ''} was deleted in this pull request (it was at ${at(r)} at base) — check that its risk controls and design outputs no longer depend on it.`,
        });
    }
    return findings;
}
/** Each requirement changed by this pull request whose tests did not change. */
function suspectFindings(matrix, suspect) {
    return matrix.rows
        .filter((r) => r.suspect)
        .map((row) => {
        const r = row.requirement;
        const links = [...row.tests.map(at), ...row.cases.map((c) => `${c.report}:${c.line} (${c.name})`)];
        return {
            severity: suspect,
            message: `${r.id} "${r.title}" changed in this pull request (${at(r)}), but none of its tests did: ${(0,util_text/* shortList */.pg)(links, 5)} — ` +
                `review ${links.length === 1 ? 'that test' : 'those tests'} against the new text and update ${links.length === 1 ? 'it' : 'them'} in this pull request` +
                `${matrix.junit ? ', or commit a JUnit report from this head where they pass' : ''}.`,
            file: r.file,
            line: r.line,
            action: { text: `Review the tests of ${r.id} against its new text and update them` },
        };
    });
}
function gapStep(verdict, ids) {
    const which = (0,util_text/* shortList */.pg)(ids, 6);
    const many = ids.length > 1;
    switch (verdict) {
        case 'untested':
            return many ? `Add a test citing each of ${which}` : `Add a test that cites ${which}`;
        case 'failed':
            return `Fix the failing test${many ? 's' : ''} of ${which} and commit the new JUnit report`;
        case 'skipped':
            return `Run the skipped test${many ? 's' : ''} of ${which} and commit the JUnit report`;
        default:
            return `Name ${which} in ${many ? 'their' : 'its'} JUnit test case (its name or a "requirement" property) and commit the report`;
    }
}
function verificationProblem(row, junit) {
    // Most rows of a large matrix pass: nothing is built for them.
    if (row.verdict === 'verified' || row.verdict === 'tested')
        return undefined;
    const r = row.requirement;
    // Held to its class at base: one this pull request lowers, or one at base that is none of A, B, C (held to require_tests).
    const base = row.classAtBase;
    const lowered = classLowered(base, row.class);
    const heldByBase = base !== undefined && (lowered || !(0,classification/* safetyClassOf */.gT)(base).known);
    const name = `${r.id}${r.title ? ` "${r.title}"` : ''} (class ${heldByBase ? `${base} at base, ${lowered ? 'lowered to' : 'changed to'} ${row.class} in this pull request` : row.class})`;
    const cases = (status) => row.cases.filter((c) => c.status === status).map((c) => `${c.name} (${c.report}:${c.line}${c.note ? `: ${c.note}` : ''})`);
    switch (row.verdict) {
        case 'untested':
            if (row.missingCoverage)
                return missingCoverage(name, row, row.missingCoverage);
            return heldByBase
                ? `${name} has no test: no test file cites ${r.id}${junit ? ' and no JUnit test case names it' : ''} — a class changed in this pull request is not merged yet, so ${r.id} is held to class ${base}: keep or add a test that cites it; its tests can go in a later pull request once the new class is approved and merged.`
                : `${name} has no test: no test file cites ${r.id}${junit ? ' and no JUnit test case names it' : ''} — add a test that cites ${r.id}, or mark the requirement's class out of require_tests.`;
        case 'failed':
            return `${name} is not verified: its linked test ${(0,util_text/* plural */.LS)(cases('failed').length, 'case').replace(/^\d+ /, '')} ${(0,util_text/* shortList */.pg)(cases('failed'), 3)} failed — fix the code or the test and commit the new JUnit report.`;
        case 'skipped':
            return `${name} is not verified: its linked test ${(0,util_text/* plural */.LS)(cases('skipped').length, 'case').replace(/^\d+ /, '')} ${(0,util_text/* shortList */.pg)(cases('skipped'), 3)} ${cases('skipped').length === 1 ? 'was' : 'were'} skipped — run ${cases('skipped').length === 1 ? 'it' : 'them'} and commit the JUnit report.`;
        case 'not run':
            return `${name} is not verified: it is cited by ${(0,util_text/* shortList */.pg)(row.tests.map(at), 3)}, but no test case in the JUnit reports links to it — name ${r.id} in the test's name or a "requirement" property, and commit the report.`;
        default:
            return undefined;
    }
}
/** An OpenFastTrace item a needed test type does not cover (OFT's own rule: every type in Needs must cover it). */
function missingCoverage(name, row, missing) {
    const r = row.requirement;
    const tags = missing.map((t) => `[${t}->${r.id}]`).join(' and ');
    const by = row.tests.length ? `it is cited by ${(0,util_text/* shortList */.pg)(row.tests.map(at), 3)}, but ` : '';
    return `${name} is not covered: it needs ${(0,util_text/* listing */.RR)([...missing])} coverage (Needs: ${(r.needs ?? []).join(', ')}) and ${by}no test carries ${tags} — add a test with that tag, or take the type out of its Needs.`;
}
/** Sources that define no requirement: fail closed (the gate would pass with nothing to check) unless allowed. */
function noRequirements(options) {
    const sources = (0,util_text/* shortList */.pg)(options.requirements.map((r) => (typeof r === 'string' ? r : r.path)), 5);
    if (options.allow_empty) {
        return {
            severity: 'notice',
            message: `No requirement is defined in ${sources}; the gate passes because allow_empty is true — nothing is traced.`,
        };
    }
    return {
        severity: 'error',
        message: `No requirement was read from ${sources}: no id there matches id_pattern "${options.id_pattern}" — fix id_pattern to the ids the documents use (or the sources to the files that hold them), or set allow_empty: true if the project has no requirements yet.`,
        action: { text: `Make the traceability sources define requirements: check id_pattern "${options.id_pattern}" against ${sources}` },
    };
}


/***/ })

};
