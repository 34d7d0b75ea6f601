import type { Finding, GateResult, ReportContext, ReportLinks, ReportTable } from '../core/types.js';
import { plural, shortSha } from '../util/text.js';
import { stepsToPass, type Step } from './actions.js';
import { escapeHtml, escapeMarkdown as md, truncate } from './escape.js';
import { ATTENTION_ORDER, needsAttention, STATUS_ICON } from './status.js';

// One Markdown report serves the PR comment and the job summary, laid out around the next action: the verdict,
// "To pass" (the steps that turn the check green), the gates that need attention with their findings, then what
// passed or was skipped, folded. Everything from the repository is escaped; limits are GitHub's, and a report
// over them is cut between rows and findings, saying how many were left out and where they are.

/** GitHub rejects issue comments longer than this (characters). */
export const MAX_COMMENT_LENGTH = 65_536;
/** GitHub's cap on one step's job summary (bytes). */
export const MAX_SUMMARY_BYTES = 1024 * 1024;

/** Steps listed under "To pass" before "and N more"; the gate sections below have them all. */
const MAX_STEPS = 12;
/** A table row's cell, a finding's message: longer ones are cut with "…". */
const MAX_CELL = 500;
const MAX_MESSAGE = 2000;

export interface MarkdownOptions {
  /** Longest output in characters (default: a comment's limit). */
  maxLength?: number;
  /** Longest output in UTF-8 bytes (the job summary's limit is in bytes). */
  maxBytes?: number;
  /** Prepended verbatim (the comment's hidden marker). */
  header?: string;
  /** Where the whole report is when this one is cut: the job summary (for the comment) or the check run and JSON result. */
  whole?: 'job-summary' | 'result';
}

export function renderMarkdown(ctx: ReportContext, options: MarkdownOptions = {}): string {
  // Measured in bytes where a limit is in bytes (never fewer than characters, so both limits hold), else in characters.
  const inBytes = options.maxBytes !== undefined;
  const limit = Math.min(options.maxBytes ?? Infinity, options.maxLength ?? (inBytes ? Infinity : MAX_COMMENT_LENGTH));
  const measure = inBytes ? (text: string) => Buffer.byteLength(text) : (text: string) => text.length;
  const fits = (text: string) => measure(text) <= limit;
  const layout = new Layout(ctx, options, measure);
  const none = layout.render({ items: 0, steps: MAX_STEPS, rows: Infinity });
  if (fits(none)) {
    // The most items per gate (findings, then table rows) that fit, from each item's size measured once: the size at
    // zero items plus what each item adds (the "N more not shown" lines only shrink as items are added).
    let items = layout.itemsWithin(limit - measure(none));
    let text = layout.render({ items, steps: MAX_STEPS, rows: Infinity });
    while (!fits(text) && items > 0) {
      items = Math.floor(items * 0.9);
      text = layout.render({ items, steps: MAX_STEPS, rows: Infinity });
    }
    return text;
  }
  // Not even the gate tables fit (a tiny limit, thousands of gates): the verdict and the first steps, then as many
  // gate rows as fit.
  for (const steps of [3, 0]) {
    let rows = layout.gateCount();
    while (rows > 0 && !fits(layout.render({ items: 0, steps, rows }))) rows = Math.floor(rows / 2);
    const text = layout.render({ items: 0, steps, rows });
    if (fits(text)) return text;
  }
  return layout.minimal(fits);
}

interface Limits {
  /** Findings and table rows shown per gate. */
  items: number;
  /** Steps listed under "To pass". */
  steps: number;
  /** Rows of the gate tables. */
  rows: number;
}

/** A gate's findings and table rows as report lines, and the size of the first n of them (cost[n]). */
interface GateItems {
  findings: string[];
  rows: string[][];
  cost: number[];
}

/** What one rendering left out, to say so. */
interface Omitted {
  findings: number;
  rows: number;
  steps: number;
  gates: number;
}

class Layout {
  private readonly attention: GateResult[];
  private readonly rest: GateResult[];
  private readonly steps: Step[];
  private readonly blob: string | undefined;
  private readonly items = new Map<GateResult, GateItems>();

  constructor(
    private readonly ctx: ReportContext,
    private readonly options: MarkdownOptions,
    private readonly measure: (text: string) => number,
  ) {
    const gates = ctx.result.gates;
    this.attention = ATTENTION_ORDER.flatMap((s) => gates.filter((g) => g.status === s));
    this.rest = gates.filter((g) => !needsAttention(g.status));
    this.steps = ctx.result.status === 'fail' ? stepsToPass(ctx.result) : [];
    this.blob = blobBase(ctx.links, ctx.result.head);
  }

