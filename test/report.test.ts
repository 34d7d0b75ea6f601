import { describe, expect, it } from 'vitest';
import { toAnnotations } from '../src/report/annotations.js';
import { escapeMarkdown } from '../src/report/escape.js';
import { renderJson } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderText } from '../src/report/text.js';
import type { EvaluationResult, GateResult, ReportContext } from '../src/types.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

function result(gates: GateResult[], status: 'pass' | 'fail' = 'fail'): EvaluationResult {
  return { schema: 'sdlc-gate/result@1', status, base: B, head: A, policy: { path: '.github/sdlc-gate.yml', ref: B, sha256: 'c'.repeat(64) }, gates };
}

const failing: GateResult = {
  id: 'qa-review',
  rule: 'reviews',
  level: 'error',
  status: 'fail',
  summary: 'needs 1 approval from qa (quinn)',
  findings: [{ severity: 'error', message: 'needs 1 approval from qa (quinn) on the latest commit aaaaaaa; has none.' }],
  refs: ['IEC 62304 5.5.3'],
};
const passing: GateResult = { id: 'reviews', rule: 'reviews', level: 'error', status: 'pass', summary: '1 approval (erin)', findings: [] };
const skipped: GateResult = { id: 'labels', rule: 'reviews', level: 'error', status: 'skip', summary: 'skipped: the pull request has none of the labels release', findings: [] };

describe('escapeMarkdown', () => {
  it('renders HTML, Markdown, mentions and newlines inert', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> **bold** [link](http://x) @acme/qa `code`\nnext | cell')).toBe(
      '&lt;img src=x onerror=alert\\(1\\)&gt; \\*\\*bold\\*\\* \\[link\\]\\(http\\://x\\) @&#8203;acme/qa \\`code\\` next \\| cell',
    );
  });
  it('drops control characters', () => {
    expect(escapeMarkdown('a\u0000b\u001bc')).toBe('abc');
  });
});

