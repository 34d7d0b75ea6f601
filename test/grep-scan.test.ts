import fc from 'fast-check';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitRepo, GrepOutputParser, grepScope, type TreeEntry } from '../src/facts/git/index.js';
import { createFacts } from '../src/facts/facts.js';
import { gitSources } from '../src/facts/local.js';
import { buildMatrix, referenceMatcher, type Matrix, type TraceabilityOptions } from '../src/rules/traceability/matrix.js';
import type { Facts, ScanOptions, ScannedFile } from '../src/core/types.js';
import { exactIdSearch, linePrefilter } from '../src/rules/traceability/line-prefilter.js';
import { TestRepo } from './helpers/git-repo.js';

// A scan of the checkout may let `git grep` pick the lines that can hold a reference (src/rules/traceability/line-prefilter.ts,
// GitRepo.scanFiles): the citations found must be exactly those of reading every file whole, whatever the bytes.

const wrapped = (idPattern: string) => `(?<![A-Za-z0-9_])(?:${idPattern})(?![A-Za-z0-9_])`;

describe('linePrefilter', () => {
  it('translates the reference forms policies use into PCRE and POSIX ERE, lookarounds left out', () => {
    const ere = (source: string) => linePrefilter(source)?.ere;
    const pcre = (source: string) => linePrefilter(source)?.pcre;
    expect(ere(wrapped('REQ-[0-9]+'))).toBe('REQ[-]([0-9])+');
    expect(pcre(wrapped('REQ-[0-9]+'))).toBe('REQ\\-(?:[0-9])+');
    expect(ere(wrapped('[A-Z][A-Z0-9]*-[0-9]+'))).toBe('[A-Z]([0-9A-Z])*[-]([0-9])+');
    expect(ere(wrapped('(?:SRS|SYS)-\\d{3}'))).toBe('(SRS|SYS)[-]([0-9]){3,3}');
    expect(pcre(wrapped('(?:SRS|SYS)-\\d{3}'))).toBe('(?:SRS|SYS)\\-(?:[0-9]){3,3}');
    expect(ere('@req (REQ-\\d+?)')).toBe('[@]req[ ]REQ[-]([0-9])+');
    expect(pcre('@req\t(REQ-\\d+?)')).toBe('\\@req\\tREQ\\-(?:[0-9])+');
    expect(ere('\\bUR_\\w{2,}')).toBe('UR[_]([0-9A-Za-z_]){2,}');
    expect(pcre('\\bUR_\\w{2,}')).toBe('UR\\_(?:[0-9A-Za-z\\_]){2,}');
    expect(ere('x(a|)y')).toBe('x(a)?y');
    expect(pcre('R-\\x41\\.')).toBe('R\\-A\\.');
    expect(ere('R-[0-9]{1,1000}')).toBe('R[-]([0-9])+');
  });

  it('writes classes whose members are all literal (POSIX: "]" first, "-" last, "^" never first; PCRE: escaped)', () => {
    const ere = (source: string) => linePrefilter(source)?.ere;
    expect(ere('[\\]\\-^a]')).toBe('[]a^-]');
    expect(ere('[\\^]')).toBe('\\^');
    expect(ere('[\\^.]')).toBe('[.^]');
    expect(ere('[\\[=]')).toBe('[=[]');
    expect(ere('\\\\')).toBe('[\\]');
    expect(linePrefilter('[\\]\\-^a]')?.pcre).toBe('[a\\-\\]\\^]');
  });

  it('declines patterns it cannot translate exactly', () => {
    for (const source of [
      'a.b',
      '[^a]b',
      'a\\sb',
      'a\\Wb',
      'a\\Db',
      '(a)\\1',
      '^REQ-1',
      'REQ-1$',
      'ÄR-1',
      'R\\n1',
      'R[\\n]',
      'x*',
      '(?=a)',
      '(',
      'R\\u00e9',
      '[a-\\u00ff]',
    ]) {
      expect(linePrefilter(source), source).toBeUndefined();
    }
  });

  it("writes a search git grep -o can hand ids over with only where its matches are provably the pattern's", () => {
    expect(exactIdSearch('REQ-[0-9]+')).toBe('(?<![0-9A-Za-z_])(?:REQ\\-(?:[0-9]){1,})(?![0-9A-Za-z_])');
    expect(exactIdSearch('(?:SRS|SYS)-\\d{3}|R[0-9]+?')).toBe(
      '(?<![0-9A-Za-z_])(?:(?:(?:SRS|SYS)\\-(?:[0-9]){3,3}|R(?:[0-9]){1,}?))(?![0-9A-Za-z_])',
    );
    // A match that may start with "@" could start where the one before ended: git would resume there blind.
    expect(exactIdSearch('@?REQ-[0-9]+')).toBeUndefined();
    expect(exactIdSearch('(?:x|-)REQ')).toBeUndefined();
    // An assertion of its own (what would it see at the place git resumes?), or what the line selection declines.
    expect(exactIdSearch('\\bREQ-[0-9]+')).toBeUndefined();
    expect(exactIdSearch('(?<=x)REQ-[0-9]+')).toBeUndefined();
    expect(exactIdSearch('REQ-.+')).toBeUndefined();
    expect(exactIdSearch('R[0-9]{1,2000}')).toBeUndefined();
    expect(exactIdSearch('R?')).toBeUndefined();
  });

  it('declines what RE2 reads otherwise than JavaScript', () => {
    // RE2's \\z (end of text), \\pL (a letter), \\Q…\\E (quoted), \\x{41}, a POSIX class, a case-insensitive group:
    // read as JavaScript they would select other lines, and a reference on a line left out would be missed.
    for (const source of ['REQ-1\\z', 'R\\pL', '\\QR-1\\E', 'R\\x{41}', 'R[[:digit:]]', 'R[[-a]', '(?i:req)-1', 'R-\\0', '[[=]']) {
      expect(linePrefilter(source), source).toBeUndefined();
    }
  });
});

