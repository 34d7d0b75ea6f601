import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYamlRequirements, parseYamlRequirementsFully, quickList } from '../src/parsers/requirements/yaml.js';

// YAML requirement lists are read quickly with js-yaml where the quick reading can vouch for the result, and by
// the full reading otherwise; whichever reads a document, the answer must be the full reading's.

const ctx = { isId: (id: string) => /^[A-Z][A-Z0-9]*-[0-9]+$/.test(id) };
const both = (text: string) => [parseYamlRequirements(text, 'r.yml', ctx), parseYamlRequirementsFully(text, 'r.yml', ctx)] as const;

/** Scalars that the YAML 1.2 core schema resolves (or refuses to resolve) in the ways that differ between parsers. */
const TRICKY_SCALARS = [
  'plain text', '"quoted"', "'single'", '~', 'null', 'Null', 'NULL', '', 'true', 'False', 'yes', 'on', '0b101', '0o17', '017', '0x1F',
  '-0x1F', '+12', '1_000', '1.10', '1.', '.5', '1e3', '-1E-3', '.inf', '-.Inf', '.nan', '2020-01-01', '12:30', '"with: colon"',
  '[a, b]', '{k: v}', '|\n    block\n    text\n', '>\n    folded\n    text\n', '"esc\\ttab"', 'a # comment', "'it''s'",
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
    const multiLine = fc.tuple(fc.constantFrom('"a', "'a", 'a', '[a,', '{a: 1,', '"a\\', 'a #c', '|', '>-', '|2', 'a\t'), fc.nat(5), fc.constantFrom('b"', "b'", 'b', 'b]', 'b: 2}', '- b', 'b: c')).map(([first, indent, rest]) => `${first}\n${indent === 5 ? '\t' : ' '.repeat(indent)}${rest}`);
    const scalar = fc.oneof(fc.constantFrom(...TRICKY_SCALARS), fc.string({ maxLength: 12 }).filter((s) => !/[\n:#]/.test(s)), multiLine);
    const key = fc.constantFrom('id', 'uid', 'title', 'name', 'text', 'statement', 'class', 'parents', 'links', 'other');
    const item = fc.tuple(fc.integer({ min: 1, max: 30 }), fc.array(fc.tuple(key, scalar), { maxLength: 4 }), fc.boolean(), fc.boolean()).map(([n, fields, blank, comment]) => {
      const lines = [`id: REQ-${n}`, ...fields.map(([k, v]) => `${k}: ${v}`)];
      return `-${blank ? '\n ' : ''} ${lines.join('\n  ')}\n${comment ? '# note\n' : ''}`;
    });
    const doc = fc.tuple(fc.boolean(), fc.array(item, { minLength: 1, maxLength: 6 })).map(([wrapped, items]) =>
      wrapped ? `requirements:\n${items.map((i) => i.replace(/^/gm, '  ')).join('')}` : items.join(''),
    );
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
    // The common shape is what the quick reading is for: it must not decline it.
    expect(quickList(text, 'r.yml', ctx)).toBeDefined();
    const [quick, full] = both(text);
    expect(quick.requirements.length).toBeGreaterThan(0);
    expect(quick).toEqual(full);
  });
});
