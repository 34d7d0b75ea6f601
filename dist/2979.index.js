export const id = 2979;
export const ids = [2979];
export const modules = {

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

/***/ 2979:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  riskRegister: () => (/* binding */ riskRegister)
});

// EXTERNAL MODULE: ./lib/core/rule.js
var rule = __webpack_require__(7849);
// EXTERNAL MODULE: ./lib/rules/risk-register/rule.js
var risk_register_rule = __webpack_require__(18645);
// EXTERNAL MODULE: ./lib/rules/risk-register/options.js
var options = __webpack_require__(29205);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./lib/parsers/risk/schema.js
// The native risk register format. The same schema is shipped as src/rules/risk-register/risk-register.schema.json
// for editors; a test keeps the two equal.
const RISK_REGISTER_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/sdlc-gate/sdlc-gate/risk-register-v1.schema.json',
    title: 'sdlc-gate risk register (ISO 14971 / IEC 62304 7)',
    description: "Hazards of the device's software, their causes in software items, the risk controls that reduce them (each implemented by a requirement), and the residual risk.",
    type: 'object',
    additionalProperties: false,
    required: ['scales', 'acceptability', 'hazards'],
    properties: {
        $schema: {
            type: 'string',
        },
        scales: {
            type: 'object',
            additionalProperties: false,
            required: ['severity', 'probability'],
            description: 'The ordered levels, least to most.',
            properties: {
                severity: {
                    $ref: '#/definitions/levels',
                },
                probability: {
                    $ref: '#/definitions/levels',
                },
            },
        },
        acceptability: {
            type: 'object',
            description: 'Per severity level, the highest acceptable probability.',
            additionalProperties: {
                $ref: '#/definitions/level',
            },
        },
        hazards: {
            type: 'array',
            items: {
                $ref: '#/definitions/hazard',
            },
        },
    },
    definitions: {
        level: {
            type: 'string',
            minLength: 1,
        },
        levels: {
            type: 'array',
            minItems: 1,
            uniqueItems: true,
            items: {
                $ref: '#/definitions/level',
            },
        },
        id: {
            type: 'string',
            pattern: '^[A-Za-z][A-Za-z0-9_.-]*$',
        },
        text: {
            type: 'string',
            minLength: 1,
            pattern: '\\S',
        },
        hazard: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'hazard', 'hazardous_situation', 'harm', 'causes', 'severity', 'probability', 'controls', 'residual'],
            properties: {
                id: {
                    $ref: '#/definitions/id',
                },
                hazard: {
                    $ref: '#/definitions/text',
                },
                hazardous_situation: {
                    $ref: '#/definitions/text',
                },
                harm: {
                    $ref: '#/definitions/text',
                },
                causes: {
                    type: 'array',
                    minItems: 1,
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['id', 'text'],
                        properties: {
                            id: {
                                $ref: '#/definitions/id',
                            },
                            text: {
                                $ref: '#/definitions/text',
                            },
                            software_item: {
                                type: 'string',
                                minLength: 1,
                                description: 'The software item (a classification item name) the cause lies in.',
                            },
                        },
                    },
                },
                severity: {
                    $ref: '#/definitions/level',
                },
                probability: {
                    $ref: '#/definitions/level',
                    description: 'Before the risk controls.',
                },
                controls: {
                    type: 'array',
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['id', 'requirement'],
                        properties: {
                            id: {
                                $ref: '#/definitions/id',
                            },
                            requirement: {
                                type: 'string',
                                minLength: 1,
                                description: 'The id of the requirement that implements the control (IEC 62304 5.2.3).',
                            },
                            text: {
                                $ref: '#/definitions/text',
                            },
                        },
                    },
                },
                residual: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['probability'],
                    properties: {
                        probability: {
                            $ref: '#/definitions/level',
                            description: 'After the risk controls.',
                        },
                        severity: {
                            $ref: '#/definitions/level',
                            description: "After the risk controls, when they also reduce the severity; default: the hazard's severity.",
                        },
                    },
                },
                justification: {
                    type: ['string', 'null'],
                    description: 'Benefit-risk justification; required when the residual risk is not acceptable by the matrix.',
                },
            },
        },
    },
};

