import { isMainThread, workerData } from 'node:worker_threads';
import { ENTRY_URL, LOCKFILE_JOB } from './parsers/lockfiles/job.js';

// One bundle, four roles: the action's main thread; (started by it with an evaluation job) the worker thread
// that evaluates the gates — re-entering this file keeps the worker inside the single bundle (dist/index.js); and
// the CLI, whose bin (dist/cli/index.js, written by scripts/bundle.mjs) marks the global below and imports this
// bundle; and (started by the sbom gate) the worker thread that reads a large package-lock.json. Each role imports
// only its own code, so the CLI never loads the action's GitHub client: the action first imports what sends the
// first request (src/action/early.ts), and the rest loads while that request travels.
const CLI = Symbol.for('sdlc-gate/cli');
// Where this bundle is, for the parsers that start a worker thread on it (src/parsers/lockfiles/concurrent.ts).
(globalThis as Record<symbol, unknown>)[ENTRY_URL] = import.meta.url;

if ((globalThis as Record<symbol, unknown>)[CLI]) await import('./cli.js');
else if (isMainThread) {
  const { startEarly } = await import('./action/early.js');
  const early = startEarly();
  const { run } = await import('./action/run.js');
  await run(new URL(import.meta.url), early);
} else if ((workerData as { kind?: unknown } | null)?.kind === LOCKFILE_JOB) {
  // A large package-lock.json read on a second core (src/parsers/lockfiles/concurrent.ts).
  (await import('./parsers/lockfiles/worker.js')).lockfileWorker();
} else {
  const { evaluationWorker, isEvaluationJob } = await import('./action/evaluation.js');
  if (isEvaluationJob(workerData)) await evaluationWorker(workerData);
}
