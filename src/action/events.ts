import { FactError, type PullRequest } from '../core/types.js';
import { pullRequestFromPayload } from '../facts/github.js';

// Which events sdlc-gate evaluates and what it evaluates for each: a pull request's head against its base, or
// a merge queue's merge group (its head commit against its base, with the pull request it was built for).
// Events it does not evaluate end in a notice: a closed pull request, a draft when `drafts: skip`, an event
// that is not about a pull request.

/** The events of a monitor run (post-market surveillance), when the policy has a monitor: section. */
export const MONITOR_EVENTS = ['schedule', 'workflow_dispatch'];

export const PR_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review'];

export type EventPlan =
  | { kind: 'skip'; reason: string }
  | {
      kind: 'evaluate';
      pr: PullRequest;
      /** Whether the pull request gets the comment (not for a merge group: the pull request already has it). */
      comment: boolean;
      /** For a merge group: what its facts are built from (plain data: the evaluation runs in a worker thread). */
      mergeGroup?: MergeGroupInfo;
    };

export { mergeGroupSources, type MergeGroupInfo } from '../facts/merge-group.js';
import type { MergeGroupInfo } from '../facts/merge-group.js';

export interface EventSources {
  /** GET /pulls/{n}, for a merge group's pull request. */
  pullRequest(n: number): Promise<PullRequest>;
}

/** The pull request number in a merge queue's branch: refs/heads/gh-readonly-queue/<base>/pr-<n>-<sha>. */
export function mergeQueuePullNumber(headRef: string): number | undefined {
  const m = /\/pr-(\d+)-[0-9a-f]{7,64}$/.exec(headRef);
  return m ? Number(m[1]) : undefined;
}

const isSha = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(v);

export async function planEvent(
  eventName: string,
  payload: Record<string, unknown>,
  drafts: 'evaluate' | 'skip',
  sources: EventSources,
): Promise<EventPlan> {
  if (PR_EVENTS.includes(eventName)) {
    const raw = payload.pull_request as { state?: string; draft?: boolean } | undefined;
    const pr = pullRequestFromPayload(raw);
    if (payload.action === 'closed' || raw?.state === 'closed') {
      return { kind: 'skip', reason: `pull request #${pr.number} is closed, so nothing was checked` };
    }
    if (raw?.draft === true && drafts === 'skip') {
      return {
        kind: 'skip',
        reason: `pull request #${pr.number} is a draft and the drafts input is "skip"; it is checked once it is marked ready for review`,
      };
    }
    return { kind: 'evaluate', pr, comment: true };
  }
  if (eventName === 'merge_group') {
    const group = payload.merge_group as { head_sha?: unknown; base_sha?: unknown; head_ref?: unknown; base_ref?: unknown } | undefined;
    if (!group || !isSha(group.head_sha) || !isSha(group.base_sha)) {
      throw new FactError('the merge_group event has no merge_group with head_sha and base_sha');
    }
    const headSha = group.head_sha;
    const baseSha = group.base_sha;
    const baseRef = typeof group.base_ref === 'string' ? group.base_ref.replace(/^refs\/heads\//, '') : undefined;
    const headRef = typeof group.head_ref === 'string' ? group.head_ref.replace(/^refs\/heads\//, '') : undefined;
    const number = headRef ? mergeQueuePullNumber(headRef) : undefined;
    if (number === undefined) {
      const pr: PullRequest = {
        number: 0,
        title: '',
        body: '',
        labels: [],
        author: '',
        baseSha,
        headSha,
        ...(baseRef ? { baseRef } : {}),
        ...(headRef ? { headRef } : {}),
      };
      return { kind: 'evaluate', pr, comment: false, mergeGroup: { headRef: headRef ?? null, pull: null } };
    }
    const own = await sources.pullRequest(number);
    const pr: PullRequest = { ...own, baseSha, headSha, ...(baseRef ? { baseRef } : {}), ...(headRef ? { headRef } : {}) };
    return { kind: 'evaluate', pr, comment: false, mergeGroup: { headRef: headRef ?? null, pull: { number, head: own.headSha } } };
  }
  return {
    kind: 'skip',
    reason: `sdlc-gate checks pull requests; this workflow ran on "${eventName || 'an unknown event'}", so nothing was checked. Trigger it on pull_request (and merge_group for a merge queue).`,
  };
}
