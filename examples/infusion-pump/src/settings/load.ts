// Loads the drug library and limits from the settings file. Software item "settings", IEC 62304 class B.
// Requirement: REQ-007. Hazard: HAZ-004 (wrong parameters after start-up). SOUP: yaml (docs/soup.yml).
import { parse } from 'yaml';
import { DEFAULT_LIMITS, type DoseLimits } from '../dosing/limits.js';

export interface LoadedSettings {
  limits: DoseLimits;
  /** Set when the file was not used; the UI shows the "settings not loaded" advisory. */
  advisory?: string;
}

/** Never throws: any failure of the parser or of a value keeps the last verified settings (RC-005). */
export function loadSettings(text: string, lastVerified: Readonly<DoseLimits> = DEFAULT_LIMITS): LoadedSettings {
  let doc: unknown;
  try {
    doc = parse(text, { schema: 'core', maxAliasCount: 0 });
  } catch {
    return { limits: { ...lastVerified }, advisory: 'settings not loaded: the file does not parse' };
  }
  const limits = { ...lastVerified, ...(typeof doc === 'object' && doc !== null ? (doc as Partial<DoseLimits>) : {}) };
  const withinHardLimits =
    limits.minRateMlPerHour >= 0.1 && limits.maxRateMlPerHour <= 200 && limits.maxBolusMl <= 10 && limits.bolusLockoutMinutes >= 10;
  if (!withinHardLimits) return { limits: { ...lastVerified }, advisory: 'settings not loaded: a value is outside its hard limit' };
  return { limits };
}
