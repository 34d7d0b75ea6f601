import { defineRule } from '../../core/rule.js';
import { vulnerabilitiesRule } from './rule.js';
import { VulnerabilitiesOptions } from './options.js';
import { readKevCatalog, type KevEntry } from '../../parsers/kev.js';
import { purlKey } from '../../parsers/lockfiles/purl.js';
import {
  affectedKey,
  affectsVersion,
  asOsvRecord,
  osvRecordProblem,
  fixedVersions,
  idsOf,
  osvEcosystemOf,
  OSV_NAMESPACED_PURL_TYPES,
  osvSeverity,
  purlTypeAndNamespace,
  severityRank,
  SEVERITY_LEVELS,
  type OsvSeverity,
} from '../../parsers/osv.js';
import type { OsvVulnerability } from '../../core/osv.js';
import { readSbom, type SbomComponent, type SbomDocument } from '../../parsers/sbom/index.js';
import { jsonErrorLine, jsonPointerLines } from '../../parsers/sbom/json-lines.js';
import { DEFAULT_SBOM_GLOBS, sbomCandidates } from '../common/sbom-sources.js';
import { readVex, type VexStatement } from '../../parsers/vex/index.js';
import { FactError, type Facts, type FileText, type Finding, type ReportTable } from '../../core/types.js';
import { listing, plural, shortList, shortSha } from '../../util/text.js';
import type { GateContext, GateOutcome } from '../../core/rule.js';
import { readAtHeadOrReport } from '../common/read-file.js';
import { SbomOptions } from '../sbom/options.js';

const MAX_UNSCANNABLE_LISTED = 25;
const DAY_MS = 24 * 60 * 60 * 1000;

export type { VulnerabilitiesOptions } from './options.js';

export const vulnerabilities = defineRule({
  name: vulnerabilitiesRule.name,
  description: vulnerabilitiesRule.description,
  options: VulnerabilitiesOptions,

  async evaluate(options, facts, ctx): Promise<GateOutcome> {
    return (await assessVulnerabilities(options, facts, ctx)).outcome;
  },
});

/** A vulnerability still open for a component (not assessed, or assessed too long ago), as `sdlc-gate vex` needs it. */
export interface OpenVulnerability {
  component: SbomComponent;
  /** The SBOM that lists the component. */
  sbom: string;
  vulnerability: OsvVulnerability;
  /** Its id and aliases. */
  ids: string[];
  severity: OsvSeverity;
}

/**
 * Where evidence about the world — the offline OSV records and the KEV catalog — is read. A pull request is judged
 * by that evidence at its base commit, as by the policy: its author cannot move a fixed version, withdraw a record or
 * drop a KEV entry to pass their own change. `head` is for `sdlc-gate vex`, which has a work tree and no base.
 */
export type WorldAt = 'base' | 'head';

/** The gate's whole evaluation: its outcome, the open vulnerabilities behind it, and what kept it from seeing all. */
export async function assessVulnerabilities(
  options: VulnerabilitiesOptions,
  facts: Facts,
  ctx: GateContext,
  worldAt: WorldAt = 'base',
): Promise<{ outcome: GateOutcome; open: OpenVulnerability[]; problems: Finding[] }> {
  const findings: Finding[] = [];
  const now = Date.now();

  // 1. The components, from the SBOM gate's SBOMs.
  const { globs, explicit, cap } = sbomSource(options, ctx);
  const paths = sbomCandidates(await facts.listAtHead(globs), explicit);
  const docs = paths.length ? await readSbomDocuments(paths, explicit, cap, facts, findings) : [];
  const none = noSbom(globs, paths, docs.length, findings);
  if (none) {
    findings.push(none);
    return { outcome: { findings, summary: none.message }, open: [], problems: findings };
  }
  const targets = scanTargets(docs, options.source);
  const lines = componentLines([...targets.scanned, ...targets.unscannable]);

  // 2. Their known vulnerabilities: a component the source has no answer for (no offline record of its ecosystem) was not checked.
  const asked = [...new Set(targets.scanned.map((s) => s.query))];
  const byPurl =
    options.source === 'offline' ? await offlineScan(options, facts, asked, findings, worldAt) : await osvScan(options, facts, asked);
  const { scanned, unscannable } = options.source === 'offline' ? withoutAnswer(targets, byPurl, options.offline) : targets;
  const queries = asked.filter((q) => byPurl.has(q));

  // 3. KEV and VEX.
  const kev = options.kev ? await readKev(options.kev, cap, facts, findings, worldAt) : undefined;
  const statements = await readStatements(options, facts, cap, docs, findings);
  const used = new Set<VexStatement>();
  const statementsFor = statementIndex(statements);

  const open: OpenEntry[] = [];
  const assessed: Finding[] = [];
  const assessedRows: string[][] = [];
  for (const s of scanned) {
    const vulns = dedupeAliases(byPurl.get(s.query) ?? []);
    const where = { file: s.doc.path, ...(lines.get(s.c) ? { line: lines.get(s.c)! } : {}) };
    for (const v of vulns) {
      const judged = judgeVulnerability(s, v, where, { options, kev, now, statementsFor, used });
      if ('open' in judged) open.push(judged.open);
      else {
        assessed.push(judged.assessed);
        assessedRows.push(judged.row);
      }
    }
  }

  // 4. VEX statements that match nothing any more.
  findings.push(...unusedStatements(statements, used, targets.scanned));

  open.sort((a, b) => b.rank - a.rank);
  const unscannableFindings = unscannableComponents(unscannable, lines);
  const all = [
    ...findings.filter((f) => f.severity === 'error'),
    ...open.map((o) => o.finding),
    ...unscannableFindings,
    ...findings.filter((f) => f.severity !== 'error'),
    ...assessed,
  ];

  const summary = summaryOf(findings, open, assessed.length, unscannable, queries.length, docs, options.fail_on);
  const tables: ReportTable[] = [];
  if (open.length)
    tables.push({
      title: 'Open vulnerabilities',
      columns: ['Severity', 'Component', 'Vulnerability', 'Fixed in', 'KEV', 'Status', 'SBOM'],
      rows: open.map((o) => o.row),
    });
  if (assessedRows.length) {
    tables.push({
      title: 'Assessed vulnerabilities (VEX)',
      columns: ['Component', 'Vulnerability', 'Status', 'Justification', 'Detail', 'Statement', 'Assessed'],
      rows: assessedRows,
      collapsed: true,
    });
  }
  // Problems: what kept the gate from seeing every component and vulnerability (as opposed to what it found).
  return {
    outcome: { findings: all, summary, tables },
    open: open.map((o) => o.vuln),
    problems: findings.filter((f) => f.severity === 'error'),
  };
}

