import { purlKey } from '../../parsers/lockfiles/purl.js';
import type { ExactMatches, LockedPackage } from '../../parsers/lockfiles/types.js';
import type { SbomComponent, SbomDocument, SbomIssue } from '../../parsers/sbom/index.js';
import type { Finding, FindingAction } from '../../core/types.js';
import { listing, shortList } from '../../util/text.js';

// Drift: every package a lockfile pins is in an SBOM with the same version (by purl, else by name), and every
// SBOM component of a locked ecosystem is still pinned by some lockfile. Linear: one index per side.

export const MAX_DRIFT_FINDINGS = 25;

export interface LockfileRead {
  path: string;
  packages: LockedPackage[];
  /** Each package's place in `packages` by purl, where the reader built one (then no purl is there twice). */
  byPurl?: ReadonlyMap<string, number>;
  /** The purl type the lockfile pins: its SBOM components are compared even when it pins nothing. */
  ecosystem?: string;
  /** The project's own packages (purl identities, "npm/name"): neither pins nor stale components. */
  firstParty?: readonly string[];
  /** Packages named without a version this gate can resolve (purl identities): not compared, and not stale. */
  unresolved?: readonly string[];
  /**
   * The file names direct dependencies only (pom.xml): its pins are compared, but a component of its ecosystem that it
   * does not name may be a transitive dependency, so it is stale only if the file names that package.
   */
  directOnly?: boolean;
  /** Packages left out of the comparison by policy (dev_dependencies: exclude): the SBOM need not list them, and may. */
  excluded?: readonly LockedPackage[];
  /**
   * The exact matches of the SBOM's components (of the one document compared, in its order) among `packages`, made
   * by the lockfile's reader (in its worker thread); packages are then told by their place, as with `byPurl`.
   */
  exact?: ExactMatches;
}

/** Drift findings of one kind beyond MAX_DRIFT_FINDINGS, counted in one finding ("and 12 more <what>"); none if within. */
function countedBeyond(total: number, what: string, regenerate: FindingAction): Finding[] {
  if (total <= MAX_DRIFT_FINDINGS) return [];
  return [{ severity: 'error', message: `and ${total - MAX_DRIFT_FINDINGS} more ${what}`, action: regenerate }];
}

