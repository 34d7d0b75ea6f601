import type { GitHubClient } from '../github/client.js';
import { apiErrorStatus, describeApiError } from '../github/errors.js';
import { symlinkRefused, tooLarge } from './refusals.js';
import { decodeText } from './text.js';
import {
  FactError,
  type ChangedFile,
  type ChangeStatus,
  type FileText,
  type PullCommit,
  type PullRequest,
  type RepoPermission,
  type Review,
  type ReviewState,
} from '../core/types.js';
import { normalizeRepoPath } from './git/index.js';

// Facts from the GitHub REST API, for what a checkout cannot tell (reviews, teams) or when there is none.

/** GitHub lists at most this many files of a pull request; a longer PR needs the local diff. */
export const PR_FILES_LIMIT = 3000;
/** GitHub lists at most this many commits of a pull request (GET /pulls/{n}/commits). */
export const PR_COMMITS_LIMIT = 250;
/** The committer GitHub records for commits it makes itself (web edits, merges of the base branch, squash merges). */
export const WEB_FLOW = 'web-flow';

export class GitHubFacts {
  constructor(
    private readonly client: GitHubClient,
    readonly owner: string,
    readonly repo: string,
    private readonly maxFileBytes: number,
  ) {}

  private async call<T>(endpoint: string, permission: string | undefined, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw new FactError(describeApiError(e, endpoint, permission));
    }
  }

  async pullRequestFiles(number: number): Promise<ChangedFile[]> {
    const endpoint = `GET /repos/${this.owner}/${this.repo}/pulls/${number}/files`;
    const items = await this.call(endpoint, 'pull-requests: read', () =>
      this.client.paginate(this.client.rest.pulls.listFiles, { owner: this.owner, repo: this.repo, pull_number: number, per_page: 100 }),
    );
    if (items.length >= PR_FILES_LIMIT) {
      throw new FactError(
        `${endpoint} returned ${items.length} files, GitHub's limit, so the list may be cut short — check the repository out (actions/checkout with fetch-depth: 0) so the diff is computed locally`,
      );
    }
    return items.map((f) => ({
      path: f.filename,
      status: f.status as ChangeStatus,
      ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
    }));
  }

  /** GET /pulls/{n}: the pull request as the event payload would carry it. */
  async pullRequest(number: number): Promise<PullRequest> {
    const endpoint = `GET /repos/${this.owner}/${this.repo}/pulls/${number}`;
    const { data } = await this.call(endpoint, 'pull-requests: read', () =>
      this.client.rest.pulls.get({ owner: this.owner, repo: this.repo, pull_number: number }),
    );
    return pullRequestFromPayload(data);
  }

  async reviews(number: number): Promise<Review[]> {
    const endpoint = `GET /repos/${this.owner}/${this.repo}/pulls/${number}/reviews`;
    const items = await this.call(endpoint, 'pull-requests: read', () =>
      this.client.paginate(this.client.rest.pulls.listReviews, { owner: this.owner, repo: this.repo, pull_number: number, per_page: 100 }),
    );
    return items.map(reviewFromApi).filter((r): r is Review => r !== undefined);
  }

  /** GET /pulls/{n}/commits, every page: who authored and committed each commit. All or an error, never a part. */
  async pullRequestCommits(number: number): Promise<PullCommit[]> {
    const endpoint = `GET /repos/${this.owner}/${this.repo}/pulls/${number}/commits`;
    const items = await this.call(endpoint, 'pull-requests: read', () =>
      this.client.paginate(this.client.rest.pulls.listCommits, { owner: this.owner, repo: this.repo, pull_number: number, per_page: 100 }),
    );
    if (items.length >= PR_COMMITS_LIMIT) {
      throw new FactError(
        `${endpoint} returned ${items.length} commits, GitHub's limit, so who contributed to the pull request cannot be told in full — split the pull request, or set allow_contributor: true on the gate`,
      );
    }
    return items.map(commitFromApi);
  }

  /**
   * GET /repos/{o}/{r}/collaborators/{login}/permission: the user's base role here (maintain reads as write, triage
   * as read). Needs only "metadata: read", which every GITHUB_TOKEN has. Any failure is a FactError, never a guess.
   */
  async permission(login: string): Promise<RepoPermission> {
    const endpoint = `GET /repos/${this.owner}/${this.repo}/collaborators/${login}/permission`;
    const { data } = await this.call(endpoint, 'metadata: read', () =>
      this.client.rest.repos.getCollaboratorPermissionLevel({ owner: this.owner, repo: this.repo, username: login }),
    );
    const permission = parsePermission(data.permission);
    if (!permission) throw new FactError(`${endpoint} answered an unknown permission ${JSON.stringify(data.permission)}`);
    return permission;
  }

  async teamMembers(team: string): Promise<string[]> {
    const [org, slug] = team.split('/');
    const endpoint = `GET /orgs/${org}/teams/${slug}/members`;
    try {
      const members = await this.client.paginate(this.client.rest.teams.listMembersInOrg, { org: org!, team_slug: slug!, per_page: 100 });
      return members.map((m) => m.login);
    } catch (e) {
      const status = apiErrorStatus(e);
      if (status === 403 || status === 404) {
        throw new FactError(
          `${endpoint} answered ${status}: the team @${team} cannot be read — give the token "members: read" on the organization (a GitHub App or a PAT; GITHUB_TOKEN cannot), or list the logins in the policy's groups instead`,
        );
      }
      throw new FactError(describeApiError(e, endpoint));
    }
  }

  /** Whether issue (or pull request) `number` exists here: 404 (and 410, deleted) → false. */
  async issueExists(number: number): Promise<boolean> {
    const endpoint = `GET /repos/${this.owner}/${this.repo}/issues/${number}`;
    try {
      await this.client.rest.issues.get({ owner: this.owner, repo: this.repo, issue_number: number });
      return true;
    } catch (e) {
      const status = apiErrorStatus(e);
      if (status === 404 || status === 410) return false;
      throw new FactError(describeApiError(e, endpoint, 'issues: read'));
    }
  }

  /** A file at a commit through the contents API; refuses symlinks, directories and files over the cap. */
  async readFile(ref: string, path: string, maxBytes = this.maxFileBytes): Promise<FileText | undefined> {
    const clean = normalizeRepoPath(path);
    const endpoint = `GET /repos/${this.owner}/${this.repo}/contents/${clean}?ref=${ref.slice(0, 7)}`;
    let data: unknown;
    try {
      ({ data } = await this.client.rest.repos.getContent({ owner: this.owner, repo: this.repo, path: clean, ref }));
    } catch (e) {
      if (apiErrorStatus(e) === 404) return undefined;
      throw new FactError(describeApiError(e, endpoint, 'contents: read'));
    }
    if (Array.isArray(data)) throw new FactError(`${clean} is a directory at ${ref.slice(0, 7)}, not a file`);
    const item = data as { type: string; size: number; content?: string; encoding?: string };
    if (item.type === 'symlink') throw symlinkRefused(clean, ref);
    if (item.type !== 'file') throw new FactError(`${clean} is a ${item.type} at ${ref.slice(0, 7)}, not a file`);
    if (item.size > maxBytes) throw tooLarge(clean, item.size, ref, maxBytes);
    if (item.encoding !== 'base64' || typeof item.content !== 'string') {
      throw new FactError(
        `${endpoint} returned no content for ${clean} (encoding ${item.encoding ?? 'none'}); check the repository out so it is read locally`,
      );
    }
    const bytes = Buffer.from(item.content, 'base64');
    return { path: clean, ref, bytes, text: decodeText(clean, bytes, ` at ${ref.slice(0, 7)}`) };
  }

  /**
   * A policy file of another repository (org-wide policies), and whether its ref can move (a branch).
   * Read once per run per file and ref.
   */
  readRemotePolicy = memoize(async ({ owner, repo, path, ref }: { owner: string; repo: string; path: string; ref: string }) => {
    const other = new GitHubFacts(this.client, owner, repo, this.maxFileBytes);
    const file = await other.readFile(ref, path);
    if (!file) return undefined;
    let moving = false;
    if (!/^[0-9a-f]{40}$/i.test(ref)) {
      try {
        await this.client.rest.git.getRef({ owner, repo, ref: `heads/${ref}` });
        moving = true;
      } catch (e) {
        if (apiErrorStatus(e) !== 404)
          throw new FactError(describeApiError(e, `GET /repos/${owner}/${repo}/git/ref/heads/${ref}`, 'contents: read'));
      }
    }
    return { text: file.text, moving };
  });

  /** Paths of the regular files of a commit's tree. */
  async listFiles(ref: string): Promise<string[]> {
    const endpoint = `GET /repos/${this.owner}/${this.repo}/git/trees/${ref.slice(0, 7)}?recursive=1`;
    const { data } = await this.call(endpoint, 'contents: read', () =>
      this.client.rest.git.getTree({ owner: this.owner, repo: this.repo, tree_sha: ref, recursive: 'true' }),
    );
    if (data.truncated) {
      throw new FactError(`${endpoint} was truncated by GitHub — check the repository out so files are listed locally`);
    }
    // Symlinks included, as in a checkout: reading one reports it.
    return data.tree.filter((e) => e.type === 'blob' && e.path).map((e) => e.path!);
  }
}

