import * as core from '@actions/core';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Annotation } from '../report/annotations.js';
import { MAX_SUMMARY_BYTES } from '../report/markdown.js';

// What the Actions runner shows without the API: the job summary, step outputs, workflow-command annotations.

export async function writeSummary(markdown: string): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set; no job summary written');
    return false;
  }
  const text = Buffer.byteLength(markdown) > MAX_SUMMARY_BYTES ? markdown.slice(0, MAX_SUMMARY_BYTES / 4) : markdown;
  await core.summary.addRaw(text, true).write({ overwrite: false });
  return true;
}

/** Writes the JSON result under RUNNER_TEMP and returns its path. */
export async function writeResultFile(json: string, checkName: string): Promise<string> {
  const dir = process.env.RUNNER_TEMP || tmpdir();
  const path = join(dir, `${checkName.replace(/[^A-Za-z0-9._-]+/g, '-')}-result.json`);
  await writeFile(path, json);
  return path;
}

/** Findings as workflow commands, when the check run cannot carry them (a read-only token). */
export function writeWorkflowAnnotations(annotations: Annotation[]): void {
  for (const a of annotations) {
    const props = { title: a.title, file: a.path, startLine: a.start_line, endLine: a.end_line };
    if (a.annotation_level === 'failure') core.error(a.message, props);
    else if (a.annotation_level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
}