/**
 * The error when no SBOM was read and nothing else says why: no file matches the globs, or only files under the
 * default names that are no SBOM (docs/sbom.md) do. No component was read either way, so none was checked.
 */
function noSbom(globs: readonly string[], paths: readonly string[], read: number, findings: readonly Finding[]): Finding | undefined {
  if (read > 0 || findings.some((f) => f.severity === 'error')) return undefined;
  const what = paths.length
    ? `${shortList(paths, 3)} ${paths.length === 1 ? 'matches' : 'match'} the default SBOM names but ${paths.length === 1 ? 'is no SBOM' : 'are no SBOMs'}`
    : `no file matches ${shortList(globs, 8)}`;
  return {
    severity: 'error',
    message: `No SBOM found at head: ${what}, so no component can be checked for vulnerabilities — commit an SBOM, or point sbom_gate/paths at it.`,
  };
}

/** Statements by id (upper case), so each vulnerability looks only at those that name it. */
function statementIndex(statements: readonly VexStatement[]): (ids: string[]) => VexStatement[] {
  const byStatementId = new Map<string, VexStatement[]>();
  for (const st of statements) {
    for (const id of new Set(st.ids.map((i) => i.toUpperCase()))) {
      const list = byStatementId.get(id);
      if (list) list.push(st);
      else byStatementId.set(id, [st]);
    }
  }
  return (ids: string[]) => [...new Set(ids.flatMap((id) => byStatementId.get(id.toUpperCase()) ?? []))];
}

/** A component that cannot be looked up: without a purl (or its version), or with a purl OSV has no ecosystem for. */
export interface Unscannable {
  doc: SbomDocument;
  c: SbomComponent;
  why: string;
  /** Why it was not asked about or not answered: no purl (or version), a purl OSV has no ecosystem for, or no offline record of its ecosystem. */
  kind: 'no purl' | 'no OSV ecosystem' | 'no offline records of their ecosystem';
}

/** What to do about a component that cannot be checked, by why. */
export const FIX: Record<Unscannable['kind'], string> = {
  'no purl': 'add a purl with its version (regenerate the SBOM with a generator that records them)',
  'no OSV ecosystem':
    'add the purl its package registry or distribution uses (e.g. pkg:npm/…, pkg:deb/debian/…), or assess the component yourself',
  'no offline records of their ecosystem': 'add the records of its ecosystem (an unpacked OSV export of it), or use source: osv',
};

/** A warning per component that cannot be checked (the first MAX_UNSCANNABLE_LISTED, then a count). */
function unscannableComponents(unscannable: readonly Unscannable[], lines: ReadonlyMap<SbomComponent, number>): Finding[] {
  const list = unscannable.slice(0, MAX_UNSCANNABLE_LISTED).map((u): Finding => ({
    severity: 'warning',
    message: `${u.doc.path} ${u.c.pointer}: component "${u.c.name}${u.c.version ? `@${u.c.version}` : ''}" cannot be checked for vulnerabilities because ${u.why} — ${FIX[u.kind]}.`,
    file: u.doc.path,
    ...(lines.get(u.c) ? { line: lines.get(u.c)! } : {}),
  }));
  if (unscannable.length > MAX_UNSCANNABLE_LISTED) {
    list.push({
      severity: 'warning',
      message: `and ${unscannable.length - MAX_UNSCANNABLE_LISTED} more components cannot be checked (${unscannable.length} in all).`,
    });
  }
  return list;
}

