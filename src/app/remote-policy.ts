import { GitHubFacts } from '../facts/github.js';
import type { GitHubClient } from '../github/client.js';
import type { RemotePolicyReader } from '../policy/load.js';
import { MAX_POLICY_BYTES } from './defaults.js';

// Central policies read through the API: what `check` and `validate` share, apart from the evaluation (./check.ts).

/** Central policies (`extends: owner/repo/path@ref`) read through the API, when there is a client. */
export function remotePolicyReader(client: GitHubClient | undefined): RemotePolicyReader | undefined {
  return client && new GitHubFacts(client, '', '', MAX_POLICY_BYTES).readRemotePolicy;
}
