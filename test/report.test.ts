import { describe, expect, it } from 'vitest';
import { toAnnotations } from '../src/report/annotations.js';
import { escapeMarkdown } from '../src/report/escape.js';
import { renderJson } from '../src/report/json.js';
import { linksFromEnvironment, renderMarkdown } from '../src/report/markdown.js';
import { renderText } from '../src/report/text.js';
import type { EvaluationResult, GateResult, ReportContext } from '../src/core/types.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

function result(gates: GateResult[], status: 'pass' | 'fail' = 'fail'): EvaluationResult {
  return {
    schema: 'sdlc-gate/result@1',
    status,
    base: B,
    head: A,
    policy: { path: '.github/sdlc-gate.yml', ref: B, sha256: 'c'.repeat(64) },
    gates,
  };
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
const skipped: GateResult = {
  id: 'labels',
  rule: 'reviews',
  level: 'error',
  status: 'skip',
  summary: 'skipped: the pull request has none of the labels release',
  findings: [],
};

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
  const ctx: ReportContext = {
    result: result([passing, failing, skipped]),
    pr: { number: 12, title: 'Raise <b>bolus</b> @everyone' },
    notes: ['This pull request changes .github/sdlc-gate.yml; it was evaluated with the base version.'],
  };

  it('leads with the verdict and the steps to pass, then what failed; folds away what passed or was skipped', () => {
    const text = renderMarkdown(ctx);
    expect(text).toBe(`### ❌ sdlc-gate: 1 of 3 gates failed

Pull request #12: Raise &lt;b&gt;bolus&lt;/b&gt; @&#8203;everyone

**To pass** (1 step):

1. needs 1 approval from qa \\(quinn\\) on the latest commit aaaaaaa; has none\\. <sub>qa\\-review</sub>

| | Gate | Result |
| --- | --- | --- |
| ❌ | **qa\\-review**<br><sub>IEC 62304 5\\.5\\.3</sub> | needs 1 approval from qa \\(quinn\\) |

#### ❌ qa\\-review (reviews) — IEC 62304 5\\.5\\.3

- **error**: needs 1 approval from qa \\(quinn\\) on the latest commit aaaaaaa; has none\\.

<details><summary>✅ 1 passed, ⏭️ 1 skipped</summary>

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

  it('lists each step once across gates, with its command and the gates it clears; a finding without an action stands for itself once per gate', () => {
    const regenerate = { text: 'Regenerate sbom.cdx.json from package-lock.json', command: 'npm run `sbom`' };
    const sbom: GateResult = {
      id: 'sbom',
      rule: 'sbom',
      level: 'error',
      status: 'fail',
      summary: 'package-lock.json changed but sbom.cdx.json did not',
      findings: [
        {
          severity: 'error',
          message: 'package-lock.json pins a 1.0.0, which the SBOM does not list',
          file: 'package-lock.json',
          line: 10,
          action: regenerate,
        },
        {
          severity: 'error',
          message: 'package-lock.json pins b 2.0.0, which the SBOM does not list',
          file: 'package-lock.json',
          line: 20,
          action: regenerate,
        },
        { severity: 'warning', message: 'a warning has no step', action: { text: 'Not a step' } },
      ],
    };
    const vulns: GateResult = {
      ...sbom,
      id: 'vulns',
      rule: 'vulnerabilities',
      findings: [{ severity: 'error', message: 'the SBOM is stale', action: regenerate }],
    };
    const unexplained: GateResult = {
      ...sbom,
      id: 'trace',
      rule: 'traceability',
      status: 'error',
      findings: [
        { severity: 'error', message: 'REQ-1 is cited by no test — add one.' },
        { severity: 'error', message: 'REQ-2 is cited by no test — add one.' },
      ],
    };
    const warned: GateResult = {
      ...sbom,
      id: 'advisory',
      level: 'warning',
      status: 'warn',
      findings: [{ severity: 'error', message: 'x', action: { text: 'Not a step either' } }],
    };
    const text = renderMarkdown({ result: result([sbom, warned, unexplained, vulns]), notes: [] });
    const steps = text.slice(text.indexOf('**To pass**'), text.indexOf('| | Gate |'));
    expect(steps).toBe(
      '**To pass** (2 steps):\n\n' +
        '1. REQ\\-1 is cited by no test — add one\\. \\(and 1 more below\\) <sub>trace</sub>\n' +
        '2. Regenerate sbom\\.cdx\\.json from package\\-lock\\.json — run `` npm run `sbom` `` <sub>sbom, vulns</sub>\n\n',
    );
    expect(text).not.toContain('Not a step');
    // The same request with a reason added is one step, clearing both gates.
    const owners: GateResult = {
      ...failing,
      id: 'owners',
      findings: [
        {
          severity: 'error',
          message: 'm',
          action: { text: 'Ask erin to approve the latest commit aaaaaaa (owner of src/** by CODEOWNERS line 7)' },
        },
      ],
    };
    const classC: GateResult = {
      ...failing,
      id: 'class-c',
      findings: [{ severity: 'error', message: 'n', action: { text: 'Ask erin to approve the latest commit aaaaaaa' } }],
    };
    const merged = renderMarkdown({ result: result([classC, owners]), notes: [] });
    expect(merged).toContain(
      '**To pass** (1 step):\n\n1. Ask erin to approve the latest commit aaaaaaa \\(owner of src/\\*\\* by CODEOWNERS line 7\\) <sub>owners, class\\-c</sub>\n',
    );
    // The summary the table row shows is not repeated as a finding: a gate whose only finding it is has no section.
    const only: GateResult = { ...failing, findings: [{ severity: 'error', message: failing.summary }] };
    const once = renderMarkdown({ result: result([only]), notes: [] });
    expect(once.split('needs 1 approval from qa \\(quinn\\)').length - 1).toBe(2); // the step and the table row
    expect(once).not.toContain('- **error**');
    expect(once).not.toContain('#### ');
    // Nothing to do when it passes.
    expect(renderMarkdown({ result: result([passing, warned], 'pass'), notes: [] })).not.toContain('To pass');
  });

  it('escapes what a step echoes from the repository, and never pings anyone', () => {
    const hostile: GateResult = {
      ...failing,
      findings: [
        {
          severity: 'error',
          message: 'm',
          action: { text: 'Ask @acme/qa to approve <img src=x onerror=alert(1)> [x](javascript:y)', command: 'echo `id` @carol\nrm -rf /' },
        },
      ],
    };
    const text = renderMarkdown({ result: result([hostile]), notes: [] });
    expect(text).toContain(
      '1. Ask @&#8203;acme/qa to approve &lt;img src=x onerror=alert\\(1\\)&gt; \\[x\\]\\(javascript\\:y\\) — run ``echo `id` @carol rm -rf /`` <sub>qa\\-review</sub>',
    );
    expect(renderText({ result: result([hostile]), notes: [] })).toContain(
      '  1. Ask @acme/qa to approve <img src=x onerror=alert(1)> [x](javascript:y) (run: echo `id` @carol rm -rf /) [qa-review]\n',
    );
  });

  it('links every file:line to the file at the head commit, and the check run and job summary, when the repository is known', () => {
    const located: GateResult = {
      ...failing,
      findings: [
        { severity: 'error', message: 'm1', file: '.github/CODEOWNERS', line: 13 },
        { severity: 'error', message: 'm2', file: 'docs/a (b) @c #d.md', line: 2, endLine: 4 },
        { severity: 'error', message: 'm3', file: 'sbom.cdx.json' },
        { severity: 'error', message: 'm4', file: '../outside', line: 1 },
      ],
    };
    const links = {
      server: 'https://github.example',
      repository: 'acme/pump',
      checkRun: 'https://github.example/acme/pump/runs/7',
      jobSummary: 'https://github.example/acme/pump/actions/runs/9/attempts/1',
    };
    const text = renderMarkdown({ result: result([located]), notes: [], links }, { whole: 'job-summary' });
    expect(text).toContain(
      `- **error** [\\.github/CODEOWNERS\\:13](https://github.example/acme/pump/blob/${A}/.github/CODEOWNERS#L13): m1`,
    );
    expect(text).toContain(
      `- **error** [docs/a \\(b\\) @&#8203;c \\#d\\.md\\:2](https://github.example/acme/pump/blob/${A}/docs/a%20%28b%29%20%40c%20%23d.md#L2-L4): m2`,
    );
    expect(text).toContain(`- **error** [sbom\\.cdx\\.json](https://github.example/acme/pump/blob/${A}/sbom.cdx.json): m3`);
    expect(text).toContain('- **error** \\.\\./outside\\:1: m4');
    expect(text).toContain(
      ' · [check run](https://github.example/acme/pump/runs/7) · [job summary](https://github.example/acme/pump/actions/runs/9/attempts/1)</sub>',
    );
    // Unknown or odd: plain text, never a link built from it.
    const plain = renderMarkdown({ result: result([located]), notes: [] });
    expect(plain).toContain('- **error** \\.github/CODEOWNERS\\:13: m1');
    expect(plain).not.toContain('](');
    const odd = renderMarkdown({
      result: result([located]),
      notes: [],
      links: { server: 'javascript:alert(1)', repository: 'acme/pump', checkRun: 'https://x/(y)' },
    });
    expect(odd).not.toContain('](');
  });

  it('takes its links from the Actions environment', () => {
    expect(
      linksFromEnvironment({
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'acme/pump',
        GITHUB_RUN_ID: '42',
        GITHUB_RUN_ATTEMPT: '2',
      }),
    ).toEqual({
      server: 'https://github.com',
      repository: 'acme/pump',
      jobSummary: 'https://github.com/acme/pump/actions/runs/42/attempts/2',
    });
    expect(linksFromEnvironment({})).toEqual({});
    expect(linksFromEnvironment({ GITHUB_REPOSITORY: 'acme/pump)x' })).toEqual({});
  });

  it('cuts between findings, never inside one, and says how many were left out and where they are', () => {
    const many: GateResult = {
      ...failing,
      findings: Array.from({ length: 2000 }, (_, i) => ({
        severity: 'error' as const,
        message: `finding ${i} ${'x'.repeat(100)}`,
        file: `f${i}.ts`,
        line: i + 1,
      })),
    };
    const other: GateResult = {
      ...failing,
      id: 'second',
      findings: Array.from({ length: 30 }, (_, i) => ({ severity: 'error' as const, message: `second ${i}` })),
    };
    const links = { jobSummary: 'https://github.com/acme/pump/actions/runs/9' };
    const text = renderMarkdown({ result: result([many, other]), notes: [], links }, { maxLength: 65_536, whole: 'job-summary' });
    expect(text.length).toBeLessThanOrEqual(65_536);
    const shown = text.split('\n').filter((l) => /^- \*\*error\*\* f\d+\\\.ts\\:\d+: finding \d+ x{100}$/.test(l)).length;
    expect(shown).toBeGreaterThan(300);
    expect(text).toContain(
      `- … ${2000 - shown} more findings not shown — see [the job summary](https://github.com/acme/pump/actions/runs/9)`,
    );
    // Every gate keeps its share: the small one is shown whole.
    expect(text).toContain('- **error**: second 29');
    expect(text).toContain(
      `> ✂️ This report was cut to fit GitHub's size limit: ${2000 - shown} findings not shown — see [the job summary](https://github.com/acme/pump/actions/runs/9).`,
    );
    expect(text.endsWith('</sub>\n')).toBe(true);
    // The job summary's limit is in bytes: multi-byte text is cut sooner.
    const wide: GateResult = {
      ...failing,
      findings: Array.from({ length: 3000 }, (_, i) => ({ severity: 'error' as const, message: `${i} ${'漢'.repeat(200)}` })),
    };
    const summary = renderMarkdown({ result: result([wide]), notes: [] }, { maxBytes: 1024 * 1024 });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(Buffer.byteLength(summary)).toBeGreaterThan(1000 * 1024);
    expect(summary).toMatch(/- … \d+ more findings not shown — see the check run's annotations or the JSON result\n/);
    // A tiny limit keeps the verdict and says where the rest is.
    const tiny = renderMarkdown({ result: result([many]), notes: [] }, { maxLength: 300 });
    expect(tiny.length).toBeLessThanOrEqual(300);
    expect(tiny).toContain('### ❌ sdlc-gate: 1 of 1 gate failed');
    expect(tiny).toMatch(/not shown|too long/);
  });

  it("renders a gate's tables escaped, folds collapsed ones, and cuts rows before the size limit", () => {
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
    const hostileTitle: GateResult = {
      ...failing,
      tables: [{ title: 'Touched (by @team) <b>*x*</b>', columns: ['a'], rows: [], collapsed: true }],
    };
    expect(renderMarkdown({ result: result([hostileTitle]), notes: [] })).toContain(
      '<details><summary>Touched (by @&#8203;team) &lt;b&gt;*x*&lt;/b&gt; (0)</summary>',
    );
    const big: GateResult = {
      ...failing,
      tables: [{ title: 'T', columns: ['a'], rows: Array.from({ length: 5000 }, (_, i) => [`row ${i} ${'y'.repeat(60)}`]) }],
    };
    const cut = renderMarkdown({ result: result([big]), notes: [] });
    expect(cut.length).toBeLessThanOrEqual(65_536);
    const rows = cut.split('\n').filter((l) => /^\| row \d+ y{60} \|$/.test(l)).length;
    expect(rows).toBeGreaterThan(500);
    expect(cut).toContain(`\n… ${5000 - rows} more rows not shown — see the check run's annotations or the JSON result`);
    expect(cut).toContain(`: ${5000 - rows} table rows not shown`);
    expect(renderText({ result: result([tables]), notes: [] })).toContain(
      '      Open vulnerabilities (1):\n        Component: lodash@4.17.20 | <b>; Id: GHSA-x @team\n',
    );
  });

  it('says when every gate passed', () => {
    expect(renderMarkdown({ result: result([passing], 'pass'), notes: [] })).toMatch(/^### ✅ sdlc-gate: all 1 gate passed\n/);
    expect(renderMarkdown({ result: result([passing, skipped], 'pass'), notes: [] })).toMatch(
      /^### ✅ sdlc-gate: all 2 gates passed or skipped\n/,
    );
  });

  it('takes time linear in the findings, however many (a scaling test)', () => {
    const ctxOf = (n: number): ReportContext => ({
      result: result([
        {
          ...failing,
          findings: Array.from({ length: n }, (_, i) => ({
            severity: 'error' as const,
            message: `finding ${i} ${'x'.repeat(40)}`,
            file: `src/f${i}.ts`,
            line: i + 1,
            action: { text: `Fix f${i}` },
          })),
        },
      ]),
      notes: [],
      links: { server: 'https://github.com', repository: 'acme/pump' },
    });
    const time = (n: number) => {
      const c = ctxOf(n);
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        renderMarkdown(c); // both sizes are over a comment's limit: the cut is timed too
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(2000); // warm-up
    const small = time(3000);
    const large = time(24_000);
    expect(large / small).toBeLessThan(8 * 3);
  });
});

describe('renderJson', () => {
  it('has exactly the documented shape', () => {
    const withExtras: GateResult = {
      ...failing,
      findings: [{ severity: 'warning', message: 'm', file: 'a.ts', line: 3, endLine: 4, help: 'h' }],
    };
    expect(JSON.parse(renderJson(result([withExtras])))).toEqual({
      schema: 'sdlc-gate/result@1',
      status: 'fail',
      base: B,
      head: A,
      policy: { path: '.github/sdlc-gate.yml', ref: B, sha256: 'c'.repeat(64) },
      gates: [
        {
          id: 'qa-review',
          rule: 'reviews',
          level: 'error',
          status: 'fail',
          summary: failing.summary,
          findings: [{ severity: 'warning', message: 'm', file: 'a.ts', line: 3 }],
        },
      ],
    });
  });
});

describe('renderText', () => {
  it('lists gates attention first, one line each, findings beneath', () => {
    const f: GateResult = { ...failing, findings: [{ severity: 'error', message: 'two\nlines', file: 'x.ts', line: 2 }] };
    expect(renderText({ result: result([passing, f]), notes: [] })).toBe(
      'sdlc-gate: FAIL — 1 of 2 gates failed (policy .github/sdlc-gate.yml at bbbbbbb; base bbbbbbb, head aaaaaaa)\n' +
        'to pass:\n' +
        '  1. two lines [qa-review]\n' +
        'FAIL  qa-review (reviews): needs 1 approval from qa (quinn)\n' +
        '      error: x.ts:2: two lines\n' +
        'PASS  reviews: 1 approval (erin)\n',
    );
  });
});

describe('toAnnotations', () => {
  it('places findings with a file on their line; a warning-level gate annotates as warning', () => {
    const g: GateResult = {
      ...failing,
      level: 'warning',
      status: 'warn',
      findings: [
        { severity: 'error', message: 'm', file: 'a.ts' },
        { severity: 'notice', message: 'n' },
      ],
    };
    expect(toAnnotations(result([g]))).toEqual([
      { path: 'a.ts', start_line: 1, end_line: 1, annotation_level: 'warning', title: 'qa-review (reviews)', message: 'm' },
    ]);
  });
});
