import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { GitRepo } from '../facts/git/index.js';
import { createOsvSource } from '../facts/osv.js';
import { gitMonitorSources } from '../facts/refs.js';
import { GitHubFacts } from '../facts/github.js';
import { formatPolicyError } from '../engine/check.js';
import { loadPolicyAtDefaultBranch } from '../monitor/load.js';
import { PolicyLoader } from '../policy/load.js';
import { RULES } from '../rules/index.js';
import { runMonitor } from '../monitor/monitor.js';
import { ownLogin, stateFromIssues, syncIssues, trackedIssues } from '../publish/issues.js';
import { log, writeResultFile, writeSummary } from '../publish/runner.js';
import { escapeMarkdown } from '../report/escape.js';
import { renderMonitorJson, renderMonitorMarkdown } from '../report/monitor.js';
import { actionClient } from './evaluation.js';
import type { ActionInputs } from './inputs.js';

// The action on `schedule` and `workflow_dispatch` with a `monitor:` section: post-market surveillance of the
// released versions instead of a pull-request evaluation. The state (first sight, statuses, announced clocks)
// lives in the tracking issues; an incomplete run writes no issue at all.

export const MONITOR_EVENTS = ['schedule', 'workflow_dispatch'];

/** Runs the monitor when the event and the policy call for it; false when this is not a monitor run. */
export async function maybeRunMonitor(eventName: string, inputs: ActionInputs): Promise<boolean> {
  if (!MONITOR_EVENTS.includes(eventName)) return false;
  const workspace = process.env.GITHUB_WORKSPACE;
  const payload = await readPayload(process.env.GITHUB_EVENT_PATH);
  const defaultBranch = payload.repository?.default_branch || process.env.GITHUB_REF_NAME || undefined;
  const [owner, name] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !name) throw new Error('GITHUB_REPOSITORY is not set to owner/repo');

  const ms = inputs.timeoutSeconds * 1000;
  const deadline = AbortSignal.timeout(ms);
  const client = actionClient(inputs, process.env.GITHUB_API_URL || 'https://api.github.com', ms);
  const api = new GitHubFacts(client, owner, name, inputs.maxFileBytes);
  const repo = workspace ? new GitRepo(workspace, inputs.maxFileBytes) : undefined;
  if (!repo || !(await repo.isRepository())) {
    // Without a checkout the policy is read through the API, only to tell whether this is a monitor run at all.
    const text = await api.readFile(defaultBranch ?? 'HEAD', inputs.policy).catch(() => undefined);
    const loaded = text ? await new PolicyLoader(RULES).load(inputs.policy, text.text, async (p) => (await api.readFile(defaultBranch ?? 'HEAD', p).catch(() => undefined))?.text, api.readRemotePolicy) : undefined;
    if (!loaded?.ok || !loaded.policy.monitor) return false;
    throw new Error(`a ${eventName} run reads the released versions from a checkout, and ${workspace ?? 'GITHUB_WORKSPACE'} is none — add actions/checkout with fetch-depth: 0 (so the tags are there) before sdlc-gate`);
  }
  const sources = gitMonitorSources(repo, {
    ...(defaultBranch ? { defaultBranch } : {}),
    osvScan: createOsvSource({ deadline, requestTimeoutMs: Math.min(30_000, ms / 4), retries: 3, retryDelayMs: Math.min(1000, ms / 60), log: (m) => log.info(m) }),
  });
  const policy = await loadPolicyAtDefaultBranch(sources, inputs.policy, api.readRemotePolicy);
  if ('missing' in policy) return false; // no policy on the default branch: not a monitor run
  if (!policy.loaded.ok) {
    const list = policy.loaded.errors.map((e) => `- ${escapeMarkdown(formatPolicyError(e))}`).join('\n');
    await writeSummary(`### 🛑 sdlc-gate monitor: the policy on ${escapeMarkdown(policy.branch)} is invalid\n\nNothing was checked:\n\n${list}\n`);
    core.setOutput('status', 'fail');
    log.setFailed(`sdlc-gate: the policy on ${policy.branch} is invalid; nothing was monitored`);
    return true;
  }
  if (!policy.loaded.policy.monitor) return false; // no monitor: section — the ordinary handling of the event
  const labels = policy.loaded.policy.monitor.labels;
  if (!inputs.token) throw new Error('the token input is empty; pass token: ${{ github.token }} (the monitor keeps its tracking issues with it)');

  const login = await ownLogin(client);
  const issues = await trackedIssues({ client, owner, repo: name, labels }, login);
  const { result } = await runMonitor({ policy: policy.loaded.policy, sources, now: new Date(), state: stateFromIssues(issues) });

  const resultFile = await writeResultFile(renderMonitorJson(result), 'sdlc-gate-monitor');
  core.setOutput('status', result.status);
  core.setOutput('result-file', resultFile);
  await writeSummary(renderMonitorMarkdown(result));

  if (result.unchecked.length || result.problems.length) {
    const reasons = [...result.problems, ...result.refs.flatMap((r) => r.problems.map((p) => `${r.ref}: ${p}`))];
    log.setFailed(`sdlc-gate monitor: not checked: ${result.unchecked.join(', ') || 'every ref'} — ${reasons.join('; ')}. No tracking issue was changed.`);
    return true;
  }
  const done = await syncIssues({ client, owner, repo: name, labels }, result, issues, login);
  log.info(`tracking issues: ${done.created.length} created, ${done.updated.length} updated, ${done.commented.length} commented, ${done.closed.length} closed, ${done.unchanged.length} unchanged`);
  if (result.status === 'fail') {
    const open = new Set(result.refs.flatMap((r) => r.findings.filter((f) => f.status === 'open' && f.failing).map((f) => f.key))).size;
    log.setFailed(`sdlc-gate monitor: ${open} open ${open === 1 ? 'vulnerability' : 'vulnerabilities'} at or above ${result.fail_on} (or in KEV) in the watched releases — see the tracking issues and the job summary`);
  } else log.info('sdlc-gate monitor: pass');
  return true;
}

async function readPayload(path: string | undefined): Promise<{ repository?: { default_branch?: string } }> {
  if (!path) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8')) as { repository?: { default_branch?: string } };
  } catch {
    return {};
  }
}
