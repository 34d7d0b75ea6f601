import {
  MONITOR_SCHEMA,
  type FindingStatus,
  type MonitorAssessment,
  type MonitorFinding,
  type MonitorRef,
  type MonitorResult,
  type MonitorSources,
  type MonitorState,
  type NotCheckedComponent,
} from '../core/monitor.js';
import { createFacts } from '../facts/facts.js';
import { purlKey } from '../parsers/lockfiles/purl.js';
import type { OsvVulnerability } from '../core/osv.js';
import { fixedVersions, idsOf, osvSeverity, severityRank } from '../parsers/osv.js';
import { readSbom, type SbomDocument } from '../parsers/sbom/index.js';
import { sbomCandidates } from '../rules/common/sbom-sources.js';
import type { VexStatement } from '../parsers/vex/index.js';
import { gateContext } from '../policy/context.js';
import type { MonitorConfig, Policy } from '../policy/types.js';
import { readAtHeadOrReport } from '../rules/common/read-file.js';
import {
  covers,
  dedupeAliases,
  latest,
  offlineScan,
  readKev,
  readStatements,
  sbomSource,
  scanTargets,
  vulnerabilities,
  withoutAnswer,
  FIX,
  type Scanned,
  type Unscannable,
  type VulnerabilitiesOptions,
} from '../rules/vulnerabilities/index.js';
import { FactError, type Facts, type Finding } from '../core/types.js';
import { globMatcher } from '../util/glob.js';
import { compareVersionStrings } from '../util/version.js';
import { monitorKey } from './state.js';

// Post-market surveillance: the SBOMs of the released versions (tags) and watched branches, their components'
// known vulnerabilities (one OSV lookup per distinct purl, across every ref), the assessments (VEX at the ref and
// on the default branch, the newest statement winning), and the clocks from first sight. Reads through
// MonitorSources only; decides nothing about issues (src/publish/issues.ts does).

const DAY_MS = 24 * 60 * 60 * 1000;

export const DEFAULT_MONITOR: MonitorConfig = {
  releases: ['v*'],
  max_releases: 10,
  branches: [],
  respond_within_days: 30,
  remediate_within_days: 60,
  labels: ['vulnerability', 'postmarket'],
};

export interface MonitorRequest {
  policy: Policy;
  sources: MonitorSources;
  now: Date;
  /** Refs to watch instead of the policy's. */
  refs?: string[];
  state?: MonitorState;
}

/** The policy's vulnerabilities gate (its options with defaults filled), or an Error saying what to add. */
export function vulnerabilitiesGate(policy: Policy): { id: string; options: VulnerabilitiesOptions } {
  const gate = policy.gates.find((g) => g.rule === vulnerabilities.name);
  if (!gate)
    throw new MonitorPolicyError(
      `the policy ${policy.path} has no vulnerabilities gate; the monitor uses its configuration (SBOMs, source, fail_on, kev, vex) — add one under gates:`,
    );
  return { id: gate.id, options: gate.options as unknown as VulnerabilitiesOptions };
}

export class MonitorPolicyError extends Error {}

/**
 * The refs to watch: the newest `max_releases` tags matching `releases` (by version), then the branches; and the
 * older release tags left out by max_releases, which the result names rather than passing over in silence.
 */
export async function watchedRefs(
  config: MonitorConfig,
  sources: MonitorSources,
  defaultBranch: string,
): Promise<{ refs: { ref: string; kind: 'tag' | 'branch' }[]; notWatched: string[] }> {
  const matches = globMatcher(config.releases);
  const tags = (await sources.tags()).filter(matches);
  const versionOf = (t: string) => t.replace(/^[^0-9]*/, '');
  tags.sort((a, b) => compareVersionStrings(versionOf(b), versionOf(a)) || (a < b ? -1 : a > b ? 1 : 0));
  const branches = config.branches.length ? config.branches : [defaultBranch];
  return {
    refs: [
      ...tags.slice(0, config.max_releases).map((ref) => ({ ref, kind: 'tag' as const })),
      ...branches.map((ref) => ({ ref, kind: 'branch' as const })),
    ],
    notWatched: tags.slice(config.max_releases),
  };
}