describe('grepScope', () => {
  const entry = (path: string, size = 10, mode = '100644'): [string, TreeEntry] => [path, { path, mode, type: 'blob', oid: 'x', size }];
  const tree = new Map<string, TreeEntry>([
    entry('test/a/1.ts'),
    entry('test/a/2.ts'),
    entry('test/b/1.ts'),
    entry('test/b/link.ts', 5, '120000'),
    entry('src/x.ts', 1000),
    entry('src/x.test.ts'),
  ]);

  it('names the highest folders that hold only wanted files, and the other files one by one', () => {
    expect(grepScope(tree, ['test/a/1.ts', 'test/a/2.ts', 'test/b/1.ts', 'src/x.test.ts'])?.sort()).toEqual([
      'src/x.test.ts',
      'test/a',
      'test/b/1.ts',
    ]);
    expect(grepScope(tree, [...tree.keys()])).toEqual([]);
    expect(grepScope(tree, [])).toBeUndefined();
  });

  it('searches the whole tree when too many names are needed and the wanted files are most of it; otherwise declines', () => {
    const scattered = (codeSize: number) => {
      const t = new Map<string, TreeEntry>();
      for (let i = 0; i < 600; i++) t.set(...entry(`d${i}/t.test.ts`)).set(...entry(`d${i}/code.ts`, codeSize));
      return t;
    };
    const tests = Array.from({ length: 600 }, (_, i) => `d${i}/t.test.ts`);
    expect(grepScope(scattered(1), tests)).toEqual([]);
    expect(grepScope(scattered(100), tests)).toBeUndefined();
  });
});