const DECISIVE: ReadonlySet<string> = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED', 'COMMENTED', 'PENDING']);

/** A review as GET /pulls/{n}/reviews returns it; undefined for reviews without a user (deleted accounts). */
export function reviewFromApi(raw: unknown): Review | undefined {
  const r = raw as { id?: number; user?: { login?: string } | null; state?: string; commit_id?: string | null; submitted_at?: string };
  if (!r?.user?.login || !r.state || !DECISIVE.has(r.state)) return undefined;
  return {
    id: Number(r.id ?? 0),
    user: r.user.login,
    state: r.state as ReviewState,
    commitId: r.commit_id ?? '',
    ...(r.submitted_at ? { submittedAt: r.submitted_at } : {}),
  };
}

/** A permission as GitHub names it, or undefined: maintain is write, triage is read (GitHub's own mapping). */
export function parsePermission(raw: unknown): RepoPermission | undefined {
  switch (raw) {
    case 'admin':
    case 'write':
    case 'read':
    case 'none':
      return raw;
    case 'maintain':
      return 'write';
    case 'triage':
      return 'read';
    default:
      return undefined;
  }
}

/** A commit as GET /pulls/{n}/commits returns it: the logins GitHub linked to its author and committer. */
export function commitFromApi(raw: unknown): PullCommit {
  const c = raw as { sha?: string; author?: { login?: string } | null; committer?: { login?: string } | null };
  const author = c?.author?.login;
  const committer = c?.committer?.login;
  return {
    sha: String(c?.sha ?? ''),
    ...(author ? { author } : {}),
    ...(committer && committer.toLowerCase() !== WEB_FLOW ? { committer } : {}),
  };
}

