import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The data flows one way: parsers are text in, values out, so they import nothing above them — no facts (I/O), no
// rules, policy, engine or report. They may use the shared types, util, core and other parsers.

const SRC = new URL('../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.m?ts$/.test(e.name) && !/\.d\.m?ts$/.test(e.name) ? [path] : [];
  });
}

/** The modules under src/ that a file imports (relative specifiers), as paths relative to src/. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles.filter((i) => i.fileName.startsWith('.')).map((i) => relative(SRC, resolve(dirname(file), i.fileName)));
}

const PARSERS_MAY_IMPORT = [/^parsers\//, /^util\//, /^core\//, /^types\.js$/];

describe('layering', () => {
  it('parsers import only other parsers, util, core and the shared types', () => {
    const files = sourceFiles(join(SRC, 'parsers'));
    expect(files.length).toBeGreaterThan(10);
    const upward = files.flatMap((f) => importsOf(f).filter((to) => !PARSERS_MAY_IMPORT.some((ok) => ok.test(to))).map((to) => `${relative(SRC, f)} imports ${to}`));
    expect(upward).toEqual([]);
  });

  it('the check sees an upward import', () => {
    // A parser reading through Facts would be caught: the same resolution applied to a made-up file under parsers/.
    const fake = join(SRC, 'parsers', 'x', 'index.ts');
    const to = relative(SRC, resolve(dirname(fake), '../../facts/git/index.js'));
    expect(PARSERS_MAY_IMPORT.some((ok) => ok.test(to))).toBe(false);
  });
});
