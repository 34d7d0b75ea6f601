import { describe, expect, it } from 'vitest';
import { FactError } from '../src/core/types.js';
import { mergeGroupSources } from '../src/facts/merge-group.js';

// A merge group's commits are those of the pull request its branch names; without one they cannot be read.

describe('mergeGroupSources commits', () => {
  it('asks for the commits of the pull request the branch names', async () => {
    const asked: number[] = [];
    const group = mergeGroupSources({ headRef: 'refs/heads/gh-readonly-queue/main/pr-42-abc', pull: { number: 42, head: 'h' } }, 'g');
    const commits = await group.commits(async (n) => {
      asked.push(n);
      return [{ sha: 'c', author: 'erin' }];
    });
    expect(asked).toEqual([42]);
    expect(commits).toEqual([{ sha: 'c', author: 'erin' }]);
  });

  it('is a FactError naming the branch when it names no pull request, and asks nothing', async () => {
    let asked = false;
    const group = mergeGroupSources({ headRef: 'refs/heads/some-queue', pull: null }, 'g');
    const read = group.commits(async () => {
      asked = true;
      return [];
    });
    await expect(read).rejects.toThrow(FactError);
    await expect(read).rejects.toThrow(/refs\/heads\/some-queue names no pull request .*so who contributed to it cannot be read/);
    expect(asked).toBe(false);
  });
});
