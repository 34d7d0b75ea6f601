import { _, Ajv, str, stringify, type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { jsonIndex, longestList } from './json-index.js';
import { schemaFile } from './schemas/load.js';
import { VALIDATORS } from './schemas/validators.js';
import type { SbomIssue } from './types.js';
import * as runtime from './validator-runtime.js';

// JSON Schema validation of CycloneDX 1.2–1.7 and SPDX 2.2/2.3 JSON with the vendored official schemas.
//
// Linear time: ajv checks `uniqueItems` by comparing every pair of items, which is quadratic in the component
// count (tens of seconds at 10,000 components, minutes at 40,000). Each `uniqueItems: true` is replaced by the
// keyword `uniqueItemsHashed`, which puts a canonical serialization of every item in a hash set: the same answer
// (items equal as JSON values, whatever their key order), in one pass. Large string enums (the SPDX licence
// list) are likewise checked with a Set instead of a scan.
//
// Validity is decided by validators ajv generated from the schemas at build time (schemas/validators/): compiling
// a CycloneDX schema costs a run more than validating 10,000 components does. Only an invalid document's errors are
// listed by a validator compiled here, from the vendored files as they are.

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

/** The JSON schemas this gate validates with, as family@version: each has a validator generated at build time. */
export const JSON_SCHEMA_VERSIONS: readonly string[] = [
  ...Object.keys(CDX_FILES).map((v) => `cyclonedx@${v}`),
  ...Object.keys(SPDX_FILES).map((v) => `spdx@${v}`),
];

const compiled = new Map<string, ValidateFunction>();

export function hasJsonSchema(family: 'cyclonedx' | 'spdx', version: string): boolean {
  return Object.hasOwn(family === 'cyclonedx' ? CDX_FILES : SPDX_FILES, version);
}

/**
 * Validates a parsed document; returns problems with JSON pointers (at most MAX_SCHEMA_ISSUES, then a count).
 * `decidedBy: 'compiled'` decides validity with a validator compiled in this process from the vendored files
 * instead of the one generated at build time (the same verdict, slower; the tests compare the two).
 */
export async function validateJsonSchema(
  family: 'cyclonedx' | 'spdx',
  version: string,
  json: unknown,
  decidedBy: 'generated' | 'compiled' = 'generated',
): Promise<SbomIssue[]> {
  // Walked (and memoized) before validating: uniqueItemsHashed finds the document's bom-refs through walkedIndex and
  // skips comparing components whose bom-refs are defined once.
  jsonIndex(json);
  const first = decidedBy === 'generated' ? await generatedValidator(family, version) : await compiledValidator(family, version, false);
  if (first(json)) return [];
  // Only an invalid document pays for the listing (compiled once per version). ajv gathers every error by appending
  // each failing sub-validator's errors to a copy of all so far, which is quadratic where thousands of entries fail:
  // a document with longer lists is listed from the first LISTED_ENTRIES entries of each, with the error the
  // deciding pass stopped at (anywhere).
  const all = await compiledValidator(family, version, true);
  const long = longestList(json) > LISTED_ENTRIES;
  all(long ? withListsCut(json, LISTED_ENTRIES) : json);
  const name = `${family === 'cyclonedx' ? 'CycloneDX' : 'SPDX'} ${version}`;
  const issues = issuesFromErrors([...(all.errors ?? []), ...(long ? (first.errors ?? []) : [])], name);
  if (long)
    issues.push({
      severity: 'error',
      message: `(schema errors listed from the first ${LISTED_ENTRIES} entries of each list; this SBOM has longer lists — fix these and run again for any further ones)`,
      pointer: '',
    });
  // Invalid by the deciding pass: never an empty list, whatever the listing says.
  if (issues.length) return issues;
  return [
    {
      severity: 'error',
      message: `does not match the ${name} schema, though no single place could be named — regenerate the SBOM, or check it with the specification's own validator to see where`,
      pointer: '',
    },
  ];
}

/** Entries of each list the listing of schema errors looks at (the verdict always covers every entry). */
export const LISTED_ENTRIES = 2000;

/** The vendored schema files a document of this version is validated with: its own first, then what it refers to. */
export function schemaNames(family: 'cyclonedx' | 'spdx', version: string): string[] {
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

async function generatedValidator(family: 'cyclonedx' | 'spdx', version: string): Promise<ValidateFunction> {
  const key = `${family}@${version}`;
  const load = Object.hasOwn(VALIDATORS, key) ? VALIDATORS[key] : undefined;
  if (!load)
    throw new Error(
      `no schema validator was generated for ${family} ${version} — this build of sdlc-gate is incomplete: rebuild it with npm run validators, or report it`,
    );
  return load();
}

async function compiledValidator(family: 'cyclonedx' | 'spdx', version: string, allErrors: boolean): Promise<ValidateFunction> {
  const key = `${family}@${version}:${allErrors}`;
  let v = compiled.get(key);
  if (v) return v;
  const names = schemaNames(family, version);
  const texts = await Promise.all(names.map(schemaFile));
  const schemas = Object.fromEntries(names.map((name, i) => [name, JSON.parse(texts[i]!) as Record<string, unknown>]));
  v = compileSchemas(schemas, family, version, { allErrors }).validate;
  compiled.set(key, v);
  return v;
}

/**
 * Compiles the schemas of one version (parsed, by file name; the version's own first) with the formats and the
 * linear-time keywords. `source` keeps the generated code, for the build-time validators.
 */
export function compileSchemas(
  schemas: Readonly<Record<string, Record<string, unknown>>>,
  family: 'cyclonedx' | 'spdx',
  version: string,
  opts: { allErrors: boolean; source?: boolean },
): { ajv: Ajv; validate: ValidateFunction } {
  // ajv's code optimization passes take half the compile time of these schemas, so a validator compiled at run time
  // (the error listing) goes without; the validators generated at build time have them (smaller code, which a cold
  // run parses and runs through V8's first tiers).
  // `formats` and `regExp` name, for generated code, the runtime module's definitions they are (`runtime.<name>`).
  const options: Options = {
    allErrors: opts.allErrors,
    strict: false,
    validateSchema: false,
    messages: true,
    code: {
      regExp: runtime.fastRegExp,
      optimize: opts.source ? 1 : false,
      formats: _`runtime.formats`,
      ...(opts.source ? { source: true, esm: true } : {}),
    },
  };
  const names = schemaNames(family, version);
  const ajv = withKeywords(family === 'spdx' && version !== '2.2' ? (new Ajv2019(options) as unknown as Ajv) : new Ajv(options));
  if (family === 'cyclonedx')
    for (const file of CDX_SHARED) if (schemas[file]) ajv.addSchema(linearize({ ...schemas[file], $id: CDX_BASE + file }));
  return { ajv, validate: ajv.compile(linearize(schemas[names[0]!]!)) };
}

function withKeywords(ajv: Ajv): Ajv {
  // Formats ajv-formats does not define are checked loosely rather than rejected as unknown (see the runtime module).
  for (const [name, format] of Object.entries(runtime.formats)) ajv.addFormat(name, format);
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
      const duplicate = cxt.gen.scopeValue('func', { ref: runtime.firstDuplicate, code: _`runtime.firstDuplicate` });
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
      message: ({ schema }) =>
        (schema as { values: Set<string> }).values.has('Apache-2.0')
          ? 'must be a value from the SPDX license list'
          : `must be one of the ${(schema as { values: Set<string> }).values.size} values the schema lists`,
      params: () => _`{allowedValues: []}`,
    },
    code(cxt) {
      const set = (cxt.schema as { values: Set<string> }).values;
      // Generated code builds the same set from its list.
      const values = cxt.gen.scopeValue('obj', { ref: set, code: _`new Set(${stringify([...set])})` });
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
  const branchesOf = (e: ErrorObject): string[] =>
    [...e.schemaPath.matchAll(BRANCH)].map((m) => e.schemaPath.slice(0, m.index + m[0].lastIndexOf('/')));
  // For every place with an error strictly below it: the deepest such error's depth.
  const deepest = new Map<string, number>();
  for (const e of errors) {
    const d = depth(e.instancePath);
    for (const place of instancePrefixes(e.instancePath).slice(1)) if (d > (deepest.get(place) ?? -1)) deepest.set(place, d);
  }
  // Failed combinators with errors below them: how many of the deepest of those name one of its branches. None
  // (the deepest errors came through a $ref) means the combinator's own error and its shallower ones go.
  const attributed = new Map<string, number>();
  for (const e of errors)
    if (COMBINATORS.has(e.keyword) && deepest.has(e.instancePath)) attributed.set(key(e.schemaPath, e.instancePath), 0);
  if (attributed.size) {
    for (const e of errors) {
      const d = depth(e.instancePath);
      for (const combinator of branchesOf(e)) {
        for (const place of instancePrefixes(e.instancePath).slice(1)) {
          const k = key(combinator, place);
          const n = attributed.get(k);
          if (n !== undefined && d === deepest.get(place)) attributed.set(k, n + 1);
        }
      }
    }
  }
  const dropsShallower = (combinator: string, place: string) => attributed.get(key(combinator, place)) === 0;
  // A general error says less than any other, specific one at or below its place.
  const specific = new Map<string, number>();
  for (const e of errors)
    if (!SUMMARIES.has(e.keyword))
      for (const place of instancePrefixes(e.instancePath)) specific.set(place, (specific.get(place) ?? 0) + 1);
  const kept = errors.filter((e) => {
    if (COMBINATORS.has(e.keyword) && dropsShallower(e.schemaPath, e.instancePath)) return false;
    if (GENERAL.has(e.keyword) && (specific.get(e.instancePath) ?? 0) > (SUMMARIES.has(e.keyword) ? 0 : 1)) return false;
    const d = depth(e.instancePath);
    for (const combinator of branchesOf(e)) {
      for (const place of instancePrefixes(e.instancePath)) {
        if (dropsShallower(combinator, place) && d < deepest.get(place)!) return false;
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
