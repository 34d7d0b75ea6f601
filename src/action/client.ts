import { createClient, type GitHubClient } from '../github/client.js';
import { log } from '../publish/runner.js';
import type { ActionInputs } from './inputs.js';

/** The API client for a run, its requests aborted after `budgetMs`. */
export function actionClient(inputs: ActionInputs, apiUrl: string, budgetMs: number): GitHubClient {
  return createClient({
    deadlineAt: Date.now() + Math.max(1, budgetMs),
    token: inputs.token,
    baseUrl: apiUrl,
    deadline: AbortSignal.timeout(Math.max(1, budgetMs)),
    requestTimeoutMs: Math.min(30_000, (inputs.timeoutSeconds * 1000) / 4),
    retries: 3,
    retryDelayMs: Math.min(1000, (inputs.timeoutSeconds * 1000) / 60),
    maxRateLimitWaitMs: inputs.timeoutSeconds * 1000,
    log: (m) => log.info(m),
  });
}

/** Time for writing the report after the budget: a quarter of it, at least 5 s and at most 60 s. */
export function publishAllowanceMs(budgetMs: number): number {
  return Math.min(60_000, Math.max(5_000, budgetMs / 4));
}
