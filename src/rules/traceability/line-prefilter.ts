import { RegExpParser, type AST } from '@eslint-community/regexpp';

// A line selection for `git grep` (in the C locale, so on bytes) that selects every line on which a policy pattern
// can match — a superset, so a scan can let git find the candidate lines and read only those with the policy's own
// pattern (on RE2, src/util/pattern.ts): git selects, the matcher decides, so the answer is the matcher's. Written twice, as a PCRE (git grep -P, where git has it: several times quicker)
// and as a POSIX extended regular expression (-E, always there). Offered only for patterns whose matches provably
// lie within one line and mean the same on bytes as on text:
// - nothing in the pattern can match a line terminator, and there are no ^ or $ anchors: then a match, and every
//   lookaround and \b around it, sees at a line's edge what it sees at the edge of the input, so matching line by
//   line finds exactly the matches of the whole text;
// - every character it can match is printable ASCII (or a tab): an ASCII byte decodes to itself and never belongs
//   to a multi-byte sequence, so a match in the decoded text is the same match in the bytes.
// Lookarounds, \b and \B are left out of the translation (which only widens it), laziness is ignored (it changes
// which match, not whether a line has one). Anything else — `.`, negated classes, \s, \W, \D, back-references,
// non-ASCII characters, a pattern that can match the empty string — gets no prefilter, and the scan reads all text.
// The pattern is read in the syntax RE2 and JavaScript share: where they could read it differently (an escaped
// letter or digit other than \d, \w, \b, \B, \t or \xHH — RE2's \z, \pL, \Q…\E, \x{41} —, an unescaped "["
// inside a class — RE2's [[:alpha:]] —, or a group with flags such as (?i:…)) there is no prefilter either.

export interface LineSelection {
  /** For git grep -P. */
  pcre: string;
  /** For git grep -E. */
  ere: string;
  /** For git grep -P -o: where given, its matches, line by line, are the very matches of the pattern (see exactIdSearch). */
  exact?: string;
}

/** The selection, or undefined when the pattern is outside what can be translated exactly (see above). */
export function linePrefilter(source: string): LineSelection | undefined {
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: false, unicodeSets: false });
  } catch {
    return undefined;
  }
  try {
    const pcre = alternatives(pattern.alternatives, PCRE);
    const ere = alternatives(pattern.alternatives, ERE);
    // A pattern that can match nothing at all would select every line; a full read is as good and simpler.
    if (pcre.nullable) return undefined;
    return { pcre: pcre.source, ere: ere.source };
  } catch (e) {
    if (e instanceof Untranslatable) return undefined;
    throw e;
  }
}

interface Dialect {
  group(inner: string): string;
  /** A set of printable ASCII codes (or a tab) as one atom. */
  set(codes: Set<number>): string;
  /** Same matches rather than a superset of lines: nothing left out, widened or reordered (and no assertion). */
  exact?: boolean;
}

const PCRE: Dialect = { group: (inner) => `(?:${inner})`, set: pcreSet };
const EXACT: Dialect = { ...PCRE, exact: true };
/** The largest repetition count RE2 takes (PCRE takes more). */
const EXACT_MAX_REPEAT = 1000;

const WORD_CODES = new Set([...range('0', '9'), ...range('A', 'Z'), ...range('a', 'z'), '_'.charCodeAt(0)]);

/**
 * A PCRE for `git grep -P -o` whose matches are exactly those of an id_pattern standing alone (not preceded or
 * followed by a letter, digit or underscore), as src/util/pattern.ts finds them — or undefined where that cannot be
 * promised. `git grep -o` resumes after a match as if the rest were a line of its own, so a lookbehind there sees
 * nothing of the match before; the answer is still the pattern's when (besides what linePrefilter asks) the id
 * pattern holds no assertion of its own and every match of it starts with a letter, digit or underscore: a match
 * ends before a character that is none of those, so the next starts further on, and what the lookbehind reads lies
 * in the rest git searches. "@?REQ-[0-9]+" is refused: in "REQ-1@REQ-2" the pattern finds REQ-2, git "@REQ-2".
 */
export function exactIdSearch(idPattern: string): string | undefined {
  if (!linePrefilter(idPattern)) return undefined;
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(idPattern, 0, idPattern.length, { unicode: false, unicodeSets: false });
  } catch {
    return undefined;
  }
  try {
    const first = firstOfAlternatives(pattern.alternatives);
    if (first.nullable || [...first.codes].some((c) => !WORD_CODES.has(c))) return undefined;
    const id = alternatives(pattern.alternatives, EXACT);
    return `(?<![0-9A-Za-z_])${EXACT.group(id.source)}(?![0-9A-Za-z_])`;
  } catch (e) {
    if (e instanceof Untranslatable) return undefined;
    throw e;
  }
}

