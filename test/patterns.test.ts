import { expectLinear } from './helpers/scaling.js';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMarkdownRequirements } from '../src/parsers/requirements/markdown.js';
import { anchoredId } from '../src/parsers/requirements/types.js';
import { regexProblem } from '../src/policy/regex.js';
import { Pattern, patternProblem } from '../src/util/pattern.js';
import { runCli } from './helpers/cli.js';
import { TestRepo } from './helpers/git-repo.js';

// Policy patterns run on RE2 (re2js): linear in the text for any pattern. Where RE2 and JavaScript read a pattern
// alike, the matches must be JavaScript's (global search, leftmost-first), so a policy means what it meant before.

// RE2 reads a character outside the Basic Multilingual Plane as one (JavaScript without the u flag, as two halves):
// the texts compared stay inside it; the halves are tested on their own below.

/** Patterns in the syntax RE2 and JavaScript share, with alternatives, optional parts and empty matches. */
const sharedPattern = fc
  .array(
    fc.constantFrom(
      'R',
      'E',
      'Q',
      '-',
      '@',
      '[0-9]',
      '[A-Z]',
      '\\d',
      '\\w',
      'x',
      '(?:R|RE)',
      '(?:-[A-Z]+)*',
      '[0-9]+',
      '[0-9]*',
      '[0-9]+?',
      '(?:@)?',
      '(R)',
      '(?:a|)',
      '_',
      '.',
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((t) => t.join(''));
const text = fc
  .array(fc.constantFrom('R', 'E', 'Q', '-', '@', '1', '23', 'x', 'a', '_', ' ', '\n', 'REQ-1', 'é', '.'), { maxLength: 30 })
  .map((t) => t.join(''));

const jsAll = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => ({ index: m.index, text: m[0], groups: m.slice(1) }));
const ours = (p: Pattern, s: string) => [...p.matchAll(s)].map((m) => ({ index: m.index, text: m.text, groups: m.groups }));

describe('Pattern', () => {
  it('finds the matches a global JavaScript search finds', () => {
    fc.assert(
      fc.property(sharedPattern, text, (source, s) => {
        expect(ours(Pattern.compile(source), s), `${source} on ${JSON.stringify(s)}`).toEqual(jsAll(new RegExp(source, 'g'), s));
      }),
      { numRuns: 1500 },
    );
  });

  it('finds an id standing alone where JavaScript lookarounds would', () => {
    fc.assert(
      fc.property(sharedPattern, text, (source, s) => {
        const js = new RegExp(`(?<![A-Za-z0-9_])(?:${source})(?![A-Za-z0-9_])`, 'g');
        expect(
          ours(Pattern.standingAlone(source), s).map(({ index, text }) => ({ index, text })),
          `${source} on ${JSON.stringify(s)}`,
        ).toEqual(jsAll(js, s).map(({ index, text }) => ({ index, text })));
      }),
      { numRuns: 1500 },
    );
  });

  it('matches a whole text only', () => {
    const isId = Pattern.whole('REQ-[0-9]+|SYS-[0-9]+');
    expect(isId('REQ-1')).toBe(true);
    expect(isId('SYS-22')).toBe(true);
    expect(isId('REQ-1 ')).toBe(false);
    expect(isId('xSYS-2')).toBe(false);
  });

  it('gives groups, named groups and places', () => {
    const m = Pattern.compile('(?P<key>[A-Z]+)-(\\d+)(x)?').exec('see ABC-12 now')!;
    expect(m).toMatchObject({ index: 4, end: 10, text: 'ABC-12', groups: ['ABC', '12', undefined], named: { key: 'ABC' } });
    expect(Pattern.compile('(?<n>\\d+)').exec('a7')!.named).toEqual({ n: '7' });
    expect(Pattern.compile('(?<=#)\\d+').exec('a1 #22')!.text).toBe('22');
    expect(Pattern.compile('z').exec('abc')).toBeUndefined();
    expect(Pattern.compile('b').test('abc')).toBe(true);
    expect(Pattern.standingAlone('REQ-\\d+').test('xREQ-1 REQ-2a')).toBe(false);
    expect(Pattern.standingAlone('REQ-\\d+').test('(REQ-1)')).toBe(true);
  });

  it('reads a character outside the Basic Multilingual Plane as one, at the offsets JavaScript uses', () => {
    expect(ours(Pattern.compile('.'), 'a😀b').map((m) => [m.index, m.text])).toEqual([
      [0, 'a'],
      [1, '😀'],
      [3, 'b'],
    ]);
    expect(ours(Pattern.standingAlone('REQ-[0-9]+'), '😀REQ-1😀').map((m) => [m.index, m.text])).toEqual([[2, 'REQ-1']]);
  });

  it('does not find "^" again one character into the text', () => {
    expect(ours(Pattern.standingAlone('a|b'), 'a b').map((m) => m.text)).toEqual(['a', 'b']);
    expect(ours(Pattern.standingAlone('a?'), 'ab').map((m) => m.text)).toEqual([]);
    expect(ours(Pattern.standingAlone('a?'), 'a').map((m) => m.text)).toEqual(['a']);
  });
});

describe('a policy pattern in a Markdown heading', () => {
  it('reads the id standing at the start, with groups of its own, and the title after its separators', () => {
    const idPattern = '(?P<id>REQ|SYS)-[0-9]+';
    const text = '## REQ-1: Bolus limits\n## REQ-2x not an id\n### **SYS-3** \u2014 Alarms\n## `REQ-4`\n## REQ-5.Dose\n';
    const { requirements } = parseMarkdownRequirements(text, 'srs.md', { isId: anchoredId(idPattern) }, idPattern);
    expect(requirements.map((r) => [r.id, r.title, r.line])).toEqual([
      ['REQ-1', 'Bolus limits', 1],
      ['SYS-3', 'Alarms', 3],
      ['REQ-4', '', 4],
      ['REQ-5', 'Dose', 5],
    ]);
  });
});

describe('patternProblem', () => {
  it('takes the pattern a star-height heuristic refused', () => {
    const source = '(?:SDOC|ZEP|DO178)(?:-[A-Z]+)*-[0-9]+';
    expect(patternProblem(source)).toBeUndefined();
    expect(regexProblem(source)).toBeUndefined();
    expect(Pattern.standingAlone(source).exec('see SDOC-AB-CD-12 here')?.text).toBe('SDOC-AB-CD-12');
  });

  it('takes (a+)+$ and runs it in linear time', async () => {
    expect(patternProblem('(a+)+$')).toBeUndefined();
    const p = Pattern.compile('(a+)+$');
    // JavaScript's backtracking engine takes seconds on 30 characters of this; RE2 answers at once on 100,000s.
    await expectLinear(
      '(a+)+$ on RE2',
      (n) => 'a'.repeat(n) + '!',
      (s) => {
        expect(p.test(s)).toBe(false);
        expect(p.exec(s)).toBeUndefined();
      },
      { n: 40_000 },
    );
  });

  it('names what RE2 cannot take and what to write instead', () => {
    expect(patternProblem('REQ-\\d+(?!x)')).toMatch(
      /is not a valid regular expression for RE2, the linear-time engine policy patterns run on \(a lookahead, \(\?=…\) or \(\?!…\)\) — write it in RE2 syntax: no lookahead/,
    );
    expect(patternProblem('(a)\\1')).toMatch(/invalid escape sequence: `\\1`.*no back-reference/);
    expect(patternProblem('[')).toMatch(/missing closing \]/);
    expect(patternProblem('a{1001}')).toMatch(/invalid repeat count/);
    expect(patternProblem('x'.repeat(2001))).toMatch(/2001 characters long/);
    expect(patternProblem('((a{100}){100}){100}')).toBeDefined();
    expect(() => Pattern.compile('(')).toThrow(/missing closing \)/);
  });
});

