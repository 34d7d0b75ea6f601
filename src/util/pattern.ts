import { RE2JS } from 're2js';

// Policy patterns (id_pattern, reference_pattern, a change request's pattern) run over text the pull request's
// author controls: titles, bodies, test files. They run on RE2 (re2js), which matches in time linear in the text
// whatever the pattern — `(a+)+$` included — so no pattern can let a crafted pull request hang the gate, and no
// heuristic has to guess which patterns are safe. The syntax is RE2's (https://github.com/google/re2/wiki/Syntax):
// JavaScript's, less lookaheads and back-references; lookbehinds are taken (re2js runs them in linear time too).
// Every policy pattern is compiled and run here, and nowhere else.

/** What a pattern may cost to compile: RE2 refuses larger repetition counts; this bounds the program. */
const MAX_SOURCE_LENGTH = 2_000;
const MAX_PROGRAM_SIZE = 50_000;

/** Texts longer than this are asked whether they match before their matches are searched for. */
const PRECHECK_LENGTH = 1_000;

/** A character that continues an id: what an id standing alone is not preceded or followed by. */
const WORD = 'A-Za-z0-9_';

export class PatternError extends Error {}

/** Pattern.whole's answers by source (a few policy patterns per process). */
const WHOLE = new Map<string, (text: string) => boolean>();

/** One match: where it starts and ends (UTF-16 offsets, as JavaScript's), its text and its groups. */
export interface PatternMatch {
  index: number;
  end: number;
  text: string;
  /** Capture groups 1..n (undefined where a group took no part). */
  groups: (string | undefined)[];
  /** Named groups ((?P<name>…) or (?<name>…)). */
  named: Record<string, string | undefined>;
}

/** Why `source` cannot be a policy pattern (what RE2 says, and what to do), or undefined when it can. */
export function patternProblem(source: string): string | undefined {
  try {
    compileRe2(source);
    return undefined;
  } catch (e) {
    if (e instanceof PatternError) return e.message;
    throw e;
  }
}

