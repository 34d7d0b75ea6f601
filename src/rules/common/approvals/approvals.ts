import { Type } from '@sinclair/typebox';
import { canWrite, type Facts, type FindingAction, type PullRequest, type RepoPermission, type Review } from '../../../core/types.js';
import { mapConcurrent } from '../../../util/concurrency.js';
import { listing, plural, shortList, shortSha } from '../../../util/text.js';

// Approval semantics shared by the review-based rules (policy-bot's, reduced to what GitHub's reviews say):
// a reviewer's state is their latest APPROVED / CHANGES_REQUESTED / DISMISSED review; comments do not count;
// the PR author never counts; with invalidate-on-push only approvals of the head commit count.
// Who may approve (see docs/gates/reviews.md): by default, without a `from:` list, only people with write access
// to the repository (as GitHub's branch protection counts them); never someone who authored or committed a commit of
// the pull request unless the gate allows contributors (policy-bot's allow_contributor).

/** Permission checks of approvers run at once (a request each through the API). */
const PERMISSION_CONCURRENCY = 8;

/** A set of people that may approve, and how to name it in a message. */
export interface Eligible {
  /** Lower-case logins. */
  logins: Set<string>;
  /** e.g. "qa (quinn, rita)". */
  label: string;
}

/**
 * Resolves reviewer entries — group names from the policy, @org/team slugs, logins — into logins.
 * Team lookups go through facts, so a missing `members: read` permission surfaces as the gate's error.
 */
export async function resolveEligible(
  entries: readonly string[],
  groups: Readonly<Record<string, readonly string[]>>,
  facts: Facts,
): Promise<Eligible> {
  const logins = new Set<string>();
  const labels: string[] = [];
  const expand = async (entry: string, seenGroups: Set<string>): Promise<string[]> => {
    if (entry in groups && !seenGroups.has(entry)) {
      const members: string[] = [];
      for (const member of groups[entry]!) members.push(...(await expand(member, new Set([...seenGroups, entry]))));
      return members;
    }
    if (entry.startsWith('@') && entry.includes('/')) return facts.teamMembers(entry.slice(1));
    return [entry.replace(/^@/, '')];
  };
  for (const entry of entries) {
    const members = [...new Map((await expand(entry, new Set())).map((m) => [m.toLowerCase(), m])).values()];
    for (const m of members) logins.add(m.toLowerCase());
    const isLogin = !(entry in groups) && !entry.includes('/');
    labels.push(isLogin ? entry.replace(/^@/, '') : `${entry} (${members.length ? shortList(members, 6) : 'no members'})`);
  }
  return { logins, label: listing(labels, 'or') };
}

/** Each reviewer's deciding review: their latest approval, change request or dismissal. */
export function latestDecisions(reviews: readonly Review[]): Map<string, Review> {
  const ordered = [...reviews]
    .filter((r) => r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED')
    .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a.id - b.id);
  const latest = new Map<string, Review>();
  for (const r of ordered) latest.set(r.user.toLowerCase(), r);
  return latest;
}

/** Who may approve beyond `from`: the two defaults that keep a stranger or a contributor from approving. */
export interface ApproverRules {
  /** Only approvals from people with write access to the repository count. */
  requireWrite: boolean;
  /** Approvals from people who authored or committed a commit of the pull request count. */
  allowContributor: boolean;
}

/** Why an approval of the head commit by an eligible reviewer does not count. */
export type Exclusion = { user: string; reason: 'contributor' } | { user: string; reason: 'no-write'; permission: RepoPermission };

/** A reviewer whose review does not count for want of write access. */
export type NoWriteAccess = Extract<Exclusion, { reason: 'no-write' }>;

/** The default: write access required, contributors excluded. */
const STRICT_APPROVERS: ApproverRules = { requireWrite: true, allowContributor: false };

/** The options of every gate that counts approvals: who may approve beyond its `from:` list. */
export const approverOptions = {
  require_write_access: Type.Optional(
    Type.Boolean({
      description:
        'Only approvals from people with write access to the repository count. Default: true without from, false with it (the list is who may approve).',
    }),
  ),
  allow_contributor: Type.Boolean({
    default: false,
    description: "Count approvals from people who authored or committed a commit of the pull request (policy-bot's allow_contributor).",
  }),
};

/**
 * The gate's options as rules: write access is required by default only without a `from:` list (a list the policy's
 * owners wrote is their own choice of who may approve); `require_write_access: true` requires it of them too.
 */
export function approverRules(options: {
  from?: readonly string[];
  require_write_access?: boolean;
  allow_contributor?: boolean;
}): ApproverRules {
  return {
    requireWrite: options.require_write_access ?? !options.from?.length,
    allowContributor: options.allow_contributor ?? false,
  };
}

export interface ApprovalTally {
  /** Approvals that count. */
  approvers: string[];
  /** Approvals that would count but for who gave them (a contributor, no write access). */
  excluded: Exclusion[];
  /** Eligible reviewers whose approval is of an earlier commit. */
  stale: Review[];
  /** Eligible reviewers whose latest review requests changes. */
  changesRequested: Review[];
  /** The author's own approval, which never counts. */
  authorApproved: boolean;
}

