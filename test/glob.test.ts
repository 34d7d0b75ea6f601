import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { globMatcher, globProblem } from '../src/util/glob.js';

// globMatcher translates each glob into a regular expression for RE2, which matches in time linear in the path:
// it must answer as picomatch's own matcher does (with dotfiles, on POSIX) for every glob a policy may hold, on
// the paths git lists (no empty, "." or ".." segment), and refuse the rest with a reason.

const globToken = fc.constantFrom(
  '*',
  '**',
  '?',
  'a',
  'b',
  '/',
  '.',
  '[ab]',
  '[^a]',
  '[a-c]',
  '{a,b}',
  '{a,{b,.x}}',
  '{,a}',
  '.test.*',
  'test',
  '-',
  'x',
  '!',
);
const glob = fc
  .array(globToken, { minLength: 1, maxLength: 7 })
  .map((t) => t.join(''))
  .filter((g) => !g.startsWith('/') && globProblem(g) === undefined);
const segment = fc
  .array(fc.constantFrom('a', 'b', 'c', '.', 'x', '.test.ts', 'test', '*', '!', '{a,b}', '[ab]', '-', '^'), { minLength: 1, maxLength: 4 })
  .map((t) => t.join(''))
  .filter((s) => s !== '.' && s !== '..');
const gitPath = (p: string) => p.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
const path = fc
  .oneof(
    glob,
    fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/')),
  )
  .filter(gitPath);

