import { GitRepo } from '../facts/git/index.js';
import type { GitHubFacts } from '../facts/github.js';
import { createOsvSource } from '../facts/osv.js';
import { gitMonitorSources } from '../facts/refs.js';
import { readStateFile } from '../facts/state-file.js';
import { loadPolicyAtDefaultBranch } from '../monitor/load.js';
import type { MonitorResult, MonitorSources, MonitorState } from '../core/monitor.js';
import { MonitorPolicyError, runMonitor } from '../monitor/monitor.js';
import { emptyState, parseState, renderState } from '../monitor/state.js';
import { PolicyLoader } from '../policy/load.js';
import type { Policy, PolicyError } from '../policy/types.js';
import { RULES } from '../rules/index.js';
import { renderMonitorJson, renderMonitorMarkdown, renderMonitorText } from '../report/monitor.js';
import { DEFAULT_POLICY_PATH } from './defaults.js';
import { UsageError } from './errors.js';
import { openRepository } from './work-tree.js';

// The monitor use case: post-market surveillance of the released versions (tags) and watched branches — on a local
// clone (the CLI, its state kept in a file) or on the runner's checkout (the action, its state in tracking issues).

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
    outcome = await runMonitor({
      policy: policy.loaded.policy,
      sources,
      now: input.now,
      ...(input.refs ? { refs: input.refs } : {}),
      state,
    });
  } catch (e) {
    if (e instanceof MonitorPolicyError) throw new UsageError(e.message);
    throw e;
  }
  const { result } = outcome;
  const rendered =
    input.format === 'json'
      ? renderMonitorJson(result)
      : input.format === 'markdown'
        ? renderMonitorMarkdown(result)
        : renderMonitorText(result);
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
  if (bytes.length > MAX_STATE_BYTES)
    throw new UsageError(
      `--state ${path} is larger than ${MAX_STATE_BYTES} bytes, more than sdlc-gate monitor writes — point --state at the file the monitor wrote`,
    );
  try {
    return parseState(bytes.toString('utf8'), path);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export interface CheckoutMonitorInput {
  /** The runner's checkout (GITHUB_WORKSPACE); without one, the policy is read through the API only to tell whether this is a monitor run. */
  workspace: string | undefined;
  eventName: string;
  policyPath: string;
  defaultBranch: string | undefined;
  api: GitHubFacts;
  maxFileBytes: number;
  timeoutMs: number;
  deadline: AbortSignal;
  log: (m: string) => void;
}

export type CheckoutMonitorPlan =
  /** No policy on the default branch, or one without a monitor: section: the ordinary handling of the event. */
  | { kind: 'not-monitor' }
  | { kind: 'invalid-policy'; branch: string; errors: PolicyError[] }
  | { kind: 'monitor'; policy: Policy; sources: MonitorSources; labels: string[] };

/** Whether this scheduled run is a monitor run, and if so the policy on the default branch and the checkout's sources. */
export async function planCheckoutMonitor(input: CheckoutMonitorInput): Promise<CheckoutMonitorPlan> {
  const { workspace, api, defaultBranch, policyPath, timeoutMs: ms } = input;
  const repo = workspace ? new GitRepo(workspace, input.maxFileBytes) : undefined;
  if (!repo || !(await repo.isRepository())) {
    // Without a checkout the policy is read through the API, only to tell whether this is a monitor run at all.
    const text = await api.readFile(defaultBranch ?? 'HEAD', policyPath).catch(() => undefined);
    const loaded = text
      ? await new PolicyLoader(RULES).load(
          policyPath,
          text.text,
          async (p) => (await api.readFile(defaultBranch ?? 'HEAD', p).catch(() => undefined))?.text,
          api.readRemotePolicy,
        )
      : undefined;
    if (!loaded?.ok || !loaded.policy.monitor) return { kind: 'not-monitor' };
    throw new Error(
      `a ${input.eventName} run reads the released versions from a checkout, and ${workspace ?? 'GITHUB_WORKSPACE'} is none — add actions/checkout with fetch-depth: 0 (so the tags are there) before sdlc-gate`,
    );
  }
  const sources = gitMonitorSources(repo, {
    ...(defaultBranch ? { defaultBranch } : {}),
    osvScan: createOsvSource({
      deadline: input.deadline,
      requestTimeoutMs: Math.min(30_000, ms / 4),
      retries: 3,
      retryDelayMs: Math.min(1000, ms / 60),
      log: input.log,
    }),
  });
  const policy = await loadPolicyAtDefaultBranch(sources, policyPath, api.readRemotePolicy);
  if ('missing' in policy) return { kind: 'not-monitor' }; // no policy on the default branch: not a monitor run
  if (!policy.loaded.ok) return { kind: 'invalid-policy', branch: policy.branch, errors: policy.loaded.errors };
  if (!policy.loaded.policy.monitor) return { kind: 'not-monitor' };
  return { kind: 'monitor', policy: policy.loaded.policy, sources, labels: policy.loaded.policy.monitor.labels };
}

/** One monitor run over the checkout's sources, from the state the tracking issues hold. */
export async function monitorCheckout(
  plan: { policy: Policy; sources: MonitorSources },
  state: MonitorState,
  now: Date,
): Promise<MonitorResult> {
  return (await runMonitor({ policy: plan.policy, sources: plan.sources, now, state })).result;
}
