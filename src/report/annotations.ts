import type { EvaluationResult } from '../core/types.js';
import { sanitizeOutput } from './redact.js';

/** A check-run annotation, as POST /repos/{o}/{r}/check-runs takes it. */
export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

const MAX_MESSAGE = 64 * 1024 - 1;
const MAX_TITLE = 255;

/** Every finding that has a file, placed on its line (line 1 when the finding has none). */
export function toAnnotations(result: EvaluationResult): Annotation[] {
  const annotations: Annotation[] = [];
  for (const gate of result.gates) {
    for (const f of gate.findings) {
      if (!f.file) continue;
      const level = f.severity === 'error' ? (gate.level === 'warning' ? 'warning' : 'failure') : f.severity;
      const start = f.line && f.line > 0 ? f.line : 1;
      annotations.push({
        path: sanitizeOutput(f.file),
        start_line: start,
        end_line: f.endLine && f.endLine >= start ? f.endLine : start,
        annotation_level: level,
        title: sanitizeOutput(`${gate.id}${gate.rule === gate.id ? '' : ` (${gate.rule})`}`).slice(0, MAX_TITLE),
        message: sanitizeOutput(f.help ? `${f.message}\n${f.help}` : f.message).slice(0, MAX_MESSAGE),
      });
    }
  }
  return annotations;
}