// EXTERNAL MODULE: ./lib/util/text.js
var util_text = __webpack_require__(28805);
;// CONCATENATED MODULE: ./lib/parsers/risk/index.js




/** A YAML document with the line of any path in it. */
class Located {
    doc;
    lines = new dist/* LineCounter */.HN();
    constructor(text) {
        this.doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: false });
    }
    lineOfOffset(offset) {
        return this.lines.linePos(offset).line;
    }
    /** The line of the node at `path`, or of its closest existing ancestor. */
    line(path) {
        for (let n = path.length; n >= 0; n--) {
            const node = this.doc.getIn(path.slice(0, n), true);
            if (node && ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node) || (0,dist/* isScalar */.jn)(node)) && node.range)
                return this.lineOfOffset(node.range[0]);
        }
        return 1;
    }
}
let validateNative;
function parseRiskRegister(text, file, format = 'native') {
    const y = new Located(text);
    if (y.doc.errors.length) {
        return {
            findings: y.doc.errors.slice(0, 5).map((e) => ({
                severity: 'error',
                message: `${file} is not valid YAML (${e.message.split('\n')[0]}) — fix the risk register.`,
                file,
                line: y.lineOfOffset(e.pos[0]),
            })),
        };
    }
    let data;
    try {
        data = y.doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        // An alias with no anchor, or more aliases than the cap (a "billion laughs" document), surfaces only here.
        return {
            findings: [
                {
                    severity: 'error',
                    message: `${file} is not valid YAML (${e.message.split('\n')[0]}) — fix the risk register.`,
                    file,
                    line: 1,
                },
            ],
        };
    }
    return format === 'rdm' ? readRdm(data, y, file) : readNative(data, y, file);
}
/** The native acceptability map checked against the scales: per severity, the index of the highest acceptable probability. */
function nativeHighest(reg, y, file, findings) {
    const severity = reg.scales.severity;
    const probability = reg.scales.probability;
    const highest = new Map();
    const accLine = y.line(['acceptability']);
    for (const [sev, prob] of Object.entries(reg.acceptability)) {
        if (!severity.includes(sev)) {
            findings.push(err(`${file}: acceptability names severity "${sev}", which scales.severity does not list (${severity.join(', ')}) — fix the name.`, file, y.line(['acceptability', sev])));
        }
        else if (!probability.includes(prob)) {
            findings.push(err(`${file}: acceptability of "${sev}" is "${prob}", which scales.probability does not list (${probability.join(', ')}) — fix the level.`, file, y.line(['acceptability', sev])));
        }
        else
            highest.set(sev, probability.indexOf(prob));
    }
    for (const sev of severity) {
        if (!(sev in reg.acceptability)) {
            findings.push(err(`${file}: acceptability gives no highest acceptable probability for severity "${sev}" — add "${sev}: <probability>".`, file, accLine));
        }
    }
    return highest;
}
function readNative(data, y, file) {
    validateNative ??= new ajv.Ajv({ allErrors: true, strict: false }).compile(RISK_REGISTER_SCHEMA);
    if (!validateNative(data)) {
        return { findings: schemaFindings(validateNative.errors ?? [], y, file) };
    }
    const reg = data;
    const findings = [];
    const severity = reg.scales.severity;
    const probability = reg.scales.probability;
    const accLine = y.line(['acceptability']);
    const highest = nativeHighest(reg, y, file, findings);
    const acceptable = (sev, prob) => {
        const max = highest.get(sev);
        return max !== undefined && probability.indexOf(prob) <= max;
    };
    const hazards = reg.hazards.map((h, i) => {
        const at = (...p) => y.line(['hazards', i, ...p]);
        const level = (value, scale, scaleName, what, p) => {
            if (!scale.includes(value)) {
                findings.push(err(`${file}: ${h.id} ${what} "${value}" is not a level of scales.${scaleName} (${scale.join(', ')}) — use one of them.`, file, at(...p)));
            }
        };
        level(h.severity, severity, 'severity', 'severity', ['severity']);
        level(h.probability, probability, 'probability', 'probability', ['probability']);
        level(h.residual.probability, probability, 'probability', 'residual probability', ['residual', 'probability']);
        if (h.residual.severity !== undefined)
            level(h.residual.severity, severity, 'severity', 'residual severity', ['residual', 'severity']);
        return {
            id: h.id,
            title: h.hazard,
            line: at('id'),
            severity: h.severity,
            probability: h.probability,
            residual: { severity: h.residual.severity ?? h.severity, probability: h.residual.probability, line: at('residual') },
            ...(typeof h.justification === 'string' && h.justification.trim() ? { justification: h.justification } : {}),
            causes: h.causes.map((c, j) => ({
                id: c.id,
                text: c.text,
                ...(c.software_item !== undefined ? { softwareItem: c.software_item } : {}),
                line: at('causes', j),
                softwareItemLine: at('causes', j, 'software_item'),
            })),
            controls: h.controls.map((c, j) => ({ id: c.id, requirement: c.requirement, line: at('controls', j) })),
        };
    });
    findings.push(...duplicateFindings(hazards, file));
    return { register: { file, format: 'native', severity, probability, acceptable, acceptabilityLine: accLine, hazards }, findings };
}
/** Hazard ids are unique; a control or cause id names one thing (the same control may serve several hazards). */
function duplicateFindings(hazards, file) {
    const findings = [];
    const hazardAt = new Map();
    const controls = new Map();
    const causes = new Map();
    for (const h of hazards) {
        const first = hazardAt.get(h.id);
        if (first !== undefined)
            findings.push(err(`${file}: hazard id ${h.id} is used twice (also on line ${first}) — give each hazard its own id.`, file, h.line));
        else
            hazardAt.set(h.id, h.line);
        const inHazard = new Set();
        for (const c of h.controls) {
            if (inHazard.has(c.id))
                findings.push(err(`${file}: ${h.id} lists control ${c.id} twice — remove one.`, file, c.line));
            inHazard.add(c.id);
            const seen = controls.get(c.id);
            if (seen && seen.requirement !== c.requirement) {
                findings.push(err(`${file}: control id ${c.id} names requirement ${c.requirement ?? '(none)'} here but ${seen.requirement ?? '(none)'} on line ${seen.line} — a control id names one control; give this one its own id.`, file, c.line));
            }
            else if (!seen)
                controls.set(c.id, c);
        }
        for (const c of h.causes) {
            if (c.id === undefined)
                continue;
            const seen = causes.get(c.id);
            if (seen && (seen.text !== c.text || seen.softwareItem !== c.softwareItem)) {
                findings.push(err(`${file}: cause id ${c.id} differs from the cause with that id on line ${seen.line} — give this one its own id, or make them the same.`, file, c.line));
            }
            else if (!seen)
                causes.set(c.id, c);
        }
    }
    return findings;
}
// innolitics rdm (data/risk.yml): ordered `risk_severity_levels` and `risk_probability_levels` ({label}), a
// `risk_acceptability_matrix` whose rows follow the severity levels and columns the probability levels, and whose
// cells are `risk_levels` labels, the first (lowest) of which is acceptable; `risks` with `id`, `hazard`,
// `software_item`, `severity`, `probability`, `control_measures`, `residual_severity`/`residual_probability` and
// `notes` (the justification). A control measure may name the requirements that implement it (`requirement` or
// `requirements`).
function readRdm(data, y, file) {
    const findings = [];
    const fail = (message, path) => ({ findings: [err(`${file}: ${message}`, file, y.line(path))] });
    if (!isObject(data))
        return fail('is not an rdm risk file (a mapping with risk_severity_levels, risk_probability_levels, risk_acceptability_matrix and risks) — fix it, or set format: native.', []);
    const labels = (key) => {
        const v = data[key];
        if (!Array.isArray(v) || v.length === 0)
            return undefined;
        const out = v.map((l) => (isObject(l) && typeof l.label === 'string' ? l.label : typeof l === 'string' ? l : undefined));
        return out.every((l) => typeof l === 'string') ? out : undefined;
    };
    const severity = labels('risk_severity_levels');
    const probability = labels('risk_probability_levels');
    const levels = labels('risk_levels');
    for (const [key, value] of [
        ['risk_severity_levels', severity],
        ['risk_probability_levels', probability],
        ['risk_levels', levels],
    ]) {
        if (!value)
            return fail(`${key} must be a non-empty list of {label, description} — fix it.`, [key]);
    }
    const matrix = data.risk_acceptability_matrix;
    const matrixOk = Array.isArray(matrix) &&
        matrix.length === severity.length &&
        matrix.every((row) => Array.isArray(row) && row.length === probability.length && row.every((c) => typeof c === 'string' && levels.includes(c)));
    if (!matrixOk) {
        return fail(`risk_acceptability_matrix must have one row per severity level (${severity.length}) and one column per probability level (${probability.length}), each cell one of risk_levels (${levels.join(', ')}) — fix the matrix.`, ['risk_acceptability_matrix']);
    }
    const acceptable = (sev, prob) => {
        const row = matrix[severity.indexOf(sev)];
        return row?.[probability.indexOf(prob)] === levels[0];
    };
    if (!Array.isArray(data.risks))
        return fail('risks must be a list — fix it.', ['risks']);
    const hazards = [];
    data.risks.forEach((raw, i) => {
        const hazard = rdmHazard(raw, i, y, file, severity, probability, findings);
        if (hazard)
            hazards.push(hazard);
    });
    findings.push(...duplicateFindings(hazards, file));
    return {
        register: {
            file,
            format: 'rdm',
            severity: severity,
            probability: probability,
            acceptable,
            acceptabilityLine: y.line(['risk_acceptability_matrix']),
            hazards,
        },
        findings,
    };
}
/** One rdm risk as a hazard, or undefined after its findings when it is malformed or off the scales. */
function rdmHazard(raw, i, y, file, severity, probability, findings) {
    const at = (...p) => y.line(['risks', i, ...p]);
    if (!isObject(raw)) {
        findings.push(err(`${file}: risks[${i}] is not a mapping — fix it.`, file, at()));
        return undefined;
    }
    const id = (0,util_text/* scalarText */.ws)(raw.id);
    const name = id ? `risk ${id}` : `risks[${i}]`;
    const missing = ['id', 'hazard', 'hazardous_situation', 'harm', 'severity', 'probability'].filter((k) => raw[k] === undefined || raw[k] === null || raw[k] === '');
    if (missing.length) {
        findings.push(err(`${file}: ${name} lacks ${missing.join(', ')} — fill ${missing.length === 1 ? 'it' : 'them'} in.`, file, at()));
        return undefined;
    }
    let ok = true;
    const level = (key, scale, scaleName) => {
        const v = raw[key];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'string' || !scale.includes(v)) {
            ok = false;
            findings.push(err(`${file}: ${name} ${key} "${typeof v === 'object' ? (Array.isArray(v) ? '(a list)' : '(a mapping)') : (0,util_text/* scalarText */.ws)(v)}" is not a level of ${scaleName} (${scale.join(', ')}) — use one of them.`, file, at(key)));
            return undefined;
        }
        return v;
    };
    const sev = level('severity', severity, 'risk_severity_levels');
    const prob = level('probability', probability, 'risk_probability_levels');
    const rSev = level('residual_severity', severity, 'risk_severity_levels');
    const rProb = level('residual_probability', probability, 'risk_probability_levels');
    if (!ok || !sev || !prob)
        return undefined;
    const controls = rdmControls(raw.control_measures, id, at);
    const item = typeof raw.software_item === 'string' && raw.software_item ? raw.software_item : undefined;
    return {
        id,
        title: (0,util_text/* scalarText */.ws)(raw.hazard),
        line: at('id'),
        severity: sev,
        probability: prob,
        // rdm leaves the residual null until controls are assessed: the risk stays what it was.
        residual: { severity: rSev ?? sev, probability: rProb ?? prob, line: rProb ? at('residual_probability') : at('id') },
        ...(typeof raw.notes === 'string' && raw.notes.trim() ? { justification: raw.notes } : {}),
        causes: [
            {
                text: typeof raw.events === 'string' ? raw.events : '',
                ...(item ? { softwareItem: item } : {}),
                line: at(),
                softwareItemLine: at('software_item'),
            },
        ],
        controls,
    };
}
/** An rdm risk's control measures (one mapping or a list), one control per requirement each names. */
function rdmControls(measures, id, at) {
    const controls = [];
    const measureList = Array.isArray(measures) ? measures : isObject(measures) ? [measures] : [];
    measureList.forEach((m, j) => {
        if (!isObject(m))
            return;
        const reqs = [m.requirement, ...(Array.isArray(m.requirements) ? m.requirements : [])].filter((r) => typeof r === 'string' && r !== '');
        const line = Array.isArray(measures) ? at('control_measures', j) : at('control_measures');
        reqs.forEach((r, k) => controls.push({ id: typeof m.id === 'string' ? m.id : `${id}.${j + 1}${reqs.length > 1 ? `.${k + 1}` : ''}`, requirement: r, line }));
    });
    return controls;
}
function schemaFindings(errors, y, file) {
    const seen = new Set();
    const findings = [];
    for (const e of errors) {
        const path = e.instancePath
            .split('/')
            .slice(1)
            .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
            .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
        const where = e.instancePath
            ? e.instancePath
                .replace(/^\//, '')
                .replace(/\/(\d+)/g, '[$1]')
                .replace(/\//g, '.')
            : 'the top level';
        let what;
        if (e.keyword === 'required')
            what = `lacks ${e.params.missingProperty}`;
        else if (e.keyword === 'additionalProperties') {
            const key = e.params.additionalProperty;
            path.push(key);
            what = `has "${key}", which the format does not define`;
        }
        else
            what = e.message ?? e.keyword;
        const message = `${file}: ${where} ${what} — see the risk register format (risk-register.schema.json).`;
        if (seen.has(message))
            continue;
        seen.add(message);
        findings.push(err(message, file, y.line(path)));
    }
    return findings.slice(0, 25);
}
function err(message, file, line) {
    return { severity: 'error', message, file, line };
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// EXTERNAL MODULE: ./lib/parsers/requirements/formats.js
var formats = __webpack_require__(45277);
// EXTERNAL MODULE: ./lib/rules/common/read-file.js
var read_file = __webpack_require__(13384);
// EXTERNAL MODULE: ./lib/rules/common/requirement-sources.js
var requirement_sources = __webpack_require__(68149);
// EXTERNAL MODULE: ./lib/util/concurrency.js
var concurrency = __webpack_require__(54467);
// EXTERNAL MODULE: ./lib/core/types.js
var types = __webpack_require__(82458);
// EXTERNAL MODULE: ./lib/util/glob.js + 1 modules
var glob = __webpack_require__(95211);
;// CONCATENATED MODULE: ./lib/rules/risk-register/index.js











/** Where tests live when the requirements do not come from a traceability gate (that gate's own default). */
const DEFAULT_TESTS = ['test/**', 'tests/**', '**/*_test.*', '**/*.test.*', '**/*.spec.*'];
const riskRegister = (0,rule/* defineRule */.Km)({
    name: risk_register_rule/* riskRegisterRule */.b.name,
    description: risk_register_rule/* riskRegisterRule */.b.description,
    options: options/* RiskRegisterOptions */.P,
    async evaluate(options, facts, ctx) {
        const source = sourcesOf(options, ctx);
        const findings = [];
        let text;
        try {
            const file = await facts.readAtHead(options.file);
            if (!file) {
                return {
                    findings: [
                        {
                            severity: 'error',
                            message: `The risk register ${options.file} does not exist at head — add it (see risk-register.schema.json for the format), or fix \`file\` in the policy.`,
                            file: options.file,
                            action: { text: `Add the risk register ${options.file}, or fix \`file\` in the policy` },
                        },
                    ],
                    summary: `${options.file} is missing`,
                };
            }
            text = file.text;
        }
        catch (e) {
            if (!(e instanceof types/* FactError */.n))
                throw e;
            return {
                findings: [
                    {
                        severity: 'error',
                        message: `The risk register cannot be read: ${e.message} — commit it as a regular file.`,
                        file: options.file,
                        line: 1,
                    },
                ],
                summary: `${options.file} cannot be read`,
            };
        }
        const read = parseRiskRegister(text, options.file, options.format);
        findings.push(...read.findings);
        const register = read.register;
        if (!register)
            return { findings, summary: `${options.file} is not a valid ${options.format === 'rdm' ? 'rdm risk file' : 'risk register'}` };
        const requirements = await (0,requirement_sources/* readRequirementSources */.Ao)(source.requirements, facts, { id_pattern: source.idPattern });
        findings.push(...requirements.findings);
        const defined = new Set(requirements.requirements.map((r) => r.id));
        const reqFiles = requirements.files.map((f) => f.path);
        for (const h of register.hazards) {
            for (const c of h.controls) {
                if (c.requirement === undefined || defined.has(c.requirement))
                    continue;
                findings.push({
                    severity: 'error',
                    message: `${h.id} "${h.title}": risk control ${c.id} is implemented by ${c.requirement}, which no requirement defines (read ${(0,util_text/* shortList */.pg)(reqFiles, 3) || 'no requirement file'}) — fix the id, or add the requirement (IEC 62304 5.2.3).`,
                    file: register.file,
                    line: c.line,
                    action: { text: `Fix risk control ${c.id}'s requirement id ${c.requirement} in ${register.file}, or define ${c.requirement}` },
                });
            }
        }
        const criteria = await criteriaAtBase(options, facts, register);
        findings.push(...criteria.findings);
        findings.push(...residualFindings(register, criteria.acceptable));
        findings.push(...softwareItemFindings(register, ctx));
        let untested = 0;
        if (options.verified) {
            const verification = await verificationFindings(register, defined, facts, source.tests, new Set(reqFiles));
            untested = verification.length;
            findings.push(...verification);
        }
        const controls = new Set(register.hazards.flatMap((h) => h.controls.map((c) => c.id))).size;
        const justified = register.hazards.filter((h) => h.justification && !criteria.acceptable(h.residual.severity, h.residual.probability)).length;
        const errors = findings.filter((f) => f.severity === 'error');
        const summary = errors.length
            ? // Problems may sit in the register or in the requirements it links to: say where the first one is.
                `${(0,util_text/* plural */.LS)(errors.length, 'problem')}${errors.every((e) => e.file === options.file) ? ` in ${options.file}` : ''}: ${errors[0].message}`
            : `${(0,util_text/* plural */.LS)(register.hazards.length, 'hazard')}, ${(0,util_text/* plural */.LS)(controls, 'risk control')}; residual risks acceptable${justified ? ` (${justified} by justification)` : ''}${options.verified && !untested ? '; every control verified by a test' : ''}`;
        return { findings, summary };
    },
});
/** The requirement sources: the gate's own, or those of the traceability gate it names. */
function sourcesOf(options, ctx) {
    if (options.requirements_from) {
        const gate = ctx.gateOptions(options.requirements_from);
        const reqs = gate?.requirements;
        if (!gate || !Array.isArray(reqs)) {
            const ids = ctx.gates.filter((g) => Array.isArray(ctx.gateOptions(g.id)?.requirements)).map((g) => g.id);
            throw new Error(`requirements_from names "${options.requirements_from}", which is not a gate with requirements in this policy${ids.length ? ` (those are: ${(0,util_text/* listing */.RR)(ids)})` : ''} — fix requirements_from, or give requirements`);
        }
        return {
            requirements: reqs,
            idPattern: typeof gate.id_pattern === 'string' ? gate.id_pattern : formats/* DEFAULT_ID_PATTERN */.ng,
            tests: Array.isArray(gate.tests) ? gate.tests : DEFAULT_TESTS,
        };
    }
    if (options.requirements)
        return { requirements: options.requirements, idPattern: formats/* DEFAULT_ID_PATTERN */.ng, tests: DEFAULT_TESTS };
    throw new Error('the gate needs requirements (globs of requirement files) or requirements_from (a traceability gate id) to check the risk controls against — add one to the policy');
}
/**
 * The acceptability criteria residual risks are judged by. They belong to the risk management plan (ISO 14971 4.4 d),
 * not to the change: like the policy, they are read at the base commit, so a pull request cannot make its own residual
 * risk acceptable by loosening them; a change to them gets a warning and counts from the next pull request on. A level
 * the base scales do not know is not acceptable by them. A register new in this pull request (none at base) is judged by
 * its own criteria; so is one whose base version cannot be read, with a warning.
 */
async function criteriaAtBase(options, facts, head) {
    const at = (0,util_text/* shortSha */.Fu)((await facts.pr()).baseSha);
    const unread = (why) => ({
        acceptable: head.acceptable,
        findings: [
            {
                severity: 'warning',
                message: `The risk register ${options.file} ${why} at the base commit ${at}, so residual risks were judged by the acceptability criteria of this pull request — have the criteria reviewed with the change.`,
                file: options.file,
                line: head.acceptabilityLine,
            },
        ],
    });
    let text;
    try {
        text = (await facts.readAtBase(options.file))?.text;
    }
    catch (e) {
        if (!(e instanceof types/* FactError */.n))
            throw e;
        return unread(`cannot be read (${e.message})`);
    }
    if (text === undefined)
        return { acceptable: head.acceptable, findings: [] };
    const base = parseRiskRegister(text, options.file, options.format).register;
    if (!base)
        return unread(`is not a valid ${options.format === 'rdm' ? 'rdm risk file' : 'risk register'}`);
    const acceptable = (sev, prob) => base.severity.includes(sev) && base.probability.includes(prob) && base.acceptable(sev, prob);
    const same = sameLevels(base.severity, head.severity) &&
        sameLevels(base.probability, head.probability) &&
        head.severity.every((sev) => head.probability.every((prob) => acceptable(sev, prob) === head.acceptable(sev, prob)));
    if (same)
        return { acceptable, findings: [] };
    return {
        acceptable,
        findings: [
            {
                severity: 'warning',
                message: `This pull request changes the risk acceptability criteria (scales or acceptability) of ${options.file}; residual risks were judged by the criteria at the base commit ${at}, so the new criteria count from the next pull request on, once this one is reviewed and merged — change the criteria in a pull request of their own.`,
                file: options.file,
                line: head.acceptabilityLine,
            },
        ],
    };
}
function sameLevels(a, b) {
    return a.length === b.length && a.every((level, i) => level === b[i]);
}
/** Residual risk acceptable by the criteria, or justified; and a reduction claimed only where a control is listed. */
function residualFindings(register, acceptable) {
    const findings = [];
    const { severity, probability } = register;
    for (const h of register.hazards) {
        const { residual } = h;
        if (!acceptable(residual.severity, residual.probability) && !h.justification) {
            findings.push({
                severity: 'error',
                message: `${h.id} "${h.title}": the residual risk (severity ${residual.severity}, probability ${residual.probability}) is not acceptable by the risk acceptability criteria, and there is no justification — add a risk control that reduces it, or write the benefit-risk justification (ISO 14971 7.4).`,
                file: register.file,
                line: residual.line,
                action: { text: `Reduce the residual risk of ${h.id} with a risk control, or justify it (benefit-risk) in ${register.file}` },
            });
        }
        const reduced = probability.indexOf(residual.probability) < probability.indexOf(h.probability) ||
            severity.indexOf(residual.severity) < severity.indexOf(h.severity);
        if (reduced && h.controls.length === 0) {
            findings.push({
                severity: 'error',
                message: `${h.id} "${h.title}": the residual risk (${residual.severity}, ${residual.probability}) is lower than before controls (${h.severity}, ${h.probability}), but no risk control is listed — list the control that reduces it, or restore the residual risk.`,
                file: register.file,
                line: residual.line,
                action: { text: `List the risk control that reduces ${h.id}'s risk, or restore its residual risk, in ${register.file}` },
            });
        }
    }
    return findings;
}
/** A cause must lie in a software item the policy's classification names (IEC 62304 7.1.2). */
function softwareItemFindings(register, ctx) {
    const known = ctx.classification.items.map((i) => i.name);
    const byLower = new Map(known.map((n) => [n.toLowerCase(), n]));
    const findings = [];
    for (const h of register.hazards) {
        for (const c of h.causes) {
            if (c.softwareItem === undefined || byLower.has(c.softwareItem.toLowerCase()))
                continue;
            findings.push({
                severity: 'error',
                message: `${h.id} "${h.title}": cause ${c.id ?? ''}${c.id ? ' ' : ''}lies in software item "${c.softwareItem}", which the policy's classification does not know (${known.length ? (0,util_text/* listing */.RR)(known) : 'it lists no items'}) — fix the name, or add the item to classification.items.`,
                file: register.file,
                line: c.softwareItemLine,
                action: {
                    text: `Fix the software item "${c.softwareItem}" of ${h.id} in ${register.file}, or add it to classification.items in the policy`,
                },
            });
        }
    }
    return findings;
}
/** Each control's requirement is cited by a test file: the chain hazard → control → requirement → test. */
async function verificationFindings(register, defined, facts, tests, requirementFiles) {
    const wanted = new Set(register.hazards.flatMap((h) => h.controls.flatMap((c) => (c.requirement && defined.has(c.requirement) ? [c.requirement] : []))));
    if (wanted.size === 0)
        return [];
    const isRegister = (0,glob/* globMatcher */.f)([register.file]);
    const files = (await facts.listAtHead(tests)).filter((p) => !requirementFiles.has(p) && !isRegister(p));
    const cited = new Set();
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(?<![A-Za-z0-9_])(?:${[...wanted].map(escape).join('|')})(?![A-Za-z0-9_])`, 'g');
    const findings = [];
    await (0,concurrency/* mapConcurrent */._)(files, concurrency/* READ_CONCURRENCY */.H, async (path) => {
        const { text, finding } = await (0,read_file/* readOrFinding */.XB)((p) => facts.readAtHead(p), path, 'its requirement references');
        if (finding)
            findings.push(finding);
        for (const m of text?.matchAll(re) ?? [])
            cited.add(m[0]);
    });
    for (const h of register.hazards) {
        for (const c of h.controls) {
            if (!c.requirement || !wanted.has(c.requirement) || cited.has(c.requirement))
                continue;
            findings.push({
                severity: 'error',
                message: `${h.id} "${h.title}": risk control ${c.id} → ${c.requirement} is not verified: no test cites ${c.requirement} (looked in ${(0,util_text/* shortList */.pg)(tests, 3)}) — add a test of the control that cites ${c.requirement} (IEC 62304 7.3.3).`,
                file: register.file,
                line: c.line,
                action: { text: `Add a test of risk control ${c.id} that cites ${c.requirement}` },
            });
        }
    }
    return findings;
}


/***/ })

};
