import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Finding } from '../../core/types.js';
import { RISK_REGISTER_SCHEMA } from './schema.js';
import { scalarText } from '../../util/text.js';

// Reads a risk-management file (ISO 14971 / IEC 62304 7) into one model, from the native format (its JSON Schema
// is RISK_REGISTER_SCHEMA) or innolitics rdm's data/risk.yml. Pure, never throws on malformed input: what is
// wrong is a finding with the line; the register is returned only when it can be judged.

export type RiskFormat = 'native' | 'rdm';

export interface RiskCause {
  id?: string;
  text: string;
  softwareItem?: string;
  line: number;
  /** Line of software_item, for findings about it. */
  softwareItemLine: number;
}

export interface RiskControl {
  id: string;
  requirement?: string;
  line: number;
}

export interface Hazard {
  id: string;
  title: string;
  line: number;
  severity: string;
  probability: string;
  residual: { severity: string; probability: string; line: number };
  justification?: string;
  causes: RiskCause[];
  controls: RiskControl[];
}

export interface RiskRegister {
  file: string;
  format: RiskFormat;
  /** Ordered least to most. */
  severity: string[];
  probability: string[];
  /** Whether a severity/probability pair is acceptable without a justification. */
  acceptable(severity: string, probability: string): boolean;
  /** Where the acceptability criteria are written, for findings about them. */
  acceptabilityLine: number;
  hazards: Hazard[];
}

export interface RiskRead {
  register?: RiskRegister;
  findings: Finding[];
}

type Path = (string | number)[];

/** A YAML document with the line of any path in it. */
class Located {
  readonly doc: Document;
  private readonly lines = new LineCounter();
  constructor(text: string) {
    this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: false });
  }
  lineOfOffset(offset: number): number {
    return this.lines.linePos(offset).line;
  }
  /** The line of the node at `path`, or of its closest existing ancestor. */
  line(path: Path): number {
    for (let n = path.length; n >= 0; n--) {
      const node = this.doc.getIn(path.slice(0, n), true) as Node | undefined;
      if (node && (isMap(node) || isSeq(node) || isScalar(node)) && node.range) return this.lineOfOffset(node.range[0]);
    }
    return 1;
  }
}

let validateNative: ValidateFunction | undefined;

export function parseRiskRegister(text: string, file: string, format: RiskFormat = 'native'): RiskRead {
  const y = new Located(text);
  if (y.doc.errors.length) {
    return {
      findings: y.doc.errors.slice(0, 5).map((e) => ({
        severity: 'error' as const,
        message: `${file} is not valid YAML (${e.message.split('\n')[0]}) — fix the risk register.`,
        file,
        line: y.lineOfOffset(e.pos[0]),
      })),
    };
  }
  let data: unknown;
  try {
    data = y.doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // An alias with no anchor, or more aliases than the cap (a "billion laughs" document), surfaces only here.
    return {
      findings: [
        {
          severity: 'error',
          message: `${file} is not valid YAML (${(e as Error).message.split('\n')[0]}) — fix the risk register.`,
          file,
          line: 1,
        },
      ],
    };
  }
  return format === 'rdm' ? readRdm(data, y, file) : readNative(data, y, file);
}

/** The native acceptability map checked against the scales: per severity, the index of the highest acceptable probability. */
function nativeHighest(reg: NativeRegister, y: Located, file: string, findings: Finding[]): Map<string, number> {
  const severity = reg.scales.severity;
  const probability = reg.scales.probability;
  const highest = new Map<string, number>();
  const accLine = y.line(['acceptability']);
  for (const [sev, prob] of Object.entries(reg.acceptability)) {
    if (!severity.includes(sev)) {
      findings.push(
        err(
          `${file}: acceptability names severity "${sev}", which scales.severity does not list (${severity.join(', ')}) — fix the name.`,
          file,
          y.line(['acceptability', sev]),
        ),
      );
    } else if (!probability.includes(prob)) {
      findings.push(
        err(
          `${file}: acceptability of "${sev}" is "${prob}", which scales.probability does not list (${probability.join(', ')}) — fix the level.`,
          file,
          y.line(['acceptability', sev]),
        ),
      );
    } else highest.set(sev, probability.indexOf(prob));
  }
  for (const sev of severity) {
    if (!(sev in reg.acceptability)) {
      findings.push(
        err(
          `${file}: acceptability gives no highest acceptable probability for severity "${sev}" — add "${sev}: <probability>".`,
          file,
          accLine,
        ),
      );
    }
  }
  return highest;
}

