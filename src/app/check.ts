import { resolve } from 'node:path';
import { evaluatePullRequest, type CheckOutcome } from '../engine/check.js';
import { createFacts, type FactSources } from '../facts/facts.js';
import { pullRequestFromPayload } from '../facts/github.js';
import { gitSources, parseCommitsJson, parseReviewsJson, parseTeamsJson, permissionsOfReviews } from '../facts/local.js';
import { createOsvSource } from '../facts/osv.js';
import { readLocalFile } from '../facts/worktree.js';
import type { RemotePolicyReader } from '../policy/load.js';
import { FactError, type PullRequest, type Review } from '../core/types.js';
import { DEFAULT_POLICY_PATH } from './defaults.js';
import { UsageError } from './errors.js';
import { openRepository } from './work-tree.js';

// The check use case: the policy that governs a pull request, evaluated over its facts. The action builds its fact
// sources from the checkout and the API; the CLI from a local clone and files (`checkLocal`).

export type { CheckOutcome };

const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Facts from `sources` (lazy, memoized), the policy read through them, its gates evaluated. */
export function checkPullRequest(policyPath: string, sources: FactSources, readRemote?: RemotePolicyReader): Promise<CheckOutcome> {
  return evaluatePullRequest(policyPath, sources, createFacts(sources), readRemote);
}

export interface LocalCheckInput {
  cwd: string;
  repo?: string;
  policy?: string;
  base?: string;
  head?: string;
  /** A pull_request event payload file (relative to `cwd`). */
  event?: string;
  /** Reviews (the JSON of GET /repos/{owner}/{repo}/pulls/{number}/reviews) and team members, as files. */
  reviews?: string;
  teams?: string;
  /** The pull request's commits (the JSON of GET /repos/{owner}/{repo}/pulls/{number}/commits), as a file. */
  commits?: string;
  readRemote?: RemotePolicyReader;
}

/** A check on a local clone: the changes from the merge base of base and head, reviews and teams from files. */
export async function checkLocal(input: LocalCheckInput): Promise<{ outcome: CheckOutcome; baseSha: string; headSha: string }> {
  // git starts at once (is this a repository?) while the input files are read, and the refs are resolved together;
  // the errors are still reported in the order of the steps (the repository, the files, the base, the head).
  const inputFiles = new Map<string, string>();
  const read = readInputs(input, inputFiles);
  read.catch(() => undefined);
  // Without an event file the refs are known at once: git resolves them while it is asked whether this is a repository.
  const early = !input.event && input.base ? [input.base, input.head ?? 'HEAD'] : [];
  const repo = await openRepository(input.cwd, input.repo, 'work tree', early);
  const event = await read;
  const text = (name: string) => inputFiles.get(name)!;
  const baseRef = input.base ?? event?.baseSha;
  if (!baseRef) throw new UsageError('--base REF is needed (or --event FILE with a pull_request payload)');
  const headRef = input.head ?? event?.headSha ?? 'HEAD';
  const [baseSha, headSha] = await Promise.all([repo.resolveCommit(baseRef), repo.resolveCommit(headRef)]);
  if (!baseSha)
    throw new UsageError(`the base commit ${baseRef} is not in the repository — fetch it (git fetch origin ${baseRef}) or fix --base`);
  if (!headSha) throw new UsageError(`the head commit ${headRef} is not in the repository — fetch it or fix --head`);

  const pr: PullRequest = event
    ? { ...event, baseSha, headSha }
    : { number: 0, title: '', body: '', labels: [], author: '', baseSha, headSha };
  const reviews = input.reviews ? asUsage(() => parseReviewsJson(text(input.reviews!), input.reviews!)) : undefined;
  const teams = input.teams ? asUsage(() => parseTeamsJson(text(input.teams!), input.teams!)) : undefined;
  const commits = input.commits ? asUsage(() => parseCommitsJson(text(input.commits!), input.commits!)) : undefined;
  const permissions = reviews ? asUsage(() => permissionsOfReviews(reviews, input.reviews!)) : undefined;

  const outcome = await checkPullRequest(
    input.policy ?? DEFAULT_POLICY_PATH,
    {
      pr,
      ...gitSources(repo, pr),
      osvScan: createOsvSource({ deadline: AbortSignal.timeout(300_000), requestTimeoutMs: 30_000, retries: 2, retryDelayMs: 500 }),
      reviews: async (): Promise<Review[]> => {
        if (!reviews)
          throw new FactError('no reviews were given — pass --reviews FILE (the JSON of GET /repos/{owner}/{repo}/pulls/{number}/reviews)');
        return reviews;
      },
      teamMembers: async (team) => {
        const members = teams?.get(team.toLowerCase());
        if (!members) throw new FactError(`the members of @${team} are unknown — list them in --teams FILE as {"${team}": ["login", ...]}`);
        return members;
      },
      // Write access and contributors come only from what the files say: nothing is guessed (git e-mails are not logins).
      permission: async (login) => {
        const permission = permissions?.get(login.toLowerCase());
        if (!permission)
          throw new FactError(
            `the write access of ${login} is unknown — add "permission" (as GET /repos/{owner}/{repo}/collaborators/${login}/permission answers it) to their reviews in ${input.reviews ?? '--reviews FILE'}, or set require_write_access: false on the gate`,
          );
        return permission;
      },
      commits: async () => {
        if (!commits)
          throw new FactError(
            'who contributed to the pull request is unknown — pass --commits FILE (the JSON of GET /repos/{owner}/{repo}/pulls/{number}/commits), or set allow_contributor: true on the gate',
          );
        return commits;
      },
      issueExists: async (n) => {
        throw new FactError(
          `the CLI cannot verify that issue #${n} exists (it does not call the issues API) — run the check as the action, or set verify: false for local runs`,
        );
      },
    },
    input.readRemote,
  );
  return { outcome, baseSha, headSha };
}

/** Bad content in a file the user named is a usage error (exit 2), not a failed gate. */
function asUsage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** The reviews, teams and commits files (into `files`, by name) and the event payload, in the order a usage error names them. */
async function readInputs(input: LocalCheckInput, files: Map<string, string>): Promise<PullRequest | undefined> {
  for (const name of [input.reviews, input.teams, input.commits]) if (name) files.set(name, await readInput(input.cwd, name));
  return input.event ? readEvent(resolve(input.cwd, input.event)) : undefined;
}

async function readInput(cwd: string, path: string): Promise<string> {
  try {
    return await readLocalFile(resolve(cwd, path), MAX_INPUT_BYTES);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${path}: no such file` : `${path}: ${(e as Error).message}`);
  }
}

async function readEvent(path: string): Promise<PullRequest> {
  let payload: { pull_request?: unknown };
  try {
    payload = JSON.parse(await readLocalFile(path, MAX_INPUT_BYTES));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`--event ${path}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  if (!payload?.pull_request) throw new UsageError(`--event ${path} is not a pull_request event payload (it has no "pull_request")`);
  try {
    return pullRequestFromPayload(payload.pull_request);
  } catch (e) {
    throw new UsageError(`--event ${path}: ${(e as Error).message}`);
  }
}
