import { defineRule, type GateOutcome } from '../../core/rule.js';
import type { Finding } from '../../core/types.js';
import { VulnerabilitiesOptions } from './options.js';

// The vulnerabilities gate as the policy sees it. Its evaluation — the SBOM, VEX, KEV and OSV readers — is ./index.ts, loaded
// when a gate runs this rule.

export const vulnerabilitiesRule = defineRule({
  name: 'vulnerabilities',
  description: 'Known vulnerabilities (OSV) of the components in the SBOM: each one fixed, or assessed in a current VEX statement.',
  options: VulnerabilitiesOptions,
  evaluate: async (options, facts, ctx): Promise<Finding[] | GateOutcome> =>
    (await import('./index.js')).vulnerabilities.evaluate(options, facts, ctx),
});
