import picomatch from 'picomatch';

/** A compiled set of repo-relative globs; dotfiles match, as a reviewer would expect of `src/**`. */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const matchers = globs.map((g) => picomatch(g, { dot: true }));
  // picomatch's wildcards do not match line breaks; a file named "docs/a\nb.md" must not slip past "docs/**".
  return (path) => {
    const matchable = path.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, '\ufffd');
    return matchers.some((m) => m(matchable));
  };
}

/** Why a glob cannot be used in a policy, or undefined when it can. */
export function globProblem(glob: string): string | undefined {
  if (glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob)) return `"${glob}" is absolute; write it relative to the repository root`;
  if (glob.split('/').includes('..')) return `"${glob}" climbs out with ".."; write it relative to the repository root`;
  if (glob.includes('\\')) return `"${glob}" uses "\\"; use "/" as the path separator`;
  return undefined;
}
