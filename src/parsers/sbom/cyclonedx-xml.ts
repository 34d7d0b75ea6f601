import { XMLValidator } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { supportFromPairs } from './support.js';
import type { SbomComponent, SbomDependency, SbomDetection, SbomDocument, SbomIssue, SbomReadResult } from './types.js';
import { hasXsd, startXsdValidation, validateXsd } from './xsd.js';
import { doctypeHazard, findDoctype } from '../xml-doctype.js';

// A CycloneDX XML document (1.2–1.7) as components, dependencies and document metadata, with the line of each
// component. Places are XML element paths with 1-based positions: /bom/components/component[4].
//
// Read in one streaming pass (saxes, a SAX parser with positions): no document tree is built. Each component's own
// fields (name, version, purl, licences, supplier, properties, ...) are gathered into a small record while it is
// open and turned into an SbomComponent when it closes; the metadata likewise; dependencies and bom-refs are kept
// as the document model needs them and nothing else. Namespace prefixes are ignored (as are xmlns attributes);
// text is trimmed, CDATA kept as written.
//
// Hostile input: a DOCTYPE (the only way to declare entities, external or internal), wherever it stands, is refused
// before any parser sees the document, so nothing is ever expanded or fetched (no XXE, no entity bomb); only the
// five predefined entities and character references are decoded. Elements nested deeper than MAX_DEPTH are
// refused. Every step is linear in the size of the document.

export const MAX_DEPTH = 256;

/** A small element record, in the shape the field readers below take: `@attr` keys, child names to lists, `#text`. */
type Node = Record<string, unknown>;

/** Children of a component the component reader looks at; everything else (hashes, evidence, pedigree, ...) is not kept. */
const COMPONENT_FIELDS = new Set([
  'name',
  'version',
  'purl',
  'group',
  'cpe',
  'swid',
  'licenses',
  'supplier',
  'manufacturer',
  'author',
  'authors',
  'publisher',
  'properties',
  'versionRange',
]);
/** Children of the metadata the document readers look at (the metadata component is read as a component). */
const METADATA_FIELDS = new Set(['timestamp', 'authors', 'tools', 'manufacturer', 'manufacture', 'supplier']);
/** Elements whose content is not searched for bom-refs: `dependency ref` and `provides ref` refer to bom-refs, they define none; hashes and external references have none. */
const REF_BARRIERS = new Set(['dependencies', 'properties', 'hashes', 'externalReferences']);
/** Elements whose content nothing reads and that define no bom-ref: skipped whole. */
const OPAQUE = new Set(['hashes', 'externalReferences']);

const enum Kind {
  Other,
  Bom,
  Metadata,
  Component,
  Components,
  Dependencies,
  Dependency,
}

const enum Capture {
  None,
  /** A component or the metadata: keeps the children named in its field list. */
  Root,
  /** Inside a kept child: keeps everything. */
  All,
}

/** The place of an element, resolved to a pointer at the end (an index is written only when a name repeats among siblings). */
interface Place {
  parent: Place | undefined;
  name: string;
  index: number;
  siblings: { n: number };
  pointer?: string;
}

/** A bom-ref and where it is defined. */
interface RefEntry {
  ref: string;
  place: Place;
}
/** Bom-refs of a subtree in the order the tree reader gave them: the element's own, then its children's grouped by child name in order of first appearance. */
type RefItem = RefEntry | RefItem[];

interface DepNode {
  ref: string | undefined;
  isNode: boolean;
  line: number;
  children: DepNode[];
}

interface Frame {
  name: string;
  parent: Frame | undefined;
  kind: Kind;
  line: number;
  /** Position among the siblings of the same name, and their count (final once the parent closes). */
  index: number;
  siblings: { n: number };
  /** Made only for elements that hold a bom-ref or have a descendant that does. */
  place: Place | undefined;
  attrs: Node | undefined;
  hasChild: boolean;
  /** Counts of children by name, for positions and for "the first <x>". */
  counts: Map<string, { n: number }> | undefined;
  capture: Capture;
  /** Kept children and attributes, when captured. */
  node: Node | undefined;
  text: string;
  pending: string;
  refSkip: boolean;
  /** Bom-refs of the children that closed, by child name (made when the first one is found). */
  refs: Map<string, RefItem[]> | undefined;
  /** Components: where they go, their slot there and their pointer; component holders: the list and their pointer. */
  list: (SbomComponent | null)[] | undefined;
  slot: number;
  pointer: string;
  primary: boolean;
  dep: DepNode | undefined;
}