describe('sdlc-gate validate', () => {
  const repo = new TestRepo();
  afterAll(() => repo.remove());

  it('names the line of a pattern RE2 cannot compile and of a refused glob, and takes the rest', () => {
    repo.write({
      '.github/sdlc-gate.yml':
        'version: 1\ngates:\n  change-request:\n    pattern: "CR-[0-9]+(?=:)"\n  traceability:\n    requirements: [docs/**]\n' +
        '    id_pattern: "(?:SDOC|ZEP|DO178)(?:-[A-Z]+)*-[0-9]+"\n    reference_pattern: "(a+)+$"\n    tests: ["test/**", "**/+(*.test|*.spec).ts"]\n',
    });
    const r = runCli(['validate', '--repo', repo.dir]);
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^\.github\/sdlc-gate\.yml:4:\d+: gates\.change-request\.pattern: "CR-\[0-9\]\+\(\?=:\)" is not a valid regular expression for RE2, .*\(a lookahead, .*\) — write it in RE2 syntax/,
      ),
      expect.stringMatching(
        /^\.github\/sdlc-gate\.yml:9:\d+: gates\.traceability\.tests.*"\*\*\/\+\(\*\.test\|\*\.spec\)\.ts" uses an extglob .* — write the alternatives with braces, \{a,b\}, or as globs of their own$/,
      ),
    ]);
  });
});
