import { Worker, parentPort, type WorkerOptions } from 'node:worker_threads';
import { evaluatePullRequestGates, type PullRequestRun } from '../app/pull-request.js';
import { runGatesWithinBudget, type WorkerMessage } from '../engine/budget.js';
import { overallStatus } from '../engine/evaluate.js';
import type { MergeGroupInfo } from '../facts/merge-group.js';
import { actionClient } from './client.js';
import type { Policy } from '../policy/types.js';
import { log } from '../publish/runner.js';
import { registerSecret } from '../report/redact.js';
import type { EvaluationResult, GateResult, PullRequest } from '../core/types.js';
import type { ActionInputs } from './inputs.js';

export { actionClient } from './client.js';

// The action's evaluation, run in a worker thread so that the time budget holds even when a gate spins on the CPU.
// The main thread reads the policy (bounded work) and publishes; the worker gets everything it needs as plain
// data, has the use case (src/app/pull-request.ts) build its facts (the checkout or the API), and posts each gate's
// result as it is known.
/** Marks workerData as this job, so the entry file knows it was started as the evaluation worker. */
export const WORKER_JOB = 'sdlc-gate/evaluation@1';

export interface EvaluationJob {
  kind: typeof WORKER_JOB;
  inputs: ActionInputs;
  pr: PullRequest;
  owner: string;
  repo: string;
  apiUrl: string;
  workspace?: string;
  /** Read through the API rather than the checkout (the main thread found the checkout unusable). */
  viaApi: boolean;
  /** The merge base the main thread found while preparing the checkout (so the worker does not ask git again). */
  mergeBase?: string;
  policy: Policy;
  /** Milliseconds the worker's API client may run before its requests are aborted. */
  remainingMs: number;
  /** A merge group's facts (its changes from the checkout, its pull request's reviews). */
  mergeGroup?: MergeGroupInfo;
}

export function isEvaluationJob(data: unknown): data is EvaluationJob {
  return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === WORKER_JOB;
}

/** The plain data of a job (or the main thread's plan) as the use case takes it. */
export function pullRequestRun(job: Pick<EvaluationJob, 'inputs' | 'pr' | 'owner' | 'repo' | 'mergeGroup'>): PullRequestRun {
  return {
    pr: job.pr,
    owner: job.owner,
    repo: job.repo,
    maxFileBytes: job.inputs.maxFileBytes,
    timeoutSeconds: job.inputs.timeoutSeconds,
    ...(job.mergeGroup ? { mergeGroup: job.mergeGroup } : {}),
  };
}

/**
 * Evaluates the policy's gates within the budget. With `entry` (the action's bundled entry file), in a worker
 * thread that is terminated when the budget is spent; without (the sources run under a test runner), in this
 * thread, where only waiting — not CPU work — can be cut short.
 */
export async function evaluateWithinBudget(
  job: EvaluationJob,
  entry: URL | undefined,
  meta: Omit<EvaluationResult, 'schema' | 'status' | 'gates'>,
): Promise<EvaluationResult> {
  const start = entry ? () => new Worker(entry, { workerData: job, env: process.env } satisfies WorkerOptions) : () => inProcessWorker(job);
  const gates = await runGatesWithinBudget(job.policy.gates, start, {
    remainingMs: job.remainingMs,
    budgetSeconds: job.inputs.timeoutSeconds,
    setting: 'the timeout-seconds input',
  });
  return { schema: 'sdlc-gate/result@1', status: overallStatus(gates), ...meta, gates };
}

/** The worker's side: evaluates and posts each gate's result, then `done` (or `failed`). */
export async function evaluationWorker(
  job: EvaluationJob,
  post: (m: WorkerMessage) => void = (m) => parentPort?.postMessage(m),
): Promise<void> {
  try {
    registerSecret(job.inputs.token);
    const client = actionClient(job.inputs, job.apiUrl, job.remainingMs);
    const run = {
      ...pullRequestRun(job),
      policy: job.policy,
      viaApi: job.viaApi,
      ...(job.workspace ? { workspace: job.workspace } : {}),
      ...(job.mergeBase ? { mergeBase: job.mergeBase } : {}),
    };
    await evaluatePullRequestGates(
      run,
      client,
      job.remainingMs,
      (m) => log.info(m),
      (index, result: GateResult) => post({ type: 'gate', index, result }),
    );
    post({ type: 'done' });
  } catch (e) {
    post({ type: 'failed', message: (e as Error)?.message ?? String(e) });
  }
}

/** The evaluation in this thread, behind the same interface as a Worker (events 'message', 'error', 'exit'). */
function inProcessWorker(job: EvaluationJob): Worker {
  const listeners = new Map<string, ((arg: unknown) => void)[]>();
  const emit = (event: string, arg: unknown) => queueMicrotask(() => listeners.get(event)?.forEach((l) => l(arg)));
  const fake = {
    on(event: string, listener: (arg: unknown) => void) {
      const list = listeners.get(event) ?? [];
      list.push(listener);
      listeners.set(event, list);
      return fake;
    },
    terminate: async () => 0,
  };
  void evaluationWorker(job, (m) => emit('message', m));
  return fake as unknown as Worker;
}
