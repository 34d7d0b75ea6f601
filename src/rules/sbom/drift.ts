import { purlKey, type LockedPackage } from '../../parsers/lockfiles/index.js';
import type { SbomComponent, SbomDocument, SbomIssue } from '../../parsers/sbom/index.js';
import type { Finding } from '../../types.js';
import { listing, shortList } from '../../util/text.js';

// Drift: every package a lockfile pins is in an SBOM with the same version (by purl, else by name), and every
// SBOM component of a locked ecosystem is still pinned by some lockfile. Linear: one index per side.

export const MAX_DRIFT_FINDINGS = 25;

export interface LockfileRead {
  path: string;
  packages: LockedPackage[];
}

interface Entry {
  doc: SbomDocument;
  component: SbomComponent;
  version: string | undefined;
  accounted: boolean;
}

export function compareWithLockfiles(docs: readonly SbomDocument[], locks: readonly LockfileRead[]): { findings: Finding[]; sbomIssues: Map<SbomDocument, SbomIssue[]> } {
  // Exact purl strings first (what one generator writes for what one lockfile pins); the normalized index
  // (decoded, case-folded per ecosystem, by name when there is no purl) is built only if something is left over.
  const byPurl = new Map<string, Entry[]>();
  const all: Entry[] = [];
  const sbomNames = shortList(docs.map((d) => d.path), 3);
  for (const doc of docs) {
    for (const component of doc.components) {
      const entry: Entry = { doc, component, version: component.version, accounted: false };
      all.push(entry);
      if (component.purl) {
        const list = byPurl.get(component.purl);
        if (list) list.push(entry);
        else byPurl.set(component.purl, [entry]);
      }
    }
  }
  let byKey: Map<string, Entry[]> | undefined;
  let byName: Map<string, Entry[]> | undefined;
  const buildIndexes = () => {
    byKey = new Map();
    byName = new Map();
    for (const entry of all) {
      const k = entry.component.purl ? purlKey(entry.component.purl) : undefined;
      if (k) entry.version = k.version ?? entry.component.version;
      const map = k ? byKey : byName;
      const key = k ? k.key : entry.component.name.toLowerCase();
      const list = map.get(key);
      if (list) list.push(entry);
      else map.set(key, [entry]);
    }
  };

  const ecosystems = new Set<string>();
  const missing: Finding[] = [];
  const mismatched: Finding[] = [];
  let missingTotal = 0;
  let mismatchTotal = 0;
  const seen = new Set<string>();
  for (const lock of locks) {
    for (const pkg of lock.packages) {
      ecosystems.add(pkg.ecosystem);
      if (seen.has(pkg.purl)) continue;
      seen.add(pkg.purl);
      const exact = byPurl.get(pkg.purl);
      if (exact) {
        for (const e of exact) e.accounted = true;
        continue;
      }
      const k = purlKey(pkg.purl);
      if (!k) continue;
      if (!byKey) buildIndexes();
      const candidates = byKey!.get(k.key) ?? byName!.get(pkg.name.toLowerCase()) ?? [];
      const same = candidates.filter((e) => e.version === k.version || e.version === pkg.version);
      if (same.length) {
        for (const e of same) e.accounted = true;
        continue;
      }
      if (candidates.length === 0) {
        const optional = pkg.optional === true;
        if (!optional) missingTotal++;
        if (optional || missingTotal <= MAX_DRIFT_FINDINGS) {
          const f: Finding = {
            severity: optional ? 'warning' : 'error',
            message: `${lock.path} pins ${pkg.name} ${pkg.version}${optional ? ' (optional)' : ''}, which the SBOM (${sbomNames}) does not list — regenerate the SBOM from this lockfile and commit it`,
            file: lock.path,
          };
          if (optional) f.message += '; optional packages that are not installed on the machine that generates the SBOM are often left out, so this is a warning';
          if (pkg.line !== undefined) f.line = pkg.line;
          if (!optional || missing.filter((m) => m.severity === 'warning').length < MAX_DRIFT_FINDINGS) missing.push(f);
        }
        continue;
      }
      // Listed under other versions: a version mismatch, reported once here rather than also as extras.
      for (const e of candidates) e.accounted = true;
      if (++mismatchTotal <= MAX_DRIFT_FINDINGS) {
        const first = candidates[0]!;
        const versions = [...new Set(candidates.map((e) => e.version ?? '(no version)'))];
        const f: Finding = {
          severity: 'error',
          message: `${lock.path} pins ${pkg.name} ${pkg.version}, but ${first.doc.path} lists ${pkg.name} ${listing(versions)} (${first.component.pointer}) — the SBOM is stale: regenerate it from this lockfile and commit it`,
          file: lock.path,
        };
        if (pkg.line !== undefined) f.line = pkg.line;
        mismatched.push(f);
      }
    }
  }
  const findings = [...mismatched, ...missing];
  if (mismatchTotal > MAX_DRIFT_FINDINGS) findings.push({ severity: 'error', message: `and ${mismatchTotal - MAX_DRIFT_FINDINGS} more version mismatches between the lockfiles and the SBOM` });
  if (missingTotal > MAX_DRIFT_FINDINGS) findings.push({ severity: 'error', message: `and ${missingTotal - MAX_DRIFT_FINDINGS} more locked packages missing from the SBOM` });

  // Components of a locked ecosystem that no lockfile pins any more.
  const sbomIssues = new Map<SbomDocument, SbomIssue[]>();
  let extraTotal = 0;
  const lockNames = shortList(locks.map((l) => l.path), 3);
  for (const e of all) {
    {
      if (e.accounted || !e.component.purl) continue;
      const type = e.component.purl.slice(4, e.component.purl.indexOf('/', 4)).replace(/^\/+/, '').toLowerCase();
      if (!ecosystems.has(type)) continue;
      if (++extraTotal > MAX_DRIFT_FINDINGS) continue;
      const issues = sbomIssues.get(e.doc) ?? [];
      issues.push({
        severity: 'error',
        message: `${e.component.pointer}: lists ${e.component.name} ${e.version ?? ''} (${e.component.purl}), which no lockfile pins any more (${lockNames}) — regenerate the SBOM so it matches what is locked`,
        pointer: e.component.pointer,
        line: e.component.line,
      });
      sbomIssues.set(e.doc, issues);
    }
  }
  if (extraTotal > MAX_DRIFT_FINDINGS) findings.push({ severity: 'error', message: `and ${extraTotal - MAX_DRIFT_FINDINGS} more SBOM components that no lockfile pins` });
  return { findings, sbomIssues };
}
