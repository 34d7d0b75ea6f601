import { _, Ajv, str, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';
import { jsonIndex, walkedIndex } from './json-index.js';
import { schemaFile } from './schemas/load.js';
import type { SbomIssue } from './types.js';

// JSON Schema validation of CycloneDX 1.2–1.7 and SPDX 2.2/2.3 JSON with the vendored official schemas.
//
// Linear time: ajv checks `uniqueItems` by comparing every pair of items, which is quadratic in the component
// count (tens of seconds at 10,000 components, minutes at 40,000). Each `uniqueItems: true` is replaced by the
// keyword `uniqueItemsHashed`, which puts a canonical serialization of every item in a hash set: the same answer
// (items equal as JSON values, whatever their key order), in one pass. Large string enums (the SPDX licence
// list) are likewise checked with a Set instead of a scan.

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

export const MAX_SCHEMA_ISSUES = 50;

const CDX_BASE = 'http://cyclonedx.org/schema/';
const CDX_FILES: Record<string, string> = {
  '1.2': 'bom-1.2.SNAPSHOT.schema.json',
  '1.3': 'bom-1.3.SNAPSHOT.schema.json',
  '1.4': 'bom-1.4.SNAPSHOT.schema.json',
  '1.5': 'bom-1.5.SNAPSHOT.schema.json',
  '1.6': 'bom-1.6.SNAPSHOT.schema.json',
  '1.7': 'bom-1.7.SNAPSHOT.schema.json',
};
const CDX_SHARED = ['spdx.SNAPSHOT.schema.json', 'jsf-0.82.SNAPSHOT.schema.json', 'cryptography-defs.SNAPSHOT.schema.json'];
const SPDX_FILES: Record<string, string> = { '2.2': 'spdx-2.2.schema.json', '2.3': 'spdx-2.3.schema.json' };

const compiled = new Map<string, ValidateFunction>();
const MAX_CACHED_VALIDATORS = 16;
const compiledAllErrors = new Map<string, ValidateFunction>();

export function hasJsonSchema(family: 'cyclonedx' | 'spdx', version: string): boolean {
  return family === 'cyclonedx' ? version in CDX_FILES : version in SPDX_FILES;
}

/**
 * Validates a parsed document; returns problems with JSON pointers (at most MAX_SCHEMA_ISSUES, then a count).
 * `fullSchema` decides validity with the whole schema rather than the properties the document has (the same
 * verdict, slower).
 */
export async function validateJsonSchema(family: 'cyclonedx' | 'spdx', version: string, json: unknown, fullSchema = false): Promise<SbomIssue[]> {
  const names = schemaNames(family, version);
  const texts = await Promise.all(names.map(schemaFile));
  const files = Object.fromEntries(names.map((name, i) => [name, texts[i]!]));
  // Validity is decided by a validator that stops at the first error, compiled only for the `properties` of the
  // schema the document has somewhere: a property no object has is never validated, and every key an object has
  // stays defined wherever it was (so `additionalProperties: false` judges the same) — the full schema's verdict at a
  // fraction of the compile time (most of a CycloneDX schema describes what a given SBOM never uses).
  const index = jsonIndex(json);
  const first = validatorFor(files, family, version, fullSchema ? undefined : index.keys, false);
  if (first(json)) return [];
  // Only an invalid document pays for the listing, with the whole schema (compiled once per version). ajv gathers
  // every error by appending each failing sub-validator's errors to a copy of all so far, which is quadratic where
  // thousands of entries fail: a document with longer lists is listed from the first LISTED_ENTRIES entries of each,
  // with the error the deciding pass stopped at (anywhere).
  const all = validatorFor(files, family, version, undefined, true);
  const long = index.longestList > LISTED_ENTRIES;
  all(long ? withListsCut(json, LISTED_ENTRIES) : json);
  const name = `${family === 'cyclonedx' ? 'CycloneDX' : 'SPDX'} ${version}`;
  const issues = issuesFromErrors([...(all.errors ?? []), ...(long ? (first.errors ?? []) : [])], name);
  if (long) issues.push({ severity: 'error', message: `(schema errors listed from the first ${LISTED_ENTRIES} entries of each list; this SBOM has longer lists — fix these and run again for any further ones)`, pointer: '' });
  // Invalid by the deciding pass: never an empty list, whatever the listing says.
  if (issues.length) return issues;
  return [{ severity: 'error', message: `does not match the ${name} schema, though no single place could be named — regenerate the SBOM, or check it with the specification's own validator to see where`, pointer: '' }];
}

/** Entries of each list the listing of schema errors looks at (the verdict always covers every entry). */
export const LISTED_ENTRIES = 2000;

/** The vendored schema files a document of this version is validated with: its own first, then what it refers to. */
function schemaNames(family: 'cyclonedx' | 'spdx', version: string): string[] {
  return family === 'cyclonedx' ? [CDX_FILES[version]!, ...CDX_SHARED] : [SPDX_FILES[version]!];
}

/** A copy of the document with every list cut to its first `limit` entries (the same keys, in the same order). */
function withListsCut(json: unknown, limit: number): unknown {
  const copyOf = (v: unknown): unknown => (Array.isArray(v) ? [] : v !== null && typeof v === 'object' ? {} : v);
  const root = copyOf(json);
  // Iterative: deep documents must not overflow the stack.
  const pending: [unknown, unknown][] = [[json, root]];
  while (pending.length) {
    const [from, to] = pending.pop()!;
    const entries: [string | number, unknown][] = Array.isArray(from)
      ? from.slice(0, limit).map((x, i) => [i, x])
      : Object.keys(from as object).map((k) => [k, (from as Record<string, unknown>)[k]]);
    for (const [k, value] of entries) {
      const copy = copyOf(value);
      // Defined as data, never through a setter: a key named __proto__ stays a key.
      Object.defineProperty(to, k, { value: copy, enumerable: true, writable: true, configurable: true });
      if (copy !== value) pending.push([value, copy]);
    }
  }
  return root;
}

/** Keywords whose value is a schema, a list of schemas, or a map of names to schemas (draft-07 and 2019-09). */
const SCHEMA_KEYWORDS = ['additionalItems', 'additionalProperties', 'contains', 'propertyNames', 'not', 'if', 'then', 'else', 'unevaluatedItems', 'unevaluatedProperties', 'items'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'items', 'prefixItems'];
const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas', 'dependencies'];

/**
 * A copy of a schema whose `properties` keep only the names in `present`. Only schema positions are walked, so
 * values (`enum`, `const`, `default`, `examples`) are never touched.
 */
export function pruneProperties(schema: unknown, present: ReadonlySet<string>): unknown {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const out: Record<string, unknown> = { ...(schema as Record<string, unknown>) };
  for (const k of SCHEMA_KEYWORDS) if (k in out && !Array.isArray(out[k])) out[k] = pruneProperties(out[k], present);
  for (const k of SCHEMA_LISTS) if (Array.isArray(out[k])) out[k] = (out[k] as unknown[]).map((x) => pruneProperties(x, present));
  for (const k of SCHEMA_MAPS) {
    const map = out[k];
    if (!map || typeof map !== 'object' || Array.isArray(map)) continue;
    const entries = Object.entries(map as Record<string, unknown>).filter(([name]) => k !== 'properties' || present.has(name));
    // dependencies maps a name to a schema or to a list of names; a list is left as it is.
    out[k] = Object.fromEntries(entries.map(([name, sub]) => [name, Array.isArray(sub) ? sub : pruneProperties(sub, present)]));
  }
  return out;
}

function validatorFor(files: Readonly<Record<string, string>>, family: 'cyclonedx' | 'spdx', version: string, present: readonly string[] | undefined, allErrors: boolean): ValidateFunction {
  const loadSchema = (file: string): Record<string, unknown> => {
    const text = files[file];
    if (text === undefined) throw new Error(`the schema ${file} is not embedded`);
    return JSON.parse(text) as Record<string, unknown>;
  };
  const key = `${family}@${version}:${JSON.stringify(present)}`;
  const cache = allErrors ? compiledAllErrors : compiled;
  // One validator per shape of document: a long-lived process that reads many SBOMs keeps a few.
  if (!cache.has(key) && cache.size >= MAX_CACHED_VALIDATORS) cache.clear();
  let v = cache.get(key);
  if (v) return v;
  // ajv's code optimization passes halve nothing at validation time but take half the compile time of these schemas.
  const options = { allErrors, strict: false, validateSchema: false, messages: true, code: { regExp: fastRegExp, optimize: false } } as const;
  // With the document's keys: only the properties it has, then only the definitions still reached (linearized last,
  // so the rewriting walks what is left).
  const names = schemaNames(family, version);
  let schemas: Record<string, Record<string, unknown>> = Object.fromEntries(names.map((file) => [file, loadSchema(file)]));
  if (present) {
    const keep = new Set(present);
    const pruned = Object.fromEntries(Object.entries(schemas).map(([file, schema]) => [file, pruneProperties(schema, keep) as Record<string, unknown>]));
    schemas = reachableDefinitions(pruned, names[0]!) ?? pruned;
  }
  if (family === 'cyclonedx') {
    const ajv = newAjv(new Ajv(options));
    for (const file of CDX_SHARED) if (schemas[file]) ajv.addSchema(linearize({ ...schemas[file], $id: CDX_BASE + file }));
    v = ajv.compile(linearize(schemas[names[0]!]!));
  } else {
    const schema = linearize(schemas[names[0]!]!);
    v = version === '2.2' ? newAjv(new Ajv(options)).compile(schema) : newAjv(new Ajv2019(options) as unknown as Ajv).compile(schema);
  }
  cache.set(key, v);
  return v;
}

/** A $ref this follows: a file of the set (or none: the same file), and optionally one of its definitions. */
const REF = /^([A-Za-z0-9._-]*)(?:#\/(definitions|\$defs)\/([^/~%]+))?$/;

/**
 * The schemas (by file name) with only the definitions a $ref reaches from the root file's own keywords — after
 * pruneProperties most cannot be reached, and a definition nothing reaches is never applied, so the verdict is the
 * same while ajv resolves and compiles a fraction. A file nothing refers to is left out. Undefined where a $ref has
 * a form this does not follow: then nothing is dropped.
 */
export function reachableDefinitions(files: Readonly<Record<string, Record<string, unknown>>>, root: string): Record<string, Record<string, unknown>> | undefined {
  const kept = new Map<string, Set<string> | 'all'>([[root, new Set()]]);
  const pending: [file: string, schema: unknown][] = [[root, { ...files[root], definitions: undefined, $defs: undefined }]];
  const keep = (file: string, group: string | undefined, name: string | undefined): boolean => {
    const schema = files[file];
    if (!schema) return false;
    const had = kept.get(file);
    if (had === 'all') return true;
    if (name === undefined) {
      kept.set(file, 'all');
      pending.push([file, schema]);
      return true;
    }
    const defs = schema[group!] as Record<string, unknown> | undefined;
    if (!defs || typeof defs !== 'object' || !Object.hasOwn(defs, name)) return false;
    const names = had ?? new Set<string>();
    kept.set(file, names);
    if (!names.has(`${group}/${name}`)) {
      names.add(`${group}/${name}`);
      pending.push([file, defs[name]]);
    }
    return true;
  };
  while (pending.length) {
    const [file, schema] = pending.pop()!;
    // Every object below, values (enum, const, examples) included: following a "$ref" that is data keeps more, never less.
    const stack: unknown[] = [schema];
    while (stack.length) {
      const v = stack.pop();
      if (Array.isArray(v)) stack.push(...v);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.$ref === 'string') {
          const m = REF.exec(o.$ref);
          if (!m || (!m[1] && !m[3]) || !keep(m[1] || file, m[2], m[3])) return undefined;
        }
        for (const k in o) if (o[k] && typeof o[k] === 'object') stack.push(o[k]);
      }
    }
  }
  const out: Record<string, Record<string, unknown>> = {};
  for (const [file, names] of kept) {
    const schema = files[file]!;
    if (names === 'all') out[file] = schema;
    else {
      const copy: Record<string, unknown> = { ...schema };
      for (const group of ['definitions', '$defs']) {
        const defs = schema[group] as Record<string, unknown> | undefined;
        if (defs && typeof defs === 'object') copy[group] = Object.fromEntries(Object.entries(defs).filter(([name]) => names.has(`${group}/${name}`)));
      }
      out[file] = copy;
    }
  }
  return out;
}