describe('GrepOutputParser', () => {
  it('reads records however the output is cut, text with NULs included', () => {
    const out = Buffer.concat([Buffer.from('abc:dir/a b.ts\x0012\x00it REQ-1\x00x\n'), Buffer.from('abc:x\ny\x001\x00\n')]);
    for (const size of [1, 2, 7, out.length]) {
      const seen: string[] = [];
      const parser = new GrepOutputParser('abc:', (path, line, text) => seen.push(`${path}|${line}|${text}`));
      for (let i = 0; i < out.length; i += size) parser.push(out.subarray(i, i + size));
      parser.end();
      expect(seen).toEqual(['dir/a b.ts|12|it REQ-1\x00x', 'x\ny|1|']);
    }
    const cut = new GrepOutputParser('abc:', () => undefined);
    cut.push(Buffer.from('abc:f\x001\x00no newline'));
    expect(() => cut.end()).toThrow(/ended in the middle/);
  });

  it('reads --heading output however it is cut: a path once per file, a ref that starts with digits', () => {
    // The ref of a commit is hex and may start with digits: only digits followed by a NUL start a record.
    const out = Buffer.from('0123ab:dir/a b.ts\n12\x00it REQ-1\x00x\n3\x00\n0123ab:42\n7\x00REQ-2\n');
    for (let size = 1; size <= out.length; size++) {
      const seen: string[] = [];
      const parser = new GrepOutputParser('0123ab:', (path, line, text) => seen.push(`${path}|${line}|${text}`), true);
      for (let i = 0; i < out.length; i += size) parser.push(out.subarray(i, i + size));
      parser.end();
      expect(seen).toEqual(['dir/a b.ts|12|it REQ-1\x00x', 'dir/a b.ts|3|', '42|7|REQ-2']);
    }
    expect(() => new GrepOutputParser('0123ab:', () => undefined, true).push(Buffer.from('5\x00REQ-1\n'))).toThrow(
      /before naming its file/,
    );
    expect(() => new GrepOutputParser('0123ab:', () => undefined, true).push(Buffer.from('other:f\n'))).toThrow(/unreadable line/);
    expect(() => new GrepOutputParser('0123ab:', () => undefined, true).push(Buffer.from('0123ab:f\n0\x00REQ-1\n'))).toThrow(
      /unreadable line number/,
    );
  });
});