function compileRe2(source: string): RE2JS {
  if (source.length > MAX_SOURCE_LENGTH)
    throw new PatternError(`is ${source.length} characters long, over the ${MAX_SOURCE_LENGTH} a pattern may have — shorten it`);
  let re: RE2JS;
  try {
    // Lookbehinds need a flag of their own; patterns without one do not pay for it.
    re = RE2JS.compile(source, /\(\?<[=!]/.test(source) ? RE2JS.LOOKBEHINDS : 0);
  } catch (e) {
    // RE2 calls a lookahead an "invalid named capture"; say what it is.
    const reason = /\(\?[=!]/.test(source)
      ? 'a lookahead, (?=…) or (?!…)'
      : ((e as Error).message || String(e)).replace(/^error parsing regexp: /, '');
    throw new PatternError(
      `is not a valid regular expression for RE2, the linear-time engine policy patterns run on (${reason}) — write it in RE2 syntax: no lookahead such as (?=…) or (?!…), no back-reference such as \\1, repeat counts up to 1000`,
    );
  }
  if (re.programSize() > MAX_PROGRAM_SIZE)
    throw new PatternError(`compiles to more than ${MAX_PROGRAM_SIZE} instructions — use smaller repetition counts`);
  return re;
}

/**
 * A compiled policy pattern. Its matches are found as JavaScript's `matchAll` finds a global pattern's, with the
 * same leftmost-first choice: each search starts where the last match ended (one further after an empty match).
 */
export class Pattern {
  private constructor(
    /** The policy's pattern as written. */
    readonly source: string,
    private readonly re: RE2JS,
    /** Which group holds the match: 0, or 1 for a pattern wrapped to stand alone. */
    private readonly group: 0 | 1,
    /** A wrapped pattern's searches after the start of the text: a character, then the match (no "^" to go by). */
    private readonly inside: RE2JS = re,
  ) {}

  /** The pattern, or a PatternError saying why not (see patternProblem). */
  static compile(source: string): Pattern {
    return new Pattern(source, compileRe2(source), 0);
  }

  /**
   * Matches of `source` that stand alone — not preceded or followed by a letter, digit or underscore —, as
   * JavaScript's `(?<![A-Za-z0-9_])(?:source)(?![A-Za-z0-9_])` would find them. RE2 has no lookahead: the
   * characters on either side are matched (and the search resumes one character back, so each can serve the next
   * match as well), and the match is the group between them.
   */
  static standingAlone(source: string): Pattern {
    compileRe2(source);
    const after = `(${source})(?:[^${WORD}]|$)`;
    return new Pattern(source, compileRe2(`(?:^|[^${WORD}])${after}`), 1, compileRe2(`[^${WORD}]${after}`));
  }

  /**
   * Whether the whole of `text` matches (as `^(?:source)$` would): RE2 anchored at both ends, on its DFA. Compiled
   * once per source, as a parser asks for it once per file.
   */
  static whole(source: string): (text: string) => boolean {
    let test = WHOLE.get(source);
    if (!test) {
      const re = compileRe2(source);
      // The common id forms (REQ-[0-9]+, [A-Z][A-Z0-9]*-[0-9]+) are read by a plain walk with RE2's answers: its
      // first run in a process costs ~3 µs per text, 20,000 requirements' ids ~60 ms.
      test = simpleWhole(source) ?? ((text) => re.testExact(text));
      if (WHOLE.size >= 64) WHOLE.clear();
      WHOLE.set(source, test);
    }
    return test;
  }

  /** Whether `text` holds a match. */
  test(text: string): boolean {
    if (this.group === 0) return this.re.test(text);
    for (const _ of this.matchAll(text)) return true;
    return false;
  }

  /** The first match, or undefined. */
  exec(text: string): PatternMatch | undefined {
    for (const m of this.matchAll(text)) return m;
    return undefined;
  }

  /** Every match, in order, as a global JavaScript search would find them. */
  *matchAll(text: string): Generator<PatternMatch> {
    // A long text is first asked whether it matches at all, on RE2's DFA (no groups tracked: the quickest search,
    // and linear); most texts of a scan do not, and the search that tracks groups runs only on those that do.
    if (text.length > PRECHECK_LENGTH && !this.re.test(text)) return;
    const wrapped = this.group === 1;
    const first = this.re.matcher(text);
    // From the second character on, a wrapped search starts one character back, where "^" must not match.
    let m = first;
    const count = m.groupCount();
    const names = Object.entries(this.re.namedGroups() as Record<string, number>);
    // Where the search in JavaScript's terms resumes; a wrapped pattern looks one character back.
    let from = 0;
    while (from <= text.length) {
      if (wrapped && from > 0 && m === first) m = this.inside.matcher(text);
      if (!m.find(wrapped && from > 0 ? from - 1 : from)) return;
      const index = m.start(this.group);
      const end = m.end(this.group);
      const groups: (string | undefined)[] = [];
      // A wrapped pattern's own groups follow the wrapping one; only the whole match is its answer.
      if (!wrapped) for (let g = 1; g <= count; g++) groups.push(m.group(g) ?? undefined);
      const named: Record<string, string | undefined> = {};
      if (!wrapped) for (const [name, g] of names) named[name] = m.group(g) ?? undefined;
      yield { index, end, text: text.slice(index, end), groups, named };
      from = end > index ? end : index + 1;
    }
  }
}

/** One step of a simple pattern: a set of ASCII characters, taken once, once or more (+) or any number of times (*). */
interface SimpleAtom {
  set: Uint8Array;
  repeat: '' | '+' | '*';
}

/** Characters a simple pattern writes as themselves: RE2 reads each of them literally outside a class. */
const LITERAL = /[A-Za-z0-9_-]/;
const CLASS_END = /[A-Za-z0-9]/;

/**
 * A walk that answers as RE2's whole match of `source` does, for patterns made only of literal letters, digits, "_"
 * and "-", `\d` and classes of letters, digits and ranges between them (no negation), each taken once or with + or
 * *; undefined for any other pattern. A repeated step must be followed by a step taken at least once whose
 * characters it cannot take: then taking as many as it can is the only way to match, and no step is ever retried.
 */
export function simpleWhole(source: string): ((text: string) => boolean) | undefined {
  const atoms: SimpleAtom[] = [];
  let i = 0;
  while (i < source.length) {
    const set = new Uint8Array(128);
    const c = source[i]!;
    if (c === '\\' && source[i + 1] === 'd') {
      set.fill(1, 48, 58);
      i += 2;
    } else if (c === '[') {
      const close = source.indexOf(']', i + 1);
      if (close < 0 || !simpleClass(source.slice(i + 1, close), set)) return undefined;
      i = close + 1;
    } else if (LITERAL.test(c)) {
      set[c.charCodeAt(0)] = 1;
      i++;
    } else return undefined;
    const q = source[i];
    const repeat = q === '+' || q === '*' ? q : '';
    if (repeat) i++;
    atoms.push({ set, repeat });
  }
  if (!atoms.length) return undefined;
  for (let a = 0; a + 1 < atoms.length; a++) {
    const { set, repeat } = atoms[a]!;
    const next = atoms[a + 1]!;
    if (repeat && (next.repeat === '*' || set.some((x, ch) => x === 1 && next.set[ch] === 1))) return undefined;
  }
  return (text) => {
    const length = text.length;
    let at = 0;
    for (const { set, repeat } of atoms) {
      if (!repeat) {
        if (at >= length || set[text.charCodeAt(at)] !== 1) return false;
        at++;
        continue;
      }
      const start = at;
      while (at < length && set[text.charCodeAt(at)] === 1) at++;
      if (repeat === '+' && at === start) return false;
    }
    return at === length;
  };
}

/** A class's characters into `set`: letters, digits and "_", and ranges between letters or digits; false for anything else. */
function simpleClass(body: string, set: Uint8Array): boolean {
  if (!body.length) return false;
  for (let i = 0; i < body.length;) {
    const c = body[i]!;
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const to = body[i + 2]!;
      if (!CLASS_END.test(c) || !CLASS_END.test(to) || c > to) return false;
      set.fill(1, c.charCodeAt(0), to.charCodeAt(0) + 1);
      i += 3;
    } else if (LITERAL.test(c) && c !== '-') {
      set[c.charCodeAt(0)] = 1;
      i++;
    } else return false;
  }
  return true;
}
