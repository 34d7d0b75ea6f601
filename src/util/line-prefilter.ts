import { RegExpParser, type AST } from '@eslint-community/regexpp';

// A POSIX extended regular expression (for `git grep -E` in the C locale) that selects every line on which a
// JavaScript regular expression can match — a superset, so a scan can let git find the candidate lines and check
// only those with the policy's own pattern. Offered only for patterns whose matches provably lie within one line and
// mean the same on bytes as on text:
// - nothing in the pattern can match a line terminator, and there are no ^ or $ anchors: then a match, and every
//   lookaround and \b around it, sees at a line's edge what it sees at the edge of the input, so matching line by
//   line finds exactly the matches of the whole text;
// - every character it can match is printable ASCII (or a tab): an ASCII byte decodes to itself and never belongs
//   to a multi-byte sequence, so a match in the decoded text is the same match in the bytes.
// Lookarounds, \b and \B are left out of the translation (which only widens it), laziness is ignored (it changes
// which match, not whether a line has one). Anything else — `.`, negated classes, \s, \W, \D, back-references,
// non-ASCII characters, a pattern that can match the empty string — gets no prefilter, and the scan reads all text.

/** The ERE, or undefined when the pattern is outside what can be translated exactly (see above). */
export function linePrefilter(source: string): string | undefined {
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: false, unicodeSets: false });
  } catch {
    return undefined;
  }
  try {
    const translated = alternatives(pattern.alternatives);
    // A pattern that can match nothing at all would select every line; a full read is as good and simpler.
    return translated.nullable ? undefined : translated.ere;
  } catch (e) {
    if (e instanceof Untranslatable) return undefined;
    throw e;
  }
}

class Untranslatable extends Error {}

interface Translated {
  ere: string;
  /** Whether it can match the empty string. */
  nullable: boolean;
}

const MAX_REPEAT = 255;

function alternatives(list: readonly AST.Alternative[]): Translated {
  const parts = list.map(sequence);
  const nonEmpty = parts.filter((p) => p.ere !== '');
  const nullable = parts.some((p) => p.nullable);
  if (!nonEmpty.length) return { ere: '', nullable: true };
  // An empty alternative is written as an optional group: POSIX leaves "(a|)" undefined.
  const hasEmpty = nonEmpty.length < parts.length;
  if (nonEmpty.length === 1 && !hasEmpty) return nonEmpty[0]!;
  return { ere: `(${nonEmpty.map((p) => p.ere).join('|')})${hasEmpty ? '?' : ''}`, nullable };
}

function sequence(alt: AST.Alternative): Translated {
  const parts = alt.elements.map(element);
  return { ere: parts.map((p) => p.ere).join(''), nullable: parts.every((p) => p.nullable) };
}

function element(node: AST.Element): Translated {
  switch (node.type) {
    case 'Character':
      return { ere: bracket(new Set([allowed(node.value)])), nullable: false };
    case 'CharacterClass':
      return { ere: bracket(classCodes(node)), nullable: false };
    case 'CharacterSet':
      return { ere: bracket(setCodes(node)), nullable: false };
    case 'Group':
    case 'CapturingGroup':
      // Alternatives come back parenthesized; a plain sequence needs no group of its own.
      return alternatives(node.alternatives);
    case 'Quantifier': {
      const inner = element(node.element);
      if (inner.ere === '' || node.max === 0) return { ere: '', nullable: true };
      const min = Math.min(node.min, MAX_REPEAT);
      // A bound past what POSIX promises becomes unbounded: still every line the pattern matches.
      const max = node.max === Infinity || node.max > MAX_REPEAT ? Infinity : node.max;
      const atom = `(${inner.ere})`;
      const ere = min === 0 && max === Infinity ? `${atom}*` : min === 1 && max === Infinity ? `${atom}+` : min === 0 && max === 1 ? `${atom}?` : `${atom}{${min},${max === Infinity ? '' : max}}`;
      return { ere, nullable: inner.nullable || min === 0 };
    }
    case 'Assertion':
      if (node.kind === 'start' || node.kind === 'end') throw new Untranslatable();
      if (node.kind === 'lookahead' || node.kind === 'lookbehind') for (const a of node.alternatives) sequence(a); // checks what it may read
      return { ere: '', nullable: true };
    default:
      // Back-references and anything newer.
      throw new Untranslatable();
  }
}

