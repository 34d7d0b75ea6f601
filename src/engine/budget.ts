import type { Worker } from 'node:worker_threads';
import type { GateConfig } from '../policy/types.js';
import type { GateResult } from '../core/types.js';

// The time budget, held even against CPU work: the gates are evaluated in a worker thread that reports each
// gate's result as it is known, and the main thread ends the worker when the budget is spent. The gates that did
// not finish end in `error` (fail closed); the finished ones keep their results, so the report is still written.

/** What the evaluation worker posts to the main thread. */
export type WorkerMessage = { type: 'gate'; index: number; result: GateResult } | { type: 'done' } | { type: 'failed'; message: string };

export interface BudgetOptions {
  /** Milliseconds left for the evaluation. */
  remainingMs: number;
  /** The whole budget in seconds, as the user set it (for messages). */
  budgetSeconds: number;
  /** Where the budget is set, for the advice (e.g. "the timeout-seconds input"). */
  setting: string;
}

/**
 * Starts the worker and collects one result per gate, in the policy's order. Resolves when the worker says it is
 * done, or when the budget is spent (the worker is terminated), or when the worker dies; never rejects.
 */
export function runGatesWithinBudget(gates: readonly GateConfig[], start: () => Worker, options: BudgetOptions): Promise<GateResult[]> {
  return new Promise((resolve) => {
    const results: (GateResult | undefined)[] = new Array(gates.length).fill(undefined);
    let settled = false;
    let worker: Worker | undefined;
    const finish = (why: Unfinished) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker?.terminate().catch(() => undefined);
      resolve(gates.map((gate, i) => results[i] ?? unfinishedGate(gate, why, options)));
    };
    const timer = setTimeout(() => finish({ kind: 'budget' }), Math.max(0, options.remainingMs));
    try {
      worker = start();
    } catch (e) {
      finish({ kind: 'failed', message: `the evaluation could not start: ${(e as Error).message}` });
      return;
    }
    worker.on('message', (m: WorkerMessage) => {
      if (settled) return;
      if (m.type === 'gate' && Number.isInteger(m.index) && m.index >= 0 && m.index < gates.length) results[m.index] = m.result;
      else if (m.type === 'done') finish({ kind: 'failed', message: 'the evaluation ended without its result' });
      else if (m.type === 'failed') finish({ kind: 'failed', message: m.message });
    });
    worker.on('error', (e) => finish({ kind: 'failed', message: `the evaluation stopped: ${e.message}` }));
    worker.on('exit', (code) => finish({ kind: 'failed', message: `the evaluation ended early (exit code ${code})` }));
  });
}

type Unfinished = { kind: 'budget' } | { kind: 'failed'; message: string };

/** The result of a gate that has none: an `error`, saying why and what to do. */
export function unfinishedGate(gate: GateConfig, why: Unfinished, options: Pick<BudgetOptions, 'budgetSeconds' | 'setting'>): GateResult {
  const base = { id: gate.id, rule: gate.rule, level: gate.level, ...(gate.refs ? { refs: gate.refs } : {}) };
  if (why.kind === 'budget') {
    const seconds = formatSeconds(options.budgetSeconds);
    return {
      ...base,
      status: 'error',
      summary: `did not finish within ${seconds} s`,
      findings: [
        {
          severity: 'error',
          message: `The gate did not finish within ${seconds} s (${options.setting}), so it fails.`,
          help: `Look for what makes it slow (a very large file or pull request body, many files to search), or raise ${options.setting} if the work is legitimate; the other gates' results stand.`,
        },
      ],
    };
  }
  return {
    ...base,
    status: 'error',
    summary: `could not be evaluated: ${why.message}`,
    findings: [{ severity: 'error', message: `The gate could not be evaluated, so it fails: ${why.message}` }],
  };
}

function formatSeconds(s: number): string {
  return Number.isInteger(s) ? String(s) : s.toFixed(1);
}
