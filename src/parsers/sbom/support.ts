import type { SupportInfo } from './types.js';

// FDA support data (level of support, end-of-support date) has no field of its own in CycloneDX or SPDX 2.x.
// Accepted encodings, by name after lower-casing and dropping everything but letters and digits:
//   level:           "supportlevel", "levelofsupport", or a name ending in one of them ("cdx:support:level" is
//                    not one: use "support-level" or "fda:support-level")
//   end of support:  "endofsupport", "endofsupportdate", "eos", "eosdate", "endoflife", "eol", "eoldate",
//                    or a name ending in "endofsupport" / "endofsupportdate" / "endoflife"
// CycloneDX: component `properties` (name/value). SPDX: package annotations whose comment reads
// "<name>: <value>" or "<name>=<value>", and `validUntilDate` as the end-of-support date.

const LEVEL_NAMES = ['supportlevel', 'levelofsupport'];
const END_NAMES = ['endofsupport', 'endofsupportdate', 'eos', 'eosdate', 'endoflife', 'eol', 'eoldate'];

function squash(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function isSupportLevelName(name: string): boolean {
  const s = squash(name);
  return LEVEL_NAMES.some((n) => s === n || s.endsWith(n));
}

export function isEndOfSupportName(name: string): boolean {
  const s = squash(name);
  return END_NAMES.includes(s) || s.endsWith('endofsupport') || s.endsWith('endofsupportdate') || s.endsWith('endoflife');
}

/** Support data from name/value pairs; undefined when none is there. */
export function supportFromPairs(pairs: Iterable<[string, string]>): SupportInfo | undefined {
  const info: SupportInfo = {};
  for (const [name, value] of pairs) {
    if (!value) continue;
    if (info.level === undefined && isSupportLevelName(name)) info.level = value;
    else if (info.endOfSupport === undefined && isEndOfSupportName(name)) info.endOfSupport = value;
  }
  return info.level !== undefined || info.endOfSupport !== undefined ? info : undefined;
}
