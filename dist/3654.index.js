export const id = 3654;
export const ids = [3654];
export const modules = {

/***/ 73377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ DEFAULT_POLICY_PATH),
/* harmony export */   m: () => (/* binding */ MAX_POLICY_BYTES)
/* harmony export */ });
// Defaults the entry points share: one place, so the CLI and the action read the same policy by default.
/** Where the policy lives when neither --policy nor the `policy` input names it. */
const DEFAULT_POLICY_PATH = '.github/sdlc-gate.yml';
/** The largest policy file (or file it extends) read, in bytes. */
const MAX_POLICY_BYTES = 1024 * 1024;


/***/ }),

/***/ 6043:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wv: () => (/* binding */ TOP),
  $5: () => (/* binding */ policySchemas),
  qA: () => (/* binding */ validatorFor)
});

// UNUSED EXPORTS: schemaKey

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/policy/schema.js
var schema = __webpack_require__(35991);
;// CONCATENATED MODULE: ./lib/policy/validators.js
// One chunk per schema: a run loads the top level and the validators of the rules its gates run. `key` is the
// digest of the schema it was generated from; a schema that differs is compiled by ajv instead (src/policy/compiled.ts).
const POLICY_VALIDATORS = {
    " top": { key: "672ef28dfc0ec276087f9be60b62e285", load: () => __webpack_require__.e(/* import() */ 664).then(__webpack_require__.bind(__webpack_require__, 664)).then((m) => m.default) },
    "reviews": { key: "270231f1823beba4ae7278bd6ef1e95e", load: () => __webpack_require__.e(/* import() */ 2385).then(__webpack_require__.bind(__webpack_require__, 42385)).then((m) => m.default) },
    "protected-files": { key: "f358ed8805aab9795d68aa1d9b032c39", load: () => __webpack_require__.e(/* import() */ 7900).then(__webpack_require__.bind(__webpack_require__, 97900)).then((m) => m.default) },
    "sbom": { key: "f8dd4b5d1e39f9afc0ba13067c7946d2", load: () => __webpack_require__.e(/* import() */ 8183).then(__webpack_require__.bind(__webpack_require__, 8183)).then((m) => m.default) },
    "traceability": { key: "a06edf4a344599619a1654b2f991acce", load: () => __webpack_require__.e(/* import() */ 9611).then(__webpack_require__.bind(__webpack_require__, 49611)).then((m) => m.default) },
    "updated-with": { key: "b9ecf04c5416ecaae7ccbc3e88ce6595", load: () => __webpack_require__.e(/* import() */ 8724).then(__webpack_require__.bind(__webpack_require__, 78724)).then((m) => m.default) },
    "change-request": { key: "0716e88b334bb83733c16b87c2333e34", load: () => __webpack_require__.e(/* import() */ 4130).then(__webpack_require__.bind(__webpack_require__, 94130)).then((m) => m.default) },
    "checklist": { key: "c983f5bd1731ef2d0681c011b2e12606", load: () => __webpack_require__.e(/* import() */ 5380).then(__webpack_require__.bind(__webpack_require__, 95380)).then((m) => m.default) },
    "risk-register": { key: "44532fe8d018ab79d4ac2fac517b6faa", load: () => __webpack_require__.e(/* import() */ 2103).then(__webpack_require__.bind(__webpack_require__, 42103)).then((m) => m.default) },
    "soup": { key: "efafc3385e514bc1a198272896e2cee5", load: () => __webpack_require__.e(/* import() */ 701).then(__webpack_require__.bind(__webpack_require__, 90701)).then((m) => m.default) },
    "vulnerabilities": { key: "f3c75be30290c6a0b29f146f9f29e9ec", load: () => __webpack_require__.e(/* import() */ 4046).then(__webpack_require__.bind(__webpack_require__, 54046)).then((m) => m.default) },
};

;// CONCATENATED MODULE: ./lib/policy/compiled.js



