import type { TestCase } from '../../parsers/junit.js';
import {
  doorstopUidPattern,
  parseDoorstopSettings,
  type DoorstopItem,
  type DoorstopSettings,
} from '../../parsers/requirements/doorstop.js';
import { DEFAULT_ID_PATTERN, parseInFormat, type RequirementFile } from '../../parsers/requirements/formats.js';
import { coverageTagPattern } from '../../parsers/requirements/openfasttrace.js';
import { normalizedText, type Requirement, type RequirementSource } from '../../parsers/requirements/types.js';
import { readOrFinding, unreadableFinding } from '../common/read-file.js';
import {
  doorstopDirsAtHead,
  formerRequirementFile,
  readRequirementFiles,
  resolveRequirementFiles,
  sourceGlobs,
} from '../common/requirement-sources.js';
import { SAFETY_CLASS_RANK, safetyClassOf, type Classification } from '../../core/classification.js';
import type { ChangedFile, Facts, Finding } from '../../core/types.js';
import { DEFAULT_TESTS, type JUnitIdFromName, type TraceabilityOptions } from './options.js';
import { mapConcurrent, READ_CONCURRENCY } from '../../util/concurrency.js';
import { exactIdSearch, linePrefilter, type LineSelection } from './line-prefilter.js';
import { globMatcher } from '../../util/glob.js';
import { shortList } from '../../util/text.js';
import { Pattern, PatternError, patternProblem } from '../../util/pattern.js';
import { OftCoverage, oftTestTypes, oftTestTypesByFile } from './oft-coverage.js';
import { IdIndex } from './id-index.js';

// The traceability matrix: requirements (read at head), the test lines that cite them, the JUnit cases linked to
// them, and — for a pull request — which requirements changed and which of those changed with no test. Shared by
// the gate and `sdlc-gate trace`.

export { DEFAULT_TESTS, type JUnitIdFromName, type Switch, type TraceabilityOptions } from './options.js';

export interface Reference {
  id: string;
  file: string;
  line: number;
}

export type Verdict = 'verified' | 'failed' | 'skipped' | 'not run' | 'tested' | 'untested';

export interface MatrixRow {
  requirement: Requirement;
  class: string;
  /**
   * Only for a pull request, and only when it differs from `class`: the requirement's class at base (its class as
   * written there, else classification.default). A class is a risk-management decision, so the stricter of the two
   * decides `required` until the change is merged.
   */
  classAtBase?: string;
  /** require_tests applies to this requirement (at the stricter of its class at base and at head). */
  required: boolean;
  tests: Reference[];
  cases: TestCase[];
  verdict: Verdict;
  /** Only for a pull request: new, or its normalized text changed. */
  change?: 'added' | 'changed';
  suspect: boolean;
  /** This pull request touched the requirement or one of its tests. */
  touched: boolean;
  /** OpenFastTrace: the test types the item needs that no coverage tag of that type covers (then it is untested). */
  missingCoverage?: string[];
}

/** A requirement defined at base that the pull request removed, with the test lines that still cite it. */
export interface DeletedRequirement {
  /** As it was at base: file and line are the base's. */
  requirement: Requirement;
  tests: Reference[];
}

export interface Matrix {
  rows: MatrixRow[];
  unknownReferences: Reference[];
  duplicates: Requirement[][];
  /** Only for a pull request. */
  deleted: DeletedRequirement[];
  /** The Doorstop items read (requirements or not), for their link and review stamps. */
  doorstop?: DoorstopItem[];
  /** What could not be read or parsed. */
  findings: Finding[];
  junit: boolean;
  /** Whether base vs head was compared (a pull request), so suspect links were computed. */
  compared: boolean;
}

/** The reference form: the policy's reference_pattern (its first group is the id), or an id_pattern match standing alone. */
function referencePattern(options: Pick<TraceabilityOptions, 'id_pattern' | 'reference_pattern'>): Pattern {
  const name = options.reference_pattern ? 'reference_pattern' : 'id_pattern';
  const source = options.reference_pattern ?? options.id_pattern;
  try {
    return options.reference_pattern ? Pattern.compile(source) : Pattern.standingAlone(source);
  } catch (e) {
    if (e instanceof PatternError) throw new Error(`${name} "${source}" ${e.message} — fix it in the policy`, { cause: e });
    throw e;
  }
}

