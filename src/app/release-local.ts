import { resolve } from 'node:path';
import { GitRepo } from '../facts/git/index.js';
import { createOsvSource } from '../facts/osv.js';
import { releaseGitHub } from '../facts/release-github.js';
import type { GitHubClient } from '../github/client.js';
import { TOOL_VERSION } from '../version.js';
import { DEFAULT_POLICY_PATH } from './defaults.js';
import { UsageError } from './errors.js';
import { buildReleaseRecord, ReleaseInputError, type ReleaseOutcome } from './release.js';
import { openRepository } from './work-tree.js';

// The release use case: the record of one tag, from git and (with a client) GitHub — on a local clone (the CLI) or
// on the runner's checkout (the action).

export interface LocalReleaseInput {
  cwd: string;
  repo?: string;
  policy?: string;
  tag: string;
  previous?: string;
  /** The folder to write the record to, relative to `cwd`; by default one named after the tag. */
  output?: string;
  /** GitHub access (a client and the repository), when the environment gives one. */
  github?: { client: GitHubClient; owner: string; repo: string; serverUrl: string };
}

/** The record, and the folder it is meant for (absolute). */
export async function releaseLocal(input: LocalReleaseInput): Promise<{ outcome: ReleaseOutcome; folder: string }> {
  const repo = await openRepository(input.cwd, input.repo, 'repository');
  const folder = resolve(input.cwd, input.output ?? `sdlc-gate-release-${input.tag.replace(/[^A-Za-z0-9_.-]/g, '_')}`);
  const { github } = input;
  try {
    const outcome = await buildReleaseRecord({
      repo,
      policyPath: input.policy ?? DEFAULT_POLICY_PATH,
      tag: input.tag,
      ...(input.previous ? { previous: input.previous } : {}),
      ...(github ? { github: releaseGitHub(github.client, github.owner, github.repo, github.serverUrl) } : {}),
      osvScan: createOsvSource({ deadline: AbortSignal.timeout(300_000), requestTimeoutMs: 30_000, retries: 2, retryDelayMs: 500 }),
      toolVersion: TOOL_VERSION,
    });
    return { outcome, folder };
  } catch (e) {
    if (e instanceof ReleaseInputError) throw new UsageError(e.message);
    throw e;
  }
}

export interface CheckoutReleaseInput {
  /** The runner's checkout (GITHUB_WORKSPACE), with its history and tags. */
  workspace: string | undefined;
  policyPath: string;
  tag: string;
  github: { client: GitHubClient; owner: string; repo: string; serverUrl: string };
  timeoutMs: number;
  deadline: AbortSignal;
  log: (m: string) => void;
}

/** The release record of a tag the policy's release.tags name (NotAReleaseError otherwise), from the runner's checkout. */
export async function releaseFromCheckout(input: CheckoutReleaseInput): Promise<ReleaseOutcome> {
  const git = new GitRepo(input.workspace ?? '.');
  if (!input.workspace || !(await git.isRepository())) {
    throw new Error('a release record needs the repository checked out with its history and tags (actions/checkout with fetch-depth: 0)');
  }
  const { github, timeoutMs: timeout } = input;
  return buildReleaseRecord({
    repo: git,
    policyPath: input.policyPath,
    tag: input.tag,
    github: releaseGitHub(github.client, github.owner, github.repo, github.serverUrl),
    osvScan: createOsvSource({
      deadline: input.deadline,
      requestTimeoutMs: Math.min(30_000, timeout / 4),
      retries: 3,
      retryDelayMs: Math.min(1000, timeout / 60),
      log: input.log,
    }),
    toolVersion: TOOL_VERSION,
    onlyReleaseTags: true,
  });
}
