import { gateContext } from '../../src/policy/context.js';
import { describe, expect, it } from 'vitest';
import { traceability, type TraceabilityOptions } from '../../src/rules/traceability/index.js';
import { DEFAULT_TESTS } from '../../src/rules/traceability/matrix.js';
import type { GateOutcome } from '../../src/core/rule.js';
import { plainFacts, policy, type PlainFacts } from '../helpers/plain-facts.js';

// A Markdown requirement is its whole section: acceptance criteria under a sub-heading are part of what the suspect
// check compares, so a pull request cannot rewrite them without the requirement's tests being reviewed.

async function run(facts: PlainFacts, o: Partial<TraceabilityOptions> = {}) {
  const options: TraceabilityOptions = {
    requirements: ['docs/srs.md'],
    id_pattern: '[A-Z][A-Z0-9]*-[0-9]+',
    tests: DEFAULT_TESTS,
    reference_pattern: null,
    junit: [],
    require_tests: 'all',
    unknown_references: 'error',
    duplicate_ids: 'error',
    suspect: 'error',
    ...o,
  };
  const outcome = (await traceability.evaluate(options, plainFacts(facts), gateContext(policy(), 'traceability'))) as GateOutcome;
  return outcome.findings.filter((f) => f.severity !== 'notice');
}

const SRS = `# Software requirements

## REQ-7 Bolus limits
The pump shall cap a patient-requested bolus.

### Acceptance criteria
1. WHEN a bolus above the configured maximum is requested, THE pump SHALL refuse it and show the maximum.

## REQ-8 Lockout
The pump shall lock out a second bolus for the lockout interval.
`;
const TESTS = { 'test/bolus.test.ts': `it('refuses a bolus over the maximum (REQ-7)', () => {});\n`, 'test/lockout.test.ts': '// REQ-8\n' };

describe("traceability: a Markdown requirement's sub-sections are part of its text", () => {
  it('rewriting the acceptance criteria under a sub-heading makes the requirement suspect when its tests did not change', async () => {
    const head = SRS.replace('SHALL refuse it and show the maximum', 'SHALL deliver the maximum instead');
    const findings = await run({
      base: { 'docs/srs.md': SRS, ...TESTS },
      head: { 'docs/srs.md': head, ...TESTS },
      changed: ['docs/srs.md'],
    });
    expect(findings.map((f) => [f.severity, f.file, f.line, f.message.split(' — ')[0]])).toEqual([
      [
        'error',
        'docs/srs.md',
        3,
        'REQ-7 "Bolus limits" changed in this pull request (docs/srs.md:3), but none of its tests did: test/bolus.test.ts:1',
      ],
    ]);
    // Updating the test in the same pull request clears it.
    expect(
      await run({
        base: { 'docs/srs.md': SRS, ...TESTS },
        head: { 'docs/srs.md': head, ...TESTS },
        changed: ['docs/srs.md', 'test/bolus.test.ts'],
      }),
    ).toEqual([]);
  });

  it('a heading of the same level ends the section: editing a following chapter changes no requirement', async () => {
    const base = `${SRS}\n## Glossary\n### Bolus\nAn extra dose.\n`;
    const head = base.replace('An extra dose.', 'An extra dose on demand.');
    expect(
      await run({ base: { 'docs/srs.md': base, ...TESTS }, head: { 'docs/srs.md': head, ...TESTS }, changed: ['docs/srs.md'] }),
    ).toEqual([]);
  });
});
