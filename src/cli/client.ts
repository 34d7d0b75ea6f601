import { createClient, type GitHubClient } from '../github/client.js';
import { registerSecret } from '../report/redact.js';

// The CLI's GitHub client, when GITHUB_TOKEN is set: the token registered as a secret (never printed), requests
// aborted after `budgetMs`, rate-limit waits up to `maxRateLimitWaitMs`.

export function cliClient(env: Record<string, string | undefined>, budgetMs: number, maxRateLimitWaitMs: number): GitHubClient | undefined {
  const token = env.GITHUB_TOKEN;
  if (!token) return undefined;
  registerSecret(token);
  return createClient({
    token,
    baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
    deadline: AbortSignal.timeout(budgetMs),
    requestTimeoutMs: 30_000,
    retries: 2,
    retryDelayMs: 1000,
    maxRateLimitWaitMs,
  });
}
