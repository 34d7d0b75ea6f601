export const id = 3555;
export const ids = [3555];
export const modules = {

/***/ 9196:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eq: () => (/* binding */ buildPurl),
/* harmony export */   NP: () => (/* binding */ npmPurl),
/* harmony export */   hT: () => (/* binding */ purlKey),
/* harmony export */   sS: () => (/* binding */ pypiName)
/* harmony export */ });
// Package URLs (https://github.com/package-url/purl-spec) built and compared without a general parser:
// the gate builds one per locked package and reads one per SBOM component, so both must be cheap.
const PLAIN = /^[A-Za-z0-9._~:-]*$/;
const enc = (s) => (PLAIN.test(s) ? s : encodeURIComponent(s).replace(/%3A/gi, ':'));
/** pkg:type/namespace/name@version; the namespace may contain "/" (Go modules, Maven groups use one segment). */
function buildPurl(type, namespace, name, version) {
    const ns = namespace ? `${namespace.split('/').map(enc).join('/')}/` : '';
    return `pkg:${type}/${ns}${enc(name)}${version ? `@${enc(version)}` : ''}`;
}
/** npm "@scope/name" → namespace "@scope", name "name". */
function npmPurl(fullName, version) {
    const slash = fullName.startsWith('@') ? fullName.indexOf('/') : -1;
    return slash > 0
        ? buildPurl('npm', fullName.slice(0, slash), fullName.slice(slash + 1), version)
        : buildPurl('npm', undefined, fullName, version);
}
/** PEP 503 normalized name. */
function pypiName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** The identity of a purl for matching: qualifiers and subpath dropped, names normalized per ecosystem. */
function purlKey(purl) {
    if (!purl.startsWith('pkg:'))
        return undefined;
    let rest = purl.slice(4).replace(/^\/+/, '');
    const cut = rest.search(/[?#]/);
    if (cut !== -1)
        rest = rest.slice(0, cut);
    const slash = rest.indexOf('/');
    if (slash <= 0)
        return undefined;
    const type = rest.slice(0, slash).toLowerCase();
    let path = rest.slice(slash + 1);
    let version;
    const at = path.lastIndexOf('@');
    if (at > 0) {
        version = path.slice(at + 1);
        if (version.includes('%'))
            version = safeDecode(version);
        path = path.slice(0, at);
    }
    if (path.includes('%'))
        path = path.split('/').map(safeDecode).join('/');
    if (path.includes('//') || path.endsWith('/'))
        path = path.split('/').filter(Boolean).join('/');
    if (type === 'pypi')
        path = path.split('/').map(pypiName).join('/');
    else if (type === 'npm' || type === 'nuget' || type === 'golang' || type === 'composer' || type === 'github')
        path = path.toLowerCase();
    if (type === 'golang' && version && !version.startsWith('v'))
        version = `v${version}`;
    // Composer writes tags as they are ("v1.2.6"); generators differ on keeping the "v".
    if (type === 'composer' && version)
        version = version.replace(/^v(?=\d)/, '');
    return { type, key: `${type}/${path}`, version };
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}


/***/ }),

/***/ 90792:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y3: () => (/* binding */ inspectSbom),
  hR: () => (/* reexport */ json_lines/* jsonPointerLines */.hR),
  kH: () => (/* binding */ readSbom)
});

// UNUSED EXPORTS: CYCLONEDX_VERSIONS, SPDX_VERSIONS, checkIntegrity, validateSbomSchema

// EXTERNAL MODULE: ./lib/parsers/sbom/json-lines.js
var json_lines = __webpack_require__(76902);
;// CONCATENATED MODULE: ./lib/parsers/sbom/support.js
// FDA support data (level of support, end-of-support date) has no field of its own in CycloneDX or SPDX 2.x.
// Accepted encodings, by name after lower-casing and dropping everything but letters and digits:
//   level:           "supportlevel", "levelofsupport", or a name ending in one of them ("cdx:support:level" is
//                    not one: use "support-level" or "fda:support-level")
//   end of support:  "endofsupport", "endofsupportdate", "eos", "eosdate", "endoflife", "eol", "eoldate",
//                    or a name ending in "endofsupport" / "endofsupportdate" / "endoflife"
// CycloneDX: component `properties` (name/value). SPDX: package annotations whose comment reads
// "<name>: <value>" or "<name>=<value>", and `validUntilDate` as the end-of-support date.
const LEVEL_NAMES = ['supportlevel', 'levelofsupport'];
const END_NAMES = ['endofsupport', 'endofsupportdate', 'eos', 'eosdate', 'endoflife', 'eol', 'eoldate'];
function squash(name) {
    return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}
function isSupportLevelName(name) {
    const s = squash(name);
    return LEVEL_NAMES.some((n) => s === n || s.endsWith(n));
}
function isEndOfSupportName(name) {
    const s = squash(name);
    return END_NAMES.includes(s) || s.endsWith('endofsupport') || s.endsWith('endofsupportdate') || s.endsWith('endoflife');
}
/** Support data from name/value pairs; undefined when none is there. */
function supportFromPairs(pairs) {
    const info = {};
    for (const [name, value] of pairs) {
        if (!value)
            continue;
        if (info.level === undefined && isSupportLevelName(name))
            info.level = value;
        else if (info.endOfSupport === undefined && isEndOfSupportName(name))
            info.endOfSupport = value;
    }
    return info.level !== undefined || info.endOfSupport !== undefined ? info : undefined;
}

// EXTERNAL MODULE: ./lib/util/text.js
var util_text = __webpack_require__(28805);
;// CONCATENATED MODULE: ./lib/parsers/sbom/cyclonedx-json.js



const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
const arr = (v) => (Array.isArray(v) ? v : []);
function allStrings(list) {
    for (let i = 0; i < list.length; i++)
        if (typeof list[i] !== 'string')
            return false;
    return true;
}
function readCycloneDxJson(path, text, json, specVersion) {
    const issues = [];
    const components = [];
    const metadata = isObj(json.metadata) ? json.metadata : undefined;
    let primary;
    if (metadata && isObj(metadata.component)) {
        primary = componentOf(metadata.component, '/metadata/component');
        walk(metadata.component.components, '/metadata/component/components', components);
    }
    walk(json.components, '/components', components);
    const dependencies = [];
    const deps = arr(json.dependencies);
    for (let i = 0; i < deps.length; i++) {
        const d = deps[i];
        if (!isObj(d))
            continue;
        const ref = str(d.ref);
        if (ref === undefined)
            continue;
        // The document's own list when it holds only strings (the rule): no copy per dependency.
        const dependsOn = Array.isArray(d.dependsOn) && allStrings(d.dependsOn)
            ? d.dependsOn
            : arr(d.dependsOn).filter((x) => typeof x === 'string');
        dependencies.push({ ref, dependsOn, pointer: `/dependencies/${i}` });
    }
    return {
        path,
        family: 'cyclonedx',
        encoding: 'json',
        specVersion,
        authors: metadata ? documentAuthors(metadata) : [],
        timestamp: metadata ? str(metadata.timestamp) : undefined,
        primary,
        components,
        dependencies,
        issues,
        json,
        linesOf: (pointers) => (0,json_lines/* jsonPointerLines */.hR)(text, pointers),
    };
}
function walk(list, pointer, out) {
    if (!Array.isArray(list))
        return;
    for (let i = 0; i < list.length; i++) {
        const c = list[i];
        if (!isObj(c))
            continue;
        const p = `${pointer}/${i}`;
        out.push(componentOf(c, p));
        if (c.components !== undefined)
            walk(c.components, `${p}/components`, out);
    }
}
function componentOf(c, pointer) {
    const component = { name: typeof c.name === 'string' ? c.name : '', licenses: [], pointer };
    const version = str(c.version);
    if (version !== undefined)
        component.version = version;
    const group = str(c.group);
    // Maven and npm scopes put part of the name in `group`; drift matching uses the purl, so keep the name as written.
    if (group !== undefined && component.name && !c.purl)
        component.name = `${group}/${component.name}`;
    if (group !== undefined)
        component.group = group;
    const purl = str(c.purl);
    if (purl !== undefined)
        component.purl = purl;
    const cpe = str(c.cpe);
    if (cpe !== undefined)
        component.cpe = cpe;
    if (isObj(c.swid) && str(c.swid.tagId))
        component.swid = c.swid.tagId;
    const ref = str(c['bom-ref']);
    if (ref !== undefined)
        component.ref = ref;
    for (const l of arr(c.licenses)) {
        if (!isObj(l))
            continue;
        if (str(l.expression))
            component.licenses.push(l.expression);
        else if (isObj(l.license)) {
            const id = str(l.license.id) ?? str(l.license.name);
            if (id)
                component.licenses.push(id);
        }
    }
    const supplier = entityName(c.supplier) ?? entityName(c.manufacturer) ?? str(c.author) ?? firstContact(c.authors) ?? str(c.publisher);
    if (supplier !== undefined)
        component.supplier = supplier;
    if (Array.isArray(c.properties) && c.properties.length) {
        const props = c.properties.filter(isObj).map((p) => [(0,util_text/* scalarText */.ws)(p.name), (0,util_text/* scalarText */.ws)(p.value)]);
        const support = props.length ? supportFromPairs(props) : undefined;
        if (support)
            component.support = support;
    }
    if (typeof c.isExternal === 'boolean')
        component.isExternal = c.isExternal;
    const range = str(c.versionRange);
    if (range !== undefined)
        component.versionRange = range;
    return component;
}
function entityName(v) {
    if (!isObj(v))
        return undefined;
    return str(v.name) ?? firstContact(v.contact) ?? arr(v.url).find((u) => typeof u === 'string');
}
function firstContact(v) {
    for (const c of arr(v))
        if (isObj(c))
            return str(c.name) ?? str(c.email);
    return undefined;
}
function documentAuthors(metadata) {
    const out = [];
    for (const a of arr(metadata.authors))
        if (isObj(a) && (str(a.name) || str(a.email)))
            out.push((str(a.name) ?? str(a.email)));
    const tools = metadata.tools;
    // 1.2–1.4: an array of {vendor, name}; 1.5+: {components, services}.
    for (const t of isObj(tools) ? [...arr(tools.components), ...arr(tools.services)] : arr(tools)) {
        if (isObj(t) && str(t.name))
            out.push(`${str(t.vendor) ?? str(t.group) ?? ''}${str(t.vendor) || str(t.group) ? ' ' : ''}${t.name} (tool)`);
    }
    for (const e of [metadata.manufacturer, metadata.manufacture, metadata.supplier]) {
        const name = entityName(e);
        if (name)
            out.push(name);
    }
    return out;
}


;// CONCATENATED MODULE: ./lib/parsers/sbom/detect.js
// Detection from content, never from the file name: a bom.json may be SPDX, an .spdx file may be JSON.
const CYCLONEDX_VERSIONS = ['1.2', '1.3', '1.4', '1.5', '1.6', '1.7'];
const SPDX_VERSIONS = ['2.2', '2.3'];
const HEAD_BYTES = 64 * 1024;
/** What the first bytes say; JSON documents are confirmed from the parsed value (see detectJson). */
function detectText(text) {
    const head = text.slice(0, HEAD_BYTES).replace(/^\uFEFF/, '');
    const first = head.trimStart()[0];
    if (first === '{') {
        if (/"bomFormat"\s*:\s*"CycloneDX"/.test(head))
            return { syntax: 'json', family: 'cyclonedx', encoding: 'json', specVersion: /"specVersion"\s*:\s*"([^"]*)"/.exec(head)?.[1] };
        if (/"spdxVersion"\s*:/.test(head))
            return {
                syntax: 'json',
                family: 'spdx',
                encoding: 'json',
                specVersion: spdxVersionOf(/"spdxVersion"\s*:\s*"([^"]*)"/.exec(head)?.[1]),
            };
        if (/spdx\.org\/rdf\/3\./.test(head))
            return { syntax: 'json', family: 'spdx3', encoding: 'json' };
        return { syntax: 'json' };
    }
    if (first === '<') {
        const ns = /xmlns(?::\w+)?\s*=\s*["']http:\/\/cyclonedx\.org\/schema\/bom\/([0-9.]+)["']/.exec(head);
        if (/<(\w+:)?bom[\s>]/.test(head) && ns)
            return { syntax: 'xml', family: 'cyclonedx', encoding: 'xml', specVersion: ns[1] };
        if (/<(\w+:)?bom[\s>]/.test(head))
            return { syntax: 'xml', family: 'cyclonedx', encoding: 'xml' };
        if (/spdx\.org\/rdf\/terms/.test(head))
            return { syntax: 'xml', family: 'spdx', encoding: 'xml' };
        return { syntax: 'xml' };
    }
    // Line by line: one multiline regex starting with ^\s* rescans every following blank line from each line start,
    // quadratic in the head (64 KiB of newlines took 15 s).
    for (const line of head.split('\n')) {
        const tag = /^\s*SPDXVersion:[ \t]*(\S+)/.exec(line);
        if (tag)
            return { syntax: 'tag-value', family: 'spdx', encoding: 'tag-value', specVersion: spdxVersionOf(tag[1]) };
    }
    return {};
}
/** What a parsed JSON value is. */
function detectJson(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return {};
    const o = value;
    if (o.bomFormat === 'CycloneDX')
        return { family: 'cyclonedx', encoding: 'json', specVersion: typeof o.specVersion === 'string' ? o.specVersion : undefined };
    if (typeof o.spdxVersion === 'string')
        return { family: 'spdx', encoding: 'json', specVersion: spdxVersionOf(o.spdxVersion) };
    const context = JSON.stringify(o['@context'] ?? '');
    if (/spdx\.org\/rdf\/3\./.test(context))
        return { family: 'spdx3', encoding: 'json' };
    return {};
}
/** "SPDX-2.3" → "2.3"; anything else is kept so the message can quote it. */
function spdxVersionOf(declared) {
    if (declared === undefined)
        return undefined;
    return /^SPDX-(\d+\.\d+)$/.exec(declared)?.[1] ?? declared;
}

// EXTERNAL MODULE: ./lib/parsers/sbom/json-index.js
var json_index = __webpack_require__(9493);
;// CONCATENATED MODULE: ./lib/parsers/sbom/integrity.js

