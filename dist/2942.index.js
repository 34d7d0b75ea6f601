export const id = 2942;
export const ids = [2942];
export const modules = {

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


/***/ })

};
