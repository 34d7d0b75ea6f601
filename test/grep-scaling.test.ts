import { describe, expect, it } from 'vitest';
import { GrepOutputParser, grepScope, type TreeEntry } from '../src/facts/git/index.js';
import { VisitedPaths } from '../src/facts/git/grep.js';
import { globMatcher } from '../src/util/glob.js';
import { expectLinear } from './helpers/scaling.js';

// The scan of a large checkout: git grep's output (one record per citation, the test files' content) parsed per file,
// the files searched chosen from the tree, and the tree matched against the policy's globs — each linear in its
// input, timed at n and 8n in one run (helpers/scaling.ts); and the per-file reading answers as the per-record one.

/** `git grep --heading -o` output: n files of five citations each, the ids shared between files. */
function grepOutput(n: number): Buffer {
  const parts: string[] = [];
  for (let f = 0; f < n; f++) {
    parts.push(`0123ab:test/m${f % 97}/case-${f}.test.ts\n`);
    for (let i = 0; i < 5; i++) parts.push(`${3 + 24 * i}\0REQ-${String((f * 5 + i) % 20_000).padStart(5, '0')}\n`);
  }
  return Buffer.from(parts.join(''));
}

function parseInChunks(out: Buffer, size = 65_536): number {
  let matches = 0;
  const parser = new GrepOutputParser('0123ab:', { file: (_path, lines) => (matches += lines.length) }, true);
  for (let i = 0; i < out.length; i += size) parser.push(out.subarray(i, i + size));
  parser.end();
  return matches;
}

function tree(n: number): Map<string, TreeEntry> {
  const entries = new Map<string, TreeEntry>();
  const add = (path: string, mode = '100644') => entries.set(path, { path, mode, type: 'blob', oid: 'x', size: 10 });
  for (let i = 0; i < n; i++) add(`test/m${i % 97}/case-${i}.test.ts`);
  for (let i = 0; i < n / 100; i++) add(`docs/requirements/r${i}.yml`);
  return entries;
}

describe('the scan of a large checkout', () => {
  it('hands each file over once with all its records, as the per-record reading reads them, however the output is cut', () => {
    const out = grepOutput(50);
    const records: string[] = [];
    const perRecord = new GrepOutputParser('0123ab:', (path, line, text) => records.push(`${path}|${line}|${text}`), true);
    perRecord.push(out);
    perRecord.end();
    for (const size of [1, 7, 100, out.length]) {
      const files: string[] = [];
      const byFile: string[] = [];
      const parser = new GrepOutputParser(
        '0123ab:',
        {
          file: (path, lines, texts) => {
            files.push(path);
            texts.forEach((text, i) => byFile.push(`${path}|${lines[i]}|${text}`));
          },
        },
        true,
      );
      for (let i = 0; i < out.length; i += size) parser.push(out.subarray(i, i + size));
      // The last file is handed over only once the output has ended.
      expect(files).toHaveLength(49);
      parser.end();
      expect(files).toHaveLength(50);
      expect(byFile).toEqual(records);
    }
  });

  it('tells a file git answers twice, in path order or out of it', () => {
    const inOrder = new VisitedPaths();
    expect(['a', 'b/c', 'b/d'].map((p) => inOrder.add(p))).toEqual([true, true, true]);
    expect(inOrder.add('b/c')).toBe(false);
    // Out of order once, then a repeat of a path that came before it.
    const outOfOrder = new VisitedPaths();
    expect(['a', 'c', 'b', 'd'].map((p) => outOfOrder.add(p))).toEqual([true, true, true, true]);
    expect(outOfOrder.add('c')).toBe(false);
    expect(outOfOrder.paths).toEqual(['a', 'c', 'b', 'd']);
  });

  it('searches only the top folders that hold nothing but wanted files', () => {
    const t = tree(1000);
    const tests = [...t.keys()].filter((p) => p.startsWith('test/'));
    expect(grepScope(t, tests)).toEqual(['test']);
    // A file under test/ that is not wanted (a symbolic link, a file the globs leave out): no longer the whole folder.
    t.set('test/link.ts', { path: 'test/link.ts', mode: '120000', type: 'blob', oid: 'x', size: 5 });
    // (Here the wanted files are nearly all of the tree's bytes: the whole tree is searched, the others not visited.)
    expect(grepScope(t, tests)).toEqual([]);
    expect(grepScope(t, [...tests, 'test/link.ts'].concat([...t.keys()].filter((p) => p.startsWith('docs/'))))).toEqual([]);
  });

  it('git grep output, parsed per file', () => {
    expect(parseInChunks(grepOutput(10))).toBe(50);
    return expectLinear('git grep output', grepOutput, (out) => parseInChunks(out), { n: 2000 });
  });

  it('the files to search, chosen from the tree', () =>
    expectLinear(
      'grep scope',
      (n) => {
        const t = tree(n);
        return { t, tests: [...t.keys()].filter((p) => p.startsWith('test/')) };
      },
      ({ t, tests }) => grepScope(t, tests),
      { n: 2000 },
    ));

  it('the tree, matched against a glob with literal folders', () => {
    const match = globMatcher(['docs/requirements/*.yml']);
    expect(match('docs/requirements/r1.yml')).toBe(true);
    expect(match('docs/requirements/x/r1.yml')).toBe(false);
    expect(match('test/docs/requirements/r1.yml')).toBe(false);
    return expectLinear(
      'glob over a tree',
      (n) => [...tree(n).keys()],
      (paths) => paths.filter(match).length,
      { n: 2000 },
    );
  });
});
