import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NotAReleaseError } from '../app/release.js';
import { releaseFromCheckout } from '../app/release-local.js';
import { formatPolicyError } from '../engine/check.js';
import type { GitHubClient } from '../github/client.js';
import { writeRecordFolder } from '../publish/release.js';
import { writeSummary } from '../publish/runner.js';
import { escapeMarkdown } from '../report/escape.js';
import { renderReleaseMarkdown } from '../report/release-markdown.js';
import type { ActionInputs } from './inputs.js';

// The action on a release: a push of a tag that the policy's release.tags name, or a published release. It builds
// the release record from the checkout (full history and tags) and the API, into RUNNER_TEMP.

/** The tag a release event is about, or undefined when the event is no release. */
export function releaseTag(
  eventName: string,
  ref: string | undefined,
  payload: { release?: { tag_name?: unknown }; action?: unknown },
): string | undefined {
  if (eventName === 'push' && ref?.startsWith('refs/tags/')) return ref.slice('refs/tags/'.length);
  if (eventName === 'release' && payload.action === 'published' && typeof payload.release?.tag_name === 'string')
    return payload.release.tag_name;
  return undefined;
}

export async function runRelease(
  tag: string,
  inputs: ActionInputs,
  client: GitHubClient,
  owner: string,
  repo: string,
  deadline: AbortSignal,
): Promise<void> {
  let outcome;
  try {
    outcome = await releaseFromCheckout({
      workspace: process.env.GITHUB_WORKSPACE,
      policyPath: inputs.policy,
      tag,
      github: { client, owner, repo, serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com' },
      timeoutMs: inputs.timeoutSeconds * 1000,
      deadline,
      log: (m) => core.info(m),
    });
  } catch (e) {
    if (!(e instanceof NotAReleaseError)) throw e;
    core.notice(`sdlc-gate: ${e.message}; no release record was made`);
    core.setOutput('record-status', 'skip');
    return;
  }
  if (!outcome.ok) {
    for (const e of outcome.errors)
      core.error(e.message, { file: e.file, startLine: e.line, startColumn: e.col, title: 'sdlc-gate policy' });
    await writeSummary(
      `### 🛑 sdlc-gate: the policy at ${escapeMarkdown(tag)} is invalid\n\nNo release record was made:\n\n${outcome.errors.map((e) => `- ${escapeMarkdown(formatPolicyError(e))}`).join('\n')}\n`,
    );
    core.setOutput('record-status', 'fail');
    core.setFailed('sdlc-gate: the policy is invalid; no release record was made');
    return;
  }
  const dir = join(process.env.RUNNER_TEMP || tmpdir(), `sdlc-gate-release-${tag.replace(/[^A-Za-z0-9_.-]/g, '_')}`);
  await writeRecordFolder(dir, outcome.files);
  const { record } = outcome;
  core.setOutput('record-dir', dir);
  core.setOutput('record-status', record.status);
  await writeSummary(renderReleaseMarkdown(record, dir));
  if (record.status === 'pass') core.info(`sdlc-gate: the release record of ${tag} passes; written to ${dir}`);
  else if (inputs.failOn !== 'never')
    core.setFailed(
      `sdlc-gate: the release record of ${tag} is ${record.status} (${record.problems.length + record.unverified.length} to resolve) — see the job summary`,
    );
}
