import type { Finding } from '../../core/types.js';
import { LineIndex } from './lines.js';
import { KeyedPin } from './npm.js';
import type { LockedPackage, LockfileResult } from './types.js';

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
}

/** Packs readPackageLock's result (its packages are KeyedPins; anything else is refused). */
export function packLockfile(result: LockfileResult): PackedLockfile {
  const n = result.packages.length;
  const parts: string[] = new Array<string>(n * FIELDS);
  const starts = new Int32Array(n * FIELDS + 1);
  const flags = new Uint8Array(n);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const p = result.packages[i]!;
    if (!(p instanceof KeyedPin)) throw new Error('only the packages of package-lock.json can be packed');
    const fields = [p.name, p.version, p.purl, p.key];
    for (let f = 0; f < FIELDS; f++) {
      parts[i * FIELDS + f] = fields[f]!;
      starts[i * FIELDS + f] = at;
      at += fields[f]!.length;
    }
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
  const byPurl = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const pin = new PackedPin(store, i, lines, packed.flags[i]!);
    packages[i] = pin;
    byPurl.set(pin.purl, i);
  }
  const result: LockfileResult = { kind: packed.kind, packages, findings: packed.findings };
  if (packed.indexed) result.byPurl = byPurl;
  if (packed.ecosystem !== undefined) result.ecosystem = packed.ecosystem;
  if (packed.firstParty !== undefined) result.firstParty = packed.firstParty;
  if (packed.unresolved !== undefined) result.unresolved = packed.unresolved;
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

/** A package-lock entry read from the packed strings; its purl is sliced once (the index by purl needs them all). */
class PackedPin implements LockedPackage {
  readonly ecosystem = 'npm';
  readonly purl: string;
  readonly direct?: boolean;
  readonly dev?: boolean;
  readonly optional?: boolean;
  constructor(
    private readonly store: PackedStrings,
    private readonly i: number,
    private readonly lines: LineIndex,
    flags: number,
  ) {
    this.purl = store.get(i, PURL);
    if (flags & DIRECT_SET) this.direct = (flags & DIRECT) !== 0;
    if (flags & DEV) this.dev = true;
    if (flags & OPTIONAL) this.optional = true;
  }
  get name(): string {
    return this.store.get(this.i, NAME);
  }
  get version(): string {
    return this.store.get(this.i, VERSION);
  }
  /** The line of the entry's key, as KeyedPin finds it. */
  get line(): number | undefined {
    return this.lines.lineOf(`${JSON.stringify(this.store.get(this.i, KEY))}:`);
  }
  toJSON() {
    return {
      ecosystem: this.ecosystem,
      name: this.name,
      version: this.version,
      purl: this.purl,
      direct: this.direct,
      dev: this.dev,
      optional: this.optional,
      line: this.line,
    };
  }
}
