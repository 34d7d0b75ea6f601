// Globs that need no regular expression: the shapes policies write most (`test/**`, `**/*.test.*`,
// `docs/requirements/*.yml`, a plain path) answered with string comparisons, exactly as src/util/glob.ts's
// translation to RE2 answers them. A glob of any other shape gets undefined, and the RE2 matcher answers it.
// - `<literal>/**`: `(?s:/.*)?` after the literal — the folder itself, or any path under it;
// - `**/<segment>`: `(?s:.*/)?` before it — a last segment that matches, in the root or in any folder;
// - `<literal>/**/<segment>`: `/(?s:.*/)?` between them — under that folder, at any depth;
// - `<literal>/<segment>` and `<segment>`: a last segment that matches, in that folder (or the root) only;
// - `<literal>`: that path.
// A literal here holds none of the characters the translation reads as syntax (`*`, `?`, `[`, `]`, `{`, `}`, `,`,
// `!`, `\`), no empty or "." segment and no "..", and does not end with "/"; a segment is such a literal or one with
// single stars (`*.test.*`: `[^/]*` each, any characters but "/"). The matcher compares them with the path as it tests
// the path (control characters already replaced).

/** Characters the translation reads as syntax, or that a policy glob may not hold. */
const SYNTAX = /[*?[\]{},!\\]/;

/** A segment written as itself: not empty, not "." or "..", no syntax, no "/". */
function literalSegment(segment: string): boolean {
  return segment !== '' && segment !== '.' && segment !== '..' && !SYNTAX.test(segment) && !segment.includes('/');
}

/** A path of such segments. */
function literalPath(path: string): boolean {
  return path.split('/').every(literalSegment);
}

/** A segment of literal characters and single stars (`*.test.*`, `*`), no "**". */
function starSegment(segment: string): boolean {
  return segment.includes('*') && !segment.includes('**') && literalSegment(segment.replaceAll('*', 'x'));
}

/**
 * Whether the path's last segment, from `from` to its end (no "/" in it), matches a segment of literal pieces joined
 * by `*` (`[^/]*`): the first piece starts it, the last ends it, and the pieces between come in order, each taken
 * where it first occurs — with stars alone, the leftmost place of a piece never loses a match a later place would
 * make, so nothing is tried twice: linear in the name.
 */
function segmentTest(segment: string): (path: string, from: number) => boolean {
  const pieces = segment.split('*');
  if (pieces.length === 1) return (path, from) => path.length - from === segment.length && path.startsWith(segment, from);
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const middle = pieces.slice(1, -1).filter((p) => p !== '');
  const least = pieces.reduce((n, p) => n + p.length, 0);
  return (path, from) => {
    if (path.length - from < least || !path.startsWith(first, from) || !path.endsWith(last)) return false;
    let at = from + first.length;
    const end = path.length - last.length;
    for (const piece of middle) {
      const found = path.indexOf(piece, at);
      if (found < 0 || found + piece.length > end) return false;
      at = found + piece.length;
    }
    return true;
  };
}

/**
 * picomatch's own reading of these whole globs when they are not negated, as RE2 sources (glob.ts takes them in place
 * of the translation, and literalGlobTest leaves them to it): the dot is followed by at least one character (`*.*`
 * does not match "a.", which the general reading of the same glob, and `!*.*`, would).
 */
export const PICOMATCH_WHOLE: ReadonlyMap<string, string> = new Map([
  ['*.*', '[^/]*\\.[^/]+'],
  ['**/*.*', '(?s:.*/)?[^/]*\\.[^/]+'],
]);

/** A string test equal to the glob's RE2 translation, or undefined for any other shape. `glob` has no leading "./" or "!". */
export function literalGlobTest(glob: string): ((path: string) => boolean) | undefined {
  if (PICOMATCH_WHOLE.has(glob)) return undefined;
  if (glob.endsWith('/**')) {
    const folder = glob.slice(0, -3);
    if (!literalPath(folder)) return undefined;
    const under = `${folder}/`;
    return (path) => path === folder || path.startsWith(under);
  }
  const slash = glob.lastIndexOf('/');
  const name = glob.slice(slash + 1);
  if (!literalSegment(name) && !starSegment(name)) return undefined;
  const test = segmentTest(name);
  const before = slash < 0 ? '' : glob.slice(0, slash);
  if (before === '**' || before.endsWith('/**')) {
    // `**/<name>` or `<folder>/**/<name>`: a last segment that matches, at any depth (under the folder).
    const folder = before === '**' ? '' : before.slice(0, -2);
    if (folder !== '' && !literalPath(folder.slice(0, -1))) return undefined;
    return (path) => path.startsWith(folder) && test(path, path.lastIndexOf('/') + 1);
  }
  if (before !== '' && !literalPath(before)) return undefined;
  // `<folder>/<name>` or `<name>`: a last segment that matches, in that folder (or the root) only.
  const under = before === '' ? '' : `${before}/`;
  return (path) => path.startsWith(under) && path.indexOf('/', under.length) < 0 && test(path, under.length);
}
