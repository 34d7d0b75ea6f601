import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `sdlc-gate trace --format html` on the example device repository (its demo PR checked out), opened in headless
// Chromium: the page shows the table, marks the suspect row, links each location to the file at the commit on the
// repository named by the `origin` remote, links parents to their rows, expands a statement, sorts, filters, and
// prints every row. Screenshots are kept under test-artifacts/trace/.

const CHROMIUM = '/usr/bin/chromium';
const CLI = new URL('../dist/cli/index.js', import.meta.url).pathname;
const EXAMPLE = new URL('../examples/infusion-pump/', import.meta.url).pathname;
const NOT_IN_REPO = new Set(['pr', 'event.json', 'teams.json', 'reviews-failing.json', 'reviews-passing.json']);
const ARTIFACTS = new URL('../test-artifacts/trace/', import.meta.url).pathname;
const REMOTE = 'git@github.com:acme/infusion-pump.git';
const WEB = 'https://github.com/acme/infusion-pump';
// The event's repository would win over the remote: the CLI runs here as outside a workflow.
const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_')));

const dir = mkdtempSync(join(tmpdir(), 'sdlc-gate-trace-html-'));
const repo = join(dir, 'repo');
const page = join(dir, 'matrix.html');
const git = (...args: string[]) =>
  execFileSync(
    'git',
    ['-C', repo, '-c', 'commit.gpgsign=false', '-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_GLOBAL: devNull, GIT_CONFIG_NOSYSTEM: '1' },
    },
  ).trim();

