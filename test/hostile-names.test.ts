import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo } from './helpers/git-repo.js';

// File names and titles written by a PR author render inert in the Markdown report: no HTML, no links,
// no code-span breakouts, no line breaks, no pings.

const CLI = new URL('../dist/cli/index.js', import.meta.url).pathname;

describe('hostile file names in the report', () => {
  const repo = new TestRepo();
  afterAll(() => repo.remove());

  it('are escaped exactly, in the finding and in the file reference', () => {
    repo.write({
      '.github/sdlc-gate.yml': 'version: 1\ngates:\n  guarded:\n    rule: protected-files\n    paths: ["docs/**"]\n',
      'README.md': 'x\n',
    });
    const base = repo.commit('base');
    const hostile = 'docs/<img src=x onerror=alert(1)> `@acme/qa` ]]> [x](http://e.vil)\nline2.md';
    repo.write({ [hostile]: 'x\n' });
    const head = repo.commit('hostile name');
    const reviews = join(repo.dir, '..', `${repo.dir.split('/').pop()}-reviews.json`);
    writeFileSync(reviews, '[]');
    const r = spawnSync(
      process.execPath,
      [CLI, 'check', '--repo', repo.dir, '--base', base, '--head', head, '--reviews', reviews, '--format', 'markdown'],
      { encoding: 'utf8' },
    );
    rmSync(reviews);
    expect(r.status).toBe(1);
    const line = r.stdout.split('\n').find((l) => l.startsWith('- **error**'))!;
    expect(line).toBe(
      '- **error** docs/&lt;img src=x onerror=alert\\(1\\)&gt; \\`@&#8203;acme/qa\\` \\]\\]&gt; \\[x\\]\\(http\\:/e\\.vil\\) line2\\.md: ' +
        'This pull request changes protected file docs/&lt;img src=x onerror=alert\\(1\\)&gt; \\`@&#8203;acme/qa\\` \\]\\]&gt; \\[x\\]\\(http\\:/e\\.vil\\) line2\\.md\\: needs 1 approval on the latest commit ' +
        head.slice(0, 7) +
        '; has none; request a review\\.',
    );
    expect(r.stdout).not.toMatch(/<img|@acme/);
  });
});

describe('globs against hostile names', () => {
  it('a line break in a file name does not slip past a glob', async () => {
    const { globMatcher } = await import('../src/util/glob.js');
    const matches = globMatcher(['docs/**', '.github/*.yml']);
    expect(matches('docs/a\nb.md')).toBe(true);
    expect(matches('.github/x\u2028y.yml')).toBe(true);
    expect(matches('src/docs/a.md')).toBe(false);
  });
});
