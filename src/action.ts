import { isMainThread, workerData } from 'node:worker_threads';

// One bundle, three roles: the action's main thread; (started by it with an evaluation job) the worker thread
// that evaluates the gates — re-entering this file keeps the worker inside the single bundle (dist/index.js); and
// the CLI, whose bin (dist/cli/index.js, written by scripts/bundle.mjs) marks the global below and imports this
// bundle. Each role imports only its own code, so the CLI never loads the action's GitHub client: the action
// first imports what sends the first request (src/action/early.ts), and the rest loads while that request travels.
const CLI = Symbol.for('sdlc-gate/cli');

if ((globalThis as Record<symbol, unknown>)[CLI]) await import('./cli.js');
else if (isMainThread) {
  const { startEarly } = await import('./action/early.js');
  const early = startEarly();
  const { run } = await import('./action/run.js');
  await run(new URL(import.meta.url), early);
} else {
  const { evaluationWorker, isEvaluationJob } = await import('./action/evaluation.js');
  if (isEvaluationJob(workerData)) await evaluationWorker(workerData);
}