class Refused extends Error {}

export function readXmlSbom(path: string, text: string, detection: SbomDetection): SbomReadResult {
  const refused = refuseDoctype(text);
  if (refused) return { detection, issues: [refused] };
  const reader = new StreamReader(path, text, detection.specVersion!);
  try {
    return { detection, document: reader.read(), issues: [] };
  } catch (e) {
    if (e instanceof Refused) return { detection, issues: [{ severity: 'error', message: e.message, line: 1 }] };
    // Not well-formed: the same words as before for what fast-xml-parser's validator names (only on this path, so a
    // good document is read once).
    const wellFormed = XMLValidator.validate(text, { allowBooleanAttributes: false });
    if (wellFormed !== true) return { detection, issues: [notWellFormed(text, wellFormed.err)] };
    const m = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec((e as Error).message);
    return {
      detection,
      issues: [
        {
          severity: 'error',
          message: `is not well-formed XML (${(m ? m[3]! : (e as Error).message).replace(/\.$/, '')}${m ? `, column ${m[2]}` : ''}) — a truncated or hand-edited file? Regenerate it`,
          line: m ? Number(m[1]) : 1,
        },
      ],
    };
  }
}

/**
 * Starts the XSD validation of a CycloneDX XML text before it is read, so the worker validates while this thread
 * parses; undefined when there is nothing to validate yet (no XSD for the version, or a DOCTYPE, which is refused
 * before any parser sees the document). `bytes`, the bytes the text was decoded from, spare an encoded copy.
 */
export async function startXmlValidation(
  text: string,
  detection: SbomDetection,
  bytes?: Uint8Array,
): Promise<{ result: Promise<SbomIssue[]> } | undefined> {
  if (detection.family !== 'cyclonedx' || detection.specVersion === undefined || !hasXsd(detection.specVersion)) return undefined;
  if (findDoctype(text)) return undefined;
  return startXsdValidation(detection.specVersion, text, { bytes });
}

export async function validateXmlSbom(doc: SbomDocument): Promise<SbomIssue[]> {
  if (doc.xml === undefined || !hasXsd(doc.specVersion)) return [];
  return validateXsd(doc.specVersion, doc.xml);
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

const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
};

class StreamReader {
  private readonly lines = new Map<string, number>();
  private readonly metadataComponents: (SbomComponent | null)[] = [];
  private readonly bomComponents: (SbomComponent | null)[] = [];
  private primary: SbomComponent | undefined;
  private timestamp: string | undefined;
  private authors: string[] = [];
  private readonly dependencies: SbomDependency[] = [];
  private refTree: RefItem[] = [];
  private bomIsNode = false;

  constructor(
    private readonly path: string,
    private readonly text: string,
    private readonly specVersion: string,
  ) {}

  read(): SbomDocument {
    const parser = new SaxesParser({ xmlns: false, position: true });
    let top: Frame | undefined;
    let depth = 0;
    let opaque = 0;
    let startLine = 1;
    let sawRoot = false;
    parser.on('opentagstart', () => {
      // The line of the '<': the name cannot span lines, but the character that ended it may be a newline.
      startLine = parser.column === 0 ? parser.line - 1 : parser.line;
    });
    parser.on('opentag', (tag) => {
      // Every element, self-closing ones included, gets a closetag event.
      if (opaque > 0) {
        opaque++;
        return;
      }
      const name = localName(tag.name);
      const parent = top;
      if (parent === undefined) {
        if (sawRoot) return;
        sawRoot = true;
        if (name !== 'bom')
          throw new Refused('is XML but its root element is not a CycloneDX <bom> — point `paths` at the SBOM, or regenerate it');
      } else {
        this.flush(parent);
        parent.hasChild = true;
      }
      if (OPAQUE.has(name) && parent !== undefined) {
        opaque = 1;
        return;
      }
      depth++;
      if (depth > MAX_DEPTH + 1)
        throw new Refused(
          `nests XML elements more than ${MAX_DEPTH} deep, which no CycloneDX generator does; it was not read — regenerate the SBOM`,
        );
      let attrs: Node | undefined;
      const given = tag.attributes as Record<string, string>;
      for (const raw in given) {
        if (raw === 'xmlns' || raw.startsWith('xmlns:')) continue;
        (attrs ??= {})[`@${localName(raw)}`] = given[raw]!.trim();
      }
      const frame = this.open(parent, name, attrs, startLine);
      top = frame;
    });
    parser.on('closetag', () => {
      if (opaque > 0) {
        opaque--;
        return;
      }
      const frame = top!;
      this.close(frame);
      depth--;
      top = frame.parent;
    });
    parser.on('text', (t) => {
      if (opaque === 0 && top !== undefined && top.capture !== Capture.None) top.pending += t;
    });
    parser.on('cdata', (t) => {
      if (opaque === 0 && top !== undefined && top.capture !== Capture.None) {
        this.flush(top);
        top.text += t;
      }
    });
    parser.on('processinginstruction', () => {
      // The tree reader kept a processing instruction as a child, which made its element a node.
      if (opaque === 0 && top !== undefined) {
        this.flush(top);
        top.hasChild = true;
      }
    });
    parser.write(this.text).close();
    if (!this.bomIsNode)
      throw new Refused('is XML but its root element is not a CycloneDX <bom> — point `paths` at the SBOM, or regenerate it');
    return this.document();
  }

