import { resolve } from 'node:path';
import { createOsvSource } from '../facts/osv.js';
import { releaseGitHub } from '../facts/release-github.js';
import type { GitHubClient } from '../github/client.js';
import { TOOL_VERSION } from '../version.js';
import { DEFAULT_POLICY_PATH } from './defaults.js';
import { UsageError } from './errors.js';
import { buildReleaseRecord, ReleaseInputError, type ReleaseOutcome } from './release.js';
import { openRepository } from './work-tree.js';

// The release use case on a local clone (the CLI): the record of one tag, from git and (with a client) GitHub.

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
