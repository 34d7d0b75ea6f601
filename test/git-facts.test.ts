import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchOutputParser, GitRepo, normalizeRepoPath } from '../src/facts/git/index.js';
import { BlobReader } from '../src/facts/git/cat-file.js';
import { gitSources } from '../src/facts/local.js';
import { FactError, type ScannedFile } from '../src/core/types.js';
import { TestRepo } from './helpers/git-repo.js';

// Reading a real repository through git objects: renames, symlinks, directories, size caps.

describe('GitRepo', () => {
  const t = new TestRepo();
  let base = '';
  let head = '';
  let repo: GitRepo;

  beforeAll(() => {
    t.write({
      'src/a.ts': 'export const a = 1;\n'.repeat(20),
      'docs/b.md': 'b\n',
      'big.bin': 'x'.repeat(5000),
      'name with spaces.txt': 'ok\n',
    });
    writeFileSync(join(t.dir, 'latin1.md'), Buffer.from('# Anforderungen\nDie Pumpe l\xe4uft.\n', 'latin1'));
    writeFileSync(join(t.dir, 'nul.yml'), Buffer.from('a: 1\nb: 2\0\n'));
    writeFileSync(join(t.dir, 'bom.md'), Buffer.from('\ufeff# Title \u2713\n'));
    writeFileSync(
      join(t.dir, 'utf16.md'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Anforderungen\nDie Pumpe l\u00e4uft.\n', 'utf16le')]),
    );
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

  it('lists a tree ahead of its reads: the same answers, and a failure where a read asks for it', async () => {
    const ahead = new GitRepo(t.dir, 1000);
    ahead.prefetchTree(head);
    ahead.prefetchTree(head);
    expect((await ahead.readFile(head, 'docs/c.md'))?.text).toBe('c\n');
    expect((await ahead.listTree(head)).map((e) => e.path).sort()).toEqual((await repo.listTree(head)).map((e) => e.path).sort());
    const missing = 'f'.repeat(40);
    ahead.prefetchTree(missing);
    await expect(ahead.readFile(missing, 'docs/c.md')).rejects.toThrow(/git ls-tree failed/);
  });

  it('reads a file at a commit, and undefined for one that is not there', async () => {
    expect((await repo.readFile(base, 'docs/b.md'))?.text).toBe('b\n');
    expect((await repo.readFile(base, './name with spaces.txt'))?.text).toBe('ok\n');
    expect(await repo.readFile(head, 'docs/b.md')).toBeUndefined();
  });

  it('reads UTF-8 (or UTF-16 with its byte order mark): a NUL byte or a byte that is not UTF-8 is refused with its line; a byte order mark is dropped', async () => {
    await expect(repo.readFile(base, 'latin1.md')).rejects.toThrow(
      /^latin1\.md at [0-9a-f]{7} is not UTF-8 text \(an invalid byte on line 2\); it was not read — save it as UTF-8$/,
    );
    await expect(repo.readFile(base, 'nul.yml')).rejects.toThrow(/^nul\.yml at [0-9a-f]{7} holds a NUL byte \(line 2\), so it is binary/);
    expect((await repo.readFile(base, 'bom.md'))?.text).toBe('# Title \u2713\n');
    // UTF-16 with its byte order mark, as Windows tools write text, is read as UTF-16 rather than refused as binary.
    expect((await repo.readFile(base, 'utf16.md'))?.text).toBe('# Anforderungen\nDie Pumpe l\u00e4uft.\n');
    // A scan searches code for ASCII ids and takes legacy encodings as they are.
    const scanned: ScannedFile[] = [];
    await repo.scanFiles(base, ['latin1.md'], (f) => scanned.push(f));
    expect(scanned[0]!.text).toContain('Die Pumpe l');
  });

  it('refuses symlinks, paths through symlinked folders, directories and oversized files', async () => {
    await expect(repo.readFile(base, 'outside.txt')).rejects.toThrow('outside.txt is a symbolic link at');
    await expect(repo.readFile(base, 'linked-dir/passwd')).rejects.toThrow('linked-dir/passwd lies under linked-dir, a symbolic link');
    await expect(repo.readFile(base, 'src')).rejects.toThrow('src is a directory');
    await expect(repo.readFile(base, 'big.bin')).rejects.toThrow('big.bin is 5000 bytes at');
    await expect(repo.readFile(base, 'big.bin')).rejects.toBeInstanceOf(FactError);
  });

  it('lists files, symlinks included (a read of one is refused)', async () => {
    const files = await gitSources(repo, { baseSha: base, headSha: head }).listFiles(base);
    expect(files.sort()).toEqual([
      'big.bin',
      'bom.md',
      'docs/b.md',
      'latin1.md',
      'linked-dir',
      'name with spaces.txt',
      'nul.yml',
      'outside.txt',
      'src/a.ts',
      'utf16.md',
    ]);
  });

  it('resolves commits and rejects option-like refs', async () => {
    expect(await repo.resolveCommit('main')).toBe(base);
    expect(await repo.resolveCommit('--output=/tmp/x')).toBeUndefined();
    expect(await repo.resolveCommit('f'.repeat(40))).toBeUndefined();
  });

  it('scans many files in the order given, with refused and missing ones visited too', async () => {
    const seen: ScannedFile[] = [];
    await repo.scanFiles(base, ['src/a.ts', 'outside.txt', 'gone.txt', 'big.bin', 'docs/b.md', 'name with spaces.txt'], (f) =>
      seen.push(f),
    );
    expect(seen.map((f) => [f.path, f.text ?? f.error?.message.split(' ').slice(1, 4).join(' ') ?? 'missing'])).toEqual([
      ['src/a.ts', 'export const a = 1;\n'.repeat(20)],
      ['outside.txt', 'is a symbolic'],
      ['gone.txt', 'missing'],
      ['big.bin', 'is 5000 bytes'],
      ['docs/b.md', 'b\n'],
      ['name with spaces.txt', 'ok\n'],
    ]);
    expect(seen[1]!.error).toBeInstanceOf(FactError);
  });

  it('scans nothing without starting git, and fails when an object is missing', async () => {
    let visits = 0;
    await repo.scanFiles(base, [], () => visits++);
    expect(visits).toBe(0);
    // A visitor that throws ends the scan with its error instead of crashing the process.
    await expect(
      repo.scanFiles(base, ['docs/b.md', 'src/a.ts'], () => {
        throw new Error('visitor failed');
      }),
    ).rejects.toThrow('visitor failed');
  });

  it('keeps paths inside the repository', () => {
    expect(normalizeRepoPath('./a//b/./c')).toBe('a/b/c');
    expect(() => normalizeRepoPath('../etc/passwd')).toThrow(FactError);
    expect(() => normalizeRepoPath('/etc/passwd')).toThrow('is not a path inside the repository');
  });
});

describe('BatchOutputParser', () => {
  const objects = ['', 'a', 'line one\nline two\n', 'x'.repeat(70_000), '\n\n'];
  const stream = Buffer.concat([
    ...objects.map((o, i) => Buffer.from(`${String(i).padStart(40, '0')} blob ${Buffer.byteLength(o)}\n${o}\n`)),
    Buffer.from(`${'f'.repeat(40)} missing\n`),
  ]);

  it('reads every object however the output is cut into chunks', () => {
    for (const step of [1, 2, 3, 7, 41, 64, 4096, 65_536, stream.length]) {
      const got: (string | undefined)[] = [];
      const parser = new BatchOutputParser((body) => got.push(body?.toString('utf8')));
      for (let at = 0; at < stream.length; at += step) parser.push(stream.subarray(at, at + step));
      expect(got, `chunks of ${step} bytes`).toEqual([...objects, undefined]);
    }
  });

  it('refuses a header whose size is not a number', () => {
    const parser = new BatchOutputParser(() => undefined);
    expect(() => parser.push(Buffer.from(`${'0'.repeat(40)} blob lots\n`))).toThrow('unreadable header');
  });
});

describe('large blobs in shared memory (the XSD validation worker reads them without a copy)', () => {
  it('BatchOutputParser reads a body of `sharedFrom` bytes or more into a SharedArrayBuffer, smaller ones as before', () => {
    const objects = ['small', 'y'.repeat(999), 'z'.repeat(1000), 'w'.repeat(3000)];
    const stream = Buffer.concat(objects.map((o, i) => Buffer.from(`${String(i).padStart(40, '0')} blob ${o.length}\n${o}\n`)));
    for (const step of [7, 4096, stream.length]) {
      const got: Buffer[] = [];
      const parser = new BatchOutputParser((body) => got.push(body!), 1000);
      for (let at = 0; at < stream.length; at += step) parser.push(stream.subarray(at, at + step));
      expect(got.map((b) => b.toString('utf8'))).toEqual(objects);
      expect(got.map((b) => b.buffer instanceof SharedArrayBuffer)).toEqual([false, false, true, true]);
    }
  });

  it('GitRepo reads a file of 1 MiB or more into shared memory, with the same bytes and text; a smaller one as before', async () => {
    const t = new TestRepo();
    try {
      const big = `<?xml version="1.0"?>\n<list>\n${'  <item>\u00e9l\u00e9ment \u2713</item>\n'.repeat(40_000)}</list>\n`;
      t.write({ 'big.xml': big, 'small.xml': '<list/>\n' });
      const commit = t.commit('files');
      const repo = new GitRepo(t.dir, 8 << 20);
      const read = await repo.readFile(commit, 'big.xml');
      expect(read!.bytes.length).toBeGreaterThanOrEqual(1 << 20);
      expect(read!.bytes.buffer instanceof SharedArrayBuffer).toBe(true);
      expect(read!.bytes.equals(Buffer.from(big, 'utf8'))).toBe(true);
      expect(read!.text).toBe(big);
      const small = await repo.readFile(commit, 'small.xml');
      expect(small!.bytes.buffer instanceof SharedArrayBuffer).toBe(false);
      expect(small!.text).toBe('<list/>\n');
    } finally {
      t.remove();
    }
  });
});

describe('BlobReader (single reads through one git cat-file)', () => {
  it('fails a read of an object git does not have with what git was doing and what to do next', async () => {
    const t = new TestRepo();
    try {
      t.write({ 'a.txt': 'a\n' });
      t.commit('files');
      const missing = new BlobReader(t.dir).read('f'.repeat(40));
      await expect(missing).rejects.toThrow(FactError);
      await expect(missing).rejects.toThrow(
        /^git object f{40} is missing from the repository \(git cat-file reading a file\) — re-run the job; if it fails again/,
      );
    } finally {
      t.remove();
    }
  });
});

describe('GitRepo before a tree is listed (the policy, read while git lists a large tree)', () => {
  const t = new TestRepo();
  let commit = '';
  beforeAll(() => {
    t.write({ 'docs/a.md': 'a\n', 'docs/[x]*.md': 'glob-like\n', 'big.bin': 'x'.repeat(5000), 'sub/deep/c.md': 'c\n' });
    t.symlink('outside.txt', '/etc/hostname');
    t.symlink('linked-dir', '/etc');
    commit = t.commit('files');
  });
  afterAll(() => t.remove());

  /** A repository that records the git commands it runs. */
  function recording(): { repo: GitRepo; runs: string[][] } {
    const repo = new GitRepo(t.dir, 1000);
    const runs: string[][] = [];
    const run = repo.run.bind(repo);
    repo.run = (args, opts) => {
      runs.push(args);
      return run(args, opts);
    };
    return { repo, runs };
  }
  const listsWholeTree = (runs: string[][]) => runs.some((a) => a[0] === 'ls-tree' && a.includes('-r'));

  it('reads a plain file through a listing of its own path, without listing the whole tree', async () => {
    for (const path of ['docs/a.md', 'docs/[x]*.md', 'sub/deep/c.md']) {
      const { repo, runs } = recording();
      expect((await repo.readFile(commit, path))?.text, path).toBe(
        path === 'docs/a.md' ? 'a\n' : path === 'sub/deep/c.md' ? 'c\n' : 'glob-like\n',
      );
      expect(listsWholeTree(runs), path).toBe(false);
      expect(runs.filter((a) => a[0] === 'ls-tree').map((a) => a.at(-1))).toEqual([path]);
    }
  });

  it('decides everything else from the whole tree: the same refusals and absences as after it is listed', async () => {
    const cases: [string, RegExp | undefined][] = [
      ['outside.txt', /^outside\.txt is a symbolic link at/],
      ['linked-dir/passwd', /^linked-dir\/passwd lies under linked-dir, a symbolic link/],
      ['docs', /^docs is a directory/],
      ['big.bin', /^big\.bin is 5000 bytes at/],
      ['docs/missing.md', undefined],
    ];
    for (const [path, refusal] of cases) {
      const { repo, runs } = recording();
      if (refusal) await expect(repo.readFile(commit, path), path).rejects.toThrow(refusal);
      else expect(await repo.readFile(commit, path), path).toBeUndefined();
      expect(listsWholeTree(runs), path).toBe(true);
    }
  });

  it('lists only the first few paths so: later reads wait for the whole tree, listed once', async () => {
    const { repo, runs } = recording();
    const reads = await Promise.all(Array.from({ length: 10 }, () => repo.readFile(commit, 'docs/a.md')));
    expect(reads.map((r) => r?.text)).toEqual(Array(10).fill('a\n'));
    expect(runs.filter((a) => a[0] === 'ls-tree' && !a.includes('-r')).length).toBeLessThanOrEqual(4);
    expect(runs.filter((a) => a[0] === 'ls-tree' && a.includes('-r')).length).toBe(1);
    // Once the tree is parsed, reads take their entries from it.
    const before = runs.length;
    expect((await repo.readFile(commit, 'sub/deep/c.md'))?.text).toBe('c\n');
    expect(runs.slice(before).filter((a) => a[0] === 'ls-tree')).toEqual([]);
  });

  it('resolves each commit-ish once, and again after a fetch', async () => {
    const { repo, runs } = recording();
    const resolves = () => runs.filter((a) => a[0] === 'rev-parse').length;
    expect(await Promise.all([repo.resolveCommit('HEAD'), repo.resolveCommit('HEAD'), repo.resolveCommit('main')])).toEqual([
      commit,
      commit,
      commit,
    ]);
    expect(resolves()).toBe(2);
    await repo.fetch(t.dir, ['main']);
    expect(await repo.resolveCommit('HEAD')).toBe(commit);
    expect(resolves()).toBe(3);
  });
});