interface RefScan {
  out: MonitorRef;
  facts?: Facts;
  scanned: Scanned[];
  /** Components that cannot be looked up, as the vulnerabilities gate decides it (scanTargets, withoutAnswer). */
  unscannable: Unscannable[];
  statements: VexStatement[];
}

function factsAt(sources: MonitorSources, sha: string): Facts {
  return createFacts({
    pr: { number: 0, title: '', body: '', labels: [], author: '', baseSha: sha, headSha: sha },
    changedFiles: async () => [],
    reviews: async () => [],
    teamMembers: async () => [],
    readFile: (ref, path, maxBytes) => sources.readFile(ref, path, maxBytes),
    listFiles: (ref) => sources.listFiles(ref),
  });
}

/** Runs the monitor once: every watched ref, one OSV lookup for all, the clocks from the state. */
export async function runMonitor(req: MonitorRequest): Promise<{ result: MonitorResult; state: MonitorState }> {
  const config = req.policy.monitor ?? DEFAULT_MONITOR;
  const gate = vulnerabilitiesGate(req.policy);
  const options = gate.options;
  const ctx = gateContext(req.policy, gate.id);
  const now = req.now;
  const defaultBranch = await req.sources.defaultBranch();
  let refs: { ref: string; kind: 'tag' | 'branch' }[];
  let notWatched: string[] = [];
  if (req.refs?.length) {
    const tags = new Set(await req.sources.tags());
    refs = req.refs.map((ref) => ({ ref, kind: tags.has(ref) ? 'tag' : 'branch' }));
  } else ({ refs, notWatched } = await watchedRefs(config, req.sources, defaultBranch));
  const problems: string[] = [];
  const remembered = await checkRememberedRefs(req, refs, problems);
  // A ref that had an open vulnerability at the last run stays watched until it is fixed or assessed there, though
  // max_releases (or the policy's branches) no longer name it: a release pushed out by newer ones is still in the field,
  // and dropping it would close its tracking issue as if it were fixed.
  const keptOpen = new Set<string>();
  if (!req.refs?.length && remembered.length) {
    const tags = new Set(await req.sources.tags());
    const firstBranch = refs.findIndex((r) => r.kind === 'branch');
    refs.splice(
      firstBranch < 0 ? refs.length : firstBranch,
      0,
      ...remembered.map((ref) => ({ ref, kind: tags.has(ref) ? ('tag' as const) : ('branch' as const) })),
    );
    for (const ref of remembered) keptOpen.add(ref);
    notWatched = notWatched.filter((t) => !keptOpen.has(t));
  }

  // The default branch: the current assessments, KEV catalog and offline records live there.
  const defaultSha = await req.sources.resolve(defaultBranch);
  let defaultFacts: Facts | undefined;
  if (!defaultSha)
    problems.push(
      `the default branch ${defaultBranch} cannot be resolved, so its assessments (VEX), KEV catalog and offline records were not read — fetch it (actions/checkout with fetch-depth: 0)`,
    );
  else defaultFacts = factsAt(req.sources, defaultSha);

  // 1. Each ref's SBOMs and its own VEX statements.
  const scans: RefScan[] = [];
  for (const { ref, kind } of refs) scans.push(await scanRef(req.sources, ref, kind, options, ctx));
  for (const s of scans) if (keptOpen.has(s.out.ref)) s.out.kept_open = true;

  // 2. The default branch's assessments, the KEV catalog, and one lookup for every distinct purl of every ref.
  const world = await readWorld(req.sources, options, defaultFacts, scans, defaultBranch, problems);
  const worldBroken = problems.length > 0;

  // 3. Findings per ref, with their clocks.
  const state: MonitorState = { schema: 'sdlc-gate/monitor-state@1', items: { ...(req.state?.items ?? {}) } };
  const nowIso = now.toISOString();
  const judge: RefJudge = {
    config,
    options,
    now,
    defaultBranch,
    world,
    state,
    for_: (key) => (state.items[key] ??= { first_seen: nowIso }),
  };
  for (const scan of scans) {
    if (worldBroken || scan.out.problems.length) continue;
    // Offline records say nothing about an ecosystem none of them names: those components were not checked either.
    if (options.source === 'offline') Object.assign(scan, withoutAnswer(scan, world.byPurl, options.offline));
    scan.out.not_checked = scan.unscannable.map(notCheckedEntry);
    scan.out.components_checked = scan.scanned.length;
    judgeRef(judge, scan);
  }

  for (const s of scans) s.out.checked = !worldBroken && s.out.problems.length === 0;
  const unchecked = scans.filter((s) => !s.out.checked).map((s) => s.out.ref);
  const failing = scans.some((s) => s.out.findings.some((f) => f.status === 'open' && f.failing));
  const result: MonitorResult = {
    schema: MONITOR_SCHEMA,
    status: failing || unchecked.length || problems.length ? 'fail' : 'pass',
    now: nowIso,
    default_branch: defaultBranch,
    fail_on: options.fail_on,
    respond_within_days: config.respond_within_days,
    remediate_within_days: config.remediate_within_days,
    problems,
    refs: scans.map((s) => s.out),
    unchecked,
    not_watched: notWatched,
    components_not_checked: scans.reduce((n, s) => n + s.out.not_checked.length, 0),
  };
  return { result, state };
}

