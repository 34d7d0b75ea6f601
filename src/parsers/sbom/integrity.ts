import { jsonIndex, walkDefinitions } from './json-index.js';
import type { SbomDocument, SbomIssue } from './types.js';

// What the schemas cannot say: identifiers unique, references resolving, and the CycloneDX 1.7 rules stated
// only in prose. Each list is capped so a broken generator does not flood the report.

export const MAX_ISSUES_PER_CHECK = 20;

export function checkIntegrity(doc: SbomDocument): SbomIssue[] {
  return doc.family === 'cyclonedx' ? cycloneDxIntegrity(doc) : spdxIntegrity(doc);
}

function capped(issues: SbomIssue[], total: number, what: string): SbomIssue[] {
  if (total > issues.length) issues.push({ severity: 'error', message: `and ${total - issues.length} more ${what} not listed`, pointer: '' });
  return issues;
}

function cycloneDxIntegrity(doc: SbomDocument): SbomIssue[] {
  const out: SbomIssue[] = [];
  // Every bom-ref in the document (components, services, vulnerabilities, ...), wherever it is.
  const refs = new Map<string, string>();
  const duplicates: SbomIssue[] = [];
  let dupCount = 0;
  const record = (ref: string, pointer: string) => {
    const first = refs.get(ref);
    if (first === undefined) refs.set(ref, pointer);
    // The specification's own formulation examples repeat refs between a workflow and its tasks; the
    // inventory (components, services, ...) is where a duplicate misleads, so formulation is not held to it.
    else if (inFormulation(pointer) || inFormulation(first)) return;
    else if (++dupCount <= MAX_ISSUES_PER_CHECK) {
      duplicates.push({
        severity: 'error',
        message: `${pointer}: bom-ref "${ref}" is already used at ${first}; bom-refs must be unique in the document — fix the generator's output or regenerate the SBOM`,
        pointer,
      });
    }
  };
  // Where references are looked up: the refs map, or (no duplicates, the common case) the counts of the first pass.
  let known: { has(ref: string): boolean } = refs;
  if (doc.json !== undefined) {
    // The counts come from the document's one shared walk; the pointers are built only when a duplicate needs placing.
    const index = jsonIndex(doc.json);
    if (index.duplicateRefs) walkDefinitions(doc.json, { ref: record }, true);
    else known = index.refCounts;
  }
  else if (doc.definedRefs !== undefined) for (const [ref, pointer] of doc.definedRefs) record(ref, pointer);
  else for (const c of [...(doc.primary ? [doc.primary] : []), ...doc.components]) if (c.ref !== undefined) record(c.ref, c.pointer);
  out.push(...capped(duplicates, dupCount, 'duplicate bom-refs'));

  const dangling: SbomIssue[] = [];
  let danglingCount = 0;
  const xml = doc.encoding === 'xml';
  const unresolved = (ref: string, where: string) => {
    if (++danglingCount <= MAX_ISSUES_PER_CHECK) {
      dangling.push({ severity: 'error', message: `${where}: dependency reference "${ref}" matches no bom-ref in the document — add the component or remove the reference`, pointer: where });
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
        out.push({ severity: 'error', message: `${c.pointer}: component "${c.name}" has a versionRange but is not external (isExternal is not true); a version range is only allowed on external components`, pointer: c.pointer });
      } else if (c.version !== undefined) {
        out.push({ severity: 'error', message: `${c.pointer}: component "${c.name}" has both version and versionRange; give one`, pointer: c.pointer });
      }
    }
  }
  return out;
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
      dups.push({ severity: 'error', message: `${c.pointer}: SPDXID "${c.ref}" is already used at ${first}; SPDXIDs must be unique in the document`, pointer: c.pointer, line: c.line });
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
        dangling.push({ severity: 'error', message: `${d.pointer}: relationship element "${ref}" matches no SPDXID in the document — add the element or fix the relationship`, pointer: d.pointer, line: d.line });
      }
    }
  }
  out.push(...capped(dangling, danglingCount, 'unresolved relationship elements'));
  return out;
}