  gateCount(): number {
    return this.ctx.result.gates.length;
  }

  /** The most items per gate whose lines, with the report at zero items, fit in `room`: a binary search over sums of sizes measured once. */
  itemsWithin(room: number): number {
    const gates = this.visibleGates().map((g) => this.itemsOf(g).cost);
    const size = (items: number) => gates.reduce((sum, cost) => sum + cost[Math.min(items, cost.length - 1)]!, 0);
    let lo = 0;
    let hi = Math.max(0, ...gates.map((cost) => cost.length - 1));
    if (size(hi) <= room) return hi;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (size(mid) <= room) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private visibleGates(): GateResult[] {
    return [...this.attention, ...this.rest.filter((g) => shownFindings(g).length || g.tables?.length)];
  }

  /** A gate's finding lines and table rows, rendered once, with the running cost of showing the first n of them. */
  private itemsOf(g: GateResult): GateItems {
    let items = this.items.get(g);
    if (items) return items;
    const findings = shownFindings(g).map((f) => this.findingLine(f));
    const rows = (g.tables ?? []).map((t) =>
      t.rows.map((r) => `| ${t.columns.map((_, i) => md(truncate(r[i] ?? '', MAX_CELL))).join(' | ')} |`),
    );
    const cost = [0];
    let total = 0;
    for (const line of findings) cost.push((total += this.measure(line) + 1));
    for (const [k, t] of (g.tables ?? []).entries()) {
      // The first row shown brings the table's header and the words "more rows" with it.
      const header = this.measure(tableHeader(t).join('\n')) + 16;
      rows[k]!.forEach((line, i) => cost.push((total += this.measure(line) + 1 + (i === 0 ? header : 0))));
    }
    items = { findings, rows, cost };
    this.items.set(g, items);
    return items;
  }

  render(limits: Limits): string {
    const { result } = this.ctx;
    const omitted: Omitted = { findings: 0, rows: 0, steps: 0, gates: 0 };
    const body: string[] = [];

    let rowBudget = limits.rows;
    const tableRows = (gates: GateResult[]): string[] => {
      const rows: string[] = [];
      for (const g of gates) {
        if (rowBudget-- > 0) rows.push(gateRow(g));
        else omitted.gates++;
      }
      return rows;
    };

    if (limits.rows !== Infinity) for (const g of result.gates) omitted.findings += shownFindings(g).length;
    const attentionRows = tableRows(this.attention);
    if (attentionRows.length) {
      body.push('', '| | Gate | Result |', '| --- | --- | --- |', ...attentionRows);
      if (limits.rows === Infinity) for (const g of this.attention) body.push(...this.gateSection(g, limits.items, omitted));
    }
    if (this.rest.length) {
      const restRows = tableRows(this.rest);
      body.push('', `<details><summary>${foldLabel(this.rest)}</summary>`);
      if (restRows.length) body.push('', '| | Gate | Result |', '| --- | --- | --- |', ...restRows);
      if (limits.rows === Infinity) {
        for (const g of this.rest)
          if (shownFindings(g).length || g.tables?.length) body.push(...this.gateSection(g, limits.items, omitted));
      }
      body.push('', '</details>');
    }
    if (omitted.gates) body.push('', `… and ${plural(omitted.gates, 'more gate')} not shown — ${this.whole()}.`);
    if (result.gates.length === 0) body.push('', 'The policy defines no gates, so nothing was checked.');
    if (this.ctx.notes.length) {
      body.push('');
      for (const note of this.ctx.notes) body.push(`> ${md(note)}`);
    }
    body.push('', this.footer(), '');

    const top: string[] = [];
    if (this.options.header) top.push(this.options.header);
    top.push(verdict(this.ctx), '', context(this.ctx));
    top.push(...this.toPass(limits.steps, omitted));
    const cut = cutNote(omitted);
    if (cut) top.push('', `> ✂️ ${cut} — ${this.whole()}.`);
    return [...top, ...body].join('\n');
  }

  /** The verdict and where to read on, for a limit too small for anything else; cut at a line if need be. */
  minimal(fits: (text: string) => boolean): string {
    const lines = [
      ...(this.options.header ? [this.options.header] : []),
      verdict(this.ctx),
      '',
      `The report is too long for this place — ${this.whole()}.`,
      '',
    ];
    let text = lines.join('\n');
    while (!fits(text) && text.includes('\n')) text = text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1);
    return fits(text) ? text : '';
  }