// What the schemas cannot say: identifiers unique, references resolving, and the CycloneDX 1.7 rules stated
// only in prose. Each list is capped so a broken generator does not flood the report.
const MAX_ISSUES_PER_CHECK = 20;
function checkIntegrity(doc) {
    return doc.family === 'cyclonedx' ? cycloneDxIntegrity(doc) : spdxIntegrity(doc);
}
function capped(issues, total, what) {
    if (total > issues.length)
        issues.push({ severity: 'error', message: `and ${total - issues.length} more ${what} not listed`, pointer: '' });
    return issues;
}
function cycloneDxIntegrity(doc) {
    const out = [];
    // Every bom-ref in the document (components, services, vulnerabilities, ...), wherever it is.
    const refs = new Map();
    const dups = [];
    const record = (ref, pointer) => {
        const first = refs.get(ref);
        if (first === undefined)
            refs.set(ref, pointer);
        // The specification's own formulation examples repeat refs between a workflow and its tasks; the
        // inventory (components, services, ...) is where a duplicate misleads, so formulation is not held to it.
        else if (inFormulation(pointer) || inFormulation(first))
            return;
        else
            dups.push({ ref, pointer, first });
    };
    // Where references are looked up: the refs map, or (no duplicates, the common case) the bom-refs of the first pass.
    let known = refs;
    if (doc.json !== undefined) {
        // The bom-refs come from the document's one shared walk; the pointers are built only when a duplicate needs placing.
        const index = (0,json_index/* jsonIndex */.vH)(doc.json);
        if (index.repeatedRefs.size > 0)
            (0,json_index/* walkDefinitions */.W7)(doc.json, { ref: record }, true);
        else
            known = index.refs;
    }
    else if (doc.definedRefs !== undefined)
        for (const [ref, pointer] of doc.definedRefs)
            record(ref, pointer);
    else
        for (const c of [...(doc.primary ? [doc.primary] : []), ...doc.components])
            if (c.ref !== undefined)
                record(c.ref, c.pointer);
    out.push(...duplicateIssues(doc, dups));
    const dangling = [];
    let danglingCount = 0;
    const xml = doc.encoding === 'xml';
    const unresolved = (ref, where) => {
        if (++danglingCount <= MAX_ISSUES_PER_CHECK) {
            dangling.push({
                severity: 'error',
                message: `${where}: dependency reference "${ref}" matches no bom-ref in the document — add the component or remove the reference`,
                pointer: where,
            });
        }
    };
    // Places are built only for references that do not resolve.
    for (const d of doc.dependencies) {
        if (!known.has(d.ref))
            unresolved(d.ref, xml ? `${d.pointer}/@ref` : `${d.pointer}/ref`);
        const on = d.dependsOn;
        for (let i = 0; i < on.length; i++) {
            if (!known.has(on[i]))
                unresolved(on[i], xml ? `${d.pointer}/dependency[${i + 1}]/@ref` : `${d.pointer}/dependsOn/${i}`);
        }
    }
    out.push(...capped(dangling, danglingCount, 'unresolved dependency references'));
    // CycloneDX 1.7: versionRange only on an external component (isExternal: true), and never with version.
    // The JSON schema encodes this; the XSD cannot, so it is checked here for XML.
    if (doc.encoding === 'xml') {
        for (const c of doc.components) {
            if (c.versionRange === undefined)
                continue;
            if (c.isExternal !== true) {
                out.push({
                    severity: 'error',
                    message: `${c.pointer}: component "${c.name}" has a versionRange but is not external (isExternal is not true); a version range is only allowed on external components`,
                    pointer: c.pointer,
                });
            }
            else if (c.version !== undefined) {
                out.push({
                    severity: 'error',
                    message: `${c.pointer}: component "${c.name}" has both version and versionRange; give one`,
                    pointer: c.pointer,
                });
            }
        }
    }
    return out;
}
/**
 * A bom-ref defined twice breaks a MUST of the specification that the schema cannot express. It misleads only when
 * something refers to it and the definitions are different things: then a reference resolves to two things (an
 * error). A duplicate nothing refers to (dependencies, compositions, vulnerabilities), or one whose definitions are
 * the same package (the same purl, else the same type, group, name and version) is a warning: cdxgen, for one,
 * lists its own tool both in metadata.tools and as an annotator, and the root package both as metadata.component
 * and among the components. In XML a duplicate stays an error.
 */