// The CycloneDX hash pattern is an alternation of lengths that a backtracking engine tries one by one over up to
// 128 characters, for every hash of every component; the same language, checked as "hex, of one of these lengths".
const HASH_PATTERN = '^([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128})$';
const HASH_LENGTHS = new Set([32, 40, 64, 96, 128]);
const HEX = /^[a-fA-F0-9]*$/;

function fastRegExp(pattern: string, flags: string): { test(s: string): boolean; toString(): string } {
  // ajv keys its cache of patterns by toString().
  if (pattern === HASH_PATTERN) return { test: (s: string) => HASH_LENGTHS.has(s.length) && HEX.test(s), toString: () => `/${HASH_PATTERN}/hash-lengths` };
  return new RegExp(pattern, flags);
}
// ajv's regExp engines carry the name standalone code would call them by (its type requires one; nothing here uses it).
fastRegExp.code = 'fastRegExp';


function newAjv(ajv: Ajv): Ajv {
  addFormats(ajv);
  // Formats ajv-formats does not define; their strings are checked loosely rather than rejected as unknown.
  ajv.addFormat('iri-reference', true);
  ajv.addFormat('iri', true);
  ajv.addFormat('idn-hostname', true);
  ajv.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/u);
  // Both keywords are code keywords: their checks are written into the validator, with no call through ajv's
  // keyword protocol (and no context object) per array or value — there are 100,000s of each in a large SBOM.
  ajv.addKeyword({
    keyword: 'uniqueItemsHashed',
    type: 'array',
    schemaType: 'boolean',
    error: {
      message: ({ params }) => str`must not have duplicate items (items ${params.i!} and ${params.j!} are identical)`,
      params: ({ params }) => _`{i: ${params.i!}, j: ${params.j!}}`,
    },
    code(cxt) {
      if (!cxt.schema) return;
      const duplicate = cxt.gen.scopeValue('func', { ref: firstDuplicate });
      // rootData: every validate function ajv generates has the document's root under this name.
      const dup = cxt.gen.const('dup', _`${duplicate}(${cxt.data}, rootData)`);
      cxt.setParams({ i: _`${dup}[0]`, j: _`${dup}[1]` });
      cxt.fail(_`${dup} !== undefined`);
    },
  });
  ajv.addKeyword({
    keyword: 'enumSet',
    schemaType: 'object',
    error: {
      message: ({ schema }) => ((schema as { values: Set<string> }).values.has('Apache-2.0') ? 'must be a value from the SPDX license list' : `must be one of the ${(schema as { values: Set<string> }).values.size} values the schema lists`),
      params: () => _`{allowedValues: []}`,
    },
    code(cxt) {
      const values = cxt.gen.scopeValue('obj', { ref: (cxt.schema as { values: Set<string> }).values });
      cxt.fail(_`!${values}.has(${cxt.data})`);
    },
  });
  return ajv;
}

