import type { ReleaseRecord } from '../core/release.js';
import { escapeHtml as h } from './escape.js';
import { notCheckedComponentText } from './not-checked.js';

// The release record as one self-contained page an auditor reads and prints: no script, no network, every artifact
// a link inside the record's folder with its digest. Everything from the repository or GitHub is escaped.

const STATUS_LABEL: Record<string, string> = {
  pass: 'PASS',
  fail: 'FAIL',
  incomplete: 'INCOMPLETE',
  warn: 'WARN',
  skip: 'SKIPPED',
  error: 'ERROR',
};

/** The page's stylesheet, inline: the Content-Security-Policy allows no other. */
const STYLE = `<style>
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1f2328}
h1{font-size:1.6rem;margin:0 0 .5rem} h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0} th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa} code{font:12px ui-monospace,monospace} dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem} dt{font-weight:600}
.badge{display:inline-block;padding:.05rem .45rem;border-radius:1rem;font-size:12px;font-weight:600;border:1px solid transparent}
.s-pass .badge,.badge.s-pass,.badge.g-success{background:#dafbe1;color:#116329} .badge.s-fail,.badge.s-error,.badge.g-failure,.badge.g-missing{background:#ffebe9;color:#a40e26}
.badge.s-warn{background:#fff8c5;color:#7d4e00} .badge.s-skip{background:#eaeef2;color:#57606a} .badge.s-incomplete{background:#fff8c5;color:#7d4e00}
.verdict{font-size:1.1rem;margin:.5rem 0 1rem} ul.findings{margin:.3rem 0 0 1rem;padding:0}
@media print{body{margin:0} a{color:inherit;text-decoration:none} tr{break-inside:avoid}}
</style>`;