// The validators of a policy's schemas: generated at build time (./validators/, see ./standalone.ts) when the schema
// is the one they were generated from — no ajv is loaded, nothing compiled at run time — else compiled by ajv
// (compilePolicySchema in ./standalone.ts: a rule list of a test, or a schema changed since the validators were
// generated).
/** The key of the top-level validator among the gate validators (no rule can be named so). */
const TOP = ' top';
/** What ties a validator to its schema: a digest of the schema's JSON. */
function schemaKey(schema) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 32);
}
/** The schemas a policy is validated against: the top level (TOP), and each rule's gate schema, by rule name. */
function policySchemas(rules) {
    const names = rules.map((r) => r.name);
    return new Map([
        [TOP, (0,schema/* topLevelSchema */.Vu)()],
        ...rules.map((r) => [r.name, (0,schema/* gateSchema */.Tp)(r, names)]),
    ]);
}
/** The validator of one schema (TOP or a rule's name), generated when it matches, else compiled. */
async function validatorFor(key, schema) {
    const generated = Object.hasOwn(POLICY_VALIDATORS, key) ? POLICY_VALIDATORS[key] : undefined;
    if (generated && generated.key === schemaKey(schema))
        return generated.load();
    const { compilePolicySchema } = await Promise.all(/* import() */[__webpack_require__.e(2463), __webpack_require__.e(5599)]).then(__webpack_require__.bind(__webpack_require__, 35599));
    return compilePolicySchema(schema);
}


/***/ }),

/***/ 16518:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e4: () => (/* binding */ PolicyLoader)
});

// UNUSED EXPORTS: MAX_EXTENDS_DEPTH, MAX_EXTENDS_FILES

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/policy/compiled.js + 1 modules
var compiled = __webpack_require__(6043);
;// CONCATENATED MODULE: ./lib/policy/presets.js
// Generated from policies/*.yml by scripts/embed-presets.mjs — edit those files, then run `npm run build`.
const PRESETS = {
    "fda-cybersecurity": "# FDA premarket cybersecurity (section 524B of the FD&C Act; the 2023 guidance \"Cybersecurity in Medical Devices\").\n# An SBOM with support level and end-of-support per component, a threat model updated with the code (or a waiver\n# from a security reviewer: list them in groups.security-reviewers), and a security impact assessment on every PR.\n# Combine with a class preset: extends: [iec62304-class-c, fda-cybersecurity]. It sets no classification.\nversion: 1\ngroups:\n  security-reviewers: []\ngates:\n  sbom:\n    refs: [\"FD&C Act 524B(b)(3)\", \"FDA premarket cybersecurity guidance V.A.4\"]\n    fda: true\n  threat-model:\n    rule: updated-with\n    refs: [\"FDA premarket cybersecurity guidance V.A.1\", \"FD&C Act 524B(b)(2)\"]\n    changed: [\"src/**\"]\n    require: [\"docs/threat-model.md\", \"docs/threat-model/**\", \"docs/security/**\"]\n    waiver: { label: no-security-impact, from: [security-reviewers] }\n  security-checklist:\n    rule: checklist\n    refs: [\"FDA premarket cybersecurity guidance V.A.2\", \"FD&C Act 524B(b)(2)\"]\n    items: [\"Security impact assessed\"]\n",
    "iec62304-class-a": "# IEC 62304 software safety class A: no injury possible.\n# Every change is reviewed by someone other than its author and references its change request; the lifecycle's own\n# controls are protected; requirements are tested; SOUP is identified.\n# Paths follow a conventional layout (docs/requirements/, docs/soup.yml); override them in your policy.\nversion: 1\nclassification:\n  default: A\ngates:\n  reviews:\n    refs: [\"IEC 62304 5.1.1\", \"IEC 62304 8.2.2\"]\n    approvals: 1\n  policy-integrity:\n    rule: protected-files\n    refs: [\"IEC 62304 8.1\", \"21 CFR 820.30(i)\"]\n    approvals: 1\n  change-request:\n    refs: [\"IEC 62304 8.2.1\", \"IEC 62304 8.2.4\", \"IEC 62304 9.1\"]\n  traceability:\n    refs: [\"IEC 62304 5.2.6\", \"IEC 62304 5.7.4\", \"IEC 62304 5.7.5\"]\n    requirements: [\"docs/requirements/**\"]\n    suspect: warning\n  soup:\n    refs: [\"IEC 62304 8.1.2\"]\n    file: docs/soup.yml\n",
    "iec62304-class-b": "# IEC 62304 software safety class B: non-serious injury possible.\n# Class A, plus: code owners of each changed file approve it; SOUP carries its requirements, risk and anomaly review;\n# the risk register's controls trace to tested requirements; a code change updates the risk file or is waived by a\n# risk manager (list them in groups.risk-managers).\nversion: 1\nextends: [iec62304-class-a]\ngroups:\n  risk-managers: []\nclassification:\n  default: B\ngates:\n  reviews:\n    approvals: 1\n    code_owners: true\n  soup:\n    refs: [\"IEC 62304 8.1.2\", \"IEC 62304 5.3.3\", \"IEC 62304 5.3.4\", \"IEC 62304 7.1.2\", \"IEC 62304 7.1.3\"]\n  risk-register:\n    refs: [\"ISO 14971 7\", \"IEC 62304 7.1\", \"IEC 62304 7.2.2\", \"IEC 62304 7.3.1\", \"IEC 62304 7.3.3\"]\n    file: docs/risk/risk-register.yml\n    requirements_from: traceability\n    verified: true\n  risk-file:\n    rule: updated-with\n    refs: [\"IEC 62304 7.4.1\", \"IEC 62304 7.4.3\", \"ISO 14971 10\"]\n    when: { class: [B, C] }\n    changed: [\"src/**\"]\n    require: [\"docs/risk/**\"]\n    waiver: { label: no-risk-impact, from: [risk-managers] }\n",
    "iec62304-class-c": "# IEC 62304 software safety class C: death or serious injury possible.\n# Class B, plus two independent approvals on any change that touches a class C software item, and a requirement\n# changed without its tests (a suspect link) fails instead of warning.\nversion: 1\nextends: [iec62304-class-b]\nclassification:\n  default: C\ngates:\n  class-c-review:\n    rule: reviews\n    refs: [\"IEC 62304 5.5.3\", \"IEC 62304 5.5.4\"]\n    when: { class: [C] }\n    approvals: 2\n  traceability:\n    suspect: error\n",
};

