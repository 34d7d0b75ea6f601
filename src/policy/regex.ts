import { safeRegex } from 'safe-regex2';

// Policy patterns run over text the PR author controls (titles, bodies, test files), so a pattern that backtracks
// exponentially — `(a+)+$` — would let a crafted PR hang the gate. `validate` refuses such patterns with their line.
// safe-regex2 bounds the star height (nested unbounded repetition) and refuses what it cannot parse.

/** Why a policy regular expression is refused, or undefined when it compiles and has no nested repetition. */
export function regexProblem(source: string): string | undefined {
  try {
    new RegExp(source);
  } catch (e) {
    return `is not a valid regular expression (${(e as Error).message})`;
  }
  if (!safeRegex(source)) {
    return 'could backtrack catastrophically (a repeated group that itself repeats, such as (a+)+, or a construct the safety check cannot read, such as a lookbehind) — write it without nested repetition';
  }
  return undefined;
}
