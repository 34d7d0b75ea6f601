import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { checkPullRequest, formatPolicyError } from '../engine/check.js';
import { prepareCheckout } from '../facts/checkout.js';
import { scanByReading } from '../facts/facts.js';
import { GitHubFacts, pullRequestFromPayload } from '../facts/github.js';
import { createOsvSource } from '../facts/osv.js';
import { createClient } from '../github/client.js';
import { publishCheckRun } from '../publish/check-run.js';
import { commentMarker, upsertComment } from '../publish/comment.js';
import { writeResultFile, writeSummary, writeWorkflowAnnotations } from '../publish/runner.js';
import { toAnnotations } from '../report/annotations.js';
import { escapeMarkdown } from '../report/escape.js';
import { renderJson } from '../report/json.js';
import { MAX_COMMENT_LENGTH, renderMarkdown } from '../report/markdown.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { maybeRunMonitor } from './monitor.js';

// The action: event → facts (checkout first, API for the rest) → the shared evaluation → every publisher.

const PR_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review'];
/** Files a scan may read through the API, a request each, before it asks for a checkout (GITHUB_TOKEN has 1,000 requests an hour per repository). */
const API_SCAN_LIMIT = 200;

export async function run(): Promise<void> {
  try {
    await runAction(readInputs());
  } catch (e) {
    const message = (e as Error)?.message ?? String(e);
    // Even a run that could not start leaves its reason where people look.
    await writeSummary(`### 🛑 sdlc-gate could not run\n\n${escapeMarkdown(message)}\n`).catch(() => undefined);
    core.setFailed(`sdlc-gate: ${message}`);
  }
}