export interface TallyOptions {
  pr: PullRequest;
  /** Only these may approve; anyone but the author when undefined. */
  eligible?: Eligible;
  invalidateOnPush: boolean;
  /** Who may approve beyond `eligible`; STRICT_APPROVERS when undefined. */
  rules?: ApproverRules;
}

/**
 * The approvers that do not count under `opts.rules`: contributors (from the pull request's commits, asked for only when
 * someone's approval could count) and, with requireWrite, people without write access (one permission request per
 * distinct approver, memoized by the facts). A fact that cannot be had throws: the gate errs, it never passes.
 */
async function excludedApprovers(reviews: readonly Review[], opts: TallyOptions, facts: Facts): Promise<Map<string, Exclusion>> {
  const rules = opts.rules ?? STRICT_APPROVERS;
  const excluded = new Map<string, Exclusion>();
  // The approvals that would count by the reviews alone: tallyApprovals decides which, with nobody excluded yet.
  let candidates = tallyApprovals(reviews, opts, new Map()).approvers;
  if (candidates.length && !rules.allowContributor) {
    const contributors = new Set<string>();
    for (const c of await facts.commits()) {
      if (c.author) contributors.add(c.author.toLowerCase());
      if (c.committer) contributors.add(c.committer.toLowerCase());
    }
    for (const user of candidates)
      if (contributors.has(user.toLowerCase())) excluded.set(user.toLowerCase(), { user, reason: 'contributor' });
    candidates = candidates.filter((user) => !excluded.has(user.toLowerCase()));
  }
  if (candidates.length && rules.requireWrite) {
    const permissions = await mapConcurrent(candidates, PERMISSION_CONCURRENCY, (user) => facts.permission(user));
    candidates.forEach((user, i) => {
      const permission = permissions[i]!;
      if (!canWrite(permission)) excluded.set(user.toLowerCase(), { user, reason: 'no-write', permission });
    });
  }
  return excluded;
}

/** excludedApprovers, then tallyApprovals with them: the tally every approval-counting gate uses. */
export async function tallyCountedApprovals(reviews: readonly Review[], opts: TallyOptions, facts: Facts): Promise<ApprovalTally> {
  return tallyApprovals(reviews, opts, await excludedApprovers(reviews, opts, facts));
}

/**
 * The tally's change requests that block, and those that do not: as in GitHub's branch protection, where approvals
 * need write access a change request blocks only from someone who has it — a stranger's "request changes" on a public
 * repository does not hold a pull request. One permission request per reviewer (memoized); a failure throws.
 */
export async function blockingChangeRequests(
  tally: ApprovalTally,
  opts: TallyOptions,
  facts: Facts,
): Promise<{ blocking: Review[]; ignored: NoWriteAccess[] }> {
  if (!(opts.rules ?? STRICT_APPROVERS).requireWrite) return { blocking: tally.changesRequested, ignored: [] };
  const permissions = await mapConcurrent(tally.changesRequested, PERMISSION_CONCURRENCY, (r) => facts.permission(r.user));
  const blocking: Review[] = [];
  const ignored: NoWriteAccess[] = [];
  tally.changesRequested.forEach((r, i) => {
    const permission = permissions[i]!;
    if (canWrite(permission)) blocking.push(r);
    else ignored.push({ user: r.user, reason: 'no-write', permission });
  });
  return { blocking, ignored };
}

/** The tally by the reviews alone, with `excluded` (excludedApprovers) moved from the approvers to the tally's excluded. */
function tallyApprovals(
  reviews: readonly Review[],
  { pr, eligible, invalidateOnPush }: TallyOptions,
  excluded: ReadonlyMap<string, Exclusion>,
): ApprovalTally {
  const author = pr.author.toLowerCase();
  const tally: ApprovalTally = { approvers: [], excluded: [], stale: [], changesRequested: [], authorApproved: false };
  for (const [login, review] of latestDecisions(reviews)) {
    if (eligible && !eligible.logins.has(login)) continue;
    if (login === author) {
      tally.authorApproved ||= review.state === 'APPROVED';
      continue;
    }
    if (review.state === 'CHANGES_REQUESTED') tally.changesRequested.push(review);
    if (review.state !== 'APPROVED') continue;
    const exclusion = excluded.get(login);
    if (invalidateOnPush && review.commitId !== pr.headSha) tally.stale.push(review);
    else if (exclusion) tally.excluded.push(exclusion);
    else tally.approvers.push(review.user);
  }
  tally.approvers.sort();
  return tally;
}

/**
 * Why `required` approvals are not there, as one sentence a maintainer can act on; undefined when they are.
 * e.g. "needs 1 approval from qa (quinn, rita) on the latest commit 4f2a91c; rita approved an earlier commit — ask for a re-review."
 */
