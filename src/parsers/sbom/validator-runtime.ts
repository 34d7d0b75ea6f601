import { fullFormats } from 'ajv-formats/dist/formats.js';
import equalModule from 'ajv/dist/runtime/equal.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import { KEYED_LIST, walkedIndex } from './json-index.js';

// What a schema validator calls at validation time, whether ajv compiled it in this process (the error listing) or
// it was generated at build time (schemas/validators/, which refer to these as `runtime.<name>`): one definition for
// both, so the two judge alike.

// ajv's own runtime helpers, which its generated code names by a require() that ESM chunks cannot make. They are
// CommonJS modules with a default export: Node hands an ES module their exports object, bundlers and vitest the
// export itself.
const defaultOf = <T>(m: T | { default: T }): T => (typeof m === 'function' ? m : (m as { default: T }).default);
export const ucs2length = defaultOf(ucs2lengthModule as unknown as typeof ucs2lengthModule.default);
export const equal = defaultOf(equalModule as unknown as typeof equalModule.default);

/** The formats ajv-formats defines, and those it does not, checked loosely rather than rejected as unknown. */
export const formats = {
  ...fullFormats,
  'iri-reference': true,
  iri: true,
  'idn-hostname': true,
  'idn-email': /^[^\s@]+@[^\s@]+$/u,
} as const;

// The CycloneDX hash pattern is an alternation of lengths that a backtracking engine tries one by one over up to
// 128 characters, for every hash of every component; the same language, checked as "hex, of one of these lengths".
const HASH_PATTERN = '^([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128})$';
const HASH_LENGTHS = new Set([32, 40, 64, 96, 128]);
const HEX = /^[a-fA-F0-9]*$/;

export function fastRegExp(pattern: string, flags: string): { test(s: string): boolean; toString(): string } {
  // ajv keys its cache of patterns by toString().
  if (pattern === HASH_PATTERN)
    return { test: (s: string) => HASH_LENGTHS.has(s.length) && HEX.test(s), toString: () => `/${HASH_PATTERN}/hash-lengths` };
  return new RegExp(pattern, flags);
}
// The name generated validators call it by.
fastRegExp.code = 'runtime.fastRegExp';

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
  // One set entry per item (one hash look-up each) and no array per bucket: buckets are built only for fingerprints
  // that collide.
  const prints = new Set<string | number>();
  let collisions: (string | number)[] | undefined;
  for (let i = 0; i < n; i++) {
    const key = fingerprint(items[i]);
    const size = prints.size;
    if (prints.add(key).size === size) (collisions ??= []).push(key);
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
 * Whether every item is an object whose bom-ref is defined once in the whole document (in the walk's refs and not
 * in its repeatedRefs): equal items would share their bom-ref, so such items are all different, and no table is built.
 * Where no bom-ref is defined twice, a list the walk noted as holding only such objects needs no look-up at all.
 */
function distinctByRef(items: readonly unknown[], root: unknown): boolean {
  const index = walkedIndex(root);
  if (!index) return false;
  if (index.repeatedRefs.size === 0 && index.refKeyedLists.has(items)) return true;
  const { refs, repeatedRefs } = index;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const ref = item !== null && typeof item === 'object' ? (item as Record<string, unknown>)['bom-ref'] : undefined;
    if (typeof ref !== 'string' || !refs.has(ref) || repeatedRefs.has(ref)) return false;
  }
  return true;
}

/** Up to this many items, pairs are compared directly: most arrays (licenses, hashes, dependsOn) are this short. */
const SMALL_ARRAY = KEYED_LIST;

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
    if (x === null || typeof x !== 'object')
      h = (h + hashString(typeof x === 'string' ? x : `\u0001${String(x)}`, hashString(k) ^ 0x5bd1e995)) | 0;
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
  for (let i = 0; i < keys.length; i++)
    s += `${i ? ',' : ''}${JSON.stringify(keys[i])}:${canonical((v as Record<string, unknown>)[keys[i]!])}`;
  return `${s}}`;
}