export function renderReleaseHtml(r: ReleaseRecord): string {
  const commitLink = (sha: string) =>
    r.repository
      ? `<a href="${h(`${r.repository}/commit/${sha}`)}"><code>${h(sha.slice(0, 12))}</code></a>`
      : `<code>${h(sha.slice(0, 12))}</code>`;
  const gates = r.gates
    .map(
      (g) =>
        `<tr class="s-${h(g.status)}"><td>${h(g.id)}${g.rule !== g.id ? ` <small>(${h(g.rule)})</small>` : ''}</td><td><span class="badge s-${h(g.status)}">${h(STATUS_LABEL[g.status] ?? g.status)}</span></td><td>${h(g.summary)}${findingList(g.findings)}</td><td>${h((g.refs ?? []).join('; '))}</td></tr>`,
    )
    .join('\n');
  const changes = r.changes
    .map((c) => {
      const pr =
        c.pull_request === null
          ? '<em>no pull request</em>'
          : c.url
            ? `<a href="${h(c.url)}">#${c.pull_request}</a>`
            : `#${c.pull_request}`;
      return `<tr class="${c.problem ? 's-fail' : 's-pass'}"><td>${pr}</td><td>${h(c.title)}</td><td>${h(c.author)}</td><td>${commitLink(c.merge_commit)}</td><td>${h(c.approvals.join(', ') || '—')}</td><td><span class="badge g-${h(c.gate)}">${h(c.gate)}</span></td><td>${h(c.problem ?? '')}</td></tr>`;
    })
    .join('\n');
  const anomalies = r.anomalies
    .map(
      (a) =>
        `<tr class="${a.evaluated ? 's-pass' : 's-fail'}"><td>${a.url ? `<a href="${h(a.url)}">#${a.number}</a>` : `#${a.number}`}</td><td>${h(a.title)}</td><td>${h(a.labels.join(', '))}</td><td>${a.evaluated ? 'evaluated' : '<strong>not evaluated</strong>'}</td></tr>`,
    )
    .join('\n');
  const artifacts = r.artifacts
    .map((a) => `<tr><td><a href="${h(encodePath(a.path))}">${h(a.path)}</a></td><td><code>${h(a.sha256)}</code></td></tr>`)
    .join('\n');
  const list = (items: string[]) => (items.length ? `<ul>${items.map((p) => `<li>${h(p)}</li>`).join('')}</ul>` : '');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Release record ${h(r.tag)} — ${h(STATUS_LABEL[r.status]!)}</title>
${STYLE}
</head>
<body>
<h1>Release record: ${h(r.tag)}</h1>
<p class="verdict"><span class="badge s-${h(r.status)}" id="status">${h(STATUS_LABEL[r.status]!)}</span> ${h(verdictLine(r))}</p>
${list(r.problems)}
${r.unverified.length ? `<p><strong>Not verified:</strong></p>${list(r.unverified)}` : ''}
${r.not_checked.length ? `<p id="not-checked"><strong>Not checked for vulnerabilities</strong> (no vulnerabilities are known for these components because none were looked up):</p>${list(r.not_checked.map((n) => `${notCheckedComponentText(n)}: ${n.detail}`))}` : ''}
<dl>
<dt>Release</dt><dd>${h(r.tag)} at ${commitLink(r.commit)} (${h(r.date)})</dd>
<dt>Previous release</dt><dd>${r.previous ? `${h(r.previous)} at ${commitLink(r.previous_commit!)}` : 'none (first release)'}</dd>
<dt>Policy</dt><dd><code>${h(r.policy.path)}</code> sha256 <code>${h(r.policy.sha256)}</code></dd>
<dt>Tool</dt><dd>${h(r.tool.name)} ${h(r.tool.version)}</dd>
${r.repository ? `<dt>Repository</dt><dd><a href="${h(r.repository)}">${h(r.repository)}</a></dd>` : ''}
</dl>
<h2 id="gates">Gates at the release commit (IEC 62304 5.8.1)</h2>
<table><thead><tr><th>Gate</th><th>Status</th><th>Summary</th><th>Clauses</th></tr></thead><tbody>
${gates}
</tbody></table>
<h2 id="changes">Changes since ${h(r.previous ?? 'the first commit')} (21 CFR 820.30)</h2>
<table><thead><tr><th>Pull request</th><th>Title</th><th>Author</th><th>Merge commit</th><th>Approvals at head</th><th>sdlc-gate check</th><th>Problem</th></tr></thead><tbody>
${changes || '<tr><td colspan="7">no changes</td></tr>'}
</tbody></table>
<h2 id="anomalies">Residual anomalies (IEC 62304 5.8.2, 5.8.3)</h2>
<table><thead><tr><th>Issue</th><th>Title</th><th>Labels</th><th>Evaluation</th></tr></thead><tbody>
${anomalies || `<tr><td colspan="4">${r.unverified.length ? 'not verified' : 'none open at release time'}</td></tr>`}
</tbody></table>
<h2 id="artifacts">Evidence in this record</h2>
<table><thead><tr><th>File</th><th>sha256</th></tr></thead><tbody>
${artifacts || '<tr><td colspan="2">none</td></tr>'}
</tbody></table>
<p>The files of this folder and their digests are listed in <a href="manifest.json">manifest.json</a>; <a href="record.json">record.json</a> holds this record as data.</p>
</body>
</html>
`;
}

function verdictLine(r: ReleaseRecord): string {
  if (r.status === 'pass')
    return 'every gate passed, every change went through a passing sdlc-gate check, and every open anomaly is evaluated.';
  if (r.status === 'incomplete') return 'nothing failed, but part of the record could not be verified.';
  return `${r.problems.length} ${r.problems.length === 1 ? 'problem' : 'problems'} must be resolved or justified before this release is accepted.`;
}

function findingList(findings: ReleaseRecord['gates'][number]['findings']): string {
  const shown = findings.filter((f) => f.severity !== 'notice').slice(0, 20);
  if (!shown.length) return '';
  const more = findings.length - shown.length;
  return `<ul class="findings">${shown.map((f) => `<li>${h(f.message)}${f.file ? ` <code>${h(f.file)}${f.line ? `:${f.line}` : ''}</code>` : ''}</li>`).join('')}${more > 0 ? `<li>${more} more in record.json</li>` : ''}</ul>`;
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
