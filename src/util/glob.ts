import { RE2JS } from 're2js';
import { literalGlobTest, PICOMATCH_WHOLE } from './glob-literal.js';

// Policy globs match paths the pull request's author chooses. Each glob is translated here into a regular
// expression that runs on RE2 (re2js), in time linear in the path whatever the glob — a backtracking matcher
// (picomatch's regular expressions) hangs on a crafted name, extglobs such as `+(*.test|*.spec)` at once, several
// stars in a row (`*a*a*a*a*b`) with a long enough one. The translation takes what policies write, with
// picomatch's meaning (dotfiles included) on the paths git lists:
// - `*` any characters within a segment, `?` one, `[abc]`, `[a-z]` and `[^a]` one of (or not of) a set;
// - a `**` segment any number of segments, none included (`src/**` matches src itself, `**/x` matches x) — `**`
//   stands alone between slashes;
// - `{a,b}` either alternative (nested braces too, no "/" inside);
// - a leading `!` excludes: a list matches a path that one of its other globs matches and none of its `!` globs
//   names (`[src/**, '!src/vendor/**']`); a list of `!` globs alone matches every path none of them names;
// - anything else is itself.
// What it does not take — extglobs, `[!a]` (picomatch reads the "!" as a character), POSIX classes, brace ranges,
// "/" inside braces, `\` — is refused by globProblem, with its line, when the policy is loaded.

/** A compiled set of repo-relative globs; dotfiles match, as a reviewer would expect of `src/**`. */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const positive: string[] = [];
  const literals: ((path: string) => boolean)[] = [];
  const negated: RE2JS[] = [];
  /** The globs as given that select paths (not `!`), each also matching the path it spells. */
  const included: string[] = [];
  // The literal leading folder ("docs/requirements/" of "docs/requirements/*.yml") of each glob in `positive`;
  // undefined once one starts with a pattern (any path may match it).
  let folders: string[] | undefined = [];
  for (const given of globs) {
    const problem = globProblem(given);
    if (problem) throw new Error(`The glob ${problem}`);
    const glob = withoutDotSlash(given);
    if (glob.startsWith('!')) negated.push(RE2JS.compile(translate(withoutDotSlash(glob.slice(1)))));
    else {
      included.push(given);
      // `test/**`, `**/name`, a plain path: string comparisons, exactly as their translation answers (glob-literal.ts).
      const quick = literalGlobTest(glob);
      if (quick) literals.push(quick);
      else {
        positive.push(PICOMATCH_WHOLE.get(glob) ?? translate(glob));
        const folder = literalFolder(glob);
        if (folder) folders?.push(folder);
        else folders = undefined;
      }
    }
  }
  // The positive globs as one alternation, tested once per path.
  const any = positive.length ? RE2JS.compile(positive.map((source) => `(?:${source})`).join('|')) : undefined;
  const literal = new Set(included);
  // Wildcards do not match line breaks; a file named "docs/a\nb.md" must not slip past "docs/**".
  return (path) => {
    if (path === '') return false;
    const matchable = CONTROL.test(path) ? path.replace(CONTROLS, '\ufffd') : path;
    const selected =
      included.length === 0 ||
      literal.has(matchable) ||
      literals.some((test) => test(matchable)) ||
      // A path outside every folder those globs name literally cannot match them: a string test spares the regular
      // expression most of a large tree.
      ((!folders || folders.some((f) => matchable.startsWith(f))) && (any?.testExact(matchable) ?? false));
    // An excluding glob ("!vendor/**") takes out what the others selected; it never adds a path of its own.
    return selected && !negated.some((re) => re.testExact(matchable));
  };
}

/** The literal leading folders of a glob ("a/b/" of "a/b/*.md"); "" when its first segment is a pattern. */
function literalFolder(glob: string): string {
  const segments = glob.split('/');
  let folder = '';
  // The last segment may be a pattern, or the end of the path: only the folders before it are taken.
  for (let i = 0; i < segments.length - 1 && !GLOB_SYNTAX.test(segments[i]!); i++) folder += `${segments[i]}/`;
  return folder;
}