async function runAction(inputs: ActionInputs): Promise<void> {
  const eventName = process.env.GITHUB_EVENT_NAME ?? '';
  if (await maybeRunMonitor(eventName, inputs)) return; // schedule/workflow_dispatch with a monitor: section
  if (!PR_EVENTS.includes(eventName)) {
    core.notice(`sdlc-gate checks pull requests; this workflow ran on "${eventName || 'an unknown event'}", so nothing was checked. Trigger it on pull_request.`);
    core.setOutput('status', 'skip');
    core.setOutput('failed-gates', '');
    await writeSummary(`### ⏭️ sdlc-gate: skipped\n\nThe workflow ran on the ${escapeMarkdown(eventName || 'unknown')} event; sdlc-gate checks pull requests only.\n`);
    return;
  }
  const payload = await readEvent(process.env.GITHUB_EVENT_PATH);
  const pr = pullRequestFromPayload(payload.pull_request);
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new Error('GITHUB_REPOSITORY is not set to owner/repo');
  if (!inputs.token) throw new Error('the token input is empty; pass token: ${{ github.token }}');

  const deadline = AbortSignal.timeout(inputs.timeoutSeconds * 1000);
  const client = createClient({
    token: inputs.token,
    baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
    deadline,
    requestTimeoutMs: Math.min(30_000, (inputs.timeoutSeconds * 1000) / 4),
    retries: 3,
    retryDelayMs: Math.min(1000, (inputs.timeoutSeconds * 1000) / 60),
    maxRateLimitWaitMs: (inputs.timeoutSeconds * 1000) / 3,
    log: (m) => core.info(m),
  });
  const api = new GitHubFacts(client, owner, repo, inputs.maxFileBytes);
  const checkout = await prepareCheckout(process.env.GITHUB_WORKSPACE, pr, inputs.maxFileBytes, (m) => core.info(m));
  if (!checkout.sources) core.info(`reading the pull request through the API: ${checkout.reason}`);

  const outcome = await checkPullRequest(inputs.policy, {
    pr,
    changedFiles: checkout.sources?.changedFiles ?? (() => api.pullRequestFiles(pr.number)),
    readFile: checkout.sources?.readFile ?? ((ref, path, maxBytes) => api.readFile(ref, path, maxBytes)),
    listFiles: checkout.sources?.listFiles ?? ((ref) => api.listFiles(ref)),
    // Through the API a scan costs a request per file: a large one asks for a checkout instead of the rate limit.
    scanFiles:
      checkout.sources?.scanFiles ??
      scanByReading((ref, path, maxBytes) => api.readFile(ref, path, maxBytes), { files: API_SCAN_LIMIT, advice: 'check the repository out (actions/checkout) so the files are read locally' }),
    reviews: () => api.reviews(pr.number),
    teamMembers: (team) => api.teamMembers(team),
    osvScan: createOsvSource({ deadline, requestTimeoutMs: Math.min(30_000, (inputs.timeoutSeconds * 1000) / 4), retries: 3, retryDelayMs: Math.min(1000, (inputs.timeoutSeconds * 1000) / 60), log: (m) => core.info(m) }),
    issueExists: (n) => api.issueExists(n),
  }, api.readRemotePolicy);

  if (!outcome.ok) {
    for (const e of outcome.errors) core.error(e.message, { file: e.file, startLine: e.line, startColumn: e.col, title: 'sdlc-gate policy' });
    const list = outcome.errors.map((e) => `- ${escapeMarkdown(formatPolicyError(e))}`).join('\n');
    await writeSummary(`### 🛑 sdlc-gate: the policy is invalid\n\nNothing was evaluated. Fix these and push again (\`sdlc-gate validate\` shows them locally):\n\n${list}\n`);
    core.setOutput('status', 'fail');
    core.setOutput('failed-gates', '');
    core.setFailed(`sdlc-gate: the policy is invalid (${outcome.errors.length} ${outcome.errors.length === 1 ? 'problem' : 'problems'}); nothing was evaluated`);
    return;
  }

  const { report } = outcome;
  const { result } = report;
  const failedGates = result.gates.filter((g) => g.status === 'fail' || g.status === 'error').map((g) => g.id);
  const warnedGates = result.gates.filter((g) => g.status === 'warn').map((g) => g.id);
  const failsStep = inputs.failOn === 'error' ? failedGates.length > 0 : inputs.failOn === 'warning' ? failedGates.length + warnedGates.length > 0 : false;

  // The summary and outputs come first: whatever the API does next, they are not lost.
  const resultFile = await writeResultFile(renderJson(result), inputs.checkName);
  core.setOutput('status', result.status);
  core.setOutput('failed-gates', failedGates.join(','));
  core.setOutput('result-file', resultFile);
  await writeSummary(renderMarkdown(report, { maxLength: MAX_COMMENT_LENGTH * 4 }));

  const annotations = toAnnotations(result);
  let annotated = false;
  if (inputs.checkRun) {
    try {
      const blocking = result.status === 'fail' || (inputs.failOn === 'warning' && warnedGates.length > 0);
      const checkRun = await publishCheckRun({
        client,
        owner,
        repo,
        name: inputs.checkName,
        headSha: pr.headSha,
        conclusion: blocking ? 'failure' : 'success',
        title: failedGates.length ? `${failedGates.length} failed: ${failedGates.join(', ')}` : 'all gates passed or skipped',
        summary: renderMarkdown(report, { maxLength: 65_000 }),
        annotations,
      });
      if (checkRun.kind === 'forbidden') core.warning(checkRun.message);
      else annotated = true;
    } catch (e) {
      core.warning(`the check run could not be written: ${(e as Error).message}; findings are written as workflow annotations instead`);
    }
  }
  if (!annotated) writeWorkflowAnnotations(annotations);

  if (inputs.comment !== 'never') {
    const marker = commentMarker(inputs.checkName);
    const body = renderMarkdown(report, { header: marker, maxLength: MAX_COMMENT_LENGTH });
    const onlyIfExists = inputs.comment === 'on-failure' && result.status === 'pass';
    try {
      const comment = await upsertComment({ client, owner, repo, issueNumber: pr.number, marker }, body, onlyIfExists);
      if (comment?.kind === 'forbidden') core.warning(comment.message);
      else if (comment) core.info(`pull request comment ${comment.kind} (${comment.id})`);
    } catch (e) {
      core.warning(`the pull request comment could not be written: ${(e as Error).message}; the report is in the job summary`);
    }
  }

  if (failsStep) {
    const names = [...failedGates, ...(inputs.failOn === 'warning' ? warnedGates : [])];
    core.setFailed(`sdlc-gate: ${names.length} ${names.length === 1 ? 'gate' : 'gates'} failed: ${names.join(', ')} — see the job summary or the pull request comment`);
  } else core.info(`sdlc-gate: ${result.status}`);
}

async function readEvent(path: string | undefined): Promise<{ pull_request?: unknown }> {
  if (!path) throw new Error('GITHUB_EVENT_PATH is not set; run sdlc-gate as a step of a workflow');
  try {
    return JSON.parse(await readFile(path, 'utf8')) as { pull_request?: unknown };
  } catch (e) {
    throw new Error(`the event payload at GITHUB_EVENT_PATH cannot be read: ${(e as Error).message}`);
  }
}