/**
 * The refs the state remembers a vulnerability open at that this run would not watch and that are still there (kept
 * watched by the caller). One that is gone from the repository (a shallow checkout
 * without tags, a deleted tag): its issue must not close as if the remaining refs were all there is.
 */
async function checkRememberedRefs(req: MonitorRequest, refs: { ref: string }[], problems: string[]): Promise<string[]> {
  const watchedNames = new Set(refs.map((r) => r.ref));
  const remembered = new Set<string>();
  for (const item of Object.values(req.state?.items ?? {}))
    for (const [ref, e] of Object.entries(item.refs ?? {})) if (e.status === 'open' && !watchedNames.has(ref)) remembered.add(ref);
  const present: string[] = [];
  for (const ref of [...remembered].sort()) {
    if (!(await req.sources.resolve(ref))) {
      problems.push(
        `${ref} had an open vulnerability at the last run and is no longer in the repository — fetch the tags (actions/checkout with fetch-depth: 0); if it was deleted on purpose, close its tracking issue (or drop it from the state) by hand`,
      );
    } else present.push(ref);
  }
  return present;
}

/** One ref's SBOMs (each distinct purl of each document) and its own VEX statements; what could not be read, in its problems. */
async function scanRef(
  sources: MonitorSources,
  ref: string,
  kind: 'tag' | 'branch',
  options: VulnerabilitiesOptions,
  ctx: ReturnType<typeof gateContext>,
): Promise<RefScan> {
  const out: MonitorRef = { ref, kind, sboms: [], checked: true, problems: [], findings: [], not_checked: [], components_checked: 0 };
  const scan: RefScan = { out, scanned: [], unscannable: [], statements: [] };
  const sha = await sources.resolve(ref);
  if (!sha) {
    out.problems.push(
      `${kind === 'tag' ? 'the tag' : 'the ref'} ${ref} is not in the repository (deleted, or not fetched) — fetch tags (actions/checkout with fetch-depth: 0), or stop watching it`,
    );
    return scan;
  }
  out.sha = sha;
  const facts = factsAt(sources, sha);
  scan.facts = facts;
  const errors: Finding[] = [];
  try {
    const { globs, explicit, cap } = sbomSource(options, ctx);
    const paths = sbomCandidates(await facts.listAtHead(globs), explicit);
    if (paths.length === 0)
      out.problems.push(
        `no SBOM at ${ref}: no file matches ${globs.join(', ')}, so its components were not checked — a release without its SBOM cannot be monitored`,
      );
    const docs = await readRefSboms(facts, paths, explicit, cap, out, errors);
    // Files under the default names that are no SBOM (docs/sbom.md) are passed over; if that leaves none, say so.
    if (paths.length && !docs.length && !errors.some((f) => f.severity === 'error'))
      out.problems.push(
        `no SBOM at ${ref}: ${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ` and ${paths.length - 3} more` : ''} ${paths.length === 1 ? 'matches' : 'match'} the default SBOM names but ${paths.length === 1 ? 'is no SBOM' : 'are no SBOMs'}, so no component was checked — commit the release's SBOM, or name it in the vulnerabilities gate's paths (or its sbom gate's)`,
      );
    // The gate's own split: what can be asked about, and what cannot (no purl, a purl OSV has no ecosystem for).
    Object.assign(scan, scanTargets(docs, options.source));
    scan.statements = await readStatements(options, facts, cap, docs, errors);
  } catch (e) {
    if (!(e instanceof FactError)) throw e;
    out.problems.push(e.message);
  }
  for (const f of errors.filter((x) => x.severity === 'error'))
    out.problems.push(`${f.message}${f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''} at ${ref})` : ''}`);
  return scan;
}

/** A component that was not checked, as the monitor's result lists it. */
export function notCheckedEntry(u: Unscannable): NotCheckedComponent {
  return {
    sbom: u.doc.path,
    component: u.c.group ? `${u.c.group}/${u.c.name}` : u.c.name,
    ...(u.c.version ? { version: u.c.version } : {}),
    ...(u.c.purl ? { purl: u.c.purl } : {}),
    reason: u.kind,
    detail: `${u.doc.path} ${u.c.pointer}: ${u.why} — ${FIX[u.kind]}`,
  };
}

/** The SBOM documents among a ref's candidate paths (each read one in out.sboms; an unreadable one, an error). */
async function readRefSboms(
  facts: Facts,
  paths: string[],
  explicit: boolean,
  cap: number,
  out: MonitorRef,
  errors: Finding[],
): Promise<{ doc: SbomDocument; text: string }[]> {
  const docs: { doc: SbomDocument; text: string }[] = [];
  for (const path of paths) {
    const file = await readAtHeadOrReport(facts, path, cap, 'SBOM', errors);
    if (!file) continue;
    const read = readSbom({ path, text: file.text });
    if (!read.document) {
      if (!explicit && !read.detection.family) continue;
      errors.push({
        severity: 'error',
        message: `${path} cannot be read as an SBOM (${read.issues[0]?.message ?? 'unknown format'})`,
        file: path,
        ...(read.issues[0]?.line ? { line: read.issues[0].line } : {}),
      });
      continue;
    }
    docs.push({ doc: read.document, text: file.text });
    out.sboms.push(path);
  }
  return docs;
}

/** What every ref is judged against: the default branch's statements, the KEV catalog, the vulnerabilities by purl. */
interface MonitorWorld {
  defaultStatements: VexStatement[];
  kev: Awaited<ReturnType<typeof readKev>>;
  byPurl: Map<string, OsvVulnerability[]>;
}

async function readWorld(
  sources: MonitorSources,
  options: VulnerabilitiesOptions,
  defaultFacts: Facts | undefined,
  scans: RefScan[],
  defaultBranch: string,
  problems: string[],
): Promise<MonitorWorld> {
  const worldErrors: Finding[] = [];
  let defaultStatements: VexStatement[] = [];
  let kev: Awaited<ReturnType<typeof readKev>>;
  let byPurl = new Map<string, OsvVulnerability[]>();
  const queries = [...new Set(scans.flatMap((s) => s.scanned.map((x) => x.query)))];
  try {
    if (defaultFacts) {
      defaultStatements = await readStatements(options, defaultFacts, options.max_file_bytes, [], worldErrors);
      if (options.kev) kev = await readKev(options.kev, options.max_file_bytes, defaultFacts, worldErrors, 'head');
    }
    if (queries.length) {
      if (options.source === 'offline') {
        if (!defaultFacts)
          throw new FactError(`the offline OSV records (${options.offline}) are read on the default branch, which cannot be resolved`);
        byPurl = await offlineScan(options, defaultFacts, queries, worldErrors, 'head');
      } else {
        if (!sources.osvScan) throw new FactError('this run has no OSV client — use source: offline with a folder of OSV records');
        byPurl = await sources.osvScan(options.osv_api, queries);
      }
    }
  } catch (e) {
    if (!(e instanceof FactError)) throw e;
    problems.push(e.message);
  }
  for (const f of worldErrors.filter((x) => x.severity === 'error'))
    problems.push(`${f.message}${f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''} on ${defaultBranch})` : ''}`);
  return { defaultStatements, kev, byPurl };
}