/** A copy of a schema with uniqueItems and large string enums replaced by their linear-time keywords. */
export function linearize<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(linearize) as T;
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'uniqueItems') {
      if (v === true) out.uniqueItemsHashed = true;
    } else if (k === 'enum' && Array.isArray(v) && v.length > 32 && v.every((x) => typeof x === 'string')) {
      out.enumSet = { values: new Set(v) };
    } else if (k === 'enumSet' || k === 'uniqueItemsHashed') {
      out[k] = v;
    } else {
      out[k] = linearize(v);
    }
  }
  return out as T;
}

/**
 * The indexes of the first two items that are equal as JSON values, in linear time. Items are bucketed by a
 * cheap fingerprint that equal values always share (key order does not change it); only items sharing a bucket
 * are compared by their canonical serialization.
 */
export function firstDuplicate(items: readonly unknown[], root?: unknown): [number, number] | undefined {
  const n = items.length;
  if (n < 2) return undefined;
  if (root !== undefined && n > SMALL_ARRAY && distinctByRef(items, root)) return undefined;
  if (n <= SMALL_ARRAY) return firstDuplicateSmall(items);
  // One map entry per item and no array per bucket: buckets are built only for fingerprints that collide.
  const firstWith = new Map<string | number, number>();
  let collisions: (string | number)[] | undefined;
  for (let i = 0; i < n; i++) {
    const key = fingerprint(items[i]);
    if (firstWith.has(key)) (collisions ??= []).push(key);
    else firstWith.set(key, i);
  }
  if (!collisions) return undefined;
  const buckets = new Map<string | number, number[]>();
  for (const key of collisions) if (!buckets.has(key)) buckets.set(key, []);
  for (let i = 0; i < n; i++) {
    const list = buckets.get(fingerprint(items[i]));
    if (list) list.push(i);
  }
  let best: [number, number] | undefined;
  for (const list of buckets.values()) {
    const seen = new Map<string, number>();
    for (const i of list) {
      const c = canonical(items[i]);
      const j = seen.get(c);
      if (j !== undefined) {
        if (!best || i < best[1]) best = [j, i];
        break;
      }
      seen.set(c, i);
    }
  }
  return best;
}