function readNative(data: unknown, y: Located, file: string): RiskRead {
  validateNative ??= new Ajv({ allErrors: true, strict: false }).compile(RISK_REGISTER_SCHEMA);
  if (!validateNative(data)) {
    return { findings: schemaFindings(validateNative.errors ?? [], y, file) };
  }
  const reg = data as NativeRegister;
  const findings: Finding[] = [];
  const severity = reg.scales.severity;
  const probability = reg.scales.probability;
  const accLine = y.line(['acceptability']);
  const highest = nativeHighest(reg, y, file, findings);
  const acceptable = (sev: string, prob: string) => {
    const max = highest.get(sev);
    return max !== undefined && probability.indexOf(prob) <= max;
  };

  const hazards: Hazard[] = reg.hazards.map((h, i) => {
    const at = (...p: Path) => y.line(['hazards', i, ...p]);
    const level = (value: string, scale: string[], scaleName: string, what: string, p: Path) => {
      if (!scale.includes(value)) {
        findings.push(
          err(
            `${file}: ${h.id} ${what} "${value}" is not a level of scales.${scaleName} (${scale.join(', ')}) — use one of them.`,
            file,
            at(...p),
          ),
        );
      }
    };
    level(h.severity, severity, 'severity', 'severity', ['severity']);
    level(h.probability, probability, 'probability', 'probability', ['probability']);
    level(h.residual.probability, probability, 'probability', 'residual probability', ['residual', 'probability']);
    if (h.residual.severity !== undefined) level(h.residual.severity, severity, 'severity', 'residual severity', ['residual', 'severity']);
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

interface NativeRegister {
  scales: { severity: string[]; probability: string[] };
  acceptability: Record<string, string>;
  hazards: {
    id: string;
    hazard: string;
    causes: { id: string; text: string; software_item?: string }[];
    severity: string;
    probability: string;
    controls: { id: string; requirement: string }[];
    residual: { probability: string; severity?: string };
    justification?: string | null;
  }[];
}

/** Hazard ids are unique; a control or cause id names one thing (the same control may serve several hazards). */
function duplicateFindings(hazards: Hazard[], file: string): Finding[] {
  const findings: Finding[] = [];
  const hazardAt = new Map<string, number>();
  const controls = new Map<string, RiskControl>();
  const causes = new Map<string, RiskCause>();
  for (const h of hazards) {
    const first = hazardAt.get(h.id);
    if (first !== undefined)
      findings.push(err(`${file}: hazard id ${h.id} is used twice (also on line ${first}) — give each hazard its own id.`, file, h.line));
    else hazardAt.set(h.id, h.line);
    const inHazard = new Set<string>();
    for (const c of h.controls) {
      if (inHazard.has(c.id)) findings.push(err(`${file}: ${h.id} lists control ${c.id} twice — remove one.`, file, c.line));
      inHazard.add(c.id);
      const seen = controls.get(c.id);
      if (seen && seen.requirement !== c.requirement) {
        findings.push(
          err(
            `${file}: control id ${c.id} names requirement ${c.requirement ?? '(none)'} here but ${seen.requirement ?? '(none)'} on line ${seen.line} — a control id names one control; give this one its own id.`,
            file,
            c.line,
          ),
        );
      } else if (!seen) controls.set(c.id, c);
    }
    for (const c of h.causes) {
      if (c.id === undefined) continue;
      const seen = causes.get(c.id);
      if (seen && (seen.text !== c.text || seen.softwareItem !== c.softwareItem)) {
        findings.push(
          err(
            `${file}: cause id ${c.id} differs from the cause with that id on line ${seen.line} — give this one its own id, or make them the same.`,
            file,
            c.line,
          ),
        );
      } else if (!seen) causes.set(c.id, c);
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
function readRdm(data: unknown, y: Located, file: string): RiskRead {
  const findings: Finding[] = [];
  const fail = (message: string, path: Path): RiskRead => ({ findings: [err(`${file}: ${message}`, file, y.line(path))] });
  if (!isObject(data))
    return fail(
      'is not an rdm risk file (a mapping with risk_severity_levels, risk_probability_levels, risk_acceptability_matrix and risks) — fix it, or set format: native.',
      [],
    );
  const labels = (key: string): string[] | undefined => {
    const v = data[key];
    if (!Array.isArray(v) || v.length === 0) return undefined;
    const out = v.map((l) => (isObject(l) && typeof l.label === 'string' ? l.label : typeof l === 'string' ? l : undefined));
    return out.every((l): l is string => typeof l === 'string') ? out : undefined;
  };
  const severity = labels('risk_severity_levels');
  const probability = labels('risk_probability_levels');
  const levels = labels('risk_levels');
  for (const [key, value] of [
    ['risk_severity_levels', severity],
    ['risk_probability_levels', probability],
    ['risk_levels', levels],
  ] as const) {
    if (!value) return fail(`${key} must be a non-empty list of {label, description} — fix it.`, [key]);
  }
  const matrix = data.risk_acceptability_matrix;
  const matrixOk =
    Array.isArray(matrix) &&
    matrix.length === severity!.length &&
    matrix.every(
      (row) => Array.isArray(row) && row.length === probability!.length && row.every((c) => typeof c === 'string' && levels!.includes(c)),
    );
  if (!matrixOk) {
    return fail(
      `risk_acceptability_matrix must have one row per severity level (${severity!.length}) and one column per probability level (${probability!.length}), each cell one of risk_levels (${levels!.join(', ')}) — fix the matrix.`,
      ['risk_acceptability_matrix'],
    );
  }
  const acceptable = (sev: string, prob: string) => {
    const row = (matrix as string[][])[severity!.indexOf(sev)];
    return row?.[probability!.indexOf(prob)] === levels![0];
  };
  if (!Array.isArray(data.risks)) return fail('risks must be a list — fix it.', ['risks']);

  const hazards: Hazard[] = [];
  data.risks.forEach((raw: unknown, i: number) => {
    const hazard = rdmHazard(raw, i, y, file, severity!, probability!, findings);
    if (hazard) hazards.push(hazard);
  });
  findings.push(...duplicateFindings(hazards, file));
  return {
    register: {
      file,
      format: 'rdm',
      severity: severity!,
      probability: probability!,
      acceptable,
      acceptabilityLine: y.line(['risk_acceptability_matrix']),
      hazards,
    },
    findings,
  };
}

/** One rdm risk as a hazard, or undefined after its findings when it is malformed or off the scales. */
function rdmHazard(
  raw: unknown,
  i: number,
  y: Located,
  file: string,
  severity: string[],
  probability: string[],
  findings: Finding[],
): Hazard | undefined {
  const at = (...p: Path) => y.line(['risks', i, ...p]);
  if (!isObject(raw)) {
    findings.push(err(`${file}: risks[${i}] is not a mapping — fix it.`, file, at()));
    return undefined;
  }
  const id = scalarText(raw.id);
  const name = id ? `risk ${id}` : `risks[${i}]`;
  const missing = ['id', 'hazard', 'hazardous_situation', 'harm', 'severity', 'probability'].filter(
    (k) => raw[k] === undefined || raw[k] === null || raw[k] === '',
  );
  if (missing.length) {
    findings.push(err(`${file}: ${name} lacks ${missing.join(', ')} — fill ${missing.length === 1 ? 'it' : 'them'} in.`, file, at()));
    return undefined;
  }
  let ok = true;
  const level = (key: string, scale: string[], scaleName: string) => {
    const v = raw[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string' || !scale.includes(v)) {
      ok = false;
      findings.push(
        err(
          `${file}: ${name} ${key} "${typeof v === 'object' ? (Array.isArray(v) ? '(a list)' : '(a mapping)') : scalarText(v)}" is not a level of ${scaleName} (${scale.join(', ')}) — use one of them.`,
          file,
          at(key),
        ),
      );
      return undefined;
    }
    return v;
  };
  const sev = level('severity', severity, 'risk_severity_levels');
  const prob = level('probability', probability, 'risk_probability_levels');
  const rSev = level('residual_severity', severity, 'risk_severity_levels');
  const rProb = level('residual_probability', probability, 'risk_probability_levels');
  if (!ok || !sev || !prob) return undefined;
  const controls = rdmControls(raw.control_measures, id, at);
  const item = typeof raw.software_item === 'string' && raw.software_item ? raw.software_item : undefined;
  return {
    id,
    title: scalarText(raw.hazard),
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
function rdmControls(measures: unknown, id: string, at: (...p: Path) => number): RiskControl[] {
  const controls: RiskControl[] = [];
  const measureList = Array.isArray(measures) ? measures : isObject(measures) ? [measures] : [];
  measureList.forEach((m, j) => {
    if (!isObject(m)) return;
    const reqs = [m.requirement, ...(Array.isArray(m.requirements) ? m.requirements : [])].filter(
      (r): r is string => typeof r === 'string' && r !== '',
    );
    const line = Array.isArray(measures) ? at('control_measures', j) : at('control_measures');
    reqs.forEach((r, k) =>
      controls.push({ id: typeof m.id === 'string' ? m.id : `${id}.${j + 1}${reqs.length > 1 ? `.${k + 1}` : ''}`, requirement: r, line }),
    );
  });
  return controls;
}

function schemaFindings(errors: ErrorObject[], y: Located, file: string): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const e of errors) {
    const path: Path = e.instancePath
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
    let what: string;
    if (e.keyword === 'required') what = `lacks ${(e.params as { missingProperty: string }).missingProperty}`;
    else if (e.keyword === 'additionalProperties') {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      path.push(key);
      what = `has "${key}", which the format does not define`;
    } else what = e.message ?? e.keyword;
    const message = `${file}: ${where} ${what} — see the risk register format (risk-register.schema.json).`;
    if (seen.has(message)) continue;
    seen.add(message);
    findings.push(err(message, file, y.line(path)));
  }
  return findings.slice(0, 25);
}

function err(message: string, file: string, line: number): Finding {
  return { severity: 'error', message, file, line };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
