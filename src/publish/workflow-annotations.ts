import * as core from '@actions/core';
import type { Annotation } from '../report/annotations.js';
import { sanitizeOutput } from '../report/redact.js';

// Findings as workflow commands, when the check run cannot carry them (a read-only token, as on a fork's pull
// request). GitHub shows at most 10 errors, 10 warnings and 10 notices per step and drops the rest silently, so
// the most important are written (failures first), one error is left for the step's own failure message, and
// one notice says how many more there are and where they are.

export const STEP_ANNOTATIONS_PER_LEVEL = 10;

export interface WorkflowCommands {
  error(message: string, props: core.AnnotationProperties): void;
  warning(message: string, props: core.AnnotationProperties): void;
  notice(message: string, props?: core.AnnotationProperties): void;
}

/** The runner's workflow commands, with the token redacted and terminal control sequences stripped. */
const clean = (p?: core.AnnotationProperties): core.AnnotationProperties | undefined =>
  p && { ...p, ...(p.file ? { file: sanitizeOutput(p.file) } : {}), ...(p.title ? { title: sanitizeOutput(p.title) } : {}) };
const runnerCommands: WorkflowCommands = {
  error: (m, p) => core.error(sanitizeOutput(m), clean(p)),
  warning: (m, p) => core.warning(sanitizeOutput(m), clean(p)),
  notice: (m, p) => core.notice(sanitizeOutput(m), clean(p)),
};

export function writeWorkflowAnnotations(
  annotations: Annotation[],
  out: WorkflowCommands = runnerCommands,
): { written: number; left: number } {
  const quota = { failure: STEP_ANNOTATIONS_PER_LEVEL - 1, warning: STEP_ANNOTATIONS_PER_LEVEL, notice: STEP_ANNOTATIONS_PER_LEVEL - 1 };
  const left = { failure: 0, warning: 0, notice: 0 };
  let written = 0;
  for (const level of ['failure', 'warning', 'notice'] as const) {
    for (const a of annotations) {
      if (a.annotation_level !== level) continue;
      if (quota[level] <= 0) {
        left[level]++;
        continue;
      }
      quota[level]--;
      written++;
      const props = { title: a.title, file: a.path, startLine: a.start_line, endLine: a.end_line };
      if (level === 'failure') out.error(a.message, props);
      else if (level === 'warning') out.warning(a.message, props);
      else out.notice(a.message, props);
    }
  }
  const more = left.failure + left.warning + left.notice;
  if (more) {
    const parts = [
      left.failure ? `${left.failure} ${left.failure === 1 ? 'error' : 'errors'}` : '',
      left.warning ? `${left.warning} ${left.warning === 1 ? 'warning' : 'warnings'}` : '',
      left.notice ? `${left.notice} ${left.notice === 1 ? 'notice' : 'notices'}` : '',
    ].filter(Boolean);
    out.notice(
      `${more} more ${more === 1 ? 'finding is' : 'findings are'} not shown as annotations (${parts.join(', ')}): GitHub shows ${STEP_ANNOTATIONS_PER_LEVEL} of each kind per step. The job summary lists every finding.`,
      { title: 'sdlc-gate' },
    );
  }
  return { written, left: more };
}
