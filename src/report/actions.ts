import type { EvaluationResult, FindingAction, GateResult } from '../core/types.js';
import { truncate } from './escape.js';

// "To pass": the steps that would turn the check green, one per distinct action across the blocking gates,
// in the order the gates are reported. A finding without an action of its own stands for itself (its message
// says what to do), once per gate, so a gate with 50 unexplained findings is one step, not 50.

export interface Step extends FindingAction {
  /** The gates this step clears findings of, in report order. */
  gates: string[];
}

/** Gates that make the check fail, worst first: those that could not be evaluated, then those that failed. */
export function blockingGates(result: EvaluationResult): GateResult[] {
  return [...result.gates.filter((g) => g.status === 'error'), ...result.gates.filter((g) => g.status === 'fail')];
}

export function stepsToPass(result: EvaluationResult): Step[] {
  const steps = new Map<string, Step>();
  const add = (action: FindingAction, gate: string) => {
    const key = `${action.text}\u0000${action.command ?? ''}`;
    const step = steps.get(key);
    if (!step) steps.set(key, { ...action, gates: [gate] });
    else if (!step.gates.includes(gate)) step.gates.push(gate);
  };
  for (const g of blockingGates(result)) {
    const failing = g.findings.filter((f) => f.severity === 'error');
    let unexplained = 0;
    let first: string | undefined;
    for (const f of failing) {
      if (f.action?.text.trim()) add(f.action, g.id);
      else if (unexplained++ === 0) first = f.message;
    }
    if (failing.length === 0) first = g.summary;
    if (first !== undefined) {
      const more = unexplained > 1 ? ` (and ${unexplained - 1} more below)` : '';
      add({ text: `${truncate(first, 300)}${more}` }, g.id);
    }
  }
  return mergeReasons([...steps.values()]);
}

/**
 * A step that is another with a reason added ("Ask erin to approve the latest commit 4f2a91c" and "Ask erin to
 * approve the latest commit 4f2a91c (owner of src/** by CODEOWNERS line 7)") is one step: the one with the reason,
 * clearing both gates' findings.
 */
function mergeReasons(steps: Step[]): Step[] {
  const withReason = new Map<string, Step>();
  for (const s of steps) {
    const open = s.text.lastIndexOf(' (');
    if (open > 0 && s.text.endsWith(')') && !withReason.has(s.text.slice(0, open))) withReason.set(s.text.slice(0, open), s);
  }
  const merged: Step[] = [];
  for (const s of steps) {
    const reasoned = withReason.get(s.text);
    const into = reasoned && (s.command === undefined || s.command === reasoned.command) ? reasoned : undefined;
    if (!into || into === s) {
      merged.push(s);
      continue;
    }
    for (const g of s.gates) if (!into.gates.includes(g)) into.gates.push(g);
  }
  return merged;
}