describe('renderMarkdown', () => {
  const ctx: ReportContext = { result: result([passing, failing, skipped]), pr: { number: 12, title: 'Raise <b>bolus</b> @everyone' }, notes: ['This pull request changes .github/sdlc-gate.yml; it was evaluated with the base version.'] };

  it('leads with what failed, folds away what passed or was skipped', () => {
    const text = renderMarkdown(ctx);
    expect(text).toBe(`### ❌ sdlc-gate: 1 of 3 gates failed

Pull request #12: Raise &lt;b&gt;bolus&lt;/b&gt; @&#8203;everyone

| | Gate | Result |
| --- | --- | --- |
| ❌ | **qa\\-review**<br><sub>IEC 62304 5\\.5\\.3</sub> | needs 1 approval from qa \\(quinn\\) |

#### ❌ qa\\-review (reviews) — IEC 62304 5\\.5\\.3
- **error**: needs 1 approval from qa \\(quinn\\) on the latest commit aaaaaaa; has none\\.

<details><summary>1 passed, 1 skipped</summary>

| | Gate | Result |
| --- | --- | --- |
| ✅ | **reviews** | 1 approval \\(erin\\) |
| ⏭️ | **labels** | skipped\\: the pull request has none of the labels release |

</details>

> This pull request changes \\.github/sdlc\\-gate\\.yml; it was evaluated with the base version\\.

<sub>policy \\.github/sdlc\\-gate\\.yml at bbbbbbb, sha256 cccccccccccc; base bbbbbbb, head aaaaaaa</sub>
`);
  });

  it('puts the marker first when given', () => {
    expect(renderMarkdown(ctx, { header: '<!-- sdlc-gate:x -->' }).startsWith('<!-- sdlc-gate:x -->\n### ❌')).toBe(true);
  });

  it('stays under the size limit by cutting findings, with a count', () => {
    const many: GateResult = { ...failing, findings: Array.from({ length: 2000 }, (_, i) => ({ severity: 'error' as const, message: `finding ${i} ${'x'.repeat(100)}`, file: `f${i}.ts`, line: i + 1 })) };
    const text = renderMarkdown({ result: result([many]), notes: [] }, { maxLength: 65_536 });
    expect(text.length).toBeLessThanOrEqual(65_536);
    expect(text).toContain('- … and 1975 more findings (see the check run annotations or the JSON result)');
    const tiny = renderMarkdown({ result: result([many]), notes: [] }, { maxLength: 300 });
    expect(tiny.length).toBeLessThanOrEqual(300);
    expect(tiny).toContain('the report was cut');
  });

  it('renders a gate\'s tables escaped, folds collapsed ones, and cuts rows before the size limit', () => {
    const tables: GateResult = {
      ...failing,
      tables: [
        { title: 'Open vulnerabilities', columns: ['Component', 'Id'], rows: [['lodash@4.17.20 | <b>', 'GHSA-x @team']] },
        { title: 'Assessed', columns: ['Id', 'Justification'], rows: [], collapsed: true },
      ],
    };
    const text = renderMarkdown({ result: result([tables]), notes: [] });
    expect(text).toContain(
      '**Open vulnerabilities (1)**\n\n| Component | Id |\n| --- | --- |\n| lodash@&#8203;4\\.17\\.20 \\| &lt;b&gt; | GHSA\\-x @&#8203;team |',
    );
    expect(text).toContain('<details><summary>Assessed (0)</summary>\n\nnone\n\n</details>');
    // A <summary> opens an HTML block, where Markdown escapes would show: its title is escaped as HTML.
    const hostileTitle: GateResult = { ...failing, tables: [{ title: 'Touched (by @team) <b>*x*</b>', columns: ['a'], rows: [], collapsed: true }] };
    expect(renderMarkdown({ result: result([hostileTitle]), notes: [] })).toContain('<details><summary>Touched (by @&#8203;team) &lt;b&gt;*x*&lt;/b&gt; (0)</summary>');
    const big: GateResult = { ...failing, tables: [{ title: 'T', columns: ['a'], rows: Array.from({ length: 5000 }, (_, i) => [`row ${i} ${'y'.repeat(60)}`]) }] };
    const cut = renderMarkdown({ result: result([big]), notes: [] });
    expect(cut.length).toBeLessThanOrEqual(65_536);
    expect(cut).toContain('… and 4800 more rows, cut to fit GitHub\'s size limit');
    expect(renderText({ result: result([tables]), notes: [] })).toContain('      Open vulnerabilities (1):\n        Component: lodash@4.17.20 | <b>; Id: GHSA-x @team\n');
  });

  it('says when every gate passed', () => {
    expect(renderMarkdown({ result: result([passing], 'pass'), notes: [] })).toMatch(/^### ✅ sdlc-gate: all 1 gate passed or skipped/);
  });
});

describe('renderJson', () => {
  it('has exactly the documented shape', () => {
    const withExtras: GateResult = { ...failing, findings: [{ severity: 'warning', message: 'm', file: 'a.ts', line: 3, endLine: 4, help: 'h' }] };
    expect(JSON.parse(renderJson(result([withExtras])))).toEqual({
      schema: 'sdlc-gate/result@1',
      status: 'fail',
      base: B,
      head: A,
      policy: { path: '.github/sdlc-gate.yml', ref: B, sha256: 'c'.repeat(64) },
      gates: [{ id: 'qa-review', rule: 'reviews', level: 'error', status: 'fail', summary: failing.summary, findings: [{ severity: 'warning', message: 'm', file: 'a.ts', line: 3 }] }],
    });
  });
});

describe('renderText', () => {
  it('lists gates attention first, one line each, findings beneath', () => {
    const f: GateResult = { ...failing, findings: [{ severity: 'error', message: 'two\nlines', file: 'x.ts', line: 2 }] };
    expect(renderText({ result: result([passing, f]), notes: [] })).toBe(
      'sdlc-gate: FAIL — 1 of 2 gates failed (policy .github/sdlc-gate.yml at bbbbbbb; base bbbbbbb, head aaaaaaa)\n' +
        'FAIL  qa-review (reviews): needs 1 approval from qa (quinn)\n' +
        '      error: x.ts:2: two lines\n' +
        'PASS  reviews: 1 approval (erin)\n',
    );
  });
});

describe('toAnnotations', () => {
  it('places findings with a file on their line; a warning-level gate annotates as warning', () => {
    const g: GateResult = { ...failing, level: 'warning', status: 'warn', findings: [{ severity: 'error', message: 'm', file: 'a.ts' }, { severity: 'notice', message: 'n' }] };
    expect(toAnnotations(result([g]))).toEqual([{ path: 'a.ts', start_line: 1, end_line: 1, annotation_level: 'warning', title: 'qa-review (reviews)', message: 'm' }]);
  });
});