/** The gate's one-line summary: the first problem, else the open vulnerabilities by severity and what was assessed. */
function summaryOf(
  findings: readonly Finding[],
  open: readonly OpenEntry[],
  assessedCount: number,
  unscannable: readonly Unscannable[],
  queryCount: number,
  docs: readonly { doc: SbomDocument }[],
  failOn: VulnerabilitiesOptions['fail_on'],
): string {
  const openErrors = open.filter((o) => o.finding.severity === 'error').length;
  const counts = SEVERITY_LEVELS.slice()
    .reverse()
    .map((l) => [l, open.filter((o) => o.rank === severityRank(l)).length] as const)
    .filter(([, n]) => n > 0)
    .map(([l, n]) => `${n} ${l}`);
  const scope = `${plural(queryCount, 'component')} of ${shortList(
    docs.filter((d) => d.doc.components.length).map((d) => d.doc.path),
    3,
  )}`;
  return findings.some((f) => f.severity === 'error')
    ? findings.find((f) => f.severity === 'error')!.message
    : open.length
      ? `${plural(open.length, 'open vulnerability', 'open vulnerabilities')}${counts.length ? ` (${counts.join(', ')})` : ''}${openErrors ? `, ${openErrors} at or above ${failOn} or in KEV` : ''} in ${scope}; ${assessedCount} assessed`
      : `no open vulnerabilities in ${scope}; ${assessedCount} assessed${notChecked(unscannable)}`;
}

/** The SBOMs at head; a file under the default names that is not an SBOM is skipped, an unreadable one reported. */
export async function readSbomDocuments(
  paths: readonly string[],
  explicit: boolean,
  cap: number,
  facts: Facts,
  findings: Finding[],
): Promise<{ doc: SbomDocument; text: string }[]> {
  const docs: { doc: SbomDocument; text: string }[] = [];
  for (const path of paths) {
    const file = await readAtHeadOrReport(facts, path, cap, 'SBOM', findings);
    if (!file) continue;
    const read = readSbom({ path, text: file.text });
    if (!read.document) {
      if (!explicit && !read.detection.family) continue; // e.g. docs/sbom.md under the default names: not an SBOM
      findings.push({
        severity: 'error',
        message: `${path} cannot be read as an SBOM (${read.issues[0]?.message ?? 'unknown format'}), so its components were not checked — fix it (the sbom gate says how).`,
        file: path,
        ...(read.issues[0]?.line ? { line: read.issues[0].line } : {}),
      });
      continue;
    }
    docs.push({ doc: read.document, text: file.text });
  }
  return docs;
}

/** "; 2 components without a purl; 1 component not checked (no OSV ecosystem)" — what the summary adds for them. */
function notChecked(unscannable: readonly Unscannable[]): string {
  let out = '';
  for (const kind of Object.keys(FIX) as Unscannable['kind'][]) {
    const n = unscannable.filter((u) => u.kind === kind).length;
    if (n) out += kind === 'no purl' ? `; ${plural(n, 'component')} without a purl` : `; ${plural(n, 'component')} not checked (${kind})`;
  }
  return out;
}

/**
 * The scanned components the source gave no answer for (offline records name no package of their ecosystem: see
 * offlineScan) move to the components that were not checked; every other answer, an empty one included, stands.
 */
export function withoutAnswer(
  targets: { scanned: Scanned[]; unscannable: Unscannable[] },
  byPurl: ReadonlyMap<string, OsvVulnerability[]>,
  offlineDir: string,
): { scanned: Scanned[]; unscannable: Unscannable[] } {
  const scanned = targets.scanned.filter((s) => byPurl.has(s.query));
  if (scanned.length === targets.scanned.length) return targets;
  const dir = offlineDir.replace(/\/+$/, '');
  const unanswered = targets.scanned
    .filter((s) => !byPurl.has(s.query))
    .map((s): Unscannable => ({
      doc: s.doc,
      c: s.c,
      why: `the offline OSV records in ${dir}/ hold no record of a pkg:${purlKey(s.query)?.type ?? '?'} package, so they say nothing about it`,
      kind: 'no offline records of their ecosystem',
    }));
  return { scanned, unscannable: [...targets.unscannable, ...unanswered] };
}

/**
 * The components to ask about (once per SBOM and purl), and those that cannot be asked about. The OSV API answers a
 * purl it has no ecosystem for (pkg:github/…, pkg:rpm/fedora/…) with no vulnerabilities, not an error: with source
 * osv such a component is not asked about but reported as not checked. Offline records may name any purl.
 */
