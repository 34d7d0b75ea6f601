import { FactError, type ChangedFile, type PullCommit, type Review } from '../core/types.js';

// A merge group's facts that differ from a pull request's.

/** A merge group, as plain data: its branch and the pull request it was built for (when the branch names one). */
export interface MergeGroupInfo {
  headRef: string | null;
  /** The pull request's number and its own head commit. */
  pull: { number: number; head: string } | null;
}

/** The facts of a merge group that differ from a pull request's: its changed files, its reviews and its commits. */
export function mergeGroupSources(
  mg: MergeGroupInfo,
  headSha: string,
): {
  changedFiles: () => Promise<ChangedFile[]>;
  reviews: (fetch: (n: number) => Promise<Review[]>) => Promise<Review[]>;
  commits: (fetch: (n: number) => Promise<PullCommit[]>) => Promise<PullCommit[]>;
} {
  return {
    // The pull request's file list is not the merge group's diff (the queue adds the pull requests ahead of it).
    changedFiles: () =>
      Promise.reject(
        new FactError(
          `a merge group's changes are computed from a checkout — add actions/checkout (with fetch-depth: 0) before sdlc-gate in the merge_group job`,
        ),
      ),
    reviews: async (fetch) => {
      if (!mg.pull) {
        // No pull request to ask about: the diff gates run; the gates that need its reviews end in error saying so.
        throw new FactError(
          `the merge group's branch ${mg.headRef ?? '(none)'} names no pull request (refs/heads/gh-readonly-queue/<base>/pr-<number>-<sha>), so its reviews cannot be read — see "Merge queues" in the README`,
        );
      }
      const own = mg.pull.head;
      // An approval of the pull request's latest commit is an approval of what the queue merged from it.
      return (await fetch(mg.pull.number)).map((r) => (r.commitId === own ? { ...r, commitId: headSha } : r));
    },
    // Who contributed is who contributed to the pull request the branch names.
    commits: async (fetch) => {
      if (!mg.pull) {
        throw new FactError(
          `the merge group's branch ${mg.headRef ?? '(none)'} names no pull request (refs/heads/gh-readonly-queue/<base>/pr-<number>-<sha>), so who contributed to it cannot be read — see "Merge queues" in the README`,
        );
      }
      return fetch(mg.pull.number);
    },
  };
}
