import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { expectLinear } from './helpers/scaling.js';
import { DEFAULT_ID_PATTERN } from '../src/parsers/requirements/formats.js';
import { Pattern, simpleWhole } from '../src/util/pattern.js';

// Pattern.whole reads the common id forms with a plain walk instead of RE2: its answers must be RE2's whole match,
// for every pattern the walk takes, on every text; every other pattern is left to RE2.

const re2Whole = (source: string) => {
  const re = RE2JS.compile(source);
  return (text: string) => re.testExact(text);
};

/** Patterns of the walk's syntax (and near it): literals, \d, classes, with +, * or nothing. */
const simplePattern = fc
  .array(
    fc.tuple(
      fc.constantFrom('R', 'E', 'Q', '-', '_', '1', '0', '\\d', '[0-9]', '[A-Z]', '[A-Z0-9]', '[a-z_]', '[0-9A-F]', '[Q-S]', '[9-B]'),
      fc.constantFrom('', '', '+', '*'),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((atoms) => atoms.map(([a, q]) => a + q).join(''));

/** Texts near ids: the characters the patterns use, and some they do not. */
const idText = fc
  .array(fc.constantFrom('R', 'E', 'Q', 'S', 'r', '-', '_', '0', '1', '9', 'A', 'F', 'Z', 'a', ':', '@', ' ', 'é', '١', '\n'), {
    maxLength: 12,
  })
  .map((cs) => cs.join(''));

describe('Pattern.whole on simple id patterns', () => {
  it('answers as RE2 does on random simple patterns and texts', () => {
    let walked = 0;
    fc.assert(
      fc.property(simplePattern, fc.array(idText, { minLength: 1, maxLength: 20 }), (source, texts) => {
        const walk = simpleWhole(source);
        const re2 = re2Whole(source);
        if (walk) walked++;
        for (const text of texts) expect(Pattern.whole(source)(text), `${source} on ${JSON.stringify(text)}`).toBe(re2(text));
        if (walk) for (const text of texts) expect(walk(text)).toBe(re2(text));
      }),
      { numRuns: 2000 },
    );
    // The property must have exercised the walk, not only RE2.
    expect(walked).toBeGreaterThan(200);
  });

  it('takes the default id pattern and the usual prefixed forms', () => {
    for (const source of [DEFAULT_ID_PATTERN, 'REQ-[0-9]+', 'REQ-\\d+', 'SRS_[0-9]+', '[A-Z]+-[0-9]+']) {
      expect(simpleWhole(source), source).toBeDefined();
    }
    const isDefault = simpleWhole(DEFAULT_ID_PATTERN)!;
    expect(['REQ-1', 'A-0', 'SRS2-0012', 'X9Y-77'].map(isDefault)).toEqual([true, true, true, true]);
    expect(['REQ-', '-1', 'req-1', 'REQ_1', 'REQ-1a', 'REQ-1\n', ' REQ-1', 'REQ-١', 'REQ--1', ''].map(isDefault)).toEqual(
      Array(10).fill(false),
    );
    const req = simpleWhole('REQ-[0-9]+')!;
    expect([req('REQ-12'), req('REQ-012'), req('REQ-'), req('REQ-1x'), req('REQ12'), req('RE-1')]).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('leaves to RE2 every pattern where taking all it can might not be the match', () => {
    for (const source of [
      '[A-Z]*[A-Z]',
      '[A-Z0-9]+-?[0-9]+',
      'R*R',
      '[0-9]+[0-9]',
      'A*B*',
      '(REQ)-[0-9]+',
      'REQ|SRS',
      'REQ-[0-9]{3}',
      '[^0-9]+',
      '(?i)req-[0-9]+',
      '[A-Z-]+',
      '\\w+',
      'REQ.[0-9]+',
      '',
    ]) {
      expect(simpleWhole(source), source).toBeUndefined();
    }
    // Those still answer, through RE2.
    expect(Pattern.whole('[A-Z]*[A-Z]')('ABC')).toBe(true);
    expect(Pattern.whole('A*B*')('')).toBe(true);
  });

  it('reads a long id in time linear in its length, matching or not', async () => {
    const isDefault = simpleWhole(DEFAULT_ID_PATTERN)!;
    await expectLinear(
      'the default id pattern on long texts',
      (n) => ['R'.repeat(n) + '-' + '1'.repeat(n), 'R'.repeat(2 * n), 'R'.repeat(n) + '-' + '1'.repeat(n) + 'x'],
      (texts) => {
        expect(texts.map(isDefault)).toEqual([true, false, false]);
      },
      { n: 20_000 },
    );
  });
});