export function scanTargets(docs: readonly { doc: SbomDocument }[], source: VulnerabilitiesOptions['source']) {
  const scanned: Scanned[] = [];
  const seen = new Set<string>();
  const unscannable: Unscannable[] = [];
  for (const { doc } of docs) {
    for (const c of doc.components) {
      const query = c.purl ? queryPurl(c.purl) : undefined;
      if (!query) {
        unscannable.push({ doc, c, why: c.purl ? `its purl ${c.purl} has no version` : 'it has no purl', kind: 'no purl' });
        continue;
      }
      if (source === 'osv' && !osvEcosystemOf(query)) {
        const parts = purlTypeAndNamespace(query);
        const namespace = parts?.namespace && OSV_NAMESPACED_PURL_TYPES.has(parts.type) ? `, namespace ${parts.namespace}` : '';
        const named = parts ? ` (type ${parts.type}${namespace})` : '';
        unscannable.push({
          doc,
          c,
          why: `OSV has no ecosystem for its purl ${c.purl}${named}, and answers such a purl with no vulnerabilities whether or not it has any`,
          kind: 'no OSV ecosystem',
        });
        continue;
      }
      if (seen.has(`${doc.path} ${query}`)) continue;
      seen.add(`${doc.path} ${query}`);
      scanned.push({ doc, c, query });
    }
  }
  return { scanned, unscannable };
}

/** A notice per VEX statement that matched nothing: the components by purl identity and bom-ref, to look each product up. */
function unusedStatements(statements: readonly VexStatement[], used: ReadonlySet<VexStatement>, scanned: readonly Scanned[]): Finding[] {
  const notices: Finding[] = [];
  const scannedByKey = new Map<string, SbomComponent[]>();
  const scannedRefs = new Set<string>();
  for (const s of scanned) {
    if (s.c.ref !== undefined) scannedRefs.add(s.c.ref);
    const key = s.c.purl ? purlKey(s.c.purl)?.key : undefined;
    if (!key) continue;
    const list = scannedByKey.get(key);
    if (list) list.push(s.c);
    else scannedByKey.set(key, [s.c]);
  }
  const matchesAny = (p: VexStatement['products'][number]) =>
    (p.bomRef !== undefined && scannedRefs.has(p.bomRef)) ||
    (p.purl !== undefined && (scannedByKey.get(purlKey(p.purl)?.key ?? '') ?? []).some((c) => productMatches(p, c)));
  for (const st of statements) {
    if (used.has(st)) continue;
    const products = st.products.map((p) => p.purl ?? p.bomRef).join(', ');
    const hasComponent = st.products.some(matchesAny);
    notices.push({
      severity: 'notice',
      message: `The VEX statement on ${st.ids[0]} for ${products || 'no product'} matches ${hasComponent ? 'no vulnerability OSV reports for that component now' : 'no component in the SBOM'} — remove it if the component or vulnerability is gone, or fix its ids or purls.`,
      file: st.file,
      ...(st.line ? { line: st.line } : {}),
    });
  }
  return notices;
}

type OpenEntry = { rank: number; finding: Finding; row: string[]; vuln: OpenVulnerability };

interface Judging {
  options: VulnerabilitiesOptions;
  kev: Awaited<ReturnType<typeof readKev>> | undefined;
  now: number;
  statementsFor: (ids: string[]) => VexStatement[];
  used: Set<VexStatement>;
}