export function compareWithLockfiles(
  docs: readonly SbomDocument[],
  locks: readonly LockfileRead[],
): { findings: Finding[]; sbomIssues: Map<SbomDocument, SbomIssue[]>; regenerate: { issues: Set<SbomIssue>; action: FindingAction } } {
  // Exact purl strings first (what one generator writes for what one lockfile pins), looked up in each lockfile's
  // index by purl — the reader's own where it has one, so a large SBOM and lockfile cost one lookup per component;
  // the normalized index (decoded, case-folded per ecosystem, by name when there is no purl) is built only if
  // something is left over. Components are numbered across the documents.
  const components: SbomComponent[] = [];
  const docOf: SbomDocument[] = [];
  const [sbomNames, lockNames] = [docs, locks].map((files) =>
    shortList(
      files.map((f) => f.path),
      3,
    ),
  ) as [string, string];
  const regenerate: FindingAction = { text: `Regenerate ${sbomNames} from ${lockNames} and commit it in this pull request` };
  const regenerated = new Set<SbomIssue>();
  for (const doc of docs) {
    for (const component of doc.components) {
      components.push(component);
      docOf.push(doc);
    }
  }
  // Exact matches made by a lockfile's reader are used when they are of these very components.
  const exact = locks.map((lock) =>
    lock.exact && docs.length === 1 && lock.exact.accounted.length === components.length ? lock.exact : undefined,
  );
  const lockIndexes = locks.map((lock, l) => (exact[l] ? undefined : (lock.byPurl ?? firstByPurl(lock.packages))));
  const { matched, accounted } = exactMatches(components, locks, lockIndexes, exact);
  /** Once the normalized index is built: the version each component is matched by, its purl's, else its own. */
  let index: NormalizedIndex | undefined;
  const versionOf = (i: number): string | undefined => (index ? index.versions[i] : components[i]!.version);

  // The ecosystems a complete lockfile covers: any component of theirs must be pinned.
  const ecosystems = new Set<string>(locks.flatMap((l) => (l.ecosystem && !l.directOnly ? [l.ecosystem] : [])));
  const missing: Finding[] = [];
  const mismatched: Finding[] = [];
  let missingTotal = 0;
  let missingOptional = 0;
  let mismatchTotal = 0;
  const seen = new Set<string>();
  let required: Set<string> | undefined; // purls some lockfile pins as required, once an optional pin is missing
  for (let l = 0; l < locks.length; l++) {
    const lock = locks[l]!;
    for (let j = 0; j < lock.packages.length; j++) {
      const pkg = lock.packages[j]!;
      if (!lock.directOnly) ecosystems.add(pkg.ecosystem);
      // Listed exactly (a purl there twice is looked up at its first place); only the rest is looked at, once per purl.
      if (matched[l]![lock.byPurl || exact[l] ? j : lockIndexes[l]!.get(pkg.purl)!]) continue;
      if (seen.has(pkg.purl)) continue;
      // Optional here but required by another lockfile: that place decides (an error if it is missing, not a warning).
      if (pkg.optional === true && (required ??= requiredPurls(locks)).has(pkg.purl)) continue;
      seen.add(pkg.purl);
      const k = purlKey(pkg.purl);
      if (!k) continue;
      index ??= normalizedIndex(components);
      const candidates = index.byKey.get(k.key) ?? index.byName.get(pkg.name.toLowerCase()) ?? [];
      const same = candidates.filter(
        (i) => versionOf(i) === k.version || versionOf(i) === pkg.version || pkg.otherVersions?.includes(versionOf(i)!),
      );
      if (same.length) {
        for (const i of same) accounted[i] = 1;
        continue;
      }
      if (candidates.length === 0) {
        // Missing pins are listed up to MAX_DRIFT_FINDINGS errors (then counted) and MAX_DRIFT_FINDINGS optional
        // warnings (the rest dropped).
        const shown = pkg.optional === true ? ++missingOptional : ++missingTotal;
        if (shown <= MAX_DRIFT_FINDINGS) missing.push(missingFinding(lock.path, pkg, sbomNames, regenerate));
        continue;
      }
      // Listed under other versions: a version mismatch, reported once here rather than also as extras.
      for (const i of candidates) accounted[i] = 1;
      if (++mismatchTotal <= MAX_DRIFT_FINDINGS) {
        const first = candidates[0]!;
        const listed = [...new Set(candidates.map((i) => versionOf(i) ?? '(no version)'))];
        mismatched.push(mismatchFinding(lock.path, pkg, listed, docOf[first]!.path, components[first]!.pointer, regenerate));
      }
    }
  }
  const findings = [
    ...mismatched,
    ...missing,
    ...countedBeyond(mismatchTotal, 'version mismatches between the lockfiles and the SBOM', regenerate),
    ...countedBeyond(missingTotal, 'locked packages missing from the SBOM', regenerate),
  ];

  const { sbomIssues, extraTotal } = staleComponents(components, docOf, accounted, ecosystems, locks, versionOf, lockNames, regenerated);
  findings.push(...countedBeyond(extraTotal, 'SBOM components that no lockfile pins', regenerate));
  const contradicting = selfContradictions(components, docOf, lockedTypes(ecosystems, locks), sbomIssues, regenerated);
  findings.push(...countedBeyond(contradicting, 'SBOM components whose version and purl differ', regenerate));
  return { findings, sbomIssues, regenerate: { issues: regenerated, action: regenerate } };
}

/**
 * Components listed under the exact purl a lockfile pins: those components are accounted for, those pins matched.
 * A lockfile whose reader made the matches (`exact`) adds its own; the others are looked up in their index.
 */
function exactMatches(
  components: readonly SbomComponent[],
  locks: readonly LockfileRead[],
  lockIndexes: readonly (ReadonlyMap<string, number> | undefined)[],
  exact: readonly (ExactMatches | undefined)[],
) {
  const matched = locks.map((lock, l) => exact[l]?.matched ?? new Uint8Array(lock.packages.length));
  const accounted = new Uint8Array(components.length);
  const looked: number[] = [];
  for (let l = 0; l < locks.length; l++) {
    const made = exact[l]?.accounted;
    if (!made) looked.push(l);
    else for (let i = 0; i < made.length; i++) accounted[i]! |= made[i]!;
  }
  if (looked.length === 0) return { matched, accounted };
  for (let i = 0; i < components.length; i++) {
    const purl = components[i]!.purl;
    if (purl === undefined) continue;
    for (const l of looked) {
      const j = lockIndexes[l]!.get(purl);
      if (j === undefined) continue;
      accounted[i] = 1;
      matched[l]![j] = 1;
    }
  }
  return { matched, accounted };
}

