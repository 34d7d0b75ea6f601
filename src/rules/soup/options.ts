import { Type, type Static } from '@sinclair/typebox';
import { annotate, Const, globListSchema, globSchema, RuleOptions, StringEnum } from '../../core/schemas.js';

// The soup gate's options: what the policy may say (the registry holds them without the gate's evaluation).

export const SoupOptions = RuleOptions({
  file: annotate(globSchema, { default: 'docs/soup.yml', description: 'The SOUP list (a path at head).' }),
  format: StringEnum(['native', 'openregulatory'], {
    default: 'native',
    description: "native (a YAML list) or openregulatory (OpenRegulatory's Markdown SOUP table).",
  }),
  lockfiles: Type.Union([Const('auto'), globListSchema], {
    default: 'auto',
    description:
      'auto: every lockfile in the repository (outside node_modules/, vendor/); or a list of paths/globs; [] checks the SOUP list alone.',
  }),
  scope: StringEnum(['direct', 'all'], {
    default: 'direct',
    description:
      'direct: the dependencies the project declares; all: every package the lockfiles pin. Development-only packages are left out.',
  }),
  anomaly_review_max_age_days: Type.Integer({
    minimum: 1,
    default: 365,
    description: "For class B/C: the longest time since each item's anomaly list was reviewed.",
  }),
});
export type SoupOptions = Static<typeof SoupOptions>;