/** What a segment may hold that the translation reads as more than itself (a few more, to be safe). */
const GLOB_SYNTAX = /[*?[\]{}(),!\\]/;

// eslint-disable-next-line no-control-regex -- a path's control characters are matched as U+FFFD, so the class names them
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/** Why a glob cannot be used in a policy, or undefined when it can. */
export function globProblem(glob: string): string | undefined {
  if (glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob)) return `"${glob}" is absolute; write it relative to the repository root`;
  if (glob.split('/').includes('..')) return `"${glob}" climbs out with ".."; write it relative to the repository root`;
  if (glob.includes('\\')) return `"${glob}" uses "\\"; use "/" as the path separator`;
  if (/[@!+*?]\(/.test(glob)) {
    return `"${glob}" uses an extglob such as +(…) or @(…), which is not taken (globs match file names a pull request chooses, and every glob runs in linear time) — write the alternatives with braces, {a,b}, or as globs of their own`;
  }
  const plain = withoutDotSlash(glob);
  if (plain.startsWith('!!')) return `"${glob}" negates twice; write it without the "!!"`;
  try {
    translate(plain.startsWith('!') ? withoutDotSlash(plain.slice(1)) : plain);
  } catch (e) {
    if (e instanceof GlobSyntax) return `"${glob}" ${e.message}`;
    throw e;
  }
  return undefined;
}

class GlobSyntax extends Error {}

/** A leading "./" names the root, as it does to picomatch. */
function withoutDotSlash(glob: string): string {
  while (glob.startsWith('./')) glob = glob.slice(2);
  return glob;
}

/** The RE2 source matching, whole, the paths the glob matches. */
function translate(glob: string): string {
  if (glob === '') throw new GlobSyntax('is empty; name a path or write a pattern such as docs/**');
  // A trailing "/" names a folder: the glob then matches only paths that end in "/", which git never lists.
  if (glob.endsWith('/') && glob.length > 1) return `${translate(glob.slice(0, -1))}/`;
  const segments = splitSegments(glob);
  if (segments.includes('.') || segments.includes(''))
    throw new GlobSyntax('has an empty or "." segment ("//" or "/./"); write each folder once');
  // Consecutive ** segments mean what one does.
  const kept = segments.filter((s, i) => !(s === '**' && segments[i - 1] === '**'));
  let out = '';
  for (let i = 0; i < kept.length; i++) {
    const segment = kept[i]!;
    const first = i === 0;
    const last = i === kept.length - 1;
    // A separator before this segment, unless the ** before it already ended with one.
    const separator = first || kept[i - 1] === '**' ? '' : '/';
    if (segment === '**') {
      if (first && last) out += '(?s:.*)';
      else if (first) out += '(?s:.*/)?';
      // picomatch's quirk, kept: after a segment that ends in "*", a trailing "/**" needs its "/" ("a*/**" misses "ab").
      else if (last) out += kept[i - 1]!.endsWith('*') ? '(?s:/.*)' : '(?s:/.*)?';
      else out += '/(?s:.*/)?';
    } else out += separator + translateSegment(segment);
  }
  return out;
}

/** The glob's "/"-separated segments ("/" inside braces is refused). */
function splitSegments(glob: string): string[] {
  let depth = 0;
  for (const c of glob) {
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '/' && depth > 0) throw new GlobSyntax('has a "/" inside braces; write one glob per alternative');
  }
  return glob.split('/');
}

