import * as core from '@actions/core';
import type { PullRequest, ReportContext } from '../core/types.js';
import type { GitHubClient } from '../github/client.js';
import type { PolicyError } from '../policy/types.js';
import { formatPolicyError, loadPolicy, type CheckOutcome } from '../engine/check.js';
import { openCheckout, pullRequestSources } from '../app/pull-request.js';
import { readEventPayload } from '../facts/event-payload.js';
import { GitHubFacts } from '../facts/github.js';
import { publishCheckRun, publishPolicyErrors, type CheckRunRequest } from '../publish/check-run.js';
import { commentMarker, tokenKind, upsertComment } from '../publish/comment.js';
import { log, writeResultFile, writeSummary } from '../publish/runner.js';
import { writeWorkflowAnnotations } from '../publish/workflow-annotations.js';
import { toAnnotations, type Annotation } from '../report/annotations.js';
import { escapeMarkdown } from '../report/escape.js';
import { renderJson } from '../report/json.js';
import { linksFromEnvironment, MAX_COMMENT_LENGTH, MAX_SUMMARY_BYTES, renderMarkdown } from '../report/markdown.js';
import { actionClient, publishAllowanceMs } from './client.js';
import type { EarlyStart } from './early.js';
import { evaluateWithinBudget, pullRequestRun, WORKER_JOB } from './evaluation.js';
import { MONITOR_EVENTS, planEvent, PR_EVENTS } from './events.js';
import { readInputs, type ActionInputs } from './inputs.js';

// The action: event → facts (checkout first, API for the rest) → the shared evaluation → every publisher.

/**
 * Runs the action. `workerEntry` is the file that, started as a worker thread with an EvaluationJob, evaluates
 * the gates (the bundle re-enters itself; see src/action.ts); without it the gates run in this thread.
 */
export async function run(workerEntry?: URL, early?: EarlyStart): Promise<void> {
  try {
    const inputs = early ? early.inputs : readInputs();
    if (inputs instanceof Error) throw inputs;
    await runAction(inputs, workerEntry, early);
  } catch (e) {
    const message = (e as Error)?.message ?? String(e);
    // Even a run that could not start leaves its reason where people look.
    await writeSummary(`### 🛑 sdlc-gate could not run\n\n${escapeMarkdown(message)}\n`).catch(() => undefined);
    log.setFailed(`sdlc-gate: ${message}`);
  }
}

async function runAction(inputs: ActionInputs, workerEntry: URL | undefined, early: EarlyStart | undefined): Promise<void> {
  const eventName = process.env.GITHUB_EVENT_NAME ?? '';
  const apiUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
  const budgetMs = inputs.timeoutSeconds * 1000;
  // The release record, the monitor and publish-result are imported only for the runs that do them.
  if (eventName === 'push' || eventName === 'release') {
    const { releaseTag, runRelease } = await import('./release.js');
    const tag = releaseTag(eventName, process.env.GITHUB_REF, await readEventPayload(process.env.GITHUB_EVENT_PATH));
    if (tag) {
      const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
      if (!owner || !repo) throw new Error('GITHUB_REPOSITORY is not set to owner/repo');
      if (!inputs.token) throw new Error('the token input is empty; pass token: ${{ github.token }}');
      return runRelease(tag, inputs, actionClient(inputs, apiUrl, budgetMs), owner, repo, AbortSignal.timeout(budgetMs));
    }
  }
  // schedule/workflow_dispatch with a monitor: section
  if (MONITOR_EVENTS.includes(eventName) && (await (await import('./monitor.js')).maybeRunMonitor(eventName, inputs))) return;
  if (!inputs.publishResult && !PR_EVENTS.includes(eventName) && eventName !== 'merge_group') {
    // No event payload read and no request made.
    return skipRun(
      `sdlc-gate checks pull requests; this workflow ran on "${eventName || 'an unknown event'}", so nothing was checked. Trigger it on pull_request (and merge_group for a merge queue).`,
    );
  }
  const payload = await readEventPayload(process.env.GITHUB_EVENT_PATH);
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new Error('GITHUB_REPOSITORY is not set to owner/repo');
  if (!inputs.token) throw new Error('the token input is empty; pass token: ${{ github.token }}');

  // The budget (timeout-seconds) covers reading the policy and evaluating the gates; publishing gets its own
  // allowance after it, so a run that spent its budget still leaves its report.
  const started = Date.now();
  const client = early?.client ?? actionClient(inputs, apiUrl, budgetMs + publishAllowanceMs(budgetMs));
  if (inputs.publishResult)
    return (await import('./publish-result.js')).publishResultFile({ inputs, eventName, payload, client, owner, repo });
  const plan = await planEvent(eventName, payload, inputs.drafts, {
    pullRequest: (n) => new GitHubFacts(client, owner, repo, inputs.maxFileBytes).pullRequest(n),
  });
  if (plan.kind === 'skip') return skipRun(plan.reason);
  const { pr } = plan;
  // The check run's look-up sent at start-up (src/action/early.ts), when it was for this head commit.
  const lookup = early?.checkRunLookup?.headSha === pr.headSha ? { before: early.checkRunLookup.run } : {};
  const mergeGroup = plan.mergeGroup ? { mergeGroup: plan.mergeGroup } : {};
  const prRun = pullRequestRun({ inputs, pr, owner, repo, ...mergeGroup });
  const checkout = await openCheckout(process.env.GITHUB_WORKSPACE, prRun, (m) => log.info(m));
  if (!checkout.checkout) log.info(`reading the pull request through the API: ${checkout.reason}`);
  const { sources, api } = pullRequestSources(prRun, client, checkout.checkout, budgetMs, (m) => log.info(m));

  const target: RunTarget = { inputs, client, owner, repo, pr, lookup };
  const loaded = await loadPolicyOrReport(
    target,
    () => loadPolicy(inputs.policy, sources, api.readRemotePolicy),
    budgetMs - (Date.now() - started),
  );
  const outcome: CheckOutcome = loaded.ok
    ? {
        ok: true,
        report: {
          result: await evaluateWithinBudget(
            {
              kind: WORKER_JOB,
              inputs,
              pr,
              owner,
              repo,
              apiUrl,
              ...(process.env.GITHUB_WORKSPACE ? { workspace: process.env.GITHUB_WORKSPACE } : {}),
              viaApi: !checkout.checkout,
              ...(checkout.mergeBase ? { mergeBase: checkout.mergeBase } : {}),
              policy: loaded.policy,
              remainingMs: budgetMs - (Date.now() - started),
              ...mergeGroup,
            },
            workerEntry,
            { base: pr.baseSha, head: pr.headSha, policy: loaded.source },
          ),
          pr: pr.number ? { number: pr.number, title: pr.title } : undefined,
          notes: loaded.notes,
        },
      }
    : loaded;

  if (!outcome.ok) return reportPolicyErrors(target, outcome.errors);
  return publishReport(target, outcome.report, plan.comment);
}