interface NormalizedIndex {
  /** Components by purl identity (decoded, case-folded per ecosystem), and by name when they have no purl. */
  byKey: Map<string, number[]>;
  byName: Map<string, number[]>;
  /** The version each component is matched by: its purl's, else its own. */
  versions: (string | undefined)[];
}

function normalizedIndex(components: readonly SbomComponent[]): NormalizedIndex {
  const byKey = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  const versions: (string | undefined)[] = [];
  for (let i = 0; i < components.length; i++) {
    const component = components[i]!;
    const k = component.purl ? purlKey(component.purl) : undefined;
    versions.push(k ? (k.version ?? component.version) : component.version);
    const map = k ? byKey : byName;
    const key = k ? k.key : component.name.toLowerCase();
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  }
  return { byKey, byName, versions };
}

/** A pinned package the SBOM lists under other versions: the SBOM is stale. */
function mismatchFinding(
  lockPath: string,
  pkg: LockedPackage,
  listed: string[],
  sbomPath: string,
  pointer: string,
  regenerate: FindingAction,
): Finding {
  const f: Finding = {
    severity: 'error',
    message: `${lockPath} pins ${pkg.name} ${pkg.version}, but ${sbomPath} lists ${pkg.name} ${listing(listed)} (${pointer}) — the SBOM is stale: regenerate it from this lockfile and commit it`,
    file: lockPath,
    action: regenerate,
  };
  if (pkg.line !== undefined) f.line = pkg.line;
  return f;
}

/** A pinned package no SBOM lists: an error, a warning when the package is optional. */
function missingFinding(lockPath: string, pkg: LockedPackage, sbomNames: string, regenerate: FindingAction): Finding {
  const optional = pkg.optional === true;
  const f: Finding = {
    severity: optional ? 'warning' : 'error',
    message: `${lockPath} pins ${pkg.name} ${pkg.version}${optional ? ' (optional)' : ''}, which the SBOM (${sbomNames}) does not list — regenerate the SBOM from this lockfile and commit it`,
    file: lockPath,
    action: regenerate,
  };
  if (optional)
    f.message +=
      '; optional packages that are not installed on the machine that generates the SBOM are often left out, so this is a warning';
  if (pkg.line !== undefined) f.line = pkg.line;
  return f;
}

/** Components of a locked ecosystem that no lockfile pins any more, as issues of their SBOM (the first few). */
function staleComponents(
  components: readonly SbomComponent[],
  docOf: readonly SbomDocument[],
  accounted: Uint8Array,
  ecosystems: ReadonlySet<string>,
  locks: readonly LockfileRead[],
  versionOf: (i: number) => string | undefined,
  lockNames: string,
  regenerated: Set<SbomIssue>,
): { sbomIssues: Map<SbomDocument, SbomIssue[]>; extraTotal: number } {
  // Components of a locked ecosystem that no lockfile pins any more. Not stale: the project's own packages, and a
  // variant of a pinned package (the same name and version with other qualifiers, e.g. a gem per platform).
  const sbomIssues = new Map<SbomDocument, SbomIssue[]>();
  let extraTotal = 0;
  let pinnedKeys: Set<string> | undefined;
  let namedDirect: Set<string> | undefined;
  const firstParty = new Set(locks.flatMap((l) => [...(l.firstParty ?? []), ...(l.unresolved ?? [])]));
  for (let i = 0; i < components.length; i++) {
    const component = components[i]!;
    if (accounted[i] || !component.purl) continue;
    const type = component.purl.slice(4, component.purl.indexOf('/', 4)).replace(/^\/+/, '').toLowerCase();
    const k = purlKey(component.purl);
    if (!ecosystems.has(type)) {
      // Of an ecosystem only a file of direct dependencies covers: stale only if that file names the package.
      namedDirect ??= directKeys(locks);
      if (!k || !namedDirect.has(k.key)) continue;
    }
    if (k && firstParty.has(k.key)) continue;
    if (k) {
      pinnedKeys ??= keysWithVersions(locks);
      if (pinnedKeys.has(`${k.key}@${k.version ?? component.version ?? ''}`)) continue;
    }
    if (++extraTotal > MAX_DRIFT_FINDINGS) continue;
    addRegenerateIssue(sbomIssues, regenerated, docOf[i]!, {
      severity: 'error',
      message: `${component.pointer}: lists ${component.name} ${versionOf(i) ?? '(no version)'} (${component.purl}), which no lockfile pins any more (${lockNames}) — regenerate the SBOM so it matches what is locked`,
      pointer: component.pointer,
      line: component.line,
    });
  }
  return { sbomIssues, extraTotal };
}

