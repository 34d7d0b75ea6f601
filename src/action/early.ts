import { readEventPayloadSync } from '../facts/event-payload.js';
import type { GitHubClient } from '../github/client.js';
import { latestCheckRun, type ListedCheckRun } from '../publish/check-run.js';
import { actionClient, publishAllowanceMs } from './client.js';
import { readInputs, type ActionInputs } from './inputs.js';

// What the action does before the rest of it is loaded: read the inputs and the event, and send the first
// request — the look-up of this check run on the head commit, which publishing needs anyway — so that it
// travels while the engine, the rules and the parsers load. Only what that takes is imported here (see
// src/action.ts); nothing is sent for an event that is skipped (closed, a draft under `drafts: skip`, not a pull
// request or merge group), and the plan made later from the same payload stays the one that decides.

export interface EarlyStart {
  /** The inputs, read once (reading them registers the token as a secret), or why they could not be read. */
  inputs: ActionInputs | Error;
  /** The run's client, made when the budget started. */
  client?: GitHubClient;
  /** The head commit the look-up was sent for, and its answer (undefined when there is none). */
  checkRunLookup?: { headSha: string; run: Promise<ListedCheckRun | undefined> };
}

const isSha = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(v);

interface EarlyPayload {
  action?: unknown;
  merge_group?: { head_sha?: unknown; base_sha?: unknown };
  pull_request?: { state?: unknown; draft?: unknown; head?: { sha?: unknown } };
}

/** The head commit a check run will be written on, when the event will surely be evaluated. */
function headToCheck(eventName: string, payload: EarlyPayload, inputs: ActionInputs): string | undefined {
  if (eventName === 'merge_group') {
    const group = payload.merge_group;
    return isSha(group?.head_sha) && isSha(group?.base_sha) ? group.head_sha : undefined;
  }
  const pr = payload.pull_request;
  if (!pr || payload.action === 'closed' || pr.state === 'closed' || (pr.draft === true && inputs.drafts === 'skip')) return undefined;
  return isSha(pr.head?.sha) ? pr.head.sha : undefined;
}

export function startEarly(): EarlyStart {
  let inputs: ActionInputs;
  try {
    inputs = readInputs();
  } catch (e) {
    return { inputs: e as Error };
  }
  try {
    const eventName = process.env.GITHUB_EVENT_NAME ?? '';
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!inputs.checkRun || inputs.publishResult || !inputs.token || !owner || !repo || !process.env.GITHUB_EVENT_PATH) return { inputs };
    if (!['pull_request', 'pull_request_target', 'pull_request_review', 'merge_group'].includes(eventName)) return { inputs };
    // Small and local; read again (with its errors reported) by the run itself.
    const payload = readEventPayloadSync(process.env.GITHUB_EVENT_PATH) as EarlyPayload;
    const headSha = headToCheck(eventName, payload, inputs);
    if (!headSha) return { inputs };
    const budgetMs = inputs.timeoutSeconds * 1000;
    const client = actionClient(inputs, process.env.GITHUB_API_URL || 'https://api.github.com', budgetMs + publishAllowanceMs(budgetMs));
    const run = latestCheckRun(client, owner, repo, headSha, inputs.checkName);
    run.catch(() => undefined); // awaited (and its error handled) when the check run is written
    return { inputs, client, checkRunLookup: { headSha, run } };
  } catch {
    return { inputs };
  }
}