describe('GitRepo.scanFiles with a line prefilter', () => {
  const t = new TestRepo();
  let head = '';
  let repo: GitRepo;
  const random: string[] = [];
  // Whether this machine's git searches with PCRE (Debian's does); where it does not, only the ERE is exercised.
  let pcreWorks = false;

  beforeAll(() => {
    t.write({
      'test/plain.test.ts': "it('REQ-1', () => {});\n// REQ-2 and REQ-2 again, XREQ-3, REQ-4x, REQ_5\nREQ-6",
      'test/crlf.test.ts': 'a REQ-7\r\nb\r\nREQ-8\r\n',
      'test/deep/more.test.ts': 'SRS-123 SYS-1234 SRS-12\n@req REQ-9 @req  REQ-10\n',
      'test/long.test.ts': `${'x'.repeat(200_000)} REQ-11 ${'y'.repeat(100_000)}\n`,
      'test/name with spaces and é.test.ts': 'REQ-12\n',
      'test/big.test.ts': `REQ-13\n${'z'.repeat(3000)}\n`,
      'src/unit.test.ts': 'REQ-14\n',
      'src/code.ts': 'REQ-15 is not a test file\n',
    });
    // Bytes that are not UTF-8 beside ids, a NUL, UTF-16 (whose ids no byte search can see, nor a UTF-8 reading).
    writeFileSync(join(t.dir, 'test/latin1.test.ts'), Buffer.from('l\xe4uft REQ-16\n\xe9REQ-17 REQ-18\xe9\n', 'latin1'));
    writeFileSync(join(t.dir, 'test/nul.test.ts'), Buffer.from('a\0REQ-19\0b\nREQ-20'));
    writeFileSync(join(t.dir, 'test/utf16.test.ts'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('REQ-21\n', 'utf16le')]));
    writeFileSync(join(t.dir, 'test/abutting.test.ts'), 'x\nREQ-1REQ-2 x\nREQ-3@REQ-4 REQ-5-REQ-6\n');
    writeFileSync(join(t.dir, 'test/multibyte.test.ts'), 'éREQ-22é ✓REQ-23 REQ-٢٤ ＲＥＱ-25\n');
    t.symlink('test/link.test.ts', '/etc/hostname');
    // Random files over an alphabet of what confuses byte and text matching.
    const alphabet = [
      'REQ-',
      'SRS-',
      '1',
      '23',
      '_',
      'x',
      ' ',
      '\t',
      '\n',
      '\r\n',
      '\0',
      'é',
      '\xe9',
      '✓',
      '@req ',
      '-',
      '\u2028',
      '@',
      '@REQ-',
      'SRS',
    ];
    mkdirSync(join(t.dir, 'test/random'), { recursive: true });
    const contents = fc.sample(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), { numRuns: 150, seed: 62304 });
    contents.forEach((parts, i) => {
      const path = `test/random/r${i}.test.ts`;
      // Half written as UTF-8, half as Latin-1 bytes (so "é" and "\xe9" are both real invalid or valid sequences).
      writeFileSync(join(t.dir, path), Buffer.from(parts.join(''), i % 2 ? 'latin1' : 'utf8'));
      random.push(path);
    });
    head = t.commit('tests');
    repo = new GitRepo(t.dir, 2000);
    try {
      t.git('grep', '-P', '-e', 'REQ\\-1', 'HEAD');
      pcreWorks = true;
    } catch {
      pcreWorks = false;
    }
  });
  afterAll(() => t.remove());

  const citations = (files: ScannedFile[], match: (text: string, file: string, firstLine?: number) => { id: string; line: number }[]) =>
    files
      .flatMap((f) => {
        const found = f.matches
          ? f.matches.texts.map((id, i) => ({ id, line: f.matches!.lines[i]! }))
          : f.lines
            ? f.lines.flatMap((l) => match(l.text, f.path, l.line))
            : f.text !== undefined
              ? match(f.text, f.path)
              : [];
        return [
          `${f.path}: ${f.error ? `error ${f.error.message}` : f.text === undefined && !f.lines && !f.matches ? 'missing' : 'read'}`,
          ...found.map((r) => `${f.path}:${r.line} ${r.id}`),
        ];
      })
      .sort();

  const patterns: [string, string | null][] = [
    ['REQ-[0-9]+', null],
    ['[A-Z][A-Z0-9]*-[0-9]+', null],
    ['(?:SRS|SYS)-\\d{3}', null],
    ['REQ-[0-9]+', '@req\\s+(REQ-[0-9]+)'],
    ['REQ-[0-9]+', '@req (REQ-[0-9]+)'],
    ['@?REQ-[0-9]+', null],
    ['REQ-[0-9]+', '(?<=[ x])(REQ-[0-9]+)'],
    ['REQ-[0-9]+', '(?<![@A-Z])REQ-[0-9]+'],
  ];

  for (const [id_pattern, reference_pattern] of patterns) {
    it(`finds exactly what whole files give: ${reference_pattern ?? id_pattern}`, async () => {
      const paths = [...(await repo.listTree(head)).map((e) => e.path).filter((p) => p.includes('test')), 'test/missing.test.ts'];
      const match = referenceMatcher({ id_pattern, reference_pattern });
      const selection = linePrefilter(reference_pattern ?? wrapped(id_pattern));
      const whole: ScannedFile[] = [];
      await repo.scanFiles(head, paths, (f) => whole.push(f));
      expect(citations(whole, match).filter((c) => / [A-Z]+-\d+$/.test(c)).length).toBeGreaterThan(0);
      // Each dialect on its own: the other is made one git refuses, so a scan that still selects lines used this one.
      // The exact matches (git grep -o) stand for citations only in the default form, where a citation is the whole match.
      const exact = pcreWorks && !reference_pattern ? exactIdSearch(id_pattern) : undefined;
      const dialects: [ScanOptions, 'lines' | 'matches' | undefined][] = !selection
        ? [[{}, undefined]]
        : [
            [{ lines: { pcre: '(', ere: selection.ere } }, 'lines'],
            ...(pcreWorks ? [[{ lines: { pcre: selection.pcre, ere: '(' } }, 'lines'] as [ScanOptions, 'lines']] : []),
            ...(exact ? [[{ lines: { pcre: '(', ere: '(', exact } }, 'matches'] as [ScanOptions, 'matches']] : []),
          ];
      if (!reference_pattern && pcreWorks && !id_pattern.startsWith('@')) expect(exact).toBeDefined();
      for (const [options, field] of dialects) {
        const selected: ScannedFile[] = [];
        await new GitRepo(t.dir, 2000).scanFiles(head, paths, (f) => selected.push(f), options);
        expect(selected.map((f) => f.path).sort()).toEqual([...paths].sort());
        expect(citations(selected, match)).toEqual(citations(whole, match));
        // The selection was used where it applies.
        if (field) expect(selected.filter((f) => f[field]).length).toBe(whole.filter((f) => f.text !== undefined).length);
      }
    });
  }

  it('gives, for generated patterns over generated lines, exactly the citations of reading whole files', async () => {
    // git grep selects lines and the citations are read from them by the same matcher that reads whole files, or
    // git grep -o hands the ids over where exactIdSearch promises its matches are the pattern's.
    // (git grep -o resumes after a match as on a line of its own: "(?<![0-9])(REQ-[0-9]+)" would then cite the
    // REQ-2 of "REQ-1REQ-2", where the pattern, seeing the "1" before it, cites only REQ-1.)
    const piece = fc.constantFrom(
      'REQ',
      'SRS',
      '-',
      '@',
      '@?',
      '@?REQ-',
      '-?REQ',
      '[0-9]+',
      '[0-9]',
      '\\d{2}',
      '(?:-[A-Z]+)*',
      'x',
      '_',
      '(?:1|23)',
      '[A-Z]+?',
    );
    const idPattern = fc.array(piece, { minLength: 1, maxLength: 4 }).map((t) => t.join(''));
    const referencePattern = fc.option(
      fc.oneof(
        idPattern.map((p) => `@req\\s+(${p})`),
        idPattern.map((p) => `(?<=[ @])(${p})`),
        idPattern.map((p) => `(?<![@A-Z])(${p})`),
        idPattern.map((p) => `(?<![0-9])(${p})`),
      ),
      { nil: null },
    );
    const paths = [...random, 'test/abutting.test.ts'];
    const whole: ScannedFile[] = [];
    await repo.scanFiles(head, paths, (f) => whole.push(f));
    let selected = 0;
    let exactly = 0;
    await fc.assert(
      fc.asyncProperty(idPattern, referencePattern, async (id_pattern, reference_pattern) => {
        const match = referenceMatcher({ id_pattern, reference_pattern });
        const selection = linePrefilter(reference_pattern ?? wrapped(id_pattern));
        if (!selection) return;
        selected++;
        const exact = pcreWorks && !reference_pattern ? exactIdSearch(id_pattern) : undefined;
        if (exact) exactly++;
        const searches = [
          { pcre: '(', ere: selection.ere },
          ...(pcreWorks ? [{ pcre: selection.pcre, ere: '(' }] : []),
          ...(exact ? [{ pcre: '(', ere: '(', exact }] : []),
        ];
        for (const lines of searches) {
          const fast: ScannedFile[] = [];
          await new GitRepo(t.dir, 2000).scanFiles(head, paths, (f) => fast.push(f), { lines });
          expect(
            citations(fast, match),
            `${reference_pattern ?? id_pattern} by ${lines.exact ? 'git grep -o' : lines.pcre === '(' ? 'ERE' : 'PCRE'}`,
          ).toEqual(citations(whole, match));
        }
      }),
      { numRuns: 40, seed: 170 },
    );
    expect(selected).toBeGreaterThan(10);
    if (pcreWorks) expect(exactly).toBeGreaterThan(3);
  });

  it('cites what the pattern cites where a match abuts the one before it', async () => {
    const match = referenceMatcher({ id_pattern: 'REQ-[0-9]+', reference_pattern: '(?<![0-9])(REQ-[0-9]+)' });
    const selection = linePrefilter('(?<![0-9])(REQ-[0-9]+)')!;
    for (const lines of [{ pcre: '(', ere: selection.ere }, ...(pcreWorks ? [{ pcre: selection.pcre, ere: '(' }] : [])]) {
      const fast: ScannedFile[] = [];
      await new GitRepo(t.dir, 2000).scanFiles(head, ['test/abutting.test.ts'], (f) => fast.push(f), { lines });
      expect(fast[0]!.lines).toBeDefined();
      expect(citations(fast, match)).toEqual([
        'test/abutting.test.ts: read',
        'test/abutting.test.ts:2 REQ-1',
        'test/abutting.test.ts:3 REQ-3',
        'test/abutting.test.ts:3 REQ-4',
        'test/abutting.test.ts:3 REQ-5',
        'test/abutting.test.ts:3 REQ-6',
      ]);
    }
  });

  it('answers refused and missing paths without searching when nothing is left to read', async () => {
    const seen: ScannedFile[] = [];
    const fresh = new GitRepo(t.dir, 2000);
    await fresh.scanFiles(head, ['test/link.test.ts', 'test/missing.test.ts'], (f) => seen.push(f), { lines: { pcre: '(', ere: '(' } });
    // Had git grep been asked, it would have refused the PCRE, and the repository would remember it has none.
    expect((fresh as unknown as { pcre?: boolean }).pcre).toBeUndefined();
    expect(seen.map((f) => [f.path, f.error ? 'error' : f.text === undefined && !f.lines ? 'missing' : 'read'])).toEqual([
      ['test/link.test.ts', 'error'],
      ['test/missing.test.ts', 'missing'],
    ]);
  });

  it('reads whole files where a pattern cannot be translated, and where git refuses the search', async () => {
    const seen: ScannedFile[] = [];
    // Not a valid pattern in either dialect (an unbalanced parenthesis): git refuses it before answering, and the files are read.
    await repo.scanFiles(head, ['test/plain.test.ts'], (f) => seen.push(f), { lines: { pcre: 'REQ-(', ere: 'REQ-(' } });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.text).toContain('REQ-6');
  });
});

