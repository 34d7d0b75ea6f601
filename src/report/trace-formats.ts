import type { Finding } from '../core/types.js';
import { escapeMarkdown as md } from './escape.js';
import { countMatrix } from '../core/trace.js';
import type { Matrix, MatrixRow } from './trace-matrix.js';

// The traceability matrix as Markdown, CSV, JSON and one self-contained HTML page (for the design history file).
// Everything from the repository is escaped for its format; the HTML loads nothing from anywhere.

export interface TraceMeta {
  gate: string;
  policy: string;
  /** The commit the work tree is at, and whether it has changes on top. */
  head: string;
  dirty: boolean;
  /** The base compared with for suspect links, when one was given. */
  base?: string;
  generatedAt: string;
}

export type RowStatus = 'verified' | 'tested' | 'not run' | 'failed' | 'skipped' | 'untested' | 'suspect';

/** What a QA engineer filters by: suspect first (it needs action whatever the verdict), then the verdict. */
export function rowStatus(row: MatrixRow): RowStatus {
  return row.suspect ? 'suspect' : row.verdict;
}

const at = (r: { file: string; line: number }) => `${r.file}:${r.line}`;
const junitCell = (row: MatrixRow) => row.cases.map((c) => `${c.status}: ${c.name} (${at({ file: c.report, line: c.line })})`);

export function renderTraceJson(m: Matrix, meta: TraceMeta): string {
  return `${JSON.stringify(
    {
      schema: 'sdlc-gate/trace@1',
      ...meta,
      counts: countMatrix(m),
      requirements: m.rows.map((row) => ({
        id: row.requirement.id,
        title: row.requirement.title,
        class: row.class,
        status: rowStatus(row),
        verdict: row.verdict,
        suspect: row.suspect,
        required: row.required,
        ...(row.change ? { change: row.change } : {}),
        file: row.requirement.file,
        line: row.requirement.line,
        format: row.requirement.format,
        ...(row.requirement.parents ? { parents: row.requirement.parents } : {}),
        tests: row.tests.map((t) => ({ file: t.file, line: t.line })),
        junit: row.cases.map((c) => ({ name: c.name, classname: c.classname, status: c.status, report: c.report, line: c.line })),
      })),
      unknown_references: m.unknownReferences,
      ...(m.compared ? { deleted: m.deleted.map((d) => ({ id: d.requirement.id, title: d.requirement.title, base_file: d.requirement.file, base_line: d.requirement.line, cited_by: d.tests })) } : {}),
      duplicates: m.duplicates.map((defs) => ({ id: defs[0]!.id, at: defs.map((d) => ({ file: d.file, line: d.line })) })),
      problems: m.findings,
    },
    null,
    2,
  )}\n`;
}

