import { GitRepo } from './git/index.js';
import { gitSources, type RepoSources } from './local.js';
import type { PullRequest } from '../core/types.js';
import { shortSha } from '../util/text.js';

// Makes the runner's checkout usable for the diff: under pull_request it holds only the merge commit, often
// shallow, so the base and head commits are fetched, and history deepened until they share a merge base.

const DEEPEN_STEPS = [50, 500];

export interface CheckoutResult {
  sources?: RepoSources;
  /** The merge base of base and head, when the checkout is usable. */
  mergeBase?: string;
  /** Why the checkout is not used, for the log. */
  reason?: string;
}

export async function prepareCheckout(
  workspace: string | undefined,
  pr: PullRequest,
  maxFileBytes: number,
  log: (s: string) => void,
): Promise<CheckoutResult> {
  if (!workspace) return { reason: 'GITHUB_WORKSPACE is not set' };
  const repo = new GitRepo(workspace, maxFileBytes);
  if (!(await repo.isRepository())) return { reason: `${workspace} is not a git checkout (add actions/checkout to read files locally)` };
  let mergeBase: string | undefined;
  try {
    const missing = [];
    for (const sha of [pr.baseSha, pr.headSha]) if (!(await repo.resolveCommit(sha))) missing.push(sha);
    if (missing.length) {
      log(`fetching ${missing.map(shortSha).join(' and ')} from origin`);
      await repo.fetch('origin', missing, (await repo.isShallow()) ? [`--depth=${DEEPEN_STEPS[0]}`] : []);
    }
    for (const depth of DEEPEN_STEPS) {
      if (await repo.mergeBase(pr.baseSha, pr.headSha)) break;
      if (!(await repo.isShallow())) break;
      log(`deepening the shallow checkout by ${depth} commits to find the merge base`);
      await repo.fetch('origin', [pr.baseSha, pr.headSha], [`--deepen=${depth}`]);
    }
    mergeBase = await repo.mergeBase(pr.baseSha, pr.headSha);
    if (!mergeBase) {
      return { reason: `base ${shortSha(pr.baseSha)} and head ${shortSha(pr.headSha)} share no history in the checkout` };
    }
  } catch (e) {
    return { reason: `the checkout could not be prepared: ${(e as Error).message}` };
  }
  return { sources: gitSources(repo, pr), mergeBase };
}
