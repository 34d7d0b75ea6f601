import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCKFILE_NAMES, purlKey, readLockfile } from '../src/parsers/lockfiles/index.js';
import { runSbomGate } from './helpers/sbom-fixtures.js';

// Real lockfiles of public projects, each with SBOMs that real generators made from that very lockfile
// (test/fixtures/real/<case>/PROVENANCE says which). For each pair: the untouched pair shows no drift; a version
// bumped in the lockfile fails naming the package and both versions; a component taken out of the SBOM fails naming it.

const ROOT = join(import.meta.dirname, 'fixtures', 'real');
// The lockfile cases are the folders with a generated SBOM (bom.*); the corpus holds other real inputs too
// (requirement sets), which other tests read.
const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && readdirSync(join(ROOT, d.name)).some((f) => f.startsWith('bom.')))
  .map((d) => d.name)
  .sort();

interface Pair {
  name: string;
  lock: string;
  lockText: string;
  bom: string;
  bomText: string;
  /** Errors the untouched pair is known to give because the generator is wrong (EXPECTED-ERRORS, one message part per line; see NOTES in PROVENANCE). */
  expected: string[];
}

const pairs: Pair[] = cases.flatMap((name) => {
  const files = readdirSync(join(ROOT, name));
  const lock = files.find((f) => LOCKFILE_NAMES.includes(f));
  if (!lock) throw new Error(`test/fixtures/real/${name} holds no lockfile`);
  const lockText = readFileSync(join(ROOT, name, lock), 'utf8');
  const expected = files.includes('EXPECTED-ERRORS')
    ? readFileSync(join(ROOT, name, 'EXPECTED-ERRORS'), 'utf8')
        .split('\n')
        .filter(Boolean)
    : [];
  return files
    .filter((f) => f.startsWith('bom.'))
    .map((bom) => ({ name, lock, lockText, bom, bomText: readFileSync(join(ROOT, name, bom), 'utf8'), expected }));
});

const gate = (p: Pair, lockText: string, bomText: string) =>
  runSbomGate(
    { head: { [p.lock]: lockText, [p.bom]: bomText } },
    { paths: [p.bom], lockfiles: [p.lock], ntia: false, require_update: false },
  );

/** The offset where line `line` (1-based) starts. */
function lineStart(text: string, line: number): number {
  let at = 0;
  for (let i = 1; i < line; i++) at = text.indexOf('\n', at) + 1;
  return at;
}

describe('real lockfiles with SBOMs from real generators', () => {
  it('has a corpus', () => {
    expect(pairs.length).toBeGreaterThan(0);
    for (const name of cases) expect(readdirSync(join(ROOT, name))).toContain('PROVENANCE');
  });

  for (const p of pairs) {
    describe(`${p.name}: ${p.lock} with ${p.bom}`, () => {
      const locked = readLockfile(p.lock, p.lockText);

      it(
        p.expected.length
          ? `the untouched pair shows only the ${p.expected.length} known generator errors`
          : 'the untouched pair shows no drift',
        async () => {
          const r = await gate(p, p.lockText, p.bomText);
          const unexpected = r.errors.filter((e) => !p.expected.some((x) => e.message.includes(x)));
          expect(unexpected.map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual([]);
          for (const x of p.expected)
            expect(
              r.errors.filter((e) => e.message.includes(x)),
              x,
            ).toHaveLength(1);
          expect(locked.packages.length).toBeGreaterThan(0);
        },
      );

      // A package in the middle of the lockfile, one the SBOM must list.
      const candidates = locked.packages.filter((x) => !x.optional && x.line !== undefined);
      const pkg = candidates[Math.floor(candidates.length / 2)]!;

      it('a version bumped in the lockfile fails naming the package and both versions', async () => {
        const from = lineStart(p.lockText, pkg.line!);
        // The version field after the package's line where the format has one, else the version in the line itself.
        const fields = [`version: ${pkg.version}`, `version "${pkg.version}"`, `"version": "${pkg.version}"`, `version = "${pkg.version}"`];
        const field = fields.map((f) => p.lockText.indexOf(f, from)).filter((i) => i !== -1 && i - from < 2_000);
        const at = field.length ? p.lockText.indexOf(pkg.version, Math.min(...field)) : p.lockText.indexOf(pkg.version, from);
        expect(at).toBeGreaterThanOrEqual(from);
        const bumped = `${pkg.version}.99`;
        const text = p.lockText.slice(0, at) + bumped + p.lockText.slice(at + pkg.version.length);
        expect(readLockfile(p.lock, text).packages.some((x) => x.name === pkg.name && x.version === bumped)).toBe(true);
        const r = await gate(p, text, p.bomText);
        const hit = r.errors.find((e) => e.message.includes(` ${pkg.name} ${bumped}`));
        expect(hit, r.errors.map((e) => e.message).join('\n')).toBeDefined();
        expect(hit!.message).toContain(pkg.version);
      });

      it('a component removed from the SBOM fails naming it', async () => {
        const bom = JSON.parse(p.bomText) as { components: { purl?: string; name: string }[] };
        const want = purlKey(pkg.purl)!;
        const index = bom.components.findIndex(
          (c) => c.purl !== undefined && purlKey(c.purl)?.key === want.key && purlKey(c.purl)?.version === want.version,
        );
        expect(index).toBeGreaterThanOrEqual(0);
        bom.components.splice(index, 1);
        const r = await gate(p, p.lockText, JSON.stringify(bom, null, 2));
        const hit = r.errors.find((e) => e.message.includes(`pins ${pkg.name} ${pkg.version}`));
        expect(hit, r.errors.map((e) => e.message).join('\n')).toBeDefined();
        expect(hit!.file).toBe(p.lock);
      });
    });
  }
});

// Real lockfiles of kinds no generator reads offline (PROVENANCE says why): the reader alone, on the real file.
const readerOnly = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !cases.includes(d.name) && readdirSync(join(ROOT, d.name)).some((f) => LOCKFILE_NAMES.includes(f)))
  .map((d) => d.name)
  .sort();