/** The pull request as a `pull_request` event payload (or GET /pulls/{n}) carries it. */
export function pullRequestFromPayload(raw: unknown): PullRequest {
  const p = raw as {
    number?: number;
    title?: string;
    body?: string | null;
    labels?: { name?: string }[];
    user?: { login?: string };
    base?: { sha?: string; ref?: string };
    head?: { sha?: string; ref?: string };
  };
  if (!p || typeof p.number !== 'number' || !p.base?.sha || !p.head?.sha) {
    throw new FactError('the event has no pull_request with number, base.sha and head.sha');
  }
  return {
    number: p.number,
    title: p.title ?? '',
    body: p.body ?? '',
    labels: (p.labels ?? []).map((l) => l.name ?? '').filter(Boolean),
    author: p.user?.login ?? '',
    baseSha: p.base.sha,
    headSha: p.head.sha,
    ...(p.base.ref ? { baseRef: p.base.ref } : {}),
    ...(p.head.ref ? { headRef: p.head.ref } : {}),
  };
}

/** One call per distinct argument (compared as JSON); concurrent callers share the promise. */
function memoize<A, R>(fn: (arg: A) => Promise<R>): (arg: A) => Promise<R> {
  const cache = new Map<string, Promise<R>>();
  return (arg) => {
    const key = JSON.stringify(arg);
    let hit = cache.get(key);
    if (!hit) {
      hit = fn(arg);
      cache.set(key, hit);
    }
    return hit;
  };
}
