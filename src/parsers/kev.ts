import { jsonErrorLine, jsonPointerLines } from './sbom/json-lines.js';

// The CISA Known Exploited Vulnerabilities catalog (JSON feed): {"catalogVersion", "vulnerabilities": [{"cveID", ...}]}.

export interface KevEntry {
  cveID: string;
  dateAdded?: string;
  dueDate?: string;
  knownRansomwareCampaignUse?: string;
}

export type KevReadResult = { ok: true; entries: Map<string, KevEntry>; version?: string } | { ok: false; message: string; line: number };

export function readKevCatalog(text: string): KevReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = (e as Error).message;
    return { ok: false, message: `is not valid JSON (${message})`, line: jsonErrorLine(text, message) ?? 1 };
  }
  const list = (json as { vulnerabilities?: unknown })?.vulnerabilities;
  if (!Array.isArray(list))
    return { ok: false, message: 'has no "vulnerabilities" array; it is not the CISA KEV catalog JSON feed', line: 1 };
  // An entry whose cveID cannot be read is refused with its line, not skipped: skipping it would drop a known
  // exploited vulnerability from the catalog without a word.
  const entries = new Map<string, KevEntry>();
  for (let i = 0; i < list.length; i++) {
    const e: unknown = list[i];
    const id = e && typeof e === 'object' && !Array.isArray(e) ? (e as { cveID?: unknown }).cveID : undefined;
    if (typeof id !== 'string' || !id.trim()) {
      const pointer = `/vulnerabilities/${i}`;
      return {
        ok: false,
        message: `has an entry (vulnerabilities[${i}]) without a "cveID" string; it is not the CISA KEV catalog JSON feed, or it was edited`,
        line: jsonPointerLines(text, [pointer]).get(pointer) ?? 1,
      };
    }
    entries.set(id.trim().toUpperCase(), e as KevEntry);
  }
  const version = (json as { catalogVersion?: unknown }).catalogVersion;
  return { ok: true, entries, ...(typeof version === 'string' ? { version } : {}) };
}
