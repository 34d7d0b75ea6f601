import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitRepo, normalizeRepoPath } from '../src/facts/git.js';
import { gitSources } from '../src/facts/local.js';
import { FactError } from '../src/types.js';
import { TestRepo } from './helpers/git-repo.js';

// Reading a real repository through git objects: renames, symlinks, directories, size caps.

describe('GitRepo', () => {
  const t = new TestRepo();
  let base = '';
  let head = '';
  let repo: GitRepo;

  beforeAll(() => {
    t.write({ 'src/a.ts': 'export const a = 1;\n'.repeat(20), 'docs/b.md': 'b\n', 'big.bin': 'x'.repeat(5000), 'name with spaces.txt': 'ok\n' });
    t.symlink('outside.txt', '/etc/hostname');
    t.symlink('linked-dir', '/etc');
    base = t.commit('base');
    t.git('checkout', '-q', '-b', 'pr');
    t.git('mv', 'src/a.ts', 'src/renamed.ts');
    t.write({ 'docs/b.md': null, 'docs/c.md': 'c\n' });
    head = t.commit('pr');
    repo = new GitRepo(t.dir, 1000);
  });
  afterAll(() => t.remove());

  it('lists changed files from the merge base, with renames', async () => {
    const changed = await gitSources(repo, { baseSha: base, headSha: head }).changedFiles();
    expect(changed).toEqual([
      { path: 'docs/b.md', status: 'removed' },
      { path: 'docs/c.md', status: 'added' },
      { path: 'src/renamed.ts', status: 'renamed', previousPath: 'src/a.ts' },
    ]);
  });

  it('reads a file at a commit, and undefined for one that is not there', async () => {
    expect((await repo.readFile(base, 'docs/b.md'))?.text).toBe('b\n');
    expect((await repo.readFile(base, './name with spaces.txt'))?.text).toBe('ok\n');
    expect(await repo.readFile(head, 'docs/b.md')).toBeUndefined();
  });

  it('refuses symlinks, paths through symlinked folders, directories and oversized files', async () => {
    await expect(repo.readFile(base, 'outside.txt')).rejects.toThrow('outside.txt is a symbolic link at');
    await expect(repo.readFile(base, 'linked-dir/passwd')).rejects.toThrow('linked-dir/passwd lies under linked-dir, a symbolic link');
    await expect(repo.readFile(base, 'src')).rejects.toThrow('src is a directory');
    await expect(repo.readFile(base, 'big.bin')).rejects.toThrow('big.bin is 5000 bytes at');
    await expect(repo.readFile(base, 'big.bin')).rejects.toBeInstanceOf(FactError);
  });

  it('lists regular files only', async () => {
    const files = await gitSources(repo, { baseSha: base, headSha: head }).listFiles(base);
    expect(files.sort()).toEqual(['big.bin', 'docs/b.md', 'name with spaces.txt', 'src/a.ts']);
  });

  it('resolves commits and rejects option-like refs', async () => {
    expect(await repo.resolveCommit('main')).toBe(base);
    expect(await repo.resolveCommit('--output=/tmp/x')).toBeUndefined();
    expect(await repo.resolveCommit('f'.repeat(40))).toBeUndefined();
  });

  it('keeps paths inside the repository', () => {
    expect(normalizeRepoPath('./a//b/./c')).toBe('a/b/c');
    expect(() => normalizeRepoPath('../etc/passwd')).toThrow(FactError);
    expect(() => normalizeRepoPath('/etc/passwd')).toThrow('is not a path inside the repository');
  });
});
