import { doorstopUid, parseDoorstopItem, type DoorstopSettings } from './doorstop.js';
import { parseMarkdownRequirements } from './markdown.js';
import { parseOpenFastTrace } from './openfasttrace.js';
import { parseReqIf } from './reqif.js';
import { parseSphinxNeeds } from './sphinx-needs.js';
import { parseStrictDoc } from './strictdoc.js';
import { anchoredId, type ParsedRequirements } from './types.js';
import type { RequirementFile } from './formats.js';
import { parseYamlRequirements } from './yaml.js';

export * from './types.js';
export { DEFAULT_ID_PATTERN, formatFromExtension, parseInFormat, type RequirementFile } from './formats.js';
export { parseYamlRequirements } from './yaml.js';
export { parseMarkdownRequirements } from './markdown.js';
export { parseDoorstopItem, parseDoorstopSettings, doorstopUidPattern, type DoorstopItem, type DoorstopSettings } from './doorstop.js';
export { parseStrictDoc } from './strictdoc.js';
export { coverageTagPattern, DEFAULT_TEST_TYPES, parseOpenFastTrace } from './openfasttrace.js';
export { parseSphinxNeeds } from './sphinx-needs.js';
export { parseReqIf } from './reqif.js';

// Requirement files parsed in their format: text in, requirements and findings out. Which files the policy's
// sources name, and reading them, is the rules' (rules/common/requirement-sources.ts), which load each format's
// parser only for a file of that format (./formats.ts); this module brings every parser at once.

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