interface First {
  /** The characters a match can start with. */
  codes: Set<number>;
  nullable: boolean;
}

function firstOfAlternatives(list: readonly AST.Alternative[]): First {
  const codes = new Set<number>();
  let nullable = false;
  for (const alt of list) {
    const f = firstOfSequence(alt.elements);
    for (const c of f.codes) codes.add(c);
    nullable ||= f.nullable;
  }
  return { codes, nullable };
}

function firstOfSequence(elements: readonly AST.Element[]): First {
  const codes = new Set<number>();
  for (const e of elements) {
    const f = firstOf(e);
    for (const c of f.codes) codes.add(c);
    if (!f.nullable) return { codes, nullable: false };
  }
  return { codes, nullable: true };
}

function firstOf(node: AST.Element): First {
  switch (node.type) {
    case 'Character':
      return { codes: new Set([character(node)]), nullable: false };
    case 'CharacterClass':
      return { codes: classCodes(node), nullable: false };
    case 'CharacterSet':
      return { codes: setCodes(node), nullable: false };
    case 'Group':
    case 'CapturingGroup':
      return firstOfAlternatives(node.alternatives);
    case 'Quantifier': {
      if (node.max === 0) return { codes: new Set(), nullable: true };
      const f = firstOf(node.element);
      return { codes: f.codes, nullable: f.nullable || node.min === 0 };
    }
    default:
      throw new Untranslatable();
  }
}

const ERE: Dialect = { group: (inner) => `(${inner})`, set: bracket };

class Untranslatable extends Error {}

interface Translated {
  source: string;
  /** Whether it can match the empty string. */
  nullable: boolean;
}

const MAX_REPEAT = 255;

function alternatives(list: readonly AST.Alternative[], dialect: Dialect): Translated {
  const parts = list.map((alt) => sequence(alt, dialect));
  if (dialect.exact) {
    // In order, empty alternatives included: which alternative wins decides the match.
    const nullable = parts.some((p) => p.nullable);
    return parts.length === 1 ? parts[0]! : { source: dialect.group(parts.map((p) => p.source).join('|')), nullable };
  }
  const nonEmpty = parts.filter((p) => p.source !== '');
  const nullable = parts.some((p) => p.nullable);
  if (!nonEmpty.length) return { source: '', nullable: true };
  // An empty alternative is written as an optional group: POSIX leaves "(a|)" undefined.
  const hasEmpty = nonEmpty.length < parts.length;
  if (nonEmpty.length === 1 && !hasEmpty) return nonEmpty[0]!;
  return { source: `${dialect.group(nonEmpty.map((p) => p.source).join('|'))}${hasEmpty ? '?' : ''}`, nullable };
}

function sequence(alt: AST.Alternative, dialect: Dialect): Translated {
  const parts = alt.elements.map((e) => element(e, dialect));
  return { source: parts.map((p) => p.source).join(''), nullable: parts.every((p) => p.nullable) };
}

function element(node: AST.Element, dialect: Dialect): Translated {
  switch (node.type) {
    case 'Character':
      return { source: dialect.set(new Set([character(node)])), nullable: false };
    case 'CharacterClass':
      return { source: dialect.set(classCodes(node)), nullable: false };
    case 'CharacterSet':
      return { source: dialect.set(setCodes(node)), nullable: false };
    case 'Group':
      // (?i:…) and the like: RE2 and JavaScript both take them, and a flag changes what matches.
      if (node.modifiers) throw new Untranslatable();
      return alternatives(node.alternatives, dialect);
    case 'CapturingGroup':
      // Alternatives come back grouped; a plain sequence needs no group of its own.
      return alternatives(node.alternatives, dialect);
    case 'Quantifier': {
      const inner = element(node.element, dialect);
      if (dialect.exact) {
        if (inner.source === '' || node.min > EXACT_MAX_REPEAT || (node.max !== Infinity && node.max > EXACT_MAX_REPEAT))
          throw new Untranslatable();
        const bounds = `{${node.min},${node.max === Infinity ? '' : node.max}}`;
        return { source: `${dialect.group(inner.source)}${bounds}${node.greedy ? '' : '?'}`, nullable: inner.nullable || node.min === 0 };
      }
      if (inner.source === '' || node.max === 0) return { source: '', nullable: true };
      const min = Math.min(node.min, MAX_REPEAT);
      // A bound past what POSIX promises becomes unbounded: still every line the pattern matches.
      const max = node.max === Infinity || node.max > MAX_REPEAT ? Infinity : node.max;
      const atom = dialect.group(inner.source);
      const source =
        min === 0 && max === Infinity
          ? `${atom}*`
          : min === 1 && max === Infinity
            ? `${atom}+`
            : min === 0 && max === 1
              ? `${atom}?`
              : `${atom}{${min},${max === Infinity ? '' : max}}`;
      return { source, nullable: inner.nullable || min === 0 };
    }
    case 'Assertion':
      if (node.kind === 'start' || node.kind === 'end' || dialect.exact) throw new Untranslatable();
      // Left out, but what they may read is checked like the rest.
      if (node.kind === 'lookahead' || node.kind === 'lookbehind') for (const a of node.alternatives) sequence(a, dialect);
      return { source: '', nullable: true };
    default:
      // Back-references and anything newer.
      throw new Untranslatable();
  }
}