interface RefJudge {
  config: MonitorConfig;
  options: VulnerabilitiesOptions;
  now: Date;
  defaultBranch: string;
  world: MonitorWorld;
  state: MonitorState;
  /** The state's item for a key, made at first sight. */
  for_: (key: string) => MonitorState['items'][string];
}

/** One ref's findings, with their clocks; what it had before and has no more, fixed at it. */
function judgeRef(judge: RefJudge, scan: RefScan): void {
  const { out } = scan;
  const found = new Set<string>();
  // Statements by vulnerability id, so each (component, vulnerability) looks at its own few, not at all of them.
  const byId = new Map<string, VexStatement[]>();
  for (const st of [...scan.statements, ...judge.world.defaultStatements]) {
    for (const id of new Set(st.ids.map((i) => i.toUpperCase()))) {
      let list = byId.get(id);
      if (!list) byId.set(id, (list = []));
      list.push(st);
    }
  }
  for (const s of scan.scanned) {
    const vulns = dedupeAliases(judge.world.byPurl.get(s.query) ?? []);
    for (const v of vulns) judgeVulnerability(judge, scan, s, v, byId, found);
  }
  // What this ref had before and has no more: the component was upgraded or removed — fixed at this ref. Unless
  // the component is still there but can no longer be checked (it lost its purl): that is not a fix.
  // By component name and purl identity, why it cannot be checked (one map, so each remembered item is one lookup).
  const uncheckable = new Map<string, Unscannable['kind']>();
  for (const u of scan.unscannable) {
    uncheckable.set(`name ${u.c.name}`, u.kind);
    if (u.c.purl) uncheckable.set(`purl ${purlKey(u.c.purl)?.key ?? u.c.purl}`, u.kind);
  }
  for (const [key, item] of Object.entries(judge.state.items)) {
    const was = item.refs?.[out.ref];
    if (!was || found.has(key) || was.status === 'fixed') continue;
    const why = uncheckable.get(`name ${was.component}`) ?? uncheckable.get(`purl ${purlKey(was.purl)?.key ?? was.purl}`);
    if (why) {
      out.problems.push(
        `${was.component} had ${was.id} ${was.status} at ${out.ref} at the last run and can no longer be checked there (${why}), so it is not known to be fixed — give the component its purl back (regenerate the SBOM), or close its tracking issue by hand once it is assessed`,
      );
      continue;
    }
    was.status = 'fixed';
    out.findings.push(fixedFinding(key, was, item.first_seen, judge.config));
  }
  out.findings.sort(findingOrder);
}