/**
 * Whether every item is an object whose bom-ref is defined once in the whole document (as the document's walk
 * counted them): equal items would share their bom-ref, so such items are all different, and no table is built.
 */
function distinctByRef(items: readonly unknown[], root: unknown): boolean {
  const counts = walkedIndex(root)?.refCounts;
  if (!counts) return false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const ref = item !== null && typeof item === 'object' ? (item as Record<string, unknown>)['bom-ref'] : undefined;
    if (typeof ref !== 'string' || counts.get(ref) !== 1) return false;
  }
  return true;
}

/** Up to this many items, pairs are compared directly: most arrays (licenses, hashes, dependsOn) are this short. */
const SMALL_ARRAY = 16;

function firstDuplicateSmall(items: readonly unknown[]): [number, number] | undefined {
  const prints = items.map(fingerprint);
  // Pairs in the order the large path reports: the earliest second item, then its earliest equal.
  for (let i = 1; i < items.length; i++) {
    for (let j = 0; j < i; j++) {
      if (prints[i] === prints[j] && canonical(items[i]) === canonical(items[j])) return [j, i];
    }
  }
  return undefined;
}

/**
 * Equal JSON values give equal fingerprints. A string is its own; other primitives are tagged with their type.
 * An object with a string "bom-ref" (components, services) or "ref" (dependencies) is fingerprinted by it, since
 * equal objects have equal members; any other object by an order-free sum over its primitive members.
 */
