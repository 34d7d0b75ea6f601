import { gateContext } from '../../src/policy/context.js';
import { describe, expect, it } from 'vitest';
import { traceability, type TraceabilityOptions } from '../../src/rules/traceability/index.js';
import { buildMatrix, DEFAULT_TESTS } from '../../src/rules/traceability/matrix.js';
import type { GateOutcome } from '../../src/core/rule.js';
import { plainFacts, policy, type PlainFacts } from '../helpers/plain-facts.js';

// A requirement's safety class lowered in a pull request: judged by the stricter of its class at base and at head,
// and the lowering reported on its line.

function options(o: Partial<TraceabilityOptions> = {}): TraceabilityOptions {
  return {
    requirements: ['docs/srs.md'],
    id_pattern: '[A-Z][A-Z0-9]*-[0-9]+',
    tests: DEFAULT_TESTS,
    reference_pattern: null,
    junit: [],
    require_tests: ['B', 'C'],
    unknown_references: 'error',
    duplicate_ids: 'error',
    suspect: 'error',
    ...o,
  };
}

async function run(facts: PlainFacts, o: Partial<TraceabilityOptions> = {}, defaultClass: 'A' | 'B' | 'C' = 'B') {
  const ctx = gateContext(policy({ classification: { default: defaultClass, items: [] } }), 'traceability');
  const outcome = (await traceability.evaluate(options(o), plainFacts(facts), ctx)) as GateOutcome;
  return { ...outcome, problems: outcome.findings.filter((f) => f.severity !== 'notice') };
}

const srs = (cls: string) => `# SRS

## REQ-001 Continuous delivery
Class: B

The pump shall deliver the programmed rate.

## REQ-007 Bolus limits
Class: ${cls}

The pump shall cap a bolus at the configured maximum.
`;
const RATE = { 'test/rate.test.ts': `it('delivers (REQ-001)', () => {});\n` };
const BOLUS = { 'test/bolus.test.ts': `it('caps a bolus (REQ-007)', () => {});\n` };

