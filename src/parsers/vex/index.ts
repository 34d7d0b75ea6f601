import { jsonErrorLine, jsonPointerLines } from '../sbom/json-lines.js';

// VEX documents: CycloneDX (`vulnerabilities[].analysis`, standalone or inside an SBOM) and OpenVEX. Pure: text in,
// statements out; a malformed document becomes issues with a line, never an exception.

export type VexFormat = 'cyclonedx' | 'openvex';

/** Statuses as written: CycloneDX analysis states and OpenVEX statuses. */
export type VexStatus =
  | 'not_affected'
  | 'false_positive'
  | 'resolved'
  | 'resolved_with_pedigree'
  | 'fixed'
  | 'affected'
  | 'exploitable'
  | 'in_triage'
  | 'under_investigation';

const ASSESSED: readonly VexStatus[] = ['not_affected', 'false_positive', 'resolved', 'resolved_with_pedigree', 'fixed'];
const KNOWN: readonly VexStatus[] = [...ASSESSED, 'affected', 'exploitable', 'in_triage', 'under_investigation'];

/** What a statement applies to: a purl, or a bom-ref of the document it is in. */
export interface VexProduct {
  purl?: string;
  bomRef?: string;
}

export interface VexStatement {
  file: string;
  line?: number;
  format: VexFormat;
  /** The vulnerability id and the aliases the statement gives. */
  ids: string[];
  products: VexProduct[];
  status: VexStatus;
  /** The status settles the vulnerability (not_affected with a justification, fixed/resolved, false_positive). */
  assessed: boolean;
  justification?: string;
  detail?: string;
  /** When the assessment was last made or updated (ISO 8601), if the document says. */
  timestamp?: string;
  /** Why a statement that looks like an assessment does not count as one. */
  problem?: string;
}

export interface VexIssue {
  severity: 'error' | 'warning';
  message: string;
  line?: number;
}

export interface VexReadResult {
  format?: VexFormat;
  statements: VexStatement[];
  issues: VexIssue[];
}

/** Reads a CycloneDX (with a `vulnerabilities` array) or OpenVEX JSON document. */
export function readVex(path: string, text: string): VexReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = (e as Error).message;
    return {
      statements: [],
      issues: [
        {
          severity: 'error',
          message: `is not valid JSON (${message}) — fix or regenerate the VEX document`,
          line: jsonErrorLine(text, message) ?? 1,
        },
      ],
    };
  }
  const doc = json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  if (doc?.bomFormat === 'CycloneDX') return readCycloneDxVex(path, text, doc);
  if (typeof doc?.['@context'] === 'string' && doc['@context'].startsWith('https://openvex.dev/ns')) return readOpenVex(path, text, doc);
  return {
    statements: [],
    issues: [
      {
        severity: 'error',
        message:
          'is neither a CycloneDX document ("bomFormat": "CycloneDX") nor OpenVEX ("@context": "https://openvex.dev/ns/...") — fix the file or the `vex` globs',
        line: 1,
      },
    ],
  };
}

function str(x: unknown): string | undefined {
  return typeof x === 'string' && x.trim() ? x.trim() : undefined;
}

