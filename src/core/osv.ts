// The shape of an OSV record (https://ossf.github.io/osv-schema/) as the facts hand it over and the parsers read it.

export interface OsvEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

export interface OsvAffected {
  package?: { ecosystem?: string; name?: string; purl?: string };
  ranges?: { type?: string; events?: OsvEvent[] }[];
  versions?: string[];
  severity?: OsvSeverityEntry[];
  database_specific?: Record<string, unknown>;
}

export interface OsvSeverityEntry {
  type?: string;
  score?: string;
}

export interface OsvVulnerability {
  id: string;
  aliases?: string[];
  summary?: string;
  modified?: string;
  withdrawn?: string;
  severity?: OsvSeverityEntry[];
  affected?: OsvAffected[];
  database_specific?: Record<string, unknown>;
}

/** A severity on the CVSS qualitative rating scale (FIRST). */
export type SeverityLevel = 'low' | 'medium' | 'high' | 'critical';

/** The severity levels, lowest first. */
export const SEVERITY_LEVELS: readonly SeverityLevel[] = ['low', 'medium', 'high', 'critical'];
