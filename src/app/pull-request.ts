import { evaluate } from '../engine/evaluate.js';
import { prepareCheckout } from '../facts/checkout.js';
import { createFacts, scanByReading, type FactSources } from '../facts/facts.js';
import { GitHubFacts } from '../facts/github.js';
import type { RepoSources } from '../facts/local.js';
import { preparedCheckout } from '../facts/prepared-checkout.js';
import { mergeGroupSources, type MergeGroupInfo } from '../facts/merge-group.js';
import { createOsvSource } from '../facts/osv.js';
import type { GitHubClient } from '../github/client.js';
import type { Policy } from '../policy/types.js';
import { RULES } from '../rules/index.js';
import type { GateResult, PullRequest } from '../core/types.js';

// The check use case as the action runs it: a pull request's facts from the runner's checkout when it is usable,
// through the API otherwise; the gates evaluated over them (in the action's worker thread).

/** Files a scan may read through the API, a request each, before it asks for a checkout (GITHUB_TOKEN has 1,000 requests an hour per repository). */
const API_SCAN_LIMIT = 200;

/** What identifies the pull request and bounds the reading of it. */
export interface PullRequestRun {
  pr: PullRequest;
  owner: string;
  repo: string;
  maxFileBytes: number;
  timeoutSeconds: number;
  /** A merge group's facts (its changes from the checkout, its pull request's reviews). */
  mergeGroup?: MergeGroupInfo;
}

/** The runner's checkout made usable for the diff (base and head fetched), or why it is not used. */
export async function openCheckout(
  workspace: string | undefined,
  run: Pick<PullRequestRun, 'pr' | 'maxFileBytes'>,
  log: (m: string) => void,
): Promise<{ checkout?: RepoSources; mergeBase?: string; reason?: string }> {
  const { sources, mergeBase, reason } = await prepareCheckout(workspace, run.pr, run.maxFileBytes, log);
  return { ...(sources ? { checkout: sources } : {}), ...(mergeBase ? { mergeBase } : {}), ...(reason ? { reason } : {}) };
}

/** The pull request's facts: from the checkout when there is one, through the API otherwise. */
export function pullRequestSources(
  run: PullRequestRun,
  client: GitHubClient,
  checkout: Pick<FactSources, 'changedFiles' | 'readFile' | 'listFiles' | 'scanFiles'> | undefined,
  remainingMs: number,
  log: (m: string) => void,
): { sources: FactSources; api: GitHubFacts } {
  const { pr } = run;
  const api = new GitHubFacts(client, run.owner, run.repo, run.maxFileBytes);
  const timing = {
    requestTimeoutMs: Math.min(30_000, (run.timeoutSeconds * 1000) / 4),
    retries: 3,
    retryDelayMs: Math.min(1000, (run.timeoutSeconds * 1000) / 60),
  };
  const group = run.mergeGroup ? mergeGroupSources(run.mergeGroup, pr.headSha) : undefined;
  const sources: FactSources = {
    pr,
    changedFiles: checkout?.changedFiles ?? group?.changedFiles ?? (() => api.pullRequestFiles(pr.number)),
    readFile: checkout?.readFile ?? ((ref, path, maxBytes) => api.readFile(ref, path, maxBytes)),
    listFiles: checkout?.listFiles ?? ((ref) => api.listFiles(ref)),
    // Through the API a scan costs a request per file: a large one asks for a checkout instead of the rate limit.
    scanFiles:
      checkout?.scanFiles ??
      scanByReading((ref, path, maxBytes) => api.readFile(ref, path, maxBytes), {
        files: API_SCAN_LIMIT,
        advice: 'check the repository out (actions/checkout) so the files are read locally',
      }),
    reviews: group ? () => group.reviews((n) => api.reviews(n)) : () => api.reviews(pr.number),
    teamMembers: (team) => api.teamMembers(team),
    permission: (login) => api.permission(login),
    commits: group ? () => group.commits((n) => api.pullRequestCommits(n)) : () => api.pullRequestCommits(pr.number),
    osvScan: createOsvSource({ deadline: AbortSignal.timeout(Math.max(1, remainingMs)), ...timing, log }),
    issueExists: (n) => api.issueExists(n),
  };
  return { sources, api };
}

export interface GatesRun extends PullRequestRun {
  policy: Policy;
  workspace?: string;
  /** Read through the API rather than the checkout (the checkout was found unusable). */
  viaApi: boolean;
  /** The merge base the main thread found while preparing the checkout: not asked of git again. */
  mergeBase?: string;
}

/** Evaluates the policy's gates over the pull request's facts, handing each gate's result to `onGate` as it is known. */
export async function evaluatePullRequestGates(
  run: GatesRun,
  client: GitHubClient,
  remainingMs: number,
  log: (m: string) => void,
  onGate: (index: number, result: GateResult) => void,
): Promise<void> {
  const checkout = run.viaApi
    ? undefined
    : run.workspace && run.mergeBase
      ? preparedCheckout(run.workspace, run.pr, run.maxFileBytes, run.mergeBase)
      : (await openCheckout(run.workspace, run, () => undefined)).checkout;
  const { sources } = pullRequestSources(run, client, checkout, remainingMs, log);
  await evaluate(
    run.policy,
    createFacts(sources),
    RULES,
    { base: run.pr.baseSha, head: run.pr.headSha, policy: { path: '', ref: '', sha256: '' } },
    onGate,
  );
}
