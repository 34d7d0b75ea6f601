import { defineRule } from '../../core/rule.js';
import { SoupOptions } from './options.js';
import { soupRule } from './rule.js';
import { readLockfileOfKind } from '../../parsers/lockfiles/kinds.js';
import type { LockedPackage } from '../../parsers/lockfiles/types.js';
import { autoLockfilesAtHead, lockfilesDeleted } from '../common/lockfile-sources.js';
import { packageKey, parseSoupList, type SoupEntry } from '../../parsers/soup/index.js';
import { classifier } from '../../core/classification.js';
import type { SafetyClass } from '../../core/classification.js';
import { FactError, type Facts, type FileText, type Finding, type FindingAction } from '../../core/types.js';
import { globMatcher } from '../../util/glob.js';
import { plural, shortList } from '../../util/text.js';
import type { GateOutcome } from '../../core/rule.js';

/** Findings of one kind listed one by one before the rest are counted. */
const MAX_LISTED = 50;
const DAY_MS = 86_400_000;
const RANK: Record<SafetyClass, number> = { A: 1, B: 2, C: 3 };

interface Pinned {
  pkg: LockedPackage;
  lockfile: string;
  cls: SafetyClass;
}

export type { SoupOptions } from './options.js';

export const soup = defineRule({
  name: soupRule.name,
  description: soupRule.description,
  options: SoupOptions,

  async evaluate(options, facts, ctx): Promise<GateOutcome> {
    const findings: Finding[] = [];
    const head = await readSoupFile(options.file, facts);
    if ('outcome' in head) return head.outcome;
    const soupFile = head.soupFile;
    const read = parseSoupList(soupFile.text, options.file, options.format);
    findings.push(...read.findings);
    const entries = read.entries;
    const file = options.file;

    findings.push(...duplicateEntries(entries, file));

    const { lockfiles, pinned, pinnedKeys, ecosystems } = await collectPins(options, facts, classifier(ctx.classification), findings);

    // Versions at base of the lockfiles this pull request changed, to tell an upgrade from an old mismatch.
    const changedFiles = await facts.changedFiles();
    const changed = new Set(changedFiles.flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]));
    // Deleting the lockfile would take the comparison with it: what auto-discovery no longer finds is an error.
    if (options.lockfiles === 'auto') findings.push(...lockfilesDeleted(changedFiles, lockfiles).map(deletedLockfile));
    const baseVersions = await baseVersionsOf(
      facts,
      lockfiles.filter((p) => changed.has(p)),
      findings,
    );

    const { entryClass, missing } = matchPins(pinned, soupIndex(entries, baseVersions), baseVersions, changed, file);
    findings.push(...capped(missing, 'dependencies are pinned without a matching SOUP entry'));

    // Each entry's content; the class is that of the item declaring it, else the classification default.
    findings.push(
      ...capped(
        contentFindings(entries, (e) => entryClass.get(e) ?? ctx.classification.default, file, options.anomaly_review_max_age_days),
        'SOUP entries are incomplete',
      ),
    );

    // Entries no lockfile pins any more (only for ecosystems the lockfiles cover: other SOUP is not in a lockfile).
    findings.push(...capped(goneEntries(entries, ecosystems, pinnedKeys, file), 'SOUP entries name dependencies no lockfile pins'));

    return { findings, summary: soupSummary(findings, entries.length, pinned, lockfiles.length, options.scope) };
  },
});

function deletedLockfile(path: string): Finding {
  return {
    severity: 'error',
    message: `${path} was deleted in this pull request and no lockfile is left beside it, so the SOUP list is no longer compared with what it pinned — restore it, or set lockfiles to the lockfiles the project uses ([] checks the SOUP list alone).`,
    action: { text: `Restore ${path}, or name the project's lockfiles in the soup gate's lockfiles option` },
  };
}

/** Read the SOUP list at head; a finding instead when it cannot be read or does not exist. */
async function readSoupFile(file: string, facts: Facts): Promise<{ soupFile: FileText } | { outcome: GateOutcome }> {
  let soupFile: FileText | undefined;
  try {
    soupFile = await facts.readAtHead(file);
  } catch (e) {
    if (!(e instanceof FactError)) throw e;
    return {
      outcome: {
        findings: [
          {
            severity: 'error',
            message: `The SOUP list cannot be read: ${e.message} — commit it as a regular file.`,
            file,
            line: 1,
          },
        ],
        summary: `${file} cannot be read`,
      },
    };
  }
  if (!soupFile) {
    return {
      outcome: {
        findings: [
          {
            severity: 'error',
            message: `The SOUP list ${file} does not exist at head — add it (a YAML list of name, version, ecosystem, manufacturer, ...), or fix \`file\` in the policy.`,
            file,
            action: { text: `Add the SOUP list ${file}, or fix \`file\` in the policy` },
          },
        ],
        summary: `${file} is missing`,
      },
    };
  }
  return { soupFile };
}

