import type { DoorstopSettings } from './doorstop.js';
import { anchoredId, type ParseContext, type ParsedRequirements, type RequirementFormat, type SourceOptions } from './types.js';

// Which format a requirement file is in, and its parser loaded when a file of that format is first read: a policy
// whose requirements are YAML never loads the Markdown, XML (ReqIF) or other readers.

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

/**
 * What parses one file of a format (its text, the file, the id pattern and the context it makes, Doorstop settings);
 * a promise where the file needs more of the format's code than was loaded first.
 */
type FormatParser = (
  text: string,
  file: RequirementFile,
  idPattern: string,
  ctx: ParseContext,
  settings?: DoorstopSettings,
) => ParsedRequirements | Promise<ParsedRequirements>;

/** Each format's parser, imported on first use. */
const PARSERS: Record<RequirementFormat, () => Promise<FormatParser>> = {
  yaml: async () => {
    // The commonest shape is read line by line; the YAML parsers are loaded for the first file it declines.
    const { lineList } = await import('./yaml-lines.js');
    let parsers: Promise<typeof import('./yaml.js')> | undefined;
    return (text, file, _, ctx) =>
      lineList(text, file.path, ctx) ?? (parsers ??= import('./yaml.js')).then((m) => m.parseDeclinedYaml(text, file.path, ctx));
  },
  markdown: async () => {
    const { parseMarkdownRequirements } = await import('./markdown.js');
    return (text, file, idPattern, ctx) => parseMarkdownRequirements(text, file.path, ctx, idPattern);
  },
  strictdoc: async () => {
    const { parseStrictDoc } = await import('./strictdoc.js');
    return (text, file, _, ctx) => parseStrictDoc(text, file.path, ctx);
  },
  doorstop: async () => {
    const { parseDoorstopItem } = await import('./doorstop.js');
    return (text, file, _, ctx, settings) => parseDoorstopItem(text, file.path, ctx, settings);
  },
  openfasttrace: async () => {
    const { parseOpenFastTrace } = await import('./openfasttrace.js');
    return (text, file) => parseOpenFastTrace(text, file.path, file.options);
  },
  'sphinx-needs': async () => {
    const { parseSphinxNeeds } = await import('./sphinx-needs.js');
    return (text, file, _, ctx) => parseSphinxNeeds(text, file.path, ctx);
  },
  reqif: async () => {
    const { parseReqIf } = await import('./reqif.js');
    return (text, file, _, ctx) => parseReqIf(text, file.path, ctx, file.options);
  },
};

const loaded = new Map<RequirementFormat, Promise<FormatParser>>();

/** Parses one requirement file's text in its format, loading that format's parser first. Never throws on malformed content. */
export async function parseInFormat(
  file: RequirementFile,
  text: string,
  idPattern: string,
  settings?: DoorstopSettings,
): Promise<ParsedRequirements> {
  let parser = loaded.get(file.format);
  if (!parser) loaded.set(file.format, (parser = PARSERS[file.format]()));
  return (await parser)(text, file, idPattern, { isId: anchoredId(idPattern) }, settings);
}
