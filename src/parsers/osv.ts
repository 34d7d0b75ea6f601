import cvssCalculator from 'ae-cvss-calculator';
import { purlKey } from './lockfiles/purl.js';
import { compareVersionStrings } from '../util/version.js';

export { compareVersionStrings };

// OSV records (https://ossf.github.io/osv-schema/): their severity, the versions that fix them, and, for offline
// records, whether a component version is affected. Pure: values in, values out.

import {
  SEVERITY_LEVELS,
  type OsvAffected,
  type OsvEvent,
  type OsvSeverityEntry,
  type OsvVulnerability,
  type SeverityLevel,
} from '../core/osv.js';

export { SEVERITY_LEVELS };

export interface OsvSeverity {
  /** undefined when the record gives neither a CVSS vector nor a database severity. */
  level?: SeverityLevel;
  /** CVSS base score, when a vector was scored. */
  score?: number;
  /** Where the severity came from: "CVSS:3.1", "CVSS:4.0", or "database". */
  source?: string;
}

/**
 * The record with every field this module reads in the shape its type says, or undefined when it is not an OSV
 * record (no id). A record comes from a file in the repository or from the API: anything malformed in it (an
 * event that is null, a version that is a number) is dropped here rather than trusted further on.
 */
export function asOsvRecord(value: unknown): OsvVulnerability | undefined {
  if (!isObject(value)) return undefined;
  const v = value;
  if (typeof v.id !== 'string' || !v.id) return undefined;
  return {
    ...(v as unknown as OsvVulnerability),
    aliases: strings(v.aliases),
    severity: severityEntries(v.severity),
    affected: (Array.isArray(v.affected) ? v.affected : []).filter(isObject).map(affectedEntry),
    database_specific: isObject(v.database_specific) ? v.database_specific : undefined,
    withdrawn: stringField(v.withdrawn),
    summary: stringField(v.summary),
    modified: stringField(v.modified),
  };
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
const stringField = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

function severityEntries(x: unknown): OsvSeverityEntry[] {
  return (Array.isArray(x) ? x : []).filter(isObject).map((e) => ({ type: stringField(e.type), score: stringField(e.score) }));
}

function affectedEntry(a: Json): OsvAffected {
  const pkg = isObject(a.package) ? a.package : undefined;
  return {
    ...(pkg ? { package: { ecosystem: stringField(pkg.ecosystem), name: stringField(pkg.name), purl: stringField(pkg.purl) } } : {}),
    ranges: (Array.isArray(a.ranges) ? a.ranges : []).filter(isObject).map((r) => ({
      type: stringField(r.type),
      events: (Array.isArray(r.events) ? r.events : []).filter(isObject).map((e) => ({
        introduced: stringField(e.introduced),
        fixed: stringField(e.fixed),
        last_affected: stringField(e.last_affected),
        limit: stringField(e.limit),
      })),
    })),
    versions: strings(a.versions),
    severity: severityEntries(a.severity),
    database_specific: isObject(a.database_specific) ? a.database_specific : undefined,
  };
}

/** The id and aliases, each once. */
export function idsOf(v: OsvVulnerability): string[] {
  return [...new Set([v.id, ...(v.aliases ?? [])])];
}

/** CVSS v3/v4 base score from the record's (or its affected entries') vectors, the highest; else database_specific.severity. */
export function osvSeverity(v: OsvVulnerability): OsvSeverity {
  let best: OsvSeverity | undefined;
  const entries = [...(v.severity ?? []), ...(v.affected ?? []).flatMap((a) => (Array.isArray(a.severity) ? a.severity : []))];
  for (const e of entries) {
    if (typeof e?.score !== 'string' || !/^CVSS:(3\.[01]|4\.0)\//.test(e.score)) continue;
    const score = cvssBaseScore(e.score);
    if (score === undefined) continue;
    if (!best || score > best.score!) best = { level: levelOfScore(score), score, source: e.score.slice(0, 8) };
  }
  if (best) return best;
  const named = [v.database_specific?.severity, ...(v.affected ?? []).map((a) => a.database_specific?.severity)];
  for (const s of named) {
    const level = typeof s === 'string' ? levelOfName(s) : undefined;
    if (level) return { level, source: 'database' };
  }
  return {};
}

/** A CVSS v3.x/v4.0 vector as the specifications write it; anything else is not handed to the calculator (which logs what it cannot read). */
const CVSS_VECTOR = /^CVSS:(3\.[01]|4\.0)(\/[A-Za-z]{1,3}:[A-Za-z]{1,2})+$/;

export function cvssBaseScore(vector: string): number | undefined {
  if (!CVSS_VECTOR.test(vector)) return undefined;
  try {
    const cvss = cvssCalculator.fromVector(vector);
    const base = cvss?.calculateScores().base;
    return typeof base === 'number' && Number.isFinite(base) ? base : undefined;
  } catch {
    return undefined;
  }
}

/** CVSS qualitative rating scale (FIRST): 0.1–3.9 low, 4.0–6.9 medium, 7.0–8.9 high, 9.0–10 critical. */
export function levelOfScore(score: number): SeverityLevel {
  return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low';
}

function levelOfName(name: string): SeverityLevel | undefined {
  const n = name.trim().toLowerCase();
  if (n === 'moderate' || n === 'medium') return 'medium';
  return (SEVERITY_LEVELS as readonly string[]).includes(n) ? (n as SeverityLevel) : undefined;
}

export function severityRank(level: SeverityLevel): number {
  return SEVERITY_LEVELS.indexOf(level);
}

/** The affected entries that are about this component (by purl, else by ecosystem name). */
function entriesFor(v: OsvVulnerability, purl: string): OsvAffected[] {
  const key = purlKey(purl)?.key;
  if (!key) return [];
  return (v.affected ?? []).filter((a) => affectedKey(a) === key);
}

/** The versions OSV knows to fix this vulnerability for this component. */
export function fixedVersions(v: OsvVulnerability, purl: string): string[] {
  const entries = entriesFor(v, purl);
  const fixed = (entries.length ? entries : (v.affected ?? [])).flatMap((a) =>
    (a.ranges ?? []).flatMap((r) => (r.events ?? []).map((e) => e.fixed).filter((f): f is string => typeof f === 'string')),
  );
  return [...new Set(fixed)];
}

const ECOSYSTEM_PURL_TYPE: Record<string, string> = {
  npm: 'npm',
  pypi: 'pypi',
  'crates.io': 'cargo',
  go: 'golang',
  maven: 'maven',
  nuget: 'nuget',
  rubygems: 'gem',
  packagist: 'composer',
  pub: 'pub',
  hex: 'hex',
};

/**
 * The OSV ecosystems the OSV API reads a purl as, by purl type and namespace ("deb/debian"), else by type alone
 * ("npm"), as osv.dev's purl_helpers maps them. A purl it maps to no ecosystem is answered with no vulnerabilities
 * rather than an error (gcp/api/server.py, do_query), so such a component cannot be checked there.
 */
const OSV_ECOSYSTEM_BY_PURL: ReadonlyMap<string, string> = new Map([
  ['rpm/almalinux', 'AlmaLinux'],
  ['apk/alpaquita', 'Alpaquita'],
  ['apk/alpine', 'Alpine'],
  ['apk/bellsoft-hardened-containers', 'BellSoft Hardened Containers'],
  ['bitnami', 'Bitnami'],
  ['apk/chainguard', 'Chainguard'],
  ['conan', 'ConanCenter'],
  ['cran', 'CRAN'],
  ['cargo', 'crates.io'],
  ['deb/debian', 'Debian'],
  ['golang', 'Go'],
  ['hackage', 'Hackage'],
  ['hex', 'Hex'],
  ['rpm/mageia', 'Mageia'],
  ['maven', 'Maven'],
  ['apk/minimos', 'MinimOS'],
  ['npm', 'npm'],
  ['nuget', 'NuGet'],
  ['rpm/openeuler', 'openEuler'],
  ['rpm/opensuse', 'openSUSE'],
  ['generic', 'OSS-Fuzz'],
  ['composer', 'Packagist'],
  ['pub', 'Pub'],
  ['pypi', 'PyPI'],
  ['rpm/redhat', 'Red Hat'],
  ['rpm/rocky-linux', 'Rocky Linux'],
  ['gem', 'RubyGems'],
  ['rpm/suse', 'SUSE'],
  ['swift', 'SwiftURL'],
  ['deb/ubuntu', 'Ubuntu'],
  ['apk/wolfi', 'Wolfi'],
]);

/** Purl types whose ecosystem OSV chooses by namespace (deb/debian, rpm/redhat, apk/alpine). */
export const OSV_NAMESPACED_PURL_TYPES: ReadonlySet<string> = new Set(
  [...OSV_ECOSYSTEM_BY_PURL.keys()].filter((k) => k.includes('/')).map((k) => k.split('/')[0]!),
);

/** Purl types whose namespace OSV reads as part of the package name (a Go module path, a Maven group, an npm scope). */
const NAMESPACE_IN_NAME: ReadonlySet<string> = new Set(['golang', 'composer', 'hex', 'npm', 'swift', 'maven']);

/** A purl's type and namespace (decoded, lower case), as OSV's ecosystem lookup sees them; undefined when it is no purl. */
export function purlTypeAndNamespace(purl: string): { type: string; namespace?: string } | undefined {
  const key = purlKey(purl)?.key;
  if (!key) return undefined;
  const segments = key.split('/');
  const type = segments[0]!;
  const namespace = segments.slice(1, -1).join('/').toLowerCase();
  return namespace ? { type, namespace } : { type };
}

/** The OSV ecosystem the OSV API reads this purl as; undefined when it has none (it then answers "no vulnerabilities"). */
export function osvEcosystemOf(purl: string): string | undefined {
  const parts = purlTypeAndNamespace(purl);
  if (!parts) return undefined;
  const { type, namespace } = parts;
  if (namespace) {
    const exact = OSV_ECOSYSTEM_BY_PURL.get(`${type}/${namespace}`);
    if (exact) return exact;
    return NAMESPACE_IN_NAME.has(type) ? OSV_ECOSYSTEM_BY_PURL.get(type) : undefined;
  }
  return OSV_ECOSYSTEM_BY_PURL.get(type);
}

/** The purl identity (type/namespace/name) an affected entry is about. */
export function affectedKey(a: OsvAffected): string | undefined {
  if (a.package?.purl) return purlKey(a.package.purl)?.key;
  const ecosystem = a.package?.ecosystem?.split(':')[0]?.toLowerCase();
  const name = a.package?.name;
  const type = ecosystem ? ECOSYSTEM_PURL_TYPE[ecosystem] : undefined;
  if (!type || !name) return undefined;
  const path = type === 'maven' ? name.replace(':', '/') : name;
  return purlKey(
    `pkg:${type}/${path
      .split('/')
      .map((p) => (p.startsWith('@') ? `%40${p.slice(1)}` : p))
      .join('/')}`,
  )?.key;
}

/**
 * Whether an offline record affects this exact component version: the `versions` list, or a SEMVER/ECOSYSTEM
 * range (introduced ≤ v < fixed, or ≤ last_affected). GIT ranges name commits, which an SBOM does not carry.
 */
export function affectsVersion(v: OsvVulnerability, purl: string): boolean {
  const k = purlKey(purl);
  if (!k?.version) return false;
  const version = k.version.replace(/^v(?=\d)/, '');
  for (const a of entriesFor(v, purl)) {
    if ((a.versions ?? []).some((x) => x.replace(/^v(?=\d)/, '') === version)) return true;
    for (const r of a.ranges ?? []) {
      if (r.type !== 'SEMVER' && r.type !== 'ECOSYSTEM') continue;
      if (inRange(version, r.events ?? [])) return true;
    }
  }
  return false;
}

function inRange(version: string, events: OsvEvent[]): boolean {
  // Events sorted by version; the version is affected when the last event at or below it is an introduction.
  const points: { at: string; kind: 'in' | 'out' | 'last' }[] = [];
  for (const e of events) {
    if (e.introduced !== undefined) points.push({ at: e.introduced, kind: 'in' });
    if (e.fixed !== undefined) points.push({ at: e.fixed, kind: 'out' });
    if (e.last_affected !== undefined) points.push({ at: e.last_affected, kind: 'last' });
  }
  const cmp = (a: string, b: string) =>
    a === '0' ? (b === '0' ? 0 : -1) : b === '0' ? 1 : compareVersionStrings(a.replace(/^v/, ''), b.replace(/^v/, ''));
  points.sort((x, y) => cmp(x.at, y.at));
  let affected = false;
  for (const p of points) {
    const c = cmp(p.at, version);
    if (p.kind === 'in' && c <= 0) affected = true;
    else if (p.kind === 'out' && c <= 0) affected = false;
    else if (p.kind === 'last' && c < 0) affected = false;
  }
  return affected;
}

/** What is wrong with an offline record's shape, and where (a JSON pointer), or undefined when it is well-formed. */
export interface OsvRecordProblem {
  pointer: string;
  message: string;
}

/**
 * The first field of a record (parsed JSON) that is not in the shape the OSV schema gives it, among those this gate
 * reads. An offline record is evidence: where asOsvRecord would drop a malformed field (an `affected` that is a
 * string, an event that is null) and so skip the vulnerability, the offline reader refuses the record instead.
 */
export function osvRecordProblem(value: unknown): OsvRecordProblem | undefined {
  if (!isObject(value)) return { pointer: '', message: 'is not a JSON object' };
  if (typeof value.id !== 'string' || !value.id) return { pointer: '/id', message: 'has no "id" string' };
  const problem = (pointer: string, message: string): OsvRecordProblem => ({ pointer, message });
  const stringList = (x: unknown, at: string): OsvRecordProblem | undefined => {
    if (x === undefined) return undefined;
    if (!Array.isArray(x)) return problem(at, 'is not an array of strings');
    const bad = x.findIndex((s) => typeof s !== 'string');
    return bad < 0 ? undefined : problem(`${at}/${bad}`, 'is not a string');
  };
  const optionalString = (x: unknown, at: string) =>
    x === undefined || typeof x === 'string' ? undefined : problem(at, 'is not a string');
  const objectList = (
    x: unknown,
    at: string,
    each: (o: Json, at: string) => OsvRecordProblem | undefined,
  ): OsvRecordProblem | undefined => {
    if (x === undefined) return undefined;
    if (!Array.isArray(x)) return problem(at, 'is not an array');
    for (let i = 0; i < x.length; i++) {
      const o: unknown = x[i];
      if (!isObject(o)) return problem(`${at}/${i}`, 'is not an object');
      const p = each(o, `${at}/${i}`);
      if (p) return p;
    }
    return undefined;
  };
  const severity = (x: unknown, at: string) =>
    objectList(x, at, (s, a) => optionalString(s.type, `${a}/type`) ?? optionalString(s.score, `${a}/score`));
  return (
    stringList(value.aliases, '/aliases') ??
    optionalString(value.withdrawn, '/withdrawn') ??
    optionalString(value.summary, '/summary') ??
    severity(value.severity, '/severity') ??
    objectList(value.affected, '/affected', (a, at) => {
      if (a.package !== undefined) {
        if (!isObject(a.package)) return problem(`${at}/package`, 'is not an object');
        for (const k of ['ecosystem', 'name', 'purl']) {
          const p = optionalString(a.package[k], `${at}/package/${k}`);
          if (p) return p;
        }
      }
      return (
        stringList(a.versions, `${at}/versions`) ??
        severity(a.severity, `${at}/severity`) ??
        objectList(
          a.ranges,
          `${at}/ranges`,
          (r, ra) =>
            optionalString(r.type, `${ra}/type`) ??
            objectList(r.events, `${ra}/events`, (e, ea) => {
              for (const k of ['introduced', 'fixed', 'last_affected', 'limit']) {
                const p = optionalString(e[k], `${ea}/${k}`);
                if (p) return p;
              }
              return undefined;
            }),
        )
      );
    })
  );
}