  private open(parent: Frame | undefined, name: string, attrs: Node | undefined, line: number): Frame {
    let siblings = { n: 1 };
    let index = 1;
    if (parent) {
      parent.counts ??= new Map();
      let c = parent.counts.get(name);
      if (c === undefined) {
        c = { n: 0 };
        parent.counts.set(name, c);
      }
      index = ++c.n;
      siblings = c;
    }
    const frame: Frame = {
      name,
      parent,
      kind: Kind.Other,
      line,
      index,
      siblings,
      place: undefined,
      attrs,
      hasChild: false,
      counts: undefined,
      capture: Capture.None,
      node: undefined,
      text: '',
      pending: '',
      refSkip: parent === undefined ? false : parent.refSkip || REF_BARRIERS.has(name),
      refs: undefined,
      list: undefined,
      slot: -1,
      pointer: '',
      primary: false,
      dep: undefined,
    };
    if (parent === undefined) {
      frame.kind = Kind.Bom;
    } else if (
      parent.capture === Capture.All ||
      (parent.capture === Capture.Root && (parent.kind === Kind.Component ? COMPONENT_FIELDS : METADATA_FIELDS).has(name))
    ) {
      frame.capture = Capture.All;
    } else if (parent.kind === Kind.Bom && index === 1 && name === 'metadata') {
      frame.kind = Kind.Metadata;
      frame.capture = Capture.Root;
    } else if (parent.kind === Kind.Bom && index === 1 && name === 'components') {
      frame.kind = Kind.Components;
      frame.list = this.bomComponents;
      frame.pointer = '/bom/components';
    } else if (parent.kind === Kind.Metadata && index === 1 && name === 'component') {
      frame.kind = Kind.Component;
      frame.capture = Capture.Root;
      frame.primary = true;
      frame.list = this.metadataComponents;
      frame.pointer = '/bom/metadata/component';
    } else if (parent.kind === Kind.Component && index === 1 && name === 'components') {
      frame.kind = Kind.Components;
      frame.list = parent.list;
      frame.pointer = `${parent.pointer}/components`;
    } else if (parent.kind === Kind.Components && name === 'component') {
      frame.kind = Kind.Component;
      frame.capture = Capture.Root;
      frame.list = parent.list;
      frame.pointer = indexed(parent.pointer, 'component', index);
      // Components are listed in document order, a component before those nested in it.
      frame.slot = frame.list!.push(null) - 1;
    } else if (parent.kind === Kind.Bom && index === 1 && name === 'dependencies') {
      frame.kind = Kind.Dependencies;
    } else if ((parent.kind === Kind.Dependencies || parent.kind === Kind.Dependency) && name === 'dependency') {
      frame.kind = Kind.Dependency;
      frame.dep = { ref: undefined, isNode: false, line, children: [] };
      // A top-level entry is read when it closes (addDependency); nested ones wait for it.
      if (parent.kind === Kind.Dependency) parent.dep!.children.push(frame.dep);
    }
    // The attributes are not read again once the element is open, so its record starts from them.
    if (frame.capture !== Capture.None) frame.node = attrs ?? {};
    return frame;
  }