describe('traceability: a safety class lowered in a pull request', () => {
  it('lowering REQ-007 from C to A and deleting its test in the same pull request fails, naming both classes', async () => {
    const r = await run({
      base: { 'docs/srs.md': srs('C'), ...RATE, ...BOLUS },
      head: { 'docs/srs.md': srs('A'), ...RATE },
      changed: ['docs/srs.md', { path: 'test/bolus.test.ts', status: 'removed' }],
    });
    expect(r.problems).toEqual([
      {
        severity: 'warning',
        message:
          'REQ-007 "Bolus limits": this pull request lowers its safety class from C (at base) to A; class A would take REQ-007 out of require_tests (B and C), so until the lowering is merged this pull request still holds it to class C and its tests — a class is a risk-management decision: get the lowering approved through the risk-management process (record it in the risk file), and keep REQ-007\'s tests in this pull request.',
        file: 'docs/srs.md',
        line: 8,
        action: { text: 'Get the lowering of REQ-007 from class C to A approved through the risk-management process' },
      },
      {
        severity: 'error',
        message:
          'REQ-007 "Bolus limits" (class C at base, lowered to A in this pull request) has no test: no test file cites REQ-007 — a class changed in this pull request is not merged yet, so REQ-007 is held to class C: keep or add a test that cites it; its tests can go in a later pull request once the new class is approved and merged.',
        file: 'docs/srs.md',
        line: 8,
        action: { text: 'Add a test that cites REQ-007' },
      },
    ]);
    expect(r.summary).toMatch(/^2 requirements: 1 tested, 1 untested, .* — REQ-007 "Bolus limits" \(class C at base/);
    expect(r.tables![0]!.rows).toEqual([
      ['REQ-007 Bolus limits', 'A (C at base)', 'docs/srs.md:8', 'class lowered C → A', 'untested', 'no test', ''],
    ]);
  });

  it('a lowering that keeps the tests is a warning only (class_lowered: error makes it block, off silences it)', async () => {
    const facts = {
      base: { 'docs/srs.md': srs('C'), ...RATE, ...BOLUS },
      head: { 'docs/srs.md': srs('A'), ...RATE, ...BOLUS },
      changed: ['docs/srs.md'],
    };
    expect((await run(facts)).problems.map((f) => [f.severity, f.line])).toEqual([['warning', 8]]);
    expect((await run(facts, { class_lowered: 'error' })).problems.map((f) => [f.severity, f.message.slice(0, 60)])).toEqual([
      ['error', 'REQ-007 "Bolus limits": this pull request lowers its safety '],
    ]);
    expect((await run(facts, { class_lowered: 'off' })).problems).toEqual([]);
    // Off silences the report, not the judgement: the deleted test still fails.
    const deleted = await run(
      { ...facts, head: { 'docs/srs.md': srs('A'), ...RATE }, changed: ['docs/srs.md', { path: 'test/bolus.test.ts', status: 'removed' }] },
      { class_lowered: 'off' },
    );
    expect(deleted.problems.map((f) => f.message.slice(0, 60))).toEqual(['REQ-007 "Bolus limits" (class C at base, lowered to A in thi']);
  });

  it('a lowering that keeps the requirement in require_tests (C to B) says the PR is judged by C', async () => {
    const r = await run({
      base: { 'docs/srs.md': srs('C'), ...RATE, ...BOLUS },
      head: { 'docs/srs.md': srs('B'), ...RATE, ...BOLUS },
      changed: ['docs/srs.md'],
    });
    expect(r.problems.map((f) => f.message)).toEqual([
      expect.stringContaining(
        'lowers its safety class from C (at base) to B; this pull request is judged by class C until the lowering is merged',
      ),
    ]);
  });

  it('a raised class, a new requirement and an unchanged one need no finding; a new class A requirement needs no test', async () => {
    const raised = await run({
      base: { 'docs/srs.md': srs('A'), ...RATE },
      head: { 'docs/srs.md': srs('C'), ...RATE, ...BOLUS },
      changed: ['docs/srs.md', 'test/bolus.test.ts'],
    });
    expect(raised.problems).toEqual([]);
    expect(raised.tables![0]!.rows[0]!.slice(1, 4)).toEqual(['C (A at base)', 'docs/srs.md:8', 'class raised A → C']);
    // Raised to C with no test: required by its head class.
    const raisedUntested = await run({
      base: { 'docs/srs.md': srs('A'), ...RATE },
      head: { 'docs/srs.md': srs('C'), ...RATE },
      changed: ['docs/srs.md'],
    });
    expect(raisedUntested.problems.map((f) => f.message.slice(0, 50))).toEqual(['REQ-007 "Bolus limits" (class C) has no test: no t']);
    // New in the PR: its head class alone decides.
    const added = await run({
      base: { 'docs/srs.md': srs('A').split('## REQ-007')[0]!, ...RATE },
      head: { 'docs/srs.md': srs('A'), ...RATE },
      changed: ['docs/srs.md'],
    });
    expect(added.problems).toEqual([]);
    // Nothing changed: class A needs no test.
    expect((await run({ base: { 'docs/srs.md': srs('A'), ...RATE }, head: { 'docs/srs.md': srs('A'), ...RATE } })).problems).toEqual([]);
  });

  it('a class written where classification.default decided at base is compared with that default (B at base, A at head)', async () => {
    const unclassed = srs('C').replace('Class: C\n\n', '');
    const r = await run({
      base: { 'docs/srs.md': unclassed, ...RATE, ...BOLUS },
      head: { 'docs/srs.md': srs('A'), ...RATE },
      changed: ['docs/srs.md', { path: 'test/bolus.test.ts', status: 'removed' }],
    });
    expect(r.problems.map((f) => [f.severity, f.message.slice(0, 95)])).toEqual([
      ['warning', 'REQ-007 "Bolus limits": this pull request lowers its safety class from B (at base) to A; class '],
      ['error', 'REQ-007 "Bolus limits" (class B at base, lowered to A in this pull request) has no test: no tes'],
    ]);
    // The other way: a class C written at base, erased at head so the default (A) applies.
    const erased = await run(
      { base: { 'docs/srs.md': srs('C'), ...RATE, ...BOLUS }, head: { 'docs/srs.md': unclassed, ...RATE }, changed: ['docs/srs.md'] },
      {},
      'A',
    );
    expect(erased.problems.map((f) => [f.severity, f.message.slice(0, 95)])).toEqual([
      ['warning', 'REQ-007 "Bolus limits": this pull request lowers its safety class from C (at base) to A; class '],
      ['error', 'REQ-007 "Bolus limits" (class C at base, lowered to A in this pull request) has no test: no tes'],
    ]);
  });

  it('a requirement moved to a new file with a lower class is judged by its class at base too', async () => {
    const yml =
      'requirements:\n  - id: REQ-007\n    title: Bolus limits\n    class: A\n    text: The pump shall cap a bolus at the configured maximum.\n';
    const r = await run(
      {
        base: { 'docs/srs.md': srs('C'), ...RATE, ...BOLUS },
        head: { 'docs/srs.md': srs('C').split('## REQ-007')[0]!, 'docs/bolus.yml': yml, ...RATE },
        changed: ['docs/srs.md', { path: 'docs/bolus.yml', status: 'added' }, { path: 'test/bolus.test.ts', status: 'removed' }],
      },
      { requirements: ['docs/srs.md', 'docs/*.yml'] },
    );
    expect(r.problems.map((f) => [f.severity, f.file, f.line])).toEqual([
      ['warning', 'docs/bolus.yml', 2],
      ['error', 'docs/bolus.yml', 2],
    ]);
  });

  it('with require_tests all or none the class decides nothing here: no lowering finding', async () => {
    const facts = {
      base: { 'docs/srs.md': srs('C'), ...RATE, ...BOLUS },
      head: { 'docs/srs.md': srs('A'), ...RATE, ...BOLUS },
      changed: ['docs/srs.md'],
    };
    expect((await run(facts, { require_tests: 'all' })).problems).toEqual([]);
    expect((await run(facts, { require_tests: 'none' })).problems).toEqual([]);
  });

  it('the matrix records the class at base only where it differs, and only when comparing with a base', async () => {
    const facts = plainFacts({
      base: { 'docs/srs.md': srs('C'), ...RATE, ...BOLUS },
      head: { 'docs/srs.md': srs('A'), ...RATE, ...BOLUS },
      changed: ['docs/srs.md'],
    });
    const ctx = { classification: { default: 'B' as const, items: [] } };
    const compared = await buildMatrix({ options: options(), facts, policy: ctx, compare: true });
    expect(compared.rows.map((r) => [r.requirement.id, r.class, r.classAtBase, r.required])).toEqual([
      ['REQ-001', 'B', undefined, true],
      ['REQ-007', 'A', 'C', true],
    ]);
    expect(JSON.parse(JSON.stringify(compared.rows[1])).classAtBase).toBe('C');
    const tree = await buildMatrix({ options: options(), facts, policy: ctx, compare: false });
    expect(tree.rows.map((r) => [r.class, r.classAtBase, r.required])).toEqual([
      ['B', undefined, true],
      ['A', undefined, false],
    ]);
  });

  it('a Doorstop item whose class its file lowers is held to the class at base (each item is a file of its own)', async () => {
    const item = (cls: string) =>
      `active: true\nnormative: true\nheader: Bolus limits\nclass: ${cls}\ntext: |\n  The pump shall cap a bolus.\n`;
    const settings = { 'reqs/.doorstop.yml': 'settings:\n  prefix: SRD\n  sep: "-"\n  digits: 3\n' };
    const r = await run(
      {
        base: { ...settings, 'reqs/SRD-001.yml': item('C'), 'test/bolus.test.ts': '// SRD-001\n' },
        head: { ...settings, 'reqs/SRD-001.yml': item('A'), 'test/other.test.ts': '// nothing\n' },
        changed: ['reqs/SRD-001.yml', { path: 'test/bolus.test.ts', status: 'removed' }, { path: 'test/other.test.ts', status: 'added' }],
      },
      { requirements: [{ path: 'reqs/', format: 'doorstop' }] },
    );
    expect(r.problems.map((f) => [f.severity, f.file, f.message.split(';')[0]])).toEqual([
      ['warning', 'reqs/SRD-001.yml', 'SRD-001 "Bolus limits": this pull request lowers its safety class from C (at base) to A'],
      [
        'error',
        'reqs/SRD-001.yml',
        expect.stringMatching(/^SRD-001 "Bolus limits" \(class C at base, lowered to A in this pull request\) has no test/),
      ],
    ]);
  });

  it('a class at base that is none of A, B, C held the requirement to require_tests: writing A in its place keeps it held in this pull request', async () => {
    const r = await run({
      base: { 'docs/srs.md': srs('III'), ...RATE, ...BOLUS },
      head: { 'docs/srs.md': srs('A'), ...RATE },
      changed: ['docs/srs.md', { path: 'test/bolus.test.ts', status: 'removed' }],
    });
    expect(r.problems.map((f) => [f.severity, f.line, f.message.split(' — ')[0]])).toEqual([
      ['error', 8, 'REQ-007 "Bolus limits" (class III at base, changed to A in this pull request) has no test: no test file cites REQ-007'],
    ]);
  });

  it('a lowering between two classes outside require_tests (B to A with require_tests: [C]) is still reported, saying no test is asked for', async () => {
    const r = await run(
      { base: { 'docs/srs.md': srs('B'), ...RATE }, head: { 'docs/srs.md': srs('A'), ...RATE }, changed: ['docs/srs.md'] },
      { require_tests: ['C'] },
    );
    expect(r.problems.map((f) => [f.severity, f.message.split(' — ')[0]])).toEqual([
      [
        'warning',
        'REQ-007 "Bolus limits": this pull request lowers its safety class from B (at base) to A; neither class is in require_tests (C), so this gate asks for no test either way',
      ],
    ]);
  });
});