/** The assessment of a vulnerability at a ref (the newest statement covering it), and the status it gives. */
function assessmentOf(
  judge: RefJudge,
  scan: RefScan,
  statement: VexStatement | undefined,
): { status: FindingStatus; assessment: MonitorAssessment | null } {
  const { now, options } = judge;
  let status: FindingStatus = 'open';
  let assessment: MonitorAssessment | null = null;
  if (statement) {
    const fromRef = scan.statements.includes(statement);
    const age = statement.timestamp ? Date.parse(statement.timestamp) : NaN;
    const stale = !Number.isFinite(age) || now.getTime() - age > options.vex_max_age_days * DAY_MS;
    assessment = {
      status: statement.status,
      ...(statement.justification ? { justification: statement.justification } : {}),
      ...(statement.detail ? { detail: statement.detail } : {}),
      file: statement.file,
      ...(statement.line ? { line: statement.line } : {}),
      ref: fromRef ? scan.out.ref : judge.defaultBranch,
      ...(statement.timestamp ? { timestamp: statement.timestamp } : {}),
      ...(stale ? { stale: true } : {}),
    };
    if (statement.assessed && !stale)
      status = ['fixed', 'resolved', 'resolved_with_pedigree'].includes(statement.status) ? 'fixed' : 'assessed';
  }
  return { status, assessment };
}

