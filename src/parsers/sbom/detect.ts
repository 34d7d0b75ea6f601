import type { SbomDetection } from './types.js';

// Detection from content, never from the file name: a bom.json may be SPDX, an .spdx file may be JSON.

export const CYCLONEDX_VERSIONS = ['1.2', '1.3', '1.4', '1.5', '1.6', '1.7'] as const;
export const SPDX_VERSIONS = ['2.2', '2.3'] as const;

const HEAD_BYTES = 64 * 1024;

/** What the first bytes say; JSON documents are confirmed from the parsed value (see detectJson). */
export function detectText(text: string): SbomDetection & { syntax?: 'json' | 'xml' | 'tag-value' } {
  const head = text.slice(0, HEAD_BYTES).replace(/^\uFEFF/, '');
  const first = head.trimStart()[0];
  if (first === '{') {
    if (/"bomFormat"\s*:\s*"CycloneDX"/.test(head))
      return { syntax: 'json', family: 'cyclonedx', encoding: 'json', specVersion: /"specVersion"\s*:\s*"([^"]*)"/.exec(head)?.[1] };
    if (/"spdxVersion"\s*:/.test(head))
      return {
        syntax: 'json',
        family: 'spdx',
        encoding: 'json',
        specVersion: spdxVersionOf(/"spdxVersion"\s*:\s*"([^"]*)"/.exec(head)?.[1]),
      };
    if (/spdx\.org\/rdf\/3\./.test(head)) return { syntax: 'json', family: 'spdx3', encoding: 'json' };
    return { syntax: 'json' };
  }
  if (first === '<') {
    const ns = /xmlns(?::\w+)?\s*=\s*["']http:\/\/cyclonedx\.org\/schema\/bom\/([0-9.]+)["']/.exec(head);
    if (/<(\w+:)?bom[\s>]/.test(head) && ns) return { syntax: 'xml', family: 'cyclonedx', encoding: 'xml', specVersion: ns[1] };
    if (/<(\w+:)?bom[\s>]/.test(head)) return { syntax: 'xml', family: 'cyclonedx', encoding: 'xml' };
    if (/spdx\.org\/rdf\/terms/.test(head)) return { syntax: 'xml', family: 'spdx', encoding: 'xml' };
    return { syntax: 'xml' };
  }
  // Line by line: one multiline regex starting with ^\s* rescans every following blank line from each line start,
  // quadratic in the head (64 KiB of newlines took 15 s).
  for (const line of head.split('\n')) {
    const tag = /^\s*SPDXVersion:[ \t]*(\S+)/.exec(line);
    if (tag) return { syntax: 'tag-value', family: 'spdx', encoding: 'tag-value', specVersion: spdxVersionOf(tag[1]) };
  }
  return {};
}

/** What a parsed JSON value is. */
export function detectJson(value: unknown): SbomDetection {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const o = value as Record<string, unknown>;
  if (o.bomFormat === 'CycloneDX')
    return { family: 'cyclonedx', encoding: 'json', specVersion: typeof o.specVersion === 'string' ? o.specVersion : undefined };
  if (typeof o.spdxVersion === 'string') return { family: 'spdx', encoding: 'json', specVersion: spdxVersionOf(o.spdxVersion) };
  const context = JSON.stringify(o['@context'] ?? '');
  if (/spdx\.org\/rdf\/3\./.test(context)) return { family: 'spdx3', encoding: 'json' };
  return {};
}

/** "SPDX-2.3" → "2.3"; anything else is kept so the message can quote it. */
function spdxVersionOf(declared: string | undefined): string | undefined {
  if (declared === undefined) return undefined;
  return /^SPDX-(\d+\.\d+)$/.exec(declared)?.[1] ?? declared;
}