/**
 * What a source that can search (git grep) may search the test files with: the lines that can hold a reference (a
 * superset; every reference is then read from those lines by the same matcher that reads whole files), and — for
 * the default form, where a reference is the whole match — a search whose matches are provably the matcher's.
 */
function searchFor(options: Pick<TraceabilityOptions, 'id_pattern' | 'reference_pattern'>): LineSelection | undefined {
  const selection = linePrefilter(options.reference_pattern ?? `(?<![A-Za-z0-9_])(?:${options.id_pattern})(?![A-Za-z0-9_])`);
  const exact = selection && !options.reference_pattern ? exactIdSearch(options.id_pattern) : undefined;
  return selection && exact ? { ...selection, exact } : selection;
}

/** Matches of the reference form in a file's text, with lines (counted from `firstLine`, for a part of a file). */
export function referenceMatcher(
  options: Pick<TraceabilityOptions, 'id_pattern' | 'reference_pattern'>,
  /** Told each reference with the whole match that made it (OpenFastTrace reads the covering type there). */
  onReference?: (match: string, id: string, file: string, line: number) => void,
): (text: string, file: string, firstLine?: number) => Reference[] {
  const pattern = referencePattern(options);
  // A reference form's group may hold several ids ("@relation(REQ-1, REQ-2, scope=function)"): each is cited.
  const idsIn = options.reference_pattern ? Pattern.standingAlone(options.id_pattern ?? DEFAULT_ID_PATTERN) : undefined;
  const isId = options.reference_pattern ? Pattern.whole(options.id_pattern ?? DEFAULT_ID_PATTERN) : undefined;
  return (text, file, firstLine = 1) => {
    const refs: Reference[] = [];
    let line = firstLine;
    let last = 0;
    for (const m of pattern.matchAll(text)) {
      if (m.text === '') continue;
      for (let i = text.indexOf('\n', last); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
      last = m.index;
      // The id is the reference form's capture group; an id_pattern's own groups are not the id.
      const id = options.reference_pattern ? (m.groups[0] ?? m.text) : m.text;
      if (!id) continue;
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
export function emptyGlobFindings(
  options: Pick<TraceabilityOptions, 'tests' | 'allow_empty'>,
  testListed: readonly string[],
  testCount: number,
): Finding[] {
  const findings: Finding[] = [];
  const say = (message: string, action: string): void => {
    findings.push(
      options.allow_empty
        ? { severity: 'notice', message: `${message.split(' — ')[0]}; the gate goes on because allow_empty is true.` }
        : { severity: 'error', message, action: { text: action } },
    );
  };
  const isDefault = options.tests.length === DEFAULT_TESTS.length && options.tests.every((g, i) => g === DEFAULT_TESTS[i]);
  const unmatched = (globs: readonly string[], paths: readonly string[]) =>
    globs.filter((g) => !g.startsWith('!') && !paths.some(globMatcher([g])));
  if (testCount === 0) {
    say(
      `No test file matches the tests globs (${options.tests.join(', ')}) at head, so no requirement can be cited — fix the tests globs in the policy, or add the tests.`,
      'Point the traceability tests globs at the test files',
    );
  } else if (!isDefault) {
    for (const glob of unmatched(options.tests, testListed)) {
      say(
        `The tests glob "${glob}" matches no file at head — fix it in the policy or remove it.`,
        `Fix or remove the tests glob "${glob}"`,
      );
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
async function withDoorstopUids(idPattern: string, files: readonly RequirementFile[], facts: Pick<Facts, 'readAtHead'>): Promise<string> {
  if (idPattern !== DEFAULT_ID_PATTERN) return idPattern;
  const settingsPaths = [...new Set(files.flatMap((f) => (f.settingsPath ? [f.settingsPath] : [])))];
  if (!settingsPaths.length) return idPattern;
  const isDefault = Pattern.whole(DEFAULT_ID_PATTERN);
  const forms = new Set<string>();
  for (const path of settingsPaths) {
    // Unreadable settings are reported where the requirements are read.
    const { text } = await readOrFinding((p) => facts.readAtHead(p), path, 'the Doorstop document');
    if (text === undefined) continue;
    const { settings } = parseDoorstopSettings(text, path);
    const form = doorstopUidPattern(settings);
    if (form && !isDefault(`${settings.prefix}${settings.sep ?? ''}1`)) forms.add(form);
  }
  return forms.size ? `${idPattern}|${[...forms].sort().join('|')}` : idPattern;
}

/** A policy whose pattern does not compile cannot be evaluated: the gate errors, saying which. */
function checkPattern(name: string, source: string): void {
  const problem = patternProblem(source);
  if (problem) throw new Error(`${name} "${source}" ${problem} — fix it in the policy`);
}

export interface MatrixInput {
  options: TraceabilityOptions;
  facts: Facts;
  policy: { classification: Classification };
  /** Compare with the base commit (a pull request); false for the work tree. */
  compare: boolean;
}

export async function buildMatrix({ options, facts, policy, compare }: MatrixInput): Promise<Matrix> {
  checkPattern('id_pattern', options.id_pattern ?? DEFAULT_ID_PATTERN);
  // OpenFastTrace sources are cited by coverage tags ([utest->dsn~name~1]) unless the policy names another form.
  const referencePatternOption = options.reference_pattern ?? openFastTraceReference(options.requirements);
  if (referencePatternOption) checkPattern('reference_pattern', referencePatternOption);
  // Asked for now, so git works out the changes while the files are read; a failure surfaces where it is awaited.
  const changes = compare ? facts.changedFiles() : Promise.resolve([]);
  changes.catch(() => undefined);
  const resolved = await resolveRequirementFiles(options.requirements, facts);
  // With the default id_pattern, Doorstop's own UIDs (REQ001: prefix, separator, number) are ids too.
  const idPattern = await withDoorstopUids(options.id_pattern ?? DEFAULT_ID_PATTERN, resolved.files, facts);
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
    readRequirementFiles(resolved, facts, { id_pattern: idPattern }).then((read) => {
      // Duplicates: the first definition wins in the matrix.
      const byId = groupById(read.requirements);
      const duplicates: Requirement[][] = [];
      for (const defs of byId.values()) if (defs.length > 1) duplicates.push(defs);
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
  const troubled = new Set(read.findings.filter((f) => f.severity === 'error' && f.file).map((f) => f.file!));
  const changedFiles = await changes;
  const atBase = compare
    ? await requirementsAtBase(facts, changedFiles, read.files, troubled, options.requirements, idPattern)
    : new Map<string, BaseRequirement>();
  const { unknownReferences, deleted } = unknownAndDeleted(cited, atBase, byId);
  const changedPaths = new Set(changedFiles.filter((c) => c.status !== 'removed').map((c) => c.path));
  const changedRequirementPaths = new Set([...changedPaths].filter((p) => requirementPaths.has(p) && !troubled.has(p)));

  const requiredClasses =
    options.require_tests === 'all' ? undefined : options.require_tests === 'none' ? [] : options.require_tests.map((c) => c.toUpperCase());
  const judge: RowContext = {
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
  const rows: MatrixRow[] = [];
  for (const [id, defs] of byId) rows.push(matrixRow(judge, id, defs[0]!));
  if (oft) findings.push(...oft.judge(rows));
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
function emptySourceFindings(
  options: Pick<TraceabilityOptions, 'requirements' | 'id_pattern' | 'allow_empty'>,
  read: { requirements: readonly Requirement[]; files: readonly RequirementFile[]; findings: readonly Finding[] },
): Finding[] {
  if (options.requirements.length < 2 || !read.requirements.length) return [];
  const defining = new Set(read.requirements.map((r) => r.file));
  const remarked = new Set(read.findings.flatMap((f) => (f.file ? [f.file] : [])));
  const out: Finding[] = [];
  for (const source of options.requirements) {
    const path = typeof source === 'string' ? source : source.path;
    const matches = globMatcher(sourceGlobs(path));
    const files = read.files.filter((f) => matches(f.path)).map((f) => f.path);
    if (!files.length || files.some((f) => defining.has(f) || remarked.has(f))) continue;
    const named = shortList(files, 3);
    out.push({
      severity: options.allow_empty ? 'notice' : 'error',
      message: options.allow_empty
        ? `The requirements source "${path}" defines no requirement (in ${named}); the gate goes on because allow_empty is true.`
        : `The requirements source "${path}" defines no requirement: no requirement in ${named} has an id that matches id_pattern "${options.id_pattern ?? DEFAULT_ID_PATTERN}", so it adds nothing to the matrix — fix id_pattern to the ids it uses, or the source's path, or remove the source from the policy (allow_empty: true lets the gate go on).`,
      ...(files.length === 1 ? { file: files[0]! } : {}),
    });
  }
  return out;
}

/** The requirements by id, each id's definitions in the order read. */
function groupById(requirements: readonly Requirement[]): Map<string, Requirement[]> {
  const byId = new Map<string, Requirement[]>();
  for (const r of requirements) {
    const defs = byId.get(r.id);
    if (defs) defs.push(r);
    else byId.set(r.id, [r]);
  }
  return byId;
}

/** JUnit cases linked by name, classname or a requirement property; read and parse problems go to `findings`. */
async function junitCases(
  options: TraceabilityOptions,
  facts: Facts,
  junitPaths: readonly string[],
  byId: ReadonlyMap<string, Requirement[]>,
  idPattern: string,
  findings: Finding[],
): Promise<Map<string, TestCase[]>> {
  const casesById = new Map<string, TestCase[]>();
  const reports = await mapConcurrent(junitPaths, READ_CONCURRENCY, async (path) => {
    const { text, finding } = await readOrFinding((p) => facts.readAtHead(p), path, 'its test results');
    if (finding) findings.push(finding);
    if (text === undefined) return { cases: [], findings: [] };
    const { parseJUnit } = await import('../../parsers/junit.js');
    return parseJUnit(text, path);
  });
  const idInText = Pattern.standingAlone(idPattern);
  const rename = idFromName(options.junit_id_from_name);
  for (const report of reports) {
    findings.push(...report.findings);
    for (const c of report.cases) {
      // Suite-level ids apply to the suite's cases: an id in a describe block's name cites every test in it.
      const names = [c.name, c.classname, ...c.suites];
      const texts = rename ? [...names, ...names.map(rename), ...c.requirementProperties] : [...names, ...c.requirementProperties];
      const ids = new Set(texts.flatMap((s) => [...idInText.matchAll(s)].map((m) => m.text).filter(Boolean)));
      for (const id of ids) {
        if (!byId.has(id)) continue;
        const linked = casesById.get(id);
        if (linked) linked.push(c);
        else casesById.set(id, [c]);
      }
    }
  }
  return casesById;
}

/** The unknown references (with the citations of requirements the pull request deleted), and the deletions. */
function unknownAndDeleted(
  cited: { unknown: Reference[]; foreign: Reference[] },
  atBase: ReadonlyMap<string, BaseRequirement>,
  byId: ReadonlyMap<string, Requirement[]>,
): { unknownReferences: Reference[]; deleted: DeletedRequirement[] } {
  const gone = [...atBase.values()].filter(({ requirement }) => !byId.has(requirement.id));
  const goneIds = new Set(gone.map(({ requirement }) => requirement.id));
  const unknownReferences = [...cited.unknown, ...cited.foreign.filter((f) => goneIds.has(f.id))].sort(byFile);
  const unknownById = new Map<string, Reference[]>();
  for (const u of unknownReferences) {
    const refs = unknownById.get(u.id);
    if (refs) refs.push(u);
    else unknownById.set(u.id, [u]);
  }
  const deleted: DeletedRequirement[] = gone.map(({ requirement }) => ({ requirement, tests: unknownById.get(requirement.id) ?? [] }));
  return { unknownReferences, deleted };
}

/** What judging one requirement's row needs: its citations, cases, and what the pull request changed. */
interface RowContext {
  junit: boolean;
  defaultClass: string;
  requiredClasses: string[] | undefined;
  compare: boolean;
  testsById: ReadonlyMap<string, CitationList>;
  fileLinksById: ReadonlyMap<string, Reference[]>;
  casesById: ReadonlyMap<string, TestCase[]>;
  atBase: ReadonlyMap<string, BaseRequirement>;
  changedPaths: ReadonlySet<string>;
  changedRequirementPaths: ReadonlySet<string>;
}

/** The verdict on a requirement from its citations and, with JUnit, its cases. */
function verdictOf(junit: boolean, tested: number, cases: readonly TestCase[]): Verdict {
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
class CitedRow implements MatrixRow {
  readonly requirement: Requirement;
  readonly class: string;
  readonly classAtBase?: string;
  readonly required: boolean;
  readonly cases: TestCase[];
  /** Not readonly: OpenFastTrace's coverage rule (OftCoverage.judge) makes a row untested after it is built. */
  verdict: Verdict;
  readonly suspect: boolean;
  readonly touched: boolean;
  change?: MatrixRow['change'];
  missingCoverage?: string[];
  private readonly cited: CitationList | undefined;
  private readonly fileLinks: Reference[] | undefined;

  constructor(fields: Omit<MatrixRow, 'tests' | 'change'>, cited: CitationList | undefined, fileLinks: Reference[] | undefined) {
    this.requirement = fields.requirement;
    this.class = fields.class;
    if (fields.classAtBase !== undefined) this.classAtBase = fields.classAtBase;
    this.required = fields.required;
    this.cases = fields.cases;
    this.verdict = fields.verdict;
    this.suspect = fields.suspect;
    this.touched = fields.touched;
    this.cited = cited;
    this.fileLinks = fileLinks;
  }

  get tests(): Reference[] {
    return this.fileLinks ? mergeReferences(this.cited?.references() ?? [], this.fileLinks) : this.cited!.references();
  }

  toJSON(): MatrixRow {
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
function requiredFor(ctx: RowContext, c: { cls: string; known: boolean }): boolean {
  return ctx.requiredClasses === undefined || ctx.requiredClasses.includes(c.cls) || (!c.known && ctx.requiredClasses.length > 0);
}

/** Whether `base` is a known class stricter than the known class `head` (C at base, A at head). */
export function classLowered(base: string | undefined, head: string): boolean {
  return base !== undefined && (SAFETY_CLASS_RANK[base] ?? 0) > (SAFETY_CLASS_RANK[head] ?? Infinity);
}

/** Judge one requirement (its first definition): class, verdict, change, suspect, touched. */
function matrixRow(ctx: RowContext, id: string, requirement: Requirement): MatrixRow {
  const { changedPaths } = ctx;
  // A requirement with no class written on it has classification.default, at base as at head (the policy is the base's).
  const head = safetyClassOf(requirement.class ?? ctx.defaultClass);
  const cited = ctx.testsById.get(id);
  const fileLinks = ctx.fileLinksById.size ? ctx.fileLinksById.get(id) : undefined;
  const tested = (cited?.length ?? 0) + (fileLinks?.length ?? 0);
  const cases = (ctx.casesById.size && ctx.casesById.get(id)) || [];
  const verdict = verdictOf(ctx.junit, tested, cases);
  let change: MatrixRow['change'];
  let base: { cls: string; known: boolean } | undefined;
  if (ctx.compare && ctx.changedRequirementPaths.has(requirement.file)) {
    const before = ctx.atBase.get(id);
    if (before === undefined) change = 'added';
    else {
      if (before.text !== normalizedText(requirement)) change = 'changed';
      base = safetyClassOf(before.requirement.class ?? ctx.defaultClass);
      if (base.cls === head.cls) base = undefined;
    }
  }
  const testChanged =
    changedPaths.size > 0 &&
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
  const row: MatrixRow = cited || fileLinks ? new CitedRow(fields, cited, fileLinks) : { ...fields, tests: [] };
  if (change) row.change = change;
  return row;
}

/**
 * Links a requirement document states itself: a StrictDoc `TYPE: Child` makes this requirement a parent of the
 * child (which must exist), and a `TYPE: File` to a test file is a citation by that file (the path as written, from
 * the repository root or else from the document's folder). A File link to a file that is not a test file is an
 * implementation link, not a test.
 */
function requirementLinks(
  byId: ReadonlyMap<string, Requirement[]>,
  testFiles: readonly string[],
): { tests: Map<string, Reference[]>; findings: Finding[] } {
  const tests = new Map<string, Reference[]>();
  const findings: Finding[] = [];
  // Built only for a document that links files.
  let testSet: Set<string> | undefined;
  // Sets, not searches in the lists: a document with many relations stays linear.
  const seen = new Set<string>();
  for (const defs of byId.values()) if (defs[0]!.parents) for (const p of defs[0]!.parents) seen.add(`${defs[0]!.id}\u0000${p}`);
  for (const [id, defs] of byId) {
    const r = defs[0]!;
    // Most requirements state no relation: nothing is built for them.
    if (!r.children && !r.linkedFiles) continue;
    for (const childId of r.children ?? []) {
      const child = byId.get(childId)?.[0];
      if (!child) {
        findings.push({
          severity: 'error',
          message: `${id} names ${childId} as its child (a Child relation), but no requirement defines ${childId} — fix the relation, or add the document that holds ${childId} to the requirements sources.`,
          file: r.file,
          line: r.line,
        });
      } else if (!seen.has(`${childId}\u0000${id}`)) {
        seen.add(`${childId}\u0000${id}`);
        (child.parents ??= []).push(id);
      }
    }
    const dir = r.file.includes('/') ? r.file.slice(0, r.file.lastIndexOf('/') + 1) : '';
    for (const written of r.linkedFiles ?? []) {
      testSet ??= new Set(testFiles);
      const path = [normalizePath(written), normalizePath(dir + written)].find((p) => p !== undefined && testSet!.has(p));
      if (!path) continue;
      if (seen.has(`${id}\u0001${path}`)) continue;
      seen.add(`${id}\u0001${path}`);
      const refs = tests.get(id);
      const ref = { id, file: path, line: 1 };
      if (refs) refs.push(ref);
      else tests.set(id, [ref]);
    }
  }
  return { tests, findings };
}

/** A relative path with "." and ".." resolved, or undefined if it leaves the repository. */
function normalizePath(p: string): string | undefined {
  const out: string[] = [];
  for (const part of p.replace(/^\.\//, '').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (!out.length) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}

/** Citations from the tests and from the requirement's own File links, one per file, by path. */
function mergeReferences(cited: readonly Reference[], links: readonly Reference[]): Reference[] {
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
  readonly paths: string[] = [];
  readonly files: number[] = [];
  readonly lines: number[] = [];
  /** The next citation of the same id, -1 for the last. */
  readonly next: number[] = [];
  /** Whether the scan read the files in path order, so each id's chain is already sorted. */
  sorted = true;

  add(file: number, line: number): number {
    this.next.push(-1);
    this.lines.push(line);
    return this.files.push(file) - 1;
  }
}

/** The citations of one id — the first per file —, in the order read, built into Reference objects only when asked for. */
class CitationList {
  private head: number;
  /** The last citation (its file is the one a repeated id in the same file would name). */
  tail: number;
  length = 1;
  private built?: Reference[];

  constructor(
    readonly id: string,
    private readonly store: CitationStore,
    first: number,
  ) {
    this.head = first;
    this.tail = first;
  }

  append(citation: number): void {
    this.store.next[this.tail] = citation;
    this.tail = citation;
    this.length++;
  }

  /** Each citation's place in the scan, in the order read. */
  *places(): Generator<number> {
    for (let c = this.head; c >= 0; c = this.store.next[c]!) yield c;
  }

  /** Whether any citing file is in `paths`. */
  citesAny(paths: ReadonlySet<string>): boolean {
    const { next, files, paths: names } = this.store;
    for (let c = this.head; c >= 0; c = next[c]!) if (paths.has(names[files[c]!]!)) return true;
    return false;
  }

  /** The citations, by file and line (built once). */
  references(): Reference[] {
    if (!this.built) {
      const { next, files, lines, paths } = this.store;
      const built: Reference[] = [];
      for (let c = this.head; c >= 0; c = next[c]!) built.push({ id: this.id, file: paths[files[c]!]!, line: lines[c]! });
      // Files arrive in any order where the source reads them concurrently (in path order from git); the matrix lists them by path.
      if (!this.store.sorted) built.sort(byFile);
      this.built = built;
    }
    return this.built;
  }
}

/**
 * Every id the test files cite — the first citation per file and id —, streamed rather than cached so memory does
 * not grow with the tests. With `lines`, the source may hand over only the lines that can hold a citation.
 */
async function scanCitations(
  facts: Facts,
  paths: readonly string[],
  match: (text: string, file: string, firstLine?: number) => Reference[],
  lines: LineSelection | undefined,
): Promise<{ citations: Map<string, CitationList>; store: CitationStore; findings: Finding[] }> {
  const byId = new IdIndex<CitationList>();
  const store = new CitationStore();
  const read = store.paths;
  const findings: Finding[] = [];
  let file = -1;
  // Each file is visited once with all its citations: an id this file already cites ends its list.
  const take = (id: string, line: number) => {
    const list = byId.get(id);
    if (!list) byId.set(id, new CitationList(id, store, store.add(file, line)));
    else if (store.files[list.tail] !== file) list.append(store.add(file, line));
  };
  await facts.scanAtHead(
    paths,
    (scanned) => {
      const path = scanned.path;
      if (read.length && read[read.length - 1]! >= path) store.sorted = false;
      file = read.push(path) - 1;
      if (scanned.matches) {
        const { lines: at, texts } = scanned.matches;
        for (let i = 0; i < texts.length; i++) take(texts[i]!, at[i]!);
      } else if (scanned.lines) {
        for (const l of scanned.lines) for (const r of match(l.text, path, l.line)) take(r.id, r.line);
      } else if (scanned.text !== undefined) for (const r of match(scanned.text, path)) take(r.id, r.line);
      else findings.push({ ...unreadableFinding(scanned, 'its requirement references'), severity: 'warning' });
    },
    lines ? { lines } : undefined,
  );
  return { citations: byId.byId, store, findings };
}

/**
 * Citations sorted out once the requirements are known: references by id; unknown ids; and `foreign` (kept only
 * to compare with a base), matches whose prefix no requirement at head uses — not references, unless they name a
 * requirement the pull request deleted (the last of its document, say), which is known only once the base has been
 * read. Decided once per id; unknown and foreign citations come in the order they were read.
 */
function sortCitations(
  { citations, store }: { citations: ReadonlyMap<string, CitationList>; store: CitationStore },
  byPrefix: boolean,
  byId: ReadonlyMap<string, Requirement[]>,
  keepForeign: boolean,
): { tests: ReadonlyMap<string, CitationList>; unknown: Reference[]; foreign: Reference[] } {
  const unknown: CitationList[] = [];
  const foreign: CitationList[] = [];
  let prefixes: Set<string> | undefined;
  for (const [id, list] of citations) {
    // A requirement's id has a prefix some requirement uses; without prefixes every match is a reference. The
    // prefixes are gathered only for a citation of an id no requirement defines.
    if (byId.has(id)) continue;
    if (byPrefix) prefixes ??= new Set(Array.from(byId.keys(), idPrefix));
    if (prefixes && !prefixes.has(idPrefix(id))) {
      if (keepForeign) foreign.push(list);
    } else unknown.push(list);
  }
  // The tests of a requirement: its id's citations (the rows look up only requirements' ids).
  return { tests: citations, unknown: inOrderRead(unknown, store), foreign: inOrderRead(foreign, store) };
}

/** The citations of several lists, in the order the scan read them. */
function inOrderRead(lists: readonly CitationList[], store: CitationStore): Reference[] {
  const ids = new Map<number, string>();
  for (const list of lists) for (const c of list.places()) ids.set(c, list.id);
  // Places are whole numbers: a typed list sorts them as numbers, with no comparison function.
  return Array.from(Uint32Array.from(ids.keys()).sort(), (c) => ({
    id: ids.get(c)!,
    file: store.paths[store.files[c]!]!,
    line: store.lines[c]!,
  }));
}

interface BaseRequirement {
  requirement: Requirement;
  /** Its normalized text, to tell a changed requirement from a reflowed one. */
  text: string;
}

/**
 * The requirements at base of the requirement files the PR edited, removed or moved out of the sources, by id
 * (the first definition). A file `troubled` at head is left out: it says nothing about what changed in it.
 */
async function requirementsAtBase(
  facts: Facts,
  changedFiles: readonly ChangedFile[],
  headFiles: readonly RequirementFile[],
  troubled: ReadonlySet<string>,
  sources: readonly RequirementSource[],
  idPattern: string,
): Promise<Map<string, BaseRequirement>> {
  const filesByPath = new Map(headFiles.map((f) => [f.path, f]));
  const edited = changedFiles.filter((c) => c.status !== 'added' && !troubled.has(c.path));
  // Doorstop folders are listed only for a file with no requirement file at head to go by (removed or moved out).
  const doorstopDirs = edited.some((c) => c.status === 'removed' || !filesByPath.has(c.path))
    ? await doorstopDirsAtHead(facts)
    : new Set<string>();
  const formerFiles = edited.flatMap((c): RequirementFile[] => {
    const basePath = c.previousPath ?? c.path;
    const head = c.status === 'removed' ? undefined : filesByPath.get(c.path);
    if (head) return [{ ...head, path: basePath }];
    const former = formerRequirementFile(basePath, sources, doorstopDirs);
    return former ? [former] : [];
  });
  // A Doorstop item is read with its document's settings at base, so a file that was no item then is none now.
  const settings = new Map<string, Promise<DoorstopSettings | undefined>>();
  const settingsAt = (path: string) => {
    let s = settings.get(path);
    if (!s) {
      s = facts.readAtBase(path).then(
        (f) => (f ? parseDoorstopSettings(f.text, path).settings : undefined),
        () => undefined,
      );
      settings.set(path, s);
    }
    return s;
  };
  const parsed = await mapConcurrent(formerFiles, READ_CONCURRENCY, async (file) => {
    const base = await facts.readAtBase(file.path).catch(() => undefined);
    const docSettings = file.settingsPath ? await settingsAt(file.settingsPath) : undefined;
    return base ? (await parseInFormat(file, base.text, idPattern, docSettings)).requirements : [];
  });
  const atBase = new Map<string, BaseRequirement>();
  for (const r of parsed.flat()) if (!atBase.has(r.id)) atBase.set(r.id, { requirement: r, text: normalizedText(r) });
  return atBase;
}

/** The rewrite of junit_id_from_name: each match of `pattern` in a name, rewritten (only the rewrites are returned, space-separated). */
function idFromName(option: JUnitIdFromName | null | undefined): ((name: string) => string) | undefined {
  if (!option) return undefined;
  checkPattern('junit_id_from_name.pattern', option.pattern);
  const pattern = Pattern.compile(option.pattern);
  return (name) => {
    const out: string[] = [];
    for (const m of pattern.matchAll(name)) {
      out.push(
        option.replace.replace(/\$(\$|&|[1-9])/g, (_, g: string) =>
          g === '$' ? '$' : g === '&' ? m.text : (m.groups[Number(g) - 1] ?? ''),
        ),
      );
    }
    return out.join(' ');
  };
}

/**
 * Each junit glob must match a report at head: one that matches nothing is an error (a report not committed, a
 * path mistyped), or with allow_empty: true a notice — no requirement is verified by a report that is not there.
 */
async function unmatchedJUnitGlobs(options: TraceabilityOptions, facts: Facts, matched: readonly string[]): Promise<Finding[]> {
  if (!options.junit.length) return [];
  const empty =
    matched.length === 0
      ? options.junit
      : options.junit.length === 1
        ? []
        : (await Promise.all(options.junit.map(async (g) => ((await facts.listAtHead([g])).length ? [] : [g])))).flat();
  if (!empty.length) return [];
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
      message:
        matched.length === 0
          ? `junit is set (${globs}) but no file matches at head, so no requirement can be verified — commit the JUnit report or fix the globs.`
          : `junit ${empty.length === 1 ? 'glob' : 'globs'} ${globs} ${empty.length === 1 ? 'matches' : 'match'} no file at head, so the test results it names were not read — commit the JUnit report or fix the glob (allow_empty: true lets the gate go on without it).`,
    },
  ];
}

/**
 * The reference form of a policy with OpenFastTrace sources and no reference_pattern: a coverage tag whose
 * covering type is one of their test types (see docs/gates/traceability-formats.md); null for other policies.
 */
export function openFastTraceReference(sources: readonly RequirementSource[]): string | null {
  if (!sources.some((s) => typeof s !== 'string' && s.format === 'openfasttrace')) return null;
  return coverageTagPattern([...oftTestTypes(sources)]);
}

/** An id without its trailing number: "REQ-" of "REQ-012". */
function idPrefix(id: string): string {
  // Walked back from the end: a regular expression would retry each digit of a long run that something else ends.
  let end = id.length;
  while (end > 0 && id.charCodeAt(end - 1) >= 48 && id.charCodeAt(end - 1) <= 57) end--;
  return id.slice(0, end);
}

function byFile(a: Reference, b: Reference): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}