function duplicateIssues(doc, dups) {
    if (dups.length === 0)
        return [];
    const referenced = referencedRefs(doc);
    const issues = [];
    let errors = 0;
    let warnings = 0;
    for (const d of dups) {
        // XML: not every kind of reference is looked at, so a duplicate there stays an error.
        const ambiguous = doc.json === undefined || (referenced.has(d.ref) && !sameThing(doc.json, d.first, d.pointer));
        if (ambiguous ? ++errors > MAX_ISSUES_PER_CHECK : ++warnings > MAX_ISSUES_PER_CHECK)
            continue;
        issues.push(ambiguous
            ? {
                severity: 'error',
                message: `${d.pointer}: bom-ref "${d.ref}" is already used at ${d.first} for something else, and the document refers to it, so the reference is ambiguous; bom-refs must be unique in the document — fix the generator's output or regenerate the SBOM`,
                pointer: d.pointer,
            }
            : {
                severity: 'warning',
                message: `${d.pointer}: bom-ref "${d.ref}" is already used at ${d.first}; bom-refs must be unique in the document (${referenced.has(d.ref) ? 'both name the same package, so references to it are not ambiguous' : 'nothing refers to it, so it is not ambiguous'}) — report it to the generator's maintainers`,
                pointer: d.pointer,
            });
    }
    if (errors > MAX_ISSUES_PER_CHECK)
        issues.push({
            severity: 'error',
            message: `and ${errors - MAX_ISSUES_PER_CHECK} more ambiguous duplicate bom-refs not listed`,
            pointer: '',
        });
    if (warnings > MAX_ISSUES_PER_CHECK)
        issues.push({ severity: 'warning', message: `and ${warnings - MAX_ISSUES_PER_CHECK} more duplicate bom-refs not listed`, pointer: '' });
    return issues;
}
const isJson = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Every bom-ref something in the document refers to: dependencies, compositions, vulnerabilities' affects. */
function referencedRefs(doc) {
    const out = new Set();
    for (const d of doc.dependencies) {
        out.add(d.ref);
        for (const r of d.dependsOn)
            out.add(r);
    }
    const root = isJson(doc.json) ? doc.json : undefined;
    const refOf = (v) => (typeof v === 'string' ? v : isJson(v) && typeof v.ref === 'string' ? v.ref : undefined);
    const addAll = (list) => {
        if (!Array.isArray(list))
            return;
        for (const v of list) {
            const r = refOf(v);
            if (r !== undefined)
                out.add(r);
        }
    };
    for (const c of Array.isArray(root?.compositions) ? root.compositions : []) {
        if (!isJson(c))
            continue;
        addAll(c.assemblies);
        addAll(c.dependencies);
        addAll(c.vulnerabilities);
    }
    for (const v of Array.isArray(root?.vulnerabilities) ? root.vulnerabilities : [])
        if (isJson(v))
            addAll(v.affects);
    return out;
}
/** True when the objects holding two bom-ref definitions (JSON pointers to "…/bom-ref") name the same package. */
function sameThing(json, a, b) {
    const x = at(json, a);
    const y = at(json, b);
    if (!x || !y)
        return false;
    if (typeof x.purl === 'string' || typeof y.purl === 'string')
        return x.purl === y.purl;
    return x.type === y.type && x.group === y.group && x.name === y.name && x.version === y.version && typeof x.name === 'string';
}
/** The object holding the bom-ref a JSON pointer ends at. */
function at(json, pointer) {
    let v = json;
    const parts = pointer
        .split('/')
        .slice(1, -1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    for (const p of parts) {
        if (Array.isArray(v))
            v = v[Number(p)];
        else if (isJson(v))
            v = v[p];
        else
            return undefined;
    }
    return isJson(v) ? v : undefined;
}
function inFormulation(pointer) {
    return pointer.startsWith('/formulation/') || pointer.startsWith('/bom/formulation/') || pointer.startsWith('/bom/formulation[');
}
function spdxIntegrity(doc) {
    const out = [];
    const ids = new Map();
    let dupCount = 0;
    const dups = [];
    for (const c of [...(doc.primary ? [doc.primary] : []), ...doc.components]) {
        if (c.ref === undefined)
            continue;
        const first = ids.get(c.ref);
        if (first === undefined)
            ids.set(c.ref, c.pointer);
        else if (++dupCount <= MAX_ISSUES_PER_CHECK) {
            dups.push({
                severity: 'error',
                message: `${c.pointer}: SPDXID "${c.ref}" is already used at ${first}; SPDXIDs must be unique in the document`,
                pointer: c.pointer,
                line: c.line,
            });
        }
    }
    out.push(...capped(dups, dupCount, 'duplicate SPDXIDs'));
    const known = new Set([...ids.keys(), 'SPDXRef-DOCUMENT', ...(doc.spdxOtherIds ?? [])]);
    let danglingCount = 0;
    const dangling = [];
    for (const d of doc.dependencies) {
        for (const ref of [d.ref, ...d.dependsOn]) {
            // NONE and NOASSERTION are allowed targets; DocumentRef-x:SPDXRef-y points into another document.
            if (known.has(ref) || ref === 'NONE' || ref === 'NOASSERTION' || ref.startsWith('DocumentRef-'))
                continue;
            if (++danglingCount <= MAX_ISSUES_PER_CHECK) {
                dangling.push({
                    severity: 'error',
                    message: `${d.pointer}: relationship element "${ref}" matches no SPDXID in the document — add the element or fix the relationship`,
                    pointer: d.pointer,
                    line: d.line,
                });
            }
        }
    }
    out.push(...capped(dangling, danglingCount, 'unresolved relationship elements'));
    return out;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2019.js
var _2019 = __webpack_require__(60878);
;// CONCATENATED MODULE: ./lib/parsers/sbom/schemas/embedded.js
// Generated from the schema files in src/parsers/sbom/schemas/ by embed.mjs — edit those files, then run `node src/parsers/sbom/schemas/embed.mjs`.
// Loaders, one chunk per file: a run parses only the schemas of the version it validates.
const SCHEMA_FILES = {
    "bom-1.2.SNAPSHOT.schema.json": () => __webpack_require__.e(/* import() */ 851).then(__webpack_require__.bind(__webpack_require__, 20851)).then((m) => m.default),
    "bom-1.2.SNAPSHOT.xsd": () => __webpack_require__.e(/* import() */ 1420).then(__webpack_require__.bind(__webpack_require__, 81420)).then((m) => m.default),
    "bom-1.3.SNAPSHOT.schema.json": () => __webpack_require__.e(/* import() */ 1162).then(__webpack_require__.bind(__webpack_require__, 71162)).then((m) => m.default),
    "bom-1.3.SNAPSHOT.xsd": () => __webpack_require__.e(/* import() */ 2233).then(__webpack_require__.bind(__webpack_require__, 42233)).then((m) => m.default),
    "bom-1.4.SNAPSHOT.schema.json": () => __webpack_require__.e(/* import() */ 8785).then(__webpack_require__.bind(__webpack_require__, 38785)).then((m) => m.default),
    "bom-1.4.SNAPSHOT.xsd": () => __webpack_require__.e(/* import() */ 7166).then(__webpack_require__.bind(__webpack_require__, 87166)).then((m) => m.default),
    "bom-1.5.SNAPSHOT.schema.json": () => __webpack_require__.e(/* import() */ 7616).then(__webpack_require__.bind(__webpack_require__, 87616)).then((m) => m.default),
    "bom-1.5.SNAPSHOT.xsd": () => __webpack_require__.e(/* import() */ 443).then(__webpack_require__.bind(__webpack_require__, 30443)).then((m) => m.default),
    "bom-1.6.SNAPSHOT.schema.json": () => __webpack_require__.e(/* import() */ 3951).then(__webpack_require__.bind(__webpack_require__, 43951)).then((m) => m.default),
    "bom-1.6.SNAPSHOT.xsd": () => __webpack_require__.e(/* import() */ 5208).then(__webpack_require__.bind(__webpack_require__, 75208)).then((m) => m.default),
    "bom-1.7.SNAPSHOT.schema.json": () => __webpack_require__.e(/* import() */ 6806).then(__webpack_require__.bind(__webpack_require__, 66806)).then((m) => m.default),
    "bom-1.7.SNAPSHOT.xsd": () => __webpack_require__.e(/* import() */ 7637).then(__webpack_require__.bind(__webpack_require__, 87637)).then((m) => m.default),
    "cryptography-defs.SNAPSHOT.schema.json": () => __webpack_require__.e(/* import() */ 57).then(__webpack_require__.bind(__webpack_require__, 80057)).then((m) => m.default),
    "jsf-0.82.SNAPSHOT.schema.json": () => __webpack_require__.e(/* import() */ 2137).then(__webpack_require__.bind(__webpack_require__, 22137)).then((m) => m.default),
    "spdx-2.2.schema.json": () => __webpack_require__.e(/* import() */ 4926).then(__webpack_require__.bind(__webpack_require__, 94926)).then((m) => m.default),
    "spdx-2.3.schema.json": () => __webpack_require__.e(/* import() */ 2493).then(__webpack_require__.bind(__webpack_require__, 22493)).then((m) => m.default),
    "spdx.SNAPSHOT.schema.json": () => __webpack_require__.e(/* import() */ 5981).then(__webpack_require__.bind(__webpack_require__, 75981)).then((m) => m.default),
    "spdx.SNAPSHOT.xsd": () => __webpack_require__.e(/* import() */ 8666).then(__webpack_require__.bind(__webpack_require__, 38666)).then((m) => m.default),
};

;// CONCATENATED MODULE: ./lib/parsers/sbom/schemas/load.js

// The vendored schemas (3 MB of JSON Schema and XSD text) are loaded one file at a time, when a document of that
// version is first validated: the bundler makes each file a chunk of its own, so no run parses the schemas of
// versions it does not meet and the bundle's other gates parse none.
const loaded = new Map();
/** The text of one vendored schema file, by its file name (e.g. bom-1.6.SNAPSHOT.schema.json). */
function schemaFile(name) {
    let text = loaded.get(name);
    if (!text) {
        const load = Object.hasOwn(SCHEMA_FILES, name) ? SCHEMA_FILES[name] : undefined;
        if (!load)
            return Promise.reject(new Error(`the schema ${name} is not embedded`));
        text = load();
        loaded.set(name, text);
    }
    return text;
}

;// CONCATENATED MODULE: ./lib/parsers/sbom/schemas/validators.js
// Loaders, one chunk per version: a run loads only the validator of the version it meets.
const VALIDATORS = {
    "cyclonedx@1.2": () => __webpack_require__.e(/* import() */ 2239).then(__webpack_require__.bind(__webpack_require__, 52239)).then((m) => m.default),
    "cyclonedx@1.3": () => __webpack_require__.e(/* import() */ 8312).then(__webpack_require__.bind(__webpack_require__, 8312)).then((m) => m.default),
    "cyclonedx@1.4": () => __webpack_require__.e(/* import() */ 4045).then(__webpack_require__.bind(__webpack_require__, 24045)).then((m) => m.default),
    "cyclonedx@1.5": () => __webpack_require__.e(/* import() */ 1086).then(__webpack_require__.bind(__webpack_require__, 91086)).then((m) => m.default),
    "cyclonedx@1.6": () => __webpack_require__.e(/* import() */ 8187).then(__webpack_require__.bind(__webpack_require__, 98187)).then((m) => m.default),
    "cyclonedx@1.7": () => __webpack_require__.e(/* import() */ 2516).then(__webpack_require__.bind(__webpack_require__, 92516)).then((m) => m.default),
    "spdx@2.2": () => __webpack_require__.e(/* import() */ 9660).then(__webpack_require__.bind(__webpack_require__, 9660)).then((m) => m.default),
    "spdx@2.3": () => __webpack_require__.e(/* import() */ 4595).then(__webpack_require__.bind(__webpack_require__, 14595)).then((m) => m.default),
};

// EXTERNAL MODULE: ./lib/parsers/sbom/validator-runtime.js
var validator_runtime = __webpack_require__(37571);
;// CONCATENATED MODULE: ./lib/parsers/sbom/schema.js






// JSON Schema validation of CycloneDX 1.2–1.7 and SPDX 2.2/2.3 JSON with the vendored official schemas.
//
// Linear time: ajv checks `uniqueItems` by comparing every pair of items, which is quadratic in the component
// count (tens of seconds at 10,000 components, minutes at 40,000). Each `uniqueItems: true` is replaced by the
// keyword `uniqueItemsHashed`, which puts a canonical serialization of every item in a hash set: the same answer
// (items equal as JSON values, whatever their key order), in one pass. Large string enums (the SPDX licence
// list) are likewise checked with a Set instead of a scan.
//
// Validity is decided by validators ajv generated from the schemas at build time (schemas/validators/): compiling
// a CycloneDX schema costs a run more than validating 10,000 components does. Only an invalid document's errors are
// listed by a validator compiled here, from the vendored files as they are.
const MAX_SCHEMA_ISSUES = 50;
const CDX_BASE = 'http://cyclonedx.org/schema/';
const CDX_FILES = {
    '1.2': 'bom-1.2.SNAPSHOT.schema.json',
    '1.3': 'bom-1.3.SNAPSHOT.schema.json',
    '1.4': 'bom-1.4.SNAPSHOT.schema.json',
    '1.5': 'bom-1.5.SNAPSHOT.schema.json',
    '1.6': 'bom-1.6.SNAPSHOT.schema.json',
    '1.7': 'bom-1.7.SNAPSHOT.schema.json',
};
const CDX_SHARED = ['spdx.SNAPSHOT.schema.json', 'jsf-0.82.SNAPSHOT.schema.json', 'cryptography-defs.SNAPSHOT.schema.json'];
const SPDX_FILES = { '2.2': 'spdx-2.2.schema.json', '2.3': 'spdx-2.3.schema.json' };
/** The JSON schemas this gate validates with, as family@version: each has a validator generated at build time. */
const JSON_SCHEMA_VERSIONS = [
    ...Object.keys(CDX_FILES).map((v) => `cyclonedx@${v}`),
    ...Object.keys(SPDX_FILES).map((v) => `spdx@${v}`),
];
const compiled = new Map();
function hasJsonSchema(family, version) {
    return Object.hasOwn(family === 'cyclonedx' ? CDX_FILES : SPDX_FILES, version);
}
/**
 * Validates a parsed document; returns problems with JSON pointers (at most MAX_SCHEMA_ISSUES, then a count).
 * `decidedBy: 'compiled'` decides validity with a validator compiled in this process from the vendored files
 * instead of the one generated at build time (the same verdict, slower; the tests compare the two).
 */
async function validateJsonSchema(family, version, json, decidedBy = 'generated') {
    // Walked (and memoized) before validating: uniqueItemsHashed finds the document's bom-refs through walkedIndex and
    // skips comparing components whose bom-refs are defined once.
    (0,json_index/* jsonIndex */.vH)(json);
    const first = decidedBy === 'generated' ? await generatedValidator(family, version) : await compiledValidator(family, version, false);
    if (first(json))
        return [];
    // Only an invalid document pays for the listing (compiled once per version). ajv gathers every error by appending
    // each failing sub-validator's errors to a copy of all so far, which is quadratic where thousands of entries fail:
    // a document with longer lists is listed from the first LISTED_ENTRIES entries of each, with the error the
    // deciding pass stopped at (anywhere).
    const all = await compiledValidator(family, version, true);
    const long = (0,json_index/* longestList */.XZ)(json) > LISTED_ENTRIES;
    all(long ? withListsCut(json, LISTED_ENTRIES) : json);
    const name = `${family === 'cyclonedx' ? 'CycloneDX' : 'SPDX'} ${version}`;
    const issues = issuesFromErrors([...(all.errors ?? []), ...(long ? (first.errors ?? []) : [])], name);
    if (long)
        issues.push({
            severity: 'error',
            message: `(schema errors listed from the first ${LISTED_ENTRIES} entries of each list; this SBOM has longer lists — fix these and run again for any further ones)`,
            pointer: '',
        });
    // Invalid by the deciding pass: never an empty list, whatever the listing says.
    if (issues.length)
        return issues;
    return [
        {
            severity: 'error',
            message: `does not match the ${name} schema, though no single place could be named — regenerate the SBOM, or check it with the specification's own validator to see where`,
            pointer: '',
        },
    ];
}
/** Entries of each list the listing of schema errors looks at (the verdict always covers every entry). */
const LISTED_ENTRIES = 2000;
/** The vendored schema files a document of this version is validated with: its own first, then what it refers to. */
function schemaNames(family, version) {
    return family === 'cyclonedx' ? [CDX_FILES[version], ...CDX_SHARED] : [SPDX_FILES[version]];
}
/** A copy of the document with every list cut to its first `limit` entries (the same keys, in the same order). */
function withListsCut(json, limit) {
    const copyOf = (v) => (Array.isArray(v) ? [] : v !== null && typeof v === 'object' ? {} : v);
    const root = copyOf(json);
    // Iterative: deep documents must not overflow the stack.
    const pending = [[json, root]];
    while (pending.length) {
        const [from, to] = pending.pop();
        const entries = Array.isArray(from)
            ? from.slice(0, limit).map((x, i) => [i, x])
            : Object.keys(from).map((k) => [k, from[k]]);
        for (const [k, value] of entries) {
            const copy = copyOf(value);
            // Defined as data, never through a setter: a key named __proto__ stays a key.
            Object.defineProperty(to, k, { value: copy, enumerable: true, writable: true, configurable: true });
            if (copy !== value)
                pending.push([value, copy]);
        }
    }
    return root;
}
async function generatedValidator(family, version) {
    const key = `${family}@${version}`;
    const load = Object.hasOwn(VALIDATORS, key) ? VALIDATORS[key] : undefined;
    if (!load)
        throw new Error(`no schema validator was generated for ${family} ${version} — this build of sdlc-gate is incomplete: rebuild it with npm run validators, or report it`);
    return load();
}
async function compiledValidator(family, version, allErrors) {
    const key = `${family}@${version}:${allErrors}`;
    let v = compiled.get(key);
    if (v)
        return v;
    const names = schemaNames(family, version);
    const texts = await Promise.all(names.map(schemaFile));
    const schemas = Object.fromEntries(names.map((name, i) => [name, JSON.parse(texts[i])]));
    v = compileSchemas(schemas, family, version, { allErrors }).validate;
    compiled.set(key, v);
    return v;
}
/**
 * Compiles the schemas of one version (parsed, by file name; the version's own first) with the formats and the
 * linear-time keywords. `source` keeps the generated code, for the build-time validators.
 */
function compileSchemas(schemas, family, version, opts) {
    // ajv's code optimization passes take half the compile time of these schemas, so a validator compiled at run time
    // (the error listing) goes without; the validators generated at build time have them (smaller code, which a cold
    // run parses and runs through V8's first tiers).
    // `formats` and `regExp` name, for generated code, the runtime module's definitions they are (`runtime.<name>`).
    const options = {
        allErrors: opts.allErrors,
        strict: false,
        validateSchema: false,
        messages: true,
        code: {
            regExp: validator_runtime/* fastRegExp */.y5,
            optimize: opts.source ? 1 : false,
            formats: (0,dist_ajv._) `runtime.formats`,
            ...(opts.source ? { source: true, esm: true } : {}),
        },
    };
    const names = schemaNames(family, version);
    const ajv = withKeywords(family === 'spdx' && version !== '2.2' ? new _2019.Ajv2019(options) : new dist_ajv.Ajv(options));
    if (family === 'cyclonedx')
        for (const file of CDX_SHARED)
            if (schemas[file])
                ajv.addSchema(linearize({ ...schemas[file], $id: CDX_BASE + file }));
    return { ajv, validate: ajv.compile(linearize(schemas[names[0]])) };
}
function withKeywords(ajv) {
    // Formats ajv-formats does not define are checked loosely rather than rejected as unknown (see the runtime module).
    for (const [name, format] of Object.entries(validator_runtime/* formats */.Fx))
        ajv.addFormat(name, format);
    // Both keywords are code keywords: their checks are written into the validator, with no call through ajv's
    // keyword protocol (and no context object) per array or value — there are 100,000s of each in a large SBOM.
    ajv.addKeyword({
        keyword: 'uniqueItemsHashed',
        type: 'array',
        schemaType: 'boolean',
        error: {
            message: ({ params }) => (0,dist_ajv.str) `must not have duplicate items (items ${params.i} and ${params.j} are identical)`,
            params: ({ params }) => (0,dist_ajv._) `{i: ${params.i}, j: ${params.j}}`,
        },
        code(cxt) {
            if (!cxt.schema)
                return;
            const duplicate = cxt.gen.scopeValue('func', { ref: validator_runtime/* firstDuplicate */.Ue, code: (0,dist_ajv._) `runtime.firstDuplicate` });
            // rootData: every validate function ajv generates has the document's root under this name.
            const dup = cxt.gen.const('dup', (0,dist_ajv._) `${duplicate}(${cxt.data}, rootData)`);
            cxt.setParams({ i: (0,dist_ajv._) `${dup}[0]`, j: (0,dist_ajv._) `${dup}[1]` });
            cxt.fail((0,dist_ajv._) `${dup} !== undefined`);
        },
    });
    ajv.addKeyword({
        keyword: 'enumSet',
        schemaType: 'object',
        error: {
            message: ({ schema }) => schema.values.has('Apache-2.0')
                ? 'must be a value from the SPDX license list'
                : `must be one of the ${schema.values.size} values the schema lists`,
            params: () => (0,dist_ajv._) `{allowedValues: []}`,
        },
        code(cxt) {
            const set = cxt.schema.values;
            // Generated code builds the same set from its list.
            const values = cxt.gen.scopeValue('obj', { ref: set, code: (0,dist_ajv._) `new Set(${(0,dist_ajv.stringify)([...set])})` });
            cxt.fail((0,dist_ajv._) `!${values}.has(${cxt.data})`);
        },
    });
    return ajv;
}
/** A copy of a schema with uniqueItems and large string enums replaced by their linear-time keywords. */
function linearize(schema) {
    if (Array.isArray(schema))
        return schema.map(linearize);
    if (!schema || typeof schema !== 'object')
        return schema;
    const out = {};
    for (const [k, v] of Object.entries(schema)) {
        if (k === 'uniqueItems') {
            if (v === true)
                out.uniqueItemsHashed = true;
        }
        else if (k === 'enum' && Array.isArray(v) && v.length > 32 && v.every((x) => typeof x === 'string')) {
            out.enumSet = { values: new Set(v) };
        }
        else if (k === 'enumSet' || k === 'uniqueItemsHashed') {
            out[k] = v;
        }
        else {
            out[k] = linearize(v);
        }
    }
    return out;
}
function issuesFromErrors(errors, schemaName) {
    const kept = bestBranches(errors);
    // One error per place, the first: a combinator's own error only where none of its branches said more.
    const byPointer = new Map();
    for (const e of kept) {
        const at = e.instancePath + (e.keyword === 'required' ? `/${e.params.missingProperty}` : '');
        if (!byPointer.has(at))
            byPointer.set(at, e);
    }
    const list = [...byPointer.entries()];
    const issues = list.slice(0, MAX_SCHEMA_ISSUES).map(([, e]) => ({
        severity: 'error',
        message: `${e.instancePath || '/'} ${describe(e)} (schema ${schemaName})`,
        pointer: e.instancePath,
    }));
    if (list.length > MAX_SCHEMA_ISSUES) {
        issues.push({ severity: 'error', message: `and ${list.length - MAX_SCHEMA_ISSUES} more schema errors not listed`, pointer: '' });
    }
    return issues;
}
const COMBINATORS = new Set(['oneOf', 'anyOf']);
/** Errors that only say that something below failed. */
const GENERAL = new Set(['oneOf', 'anyOf', 'if', 'not', 'then', 'else']);
/** Errors that do not count as saying more than a general one (as before: a `not` or `then` failure does). */
const SUMMARIES = new Set(['oneOf', 'anyOf', 'if']);
const BRANCH = /\/(?:oneOf|anyOf)\/\d+(?=\/|$)/g;
/**
 * The errors worth reading. With allErrors, a failed oneOf/anyOf reports every branch: a licence with an unknown
 * SPDX id fails at its `id`, deep inside, and the `expression` branch also fails at the licence itself ("missing
 * expression", "license not allowed"). Where the deepest errors below a failed combinator's place all come through a
 * `$ref` from one of its branches (a licence's own definition), they are the mistake: the combinator's own error and
 * its branches' errors less deep go. Where the deepest errors name branches in their schema path, the branch the data
 * meant cannot be told from them (a list of two expressions fails the licence branch deeper than the expression
 * branch's "at most one item"), and nothing goes. A general error (a combinator's, a condition's) goes where a
 * specific one stands at or below its place. Never all of them. Linear in the errors (times the depth of their
 * places and of their schema paths).
 */
function bestBranches(errors) {
    const key = (schemaPath, instancePath) => `${schemaPath}\u0000${instancePath}`;
    const depth = (path) => path.split('/').length;
    // The combinators an error stands in a branch of, by their schema paths.
    const branchesOf = (e) => [...e.schemaPath.matchAll(BRANCH)].map((m) => e.schemaPath.slice(0, m.index + m[0].lastIndexOf('/')));
    // For every place with an error strictly below it: the deepest such error's depth.
    const deepest = new Map();
    for (const e of errors) {
        const d = depth(e.instancePath);
        for (const place of instancePrefixes(e.instancePath).slice(1))
            if (d > (deepest.get(place) ?? -1))
                deepest.set(place, d);
    }
    // Failed combinators with errors below them: how many of the deepest of those name one of its branches. None
    // (the deepest errors came through a $ref) means the combinator's own error and its shallower ones go.
    const attributed = new Map();
    for (const e of errors)
        if (COMBINATORS.has(e.keyword) && deepest.has(e.instancePath))
            attributed.set(key(e.schemaPath, e.instancePath), 0);
    if (attributed.size) {
        for (const e of errors) {
            const d = depth(e.instancePath);
            for (const combinator of branchesOf(e)) {
                for (const place of instancePrefixes(e.instancePath).slice(1)) {
                    const k = key(combinator, place);
                    const n = attributed.get(k);
                    if (n !== undefined && d === deepest.get(place))
                        attributed.set(k, n + 1);
                }
            }
        }
    }
    const dropsShallower = (combinator, place) => attributed.get(key(combinator, place)) === 0;
    // A general error says less than any other, specific one at or below its place.
    const specific = new Map();
    for (const e of errors)
        if (!SUMMARIES.has(e.keyword))
            for (const place of instancePrefixes(e.instancePath))
                specific.set(place, (specific.get(place) ?? 0) + 1);
    const kept = errors.filter((e) => {
        if (COMBINATORS.has(e.keyword) && dropsShallower(e.schemaPath, e.instancePath))
            return false;
        if (GENERAL.has(e.keyword) && (specific.get(e.instancePath) ?? 0) > (SUMMARIES.has(e.keyword) ? 0 : 1))
            return false;
        const d = depth(e.instancePath);
        for (const combinator of branchesOf(e)) {
            for (const place of instancePrefixes(e.instancePath)) {
                if (dropsShallower(combinator, place) && d < deepest.get(place))
                    return false;
            }
        }
        return true;
    });
    return kept.length ? kept : [...errors];
}
/** "/a/b" → ["/a/b", "/a", ""]: the place itself, then every place above it. */
function instancePrefixes(path) {
    const out = [path];
    for (let i = path.lastIndexOf('/'); i >= 0; i = path.lastIndexOf('/', i - 1)) {
        out.push(path.slice(0, i));
        if (i === 0)
            break;
    }
    return out;
}
function describe(e) {
    const p = e.params;
    switch (e.keyword) {
        case 'required':
            return `is missing the required property "${String(p.missingProperty)}"`;
        case 'additionalProperties':
            return `has the property "${String(p.additionalProperty)}", which the schema does not allow`;
        case 'enum':
            return Array.isArray(p.allowedValues) && p.allowedValues.length && p.allowedValues.length <= 20
                ? `must be one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
                : (e.message ?? 'is not an allowed value');
        case 'const':
            return `must be ${JSON.stringify(p.allowedValue)}`;
        case 'format':
            return `must be a valid ${String(p.format)}`;
        default:
            return e.message ?? `fails "${e.keyword}"`;
    }
}

;// CONCATENATED MODULE: ./lib/parsers/sbom/spdx-json.js



const spdx_json_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const spdx_json_str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
const spdx_json_arr = (v) => (Array.isArray(v) ? v : []);
/** SPDX's "no information" values, which do not count as an element being present. */
const SPDX_NO_VALUE = new Set(['NOASSERTION', 'NONE']);
function readSpdxJsonDocument(path, text, json, specVersion) {
    const creation = spdx_json_isObj(json.creationInfo) ? json.creationInfo : {};
    const packages = [];
    spdx_json_arr(json.packages).forEach((p, i) => {
        if (spdx_json_isObj(p))
            packages.push(spdxPackage(p, `/packages/${i}`));
    });
    const dependencies = [];
    spdx_json_arr(json.relationships).forEach((r, i) => {
        if (!spdx_json_isObj(r) || !spdx_json_str(r.spdxElementId) || !spdx_json_str(r.relatedSpdxElement))
            return;
        dependencies.push({
            ref: r.spdxElementId,
            dependsOn: [r.relatedSpdxElement],
            type: spdx_json_str(r.relationshipType),
            pointer: `/relationships/${i}`,
        });
    });
    const describes = [
        ...spdx_json_arr(json.documentDescribes).filter((x) => typeof x === 'string'),
        ...dependencies.filter((d) => d.type === 'DESCRIBES' && d.ref === json.SPDXID).map((d) => d.dependsOn[0]),
    ];
    return spdxDocument({
        path,
        encoding: 'json',
        specVersion,
        authors: spdx_json_arr(creation.creators).filter((c) => typeof c === 'string'),
        timestamp: spdx_json_str(creation.created),
        packages,
        dependencies,
        describes,
        otherIds: [...spdx_json_arr(json.files), ...spdx_json_arr(json.snippets)]
            .filter(spdx_json_isObj)
            .map((f) => spdx_json_str(f.SPDXID))
            .filter((x) => !!x),
        json,
        linesOf: (pointers) => (0,json_lines/* jsonPointerLines */.hR)(text, pointers),
    });
}
/** The document once its packages and relationships are known (shared by JSON and tag-value). */
function spdxDocument(p) {
    // The primary component is the package the document describes; it is the product, not one of its parts.
    const byRef = new Map(p.packages.map((c) => [c.ref, c]));
    const primary = p.describes.map((r) => byRef.get(r)).find((c) => c !== undefined);
    return {
        path: p.path,
        family: 'spdx',
        encoding: p.encoding,
        specVersion: p.specVersion,
        authors: p.authors,
        timestamp: p.timestamp,
        primary,
        components: p.packages.filter((c) => c !== primary),
        dependencies: p.dependencies,
        spdxOtherIds: p.otherIds,
        issues: [],
        json: p.json,
        linesOf: p.linesOf,
    };
}
function spdxPackage(p, pointer) {
    const c = { name: spdx_json_str(p.name) ?? '', licenses: [], pointer };
    // NOASSERTION and NONE (what FOSSA and others write for an unknown version) are no version.
    const version = spdx_json_str(p.versionInfo);
    if (version && !SPDX_NO_VALUE.has(version))
        c.version = version;
    if (spdx_json_str(p.SPDXID))
        c.ref = p.SPDXID;
    for (const ref of spdx_json_arr(p.externalRefs)) {
        if (!spdx_json_isObj(ref))
            continue;
        applyExternalRef(c, (0,util_text/* scalarText */.ws)(ref.referenceType), (0,util_text/* scalarText */.ws)(ref.referenceLocator));
    }
    for (const field of [p.licenseConcluded, p.licenseDeclared]) {
        const l = spdx_json_str(field);
        if (l && !SPDX_NO_VALUE.has(l) && !c.licenses.includes(l))
            c.licenses.push(l);
    }
    const supplier = spdxParty(spdx_json_str(p.supplier)) ?? spdxParty(spdx_json_str(p.originator));
    if (supplier)
        c.supplier = supplier;
    const pairs = [];
    for (const a of spdx_json_arr(p.annotations))
        if (spdx_json_isObj(a) && typeof a.comment === 'string')
            for (const pair of annotationPairs(a.comment))
                pairs.push(pair);
    if (spdx_json_str(p.validUntilDate))
        pairs.push(['endOfSupport', p.validUntilDate]);
    const support = supportFromPairs(pairs);
    if (support)
        c.support = support;
    return c;
}
function applyExternalRef(c, type, locator) {
    if (!locator)
        return;
    if (type === 'purl' && c.purl === undefined)
        c.purl = locator;
    else if ((type === 'cpe23Type' || type === 'cpe22Type') && c.cpe === undefined)
        c.cpe = locator;
    else if (type === 'swid' && c.swid === undefined)
        c.swid = locator;
}
/** "Organization: ACME (email)" → "ACME"; NOASSERTION → undefined. */
function spdxParty(v) {
    if (!v || SPDX_NO_VALUE.has(v))
        return undefined;
    return v.replace(/^(Person|Organization|Tool):\s*/, '').trim() || undefined;
}
/** "support-level: maintained" or "end-of-support=2027-01-01" lines of an annotation comment. */
function annotationPairs(comment) {
    const out = [];
    // "key: value" or "key=value" at the first ":" or "=". Cut and trimmed by hand: the regex this replaces
    // (lazy groups between \s*) backtracked cubically on a line of spaces (2,000 spaces took 12 s).
    for (const line of comment.split(/\r?\n/)) {
        const colon = line.indexOf(':');
        const equals = line.indexOf('=');
        const at = colon < 0 ? equals : equals < 0 ? colon : Math.min(colon, equals);
        if (at < 0)
            continue;
        const key = line.slice(0, at).trim();
        const value = line.slice(at + 1).trim();
        if (key && value)
            out.push([key, value]);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/parsers/sbom/spdx-tag-value.js


/** The tag-value pairs, with the line each starts on; lines that are not pairs become issues. */
function parseTagValue(text) {
    const pairs = [];
    const issues = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        if (raw.trim() === '' || raw.trimStart().startsWith('#'))
            continue;
        const m = /^\s*([A-Za-z][A-Za-z0-9_-]*)\s*:\s?(.*)$/.exec(raw);
        if (!m) {
            if (issues.length < 20)
                issues.push({
                    severity: 'error',
                    message: `line ${i + 1} is not "Tag: Value" (${JSON.stringify(raw.slice(0, 60))}) — fix or regenerate the document`,
                    line: i + 1,
                });
            continue;
        }
        let value = m[2].trim();
        const start = i + 1;
        if (value.startsWith('<text>')) {
            // Each line is searched for the end once (not the growing block again), so a long block reads in linear time.
            const parts = [value.slice(6)];
            let j = i;
            let close = parts[0].indexOf('</text>');
            while (close < 0 && j + 1 < lines.length) {
                const next = lines[++j];
                parts.push(next);
                close = next.indexOf('</text>');
            }
            if (close < 0) {
                issues.push({
                    severity: 'error',
                    message: `the <text> block of ${m[1]} opened on line ${start} is never closed with </text> — the file is truncated or malformed`,
                    line: start,
                });
                break;
            }
            parts[parts.length - 1] = parts[parts.length - 1].slice(0, close);
            value = parts.join('\n').trim();
            i = j;
        }
        pairs.push({ tag: m[1], value, line: start });
    }
    return { pairs, issues };
}
const DOC_REQUIRED = ['SPDXVersion', 'DataLicense', 'SPDXID', 'DocumentName', 'DocumentNamespace', 'Creator', 'Created'];
const PACKAGE_REQUIRED = ['SPDXID', 'PackageDownloadLocation'];
function pairsOf(st, c) {
    let list = st.supportPairs.get(c);
    if (!list)
        st.supportPairs.set(c, (list = []));
    return list;
}
function licensesOf(st, c) {
    let set = st.licenseSets.get(c);
    if (!set)
        st.licenseSets.set(c, (set = new Set(c.licenses)));
    return set;
}
function readTagValueSbom(path, text, detection) {
    const { pairs, issues } = parseTagValue(text);
    if (!detection.specVersion || !['2.2', '2.3'].includes(detection.specVersion)) {
        return {
            detection,
            issues: [
                {
                    severity: 'error',
                    message: `declares SPDXVersion "${detection.specVersion ?? ''}", which is not a version this gate knows (2.2, 2.3) — regenerate it as SPDX 2.3`,
                    line: pairs.find((p) => p.tag === 'SPDXVersion')?.line ?? 1,
                },
            ],
        };
    }
    const st = collectTagValuePairs(pairs, issues);
    requiredTagIssues(st, detection.specVersion);
    const created = st.doc.get('Created');
    const document = spdxDocument({
        path,
        encoding: 'tag-value',
        specVersion: detection.specVersion,
        authors: st.creators,
        timestamp: created?.value,
        packages: st.packages,
        dependencies: st.dependencies,
        describes: st.describes,
        otherIds: st.otherIds,
        linesOf: () => new Map(),
    });
    document.issues.push(...issues);
    return { detection, document, issues: [] };
}
function collectTagValuePairs(pairs, issues) {
    const st = {
        doc: new Map(),
        creators: [],
        packages: [],
        seenPackageTags: [],
        dependencies: [],
        describes: [],
        otherIds: [],
        supportPairs: new Map(),
        licenseSets: new Map(),
        section: 'document',
        current: undefined,
        annotationTarget: undefined,
        byRef: new Map(),
        issues,
    };
    for (const p of pairs) {
        if (structuralPair(st, p))
            continue;
        if (st.section === 'document') {
            if (p.tag === 'Creator')
                st.creators.push(p.value);
            else if (!st.doc.has(p.tag))
                st.doc.set(p.tag, p);
            continue;
        }
        if (st.section === 'file' || st.section === 'snippet') {
            if (p.tag === 'SPDXID')
                st.otherIds.push(p.value);
            continue;
        }
        if (st.section !== 'package' || !st.current)
            continue;
        st.seenPackageTags[st.seenPackageTags.length - 1].set(p.tag, p);
        packagePair(st, st.current, p);
    }
    for (const [c, list] of st.supportPairs) {
        const support = supportFromPairs(list);
        if (support)
            c.support = support;
    }
    return st;
}
/** A pair that starts a section, relates elements or annotates one; false for any other pair. */
function structuralPair(st, p) {
    switch (p.tag) {
        case 'PackageName':
            st.section = 'package';
            st.current = { name: p.value, licenses: [], pointer: `line ${p.line}`, line: p.line };
            st.packages.push(st.current);
            st.seenPackageTags.push(new Map());
            return true;
        case 'FileName':
            st.section = 'file';
            st.current = undefined;
            return true;
        case 'SnippetSPDXID':
            st.section = 'snippet';
            st.current = undefined;
            st.otherIds.push(p.value);
            return true;
        case 'LicenseID':
            st.section = 'license';
            st.current = undefined;
            return true;
        case 'Relationship': {
            const m = /^(\S+)\s+(\S+)\s+(\S+)/.exec(p.value);
            if (!m) {
                st.issues.push({
                    severity: 'error',
                    message: `line ${p.line}: Relationship "${p.value}" is not "<element> <TYPE> <element>"`,
                    line: p.line,
                });
                return true;
            }
            st.dependencies.push({ ref: m[1], type: m[2], dependsOn: [m[3]], pointer: `line ${p.line}`, line: p.line });
            if (m[2] === 'DESCRIBES' && m[1] === 'SPDXRef-DOCUMENT')
                st.describes.push(m[3]);
            return true;
        }
        case 'SPDXREF':
            st.annotationTarget = p.value;
            return true;
        case 'AnnotationComment': {
            const target = st.annotationTarget ? st.byRef.get(st.annotationTarget) : st.current;
            if (target) {
                const list = pairsOf(st, target);
                for (const pair of annotationPairs(p.value))
                    list.push(pair);
            }
            st.annotationTarget = undefined;
            return true;
        }
    }
    return false;
}
/** A pair inside a package section. */
function packagePair(st, current, p) {
    switch (p.tag) {
        case 'SPDXID':
            current.ref = p.value;
            st.byRef.set(p.value, current);
            break;
        case 'PackageVersion':
            // NOASSERTION and NONE are no version (as in JSON).
            if (!SPDX_NO_VALUE.has(p.value))
                current.version = p.value;
            break;
        case 'PackageSupplier':
            current.supplier = spdxParty(p.value) ?? current.supplier;
            break;
        case 'PackageOriginator':
            current.supplier ??= spdxParty(p.value);
            break;
        case 'PackageLicenseConcluded':
        case 'PackageLicenseDeclared':
            if (!SPDX_NO_VALUE.has(p.value) && !licensesOf(st, current).has(p.value)) {
                licensesOf(st, current).add(p.value);
                current.licenses.push(p.value);
            }
            break;
        case 'ExternalRef': {
            const [, type, locator] = p.value.split(/\s+/);
            applyExternalRef(current, type ?? '', locator ?? '');
            break;
        }
        case 'ValidUntilDate':
            pairsOf(st, current).push(['endOfSupport', p.value]);
            break;
    }
}
/** What the JSON schema would say for JSON: the fields the specification requires. */
function requiredTagIssues(st, specVersion) {
    for (const tag of DOC_REQUIRED) {
        if (tag === 'Creator' ? st.creators.length === 0 : !st.doc.has(tag)) {
            st.issues.push({ severity: 'error', message: `the document has no ${tag}, which SPDX ${specVersion} requires`, line: 1 });
        }
    }
    st.packages.forEach((c, i) => {
        for (const tag of PACKAGE_REQUIRED) {
            if (!st.seenPackageTags[i].has(tag))
                st.issues.push({
                    severity: 'error',
                    message: `line ${c.line}: package "${c.name}" has no ${tag}, which SPDX ${specVersion} requires`,
                    line: c.line,
                });
        }
    });
}

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(75824);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(59800);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./lib/parsers/sbom/xml-element-lines.js
// Start lines of XML elements from the lines of their end tags, in one pass over a well-formed document.
//
// libxml2's streaming validation reports an error found when an element closes (a missing child, a duplicate key,
// an invalid text content) at the line where that element ends; the tree mode, and this gate's findings, name the
// line of its start tag. The scan below tokenizes the markup the XML grammar defines (comments, CDATA sections,
// processing instructions, declarations, start and end tags with quoted attribute values) and keeps one stack entry
// per open element: linear in the document, and only run when there is such an error to place.
/**
 * For each wanted (name, endLine), the line of the start tag of an element of that name ending on that line, or
 * undefined when there is none. Several wanted entries with the same name and end line take the elements ending
 * there in document order, as the validator reports them.
 */
function elementStartLines(text, wanted) {
    const key = (name, line) => `${line}\u0000${name}`;
    const want = new Set(wanted.map((w) => key(w.name, w.endLine)));
    const found = new Map();
    const record = (name, start, end) => {
        const k = key(name, end);
        if (!want.has(k))
            return;
        const list = found.get(k);
        if (list)
            list.push(start);
        else
            found.set(k, [start]);
    };
    const names = [];
    const starts = [];
    const n = text.length;
    let line = 1;
    let i = 0;
    // Advances to just past `end`, counting lines; returns false when it does not occur.
    const skipPast = (end) => {
        const j = text.indexOf(end, i);
        const stop = j < 0 ? n : j + end.length;
        for (let k = i; k < stop; k++)
            if (text.charCodeAt(k) === 10)
                line++;
        i = stop;
        return j >= 0;
    };
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 10) {
            line++;
            i++;
            continue;
        }
        if (c !== 60) {
            i++;
            continue;
        }
        // '<'
        if (text.startsWith('<!--', i)) {
            if (!skipPast('-->'))
                break;
        }
        else if (text.startsWith('<![CDATA[', i)) {
            if (!skipPast(']]>'))
                break;
        }
        else if (text.startsWith('<?', i)) {
            if (!skipPast('?>'))
                break;
        }
        else if (text.startsWith('<!', i)) {
            if (!skipPast('>'))
                break;
        }
        else if (text.charCodeAt(i + 1) === 47) {
            // an end tag
            i += 2;
            if (!skipPast('>'))
                break;
            const open = names.pop();
            const start = starts.pop();
            if (open !== undefined && start !== undefined)
                record(open, start, line);
        }
        else {
            // a start tag or an empty-element tag
            const tag = scanStartTag(text, i, line);
            const { name, start, empty, closed } = tag;
            line = tag.line;
            i = tag.end;
            if (!closed)
                break;
            if (empty)
                record(name, start, line);
            else {
                names.push(name);
                starts.push(start);
            }
        }
    }
    const taken = new Map();
    return wanted.map((w) => {
        const k = key(w.name, w.endLine);
        const at = taken.get(k) ?? 0;
        taken.set(k, at + 1);
        return found.get(k)?.[at];
    });
}
const isNameEnd = (c) => c === 32 || c === 9 || c === 10 || c === 13 || c === 62 || c === 47;
function localName(text, from, to) {
    const raw = text.slice(from, to);
    const colon = raw.indexOf(':');
    return colon < 0 ? raw : raw.slice(colon + 1);
}
/** A start tag or an empty-element tag at `i` (a '<'): the name, then attributes with quoted values, to '>' or '/>'. */
function scanStartTag(text, i, line) {
    const n = text.length;
    const start = line;
    let j = i + 1;
    while (j < n && !isNameEnd(text.charCodeAt(j)))
        j++;
    const name = localName(text, i + 1, j);
    let empty = false;
    let closed = false;
    while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 10)
            line++;
        else if (d === 34 || d === 39) {
            const q = text.indexOf(d === 34 ? '"' : "'", j + 1);
            const stop = q < 0 ? n : q;
            for (let k = j + 1; k < stop; k++)
                if (text.charCodeAt(k) === 10)
                    line++;
            j = stop;
        }
        else if (d === 62) {
            empty = text.charCodeAt(j - 1) === 47;
            closed = true;
            j++;
            break;
        }
        j++;
    }
    return { name, start, end: j, line, empty, closed };
}

;// CONCATENATED MODULE: ./lib/parsers/sbom/xsd.js



// CycloneDX XML against the official XSD of its declared version, with libxml2's xmllint compiled to WebAssembly
// (xmllint-wasm), offline. The wasm and its loader are embedded (xmllint/embedded.ts) because the package starts
// its worker from a file in its own folder, which the bundle does not carry. One worker thread per
// process validates one document at a time; each run gets a fresh xmllint instance, and a run that outlasts its
// time limit terminates the worker (the next run starts a new one), so a hostile document cannot hang the gate.
// The XSDs import the SPDX licence XSD as "spdx.SNAPSHOT.xsd" (the offline reference the CycloneDX library
// applies); it is handed to xmllint under that name, and --nonet forbids any other fetch.
//
// Streaming: xmllint validates with --stream (libxml2's xmlTextReader with the schema plugged in), so no document
// tree is built in the wasm heap — its memory no longer grows with the SBOM. The verdict is libxml2's own in both
// modes, identity constraints included (xs:unique on bom-ref is checked by the same IDC code while streaming). The
// document is handed over as UTF-8 bytes: the very bytes read from git when they sit in shared memory (large blobs
// do, src/facts/git/cat-file.ts), else an encoded copy whose buffer is transferred; either way the worker makes them
// libxml2's input file as they are (Emscripten's in-memory file owns them; its loader's inputFiles would copy them),
// so the document is held once beside the text. startXsdValidation returns as soon as it is posted, so the caller
// reads the document while the worker validates.
// The one difference is where some errors are reported: an error found when an element closes (a missing child, a
// duplicate key) carries the line of its end tag when streaming; such lines are mapped back to the element's start
// tag (elementStartLines), the line the tree mode names, so findings keep the lines they had.
const MAX_XSD_ISSUES = 50;
const XSD_FILES = {
    '1.2': 'bom-1.2.SNAPSHOT.xsd',
    '1.3': 'bom-1.3.SNAPSHOT.xsd',
    '1.4': 'bom-1.4.SNAPSHOT.xsd',
    '1.5': 'bom-1.5.SNAPSHOT.xsd',
    '1.6': 'bom-1.6.SNAPSHOT.xsd',
    '1.7': 'bom-1.7.SNAPSHOT.xsd',
};
const SPDX_XSD = 'spdx.SNAPSHOT.xsd';
const DOCUMENT_NAME = 'sbom.xml';
// 64 KiB pages: start at 16 MiB, grow up to the 4 GiB a 32-bit wasm can address.
const INITIAL_PAGES = 256;
const MAX_PAGES = 65536;
let xmllint;
const loadXmllint = () => (xmllint ??= __webpack_require__.e(/* import() */ 7353).then(__webpack_require__.bind(__webpack_require__, 57353)));
const workerSource = (factorySource) => `var __dirname = '/'; var __filename = '/xmllint.js';
${factorySource}
;(() => {
  const { parentPort, workerData } = require('node:worker_threads');
  parentPort.on('message', (job) => {
    let stderr = '';
    let done = false;
    const finish = (exitCode) => {
      if (done) return;
      done = true;
      parentPort.postMessage({ id: job.id, exitCode, stderr });
    };
    // The document becomes the in-memory file itself (canOwn): the loader's own inputFiles would copy it.
    let document = job.document;
    job.document = undefined;
    const module = {
      inputFiles: job.inputFiles,
      preInit() {
        module.FS_createDataFile('/', document.fileName, document.contents, true, false, true);
        document = undefined;
      },
      arguments: job.args,
      print() {},
      printErr(text) { if (stderr.length < 1000000) stderr += text + '\\n'; },
      onExit: finish,
      onAbort(reason) { stderr += 'abort: ' + reason + '\\n'; finish(-1); },
      instantiateWasm(imports, callback) {
        WebAssembly.instantiate(workerData.wasm, imports).then((instance) => callback(instance, workerData.wasm), (e) => { stderr += String(e) + '\\n'; finish(-1); });
        return {};
      },
      wasmMemory: new WebAssembly.Memory({ initial: ${INITIAL_PAGES}, maximum: ${MAX_PAGES} }),
    };
    Module(module).catch((e) => { stderr += String(e) + '\\n'; finish(-1); });
  });
})();
`;
/** Documents of this many bytes or more end their worker's life once validated (theWorker). */
const RELEASE_AFTER = 8 * 1024 * 1024;
const { WebAssembly: Wasm } = globalThis;
let compiledWasm;
let current;
let nextId = 0;
function wasmModule(embedded) {
    compiledWasm ??= new Wasm.Module(Buffer.from(embedded.XMLLINT_WASM_BASE64, 'base64'));
    return compiledWasm;
}
function failAll(jobs, error) {
    for (const job of jobs.values()) {
        clearTimeout(job.timer);
        job.reject(error);
    }
    jobs.clear();
}
/** Whether a validation worker is there for the next run (the tests see a large document's worker let go). */
function xsdWorkerKept() {
    return current !== undefined;
}
function theWorker(embedded) {
    if (current)
        return current;
    const worker = new external_node_worker_threads_.Worker(workerSource(embedded.XMLLINT_FACTORY_SOURCE), { eval: true, workerData: { wasm: wasmModule(embedded) } });
    const jobs = new Map();
    const self = { worker, jobs };
    worker.on('message', (m) => {
        const job = jobs.get(m.id);
        if (!job)
            return;
        jobs.delete(m.id);
        clearTimeout(job.timer);
        if (jobs.size === 0)
            worker.unref();
        // An idle worker seldom collects its garbage: after a large document it would keep that document's bytes (shared
        // with the facts) and libxml2's grown memory for the rest of the run. Ended instead; the next run starts another.
        if (jobs.size === 0 && job.large) {
            if (current === self)
                current = undefined;
            void worker.terminate();
        }
        job.resolve(m);
    });
    worker.on('error', (e) => {
        if (current === self)
            current = undefined;
        failAll(jobs, e instanceof Error ? e : new Error(String(e)));
    });
    worker.on('exit', (code) => {
        if (current === self)
            current = undefined;
        failAll(jobs, new Error(`the XML validator stopped (exit code ${code})`));
    });
    worker.unref();
    current = self;
    return self;
}
/**
 * Posts one run of xmllint to the worker; resolves once it is posted, with the run's outcome, which rejects when it
 * does not finish within timeoutMs (the worker is then replaced). The document's buffer is transferred when it is
 * ours to give (`transfer`); shared memory is posted as it is (both threads see the same bytes, none are copied).
 */
async function postXmllint(document, transfer, files, args, timeoutMs) {
    const self = theWorker(await loadXmllint());
    const id = ++nextId;
    const done = new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            self.jobs.delete(id);
            if (current === self)
                current = undefined;
            void self.worker.terminate();
            reject(new Error(`XSD validation did not finish within ${Math.round(timeoutMs / 1000)} s`));
        }, timeoutMs);
        self.jobs.set(id, { id, large: document.contents.length >= RELEASE_AFTER, resolve, reject, timer });
    });
    self.worker.ref();
    self.worker.postMessage({ id, document, inputFiles: files, args }, transfer ? [document.contents.buffer] : []);
    return { done };
}
/**
 * The UTF-8 bytes xmllint reads. The bytes the text was decoded from are used as they are when they are that text's
 * UTF-8 (no UTF-16 byte order mark, the same length; a UTF-8 byte order mark is left out, as the text has none):
 * read from git they sit in shared memory, which the worker reads without a copy. Otherwise the text is encoded
 * into a buffer of its own, which is transferred.
 */
function documentBytes(xml, given) {
    if (given && !(given[0] === 0xff && given[1] === 0xfe) && !(given[0] === 0xfe && given[1] === 0xff)) {
        const bytes = given[0] === 0xef && given[1] === 0xbb && given[2] === 0xbf ? given.subarray(3) : given;
        if (bytes.length === Buffer.byteLength(xml, 'utf8'))
            return { bytes, transfer: false };
    }
    return { bytes: new TextEncoder().encode(xml), transfer: true };
}
function hasXsd(version) {
    return version in XSD_FILES;
}
/** Time allowed for one document: a minute, plus a second per MB (XSD validation runs at tens of MB/s). */
function timeLimitMs(chars) {
    return 60_000 + Math.ceil(chars / 1_000_000) * 1_000;
}
/**
 * Validates a CycloneDX XML document against the XSD of `version`. Returns problems with their lines (at most
 * MAX_XSD_ISSUES, then a count). The caller has already refused DOCTYPE declarations, so no entity reaches
 * libxml2; xmllint is not asked to substitute entities anyway. `mode: 'tree'` validates a whole document tree
 * instead of streaming (the tests compare the two).
 */
async function validateXsd(version, xml, opts = {}) {
    return (await startXsdValidation(version, xml, opts)).result;
}
/**
 * Starts validating and resolves once the document is with the validator (in its worker thread), with the result
 * to await: what the caller does meanwhile runs concurrently with the validation. The result never rejects.
 */
async function startXsdValidation(version, xml, opts = {}) {
    const xsd = XSD_FILES[version];
    if (!xsd)
        return { result: Promise.resolve([]) };
    const name = `CycloneDX ${version} XSD`;
    // Not validated (the worker failed, timed out, or xmllint stopped without a located error): never a pass.
    const unvalidated = (why) => [
        {
            severity: 'error',
            message: `could not be validated against the ${name}: ${why} — the gate cannot vouch for it; re-run the job, and if it fails again, report it with this message`,
            line: 1,
        },
    ];
    const failed = (e) => unvalidated(e.message);
    const stream = opts.mode !== 'tree';
    let done;
    try {
        const [main, spdx] = await Promise.all([schemaFile(xsd), schemaFile(SPDX_XSD)]);
        const { bytes, transfer } = documentBytes(xml, opts.bytes);
        const files = [
            { fileName: xsd, contents: main },
            { fileName: SPDX_XSD, contents: spdx },
        ];
        const args = ['--schema', xsd, '--noout', '--nonet', ...(stream ? ['--stream'] : []), DOCUMENT_NAME];
        ({ done } = await postXmllint({ fileName: DOCUMENT_NAME, contents: bytes }, transfer, files, args, opts.timeoutMs ?? timeLimitMs(xml.length)));
    }
    catch (e) {
        return { result: Promise.resolve(failed(e)) };
    }
    const result = done.then((r) => {
        if (r.exitCode === 0)
            return [];
        const issues = issuesFromOutput(r.stderr, name);
        if (issues.length === 0) {
            // xmllint failed without a located message (out of memory, a schema it could not read).
            const why = r.stderr
                .trim()
                .split('\n')
                .filter((l) => !l.endsWith('fails to validate') && !l.endsWith('validates'))
                .slice(0, 3)
                .join(' ');
            return unvalidated(`xmllint exit code ${r.exitCode}${why ? `: ${why}` : ''}`);
        }
        return stream ? withStartLines(xml, issues) : issues;
    }, (e) => failed(e));
    return { result };
}
const LOCATED = new RegExp(`^${DOCUMENT_NAME.replace('.', '\\.')}:(\\d+): (.*)$`);
function issuesFromOutput(stderr, name) {
    const issues = [];
    let total = 0;
    for (const raw of stderr.split('\n')) {
        const m = LOCATED.exec(raw);
        if (!m)
            continue;
        total++;
        if (issues.length >= MAX_XSD_ISSUES)
            continue;
        const text = m[2]
            .replace(/\{http:\/\/cyclonedx\.org\/schema\/[^}]*\}/g, '')
            .replace(/^(element [^:]+: )?Schemas validity error : /, '')
            .replace(/^(element [^:]+: )?Schemas parser error : /, 'the schema: ')
            .replace(/^parser error : /, 'is not well-formed XML: ')
            .replace(/\{('[^']*'(?:, '[^']*'){19,})\}/g, (_all, set) => `{${set.split(', ').slice(0, 5).join(', ')}, ... (${set.split(', ').length} values)}`)
            .trim();
        issues.push({ severity: 'error', message: `${text} (${name})`, line: Number(m[1]) });
    }
    if (total > issues.length)
        issues.push({ severity: 'error', message: `and ${total - issues.length} more XSD errors not listed`, line: 1 });
    return issues;
}
/**
 * Errors libxml2 finds when an element closes, which streaming reports at the element's end tag: content that is
 * incomplete or of the wrong type, and identity constraints (a duplicate or missing key). Errors about an attribute
 * are found at the start tag in both modes.
 */
const FOUND_AT_END = /^Element '([^']+)': (Missing child element\(s\)|Duplicate key-sequence|Not all fields of key identity-constraint|No match found for key-sequence|Character content|Element content is not allowed|\[facet |'.*' is not a valid value of )/;
/** Issues with the line of the start tag of the element they name, where streaming gave the line of its end. */
function withStartLines(xml, issues) {
    const placed = [];
    issues.forEach((issue, i) => {
        const m = FOUND_AT_END.exec(issue.message);
        if (m && issue.line !== undefined)
            placed.push({ issue: i, name: m[1].replace(/^.*:/, ''), endLine: issue.line });
    });
    if (placed.length === 0)
        return issues;
    const starts = elementStartLines(xml, placed);
    return issues.map((issue, i) => {
        const k = placed.findIndex((p) => p.issue === i);
        const start = k < 0 ? undefined : starts[k];
        return start === undefined ? issue : { ...issue, line: start };
    });
}

// EXTERNAL MODULE: ./lib/parsers/xml-doctype.js
var xml_doctype = __webpack_require__(96654);
;// CONCATENATED MODULE: ./lib/parsers/sbom/cyclonedx-xml.js





// A CycloneDX XML document (1.2–1.7) as components, dependencies and document metadata, with the line of each
// component. Places are XML element paths with 1-based positions: /bom/components/component[4].
//
// Read in one streaming pass (saxes, a SAX parser with positions): no document tree is built. Each component's own
// fields (name, version, purl, licences, supplier, properties, ...) are gathered into a small record while it is
// open and turned into an SbomComponent when it closes; the metadata likewise; dependencies and bom-refs are kept
// as the document model needs them and nothing else. Namespace prefixes are ignored (as are xmlns attributes);
// text is trimmed, CDATA kept as written.
//
// Hostile input: a DOCTYPE (the only way to declare entities, external or internal), wherever it stands, is refused
// before any parser sees the document, so nothing is ever expanded or fetched (no XXE, no entity bomb); only the
// five predefined entities and character references are decoded. Elements nested deeper than MAX_DEPTH are
// refused. Every step is linear in the size of the document.
const MAX_DEPTH = 256;
/** Children of a component the component reader looks at; everything else (hashes, evidence, pedigree, ...) is not kept. */
const COMPONENT_FIELDS = new Set([
    'name',
    'version',
    'purl',
    'group',
    'cpe',
    'swid',
    'licenses',
    'supplier',
    'manufacturer',
    'author',
    'authors',
    'publisher',
    'properties',
    'versionRange',
]);
/** Children of the metadata the document readers look at (the metadata component is read as a component). */
const METADATA_FIELDS = new Set(['timestamp', 'authors', 'tools', 'manufacturer', 'manufacture', 'supplier']);
/** Elements whose content is not searched for bom-refs: `dependency ref` and `provides ref` refer to bom-refs, they define none; hashes and external references have none. */
const REF_BARRIERS = new Set(['dependencies', 'properties', 'hashes', 'externalReferences']);
/** Elements whose content nothing reads and that define no bom-ref: skipped whole. */
const OPAQUE = new Set(['hashes', 'externalReferences']);
class Refused extends Error {
}
function readXmlSbom(path, text, detection) {
    const refused = refuseDoctype(text);
    if (refused)
        return { detection, issues: [refused] };
    const reader = new StreamReader(path, text, detection.specVersion);
    try {
        return { detection, document: reader.read(), issues: [] };
    }
    catch (e) {
        if (e instanceof Refused)
            return { detection, issues: [{ severity: 'error', message: e.message, line: 1 }] };
        // Not well-formed: the same words as before for what fast-xml-parser's validator names (only on this path, so a
        // good document is read once).
        const wellFormed = fxp/* XMLValidator */.iI.validate(text, { allowBooleanAttributes: false });
        if (wellFormed !== true)
            return { detection, issues: [notWellFormed(text, wellFormed.err)] };
        const m = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(e.message);
        return {
            detection,
            issues: [
                {
                    severity: 'error',
                    message: `is not well-formed XML (${(m ? m[3] : e.message).replace(/\.$/, '')}${m ? `, column ${m[2]}` : ''}) — a truncated or hand-edited file? Regenerate it`,
                    line: m ? Number(m[1]) : 1,
                },
            ],
        };
    }
}
/**
 * Starts the XSD validation of a CycloneDX XML text before it is read, so the worker validates while this thread
 * parses; undefined when there is nothing to validate yet (no XSD for the version, or a DOCTYPE, which is refused
 * before any parser sees the document). `bytes`, the bytes the text was decoded from, spare an encoded copy.
 */
async function startXmlValidation(text, detection, bytes) {
    if (detection.family !== 'cyclonedx' || detection.specVersion === undefined || !hasXsd(detection.specVersion))
        return undefined;
    if ((0,xml_doctype/* findDoctype */.Y)(text))
        return undefined;
    return startXsdValidation(detection.specVersion, text, { bytes });
}
async function validateXmlSbom(doc) {
    if (doc.xml === undefined || !hasXsd(doc.specVersion))
        return [];
    return validateXsd(doc.specVersion, doc.xml);
}
/**
 * A DOCTYPE anywhere in the document, as a finding: in the prolog, or inside an element, where the XML parser would
 * still take it (it expands nothing here, as entities are off, but the document is not what it claims to be).
 */
function refuseDoctype(text) {
    const found = (0,xml_doctype/* findDoctype */.Y)(text);
    if (!found)
        return undefined;
    return {
        severity: 'error',
        message: `${(0,xml_doctype/* doctypeHazard */.t)(found)}; a CycloneDX SBOM has no DOCTYPE, and this gate neither loads nor expands one — remove the DOCTYPE or regenerate the SBOM`,
        line: found.line,
    };
}
function notWellFormed(text, err) {
    // Unclosed elements are reported at the start of the file by the validator; they are missing at the end.
    const unclosed = /^Invalid '\[(.*)\]' found\.?$/s.exec(err.msg);
    if (unclosed) {
        const names = unclosed[1]
            .split(',')
            .map((s) => s.trim().replace(/^"|"$/g, ''))
            .filter(Boolean);
        return {
            severity: 'error',
            message: `is not well-formed XML: the file ends with ${names.length === 1 ? 'element' : 'elements'} <${names.join('>, <')}> still open — a truncated file? Regenerate it`,
            line: lineOfOffset(text, text.length),
        };
    }
    return {
        severity: 'error',
        message: `is not well-formed XML (${err.msg.replace(/\.$/, '')}, column ${err.col}) — a truncated or hand-edited file? Regenerate it`,
        line: err.line,
    };
}
function lineOfOffset(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
const cyclonedx_xml_localName = (name) => {
    const colon = name.indexOf(':');
    return colon === -1 ? name : name.slice(colon + 1);
};
class StreamReader {
    path;
    text;
    specVersion;
    lines = new Map();
    metadataComponents = [];
    bomComponents = [];
    primary;
    timestamp;
    authors = [];
    dependencies = [];
    refTree = [];
    bomIsNode = false;
    constructor(path, text, specVersion) {
        this.path = path;
        this.text = text;
        this.specVersion = specVersion;
    }
    read() {
        const parser = new saxes/* SaxesParser */.wT({ xmlns: false, position: true });
        let top;
        let depth = 0;
        let opaque = 0;
        let startLine = 1;
        let sawRoot = false;
        parser.on('opentagstart', () => {
            // The line of the '<': the name cannot span lines, but the character that ended it may be a newline.
            startLine = parser.column === 0 ? parser.line - 1 : parser.line;
        });
        parser.on('opentag', (tag) => {
            // Every element, self-closing ones included, gets a closetag event.
            if (opaque > 0) {
                opaque++;
                return;
            }
            const name = cyclonedx_xml_localName(tag.name);
            const parent = top;
            if (parent === undefined) {
                if (sawRoot)
                    return;
                sawRoot = true;
                if (name !== 'bom')
                    throw new Refused('is XML but its root element is not a CycloneDX <bom> — point `paths` at the SBOM, or regenerate it');
            }
            else {
                this.flush(parent);
                parent.hasChild = true;
            }
            if (OPAQUE.has(name) && parent !== undefined) {
                opaque = 1;
                return;
            }
            depth++;
            if (depth > MAX_DEPTH + 1)
                throw new Refused(`nests XML elements more than ${MAX_DEPTH} deep, which no CycloneDX generator does; it was not read — regenerate the SBOM`);
            let attrs;
            const given = tag.attributes;
            for (const raw in given) {
                if (raw === 'xmlns' || raw.startsWith('xmlns:'))
                    continue;
                (attrs ??= {})[`@${cyclonedx_xml_localName(raw)}`] = given[raw].trim();
            }
            const frame = this.open(parent, name, attrs, startLine);
            top = frame;
        });
        parser.on('closetag', () => {
            if (opaque > 0) {
                opaque--;
                return;
            }
            const frame = top;
            this.close(frame);
            depth--;
            top = frame.parent;
        });
        parser.on('text', (t) => {
            if (opaque === 0 && top !== undefined && top.capture !== 0 /* Capture.None */)
                top.pending += t;
        });
        parser.on('cdata', (t) => {
            if (opaque === 0 && top !== undefined && top.capture !== 0 /* Capture.None */) {
                this.flush(top);
                top.text += t;
            }
        });
        parser.on('processinginstruction', () => {
            // The tree reader kept a processing instruction as a child, which made its element a node.
            if (opaque === 0 && top !== undefined) {
                this.flush(top);
                top.hasChild = true;
            }
        });
        parser.write(this.text).close();
        if (!this.bomIsNode)
            throw new Refused('is XML but its root element is not a CycloneDX <bom> — point `paths` at the SBOM, or regenerate it');
        return this.document();
    }
    open(parent, name, attrs, line) {
        let siblings = { n: 1 };
        let index = 1;
        if (parent) {
            parent.counts ??= new Map();
            let c = parent.counts.get(name);
            if (c === undefined) {
                c = { n: 0 };
                parent.counts.set(name, c);
            }
            index = ++c.n;
            siblings = c;
        }
        const frame = {
            name,
            parent,
            kind: 0 /* Kind.Other */,
            line,
            index,
            siblings,
            place: undefined,
            attrs,
            hasChild: false,
            counts: undefined,
            capture: 0 /* Capture.None */,
            node: undefined,
            text: '',
            pending: '',
            refSkip: parent === undefined ? false : parent.refSkip || REF_BARRIERS.has(name),
            refs: undefined,
            list: undefined,
            slot: -1,
            pointer: '',
            primary: false,
            dep: undefined,
        };
        if (parent === undefined) {
            frame.kind = 1 /* Kind.Bom */;
        }
        else if (parent.capture === 2 /* Capture.All */ ||
            (parent.capture === 1 /* Capture.Root */ && (parent.kind === 3 /* Kind.Component */ ? COMPONENT_FIELDS : METADATA_FIELDS).has(name))) {
            frame.capture = 2 /* Capture.All */;
        }
        else if (parent.kind === 1 /* Kind.Bom */ && index === 1 && name === 'metadata') {
            frame.kind = 2 /* Kind.Metadata */;
            frame.capture = 1 /* Capture.Root */;
        }
        else if (parent.kind === 1 /* Kind.Bom */ && index === 1 && name === 'components') {
            frame.kind = 4 /* Kind.Components */;
            frame.list = this.bomComponents;
            frame.pointer = '/bom/components';
        }
        else if (parent.kind === 2 /* Kind.Metadata */ && index === 1 && name === 'component') {
            frame.kind = 3 /* Kind.Component */;
            frame.capture = 1 /* Capture.Root */;
            frame.primary = true;
            frame.list = this.metadataComponents;
            frame.pointer = '/bom/metadata/component';
        }
        else if (parent.kind === 3 /* Kind.Component */ && index === 1 && name === 'components') {
            frame.kind = 4 /* Kind.Components */;
            frame.list = parent.list;
            frame.pointer = `${parent.pointer}/components`;
        }
        else if (parent.kind === 4 /* Kind.Components */ && name === 'component') {
            frame.kind = 3 /* Kind.Component */;
            frame.capture = 1 /* Capture.Root */;
            frame.list = parent.list;
            frame.pointer = indexed(parent.pointer, 'component', index);
            // Components are listed in document order, a component before those nested in it.
            frame.slot = frame.list.push(null) - 1;
        }
        else if (parent.kind === 1 /* Kind.Bom */ && index === 1 && name === 'dependencies') {
            frame.kind = 5 /* Kind.Dependencies */;
        }
        else if ((parent.kind === 5 /* Kind.Dependencies */ || parent.kind === 6 /* Kind.Dependency */) && name === 'dependency') {
            frame.kind = 6 /* Kind.Dependency */;
            frame.dep = { ref: undefined, isNode: false, line, children: [] };
            // A top-level entry is read when it closes (addDependency); nested ones wait for it.
            if (parent.kind === 6 /* Kind.Dependency */)
                parent.dep.children.push(frame.dep);
        }
        // The attributes are not read again once the element is open, so its record starts from them.
        if (frame.capture !== 0 /* Capture.None */)
            frame.node = attrs ?? {};
        return frame;
    }
    /** Text read so far in an element, trimmed as the tree reader trimmed it: each run between child elements and CDATA sections. */
    flush(frame) {
        if (frame.pending === '')
            return;
        const t = frame.pending.trim();
        if (t !== '')
            frame.text += t;
        frame.pending = '';
    }
    close(frame) {
        this.flush(frame);
        const isNode = frame.attrs !== undefined || frame.hasChild;
        const parent = frame.parent;
        if (frame.capture !== 0 /* Capture.None */) {
            let value;
            const node = frame.node;
            if (isNode) {
                if (frame.text !== '')
                    node['#text'] = frame.text;
                value = node;
            }
            else
                value = frame.text;
            if (frame.capture === 2 /* Capture.All */ && parent?.node !== undefined) {
                const list = parent.node[frame.name];
                if (list)
                    list.push(value);
                else
                    parent.node[frame.name] = [value];
            }
        }
        switch (frame.kind) {
            case 1 /* Kind.Bom */:
                this.bomIsNode = isNode;
                if (isNode)
                    this.lines.set('/bom', frame.line);
                break;
            case 2 /* Kind.Metadata */:
                if (isNode) {
                    this.lines.set('/bom/metadata', frame.line);
                    this.timestamp = textOf(frame.node.timestamp);
                    this.authors = cyclonedx_xml_documentAuthors(frame.node);
                }
                break;
            case 3 /* Kind.Component */:
                if (isNode) {
                    const c = this.component(frame.node, frame.pointer, frame.line);
                    if (frame.primary)
                        this.primary = c;
                    else
                        frame.list[frame.slot] = c;
                }
                break;
            case 5 /* Kind.Dependencies */:
                if (isNode)
                    this.lines.set('/bom/dependencies', frame.line);
                break;
            case 6 /* Kind.Dependency */: {
                const d = frame.dep;
                d.isNode = isNode;
                const ref = frame.attrs?.['@ref'];
                if (typeof ref === 'string' && ref !== '')
                    d.ref = ref;
                if (isNode && parent.kind === 5 /* Kind.Dependencies */)
                    this.addDependency(d, indexed('/bom/dependencies', 'dependency', frame.index));
                break;
            }
            default:
                break;
        }
        // bom-refs: the element's own, then its children's, grouped by child name.
        if (!frame.refSkip && isNode) {
            const items = [];
            const own = frame.attrs?.['@bom-ref'];
            if (typeof own === 'string' && own !== '')
                items.push({ ref: own, place: placeOf(frame) });
            // Children's, by name in the order the names first appeared (the order of the counts).
            if (frame.refs && frame.counts) {
                for (const name of frame.counts.keys()) {
                    const group = frame.refs.get(name);
                    if (group)
                        for (const item of group)
                            items.push(item);
                }
            }
            if (parent === undefined)
                this.refTree = items;
            else if (items.length) {
                parent.refs ??= new Map();
                const group = parent.refs.get(frame.name);
                const item = items.length === 1 ? items[0] : items;
                if (group)
                    group.push(item);
                else
                    parent.refs.set(frame.name, [item]);
            }
        }
        frame.refs = undefined;
        frame.counts = undefined;
        frame.node = undefined;
    }
    component(c, pointer, line) {
        const component = { name: textOf(c.name) ?? '', licenses: [], pointer };
        this.lines.set(pointer, line);
        component.line = line;
        const version = textOf(c.version);
        if (version !== undefined)
            component.version = version;
        const purl = textOf(c.purl);
        const group = textOf(c.group);
        // As in JSON: without a purl, the group is part of the name drift matching sees.
        if (group !== undefined && component.name && !purl)
            component.name = `${group}/${component.name}`;
        if (group !== undefined)
            component.group = group;
        if (purl !== undefined)
            component.purl = purl;
        const cpe = textOf(c.cpe);
        if (cpe !== undefined)
            component.cpe = cpe;
        const swid = first(c.swid);
        if (isNode(swid) && attr(swid, 'tagId'))
            component.swid = attr(swid, 'tagId');
        const ref = attr(c, 'bom-ref');
        if (ref !== undefined)
            component.ref = ref;
        const licenses = first(c.licenses);
        if (isNode(licenses)) {
            const found = [];
            for (const e of list(licenses.expression)) {
                const x = textOf([e]);
                if (x)
                    found.push(x);
            }
            for (const l of list(licenses.license)) {
                if (!isNode(l))
                    continue;
                const id = textOf(l.id) ?? textOf(l.name);
                if (id)
                    found.push(id);
            }
            component.licenses = tight(found);
        }
        const supplier = cyclonedx_xml_entityName(c.supplier) ?? cyclonedx_xml_entityName(c.manufacturer) ?? textOf(c.author) ?? cyclonedx_xml_firstContact(c.authors, 'author') ?? textOf(c.publisher);
        if (supplier !== undefined)
            component.supplier = supplier;
        const properties = first(c.properties);
        if (isNode(properties)) {
            const pairs = [];
            for (const p of list(properties.property)) {
                if (isNode(p))
                    pairs.push([attr(p, 'name') ?? '', textOf([p]) ?? '']);
                else if (typeof p === 'string')
                    pairs.push(['', p]);
            }
            const support = supportFromPairs(pairs);
            if (support)
                component.support = support;
        }
        const external = attr(c, 'isExternal');
        if (external !== undefined)
            component.isExternal = external.trim() === 'true' || external.trim() === '1';
        const range = textOf(c.versionRange);
        if (range !== undefined)
            component.versionRange = range;
        return component;
    }
    /**
     * A top-level `<dependency ref>` entry, read when it closes (so no tree of the whole list is kept); its direct
     * `<dependency ref>` children are what it depends on. Nested children with children of their own (allowed by the
     * 1.2–1.3 XSDs) are entries too, listed after it.
     */
    addDependency(entry, entryPointer) {
        const out = this.dependencies;
        const stack = [[entry, entryPointer]];
        while (stack.length) {
            const [d, pointer] = stack.pop();
            this.lines.set(pointer, d.line);
            const dependsOn = [];
            for (let i = 0; i < d.children.length; i++) {
                const child = d.children[i];
                if (!child.isNode)
                    continue;
                if (child.ref !== undefined)
                    dependsOn.push(child.ref);
                const childPointer = indexed(pointer, 'dependency', i + 1);
                if (child.children.length)
                    stack.push([child, childPointer]);
                else
                    this.lines.set(childPointer, child.line);
            }
            if (d.ref === undefined)
                continue;
            out.push({ ref: d.ref, dependsOn: tight(dependsOn), pointer, line: d.line });
        }
    }
    definedRefs() {
        const out = [];
        const stack = [];
        for (let i = this.refTree.length - 1; i >= 0; i--)
            stack.push(this.refTree[i]);
        while (stack.length) {
            const item = stack.pop();
            if (Array.isArray(item)) {
                for (let i = item.length - 1; i >= 0; i--)
                    stack.push(item[i]);
            }
            else
                out.push([item.ref, pointerOf(item.place)]);
        }
        return out;
    }
    document() {
        const dependencies = this.dependencies;
        const definedRefs = this.definedRefs();
        const components = [];
        for (const c of this.metadataComponents)
            if (c)
                components.push(c);
        for (const c of this.bomComponents)
            if (c)
                components.push(c);
        const lines = this.lines;
        return {
            path: this.path,
            family: 'cyclonedx',
            encoding: 'xml',
            specVersion: this.specVersion,
            authors: this.authors,
            timestamp: this.timestamp,
            primary: this.primary,
            components,
            dependencies,
            definedRefs,
            issues: [],
            xml: this.text,
            linesOf: (pointers) => {
                const out = new Map();
                for (const p of pointers) {
                    // JSON-style pointers from the shared checks (/metadata, /dependencies) name the same places under /bom.
                    let q = p.startsWith('/bom') ? p : `/bom${p}`;
                    for (;;) {
                        const l = lines.get(q);
                        if (l !== undefined) {
                            out.set(p, l);
                            break;
                        }
                        const cut = q.lastIndexOf('/');
                        if (cut <= 0)
                            break;
                        q = q.slice(0, cut);
                    }
                }
                return out;
            },
        };
    }
}
/** The place of an open element, made with those of its ancestors that have none yet: a component's is its own pointer. */
function placeOf(frame) {
    if (frame.place)
        return frame.place;
    const place = {
        parent: frame.parent ? placeOf(frame.parent) : undefined,
        name: frame.name,
        index: frame.index,
        siblings: frame.siblings,
    };
    if (frame.parent === undefined)
        place.pointer = '/bom';
    else if (frame.kind === 3 /* Kind.Component */)
        place.pointer = frame.pointer;
    frame.place = place;
    return place;
}
/** The pointer of a place: a component's own, else its parent's and its name, indexed when the name repeats among siblings. */
function pointerOf(place) {
    const chain = [];
    let p = place;
    while (p !== undefined && p.pointer === undefined) {
        chain.push(p);
        p = p.parent;
    }
    let base = p?.pointer ?? '';
    for (let i = chain.length - 1; i >= 0; i--) {
        const q = chain[i];
        q.pointer = q.siblings.n === 1 ? `${base}/${q.name}` : indexed(base, q.name, q.index);
        base = q.pointer;
    }
    return base;
}
/**
 * `${base}/${name}[${index}]` as one flat string. A template literal builds a chain of cons strings (about 120 bytes
 * where the flat string takes 50), and a large SBOM keeps a pointer per component and per dependency.
 */
const indexed = (base, name, index) => [base, '/', name, '[', index, ']'].join('');
/** A list kept for the document's life, without the spare room pushing left (an array grown by push holds 17 slots). */
const tight = (a) => (a.length === 0 ? a : a.slice());
const isNode = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const first = (v) => (Array.isArray(v) ? v[0] : v);
/** The text of an element (leaf string or node with attributes); undefined when empty. */
function textOf(v) {
    const x = first(v);
    const raw = typeof x === 'string' ? x : isNode(x) && typeof x['#text'] === 'string' ? x['#text'] : undefined;
    if (raw === undefined || raw === '')
        return undefined;
    return raw;
}
function attr(node, name) {
    const v = node[`@${name}`];
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function cyclonedx_xml_entityName(v) {
    const e = first(v);
    if (!isNode(e))
        return undefined;
    return textOf(e.name) ?? cyclonedx_xml_firstContact([e], 'contact') ?? textOf(e.url);
}
function cyclonedx_xml_firstContact(v, element) {
    const holder = first(v);
    if (!isNode(holder))
        return undefined;
    for (const c of list(holder[element]))
        if (isNode(c))
            return textOf(c.name) ?? textOf(c.email);
    return undefined;
}
function cyclonedx_xml_documentAuthors(metadata) {
    const out = [];
    const authors = first(metadata.authors);
    if (isNode(authors)) {
        for (const a of list(authors.author))
            if (isNode(a) && (textOf(a.name) || textOf(a.email)))
                out.push((textOf(a.name) ?? textOf(a.email)));
    }
    const tools = first(metadata.tools);
    if (isNode(tools)) {
        // 1.2–1.4: <tool>; 1.5+: <components><component> and <services><service> (the old form is still allowed).
        const all = [
            ...list(tools.tool),
            ...list(first(tools.components)?.component),
            ...list(first(tools.services)?.service),
        ];
        for (const t of all) {
            if (!isNode(t))
                continue;
            const name = textOf(t.name);
            if (!name)
                continue;
            const by = textOf(t.vendor) ?? textOf(t.group);
            out.push(`${by ? `${by} ` : ''}${name} (tool)`);
        }
    }
    for (const e of [metadata.manufacturer, metadata.manufacture, metadata.supplier]) {
        const name = cyclonedx_xml_entityName(e);
        if (name)
            out.push(name);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/parsers/sbom/index.js








const FAMILY_NAMES = { cyclonedx: 'CycloneDX', spdx: 'SPDX', spdx3: 'SPDX 3' };
/** Reads one file as an SBOM. Never throws on bad input: the issues say what is wrong and where. */
function readSbom(file) {
    const text = file.text.replace(/^\uFEFF/, '');
    const sniffed = detectText(text);
    if (sniffed.syntax === 'json')
        return readJson(file.path, text, sniffed);
    if (sniffed.syntax === 'xml')
        return readXml(file.path, text, sniffed);
    if (sniffed.syntax === 'tag-value')
        return readTagValueSbom(file.path, text, sniffed);
    return {
        detection: {},
        issues: [
            {
                severity: 'error',
                message: 'is neither CycloneDX (JSON or XML) nor SPDX (JSON or tag-value): no bomFormat, spdxVersion, CycloneDX namespace or SPDXVersion line was found — point `paths` at the SBOM, or regenerate it',
                line: 1,
            },
        ],
    };
}
function readJson(path, text, sniffed) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        const message = e.message;
        const what = sniffed.family ? `${FAMILY_NAMES[sniffed.family]} JSON` : 'JSON';
        return {
            detection: sniffed,
            issues: [
                {
                    severity: 'error',
                    message: `is not valid ${what} (${message.replace(/^JSON\.parse: /, '')}) — a truncated or hand-edited file? Regenerate it`,
                    line: (0,json_lines/* jsonErrorLine */.DP)(text, message) ?? 1,
                },
            ],
        };
    }
    const detection = detectJson(json);
    if (!detection.family) {
        return {
            detection,
            issues: [
                {
                    severity: 'error',
                    message: 'is JSON but neither CycloneDX (no "bomFormat": "CycloneDX") nor SPDX (no "spdxVersion") — point `paths` at the SBOM, or regenerate it',
                    line: 1,
                },
            ],
        };
    }
    if (detection.family === 'spdx3') {
        return {
            detection,
            issues: [
                {
                    severity: 'error',
                    message: 'is an SPDX 3.0 JSON-LD document, which this gate does not support yet — also publish an SPDX 2.3 or CycloneDX SBOM and point `paths` at it',
                    line: 1,
                },
            ],
        };
    }
    const versionIssue = unsupportedVersion(detection);
    if (versionIssue)
        return { detection, issues: [versionIssue] };
    const obj = json;
    const document = detection.family === 'cyclonedx'
        ? readCycloneDxJson(path, text, obj, detection.specVersion)
        : readSpdxJsonDocument(path, text, obj, detection.specVersion);
    return { detection, document, issues: [] };
}
function readXml(path, text, sniffed) {
    if (sniffed.family === 'spdx') {
        return {
            detection: sniffed,
            issues: [
                {
                    severity: 'error',
                    message: 'is SPDX RDF/XML, which this gate does not read — publish the SPDX document as JSON or tag-value (or a CycloneDX SBOM) and point `paths` at it',
                    line: 1,
                },
            ],
        };
    }
    if (sniffed.family !== 'cyclonedx') {
        return {
            detection: sniffed,
            issues: [
                {
                    severity: 'error',
                    message: 'is XML but not a CycloneDX SBOM: no <bom> element in a CycloneDX namespace (http://cyclonedx.org/schema/bom/<version>) was found — point `paths` at the SBOM, or regenerate it',
                    line: 1,
                },
            ],
        };
    }
    const versionIssue = unsupportedVersion(sniffed);
    if (versionIssue)
        return { detection: sniffed, issues: [versionIssue] };
    return readXmlSbom(path, text, sniffed);
}
function unsupportedVersion(d) {
    const known = d.family === 'cyclonedx' ? CYCLONEDX_VERSIONS : SPDX_VERSIONS;
    const field = d.family === 'cyclonedx'
        ? d.encoding === 'xml'
            ? 'the namespace version'
            : 'specVersion'
        : d.encoding === 'tag-value'
            ? 'SPDXVersion'
            : 'spdxVersion';
    if (d.specVersion === undefined) {
        const message = d.encoding === 'xml'
            ? 'has a <bom> element but not in a CycloneDX namespace (xmlns="http://cyclonedx.org/schema/bom/<version>"), so its version is unknown — regenerate the SBOM'
            : `declares no ${field}; a ${FAMILY_NAMES[d.family]} document must say which version of the specification it follows`;
        return { severity: 'error', message, pointer: '', line: 1 };
    }
    if (known.includes(d.specVersion))
        return undefined;
    return {
        severity: 'error',
        message: `declares ${FAMILY_NAMES[d.family]} ${field} "${d.specVersion}", which is not a version this gate knows (${known.join(', ')}) — fix the version or regenerate the SBOM`,
        pointer: d.encoding === 'json' ? (d.family === 'cyclonedx' ? '/specVersion' : '/spdxVersion') : undefined,
        line: d.encoding === 'json' ? undefined : 1,
    };
}
/** Schema validation of a document read by readSbom: JSON Schema for JSON, the XSD for XML, the spec's fields for tag-value. */
async function validateSbomSchema(doc) {
    if (doc.encoding === 'json' && hasJsonSchema(doc.family, doc.specVersion))
        return validateJsonSchema(doc.family, doc.specVersion, doc.json);
    if (doc.encoding === 'xml')
        return validateXmlSbom(doc);
    return [];
}
/** Everything readSbom and the checks that need no policy find: parse, schema (optional), identifiers and references. */
async function inspectSbom(file, opts) {
    // CycloneDX XML: the XSD validation is posted to its worker first and runs while the document is read here.
    const sniffed = opts.schema ? detectText(file.text) : undefined;
    const early = sniffed?.syntax === 'xml' ? await startXmlValidation(file.text.replace(/^\uFEFF/, ''), sniffed, file.bytes) : undefined;
    const result = readSbom(file);
    // The document is parsed: what waited for the parse to be over (a lockfile's parse on the second core, which
    // would otherwise take the core this thread's garbage collector works on) may start.
    opts.afterRead?.(result);
    if (!result.document) {
        // Not read (not well-formed, say): the validation's verdict adds nothing to what the reader says.
        if (early)
            void early.result;
        return result;
    }
    const issues = [...result.issues, ...result.document.issues];
    if (opts.schema)
        issues.push(...(early && result.document.encoding === 'xml' ? await early.result : await validateSbomSchema(result.document)));
    issues.push(...checkIntegrity(result.document));
    return { ...result, issues };
}
// Filled in by the XML and SPDX readers.





/***/ }),

/***/ 9493:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PY: () => (/* binding */ walkedIndex),
/* harmony export */   W7: () => (/* binding */ walkDefinitions),
/* harmony export */   XZ: () => (/* binding */ longestList),
/* harmony export */   uB: () => (/* binding */ KEYED_LIST),
/* harmony export */   vH: () => (/* binding */ jsonIndex)
/* harmony export */ });
/* harmony import */ var _json_lines_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76902);

/** Lists longer than this are noted in refKeyedLists (shorter ones are compared pair by pair). */
const KEYED_LIST = 16;
/** Members whose subtrees hold no bom-ref definitions: `dependencies[].ref`, dependsOn and provides are references. */
const NOT_DEFINING_REFS = new Set(['dependencies', 'properties', 'hashes']);
const memo = new WeakMap();
/** The index of a document already walked, without walking it. */
function walkedIndex(json) {
    return json !== null && typeof json === 'object' ? memo.get(json) : undefined;
}
function jsonIndex(json) {
    const cached = walkedIndex(json);
    if (cached)
        return cached;
    const refs = new Set();
    const repeatedRefs = new Set();
    const refKeyedLists = new Set();
    walkDefinitions(json, {
        keyedList(list) {
            refKeyedLists.add(list);
        },
        ref(ref) {
            // One hash look-up per definition: the set grows unless the bom-ref is already in it.
            const size = refs.size;
            if (refs.add(ref).size === size)
                repeatedRefs.add(ref);
        },
    });
    const index = { refs, repeatedRefs, refKeyedLists };
    if (json !== null && typeof json === 'object')
        memo.set(json, index);
    return index;
}
/**
 * Visits every bom-ref definition (none below a NOT_DEFINING_REFS member). With `pointers`, definitions come in
 * document order with their JSON pointers, for placing a finding; without, in any order with an empty pointer — the
 * walk every large SBOM pays builds no string and no key list per object.
 */
function walkDefinitions(json, visit, pointers = false) {
    // Iterative: deep documents must not overflow the stack. Only objects and arrays are pushed, never a subtree
    // below a NOT_DEFINING_REFS member (nothing there is a definition).
    const values = [];
    const places = [];
    if (json !== null && typeof json === 'object') {
        values.push(json);
        places.push('');
    }
    while (values.length) {
        const v = values.pop();
        const place = pointers ? places.pop() : '';
        if (Array.isArray(v)) {
            // Whether every item is an object with a string bom-ref, for a list long enough to be noted.
            let keyed = visit.keyedList !== undefined && v.length > KEYED_LIST;
            // Last to first, so that they are taken first to last.
            for (let i = v.length - 1; i >= 0; i--) {
                const x = v[i];
                if (x !== null && typeof x === 'object') {
                    values.push(x);
                    if (pointers)
                        places.push(`${place}/${i}`);
                    if (keyed && (Array.isArray(x) || typeof x['bom-ref'] !== 'string'))
                        keyed = false;
                }
                else
                    keyed = false;
            }
            if (keyed)
                visit.keyedList(v);
            continue;
        }
        const o = v;
        const ref = o['bom-ref'];
        if (typeof ref === 'string')
            visit.ref(ref, pointers ? `${place}/bom-ref` : '');
        if (pointers) {
            const keys = Object.keys(o);
            for (let k = keys.length - 1; k >= 0; k--) {
                const key = keys[k];
                const x = o[key];
                if (x !== null && typeof x === 'object' && !NOT_DEFINING_REFS.has(key)) {
                    values.push(x);
                    places.push(`${place}/${(0,_json_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .pointerSegment */ .LQ)(key)}`);
                }
            }
        }
        else {
            for (const k in o) {
                const x = o[k];
                if (x !== null && typeof x === 'object' && !NOT_DEFINING_REFS.has(k))
                    values.push(x);
            }
        }
    }
}
/** The number of entries of the longest list anywhere in the document (only an invalid document's listing asks). */
function longestList(json) {
    let longest = 0;
    const values = [json];
    while (values.length) {
        const v = values.pop();
        if (Array.isArray(v)) {
            if (v.length > longest)
                longest = v.length;
            for (let i = 0; i < v.length; i++) {
                const x = v[i];
                if (x !== null && typeof x === 'object')
                    values.push(x);
            }
        }
        else if (v !== null && typeof v === 'object') {
            for (const k in v) {
                const x = v[k];
                if (x !== null && typeof x === 'object')
                    values.push(x);
            }
        }
    }
    return longest;
}


/***/ }),

/***/ 76902:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DP: () => (/* binding */ jsonErrorLine),
/* harmony export */   LQ: () => (/* binding */ pointerSegment),
/* harmony export */   hR: () => (/* binding */ jsonPointerLines)
/* harmony export */ });
/* unused harmony export lineAt */
// Lines of JSON pointers, found in one pass over the text. JSON.parse keeps no positions, and the gate needs a
// line only for the few places it reports, so this runs once per file, only when there is something to place.
/** Maps each wanted pointer to the line (1-based) where its value starts; a pointer that does not exist maps to the line of its nearest existing parent. */
function jsonPointerLines(text, wanted) {
    const out = new Map();
    if (wanted.length === 0)
        return out;
    const found = scanPointerLines(text, wantedPrefixes(wanted));
    for (const p of wanted) {
        const l = nearestFoundLine(found, p);
        if (l !== undefined)
            out.set(p, l);
    }
    return out;
}
/** Every prefix of a wanted pointer: the scan builds pointer strings only inside these. */
function wantedPrefixes(wanted) {
    const prefixes = new Set(['']);
    for (const p of wanted) {
        const parts = p.split('/');
        for (let i = 1; i <= parts.length; i++)
            prefixes.add(parts.slice(0, i).join('/'));
    }
    return prefixes;
}
/** The line of the pointer, or of its nearest parent found by the scan. */
function nearestFoundLine(found, p) {
    let q = p;
    for (;;) {
        const l = found.get(q);
        if (l !== undefined)
            return l;
        if (q === '')
            return undefined;
        q = q.slice(0, q.lastIndexOf('/'));
    }
}
/** One pass over the text: the line where each value whose pointer is in `prefixes` starts. */
function scanPointerLines(text, prefixes) {
    const found = new Map();
    // The stack holds, per open container, its pointer (or undefined when outside every wanted prefix),
    // whether it is an array, its next index, and the pending key.
    const stack = [];
    let line = 1;
    const n = text.length;
    let i = 0;
    const childPtr = () => {
        const top = stack[stack.length - 1];
        if (!top)
            return '';
        if (top.ptr === undefined)
            return undefined;
        const seg = top.array ? String(top.index) : (top.key ?? '').replace(/~/g, '~0').replace(/\//g, '~1');
        const ptr = `${top.ptr}/${seg}`;
        return prefixes.has(ptr) ? ptr : undefined;
    };
    const valueStarts = () => {
        const ptr = childPtr();
        if (ptr !== undefined)
            found.set(ptr, line);
        return ptr;
    };
    const valueEnds = () => {
        const top = stack[stack.length - 1];
        if (top?.array)
            top.index++;
        else if (top)
            top.key = undefined;
    };
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 10) {
            line++;
            i++;
        }
        else if (c === 123 || c === 91) {
            // { or [
            const ptr = valueStarts();
            stack.push({ ptr, array: c === 91, index: 0, key: undefined });
            i++;
        }
        else if (c === 125 || c === 93) {
            stack.pop();
            valueEnds();
            i++;
        }
        else if (c === 34) {
            // a string: a key when the top is an object without a pending key
            let j = i + 1;
            let escaped = false;
            while (j < n) {
                const d = text.charCodeAt(j);
                if (escaped)
                    escaped = false;
                else if (d === 92)
                    escaped = true;
                else if (d === 34)
                    break;
                else if (d === 10)
                    line++;
                j++;
            }
            const top = stack[stack.length - 1];
            if (top && !top.array && top.key === undefined) {
                const raw = text.slice(i + 1, j);
                top.key = top.ptr === undefined ? '' : raw.includes('\\') ? safeJsonString(raw) : raw;
            }
            else {
                valueStarts();
                valueEnds();
            }
            i = j + 1;
        }
        else if (c === 44 || c === 58 || c === 32 || c === 9 || c === 13) {
            i++;
        }
        else {
            // a number, true, false or null
            valueStarts();
            while (i < n && !',]}\n \t\r'.includes(text[i]))
                i++;
            valueEnds();
        }
    }
    return found;
}
function safeJsonString(raw) {
    try {
        return JSON.parse(`"${raw}"`);
    }
    catch {
        return raw;
    }
}
/** The line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    const end = Math.min(offset, text.length);
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** Where JSON.parse stopped, from its message (Node 20: "at position N"; newer: "(line L column C)"). */
function jsonErrorLine(text, message) {
    const lc = /line (\d+) column \d+/.exec(message);
    if (lc)
        return Number(lc[1]);
    const pos = /at position (\d+)/.exec(message);
    if (pos)
        return lineAt(text, Number(pos[1]));
    if (/Unexpected end of JSON input/.test(message))
        return lineAt(text, text.length);
    return undefined;
}
function pointerSegment(key) {
    return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 37571:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ formats),
/* harmony export */   KE: () => (/* binding */ ucs2length),
/* harmony export */   Ue: () => (/* binding */ firstDuplicate),
/* harmony export */   y5: () => (/* binding */ fastRegExp)
/* harmony export */ });
/* unused harmony exports equal, canonical */
/* harmony import */ var ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10779);
/* harmony import */ var ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24951);
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36214);
/* harmony import */ var _json_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9493);




// What a schema validator calls at validation time, whether ajv compiled it in this process (the error listing) or
// it was generated at build time (schemas/validators/, which refer to these as `runtime.<name>`): one definition for
// both, so the two judge alike.
// ajv's own runtime helpers, which its generated code names by a require() that ESM chunks cannot make. They are
// CommonJS modules with a default export: Node hands an ES module their exports object, bundlers and vitest the
// export itself.
const defaultOf = (m) => (typeof m === 'function' ? m : m.default);
const ucs2length = defaultOf(ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_2__);
const equal = defaultOf(ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_3__);
/** The formats ajv-formats defines, and those it does not, checked loosely rather than rejected as unknown. */
const formats = {
    ...ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .fullFormats */ .U9,
    'iri-reference': true,
    iri: true,
    'idn-hostname': true,
    'idn-email': /^[^\s@]+@[^\s@]+$/u,
};
// The CycloneDX hash pattern is an alternation of lengths that a backtracking engine tries one by one over up to
// 128 characters, for every hash of every component; the same language, checked as "hex, of one of these lengths".
const HASH_PATTERN = '^([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128})$';
const HASH_LENGTHS = new Set([32, 40, 64, 96, 128]);
const HEX = /^[a-fA-F0-9]*$/;
function fastRegExp(pattern, flags) {
    // ajv keys its cache of patterns by toString().
    if (pattern === HASH_PATTERN)
        return { test: (s) => HASH_LENGTHS.has(s.length) && HEX.test(s), toString: () => `/${HASH_PATTERN}/hash-lengths` };
    return new RegExp(pattern, flags);
}
// The name generated validators call it by.
fastRegExp.code = 'runtime.fastRegExp';
/**
 * The indexes of the first two items that are equal as JSON values, in linear time. Items are bucketed by a
 * cheap fingerprint that equal values always share (key order does not change it); only items sharing a bucket
 * are compared by their canonical serialization.
 */
function firstDuplicate(items, root) {
    const n = items.length;
    if (n < 2)
        return undefined;
    if (root !== undefined && n > SMALL_ARRAY && distinctByRef(items, root))
        return undefined;
    if (n <= SMALL_ARRAY)
        return firstDuplicateSmall(items);
    // One set entry per item (one hash look-up each) and no array per bucket: buckets are built only for fingerprints
    // that collide.
    const prints = new Set();
    let collisions;
    for (let i = 0; i < n; i++) {
        const key = fingerprint(items[i]);
        const size = prints.size;
        if (prints.add(key).size === size)
            (collisions ??= []).push(key);
    }
    if (!collisions)
        return undefined;
    const buckets = new Map();
    for (const key of collisions)
        if (!buckets.has(key))
            buckets.set(key, []);
    for (let i = 0; i < n; i++) {
        const list = buckets.get(fingerprint(items[i]));
        if (list)
            list.push(i);
    }
    let best;
    for (const list of buckets.values()) {
        const seen = new Map();
        for (const i of list) {
            const c = canonical(items[i]);
            const j = seen.get(c);
            if (j !== undefined) {
                if (!best || i < best[1])
                    best = [j, i];
                break;
            }
            seen.set(c, i);
        }
    }
    return best;
}
/**
 * Whether every item is an object whose bom-ref is defined once in the whole document (in the walk's refs and not
 * in its repeatedRefs): equal items would share their bom-ref, so such items are all different, and no table is built.
 * Where no bom-ref is defined twice, a list the walk noted as holding only such objects needs no look-up at all.
 */
function distinctByRef(items, root) {
    const index = (0,_json_index_js__WEBPACK_IMPORTED_MODULE_1__/* .walkedIndex */ .PY)(root);
    if (!index)
        return false;
    if (index.repeatedRefs.size === 0 && index.refKeyedLists.has(items))
        return true;
    const { refs, repeatedRefs } = index;
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        const ref = item !== null && typeof item === 'object' ? item['bom-ref'] : undefined;
        if (typeof ref !== 'string' || !refs.has(ref) || repeatedRefs.has(ref))
            return false;
    }
    return true;
}
/** Up to this many items, pairs are compared directly: most arrays (licenses, hashes, dependsOn) are this short. */
const SMALL_ARRAY = _json_index_js__WEBPACK_IMPORTED_MODULE_1__/* .KEYED_LIST */ .uB;
function firstDuplicateSmall(items) {
    const prints = items.map(fingerprint);
    // Pairs in the order the large path reports: the earliest second item, then its earliest equal.
    for (let i = 1; i < items.length; i++) {
        for (let j = 0; j < i; j++) {
            if (prints[i] === prints[j] && canonical(items[i]) === canonical(items[j]))
                return [j, i];
        }
    }
    return undefined;
}
/**
 * Equal JSON values give equal fingerprints. A string is its own; other primitives are tagged with their type.
 * An object with a string "bom-ref" (components, services) or "ref" (dependencies) is fingerprinted by it, since
 * equal objects have equal members; any other object by an order-free sum over its primitive members.
 */
function fingerprint(v) {
    if (v === null || typeof v !== 'object')
        return typeof v === 'string' ? v : `\u0000${typeof v}${String(v)}`;
    if (Array.isArray(v))
        return `\u0000a${v.length}`;
    const o = v;
    const ref = o['bom-ref'];
    if (typeof ref === 'string')
        return ref;
    if (typeof o.ref === 'string')
        return o.ref;
    let h = 0;
    let n = 0;
    for (const k in o) {
        n++;
        const x = o[k];
        // No string is built per member: the key and the value are hashed in sequence.
        if (x === null || typeof x !== 'object')
            h = (h + hashString(typeof x === 'string' ? x : `\u0001${String(x)}`, hashString(k) ^ 0x5bd1e995)) | 0;
    }
    // A small integer key (V8 keeps it unboxed).
    return (Math.imul(h, 31) + n) & 0x3fffffff;
}
function hashString(s, seed = 0x811c9dc5) {
    let h = seed;
    for (let i = 0; i < s.length; i++)
        h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    return h;
}
/** A serialization equal for equal JSON values: object keys sorted. */
function canonical(v) {
    if (v === null || typeof v !== 'object')
        return typeof v === 'string' ? JSON.stringify(v) : String(v);
    if (Array.isArray(v)) {
        let s = '[';
        for (let i = 0; i < v.length; i++)
            s += (i ? ',' : '') + canonical(v[i]);
        return `${s}]`;
    }
    const keys = Object.keys(v).sort();
    let s = '{';
    for (let i = 0; i < keys.length; i++)
        s += `${i ? ',' : ''}${JSON.stringify(keys[i])}:${canonical(v[keys[i]])}`;
    return `${s}}`;
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


/***/ }),

/***/ 13384:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J8: () => (/* binding */ readAtHeadOrReport),
/* harmony export */   XB: () => (/* binding */ readOrFinding),
/* harmony export */   jg: () => (/* binding */ unreadableFinding)
/* harmony export */ });
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82458);

/**
 * Reads a file at head under a byte cap for a gate that goes on without it: an unreadable (symlinked, oversized)
 * or missing file becomes an `error` finding on that file instead of an exception, so the other files still count.
 * `ifMissing` says what to do when the file is not there (by default: the policy named it).
 */
async function readAtHeadOrReport(facts, path, cap, what, findings, ifMissing = 'commit it or fix the path in the policy') {
    let file;
    try {
        file = await facts.readAtHead(path, { maxBytes: cap });
    }
    catch (e) {
        if (!(e instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .FactError */ .n))
            throw e;
        findings.push({ severity: 'error', message: `The ${what} ${path} could not be read: ${e.message}`, file: path });
        return undefined;
    }
    if (!file) {
        findings.push({
            severity: 'error',
            message: `The ${what} ${path} is not in the head commit — ${ifMissing}`,
            file: path,
        });
        return undefined;
    }
    // A fact source that ignores maxBytes (or a cached read made under a larger cap) must not slip past the cap.
    if (file.bytes.length > cap) {
        findings.push({
            severity: 'error',
            message: `The ${what} ${path} is ${file.bytes.length} bytes, over the gate's max_file_bytes of ${cap}; it was not checked — raise max_file_bytes or split it`,
            file: path,
        });
        return undefined;
    }
    return file;
}
/** A file the facts refused (a symlink, over the size cap) is a finding on that file, not a crash. */
async function readOrFinding(read, path, what) {
    try {
        const f = await read(path);
        return f ? { text: f.text } : { finding: unreadableFinding({ path }, what) };
    }
    catch (e) {
        if (!(e instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .FactError */ .n))
            throw e;
        return { finding: unreadableFinding({ path, error: e }, what) };
    }
}
/** Why a listed file gave no text (refused, or gone), as a finding on that file. */
function unreadableFinding(file, what) {
    return file.error
        ? { severity: 'error', message: `${file.error.message} (${what} cannot be checked until it can be read).`, file: file.path }
        : { severity: 'error', message: `${file.path} was listed but could not be read — ${what}.`, file: file.path };
}


