import { lazyRule, type Rule } from '../../core/rule.js';
import { SbomOptions } from './options.js';

// The sbom gate as the policy sees it. Its evaluation — the SBOM (JSON, XML, tag-value), schema, licence and lockfile
// readers — is ./index.ts, loaded when a gate runs this rule.

export const sbomRule: Rule = lazyRule(
  {
    name: 'sbom',
    description:
      'SBOM: present, valid against the official schema, carrying the NTIA minimum elements, and matching what the lockfiles pin (CycloneDX 1.2–1.7, SPDX 2.2/2.3).',
    options: SbomOptions,
  },
  async () => (await import('./index.js')).sbom,
);
