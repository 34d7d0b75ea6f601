import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate.js';
import { PolicyLoader } from '../../src/policy/load.js';
import { RULES } from '../../src/rules/index.js';
import type { GateConfig } from '../../src/policy/types.js';
import type { Rule } from '../../src/core/rule.js';
import type { Finding, GateResult, GateStatus } from '../../src/core/types.js';
import { BASE, EVERYONE_WRITES, HEAD, plainFacts, policy, type PlainFacts } from './plain-facts.js';

// A table-driven harness in the style of ESLint's RuleTester: a gate's options and a few plain facts in, the gate's
// status and findings out. Each case goes the way a real run goes: the gate is written into a policy file, loaded and
// validated by the policy loader (which fills the option defaults), and evaluated by the engine, so a case tests the
// rule as a policy author meets it, whatever the rule's own calling convention.

/** What one finding must look like: a string is a substring of the message, a RegExp must match it. */
export interface ExpectedFinding {
  severity: Finding['severity'];
  message: string | RegExp;
  file?: string;
  line?: number;
}

export interface RuleCase {
  name: string;
  /** The gate's own keys as a policy author writes them (the rule's options and the common keys: level, when, refs). */
  gate?: Record<string, unknown>;
  /** Other top-level policy keys (groups, classification). */
  policy?: Record<string, unknown>;
  /** The world: PR data, changed files, reviews, teams, files at base and head (see helpers/plain-facts.ts). */
  facts?: PlainFacts;
  expect: {
    status?: GateStatus;
    /** The findings, in order; every one listed, none more. Omit to check the status alone. */
    findings?: ExpectedFinding[];
    /** The gate's one-line summary: substring or RegExp. */
    summary?: string | RegExp;
  };
}

export const META = { base: BASE, head: HEAD, policy: { path: '.github/sdlc-gate.yml', ref: BASE, sha256: '0'.repeat(64) } };
const loader = new PolicyLoader(RULES);

/** Loads a policy holding the one gate (id = rule name), refusing it loudly when the loader would. */
export async function oneGatePolicy(ruleName: string, gate: Record<string, unknown> = {}, rest: Record<string, unknown> = {}) {
  const text = JSON.stringify({ version: 1, ...rest, gates: { [ruleName]: gate } }, null, 2);
  const loaded = await loader.load('.github/sdlc-gate.yml', text, async () => undefined);
  if (!loaded.ok) throw new Error(`the test policy is refused: ${loaded.errors.map((e) => e.message).join('; ')}`);
  return loaded.policy;
}

/** Evaluates one gate of `ruleName` with `gate` options over `facts`, through the policy loader and the engine. */
export async function evaluateOneGate(ruleName: string, c: Pick<RuleCase, 'gate' | 'policy' | 'facts'>): Promise<GateResult> {
  const policy = await oneGatePolicy(ruleName, c.gate, c.policy);
  const result = await evaluate(policy, plainFacts(c.facts ?? {}), RULES, META);
  return result.gates[0]!;
}

function matches(actual: string | undefined, expected: string | RegExp): boolean {
  if (actual === undefined) return false;
  return typeof expected === 'string' ? actual.includes(expected) : expected.test(actual);
}

/** Checks a gate result against a case's expectations; the failure message shows what the gate said. */
export function expectOutcome(g: GateResult, want: RuleCase['expect']): void {
  const shown = JSON.stringify({ status: g.status, summary: g.summary, findings: g.findings }, null, 2);
  if (want.status) expect(g.status, shown).toBe(want.status);
  if (want.summary !== undefined)
    expect(matches(g.summary, want.summary), `summary ${JSON.stringify(g.summary)} should match ${String(want.summary)}`).toBe(true);
  if (want.findings) {
    expect(g.findings.length, shown).toBe(want.findings.length);
    want.findings.forEach((f, i) => {
      const got = g.findings[i]!;
      expect(got.severity, shown).toBe(f.severity);
      expect(matches(got.message, f.message), `finding ${i}: ${JSON.stringify(got.message)} should match ${String(f.message)}`).toBe(true);
      if (f.file !== undefined) expect(got.file, shown).toBe(f.file);
      if (f.line !== undefined) expect(got.line, shown).toBe(f.line);
    });
  }
}

/** `ruleTester('checklist').run([...cases])`: one vitest test per case, in a describe block named after the rule. */
export function ruleTester(ruleName: string) {
  if (!RULES.some((r) => r.name === ruleName)) throw new Error(`no rule named "${ruleName}" is registered`);
  return {
    run(cases: readonly RuleCase[]): void {
      describe(`${ruleName} (table)`, () => {
        for (const c of cases) {
          it(c.name, async () => {
            if (!c.expect.status && !c.expect.findings && c.expect.summary === undefined)
              throw new Error(`case "${c.name}" expects nothing`);
            expectOutcome(await evaluateOneGate(ruleName, c), c.expect);
          });
        }
      });
    },
  };
}

// Hand-built gates, for tests that reach past the policy loader (several gates, a rule that is not registered).
// The options are taken as given, with the review rules' defaults filled as the loader would.

const REVIEW_DEFAULTS = {
  approvals: 1,
  code_owners: false,
  invalidate_on_push: true,
  block_on_changes_requested: true,
  allow_contributor: false,
};

export function gateConfig(id: string, options: Record<string, unknown>, extra: Partial<GateConfig> = {}): GateConfig {
  const rule = extra.rule ?? id;
  const defaults = rule === 'reviews' ? REVIEW_DEFAULTS : { approvals: 1, invalidate_on_push: true, allow_contributor: false };
  return { id, rule, level: 'error', options: { ...defaults, ...options }, ...extra };
}

/** Cases about something other than who may approve: everyone who reviews may push (unless the case says otherwise). */
export function everyoneWrites<C extends { facts?: PlainFacts }>(cases: readonly C[]): C[] {
  return cases.map((c) => ({ ...c, facts: { permissions: EVERYONE_WRITES, ...c.facts } }));
}

/** Evaluates hand-built gates in a policy whose `src/dosing/**` item is class C (the rest class B). */
export async function runGates(
  gates: GateConfig[],
  facts: PlainFacts,
  groups: Record<string, string[]> = {},
  rules: readonly Rule[] = RULES,
) {
  const p = policy({ gates, groups, classification: { default: 'B', items: [{ name: 'dosing', paths: ['src/dosing/**'], class: 'C' }] } });
  return evaluate(p, plainFacts(facts), rules, META);
}
