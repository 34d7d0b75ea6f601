import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseCodeowners, ownersOf } from '../src/parsers/codeowners.js';
import { PolicyLoader } from '../src/policy/load.js';
import { RULES } from '../src/rules/index.js';

// Arbitrary and mutated input to the policy loader and the CODEOWNERS parser: a result or positioned errors,
// never a throw, within a time bound.

const loader = new PolicyLoader(RULES);
const VALID = `version: 1
groups:
  qa: [quinn, "@acme/qa"]
classification:
  default: B
  items:
    - { name: dosing, paths: ["src/dosing/**"], class: C }
gates:
  reviews:
    approvals: 1
    code_owners: true
  qa-review:
    rule: reviews
    when: { class: [C] }
    from: [qa]
`;

async function loadWithin(text: string, ms = 2000) {
  const started = Date.now();
  const r = await loader.load('p.yml', text, async () => undefined);
  expect(Date.now() - started).toBeLessThan(ms);
  if (!r.ok) {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) {
      expect(e.line).toBeGreaterThanOrEqual(1);
      expect(e.col).toBeGreaterThanOrEqual(1);
      expect(e.message.length).toBeGreaterThan(0);
    }
  }
  return r;
}

describe('policy loader under arbitrary input', () => {
  it('never throws on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), async (text) => void (await loadWithin(text))),
      { numRuns: 300 },
    );
  });

  it('never throws on mutations of a valid policy', async () => {
    const mutation = fc.tuple(fc.nat(VALID.length), fc.nat(8), fc.string({ maxLength: 6 }));
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (edits) => {
        let text = VALID;
        for (const [at, cut, insert] of edits) text = text.slice(0, at) + insert + text.slice(at + cut);
        await loadWithin(text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary YAML values in any position', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue({ maxDepth: 4 }),
        fc.constantFrom('groups', 'classification', 'gates', 'extends', 'version'),
        async (value, key) => {
          await loadWithin(stringify({ version: 1, [key]: value }));
          await loadWithin(stringify({ version: 1, gates: { reviews: { [key]: value } } }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses deeply nested input in bounded time', async () => {
    const deep = `version: 1\ngates:\n  reviews:\n    when: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const r = await loadWithin(deep, 5000);
    expect(r.ok).toBe(false);
  });
});

describe('CODEOWNERS parser under arbitrary input', () => {
  it('never throws, and every rule keeps a real line number', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 60 }), { maxLength: 40 }), fc.string({ maxLength: 40 }), (lines, path) => {
        const file = parseCodeowners(lines.join('\n'));
        for (const rule of file.rules) expect(rule.line).toBeLessThanOrEqual(lines.length);
        ownersOf(file, path);
      }),
      { numRuns: 500 },
    );
  });
});
