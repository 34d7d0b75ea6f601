import * as core from '@actions/core';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_SUMMARY_BYTES } from '../report/markdown.js';
import { redactSecrets, sanitizeOutput } from '../report/redact.js';

// What the Actions runner shows without the API: the job summary, step outputs, workflow-command annotations.

export async function writeSummary(markdown: string): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set; no job summary written');
    return false;
  }
  const clean = sanitizeOutput(markdown);
  const text = Buffer.byteLength(clean) > MAX_SUMMARY_BYTES ? clean.slice(0, MAX_SUMMARY_BYTES / 4) : clean;
  await core.summary.addRaw(text, true).write({ overwrite: false });
  return true;
}

/** Writes the JSON result under RUNNER_TEMP and returns its path. */
export async function writeResultFile(json: string, checkName: string): Promise<string> {
  const dir = process.env.RUNNER_TEMP || tmpdir();
  const path = join(dir, `${checkName.replace(/[^A-Za-z0-9._-]+/g, '-')}-result.json`);
  await writeFile(path, redactSecrets(json));
  return path;
}

/**
 * The step's log, each line through sanitizeOutput: no secret, no terminal control sequence from repository
 * content. Every message the action logs goes through here, never straight to @actions/core.
 */
export const log = {
  info: (message: string): void => core.info(sanitizeOutput(message)),
  notice: (message: string): void => core.notice(sanitizeOutput(message)),
  warning: (message: string): void => core.warning(sanitizeOutput(message)),
  error: (message: string, props?: core.AnnotationProperties): void =>
    core.error(
      sanitizeOutput(message),
      props && {
        ...props,
        ...(props.file ? { file: sanitizeOutput(props.file) } : {}),
        ...(props.title ? { title: sanitizeOutput(props.title) } : {}),
      },
    ),
  setFailed: (message: string): void => core.setFailed(sanitizeOutput(message)),
};
