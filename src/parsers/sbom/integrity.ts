import { jsonIndex, walkDefinitions } from './json-index.js';
import type { SbomDocument, SbomIssue } from './types.js';

// What the schemas cannot say: identifiers unique, references resolving, and the CycloneDX 1.7 rules stated
// only in prose. Each list is capped so a broken generator does not flood the report.

export const MAX_ISSUES_PER_CHECK = 20;

export function checkIntegrity(doc: SbomDocument): SbomIssue[] {
  return doc.family === 'cyclonedx' ? cycloneDxIntegrity(doc) : spdxIntegrity(doc);
}

function capped(issues: SbomIssue[], total: number, what: string): SbomIssue[] {
  if (total > issues.length)
    issues.push({ severity: 'error', message: `and ${total - issues.length} more ${what} not listed`, pointer: '' });
  return issues;
}

function cycloneDxIntegrity(doc: SbomDocument): SbomIssue[] {
  const out: SbomIssue[] = [];
  // Every bom-ref in the document (components, services, vulnerabilities, ...), wherever it is.
  const refs = new Map<string, string>();
  const dups: { ref: string; pointer: string; first: string }[] = [];
  const record = (ref: string, pointer: string) => {
    const first = refs.get(ref);
    if (first === undefined) refs.set(ref, pointer);
    // The specification's own formulation examples repeat refs between a workflow and its tasks; the
    // inventory (components, services, ...) is where a duplicate misleads, so formulation is not held to it.
    else if (inFormulation(pointer) || inFormulation(first)) return;
    else dups.push({ ref, pointer, first });
  };
  // Where references are looked up: the refs map, or (no duplicates, the common case) the bom-refs of the first pass.
  let known: { has(ref: string): boolean } = refs;
  if (doc.json !== undefined) {
    // The bom-refs come from the document's one shared walk; the pointers are built only when a duplicate needs placing.
    const index = jsonIndex(doc.json);
    if (index.repeatedRefs.size > 0) walkDefinitions(doc.json, { ref: record }, true);
    else known = index.refs;
  } else if (doc.definedRefs !== undefined) for (const [ref, pointer] of doc.definedRefs) record(ref, pointer);
  else for (const c of [...(doc.primary ? [doc.primary] : []), ...doc.components]) if (c.ref !== undefined) record(c.ref, c.pointer);
  out.push(...duplicateIssues(doc, dups));

  const dangling: SbomIssue[] = [];
  let danglingCount = 0;
  const xml = doc.encoding === 'xml';
  const unresolved = (ref: string, where: string) => {
    if (++danglingCount <= MAX_ISSUES_PER_CHECK) {
      dangling.push({
        severity: 'error',
        message: `${where}: dependency reference "${ref}" matches no bom-ref in the document — add the component or remove the reference`,
        pointer: where,
      });
    }
  };
  // Places are built only for references that do not resolve.
  for (const d of doc.dependencies) {
    if (!known.has(d.ref)) unresolved(d.ref, xml ? `${d.pointer}/@ref` : `${d.pointer}/ref`);
    const on = d.dependsOn;
    for (let i = 0; i < on.length; i++) {
      if (!known.has(on[i]!)) unresolved(on[i]!, xml ? `${d.pointer}/dependency[${i + 1}]/@ref` : `${d.pointer}/dependsOn/${i}`);
    }
  }
  out.push(...capped(dangling, danglingCount, 'unresolved dependency references'));

  // CycloneDX 1.7: versionRange only on an external component (isExternal: true), and never with version.
  // The JSON schema encodes this; the XSD cannot, so it is checked here for XML.
  if (doc.encoding === 'xml') {
    for (const c of doc.components) {
      if (c.versionRange === undefined) continue;
      if (c.isExternal !== true) {
        out.push({
          severity: 'error',
          message: `${c.pointer}: component "${c.name}" has a versionRange but is not external (isExternal is not true); a version range is only allowed on external components`,
          pointer: c.pointer,
        });
      } else if (c.version !== undefined) {
        out.push({
          severity: 'error',
          message: `${c.pointer}: component "${c.name}" has both version and versionRange; give one`,
          pointer: c.pointer,
        });
      }
    }
  }
  return out;
}

/**
 * A bom-ref defined twice breaks a MUST of the specification that the schema cannot express. It misleads only when
 * something refers to it and the definitions are different things: then a reference resolves to two things (an
 * error). A duplicate nothing refers to (dependencies, compositions, vulnerabilities), or one whose definitions are
 * the same package (the same purl, else the same type, group, name and version) is a warning: cdxgen, for one,
 * lists its own tool both in metadata.tools and as an annotator, and the root package both as metadata.component
 * and among the components. In XML a duplicate stays an error.
 */