/** One (component, vulnerability) at a ref: its finding, once per key, and its entry in the state. */
function judgeVulnerability(
  judge: RefJudge,
  scan: RefScan,
  s: RefScan['scanned'][number],
  v: OsvVulnerability,
  byId: Map<string, VexStatement[]>,
  found: Set<string>,
): void {
  const { config, options, now } = judge;
  const { kev } = judge.world;
  const { out } = scan;
  const ids = idsOf(v);
  const severity = osvSeverity(v);
  const kevEntry = kev && ids.map((id) => kev!.get(id.toUpperCase())).find(Boolean);
  const failing = kevEntry !== undefined || severity.level === undefined || severityRank(severity.level) >= severityRank(options.fail_on);
  const key = monitorKey(v.id, s.query);
  if (found.has(key)) return;
  found.add(key);
  const candidates = new Set(ids.flatMap((id) => byId.get(id.toUpperCase()) ?? []));
  const statement = latest([...candidates].filter((st) => covers(st, ids, s.c)));
  const { status, assessment } = assessmentOf(judge, scan, statement);
  const item = judge.for_(key);
  const first = Date.parse(item.first_seen);
  const respondBy = new Date(first + config.respond_within_days * DAY_MS);
  const remediateBy = new Date(first + config.remediate_within_days * DAY_MS);
  const passed = status !== 'open' ? null : now > remediateBy ? 'remediate' : now > respondBy ? 'respond' : null;
  const vector = [...(v.severity ?? []), ...(v.affected ?? []).flatMap((a) => a.severity ?? [])].find((e) =>
    e.score?.startsWith('CVSS:'),
  )?.score;
  out.findings.push({
    key,
    id: v.id,
    aliases: ids.filter((i) => i !== v.id),
    component: s.c.group ? `${s.c.group}/${s.c.name}` : s.c.name,
    purl: s.query,
    ...(purlKey(s.query)?.version ? { version: purlKey(s.query)!.version } : {}),
    severity: severity.level ?? 'unknown',
    ...(severity.score !== undefined ? { score: severity.score } : {}),
    ...(vector ? { vector } : {}),
    kev: kevEntry !== undefined,
    failing,
    status,
    assessment,
    fixed_versions: fixedVersions(v, s.query),
    ...(v.summary ? { summary: v.summary.trim().slice(0, 300) } : {}),
    sbom: s.doc.path,
    url: `https://osv.dev/vulnerability/${encodeURIComponent(v.id)}`,
    first_seen: item.first_seen,
    respond_by: respondBy.toISOString(),
    remediate_by: remediateBy.toISOString(),
    overdue: passed !== null,
    passed,
  });
  (item.refs ??= {})[out.ref] = { status, purl: s.query, id: v.id, component: s.c.name };
}

function fixedFinding(
  key: string,
  was: { purl: string; id: string; component: string },
  firstSeen: string,
  config: MonitorConfig,
): MonitorFinding {
  const first = Date.parse(firstSeen);
  return {
    key,
    id: was.id,
    aliases: [],
    component: was.component,
    purl: was.purl,
    severity: 'unknown',
    kev: false,
    failing: false,
    status: 'fixed',
    assessment: null,
    fixed_versions: [],
    url: `https://osv.dev/vulnerability/${encodeURIComponent(was.id)}`,
    first_seen: firstSeen,
    respond_by: new Date(first + config.respond_within_days * DAY_MS).toISOString(),
    remediate_by: new Date(first + config.remediate_within_days * DAY_MS).toISOString(),
    overdue: false,
    passed: null,
  };
}

const STATUS_ORDER: Record<FindingStatus, number> = { open: 0, assessed: 1, fixed: 2 };
const SEVERITY_ORDER: Record<string, number> = { critical: 0, high: 1, unknown: 2, medium: 3, low: 4 };

/** Overdue first, then open before assessed before fixed, KEV and severity first, then by id. */
export function findingOrder(a: MonitorFinding, b: MonitorFinding): number {
  return (
    Number(b.overdue) - Number(a.overdue) ||
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    Number(b.kev) - Number(a.kev) ||
    (SEVERITY_ORDER[a.severity] ?? 9) - (SEVERITY_ORDER[b.severity] ?? 9) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
    (a.purl < b.purl ? -1 : a.purl > b.purl ? 1 : 0)
  );
}
