import picomatch from 'picomatch';

/** A compiled set of repo-relative globs; dotfiles match, as a reviewer would expect of `src/**`. */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  // What picomatch's own matcher does on POSIX (a path equal to the glob, or its regular expression), without the
  // result object it builds for every test: policies match every path of large trees against several globs.
  const compiled = globs.map((glob) => picomatch.makeRe(glob, { dot: true, windows: false }));
  const literal = new Set(globs);
  // The expressions as one alternation, tested once per path (they carry no flags, so it matches what any of them does).
  const any = compiled.every((re) => re.flags === '') ? new RegExp(compiled.map((re) => `(?:${re.source})`).join('|')) : undefined;
  // picomatch's wildcards do not match line breaks; a file named "docs/a\nb.md" must not slip past "docs/**".
  return (path) => {
    if (path === '') return false;
    const matchable = CONTROL.test(path) ? path.replace(CONTROLS, '\ufffd') : path;
    return literal.has(matchable) || (any ? any.test(matchable) : compiled.some((re) => re.test(matchable)));
  };
}

const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/** Why a glob cannot be used in a policy, or undefined when it can. */
export function globProblem(glob: string): string | undefined {
  if (glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob)) return `"${glob}" is absolute; write it relative to the repository root`;
  if (glob.split('/').includes('..')) return `"${glob}" climbs out with ".."; write it relative to the repository root`;
  if (glob.includes('\\')) return `"${glob}" uses "\\"; use "/" as the path separator`;
  return undefined;
}
