import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Finding } from '../../core/types.js';
import { doctypeHazard, findDoctype } from '../xml-doctype.js';
import type { ParseContext, ParsedRequirements, Requirement, SourceOptions } from './types.js';

// ReqIF (OMG Requirements Interchange Format 1.x, what DOORS, Polarion, Jama, codebeamer and StrictDoc export):
// REQ-IF/CORE-CONTENT/REQ-IF-CONTENT holds SPEC-TYPES (attribute definitions, each with an IDENTIFIER and a
// LONG-NAME), SPEC-OBJECTS (each with VALUES: ATTRIBUTE-VALUE-STRING/-XHTML/-INTEGER/... naming their definition)
// and SPEC-RELATIONS (SOURCE and TARGET spec objects). Read with a real XML parser; a DOCTYPE is refused.
//
// - The id is the value of the attribute the source names (`id_attribute`, matched against a definition's
//   LONG-NAME or IDENTIFIER), by default ReqIF.ForeignID, and where an object has none, its IDENTIFIER.
// - The title is ReqIF.Name (else ReqIF.ChapterName, else the object's LONG-NAME); the text is ReqIF.Text, XHTML
//   reduced to its plain text.
// - A heading — an object with a ReqIF.ChapterName and no ReqIF.Text — is not a requirement.
// - A SPEC-RELATION makes its TARGET a parent of its SOURCE (the source derives from / satisfies the target, as
//   StrictDoc's "Parent" relation and DOORS' links out of a lower-level module are exported).
// - An object whose id does not match id_pattern cannot be cited: a finding with its line, not a silent skip.
// Linear: one parse, then maps by identifier.

const DEFAULT_ID_ATTRIBUTES = ['ReqIF.ForeignID'];

type XmlNode = Record<string, unknown>;

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

interface SpecObject {
  identifier: string;
  id: string;
  /** Whether the id came from an attribute (not the IDENTIFIER fallback). */
  named: boolean;
  title: string;
  text: string;
  heading: boolean;
  line: number;
}

export function parseReqIf(text: string, file: string, ctx: ParseContext, options: SourceOptions = {}): ParsedRequirements {
  const parsed = parseDocument(text, file);
  if (!('content' in parsed)) return parsed;
  const { content, lines } = parsed;
  const findings: Finding[] = [];
  const idAttributes = options.id_attribute ? [options.id_attribute] : DEFAULT_ID_ATTRIBUTES;
  const objects = readObjects(content, idAttributes, lines, file, findings);
  const parents = readRelations(content, objects, lines, file, findings);
  const requirements: Requirement[] = [];
  for (const o of objects.values()) {
    if (o.heading) continue;
    if (!ctx.isId(o.id)) {
      findings.push({
        severity: 'error',
        message: o.named
          ? `${file}: the spec object ${o.identifier} has the id "${o.id}", which does not match id_pattern, so no test can cite it — fix id_pattern, or name the attribute that holds the ids with id_attribute.`
          : `${file}: the spec object ${o.identifier} has no ${idAttributes.join(' or ')} attribute, and its IDENTIFIER does not match id_pattern, so no test can cite it — give it an id, or name the attribute that holds the ids with id_attribute.`,
        file,
        line: o.line,
      });
      continue;
    }
    const ps = parents.get(o.identifier);
    requirements.push({
      id: o.id,
      title: o.title,
      text: o.text,
      ...(ps?.length ? { parents: ps } : {}),
      file,
      line: o.line,
      format: 'reqif',
    });
  }
  return { requirements, findings };
}

/** The REQ-IF-CONTENT element, or the finding that says why there is none (a DOCTYPE, malformed XML, not ReqIF). */
function parseDocument(text: string, file: string): { content: XmlNode | undefined; lines: LineIndex } | ParsedRequirements {
  const fail = (message: string, line: number): ParsedRequirements => ({
    requirements: [],
    findings: [{ severity: 'error', message, file, line }],
  });
  const doctype = findDoctype(text);
  if (doctype)
    return fail(
      `${file} ${doctypeHazard(doctype)}; a ReqIF document needs none, and this gate neither loads nor expands one, so its requirements were not read — remove the DOCTYPE or export the document again.`,
      doctype.line,
    );
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    return fail(
      `${file} is not well-formed XML (${valid.err.msg}); its requirements were not read — fix the document or export it again.`,
      valid.err.line,
    );
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    // Only the predefined entities and character references: a DOCTYPE never gets this far.
    processEntities: true,
    captureMetaData: true,
  });
  let doc: XmlNode[];
  try {
    doc = parser.parse(text) as XmlNode[];
  } catch (e) {
    return fail(
      `${file} is not well-formed XML (${(e as Error).message}); its requirements were not read — fix the document or export it again.`,
      1,
    );
  }
  const root = doc.find((n) => tagOf(n) === 'REQ-IF');
  if (!root) return fail(`${file} is XML but not a ReqIF document (no <REQ-IF> root) — point the source at a .reqif export.`, 1);
  return { content: path(root, ['CORE-CONTENT', 'REQ-IF-CONTENT']), lines: new LineIndex(text) };
}

/** Attribute definitions: IDENTIFIER → LONG-NAME, so values can be named either way. */
function definitionNames(content: XmlNode | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const types of childrenNamed(content, 'SPEC-TYPES')) {
    for (const type of elements(types)) {
      for (const attrs of childrenNamed(type, 'SPEC-ATTRIBUTES')) {
        for (const def of elements(attrs)) {
          const a = attrsOf(def);
          if (a.IDENTIFIER) names.set(a.IDENTIFIER, a['LONG-NAME'] ?? a.IDENTIFIER);
        }
      }
    }
  }
  return names;
}

