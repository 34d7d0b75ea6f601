import { Type, type Static } from '@sinclair/typebox';
import { defineRule } from '../core/rule.js';
import { annotate, principalListSchema, RuleOptions } from '../core/schemas.js';
import {
  approvalAction,
  approvalShortfall,
  approverOptions,
  approverRules,
  blockingChangeRequests,
  changesRequestedMessage,
  resolveEligible,
  tallyCountedApprovals,
  type ApprovalTally,
  type ApproverRules,
  type Eligible,
  type TallyOptions,
} from './common/approvals/approvals.js';
import { CODEOWNERS_LOCATIONS, ownersOf, parseCodeowners, type CodeownersRule } from '../parsers/codeowners.js';
import type { Facts, FileText, Finding, PullRequest, Review } from '../core/types.js';
import { listing, plural, shortList, shortSha } from '../util/text.js';
import type { GateOutcome } from '../core/rule.js';

const ReviewsOptions = RuleOptions({
  approvals: Type.Integer({
    minimum: 0,
    maximum: 50,
    default: 1,
    description: 'Distinct approvers needed; the PR author never counts, nor by default its contributors or people without write access.',
  }),
  from: Type.Optional(annotate(principalListSchema, { description: 'Only approvals from these count: group names, @org/team, logins.' })),
  code_owners: Type.Boolean({
    default: false,
    description: 'Each changed file with owners in CODEOWNERS (read at base) needs an approval from one of its owners.',
  }),
  invalidate_on_push: Type.Boolean({ default: true, description: 'Only approvals of the head commit count.' }),
  block_on_changes_requested: Type.Boolean({
    default: true,
    description: 'A reviewer whose latest review requests changes fails the gate.',
  }),
  ...approverOptions,
});
export type ReviewsOptions = Static<typeof ReviewsOptions>;

export const reviews = defineRule({
  name: 'reviews',
  description:
    'Pull request reviews: enough distinct approvals (never the author or, by default, a contributor), from people with write access or the named ones, on the latest commit.',
  options: ReviewsOptions,

  async evaluate(options, facts, ctx): Promise<GateOutcome> {
    const [pr, allReviews] = await Promise.all([facts.pr(), facts.reviews()]);
    const eligible = options.from?.length ? await resolveEligible(options.from, ctx.groups, facts) : undefined;
    const rules = approverRules(options);
    const tallyOptions: TallyOptions = { pr, eligible, invalidateOnPush: options.invalidate_on_push, rules };
    const tally = await tallyCountedApprovals(allReviews, tallyOptions, facts);
    const findings: Finding[] = [];

    const shortfall = approvalShortfall(options.approvals, tally, tallyOptions);
    if (shortfall) findings.push({ severity: 'error', message: shortfall, action: approvalAction(options.approvals, tally, tallyOptions) });
    if (options.block_on_changes_requested) findings.push(...(await changeRequestFindings(tally, tallyOptions, facts)));
    if (options.code_owners) {
      // Owners are named by CODEOWNERS (GitHub lets only people with write access own files): write access is asked
      // of them only when require_write_access is set; contributors are excluded as for any approval.
      const ownerRules: ApproverRules = { ...rules, requireWrite: options.require_write_access ?? false };
      findings.push(...(await codeOwnerFindings(pr, allReviews, facts, options.invalidate_on_push, ownerRules)));
    }

    const failed = findings.filter((f) => f.severity === 'error');
    const summary = failed.length
      ? failed[0]!.message
      : `${plural(tally.approvers.length, 'approval')}${tally.approvers.length ? ` (${listing(tally.approvers)})` : ''}` +
        `${options.invalidate_on_push ? ` on ${shortSha(pr.headSha)}` : ''}${options.code_owners ? '; code owners approved' : ''}`;
    return { findings, summary };
  },
});

/** A finding per change request that blocks; a notice per one that does not (from someone without write access). */
async function changeRequestFindings(tally: ApprovalTally, tallyOptions: TallyOptions, facts: Facts): Promise<Finding[]> {
  const { blocking, ignored } = await blockingChangeRequests(tally, tallyOptions, facts);
  const blocks = blocking.map((r): Finding => ({
    severity: 'error',
    message: changesRequestedMessage(r),
    action: { text: `Address ${r.user}'s requested changes, then ask ${r.user} to approve or dismiss the review` },
  }));
  const notices = ignored.map((e): Finding => ({
    severity: 'notice',
    message: `${e.user} requested changes but has ${e.permission} access, not write, so the request does not block (as in GitHub's branch protection).`,
  }));
  return [...blocks, ...notices];
}

/** Each changed file with owners needs an approval from one of them; one finding per CODEOWNERS line that is unmet. */
async function codeOwnerFindings(
  pr: PullRequest,
  allReviews: Review[],
  facts: Facts,
  invalidateOnPush: boolean,
  rules: ApproverRules,
): Promise<Finding[]> {
  let source: FileText | undefined;
  for (const location of CODEOWNERS_LOCATIONS) {
    source = await facts.readAtBase(location);
    if (source) break;
  }
  if (!source) {
    return [
      {
        severity: 'error',
        message: `code_owners is on, but the base commit ${shortSha(pr.baseSha)} has no CODEOWNERS file (looked in ${CODEOWNERS_LOCATIONS.join(', ')}) — add one, or set code_owners: false.`,
        action: { text: 'Add a CODEOWNERS file to the base branch, or set code_owners: false in the policy' },
      },
    ];
  }
  const codeowners = parseCodeowners(source.text);
  const findings: Finding[] = codeowners.problems.map((p) => ({
    severity: 'warning' as const,
    message: `CODEOWNERS: ${p.message}`,
    file: source!.path,
    line: p.line,
  }));

  // Group the changed files by the CODEOWNERS line that owns them, so each line is checked once.
  const byRule = new Map<CodeownersRule, string[]>();
  for (const file of await facts.changedFiles()) {
    for (const path of new Set([file.path, file.previousPath ?? file.path])) {
      const rule = ownersOf(codeowners, path);
      if (!rule || rule.owners.length === 0) continue;
      const files = byRule.get(rule);
      if (files) files.push(path);
      else byRule.set(rule, [path]);
    }
  }

  for (const [rule, files] of byRule) {
    const teamsAndUsers = rule.owners.filter((o) => o.startsWith('@'));
    if (teamsAndUsers.length === 0) {
      findings.push({
        severity: 'error',
        message: `${shortList(files)}: its owners (${rule.owners.join(', ')}) are e-mail addresses, which cannot be matched to reviews — list a login or @org/team on this CODEOWNERS line.`,
        file: source.path,
        line: rule.line,
        action: { text: `List a login or @org/team as owner of ${rule.pattern} on CODEOWNERS line ${rule.line}` },
      });
      continue;
    }
    const eligible: Eligible = await resolveEligible(teamsAndUsers, {}, facts);
    const tallyOptions: TallyOptions = { pr, eligible, invalidateOnPush, rules };
    const subject = `${shortList(files)} (CODEOWNERS line ${rule.line}) ${files.length === 1 ? 'needs' : 'need'}`;
    const tally = await tallyCountedApprovals(allReviews, tallyOptions, facts);
    const shortfall = approvalShortfall(1, tally, tallyOptions, subject);
    if (!shortfall) continue;
    findings.push({
      severity: 'error',
      message: shortfall,
      file: source.path,
      line: rule.line,
      action: approvalAction(1, tally, tallyOptions, `owner of ${rule.pattern} by CODEOWNERS line ${rule.line}`),
    });
  }
  return findings;
}
