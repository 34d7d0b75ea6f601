import { patternProblem } from '../util/pattern.js';

// Policy patterns run over text the PR author controls (titles, bodies, test files). They run on RE2, in time
// linear in the text for any pattern (see src/util/pattern.ts); `validate` refuses, with its line, only a pattern
// RE2 cannot compile.

/** Why a policy regular expression is refused, or undefined when RE2 compiles it. */
export function regexProblem(source: string): string | undefined {
  return patternProblem(source);
}
