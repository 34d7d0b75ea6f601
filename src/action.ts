import { isMainThread, workerData } from 'node:worker_threads';
import { evaluationWorker, isEvaluationJob } from './action/evaluation.js';
import { run } from './action/run.js';

// One file, two roles: the action's main thread, and (started by it with an evaluation job) the worker thread that
// evaluates the gates. Re-entering this file keeps the worker inside the single bundle (dist/index.js).
if (isMainThread) await run(new URL(import.meta.url));
else if (isEvaluationJob(workerData)) await evaluationWorker(workerData);
