import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { supportFromPairs } from '../../src/parsers/sbom/support.js';
import type {
  SbomComponent,
  SbomDependency,
  SbomDetection,
  SbomDocument,
  SbomIssue,
  SbomReadResult,
} from '../../src/parsers/sbom/types.js';
import { doctypeHazard, findDoctype } from '../../src/parsers/xml-doctype.js';

// The tree reader (fast-xml-parser) that src/parsers/sbom/cyclonedx-xml.ts replaced, kept only as the reference
// test/sbom-xml-stream.test.ts holds the streaming reader to.
//
// A CycloneDX XML document (1.2–1.7) as components, dependencies and document metadata, with the line of each
// component. Places are XML element paths with 1-based positions: /bom/components/component[4].
//
// Hostile input: a DOCTYPE (the only way to declare entities, external or internal), wherever it stands, is refused
// before any parser sees the document, so nothing is ever expanded or fetched (no XXE, no entity bomb); only the five predefined
// entities and character references are decoded, by this reader. Elements nested deeper than MAX_DEPTH are
// refused by the parser. Every step is linear in the size of the document.

export const MAX_DEPTH = 256;

type Node = Record<string, unknown>;

const META = XMLParser.getMetaDataSymbol();

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  captureMetaData: true,
  maxNestedTags: MAX_DEPTH,
  // Subtrees nothing here reads and that define no bom-ref (hashType and externalReference have none): kept as their
  // raw text, not as a node per element, which at 100,000 components is much of the tree's memory.
  stopNodes: ['*.hashes', '*.externalReferences'],
  // Every element is a list, so one access pattern reads both one and many.
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
});

export function readXmlSbomTree(path: string, text: string, detection: SbomDetection): SbomReadResult {
  const refused = refuseDoctype(text);
  if (refused) return { detection, issues: [refused] };
  const wellFormed = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (wellFormed !== true) return { detection, issues: [notWellFormed(text, wellFormed.err)] };
  let tree: Node;
  try {
    tree = parser.parse(text) as Node;
  } catch (e) {
    const message = (e as Error).message;
    const deep = /nest/i.test(message);
    return {
      detection,
      issues: [
        {
          severity: 'error',
          message: deep
            ? `nests XML elements more than ${MAX_DEPTH} deep, which no CycloneDX generator does; it was not read — regenerate the SBOM`
            : `could not be read as XML (${message}) — regenerate the SBOM`,
          line: 1,
        },
      ],
    };
  }
  const bom = first(tree.bom);
  if (!isNode(bom)) {
    return {
      detection,
      issues: [
        {
          severity: 'error',
          message: 'is XML but its root element is not a CycloneDX <bom> — point `paths` at the SBOM, or regenerate it',
          line: 1,
        },
      ],
    };
  }
  return { detection, document: new XmlReader(path, text, detection.specVersion!).read(bom), issues: [] };
}

/**
 * A DOCTYPE anywhere in the document, as a finding: in the prolog, or inside an element, where the XML parser would
 * still take it (it expands nothing here, as entities are off, but the document is not what it claims to be).
 */
function refuseDoctype(text: string): SbomIssue | undefined {
  const found = findDoctype(text);
  if (!found) return undefined;
  return {
    severity: 'error',
    message: `${doctypeHazard(found)}; a CycloneDX SBOM has no DOCTYPE, and this gate neither loads nor expands one — remove the DOCTYPE or regenerate the SBOM`,
    line: found.line,
  };
}

