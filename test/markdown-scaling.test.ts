import { describe, expect, it } from 'vitest';
import { parseMarkdownRequirements, anchoredId } from '../src/parsers/requirements/index.js';
import { taskItems } from '../src/rules/checklist.js';
import { MarkdownReadError } from '../src/parsers/gfm-markdown.js';

// Each reader of PR-controlled Markdown must take time linear in its input. Every case builds an input at 1x and
// 8x, takes the least CPU time of 3 runs at each size (CPU time, not wall time: the box is shared), and fails when
// the ratio passes 3 times the linear expectation — a quadratic path gives about 64.

const SCALE = 8;
const LIMIT = 3 * SCALE;

function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function ratio(
  make: (n: number) => string,
  read: (text: string) => unknown,
  base: number,
): { ratio: number; small: number; large: number } {
  const small = make(base);
  const large = make(base * SCALE);
  read(small); // warm the JIT
  let s = Infinity;
  let l = Infinity;
  for (let i = 0; i < 3; i++) {
    s = Math.min(
      s,
      cpuMs(() => read(small)),
    );
    l = Math.min(
      l,
      cpuMs(() => read(large)),
    );
  }
  // A floor of 1 ms keeps a tiny small-size time from inflating the ratio.
  return { ratio: l / Math.max(s, 1), small: s, large: l };
}

const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');

const CHECKLIST_CASES: [string, (n: number) => string][] = [
  ['one huge item line of emphasis marks', (n) => `- [x] Security impact assessed ${'*a'.repeat(n * 5)}`],
  ['thousands of list items', (n) => lines(n / 8, (i) => `- [${i % 2 ? 'x' : ' '}] Item ${i}`)],
  ['items of inline marks just under the rendering cap', (n) => lines(n / 200, () => `- [x] ${'*a~'.repeat(330)}`)],
  ['deeply nested blockquotes (the most one line may open)', (n) => lines(n / 16, () => `${'>'.repeat(31)} - [x] a`)],
  ['one line of 100,000s of quote marks (refused)', (n) => `${'>'.repeat(n * 10)} - [x] a`],
  ['indented lists nesting ever deeper', (n) => lines(n / 16, (i) => `${'  '.repeat(i % 20)}- [x] a`)],
  ['unclosed link brackets and fences', (n) => lines(n / 8, (i) => (i % 2 ? '[a]('.repeat(20) : '```'))],
];

const ID = '[A-Z][A-Z0-9]*-[0-9]+';
const readSpec = (text: string) => parseMarkdownRequirements(text, 'srs.md', { isId: anchoredId(ID) }, ID);
const SPEC_CASES: [string, (n: number) => string][] = [
  ['one huge heading line of emphasis marks', (n) => `## REQ-1 ${'*a'.repeat(n * 10)}\ntext`],
  ['one huge heading line of words', (n) => `## REQ-1 ${'word '.repeat(n * 4)}\ntext`],
  [
    'thousands of requirements with attribute lines',
    (n) => lines(n / 16, (i) => `## REQ-${i} Title ${i}\nThe pump shall do ${i}.\n\n- Parents: SYS-${i}, SYS-${i + 1}.\n- Class: B\n`),
  ],
  ['thousands of list items in one requirement', (n) => `## REQ-1 A\n${lines(n / 2, (i) => `- item ${i}`)}`],
  [
    'deeply nested blockquotes (the most one line may open)',
    (n) => `## REQ-1 A\n${lines(n / 8, () => `${'>'.repeat(32)} ## REQ-2 quoted`)}`,
  ],
  ['one line of 100,000s of quote marks (refused)', (n) => `## REQ-1 A\n${'>'.repeat(n * 10)}`],
  ['a long attribute table', (n) => `## REQ-1 A\n\n| a | b |\n| - | - |\n${lines(n / 8, (i) => `| Parents | SYS-${i} |`)}`],
  // A requirement's section runs over its sub-headings: thousands of them under one requirement, and under many.
  ['thousands of sub-headings in one requirement', (n) => `## REQ-1 A\n${lines(n / 4, (i) => `### Criterion ${i}\nClass: C`)}`],
  [
    'requirements with acceptance criteria sub-headings',
    (n) => lines(n / 16, (i) => `## REQ-${i} Title\nThe pump shall ${i}.\n### Acceptance criteria\nWHEN ${i} THEN it SHALL.\n`),
  ],
];

describe('Markdown readers scale linearly', () => {
  it.each(CHECKLIST_CASES)(
    'checklist: %s',
    (what, make) => {
      const refused = what.endsWith('(refused)');
      // The refused case must be refused (a MarkdownReadError), every other must be read.
      expect(() => taskItems(make(10))).toSatisfy((f: () => unknown) => {
        try {
          f();
          return !refused;
        } catch (e) {
          return refused && e instanceof MarkdownReadError;
        }
      });
      const read = (text: string) => {
        try {
          return taskItems(text);
        } catch (e) {
          if (e instanceof MarkdownReadError) return e;
          throw e;
        }
      };
      const r = ratio(make, read, 1000);
      expect(r.ratio, `1x ${r.small.toFixed(1)} ms, ${SCALE}x ${r.large.toFixed(1)} ms`).toBeLessThan(LIMIT);
    },
    120_000,
  );

  it.each(SPEC_CASES)(
    'Markdown requirements: %s',
    (_what, make) => {
      const r = ratio(make, readSpec, 500);
      expect(r.ratio, `1x ${r.small.toFixed(1)} ms, ${SCALE}x ${r.large.toFixed(1)} ms`).toBeLessThan(LIMIT);
    },
    120_000,
  );
});