/** Printable ASCII or a tab: what reads the same as bytes and as text, and is never part of a line terminator. */
function allowed(code: number): number {
  if (code === 9 || (code >= 0x20 && code <= 0x7e)) return code;
  throw new Untranslatable();
}

function classCodes(node: AST.CharacterClass): Set<number> {
  if (node.negate) throw new Untranslatable();
  const codes = new Set<number>();
  for (const e of node.elements) {
    if (e.type === 'Character') codes.add(allowed(e.value));
    else if (e.type === 'CharacterClassRange') {
      allowed(e.min.value);
      allowed(e.max.value);
      for (let c = e.min.value; c <= e.max.value; c++) codes.add(allowed(c));
    } else if (e.type === 'CharacterSet') for (const c of setCodes(e)) codes.add(c);
    else throw new Untranslatable();
  }
  if (!codes.size) throw new Untranslatable();
  return codes;
}

function setCodes(node: AST.CharacterSet): Set<number> {
  if (node.kind === 'digit' && !node.negate) return new Set(range('0', '9'));
  if (node.kind === 'word' && !node.negate) return new Set([...range('0', '9'), ...range('A', 'Z'), ...range('a', 'z'), '_'.charCodeAt(0)]);
  // `.`, \s (it includes non-ASCII spaces), \D, \W, \S and property escapes can match other bytes or line ends.
  throw new Untranslatable();
}

function range(from: string, to: string): number[] {
  const out: number[] = [];
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) out.push(c);
  return out;
}

/**
 * A bracket expression for a set of printable ASCII codes, written so no member is special: "]" first, "-" last,
 * "^" never first, and runs of letters or digits as ranges (which the C locale orders by byte).
 */
function bracket(codes: Set<number>): string {
  const chars = [...codes].sort((a, b) => a - b).map((c) => String.fromCharCode(c));
  if (chars.length === 1 && /[A-Za-z0-9]/.test(chars[0]!)) return chars[0]!;
  const isAlnum = (c: string) => /[A-Za-z0-9]/.test(c);
  const body: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < chars.length; ) {
    const c = chars[i]!;
    if (!isAlnum(c)) {
      rest.push(c);
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < chars.length && chars[j + 1]!.charCodeAt(0) === chars[j]!.charCodeAt(0) + 1 && isAlnum(chars[j + 1]!) && sameKind(c, chars[j + 1]!)) j++;
    body.push(j - i >= 2 ? `${c}-${chars[j]}` : chars.slice(i, j + 1).join(''));
    i = j + 1;
  }
  const close = rest.includes(']') ? ']' : '';
  const dash = rest.includes('-') ? '-' : '';
  const caret = rest.includes('^') ? '^' : '';
  const others = rest.filter((c) => c !== ']' && c !== '-' && c !== '^');
  // "[" before ".", ":" or "=" would open a class name; put it last among the others, before "^" and "-".
  const open = others.includes('[') ? '[' : '';
  const plain = others.filter((c) => c !== '[');
  let inner = close + body.join('') + plain.join('') + open + caret + dash;
  if (inner.startsWith('^')) inner = inner.length > 1 ? inner.slice(1) + '^' : inner;
  if (inner === '^') return '\\^';
  return `[${inner}]`;
}

function sameKind(a: string, b: string): boolean {
  const kind = (c: string) => (/[0-9]/.test(c) ? 0 : /[A-Z]/.test(c) ? 1 : 2);
  return kind(a) === kind(b);
}
