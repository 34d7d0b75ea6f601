import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { globMatcher, globProblem } from '../src/util/glob.js';
import { literalGlobTest } from '../src/util/glob-literal.js';

// The globs answered by string comparison (`test/**`, `**/name`, a plain path) answer as picomatch does, as every
// glob must; the shapes they do not cover fall to the RE2 matcher.

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
const shaped = fc.oneof(
  literal.map((l) => `${l}/**`),
  name.map((n) => `**/${n}`),
  literal,
);
const path = fc.array(fc.oneof(name, fc.constantFrom('b', 'c.yml')), { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));

describe('literalGlobTest', () => {
  it('takes folder, any-depth name and plain path globs, and answers as picomatch does', () => {
    fc.assert(
      fc.property(shaped, fc.array(path, { minLength: 1, maxLength: 20 }), (glob, paths) => {
        expect(globProblem(glob)).toBeUndefined();
        expect(literalGlobTest(glob), glob).toBeDefined();
        const ours = globMatcher([glob]);
        const theirs = picomatch(glob, { dot: true });
        for (const p of [...paths, glob, glob.replace(/\/\*\*$/, ''), glob.replace(/^\*\*\//, '')])
          expect(ours(p), `${glob} ${JSON.stringify(p)}`).toBe(theirs(p));
      }),
      { numRuns: 1500 },
    );
  });

  it('leaves every other shape to the RE2 matcher', () => {
    for (const glob of [
      '**',
      '*',
      'a/*',
      'a/**/b',
      '**/a/b',
      '**/*.test.*',
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
