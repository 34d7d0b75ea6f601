import { jsonErrorLine } from './sbom/json-lines.js';

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
  if (!Array.isArray(list)) return { ok: false, message: 'has no "vulnerabilities" array; it is not the CISA KEV catalog JSON feed', line: 1 };
  const entries = new Map<string, KevEntry>();
  for (const e of list) {
    const id = (e as KevEntry)?.cveID;
    if (typeof id === 'string' && id) entries.set(id.toUpperCase(), e as KevEntry);
  }
  const version = (json as { catalogVersion?: unknown }).catalogVersion;
  return { ok: true, entries, ...(typeof version === 'string' ? { version } : {}) };
}
