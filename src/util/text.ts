/** Singular or plural: plural(2, 'approval') → "2 approvals". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** "a", "a and b", "a, b and c". */
export function listing(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** A list shortened to its first `max` items with a count of the rest. */
export function shortList(items: readonly string[], max = 5): string {
  if (items.length <= max) return listing(items);
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

export function shortSha(sha: string): string {
  return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha;
}

/**
 * A value read from a repository's YAML, JSON or XML as text: strings as they are, numbers and booleans written
 * out, anything else empty. Never String() on such a value: an object with a "toString" key of its own throws.
 */
export function scalarText(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : '';
}
