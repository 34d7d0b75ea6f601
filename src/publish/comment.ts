import { apiErrorStatus, describeApiError, type GitHubClient } from '../github/client.js';
import { redactSecrets } from '../report/redact.js';

// One PR comment kept up to date: found by a hidden marker and edited in place, never a second one.

export interface CommentTarget {
  client: GitHubClient;
  owner: string;
  repo: string;
  issueNumber: number;
  /** Hidden HTML comment that identifies this action's comment (one per check name). */
  marker: string;
}

export type CommentOutcome =
  | { kind: 'created' | 'updated'; id: number }
  | { kind: 'unchanged'; id: number }
  | { kind: 'forbidden'; message: string };

export function commentMarker(checkName: string): string {
  return `<!-- sdlc-gate:${checkName.replace(/--/g, '-').replace(/>/g, '')} -->`;
}

async function markedComments(t: CommentTarget): Promise<{ id: number; body?: string }[]> {
  const all = await t.client.paginate(t.client.rest.issues.listComments, { owner: t.owner, repo: t.repo, issue_number: t.issueNumber, per_page: 100 });
  return all.filter((c) => c.body?.includes(t.marker)).sort((a, b) => a.id - b.id);
}

/**
 * Creates or updates the comment. `onlyIfExists` updates an existing comment but does not create one
 * (comment: on-failure with a passing result, so an old failure report does not linger).
 * Two runs racing on one PR: after creating, the newer duplicates are deleted and the oldest is kept.
 */
export async function upsertComment(t: CommentTarget, rawBody: string, onlyIfExists = false): Promise<CommentOutcome | undefined> {
  const body = redactSecrets(rawBody);
  try {
    const existing = await markedComments(t);
    const keep = existing[0];
    if (keep) {
      if (keep.body === body) return { kind: 'unchanged', id: keep.id };
      await t.client.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: keep.id, body });
      return { kind: 'updated', id: keep.id };
    }
    if (onlyIfExists) return undefined;
    const { data } = await t.client.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: t.issueNumber, body });
    const after = await markedComments(t);
    const oldest = after[0];
    if (oldest && oldest.id !== data.id) {
      // Another run created one first: keep theirs (with our newer body) and remove ours.
      await t.client.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: oldest.id, body });
      await t.client.rest.issues.deleteComment({ owner: t.owner, repo: t.repo, comment_id: data.id });
      return { kind: 'updated', id: oldest.id };
    }
    return { kind: 'created', id: data.id };
  } catch (e) {
    const status = apiErrorStatus(e);
    if (status === 403 || status === 404) {
      return {
        kind: 'forbidden',
        message: `${describeApiError(e, `the pull request comment on #${t.issueNumber}`, 'pull-requests: write')} (pull requests from forks get a read-only token); the report is in the job summary instead`,
      };
    }
    throw e;
  }
}
