import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPTIONS_BEGIN, OPTIONS_END, optionsTable, renderIndex, typeOf } from '../../scripts/gates-index.mjs';
import { RULES } from '../../src/rules/index.js';

// Adding a gate is one rule folder and one registry line; its page, its test file and the docs index must follow.
// `npm run docs:gates` rewrites the generated parts; this test fails while they are stale or a piece is missing.

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('the gates documentation follows the registry', () => {
  it('docs/gates/README.md lists exactly the registered rules with their descriptions', () => {
    expect(read('docs/gates/README.md'), 'docs/gates/README.md is stale: run npm run docs:gates').toBe(renderIndex(RULES));
  });

  for (const rule of RULES) {
    describe(rule.name, () => {
      it(`has docs/gates/${rule.name}.md with the options its schema states`, () => {
        const path = `docs/gates/${rule.name}.md`;
        expect(existsSync(new URL(path, root)), `${path} is missing: write it (what the gate proves, options, findings and fixes, an example), then run npm run docs:gates`).toBe(true);
        const page = read(path);
        const begin = page.indexOf(OPTIONS_BEGIN);
        const end = page.indexOf(OPTIONS_END);
        expect(begin >= 0 && end > begin, `${path} has no generated options block: run npm run docs:gates`).toBe(true);
        expect(page.slice(begin + OPTIONS_BEGIN.length, end).trim(), `${path}'s options are stale: run npm run docs:gates`).toBe(optionsTable(rule));
      });

      it(`has test/rules/${rule.name}.test.ts with table cases through the rule tester`, () => {
        const path = `test/rules/${rule.name}.test.ts`;
        expect(existsSync(new URL(path, root)), `${path} is missing`).toBe(true);
        expect(read(path), `${path} has no ruleTester('${rule.name}') cases`).toContain(`ruleTester('${rule.name}')`);
      });
    });
  }

  it('reads the types of the schemas the rules use', () => {
    expect(typeOf({ type: 'integer' })).toBe('integer');
    expect(typeOf({ enum: ['native', 'rdm'] })).toBe('"native" or "rdm"');
    expect(typeOf({ anyOf: [{ const: 'auto' }, { type: 'array', items: { type: 'string', format: 'repo-glob' } }] })).toBe('"auto" or list of glob');
    expect(optionsTable({ options: { type: 'object', required: ['a'], properties: { a: { type: 'string', description: 'x | y' } } } })).toContain('| `a` | string | (required) | x \\| y |');
  });
});
