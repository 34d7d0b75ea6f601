import { pointerSegment } from './json-lines.js';

// One walk over a parsed JSON SBOM for what schema validation and the integrity check both need: how often each
// bom-ref is defined (uniqueItemsHashed skips comparing components whose bom-refs are defined once), and how long
// the longest list is (the listing of schema errors is bounded by it).
// Memoized per document, so the tree is walked once however many checks ask. The same walk, with pointers, places
// the definitions of a bom-ref that is defined twice (integrity.ts).

export interface JsonIndex {
  /** How many times each bom-ref is defined, outside the subtrees that hold references rather than definitions. */
  refCounts: Map<string, number>;
  /** Some bom-ref is defined more than once. */
  duplicateRefs: boolean;
  /** The number of entries of the longest list anywhere in the document. */
  longestList: number;
}

/** Members whose subtrees hold no bom-ref definitions: `dependencies[].ref`, dependsOn and provides are references. */
const NOT_DEFINING_REFS: ReadonlySet<string> = new Set(['dependencies', 'properties', 'hashes']);

const memo = new WeakMap<object, JsonIndex>();

/** The index of a document already walked, without walking it. */
export function walkedIndex(json: unknown): JsonIndex | undefined {
  return json !== null && typeof json === 'object' ? memo.get(json) : undefined;
}

export function jsonIndex(json: unknown): JsonIndex {
  const cached = json !== null && typeof json === 'object' ? memo.get(json) : undefined;
  if (cached) return cached;
  const refCounts = new Map<string, number>();
  let duplicateRefs = false;
  let longestList = 0;
  walkDefinitions(json, {
    ref(ref) {
      const n = refCounts.get(ref);
      if (n === undefined) refCounts.set(ref, 1);
      else {
        refCounts.set(ref, n + 1);
        duplicateRefs = true;
      }
    },
    list(length) {
      if (length > longestList) longestList = length;
    },
  });
  const index: JsonIndex = { refCounts, duplicateRefs, longestList };
  if (json !== null && typeof json === 'object') memo.set(json, index);
  return index;
}

/**
 * Visits every bom-ref definition (none below a NOT_DEFINING_REFS member) and the length of every list. With
 * `pointers`, definitions come in document order with their JSON pointers, for placing a finding; without, in any
 * order with an empty pointer — the walk every large SBOM pays builds no string and no key list per object.
 */
export function walkDefinitions(json: unknown, visit: { ref(ref: string, pointer: string): void; list?(length: number): void }, pointers = false): void {
  // Iterative: deep documents must not overflow the stack. `defining` is false below a NOT_DEFINING_REFS member.
  const values: unknown[] = [json];
  const defining: boolean[] = [true];
  const places: string[] = [''];
  const push = (value: object, d: boolean, place: string, segment: string | number) => {
    values.push(value);
    defining.push(d);
    if (pointers) places.push(`${place}/${pointerSegment(segment)}`);
  };
  while (values.length) {
    const v = values.pop();
    const d = defining.pop()!;
    const place = pointers ? places.pop()! : '';
    if (Array.isArray(v)) {
      visit.list?.(v.length);
      // Last to first, so that they are taken first to last.
      for (let i = v.length - 1; i >= 0; i--) {
        const x: unknown = v[i];
        if (x !== null && typeof x === 'object') push(x, d, place, i);
      }
    } else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const ref = o['bom-ref'];
      if (d && typeof ref === 'string') visit.ref(ref, pointers ? `${place}/bom-ref` : '');
      if (pointers) {
        const keys = Object.keys(o);
        for (let k = keys.length - 1; k >= 0; k--) {
          const x = o[keys[k]!];
          if (x !== null && typeof x === 'object') push(x, d && !NOT_DEFINING_REFS.has(keys[k]!), place, keys[k]!);
        }
      } else {
        for (const k in o) {
          const x = o[k];
          if (x !== null && typeof x === 'object') push(x, d && !NOT_DEFINING_REFS.has(k), place, k);
        }
      }
    }
  }
}
