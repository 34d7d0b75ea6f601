import { createFacts } from '../../src/facts/facts.js';
import {
  FactError,
  type ChangedFile,
  type Facts,
  type FileText,
  type PullCommit,
  type PullRequest,
  type RepoPermission,
  type Review,
} from '../../src/core/types.js';
import type { Policy } from '../../src/policy/types.js';
import type { OsvVulnerability } from '../../src/core/osv.js';

export const BASE = 'b'.repeat(40);
export const HEAD = 'a'.repeat(40);

export function pr(overrides: Partial<PullRequest> = {}): PullRequest {
  return { number: 7, title: 'Raise bolus limit', body: '', labels: [], author: 'dana', baseSha: BASE, headSha: HEAD, ...overrides };
}

export function review(user: string, state: Review['state'], commitId = HEAD, at = '2026-01-01T00:00:00Z', id = 1): Review {
  return { id, user, state, commitId, submittedAt: at };
}

/** Everyone may push: for cases about something other than who may approve. */
export const EVERYONE_WRITES = (): RepoPermission => 'write';

export interface PlainFacts {
  pr?: PullRequest;
  changed?: (string | ChangedFile)[];
  reviews?: Review[];
  teams?: Record<string, string[]>;
  /** Each login's base role on the repository; a login not listed cannot be told (a FactError, as a failed request). */
  permissions?: Record<string, RepoPermission> | ((login: string) => RepoPermission);
  /** The pull request's commits; none when not given. */
  commits?: PullCommit[];
  base?: Record<string, string>;
  head?: Record<string, string>;
  /** OSV answers: the records each purl has, or a function standing in for the OSV client. */
  osv?: Record<string, OsvVulnerability[]> | ((api: string, purls: readonly string[]) => Promise<Map<string, OsvVulnerability[]>>);
}

/** The real memoizing Facts over plain values; `calls` counts what reached the sources. */
export function plainFacts(p: PlainFacts): Facts & { calls: Record<string, number> } {
  const calls: Record<string, number> = {};
  const count = (k: string) => (calls[k] = (calls[k] ?? 0) + 1);
  const thePr = p.pr ?? pr();
  const filesAt = (ref: string) => (ref === thePr.baseSha ? p.base : p.head) ?? {};
  const facts = createFacts({
    pr: thePr,
    changedFiles: async () => (
      count('changedFiles'),
      (p.changed ?? []).map((c) => (typeof c === 'string' ? { path: c, status: 'modified' as const } : c))
    ),
    reviews: async () => {
      count('reviews');
      if (!p.reviews) throw new FactError('no reviews were given');
      return p.reviews;
    },
    teamMembers: async (team) => {
      count(`team:${team}`);
      const members = p.teams?.[team];
      if (!members) throw new FactError(`GET /orgs/${team.split('/')[0]}/teams/${team.split('/')[1]}/members answered 404`);
      return members;
    },
    permission: async (login) => {
      count(`permission:${login}`);
      const permission = typeof p.permissions === 'function' ? p.permissions(login) : p.permissions?.[login];
      if (!permission) throw new FactError(`GET /repos/acme/widgets/collaborators/${login}/permission answered 403`);
      return permission;
    },
    commits: async () => (count('commits'), p.commits ?? []),
    readFile: async (ref, path): Promise<FileText | undefined> => {
      count(`read:${ref === thePr.baseSha ? 'base' : 'head'}`);
      const files = filesAt(ref);
      return path in files ? { path, ref, text: files[path]!, bytes: Buffer.from(files[path]!) } : undefined;
    },
    listFiles: async (ref) => Object.keys(filesAt(ref)),
    ...(p.osv
      ? {
          osvScan: async (api: string, purls: readonly string[]) => {
            count('osv');
            const osv = p.osv!;
            return typeof osv === 'function' ? osv(api, purls) : new Map(purls.map((q) => [q, osv[q] ?? []]));
          },
        }
      : {}),
  });
  return Object.assign(facts, { calls });
}

export function policy(overrides: Partial<Policy> = {}): Policy {
  return { version: 1, path: '.github/sdlc-gate.yml', groups: {}, classification: { default: 'B', items: [] }, gates: [], ...overrides };
}
