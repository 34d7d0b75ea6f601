import { lazyRule, type Rule } from '../../core/rule.js';
import { SoupOptions } from './options.js';

// The soup gate as the policy sees it. Its evaluation — the lockfile and SOUP list readers — is ./index.ts, loaded when
// a gate runs this rule.

export const soupRule: Rule = lazyRule(
  {
    name: 'soup',
    description:
      'SOUP (IEC 62304 8.1.2, 5.3.3/5.3.4, 7.1.2/7.1.3): every dependency the lockfiles pin is in the SOUP list at the same version, with a manufacturer, and for class B/C its purpose, requirements, risk and a recent anomaly review.',
    options: SoupOptions,
  },
  async () => (await import('./index.js')).soup,
);