export function approvalShortfall(required: number, tally: ApprovalTally, opts: TallyOptions, subject?: string): string | undefined {
  if (tally.approvers.length >= required) return undefined;
  const from = opts.eligible ? ` from ${opts.eligible.label}` : '';
  const on = opts.invalidateOnPush ? ` on the latest commit ${shortSha(opts.pr.headSha)}` : '';
  const have = tally.approvers.length ? `has ${tally.approvers.length} (${listing(tally.approvers)})` : 'has none';
  const count = subject && required === 1 ? 'an approval' : plural(required, 'approval');
  const parts = [`${subject ?? 'needs'} ${count}${from}${on}; ${have}`];
  if (tally.stale.length) {
    const who = listing(tally.stale.map((r) => r.user));
    parts.push(`${who} approved an earlier commit — ask for a re-review`);
  }
  parts.push(...uncountedNotes(tally, opts.pr));
  if (opts.eligible && opts.eligible.logins.size === 0) parts.push('nobody is eligible — add members to the group or team');
  else if (opts.eligible && [...opts.eligible.logins].every((l) => l === opts.pr.author.toLowerCase())) {
    parts.push(`the only eligible reviewer is the author (${opts.pr.author}) — add another reviewer to the group`);
  } else if (!tally.stale.length) parts.push(`request a review${from ? from : ''}`);
  return `${parts.join('; ')}.`;
}

/** Why each approval of the head that does not count (the author's, a contributor's, a stranger's) does not. */
export function uncountedNotes(tally: ApprovalTally, pr: PullRequest): string[] {
  const notes = tally.authorApproved ? [`${pr.author} authored the pull request, so their approval does not count`] : [];
  return [...notes, ...exclusionNotes(tally.excluded)];
}

/** Why each excluded approval does not count, and which option would count it. */
function exclusionNotes(excluded: readonly Exclusion[]): string[] {
  const notes: string[] = [];
  const contributors = excluded.filter((e) => e.reason === 'contributor').map((e) => e.user);
  if (contributors.length) {
    notes.push(
      `${listing(contributors)} authored or committed commits of this pull request, so ${contributors.length === 1 ? 'their approval does' : 'their approvals do'} not count (allow_contributor: false)`,
    );
  }
  for (const e of excluded) {
    if (e.reason !== 'no-write') continue;
    notes.push(`${e.user} has ${e.permission} access, not write, so their approval does not count (as in GitHub's branch protection)`);
  }
  return notes;
}

/**
 * The step that supplies the missing approvals, addressed to who can give them, e.g. "Ask carol to approve the latest
 * commit 4f2a91c (owner of docs/** by CODEOWNERS line 13)". `why` says what the approval is for.
 */
export function approvalAction(required: number, tally: ApprovalTally, opts: TallyOptions, why?: string): FindingAction {
  const more = required - tally.approvers.length;
  const commit = opts.invalidateOnPush ? ` the latest commit ${shortSha(opts.pr.headSha)}` : '';
  const reason = why ? ` (${why})` : '';
  const eligible = opts.eligible;
  if (eligible && eligible.logins.size === 0) return { text: `Add members to ${eligible.label}, who can then approve${reason}` };
  const author = opts.pr.author.toLowerCase();
  if (eligible && [...eligible.logins].every((l) => l === author))
    return { text: `Add a reviewer other than ${opts.pr.author} to ${eligible.label}${reason}` };
  const count = more > 1 ? `${more} more approvals` : '';
  if (tally.stale.length && tally.stale.length >= more) {
    const stale = tally.stale.map((r) => r.user);
    return {
      text: `Ask ${listing(stale, 'or')} to approve${commit} again${count ? ` (${count} needed)` : ''}${reason}`,
      ...requestReview(opts.pr, stale),
    };
  }
  // An approval was excluded for want of write access only where the gate requires it.
  const writers = tally.excluded.some((e) => e.reason === 'no-write');
  const who = eligible ? eligible.label : `someone${writers ? ' with write access' : ''} other than ${opts.pr.author}`;
  const candidates = eligible ? [...eligible.logins].filter((l) => l !== author) : [];
  return {
    text: `Ask ${who} to approve${commit}${count ? ` (${count} needed)` : ''}${reason}`,
    ...(candidates.length <= 3 ? requestReview(opts.pr, candidates) : {}),
  };
}

/** The GitHub CLI command that requests a review from these logins, when there are some and a pull request number. */
function requestReview(pr: PullRequest, logins: readonly string[]): { command?: string } {
  const safe = logins.filter((l) => /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(l));
  if (!pr.number || safe.length === 0 || safe.length !== logins.length) return {};
  return { command: `gh pr edit ${pr.number} --add-reviewer ${safe.join(',')}` };
}

/** The finding's text for a reviewer who requested changes. */
export function changesRequestedMessage(r: Review): string {
  return `${r.user} requested changes (review on ${shortSha(r.commitId)}) — address the comments, then ask ${r.user} to approve or dismiss the review.`;
}