function fingerprint(v: unknown): string | number {
  if (v === null || typeof v !== 'object') return typeof v === 'string' ? v : `\u0000${typeof v}${String(v)}`;
  if (Array.isArray(v)) return `\u0000a${v.length}`;
  const o = v as Record<string, unknown>;
  const ref = o['bom-ref'];
  if (typeof ref === 'string') return ref;
  if (typeof o.ref === 'string') return o.ref;
  let h = 0;
  let n = 0;
  for (const k in o) {
    n++;
    const x = o[k];
    // No string is built per member: the key and the value are hashed in sequence.
    if (x === null || typeof x !== 'object') h = (h + hashString(typeof x === 'string' ? x : `\u0001${String(x)}`, hashString(k) ^ 0x5bd1e995)) | 0;
  }
  // A small integer key (V8 keeps it unboxed).
  return (Math.imul(h, 31) + n) & 0x3fffffff;
}

function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}

/** A serialization equal for equal JSON values: object keys sorted. */
export function canonical(v: unknown): string {
  if (v === null || typeof v !== 'object') return typeof v === 'string' ? JSON.stringify(v) : String(v);
  if (Array.isArray(v)) {
    let s = '[';
    for (let i = 0; i < v.length; i++) s += (i ? ',' : '') + canonical(v[i]);
    return `${s}]`;
  }
  const keys = Object.keys(v).sort();
  let s = '{';
  for (let i = 0; i < keys.length; i++) s += `${i ? ',' : ''}${JSON.stringify(keys[i])}:${canonical((v as Record<string, unknown>)[keys[i]!])}`;
  return `${s}}`;
}

function issuesFromErrors(errors: readonly ErrorObject[], schemaName: string): SbomIssue[] {
  const kept = bestBranches(errors);
  // One error per place, the first: a combinator's own error only where none of its branches said more.
  const byPointer = new Map<string, ErrorObject>();
  for (const e of kept) {
    const at = e.instancePath + (e.keyword === 'required' ? `/${(e.params as { missingProperty: string }).missingProperty}` : '');
    if (!byPointer.has(at)) byPointer.set(at, e);
  }
  const list = [...byPointer.entries()];
  const issues: SbomIssue[] = list.slice(0, MAX_SCHEMA_ISSUES).map(([, e]) => ({
    severity: 'error',
    message: `${e.instancePath || '/'} ${describe(e)} (schema ${schemaName})`,
    pointer: e.instancePath,
  }));
  if (list.length > MAX_SCHEMA_ISSUES) {
    issues.push({ severity: 'error', message: `and ${list.length - MAX_SCHEMA_ISSUES} more schema errors not listed`, pointer: '' });
  }
  return issues;
}

const COMBINATORS = new Set(['oneOf', 'anyOf']);
/** Errors that only say that something below failed. */
const GENERAL = new Set(['oneOf', 'anyOf', 'if', 'not', 'then', 'else']);
/** Errors that do not count as saying more than a general one (as before: a `not` or `then` failure does). */
const SUMMARIES = new Set(['oneOf', 'anyOf', 'if']);
const BRANCH = /\/(?:oneOf|anyOf)\/\d+(?=\/|$)/g;