/***/ }),

/***/ 82352:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ compareVersionStrings)
/* harmony export */ });
/** Semver-like order: numeric parts numerically, a pre-release (after "-") below its release; build metadata ignored. */
function compareVersionStrings(a, b) {
    const [ra, pa] = splitPre(a);
    const [rb, pb] = splitPre(b);
    const d = compareParts(ra, rb);
    if (d)
        return d;
    if (pa === undefined || pb === undefined)
        return pa === pb ? 0 : pa === undefined ? 1 : -1;
    return compareParts(pa, pb);
}
function splitPre(v) {
    const plain = v.split('+')[0];
    const dash = plain.indexOf('-');
    return dash === -1 ? [plain, undefined] : [plain.slice(0, dash), plain.slice(dash + 1)];
}
function compareParts(a, b) {
    const xa = a.split(/[.-]/);
    const xb = b.split(/[.-]/);
    for (let i = 0; i < Math.max(xa.length, xb.length); i++) {
        const p = xa[i] ?? '0';
        const q = xb[i] ?? '0';
        if (p === q)
            continue;
        const np = /^\d+$/.test(p);
        const nq = /^\d+$/.test(q);
        if (np && nq) {
            // By digits, not Number(): "01" equals "1" and the next part decides; 400 digits do not become Infinity.
            const d = compareDigits(p, q);
            if (d)
                return d;
            continue;
        }
        if (np !== nq)
            return np ? -1 : 1;
        return p < q ? -1 : 1;
    }
    return 0;
}
function compareDigits(a, b) {
    const x = a.replace(/^0+(?=\d)/, '');
    const y = b.replace(/^0+(?=\d)/, '');
    return x.length !== y.length ? x.length - y.length : x < y ? -1 : x > y ? 1 : 0;
}


/***/ })

};
