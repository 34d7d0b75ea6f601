import * as core from '@actions/core';
import { DEFAULT_POLICY_PATH } from '../app/defaults.js';
import { registerSecret } from '../report/redact.js';

export type CommentMode = 'always' | 'on-failure' | 'never';
export type FailOn = 'error' | 'warning' | 'never';

export interface ActionInputs {
  policy: string;
  token: string;
  comment: CommentMode;
  checkRun: boolean;
  checkName: string;
  failOn: FailOn;
  timeoutSeconds: number;
  maxFileBytes: number;
  /** Draft pull requests: evaluated like any other, or skipped with a notice. */
  drafts: 'evaluate' | 'skip';
  /** A result file of an earlier run to publish instead of evaluating (the fork pattern's second workflow). */
  publishResult?: string;
}

export class InputError extends Error {}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim() || fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new InputError(`input "${name}" is "${value}"; it must be one of ${allowed.join(', ')}`);
  return value as T;
}

function positiveNumber(name: string, fallback: number): number {
  const raw = core.getInput(name).trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new InputError(`input "${name}" is "${raw}"; it must be a positive number`);
  return value;
}

/** Every input, read once; empty inputs take the documented defaults. */
export function readInputs(): ActionInputs {
  const token = core.getInput('token');
  if (token) {
    core.setSecret(token);
    registerSecret(token);
  }
  const checkRun = core.getInput('check-run').trim() || 'true';
  if (!['true', 'false'].includes(checkRun)) throw new InputError(`input "check-run" is "${checkRun}"; it must be true or false`);
  return {
    policy: core.getInput('policy').trim() || DEFAULT_POLICY_PATH,
    token,
    comment: choice('comment', ['always', 'on-failure', 'never'], 'always'),
    checkRun: checkRun === 'true',
    checkName: core.getInput('check-name').trim() || 'sdlc-gate',
    failOn: choice('fail-on', ['error', 'warning', 'never'], 'error'),
    timeoutSeconds: positiveNumber('timeout-seconds', 300),
    maxFileBytes: Math.floor(positiveNumber('max-file-bytes', 5 * 1024 * 1024)),
    drafts: choice('drafts', ['evaluate', 'skip'], 'evaluate'),
    ...(core.getInput('publish-result').trim() ? { publishResult: core.getInput('publish-result').trim() } : {}),
  };
}
