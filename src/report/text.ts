import type { ReportContext } from '../core/types.js';
import { plural, shortSha } from '../util/text.js';
import { stepsToPass } from './actions.js';
import { ATTENTION_ORDER, needsAttention, STATUS_WORD } from './status.js';

/** The CLI's plain-text report: the steps that would make it pass, then one line per gate with its findings indented beneath, attention first. */
export function renderText(ctx: ReportContext): string {
  const { result } = ctx;
  const ordered = [
    ...ATTENTION_ORDER.flatMap((s) => result.gates.filter((g) => g.status === s)),
    ...result.gates.filter((g) => !needsAttention(g.status)),
  ];
  const failed = result.gates.filter((g) => g.status === 'fail' || g.status === 'error').length;
  const lines = [
    `sdlc-gate: ${result.status.toUpperCase()} — ${failed ? `${failed} of ${plural(result.gates.length, 'gate')} failed` : `${plural(result.gates.length, 'gate')}, none failed`}` +
      ` (policy ${result.policy.path} at ${shortSha(result.policy.ref)}; base ${shortSha(result.base)}, head ${shortSha(result.head)})`,
  ];
  for (const note of ctx.notes) lines.push(`note: ${oneLine(note)}`);
  if (result.status === 'fail') {
    const steps = stepsToPass(result);
    if (steps.length) lines.push('to pass:');
    steps.forEach((s, i) =>
      lines.push(`  ${i + 1}. ${oneLine(s.text)}${s.command ? ` (run: ${oneLine(s.command)})` : ''} [${s.gates.join(', ')}]`),
    );
  }
  for (const g of ordered) {
    const rule = g.rule === g.id ? '' : ` (${g.rule})`;
    lines.push(`${STATUS_WORD[g.status].padEnd(5)} ${g.id}${rule}: ${oneLine(g.summary)}`);
    for (const f of g.findings) {
      if (!f.file && f.message === g.summary) continue; // already the gate's line
      const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : '';
      lines.push(`      ${f.severity}: ${oneLine(where)}${oneLine(f.message)}${f.help ? ` ${oneLine(f.help)}` : ''}`);
    }
    for (const t of g.tables ?? []) {
      lines.push(`      ${oneLine(t.title)} (${t.rows.length}):`);
      for (const r of t.rows) lines.push(`        ${t.columns.map((c, i) => `${oneLine(c)}: ${oneLine(r[i] ?? '')}`).join('; ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Repository text never breaks the one-line-per-item layout (nor injects terminal escapes). */
function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters are what this strips from repository text
  return s.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, '');
}
