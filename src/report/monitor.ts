import type { MonitorFinding, MonitorRef, MonitorResult, NotCheckedComponent } from '../core/monitor.js';
import { escapeMarkdown, truncate } from './escape.js';
import { notCheckedComponentText } from './not-checked.js';
import { plural } from '../util/text.js';

// The monitor's result as JSON (sdlc-gate/monitor@1), plain text for a terminal, and Markdown for the job summary.

export function renderMonitorJson(result: MonitorResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

const day = (iso: string) => iso.slice(0, 10);

/** Why a ref the policy no longer names is watched. */
const KEPT = 'still watched: it had an open vulnerability at the last run';

/** How many not-checked components a text or Markdown listing names per ref; the JSON lists them all. */
const NOT_CHECKED_LISTED = 25;

/** "2 older release tags matching releases are not watched (max_releases): v1.0.0, v0.9.0 — …". */
function notWatchedLine(result: MonitorResult): string {
  const n = result.not_watched.length;
  const listed = result.not_watched.slice(0, NOT_CHECKED_LISTED).join(', ');
  return `${plural(n, 'older release tag')} matching releases ${n === 1 ? 'is' : 'are'} not watched (max_releases): ${listed}${n > NOT_CHECKED_LISTED ? `, and ${n - NOT_CHECKED_LISTED} more` : ''} — raise monitor.max_releases if they are still in the field`;
}

function notCheckedLine(n: NotCheckedComponent): string {
  return `${notCheckedComponentText(n)}: ${n.reason}`;
}

/** "3 components not checked (2 no OSV ecosystem, 1 no purl)". */
function notCheckedSummary(list: readonly NotCheckedComponent[]): string {
  const by = new Map<string, number>();
  for (const n of list) by.set(n.reason, (by.get(n.reason) ?? 0) + 1);
  const reasons = [...by].map(([r, k]) => `${k} ${r}`).join(', ');
  return `${plural(list.length, 'component')} not checked (${reasons})`;
}

function counts(ref: MonitorRef): string {
  const n = (s: string) => ref.findings.filter((f) => f.status === s).length;
  const overdue = ref.findings.filter((f) => f.overdue).length;
  const checked = `${plural(ref.components_checked, 'component')} checked`;
  return `${n('open')} open${overdue ? ` (${overdue} overdue)` : ''}, ${n('assessed')} assessed, ${n('fixed')} fixed; ${checked}`;
}

/** The vulnerability as people name it: the CVE first when it has one, the OSV id beside it. */
export function displayId(f: Pick<MonitorFinding, 'id' | 'aliases'>): string {
  const cve = f.id.startsWith('CVE-') ? undefined : f.aliases.find((a) => a.startsWith('CVE-'));
  return cve ? `${cve} (${f.id})` : f.id;
}

function severityText(f: MonitorFinding): string {
  return `${f.severity}${f.score !== undefined ? ` ${f.score}` : ''}${f.kev ? ', in CISA KEV' : ''}`;
}

function assessmentText(f: MonitorFinding): string {
  const a = f.assessment;
  if (!a) return '';
  return `${a.status}${a.justification ? ` (${a.justification})` : ''}${a.stale ? ' — stale' : ''}; ${a.file}${a.line ? `:${a.line}` : ''} on ${a.ref}${a.timestamp ? `, ${day(a.timestamp)}` : ''}`;
}

function clockText(f: MonitorFinding): string {
  if (f.status !== 'open') return `first seen ${day(f.first_seen)}`;
  const late = f.passed === 'remediate' ? ' — OVERDUE: remediate-by passed' : f.passed === 'respond' ? ' — OVERDUE: respond-by passed' : '';
  return `first seen ${day(f.first_seen)}, respond by ${day(f.respond_by)}, remediate by ${day(f.remediate_by)}${late}`;
}

export function renderMonitorText(result: MonitorResult): string {
  const lines: string[] = [];
  lines.push(
    `sdlc-gate monitor: ${result.status.toUpperCase()} on ${day(result.now)} (fail_on ${result.fail_on}; respond within ${result.respond_within_days} days, remediate within ${result.remediate_within_days})`,
  );
  if (result.components_not_checked)
    lines.push(
      `  ${plural(result.components_not_checked, 'component')} could not be checked for vulnerabilities (listed per ref below): no vulnerabilities are known for them because none were looked up`,
    );
  if (result.not_watched.length) lines.push(`  ${notWatchedLine(result)}`);
  for (const p of result.problems) lines.push(`  problem: ${p}`);
  for (const ref of result.refs) {
    lines.push('');
    lines.push(
      `${ref.ref} (${ref.kind}${ref.sha ? ` ${ref.sha.slice(0, 7)}` : ''}${ref.kept_open ? `, ${KEPT}` : ''}): ${ref.checked ? counts(ref) : 'NOT CHECKED'}${ref.sboms.length ? ` — ${ref.sboms.join(', ')}` : ''}`,
    );
    for (const p of ref.problems) lines.push(`  problem: ${p}`);
    if (ref.not_checked.length) {
      lines.push(`  NOT CHECKED: ${notCheckedSummary(ref.not_checked)}`);
      for (const n of ref.not_checked.slice(0, NOT_CHECKED_LISTED)) lines.push(`           ${notCheckedLine(n)}`);
      if (ref.not_checked.length > NOT_CHECKED_LISTED)
        lines.push(`           and ${ref.not_checked.length - NOT_CHECKED_LISTED} more (--format json lists them all)`);
    }
    for (const f of ref.findings) {
      const fix =
        f.status === 'open' ? (f.fixed_versions.length ? `; fixed in ${f.fixed_versions.join(', ')}` : '; no fixed version known') : '';
      lines.push(
        `  ${f.status.toUpperCase().padEnd(8)} ${displayId(f)} in ${f.component}${f.version ? `@${f.version}` : ''} — ${severityText(f)}${fix}`,
      );
      lines.push(`           ${clockText(f)}${f.assessment ? `; assessment: ${assessmentText(f)}` : ''}`);
    }
  }
  if (result.unchecked.length) {
    lines.push('');
    lines.push(`Not checked: ${result.unchecked.join(', ')} — the result is incomplete; fix the problems above and run again.`);
  }
  return `${lines.join('\n')}\n`;
}

const cell = (s: string) => escapeMarkdown(truncate(s, 300));

/** The job summary: the verdict, problems, then a table per ref with overdue items first. */
export function renderMonitorMarkdown(result: MonitorResult, maxLength = 60_000): string {
  const icon = result.status === 'pass' ? '✅' : '❌';
  const out: string[] = [];
  out.push(`### ${icon} sdlc-gate monitor: ${result.status} — ${day(result.now)}`);
  out.push('');
  out.push(
    `Watched: ${result.refs.map((r) => cell(r.ref)).join(', ') || 'nothing'}. A vulnerability fails at ${cell(result.fail_on)} or above, or in CISA KEV; clocks: respond within ${result.respond_within_days} days, remediate within ${result.remediate_within_days} days of first sight.`,
  );
  if (result.not_watched.length) out.push('', escapeMarkdown(notWatchedLine(result)));
  if (result.components_not_checked) {
    out.push('');
    out.push(
      `⚠️ **${plural(result.components_not_checked, 'component')} could not be checked** for vulnerabilities (no purl, or none OSV can look up): no vulnerabilities are known for them because none were looked up. Each ref lists its own below.`,
    );
  }
  if (result.problems.length || result.unchecked.length) {
    out.push('');
    out.push(
      `**Not checked: ${result.unchecked.map(cell).join(', ') || 'every ref'}** — no tracking issue was opened or closed. Fix these and run again:`,
    );
    out.push('');
    for (const p of [...result.problems, ...result.refs.flatMap((r) => r.problems.map((x) => `${r.ref}: ${x}`))]) out.push(`- ${cell(p)}`);
  }
  for (const ref of result.refs) {
    out.push('');
    out.push(
      `#### ${cell(ref.ref)} (${ref.kind}${ref.sha ? ` ${ref.sha.slice(0, 7)}` : ''}${ref.kept_open ? `, ${KEPT}` : ''}) — ${ref.checked ? counts(ref) : 'not checked'}`,
    );
    if (ref.not_checked.length) {
      out.push('', `<details><summary>⚠️ ${cell(notCheckedSummary(ref.not_checked))}</summary>`, '');
      for (const n of ref.not_checked.slice(0, NOT_CHECKED_LISTED)) out.push(`- ${cell(notCheckedLine(n))}`);
      if (ref.not_checked.length > NOT_CHECKED_LISTED)
        out.push(`- and ${ref.not_checked.length - NOT_CHECKED_LISTED} more (the JSON lists them all)`);
      out.push('', '</details>');
    }
    if (!ref.findings.length) {
      const among = ref.not_checked.length ? 'among the components that were checked in' : 'in';
      if (ref.checked) out.push('', `No known vulnerabilities ${among} ${ref.sboms.map(cell).join(', ') || 'its SBOMs'}.`);
      continue;
    }
    out.push('');
    out.push('| Status | Severity | Vulnerability | Component | First seen | Respond by | Remediate by | Assessment |');
    out.push('|---|---|---|---|---|---|---|---|');
    for (const f of ref.findings) {
      const status = f.overdue ? `**overdue** (${f.passed}-by passed)` : f.status;
      const open = f.status === 'open';
      out.push(
        `| ${status} | ${cell(severityText(f))} | [${cell(displayId(f))}](${f.url}) | ${cell(`${f.component}${f.version ? `@${f.version}` : ''}`)} | ${day(f.first_seen)} | ${open ? day(f.respond_by) : ''} | ${open ? day(f.remediate_by) : ''} | ${cell(assessmentText(f))} |`,
      );
    }
  }
  let text = `${out.join('\n')}\n`;
  if (text.length > maxLength)
    text = `${text.slice(0, maxLength - 200)}\n\n… cut to fit; the whole result is in the JSON (--format json).\n`;
  return text;
}
