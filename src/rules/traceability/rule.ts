import { lazyRule, type Rule } from '../../core/rule.js';
import { TraceabilityOptions } from './options.js';

// The traceability gate as the policy sees it. Its evaluation — the matrix, with the requirement, test and JUnit
// readers — is ./index.ts, loaded when a gate runs this rule.

export const traceabilityRule: Rule = lazyRule(
  {
    name: 'traceability',
    description:
      'Traceability (IEC 62304 5.1.1, 5.7.4): every requirement is cited by a test (and passed, with JUnit), every cited id exists, and a requirement changed by the PR has its tests changed too.',
    options: TraceabilityOptions,
  },
  async () => (await import('./index.js')).traceability,
);
