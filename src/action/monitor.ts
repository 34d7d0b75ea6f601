import * as core from '@actions/core';
import { monitorCheckout, planCheckoutMonitor } from '../app/monitor.js';
import { formatPolicyError } from '../engine/check.js';
import { readEventPayloadOrEmpty } from '../facts/event-payload.js';
import { GitHubFacts } from '../facts/github.js';
import { ownLogin, stateFromIssues, syncIssues, trackedIssues } from '../publish/issues.js';
import { log, writeResultFile, writeSummary } from '../publish/runner.js';
import { escapeMarkdown } from '../report/escape.js';
import { renderMonitorJson, renderMonitorMarkdown } from '../report/monitor.js';
import { actionClient } from './evaluation.js';
import { MONITOR_EVENTS } from './events.js';
import type { ActionInputs } from './inputs.js';
import { plural } from '../util/text.js';

// The action on `schedule` and `workflow_dispatch` with a `monitor:` section: post-market surveillance of the
// released versions instead of a pull-request evaluation. The state (first sight, statuses, announced clocks)
// lives in the tracking issues; an incomplete run writes no issue at all.

/** Runs the monitor when the event and the policy call for it; false when this is not a monitor run. */
export async function maybeRunMonitor(eventName: string, inputs: ActionInputs): Promise<boolean> {
  if (!MONITOR_EVENTS.includes(eventName)) return false;
  const workspace = process.env.GITHUB_WORKSPACE;
  const payload = (await readEventPayloadOrEmpty(process.env.GITHUB_EVENT_PATH)) as { repository?: { default_branch?: string } };
  const defaultBranch = payload.repository?.default_branch || process.env.GITHUB_REF_NAME || undefined;
  const [owner, name] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !name) throw new Error('GITHUB_REPOSITORY is not set to owner/repo');

  const ms = inputs.timeoutSeconds * 1000;
  const deadline = AbortSignal.timeout(ms);
  const client = actionClient(inputs, process.env.GITHUB_API_URL || 'https://api.github.com', ms);
  const api = new GitHubFacts(client, owner, name, inputs.maxFileBytes);
  const plan = await planCheckoutMonitor({
    workspace,
    eventName,
    policyPath: inputs.policy,
    defaultBranch,
    api,
    maxFileBytes: inputs.maxFileBytes,
    timeoutMs: ms,
    deadline,
    log: (m) => log.info(m),
  });
  if (plan.kind === 'not-monitor') return false;
  if (plan.kind === 'invalid-policy') {
    const list = plan.errors.map((e) => `- ${escapeMarkdown(formatPolicyError(e))}`).join('\n');
    await writeSummary(
      `### 🛑 sdlc-gate monitor: the policy on ${escapeMarkdown(plan.branch)} is invalid\n\nNothing was checked:\n\n${list}\n`,
    );
    core.setOutput('status', 'fail');
    log.setFailed(`sdlc-gate: the policy on ${plan.branch} is invalid; nothing was monitored`);
    return true;
  }
  const { labels } = plan;
  if (!inputs.token)
    throw new Error('the token input is empty; pass token: ${{ github.token }} (the monitor keeps its tracking issues with it)');

  const login = await ownLogin(client);
  const issues = await trackedIssues({ client, owner, repo: name, labels }, login);
  const result = await monitorCheckout(plan, stateFromIssues(issues), new Date());

  const resultFile = await writeResultFile(renderMonitorJson(result), 'sdlc-gate-monitor');
  core.setOutput('status', result.status);
  core.setOutput('result-file', resultFile);
  await writeSummary(renderMonitorMarkdown(result));
  if (result.components_not_checked)
    log.warning(
      `sdlc-gate monitor: ${plural(result.components_not_checked, 'component')} could not be checked for vulnerabilities (${result.refs
        .filter((r) => r.not_checked.length)
        .map((r) => `${r.ref}: ${r.not_checked.length}`)
        .join(', ')}) — no vulnerabilities are known for them because none were looked up; the job summary lists them`,
    );

  if (result.unchecked.length || result.problems.length) {
    const reasons = [...result.problems, ...result.refs.flatMap((r) => r.problems.map((p) => `${r.ref}: ${p}`))];
    log.setFailed(
      `sdlc-gate monitor: not checked: ${result.unchecked.join(', ') || 'every ref'} — ${reasons.join('; ')}. No tracking issue was changed.`,
    );
    return true;
  }
  const done = await syncIssues({ client, owner, repo: name, labels }, result, issues, login);
  log.info(
    `tracking issues: ${done.created.length} created, ${done.updated.length} updated, ${done.commented.length} commented, ${done.closed.length} closed, ${done.unchanged.length} unchanged`,
  );
  if (result.status === 'fail') {
    const open = new Set(result.refs.flatMap((r) => r.findings.filter((f) => f.status === 'open' && f.failing).map((f) => f.key))).size;
    log.setFailed(
      `sdlc-gate monitor: ${open} open ${open === 1 ? 'vulnerability' : 'vulnerabilities'} at or above ${result.fail_on} (or in KEV) in the watched releases — see the tracking issues and the job summary`,
    );
  } else log.info('sdlc-gate monitor: pass');
  return true;
}
