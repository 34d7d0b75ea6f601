import { defineRule } from '../../core/rule.js';
import { sbomRule } from './rule.js';
import { readLockfileOfKind } from '../../parsers/lockfiles/kinds.js';
import { readLockfileConcurrently, Signal } from '../../parsers/lockfiles/concurrent.js';
import type { LockedPackage, LockfileResult } from '../../parsers/lockfiles/types.js';
import { autoLockfilesAtHead, isLockfile } from '../common/lockfile-sources.js';
import { inspectSbom, jsonPointerLines, type SbomDocument, type SbomIssue, type SbomReadResult } from '../../parsers/sbom/index.js';
import { compareVersionStrings } from '../../util/version.js';
import { deniedFamilies } from './licenses.js';
import { DEFAULT_SBOM_GLOBS, DEFAULT_SBOM_IGNORED, sbomCandidates } from '../common/sbom-sources.js';
import type { Facts, FileText, Finding, FindingAction } from '../../core/types.js';
import { globMatcher } from '../../util/glob.js';
import { listing, plural, shortList } from '../../util/text.js';
import type { GateOutcome } from '../../core/rule.js';
import { readAtHeadOrReport } from '../common/read-file.js';
import { compareWithLockfiles, type LockfileRead } from './drift.js';
import { fdaIssues, licenseIssues, ntiaIssues } from './elements.js';
import { SbomOptions } from './options.js';

export { DEFAULT_MAX_FILE_BYTES, DEFAULT_SBOM_GLOBS, SbomOptions } from './options.js';

const FAMILY = { cyclonedx: 'CycloneDX', spdx: 'SPDX' } as const;

/**
 * Up to this many characters of SBOM text in all, the lockfiles are read while the SBOMs are (a large
 * package-lock.json on a second core); above it, after them (see readSboms). 96 Mi: a 100,000-component CycloneDX
 * JSON SBOM is about 85 M characters (the concurrent path: 17% less wall time, 100 MB more at the peak); at 155,000
 * components (132 M) it was no faster and its peak came within 80 MB of 1 GB; at 200,000 (175 M) it crossed 1 GB.
 * Changed only by tests, to run both orders.
 */
export const SBOM_SIZES = { concurrentUpToChars: 96 * 1024 * 1024 };