/** RFC 4180, with formula-looking cells defused so a spreadsheet never evaluates repository text. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderTraceCsv(m: Matrix): string {
  const header = ['id', 'title', 'class', 'status', 'file', 'line', 'tests', 'junit'];
  const lines = [header.join(',')];
  for (const row of m.rows) {
    const r = row.requirement;
    lines.push([r.id, r.title, row.class, rowStatus(row), r.file, String(r.line), row.tests.map(at).join('; '), junitCell(row).join('; ')].map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function countsLine(m: Matrix): string {
  const c = countMatrix(m);
  return (
    `${c.requirements} requirements: ${c.tested} tested` +
    (m.junit ? `, ${c.verified} verified` : '') +
    `, ${c.untested} untested, ${c.unknownReferences} unknown references` +
    (m.compared ? `, ${c.suspect} suspect` : '')
  );
}

export function renderTraceMarkdown(m: Matrix, meta: TraceMeta): string {
  const cell = (s: string) => md(s).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  // Places as code spans, as the check report shows them: no escaping noise, and inert.
  const code = (s: string) => `\`${s.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/[\r\n]/g, ' ')}\``;
  const out = [
    `# Traceability matrix (${cell(meta.gate)})`,
    '',
    `${cell(countsLine(m))}. Work tree at ${meta.head.slice(0, 7)}${meta.dirty ? ' with uncommitted changes' : ''}${meta.base ? `, compared with ${meta.base.slice(0, 7)}` : ''}; policy ${cell(meta.policy)}.`,
    '',
    '| Status | ID | Title | Class | Defined at | Tests | JUnit |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of m.rows) {
    const r = row.requirement;
    const status = rowStatus(row);
    const mark = status === 'untested' || status === 'suspect' || status === 'failed' ? `**${status}**` : status;
    const tests = row.tests.map((t) => code(at(t))).join(', ') || '—';
    out.push(`| ${mark} | ${cell(r.id)} | ${cell(r.title)} | ${cell(row.class)} | ${code(at(r))} | ${tests} | ${cell(junitCell(row).join(', ')) || '—'} |`);
  }
  out.push(...problemsMarkdown(m, cell));
  return `${out.join('\n')}\n`;
}

function problemsMarkdown(m: Matrix, cell: (s: string) => string): string[] {
  const lines: string[] = [];
  if (m.unknownReferences.length) {
    lines.push('', '## Unknown references', '');
    for (const u of m.unknownReferences) lines.push(`- ${cell(at(u))}: ${cell(u.id)}`);
  }
  if (m.deleted.length) {
    lines.push('', '## Deleted since the base', '');
    for (const d of m.deleted) lines.push(`- ${cell(d.requirement.id)}: was at ${cell(at(d.requirement))}${d.tests.length ? `; still cited by ${cell(d.tests.map(at).join(', '))}` : ''}`);
  }
  if (m.duplicates.length) {
    lines.push('', '## Duplicate ids', '');
    for (const defs of m.duplicates) lines.push(`- ${cell(defs[0]!.id)}: ${cell(defs.map(at).join(', '))}`);
  }
  if (m.findings.length) {
    lines.push('', '## Sources that could not be read', '');
    for (const f of m.findings) lines.push(`- ${f.file ? `${cell(f.file)}${f.line ? `:${f.line}` : ''}: ` : ''}${cell(f.message)}`);
  }
  return lines;
}

const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const STATUSES: RowStatus[] = ['verified', 'tested', 'not run', 'failed', 'skipped', 'untested', 'suspect'];

export function renderTraceHtml(m: Matrix, meta: TraceMeta): string {
  const present = STATUSES.filter((s) => m.rows.some((r) => rowStatus(r) === s));
  const rows = m.rows.map((row) => {
    const r = row.requirement;
    const status = rowStatus(row);
    const tests = row.tests.map((t) => `<li>${html(at(t))}</li>`).join('');
    const cases = row.cases.map((c) => `<li class="case-${html(c.status)}">${html(c.status)}: ${html(c.name)} <span class="at">${html(at({ file: c.report, line: c.line }))}</span></li>`).join('');
    return (
      `<tr class="row status-${status.replace(' ', '-')}" data-status="${html(status)}">` +
      `<td data-key="${STATUSES.indexOf(status)}"><span class="badge">${html(status)}</span>${row.suspect ? ` <span class="sub">(${html(row.verdict)})</span>` : ''}</td>` +
      `<td data-key="${html(r.id)}">${html(r.id)}</td>` +
      `<td>${html(r.title)}</td>` +
      `<td>${html(row.class)}</td>` +
      `<td data-key="${html(r.file)}\u0000${String(r.line).padStart(8, '0')}">${html(at(r))}</td>` +
      `<td data-key="${row.tests.length}">${tests ? `<ul>${tests}</ul>` : '—'}</td>` +
      `<td data-key="${row.cases.length}">${cases ? `<ul>${cases}</ul>` : '—'}</td></tr>`
    );
  });
  const problems = problemsList(m);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Traceability matrix — ${html(meta.gate)}</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #1f2328; }
h1 { font-size: 20px; margin: 0 0 4px; }
.meta { color: #59636e; margin: 0 0 12px; }
.controls { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 12px 0; }
.controls button { border: 1px solid #d1d9e0; background: #f6f8fa; border-radius: 12px; padding: 3px 10px; cursor: pointer; }
.controls button[aria-pressed="true"] { background: #0969da; color: #fff; border-color: #0969da; }
.controls input { padding: 4px 8px; border: 1px solid #d1d9e0; border-radius: 6px; min-width: 220px; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #d1d9e0; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; cursor: pointer; user-select: none; white-space: nowrap; }
th[aria-sort="ascending"]::after { content: " ▲"; } th[aria-sort="descending"]::after { content: " ▼"; }
ul { margin: 0; padding-left: 16px; }
td:nth-child(2), td:nth-child(5) { white-space: nowrap; }
.badge { font-weight: 600; }
.status-untested { background: #ffebe9; } .status-suspect { background: #fff8c5; } .status-failed, .status-skipped { background: #ffebe9; }
.status-verified .badge, .status-tested .badge { color: #1a7f37; }
.status-untested .badge, .status-failed .badge, .status-skipped .badge { color: #d1242f; }
.status-suspect .badge { color: #9a6700; }
.case-failed, .case-skipped { color: #d1242f; } .at, .sub { color: #59636e; }
.problems { margin-top: 16px; }
@media print { .controls { display: none; } }
</style>
</head>
<body>
<h1>Traceability matrix — ${html(meta.gate)}</h1>
<p class="meta">${html(countsLine(m))}.<br>Work tree at ${html(meta.head)}${meta.dirty ? ' (with uncommitted changes)' : ''}${meta.base ? `, compared with ${html(meta.base)}` : ''}; policy ${html(meta.policy)}; generated ${html(meta.generatedAt)} by sdlc-gate trace.</p>
<div class="controls" role="toolbar" aria-label="Filter by status">
<button type="button" data-filter="all" aria-pressed="true">all (${m.rows.length})</button>
${present.map((s) => `<button type="button" data-filter="${html(s)}" aria-pressed="false">${html(s)} (${m.rows.filter((r) => rowStatus(r) === s).length})</button>`).join('\n')}
<input type="search" id="search" placeholder="Filter by id, title or file" aria-label="Filter by text">
<span id="shown" class="meta"></span>
</div>
<table id="matrix">
<thead><tr><th data-col="0">Status</th><th data-col="1">ID</th><th data-col="2">Title</th><th data-col="3">Class</th><th data-col="4">Defined at</th><th data-col="5">Tests</th><th data-col="6">JUnit</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
${problems}
<script>
(function () {
  var tbody = document.querySelector('#matrix tbody');
  var rows = Array.prototype.slice.call(tbody.rows);
  var status = 'all';
  var search = document.getElementById('search');
  function apply() {
    var q = search.value.toLowerCase(), shown = 0;
    rows.forEach(function (r) {
      var ok = (status === 'all' || r.getAttribute('data-status') === status) && (!q || r.textContent.toLowerCase().indexOf(q) !== -1);
      r.hidden = !ok;
      if (ok) shown++;
    });
    document.getElementById('shown').textContent = shown + ' of ' + rows.length + ' shown';
  }
  document.querySelectorAll('[data-filter]').forEach(function (b) {
    b.addEventListener('click', function () {
      status = b.getAttribute('data-filter');
      document.querySelectorAll('[data-filter]').forEach(function (o) { o.setAttribute('aria-pressed', String(o === b)); });
      apply();
    });
  });
  search.addEventListener('input', apply);
  document.querySelectorAll('#matrix th').forEach(function (th) {
    th.addEventListener('click', function () {
      var col = Number(th.getAttribute('data-col'));
      var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      document.querySelectorAll('#matrix th').forEach(function (o) { o.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      function key(r) { var c = r.cells[col]; return c.hasAttribute('data-key') ? c.getAttribute('data-key') : c.textContent; }
      rows.sort(function (a, b) {
        var x = key(a), y = key(b), nx = Number(x), ny = Number(y);
        var d = !isNaN(nx) && !isNaN(ny) && x !== '' && y !== '' ? nx - ny : x.localeCompare(y, undefined, { numeric: true });
        return d * dir;
      });
      rows.forEach(function (r) { tbody.appendChild(r); });
    });
  });
  apply();
})();
</script>
</body>
</html>
`;
}

function problemsList(m: Matrix): string {
  const items: string[] = [];
  for (const u of m.unknownReferences) items.push(`<li>${html(at(u))}: cites ${html(u.id)}, which no requirement defines</li>`);
  for (const d of m.deleted) items.push(`<li>${html(d.requirement.id)} was deleted since the base (it was at ${html(at(d.requirement))})${d.tests.length ? `; still cited by ${html(d.tests.map(at).join(', '))}` : ''}</li>`);
  for (const defs of m.duplicates) items.push(`<li>${html(defs[0]!.id)} is defined more than once: ${html(defs.map(at).join(', '))}</li>`);
  for (const f of m.findings as Finding[]) items.push(`<li>${f.file ? `${html(f.file)}${f.line ? `:${f.line}` : ''}: ` : ''}${html(f.message)}</li>`);
  return items.length ? `<section class="problems"><h2>Problems</h2><ul>${items.join('')}</ul></section>` : '';
}
