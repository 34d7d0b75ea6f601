import { GitRepo } from '../facts/git.js';
import { createOsvSource } from '../facts/osv.js';
import { gitMonitorSources } from '../facts/refs.js';
import { readStateFile } from '../facts/state-file.js';
import { loadPolicyAtDefaultBranch } from '../monitor/load.js';
import { MonitorPolicyError, runMonitor, type MonitorResult } from '../monitor/monitor.js';
import { emptyState, parseState, renderState, type MonitorState } from '../monitor/state.js';
import type { PolicyError } from '../policy/types.js';
import { renderMonitorJson, renderMonitorMarkdown, renderMonitorText } from '../report/monitor.js';
import { DEFAULT_POLICY_PATH } from './defaults.js';
import { UsageError } from './errors.js';
import { openRepository } from './work-tree.js';

// The monitor use case on a local clone (the CLI): post-market surveillance of the released versions (tags) and
// watched branches, with the state (first sight, statuses) kept in a file.

const MAX_STATE_BYTES = 64 * 1024 * 1024;

export interface LocalMonitorInput {
  cwd: string;
  repo?: string;
  policy?: string;
  refs?: string[];
  now: Date;
  /** The state file, relative to `cwd`; a missing one starts the clocks today. */
  state?: string;
  format: 'text' | 'json' | 'markdown';
}

export type LocalMonitorOutcome =
  | { ok: false; branch: string; errors: PolicyError[] }
  /** `state`: the state to write back (when a state file was named), even when not every ref was checked. */
  | { ok: true; result: MonitorResult; rendered: string; state?: string };

export async function monitorLocal(input: LocalMonitorInput): Promise<LocalMonitorOutcome> {
  const repo = await openRepository(input.cwd, input.repo, 'work tree');
  const state = input.state ? await readState(input.cwd, input.state) : emptyState();
  const sources = gitMonitorSources(repo, {
    osvScan: createOsvSource({ deadline: AbortSignal.timeout(600_000), requestTimeoutMs: 30_000, retries: 2, retryDelayMs: 500 }),
  });
  const policy = await loadPolicyAtDefaultBranch(sources, input.policy ?? DEFAULT_POLICY_PATH);
  if ('missing' in policy) throw new UsageError(policy.missing);
  if (!policy.loaded.ok) return { ok: false, branch: policy.branch, errors: policy.loaded.errors };
  let outcome;
  try {
    outcome = await runMonitor({ policy: policy.loaded.policy, sources, now: input.now, ...(input.refs ? { refs: input.refs } : {}), state });
  } catch (e) {
    if (e instanceof MonitorPolicyError) throw new UsageError(e.message);
    throw e;
  }
  const { result } = outcome;
  const rendered = input.format === 'json' ? renderMonitorJson(result) : input.format === 'markdown' ? renderMonitorMarkdown(result) : renderMonitorText(result);
  return { ok: true, result, rendered, ...(input.state ? { state: renderState(outcome.state) } : {}) };
}

async function readState(cwd: string, path: string): Promise<MonitorState> {
  let bytes: Buffer | undefined;
  try {
    bytes = await readStateFile(cwd, path);
  } catch (e) {
    throw new UsageError(`--state ${path}: ${(e as Error).message}`);
  }
  // No file yet: the first run starts the clocks today and writes it.
  if (bytes === undefined) return emptyState();
  if (bytes.length > MAX_STATE_BYTES) throw new UsageError(`--state ${path} is larger than ${MAX_STATE_BYTES} bytes`);
  try {
    return parseState(bytes.toString('utf8'), path);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