/**
 * A literal character, where RE2 reads it as JavaScript does: written as itself, or escaped as punctuation, \t or
 * \xHH. An escaped letter or digit otherwise means something else to RE2 (\z, \pL, \Q, \x{41}, \1) or nothing.
 */
function character(node: AST.Character): number {
  if (node.raw.startsWith('\\') && /^\\[A-Za-z0-9]/.test(node.raw) && node.raw !== '\\t' && !/^\\x[0-9A-Fa-f]{2}$/.test(node.raw))
    throw new Untranslatable();
  return allowed(node.value);
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
    // An unescaped "[" in a class: RE2 reads [[:alpha:]] as a class name, JavaScript as characters.
    if ((e.type === 'Character' && e.raw === '[') || (e.type === 'CharacterClassRange' && (e.min.raw === '[' || e.max.raw === '[')))
      throw new Untranslatable();
    if (e.type === 'Character') codes.add(character(e));
    else if (e.type === 'CharacterClassRange') {
      character(e.min);
      character(e.max);
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

/** A set's letters and digits as runs ("a-z" where three or more follow each other), and its other characters. */
function splitSet(codes: Set<number>): { runs: string[]; others: string[] } {
  const chars = [...codes].sort((a, b) => a - b).map((c) => String.fromCharCode(c));
  const runs: string[] = [];
  const others: string[] = [];
  for (let i = 0; i < chars.length;) {
    const c = chars[i]!;
    const kind = kindOf(c);
    if (kind === undefined) {
      others.push(c);
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < chars.length && chars[j + 1]!.charCodeAt(0) === chars[j]!.charCodeAt(0) + 1 && kindOf(chars[j + 1]!) === kind) j++;
    runs.push(j - i >= 2 ? `${c}-${chars[j]}` : chars.slice(i, j + 1).join(''));
    i = j + 1;
  }
  return { runs, others };
}

/** Digits, capitals and small letters: the runs that ranges may span (the C locale orders them by byte). */
function kindOf(c: string): number | undefined {
  return /[0-9]/.test(c) ? 0 : /[A-Z]/.test(c) ? 1 : /[a-z]/.test(c) ? 2 : undefined;
}

/** A PCRE atom: a backslash before any character that is not a letter or digit makes it literal, in a class or not. */
function pcreSet(codes: Set<number>): string {
  const { runs, others } = splitSet(codes);
  const members = [...runs, ...others.map((c) => (c === '\t' ? '\\t' : `\\${c}`))];
  return codes.size === 1 ? members[0]! : `[${members.join('')}]`;
}

/**
 * A POSIX bracket expression for a set of printable ASCII codes, written so no member is special: "]" first, "-"
 * last, "^" never first; a lone letter or digit stands as itself.
 */
function bracket(codes: Set<number>): string {
  const { runs, others } = splitSet(codes);
  if (!others.length && runs.length === 1 && runs[0]!.length === 1) return runs[0]!;
  const close = others.includes(']') ? ']' : '';
  const dash = others.includes('-') ? '-' : '';
  const caret = others.includes('^') ? '^' : '';
  const rest = others.filter((c) => c !== ']' && c !== '-' && c !== '^');
  // "[" before ".", ":" or "=" would open a class name; put it last among the others, before "^" and "-".
  const open = rest.includes('[') ? '[' : '';
  const plain = rest.filter((c) => c !== '[');
  let inner = close + runs.join('') + plain.join('') + open + caret + dash;
  if (inner.startsWith('^')) inner = inner.length > 1 ? inner.slice(1) + '^' : inner;
  if (inner === '^') return '\\^';
  return `[${inner}]`;
}
