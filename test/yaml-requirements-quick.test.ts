import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineList } from '../src/parsers/requirements/yaml-lines.js';
import { parseYamlRequirements, parseYamlRequirementsFully, quickList } from '../src/parsers/requirements/yaml.js';

// YAML requirement lists are read quickly with js-yaml where the quick reading can vouch for the result, and by
// the full reading otherwise; whichever reads a document, the answer must be the full reading's.

const ctx = { isId: (id: string) => /^[A-Z][A-Z0-9]*-[0-9]+$/.test(id) };
const both = (text: string) => [parseYamlRequirements(text, 'r.yml', ctx), parseYamlRequirementsFully(text, 'r.yml', ctx)] as const;

/** Scalars that the YAML 1.2 core schema resolves (or refuses to resolve) in the ways that differ between parsers. */
const TRICKY_SCALARS = [
  'plain text',
  '"quoted"',
  "'single'",
  '~',
  'null',
  'Null',
  'NULL',
  '',
  'true',
  'False',
  'yes',
  'on',
  '0b101',
  '0o17',
  '017',
  '0x1F',
  '-0x1F',
  '+12',
  '1_000',
  '1.10',
  '1.',
  '.5',
  '1e3',
  '-1E-3',
  '.inf',
  '-.Inf',
  '.nan',
  '2020-01-01',
  '12:30',
  '"with: colon"',
  '[a, b]',
  '{k: v}',
  '|\n    block\n    text\n',
  '>\n    folded\n    text\n',
  '"esc\\ttab"',
  'a # comment',
  "'it''s'",
];

