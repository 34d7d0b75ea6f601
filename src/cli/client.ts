import type { GitHubClient } from '../github/client.js';
import type { RemotePolicyReader } from '../policy/load.js';
import { registerSecret } from '../report/redact.js';

// The CLI's GitHub client, when GITHUB_TOKEN is set: the token registered as a secret (never printed), requests
// aborted after `budgetMs`, rate-limit waits up to `maxRateLimitWaitMs`. The client (octokit) is loaded only then.

export async function cliClient(
  env: Record<string, string | undefined>,
  budgetMs: number,
  maxRateLimitWaitMs: number,
): Promise<GitHubClient | undefined> {
  const token = env.GITHUB_TOKEN;
  if (!token) return undefined;
  registerSecret(token);
  const { createClient } = await import('../github/client.js');
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

/** Central policies (`extends: owner/repo/path@ref`) are read through the API when GITHUB_TOKEN is set. */
export async function remotePolicyReader(env: Record<string, string | undefined>): Promise<RemotePolicyReader | undefined> {
  const client = await cliClient(env, 120_000, 30_000);
  if (!client) return undefined;
  const { remotePolicyReader: apiPolicyReader } = await import('../app/remote-policy.js');
  return apiPolicyReader(client);
}
