import * as core from '@actions/core';
import { Ajv } from 'ajv';
import { overallStatus } from '../engine/evaluate.js';
import { readResultFile } from '../facts/result-file.js';
import type { GitHubClient } from '../github/client.js';
import { apiErrorStatus, describeApiError } from '../github/errors.js';
import { publishCheckRun } from '../publish/check-run.js';
import { commentMarker, tokenKind, upsertComment } from '../publish/comment.js';
import { writeSummary } from '../publish/runner.js';
import { writeWorkflowAnnotations } from '../publish/workflow-annotations.js';
import { toAnnotations } from '../report/annotations.js';
import { MAX_COMMENT_LENGTH, renderMarkdown } from '../report/markdown.js';
import type { EvaluationResult } from '../core/types.js';
import type { ActionInputs } from './inputs.js';

// The second half of the fork pattern: a `pull_request` job (read-only token) uploads its JSON result, and a
// `workflow_run` job (write token) publishes it here. The file comes from a run that the fork's author can
// change, so it is untrusted input: read without following a symlink and within a byte cap, validated strictly
// against sdlc-gate/result@1 (nothing more, nothing less), required to be about the head commit of the run that
// triggered this one, and published under its own check name, so a forged "pass" can never satisfy the required
// check: only a failure is reported as one.

const SHA = '^[0-9a-f]{40}([0-9a-f]{24})?$';
const TEXT = { type: 'string', maxLength: 65_536 } as const;

export const RESULT_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['schema', 'status', 'base', 'head', 'policy', 'gates'],
  properties: {
    schema: { const: 'sdlc-gate/result@1' },
    status: { enum: ['pass', 'fail'] },
    base: { type: 'string', pattern: SHA },
    head: { type: 'string', pattern: SHA },
    policy: {
      type: 'object',
      additionalProperties: false,
      required: ['path', 'ref', 'sha256'],
      properties: {
        path: { type: 'string', minLength: 1, maxLength: 1024 },
        ref: { type: 'string', maxLength: 256 },
        sha256: { type: 'string', pattern: '^([0-9a-f]{64})?$' },
      },
    },
    gates: {
      type: 'array',
      maxItems: 1000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'rule', 'level', 'status', 'summary', 'findings'],
        properties: {
          id: { type: 'string', minLength: 1, maxLength: 200 },
          rule: { type: 'string', minLength: 1, maxLength: 200 },
          level: { enum: ['error', 'warning'] },
          status: { enum: ['pass', 'fail', 'warn', 'skip', 'error'] },
          summary: TEXT,
          findings: {
            type: 'array',
            maxItems: 10_000,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['severity', 'message'],
              properties: {
                severity: { enum: ['error', 'warning', 'notice'] },
                message: TEXT,
                file: { type: 'string', minLength: 1, maxLength: 1024 },
                line: { type: 'integer', minimum: 1 },
              },
            },
          },
        },
      },
    },
  },
} as const;

let validate: ReturnType<Ajv['compile']> | undefined;

/** The result file's text as a result, or a sentence saying what is wrong with it. */
export function parseResult(text: string, where: string): EvaluationResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`${where} is not JSON (${(e as Error).message}); publish-result takes the result-file a sdlc-gate run wrote`, {
      cause: e,
    });
  }
  validate ??= new Ajv({ allErrors: false, strict: true }).compile(RESULT_SCHEMA);
  if (!validate(value)) {
    const err = validate.errors?.[0];
    const at = err?.instancePath || '/';
    const detail =
      err?.keyword === 'additionalProperties'
        ? `has an unknown key "${String((err.params as { additionalProperty?: unknown }).additionalProperty).slice(0, 100)}"`
        : (err?.message ?? 'is invalid');
    throw new Error(`${where} is not a sdlc-gate/result@1 result: ${at} ${detail}`);
  }
  const result = value as EvaluationResult;
  if (overallStatus(result.gates) !== result.status) {
    throw new Error(
      `${where} says "${result.status}" but its gates say "${overallStatus(result.gates)}"; the file was not written by sdlc-gate as it is`,
    );
  }
  return result;
}

interface PublishContext {
  inputs: ActionInputs;
  eventName: string;
  payload: Record<string, unknown>;
  client: GitHubClient;
  owner: string;
  repo: string;
}

interface WorkflowRun {
  head_sha?: string;
  head_branch?: string;
  head_repository?: { owner?: { login?: string } };
  pull_requests?: { number?: number; head?: { sha?: string } }[];
}

