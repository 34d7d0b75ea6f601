import { escapeMarkdown as md } from './escape.js';
import { countMatrix } from '../core/trace.js';
import type { Matrix, MatrixRow, MatrixReference as Reference } from './trace-matrix.js';
import { matrixChildren } from './trace-html.js';

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
  /**
   * The repository's https web address (`https://host/owner/repo`): the HTML page links each location to the file
   * at `head` there. Without it (or without a commit) locations are plain text.
   */
  repositoryUrl?: string;
}

export { renderTraceHtml } from './trace-html.js';
/** The matrix's types, for the other renderers of this folder (report imports the rule's module in one place). */
export type { Matrix, MatrixRow, Reference };

export type RowStatus = 'verified' | 'tested' | 'not run' | 'failed' | 'skipped' | 'untested' | 'suspect';

/** What a QA engineer filters by: suspect first (it needs action whatever the verdict), then the verdict. */
export function rowStatus(row: MatrixRow): RowStatus {
  return row.suspect ? 'suspect' : row.verdict;
}

const at = (r: { file: string; line: number }) => `${r.file}:${r.line}`;
const junitCell = (row: MatrixRow) => row.cases.map((c) => `${c.status}: ${c.name} (${at({ file: c.report, line: c.line })})`);

export function renderTraceJson(m: Matrix, meta: TraceMeta): string {
  const children = matrixChildren(m.rows);
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
        ...(children.has(row.requirement.id) ? { children: children.get(row.requirement.id) } : {}),
        ...(row.missingCoverage ? { missing_coverage: row.missingCoverage } : {}),
        tests: row.tests.map((t) => ({ file: t.file, line: t.line })),
        junit: row.cases.map((c) => ({ name: c.name, classname: c.classname, status: c.status, report: c.report, line: c.line })),
      })),
      unknown_references: m.unknownReferences,
      ...(m.compared
        ? {
            deleted: m.deleted.map((d) => ({
              id: d.requirement.id,
              title: d.requirement.title,
              base_file: d.requirement.file,
              base_line: d.requirement.line,
              cited_by: d.tests,
            })),
          }
        : {}),
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
  const header = ['id', 'title', 'class', 'parents', 'status', 'file', 'line', 'tests', 'junit'];
  const lines = [header.join(',')];
  for (const row of m.rows) {
    const r = row.requirement;
    lines.push(
      [
        r.id,
        r.title,
        row.class,
        (r.parents ?? []).join('; '),
        rowStatus(row),
        r.file,
        String(r.line),
        row.tests.map(at).join('; '),
        junitCell(row).join('; '),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function countsLine(m: Matrix): string {
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
  const code = (s: string) =>
    `\`${s
      .replace(/`/g, "'")
      .replace(/\|/g, '\\|')
      .replace(/[\r\n]/g, ' ')}\``;
  const out = [
    `# Traceability matrix (${cell(meta.gate)})`,
    '',
    `${cell(countsLine(m))}. Work tree at ${meta.head.slice(0, 7)}${meta.dirty ? ' with uncommitted changes' : ''}${meta.base ? `, compared with ${meta.base.slice(0, 7)}` : ''}; policy ${cell(meta.policy)}.`,
    '',
    '| Status | ID | Title | Class | Parents | Defined at | Tests | JUnit |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of m.rows) {
    const r = row.requirement;
    const status = rowStatus(row);
    const mark = status === 'untested' || status === 'suspect' || status === 'failed' ? `**${status}**` : status;
    const tests = row.tests.map((t) => code(at(t))).join(', ') || '—';
    const parents = (r.parents ?? []).map(cell).join(', ') || '—';
    out.push(
      `| ${mark} | ${cell(r.id)} | ${cell(r.title)} | ${cell(row.class)} | ${parents} | ${code(at(r))} | ${tests} | ${cell(junitCell(row).join(', ')) || '—'} |`,
    );
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
    for (const d of m.deleted)
      lines.push(
        `- ${cell(d.requirement.id)}: was at ${cell(at(d.requirement))}${d.tests.length ? `; still cited by ${cell(d.tests.map(at).join(', '))}` : ''}`,
      );
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
