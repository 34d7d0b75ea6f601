import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRequirementFile, type RequirementFile } from '../src/parsers/requirements/index.js';

// The OpenFastTrace, Sphinx-Needs and ReqIF readers under arbitrary input: requirements or findings with a line of
// the input — never a throw. Seeds are the real files of each format, cut and spliced with hostile pieces.

const fixture = (path: string) => readFileSync(new URL(`./fixtures/real/${path}`, import.meta.url), 'utf8');
const RUNS = 150;
const HOSTILE = [
  '\0',
  '"',
  '`',
  '{',
  '}',
  '[',
  ']',
  '<',
  '>',
  '&',
  '&a;',
  '* ',
  '- ',
  '\n',
  '\r\n',
  '\t',
  '#',
  '~',
  '-->',
  ': ',
  'Needs:',
  'Covers:',
  'oft:off',
  'oft:on',
  '```',
  '\uFEFF',
  '\uD800',
  ']]>',
  '<![CDATA[',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '<?xml version="1.0"?>',
  '<SPEC-OBJECT>',
  '</SPEC-OBJECT>',
  'IDENTIFIER="x"',
  '"id": ',
  '"versions"',
  '__proto__',
  'null',
  '9'.repeat(400),
];
const edit = fc.tuple(fc.nat(), fc.nat(12), fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 8 })));
const mutated = (seed: string) =>
  fc.array(edit, { minLength: 1, maxLength: 5 }).map((edits) => {
    let text = seed;
    for (const [at, cut, insert] of edits) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + insert + text.slice(i + cut);
    }
    return text;
  });
const inputs = (seed: string) => fc.oneof(fc.string({ maxLength: 300, unit: 'binary' }), mutated(seed), mutated(seed));

const cases: [string, RequirementFile, string, string][] = [
  ['OpenFastTrace', { path: 'design.md', format: 'openfasttrace' }, fixture('openfasttrace-openfasttrace/design.md'), '[A-Z]+-[0-9]+'],
  ['Sphinx-Needs', { path: 'needs.json', format: 'sphinx-needs' }, fixture('sphinx-needs-sphinx-needs/needs_test.json'), '[A-Z][A-Z0-9_]*'],
  ['ReqIF', { path: 'srs.reqif', format: 'reqif' }, fixture('reqif-strictdoc/input.reqif'), 'REQ-[0-9]+'],
  [
    'ReqIF (Polarion)',
    { path: 'p.reqif', format: 'reqif' },
    fixture('reqif-strictdoc/polarion-sample.reqif'),
    '\\.\\.\\.Anonymized-[0-9]+\\.\\.\\.',
  ],
];

describe('requirement readers of other tools under arbitrary input', () => {
  for (const [name, file, seed, idPattern] of cases) {
    it(`${name}: requirements, or findings on a line of the input — never a throw`, () => {
      expect(parseRequirementFile(file, seed, idPattern).requirements.length).toBeGreaterThan(0);
      fc.assert(
        fc.property(inputs(seed), (text) => {
          const r = parseRequirementFile(file, text, idPattern);
          const lines = text.split(/\r\n|\r|\n/).length;
          for (const f of r.findings) {
            expect(f.message.length).toBeGreaterThan(0);
            if (f.line !== undefined) expect(f.line >= 1 && f.line <= lines, JSON.stringify(f)).toBe(true);
          }
          for (const q of r.requirements) {
            expect(q.id.length).toBeGreaterThan(0);
            expect(q.line >= 1 && q.line <= lines, JSON.stringify(q)).toBe(true);
          }
        }),
        { numRuns: RUNS },
      );
    });
  }
});