/** What the publishers write to: the pull request's head commit in owner/repo, through the run's client. */
interface RunTarget {
  inputs: ActionInputs;
  client: GitHubClient;
  owner: string;
  repo: string;
  pr: PullRequest;
  /** The check run's look-up sent at start-up, when it was for this head commit. */
  lookup: Pick<CheckRunRequest, 'before'>;
}

/** A run that evaluates nothing: a notice, the skip outputs, and the reason in the job summary. */
async function skipRun(reason: string): Promise<void> {
  log.notice(reason);
  core.setOutput('status', 'skip');
  core.setOutput('failed-gates', '');
  await writeSummary(`### ⏭️ sdlc-gate: skipped\n\n${escapeMarkdown(reason)}\n`);
}

/** The policy, read within the budget; when it cannot be read, a failing check run says so before the error is rethrown. */
async function loadPolicyOrReport<T>(target: RunTarget, load: () => Promise<T>, remainingMs: number): Promise<T> {
  const { inputs, client, owner, repo, pr, lookup } = target;
  try {
    return await withinBudget(load(), remainingMs, inputs.timeoutSeconds);
  } catch (e) {
    // Nothing was evaluated; the failing check run says so, so the pull request does not wait for a check that never comes.
    if (inputs.checkRun) {
      const message = (e as Error)?.message ?? String(e);
      await publishCheckRun({
        client,
        owner,
        repo,
        name: inputs.checkName,
        headSha: pr.headSha,
        ...lookup,
        conclusion: 'failure',
        title: 'sdlc-gate could not run',
        summary: `### 🛑 sdlc-gate could not run\n\n${escapeMarkdown(message)}\n`,
        annotations: [],
      }).catch(() => undefined);
    }
    throw e;
  }
}

/** An invalid policy: each error logged, the list in the job summary and a failing check run, and the step failed. */
async function reportPolicyErrors(target: RunTarget, errors: PolicyError[]): Promise<void> {
  const { inputs, client, owner, repo, pr, lookup } = target;
  for (const e of errors) log.error(e.message, { file: e.file, startLine: e.line, startColumn: e.col, title: 'sdlc-gate policy' });
  const list = errors.map((e) => `- ${escapeMarkdown(formatPolicyError(e))}`).join('\n');
  const summary = `### 🛑 sdlc-gate: the policy is invalid\n\nNothing was evaluated. Fix these and push again (\`sdlc-gate validate\` shows them locally):\n\n${list}\n`;
  await writeSummary(summary);
  // A completed, failing check run, so branch protection shows why (never a check left pending).
  if (inputs.checkRun) {
    const written = await publishPolicyErrors(
      { client, owner, repo, name: inputs.checkName, headSha: pr.headSha, ...lookup },
      errors,
      summary,
    ).catch((e: Error) => ({ kind: 'forbidden' as const, message: `the check run could not be written: ${e.message}` }));
    if (written.kind === 'forbidden') log.warning(written.message);
  }
  core.setOutput('status', 'fail');
  core.setOutput('failed-gates', '');
  log.setFailed(
    `sdlc-gate: the policy is invalid (${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}); nothing was evaluated`,
  );
}