export const sbom = defineRule({
  name: sbomRule.name,
  description: sbomRule.description,
  options: SbomOptions,

  async evaluate(options, facts): Promise<GateOutcome> {
    const denied = options.licenses?.deny?.length ? deniedFamilies(options.licenses.deny) : undefined;
    const findings: Finding[] = [];
    const globs = options.paths ?? DEFAULT_SBOM_GLOBS;
    const explicit = options.paths !== undefined;
    const candidates = sbomCandidates(await facts.listAtHead(globs), explicit);

    if (candidates.length === 0) {
      // 6. Update (with SBOMs at head, judged once they are read: a file named like one may not be one).
      if (options.require_update) findings.push(...(await updateFindings(options, facts, globs, candidates)));
      findings.push({
        severity: 'error',
        message: `No SBOM found at head: no file matches ${shortList(globs, 8)}. Generate one (for npm: npx @cyclonedx/cyclonedx-npm --output-file bom.json), commit it, or set \`paths\` to where it lives.`,
        action: {
          text: 'Generate an SBOM and commit it, or set `paths` in the policy to where it lives',
          command: 'npx @cyclonedx/cyclonedx-npm --output-file bom.json',
        },
      });
      return { findings, summary: findings[findings.length - 1]!.message };
    }

    const checkDrift = options.lockfiles !== undefined && !(Array.isArray(options.lockfiles) && options.lockfiles.length === 0);
    // The lockfiles' parse on the second core waits for the first SBOM's parse (see readSboms).
    // With one SBOM (and every locked package compared), its components' purls go with the lockfile to the worker,
    // which looks them up among the packages it pins (the exact matches of the drift check).
    const firstParsed = new Signal();
    const { files, early } = await readSboms(options, facts, candidates, checkDrift, firstParsed);
    const matchInWorker = early !== undefined && files.length === 1 && options.dev_dependencies !== 'exclude';
    const afterRead = (r: SbomReadResult) =>
      firstParsed.give(matchInWorker && r.document ? r.document.components.map((c) => c.purl) : undefined);

    const docs: SbomDocument[] = [];
    // Issues waiting for their lines, per document; resolved in one pass over each file at the end.
    const pending = new Map<SbomDocument, SbomIssue[]>();
    // The rule keeps the document (and its text), not the bytes it was decoded from: once inspected, they may go (the
    // facts hold a large file only while someone does) before the lockfiles are read. So the file is a local of the
    // inner function only, whose frame ends with it: a suspended async function keeps its locals' last values.
    // Files named like SBOMs that are none (docs/sbom.md with the default names): changing them updates no SBOM.
    const notSboms = new Set<string>();
    const inspection = { options, explicit, denied, afterRead, findings, docs, pending, notSboms };
    for (const read of files) await inspectOne(read, inspection);

    firstParsed.give();

    // 5. Drift against the lockfiles. Version mismatches and missing pins lead the findings, then the stale
    // components, then the rest: the report caps findings, and a false alarm must not push a true one out.
    let regenerate: { issues: Set<SbomIssue>; action: FindingAction } | undefined;
    const lead: Finding[] = [];
    if (docs.length && checkDrift) {
      if (early && 'error' in early) throw early.error;
      const locks = await finishLockfiles(options, facts, early?.started ?? (await startLockfiles(options, facts)), findings);
      if (locks.length) {
        const drift = compareWithLockfiles(docs, locks);
        lead.push(...drift.findings);
        for (const [doc, issues] of drift.sbomIssues) lead.push(...placeAll(doc, issues, drift.regenerate));
        regenerate = drift.regenerate;
      }
    }

    for (const doc of docs) findings.push(...placeAll(doc, pending.get(doc)!, regenerate));
    // 6. Update: it leads the findings after drift, as the most common failure.
    if (options.require_update) {
      const sboms = candidates.filter((p) => !notSboms.has(p));
      findings.unshift(...(await updateFindings(options, facts, globs, sboms, notSboms)));
    }
    findings.unshift(...lead);

    const errors = findings.filter((f) => f.severity === 'error');
    const described = docs.map((d) => `${d.path} (${FAMILY[d.family]} ${d.specVersion}, ${plural(d.components.length, 'component')})`);
    const summary = errors.length
      ? errors.length === 1
        ? errors[0]!.message
        : `${plural(errors.length, 'problem')}: ${errors[0]!.message}`
      : `${shortList(described, 3)}: valid${options.ntia ? ', NTIA elements present' : ''}`;
    return { findings, summary };
  },
});

/** One SBOM as read: inspected, its document and issues (or its findings) added to those of the run. */
async function inspectOne(
  read: SbomRead,
  run: {
    options: SbomOptions;
    explicit: boolean;
    denied: ReturnType<typeof deniedFamilies> | undefined;
    afterRead: (r: SbomReadResult) => void;
    findings: Finding[];
    docs: SbomDocument[];
    pending: Map<SbomDocument, SbomIssue[]>;
    notSboms: Set<string>;
  },
): Promise<void> {
  const { options, explicit, denied, afterRead, findings, docs, pending } = run;
  const { path } = read;
  findings.push(...read.findings);
  if (!read.file) return;
  const text = read.file.text;
  // The bytes go on only to be read again, by the XSD validation of an XML SBOM (else it encodes the text): for any
  // other document they may go now, before it is parsed — no variable here holds the file.
  const bytes = text.trimStart().startsWith('<') ? read.file.bytes : undefined;
  delete read.file;
  const result = await inspectSbom({ path, text, bytes }, { schema: options.schema, afterRead });
  const doc = result.document;
  if (!doc) {
    // With the default names, a file like docs/sbom.md is not meant as an SBOM: a warning, not a failure.
    const severity = !explicit && !result.detection.family ? 'warning' : 'error';
    if (severity === 'warning') run.notSboms.add(path);
    const pointers = result.issues.filter((i) => i.line === undefined && i.pointer !== undefined).map((i) => i.pointer!);
    const lines = pointers.length ? jsonPointerLines(text, pointers) : new Map<string, number>();
    findings.push(
      ...result.issues.map((i) =>
        placed(
          path,
          { ...i, severity: i.severity === 'error' ? severity : i.severity },
          i.pointer !== undefined ? lines.get(i.pointer) : undefined,
        ),
      ),
    );
    return;
  }
  const issues: SbomIssue[] = [...result.issues];
  const version = `${FAMILY[doc.family]} ${doc.specVersion} ${doc.encoding === 'tag-value' ? 'tag-value' : doc.encoding.toUpperCase()}`;
  if (!options.formats.includes(doc.family)) {
    issues.push({
      severity: 'error',
      message: `is ${version}, but this gate accepts only ${listing(
        options.formats.map((f) => FAMILY[f]),
        'or',
      )} — convert it or change \`formats\``,
      line: 1,
    });
  }
  const floor = options.min_version?.[doc.family];
  if (floor && compareVersionStrings(doc.specVersion, floor) < 0) {
    issues.push({
      severity: 'error',
      message: `declares ${FAMILY[doc.family]} ${doc.specVersion}, older than the ${floor} this policy requires — regenerate it with a current generator`,
      pointer: doc.encoding === 'json' ? (doc.family === 'cyclonedx' ? '/specVersion' : '/spdxVersion') : undefined,
      line: doc.encoding === 'json' ? undefined : 1,
    });
  }
  if (options.ntia) issues.push(...ntiaIssues(doc));
  if (options.fda) issues.push(...fdaIssues(doc, new Date()));
  if (denied) issues.push(...licenseIssues(doc, denied));
  doc.json = undefined; // the components carry what the rest needs; let the parsed tree go
  docs.push(doc);
  pending.set(doc, issues);
}