describe('GitRepo.scanFiles when git answers what it cannot', () => {
  const t = new TestRepo();
  afterAll(() => t.remove());

  it('says what git was doing and what to do next', async () => {
    t.write({ 'test/a.test.ts': 'REQ-1\n' });
    const head = t.commit('a test');
    // The tree still lists the file, but its object is gone: git cat-file answers "missing".
    const oid = t.git('rev-parse', `${head}:test/a.test.ts`);
    rmSync(join(t.dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2)));
    const scan = new GitRepo(t.dir, 2000).scanFiles(head, ['test/a.test.ts'], () => undefined);
    await expect(scan).rejects.toThrow(
      /is missing from the repository \(git cat-file reading 1 files\) — re-run the job; if it fails again, the checkout or its git is broken/,
    );
  });
});

describe('GitRepo.scanFiles where a path holds a newline', () => {
  // git grep --heading ends a path at a newline, so such a tree is searched with a path on every record instead.
  const t = new TestRepo();
  afterAll(() => t.remove());

  it('finds the same lines as whole-file reading, the odd path included', async () => {
    t.write({ 'test/a.test.ts': 'REQ-1\nx\nREQ-2\n', 'test/b\nc.test.ts': 'y\nREQ-3\n', 'test/d.test.ts': 'REQ-4 REQ-5\n' });
    const head = t.commit('a path with a newline');
    const repo = new GitRepo(t.dir, 2000);
    const paths = (await repo.listTree(head)).map((e) => e.path);
    expect(paths).toContain('test/b\nc.test.ts');
    const selected: ScannedFile[] = [];
    await repo.scanFiles(head, paths, (f) => selected.push(f), { lines: { pcre: 'REQ-[0-9]+', ere: 'REQ-[0-9]+' } });
    expect(selected.map((f) => [f.path, f.lines?.map((l) => `${l.line}:${l.text}`)]).sort()).toEqual([
      ['test/a.test.ts', ['1:REQ-1', '3:REQ-2']],
      ['test/b\nc.test.ts', ['2:REQ-3']],
      ['test/d.test.ts', ['1:REQ-4 REQ-5']],
    ]);
  });
});

