import { parseJUnit, type TestCase } from '../../parsers/junit.js';
import {
  DEFAULT_ID_PATTERN,
  doorstopDirsAtHead,
  formerRequirementFile,
  normalizedText,
  parseRequirementFile,
  readOrFinding,
  readRequirementFiles,
  resolveRequirementFiles,
  unreadableFinding,
  type Requirement,
  type RequirementFile,
  type RequirementSource,
} from '../../parsers/requirements/index.js';
import type { Policy } from '../../policy/types.js';
import type { ChangedFile, Facts, Finding } from '../../types.js';
import { mapConcurrent, READ_CONCURRENCY } from '../../util/concurrency.js';
import { exactIdSearch, linePrefilter, type LineSelection } from '../../util/line-prefilter.js';
import { Pattern, PatternError, patternProblem } from '../../util/pattern.js';

// The traceability matrix: requirements (read at head), the test lines that cite them, the JUnit cases linked to
// them, and — for a pull request — which requirements changed and which of those changed with no test. Shared by
// the gate and `sdlc-gate trace`.

export type Switch = 'error' | 'warning' | 'off';

export interface TraceabilityOptions {
  requirements: RequirementSource[];
  id_pattern: string;
  tests: string[];
  reference_pattern: string | null;
  junit: string[];
  require_tests: 'all' | 'none' | string[];
  unknown_references: Switch;
  duplicate_ids: Switch;
  suspect: Switch;
  allow_empty?: boolean;
}

export const DEFAULT_TESTS = ['test/**', 'tests/**', '**/*_test.*', '**/*.test.*', '**/*.spec.*'];

export interface Reference {
  id: string;
  file: string;
  line: number;
}

export type Verdict = 'verified' | 'failed' | 'skipped' | 'not run' | 'tested' | 'untested';

export interface MatrixRow {
  requirement: Requirement;
  class: string;
  /** require_tests applies to this requirement. */
  required: boolean;
  tests: Reference[];
  cases: TestCase[];
  verdict: Verdict;
  /** Only for a pull request: new, or its normalized text changed. */
  change?: 'added' | 'changed';
  suspect: boolean;
  /** This pull request touched the requirement or one of its tests. */
  touched: boolean;
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
    if (e instanceof PatternError) throw new Error(`${name} "${source}" ${e.message} — fix it in the policy`);
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
export function referenceMatcher(options: Pick<TraceabilityOptions, 'id_pattern' | 'reference_pattern'>): (text: string, file: string, firstLine?: number) => Reference[] {
  const pattern = referencePattern(options);
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
      if (id) refs.push({ id, file, line });
    }
    return refs;
  };
}

/** A policy whose pattern does not compile cannot be evaluated: the gate errors, saying which. */
function checkPattern(name: string, source: string): void {
  const problem = patternProblem(source);
  if (problem) throw new Error(`${name} "${source}" ${problem} — fix it in the policy`);
}

export interface MatrixInput {
  options: TraceabilityOptions;
  facts: Facts;
  policy: Pick<Policy, 'classification'>;
  /** Compare with the base commit (a pull request); false for the work tree. */
  compare: boolean;
}

