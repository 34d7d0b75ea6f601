import { GitRepo } from './git/index.js';
import { gitSources, type RepoSources } from './local.js';
import type { PullRequest } from '../core/types.js';

// A checkout another thread of this run has already prepared (fetched base and head, found their merge base): the
// action's worker reads it without asking git again what the main thread already asked.

export function preparedCheckout(workspace: string, pr: PullRequest, maxFileBytes: number, mergeBase: string): RepoSources {
  const repo = new GitRepo(workspace, maxFileBytes);
  repo.knowMergeBase(pr.baseSha, pr.headSha, mergeBase);
  return gitSources(repo, pr);
}