/** One vulnerability of one component: open (with its finding and table row), or assessed by a current VEX statement. */
function judgeVulnerability(
  s: Scanned,
  v: OsvVulnerability,
  where: { file: string; line?: number },
  j: Judging,
): { open: OpenEntry } | { assessed: Finding; row: string[] } {
  const ids = idsOf(v);
  const severity = osvSeverity(v);
  const kev = j.kev;
  const kevEntry = kev && ids.map((id) => kev.get(id.toUpperCase())).find(Boolean);
  const failing = kevEntry !== undefined || severity.level === undefined || severityRank(severity.level) >= severityRank(j.options.fail_on);
  const statement = latest(j.statementsFor(ids).filter((st) => covers(st, ids, s.c)));
  if (statement) j.used.add(statement);
  const what = describe(s.c, v, severity, kevEntry, fixedVersions(v, s.query));
  const rank = kevEntry ? 5 : severity.level ? severityRank(severity.level) : 4;
  const component = `${s.c.name}@${s.c.version ?? '?'}`;
  const idText = `${v.id}${ids.length > 1 ? ` (${ids.filter((i) => i !== v.id).join(', ')})` : ''}`;
  const sbomPlace = `${where.file}${where.line ? `:${where.line}` : ''}`;
  const vuln: OpenVulnerability = { component: s.c, sbom: s.doc.path, vulnerability: v, ids, severity };
  const openRow = (state: string) => [
    `${severity.level ?? 'unknown'}${severity.score !== undefined ? ` ${severity.score}` : ''}`,
    component,
    idText,
    fixedVersions(v, s.query).join(', ') || 'none known',
    kevEntry ? 'yes' : 'no',
    state,
    sbomPlace,
  ];
  if (statement?.assessed) {
    const assessment = `${statement.status}${statement.justification ? ` (${statement.justification})` : ''}${statement.detail ? `: ${statement.detail}` : ''}`;
    const place = `${statement.file}${statement.line ? `:${statement.line}` : ''}`;
    const dated = notCurrent(statement, j, `the assessment of ${v.id} in ${component} (${place})`);
    if (dated) {
      return {
        open: {
          rank,
          vuln,
          row: openRow(`${dated.state} (${place})`),
          finding: {
            severity: failing ? 'error' : 'warning',
            message: `${what} Its assessment ${assessment} (${place}) ${dated.why} — ${dated.fix} (CycloneDX analysis.lastUpdated, OpenVEX last_updated), or fix the component.`,
            ...where,
            action: { text: dated.action },
          },
        },
      };
    }
    return assessedEntry(statement, s, ids, component, idText, place);
  }
  const vexNote = statement
    ? statement.problem
      ? ` The VEX statement at ${statement.file}${statement.line ? `:${statement.line}` : ''} ${statement.problem}, so it does not count — add the justification.`
      : ` VEX (${statement.file}${statement.line ? `:${statement.line}` : ''}) says ${statement.status}.`
    : '';
  const next = ` Upgrade to a fixed version, or assess it in a VEX document (${shortList(j.options.vex, 2)}) with status not_affected and a justification.`;
  const state = statement ? (statement.problem ? `VEX incomplete (${statement.file})` : `VEX: ${statement.status}`) : 'not assessed';
  const fixed = fixedVersions(v, s.query);
  // Upgrading is the fix where there is one; otherwise `sdlc-gate vex` writes the VEX skeleton to assess it in.
  const action = fixed.length
    ? { text: `Upgrade ${s.c.name} to ${listing(fixed.slice(0, 3), 'or')} (fixes ${v.id}), or assess ${v.id} in a VEX document` }
    : {
        text: `Assess ${v.id} in ${component} in a VEX document (no fixed version is known), or replace ${s.c.name}`,
        command: 'sdlc-gate vex',
      };
  return {
    open: {
      rank,
      vuln,
      row: openRow(state),
      finding: { severity: failing ? 'error' : 'warning', message: `${what}${vexNote}${next}`, ...where, action },
    },
  };
}

/** A current VEX assessment of one vulnerability: its notice and its row in the assessed table. */
function assessedEntry(
  statement: VexStatement,
  s: Scanned,
  ids: string[],
  component: string,
  idText: string,
  place: string,
): { assessed: Finding; row: string[] } {
  // The detail is long prose: the report's assessed table carries it; the notice (and so the JSON) points at it.
  const verdict = `${statement.status}${statement.justification ? ` (${statement.justification})` : ''}`;
  return {
    assessed: {
      severity: 'notice',
      message: `assessed: ${s.c.name}@${s.c.version ?? '?'} ${ids.join(' / ')} — ${verdict}; ${place}, ${statement.timestamp!.slice(0, 10)}.`,
      file: statement.file,
      ...(statement.line ? { line: statement.line } : {}),
    },
    row: [
      component,
      idText,
      statement.status,
      statement.justification ?? '',
      statement.detail ?? '',
      place,
      statement.timestamp!.slice(0, 10),
    ],
  };
}

export interface Scanned {
  doc: SbomDocument;
  c: SbomComponent;
  /** The purl sent to OSV: qualifiers and subpath dropped. */
  query: string;
}

/** The SBOMs to scan: `paths`, else those of the sbom gate named by sbom_gate (default: the gate called sbom). */
export function sbomSource(options: VulnerabilitiesOptions, ctx: GateContext): { globs: string[]; explicit: boolean; cap: number } {
  if (options.paths) return { globs: options.paths, explicit: true, cap: options.max_file_bytes };
  const id = options.sbom_gate ?? 'sbom';
  const gate = ctx.gates.find((g) => g.id === id);
  if (!gate) {
    if (options.sbom_gate)
      throw new Error(`sbom_gate names "${id}", but the policy has no gate with that id — fix sbom_gate, or give paths`);
    return { globs: DEFAULT_SBOM_GLOBS, explicit: false, cap: options.max_file_bytes };
  }
  const sbom = ctx.gateOptions(id, { name: 'sbom', options: SbomOptions });
  if (!sbom) throw new Error(`sbom_gate names "${id}", which runs rule ${gate.rule}, not sbom — name an sbom gate, or give paths`);
  const paths = sbom.paths;
  const cap = typeof sbom.max_file_bytes === 'number' ? Math.max(sbom.max_file_bytes, options.max_file_bytes) : options.max_file_bytes;
  return Array.isArray(paths) && paths.length ? { globs: paths, explicit: true, cap } : { globs: DEFAULT_SBOM_GLOBS, explicit: false, cap };
}