// EXTERNAL MODULE: ./lib/policy/regex.js
var regex = __webpack_require__(94929);
// EXTERNAL MODULE: ./lib/util/glob.js + 1 modules
var glob = __webpack_require__(95211);
;// CONCATENATED MODULE: ./lib/policy/types.js
/** Keys every gate accepts; all other keys are the rule's options. */
const COMMON_GATE_KEYS = ['rule', 'when', 'level', 'refs', 'enabled', 'locked'];

;// CONCATENATED MODULE: ./lib/policy/load.js






const REMOTE_EXTENDS = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)\/([^@]+)@([^@\s]+)$/;
/** Files in one chain of `extends` (the policy itself included), and files loaded in all. */
const MAX_EXTENDS_DEPTH = 8;
const MAX_EXTENDS_FILES = 32;
/** YAML aliases are capped so an alias bomb is refused rather than expanded. */
const MAX_ALIAS_COUNT = 50;
const MAX_POLICY_BYTES = 1024 * 1024;
/** What an `extends` entry names, known before anything is read (so a repeated entry costs no read). */
function identifyExtends(name, origin) {
    if (PRESETS[name] !== undefined)
        return { key: `preset:${name}`, file: `preset:${name}` };
    const central = REMOTE_EXTENDS.exec(name);
    if (central)
        return { key: `${central[1]}/${central[2]}@${central[4]}:${central[3]}`, file: name };
    const looksLikePath = name.includes('/') || /\.ya?ml$/.test(name);
    if (!looksLikePath) {
        return {
            error: `extends "${name}" is neither a built-in preset (${Object.keys(PRESETS).join(', ')}), nor a repo-relative .yml file, nor owner/repo/path@ref`,
        };
    }
    return { key: `${origin}:${name}`, file: name };
}
class PolicyLoader {
    rules;
    schemas;
    /** The validators loaded so far, by TOP or rule name: generated at build time, or compiled (src/policy/compiled.ts). */
    validators = new Map();
    constructor(rules) {
        this.rules = new Map(rules.map((r) => [r.name, r]));
        this.schemas = (0,compiled/* policySchemas */.$5)(rules);
    }
    /** The validator of the top level (TOP) or of a rule's gates, loaded once. */
    validator(key) {
        let validate = this.validators.get(key);
        if (!validate)
            this.validators.set(key, (validate = (0,compiled/* validatorFor */.qA)(key, this.schemas.get(key))));
        return validate;
    }
    /** Parses and validates `text` (the file at `file`), following `extends` through `read`. */
    async load(file, text, read, readRemote) {
        const errors = [];
        const notes = [];
        const walk = {
            readRemote,
            notes,
            errors,
            loaded: new Set([`:${file}`]),
            localFiles: [],
            layers: [],
            validateTop: await this.validator(compiled/* TOP */.wv),
        };
        await this.collectLayers({ file, key: `:${file}`, text, read, origin: '' }, [], walk);
        if (walk.layers.length === 0)
            return { ok: false, errors };
        const policy = await this.merge(file, walk.layers, errors);
        return errors.length > 0 ? { ok: false, errors } : { ok: true, policy: { ...policy, files: walk.localFiles }, notes };
    }
    /**
     * Appends the layers in merge order: extended files first (depth first), the file itself last. A file reached
     * twice (a diamond, or a fan-out that names it again) is loaded once, at its first place; a chain longer than
     * MAX_EXTENDS_DEPTH or more than MAX_EXTENDS_FILES files in all is refused, naming the chain.
     */
    async collectLayers(source, chain, walk) {
        if (source.origin === '' && !source.file.startsWith('preset:'))
            walk.localFiles.push(source.file);
        const layer = this.parseLayer(source.file, source.text, walk);
        if (!layer)
            return;
        const extendsNode = layer.data.extends;
        const path = [...chain, source];
        const names = (list, last) => [...list.map((s) => s.file), ...(last ? [last] : [])].join(' → ');
        for (const [index, name] of (extendsNode ?? []).entries()) {
            const at = position(layer, ['extends', index]);
            const target = identifyExtends(name, source.origin);
            if ('error' in target) {
                walk.errors.push({ ...at, message: target.error });
                continue;
            }
            if (path.some((s) => s.key === target.key)) {
                walk.errors.push({ ...at, message: `extends "${name}" forms a cycle (${names(path, target.file)}); remove one of the references` });
                continue;
            }
            if (walk.loaded.has(target.key))
                continue; // already a layer, at its first place
            if (path.length + 1 > MAX_EXTENDS_DEPTH) {
                walk.errors.push({
                    ...at,
                    message: `extends is nested deeper than ${MAX_EXTENDS_DEPTH} files (${names(path, target.file)}); flatten the chain`,
                });
                continue;
            }
            if (walk.loaded.size + 1 > MAX_EXTENDS_FILES) {
                walk.errors.push({
                    ...at,
                    message: `extends would load more than ${MAX_EXTENDS_FILES} policy files; stopped at "${name}" (named by ${names(path)}) — merge some of them`,
                });
                return;
            }
            walk.loaded.add(target.key);
            const found = await this.resolveExtends(name, source.read, walk).catch((e) => ({ error: e.message }));
            if ('error' in found) {
                walk.errors.push({ ...at, message: found.error });
                continue;
            }
            await this.collectLayers({ file: found.file, key: target.key, text: found.text, read: found.read ?? source.read, origin: found.origin ?? source.origin }, path, walk);
        }
        walk.layers.push(layer);
    }
    async resolveExtends(name, read, remote) {
        const preset = PRESETS[name];
        if (preset !== undefined)
            return { file: `preset:${name}`, text: preset };
        const central = REMOTE_EXTENDS.exec(name);
        if (central) {
            const [, owner, repo, path, ref] = central;
            if (!remote.readRemote)
                return {
                    error: `extends "${name}" names a policy in another repository, which only the action (or GITHUB_TOKEN in the environment) can read`,
                };
            const problem = (0,glob/* globProblem */.A)(path);
            if (problem)
                return { error: `extends ${problem}` };
            const found = await remote.readRemote({ owner, repo, path, ref });
            if (!found)
                return { error: `extends "${name}": ${owner}/${repo} has no ${path} at ${ref}` };
            if (found.moving)
                remote.notes.push(`The policy extends ${name}, whose ref ${ref} is a branch that can move; pin it to a tag or commit SHA so every evaluation is reproducible.`);
            // Files that the central policy extends by relative path come from the same repository and ref.
            const readSibling = async (p) => (await remote.readRemote({ owner, repo, path: p, ref }))?.text;
            return { file: name, text: found.text, read: readSibling, origin: `${owner}/${repo}@${ref}` };
        }
        const problem = (0,glob/* globProblem */.A)(name);
        if (problem)
            return { error: `extends ${problem}` };
        const text = await read(name);
        if (text === undefined)
            return { error: `extends "${name}": no such file in the repository at the commit the policy is read at` };
        return { file: name, text };
    }
    parseLayer(file, text, { errors, validateTop }) {
        if (Buffer.byteLength(text) > MAX_POLICY_BYTES) {
            errors.push({ file, line: 1, col: 1, message: `the policy is larger than ${MAX_POLICY_BYTES} bytes; split it with extends` });
            return undefined;
        }
        const lines = new dist/* LineCounter */.HN();
        const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true, strict: true });
        const parseErrors = [...doc.errors];
        if (parseErrors.length > 0) {
            for (const e of parseErrors) {
                const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
                errors.push({ file, line: pos.line, col: pos.col, message: `invalid YAML: ${firstLine(e.message)}` });
            }
            return undefined;
        }
        let data;
        try {
            data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        }
        catch (e) {
            errors.push({
                file,
                line: 1,
                col: 1,
                message: `invalid YAML: ${firstLine(e.message)} (aliases are capped at ${MAX_ALIAS_COUNT})`,
            });
            return undefined;
        }
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            errors.push({ file, line: 1, col: 1, message: 'the policy must be a YAML mapping that starts with "version: 1"' });
            return undefined;
        }
        const layer = { file, doc, lines, data: data };
        const valid = validateTop(layer.data);
        if (!valid) {
            errors.push(...describeErrors(layer, [], validateTop.errors ?? []));
            // Keep going with the gates when they are well-formed, so one run reports every problem.
            const gates = data.gates;
            const gatesUsable = isPlainObject(gates) && Object.values(gates).every((g) => g === null || isPlainObject(g));
            layer.data = gatesUsable ? { gates } : {};
        }
        return layer;
    }
    async merge(file, layers, errors) {
        const groups = {};
        let classification = { default: 'B', items: [] };
        let release;
        let monitor;
        const gateObjects = new Map();
        for (const layer of layers) {
            Object.assign(groups, layer.data.groups ?? {});
            const cls = layer.data.classification;
            if (cls)
                classification = { default: cls.default ?? classification.default, items: cls.items ?? classification.items };
            if (layer.data.release)
                release = { ...release, ...layer.data.release };
            if (layer.data.monitor)
                monitor = { ...(monitor ?? {}), ...layer.data.monitor };
            for (const [id, value] of Object.entries(layer.data.gates ?? {})) {
                const previous = gateObjects.get(id);
                const lockedBy = previous?.merged.locked === true ? previous.lockedBy : undefined;
                if (lockedBy) {
                    // A locked gate of a central policy cannot be loosened downstream; to require more, add another gate.
                    const changed = Object.entries(value ?? {}).find(([k, v]) => JSON.stringify(previous.merged[k]) !== JSON.stringify(v));
                    if (changed) {
                        const at = position(layer, ['gates', id, changed[0]], true);
                        errors.push({
                            ...at,
                            message: `gate "${id}" is locked by ${lockedBy}, so "${changed[0]}" cannot be changed here — add a separate gate to require more`,
                        });
                    }
                    continue;
                }
                const merged = { ...(previous?.merged ?? {}), ...(value ?? {}) };
                gateObjects.set(id, { merged, last: layer, lockedBy: merged.locked === true ? layer.file : undefined });
            }
        }
        // A gate runs its `rule:`, else the rule named as its id; the validators of those rules load together.
        const ruleNames = [...gateObjects].map(([id, { merged }]) => (typeof merged.rule === 'string' ? merged.rule : id));
        const validators = await Promise.all(ruleNames.map((name) => (this.rules.has(name) ? this.validator(name) : undefined)));
        const gates = [];
        for (const [i, [id, { merged, last }]] of [...gateObjects].entries()) {
            const ruleName = ruleNames[i];
            const validate = validators[i];
            if (!validate) {
                const at = typeof merged.rule === 'string' ? position(last, ['gates', id, 'rule']) : position(last, ['gates', id], true);
                const hint = typeof merged.rule === 'string' ? 'fix the rule name' : `add "rule: <name>" to the gate or rename it`;
                errors.push({
                    ...at,
                    message: `gate "${id}" names no known rule "${ruleName}" (known: ${[...this.rules.keys()].join(', ')}); ${hint}`,
                });
                continue;
            }
            const candidate = structuredClone(merged);
            if (!validate(candidate)) {
                errors.push(...describeErrors(last, ['gates', id], validate.errors ?? [], ruleName));
                continue;
            }
            if (candidate.enabled === false)
                continue;
            const options = Object.fromEntries(Object.entries(candidate).filter(([k]) => !COMMON_GATE_KEYS.includes(k)));
            gates.push({
                id,
                rule: ruleName,
                level: candidate.level ?? 'error',
                ...(candidate.when ? { when: candidate.when } : {}),
                ...(candidate.refs ? { refs: candidate.refs } : {}),
                options,
            });
        }
        return { version: 1, path: file, groups, classification, gates, ...(release ? { release } : {}), ...(monitor ? { monitor } : {}) };
    }
}
/** Where a node of the layer is, walking up the path until something positioned is found. */
function position(layer, path, keyOfLast = false) {
    for (let depth = path.length; depth >= 0; depth--) {
        const sub = path.slice(0, depth);
        const offset = depth === path.length && keyOfLast ? keyOffset(layer.doc, sub) : nodeOffset(layer.doc, sub);
        if (offset !== undefined) {
            const { line, col } = layer.lines.linePos(offset);
            return { file: layer.file, line, col, message: '' };
        }
    }
    return { file: layer.file, line: 1, col: 1, message: '' };
}
function nodeOffset(doc, path) {
    const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
    const range = node?.range;
    return range?.[0];
}
/** The offset of the key `path[last]` inside its parent mapping. */
function keyOffset(doc, path) {
    if (path.length === 0)
        return undefined;
    const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    if (!(0,dist/* isMap */.jh)(parent))
        return undefined;
    const key = path[path.length - 1];
    const pair = parent.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
    return pair?.key?.range?.[0];
}
function describeErrors(layer, prefix, errors, ruleName) {
    const out = [];
    const seen = new Set();
    for (const e of errors) {
        // anyOf/oneOf wrappers repeat what their branches said.
        if (e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'if')
            continue;
        const path = [...prefix, ...pointerToPath(e.instancePath)];
        const where = path.length > 0 ? path.join('.') : 'the policy';
        let at;
        let message;
        switch (e.keyword) {
            case 'additionalProperties': {
                const key = String(e.params.additionalProperty);
                at = position(layer, [...path, key], true);
                const allowed = Object.keys(e.parentSchema?.properties ?? {});
                const suggestion = closest(key, allowed);
                const owner = ruleName && path.length === 2 ? `rule ${ruleName}` : where;
                message = `unknown key "${key}" in ${owner}${suggestion ? ` — did you mean "${suggestion}"?` : ''} (allowed: ${allowed.join(', ')})`;
                break;
            }
            case 'required': {
                at = position(layer, path);
                message = `${where} needs "${e.params.missingProperty}"`;
                break;
            }
            case 'enum': {
                at = position(layer, path);
                const allowed = e.params.allowedValues;
                message = `${where} is ${JSON.stringify(e.data)}; it must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
                break;
            }
            case 'const': {
                at = position(layer, path);
                message = `${where} must be ${JSON.stringify(e.params.allowedValue)}`;
                break;
            }
            case 'format': {
                at = position(layer, path);
                const format = e.params.format;
                const problem = format === 'repo-glob'
                    ? (0,glob/* globProblem */.A)(String(e.data))
                    : format === 'safe-regex'
                        ? `${JSON.stringify(e.data)} ${(0,regex/* regexProblem */.H)(String(e.data))}`
                        : undefined;
                message = problem ? `${where}: ${problem}` : `${where} ${e.message}`;
                break;
            }
            case 'pattern': {
                at = position(layer, path);
                message = `${where} is ${JSON.stringify(e.data)}, which is not a valid ${prefix.length || path[0] === 'groups' ? 'login, @org/team or group name' : 'value'}`;
                break;
            }
            case 'propertyNames': {
                continue; // reported through the pattern error on the name itself
            }
            default: {
                at = position(layer, path);
                message = `${where} ${e.message ?? 'is invalid'}${e.keyword === 'type' ? `, got ${describeValue(e.data)}` : ''}`;
            }
        }
        const key = `${at.line}:${at.col}:${message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ ...at, message });
    }
    return out;
}
function isPlainObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function describeValue(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    return `${typeof v} ${JSON.stringify(v)}`;
}
function firstLine(s) {
    return s.split('\n')[0].trim();
}
/** The allowed key nearest to a misspelt one, if it is near enough to be a typo. */
function closest(key, candidates) {
    let best;
    let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
    for (const c of candidates) {
        const d = editDistance(key.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}


/***/ }),

/***/ 94929:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ regexProblem)
/* harmony export */ });
/* harmony import */ var _util_pattern_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82718);

