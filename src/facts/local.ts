import {
  FactError,
  type ChangedFile,
  type FileText,
  type PullCommit,
  type PullRequest,
  type RepoPermission,
  type Review,
  type ScanOptions,
  type ScannedFile,
} from '../core/types.js';
import { shortSha } from '../util/text.js';
import type { GitRepo } from './git/index.js';
import { commitFromApi, parsePermission, reviewFromApi } from './github.js';

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
  return data.flatMap((raw, i) => {
    const review = reviewFromApi(raw);
    if (!review) return [];
    // The CLI's own field beside GitHub's: the reviewer's permission, as GET .../collaborators/{login}/permission answers it.
    const given = (raw as { permission?: unknown }).permission;
    if (given === undefined) return [review];
    const permission = parsePermission(given);
    if (!permission)
      throw new Error(
        `${name}: review [${i}] has "permission": ${JSON.stringify(given)}; use admin, maintain, write, triage, read or none`,
      );
    return [{ ...review, permission }];
  });
}

/** Commits from a JSON array shaped like GET /repos/{o}/{r}/pulls/{n}/commits. Throws a plain Error for bad input. */
export function parseCommitsJson(text: string, name: string): PullCommit[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${name} is not valid JSON: ${(e as Error).message}`, { cause: e });
  }
  if (!Array.isArray(data) || !data.every((c) => c && typeof c === 'object' && typeof (c as { sha?: unknown }).sha === 'string'))
    throw new Error(`${name} must be a JSON array of commits with "sha", as GET /repos/{owner}/{repo}/pulls/{number}/commits returns`);
  return data.map(commitFromApi);
}

/**
 * Each reviewer's permission as the reviews file gives it (lower-case login → permission; a reviewer none of whose
 * reviews gives one is absent); a reviewer whose reviews disagree is refused, as the file cannot be right about both.
 */
export function permissionsOfReviews(reviews: readonly Review[], name: string): Map<string, RepoPermission> {
  const permissions = new Map<string, RepoPermission>();
  for (const r of reviews) {
    if (!r.permission) continue;
    const login = r.user.toLowerCase();
    const before = permissions.get(login);
    if (before && before !== r.permission)
      throw new Error(
        `${name}: the reviews of ${r.user} give two permissions, ${before} and ${r.permission} — give each of their reviews the one GET /repos/{owner}/{repo}/collaborators/${r.user}/permission answers`,
      );
    permissions.set(login, r.permission);
  }
  return permissions;
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
