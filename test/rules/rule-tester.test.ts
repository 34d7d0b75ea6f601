import { describe, expect, it } from 'vitest';
import type { GateResult } from '../../src/core/types.js';
import { evaluateOneGate, expectOutcome, oneGatePolicy, ruleTester } from '../helpers/rule-tester.js';

// The harness itself: a case that does not hold must fail, or every table built on it proves nothing.

const result: GateResult = {
  id: 'checklist',
  rule: 'checklist',
  level: 'error',
  status: 'fail',
  summary: '1 problem',
  findings: [{ severity: 'error', message: 'not checked: "Security impact assessed"', file: 'a.md', line: 3 }],
};

describe('rule tester', () => {
  it('accepts what the gate said', () => {
    expectOutcome(result, {
      status: 'fail',
      summary: /problem/,
      findings: [{ severity: 'error', message: 'not checked', file: 'a.md', line: 3 }],
    });
  });

  it.each([
    ['another status', { status: 'pass' as const }],
    ['another summary', { summary: 'passed' }],
    ['a finding more', { findings: [] }],
    [
      'a finding less',
      {
        findings: [
          { severity: 'error' as const, message: 'x' },
          { severity: 'error' as const, message: 'y' },
        ],
      },
    ],
    ['another severity', { findings: [{ severity: 'warning' as const, message: 'not checked' }] }],
    ['a message that does not match', { findings: [{ severity: 'error' as const, message: /^missing/ }] }],
    ['another file', { findings: [{ severity: 'error' as const, message: 'not checked', file: 'b.md' }] }],
    ['another line', { findings: [{ severity: 'error' as const, message: 'not checked', line: 4 }] }],
  ])('refuses %s', (_, want) => {
    expect(() => expectOutcome(result, want)).toThrow();
  });

  it('loads the gate through the policy loader, which fills defaults and refuses bad options', async () => {
    const policy = await oneGatePolicy('reviews');
    expect(policy.gates[0]).toMatchObject({
      id: 'reviews',
      rule: 'reviews',
      level: 'error',
      options: { approvals: 1, invalidate_on_push: true },
    });
    await expect(oneGatePolicy('reviews', { approvals: 'two' })).rejects.toThrow(/the test policy is refused/);
    await expect(evaluateOneGate('checklist', { gate: {} })).rejects.toThrow(/refused/);
  });

  it('refuses a rule that is not registered', () => {
    expect(() => ruleTester('no-such-rule')).toThrow(/no rule named "no-such-rule"/);
  });
});
