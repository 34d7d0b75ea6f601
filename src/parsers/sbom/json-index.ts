import { pointerSegment } from './json-lines.js';

// One walk over a parsed JSON SBOM for what schema validation and the integrity check both need: which bom-refs are
// defined, and which more than once (uniqueItemsHashed skips comparing components whose bom-refs are defined once;
// the integrity check resolves dependency references against the same set). The walk does not enter the subtrees
// that hold references rather than definitions (dependencies, properties, hashes): in a large SBOM those are half
// the objects. Memoized per document, so the tree is walked once however many checks ask. The same walk, with
// pointers, places the definitions of a bom-ref that is defined twice (integrity.ts).

export interface JsonIndex {
  /** Every bom-ref defined outside the subtrees that hold references rather than definitions. */
  refs: Set<string>;
  /** Those of them defined more than once (empty, the common case, when every bom-ref is defined once). */
  repeatedRefs: Set<string>;
  /**
   * The lists of more than KEYED_LIST items, all of them objects with a string bom-ref, that the walk went through
   * (where bom-refs are definitions): when no bom-ref is defined twice, their items are all different.
   */
  refKeyedLists: Set<readonly unknown[]>;
}

/** Lists longer than this are noted in refKeyedLists (shorter ones are compared pair by pair). */
export const KEYED_LIST = 16;

/** Members whose subtrees hold no bom-ref definitions: `dependencies[].ref`, dependsOn and provides are references. */
const NOT_DEFINING_REFS: ReadonlySet<string> = new Set(['dependencies', 'properties', 'hashes']);

const memo = new WeakMap<object, JsonIndex>();

/** The index of a document already walked, without walking it. */
export function walkedIndex(json: unknown): JsonIndex | undefined {
  return json !== null && typeof json === 'object' ? memo.get(json) : undefined;
}

export function jsonIndex(json: unknown): JsonIndex {
  const cached = walkedIndex(json);
  if (cached) return cached;
  const refs = new Set<string>();
  const repeatedRefs = new Set<string>();
  const refKeyedLists = new Set<readonly unknown[]>();
  walkDefinitions(json, {
    keyedList(list) {
      refKeyedLists.add(list);
    },
    ref(ref) {
      // One hash look-up per definition: the set grows unless the bom-ref is already in it.
      const size = refs.size;
      if (refs.add(ref).size === size) repeatedRefs.add(ref);
    },
  });
  const index: JsonIndex = { refs, repeatedRefs, refKeyedLists };
  if (json !== null && typeof json === 'object') memo.set(json, index);
  return index;
}

/**
 * Visits every bom-ref definition (none below a NOT_DEFINING_REFS member). With `pointers`, definitions come in
 * document order with their JSON pointers, for placing a finding; without, in any order with an empty pointer — the
 * walk every large SBOM pays builds no string and no key list per object.
 */
export function walkDefinitions(
  json: unknown,
  visit: { ref(ref: string, pointer: string): void; keyedList?(list: readonly unknown[]): void },
  pointers = false,
): void {
  // Iterative: deep documents must not overflow the stack. Only objects and arrays are pushed, never a subtree
  // below a NOT_DEFINING_REFS member (nothing there is a definition).
  const values: object[] = [];
  const places: string[] = [];
  if (json !== null && typeof json === 'object') {
    values.push(json);
    places.push('');
  }
  while (values.length) {
    const v = values.pop()!;
    const place = pointers ? places.pop()! : '';
    if (Array.isArray(v)) {
      // Whether every item is an object with a string bom-ref, for a list long enough to be noted.
      let keyed = visit.keyedList !== undefined && v.length > KEYED_LIST;
      // Last to first, so that they are taken first to last.
      for (let i = v.length - 1; i >= 0; i--) {
        const x: unknown = v[i];
        if (x !== null && typeof x === 'object') {
          values.push(x);
          if (pointers) places.push(`${place}/${i}`);
          if (keyed && (Array.isArray(x) || typeof (x as Record<string, unknown>)['bom-ref'] !== 'string')) keyed = false;
        } else keyed = false;
      }
      if (keyed) visit.keyedList!(v);
      continue;
    }
    const o = v as Record<string, unknown>;
    const ref = o['bom-ref'];
    if (typeof ref === 'string') visit.ref(ref, pointers ? `${place}/bom-ref` : '');
    if (pointers) {
      const keys = Object.keys(o);
      for (let k = keys.length - 1; k >= 0; k--) {
        const key = keys[k]!;
        const x = o[key];
        if (x !== null && typeof x === 'object' && !NOT_DEFINING_REFS.has(key)) {
          values.push(x);
          places.push(`${place}/${pointerSegment(key)}`);
        }
      }
    } else {
      for (const k in o) {
        const x = o[k];
        if (x !== null && typeof x === 'object' && !NOT_DEFINING_REFS.has(k)) values.push(x);
      }
    }
  }
}

/** The number of entries of the longest list anywhere in the document (only an invalid document's listing asks). */
export function longestList(json: unknown): number {
  let longest = 0;
  const values: unknown[] = [json];
  while (values.length) {
    const v = values.pop();
    if (Array.isArray(v)) {
      if (v.length > longest) longest = v.length;
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (x !== null && typeof x === 'object') values.push(x);
      }
    } else if (v !== null && typeof v === 'object') {
      for (const k in v) {
        const x = (v as Record<string, unknown>)[k];
        if (x !== null && typeof x === 'object') values.push(x);
      }
    }
  }
  return longest;
}
