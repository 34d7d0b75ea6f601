import { lazyRule, type Rule } from '../../core/rule.js';
import { VulnerabilitiesOptions } from './options.js';

// The vulnerabilities gate as the policy sees it. Its evaluation — the SBOM, VEX, KEV and OSV readers — is ./index.ts,
// loaded when a gate runs this rule.

export const vulnerabilitiesRule: Rule = lazyRule(
  {
    name: 'vulnerabilities',
    description: 'Known vulnerabilities (OSV) of the components in the SBOM: each one fixed, or assessed in a current VEX statement.',
    options: VulnerabilitiesOptions,
  },
  async () => (await import('./index.js')).vulnerabilities,
);