/** The evaluated report: result file, outputs and job summary first, then the check run (or workflow annotations), the comment, and the step's status. */
async function publishReport(target: RunTarget, report: ReportContext, comment: boolean): Promise<void> {
  const { inputs } = target;
  const { result } = report;
  report.links = linksFromEnvironment(process.env);
  const failedGates = result.gates.filter((g) => g.status === 'fail' || g.status === 'error').map((g) => g.id);
  const warnedGates = result.gates.filter((g) => g.status === 'warn').map((g) => g.id);
  const failsStep =
    inputs.failOn === 'error' ? failedGates.length > 0 : inputs.failOn === 'warning' ? failedGates.length + warnedGates.length > 0 : false;

  // The summary and outputs come first: whatever the API does next, they are not lost.
  const resultFile = await writeResultFile(renderJson(result), inputs.checkName);
  core.setOutput('status', result.status);
  core.setOutput('failed-gates', failedGates.join(','));
  core.setOutput('result-file', resultFile);
  await writeSummary(renderMarkdown(report, { maxBytes: MAX_SUMMARY_BYTES }));

  const annotations = toAnnotations(result);
  const annotated = inputs.checkRun ? await publishReportCheckRun(target, report, failedGates, warnedGates, annotations) : false;
  if (!annotated) writeWorkflowAnnotations(annotations);

  if (inputs.comment !== 'never' && comment) await publishReportComment(target, report);

  if (failsStep) {
    const names = [...failedGates, ...(inputs.failOn === 'warning' ? warnedGates : [])];
    log.setFailed(
      `sdlc-gate: ${names.length} ${names.length === 1 ? 'gate' : 'gates'} failed: ${names.join(', ')} — see the job summary or the pull request comment`,
    );
  } else log.info(`sdlc-gate: ${result.status}`);
}

/** The report's check run; whether it carries the annotations (false when it could not be written). */
async function publishReportCheckRun(
  target: RunTarget,
  report: ReportContext,
  failedGates: string[],
  warnedGates: string[],
  annotations: Annotation[],
): Promise<boolean> {
  const { inputs, client, owner, repo, pr, lookup } = target;
  const { result } = report;
  try {
    const blocking = result.status === 'fail' || (inputs.failOn === 'warning' && warnedGates.length > 0);
    const checkRun = await publishCheckRun({
      client,
      owner,
      repo,
      name: inputs.checkName,
      headSha: pr.headSha,
      ...lookup,
      conclusion: blocking ? 'failure' : 'success',
      title: failedGates.length ? `${failedGates.length} failed: ${failedGates.join(', ')}` : 'all gates passed or skipped',
      summary: renderMarkdown(report, { maxLength: 65_000, whole: 'job-summary' }),
      annotations,
    });
    if (checkRun.kind === 'forbidden') log.warning(checkRun.message);
    else {
      if (checkRun.url && report.links) report.links.checkRun = checkRun.url;
      return true;
    }
  } catch (e) {
    log.warning(`the check run could not be written: ${(e as Error).message}; findings are written as workflow annotations instead`);
  }
  return false;
}

/** The pull request comment (created, updated, or left alone when on-failure and the run passed). */
async function publishReportComment(target: RunTarget, report: ReportContext): Promise<void> {
  const { inputs, client, owner, repo, pr } = target;
  const marker = commentMarker(inputs.checkName);
  const body = renderMarkdown(report, { header: marker, maxLength: MAX_COMMENT_LENGTH, whole: 'job-summary' });
  const onlyIfExists = inputs.comment === 'on-failure' && report.result.status === 'pass';
  try {
    const comment = await upsertComment(
      { client, owner, repo, issueNumber: pr.number, marker, tokenKind: tokenKind(inputs.token) },
      body,
      onlyIfExists,
    );
    if (comment?.kind === 'forbidden') log.warning(comment.message);
    else if (comment) log.info(`pull request comment ${comment.kind} (${comment.id})`);
  } catch (e) {
    log.warning(`the pull request comment could not be written: ${(e as Error).message}; the report is in the job summary`);
  }
}

/** The policy read (API requests, bounded parsing) cut short when the budget is spent. */
async function withinBudget<T>(work: Promise<T>, remainingMs: number, budgetSeconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `the policy could not be read within ${budgetSeconds} s (the timeout-seconds input); nothing was evaluated — check the API's availability, or raise timeout-seconds`,
          ),
        ),
      Math.max(0, remainingMs),
    );
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