/** Match each pin to its SOUP entry: the class of each entry used, and a finding per pin without one. */
function matchPins(
  pinned: readonly Pinned[],
  index: ReturnType<typeof soupIndex>,
  baseVersions: ReadonlyMap<string, Set<string>>,
  changed: ReadonlySet<string>,
  file: string,
): { entryClass: Map<SoupEntry, SafetyClass>; missing: Finding[] } {
  const { ownKey, entryOf, staleEntry } = index;

  const entryClass = new Map<SoupEntry, SafetyClass>();
  const missing: Finding[] = [];
  // One step each for the entries to add and to update, naming the packages.
  const toAdd: string[] = [];
  const toUpdate: string[] = [];
  const adds: Finding[] = [];
  const updates: Finding[] = [];
  const seenPins = new Set<string>();
  for (const { pkg, lockfile, cls } of pinned) {
    const pinKey = `${packageKey(pkg.ecosystem, pkg.name)}@${pkg.version}`;
    const entry = entryOf(pkg);
    if (entry) {
      const prev = entryClass.get(entry);
      if (!prev || RANK[cls] > RANK[prev]) entryClass.set(entry, cls);
      continue;
    }
    if (seenPins.has(pinKey)) continue;
    seenPins.add(pinKey);
    // Versions pinned at base other than this one: there are some when the pull request changed the version.
    const before = baseVersions.get(ownKey(pkg));
    const { entry: stale } = staleEntry(pkg);
    if (stale) {
      const line = stale.lines.version ?? stale.line;
      const upgraded = before !== undefined && (before.size > 1 || !before.has(pkg.version));
      const f = upgraded
        ? err(
            `${pkg.name} ${stale.version} → ${pkg.version}: ${file}:${line} still says ${stale.version} — this pull request upgrades it in ${lockfile}; update the entry (version, and review its anomalies and risk for the new version).`,
            file,
            line,
          )
        : err(
            `${lockfile} pins ${pkg.name} ${pkg.version}, but ${file}:${line} lists ${stale.version} — update the entry to the version used (and review its anomalies and risk).`,
            file,
            line,
          );
      missing.push(f);
      updates.push(f);
      toUpdate.push(`${pkg.name} ${pkg.version}`);
    } else {
      const isNew = !baseVersions.has(packageKey(pkg.ecosystem, pkg.name)) && changed.has(lockfile);
      const f: Finding = {
        severity: 'error',
        message: `${pkg.name} ${pkg.version} (${pkg.ecosystem}${isNew ? ', added by this pull request' : ''}) is pinned in ${lockfile} but not in the SOUP list ${file} — add an entry with name, version, ecosystem, manufacturer${cls === 'A' ? '' : ', purpose, requirements, risk and anomalies'}.`,
        file: lockfile,
        ...(pkg.line ? { line: pkg.line } : {}),
      };
      missing.push(f);
      adds.push(f);
      toAdd.push(`${pkg.name} ${pkg.version}`);
    }
  }
  attachSteps(adds, toAdd, updates, toUpdate, file);
  return { entryClass, missing };
}

/** Entries no lockfile pins any more (only for ecosystems the lockfiles cover: other SOUP is not in a lockfile). */
function goneEntries(
  entries: readonly SoupEntry[],
  ecosystems: ReadonlySet<string>,
  pinnedKeys: ReadonlySet<string>,
  file: string,
): Finding[] {
  const gone = entries.filter((e) => e.ecosystem && ecosystems.has(e.ecosystem) && !pinnedKeys.has(packageKey(e.ecosystem, e.name)));
  return gone.map((e): Finding => ({
    severity: 'warning',
    message: `${e.name} ${e.version} is listed, but no lockfile pins ${e.name} any more — remove the entry if the dependency was dropped.`,
    file,
    line: e.line,
  }));
}

/** One step each for the entries to add and to update, naming the packages. */
function attachSteps(adds: Finding[], toAdd: string[], updates: Finding[], toUpdate: string[], file: string): void {
  const addStep = { text: `Add ${toAdd.length === 1 ? 'an entry' : 'entries'} for ${shortList(toAdd, 5)} to the SOUP list ${file}` };
  for (const f of adds) f.action = addStep;
  const updateStep = {
    text: `Update the SOUP ${toUpdate.length === 1 ? 'entry' : 'entries'} in ${file} to ${shortList(toUpdate, 5)}, reviewing anomalies and risk`,
  };
  for (const f of updates) f.action = updateStep;
}