  /** Text read so far in an element, trimmed as the tree reader trimmed it: each run between child elements and CDATA sections. */
  private flush(frame: Frame): void {
    if (frame.pending === '') return;
    const t = frame.pending.trim();
    if (t !== '') frame.text += t;
    frame.pending = '';
  }

  private close(frame: Frame): void {
    this.flush(frame);
    const isNode = frame.attrs !== undefined || frame.hasChild;
    const parent = frame.parent;
    if (frame.capture !== Capture.None) {
      let value: unknown;
      const node = frame.node!;
      if (isNode) {
        if (frame.text !== '') node['#text'] = frame.text;
        value = node;
      } else value = frame.text;
      if (frame.capture === Capture.All && parent?.node !== undefined) {
        const list = parent.node[frame.name] as unknown[] | undefined;
        if (list) list.push(value);
        else parent.node[frame.name] = [value];
      }
    }
    switch (frame.kind) {
      case Kind.Bom:
        this.bomIsNode = isNode;
        if (isNode) this.lines.set('/bom', frame.line);
        break;
      case Kind.Metadata:
        if (isNode) {
          this.lines.set('/bom/metadata', frame.line);
          this.timestamp = textOf(frame.node!.timestamp);
          this.authors = documentAuthors(frame.node!);
        }
        break;
      case Kind.Component:
        if (isNode) {
          const c = this.component(frame.node!, frame.pointer, frame.line);
          if (frame.primary) this.primary = c;
          else frame.list![frame.slot] = c;
        }
        break;
      case Kind.Dependencies:
        if (isNode) this.lines.set('/bom/dependencies', frame.line);
        break;
      case Kind.Dependency: {
        const d = frame.dep!;
        d.isNode = isNode;
        const ref = frame.attrs?.['@ref'];
        if (typeof ref === 'string' && ref !== '') d.ref = ref;
        if (isNode && parent!.kind === Kind.Dependencies) this.addDependency(d, indexed('/bom/dependencies', 'dependency', frame.index));
        break;
      }
      default:
        break;
    }
    // bom-refs: the element's own, then its children's, grouped by child name.
    if (!frame.refSkip && isNode) {
      const items: RefItem[] = [];
      const own = frame.attrs?.['@bom-ref'];
      if (typeof own === 'string' && own !== '') items.push({ ref: own, place: placeOf(frame) });
      // Children's, by name in the order the names first appeared (the order of the counts).
      if (frame.refs && frame.counts) {
        for (const name of frame.counts.keys()) {
          const group = frame.refs.get(name);
          if (group) for (const item of group) items.push(item);
        }
      }
      if (parent === undefined) this.refTree = items;
      else if (items.length) {
        parent.refs ??= new Map();
        const group = parent.refs.get(frame.name);
        const item = items.length === 1 ? items[0]! : items;
        if (group) group.push(item);
        else parent.refs.set(frame.name, [item]);
      }
    }
    frame.refs = undefined;
    frame.counts = undefined;
    frame.node = undefined;
  }

