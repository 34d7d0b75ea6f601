import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { globMatcher, globProblem } from '../src/util/glob.js';
import { literalGlobTest } from '../src/util/glob-literal.js';

// The globs answered by string comparison (`test/**`, `**/*.test.*`, `docs/*.yml`, a plain path) answer as picomatch
// and the RE2 translation do, as every glob must; the shapes they do not cover fall to the RE2 matcher.

const name = fc.constantFrom(
  'a',
  'test',
  'tests',
  '.github',
  '.doorstop.yml',
  'x.test.ts',
  'a.b',
  '-',
  '^',
  '$',
  '+',
  'é',
  'docs',
  '.a',
  'a.',
);
const literal = fc.array(name, { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));
/** A segment with single stars: literal pieces (possibly empty) joined by `*`. */
const piece = fc.constantFrom('', 'a', '.', 'test', '.test.', '_test.', 'yml', 'é', '-', 'aa', 'a.b');
const starred = fc
  .array(piece, { minLength: 2, maxLength: 4 })
  .map((p) => p.join('*'))
  .filter((s) => !s.includes('**'));
const segment = fc.oneof(name, starred);
const shaped = fc
  .oneof(
    literal.map((l) => `${l}/**`),
    segment.map((n) => `**/${n}`),
    fc.tuple(literal, segment).map(([l, n]) => `${l}/**/${n}`),
    fc.tuple(literal, segment).map(([l, n]) => `${l}/${n}`),
    segment,
    literal,
  )
  // picomatch reads these two whole globs its own way; the RE2 matcher takes them.
  .filter((g) => g !== '*.*' && g !== '**/*.*');
// Names that the starred segments can match (and nearly match) beside the plain ones.
const pathName = fc.oneof(
  name,
  fc.constantFrom('b', 'c.yml', 'x_test.go', 'a.test.ts', '.test.', 'aa.b', 'test', 'a.spec.js', 'é.yml', 'a-a', '_test.', 'a.test.yml'),
  fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join('') || 'a'),
);
const path = fc.array(pathName, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));

describe('literalGlobTest', () => {
  it('takes folder, any-depth and in-folder name (with single stars) and plain path globs, and answers as picomatch does', () => {
    fc.assert(
      fc.property(shaped, fc.array(path, { minLength: 1, maxLength: 20 }), (glob, paths) => {
        expect(globProblem(glob)).toBeUndefined();
        expect(literalGlobTest(glob), glob).toBeDefined();
        const ours = globMatcher([glob]);
        const theirs = picomatch(glob, { dot: true });
        const plain = glob.replaceAll('*', '');
        for (const p of [...paths, glob, plain, `x/${plain}`, `${plain}/x`, glob.replace(/\/\*\*$/, ''), glob.replace(/^\*\*\//, '')]) {
          // Only paths git can list: no empty, "." or ".." segment.
          if (p.split('/').some((x) => x === '' || x === '.' || x === '..')) continue;
          expect(ours(p), `${glob} ${JSON.stringify(p)}`).toBe(theirs(p));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('matches a starred name in time linear in the path', () => {
    const test = literalGlobTest('**/*a*a*a*a*a*b')!;
    const time = (n: number) => {
      const p = `x/${'a'.repeat(n)}`;
      let best = Infinity;
      for (let r = 0; r < 3; r++) {
        const t = performance.now();
        for (let i = 0; i < 20; i++) test(p);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    time(1000);
    const small = time(20_000);
    const large = time(160_000);
    // 8× the name: a linear test takes about 8× as long; a backtracking one would take hundreds of times longer.
    expect(large / Math.max(small, 0.05)).toBeLessThan(24);
  });

  it('leaves every other shape to the RE2 matcher', () => {
    for (const glob of [
      '**',
      '*.*',
      '**/*.*',
      '**/a/b',
      'a/**/b/*.md',
      '**/a/*.md',
      'a*/b',
      'a*/**',
      '{a,b}/**',
      '**/{a,b}',
      '[ab]',
      'a?',
      'a/**/**',
      '**/**/a',
      'a/',
      '**/..',
      '**/.',
    ]) {
      expect(literalGlobTest(glob), glob).toBeUndefined();
    }
  });

  it('compares a path with control characters as the RE2 matcher does (they read as U+FFFD, so no glob names them)', () => {
    expect(globMatcher(['docs/**'])('docs/a\nb.md')).toBe(true);
    expect(globMatcher(['**/a\nb'])('x/a\nb')).toBe(false);
    expect(globMatcher(['a\nb'])('a\nb')).toBe(false);
  });
});