function placed(path: string, issue: SbomIssue, line?: number): Finding {
  const f: Finding = {
    severity: issue.severity,
    message: `${path}${issue.message.startsWith('/') ? ' ' : ': '}${issue.message}`,
    file: path,
  };
  const l = issue.line ?? line;
  if (l !== undefined) f.line = l;
  return f;
}

/** Each issue as a finding with its line; the drift check's issues (components no lockfile pins) with its step. */
function placeAll(doc: SbomDocument, issues: SbomIssue[], regenerate?: { issues: Set<SbomIssue>; action: FindingAction }): Finding[] {
  const pointers = [...new Set(issues.filter((i) => i.line === undefined && i.pointer !== undefined).map((i) => i.pointer!))];
  const lines = pointers.length ? doc.linesOf(pointers) : new Map<string, number>();
  return issues.map((i) => {
    const f = placed(doc.path, i, i.pointer !== undefined ? lines.get(i.pointer) : undefined);
    if (regenerate?.issues.has(i)) f.action = regenerate.action;
    return f;
  });
}

async function lockfilePaths(options: SbomOptions, facts: Facts, findings: Finding[]): Promise<string[]> {
  if (options.lockfiles === 'auto') return autoLockfilesAtHead(facts);
  const found = await facts.listAtHead(options.lockfiles);
  for (const glob of options.lockfiles) {
    if (!found.some(globMatcher([glob])))
      findings.push({
        severity: 'error',
        message: `lockfiles lists ${glob}, but no such file is at head — fix the list or commit the lockfile`,
      });
  }
  return found.sort();
}

/** An SBOM as read at head (or why not: its findings). */
interface SbomRead {
  path: string;
  file?: FileText;
  findings: Finding[];
}

/**
 * The SBOMs are read first (their bytes and text); how large they are decides when the lockfiles are read (5.). Up
 * to SBOM_SIZES.concurrentUpToChars of SBOM text, they are read now and a large package-lock.json is parsed on a
 * second core (a worker thread, started now) while this thread validates the SBOMs — from the end of the first
 * SBOM's parse (`firstParsed`): two parses at once are slower than one after the other, as each heap's garbage
 * collector loses the core the other thread takes; above it, they are read after the
 * SBOMs, once each SBOM's parsed tree has been let go (only its components are kept), so that the largest document
 * is parsed while the heap is small (a worker's heap and the lockfile's text beside a 200,000-component SBOM's tree
 * would cross 1 GB). Either way, their findings are reported only if some SBOM could be read.
 */
