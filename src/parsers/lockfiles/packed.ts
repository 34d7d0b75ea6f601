import type { Finding } from '../../core/types.js';
import { LineIndex } from './lines.js';
import { KeyedPin, keyLine, lockedPackageJSON } from './npm.js';
import type { ExactMatches, LockedPackage, LockfileResult } from './types.js';

// What a package-lock.json pins, packed to cross between threads cheaply: the packages' strings concatenated into
// one string with their offsets, and their flags in a byte each, instead of 100,000 objects for the structured clone
// to copy one by one. Unpacked, each package reads its strings from the packed text when asked, and its line from
// the lockfile's text as readPackageLock's own packages do.

/** One package's strings, in this order, in the packed text. */
const FIELDS = 4; // name, version, purl, key
const NAME = 0;
const VERSION = 1;
const PURL = 2;
const KEY = 3;

const DIRECT_SET = 1;
const DIRECT = 2;
const DEV = 4;
const OPTIONAL = 8;

export interface PackedLockfile {
  kind: string;
  ecosystem?: string;
  findings: Finding[];
  firstParty?: string[];
  unresolved?: string[];
  /** Every package's name, version, purl and key, concatenated. */
  strings: string;
  /** Where each of those strings starts in `strings`, and, last, the length of `strings` (FIELDS × packages + 1). */
  starts: Int32Array;
  /** Per package: whether `direct` is set and its value, dev, optional. */
  flags: Uint8Array;
  /** Whether the reader gave an index by purl (it does for every lockfile that parses). */
  indexed: boolean;
  exact?: ExactMatches;
}

/** Purls (an SBOM's components'; an empty string for none) as one string and where each starts, the end last. */
export interface PackedPurls {
  strings: string;
  starts: Int32Array;
}

export function packPurls(purls: readonly (string | undefined)[]): PackedPurls {
  const starts = new Int32Array(purls.length + 1);
  let at = 0;
  for (let i = 0; i < purls.length; i++) {
    starts[i] = at;
    at += purls[i]?.length ?? 0;
  }
  starts[purls.length] = at;
  // join writes an empty string for undefined.
  return { strings: purls.join(''), starts };
}

/** Packs readPackageLock's result (its packages are KeyedPins; anything else is refused). */
export function packLockfile(result: LockfileResult): PackedLockfile {
  const n = result.packages.length;
  const parts: string[] = new Array<string>(n * FIELDS);
  const starts = new Int32Array(n * FIELDS + 1);
  const flags = new Uint8Array(n);
  let at = 0;
  let k = 0;
  const add = (s: string) => {
    parts[k] = s;
    starts[k++] = at;
    at += s.length;
  };
  for (let i = 0; i < n; i++) {
    const p = result.packages[i]!;
    if (!(p instanceof KeyedPin)) throw new Error('only the packages of package-lock.json can be packed');
    // In the order of NAME, VERSION, PURL, KEY.
    add(p.name);
    add(p.version);
    add(p.purl);
    add(p.key);
    flags[i] = (p.direct !== undefined ? DIRECT_SET : 0) | (p.direct ? DIRECT : 0) | (p.dev ? DEV : 0) | (p.optional ? OPTIONAL : 0);
  }
  starts[n * FIELDS] = at;
  const packed: PackedLockfile = {
    kind: result.kind,
    findings: result.findings,
    strings: parts.join(''),
    starts,
    flags,
    indexed: result.byPurl !== undefined,
  };
  if (result.ecosystem !== undefined) packed.ecosystem = result.ecosystem;
  if (result.firstParty !== undefined) packed.firstParty = result.firstParty;
  if (result.unresolved !== undefined) packed.unresolved = result.unresolved;
  if (result.exact !== undefined) packed.exact = result.exact;
  return packed;
}

/**
 * The lockfile's result again, from its packed form and the lockfile's text (for the packages' lines): the same
 * packages, in the same order, with the same index by purl (readPackageLock lists each purl once).
 */
export function unpackLockfile(packed: PackedLockfile, text: string): LockfileResult {
  const store = new PackedStrings(packed.strings, packed.starts);
  const lines = new LineIndex(text);
  const n = packed.flags.length;
  const packages: LockedPackage[] = new Array<LockedPackage>(n);
  for (let i = 0; i < n; i++) packages[i] = new PackedPin(store, i, lines, packed.flags[i]!);
  const result: LockfileResult = { kind: packed.kind, packages, findings: packed.findings };
  // With the exact matches at hand, the index by purl is built only if someone asks for it (hashing 100,000 purls
  // is most of what unpacking costs).
  if (packed.indexed) {
    let byPurl: Map<string, number> | undefined;
    const index = () => {
      if (byPurl) return byPurl;
      byPurl = new Map();
      for (let i = 0; i < n; i++) byPurl.set(packages[i]!.purl, i);
      return byPurl;
    };
    if (packed.exact) Object.defineProperty(result, 'byPurl', { get: index, enumerable: true, configurable: true });
    else result.byPurl = index();
  }
  if (packed.ecosystem !== undefined) result.ecosystem = packed.ecosystem;
  if (packed.firstParty !== undefined) result.firstParty = packed.firstParty;
  if (packed.unresolved !== undefined) result.unresolved = packed.unresolved;
  if (packed.exact !== undefined) result.exact = packed.exact;
  return result;
}

class PackedStrings {
  constructor(
    private readonly strings: string,
    private readonly starts: Int32Array,
  ) {}
  get(i: number, field: number): string {
    const k = i * FIELDS + field;
    return this.strings.slice(this.starts[k], this.starts[k + 1]);
  }
}

/** A package-lock entry read from the packed strings when asked; its purl is sliced once. */
class PackedPin implements LockedPackage {
  readonly ecosystem = 'npm';
  private slicedPurl?: string;
  readonly direct?: boolean;
  readonly dev?: boolean;
  readonly optional?: boolean;
  constructor(
    private readonly store: PackedStrings,
    private readonly i: number,
    private readonly lines: LineIndex,
    flags: number,
  ) {
    if (flags & DIRECT_SET) this.direct = (flags & DIRECT) !== 0;
    if (flags & DEV) this.dev = true;
    if (flags & OPTIONAL) this.optional = true;
  }
  get purl(): string {
    return (this.slicedPurl ??= this.store.get(this.i, PURL));
  }
  get name(): string {
    return this.store.get(this.i, NAME);
  }
  get version(): string {
    return this.store.get(this.i, VERSION);
  }
  /** The line of the entry's key, as KeyedPin finds it. */
  get line(): number | undefined {
    return keyLine(this.lines, this.store.get(this.i, KEY));
  }
  toJSON() {
    return lockedPackageJSON(this);
  }
}
