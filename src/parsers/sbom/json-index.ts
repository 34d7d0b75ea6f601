// One walk over a parsed JSON SBOM for what schema validation and the integrity check both need: how often each
// bom-ref is defined (uniqueItemsHashed skips comparing components whose bom-refs are defined once), and how long
// the longest list is (the listing of schema errors is bounded by it).
// Memoized per document, so the tree is walked once however many checks ask.

export interface JsonIndex {
  /** How many times each bom-ref is defined, outside the subtrees that hold references rather than definitions. */
  refCounts: Map<string, number>;
  /** Some bom-ref is defined more than once. */
  duplicateRefs: boolean;
  /** The number of entries of the longest list anywhere in the document. */
  longestList: number;
}

/** Members whose subtrees hold no bom-ref definitions: `dependencies[].ref`, dependsOn and provides are references. */
export const NOT_DEFINING_REFS: ReadonlySet<string> = new Set(['dependencies', 'properties', 'hashes']);

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
  // Iterative: deep documents must not overflow the stack. `defining` is false below a NOT_DEFINING_REFS member.
  const values: unknown[] = [json];
  const defining: boolean[] = [true];
  while (values.length) {
    const v = values.pop();
    const d = defining.pop()!;
    if (Array.isArray(v)) {
      if (v.length > longestList) longestList = v.length;
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (x !== null && typeof x === 'object') {
          values.push(x);
          defining.push(d);
        }
      }
    } else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (d) {
        const ref = o['bom-ref'];
        if (typeof ref === 'string') {
          const n = refCounts.get(ref);
          if (n === undefined) refCounts.set(ref, 1);
          else {
            refCounts.set(ref, n + 1);
            duplicateRefs = true;
          }
        }
      }
      for (const k in o) {
        const x = o[k];
        if (x !== null && typeof x === 'object') {
          values.push(x);
          defining.push(d && !NOT_DEFINING_REFS.has(k));
        }
      }
    }
  }
  const index: JsonIndex = { refCounts, duplicateRefs, longestList };
  if (json !== null && typeof json === 'object') memo.set(json, index);
  return index;
}
