// Globs that need no regular expression: the shapes policies write most (`test/**`, `**/.doorstop.yml`, a plain
// path) answered with string comparisons, exactly as src/util/glob.ts's translation to RE2 answers them. A glob of
// any other shape gets undefined, and the RE2 matcher answers it.
// - `<literal>/**`: `(?s:/.*)?` after the literal — the folder itself, or any path under it;
// - `**/<literal segment>`: `(?s:.*/)?` before it — that name in the root or in any folder;
// - `<literal>`: that path.
// A literal here holds none of the characters the translation reads as syntax (`*`, `?`, `[`, `]`, `{`, `}`, `,`,
// `!`, `\`), no empty or "." segment and no "..", and does not end with "/"; the matcher compares it with the path
// as it tests the path (control characters already replaced).

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

/** A string test equal to the glob's RE2 translation, or undefined for any other shape. `glob` has no leading "./" or "!". */
export function literalGlobTest(glob: string): ((path: string) => boolean) | undefined {
  if (glob.endsWith('/**')) {
    const folder = glob.slice(0, -3);
    if (!literalPath(folder)) return undefined;
    const under = `${folder}/`;
    return (path) => path === folder || path.startsWith(under);
  }
  if (glob.startsWith('**/')) {
    const name = glob.slice(3);
    if (!literalSegment(name)) return undefined;
    const inFolder = `/${name}`;
    return (path) => path === name || path.endsWith(inFolder);
  }
  if (literalPath(glob)) return (path) => path === glob;
  return undefined;
}