function duplicateIssues(doc: SbomDocument, dups: readonly { ref: string; pointer: string; first: string }[]): SbomIssue[] {
  if (dups.length === 0) return [];
  const referenced = referencedRefs(doc);
  const issues: SbomIssue[] = [];
  let errors = 0;
  let warnings = 0;
  for (const d of dups) {
    // XML: not every kind of reference is looked at, so a duplicate there stays an error.
    const ambiguous = doc.json === undefined || (referenced.has(d.ref) && !sameThing(doc.json, d.first, d.pointer));
    if (ambiguous ? ++errors > MAX_ISSUES_PER_CHECK : ++warnings > MAX_ISSUES_PER_CHECK) continue;
    issues.push(
      ambiguous
        ? {
            severity: 'error',
            message: `${d.pointer}: bom-ref "${d.ref}" is already used at ${d.first} for something else, and the document refers to it, so the reference is ambiguous; bom-refs must be unique in the document — fix the generator's output or regenerate the SBOM`,
            pointer: d.pointer,
          }
        : {
            severity: 'warning',
            message: `${d.pointer}: bom-ref "${d.ref}" is already used at ${d.first}; bom-refs must be unique in the document (${referenced.has(d.ref) ? 'both name the same package, so references to it are not ambiguous' : 'nothing refers to it, so it is not ambiguous'}) — report it to the generator's maintainers`,
            pointer: d.pointer,
          },
    );
  }
  if (errors > MAX_ISSUES_PER_CHECK)
    issues.push({
      severity: 'error',
      message: `and ${errors - MAX_ISSUES_PER_CHECK} more ambiguous duplicate bom-refs not listed`,
      pointer: '',
    });
  if (warnings > MAX_ISSUES_PER_CHECK)
    issues.push({ severity: 'warning', message: `and ${warnings - MAX_ISSUES_PER_CHECK} more duplicate bom-refs not listed`, pointer: '' });
  return issues;
}

type Json = Record<string, unknown>;
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every bom-ref something in the document refers to: dependencies, compositions, vulnerabilities' affects. */
function referencedRefs(doc: SbomDocument): Set<string> {
  const out = new Set<string>();
  for (const d of doc.dependencies) {
    out.add(d.ref);
    for (const r of d.dependsOn) out.add(r);
  }
  const root = isJson(doc.json) ? doc.json : undefined;
  const refOf = (v: unknown) => (typeof v === 'string' ? v : isJson(v) && typeof v.ref === 'string' ? v.ref : undefined);
  const addAll = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const v of list) {
      const r = refOf(v);
      if (r !== undefined) out.add(r);
    }
  };
  for (const c of Array.isArray(root?.compositions) ? root.compositions : []) {
    if (!isJson(c)) continue;
    addAll(c.assemblies);
    addAll(c.dependencies);
    addAll(c.vulnerabilities);
  }
  for (const v of Array.isArray(root?.vulnerabilities) ? root.vulnerabilities : []) if (isJson(v)) addAll(v.affects);
  return out;
}

/** True when the objects holding two bom-ref definitions (JSON pointers to "…/bom-ref") name the same package. */
function sameThing(json: unknown, a: string, b: string): boolean {
  const x = at(json, a);
  const y = at(json, b);
  if (!x || !y) return false;
  if (typeof x.purl === 'string' || typeof y.purl === 'string') return x.purl === y.purl;
  return x.type === y.type && x.group === y.group && x.name === y.name && x.version === y.version && typeof x.name === 'string';
}

/** The object holding the bom-ref a JSON pointer ends at. */
function at(json: unknown, pointer: string): Json | undefined {
  let v: unknown = json;
  const parts = pointer
    .split('/')
    .slice(1, -1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const p of parts) {
    if (Array.isArray(v)) v = v[Number(p)];
    else if (isJson(v)) v = v[p];
    else return undefined;
  }
  return isJson(v) ? v : undefined;
}

function inFormulation(pointer: string): boolean {
  return pointer.startsWith('/formulation/') || pointer.startsWith('/bom/formulation/') || pointer.startsWith('/bom/formulation[');
}

function spdxIntegrity(doc: SbomDocument): SbomIssue[] {
  const out: SbomIssue[] = [];
  const ids = new Map<string, string>();
  let dupCount = 0;
  const dups: SbomIssue[] = [];
  for (const c of [...(doc.primary ? [doc.primary] : []), ...doc.components]) {
    if (c.ref === undefined) continue;
    const first = ids.get(c.ref);
    if (first === undefined) ids.set(c.ref, c.pointer);
    else if (++dupCount <= MAX_ISSUES_PER_CHECK) {
      dups.push({
        severity: 'error',
        message: `${c.pointer}: SPDXID "${c.ref}" is already used at ${first}; SPDXIDs must be unique in the document`,
        pointer: c.pointer,
        line: c.line,
      });
    }
  }
  out.push(...capped(dups, dupCount, 'duplicate SPDXIDs'));
  const known = new Set([...ids.keys(), 'SPDXRef-DOCUMENT', ...(doc.spdxOtherIds ?? [])]);
  let danglingCount = 0;
  const dangling: SbomIssue[] = [];
  for (const d of doc.dependencies) {
    for (const ref of [d.ref, ...d.dependsOn]) {
      // NONE and NOASSERTION are allowed targets; DocumentRef-x:SPDXRef-y points into another document.
      if (known.has(ref) || ref === 'NONE' || ref === 'NOASSERTION' || ref.startsWith('DocumentRef-')) continue;
      if (++danglingCount <= MAX_ISSUES_PER_CHECK) {
        dangling.push({
          severity: 'error',
          message: `${d.pointer}: relationship element "${ref}" matches no SPDXID in the document — add the element or fix the relationship`,
          pointer: d.pointer,
          line: d.line,
        });
      }
    }
  }
  out.push(...capped(dangling, danglingCount, 'unresolved relationship elements'));
  return out;
}
