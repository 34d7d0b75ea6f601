import { jsonPointerLines, pointerSegment } from './json-lines.js';
import { supportFromPairs } from './support.js';
import type { SbomComponent, SbomDependency, SbomDocument, SbomIssue } from './types.js';
import { scalarText } from '../../util/text.js';

// A CycloneDX JSON document (1.2–1.7) as components, dependencies and document metadata. Schema validation is
// separate (schema.ts); this reads what the other checks need and tolerates what the schema will report.

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function allStrings(list: readonly unknown[]): boolean {
  for (let i = 0; i < list.length; i++) if (typeof list[i] !== 'string') return false;
  return true;
}

export function readCycloneDxJson(path: string, text: string, json: Obj, specVersion: string): SbomDocument {
  const issues: SbomIssue[] = [];
  const components: SbomComponent[] = [];
  const metadata = isObj(json.metadata) ? json.metadata : undefined;

  let primary: SbomComponent | undefined;
  if (metadata && isObj(metadata.component)) {
    primary = componentOf(metadata.component, '/metadata/component');
    walk(metadata.component.components, '/metadata/component/components', components);
  }
  walk(json.components, '/components', components);

  const dependencies: SbomDependency[] = [];
  const deps = arr(json.dependencies);
  for (let i = 0; i < deps.length; i++) {
    const d = deps[i];
    if (!isObj(d)) continue;
    const ref = str(d.ref);
    if (ref === undefined) continue;
    // The document's own list when it holds only strings (the rule): no copy per dependency.
    const dependsOn =
      Array.isArray(d.dependsOn) && allStrings(d.dependsOn)
        ? (d.dependsOn as string[])
        : arr(d.dependsOn).filter((x): x is string => typeof x === 'string');
    dependencies.push({ ref, dependsOn, pointer: `/dependencies/${i}` });
  }

  return {
    path,
    family: 'cyclonedx',
    encoding: 'json',
    specVersion,
    authors: metadata ? documentAuthors(metadata) : [],
    timestamp: metadata ? str(metadata.timestamp) : undefined,
    primary,
    components,
    dependencies,
    issues,
    json,
    linesOf: (pointers) => jsonPointerLines(text, pointers),
  };
}

function walk(list: unknown, pointer: string, out: SbomComponent[]): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (!isObj(c)) continue;
    const p = `${pointer}/${i}`;
    out.push(componentOf(c, p));
    if (c.components !== undefined) walk(c.components, `${p}/components`, out);
  }
}

function componentOf(c: Obj, pointer: string): SbomComponent {
  const component: SbomComponent = { name: typeof c.name === 'string' ? c.name : '', licenses: [], pointer };
  const version = str(c.version);
  if (version !== undefined) component.version = version;
  const group = str(c.group);
  // Maven and npm scopes put part of the name in `group`; drift matching uses the purl, so keep the name as written.
  if (group !== undefined && component.name && !c.purl) component.name = `${group}/${component.name}`;
  if (group !== undefined) component.group = group;
  const purl = str(c.purl);
  if (purl !== undefined) component.purl = purl;
  const cpe = str(c.cpe);
  if (cpe !== undefined) component.cpe = cpe;
  if (isObj(c.swid) && str(c.swid.tagId)) component.swid = c.swid.tagId as string;
  const ref = str(c['bom-ref']);
  if (ref !== undefined) component.ref = ref;
  for (const l of arr(c.licenses)) {
    if (!isObj(l)) continue;
    if (str(l.expression)) component.licenses.push(l.expression as string);
    else if (isObj(l.license)) {
      const id = str(l.license.id) ?? str(l.license.name);
      if (id) component.licenses.push(id);
    }
  }
  const supplier = entityName(c.supplier) ?? entityName(c.manufacturer) ?? str(c.author) ?? firstContact(c.authors) ?? str(c.publisher);
  if (supplier !== undefined) component.supplier = supplier;
  if (Array.isArray(c.properties) && c.properties.length) {
    const props = c.properties.filter(isObj).map((p): [string, string] => [scalarText(p.name), scalarText(p.value)]);
    const support = props.length ? supportFromPairs(props) : undefined;
    if (support) component.support = support;
  }
  if (typeof c.isExternal === 'boolean') component.isExternal = c.isExternal;
  const range = str(c.versionRange);
  if (range !== undefined) component.versionRange = range;
  return component;
}

function entityName(v: unknown): string | undefined {
  if (!isObj(v)) return undefined;
  return str(v.name) ?? firstContact(v.contact) ?? arr(v.url).find((u): u is string => typeof u === 'string');
}

function firstContact(v: unknown): string | undefined {
  for (const c of arr(v)) if (isObj(c)) return str(c.name) ?? str(c.email);
  return undefined;
}

function documentAuthors(metadata: Obj): string[] {
  const out: string[] = [];
  for (const a of arr(metadata.authors)) if (isObj(a) && (str(a.name) || str(a.email))) out.push((str(a.name) ?? str(a.email))!);
  const tools = metadata.tools;
  // 1.2–1.4: an array of {vendor, name}; 1.5+: {components, services}.
  for (const t of isObj(tools) ? [...arr(tools.components), ...arr(tools.services)] : arr(tools)) {
    if (isObj(t) && str(t.name))
      out.push(`${str(t.vendor) ?? str(t.group) ?? ''}${str(t.vendor) || str(t.group) ? ' ' : ''}${t.name as string} (tool)`);
  }
  for (const e of [metadata.manufacturer, metadata.manufacture, metadata.supplier]) {
    const name = entityName(e);
    if (name) out.push(name);
  }
  return out;
}

export { pointerSegment };
