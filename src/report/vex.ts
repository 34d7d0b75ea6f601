import { randomUUID } from 'node:crypto';
import type { OsvVulnerability } from '../core/osv.js';
import type { OsvSeverity } from '../parsers/osv.js';
import type { SbomComponent } from '../parsers/sbom/types.js';

/** A vulnerability still open in a component, as the vulnerabilities gate reports it (its OpenVulnerability). */
export interface OpenVulnerabilityEntry {
  component: SbomComponent;
  /** The SBOM that lists the component. */
  sbom: string;
  vulnerability: OsvVulnerability;
  /** Its id and aliases. */
  ids: string[];
  severity: OsvSeverity;
}

// The CycloneDX VEX skeleton `sdlc-gate vex` writes: the vulnerabilities still open, `in_triage`, for a person to assess.

const METHODS: Record<string, string> = { 'CVSS:3.0': 'CVSSv3', 'CVSS:3.1': 'CVSSv31', 'CVSS:4.0': 'CVSSv4' };

/** A CycloneDX 1.6 VEX document: one vulnerability entry per id, affecting each open component by purl. */
export function vexSkeleton(open: readonly OpenVulnerabilityEntry[], now: Date): Record<string, unknown> {
  const byId = new Map<string, OpenVulnerabilityEntry[]>();
  for (const o of open) {
    const list = byId.get(o.vulnerability.id);
    if (list) list.push(o);
    else byId.set(o.vulnerability.id, [o]);
  }
  const vulnerabilities = [...byId.entries()].map(([id, entries]) => {
    const first = entries[0]!;
    const aliases = first.ids.filter((a) => a !== id);
    const { level, score, source } = first.severity;
    const refs = [...new Set(entries.map((e) => e.component.purl ?? e.component.ref).filter((r): r is string => !!r))];
    return {
      id,
      source: { name: 'OSV', url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}` },
      ...(aliases.length
        ? {
            references: aliases.map((a) => ({
              id: a,
              source: { name: 'OSV', url: `https://osv.dev/vulnerability/${encodeURIComponent(a)}` },
            })),
          }
        : {}),
      ...(level
        ? { ratings: [{ ...(score !== undefined ? { score } : {}), severity: level, method: (source && METHODS[source]) ?? 'other' }] }
        : {}),
      ...(first.vulnerability.summary ? { description: first.vulnerability.summary } : {}),
      analysis: {
        state: 'in_triage',
        detail: `To assess: ${entries.map((e) => `${e.component.name}@${e.component.version ?? '?'} (${e.sbom})`).join(', ')}. Set state (not_affected with a justification, exploitable, resolved or false_positive), write why in this detail, and set lastUpdated to the day of the assessment.`,
      },
      affects: refs.map((ref) => ({ ref })),
    };
  });
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${randomUUID()}`,
    version: 1,
    metadata: { timestamp: now.toISOString(), tools: { components: [{ type: 'application', name: 'sdlc-gate' }] } },
    vulnerabilities,
  };
}
