import type { GitHubClient } from '../github/client.js';
import { apiErrorStatus, describeApiError } from '../github/errors.js';
import { redactSecrets } from '../report/redact.js';

// One PR comment kept up to date: found by a hidden marker and edited in place, never a second one. Only a
// comment written by the identity the token acts as is taken: anyone can paste the marker into a comment of
// their own, and the report must never be written into it.

/**
 * Who the token acts as, told from its prefix without a request: an installation token (`ghs_`: the workflow's
 * GITHUB_TOKEN, or a GitHub App's) writes as a bot; a personal access token or an OAuth/user token (`ghp_`,
 * `github_pat_`, `gho_`, `ghu_`) writes as its user, learnt from GET /user when (and only when) a marked comment
 * has to be told apart.
 */
export type TokenKind = 'installation' | 'user';

export function tokenKind(token: string): TokenKind {
  return /^(ghp_|github_pat_|gho_|ghu_)/.test(token) ? 'user' : 'installation';
}

export interface CommentTarget {
  client: GitHubClient;
  owner: string;
  repo: string;
  issueNumber: number;
  /** Hidden HTML comment that identifies this action's comment (one per check name). */
  marker: string;
  /** Whose comments may be this action's; default 'installation' (GITHUB_TOKEN). */
  tokenKind?: TokenKind;
}

export type CommentOutcome =
  { kind: 'created' | 'updated'; id: number } | { kind: 'unchanged'; id: number } | { kind: 'forbidden'; message: string };

export function commentMarker(checkName: string): string {
  return `<!-- sdlc-gate:${checkName.replace(/--/g, '-').replace(/>/g, '')} -->`;
}

interface ListedComment {
  id: number;
  body?: string;
  user?: { login?: string; type?: string } | null;
  performed_via_github_app?: { slug?: string } | null;
}

/**
 * Whether a comment was written by the token's identity. An installation token writes as its app's bot: an
 * author of type Bot whose login is `<app>[bot]` (github-actions[bot] for GITHUB_TOKEN) — an account no person
 * can hold, so a pull request author cannot pass for it; when GitHub names the app the comment was made through
 * (performed_via_github_app), the login must be that app's. A user token's comments are its user's, asked of
 * GET /user once.
 */
function ownership(t: CommentTarget): (c: ListedComment) => Promise<boolean> {
  let viewer: Promise<string | undefined> | undefined;
  const isBotOfItsApp = (c: ListedComment) => {
    const login = c.user?.login ?? '';
    const slug = c.performed_via_github_app?.slug;
    return c.user?.type === 'Bot' && login.endsWith('[bot]') && (!slug || login === `${slug}[bot]`);
  };
  return async (c) => {
    if ((t.tokenKind ?? 'installation') === 'installation') return isBotOfItsApp(c);
    viewer ??= t.client.rest.users.getAuthenticated().then(
      ({ data }) => data.login,
      (e) => {
        // An installation token after all (GET /user is not open to them): the bot rule.
        if (apiErrorStatus(e) === 403) return undefined;
        throw e;
      },
    );
    const login = await viewer;
    return login === undefined ? isBotOfItsApp(c) : c.user?.login === login && c.user?.type !== 'Bot';
  };
}

async function markedComments(t: CommentTarget, own: (c: ListedComment) => Promise<boolean>): Promise<{ id: number; body?: string }[]> {
  const all: ListedComment[] = await t.client.paginate(t.client.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issueNumber,
    per_page: 100,
  });
  const out: ListedComment[] = [];
  for (const c of all) if (c.body?.includes(t.marker) && (await own(c))) out.push(c);
  return out.sort((a, b) => a.id - b.id);
}

/**
 * Creates or updates the comment. `onlyIfExists` updates an existing comment but does not create one
 * (comment: on-failure with a passing result, so an old failure report does not linger).
 * Two runs racing on one PR: after creating, the newer duplicates are deleted and the oldest is kept.
 */
export async function upsertComment(t: CommentTarget, rawBody: string, onlyIfExists = false): Promise<CommentOutcome | undefined> {
  const body = redactSecrets(rawBody);
  const own = ownership(t);
  try {
    const existing = await markedComments(t, own);
    const keep = existing[0];
    if (keep) {
      if (keep.body === body) return { kind: 'unchanged', id: keep.id };
      await t.client.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: keep.id, body });
      return { kind: 'updated', id: keep.id };
    }
    if (onlyIfExists) return undefined;
    const { data } = await t.client.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: t.issueNumber, body });
    const after = await markedComments(t, own);
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
