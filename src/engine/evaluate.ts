import { classifier } from '../core/classification.js';
import type { GateConfig, Policy } from '../policy/types.js';
import type { Rule } from '../core/rule.js';
import { gateContext } from '../policy/context.js';
import type { EvaluationResult, Facts, Finding, GateResult, GateStatus, OverallStatus } from '../core/types.js';
import { globMatcher } from '../util/glob.js';
import { listing, plural } from '../util/text.js';

// Runs the gates of a policy against the facts of one pull request. Pure apart from what the facts fetch.
// Fail closed: a gate whose rule throws (an API error, a refused file, a bug) ends in `error`, never `pass`.

export interface EvaluationMeta {
  base: string;
  head: string;
  policy: EvaluationResult['policy'];
}

/** Told each gate's result as soon as it is known (the index is the gate's place in policy.gates). */
export type GateListener = (index: number, result: GateResult) => void;

export async function evaluate(
  policy: Policy,
  facts: Facts,
  rules: readonly Rule[],
  meta: EvaluationMeta,
  onGate?: GateListener,
): Promise<EvaluationResult> {
  const byName = new Map(rules.map((r) => [r.name, r]));
  // Gates run concurrently; facts are memoized, so shared facts are fetched once.
  const gates = await Promise.all(
    policy.gates.map(async (gate, index) => {
      const result = await evaluateGate(gate, policy, facts, byName.get(gate.rule));
      onGate?.(index, result);
      return result;
    }),
  );
  return { schema: 'sdlc-gate/result@1', status: overallStatus(gates), base: meta.base, head: meta.head, policy: meta.policy, gates };
}

export function overallStatus(gates: readonly GateResult[]): OverallStatus {
  return gates.some((g) => g.status === 'fail' || g.status === 'error') ? 'fail' : 'pass';
}

async function evaluateGate(gate: GateConfig, policy: Policy, facts: Facts, rule: Rule | undefined): Promise<GateResult> {
  const base = { id: gate.id, rule: gate.rule, level: gate.level, ...(gate.refs ? { refs: gate.refs } : {}) };
  try {
    if (!rule) throw new Error(`no rule named "${gate.rule}" is registered`);
    const skipReason = await whyNotApplicable(gate, policy, facts);
    if (skipReason) return { ...base, status: 'skip', summary: skipReason, findings: [] };
    const ctx = gateContext(policy, gate.id);
    const outcome = await rule.evaluate(gate.options, facts, ctx);
    const findings = Array.isArray(outcome) ? outcome : outcome.findings;
    const status = statusOf(findings, gate.level);
    const summary = (!Array.isArray(outcome) && outcome.summary) || defaultSummary(findings, status);
    const tables = !Array.isArray(outcome) && outcome.tables?.length ? { tables: outcome.tables } : {};
    return { ...base, status, summary, findings, ...tables };
  } catch (e) {
    const message = errorMessage(e);
    return {
      ...base,
      status: 'error',
      summary: `could not be evaluated: ${message}`,
      findings: [{ severity: 'error', message: `The gate could not be evaluated, so it fails: ${message}` }],
    };
  }
}

function statusOf(findings: readonly Finding[], level: GateConfig['level']): GateStatus {
  if (!findings.some((f) => f.severity === 'error')) return 'pass';
  return level === 'warning' ? 'warn' : 'fail';
}

function defaultSummary(findings: readonly Finding[], status: GateStatus): string {
  const errors = findings.filter((f) => f.severity === 'error');
  if (status === 'pass') {
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    return warnings ? `passed with ${plural(warnings, 'warning')}` : 'passed';
  }
  return errors.length === 1 ? errors[0]!.message : `${plural(errors.length, 'problem')}: ${errors[0]!.message}`;
}

/** Why the gate's `when` does not hold, or undefined when the gate applies. */
async function whyNotApplicable(gate: GateConfig, policy: Policy, facts: Facts): Promise<string | undefined> {
  const when = gate.when;
  if (!when) return undefined;
  if (when.paths?.length || when.class?.length) {
    const changed = (await facts.changedFiles()).flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]);
    if (when.paths?.length) {
      const matches = globMatcher(when.paths);
      if (!changed.some(matches)) return `skipped: no changed file matches ${listing(when.paths, 'or')}`;
    }
    if (when.class?.length) {
      const classOf = classifier(policy.classification);
      if (!changed.some((p) => when.class!.includes(classOf(p)))) {
        return `skipped: no changed file is in a class ${listing(when.class, 'or')} software item`;
      }
    }
  }
  if (when.labels?.length) {
    const labels = new Set((await facts.pr()).labels);
    if (!when.labels.some((l) => labels.has(l))) return `skipped: the pull request has none of the labels ${listing(when.labels, 'or')}`;
  }
  return undefined;
}

function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message.split('\n')[0]!.trim() || e.name;
  return String(e);
}