/** One segment (no "/", not `**`). */
function translateSegment(segment: string): string {
  let out = '';
  let i = 0;
  while (i < segment.length) {
    const c = segment[i]!;
    if (c === '*') {
      if (segment[i + 1] === '*')
        throw new GlobSyntax('has "**" inside a segment; "**" stands alone between slashes (src/**/x.ts), "*" matches within a segment');
      i++;
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
      i++;
    } else if (c === '[') {
      const { source, end } = bracket(segment, i);
      out += source;
      i = end;
    } else if (c === '{') {
      const { source, end } = braces(segment, i);
      out += source;
      i = end;
    } else if (c === '}' || c === ',') {
      if (c === '}') throw new GlobSyntax('has a "}" that closes no "{"; remove it or open the braces');
      out += ',';
      i++;
    } else {
      const code = segment.codePointAt(i)!;
      const char = String.fromCodePoint(code);
      out += literal(char);
      i += char.length;
    }
  }
  return out;
}

/** `{a,b,…}` from `start` (its "{") to the matching "}": each alternative a segment of its own. */
function braces(segment: string, start: number): { source: string; end: number } {
  const alternatives: string[] = [];
  let depth = 0;
  let from = start + 1;
  for (let i = start; i < segment.length; i++) {
    const c = segment[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      alternatives.push(segment.slice(from, i));
      if (alternatives.some((a) => a.includes('..')))
        throw new GlobSyntax('uses a brace range such as {1..3}, which is not taken; list the alternatives');
      if (alternatives.length < 2)
        throw new GlobSyntax(
          `has braces with one alternative, "${segment.slice(start, i + 1)}"; list two or more, {a,b}, or drop the braces`,
        );
      return { source: `(?:${alternatives.map(translateSegment).join('|')})`, end: i + 1 };
    } else if (c === ',' && depth === 1) {
      alternatives.push(segment.slice(from, i));
      from = i + 1;
    }
  }
  throw new GlobSyntax('has a "{" that is never closed; close it with "}"');
}

/** `[…]` from `start`: one character of the set (or, after "^", not of it, and never "/"). */
function bracket(segment: string, start: number): { source: string; end: number } {
  const close = segment.indexOf(']', start + 1);
  if (close === -1) throw new GlobSyntax('has a "[" that is never closed; close it with "]"');
  const body = segment.slice(start + 1, close);
  if (body === '' || body === '^') throw new GlobSyntax(`has an empty set "${segment.slice(start, close + 1)}"; name its characters`);
  if (body.startsWith('!'))
    throw new GlobSyntax(
      `has "${segment.slice(start, close + 1)}", which matches "!" as a character rather than negating; write [^…] to negate`,
    );
  if (body.includes('['))
    throw new GlobSyntax(`has a "[" inside a set, "${segment.slice(start, close + 1)}"; POSIX classes such as [[:alpha:]] are not taken`);
  const negate = body.startsWith('^');
  const members = [...(negate ? body.slice(1) : body)];
  let set = '';
  for (let i = 0; i < members.length; i++) {
    const c = members[i]!;
    if (members[i + 1] === '-' && i + 2 < members.length) {
      const to = members[i + 2]!;
      if (to.codePointAt(0)! < c.codePointAt(0)!)
        throw new GlobSyntax(`has the range "${c}-${to}", which runs backwards; write it "${to}-${c}"`);
      set += `${classMember(c)}-${classMember(to)}`;
      i += 2;
    } else set += classMember(c);
  }
  const source = negate ? `[^/${set}]` : `[${set}]`;
  // picomatch lets a set of plain characters ([ab], not [a-c] or [^a]) match its own text as well.
  if (/[-*+?.^${}(|)[\]]/.test(body)) return { source, end: close + 1 };
  return { source: `(?:${[...segment.slice(start, close + 1)].map(literal).join('')}|${source})`, end: close + 1 };
}

/** A character as itself in RE2, outside a class. */
function literal(c: string): string {
  return /[\\^$.|?*+()[\]{}]/.test(c) ? `\\${c}` : c;
}

/** A character as itself inside an RE2 class. */
function classMember(c: string): string {
  return /[\\^\-\][]/.test(c) ? `\\${c}` : c;
}
