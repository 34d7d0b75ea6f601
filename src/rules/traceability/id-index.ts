// A scan's ids, looked up once per citation: 100,000s of lookups, each on a string fresh from git grep's output. A
// Map hashes and compares each such string; ids that share one prefix and end in a few digits ("REQ-00042") are
// found instead by the digits' count and value — the same id exactly, since the prefix, the count (leading zeros
// included) and the value spell it. Any other id goes through the Map, which holds every id either way.

/** The most digits read as a number: below 2^53, and a count of digits per table. */
const MAX_DIGITS = 9;

export class IdIndex<T> {
  /** The prefix of the first id with a digit ending; ids with another prefix go through the Map. */
  private prefix: string | undefined;
  /** By count of digits, then by value. */
  private readonly byDigits: T[][] = [];

  /** Every id (set writes each here as well as in its table). */
  readonly byId = new Map<string, T>();

  get(id: string): T | undefined {
    const at = this.place(id);
    // An id with the prefix and a digit ending is in its table whenever it is in the Map: set put it in both.
    return at < 0 ? this.byId.get(id) : this.byDigits[id.length - this.prefix!.length]?.[at];
  }

  set(id: string, value: T): void {
    this.byId.set(id, value);
    const at = this.place(id);
    if (at >= 0) (this.byDigits[id.length - this.prefix!.length] ??= [])[at] = value;
  }

  /** The value of the id's digits where it is the prefix and 1–9 digits; else -1. */
  private place(id: string): number {
    const end = id.length;
    let start = end;
    for (; start > 0; start--) {
      const c = id.charCodeAt(start - 1);
      if (c < 48 || c > 57) break;
    }
    if (start === end || end - start > MAX_DIGITS) return -1;
    this.prefix ??= id.slice(0, start);
    if (start !== this.prefix.length || !id.startsWith(this.prefix)) return -1;
    let n = 0;
    for (let i = start; i < end; i++) n = n * 10 + id.charCodeAt(i) - 48;
    return n;
  }
}