function arr(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

function obj(x: unknown): Record<string, unknown> {
  return x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {};
}

/** bom-refs of this document's components, so `affects[].ref` can name one. */
function cycloneDxRefs(doc: Record<string, unknown>): Map<string, string | undefined> {
  const refs = new Map<string, string | undefined>();
  const walk = (components: unknown[]) => {
    for (const c of components) {
      const o = obj(c);
      const ref = str(o['bom-ref']);
      if (ref) refs.set(ref, str(o.purl));
      walk(arr(o.components));
    }
  };
  walk(arr(doc.components));
  const meta = obj(obj(doc.metadata).component);
  if (str(meta['bom-ref'])) refs.set(str(meta['bom-ref'])!, str(meta.purl));
  return refs;
}

/** The products a CycloneDX vulnerability's `affects[]` names. */
function cycloneDxProducts(v: Record<string, unknown>, refs: Map<string, string | undefined>): VexProduct[] {
  return arr(v.affects).flatMap((a): VexProduct[] => {
    const ref = str(obj(a).ref);
    if (!ref) return [];
    if (refs.has(ref)) return [{ bomRef: ref, ...(refs.get(ref) ? { purl: refs.get(ref) } : {}) }];
    if (ref.startsWith('pkg:')) return [{ purl: ref }];
    // A BOM-Link (urn:cdx:serial/version#bom-ref) names a component of another document by its bom-ref.
    const hash = ref.startsWith('urn:cdx:') ? ref.indexOf('#') : -1;
    return [{ bomRef: hash === -1 ? ref : decodeURIComponent(ref.slice(hash + 1)) }];
  });
}

function readCycloneDxVex(path: string, text: string, doc: Record<string, unknown>): VexReadResult {
  const vulns = arr(doc.vulnerabilities);
  const pointers = vulns.map((_, i) => `/vulnerabilities/${i}`);
  const lines = pointers.length ? jsonPointerLines(text, pointers) : new Map<string, number>();
  const refs = cycloneDxRefs(doc);
  const docTime = str(obj(doc.metadata).timestamp);

  const statements: VexStatement[] = [];
  const issues: VexIssue[] = [];
  vulns.forEach((raw, i) => {
    const v = obj(raw);
    const line = lines.get(`/vulnerabilities/${i}`);
    const id = str(v.id);
    const analysis = obj(v.analysis);
    const state = str(analysis.state);
    if (!id) {
      issues.push({ severity: 'error', message: `/vulnerabilities/${i} has no id — say which vulnerability the statement is about`, line });
      return;
    }
    if (!state) return; // a vulnerability listed without analysis is not a VEX statement
    if (!(KNOWN as readonly string[]).includes(state)) {
      issues.push({
        severity: 'error',
        message: `/vulnerabilities/${i} (${id}): analysis.state "${state}" is not a CycloneDX state (resolved, resolved_with_pedigree, exploitable, in_triage, false_positive, not_affected)`,
        line,
      });
      return;
    }
    const ids = [
      id,
      ...arr(v.references)
        .map((r) => str(obj(r).id))
        .filter((x): x is string => !!x),
    ];
    const products = cycloneDxProducts(v, refs);
    const justification = str(analysis.justification);
    const detail = str(analysis.detail);
    const status = state as VexStatus;
    const statement: VexStatement = {
      file: path,
      ...(line ? { line } : {}),
      format: 'cyclonedx',
      ids,
      products,
      status,
      assessed: ASSESSED.includes(status),
      ...(justification ? { justification } : {}),
      ...(detail ? { detail } : {}),
      ...((str(analysis.lastUpdated) ?? str(analysis.firstIssued) ?? str(v.updated) ?? str(v.published) ?? docTime)
        ? { timestamp: str(analysis.lastUpdated) ?? str(analysis.firstIssued) ?? str(v.updated) ?? str(v.published) ?? docTime }
        : {}),
    };
    if (status === 'not_affected' && !justification) {
      statement.assessed = false;
      statement.problem = 'says not_affected but gives no analysis.justification';
    }
    if (products.length === 0)
      issues.push({
        severity: 'error',
        message: `/vulnerabilities/${i} (${id}) has no affects[].ref — name the component (its bom-ref or purl)`,
        line,
      });
    statements.push(statement);
  });
  return { format: 'cyclonedx', statements, issues };
}

function readOpenVex(path: string, text: string, doc: Record<string, unknown>): VexReadResult {
  const list = arr(doc.statements);
  const pointers = list.map((_, i) => `/statements/${i}`);
  const lines = pointers.length ? jsonPointerLines(text, pointers) : new Map<string, number>();
  const docTime = str(doc.last_updated) ?? str(doc.timestamp);
  const statements: VexStatement[] = [];
  const issues: VexIssue[] = [];
  list.forEach((raw, i) => {
    const s = obj(raw);
    const line = lines.get(`/statements/${i}`);
    const vuln = s.vulnerability;
    const name = typeof vuln === 'string' ? str(vuln) : (str(obj(vuln).name) ?? str(obj(vuln)['@id']));
    const status = str(s.status);
    if (!name) {
      issues.push({ severity: 'error', message: `statement ${i + 1} names no vulnerability — set vulnerability.name`, line });
      return;
    }
    if (!status || !['not_affected', 'affected', 'fixed', 'under_investigation'].includes(status)) {
      issues.push({
        severity: 'error',
        message: `statement ${i + 1} (${name}): status "${status ?? ''}" is not an OpenVEX status (not_affected, affected, fixed, under_investigation)`,
        line,
      });
      return;
    }
    const ids = [
      name,
      ...arr(obj(vuln).aliases)
        .map(str)
        .filter((x): x is string => !!x),
    ];
    // A product with subcomponents is about those components inside it; without, about the product itself.
    const products: VexProduct[] = arr(s.products)
      .flatMap((p) => {
        const po = obj(p);
        const subs = arr(po.subcomponents);
        return (subs.length ? subs : [p]).map((c) => {
          const co = obj(c);
          const purl = str(obj(co.identifiers).purl) ?? (str(co['@id'])?.startsWith('pkg:') ? str(co['@id']) : undefined);
          return purl ? { purl } : { bomRef: str(co['@id']) ?? '' };
        });
      })
      .filter((p) => p.purl || p.bomRef);
    const justification = str(s.justification) ?? str(s.impact_statement);
    const detail = str(s.impact_statement) ?? str(s.status_notes);
    const timestamp = str(s.last_updated) ?? str(s.timestamp) ?? docTime;
    const statement: VexStatement = {
      file: path,
      ...(line ? { line } : {}),
      format: 'openvex',
      ids,
      products,
      status: status as VexStatus,
      assessed: ASSESSED.includes(status as VexStatus),
      ...(justification ? { justification: str(s.justification) ?? justification } : {}),
      ...(detail && detail !== justification ? { detail } : {}),
      ...(timestamp ? { timestamp } : {}),
    };
    if (status === 'not_affected' && !justification) {
      statement.assessed = false;
      statement.problem = 'says not_affected but gives neither justification nor impact_statement';
    }
    if (products.length === 0)
      issues.push({
        severity: 'error',
        message: `statement ${i + 1} (${name}) names no product — list the component's purl in products`,
        line,
      });
    statements.push(statement);
  });
  return { format: 'openvex', statements, issues };
}