  private toPass(max: number, omitted: Omitted): string[] {
    if (this.ctx.result.status !== 'fail') return [];
    const steps = this.steps;
    if (steps.length === 0) return ['', '**To pass:** fix the findings of the failed gates below.'];
    const lines = ['', `**To pass** (${plural(steps.length, 'step')}):`, ''];
    steps.slice(0, max).forEach((s, i) => lines.push(`${i + 1}. ${stepLine(s)}`));
    const hidden = steps.length - Math.min(max, steps.length);
    omitted.steps = hidden;
    if (hidden > 0) lines.push(`${Math.min(max, steps.length) + 1}. … and ${plural(hidden, 'more step')}: see the findings below`);
    return lines;
  }

  /** A gate's heading, findings and tables; nothing when its table row already says all there is. */
  private gateSection(g: GateResult, maxItems: number, omitted: Omitted): string[] {
    const rule = g.rule === g.id ? '' : ` (${md(g.rule)})`;
    const refs = g.refs?.length ? ` — ${md(g.refs.join(', '))}` : '';
    const { findings, rows: tableRows } = this.itemsOf(g);
    if (findings.length === 0 && !g.tables?.length) return [];
    const lines = ['', `#### ${STATUS_ICON[g.status]} ${md(g.id)}${rule}${refs}`];
    const shown = findings.slice(0, maxItems);
    if (shown.length) lines.push('');
    for (const line of shown) lines.push(line);
    const hidden = findings.length - shown.length;
    omitted.findings += hidden;
    if (hidden > 0) lines.push(`- … ${plural(hidden, shown.length ? 'more finding' : 'finding')} not shown — ${this.whole()}`);
    let budget = maxItems - shown.length;
    for (const [k, t] of (g.tables ?? []).entries()) {
      const rows = Math.min(t.rows.length, Math.max(0, budget));
      budget -= rows;
      omitted.rows += t.rows.length - rows;
      lines.push('', ...this.tableLines(t, tableRows[k]!.slice(0, rows)));
    }
    return lines;
  }

  private tableLines(t: ReportTable, rows: string[]): string[] {
    const lines = t.collapsed
      ? [`<details><summary>${escapeHtml(t.title)} (${t.rows.length})</summary>`, '']
      : [`**${md(t.title)} (${t.rows.length})**`, ''];
    if (t.rows.length === 0) lines.push('none');
    else {
      if (rows.length > 0) lines.push(...tableHeader(t), ...rows);
      const hidden = t.rows.length - rows.length;
      if (hidden > 0)
        lines.push(...(rows.length ? [''] : []), `… ${plural(hidden, rows.length ? 'more row' : 'row')} not shown — ${this.whole()}`);
    }
    if (t.collapsed) lines.push('', '</details>');
    return lines;
  }

  private findingLine(f: Finding): string {
    const help = f.help ? ` ${md(f.help)}` : '';
    return `- ${SEVERITY_LABEL[f.severity]}${this.where(f)}: ${md(truncate(f.message, MAX_MESSAGE))}${help}`;
  }

  /** " [path:line](link)", or the location as plain text when the repository is not known. */
  private where(f: Finding): string {
    if (!f.file) return '';
    const label = md(`${f.file}${f.line ? `:${f.line}` : ''}`);
    const url = this.blob && fileUrl(this.blob, f.file, f.line, f.endLine);
    return url ? ` [${label}](${url})` : ` ${label}`;
  }

  private whole(): string {
    const links = this.ctx.links;
    if (this.options.whole === 'job-summary') {
      const url = safeUrl(links?.jobSummary);
      return url ? `see [the job summary](${url})` : 'see the job summary';
    }
    const url = safeUrl(links?.checkRun);
    return `see ${url ? `[the check run's annotations](${url})` : "the check run's annotations"} or the JSON result`;
  }

  private footer(): string {
    const { result } = this.ctx;
    const parts = [
      md(
        `policy ${result.policy.path} at ${shortSha(result.policy.ref)}, sha256 ${result.policy.sha256.slice(0, 12)}; base ${shortSha(result.base)}, head ${shortSha(result.head)}`,
      ),
    ];
    const checkRun = safeUrl(this.ctx.links?.checkRun);
    const summary = safeUrl(this.ctx.links?.jobSummary);
    if (checkRun) parts.push(`[check run](${checkRun})`);
    if (summary) parts.push(`[job summary](${summary})`);
    return `<sub>${parts.join(' · ')}</sub>`;
  }
}

const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: '**error**', warning: '*warning*', notice: 'notice' };