describe('real lockfiles without a generator', () => {
  it('has such cases, each with its PROVENANCE', () => {
    expect(readerOnly.length).toBeGreaterThan(0);
    for (const name of readerOnly) expect(readdirSync(join(ROOT, name))).toContain('PROVENANCE');
  });

  for (const name of readerOnly) {
    const lock = readdirSync(join(ROOT, name)).find((f) => LOCKFILE_NAMES.includes(f))!;
    const text = readFileSync(join(ROOT, name, lock), 'utf8');
    describe(`${name}: ${lock}`, () => {
      const r = readLockfile(lock, text);
      const lines = text.split('\n');

      it('reads every pin, each on the line that names it, without findings', () => {
        expect(r.findings).toEqual([]);
        expect(r.packages.length).toBeGreaterThan(0);
        for (const p of r.packages) {
          const at = lines[p.line! - 1]!;
          // A POM's version may come from a property (<junit.version>) defined on another line: it is in the file.
          if (lock === 'pom.xml') expect(text, p.purl).toContain(p.version);
          else expect(at, `${p.purl} at line ${p.line}`).toContain(p.version);
          expect(at, `${p.purl} at line ${p.line}`).toContain(p.name.slice(p.name.lastIndexOf(':') + 1));
        }
      });

      it('an SBOM that lists none of it fails naming each pin', async () => {
        const bom = JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, components: [] });
        const g = await runSbomGate(
          { head: { [lock]: text, 'bom.json': bom } },
          { paths: ['bom.json'], lockfiles: [lock], ntia: false, require_update: false },
        );
        for (const p of r.packages.slice(0, 20))
          expect(g.errors.some((e) => e.message.includes(`pins ${p.name} ${p.version}`) && e.file === lock)).toBe(true);
      });

      it('a version bumped in the file is the version read', () => {
        const pkg = r.packages[Math.floor(r.packages.length / 2)]!;
        const from =
          text
            .split('\n')
            .slice(0, pkg.line! - 1)
            .join('\n').length + 1;
        const at = text.indexOf(pkg.version, from);
        const bumped = readLockfile(lock, text.slice(0, at) + `${pkg.version}.99` + text.slice(at + pkg.version.length));
        expect(bumped.packages.some((x) => x.name === pkg.name && x.version === `${pkg.version}.99`)).toBe(true);
        expect(bumped.packages.some((x) => x.name === pkg.name && x.version === pkg.version)).toBe(false);
      });
    });
  }
});