// Policy patterns run over text the PR author controls (titles, bodies, test files). They run on RE2, in time
// linear in the text for any pattern (see src/util/pattern.ts); `validate` refuses, with its line, only a pattern
// RE2 cannot compile.
/** Why a policy regular expression is refused, or undefined when RE2 compiles it. */
function regexProblem(source) {
    return (0,_util_pattern_js__WEBPACK_IMPORTED_MODULE_0__/* .patternProblem */ .AL)(source);
}


/***/ }),

/***/ 35991:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tp: () => (/* binding */ gateSchema),
/* harmony export */   Vu: () => (/* binding */ topLevelSchema),
/* harmony export */   wh: () => (/* binding */ policySchema)
/* harmony export */ });
/* unused harmony export SCHEMA_ID */
/* harmony import */ var _core_schemas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9975);

// The policy's JSON Schema. The top level is fixed; each gate's schema is its rule's options merged with the
// keys every gate accepts, so a rule owns its options and the printed schema completes them in an editor.
const SCHEMA_ID = 'https://github.com/sdlc-gate/sdlc-gate/policy-v1.schema.json';
/** Post-market surveillance (`sdlc-gate monitor`): the released versions watched for new vulnerabilities, and the clocks. */
const monitorSchema = {
    type: 'object',
    additionalProperties: false,
    description: "Post-market surveillance: the SBOMs of released versions watched for new vulnerabilities, with the vulnerabilities gate's configuration, and the response clocks.",
    properties: {
        releases: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            default: ['v*'],
            description: 'Globs of the tags whose SBOMs are watched (the versions in the field); the newest max_releases by version.',
        },
        max_releases: { type: 'integer', minimum: 1, default: 10, description: 'How many of the newest matching tags are watched.' },
        branches: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            default: [],
            description: 'Branches watched too; empty: the default branch.',
        },
        respond_within_days: {
            type: 'integer',
            minimum: 1,
            default: 30,
            description: 'Days from first seeing an uncontrolled vulnerability to communicating it (FDA postmarket guidance: 30).',
        },
        remediate_within_days: {
            type: 'integer',
            minimum: 1,
            default: 60,
            description: 'Days from first seeing an uncontrolled vulnerability to remediating it (FDA postmarket guidance: 60).',
        },
        labels: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            default: ['vulnerability', 'postmarket'],
            description: 'Labels of the tracking issues the action keeps.',
        },
    },
};
/** Keys every gate accepts, whatever its rule. */
function commonGateProperties(ruleNames) {
    return {
        rule: { enum: ruleNames, description: 'The rule this gate runs; defaults to the gate id.' },
        when: _core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .whenSchema */ .KN,
        level: { enum: ['error', 'warning'], default: 'error', description: 'error fails the check; warning reports only.' },
        refs: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            description: 'Clauses this gate serves (e.g. "IEC 62304 5.7.4"), printed beside it in the report.',
        },
        enabled: { type: 'boolean', default: true, description: 'false switches off a gate inherited through `extends`.' },
        locked: { type: 'boolean', description: 'In a shared policy: files that extend it may not change or switch off this gate.' },
    };
}
/** The schema one gate object is validated against once its rule is known. */
function gateSchema(rule, ruleNames) {
    const options = rule.optionsSchema;
    return {
        type: 'object',
        description: rule.description,
        additionalProperties: false,
        properties: { ...commonGateProperties(ruleNames), ...(options.properties ?? {}) },
        ...(options.required ? { required: options.required } : {}),
    };
}
/** The top level, with gates left open: each gate is checked against its rule's schema separately. */
function topLevelSchema() {
    return {
        type: 'object',
        additionalProperties: false,
        required: ['version'],
        properties: {
            $schema: { type: 'string' },
            version: { const: 1, description: 'Policy format version; always 1.' },
            extends: {
                type: 'array',
                items: { type: 'string', minLength: 1 },
                description: 'Built-in presets (by name) or repo-relative policy files; later entries override earlier ones, this file last.',
            },
            groups: {
                type: 'object',
                description: 'Named reviewer sets: logins or @org/team slugs.',
                propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' },
                additionalProperties: _core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .principalListSchema */ .wI,
            },
            classification: {
                type: 'object',
                additionalProperties: false,
                description: 'IEC 62304 software safety classes of the software items.',
                properties: {
                    default: { ..._core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .safetyClassSchema */ .oG, description: 'The class of files that lie in no item.' },
                    items: {
                        type: 'array',
                        items: {
                            type: 'object',
                            additionalProperties: false,
                            required: ['name', 'paths', 'class'],
                            properties: { name: { type: 'string', minLength: 1 }, paths: _core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .globListSchema */ .e4, class: _core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .safetyClassSchema */ .oG },
                        },
                    },
                },
            },
            release: {
                type: 'object',
                additionalProperties: false,
                description: 'The release record (`sdlc-gate release`, and the action on a tag push): which tags are releases, which issues are anomalies.',
                properties: {
                    tags: { ..._core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .globListSchema */ .e4, minItems: 1, description: 'Tags that are releases (globs over tag names). Default: ["v*"].' },
                    anomaly_labels: {
                        type: 'array',
                        items: { type: 'string', minLength: 1 },
                        minItems: 1,
                        description: 'Open issues with one of these labels at release time are residual anomalies (IEC 62304 5.8.2/5.8.3). Default: ["bug"].',
                    },
                    evaluated_label: {
                        type: 'string',
                        minLength: 1,
                        description: 'A label that marks an anomaly as evaluated (or write an "Evaluation" section in the issue). Default: anomaly-evaluated.',
                    },
                    check_name: {
                        type: 'string',
                        minLength: 1,
                        description: "The name of sdlc-gate's check run on pull requests. Default: sdlc-gate.",
                    },
                },
            },
            monitor: monitorSchema,
            gates: {
                type: 'object',
                description: 'Gate id → gate. The rule is the id unless `rule:` names one.',
                propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' },
                additionalProperties: { type: ['object', 'null'] },
            },
        },
    };
}
/** The whole schema, printed by `sdlc-gate schema` and shipped for editors. */
function policySchema(rules) {
    const names = rules.map((r) => r.name);
    const top = topLevelSchema();
    const byName = Object.fromEntries(rules.map((r) => [r.name, gateSchema(r, names)]));
    const anyNamed = {
        anyOf: rules.map((r) => {
            const s = gateSchema(r, names);
            return { ...s, required: ['rule'], properties: { ...s.properties, rule: { const: r.name } } };
        }),
    };
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: SCHEMA_ID,
        title: 'sdlc-gate policy',
        ...top,
        properties: {
            ...top.properties,
            gates: { ...top.properties.gates, properties: byName, additionalProperties: anyNamed },
        },
    };
}


/***/ })

};