beforeAll(() => {
  cpSync(EXAMPLE, repo, { recursive: true, filter: (src) => !NOT_IN_REPO.has(relative(EXAMPLE, src).split(/[\\/]/)[0]!) });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'baseline');
  git('checkout', '-q', '-b', 'pr');
  cpSync(join(EXAMPLE, 'pr', '1-change'), repo, { recursive: true }); // the demo PR's first commit: REQ-005 changed, its test not
  git('add', '-A');
  git('commit', '-q', '-m', 'the demo pull request');
  git('remote', 'add', 'origin', REMOTE);
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sdlc-gate trace --format html', () => {
  it('writes one self-contained page with every requirement of the example', () => {
    const r = spawnSync(process.execPath, [CLI, 'trace', '--repo', repo, '--base', 'main', '--format', 'html', '--output', page], {
      encoding: 'utf8',
      env: ENV,
    });
    expect(r.stderr).toBe(`sdlc-gate trace: 7 requirements, 0 untested, 1 suspect; html written to ${page}\n`);
    expect(r.status).toBe(0);
    const text = readFileSync(page, 'utf8');
    expect(text).not.toMatch(/\bsrc=/i); // no external (or any) assets
    // Links go only to rows of the page or to files of the repository at the evaluated commit.
    const head = git('rev-parse', 'HEAD');
    const hrefs = [...text.matchAll(/\bhref="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.filter((h) => !h.startsWith('#') && !h.startsWith(`${WEB}/blob/${head}/`) && h !== WEB)).toEqual([]);
    expect(hrefs).toContain(`${WEB}/blob/${head}/docs/requirements/srs.md#L3`);
    expect(hrefs).toContain('#req-REQ-001');
    expect(text).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"`);
    for (const id of ['REQ-001', 'REQ-002', 'REQ-003', 'REQ-004', 'REQ-005', 'REQ-006', 'REQ-007']) expect(text).toContain(`>${id}</td>`);
    expect(text).toContain(`Locations link to the files at ${head} in <a href="${WEB}">${WEB}</a>.`);
  });

  const browserTest = existsSync(CHROMIUM) ? it : it.skip;
  if (!existsSync(CHROMIUM)) console.warn(`skipping the browser test of the HTML matrix: ${CHROMIUM} is absent (run .ci/install-chromium)`);

  browserTest('in headless Chromium: shows the table, marks the suspect row, sorts, and a filter click hides rows', async () => {
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
      const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const requests: string[] = [];
      tab.on('request', (req) => requests.push(req.url()));
      const errors: string[] = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      await tab.goto(`file://${page}`);

      const rows = tab.locator('#matrix tbody tr');
      expect(await rows.count()).toBe(7);
      expect(await tab.locator('#matrix').isVisible()).toBe(true);
      expect(await tab.locator('#shown').textContent()).toBe('7 of 7 shown');
      const suspect = tab.locator('tr.st-suspect');
      expect(await suspect.locator('td').nth(1).textContent()).toBe('REQ-005');
      // Runs in the page; the test's own types have no DOM.
      const background = (el: unknown) =>
        (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(el).backgroundColor;
      expect(await suspect.evaluate(background)).toBe('rgb(255, 251, 221)');
      expect(await suspect.locator('.badge').evaluate(background)).toBe('rgb(255, 248, 197)');

      // The requirement's place links to its file at the evaluated commit on the repository of the origin remote.
      const head = git('rev-parse', 'HEAD');
      expect(await suspect.locator('td').nth(6).locator('a').getAttribute('href')).toBe(`${WEB}/blob/${head}/docs/requirements/ui.yml#L4`);
      expect(await suspect.locator('td').nth(7).locator('a').first().getAttribute('href')).toMatch(
        new RegExp(`^${WEB}/blob/${head}/test/[^#]+#L[0-9]+$`),
      );

      // Its parent links to the parent's row, which becomes the target; REQ-001 lists REQ-005 as its child.
      await suspect.locator('a.parent', { hasText: 'REQ-001' }).click();
      expect(await tab.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash)).toBe('#req-REQ-001');
      expect(await tab.locator('tr:target td').nth(1).textContent()).toBe('REQ-001');
      expect(await tab.locator('#req-REQ-001 td.children').textContent()).toBe('REQ-005');
      expect(await tab.locator('#req-REQ-001').isVisible()).toBe(true);

      // Expanding the row shows the statement.
      const statement = suspect.locator('.statement');
      expect(await statement.isVisible()).toBe(false);
      await suspect.locator('button.toggle').click();
      expect(await statement.isVisible()).toBe(true);
      expect(await statement.textContent()).toContain('The status screen shall show the programmed rate in mL/h');
      expect(await suspect.locator('button.toggle').getAttribute('aria-expanded')).toBe('true');

      const shot = join(ARTIFACTS, 'example-matrix.png');
      await tab.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(10_000);

      // Sorting by id, descending on the second click.
      await tab.click('th[data-col="1"]');
      await tab.click('th[data-col="1"]');
      expect(await rows.first().locator('td').nth(1).textContent()).toBe('REQ-007');

      // The filter: only the suspect row stays visible; "all" brings the others back.
      await tab.click('button[data-filter="suspect"]');
      const visible = () => tab.locator('#matrix tbody tr:visible').allTextContents();
      expect((await visible()).map((t) => t.slice(0, 14))).toEqual(['suspect (verif']);
      expect(await tab.locator('#matrix tbody tr[hidden]').count()).toBe(6);
      expect(await tab.locator('#shown').textContent()).toBe('1 of 7 shown');
      await tab.screenshot({ path: join(ARTIFACTS, 'example-matrix-suspect.png') });

      // Printed, the filtered page still shows every row, every statement, and no controls.
      await tab.emulateMedia({ media: 'print' });
      expect(await visible()).toHaveLength(7);
      expect(await tab.locator('.statement:visible').count()).toBe(7);
      expect(await tab.locator('.controls').isVisible()).toBe(false);
      await tab.emulateMedia({ media: 'screen' });
      expect(await visible()).toHaveLength(1);

      await tab.click('button[data-filter="all"]');
      expect(await visible()).toHaveLength(7);
      await tab.fill('#search', 'ui.yml');
      expect(await visible()).toHaveLength(2);

      expect(errors).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    } finally {
      await browser?.close();
    }
  });
});
