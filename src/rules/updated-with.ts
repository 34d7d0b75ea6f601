import { Type, type Static } from '@sinclair/typebox';
import { defineRule } from '../core/rule.js';
import { annotate, globListSchema, principalListSchema, RuleOptions } from '../core/schemas.js';
import {
  approvalAction,
  approverOptions,
  approverRules,
  resolveEligible,
  tallyCountedApprovals,
  uncountedNotes,
  type TallyOptions,
} from './common/approvals/approvals.js';
import type { Finding, FindingAction } from '../core/types.js';
import { globMatcher } from '../util/glob.js';
import { listing, plural, shortList, shortSha } from '../util/text.js';
import type { GateOutcome } from '../core/rule.js';

/** Per-file annotations beyond the first finding; the first finding already names the files. */
const MAX_FILE_FINDINGS = 50;

const UpdatedWithOptions = RuleOptions(
  {
    changed: Type.Optional(annotate(globListSchema, { minItems: 1, description: 'The trigger (globs); default: every changed file.' })),
    require: annotate(globListSchema, {
      minItems: 1,
      description: 'At least one file matching these globs must change in the same pull request.',
    }),
    waiver: Type.Optional(
      Type.Object(
        {
          label: Type.String({ minLength: 1, description: 'The label that claims no impact, e.g. no-risk-impact.' }),
          from: annotate(principalListSchema, { minItems: 1, description: 'Who may approve the waiver: group names, @org/team, logins.' }),
          ...approverOptions,
        },
        {
          additionalProperties: false,
          description: 'The gate passes without the co-change when the PR has `label` AND someone in `from` approved the latest commit.',
        },
      ),
    ),
  },
  { required: ['require'] },
);
export type UpdatedWithOptions = Static<typeof UpdatedWithOptions>;

export const updatedWith = defineRule({
  name: 'updated-with',
  description:
    'Co-change: when files matching `changed` change, at least one file matching `require` changes in the same pull request (the risk-management file, the threat model), unless a waiver label is approved.',
  options: UpdatedWithOptions,

  async evaluate(options, facts, ctx): Promise<GateOutcome> {
    const isTrigger = options.changed ? globMatcher(options.changed) : () => true;
    const isRequired = globMatcher(options.require);
    const paths = [...new Set((await facts.changedFiles()).flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]))].sort();
    const triggers = paths.filter((p) => isTrigger(p) && !isRequired(p));
    const updated = paths.filter(isRequired);
    const expected = listing(options.require, 'or');

    if (triggers.length === 0) {
      // A trigger that names no file of the repository can never fire: a silent pass on every pull request.
      if (options.changed && (await facts.listAtHead(options.changed)).length === 0) {
        const globs = listing(options.changed, 'or');
        return {
          findings: [
            {
              severity: 'error',
              message: `changed (${globs}) matches no file at head, so this gate could never be triggered and would pass every pull request — name where the files whose change needs ${expected} are (the presets assume src/**), in the gate's changed.`,
              action: { text: `Fix changed (${globs}) in the policy to name files of this repository` },
            },
          ],
          summary: `changed (${globs}) matches no file`,
        };
      }
      return { findings: [], summary: options.changed ? `no file matching ${listing(options.changed, 'or')} changed` : 'no file changed' };
    }
    if (updated.length > 0) {
      return {
        findings: [],
        summary: `${shortList(triggers, 3)} changed; ${shortList(updated, 3)} updated with ${triggers.length === 1 ? 'it' : 'them'}`,
      };
    }

    const story = `This pull request changes ${shortList(triggers)}, but no file matching ${expected}`;
    // The first file carries the whole story; each other file's annotation says what it is about and what to do,
    // without repeating the list.
    const fileFindings = (message: string, short: (file: string) => string, action: FindingAction): Finding[] =>
      triggers
        .slice(0, MAX_FILE_FINDINGS)
        .map((file, i) => ({ severity: 'error', message: i === 0 ? message : short(file), file, action }));
    const update = `Update ${expected} for the change to ${shortList(triggers, 3)}`;

    const pr = await facts.pr();
    const waiver = options.waiver;
    const labelled = waiver && pr.labels.some((l) => l.toLowerCase() === waiver.label.toLowerCase());
    if (!waiver || !labelled) {
      const how = waiver
        ? `, or — if there is no impact — add the label "${waiver.label}" and get an approval of the latest commit from ${listing(waiver.from, 'or')}`
        : '';
      const action = `update ${expected} in this pull request${how}.`;
      return {
        findings: fileFindings(`${story} — ${action}`, (file) => `${file} changed, but no file matching ${expected} did — ${action}`, {
          text: waiver
            ? `${update}, or (if it has no impact) label the pull request "${waiver.label}" and ask ${listing(waiver.from, 'or')} to approve`
            : update,
        }),
        summary: `${shortList(triggers, 3)} changed without ${expected}`,
      };
    }

    // The label claims "no impact"; it counts only with an approval of the head commit from someone in `from`, counted as
    // every approval is (rules/common/approvals): by default not from someone who committed to the pull request.
    const eligible = await resolveEligible(waiver.from, ctx.groups, facts);
    const tallyOptions: TallyOptions = { pr, eligible, invalidateOnPush: true, rules: approverRules(waiver) };
    const tally = await tallyCountedApprovals(await facts.reviews(), tallyOptions, facts);
    if (tally.approvers.length > 0) {
      const who = listing(tally.approvers);
      return {
        findings: [
          {
            severity: 'notice',
            message: `Waiver used: ${shortList(triggers)} changed without ${expected}; the label "${waiver.label}" is approved by ${who} on ${shortSha(pr.headSha)}.`,
          },
        ],
        summary: `waived by label "${waiver.label}", approved by ${who} on ${shortSha(pr.headSha)}`,
      };
    }
    const why = [`needs an approval of the latest commit ${shortSha(pr.headSha)} from ${eligible.label}`];
    if (tally.stale.length) why.push(`${listing(tally.stale.map((r) => r.user))} approved an earlier commit — ask for a re-review`);
    why.push(...uncountedNotes(tally, pr));
    if (eligible.logins.size === 0) why.push('nobody is eligible — add members to the group or team');
    const message = `${story}, and the waiver label "${waiver.label}" is not approved: ${why.join('; ')}. Update ${expected}, or get the waiver approved.`;
    const short = (file: string) =>
      `${file} changed, but no file matching ${expected} did, and the waiver label "${waiver.label}" is not approved — update ${expected}, or get the waiver approved.`;
    const approve = approvalAction(1, tally, tallyOptions, `the waiver label "${waiver.label}"`);
    return {
      findings: fileFindings(message, short, { text: `${update}, or ${approve.text.charAt(0).toLowerCase()}${approve.text.slice(1)}` }),
      summary: `waiver "${waiver.label}" without an approval from ${listing(waiver.from, 'or')} (${plural(triggers.length, 'file')} changed)`,
    };
  },
});
