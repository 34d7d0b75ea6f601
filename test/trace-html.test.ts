import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `sdlc-gate trace --format html` on the example device repository (its demo PR checked out), opened in headless
// Chromium: the page shows the table, marks the suspect row, sorts, and a status filter hides rows.

const CHROMIUM = '/usr/bin/chromium';
const CLI = new URL('../dist/cli/index.js', import.meta.url).pathname;
const EXAMPLE = new URL('../examples/infusion-pump/', import.meta.url).pathname;
const NOT_IN_REPO = new Set(['pr', 'event.json', 'teams.json', 'reviews-failing.json', 'reviews-passing.json']);

const dir = mkdtempSync(join(tmpdir(), 'sdlc-gate-trace-html-'));
const repo = join(dir, 'repo');
const page = join(dir, 'matrix.html');
const git = (...args: string[]) =>
  execFileSync('git', ['-C', repo, '-c', 'commit.gpgsign=false', '-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: devNull, GIT_CONFIG_NOSYSTEM: '1' },
  }).trim();

beforeAll(() => {
  cpSync(EXAMPLE, repo, { recursive: true, filter: (src) => !NOT_IN_REPO.has(relative(EXAMPLE, src).split(/[\\/]/)[0]!) });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'baseline');
  git('checkout', '-q', '-b', 'pr');
  cpSync(join(EXAMPLE, 'pr', '1-change'), repo, { recursive: true }); // the demo PR's first commit: REQ-005 changed, its test not
  git('add', '-A');
  git('commit', '-q', '-m', 'the demo pull request');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sdlc-gate trace --format html', () => {
  it('writes one self-contained page with every requirement of the example', () => {
    const r = spawnSync(process.execPath, [CLI, 'trace', '--repo', repo, '--base', 'main', '--format', 'html', '--output', page], { encoding: 'utf8' });
    expect(r.stderr).toBe(`sdlc-gate trace: 7 requirements, 0 untested, 1 suspect; html written to ${page}\n`);
    expect(r.status).toBe(0);
    const text = readFileSync(page, 'utf8');
    expect(text).not.toMatch(/\b(src|href)=/i); // no external (or any) assets
    expect(text).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"`);
    for (const id of ['REQ-001', 'REQ-002', 'REQ-003', 'REQ-004', 'REQ-005', 'REQ-006', 'REQ-007']) expect(text).toContain(`>${id}</td>`);
  });

  const browserTest = existsSync(CHROMIUM) ? it : it.skip;
  if (!existsSync(CHROMIUM)) console.warn(`skipping the browser test of the HTML matrix: ${CHROMIUM} is absent (run .ci/install-chromium)`);

  browserTest('in headless Chromium: shows the table, marks the suspect row, sorts, and a filter click hides rows', async () => {
    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
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
      const suspect = tab.locator('tr.status-suspect');
      expect(await suspect.locator('td').nth(1).textContent()).toBe('REQ-005');
      // Runs in the page; the test's own types have no DOM.
      const background = (el: unknown) => (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(el).backgroundColor;
      expect(await suspect.evaluate(background)).toBe('rgb(255, 248, 197)');

      const shot = join(dir, 'matrix.png');
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
      await tab.screenshot({ path: join(dir, 'matrix-suspect.png') });
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