describe('YAML requirements: the quick reading', () => {
  it('gives the full reading’s answer on the shapes and scalars where parsers differ', () => {
    const docs = [
      '- id: REQ-1\n  title: a\n-\n  id: REQ-2\n- { id: REQ-3, title: x }\n',
      '# comment\n\nrequirements:\n  - id: REQ-1\n    text: |\n      two\n      lines\n  - # note\n    id: REQ-2\n',
      '- id: REQ-1\n  parents: [REQ-2, {REQ-3: abc}, [x], ~]\n- id: REQ-2\n  links:\n    - REQ-1: null\n',
      '- id: REQ-1\n  parents: {10: a, REQ-2: b}\n',
      '- id: REQ-1\n  parents: REQ-9\n  class: 2\n',
      '- id: REQ-1\n  id: REQ-2\n',
      '- id: ~\n  uid: REQ-1\n',
      '- id:\n  uid: REQ-1\n',
      '- uid: REQ-1\n  title: [a]\n  text: {a: b}\n',
      '- id: REQ-1\n- just text\n',
      '- id: req-1\n',
      '- &a\n  id: REQ-1\n- *a\n',
      '- !!str\n  id: REQ-1\n',
      '- id: !!int "5"\n',
      'REQ-1:\n  title: map form\n',
      'requirements: ~\n',
      '---\n- id: REQ-1\n---\n- id: REQ-2\n',
      '',
      '# only a comment\n',
      '- id: REQ-1\r\n  title: crlf\r\n- id: REQ-2\r\n',
      '- id: REQ-1\n\ttitle: tab\n',
      '- id: "REQ-1"\n  title: "a\\u00e9b"\n- id: REQ-2\n  title: >-\n    folded\n\n    paragraph\n',
    ];
    for (const doc of docs) {
      const [quick, full] = both(doc);
      expect(quick, JSON.stringify(doc)).toEqual(full);
    }
  });

  it('gives the full reading’s answer on generated lists', () => {
    // Values that continue on the next line, indented anywhere from too little to plenty: parsers differ in what they let pass.
    const multiLine = fc
      .tuple(
        fc.constantFrom('"a', "'a", 'a', '[a,', '{a: 1,', '"a\\', 'a #c', '|', '>-', '|2', 'a\t'),
        fc.nat(5),
        fc.constantFrom('b"', "b'", 'b', 'b]', 'b: 2}', '- b', 'b: c'),
      )
      .map(([first, indent, rest]) => `${first}\n${indent === 5 ? '\t' : ' '.repeat(indent)}${rest}`);
    const scalar = fc.oneof(
      fc.constantFrom(...TRICKY_SCALARS),
      fc.string({ maxLength: 12 }).filter((s) => !/[\n:#]/.test(s)),
      multiLine,
    );
    const key = fc.constantFrom('id', 'uid', 'title', 'name', 'text', 'statement', 'class', 'parents', 'links', 'other');
    const item = fc
      .tuple(fc.integer({ min: 1, max: 30 }), fc.array(fc.tuple(key, scalar), { maxLength: 4 }), fc.boolean(), fc.boolean())
      .map(([n, fields, blank, comment]) => {
        const lines = [`id: REQ-${n}`, ...fields.map(([k, v]) => `${k}: ${v}`)];
        return `-${blank ? '\n ' : ''} ${lines.join('\n  ')}\n${comment ? '# note\n' : ''}`;
      });
    const doc = fc
      .tuple(fc.boolean(), fc.array(item, { minLength: 1, maxLength: 6 }))
      .map(([wrapped, items]) => (wrapped ? `requirements:\n${items.map((i) => i.replace(/^/gm, '  ')).join('')}` : items.join('')));
    let quickly = 0;
    fc.assert(
      fc.property(doc, (text) => {
        if (quickList(text, 'r.yml', ctx)) quickly++;
        const [quick, full] = both(text);
        expect(quick).toEqual(full);
      }),
      { numRuns: 1500 },
    );
    // The comparison means something only if the quick reading answered a fair share of the documents.
    expect(quickly).toBeGreaterThan(60);
  });

  it('reads the example repository’s requirements as the full reading does', () => {
    const text = readFileSync(new URL('../examples/infusion-pump/docs/requirements/ui.yml', import.meta.url), 'utf8');
    // The common shape is what the quick readings are for: they must not decline it.
    expect(quickList(text, 'r.yml', ctx)).toBeDefined();
    expect(lineList(text, 'r.yml', ctx)).toBeDefined();
    const [quick, full] = both(text);
    expect(quick.requirements.length).toBeGreaterThan(0);
    expect(quick).toEqual(full);
  });
});

describe('YAML requirements: the line reading', () => {
  const line = (text: string) => lineList(text, 'r.yml', ctx);
  const full = (text: string) => parseYamlRequirementsFully(text, 'r.yml', ctx);

  it('reads the common shape as the full reading does, and declines what it cannot vouch for', () => {
    const common = [
      '- id: REQ-1\n  title: Rate: 1\n', // ": " in a plain value: the full reading refuses it
      '- id: REQ-1\n  title: Rate limit\n  class: B\n  text: >\n    The pump shall\n    limit the rate.\n\n- id: REQ-2\n  text: |\n    two\n    lines\n',
      'requirements:\n  - id: REQ-1\n    title: a [b] {c}, d\'s "e" é ✓\n  - id: REQ-2\n    parents: REQ-1\n',
      'requirements:\n- id: REQ-1\n  __proto__: x\n  title: t\n',
      '# header\n#  more # here\n\nrequirements:\n  - id: REQ-1\n    parents: [REQ-2, REQ-3]\n    links: []\n    text: >\n      see #12: it\n      # is content\n',
    ];
    expect(line(common[0]!)).toBeUndefined();
    for (const text of common.slice(1)) {
      expect(line(text), text).toBeDefined();
      expect(line(text), text).toEqual(full(text));
    }
    const declined = [
      '- id: REQ-1\n  title: yes # no\n', // a comment
      '- id: REQ-1\n  class: 2\n', // an integer, not a string
      '- id: REQ-1\n  title: null\n',
      '- id: REQ-1\n  title: "quoted"\n',
      '- id: REQ-1\n  text: >\n    a\n      deeper\n', // a more-indented line keeps its break
      '- id: REQ-1\n  text: >\n    a\n\n    b\n', // two paragraphs
      '- id: REQ-1\n  text: >-\n    a\n', // chomping indicator
      '- id: REQ-1\n  text: >\n    a \n', // trailing space
      '- id: REQ-1\n  id: REQ-2\n', // duplicate key
      '- id: REQ-1\n  parents:\n    - REQ-2\n', // a nested list
      '- id: REQ-1\n  parents: [REQ-2,REQ-3]\n', // a flow list in another spacing
      '- id: REQ-1\n  parents: [1, REQ-3]\n', // a number in it
      '- id: REQ-1\n# between\n- id: REQ-2\n', // a comment after the header
      '- id: REQ-1\r\n', // CR
      '- id: REQ-1\n  title:\ttab\n',
      '- id: REQ-1', // no final newline
      '\ufeff- id: REQ-1\n',
      '- id: req-1\n', // not an id: the full reading has a finding
      '- &a id: REQ-1\n',
      '---\n- id: REQ-1\n',
      'REQ-1:\n  title: map form\n',
    ];
    for (const text of declined) expect(line(text), JSON.stringify(text)).toBeUndefined();
  });

  it('gives the full reading’s answer on generated lists, answering most of those in its shape', () => {
    const plain = fc.oneof(
      fc.constantFrom(...TRICKY_SCALARS.filter((v) => !v.includes('\n'))),
      fc.stringMatching(/^[A-Za-z0-9 .,;:()'"#\-[\]{}/&*!|>%@`?=<+~\u00e9\u2713\u2028]{1,16}$/),
      fc.constantFrom('Rate limit', 'a-b', 'x:y', 'REQ-2', 'REQ-2, REQ-3', '1.0 draft', 'e\u0301', 'http://x/y'),
    );
    const block = fc
      .tuple(
        fc.constantFrom('>', '|'),
        fc.array(
          fc.tuple(
            fc.constantFrom(4, 4, 4, 4, 3, 5, 2),
            fc.constantFrom('line', 'two words', 'line', '- dash', 'key: v', '# hash', 'a #b', 'trail ', ''),
          ),
          { minLength: 1, maxLength: 3 },
        ),
      )
      .map(([style, lines]) => `${style}\n${lines.map(([indent, t]) => (t === '' ? '' : `${' '.repeat(indent)}${t}`)).join('\n')}`);
    const friendly = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 .,()'/\u00e9-]{0,14}[A-Za-z0-9.)]$/);
    const flow = fc
      .tuple(
        fc.array(fc.constantFrom('REQ-1', 'REQ-2', 'SYS-10', '12', 'a.b/c', 'x y', 'null', '-a'), { maxLength: 3 }),
        fc.constantFrom(', ', ', ', ','),
      )
      .map(([ids, comma]) => `[${ids.join(comma)}]`);
    const value = fc.oneof(
      { weight: 4, arbitrary: friendly },
      { weight: 2, arbitrary: plain },
      { weight: 1, arbitrary: flow },
      { weight: 2, arbitrary: block },
    );
    const key = fc.constantFrom('title', 'name', 'text', 'statement', 'class', 'parents', 'links', 'other', 'id');
    const item = fc
      .tuple(fc.integer({ min: 1, max: 30 }), fc.array(fc.tuple(key, value), { maxLength: 4 }), fc.boolean())
      .map(([n, fields, blank]) => [`id: REQ-${n}`, ...fields.map(([k, v]) => `${k}: ${v}`)].join('\n  ') + (blank ? '\n\n' : '\n'));
    const doc = fc
      .tuple(
        fc.constantFrom('', '', '# header #1\n\n', '\n'),
        fc.constantFrom('', 'requirements:\n', 'requirements:\n'),
        fc.constantFrom(0, 2),
        fc.array(item, { minLength: 1, maxLength: 5 }),
      )
      .map(([comment, head, indent, items]) => {
        const pad = head ? ' '.repeat(indent) : '';
        return comment + head + items.map((i) => `${pad}- ${i}`.replace(/\n(?=.)/g, `\n${pad}`)).join('');
      });
    let answered = 0;
    let runs = 0;
    fc.assert(
      fc.property(doc, (text) => {
        runs++;
        const quick = line(text);
        if (!quick) return;
        answered++;
        expect(quick).toEqual(full(text));
      }),
      { numRuns: 3000, seed: 62304 },
    );
    // Meaningful only if the line reading answered a fair share of the documents (one bad value declines a whole file).
    expect(answered).toBeGreaterThan(runs / 10);
  });
});
