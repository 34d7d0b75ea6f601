import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// dist/ holds one build: the action, its evaluation worker and the CLI share its chunks (scripts/bundle.mjs).
// Two ncc builds — one per entry — put every chunk in dist/ twice (29 MB, 28 chunks duplicated).

const DIST = new URL('../dist/', import.meta.url).pathname;
const ROOT = new URL('../', import.meta.url).pathname;
/** Measured at one build: 12.1 MB. The old layout (two builds) was 29 MB. */
const MAX_DIST_BYTES = 14 * 1024 * 1024;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('dist/', () => {
  const all = files(DIST);

  it('holds no file twice (by content)', () => {
    const byHash = new Map<string, string[]>();
    for (const f of all) {
      const h = createHash('sha256').update(readFileSync(f)).digest('hex');
      const list = byHash.get(h);
      if (list) list.push(relative(DIST, f));
      else byHash.set(h, [relative(DIST, f)]);
    }
    expect([...byHash.values()].filter((l) => l.length > 1)).toEqual([]);
  });

  it(`stays under ${MAX_DIST_BYTES / 1024 / 1024} MB`, () => {
    const bytes = all.reduce((n, f) => n + statSync(f).size, 0);
    expect(bytes).toBeLessThan(MAX_DIST_BYTES);
  });

  it('the entry points the action and the package name exist: the action main and the CLI bin (a few lines importing the bundle)', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; main: string } };
    expect(action.runs).toMatchObject({ using: 'node24', main: 'dist/index.js' });
    expect(statSync(join(ROOT, action.runs.main)).isFile()).toBe(true);
    const bin = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['sdlc-gate']!;
    expect(bin).toBe('dist/cli/index.js');
    const shim = readFileSync(join(ROOT, bin), 'utf8');
    expect(shim.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(shim).toContain("await import('../index.js');");
    expect(statSync(join(ROOT, bin)).size).toBeLessThan(1024);
    expect(statSync(join(ROOT, bin)).mode & 0o111).not.toBe(0);
    expect(readdirSync(join(DIST, 'cli'))).toEqual(['index.js']);
  });

  it('the CLI runs from the shared bundle', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), 'schema'], { encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('$schema');
  });
});
