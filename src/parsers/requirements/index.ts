import { doorstopUid, parseDoorstopItem, type DoorstopSettings } from './doorstop.js';
import { parseMarkdownRequirements } from './markdown.js';
import { parseOpenFastTrace } from './openfasttrace.js';
import { parseReqIf } from './reqif.js';
import { parseSphinxNeeds } from './sphinx-needs.js';
import { parseStrictDoc } from './strictdoc.js';
import { anchoredId, type ParsedRequirements, type RequirementFormat, type SourceOptions } from './types.js';
import { parseYamlRequirements } from './yaml.js';

export * from './types.js';
export { parseYamlRequirements } from './yaml.js';
export { parseMarkdownRequirements } from './markdown.js';
export { parseDoorstopItem, parseDoorstopSettings, doorstopUidPattern, type DoorstopItem, type DoorstopSettings } from './doorstop.js';
export { parseStrictDoc } from './strictdoc.js';
export { coverageTagPattern, DEFAULT_TEST_TYPES, parseOpenFastTrace } from './openfasttrace.js';
export { parseSphinxNeeds } from './sphinx-needs.js';
export { parseReqIf } from './reqif.js';

// Requirement files parsed in their format: text in, requirements and findings out. Which files the policy's
// sources name, and reading them, is the rules' (rules/common/requirement-sources.ts).

export const DEFAULT_ID_PATTERN = '[A-Z][A-Z0-9]*-[0-9]+';

export interface RequirementFile {
  path: string;
  format: RequirementFormat;
  /** For Doorstop items: the folder's `.doorstop.yml`. */
  settingsPath?: string;
  /** What the source says for its format (reqif id_attribute, openfasttrace test_types). */
  options?: SourceOptions;
}

export function formatFromExtension(path: string): RequirementFormat | undefined {
  if (/\.(md|markdown)$/i.test(path)) return 'markdown';
  if (/\.sdoc$/i.test(path)) return 'strictdoc';
  if (/\.reqif$/i.test(path)) return 'reqif';
  if (/(^|\/)needs\.json$/i.test(path)) return 'sphinx-needs';
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  return undefined;
}

/** Parses one requirement file's text in its format. Never throws on malformed content. */
export function parseRequirementFile(
  file: RequirementFile,
  text: string,
  idPattern: string,
  settings?: DoorstopSettings,
): ParsedRequirements {
  const ctx = { isId: anchoredId(idPattern) };
  switch (file.format) {
    case 'yaml':
      return parseYamlRequirements(text, file.path, ctx);
    case 'markdown':
      return parseMarkdownRequirements(text, file.path, ctx, idPattern);
    case 'strictdoc':
      return parseStrictDoc(text, file.path, ctx);
    case 'doorstop':
      return parseDoorstopItem(text, file.path, ctx, settings);
    case 'openfasttrace':
      return parseOpenFastTrace(text, file.path, file.options);
    case 'sphinx-needs':
      return parseSphinxNeeds(text, file.path, ctx);
    case 'reqif':
      return parseReqIf(text, file.path, ctx, file.options);
  }
}

export { doorstopUid };