function notWellFormed(text: string, err: { code: string; msg: string; line: number; col: number }): SbomIssue {
  // Unclosed elements are reported at the start of the file by the validator; they are missing at the end.
  const unclosed = /^Invalid '\[(.*)\]' found\.?$/s.exec(err.msg);
  if (unclosed) {
    const names = unclosed[1]!
      .split(',')
      .map((s) => s.trim().replace(/^"|"$/g, ''))
      .filter(Boolean);
    return {
      severity: 'error',
      message: `is not well-formed XML: the file ends with ${names.length === 1 ? 'element' : 'elements'} <${names.join('>, <')}> still open — a truncated file? Regenerate it`,
      line: lineOfOffset(text, text.length),
    };
  }
  return {
    severity: 'error',
    message: `is not well-formed XML (${err.msg.replace(/\.$/, '')}, column ${err.col}) — a truncated or hand-edited file? Regenerate it`,
    line: err.line,
  };
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The five predefined entities and character references; anything else is left as written. */
function decode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (all, e: string) => {
    if (e[0] !== '#') return ENTITIES[e]!;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** The text of an element (leaf string or node with attributes), decoded; undefined when empty. */
function textOf(v: unknown): string | undefined {
  const x = first(v);
  const raw = typeof x === 'string' ? x : isNode(x) && typeof x['#text'] === 'string' ? x['#text'] : undefined;
  if (raw === undefined || raw === '') return undefined;
  return decode(raw);
}

function attr(node: Node, name: string): string | undefined {
  const v = node[`@${name}`];
  return typeof v === 'string' && v !== '' ? decode(v) : undefined;
}

class XmlReader {
  private lineStarts: number[] | undefined;
  /** Lines of the places the reader named, for linesOf. */
  private readonly lines = new Map<string, number>();
  private readonly components: SbomComponent[] = [];
  private readonly refs: [string, string][] = [];
  /** Places of the components, so a duplicate bom-ref is reported where the component findings are. */
  private readonly componentPointers = new WeakMap<Node, string>();

  constructor(
    private readonly path: string,
    private readonly text: string,
    private readonly specVersion: string,
  ) {}

  read(bom: Node): SbomDocument {
    this.place('/bom', bom);
    const metadata = first(bom.metadata);
    let primary: SbomComponent | undefined;
    let timestamp: string | undefined;
    let authors: string[] = [];
    if (isNode(metadata)) {
      this.place('/bom/metadata', metadata);
      timestamp = textOf(metadata.timestamp);
      authors = documentAuthors(metadata);
      const main = first(metadata.component);
      if (isNode(main)) {
        primary = this.component(main, '/bom/metadata/component');
        this.walk(main.components, '/bom/metadata/component/components');
      }
    }
    this.walk(bom.components, '/bom/components');
    const dependencies = this.dependencies(bom);
    this.collectRefs(bom, '/bom');
    const lines = this.lines;
    return {
      path: this.path,
      family: 'cyclonedx',
      encoding: 'xml',
      specVersion: this.specVersion,
      authors,
      timestamp,
      primary,
      components: this.components,
      dependencies,
      definedRefs: this.refs,
      issues: [],
      xml: this.text,
      linesOf: (pointers) => {
        const out = new Map<string, number>();
        for (const p of pointers) {
          // JSON-style pointers from the shared checks (/metadata, /dependencies) name the same places under /bom.
          let q = p.startsWith('/bom') ? p : `/bom${p}`;
          for (;;) {
            const l = lines.get(q);
            if (l !== undefined) {
              out.set(p, l);
              break;
            }
            const cut = q.lastIndexOf('/');
            if (cut <= 0) break;
            q = q.slice(0, cut);
          }
        }
        return out;
      },
    };
  }

  private lineOf(node: Node): number | undefined {
    const meta = node[META as unknown as string] as { startIndex?: number } | undefined;
    if (meta?.startIndex === undefined) return undefined;
    if (!this.lineStarts) {
      const starts = [0];
      const t = this.text;
      for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= meta.startIndex) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  private place(pointer: string, node: Node): number | undefined {
    const line = this.lineOf(node);
    if (line !== undefined) this.lines.set(pointer, line);
    return line;
  }

  private walk(container: unknown, pointer: string): void {
    const holder = first(container);
    if (!isNode(holder)) return;
    const items = list(holder.component);
    for (let i = 0; i < items.length; i++) {
      const c = items[i];
      if (!isNode(c)) continue;
      const p = `${pointer}/component[${i + 1}]`;
      this.components.push(this.component(c, p));
      if (c.components !== undefined) this.walk(c.components, `${p}/components`);
    }
  }

  private component(c: Node, pointer: string): SbomComponent {
    const component: SbomComponent = { name: textOf(c.name) ?? '', licenses: [], pointer };
    this.componentPointers.set(c, pointer);
    const line = this.place(pointer, c);
    if (line !== undefined) component.line = line;
    const version = textOf(c.version);
    if (version !== undefined) component.version = version;
    const purl = textOf(c.purl);
    const group = textOf(c.group);
    // As in JSON: without a purl, the group is part of the name drift matching sees.
    if (group !== undefined && component.name && !purl) component.name = `${group}/${component.name}`;
    if (group !== undefined) component.group = group;
    if (purl !== undefined) component.purl = purl;
    const cpe = textOf(c.cpe);
    if (cpe !== undefined) component.cpe = cpe;
    const swid = first(c.swid);
    if (isNode(swid) && attr(swid, 'tagId')) component.swid = attr(swid, 'tagId');
    const ref = attr(c, 'bom-ref');
    if (ref !== undefined) component.ref = ref;
    const licenses = first(c.licenses);
    if (isNode(licenses)) {
      for (const e of list(licenses.expression)) {
        const x = textOf([e]);
        if (x) component.licenses.push(x);
      }
      for (const l of list(licenses.license)) {
        if (!isNode(l)) continue;
        const id = textOf(l.id) ?? textOf(l.name);
        if (id) component.licenses.push(id);
      }
    }
    const supplier =
      entityName(c.supplier) ?? entityName(c.manufacturer) ?? textOf(c.author) ?? firstContact(c.authors, 'author') ?? textOf(c.publisher);
    if (supplier !== undefined) component.supplier = supplier;
    const properties = first(c.properties);
    if (isNode(properties)) {
      const pairs: [string, string][] = [];
      for (const p of list(properties.property)) {
        if (isNode(p)) pairs.push([attr(p, 'name') ?? '', textOf([p]) ?? '']);
        else if (typeof p === 'string') pairs.push(['', decode(p)]);
      }
      const support = supportFromPairs(pairs);
      if (support) component.support = support;
    }
    const external = attr(c, 'isExternal');
    if (external !== undefined) component.isExternal = external.trim() === 'true' || external.trim() === '1';
    const range = textOf(c.versionRange);
    if (range !== undefined) component.versionRange = range;
    return component;
  }

  /** `<dependency ref>` entries; their direct `<dependency ref>` children are what they depend on. Nested children with children of their own (allowed by the 1.2–1.3 XSDs) are entries too. */
  private dependencies(bom: Node): SbomDependency[] {
    const out: SbomDependency[] = [];
    const holder = first(bom.dependencies);
    if (!isNode(holder)) return out;
    this.place('/bom/dependencies', holder);
    const stack: [Node, string][] = [];
    const top = list(holder.dependency);
    for (let i = top.length - 1; i >= 0; i--) if (isNode(top[i])) stack.push([top[i] as Node, `/bom/dependencies/dependency[${i + 1}]`]);
    while (stack.length) {
      const [d, pointer] = stack.pop()!;
      const ref = attr(d, 'ref');
      const line = this.place(pointer, d);
      const children = list(d.dependency);
      const dependsOn: string[] = [];
      for (let i = 0; i < children.length; i++) {
        const child = children[i];
        if (!isNode(child)) continue;
        const childRef = attr(child, 'ref');
        if (childRef !== undefined) dependsOn.push(childRef);
        const childPointer = `${pointer}/dependency[${i + 1}]`;
        if (child.dependency !== undefined) stack.push([child, childPointer]);
        else this.place(childPointer, child);
      }
      if (ref === undefined) continue;
      const dep: SbomDependency = { ref, dependsOn, pointer };
      if (line !== undefined) dep.line = line;
      out.push(dep);
    }
    return out;
  }

  /** Every bom-ref attribute in the document (components, services, vulnerabilities, ...), in document order. */
  private collectRefs(root: Node, rootPointer: string): void {
    const stack: [Node, string][] = [[root, rootPointer]];
    while (stack.length) {
      const [node, walked] = stack.pop()!;
      const pointer = this.componentPointers.get(node) ?? walked;
      const ref = attr(node, 'bom-ref');
      if (ref !== undefined) this.refs.push([ref, pointer]);
      const keys = Object.keys(node);
      const children: [Node, string][] = [];
      for (const key of keys) {
        // `dependency ref` and `provides ref` refer to bom-refs; they define none.
        if (key[0] === '@' || key === '#text' || key === 'dependencies' || key === 'properties' || key === 'hashes') continue;
        const items = node[key];
        if (!Array.isArray(items)) continue;
        for (let i = 0; i < items.length; i++) {
          const child = items[i];
          if (isNode(child)) children.push([child, items.length === 1 ? `${pointer}/${key}` : `${pointer}/${key}[${i + 1}]`]);
        }
      }
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
}

function entityName(v: unknown): string | undefined {
  const e = first(v);
  if (!isNode(e)) return undefined;
  return textOf(e.name) ?? firstContact([e], 'contact') ?? textOf(e.url);
}

function firstContact(v: unknown, element: string): string | undefined {
  const holder = first(v);
  if (!isNode(holder)) return undefined;
  for (const c of list(holder[element])) if (isNode(c)) return textOf(c.name) ?? textOf(c.email);
  return undefined;
}

function documentAuthors(metadata: Node): string[] {
  const out: string[] = [];
  const authors = first(metadata.authors);
  if (isNode(authors)) {
    for (const a of list(authors.author))
      if (isNode(a) && (textOf(a.name) || textOf(a.email))) out.push((textOf(a.name) ?? textOf(a.email))!);
  }
  const tools = first(metadata.tools);
  if (isNode(tools)) {
    // 1.2–1.4: <tool>; 1.5+: <components><component> and <services><service> (the old form is still allowed).
    const all = [
      ...list(tools.tool),
      ...list((first(tools.components) as Node | undefined)?.component),
      ...list((first(tools.services) as Node | undefined)?.service),
    ];
    for (const t of all) {
      if (!isNode(t)) continue;
      const name = textOf(t.name);
      if (!name) continue;
      const by = textOf(t.vendor) ?? textOf(t.group);
      out.push(`${by ? `${by} ` : ''}${name} (tool)`);
    }
  }
  for (const e of [metadata.manufacturer, metadata.manufacture, metadata.supplier]) {
    const name = entityName(e);
    if (name) out.push(name);
  }
  return out;
}
