import { jsonPointerLines } from './json-lines.js';
import { supportFromPairs } from './support.js';
import type { SbomComponent, SbomDependency, SbomDocument } from './types.js';
import { scalarText } from '../../util/text.js';

// An SPDX 2.2/2.3 JSON document: packages as components, relationships as dependencies.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** SPDX's "no information" values, which do not count as an element being present. */
export const SPDX_NO_VALUE = new Set(['NOASSERTION', 'NONE']);

export function readSpdxJsonDocument(path: string, text: string, json: Obj, specVersion: string): SbomDocument {
  const creation = isObj(json.creationInfo) ? json.creationInfo : {};
  const packages: SbomComponent[] = [];
  arr(json.packages).forEach((p, i) => {
    if (isObj(p)) packages.push(spdxPackage(p, `/packages/${i}`));
  });
  const dependencies: SbomDependency[] = [];
  arr(json.relationships).forEach((r, i) => {
    if (!isObj(r) || !str(r.spdxElementId) || !str(r.relatedSpdxElement)) return;
    dependencies.push({
      ref: r.spdxElementId as string,
      dependsOn: [r.relatedSpdxElement as string],
      type: str(r.relationshipType),
      pointer: `/relationships/${i}`,
    });
  });
  const describes = [
    ...arr(json.documentDescribes).filter((x): x is string => typeof x === 'string'),
    ...dependencies.filter((d) => d.type === 'DESCRIBES' && d.ref === json.SPDXID).map((d) => d.dependsOn[0]!),
  ];
  return spdxDocument({
    path,
    encoding: 'json',
    specVersion,
    authors: arr(creation.creators).filter((c): c is string => typeof c === 'string'),
    timestamp: str(creation.created),
    packages,
    dependencies,
    describes,
    otherIds: [...arr(json.files), ...arr(json.snippets)]
      .filter(isObj)
      .map((f) => str(f.SPDXID))
      .filter((x): x is string => !!x),
    json,
    linesOf: (pointers) => jsonPointerLines(text, pointers),
  });
}

/** The document once its packages and relationships are known (shared by JSON and tag-value). */
export function spdxDocument(p: {
  path: string;
  encoding: 'json' | 'tag-value';
  specVersion: string;
  authors: string[];
  timestamp?: string;
  packages: SbomComponent[];
  dependencies: SbomDependency[];
  describes: string[];
  otherIds: string[];
  json?: unknown;
  linesOf: SbomDocument['linesOf'];
}): SbomDocument {
  // The primary component is the package the document describes; it is the product, not one of its parts.
  const byRef = new Map(p.packages.map((c) => [c.ref, c]));
  const primary = p.describes.map((r) => byRef.get(r)).find((c) => c !== undefined);
  return {
    path: p.path,
    family: 'spdx',
    encoding: p.encoding,
    specVersion: p.specVersion,
    authors: p.authors,
    timestamp: p.timestamp,
    primary,
    components: p.packages.filter((c) => c !== primary),
    dependencies: p.dependencies,
    spdxOtherIds: p.otherIds,
    issues: [],
    json: p.json,
    linesOf: p.linesOf,
  };
}

function spdxPackage(p: Obj, pointer: string): SbomComponent {
  const c: SbomComponent = { name: str(p.name) ?? '', licenses: [], pointer };
  // NOASSERTION and NONE (what FOSSA and others write for an unknown version) are no version.
  const version = str(p.versionInfo);
  if (version && !SPDX_NO_VALUE.has(version)) c.version = version;
  if (str(p.SPDXID)) c.ref = p.SPDXID as string;
  for (const ref of arr(p.externalRefs)) {
    if (!isObj(ref)) continue;
    applyExternalRef(c, scalarText(ref.referenceType), scalarText(ref.referenceLocator));
  }
  for (const field of [p.licenseConcluded, p.licenseDeclared]) {
    const l = str(field);
    if (l && !SPDX_NO_VALUE.has(l) && !c.licenses.includes(l)) c.licenses.push(l);
  }
  const supplier = spdxParty(str(p.supplier)) ?? spdxParty(str(p.originator));
  if (supplier) c.supplier = supplier;
  const pairs: [string, string][] = [];
  for (const a of arr(p.annotations))
    if (isObj(a) && typeof a.comment === 'string') for (const pair of annotationPairs(a.comment)) pairs.push(pair);
  if (str(p.validUntilDate)) pairs.push(['endOfSupport', p.validUntilDate as string]);
  const support = supportFromPairs(pairs);
  if (support) c.support = support;
  return c;
}

export function applyExternalRef(c: SbomComponent, type: string, locator: string): void {
  if (!locator) return;
  if (type === 'purl' && c.purl === undefined) c.purl = locator;
  else if ((type === 'cpe23Type' || type === 'cpe22Type') && c.cpe === undefined) c.cpe = locator;
  else if (type === 'swid' && c.swid === undefined) c.swid = locator;
}

/** "Organization: ACME (email)" → "ACME"; NOASSERTION → undefined. */
export function spdxParty(v: string | undefined): string | undefined {
  if (!v || SPDX_NO_VALUE.has(v)) return undefined;
  return v.replace(/^(Person|Organization|Tool):\s*/, '').trim() || undefined;
}

/** "support-level: maintained" or "end-of-support=2027-01-01" lines of an annotation comment. */
export function annotationPairs(comment: string): [string, string][] {
  const out: [string, string][] = [];
  // "key: value" or "key=value" at the first ":" or "=". Cut and trimmed by hand: the regex this replaces
  // (lazy groups between \s*) backtracked cubically on a line of spaces (2,000 spaces took 12 s).
  for (const line of comment.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    const equals = line.indexOf('=');
    const at = colon < 0 ? equals : equals < 0 ? colon : Math.min(colon, equals);
    if (at < 0) continue;
    const key = line.slice(0, at).trim();
    const value = line.slice(at + 1).trim();
    if (key && value) out.push([key, value]);
  }
  return out;
}