function soupSummary(
  findings: readonly Finding[],
  entryCount: number,
  pinned: readonly Pinned[],
  lockfileCount: number,
  scope: SoupOptions['scope'],
): string {
  const errors = findings.filter((f) => f.severity === 'error');
  const inScope = new Set(pinned.map((p) => `${packageKey(p.pkg.ecosystem, p.pkg.name)}@${p.pkg.version}`)).size;
  return errors.length
    ? `${plural(errors.length, 'problem')}: ${errors[0]!.message}`
    : `${plural(entryCount, 'SOUP item')}; ${plural(inScope, scope === 'direct' ? 'direct dependency' : 'dependency', scope === 'direct' ? 'direct dependencies' : 'dependencies')} of ${plural(lockfileCount, 'lockfile')} listed`;
}

/** Unique designators: one entry per name, ecosystem and version; a second is an error. */
function duplicateEntries(entries: readonly SoupEntry[], file: string): Finding[] {
  const findings: Finding[] = [];
  const designators = new Map<string, SoupEntry>();
  for (const e of entries) {
    const d = `${packageKey(e.ecosystem, e.name)}@${e.version}`;
    const first = designators.get(d);
    if (first)
      findings.push(
        err(`${e.name} ${e.version} is listed twice (also on line ${first.line}) — keep one entry per item and version.`, file, e.line),
      );
    else designators.set(d, e);
  }
  return findings;
}

/** What the lockfiles pin, in scope, with the class of the software item that declares it. */
async function collectPins(options: SoupOptions, facts: Facts, classOf: (path: string) => SafetyClass, findings: Finding[]) {
  const pinned: Pinned[] = [];
  const lockfiles = await lockfilePaths(options, facts, findings);
  const pinnedKeys = new Set<string>();
  const ecosystems = new Set<string>();
  for (const path of lockfiles) {
    const packages = await readPackages(facts, path, 'head', findings);
    const cls = classOf(path);
    for (const pkg of packages) {
      pinnedKeys.add(packageKey(pkg.ecosystem, pkg.name));
      ecosystems.add(pkg.ecosystem);
      if (pkg.dev) continue;
      if (options.scope === 'direct' && pkg.direct === false) continue;
      pinned.push({ pkg, lockfile: path, cls });
    }
  }
  return { lockfiles, pinned, pinnedKeys, ecosystems };
}

/** The versions each package had at base in the given lockfiles. */
async function baseVersionsOf(facts: Facts, lockfiles: readonly string[], findings: Finding[]): Promise<Map<string, Set<string>>> {
  const baseVersions = new Map<string, Set<string>>();
  for (const path of lockfiles) {
    for (const pkg of await readPackages(facts, path, 'base', findings)) {
      const key = packageKey(pkg.ecosystem, pkg.name);
      const versions = baseVersions.get(key);
      if (versions) versions.add(pkg.version);
      else baseVersions.set(key, new Set([pkg.version]));
    }
  }
  return baseVersions;
}

/** The SOUP entries indexed for matching pins. */
function soupIndex(entries: readonly SoupEntry[], baseVersions: ReadonlyMap<string, Set<string>>) {
  // Entries by package, and by package and version (the first entry of each), so that matching a pin costs the
  // same however many entries or pins share a name.
  const byKey = new Map<string, SoupEntry[]>();
  const byVersion = new Map<string, SoupEntry>();
  for (const e of entries) {
    // An entry without an ecosystem matches a package of that name in any ecosystem.
    const key = packageKey(e.ecosystem, e.name);
    const list = byKey.get(key);
    if (list) list.push(e);
    else byKey.set(key, [e]);
    const versioned = `${key}@${e.version}`;
    if (!byVersion.has(versioned)) byVersion.set(versioned, e);
  }
  const ownKey = (pkg: LockedPackage) => packageKey(pkg.ecosystem, pkg.name);
  const anyKey = (pkg: LockedPackage) => packageKey(undefined, pkg.name);
  const entryOf = (pkg: LockedPackage) => byVersion.get(`${ownKey(pkg)}@${pkg.version}`) ?? byVersion.get(`${anyKey(pkg)}@${pkg.version}`);
  // The entry to name when a pin has none of its own: the first (own ecosystem first) whose version the lockfiles
  // pinned at base — the one this pull request upgrades —, else the first. Worked out once per package.
  const staleByKey = new Map<string, { entry?: SoupEntry; upgraded: boolean }>();
  const staleEntry = (pkg: LockedPackage) => {
    const key = ownKey(pkg);
    let hit = staleByKey.get(key);
    if (!hit) {
      const own = byKey.get(key) ?? [];
      const candidates = key === anyKey(pkg) ? own : own.concat(byKey.get(anyKey(pkg)) ?? []);
      const before = baseVersions.get(key);
      const upgraded = before ? candidates.find((e) => before.has(e.version)) : undefined;
      hit = { entry: upgraded ?? candidates[0], upgraded: upgraded !== undefined };
      staleByKey.set(key, hit);
    }
    return hit;
  };
  return { ownKey, entryOf, staleEntry };
}

