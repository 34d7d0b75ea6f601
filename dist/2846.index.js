export const id = 2846;
export const ids = [2846];
export const modules = {

/***/ 22846:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J7: () => (/* binding */ countsLine),
  uD: () => (/* binding */ renderTraceCsv),
  jS: () => (/* reexport */ renderTraceHtml),
  S2: () => (/* binding */ renderTraceJson),
  r0: () => (/* binding */ renderTraceMarkdown),
  Bs: () => (/* binding */ rowStatus)
});

// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(72527);
// EXTERNAL MODULE: ./lib/core/trace.js
var trace = __webpack_require__(53186);
;// CONCATENATED MODULE: ./lib/report/trace-html.js

// The traceability matrix as one self-contained page for the design history file: every requirement and test
// location a link to the file at the evaluated commit (when the repository's https address is known), parents and
// children as in-page links, the statement under each title, long lists folded, a label and colour per status,
// sorting and filtering that stay fast at thousands of rows, and a print layout that shows every row unfolded.
// Everything from the repository is escaped here; the page's script only moves rows and sets attributes and text.
const html = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const at = (r) => `${r.file}:${r.line}`;
const STATUSES = ['verified', 'tested', 'not run', 'failed', 'skipped', 'untested', 'suspect'];
/** What each status means, as the page's legend says it. */
const STATUS_MEANING = {
    verified: 'a passing result in a committed JUnit report is linked to it',
    tested: 'a test cites it (no JUnit reports are configured)',
    'not run': 'a test cites it, but no JUnit result is linked to it',
    failed: 'a linked JUnit case failed',
    skipped: 'a linked JUnit case was skipped',
    untested: 'no test cites it',
    suspect: 'its text changed since the base and none of its tests did — re-verify it',
};
/** How many test locations (and JUnit cases) a row shows before folding the rest. */
const FOLD_AFTER = 3;
const statusClass = (s) => `st-${s.replace(' ', '-')}`;
function blobLinks(repositoryUrl, sha) {
    if (!repositoryUrl || !sha || !/^https:\/\/[^/?#\s]+\/[^?#\s]+$/.test(repositoryUrl) || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
        return undefined;
    const base = `${repositoryUrl.replace(/\/+$/, '')}/blob/${sha}/`;
    return { href: (file, line) => `${base}${file.split('/').map(encodeURIComponent).join('/')}#L${line}` };
}
/** A place in the repository: a link to the file at the commit when one can be made, else plain text. */
function place(r, links) {
    // A long path may wrap after a slash rather than anywhere.
    const text = html(at(r)).replace(/\//g, '/<wbr>');
    return links ? `<a class="loc" href="${html(links.href(r.file, r.line))}">${text}</a>` : `<span class="loc">${text}</span>`;
}
/** Items folded after FOLD_AFTER: the rest hidden behind a "3 shown, N more" button (shown in print). */
function folded(items, kind) {
    if (!items.length)
        return '—';
    const lis = items.map((item, i) => (i < FOLD_AFTER ? `<li>${item}</li>` : `<li class="extra">${item}</li>`)).join('');
    const more = items.length - FOLD_AFTER;
    return `<ul class="${kind}">${lis}</ul>${more > 0 ? `<button type="button" class="more" aria-expanded="false" data-more="${FOLD_AFTER} shown, ${more} more">${FOLD_AFTER} shown, ${more} more</button>` : ''}`;
}
/**
 * Each requirement's children — the requirements of the matrix that name it as a parent —, in matrix order, by id.
 * One pass over the rows; a parent the matrix does not define (a system need kept elsewhere) has children here too.
 */
function matrixChildren(rows) {
    const children = new Map();
    for (const row of rows) {
        for (const parent of new Set(row.requirement.parents ?? [])) {
            const list = children.get(parent);
            if (list)
                list.push(row.requirement.id);
            else
                children.set(parent, [row.requirement.id]);
        }
    }
    return children;
}
/** In-page anchors: `req-<id>` where the id is safe in a URL fragment as it is, else by position. */
function anchorsOf(rows) {
    const anchors = new Map();
    rows.forEach((row, i) => {
        const id = row.requirement.id;
        if (!anchors.has(id))
            anchors.set(id, /^[A-Za-z0-9._-]+$/.test(id) ? `req-${id}` : `req_${i + 1}`);
    });
    return anchors;
}
function idLinks(ids, anchors, kind) {
    if (!ids.length)
        return '—';
    return ids
        .map((id) => {
        const anchor = anchors.get(id);
        return anchor
            ? `<a class="${kind}" href="#${html(anchor)}">${html(id)}</a>`
            : `<span class="${kind} outside" title="not defined in this matrix">${html(id)}</span>`;
    })
        .join(', ');
}
function statement(text) {
    const trimmed = text.trim();
    return trimmed ? html(trimmed) : '<em>no statement beyond the title</em>';
}
function rowHtml(row, index, ctx) {
    const r = row.requirement;
    const status = rowStatus(row);
    const anchor = ctx.anchors.get(r.id);
    const tests = row.tests.map((t) => place(t, ctx.links));
    const cases = row.cases.map((c) => `<span class="case-${html(c.status)}">${html(c.status)}: ${html(c.name)}</span> ${place({ file: c.report, line: c.line }, ctx.links)}`);
    const parents = [...new Set(r.parents ?? [])];
    const children = ctx.children.get(r.id) ?? [];
    return (`<tr id="${html(anchor)}" class="row ${statusClass(status)}" data-status="${html(status)}" role="row">` +
        `<td role="cell" data-key="${STATUSES.indexOf(status)}"><span class="badge ${statusClass(status)}">${html(status)}</span>${row.suspect ? ` <span class="sub">(${html(row.verdict)})</span>` : ''}</td>` +
        `<td role="cell" data-key="${html(r.id)}" class="id">${html(r.id)}</td>` +
        `<td role="cell" data-key="${html(r.title)}"><button type="button" class="toggle" aria-expanded="false" aria-controls="s${index}">${html(r.title) || '<em>untitled</em>'}</button>` +
        `<div class="statement" id="s${index}">${statement(r.text)}</div></td>` +
        `<td role="cell">${html(row.class)}</td>` +
        `<td role="cell" class="parents">${idLinks(parents, ctx.anchors, 'parent')}</td>` +
        `<td role="cell" class="children">${idLinks(children, ctx.anchors, 'child')}</td>` +
        `<td role="cell" class="defined">${place(r, ctx.links)}</td>` +
        `<td role="cell" data-key="${row.tests.length}">${folded(tests, 'tests')}</td>` +
        `<td role="cell" data-key="${row.cases.length}">${folded(cases, 'cases')}</td></tr>`);
}
function linksLine(meta, links) {
    if (links)
        return `Locations link to the files at ${html(meta.head)} in <a href="${html(meta.repositoryUrl)}">${html(meta.repositoryUrl)}</a>${meta.dirty ? ' (the committed files, not the uncommitted changes)' : ''}.`;
    return meta.repositoryUrl
        ? 'Locations are plain text: the work tree has no commit to link to.'
        : 'Locations are plain text: the repository&#39;s https address is not known (give it with --repo-url).';
}
function renderTraceHtml(m, meta) {
    const links = blobLinks(meta.repositoryUrl, meta.head);
    const counts = new Map();
    for (const row of m.rows)
        counts.set(rowStatus(row), (counts.get(rowStatus(row)) ?? 0) + 1);
    const ctx = { links, anchors: anchorsOf(m.rows), children: matrixChildren(m.rows) };
    const rows = m.rows.map((row, i) => rowHtml(row, i, ctx));
    const legend = STATUSES.map((s) => `<li><span class="badge ${statusClass(s)}">${html(s)}</span> ${html(STATUS_MEANING[s])}</li>`).join('');
    const filters = STATUSES.filter((s) => counts.has(s)).map((s) => `<button type="button" class="badge ${statusClass(s)}" data-filter="${html(s)}" aria-pressed="false">${html(s)} (${counts.get(s)})</button>`);
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Traceability matrix — ${html(meta.gate)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Traceability matrix — ${html(meta.gate)}</h1>
<p class="meta">${html(countsLine(m))}.<br>Work tree at ${html(meta.head)}${meta.dirty ? ' (with uncommitted changes)' : ''}${meta.base ? `, compared with ${html(meta.base)}` : ''}; policy ${html(meta.policy)}; generated ${html(meta.generatedAt)} by sdlc-gate trace.<br>${linksLine(meta, links)}</p>
<ul class="legend" aria-label="What each status means">${legend}</ul>
<div class="controls" role="toolbar" aria-label="Filter and expand">
<button type="button" data-filter="all" aria-pressed="true">all (${m.rows.length})</button>
${filters.join('\n')}
<input type="search" id="search" placeholder="Filter by id, title, statement or file" aria-label="Filter by text">
<button type="button" id="expand" aria-pressed="false">expand all</button>
<span id="shown" class="meta" aria-live="polite"></span>
</div>
<table id="matrix" role="table" aria-label="Traceability matrix">
<thead role="rowgroup"><tr role="row"><th data-col="0" role="columnheader" tabindex="0" title="Sort by this column">Status</th><th data-col="1" role="columnheader" tabindex="0" title="Sort by this column">ID</th><th data-col="2" role="columnheader" tabindex="0" title="Sort by this column">Title</th><th data-col="3" role="columnheader" tabindex="0" title="Sort by this column">Class</th><th data-col="4" role="columnheader" tabindex="0" title="Sort by this column">Parents</th><th data-col="5" role="columnheader" tabindex="0" title="Sort by this column">Children</th><th data-col="6" role="columnheader" tabindex="0" title="Sort by this column">Defined at</th><th data-col="7" role="columnheader" tabindex="0" title="Sort by this column">Tests</th><th data-col="8" role="columnheader" tabindex="0" title="Sort by this column">JUnit</th></tr></thead>
<tbody role="rowgroup">
${rows.join('\n')}
</tbody>
</table>
${problemsList(m, meta, links)}
<script>${SCRIPT}</script>
</body>
</html>
`;
}
function problemsList(m, meta, links) {
    const baseLinks = blobLinks(meta.repositoryUrl, meta.base);
    const places = (refs, l) => refs.map((r) => place(r, l)).join(', ');
    const items = [];
    for (const u of m.unknownReferences)
        items.push(`<li>${place(u, links)}: cites ${html(u.id)}, which no requirement defines</li>`);
    for (const d of m.deleted)
        items.push(`<li>${html(d.requirement.id)} was deleted since the base (it was at ${place(d.requirement, baseLinks)})${d.tests.length ? `; still cited by ${places(d.tests, links)}` : ''}</li>`);
    for (const defs of m.duplicates)
        items.push(`<li>${html(defs[0].id)} is defined more than once: ${places(defs, links)}</li>`);
    for (const f of m.findings)
        items.push(`<li>${f.file ? `${html(f.file)}${f.line ? `:${f.line}` : ''}: ` : ''}${html(f.message)}</li>`);
    return items.length ? `<section class="problems"><h2>Problems</h2><ul>${items.join('')}</ul></section>` : '';
}
// The matrix is a table in the markup (and in print), laid out on screen as one grid per row so that a row out
// of view is neither styled nor laid out (content-visibility): filtering and sorting thousands of rows then costs
// what the rows in view cost. Roles keep the table's meaning for assistive technology.
const COLUMNS = '6.5rem 6.5rem minmax(11rem, 2fr) 3.5rem 6.5rem 6.5rem minmax(10rem, 1.3fr) minmax(11rem, 1.5fr) minmax(11rem, 1.8fr)';
const STYLE = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #1f2328; }
h1 { font-size: 20px; margin: 0 0 4px; }
.meta { color: #59636e; margin: 0 0 12px; }
.legend { list-style: none; padding: 0; margin: 0 0 8px; display: flex; flex-wrap: wrap; gap: 4px 16px; color: #59636e; font-size: 12px; }
.controls { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 12px 0; }
.controls button { border: 1px solid #d1d9e0; background: #f6f8fa; border-radius: 12px; padding: 3px 10px; cursor: pointer; font: inherit; }
.controls button[aria-pressed="true"] { outline: 2px solid #0969da; outline-offset: 1px; }
.controls input { padding: 4px 8px; border: 1px solid #d1d9e0; border-radius: 6px; min-width: 260px; }
#matrix, #matrix thead, #matrix tbody { display: block; }
#matrix { border-left: 1px solid #d1d9e0; }
#matrix tr { display: grid; grid-template-columns: ${COLUMNS}; }
#matrix tr[hidden] { display: none; }
#matrix th, #matrix td { display: block; border: 1px solid #d1d9e0; border-width: 0 1px 1px 0; padding: 4px 8px; text-align: left; min-width: 0; overflow-wrap: break-word; }
#matrix thead { position: sticky; top: 0; z-index: 2; }
#matrix thead th { background: #f6f8fa; border-top-width: 1px; cursor: pointer; user-select: none; white-space: nowrap; }
#matrix tbody tr { content-visibility: auto; contain-intrinsic-size: auto 48px; scroll-margin-top: 48px; }
th[aria-sort="ascending"]::after { content: " ▲"; } th[aria-sort="descending"]::after { content: " ▼"; }
ul { margin: 0; padding-left: 16px; }
tr.row:target { background: #ddf4ff; }
.badge { display: inline-block; font-weight: 600; font-size: 12px; border-radius: 10px; padding: 1px 8px; border: 1px solid transparent; white-space: nowrap; }
.st-verified.badge { background: #1a7f37; color: #fff; }
.st-tested.badge { background: #dafbe1; color: #116329; border-color: #4ac26b; }
.st-not-run.badge { background: #eaeef2; color: #424a53; border-color: #afb8c1; }
.st-failed.badge { background: #cf222e; color: #fff; }
.st-skipped.badge { background: #ffd8b5; color: #953800; border-color: #fb8f44; }
.st-untested.badge { background: #ffebe9; color: #a40e26; border-color: #ff8182; }
.st-suspect.badge { background: #fff8c5; color: #7d4e00; border-color: #d4a72c; }
tr.st-suspect { background: #fffbdd; } tr.st-untested, tr.st-failed { background: #fff5f4; }
.toggle { all: unset; cursor: pointer; } .toggle:focus-visible { outline: 2px solid #0969da; }
.toggle::before { content: "▸ "; color: #59636e; } .toggle[aria-expanded="true"]::before { content: "▾ "; }
.statement { display: none; white-space: pre-wrap; margin: 4px 0 0; padding: 4px 8px; border-left: 3px solid #d1d9e0; color: #1f2328; }
tr.open .statement { display: block; }
li.extra { display: none; } td.unfolded li.extra { display: list-item; }
button.more { border: 0; background: none; color: #0969da; padding: 0; cursor: pointer; font: inherit; font-size: 12px; }
a.parent, a.child, .outside { white-space: nowrap; }
.outside { color: #59636e; font-style: italic; }
.case-failed, .case-skipped { color: #d1242f; } .sub { color: #59636e; }
a { color: #0969da; }
.problems { margin-top: 16px; }
@media print {
  body { margin: 0; font-size: 10px; }
  .controls, button.more { display: none !important; }
  #matrix { display: table; width: 100%; border-collapse: collapse; border: 0; }
  #matrix thead { display: table-header-group; position: static; }
  #matrix tbody { display: table-row-group; }
  #matrix tr, #matrix tbody tr[hidden] { display: table-row !important; content-visibility: visible; }
  #matrix th, #matrix td { display: table-cell; border-width: 1px; vertical-align: top; }
  .statement { display: block !important; }
  li.extra { display: list-item !important; }
  .toggle::before, .toggle[aria-expanded="true"]::before { content: none; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
// The page's script: status and text filters, column sorting, row expansion and list folding. Each row's search
// text and sort keys are read once; a filter touches each row once and changes only the rows whose state changes.
const SCRIPT = `
(function () {
  var tbody = document.querySelector('#matrix tbody');
  var rows = Array.prototype.slice.call(tbody.rows);
  var text = rows.map(function (r) { return r.textContent.toLowerCase(); });
  var state = rows.map(function (r) { return r.getAttribute('data-status'); });
  var visible = rows.map(function () { return true; });
  var status = 'all';
  var search = document.getElementById('search');
  var shownLabel = document.getElementById('shown');
  var filterButtons = Array.prototype.slice.call(document.querySelectorAll('[data-filter]'));
  function apply() {
    var q = search.value.trim().toLowerCase(), shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var ok = (status === 'all' || state[i] === status) && (!q || text[i].indexOf(q) !== -1);
      if (ok !== visible[i]) { rows[i].hidden = !ok; visible[i] = ok; }
      if (ok) shown++;
    }
    shownLabel.textContent = shown + ' of ' + rows.length + ' shown';
  }
  function setStatus(s) {
    status = s;
    filterButtons.forEach(function (o) { o.setAttribute('aria-pressed', String(o.getAttribute('data-filter') === s)); });
  }
  filterButtons.forEach(function (b) {
    b.addEventListener('click', function () { setStatus(b.getAttribute('data-filter')); apply(); });
  });
  search.addEventListener('input', apply);
  function setOpen(r, open) {
    r.classList.toggle('open', open);
    var t = r.querySelector('.toggle');
    if (t) t.setAttribute('aria-expanded', String(open));
  }
  var expand = document.getElementById('expand');
  expand.addEventListener('click', function () {
    var open = expand.getAttribute('aria-pressed') !== 'true';
    expand.setAttribute('aria-pressed', String(open));
    expand.textContent = open ? 'collapse all' : 'expand all';
    rows.forEach(function (r) { setOpen(r, open); });
  });
  tbody.addEventListener('click', function (e) {
    var t = e.target.closest('button');
    if (!t) return;
    if (t.classList.contains('toggle')) setOpen(t.closest('tr'), t.getAttribute('aria-expanded') !== 'true');
    else if (t.classList.contains('more')) {
      var cell = t.closest('td'), open = !cell.classList.contains('unfolded');
      cell.classList.toggle('unfolded', open);
      t.setAttribute('aria-expanded', String(open));
      t.textContent = open ? 'show fewer' : t.getAttribute('data-more');
    }
  });
  var collator = new Intl.Collator(undefined, { numeric: true });
  var keys = [];
  function keyOf(col) {
    if (!keys[col]) keys[col] = rows.map(function (r) {
      var c = r.cells[col];
      var k = c.hasAttribute('data-key') ? c.getAttribute('data-key') : c.textContent;
      return { r: r, k: k, n: k !== '' && !isNaN(Number(k)) ? Number(k) : NaN };
    });
    return keys[col];
  }
  var headers = Array.prototype.slice.call(document.querySelectorAll('#matrix th'));
  headers.forEach(function (th) {
    th.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); th.click(); }
    });
    th.addEventListener('click', function () {
      var col = Number(th.getAttribute('data-col'));
      var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      headers.forEach(function (o) { o.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      var sorted = keyOf(col).slice().sort(function (a, b) {
        var d = !isNaN(a.n) && !isNaN(b.n) ? a.n - b.n : collator.compare(a.k, b.k);
        return d * dir;
      });
      var index = new Map(rows.map(function (r, i) { return [r, i]; }));
      var fragment = document.createDocumentFragment();
      var order = sorted.map(function (x) { return index.get(x.r); });
      rows = order.map(function (i) { return rows[i]; });
      text = order.map(function (i) { return text[i]; });
      state = order.map(function (i) { return state[i]; });
      visible = order.map(function (i) { return visible[i]; });
      rows.forEach(function (r) { fragment.appendChild(r); });
      tbody.appendChild(fragment);
    });
  });
  // A link to a row the filters hide (a parent, say) clears the filters so the row can be seen.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target && target.parentNode === tbody && target.hidden) {
      search.value = '';
      setStatus('all');
      apply();
      target.scrollIntoView();
    }
  }
  window.addEventListener('hashchange', reveal);
  apply();
  reveal();
})();
`;

;// CONCATENATED MODULE: ./lib/report/trace-formats.js




/** What a QA engineer filters by: suspect first (it needs action whatever the verdict), then the verdict. */
function rowStatus(row) {
    return row.suspect ? 'suspect' : row.verdict;
}
const trace_formats_at = (r) => `${r.file}:${r.line}`;
const junitCell = (row) => row.cases.map((c) => `${c.status}: ${c.name} (${trace_formats_at({ file: c.report, line: c.line })})`);
function renderTraceJson(m, meta) {
    const children = matrixChildren(m.rows);
    return `${JSON.stringify({
        schema: 'sdlc-gate/trace@1',
        ...meta,
        counts: (0,trace/* countMatrix */.p)(m),
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
        duplicates: m.duplicates.map((defs) => ({ id: defs[0].id, at: defs.map((d) => ({ file: d.file, line: d.line })) })),
        problems: m.findings,
    }, null, 2)}\n`;
}
/** RFC 4180, with formula-looking cells defused so a spreadsheet never evaluates repository text. */
function csvCell(value) {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
function renderTraceCsv(m) {
    const header = ['id', 'title', 'class', 'parents', 'status', 'file', 'line', 'tests', 'junit'];
    const lines = [header.join(',')];
    for (const row of m.rows) {
        const r = row.requirement;
        lines.push([
            r.id,
            r.title,
            row.class,
            (r.parents ?? []).join('; '),
            rowStatus(row),
            r.file,
            String(r.line),
            row.tests.map(trace_formats_at).join('; '),
            junitCell(row).join('; '),
        ]
            .map(csvCell)
            .join(','));
    }
    return `${lines.join('\r\n')}\r\n`;
}
function countsLine(m) {
    const c = (0,trace/* countMatrix */.p)(m);
    return (`${c.requirements} requirements: ${c.tested} tested` +
        (m.junit ? `, ${c.verified} verified` : '') +
        `, ${c.untested} untested, ${c.unknownReferences} unknown references` +
        (m.compared ? `, ${c.suspect} suspect` : ''));
}
function renderTraceMarkdown(m, meta) {
    const cell = (s) => (0,report_escape/* escapeMarkdown */.FV)(s).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
    // Places as code spans, as the check report shows them: no escaping noise, and inert.
    const code = (s) => `\`${s
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
        const tests = row.tests.map((t) => code(trace_formats_at(t))).join(', ') || '—';
        const parents = (r.parents ?? []).map(cell).join(', ') || '—';
        out.push(`| ${mark} | ${cell(r.id)} | ${cell(r.title)} | ${cell(row.class)} | ${parents} | ${code(trace_formats_at(r))} | ${tests} | ${cell(junitCell(row).join(', ')) || '—'} |`);
    }
    out.push(...problemsMarkdown(m, cell));
    return `${out.join('\n')}\n`;
}
function problemsMarkdown(m, cell) {
    const lines = [];
    if (m.unknownReferences.length) {
        lines.push('', '## Unknown references', '');
        for (const u of m.unknownReferences)
            lines.push(`- ${cell(trace_formats_at(u))}: ${cell(u.id)}`);
    }
    if (m.deleted.length) {
        lines.push('', '## Deleted since the base', '');
        for (const d of m.deleted)
            lines.push(`- ${cell(d.requirement.id)}: was at ${cell(trace_formats_at(d.requirement))}${d.tests.length ? `; still cited by ${cell(d.tests.map(trace_formats_at).join(', '))}` : ''}`);
    }
    if (m.duplicates.length) {
        lines.push('', '## Duplicate ids', '');
        for (const defs of m.duplicates)
            lines.push(`- ${cell(defs[0].id)}: ${cell(defs.map(trace_formats_at).join(', '))}`);
    }
    if (m.findings.length) {
        lines.push('', '## Sources that could not be read', '');
        for (const f of m.findings)
            lines.push(`- ${f.file ? `${cell(f.file)}${f.line ? `:${f.line}` : ''}: ` : ''}${cell(f.message)}`);
    }
    return lines;
}


/***/ })

};