/**
 * The errors worth reading. With allErrors, a failed oneOf/anyOf reports every branch: a licence with an unknown
 * SPDX id fails at its `id`, deep inside, and the `expression` branch also fails at the licence itself ("missing
 * expression", "license not allowed"). Where the deepest errors below a failed combinator's place all come through a
 * `$ref` from one of its branches (a licence's own definition), they are the mistake: the combinator's own error and
 * its branches' errors less deep go. Where the deepest errors name branches in their schema path, the branch the data
 * meant cannot be told from them (a list of two expressions fails the licence branch deeper than the expression
 * branch's "at most one item"), and nothing goes. A general error (a combinator's, a condition's) goes where a
 * specific one stands at or below its place. Never all of them. Linear in the errors (times the depth of their
 * places and of their schema paths).
 */
function bestBranches(errors: readonly ErrorObject[]): ErrorObject[] {
  const key = (schemaPath: string, instancePath: string) => `${schemaPath}\u0000${instancePath}`;
  const depth = (path: string) => path.split('/').length;
  // The combinators an error stands in a branch of, by their schema paths.
  const branchesOf = (e: ErrorObject): string[] => [...e.schemaPath.matchAll(BRANCH)].map((m) => e.schemaPath.slice(0, m.index + m[0].lastIndexOf('/')));
  // For every place with an error strictly below it: the deepest such error's depth, and how many are that deep.
  const deepest = new Map<string, { depth: number; count: number }>();
  for (const e of errors) {
    const d = depth(e.instancePath);
    for (const place of instancePrefixes(e.instancePath).slice(1)) {
      const at = deepest.get(place);
      if (!at || d > at.depth) deepest.set(place, { depth: d, count: 1 });
      else if (d === at.depth) at.count++;
    }
  }
  // Failed combinators with errors below them; how many of the deepest of those name one of its branches.
  const failed = new Map<string, { attributed: number; dropShallower?: boolean }>();
  for (const e of errors) if (COMBINATORS.has(e.keyword) && deepest.has(e.instancePath)) failed.set(key(e.schemaPath, e.instancePath), { attributed: 0 });
  if (failed.size) {
    for (const e of errors) {
      const d = depth(e.instancePath);
      for (const combinator of branchesOf(e)) {
        for (const place of instancePrefixes(e.instancePath).slice(1)) {
          const c = failed.get(key(combinator, place));
          if (c && d === deepest.get(place)!.depth) c.attributed++;
        }
      }
    }
    for (const c of failed.values()) c.dropShallower = c.attributed === 0;
  }
  // A general error says less than any other, specific one at or below its place.
  const specific = new Map<string, number>();
  for (const e of errors) if (!SUMMARIES.has(e.keyword)) for (const place of instancePrefixes(e.instancePath)) specific.set(place, (specific.get(place) ?? 0) + 1);
  const kept = errors.filter((e) => {
    if (COMBINATORS.has(e.keyword) && failed.get(key(e.schemaPath, e.instancePath))?.dropShallower) return false;
    if (GENERAL.has(e.keyword) && (specific.get(e.instancePath) ?? 0) > (SUMMARIES.has(e.keyword) ? 0 : 1)) return false;
    const d = depth(e.instancePath);
    for (const combinator of branchesOf(e)) {
      for (const place of instancePrefixes(e.instancePath)) {
        if (failed.get(key(combinator, place))?.dropShallower && d < deepest.get(place)!.depth) return false;
      }
    }
    return true;
  });
  return kept.length ? kept : [...errors];
}

/** "/a/b" → ["/a/b", "/a", ""]: the place itself, then every place above it. */
function instancePrefixes(path: string): string[] {
  const out = [path];
  for (let i = path.lastIndexOf('/'); i >= 0; i = path.lastIndexOf('/', i - 1)) {
    out.push(path.slice(0, i));
    if (i === 0) break;
  }
  return out;
}

function describe(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `is missing the required property "${String(p.missingProperty)}"`;
    case 'additionalProperties':
      return `has the property "${String(p.additionalProperty)}", which the schema does not allow`;
    case 'enum':
      return Array.isArray(p.allowedValues) && p.allowedValues.length && p.allowedValues.length <= 20
        ? `must be one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
        : (e.message ?? 'is not an allowed value');
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case 'format':
      return `must be a valid ${String(p.format)}`;
    default:
      return e.message ?? `fails "${e.keyword}"`;
  }
}
