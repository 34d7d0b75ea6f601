import {
  FactError,
  type ChangedFile,
  type FileText,
  type PullRequest,
  type Review,
  type ScanOptions,
  type ScannedFile,
} from '../core/types.js';
import { shortSha } from '../util/text.js';
import type { GitRepo } from './git/index.js';
import { reviewFromApi } from './github.js';

// Fact sources that need no API: the local checkout, and review/team data handed to the CLI as files.

export interface RepoSources {
  changedFiles(): Promise<ChangedFile[]>;
  readFile(ref: string, path: string, maxBytes?: number): Promise<FileText | undefined>;
  listFiles(ref: string): Promise<string[]>;
  scanFiles(ref: string, paths: readonly string[], visit: (file: ScannedFile) => void, options?: ScanOptions): Promise<void>;
}

/** Changed files as GitHub shows them: from the merge base of base and head, to head, with renames. */
export function gitSources(repo: GitRepo, pr: Pick<PullRequest, 'baseSha' | 'headSha'>): RepoSources {
  // The head's tree is listed by git while the policy is read at base: nearly every gate reads or lists the head.
  repo.prefetchTree(pr.headSha);
  // And the merge base the changed files start from is asked for now, not when a gate first wants them.
  if (pr.baseSha !== pr.headSha) void repo.mergeBase(pr.baseSha, pr.headSha);
  return {
    async changedFiles() {
      // A commit compared with itself changes nothing (a check of one commit, with base and head the same).
      if (pr.baseSha === pr.headSha) return [];
      const mergeBase = await repo.mergeBase(pr.baseSha, pr.headSha);
      if (!mergeBase) {
        throw new FactError(
          `base ${shortSha(pr.baseSha)} and head ${shortSha(pr.headSha)} share no history in the checkout — fetch more history (actions/checkout with fetch-depth: 0)`,
        );
      }
      return repo.diff(mergeBase, pr.headSha);
    },
    readFile: (ref, path, maxBytes) => repo.readFile(ref, path, maxBytes),
    scanFiles: (ref, paths, visit, options) => repo.scanFiles(ref, paths, visit, options),
    // Symlinks are listed, not skipped: a gate that reads one reports it (links are never followed), where a
    // skipped one would read as "no file matches".
    listFiles: async (ref) => (await repo.listTree(ref)).filter((e) => e.type === 'blob').map((e) => e.path),
  };
}

/** Reviews from a JSON array shaped like GET /repos/{o}/{r}/pulls/{n}/reviews. Throws a plain Error for bad input. */
export function parseReviewsJson(text: string, name: string): Review[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${name} is not valid JSON: ${(e as Error).message}`, { cause: e });
  }
  if (!Array.isArray(data))
    throw new Error(`${name} must be a JSON array of reviews, as GET /repos/{owner}/{repo}/pulls/{number}/reviews returns`);
  return data.map(reviewFromApi).filter((r): r is Review => r !== undefined);
}

/** Teams from a JSON object {"org/slug": ["login", ...]}. Throws a plain Error for bad input. */
export function parseTeamsJson(text: string, name: string): Map<string, string[]> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${name} is not valid JSON: ${(e as Error).message}`, { cause: e });
  }
  const shapeError = new Error(`${name} must be a JSON object {"org/team": ["login", ...]}`);
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw shapeError;
  const teams = new Map<string, string[]>();
  for (const [team, members] of Object.entries(data)) {
    if (!Array.isArray(members) || !members.every((m) => typeof m === 'string')) throw shapeError;
    teams.set(team.replace(/^@/, '').toLowerCase(), members);
  }
  return teams;
}
