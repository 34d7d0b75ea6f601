import { defineRule, type GateOutcome } from '../../core/rule.js';
import type { Finding } from '../../core/types.js';
import { TraceabilityOptions } from './options.js';

// The traceability gate as the policy sees it. Its evaluation — the matrix, with the requirement, test and JUnit readers — is ./index.ts, loaded
// when a gate runs this rule.

export const traceabilityRule = defineRule({
  name: 'traceability',
  description:
    'Traceability (IEC 62304 5.1.1, 5.7.4): every requirement is cited by a test (and passed, with JUnit), every cited id exists, and a requirement changed by the PR has its tests changed too.',
  options: TraceabilityOptions,
  evaluate: async (options, facts, ctx): Promise<Finding[] | GateOutcome> =>
    (await import('./index.js')).traceability.evaluate(options, facts, ctx),
});