export async function buildMatrix({ options, facts, policy, compare }: MatrixInput): Promise<Matrix> {
  const idPattern = options.id_pattern ?? DEFAULT_ID_PATTERN;
  checkPattern('id_pattern', idPattern);
  if (options.reference_pattern) checkPattern('reference_pattern', options.reference_pattern);
  // Asked for now, so git works out the changes while the files are read; a failure surfaces where it is awaited.
  const changes = compare ? facts.changedFiles() : Promise.resolve([]);
  changes.catch(() => undefined);
  const resolved = await resolveRequirementFiles(options.requirements, facts);
  const requirementPaths = new Set(resolved.files.map((f) => f.path));

  // The test files: what the test globs match, except requirement files and JUnit reports.
  const junitPaths = options.junit.length ? await facts.listAtHead(options.junit) : [];
  const junitSet = new Set(junitPaths);
  const testFiles = (await facts.listAtHead(options.tests)).filter((p) => !requirementPaths.has(p) && !junitSet.has(p));
  const referenceOptions = { id_pattern: idPattern, reference_pattern: options.reference_pattern };
  // The requirements are parsed while the test files are searched (by git, in a process of its own, where it can);
  // the search is started first, as it takes longer.
  const [scanned, read] = await Promise.all([
    scanCitations(facts, testFiles, referenceMatcher(referenceOptions), searchFor(referenceOptions)),
    readRequirementFiles(resolved, facts, { id_pattern: idPattern }),
  ]);
  const findings = [...read.findings, ...scanned.findings];

  // Duplicates: the first definition wins in the matrix.
  const byId = new Map<string, Requirement[]>();
  for (const r of read.requirements) {
    const defs = byId.get(r.id);
    if (defs) defs.push(r);
    else byId.set(r.id, [r]);
  }
  const duplicates = [...byId.values()].filter((defs) => defs.length > 1);
  // Without an explicit reference form, a match whose prefix no requirement uses (UTF-8, SHA-256) is not a reference.
  const prefixes = options.reference_pattern ? undefined : new Set([...byId.keys()].map(idPrefix));
  const cited = sortCitations(scanned.citations, prefixes, byId, compare);
  const testsById = cited.tests;

  // JUnit cases linked by name, classname or a requirement property.
  const casesById = new Map<string, TestCase[]>();
  const reports = await mapConcurrent(junitPaths, READ_CONCURRENCY, async (path) => {
    const { text, finding } = await readOrFinding((p) => facts.readAtHead(p), path, 'its test results');
    if (finding) findings.push(finding);
    return text === undefined ? { cases: [], findings: [] } : parseJUnit(text, path);
  });
  const idInText = Pattern.standingAlone(idPattern);
  for (const report of reports) {
    findings.push(...report.findings);
    for (const c of report.cases) {
      const ids = new Set([c.name, c.classname, ...c.requirementProperties].flatMap((s) => [...idInText.matchAll(s)].map((m) => m.text).filter(Boolean)));
      for (const id of ids) {
        if (!byId.has(id)) continue;
        const linked = casesById.get(id);
        if (linked) linked.push(c);
        else casesById.set(id, [c]);
      }
    }
  }
  if (options.junit.length && junitPaths.length === 0) {
    findings.push({
      severity: 'error',
      message: `junit is set (${options.junit.join(', ')}) but no file matches at head, so no requirement can be verified — commit the JUnit report or fix the globs.`,
    });
  }

  // A pull request: which requirements are new, changed or deleted, and which files changed. A requirement file
  // that could not be read or parsed cleanly at head says nothing about what changed in it: its own error stands,
  // and none of its requirements is called new, changed or deleted.
  const troubled = new Set(read.findings.filter((f) => f.severity === 'error' && f.file).map((f) => f.file!));
  const changedFiles = await changes;
  const atBase = compare ? await requirementsAtBase(facts, changedFiles, read.files, troubled, options.requirements, idPattern) : new Map<string, BaseRequirement>();
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
  const changedPaths = new Set(changedFiles.filter((c) => c.status !== 'removed').map((c) => c.path));
  const changedRequirementPaths = new Set([...changedPaths].filter((p) => requirementPaths.has(p) && !troubled.has(p)));

  const requiredClasses = options.require_tests === 'all' ? undefined : options.require_tests === 'none' ? [] : options.require_tests.map((c) => c.toUpperCase());
  const rows: MatrixRow[] = [];
  for (const [id, defs] of byId) {
    const requirement = defs[0]!;
    const cls = (requirement.class ?? policy.classification.default).toUpperCase();
    const cited = testsById.get(id);
    const tested = cited?.length ?? 0;
    const cases = casesById.get(id) ?? [];
    const verdict: Verdict = !options.junit.length
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
    let change: MatrixRow['change'];
    if (compare && changedRequirementPaths.has(requirement.file)) {
      const before = atBase.get(id)?.text;
      if (before === undefined) change = 'added';
      else if (before !== normalizedText(requirement)) change = 'changed';
    }
    const testChanged = changedPaths.size > 0 && cited !== undefined && cited.citesAny(changedPaths);
    const freshPass = changedPaths.size > 0 && cases.some((c) => c.status === 'passed' && changedPaths.has(c.report));
    // A changed requirement with no test at all is untested, not suspect: there is no link to re-verify.
    const suspect = change === 'changed' && (tested > 0 || cases.length > 0) && !testChanged && !freshPass;
    const row = {
      requirement,
      class: cls,
      required: requiredClasses === undefined || requiredClasses.includes(cls),
      tests: [] as Reference[],
      cases,
      verdict,
      ...(change ? { change } : {}),
      suspect,
      touched: change !== undefined || testChanged,
    };
    // The citations become Reference objects when something reads them (a report, a finding that names them):
    // a gate where every requirement passes never builds the 100,000s of a large repository.
    if (cited) Object.defineProperty(row, 'tests', { get: () => cited.references(), enumerable: true, configurable: true });
    rows.push(row);
  }
  return { rows, unknownReferences, duplicates, deleted, findings, junit: options.junit.length > 0, compared: compare };
}