/** Each entry's content: a manufacturer, and for class B/C its purpose, requirements, risk and anomaly review. */
function contentFindings(entries: readonly SoupEntry[], classOf: (e: SoupEntry) => SafetyClass, file: string, maxAge: number): Finding[] {
  const content: Finding[] = [];
  const now = Date.now();
  for (const e of entries) {
    if (!e.manufacturer)
      content.push(
        err(
          `${e.name} ${e.version} has no manufacturer — name who makes it (a company, a project or the maintainers) (IEC 62304 8.1.2).`,
          file,
          e.line,
        ),
      );
    const cls = classOf(e);
    if (cls === 'A') continue;
    const empty = (['purpose', 'requirements', 'risk'] as const).filter((k) => !e[k]);
    if (empty.length) {
      content.push(
        err(
          `${e.name} ${e.version} is SOUP of class ${cls} software but has no ${empty.join(', ')} — state ${empty.length === 1 ? 'it' : 'them'} (IEC 62304 5.3.3, 5.3.4, 7.1.2).`,
          file,
          e.line,
        ),
      );
    }
    content.push(...anomalyFindings(e, cls, file, maxAge, now));
  }
  return content;
}

function anomalyFindings(e: SoupEntry, cls: SafetyClass, file: string, maxAge: number, now: number): Finding[] {
  const line = e.lines.anomalies ?? e.line;
  const a = e.anomalies;
  if (!a?.reviewed || !a.reference) {
    const lack = !a?.reviewed && !a?.reference ? 'anomalies' : !a.reviewed ? 'anomalies.reviewed' : 'anomalies.reference';
    return [
      err(
        `${e.name} ${e.version} is SOUP of class ${cls} software but has no ${lack} — review its published anomaly list and record {reviewed: YYYY-MM-DD, reference: URL} (IEC 62304 7.1.3).`,
        file,
        line,
      ),
    ];
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(a.reviewed);
  const when = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || Number.isNaN(when) || new Date(when).toISOString().slice(0, 10) !== a.reviewed) {
    return [err(`${e.name} ${e.version}: anomalies.reviewed "${a.reviewed}" is not a date written YYYY-MM-DD — fix it.`, file, line)];
  }
  const age = Math.floor((now - when) / DAY_MS);
  if (age > maxAge) {
    return [
      err(
        `${e.name} ${e.version}: its anomaly list was last reviewed on ${a.reviewed}, ${age} days ago (the limit is ${maxAge}) — review ${a.reference} again and update the date (IEC 62304 7.1.3).`,
        file,
        line,
        { text: `Review the anomaly list of ${e.name} (${a.reference}) again and update anomalies.reviewed in ${file}` },
      ),
    ];
  }
  if (age < -1)
    return [
      {
        severity: 'warning',
        message: `${e.name} ${e.version}: anomalies.reviewed ${a.reviewed} is in the future — write the date the review was done.`,
        file,
        line,
      },
    ];
  return [];
}

async function lockfilePaths(options: SoupOptions, facts: Facts, findings: Finding[]): Promise<string[]> {
  if (options.lockfiles === 'auto') return autoLockfilesAtHead(facts);
  const found = await facts.listAtHead(options.lockfiles);
  for (const glob of options.lockfiles) {
    if (!found.some(globMatcher([glob])))
      findings.push({
        severity: 'error',
        message: `lockfiles lists ${glob}, but no such file is at head — fix the list or commit the lockfile.`,
      });
  }
  return found.sort();
}

async function readPackages(facts: Facts, path: string, at: 'head' | 'base', findings: Finding[]): Promise<LockedPackage[]> {
  let file: FileText | undefined;
  try {
    file = at === 'head' ? await facts.readAtHead(path) : await facts.readAtBase(path);
  } catch (e) {
    if (!(e instanceof FactError)) throw e;
    findings.push({
      severity: 'error',
      message: `${e.message} — the SOUP list cannot be compared with ${path} until it can be read.`,
      file: path,
    });
    return [];
  }
  if (!file) return [];
  const result = await readLockfileOfKind(path, file.text);
  // Problems with the lockfile at base are the base's; only the head's are this pull request's findings.
  if (at === 'head') findings.push(...result.findings);
  return result.packages as LockedPackage[];
}

function capped(list: Finding[], what: string): Finding[] {
  if (list.length <= MAX_LISTED) return list;
  return [
    ...list.slice(0, MAX_LISTED),
    {
      severity: list[0]!.severity,
      message: `and ${list.length - MAX_LISTED} more: ${what} (${list.length} in all).`,
      ...(list[list.length - 1]!.action ? { action: list[list.length - 1]!.action } : {}),
    },
  ];
}

function err(message: string, file: string, line: number, action?: FindingAction): Finding {
  return { severity: 'error', message, file, line, ...(action ? { action } : {}) };
}
