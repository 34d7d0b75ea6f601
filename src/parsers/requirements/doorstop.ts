import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Finding } from '../../types.js';
import type { ParseContext, ParsedRequirements, Requirement } from './types.js';

// Doorstop: a document is a folder with a `.doorstop.yml` (settings: prefix, sep, digits, parent) and one file per
// item, named by its UID: `REQ-001.yml` (YAML with `text`, `header`, `links`, `active`, `normative`, ...) or
// `REQ-001.md` (YAML front matter between `---` lines, then the text; a first `# heading` is the header).
// Inactive and non-normative items (headings, notes) are not requirements.

export interface DoorstopSettings {
  prefix?: string;
  sep?: string;
}

export function parseDoorstopSettings(text: string, file: string): { settings: DoorstopSettings; findings: Finding[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    return {
      settings: {},
      findings: [{ severity: 'error', message: `${file} is not valid YAML (${e.message.split('\n')[0]}) — fix the Doorstop document settings.`, file, line: lines.linePos(e.pos[0]).line }],
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // An alias with no anchor, or too many aliases, surfaces only when the document is turned into values.
    return { settings: {}, findings: [{ severity: 'error', message: `${file} is not valid YAML (${(e as Error).message.split('\n')[0]}) — fix the Doorstop document settings.`, file, line: 1 }] };
  }
  const s = (data as { settings?: { prefix?: unknown; sep?: unknown } } | null)?.settings;
  return { settings: { prefix: typeof s?.prefix === 'string' ? s.prefix : undefined, sep: typeof s?.sep === 'string' ? s.sep : undefined }, findings: [] };
}

/** The UID of an item file: its name without the extension. */
export function doorstopUid(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.replace(/\.(ya?ml|md)$/i, '');
}

export function parseDoorstopItem(text: string, file: string, ctx: ParseContext, settings: DoorstopSettings = {}): ParsedRequirements {
  const uid = doorstopUid(file);
  const findings: Finding[] = [];
  let yamlText = text;
  let body: string | undefined;
  let bodyLine = 1;
  if (/\.md$/i.test(file)) {
    const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
    if (!m) {
      return {
        requirements: [],
        findings: [{ severity: 'error', message: `${file}: a Doorstop Markdown item starts with YAML front matter between "---" lines — add it.`, file, line: 1 }],
      };
    }
    yamlText = `\n${m[1]}`; // keep line numbers: the opening "---" is line 1
    body = text.slice(m[0].length);
    bodyLine = m[0].split('\n').length;
  }
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    return {
      requirements: [],
      findings: [{ severity: 'error', message: `${file} is not valid YAML (${e.message.split('\n')[0]}); item ${uid} was not read — fix the YAML at this line.`, file, line: lines.linePos(e.pos[0]).line }],
    };
  }
  const root = doc.contents;
  if (!isMap(root)) {
    return { requirements: [], findings: [{ severity: 'error', message: `${file}: a Doorstop item must be a YAML mapping (text, links, ...) — fix it.`, file, line: 1 }] };
  }
  const value = (key: string): unknown => {
    const n = root.get(key, true);
    return isScalar(n) ? n.value : n;
  };
  if (value('active') === false || value('normative') === false) return { requirements: [], findings };
  if (!ctx.isId(uid)) {
    findings.push({ severity: 'error', message: `${file}: the Doorstop UID "${uid}" does not match id_pattern, so no test can cite it — rename the item or widen id_pattern.`, file, line: 1 });
    return { requirements: [], findings };
  }
  if (settings.prefix && !uid.startsWith(settings.prefix)) {
    findings.push({ severity: 'warning', message: `${file}: item ${uid} does not start with the document prefix "${settings.prefix}" — Doorstop will not load it; rename it.`, file, line: 1 });
  }
  let title = typeof value('header') === 'string' ? String(value('header')).trim() : '';
  let statement = typeof value('text') === 'string' ? String(value('text')) : '';
  if (body !== undefined) {
    const heading = /^\s*#{1,6}[ \t]+(.+?)[ \t#]*(?:\r?\n|$)/.exec(body);
    if (heading) {
      if (!title) title = heading[1]!.trim();
      body = body.slice(heading[0].length);
    }
    statement = body;
  }
  const links = root.get('links', true);
  const parents = isSeq(links)
    ? links.items.flatMap((l) => (isScalar(l) ? [String(l.value)] : isMap(l) ? l.items.map((p) => String(isScalar(p.key) ? p.key.value : p.key)) : []))
    : [];
  const cls = value('class') ?? value('safety_class');
  const requirement: Requirement = {
    id: uid,
    title: title || firstLine(statement),
    text: statement.trim(),
    ...(typeof cls === 'string' && cls ? { class: cls } : {}),
    ...(parents.length ? { parents } : {}),
    file,
    line: body !== undefined ? bodyLine : 1,
    format: 'doorstop',
  };
  return { requirements: [requirement], findings };
}

function firstLine(s: string): string {
  const line = s.trim().split('\n')[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 77)}…` : line;
}
