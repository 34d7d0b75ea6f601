import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stampTree } from '../examples/example-files.mjs';
import { checkPullRequest } from '../src/app/check.js';
import { GitRepo } from '../src/facts/git/index.js';
import { gitSources, parseCommitsJson, parseReviewsJson, parseTeamsJson, permissionsOfReviews } from '../src/facts/local.js';
import { renderMarkdown } from '../src/report/markdown.js';
import type { PullRequest, ReportContext } from '../src/core/types.js';
import { exampleRepo } from './helpers/example-repo.js';
import type { TestRepo } from './helpers/git-repo.js';

// The pull request comment as a maintainer sees it: the example device repository's demo pull request evaluated by
// the real gates, its report rendered as GitHub renders Markdown (GFM) with a GitHub-like stylesheet, in headless
// Chromium — first as pushed (failing), then fixed (passing). The screenshots are kept under test-artifacts/.

const CHROMIUM = '/usr/bin/chromium';
const EXAMPLE = fileURLToPath(new URL('../examples/infusion-pump/', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/report/', import.meta.url));
const MARKER = '<!-- sdlc-gate:sdlc-gate -->';
const LINKS = {
  server: 'https://github.com',
  repository: 'acme/sp200-firmware',
  checkRun: 'https://github.com/acme/sp200-firmware/runs/900',
  jobSummary: 'https://github.com/acme/sp200-firmware/actions/runs/77/attempts/1',
};

let repo: TestRepo;
let base = '';
const heads: string[] = [];

async function evaluate(head: string, reviewsFile: string, ticked: boolean): Promise<ReportContext> {
  const event = JSON.parse(readFileSync(join(EXAMPLE, 'event.json'), 'utf8')) as {
    number: number;
    pull_request: {
      title: string;
      body: string;
      labels: { name: string }[];
      user: { login: string };
      head: { ref: string };
      base: { ref: string };
    };
  };
  const p = event.pull_request;
  const pr: PullRequest = {
    number: event.number,
    title: p.title,
    body: ticked ? p.body.replaceAll('- [ ] ', '- [x] ') : p.body,
    labels: p.labels.map((l) => l.name),
    author: p.user.login,
    baseSha: base,
    headSha: head,
    headRef: p.head.ref,
    baseRef: p.base.ref,
  };
  const withShas = readFileSync(join(EXAMPLE, reviewsFile), 'utf8')
    .replaceAll('BASE_SHA', base)
    .replaceAll('FIRST_SHA', heads[0]!)
    .replaceAll('HEAD_SHA', head);
  const reviews = parseReviewsJson(withShas, reviewsFile);
  const permissions = permissionsOfReviews(reviews, reviewsFile);
  const commits = parseCommitsJson(
    readFileSync(join(EXAMPLE, 'commits.json'), 'utf8').replaceAll('FIRST_SHA', heads[0]!).replaceAll('HEAD_SHA', head),
    'commits.json',
  );
  const teams = parseTeamsJson(readFileSync(join(EXAMPLE, 'teams.json'), 'utf8'), 'teams.json');
  repo.git('checkout', '-q', head);
  const outcome = await checkPullRequest('.github/sdlc-gate.yml', {
    pr,
    ...gitSources(new GitRepo(repo.dir), pr),
    reviews: async () => reviews,
    // Who may approve, as the CLI reads it from the example's files: the reviewers' write access and the commits.
    permission: async (login) => permissions.get(login.toLowerCase()) ?? 'none',
    commits: async () => commits,
    teamMembers: async (team) => teams.get(team.toLowerCase()) ?? [],
  });
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.message).join('\n'));
  return { ...outcome.report, links: LINKS };
}