/** The purl identities ("maven/group/name") that files of direct dependencies name (see LockfileRead.directOnly). */
function directKeys(locks: readonly LockfileRead[]): Set<string> {
  const keys = new Set<string>();
  for (const lock of locks) {
    if (!lock.directOnly) continue;
    for (const pkg of lock.excluded ? [...lock.packages, ...lock.excluded] : lock.packages) {
      const k = purlKey(pkg.purl);
      if (k) keys.add(k.key);
    }
  }
  return keys;
}

/**
 * Components of a locked ecosystem whose `version` is not the version their purl names. Matching goes by the purl,
 * so such a component (a hand edit, a merge of two generations) passed while its version field, what readers of
 * the SBOM see, was stale. Versions are compared as purlKey normalizes them (decoded; Go's and composer's "v").
 * Returns how many there are; the first MAX_DRIFT_FINDINGS are issues of their SBOMs.
 */
function selfContradictions(
  components: readonly SbomComponent[],
  docOf: readonly SbomDocument[],
  types: ReadonlySet<string>,
  sbomIssues: Map<SbomDocument, SbomIssue[]>,
  regenerated: Set<SbomIssue>,
): number {
  let total = 0;
  for (let i = 0; i < components.length; i++) {
    const { purl, version } = components[i]!;
    if (purl === undefined || version === undefined) continue;
    // The common case, without parsing: the purl's text ends its name with "@" and this very version.
    const end = purl.search(/[?#]/);
    const core = end === -1 ? purl : purl.slice(0, end);
    if (core.endsWith(`@${version}`)) continue;
    const k = purlKey(purl);
    if (!k?.version || !types.has(k.type)) continue;
    const own = purlKey(`pkg:${k.type}/x@${encodeURIComponent(version)}`)?.version;
    if (own === k.version || ++total > MAX_DRIFT_FINDINGS) continue;
    const component = components[i]!;
    const doc = docOf[i]!;
    const field = doc.encoding !== 'json' ? undefined : doc.family === 'spdx' ? 'versionInfo' : 'version';
    const issue: SbomIssue = {
      severity: 'error',
      message: `${component.pointer}: lists ${component.name} ${version}, but its purl ${purl} names version ${k.version} — the component contradicts itself (a hand edit or a merge?): regenerate the SBOM`,
      ...(field ? { pointer: `${component.pointer}/${field}` } : { pointer: component.pointer, line: component.line }),
    };
    addRegenerateIssue(sbomIssues, regenerated, doc, issue);
  }
  return total;
}

/** An issue of `doc` that regenerating the SBOM fixes. */
function addRegenerateIssue(
  sbomIssues: Map<SbomDocument, SbomIssue[]>,
  regenerated: Set<SbomIssue>,
  doc: SbomDocument,
  issue: SbomIssue,
): void {
  const issues = sbomIssues.get(doc);
  if (issues) issues.push(issue);
  else sbomIssues.set(doc, [issue]);
  regenerated.add(issue);
}

/** Every purl type a lockfile pins, complete or direct-only. */
function lockedTypes(ecosystems: ReadonlySet<string>, locks: readonly LockfileRead[]): Set<string> {
  const types = new Set(ecosystems);
  for (const lock of locks) if (lock.ecosystem) types.add(lock.ecosystem);
  return types;
}

/** The purls of the packages some lockfile pins as required (not optional). */
function requiredPurls(locks: readonly LockfileRead[]): Set<string> {
  const purls = new Set<string>();
  for (const lock of locks) for (const pkg of lock.packages) if (pkg.optional !== true) purls.add(pkg.purl);
  return purls;
}

/** Each purl's first place in `packages`. */
function firstByPurl(packages: readonly LockedPackage[]): Map<string, number> {
  const index = new Map<string, number>();
  packages.forEach((pkg, i) => {
    if (!index.has(pkg.purl)) index.set(pkg.purl, i);
  });
  return index;
}

/** Every locked package as "type/namespace/name@version", normalized as purlKey does. */
function keysWithVersions(locks: readonly LockfileRead[]): Set<string> {
  const keys = new Set<string>();
  for (const lock of locks) {
    for (const pkg of lock.excluded ? [...lock.packages, ...lock.excluded] : lock.packages) {
      const k = purlKey(pkg.purl);
      if (k) keys.add(`${k.key}@${k.version ?? pkg.version}`);
      if (k && pkg.otherVersions) for (const v of pkg.otherVersions) keys.add(`${k.key}@${v}`);
    }
  }
  return keys;
}
