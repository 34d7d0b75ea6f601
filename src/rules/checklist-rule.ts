import { Type, type Static } from '@sinclair/typebox';
import { lazyRule, type Rule } from '../core/rule.js';
import { RuleOptions } from '../core/schemas.js';

// The checklist gate as the policy sees it. Its evaluation — the GitHub-flavoured Markdown reader of the pull
// request's body — is ./checklist.ts, loaded when a gate runs this rule.

export const ChecklistOptions = RuleOptions(
  {
    items: Type.Array(Type.String({ minLength: 1, pattern: '\\S' }), {
      minItems: 1,
      description:
        'Each must appear in the PR body as a checked task-list item, e.g. "- [x] Security impact assessed" (case- and whitespace-insensitive).',
    }),
  },
  { required: ['items'] },
);
export type ChecklistOptions = Static<typeof ChecklistOptions>;

export const checklistRule: Rule = lazyRule(
  {
    name: 'checklist',
    description:
      'The pull request body ticks each item of a checklist as a task-list item (- [x] ...) that GitHub renders as a checked box.',
    options: ChecklistOptions,
  },
  async () => (await import('./checklist.js')).checklist,
);