describe('the traceability matrix over a checkout, searched by git grep', () => {
  // A reference_pattern's id is its capture group, not the whole match: the search must not hand over whole
  // matches as ids for it, while the default form may.
  const t = new TestRepo();
  let facts: Facts;
  beforeAll(() => {
    t.write({
      'docs/reqs.yml': '- id: REQ-1\n  title: Rate\n- id: REQ-2\n  title: Alarm\n',
      'test/a.test.ts': "// @req REQ-1\nit('mentions REQ-2 without the tag', () => {});\n",
    });
    const head = t.commit('reqs and a test');
    const pr = { number: 1, title: '', body: '', labels: [], author: '', baseSha: head, headSha: head };
    facts = createFacts({ pr, ...gitSources(new GitRepo(t.dir), pr), reviews: async () => [], teamMembers: async () => [] });
  });
  afterAll(() => t.remove());

  const options = (reference_pattern: string | null): TraceabilityOptions => ({
    requirements: ['docs/reqs.yml'],
    id_pattern: 'REQ-[0-9]+',
    tests: ['test/**'],
    reference_pattern,
    junit: [],
    require_tests: 'all',
    unknown_references: 'error',
    duplicate_ids: 'error',
    suspect: 'error',
  });
  const cited = (m: Matrix) => m.rows.map((r) => [r.requirement.id, r.tests.map((x) => `${x.file}:${x.line}`)]);

  it('cites by the capture group of reference_pattern, and by the whole match by default', async () => {
    const tagged = await buildMatrix({
      options: options('@req (REQ-[0-9]+)'),
      facts,
      policy: { classification: { default: 'B', items: [] } },
      compare: false,
    });
    expect(cited(tagged)).toEqual([
      ['REQ-1', ['test/a.test.ts:1']],
      ['REQ-2', []],
    ]);
    expect(tagged.unknownReferences).toEqual([]);
    const plain = await buildMatrix({
      options: options(null),
      facts,
      policy: { classification: { default: 'B', items: [] } },
      compare: false,
    });
    expect(cited(plain)).toEqual([
      ['REQ-1', ['test/a.test.ts:1']],
      ['REQ-2', ['test/a.test.ts:2']],
    ]);
  });
});

