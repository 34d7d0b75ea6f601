export const id = 9707;
export const ids = [9707];
export const modules = {

/***/ 59707:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSphinxNeeds: () => (/* binding */ parseSphinxNeeds)
/* harmony export */ });
// Sphinx-Needs' needs.json export (the `needs` builder): {current_version, versions: {<version>: {needs: {<id>:
// need}}}}. Only the current version's needs are read (a file may keep older versions next to it); a file with
// one version and no current_version is read as that version.
//
// - Which needs are requirements: those whose id matches id_pattern (set it to the requirement types' prefix,
//   e.g. "REQ_[0-9]+", to leave specs, implementations and test cases out); external needs (`is_external`,
//   imported from another project's needs.json) belong to that project and are not read; nor are needs whose
//   status is "rejected" or "deleted".
// - Title `title`; text `content` (sphinx-needs 1.x+), else `description` (older exports).
// - Parents: the ids in `links`, the outgoing default link type (a need links to what it derives from or
//   implements). Other link types (`links_back`, custom ones such as `tests` or `blocks`) are not parents.
// The line of a need is where its `"id": "<id>"` is written, found in one pass over the text.
const SKIPPED_STATUS = new Set(['rejected', 'deleted']);
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function parseSphinxNeeds(text, file, ctx) {
    const fail = (message, line = 1) => ({
        requirements: [],
        findings: [{ severity: 'error', message, file, line }],
    });
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        const at = /position (\d+)/.exec(e.message);
        return fail(`${file} is not valid JSON (${e.message}); its needs were not read — fix the file or build needs.json again.`, at ? lineOfOffset(text, Number(at[1])) : 1);
    }
    if (!isObj(data) || !isObj(data.versions))
        return fail(`${file} is not a Sphinx-Needs needs.json (no "versions" object) — point the source at the file the needs builder writes.`);
    const versions = data.versions;
    const names = Object.keys(versions);
    const current = typeof data.current_version === 'string' ? data.current_version : names.length === 1 ? names[0] : undefined;
    if (current === undefined)
        return fail(`${file} has ${names.length} versions and no current_version, so which needs are current is unknown — set "version" in the Sphinx project and build needs.json again.`);
    const version = versions[current];
    if (!isObj(version) || !isObj(version.needs)) {
        return fail(`${file}: its current_version "${current}" has no needs in "versions" (it has ${names.length ? names.map((n) => `"${n}"`).join(', ') : 'none'}) — build needs.json again for this version.`);
    }
    const lines = needLines(text, versions, current);
    const findings = [];
    const requirements = [];
    for (const [key, need] of Object.entries(version.needs)) {
        if (!isObj(need)) {
            findings.push({
                severity: 'error',
                message: `${file}: the need "${key}" is not an object, so it was not read — build needs.json again.`,
                file,
                line: lines.get(key) ?? 1,
            });
            continue;
        }
        const id = typeof need.id === 'string' && need.id ? need.id : key;
        if (need.is_external === true)
            continue;
        if (typeof need.status === 'string' && SKIPPED_STATUS.has(need.status.toLowerCase()))
            continue;
        if (!ctx.isId(id))
            continue;
        const text = typeof need.content === 'string' && need.content ? need.content : typeof need.description === 'string' ? need.description : '';
        const parents = Array.isArray(need.links) ? need.links.filter((l) => typeof l === 'string' && l !== '') : [];
        requirements.push({
            id,
            title: typeof need.title === 'string' ? need.title.trim() : '',
            text: text.trim(),
            ...(parents.length ? { parents } : {}),
            file,
            line: lines.get(id) ?? 1,
            format: 'sphinx-needs',
        });
    }
    return { requirements, findings };
}
/** Every `"id": "<value>"` in the text, in order, with its line: one pass. */
function idOccurrences(text) {
    const out = [];
    let line = 1;
    let last = 0;
    for (const m of text.matchAll(/"id"\s*:\s*"((?:[^"\\\n]|\\.)*)"/g)) {
        for (let i = text.indexOf('\n', last); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1))
            line++;
        last = m.index;
        try {
            out.push({ id: JSON.parse(`"${m[1]}"`), line });
        }
        catch {
            // not a JSON string after all: no line from it
        }
    }
    return out;
}
/**
 * The line of each need of the current version. JSON.parse keeps the order of keys as written, so walking every
 * version's needs in that order meets each need's `"id"` further on in the text than the last one (other "id"s,
 * such as those of need parts, are passed over). At the first need whose id is not found the walk stops: the rest
 * get the line of the file's start rather than a search that could grow with the square of the file.
 */
function needLines(text, versions, current) {
    const found = idOccurrences(text);
    const out = new Map();
    let at = 0;
    for (const [name, version] of Object.entries(versions)) {
        if (!isObj(version) || !isObj(version.needs))
            continue;
        for (const [key, need] of Object.entries(version.needs)) {
            const id = isObj(need) && typeof need.id === 'string' && need.id ? need.id : key;
            while (at < found.length && found[at].id !== id)
                at++;
            if (at >= found.length)
                return out;
            if (name === current)
                out.set(id, found[at].line);
            at++;
        }
    }
    return out;
}
function lineOfOffset(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}


/***/ })

};
