import type { ChangedFile, Facts, FileText, PullRequest, Review } from '../types.js';
import { globMatcher } from '../util/glob.js';

// Facts assembled from whichever sources the entry point has (a checkout, the API, files given to the CLI),
// fetched lazily and once: a getter runs at most once per key, and concurrent callers share the promise.

export interface FactSources {
  pr: PullRequest;
  changedFiles(): Promise<ChangedFile[]>;
  reviews(): Promise<Review[]>;
  teamMembers(team: string): Promise<string[]>;
  readFile(ref: string, path: string, maxBytes?: number): Promise<FileText | undefined>;
  listFiles(ref: string): Promise<string[]>;
  issueExists?(number: number): Promise<boolean>;
}

export function createFacts(sources: FactSources): Facts {
  const once = memo();
  return {
    pr: async () => sources.pr,
    changedFiles: () => once('changed', () => sources.changedFiles()),
    reviews: () => once('reviews', () => sources.reviews()),
    teamMembers: (team) => once(`team:${team.toLowerCase()}`, () => sources.teamMembers(team)),
    readAtBase: (path, opts) => once(`base:${opts?.maxBytes ?? ''}:${path}`, () => sources.readFile(sources.pr.baseSha, path, opts?.maxBytes)),
    readAtHead: (path, opts) => once(`head:${opts?.maxBytes ?? ''}:${path}`, () => sources.readFile(sources.pr.headSha, path, opts?.maxBytes)),
    listAtHead: async (globs) => {
      const all = await once('tree:head', () => sources.listFiles(sources.pr.headSha));
      const matches = globMatcher(globs);
      return all.filter(matches);
    },
    ...(sources.issueExists ? { issueExists: (n: number) => once(`issue:${n}`, () => sources.issueExists!(n)) } : {}),
  };
}

function memo() {
  const cache = new Map<string, Promise<unknown>>();
  return <T>(key: string, fetch: () => Promise<T>): Promise<T> => {
    let hit = cache.get(key) as Promise<T> | undefined;
    if (!hit) {
      hit = fetch();
      cache.set(key, hit);
    }
    return hit;
  };
}