async function readSboms(
  options: SbomOptions,
  facts: Facts,
  candidates: readonly string[],
  checkDrift: boolean,
  firstParsed: Signal,
): Promise<{ files: SbomRead[]; early?: { started: StartedLockfiles } | { error: unknown } }> {
  const files: SbomRead[] = [];
  for (const path of candidates) {
    const findings: Finding[] = [];
    const file = await readAtHeadOrReport(facts, path, options.max_file_bytes, 'SBOM', findings);
    files.push({ path, ...(file ? { file } : {}), findings });
  }
  const sbomChars = files.reduce((n, f) => n + (f.file?.text.length ?? 0), 0);
  if (!checkDrift || sbomChars === 0 || sbomChars > SBOM_SIZES.concurrentUpToChars) return { files };
  const early = await startLockfiles(options, facts, firstParsed).then(
    (started) => ({ started }),
    (error: unknown) => ({ error }),
  );
  return { files, early };
}

/** The lockfiles listed and read, each one's reading started (on a second core when it is large) or to come. */
interface StartedLockfiles {
  /** Lockfiles the policy names that are not at head. */
  findings: Finding[];
  files: { path: string; findings: Finding[]; result?: () => Promise<LockfileResult> }[];
}

/** With `concurrently`, a large package-lock.json is handed to a worker thread, which parses it once that signal is given. */
async function startLockfiles(options: SbomOptions, facts: Facts, concurrently?: Signal): Promise<StartedLockfiles> {
  const findings: Finding[] = [];
  const files: StartedLockfiles['files'] = [];
  for (const path of await lockfilePaths(options, facts, findings)) {
    const readFindings: Finding[] = [];
    const file = await readAtHeadOrReport(facts, path, options.max_file_bytes, 'lockfile', readFindings);
    if (!file) {
      files.push({ path, findings: readFindings });
      continue;
    }
    // Started now, on a second core, or when its turn comes, in this thread.
    const reading = concurrently ? readLockfileConcurrently(path, file.text, { after: concurrently }) : undefined;
    // Awaited only if some SBOM is read: a failure that nobody awaits must not end the process.
    reading?.catch(() => undefined);
    files.push({ path, findings: readFindings, result: () => reading ?? readLockfileOfKind(path, file.text) });
  }
  return { findings, files };
}

/** At most this many files taken in by others (`-r`) are read in one run. */
export const MAX_INCLUDED_LOCKFILES = 64;

async function finishLockfiles(
  options: SbomOptions,
  facts: Facts,
  started: StartedLockfiles,
  findings: Finding[],
): Promise<LockfileRead[]> {
  const out: LockfileRead[] = [];
  findings.push(...started.findings);
  // The lockfiles, then the files they take in (requirements.txt's -r), each read once.
  const queue = [...started.files];
  const visited = new Set(queue.map((f) => f.path));
  let included = 0;
  for (let q = 0; q < queue.length; q++) {
    const { path, findings: readFindings, result: read } = queue[q]!;
    findings.push(...readFindings);
    if (!read) continue;
    const result = await read();
    for (const inc of result.includes ?? []) {
      if (visited.has(inc.path)) continue;
      visited.add(inc.path);
      if (++included > MAX_INCLUDED_LOCKFILES) {
        if (included === MAX_INCLUDED_LOCKFILES + 1)
          findings.push({
            severity: 'error',
            message: `${path}:${inc.line} includes ${inc.path}, but more than ${MAX_INCLUDED_LOCKFILES} files are included in all; the rest were not read, so what they pin is not compared with the SBOM — include fewer files`,
            file: path,
            line: inc.line,
          });
        continue;
      }
      queue.push(await includedLockfile(options, facts, path, inc));
    }
    const lock = lockfileRead(options, path, result, findings);
    if (lock) out.push(lock);
  }
  return out;
}

/** A file another lockfile takes in (`-r base.txt`), read at head as one of the includer's kind. */
async function includedLockfile(
  options: SbomOptions,
  facts: Facts,
  includer: string,
  inc: { path: string; line: number },
): Promise<StartedLockfiles['files'][number]> {
  const readFindings: Finding[] = [];
  const file = await readAtHeadOrReport(facts, inc.path, options.max_file_bytes, 'lockfile', readFindings, 'commit it or fix the include');
  if (!file) {
    // Said on the line that names it: the file that is not there cannot carry the annotation.
    const findings = readFindings.map((f) => ({
      ...f,
      message: `${includer}:${inc.line} includes ${inc.path}: ${f.message}`,
      file: includer,
      line: inc.line,
    }));
    return { path: inc.path, findings };
  }
  const kind = includer.slice(includer.lastIndexOf('/') + 1);
  return { path: inc.path, findings: readFindings, result: () => readLockfileOfKind(inc.path, file.text, kind) };
}