function verdict(ctx: ReportContext): string {
  const gates = ctx.result.gates;
  const failed = gates.filter((g) => g.status === 'fail' || g.status === 'error');
  const warned = gates.filter((g) => g.status === 'warn').length;
  let text: string;
  if (failed.length) text = `${failed.length} of ${plural(gates.length, 'gate')} failed${warned ? `, ${warned} with warnings` : ''}`;
  else if (warned) text = `passed with warnings from ${plural(warned, 'gate')}`;
  else if (gates.some((g) => g.status === 'skip')) text = `all ${plural(gates.length, 'gate')} passed or skipped`;
  else text = gates.length ? `all ${plural(gates.length, 'gate')} passed` : 'no gates';
  return `### ${ctx.result.status === 'pass' ? '✅' : '❌'} sdlc-gate: ${text}`;
}

function context(ctx: ReportContext): string {
  return ctx.pr
    ? `Pull request #${ctx.pr.number}: ${md(truncate(ctx.pr.title, 200))}`
    : `Changes ${shortSha(ctx.result.base)}…${shortSha(ctx.result.head)}`;
}

function foldLabel(rest: readonly GateResult[]): string {
  const passed = rest.filter((g) => g.status === 'pass').length;
  const skipped = rest.length - passed;
  return [passed && `${STATUS_ICON.pass} ${passed} passed`, skipped && `${STATUS_ICON.skip} ${skipped} skipped`].filter(Boolean).join(', ');
}

function tableHeader(t: ReportTable): string[] {
  return [`| ${t.columns.map((c) => md(c)).join(' | ')} |`, `| ${t.columns.map(() => '---').join(' | ')} |`];
}

function gateRow(g: GateResult): string {
  const refs = g.refs?.length ? `<br><sub>${md(g.refs.join(' · '))}</sub>` : '';
  return `| ${STATUS_ICON[g.status]} | **${md(g.id)}**${refs} | ${md(truncate(g.summary, 300))} |`;
}

/** A gate's findings less the one its table row already says (same text, no place). */
function shownFindings(g: GateResult): Finding[] {
  return g.findings.filter((f) => f.file || f.help || f.message !== g.summary || g.summary.length > 300);
}

function stepLine(s: Step): string {
  const command = s.command ? ` — run ${codeSpan(s.command)}` : '';
  return `${md(truncate(s.text, MAX_MESSAGE))}${command} <sub>${md(s.gates.join(', '))}</sub>`;
}

/** Text as a code span: literal, on one line, fenced with more backticks than it contains in a row. */
function codeSpan(text: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters are what this strips from repository text
  const one = truncate(text.replace(/[\r\n\u2028\u2029\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, ''), 300);
  let longest = 0;
  for (const run of one.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = one.startsWith('`') || one.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${one}${pad}${fence}`;
}

function cutNote(o: Omitted): string | undefined {
  const parts = [
    o.findings && plural(o.findings, 'finding'),
    o.rows && plural(o.rows, 'table row'),
    o.gates && plural(o.gates, 'gate'),
  ].filter(Boolean);
  if (!parts.length) return undefined;
  return `This report was cut to fit GitHub's size limit: ${parts.join(', ')} not shown`;
}

/** The address files at head are under, or undefined when the server, repository or head commit is unknown or odd. */
function blobBase(links: ReportLinks | undefined, head: string): string | undefined {
  const server = safeUrl(links?.server);
  const repo = links?.repository;
  if (!server || !repo || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo) || !/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(head))
    return undefined;
  return `${server.replace(/\/+$/, '')}/${repo}/blob/${head}/`;
}

/** A link to a file's line at head; undefined for a path that is not a plain relative one. */
function fileUrl(base: string, path: string, line?: number, endLine?: number): string | undefined {
  const segments = path.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return undefined;
  const anchor = line ? `#L${line}${endLine && endLine > line ? `-L${endLine}` : ''}` : '';
  return `${base}${segments.map(encodeSegment).join('/')}${anchor}`;
}

function encodeSegment(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** An http(s) address safe to put in a Markdown link as it is; undefined otherwise. */
function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\/[^\s()<>"'`\\]+$/.test(url) ? url : undefined;
}

/** The links an Actions run knows from its environment (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT). */
export function linksFromEnvironment(env: Record<string, string | undefined>): ReportLinks {
  const server = safeUrl(env.GITHUB_SERVER_URL || 'https://github.com');
  const repository = env.GITHUB_REPOSITORY;
  const links: ReportLinks = {};
  if (!server || !repository || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) return links;
  links.server = server;
  links.repository = repository;
  const run = env.GITHUB_RUN_ID;
  if (run && /^\d+$/.test(run)) {
    const attempt = env.GITHUB_RUN_ATTEMPT && /^\d+$/.test(env.GITHUB_RUN_ATTEMPT) ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
    links.jobSummary = `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${run}${attempt}`;
  }
  return links;
}