describe('GitRepo.scanFiles where PCRE gives up on a line', () => {
  // Policy patterns run on RE2 and may repeat a repeated group; PCRE backtracks on such a pattern and, on a line
  // made for it, stops at its match limit — git grep then dies. The files it had not answered in full are read whole.
  const t = new TestRepo();
  afterAll(() => t.remove());

  it('reads the files git had not answered and finds every citation, without an error', async () => {
    const hostile = `${'A'.repeat(40)}!-1\n`;
    t.write({ 'test/a.test.ts': 'AB-1\n', 'test/b.test.ts': `CD-1\n${hostile}EF-1\n`, 'test/c.test.ts': `${hostile}GH-1\n` });
    const head = t.commit('a line made for backtracking');
    const id_pattern = '(?:[A-Z]+)+-1';
    const match = referenceMatcher({ id_pattern, reference_pattern: null });
    const paths = ['test/a.test.ts', 'test/b.test.ts', 'test/c.test.ts'];
    const selection = linePrefilter(wrapped(id_pattern))!;
    const exact = exactIdSearch(id_pattern);
    expect(exact).toBeDefined();
    const whole: ScannedFile[] = [];
    await new GitRepo(t.dir, 2000).scanFiles(head, paths, (f) => whole.push(f));
    const expected = whole.flatMap((f) => match(f.text!, f.path).map((r) => `${r.file}:${r.line} ${r.id}`)).sort();
    expect(expected).toEqual(['test/a.test.ts:1 AB-1', 'test/b.test.ts:1 CD-1', 'test/b.test.ts:3 EF-1', 'test/c.test.ts:2 GH-1']);
    for (const lines of [{ ...selection, exact }, selection]) {
      const seen: ScannedFile[] = [];
      await new GitRepo(t.dir, 2000).scanFiles(head, paths, (f) => seen.push(f), { lines });
      expect(seen.map((f) => f.path).sort()).toEqual(paths);
      const found = seen.flatMap((f) =>
        f.matches
          ? f.matches.texts.map((id, i) => `${f.path}:${f.matches!.lines[i]} ${id}`)
          : f.lines
            ? f.lines.flatMap((l) => match(l.text, f.path, l.line).map((r) => `${r.file}:${r.line} ${r.id}`))
            : match(f.text!, f.path).map((r) => `${r.file}:${r.line} ${r.id}`),
      );
      expect(found.sort()).toEqual(expected);
    }
  });
});
