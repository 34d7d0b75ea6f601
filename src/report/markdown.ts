import type { Finding, GateResult, ReportContext, ReportTable } from '../types.js';
import { plural, shortSha } from '../util/text.js';
import { escapeHtml, escapeMarkdown as md, truncate } from './escape.js';
import { ATTENTION_ORDER, needsAttention, STATUS_ICON } from './status.js';

// One Markdown report serves the PR comment and the job summary: what failed and how to fix it first,
// what passed folded away. Everything from the repository is escaped; limits are GitHub's.

/** GitHub rejects issue comments longer than this. */
export const MAX_COMMENT_LENGTH = 65_536;
/** GitHub's cap on one step's job summary. */
export const MAX_SUMMARY_BYTES = 1024 * 1024;

const FINDINGS_PER_GATE_STEPS = [25, 10, 3, 1, 0];
/** Rows per table at each step of the same shrinking, so findings are cut before tables vanish. */
const TABLE_ROWS_STEPS = [200, 50, 10, 3, 0];

export interface MarkdownOptions {
  /** Longest output in characters. */
  maxLength?: number;
  /** Prepended verbatim (the comment's hidden marker). */
  header?: string;
}

export function renderMarkdown(ctx: ReportContext, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? MAX_COMMENT_LENGTH;
  for (let step = 0; step < FINDINGS_PER_GATE_STEPS.length; step++) {
    const text = render(ctx, { findings: FINDINGS_PER_GATE_STEPS[step]!, tableRows: TABLE_ROWS_STEPS[step]! }, options.header);
    if (text.length <= maxLength) return text;
  }
  const note = '\n\n… the report was cut to fit GitHub\'s size limit; the check run and the JSON result have every finding.\n';
  return render(ctx, { findings: 0, tableRows: 0 }, options.header).slice(0, maxLength - note.length) + note;
}

interface Limits {
  findings: number;
  tableRows: number;
}

function render(ctx: ReportContext, limits: Limits, header = ''): string {
  const { result } = ctx;
  const gates = result.gates;
  const attention = ATTENTION_ORDER.flatMap((s) => gates.filter((g) => g.status === s));
  const rest = gates.filter((g) => !needsAttention(g.status));
  const out: string[] = [];
  if (header) out.push(header);
  out.push(`### ${result.status === 'pass' ? '✅' : '❌'} sdlc-gate: ${headline(gates)}`);
  out.push('');
  out.push(context(ctx));

  if (attention.length) {
    out.push('', '| | Gate | Result |', '| --- | --- | --- |');
    for (const g of attention) out.push(row(g));
    for (const g of attention) out.push('', ...gateSection(g, limits));
  }
  if (rest.length) {
    const passed = rest.filter((g) => g.status === 'pass').length;
    const skipped = rest.length - passed;
    const label = [passed && `${passed} passed`, skipped && `${skipped} skipped`].filter(Boolean).join(', ');
    out.push('', `<details><summary>${label}</summary>`, '', '| | Gate | Result |', '| --- | --- | --- |');
    for (const g of rest) out.push(row(g));
    const noted = rest.filter((g) => g.findings.length > 0 || g.tables?.length);
    for (const g of noted) out.push('', ...gateSection(g, limits));
    out.push('', '</details>');
  }
  if (gates.length === 0) out.push('', 'The policy defines no gates, so nothing was checked.');
  if (ctx.notes.length) {
    out.push('');
    for (const note of ctx.notes) out.push(`> ${md(note)}`);
  }
  out.push('', `<sub>${md(`policy ${result.policy.path} at ${shortSha(result.policy.ref)}, sha256 ${result.policy.sha256.slice(0, 12)}; base ${shortSha(result.base)}, head ${shortSha(result.head)}`)}</sub>`, '');
  return out.join('\n');
}

function headline(gates: readonly GateResult[]): string {
  const failed = gates.filter((g) => g.status === 'fail' || g.status === 'error').length;
  const warned = gates.filter((g) => g.status === 'warn').length;
  if (failed) return `${failed} of ${plural(gates.length, 'gate')} failed${warned ? `, ${warned} with warnings` : ''}`;
  if (warned) return `passed with warnings from ${plural(warned, 'gate')}`;
  return gates.length ? `all ${plural(gates.length, 'gate')} passed or skipped` : 'no gates';
}

function context(ctx: ReportContext): string {
  const pr = ctx.pr ? `Pull request #${ctx.pr.number}: ${md(truncate(ctx.pr.title, 200))}` : `Changes ${shortSha(ctx.result.base)}…${shortSha(ctx.result.head)}`;
  return pr;
}

function row(g: GateResult): string {
  const refs = g.refs?.length ? `<br><sub>${md(g.refs.join(' · '))}</sub>` : '';
  return `| ${STATUS_ICON[g.status]} | **${md(g.id)}**${refs} | ${md(truncate(g.summary, 300))} |`;
}

function gateSection(g: GateResult, limits: Limits): string[] {
  const rule = g.rule === g.id ? '' : ` (${md(g.rule)})`;
  const refs = g.refs?.length ? ` — ${md(g.refs.join(', '))}` : '';
  const lines = [`#### ${STATUS_ICON[g.status]} ${md(g.id)}${rule}${refs}`];
  const shown = g.findings.slice(0, limits.findings);
  for (const f of shown) lines.push(findingLine(f));
  const hidden = g.findings.length - shown.length;
  if (hidden > 0) lines.push(`- … and ${plural(hidden, 'more finding')} (see the check run annotations or the JSON result)`);
  for (const t of g.tables ?? []) lines.push('', ...tableLines(t, limits.tableRows));
  return lines;
}

function tableLines(t: ReportTable, maxRows: number): string[] {
  const lines = t.collapsed ? [`<details><summary>${escapeHtml(t.title)} (${t.rows.length})</summary>`, ''] : [`**${md(t.title)} (${t.rows.length})**`, ''];
  if (t.rows.length === 0) lines.push('none');
  else {
    lines.push(`| ${t.columns.map((c) => md(c)).join(' | ')} |`, `| ${t.columns.map(() => '---').join(' | ')} |`);
    for (const r of t.rows.slice(0, maxRows)) lines.push(`| ${t.columns.map((_, i) => md(truncate(r[i] ?? '', 500))).join(' | ')} |`);
    const hidden = t.rows.length - Math.min(t.rows.length, maxRows);
    if (hidden > 0) lines.push('', `… and ${plural(hidden, 'more row')}, cut to fit GitHub's size limit`);
  }
  if (t.collapsed) lines.push('', '</details>');
  return lines;
}

const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: '**error**', warning: '*warning*', notice: 'notice' };

function findingLine(f: Finding): string {
  const where = f.file ? ` ${md(f.file)}${f.line ? `:${f.line}` : ''}` : '';
  const help = f.help ? ` ${md(f.help)}` : '';
  return `- ${SEVERITY_LABEL[f.severity]}${where}: ${md(truncate(f.message, 2000))}${help}`;
}