/** One lockfile's result as the drift check takes it; undefined when it could not be read. */
function lockfileRead(options: SbomOptions, path: string, result: LockfileResult, findings: Finding[]): LockfileRead | undefined {
  findings.push(...result.findings);
  if (result.findings.some((f) => f.severity === 'error') && result.packages.length === 0) return undefined;
  const packages = result.packages as LockedPackage[];
  const firstParty = result.firstParty ?? [];
  if (packages.length === 0 && !result.includes?.length) {
    // It parses but pins nothing: the comparison for it would be empty, so this is said rather than passed quietly.
    // A lockfile that names the project itself is a project without dependencies (a warning); one that names
    // nothing at all is a stub (an error). One that only takes in others (-r) pins what they pin.
    findings.push({
      severity: firstParty.length ? 'warning' : 'error',
      message: `${path} parses but pins no ${result.ecosystem ? `${result.ecosystem} ` : ''}packages${firstParty.length ? ' (it names only the project itself)' : ''}, so the drift check has nothing to compare it with — regenerate it with the package manager, or leave it out of \`lockfiles\` if it is not the project's lockfile`,
      file: path,
      line: 1,
    });
  }
  const common = {
    path,
    ...(result.ecosystem ? { ecosystem: result.ecosystem } : {}),
    firstParty,
    ...(result.unresolved ? { unresolved: result.unresolved } : {}),
    ...(result.directOnly ? { directOnly: true } : {}),
  };
  // The reader's index by purl numbers all its packages: it is handed on only with all of them.
  if (options.dev_dependencies === 'exclude')
    return { ...common, packages: packages.filter((p) => !p.dev), excluded: packages.filter((p) => p.dev) };
  return { ...common, packages, ...(result.exact ? { exact: result.exact } : result.byPurl ? { byPurl: result.byPurl } : {}) };
}

/**
 * A pull request that changes a lockfile must change an SBOM: a file at head that is one, or one it deletes or moves
 * away (`sboms` are those at head; `notSboms` the files named like SBOMs that are none, which do not count).
 */
async function updateFindings(
  options: SbomOptions,
  facts: Facts,
  sbomGlobs: string[],
  sboms: readonly string[],
  notSboms: ReadonlySet<string> = new Set(),
): Promise<Finding[]> {
  const changed = await facts.changedFiles();
  const matches = globMatcher(sbomGlobs);
  // With the default names, an SBOM under node_modules/ or vendor/ is a dependency's, not the project's (as at head).
  const ignored = options.paths === undefined ? DEFAULT_SBOM_IGNORED : () => false;
  const isSbom = (path: string) => matches(path) && !notSboms.has(path) && !ignored(path);
  const isLock = options.lockfiles === 'auto' ? isLockfile : globMatcher(options.lockfiles);
  const touched = [...new Set(changed.flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]))];
  const locks = touched.filter(isLock).sort();
  if (locks.length === 0 || touched.some(isSbom)) return [];
  // Named when there are SBOMs at head: "package-lock.json changed but sbom.cdx.json did not".
  const named = sboms.length ? shortList(sboms, 3) : undefined;
  const unchanged = named ? `${named} did not` : `no SBOM did (none matches ${shortList(sbomGlobs, 3)})`;
  const action: FindingAction = {
    text: `Regenerate ${named ?? 'the SBOM'} from ${shortList(locks, 3)} and commit it in this pull request`,
  };
  return locks.map((lock, i) => ({
    severity: 'error' as const,
    message:
      i === 0
        ? `${shortList(locks)} changed but ${unchanged} — regenerate the SBOM from the new ${locks.length === 1 ? 'lockfile' : 'lockfiles'} and commit it in this pull request.`
        : `${lock} changed but ${unchanged} — regenerate the SBOM.`,
    file: lock,
    action,
  }));
}
