import type { SbomComponent, SbomDocument, SbomIssue } from '../../parsers/sbom/index.js';
import { unavoidableDenied } from './licenses.js';

// NTIA minimum elements, FDA support data and licence policy, per document. Lists are capped; the last
// finding of a capped list says how many more there are.

export const MAX_COMPONENT_FINDINGS = 25;

function label(c: SbomComponent): string {
  const name = c.group && c.name && !c.name.startsWith(`${c.group}/`) ? `${c.group}/${c.name}` : c.name || '(no name)';
  return `"${name}${c.version ? `@${c.version}` : ''}"`;
}

function cappedPerComponent(found: SbomIssue[], total: number, what: string): SbomIssue[] {
  if (total > found.length)
    found.push({
      severity: 'error',
      message: `and ${total - found.length} more components ${what} (${total} in all) — not listed one by one`,
      pointer: '',
    });
  return found;
}

export function ntiaIssues(doc: SbomDocument): SbomIssue[] {
  const out: SbomIssue[] = [];
  const cdx = doc.family === 'cyclonedx';
  if (doc.authors.length === 0) {
    out.push({
      severity: 'error',
      message: cdx
        ? 'names no author of the SBOM data (NTIA minimum element): add metadata.authors, metadata.tools or metadata.manufacturer — most generators fill metadata.tools'
        : 'names no creator (NTIA "author of SBOM data"): add creationInfo.creators (Tool:, Organization: or Person:)',
      pointer: cdx ? '/metadata' : '/creationInfo',
      ...(doc.encoding === 'tag-value' ? { line: 1 } : {}),
    });
  }
  if (!doc.timestamp) {
    out.push({
      severity: 'error',
      message: cdx
        ? 'has no metadata.timestamp (NTIA "timestamp") — regenerate the SBOM; generators set it'
        : 'has no creationInfo.created (NTIA "timestamp") — regenerate the SBOM',
      pointer: cdx ? '/metadata' : '/creationInfo',
      ...(doc.encoding === 'tag-value' ? { line: 1 } : {}),
    });
  }

  let total = 0;
  const listed: SbomIssue[] = [];
  for (const c of doc.components) {
    const missing: string[] = [];
    if (!c.name) missing.push('name');
    if (!c.version && !c.versionRange) missing.push('version');
    if (!c.supplier) missing.push(cdx ? 'supplier (or manufacturer, authors, author, publisher)' : 'supplier (or originator)');
    if (!c.purl && !c.cpe && !c.swid) missing.push('a unique identifier (purl, CPE or SWID)');
    if (missing.length === 0) continue;
    if (++total <= MAX_COMPONENT_FINDINGS) {
      listed.push({
        severity: 'error',
        message: `${c.pointer}: component ${label(c)} lacks ${missing.join(', ')} (NTIA minimum elements) — add them or regenerate the SBOM with a generator that records them`,
        pointer: c.pointer,
        line: c.line,
      });
    }
  }
  out.push(...cappedPerComponent(listed, total, 'lack NTIA minimum elements'));

  // Dependency relationships of the primary component: what the product is made of.
  const primary = doc.primary;
  if (!primary) {
    out.push({
      severity: 'error',
      message: cdx
        ? 'names no primary component (metadata.component), so its dependency relationships cannot be given (NTIA "dependency relationship") — set metadata.component'
        : 'does not say which package it describes (documentDescribes or a DESCRIBES relationship), so the dependency relationships have no root (NTIA) — add one',
      pointer: cdx ? '/metadata' : '',
      ...(doc.encoding === 'tag-value' ? { line: 1 } : {}),
    });
  } else if (doc.components.length > 0) {
    const ref = primary.ref;
    const has = cdx
      ? doc.dependencies.some((d) => d.ref === ref && d.dependsOn.length > 0)
      : doc.dependencies.some((d) => d.type !== 'DESCRIBES' && d.type !== 'DESCRIBED_BY' && (d.ref === ref || d.dependsOn.includes(ref!)));
    if (!ref || !has) {
      out.push({
        severity: 'error',
        message: cdx
          ? `gives no dependency relationships for the primary component ${label(primary)} (NTIA minimum element): add a dependencies entry with ref "${ref ?? '(give metadata.component a bom-ref)'}" and its dependsOn`
          : `gives no relationships (DEPENDS_ON, CONTAINS, ...) for the described package ${label(primary)} (NTIA minimum element) — add them`,
        pointer: cdx ? '/dependencies' : primary.pointer,
        line: cdx ? undefined : primary.line,
      });
    }
  }
  return out;
}

export function fdaIssues(doc: SbomDocument, today: Date): SbomIssue[] {
  let total = 0;
  let expiredTotal = 0;
  const listed: SbomIssue[] = [];
  const expired: SbomIssue[] = [];
  const day = today.toISOString().slice(0, 10);
  for (const c of doc.components) {
    const missing: string[] = [];
    if (!c.support?.level) missing.push('a support level');
    if (!c.support?.endOfSupport) missing.push('an end-of-support date');
    if (missing.length && ++total <= MAX_COMPONENT_FINDINGS) {
      listed.push({
        severity: 'error',
        message: `${c.pointer}: component ${label(c)} lacks ${missing.join(' and ')} (FDA premarket cybersecurity: level of support and end-of-support per component) — record them as ${doc.family === 'cyclonedx' ? 'properties "support-level" and "end-of-support"' : 'validUntilDate and an annotation "support-level: ..."'}`,
        pointer: c.pointer,
        line: c.line,
      });
    }
    const end = c.support?.endOfSupport;
    if (end) {
      const t = Date.parse(end);
      if (Number.isNaN(t)) {
        if (++expiredTotal <= MAX_COMPONENT_FINDINGS)
          expired.push({
            severity: 'error',
            message: `${c.pointer}: component ${label(c)} has end-of-support "${end}", which is not a date — write it as YYYY-MM-DD`,
            pointer: c.pointer,
            line: c.line,
          });
      } else if (new Date(t).toISOString().slice(0, 10) < day) {
        if (++expiredTotal <= MAX_COMPONENT_FINDINGS) {
          expired.push({
            severity: 'error',
            message: `${c.pointer}: component ${label(c)} reached its end of support on ${end.slice(0, 10)} — upgrade or replace it, or record the risk acceptance and a new support date`,
            pointer: c.pointer,
            line: c.line,
          });
        }
      }
    }
  }
  return [
    ...cappedPerComponent(listed, total, 'lack FDA support data'),
    ...cappedPerComponent(expired, expiredTotal, 'are past or without a valid end-of-support date'),
  ];
}

export function licenseIssues(doc: SbomDocument, denied: ReadonlySet<string>): SbomIssue[] {
  let total = 0;
  const listed: SbomIssue[] = [];
  for (const c of [...(doc.primary ? [doc.primary] : []), ...doc.components]) {
    if (c.licenses.length === 0) continue;
    const hits = unavoidableDenied(c.licenses, denied);
    if (hits.length && ++total <= MAX_COMPONENT_FINDINGS) {
      listed.push({
        severity: 'error',
        message: `${c.pointer}: component ${label(c)} is licensed ${c.licenses.join(' AND ')}, which cannot be satisfied without the denied ${hits.join(', ')} — replace the component or get the licence approved`,
        pointer: c.pointer,
        line: c.line,
      });
    }
  }
  return cappedPerComponent(listed, total, 'need a denied licence');
}
