import {
  FactError,
  type ChangedFile,
  type Facts,
  type FileText,
  type PullCommit,
  type PullRequest,
  type RepoPermission,
  type Review,
  type ScanOptions,
  type ScannedFile,
} from '../core/types.js';
import { createHash } from 'node:crypto';
import type { OsvVulnerability } from '../core/osv.js';
import { mapConcurrent, READ_CONCURRENCY } from '../util/concurrency.js';
import { globMatcher } from '../util/glob.js';
import { lenientText, NotTextError } from './text.js';

// Facts assembled from whichever sources the entry point has (a checkout, the API, files given to the CLI),
// fetched lazily and once: a getter runs at most once per key, and concurrent callers share the promise.

export interface FactSources {
  pr: PullRequest;
  changedFiles(): Promise<ChangedFile[]>;
  reviews(): Promise<Review[]>;
  teamMembers(team: string): Promise<string[]>;
  /** A login's base role on the repository; where absent, asking is a FactError (a gate that needs it errs, never passes). */
  permission?(login: string): Promise<RepoPermission>;
  /** The pull request's commits and who authored and committed them; where absent, asking is a FactError. */
  commits?(): Promise<PullCommit[]>;
  readFile(ref: string, path: string, maxBytes?: number): Promise<FileText | undefined>;
  listFiles(ref: string): Promise<string[]>;
  /** Many files at a commit, streamed in order and kept by no one (a local checkout does this in one git process). */
  scanFiles?(ref: string, paths: readonly string[], visit: (file: ScannedFile) => void, options?: ScanOptions): Promise<void>;
  issueExists?(number: number): Promise<boolean>;
  /** The OSV API client (src/facts/osv.ts), where the entry point allows network access to it. */
  osvScan?(api: string, purls: readonly string[]): Promise<Map<string, OsvVulnerability[]>>;
}

/**
 * A file read at a commit of this many bytes or more is held by the facts only while some gate holds it (a WeakRef):
 * a 175 MB SBOM's bytes and text would otherwise stay for the whole run, beside whatever the next reader parses (the
 * peak of a 200,000-component check). Read again, should another gate ask after it was let go: the same blob.
 */
export const WEAKLY_HELD_FROM = 8 * 1024 * 1024;

export function createFacts(sources: FactSources): Facts {
  const once = memo();
  const file = fileMemo();
  return {
    pr: async () => sources.pr,
    changedFiles: () => once('changed', () => sources.changedFiles()),
    reviews: () => once('reviews', () => sources.reviews()),
    teamMembers: (team) => once(`team:${team.toLowerCase()}`, () => sources.teamMembers(team)),
    permission: (login) =>
      once(`permission:${login.toLowerCase()}`, async () => {
        if (!sources.permission) throw new FactError(`the write access of ${login} to the repository cannot be told here`);
        return sources.permission(login);
      }),
    commits: () =>
      once('commits', async () => {
        if (!sources.commits) throw new FactError(`the pull request's commits, and so who contributed to it, cannot be told here`);
        return sources.commits();
      }),
    readAtBase: (path, opts) =>
      file(`base:${opts?.maxBytes ?? ''}:${path}`, () => sources.readFile(sources.pr.baseSha, path, opts?.maxBytes)),
    readAtHead: (path, opts) =>
      file(`head:${opts?.maxBytes ?? ''}:${path}`, () => sources.readFile(sources.pr.headSha, path, opts?.maxBytes)),
    listAtHead: async (globs) => {
      const all = await once('tree:head', () => sources.listFiles(sources.pr.headSha));
      const matches = globMatcher(globs);
      return all.filter(matches);
    },
    listAtBase: async (globs) => {
      const all = await once('tree:base', () => sources.listFiles(sources.pr.baseSha));
      const matches = globMatcher(globs);
      return all.filter(matches);
    },
    scanAtHead: (paths, visit, options) =>
      (sources.scanFiles ?? scanByReading(sources.readFile))(sources.pr.headSha, paths, visit, options),
    ...(sources.issueExists ? { issueExists: (n: number) => once(`issue:${n}`, () => sources.issueExists!(n)) } : {}),
    ...(sources.osvScan
      ? { osvScan: (api: string, purls: readonly string[]) => once(`osv:${api}:${osvKey(purls)}`, () => sources.osvScan!(api, purls)) }
      : {}),
  };
}

/**
 * A scan made of single reads (the API, a work tree), each file kept by no one. With `limit`, a scan of more files
 * than that is refused with `advice` rather than spending a request per file.
 */
export function scanByReading(
  readFile: FactSources['readFile'],
  limit?: { files: number; advice: string },
): NonNullable<FactSources['scanFiles']> {
  return async (ref, paths, visit) => {
    if (limit && paths.length > limit.files) {
      throw new FactError(`searching ${paths.length} files would take a request each (more than ${limit.files}) — ${limit.advice}`);
    }
    await mapConcurrent(paths, READ_CONCURRENCY, async (path) => visit(await readForScan(readFile, ref, path)));
  };
}

async function readForScan(readFile: FactSources['readFile'], ref: string, path: string): Promise<ScannedFile> {
  try {
    const file = await readFile(ref, path);
    return file ? { path, text: file.text } : { path };
  } catch (e) {
    // Scans read any bytes, as the checkout's scan does: a test file in Latin-1 still cites its requirements.
    if (e instanceof NotTextError) return { path, text: lenientText(e.bytes) };
    if (e instanceof FactError) return { path, error: e };
    throw e;
  }
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

/** memo() for files read at a commit: a large one (WEAKLY_HELD_FROM) is kept only while someone else keeps it. */
function fileMemo() {
  const cache = new Map<string, Promise<FileText | undefined> | WeakRef<FileText>>();
  return (key: string, fetch: () => Promise<FileText | undefined>): Promise<FileText | undefined> => {
    const hit = cache.get(key);
    if (hit instanceof WeakRef) {
      const held = hit.deref();
      if (held) return Promise.resolve(held);
    } else if (hit) return hit;
    const read = fetch();
    cache.set(key, read);
    read.then(
      (f) => {
        if (f && f.bytes.length >= WEAKLY_HELD_FROM && cache.get(key) === read) cache.set(key, new WeakRef(f));
      },
      () => undefined,
    );
    return read;
  };
}

/** One key per set of purls, however long the list. */
function osvKey(purls: readonly string[]): string {
  return createHash('sha256')
    .update([...purls].sort().join('\n'))
    .digest('hex');
}
