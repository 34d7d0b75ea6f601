import { lazyRule, type Rule } from '../../core/rule.js';
import { RiskRegisterOptions } from './options.js';

// The risk-register gate as the policy sees it. Its evaluation — the risk register and requirement readers — is
// ./index.ts, loaded when a gate runs this rule.

export const riskRegisterRule: Rule = lazyRule(
  {
    name: 'risk-register',
    description:
      'The risk-management file (ISO 14971, IEC 62304 7): valid, every risk control implemented by an existing requirement (and, with verified, tested), residual risks acceptable or justified, causes in known software items.',
    options: RiskRegisterOptions,
  },
  async () => (await import('./index.js')).riskRegister,
);