/** The comment's Markdown as GitHub renders it (GFM; GitHub keeps <details>, <summary>, <sub> and <br>). */
function toHtml(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

/** A page with GitHub's comment look: its fonts, sizes, table and list styles, in a comment-wide column. */
function page(body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; background: #fff; }
.comment { box-sizing: border-box; width: 820px; margin: 16px; border: 1px solid #d0d7de; border-radius: 6px; }
.comment > .head { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; font: 14px -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #57606a; }
.markdown-body { padding: 16px; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; color: #1f2328; word-wrap: break-word; }
.markdown-body > *:first-child { margin-top: 0 !important; }
.markdown-body h3 { font-size: 1.25em; font-weight: 600; line-height: 1.25; margin: 24px 0 16px; }
.markdown-body h4 { font-size: 1em; font-weight: 600; line-height: 1.25; margin: 24px 0 16px; }
.markdown-body p, .markdown-body ul, .markdown-body ol, .markdown-body table, .markdown-body blockquote, .markdown-body details { margin: 0 0 16px; }
.markdown-body ul, .markdown-body ol { padding-left: 2em; }
.markdown-body li + li { margin-top: .25em; }
.markdown-body a { color: #0969da; text-decoration: none; }
.markdown-body code { padding: .2em .4em; font: 85% ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; background: rgba(175,184,193,.2); border-radius: 6px; }
.markdown-body table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
.markdown-body th, .markdown-body td { padding: 6px 13px; border: 1px solid #d0d7de; }
.markdown-body th { font-weight: 600; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d0d7de; }
.markdown-body sub { font-size: 75%; color: #59636e; }
.markdown-body summary { cursor: pointer; }
</style></head><body><div class="comment"><div class="head"><b>github-actions</b> bot commented</div><div class="markdown-body">${body}</div></div></body></html>`;
}

let failing: ReportContext;
let passing: ReportContext;

beforeAll(async () => {
  ({ repo, base } = exampleRepo());
  repo.git('checkout', '-q', '-b', 'pr');
  for (const dir of ['1-change', '2-update', '3-assess']) {
    cpSync(join(EXAMPLE, 'pr', dir), repo.dir, { recursive: true });
    stampTree(repo.dir);
    heads.push(repo.commit(`demo ${dir}`));
  }
  failing = await evaluate(heads[0]!, 'reviews-failing.json', false);
  passing = await evaluate(heads[2]!, 'reviews-passing.json', true);
  mkdirSync(ARTIFACTS, { recursive: true });
}, 120_000);
afterAll(() => repo?.remove());

describe('the pull request comment, rendered', () => {
  it('failing: the verdict, then the steps to pass addressed to people, the failed gates with linked findings, the rest folded', () => {
    expect(failing.result.status).toBe('fail');
    const md = renderMarkdown(failing, { header: MARKER, whole: 'job-summary' });
    const html = toHtml(md);
    writeFileSync(join(ARTIFACTS, 'failing.md'), md);
    writeFileSync(join(ARTIFACTS, 'failing.html'), page(html));

    // The verdict first, then "To pass" before any table.
    expect(html.indexOf('<h3>❌ sdlc-gate:')).toBeGreaterThan(-1);
    expect(html.indexOf('<strong>To pass</strong>')).toBeGreaterThan(html.indexOf('<h3>'));
    expect(html.indexOf('<strong>To pass</strong>')).toBeLessThan(html.indexOf('<table>'));
    const steps = html.slice(html.indexOf('<ol>'), html.indexOf('</ol>'));
    expect(steps).toContain('Regenerate sbom.cdx.json from package-lock.json');
    expect(steps).toMatch(/Ask carol to approve the latest commit [0-9a-f]{7} \(owner of \/docs\/ by CODEOWNERS line 13\)/);
    expect(steps).toMatch(/Ask erin to approve the latest commit [0-9a-f]{7} again/);
    expect(steps).toContain('Once done, tick &quot;Security impact assessed&quot; in the pull request description');
    // Each step once.
    const items = [...steps.matchAll(/<li>(.*?)<\/li>/gs)].map((m) => m[1]!.replace(/<sub>.*<\/sub>/, '').trim());
    expect(new Set(items).size).toBe(items.length);
    // Findings link to their line at the head commit.
    expect(html).toContain(`<a href="https://github.com/acme/sp200-firmware/blob/${heads[0]}/package-lock.json#L`);
    expect(html).toContain(`<a href="https://github.com/acme/sp200-firmware/blob/${heads[0]}/docs/soup.yml#L`);
    expect(html).toContain('<a href="https://github.com/acme/sp200-firmware/runs/900">check run</a>');
    expect(html).toContain('<a href="https://github.com/acme/sp200-firmware/actions/runs/77/attempts/1">job summary</a>');
    // What passed or was skipped is folded; every <details> is closed again.
    expect(html).toMatch(/<details><summary>✅ \d+ passed/);
    expect(html.split('<details>').length).toBe(html.split('</details>').length);
    // A gate's table row is not repeated as its first finding.
    for (const g of failing.result.gates.filter((x) => x.status === 'fail')) {
      const section = md.slice(md.indexOf(`#### ❌ ${g.id.replace(/-/g, '\\-')}`));
      const next = section.indexOf('\n#### ', 1);
      const body = next > 0 ? section.slice(0, next) : section;
      expect(
        body.split('\n').filter((l) => l.startsWith('- **error**:') && l.includes(g.summary.replace(/[.()-]/g, '\\$&'))).length,
        g.id,
      ).toBe(0);
    }
  });

  it('failing and cut to a small limit: cut between findings, with the count of what is left out and where it is', () => {
    const md = renderMarkdown(failing, { header: MARKER, whole: 'job-summary', maxLength: 8000 });
    writeFileSync(join(ARTIFACTS, 'failing-cut.md'), md);
    expect(md.length).toBeLessThanOrEqual(8000);
    const html = toHtml(md);
    expect(md).toMatch(
      /- … \d+ findings? not shown — see \[the job summary\]\(https:\/\/github\.com\/acme\/sp200-firmware\/actions\/runs\/77\/attempts\/1\)/,
    );
    expect(md).toMatch(
      /> ✂️ This report was cut to fit GitHub's size limit: \d+ findings?(, \d+ table rows?)? not shown — see \[the job summary\]/,
    );
    expect(html.split('<details>').length).toBe(html.split('</details>').length);
    expect(md.trimEnd().endsWith('</sub>')).toBe(true);
    // Every finding line left is whole: it ends as the rule wrote it (a full stop, or the rule's own last word), never mid-word.
    for (const line of md.split('\n').filter((l) => l.startsWith('- **error**'))) expect(line).toMatch(/[.)\w]$/);
    writeFileSync(join(ARTIFACTS, 'failing-cut.html'), page(html));
  });

  it('passing: the verdict alone, no steps, everything folded', () => {
    expect(passing.result.status).toBe('pass');
    const md = renderMarkdown(passing, { header: MARKER, whole: 'job-summary' });
    const html = toHtml(md);
    writeFileSync(join(ARTIFACTS, 'passing.html'), page(html));
    expect(html).toMatch(/^<!-- sdlc-gate:sdlc-gate -->\n<h3>✅ sdlc-gate: all \d+ gates passed<\/h3>/);
    expect(html).not.toContain('To pass');
    expect(html).toMatch(/<details><summary>✅ \d+ passed/);
  });

  const browserTest = existsSync(CHROMIUM) ? it : it.skip;
  if (!existsSync(CHROMIUM)) console.warn(`skipping the browser test of the report: ${CHROMIUM} is absent (run .ci/install-chromium)`);

  browserTest(
    'in headless Chromium: the verdict and the steps to pass are on the first screen; passed gates are folded until opened',
    async () => {
      let browser: Browser | undefined;
      try {
        browser = await chromium.launch({
          executablePath: CHROMIUM,
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
          ],
        });
        const tab = await browser.newPage({ viewport: { width: 860, height: 800 } });
        const requests: string[] = [];
        tab.on('request', (req) => requests.push(req.url()));

        await tab.goto(`file://${join(ARTIFACTS, 'failing.html')}`);
        const verdict = tab.locator('h3');
        expect(await verdict.textContent()).toMatch(/^❌ sdlc-gate: \d+ of \d+ gates failed$/);
        const steps = tab.locator('.markdown-body > ol').first().locator('> li');
        expect(await steps.count()).toBeGreaterThanOrEqual(5);
        // The whole "To pass" list fits on the first screen, above the gate table.
        const last = await steps.last().boundingBox();
        expect(last!.y + last!.height).toBeLessThan(800);
        expect((await tab.locator('table').first().boundingBox())!.y).toBeGreaterThan(last!.y);
        // Passed gates are folded: their table is hidden until the summary is clicked.
        const folded = tab.locator('details', { has: tab.locator('summary', { hasText: /passed/ }) }).last();
        expect(await folded.locator(':scope > table').isVisible()).toBe(false);
        await tab.screenshot({ path: join(ARTIFACTS, 'failing.png'), fullPage: true });
        await tab.screenshot({ path: join(ARTIFACTS, 'failing-first-screen.png') });
        await folded.locator(':scope > summary').click();
        expect(await folded.locator(':scope > table').isVisible()).toBe(true);
        expect(statSync(join(ARTIFACTS, 'failing.png')).size).toBeGreaterThan(20_000);

        await tab.goto(`file://${join(ARTIFACTS, 'failing-cut.html')}`);
        await tab.screenshot({ path: join(ARTIFACTS, 'failing-cut.png'), fullPage: true });

        await tab.goto(`file://${join(ARTIFACTS, 'passing.html')}`);
        expect(await tab.locator('h3').textContent()).toMatch(/^✅ sdlc-gate: all \d+ gates passed$/);
        expect(await tab.locator('details').first().locator(':scope > table').isVisible()).toBe(false);
        await tab.screenshot({ path: join(ARTIFACTS, 'passing.png'), fullPage: true });

        // The page asks for nothing: links are only followed by a person.
        expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
      } finally {
        await browser?.close();
      }
    },
    60_000,
  );
});
