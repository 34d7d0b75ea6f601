import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { globMatcher } from '../src/util/glob.js';

// globMatcher tests a path against picomatch's regular expressions directly; it must answer as picomatch's own
// matcher does (with dotfiles, on POSIX), for any glob — negations, braces, extglobs and literal paths included.

describe('globMatcher', () => {
  it('answers as picomatch does', () => {
    const glob = fc.array(fc.constantFrom('*', '**', '?', 'a', 'b', '/', '.', '[ab]', '[!a]', '{a,b}', '!', '+(a)', '@(a|b)', '.test.*', 'test', '\\*'), { minLength: 1, maxLength: 7 }).map((t) => t.join(''));
    const path = fc.oneof(glob, fc.array(fc.constantFrom('a', 'b', '.', '/', 'x', '.test.ts', 'test', '*', '!', '{a,b}', '+(a)', '[ab]'), { minLength: 0, maxLength: 7 }).map((t) => t.join('')));
    fc.assert(
      fc.property(fc.array(glob, { minLength: 1, maxLength: 3 }), fc.array(path, { minLength: 1, maxLength: 20 }), (globs, paths) => {
        const ours = globMatcher(globs);
        const theirs = globs.map((g) => picomatch(g, { dot: true }));
        for (const p of paths) expect(ours(p), `${JSON.stringify(globs)} ${JSON.stringify(p)}`).toBe(p !== '' && theirs.some((m) => m(p)));
      }),
      { numRuns: 500 },
    );
  });

  it('matches a path equal to its glob even where the glob has special characters', () => {
    expect(globMatcher(['docs/{a,b}.md'])('docs/{a,b}.md')).toBe(true);
    expect(globMatcher(['test/+(unit)'])('test/+(unit)')).toBe(true);
    expect(globMatcher(['!docs/**'])('src/a.ts')).toBe(true);
    expect(globMatcher(['!docs/**'])('docs/a.md')).toBe(false);
  });
});
