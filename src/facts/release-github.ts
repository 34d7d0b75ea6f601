import type { GitHubClient } from '../github/client.js';
import { apiErrorStatus, describeApiError } from '../github/errors.js';
import { FactError, type Review } from '../core/types.js';
import { reviewFromApi } from './github.js';

// What the release record asks GitHub: the pull requests a commit came through, their reviews, the sdlc-gate check
// run on their head commits, and the issues labelled as anomalies. Read-only; every answer reduced to plain values.

export interface ReleasePull {
  number: number;
  title: string;
  author: string;
  mergedAt: string | null;
  mergeCommit: string | null;
  head: string;
  url: string | null;
}

export interface ReleaseCheckRun {
  status: string;
  conclusion: string | null;
  url: string | null;
}

export interface ReleaseIssue {
  number: number;
  title: string;
  url: string | null;
  labels: string[];
  body: string;
  createdAt: string;
  closedAt: string | null;
}

/** The GitHub data a release record needs; the CLI and the action hand one in, tests hand in a loopback server. */
export interface ReleaseGitHub {
  /** Where links to the repository point, e.g. https://github.com/acme/pump. */
  repositoryUrl: string;
  pullsForCommit(sha: string): Promise<ReleasePull[]>;
  reviews(pullNumber: number): Promise<Review[]>;
  /** Check runs of that name on the commit, newest first. */
  checkRuns(sha: string, name: string): Promise<ReleaseCheckRun[]>;
  /** Every issue (open or closed, not pull requests) with the label. */
  issuesWithLabel(label: string): Promise<ReleaseIssue[]>;
}

export function releaseGitHub(client: GitHubClient, owner: string, repo: string, serverUrl: string): ReleaseGitHub {
  const base = { owner, repo };
  const call = async <T>(endpoint: string, permission: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      throw new FactError(describeApiError(e, endpoint, permission));
    }
  };
  return {
    repositoryUrl: `${serverUrl.replace(/\/+$/, '')}/${owner}/${repo}`,
    pullsForCommit: (sha) =>
      call(`GET /repos/${owner}/${repo}/commits/${sha}/pulls`, 'contents: read, pull-requests: read', async () => {
        const items = await client.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
          ...base,
          commit_sha: sha,
          per_page: 100,
        });
        return (items as unknown[]).map(pullFromApi).filter((p): p is ReleasePull => p !== undefined);
      }),
    reviews: (pullNumber) =>
      call(`GET /repos/${owner}/${repo}/pulls/${pullNumber}/reviews`, 'pull-requests: read', async () => {
        const items = await client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
          ...base,
          pull_number: pullNumber,
          per_page: 100,
        });
        return (items as unknown[]).map(reviewFromApi).filter((r): r is Review => r !== undefined);
      }),
    checkRuns: (sha, name) =>
      call(`GET /repos/${owner}/${repo}/commits/${sha}/check-runs`, 'checks: read', async () => {
        try {
          const { data } = await client.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
            ...base,
            ref: sha,
            check_name: name,
            filter: 'all',
            per_page: 100,
          });
          const runs = (data as { check_runs?: unknown[] }).check_runs ?? [];
          return runs
            .map((r) => r as { id?: number; status?: string; conclusion?: string | null; html_url?: string | null })
            .sort((a, b) => (b.id ?? 0) - (a.id ?? 0))
            .map((r) => ({ status: String(r.status ?? 'unknown'), conclusion: r.conclusion ?? null, url: r.html_url ?? null }));
        } catch (e) {
          // A commit GitHub no longer has (a squashed-away head) has no check runs to show.
          if (apiErrorStatus(e) === 404 || apiErrorStatus(e) === 422) return [];
          throw e;
        }
      }),
    issuesWithLabel: (label) =>
      call(`GET /repos/${owner}/${repo}/issues`, 'issues: read', async () => {
        const items = await client.paginate('GET /repos/{owner}/{repo}/issues', { ...base, labels: label, state: 'all', per_page: 100 });
        return (items as unknown[]).map(issueFromApi).filter((i): i is ReleaseIssue => i !== undefined);
      }),
  };
}

function pullFromApi(raw: unknown): ReleasePull | undefined {
  const p = raw as {
    number?: number;
    title?: string;
    user?: { login?: string } | null;
    merged_at?: string | null;
    merge_commit_sha?: string | null;
    head?: { sha?: string };
    html_url?: string;
  };
  if (typeof p?.number !== 'number' || typeof p.head?.sha !== 'string') return undefined;
  return {
    number: p.number,
    title: String(p.title ?? ''),
    author: p.user?.login ?? '',
    mergedAt: p.merged_at ?? null,
    mergeCommit: p.merge_commit_sha ?? null,
    head: p.head.sha,
    url: p.html_url ?? null,
  };
}

function issueFromApi(raw: unknown): ReleaseIssue | undefined {
  const i = raw as {
    number?: number;
    title?: string;
    html_url?: string;
    labels?: Array<string | { name?: string }>;
    body?: string | null;
    created_at?: string;
    closed_at?: string | null;
    pull_request?: unknown;
  };
  if (typeof i?.number !== 'number' || i.pull_request || typeof i.created_at !== 'string') return undefined;
  return {
    number: i.number,
    title: String(i.title ?? ''),
    url: i.html_url ?? null,
    labels: (i.labels ?? []).map((l) => (typeof l === 'string' ? l : String(l?.name ?? ''))).filter(Boolean),
    body: i.body ?? '',
    createdAt: i.created_at,
    closedAt: i.closed_at ?? null,
  };
}