export async function publishResultFile(c: PublishContext): Promise<void> {
  const path = c.inputs.publishResult!;
  const run = c.payload.workflow_run as WorkflowRun | undefined;
  if (c.eventName !== 'workflow_run' || !run?.head_sha) {
    throw new Error(
      `publish-result runs in a workflow_run job (this one ran on "${c.eventName}"): it publishes the result the pull_request run uploaded`,
    );
  }
  const result = parseResult(await readResultFile(path, c.inputs.maxFileBytes), `publish-result: ${path}`);
  if (result.head !== run.head_sha) {
    throw new Error(
      `publish-result: ${path} is about ${result.head.slice(0, 7)}, but the workflow run that triggered this job is about ${run.head_sha.slice(0, 7)}; nothing was published`,
    );
  }

  const failed = result.gates.filter((g) => g.status === 'fail' || g.status === 'error').map((g) => g.id);
  const note =
    'Published from the result file of a pull_request run: that run can be changed by the pull request, so a pass here is not evidence; the required check comes from an evaluation in a trusted context.';
  core.setOutput('status', result.status);
  core.setOutput('failed-gates', failed.join(','));
  await writeSummary(renderMarkdown({ result, notes: [note] }, { maxLength: MAX_COMMENT_LENGTH * 4 }));

  const annotations = toAnnotations(result);
  let annotated = false;
  if (c.inputs.checkRun) {
    const written = await publishCheckRun({
      client: c.client,
      owner: c.owner,
      repo: c.repo,
      name: `${c.inputs.checkName} (uploaded result)`,
      headSha: result.head,
      conclusion: result.status === 'fail' ? 'failure' : 'neutral',
      title: failed.length ? `${failed.length} failed: ${failed.join(', ')}` : 'the uploaded result says all gates passed or skipped',
      summary: renderMarkdown({ result, notes: [note] }, { maxLength: 65_000 }),
      annotations,
    }).catch((e: Error) => ({ kind: 'forbidden' as const, message: `the check run could not be written: ${e.message}` }));
    if (written.kind === 'forbidden') core.warning(written.message);
    else annotated = true;
  }
  if (!annotated) writeWorkflowAnnotations(annotations);

  if (c.inputs.comment !== 'never') {
    const number = await pullRequestOf(c, run, result.head);
    if (number === undefined) core.notice(`no open pull request has head ${result.head.slice(0, 7)}; no comment written`);
    else {
      const marker = commentMarker(c.inputs.checkName);
      const body = renderMarkdown({ result, notes: [note] }, { header: marker, maxLength: MAX_COMMENT_LENGTH });
      const onlyIfExists = c.inputs.comment === 'on-failure' && result.status === 'pass';
      const target = { client: c.client, owner: c.owner, repo: c.repo, issueNumber: number, marker, tokenKind: tokenKind(c.inputs.token) };
      const comment = await upsertComment(target, body, onlyIfExists).catch((e: Error) => ({
        kind: 'forbidden' as const,
        message: `the pull request comment could not be written: ${e.message}`,
      }));
      if (comment?.kind === 'forbidden') core.warning(comment.message);
    }
  }
  if (result.status === 'fail')
    core.setFailed(
      `sdlc-gate: the uploaded result has ${failed.length} failed ${failed.length === 1 ? 'gate' : 'gates'}: ${failed.join(', ')}`,
    );
}

/** The open pull request whose head is `sha`: named by the run (same repository) or found by the fork's branch. */
async function pullRequestOf(c: PublishContext, run: WorkflowRun, sha: string): Promise<number | undefined> {
  const named = run.pull_requests?.find((p) => p.head?.sha === sha && typeof p.number === 'number');
  if (named) return named.number;
  const headOwner = run.head_repository?.owner?.login;
  if (!headOwner || !run.head_branch) return undefined;
  try {
    const { data } = await c.client.rest.pulls.list({
      owner: c.owner,
      repo: c.repo,
      state: 'open',
      head: `${headOwner}:${run.head_branch}`,
      per_page: 100,
    });
    return data.find((p) => p.head.sha === sha)?.number;
  } catch (e) {
    if (apiErrorStatus(e) === 403 || apiErrorStatus(e) === 404) {
      core.warning(describeApiError(e, `GET /repos/${c.owner}/${c.repo}/pulls`, 'pull-requests: read'));
      return undefined;
    }
    throw e;
  }
}