  private component(c: Node, pointer: string, line: number): SbomComponent {
    const component: SbomComponent = { name: textOf(c.name) ?? '', licenses: [], pointer };
    this.lines.set(pointer, line);
    component.line = line;
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
      const found: string[] = [];
      for (const e of list(licenses.expression)) {
        const x = textOf([e]);
        if (x) found.push(x);
      }
      for (const l of list(licenses.license)) {
        if (!isNode(l)) continue;
        const id = textOf(l.id) ?? textOf(l.name);
        if (id) found.push(id);
      }
      component.licenses = tight(found);
    }
    const supplier =
      entityName(c.supplier) ?? entityName(c.manufacturer) ?? textOf(c.author) ?? firstContact(c.authors, 'author') ?? textOf(c.publisher);
    if (supplier !== undefined) component.supplier = supplier;
    const properties = first(c.properties);
    if (isNode(properties)) {
      const pairs: [string, string][] = [];
      for (const p of list(properties.property)) {
        if (isNode(p)) pairs.push([attr(p, 'name') ?? '', textOf([p]) ?? '']);
        else if (typeof p === 'string') pairs.push(['', p]);
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

  /**
   * A top-level `<dependency ref>` entry, read when it closes (so no tree of the whole list is kept); its direct
   * `<dependency ref>` children are what it depends on. Nested children with children of their own (allowed by the
   * 1.2–1.3 XSDs) are entries too, listed after it.
   */
  private addDependency(entry: DepNode, entryPointer: string): void {
    const out = this.dependencies;
    const stack: [DepNode, string][] = [[entry, entryPointer]];
    while (stack.length) {
      const [d, pointer] = stack.pop()!;
      this.lines.set(pointer, d.line);
      const dependsOn: string[] = [];
      for (let i = 0; i < d.children.length; i++) {
        const child = d.children[i]!;
        if (!child.isNode) continue;
        if (child.ref !== undefined) dependsOn.push(child.ref);
        const childPointer = indexed(pointer, 'dependency', i + 1);
        if (child.children.length) stack.push([child, childPointer]);
        else this.lines.set(childPointer, child.line);
      }
      if (d.ref === undefined) continue;
      out.push({ ref: d.ref, dependsOn: tight(dependsOn), pointer, line: d.line });
    }
  }

  private definedRefs(): [string, string][] {
    const out: [string, string][] = [];
    const stack: RefItem[] = [];
    for (let i = this.refTree.length - 1; i >= 0; i--) stack.push(this.refTree[i]!);
    while (stack.length) {
      const item = stack.pop()!;
      if (Array.isArray(item)) {
        for (let i = item.length - 1; i >= 0; i--) stack.push(item[i]!);
      } else out.push([item.ref, pointerOf(item.place)]);
    }
    return out;
  }

  private document(): SbomDocument {
    const dependencies = this.dependencies;
    const definedRefs = this.definedRefs();
    const components: SbomComponent[] = [];
    for (const c of this.metadataComponents) if (c) components.push(c);
    for (const c of this.bomComponents) if (c) components.push(c);
    const lines = this.lines;
    return {
      path: this.path,
      family: 'cyclonedx',
      encoding: 'xml',
      specVersion: this.specVersion,
      authors: this.authors,
      timestamp: this.timestamp,
      primary: this.primary,
      components,
      dependencies,
      definedRefs,
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
}

/** The place of an open element, made with those of its ancestors that have none yet: a component's is its own pointer. */
function placeOf(frame: Frame): Place {
  if (frame.place) return frame.place;
  const place: Place = {
    parent: frame.parent ? placeOf(frame.parent) : undefined,
    name: frame.name,
    index: frame.index,
    siblings: frame.siblings,
  };
  if (frame.parent === undefined) place.pointer = '/bom';
  else if (frame.kind === Kind.Component) place.pointer = frame.pointer;
  frame.place = place;
  return place;
}

/** The pointer of a place: a component's own, else its parent's and its name, indexed when the name repeats among siblings. */
function pointerOf(place: Place): string {
  const chain: Place[] = [];
  let p: Place | undefined = place;
  while (p !== undefined && p.pointer === undefined) {
    chain.push(p);
    p = p.parent;
  }
  let base = p?.pointer ?? '';
  for (let i = chain.length - 1; i >= 0; i--) {
    const q = chain[i]!;
    q.pointer = q.siblings.n === 1 ? `${base}/${q.name}` : indexed(base, q.name, q.index);
    base = q.pointer;
  }
  return base;
}

/**
 * `${base}/${name}[${index}]` as one flat string. A template literal builds a chain of cons strings (about 120 bytes
 * where the flat string takes 50), and a large SBOM keeps a pointer per component and per dependency.
 */
const indexed = (base: string, name: string, index: number): string => [base, '/', name, '[', index, ']'].join('');

/** A list kept for the document's life, without the spare room pushing left (an array grown by push holds 17 slots). */
const tight = <T>(a: T[]): T[] => (a.length === 0 ? a : a.slice());

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

/** The text of an element (leaf string or node with attributes); undefined when empty. */
function textOf(v: unknown): string | undefined {
  const x = first(v);
  const raw = typeof x === 'string' ? x : isNode(x) && typeof x['#text'] === 'string' ? x['#text'] : undefined;
  if (raw === undefined || raw === '') return undefined;
  return raw;
}

function attr(node: Node, name: string): string | undefined {
  const v = node[`@${name}`];
  return typeof v === 'string' && v !== '' ? v : undefined;
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