/**
 * The citations of one id — the first per file —, in the order read: file, line and place in the scan as numbers,
 * built into Reference objects only when asked for.
 */
class CitationList {
  readonly files: number[] = [];
  readonly lines: number[] = [];
  /** Each citation's place in the whole scan, to merge lists back into the order read. */
  readonly order: number[] = [];
  private built?: Reference[];

  constructor(
    readonly id: string,
    /** The scan's files in the order read (citations name them by their place here). */
    readonly paths: readonly string[],
    /** Whether the scan read the files in path order, so each list is already sorted: known once the scan ends. */
    private readonly scan: { readonly sorted: boolean },
  ) {}

  get length(): number {
    return this.files.length;
  }

  /** Whether any citing file is in `paths`. */
  citesAny(paths: ReadonlySet<string>): boolean {
    return this.files.some((f) => paths.has(this.paths[f]!));
  }

  /** The citations, by file and line (built once). */
  references(): Reference[] {
    if (!this.built) {
      this.built = this.files.map((f, i) => ({ id: this.id, file: this.paths[f]!, line: this.lines[i]! }));
      // Files arrive in any order where the source reads them concurrently (in path order from git); the matrix lists them by path.
      if (!this.scan.sorted) this.built.sort(byFile);
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
): Promise<{ citations: Map<string, CitationList>; findings: Finding[] }> {
  const byId = new Map<string, CitationList>();
  const read: string[] = [];
  const findings: Finding[] = [];
  // Whether the files came in path order is known only at the end; every list reads the answer from here.
  const order = { sorted: true };
  let count = 0;
  let file = -1;
  // Each file is visited once with all its citations: an id this file already cites ends its list.
  const take = (id: string, line: number) => {
    let list = byId.get(id);
    if (!list) byId.set(id, (list = new CitationList(id, read, order)));
    else if (list.files[list.files.length - 1] === file) return;
    list.files.push(file);
    list.lines.push(line);
    list.order.push(count++);
  };
  await facts.scanAtHead(
    paths,
    (scanned) => {
      const path = scanned.path;
      if (read.length && read[read.length - 1]! >= path) order.sorted = false;
      file = read.push(path) - 1;
      if (scanned.text === undefined && scanned.lines === undefined && scanned.matches === undefined) {
        findings.push({ ...unreadableFinding(scanned, 'its requirement references'), severity: 'warning' });
        return;
      }
      if (scanned.matches) {
        const { lines: at, texts } = scanned.matches;
        for (let i = 0; i < texts.length; i++) take(texts[i]!, at[i]!);
      } else if (scanned.lines) for (const l of scanned.lines) for (const r of match(l.text, path, l.line)) take(r.id, r.line);
      else for (const r of match(scanned.text!, path)) take(r.id, r.line);
    },
    lines ? { lines } : undefined,
  );
  return { citations: byId, findings };
}

/**
 * Citations sorted out once the requirements are known: references by id; unknown ids; and `foreign` (kept only
 * to compare with a base), matches whose prefix no requirement at head uses — not references, unless they name a
 * requirement the pull request deleted (the last of its document, say), which is known only once the base has been
 * read. Decided once per id; unknown and foreign citations come in the order they were read.
 */
function sortCitations(
  citations: ReadonlyMap<string, CitationList>,
  prefixes: ReadonlySet<string> | undefined,
  byId: ReadonlyMap<string, Requirement[]>,
  keepForeign: boolean,
): { tests: Map<string, CitationList>; unknown: Reference[]; foreign: Reference[] } {
  const tests = new Map<string, CitationList>();
  const unknown: CitationList[] = [];
  const foreign: CitationList[] = [];
  for (const [id, list] of citations) {
    // Without prefixes every match is a reference.
    if (prefixes && !prefixes.has(idPrefix(id))) {
      if (keepForeign) foreign.push(list);
    } else if (byId.has(id)) tests.set(id, list);
    else unknown.push(list);
  }
  return { tests, unknown: inOrderRead(unknown), foreign: inOrderRead(foreign) };
}

/** The citations of several lists, in the order the scan read them. */
function inOrderRead(lists: readonly CitationList[]): Reference[] {
  const all = lists.flatMap((list) => list.files.map((_, i) => ({ at: list.order[i]!, ref: { id: list.id, file: list.paths[list.files[i]!]!, line: list.lines[i]! } })));
  return all.sort((a, b) => a.at - b.at).map((x) => x.ref);
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
  const doorstopDirs = edited.some((c) => c.status === 'removed' || !filesByPath.has(c.path)) ? await doorstopDirsAtHead(facts) : new Set<string>();
  const formerFiles = edited.flatMap((c): RequirementFile[] => {
    const basePath = c.previousPath ?? c.path;
    const head = c.status === 'removed' ? undefined : filesByPath.get(c.path);
    if (head) return [{ ...head, path: basePath }];
    const former = formerRequirementFile(basePath, sources, doorstopDirs);
    return former ? [former] : [];
  });
  const parsed = await mapConcurrent(formerFiles, READ_CONCURRENCY, async (file) => {
    const base = await facts.readAtBase(file.path).catch(() => undefined);
    return base ? parseRequirementFile(file, base.text, idPattern).requirements : [];
  });
  const atBase = new Map<string, BaseRequirement>();
  for (const r of parsed.flat()) if (!atBase.has(r.id)) atBase.set(r.id, { requirement: r, text: normalizedText(r) });
  return atBase;
}

/** An id without its trailing number: "REQ-" of "REQ-012". */
function idPrefix(id: string): string {
  return id.replace(/[0-9]+$/, '');
}

function byFile(a: Reference, b: Reference): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

export interface MatrixCounts {
  requirements: number;
  tested: number;
  verified: number;
  untested: number;
  unknownReferences: number;
  suspect: number;
}

export function countMatrix(m: Matrix): MatrixCounts {
  return {
    requirements: m.rows.length,
    tested: m.rows.filter((r) => r.verdict !== 'untested').length,
    verified: m.rows.filter((r) => r.verdict === 'verified').length,
    untested: m.rows.filter((r) => r.verdict === 'untested').length,
    unknownReferences: m.unknownReferences.length,
    suspect: m.rows.filter((r) => r.suspect).length,
  };
}