/** pkg:type/ns/name@version without qualifiers and subpath; undefined without a version. */
export function queryPurl(purl: string): string | undefined {
  const cut = purl.search(/[?#]/);
  const bare = cut === -1 ? purl : purl.slice(0, cut);
  const k = purlKey(bare);
  return k?.version ? bare : undefined;
}

function componentLines(items: { doc: SbomDocument; c: SbomComponent }[]): Map<SbomComponent, number> {
  const out = new Map<SbomComponent, number>();
  const byDoc = new Map<SbomDocument, SbomComponent[]>();
  for (const { doc, c } of items) {
    if (c.line !== undefined) out.set(c, c.line);
    else {
      const list = byDoc.get(doc);
      if (list) list.push(c);
      else byDoc.set(doc, [c]);
    }
  }
  for (const [doc, cs] of byDoc) {
    const lines = doc.linesOf([...new Set(cs.map((c) => c.pointer))]);
    for (const c of cs) {
      const l = lines.get(c.pointer);
      if (l !== undefined) out.set(c, l);
    }
  }
  return out;
}

async function osvScan(options: VulnerabilitiesOptions, facts: Facts, purls: string[]): Promise<Map<string, OsvVulnerability[]>> {
  if (purls.length === 0) return new Map();
  if (!facts.osvScan)
    throw new FactError(
      'this run has no OSV client, so vulnerabilities cannot be looked up — use source: offline with a folder of OSV records',
    );
  return facts.osvScan(options.osv_api, purls);
}

export async function offlineScan(
  options: VulnerabilitiesOptions,
  facts: Facts,
  purls: string[],
  findings: Finding[],
  at: WorldAt,
): Promise<Map<string, OsvVulnerability[]>> {
  const dir = options.offline.replace(/\/+$/, '');
  const globs = [`${dir}/**/*.json`];
  const files = (at === 'base' ? await facts.listAtBase(globs) : await facts.listAtHead(globs)).sort();
  if (files.length === 0) {
    const added = at === 'base' ? (await facts.listAtHead(globs)).length : 0;
    throw new FactError(
      added
        ? `source is offline, but ${dir}/ holds no OSV records (*.json) at the base commit, and offline records are read there; this pull request adds ${plural(added, 'record')}, which count${added === 1 ? 's' : ''} from the next pull request on, once this one is reviewed and merged — merge the records on their own first`
        : `source is offline, but ${dir}/ holds no OSV records (*.json) at ${at === 'base' ? 'the base commit' : 'head'} — commit the records (e.g. an unpacked OSV ecosystem export), or use source: osv`,
    );
  }
  if (at === 'base') {
    const listed = new Set(files);
    await reportChangedEvidence(
      facts,
      (p) => listed.has(p) || (p.startsWith(`${dir}/`) && p.endsWith('.json')),
      `OSV records in ${dir}/`,
      findings,
    );
  }
  const byKey = new Map<string, OsvVulnerability[]>();
  for (const path of files) {
    const file = await readEvidence(facts, at, path, options.max_file_bytes, 'OSV record', findings);
    if (!file) continue;
    let json: unknown;
    try {
      json = JSON.parse(file.text);
    } catch (e) {
      const message = (e as Error).message;
      findings.push({
        severity: 'error',
        message: `${path} is not valid JSON (${message}), so the vulnerability it records was not checked — replace it with the OSV record`,
        file: path,
        line: jsonErrorLine(file.text, message) ?? 1,
      });
      continue;
    }
    // A malformed record is refused, not read in part: an `affected` that is not a list would otherwise affect nothing.
    const problem = osvRecordProblem(json);
    if (problem) {
      const field = problem.pointer || 'the record';
      findings.push({
        severity: 'error',
        message: `${path} is not a well-formed OSV record: ${field} ${problem.message}, so the vulnerability it records was not checked — replace it with the record as OSV publishes it (https://ossf.github.io/osv-schema/)`,
        file: path,
        line: problem.pointer ? (jsonPointerLines(file.text, [problem.pointer]).get(problem.pointer) ?? 1) : 1,
      });
      continue;
    }
    const record = asOsvRecord(json)!;
    if (record.withdrawn) continue;
    for (const key of new Set((record.affected ?? []).map(affectedKey).filter((k): k is string => !!k))) {
      const list = byKey.get(key);
      if (list) list.push(record);
      else byKey.set(key, [record]);
    }
  }
  // A purl of a type no record names gets no entry: the records say nothing about that ecosystem (an npm export
  // knows no PyPI package), which the gate reports as not checked rather than as no vulnerabilities.
  const covered = new Set([...byKey.keys()].map((k) => k.slice(0, k.indexOf('/'))));
  const out = new Map<string, OsvVulnerability[]>();
  for (const purl of purls) {
    const key = purlKey(purl)?.key;
    if (!key || !covered.has(key.slice(0, key.indexOf('/')))) continue;
    out.set(
      purl,
      (byKey.get(key) ?? []).filter((r) => affectsVersion(r, purl)),
    );
  }
  return out;
}

/** A file of evidence about the world, at base (a pull request) or head (the work tree); what cannot be read is an error finding. */
async function readEvidence(
  facts: Facts,
  at: WorldAt,
  path: string,
  cap: number,
  what: string,
  findings: Finding[],
): Promise<FileText | undefined> {
  if (at === 'head') return readAtHeadOrReport(facts, path, cap, what, findings);
  let file: FileText | undefined;
  try {
    file = await facts.readAtBase(path, { maxBytes: cap });
  } catch (e) {
    if (!(e instanceof FactError)) throw e;
    findings.push({ severity: 'error', message: `The ${what} ${path} could not be read at the base commit: ${e.message}`, file: path });
    return undefined;
  }
  if (!file) {
    findings.push({
      severity: 'error',
      message: `The ${what} ${path} is not in the base commit, where it is read — commit it in a pull request of its own first, or fix the path in the policy`,
      file: path,
    });
    return undefined;
  }
  if (file.bytes.length > cap) {
    findings.push({
      severity: 'error',
      message: `The ${what} ${path} is ${file.bytes.length} bytes at the base commit, over the gate's max_file_bytes of ${cap}; it was not checked — raise max_file_bytes or split it`,
      file: path,
    });
    return undefined;
  }
  return file;
}

/** A pull request that edits the evidence it is judged by is told that its edits count from the next pull request on. */
async function reportChangedEvidence(
  facts: Facts,
  isEvidence: (path: string) => boolean,
  what: string,
  findings: Finding[],
): Promise<void> {
  const changed = (await facts.changedFiles()).filter(
    (f) => isEvidence(f.path) || (f.previousPath !== undefined && isEvidence(f.previousPath)),
  );
  if (changed.length === 0) return;
  const base = shortSha((await facts.pr()).baseSha);
  findings.push({
    severity: 'warning',
    message: `This pull request changes ${what} (${shortList(
      changed.map((f) => f.path),
      5,
    )}); the gate read them as they are at the base commit ${base}, so the changes count from the next pull request on, once this one is reviewed and merged — reviewers: check each change against its source.`,
    file: changed[0]!.path,
  });
}

export async function readKev(
  path: string,
  cap: number,
  facts: Facts,
  findings: Finding[],
  at: WorldAt,
): Promise<Map<string, KevEntry> | undefined> {
  if (at === 'base') await reportChangedEvidence(facts, (p) => p === path, `the KEV catalog ${path}`, findings);
  const file = await readEvidence(facts, at, path, cap, 'KEV catalog', findings);
  if (!file) return undefined;
  const kev = readKevCatalog(file.text);
  if (!kev.ok) {
    findings.push({
      severity: 'error',
      message: `The KEV catalog ${path} ${kev.message} — download the JSON feed from CISA again and commit it`,
      file: path,
      line: kev.line,
    });
    return undefined;
  }
  return kev.entries;
}

export async function readStatements(
  options: VulnerabilitiesOptions,
  facts: Facts,
  cap: number,
  docs: { doc: SbomDocument; text: string }[],
  findings: Finding[],
): Promise<VexStatement[]> {
  const statements: VexStatement[] = [];
  const sbomPaths = new Set(docs.map((d) => d.doc.path));
  const vexPaths = options.vex.length ? (await facts.listAtHead(options.vex)).filter((p) => !sbomPaths.has(p)).sort() : [];
  const sources: { path: string; text: string }[] = [];
  // A CycloneDX SBOM may carry its own vulnerabilities[].analysis.
  for (const { doc, text } of docs)
    if (doc.family === 'cyclonedx' && doc.encoding === 'json' && text.includes('"vulnerabilities"')) sources.push({ path: doc.path, text });
  for (const path of vexPaths) {
    const file = await readAtHeadOrReport(facts, path, cap, 'VEX document', findings);
    if (file) sources.push({ path, text: file.text });
  }
  for (const { path, text } of sources) {
    const read = readVex(path, text);
    statements.push(...read.statements);
    for (const i of read.issues) {
      findings.push({ severity: i.severity, message: `${path}: ${i.message}`, file: path, ...(i.line ? { line: i.line } : {}) });
    }
  }
  return statements;
}

/**
 * One record per vulnerability: records that name each other (a GHSA and the ecosystem database's record of the same
 * CVE) are kept as the one with the most aliases, unless another of them is more severe (a higher level, or the same
 * level and a higher score): then that one stands for them, so two databases' scores never make a vulnerability less
 * severe than one of them says. The record kept carries the other records' ids among its aliases, for VEX and KEV.
 */
export function dedupeAliases(vulns: OsvVulnerability[]): OsvVulnerability[] {
  const out: OsvVulnerability[] = [];
  /** The index in `out` of the record each id (upper case) belongs to. */
  const owner = new Map<string, number>();
  for (const v of [...vulns].sort((a, b) => (b.aliases?.length ?? 0) - (a.aliases?.length ?? 0) || a.id.localeCompare(b.id))) {
    const ids = idsOf(v).map((i) => i.toUpperCase());
    const at = owner.get(v.id.toUpperCase());
    if (at === undefined) {
      for (const i of ids) if (!owner.has(i)) owner.set(i, out.length);
      out.push(v);
      continue;
    }
    const kept = out[at]!;
    const [winner, other] = moreSevere(v, kept) ? [v, kept] : [kept, v];
    const aliases = [...new Set([...idsOf(winner), ...idsOf(other)])].filter((i) => i !== winner.id);
    out[at] = { ...winner, aliases };
    for (const i of ids) if (!owner.has(i)) owner.set(i, at);
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** Whether `a` is known to be more severe than `b`; an unknown severity (treated as failing) is never replaced. */
function moreSevere(a: OsvVulnerability, b: OsvVulnerability): boolean {
  const sa = osvSeverity(a);
  const sb = osvSeverity(b);
  if (!sa.level || !sb.level) return false;
  const byLevel = severityRank(sa.level) - severityRank(sb.level);
  return byLevel > 0 || (byLevel === 0 && (sa.score ?? 0) > (sb.score ?? 0));
}

export function covers(st: VexStatement, ids: string[], c: SbomComponent): boolean {
  const upper = new Set(ids.map((i) => i.toUpperCase()));
  return st.ids.some((i) => upper.has(i.toUpperCase())) && st.products.some((p) => productMatches(p, c));
}

/** A VEX product names a component by purl (a purl without version covers every version) or by its bom-ref. */
function productMatches(p: VexStatement['products'][number], c: SbomComponent): boolean {
  if (p.purl && c.purl) {
    const a = purlKey(p.purl);
    const b = purlKey(c.purl);
    if (a && b && a.key === b.key && (a.version === undefined || a.version === b.version)) return true;
  }
  return p.bomRef !== undefined && c.ref !== undefined && p.bomRef === c.ref;
}

/**
 * Why an assessment is not current, or undefined when it is: undated, older than vex_max_age_days, or dated more than
 * a day ahead (a typo such as 2062 for 2026, or a date set ahead, would otherwise never go stale).
 */
function notCurrent(
  statement: VexStatement,
  j: Judging,
  subject: string,
): { state: string; why: string; fix: string; action: string } | undefined {
  const at = statement.timestamp ? Date.parse(statement.timestamp) : NaN;
  const review = {
    state: 'assessment stale',
    fix: 'review it and update its timestamp',
    action: `Review ${subject} and update its timestamp`,
  };
  if (!Number.isFinite(at)) return { ...review, why: 'is stale: undated' };
  const day = statement.timestamp!.slice(0, 10);
  if (at - j.now > DAY_MS)
    return {
      state: 'assessment dated ahead',
      why: `is not current: dated ${day}, in the future`,
      fix: 'write the date the assessment was made',
      action: `Correct the date of ${subject}`,
    };
  if (j.now - at > j.options.vex_max_age_days * DAY_MS)
    return { ...review, why: `is stale: dated ${day}, older than ${j.options.vex_max_age_days} days` };
  return undefined;
}

export function latest(statements: VexStatement[]): VexStatement | undefined {
  const time = (s: VexStatement) => (s.timestamp ? Date.parse(s.timestamp) || 0 : 0);
  return statements.reduce<VexStatement | undefined>((best, s) => (!best || time(s) > time(best) ? s : best), undefined);
}

function describe(c: SbomComponent, v: OsvVulnerability, severity: OsvSeverity, kev: KevEntry | undefined, fixed: string[]): string {
  const aliases = (v.aliases ?? []).filter((a) => a !== v.id);
  const sev = severity.level
    ? `${severity.level}${severity.score !== undefined ? `, ${severity.source} ${severity.score}` : ' (database severity)'}`
    : 'severity unknown (no CVSS vector or database severity; treated as failing)';
  const summary = v.summary ? ` — ${v.summary.trim().slice(0, 200)}` : '';
  const kevNote = kev ? `; in CISA KEV (known exploited${kev.dateAdded ? `, added ${kev.dateAdded}` : ''})` : '';
  const fix = fixed.length ? `fixed in ${fixed.join(', ')}` : 'no fixed version known';
  return `${c.name}@${c.version ?? '?'} (${c.purl}) has ${v.id}${aliases.length ? ` (${aliases.join(', ')})` : ''}: ${sev}${kevNote}${summary}; ${fix}.`;
}
