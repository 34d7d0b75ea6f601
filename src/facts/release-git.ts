import type { GitRepo } from './git/index.js';

// What the release record asks git: the release tags, a commit's time, and the commits between two releases.

/**
 * Tags on commits that are ancestors of (or are) `commit`, nearest first in topological order (not by date: tags
 * made in the same second, or a commit dated earlier than its parent, would otherwise be out of order).
 */
export async function tagsMergedInto(repo: GitRepo, commit: string): Promise<Array<{ tag: string; commit: string }>> {
  const out = await repo.run([
    'log',
    '--topo-order',
    '--simplify-by-decoration',
    '--decorate-refs=refs/tags/',
    '--format=%H%x00%D',
    commit,
    '--',
  ]);
  const tags: Array<{ tag: string; commit: string }> = [];
  for (const line of out.split('\n')) {
    const [sha, refs] = line.split('\0');
    if (!sha || !refs) continue;
    for (const ref of refs.split(', ')) if (ref.startsWith('tag: ')) tags.push({ tag: ref.slice(5), commit: sha });
  }
  return tags;
}

/** The committer time of a commit, as ISO 8601 in UTC. */
export async function commitTime(repo: GitRepo, commit: string): Promise<string> {
  const seconds = Number((await repo.run(['show', '-s', '--format=%ct', commit])).trim());
  return new Date(seconds * 1000).toISOString();
}

export interface CommitInfo {
  sha: string;
  subject: string;
  author: string;
}

/** Commits reachable from `to` but not from `from` (all of them without `from`), oldest first. */
export async function commitsBetween(repo: GitRepo, from: string | undefined, to: string): Promise<CommitInfo[]> {
  const range = from ? [`${from}..${to}`] : [to];
  const out = await repo.run(['log', '--reverse', '--topo-order', '--format=%H%x00%an%x00%s%x1e', ...range, '--']);
  return out
    .split('\x1e')
    .map((r) => r.replace(/^\n/, ''))
    .filter(Boolean)
    .map((r) => {
      const [sha, author, subject] = r.split('\0');
      return { sha: sha!, author: author ?? '', subject: subject ?? '' };
    });
}