describe('globMatcher', () => {
  it('answers as picomatch does', () => {
    fc.assert(
      fc.property(fc.array(glob, { minLength: 1, maxLength: 3 }), fc.array(path, { minLength: 1, maxLength: 20 }), (globs, paths) => {
        const ours = globMatcher(globs);
        // Each glob as picomatch reads it alone; in a list, a `!` glob excludes (it must hold for every path matched).
        // picomatch reads a leading "./" away first: "./!a" is a negation too.
        const negation = (g: string) => g.replace(/^(?:\.\/)+/, '').startsWith('!');
        const theirs = globs.filter((g) => !negation(g)).map((g) => picomatch(g, { dot: true }));
        const excluding = globs.filter(negation).map((g) => picomatch(g, { dot: true }));
        const expected = (p: string) => p !== '' && (theirs.length === 0 || theirs.some((m) => m(p))) && excluding.every((m) => m(p));
        for (const p of paths) expect(ours(p), `${JSON.stringify(globs)} ${JSON.stringify(p)}`).toBe(expected(p));
      }),
      { numRuns: 1500 },
    );
  });

  it('answers the globs policies use', () => {
    const tests = globMatcher(['test/**', 'tests/**', '**/*_test.*', '**/*.test.*', '**/*.spec.*']);
    expect(['test/a.ts', 'test', 'src/x.test.ts', 'a/b/c_test.go', 'x.spec.js', '.github/w.test.yml'].map(tests)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['src/a.ts', 'testing/a.ts', 'src/test.ts', 'src/x.test'].map(tests)).toEqual([false, false, false, false]);
    // picomatch's own reading of the whole globs `*.*` and `**/*.*`: a character after the dot.
    expect(['a.b', 'a.', 'a..', '.a', 'x/a.'].map(globMatcher(['*.*']))).toEqual([true, false, true, true, false]);
    expect(['x/a.b', 'x/a.', 'a.b', 'x/.a'].map(globMatcher(['**/*.*']))).toEqual([true, false, true, true]);
    // Not when negated: `!*.*` is read the general way, as picomatch reads it.
    expect(['a.', 'x/a.', 'a.b'].map(globMatcher(['!*.*']))).toEqual([false, true, false]);
    expect(globMatcher(['a/**/b'])('a/b')).toBe(true);
    expect(globMatcher(['a/**/b'])('a/x/y/b')).toBe(true);
    expect(globMatcher(['**/node_modules/**'])('node_modules/x/y.js')).toBe(true);
    expect(globMatcher(['docs/*.md'])('docs/a/b.md')).toBe(false);
    expect(globMatcher(['{src,lib}/**/*.{ts,js}'])('lib/a/b.js')).toBe(true);
    expect(globMatcher(['docs/**'])('docs/a\nb.md')).toBe(true);
    expect(globMatcher(['docs/*.md'])('docs/a\nb.md')).toBe(true);
    expect(globMatcher(['docs/a?b.md'])('docs/a\nb.md')).toBe(true);
  });

  it('reads a `!` glob in a list as an exclusion, never as every other path', () => {
    const risk = globMatcher(['docs/risk/**', '!docs/risk/README.md']);
    expect(['docs/risk/fmea.csv', 'docs/risk/README.md', 'src/main.c', 'README.md'].map(risk)).toEqual([true, false, false, false]);
    const tests = globMatcher(['**/*.test.*', '!vendor/**', '!**/fixtures/**']);
    expect(['a/x.test.ts', 'vendor/y.test.js', 'a/fixtures/z.test.ts', 'src/main.ts'].map(tests)).toEqual([true, false, false, false]);
    // The order does not matter, and `!` globs alone exclude from every path.
    expect(globMatcher(['!docs/risk/README.md', 'docs/risk/**'])('docs/risk/README.md')).toBe(false);
    expect(['a', 'b', 'c'].map(globMatcher(['!a', '!b']))).toEqual([false, false, true]);
    // A "./" before the "!" is read away first, as picomatch does: still an exclusion.
    expect(['a.test.ts', 'b.test.ts'].map(globMatcher(['./!a*', '*.test.*']))).toEqual([false, true]);
  });

  it('matches a path equal to its glob even where the glob has special characters', () => {
    expect(globMatcher(['docs/{a,b}.md'])('docs/{a,b}.md')).toBe(true);
    expect(globMatcher(['!docs/**'])('src/a.ts')).toBe(true);
    expect(globMatcher(['!docs/**'])('docs/a.md')).toBe(false);
  });

  it('answers in time linear in a hostile file name (a backtracking matcher takes seconds on 250 characters)', () => {
    // picomatch's expression for this glob backtracks on a name of many "a"s that does not end in "b".
    const matches = globMatcher(['*a*a*a*a*a*b', '**/*a*a*a*a*a*.spec.ts']);
    const cost = (n: number) => {
      const name = `${'a'.repeat(n)}/${'a'.repeat(n)}`;
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const t = performance.now();
        expect(matches(name)).toBe(false);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    cost(2_000);
    cost(16_000);
    const small = cost(2_000);
    const large = cost(16_000);
    // Linear: 8× the name, ~8× the time (a quadratic matcher would take 64×); 3× the linear ratio is allowed.
    expect(large / Math.max(small, 1)).toBeLessThan(24);
  });

  it('refuses a glob it was not given through the policy check', () => {
    expect(() => globMatcher(['**/+(*.test|*.spec).ts'])).toThrow(/extglob/);
  });
});

describe('globProblem', () => {
  it('refuses what does not run in linear time or would not mean what it says', () => {
    expect(globProblem('**/+(*.test|*.spec).ts')).toMatch(
      /uses an extglob such as \+\(…\) or @\(…\), which is not taken .* write the alternatives with braces, \{a,b\}/,
    );
    expect(globProblem('src/@(a|b)/**')).toMatch(/extglob/);
    expect(globProblem('src/!(x)/**')).toMatch(/extglob/);
    expect(globProblem('[!a]*')).toMatch(/matches "!" as a character rather than negating; write \[\^…\]/);
    expect(globProblem('[[:alpha:]]*')).toMatch(/POSIX classes/);
    expect(globProblem('v{1..3}/*')).toMatch(/brace range/);
    expect(globProblem('{src/a,lib}/**')).toMatch(/"\/" inside braces/);
    expect(globProblem('src/{a')).toMatch(/never closed/);
    expect(globProblem('src/a}')).toMatch(/closes no "\{"/);
    expect(globProblem('src/[a')).toMatch(/never closed/);
    expect(globProblem('{a}')).toMatch(/one alternative/);
    expect(globProblem('[z-a]')).toMatch(/runs backwards/);
    expect(globProblem('!!a')).toMatch(/negates twice/);
    expect(globProblem('src/a**')).toMatch(/"\*\*" inside a segment/);
    expect(globProblem('src//a')).toMatch(/empty or "\." segment/);
    expect(globProblem('src/./a')).toMatch(/empty or "\." segment/);
    expect(globProblem('/etc/**')).toMatch(/absolute/);
    expect(globProblem('a\\*')).toMatch(/uses "\\"/);
  });

  it('takes the globs policies write', () => {
    for (const g of [
      'src/**',
      '**/*.test.*',
      'docs/*.md',
      '{src,lib}/**/*.{ts,js}',
      '[a-c]?/x',
      '!docs/**',
      './src/*.ts',
      'security/osv/',
      'requirements/**/*.yml',
      '.github/CODEOWNERS',
    ])
      expect(globProblem(g), g).toBeUndefined();
  });
});
