import {
  approvalAction,
  approvalShortfall,
  approverOptions,
  approverRules,
  resolveEligible,
  tallyCountedApprovals,
  type TallyOptions,
} from './common/approvals/approvals.js';
import { CODEOWNERS_LOCATIONS } from '../parsers/codeowners.js';
import { Type, type Static } from '@sinclair/typebox';
import { defineRule } from '../core/rule.js';
import { annotate, globListSchema, principalListSchema, RuleOptions } from '../core/schemas.js';
import type { Finding } from '../core/types.js';
import { globMatcher } from '../util/glob.js';
import { listing, plural, shortList } from '../util/text.js';
import type { GateOutcome } from '../core/rule.js';

/**
 * What guards the lifecycle itself: the policy (its file and each file of this repository it extends, which change it
 * as much), the workflows that run it and the local actions they run (`uses: ./.github/actions/...`), and who owns what.
 */
export function defaultProtectedPaths(policyFiles: readonly string[]): string[] {
  return [...policyFiles, '.github/workflows/**', '.github/actions/**', ...CODEOWNERS_LOCATIONS];
}

const ProtectedFilesOptions = RuleOptions({
  paths: Type.Optional(
    annotate(globListSchema, { description: 'Protected files (globs). Default: the policy file, .github/workflows/**, CODEOWNERS.' }),
  ),
  approvals: Type.Integer({ minimum: 0, maximum: 50, default: 1, description: 'Distinct approvals needed when a protected file changes.' }),
  from: Type.Optional(
    annotate(principalListSchema, {
      description:
        'Only approvals from these count (group names, @org/team, logins); default anyone with write access but the author and contributors.',
    }),
  ),
  invalidate_on_push: Type.Boolean({ default: true, description: 'Only approvals of the head commit count.' }),
  ...approverOptions,
});
export type ProtectedFilesOptions = Static<typeof ProtectedFilesOptions>;

export const protectedFiles = defineRule({
  name: 'protected-files',
  description:
    'Policy integrity: a pull request that changes the policy, the workflows or CODEOWNERS needs approval from the named people.',
  options: ProtectedFilesOptions,

  async evaluate(options, facts, ctx): Promise<GateOutcome> {
    const protectedPaths = options.paths ?? defaultProtectedPaths(ctx.policyFiles);
    const isProtected = globMatcher(protectedPaths);
    const touched = [
      ...new Set((await facts.changedFiles()).flatMap((f) => [f.path, f.previousPath ?? f.path]).filter(isProtected)),
    ].sort();
    if (touched.length === 0) return { findings: [], summary: 'no protected file changed' };

    const [pr, allReviews] = await Promise.all([facts.pr(), facts.reviews()]);
    const eligible = options.from?.length ? await resolveEligible(options.from, ctx.groups, facts) : undefined;
    const tallyOptions: TallyOptions = { pr, eligible, invalidateOnPush: options.invalidate_on_push, rules: approverRules(options) };
    const tally = await tallyCountedApprovals(allReviews, tallyOptions, facts);
    const shortfall = approvalShortfall(options.approvals, tally, tallyOptions);
    if (!shortfall) {
      return {
        findings: [],
        summary: `${plural(touched.length, 'protected file')} changed; approved by ${listing(tally.approvers) || 'nobody needed'}`,
      };
    }
    const action = approvalAction(
      options.approvals,
      tally,
      tallyOptions,
      `${shortList(touched, 3)} ${touched.length === 1 ? 'is' : 'are'} protected`,
    );
    const findings: Finding[] = touched.map((file, i) => ({
      severity: 'error',
      action,
      // The first finding carries the whole story; the others mark each file for its annotation.
      message:
        i === 0
          ? `This pull request changes protected ${touched.length === 1 ? 'file' : 'files'} ${shortList(touched)}: ${shortfall}`
          : `${file} is protected: ${shortfall}`,
      file,
    }));
    return { findings, summary: `changes ${shortList(touched, 3)}: ${shortfall}` };
  },
});