/** The spec objects by IDENTIFIER, in document order. */
function readObjects(
  content: XmlNode | undefined,
  idAttributes: readonly string[],
  lines: LineIndex,
  file: string,
  findings: Finding[],
): Map<string, SpecObject> {
  const defNames = definitionNames(content);
  const objects = new Map<string, SpecObject>();
  for (const list of childrenNamed(content, 'SPEC-OBJECTS')) {
    for (const obj of childrenNamed(list, 'SPEC-OBJECT')) {
      const a = attrsOf(obj);
      const line = lines.lineOf(obj);
      const identifier = a.IDENTIFIER;
      if (!identifier) {
        findings.push({
          severity: 'error',
          message: `${file}: a SPEC-OBJECT on this line has no IDENTIFIER, which ReqIF requires — export the document again.`,
          file,
          line,
        });
        continue;
      }
      const values = new Map<string, string>();
      for (const v of childrenNamed(obj, 'VALUES').flatMap(elements)) {
        const ref = childrenNamed(v, 'DEFINITION').flatMap(elements).map(textOf)[0]?.trim();
        const value = ref ? valueOf(v) : undefined;
        if (!ref || value === undefined) continue;
        values.set(ref, value);
        const name = defNames.get(ref);
        if (name && !values.has(name)) values.set(name, value);
      }
      const named = idAttributes.map((n) => values.get(n)?.trim()).find((v) => v);
      const chapter = values.get('ReqIF.ChapterName')?.trim();
      const body = values.get('ReqIF.Text')?.trim();
      objects.set(identifier, {
        identifier,
        id: named ?? identifier,
        named: named !== undefined,
        title: (values.get('ReqIF.Name')?.trim() || chapter || a['LONG-NAME'] || '').trim(),
        text: body ?? '',
        heading: !!chapter && !body,
        line,
      });
    }
  }
  return objects;
}

/** Parents by the SOURCE's IDENTIFIER: the TARGETs' ids (a target outside the file by its IDENTIFIER). */
function readRelations(
  content: XmlNode | undefined,
  objects: ReadonlyMap<string, SpecObject>,
  lines: LineIndex,
  file: string,
  findings: Finding[],
): Map<string, string[]> {
  const parents = new Map<string, string[]>();
  for (const rel of childrenNamed(content, 'SPEC-RELATIONS').flatMap((l) => childrenNamed(l, 'SPEC-RELATION'))) {
    const source = childrenNamed(rel, 'SOURCE').flatMap(elements).map(textOf)[0]?.trim();
    const target = childrenNamed(rel, 'TARGET').flatMap(elements).map(textOf)[0]?.trim();
    if (!source || !target) {
      findings.push({
        severity: 'warning',
        message: `${file}: the SPEC-RELATION on this line lacks a SOURCE or TARGET spec object, so its link was not read — export the document again.`,
        file,
        line: lines.lineOf(rel),
      });
      continue;
    }
    const to = objects.get(target)?.id ?? target;
    const list = parents.get(source);
    if (list) list.push(to);
    else parents.set(source, [to]);
  }
  return parents;
}

function tagOf(node: XmlNode): string | undefined {
  for (const k of Object.keys(node)) if (k !== ':@' && k !== '#text') return k;
  return undefined;
}

function kids(node: XmlNode | undefined): XmlNode[] {
  const tag = node && tagOf(node);
  const v = tag ? node[tag] : undefined;
  return Array.isArray(v) ? (v as XmlNode[]) : [];
}

function elements(node: XmlNode | undefined): XmlNode[] {
  return kids(node).filter((k) => tagOf(k) !== undefined && !('#text' in k));
}

function childrenNamed(node: XmlNode | undefined, name: string): XmlNode[] {
  return kids(node).filter((k) => tagOf(k) === name);
}

function path(node: XmlNode, names: string[]): XmlNode | undefined {
  let n: XmlNode | undefined = node;
  for (const name of names) n = childrenNamed(n, name)[0];
  return n;
}

function attrsOf(node: XmlNode): Record<string, string | undefined> {
  return (node[':@'] as Record<string, string> | undefined) ?? {};
}

/** The text of an element and everything in it, in document order (XHTML reduced to plain text). */
function textOf(node: XmlNode): string {
  const out: string[] = [];
  const stack: XmlNode[] = [node];
  // Iterative, so deep XHTML cannot overflow the stack; children pushed in reverse to come out in order.
  while (stack.length) {
    const n = stack.pop()!;
    if ('#text' in n) {
      out.push(String(n['#text']));
      continue;
    }
    const tag = tagOf(n);
    if (tag === 'br') out.push('\n');
    const ks = kids(n);
    if (BLOCKS.has(tag ?? '') && ks.length) stack.push({ '#text': '\n' });
    for (let i = ks.length - 1; i >= 0; i--) stack.push(ks[i]!);
  }
  return out.join('').replace(/[ \t]*\n[ \t\n]*/g, '\n');
}

const BLOCKS = new Set(['p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'table', 'ul', 'ol']);

/** An attribute value: THE-VALUE as an attribute (string, number, date, boolean), as XHTML, or enumeration refs. */
function valueOf(v: XmlNode): string | undefined {
  const attr = attrsOf(v)['THE-VALUE'];
  if (attr !== undefined) return attr;
  const xhtml = childrenNamed(v, 'THE-VALUE')[0];
  if (xhtml) return textOf(xhtml);
  const refs = childrenNamed(v, 'VALUES')
    .flatMap(elements)
    .map(textOf)
    .map((s) => s.trim());
  return refs.length ? refs.join(', ') : undefined;
}

/** Lines of element start offsets, found by binary search over the newline offsets (linear overall). */
class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  lineOf(node: XmlNode): number {
    const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[META];
    const offset = meta?.startIndex;
    if (offset === undefined) return 1;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
