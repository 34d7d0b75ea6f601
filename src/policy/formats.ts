import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import { globProblem } from '../util/glob.js';
import { regexProblem } from './regex.js';

// What a policy validator calls at validation time, whether it was generated at build time (./validators/, which
// name these `runtime.<name>`) or compiled by ajv in this process (a rule list the generated ones do not match):
// one definition for both, so the two judge alike.

/** The custom formats of the policy schema: a repo-relative glob, a regular expression that is safe to run. */
export const POLICY_FORMATS = {
  'repo-glob': { type: 'string', validate: (s: string) => globProblem(s) === undefined },
  'safe-regex': { type: 'string', validate: (s: string) => regexProblem(s) === undefined },
} as const;

// ajv's string length helper (minLength, maxLength count code points), which its generated code names by a
// require() that ES modules cannot make. A CommonJS module: Node hands an ES module its exports object, bundlers
// and vitest the function itself.
const defaultOf = <T>(m: T | { default: T }): T => (typeof m === 'function' ? m : (m as { default: T }).default);
export const ucs2length = defaultOf(ucs2lengthModule as unknown as typeof ucs2lengthModule.default);
