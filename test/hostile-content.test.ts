import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from './helpers/cli.js';
import { EXAMPLE_TEAMS, exampleRepo } from './helpers/example-repo.js';
import type { TestRepo } from './helpers/git-repo.js';

// Hostile content in the files each gate reads, in the example device repository, through the bundled CLI: every
// gate that meets one ends in error or fail with a finding naming the file — never pass — in bounded time, with no
// stack trace, and nothing behind a symlink is ever read or echoed.

interface GateJson {
  id: string;
  status: string;
  summary: string;
  findings: { severity: string; message: string; file?: string; line?: number }[];
}

describe('hostile repository content, through the bundled CLI', () => {
  let repo: TestRepo;
  let base = '';
  let outside = '';
  let reviews = '';
  const SECRET = `SECRET-${process.pid}-${Date.now()}`;

  beforeAll(() => {
    ({ repo, base } = exampleRepo());
    outside = mkdtempSync(join(tmpdir(), 'sdlc-gate-outside-'));
    writeFileSync(join(outside, 'secret.txt'), `${SECRET}\nid: REQ-001\n- name: yaml\n{"bomFormat": "CycloneDX"}\n`);
    reviews = join(outside, 'reviews.json');
    writeFileSync(reviews, '[]');
  });
  afterAll(() => {
    repo.remove();
    rmSync(outside, { recursive: true, force: true });
  });

  /** Commits the change on a branch from the base and runs `check` on it. */
  function evaluate(name: string, change: () => void, from = base): { gates: Map<string, GateJson>; run: CliRun; ms: number } {
    repo.git('checkout', '-q', '-B', name, from);
    change();
    const head = repo.commit(name);
    const started = Date.now();
    const run = runCli(
      ['check', '--repo', repo.dir, '--base', from, '--head', head, '--reviews', reviews, '--teams', EXAMPLE_TEAMS, '--format', 'json'],
      { timeout: 90_000 },
    );
    const ms = Date.now() - started;
    expect(run.code, run.stderr).toBe(1);
    // A gate that meets hostile input reports it; the process itself never crashes or prints a stack.
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    const result = JSON.parse(run.stdout) as { gates: GateJson[] };
    return { gates: new Map(result.gates.map((g) => [g.id, g])), run, ms };
  }

  /** The gate did not pass, and one of its findings (or its summary) names the file and matches `why`. */
  function expectRefused(gates: Map<string, GateJson>, id: string, path: string, why: RegExp): void {
    const gate = gates.get(id)!;
    expect(gate, id).toBeDefined();
    expect(['error', 'fail'], `${id}: ${gate.summary}`).toContain(gate.status);
    const said = [gate.summary, ...gate.findings.map((f) => `${f.file ?? ''}: ${f.message}`)];
    expect(
      said.some((s) => s.includes(path) && why.test(s)),
      `${id} says nothing about ${path} matching ${why}:\n${said.join('\n')}`,
    ).toBe(true);
  }

  const link = (path: string) => {
    rmSync(join(repo.dir, path), { force: true });
    repo.symlink(path, join(outside, 'secret.txt'));
  };

  it('files symlinked out of the work tree are refused, their targets never read', () => {
    const { gates } = evaluate('symlinks-a', () => {
      for (const p of ['sbom.cdx.json', 'docs/requirements/ui.yml', 'docs/risk/risk-register.yml', 'docs/soup.yml']) link(p);
    });
    const symlink = /symbolic link/;
    expectRefused(gates, 'sbom', 'sbom.cdx.json', symlink);
    expectRefused(gates, 'vulnerabilities', 'sbom.cdx.json', symlink);
    expectRefused(gates, 'traceability', 'docs/requirements/ui.yml', symlink);
    expectRefused(gates, 'risk-register', 'docs/risk/risk-register.yml', symlink);
    expectRefused(gates, 'soup', 'docs/soup.yml', symlink);

    const more = evaluate('symlinks-b', () => {
      for (const p of [
        'reports/junit.xml',
        'security/vex/sp200.vex.cdx.json',
        'security/osv/GHSA-f9xv-q969-pqx4.json',
        'package-lock.json',
      ])
        link(p);
    }).gates;
    expectRefused(more, 'traceability', 'reports/junit.xml', symlink);
    expectRefused(more, 'vulnerabilities', 'security/vex/sp200.vex.cdx.json', symlink);
    // The offline records are read at the base commit, so the pull request's link is never followed; the gate says
    // that its change to them counts from the next pull request on.
    expectRefused(more, 'vulnerabilities', 'security/osv/GHSA-f9xv-q969-pqx4.json', /read them as they are at the base commit/);
    expectRefused(more, 'sbom', 'package-lock.json', symlink);
    expectRefused(more, 'soup', 'package-lock.json', symlink);
  });

  it('a CODEOWNERS file symlinked out of the tree at base (where it is read) is refused, its target never read', () => {
    repo.git('checkout', '-q', '-B', 'codeowners-base', base);
    link('.github/CODEOWNERS');
    const linkedBase = repo.commit('CODEOWNERS as a link');
    const { gates } = evaluate(
      'codeowners',
      () => repo.write({ 'src/dosing/limits.ts': '// a change that needs its code owners\n' }),
      linkedBase,
    );
    expectRefused(gates, 'reviews', '.github/CODEOWNERS', /symbolic link/);
  });

  it('YAML alias bombs ("billion laughs") are refused in bounded time', () => {
    const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const bomb = (key: string) =>
      `${key}: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n` +
      levels
        .slice(1)
        .map((l, i) => `${l}${key}: &${l} [${Array(9).fill(`*${levels[i]}`).join(', ')}]\n`)
        .join('');
    const { gates, ms } = evaluate('alias-bombs', () =>
      repo.write({
        'docs/requirements/ui.yml': bomb('REQ-900'),
        'docs/risk/risk-register.yml': `scales:\n  ${bomb('severity').replace(/\n(?=.)/g, '\n  ')}`,
        'docs/soup.yml': bomb('items'),
        'pnpm-lock.yaml': `lockfileVersion: '6.0'\npackages:\n  ${bomb('x').replace(/\n(?=.)/g, '\n  ')}`,
      }),
    );
    expect(ms).toBeLessThan(60_000);
    expectRefused(gates, 'traceability', 'docs/requirements/ui.yml', /./);
    expectRefused(gates, 'risk-register', 'docs/risk/risk-register.yml', /Excessive alias count/);
    expectRefused(gates, 'soup', 'docs/soup.yml', /./);
    expectRefused(gates, 'sbom', 'pnpm-lock.yaml', /Excessive alias count/);
  });

  it('a NUL byte or bytes that are not UTF-8 are refused with the line', () => {
    const latin1 = (s: string) => Buffer.from(s, 'latin1');
    const { gates } = evaluate('binary', () => {
      writeFileSync(
        join(repo.dir, 'sbom.cdx.json'),
        Buffer.concat([Buffer.from('{"bomFormat": "CycloneDX",\n"specVersion": "1.6"'), Buffer.from([0]), Buffer.from('}\n')]),
      );
      writeFileSync(
        join(repo.dir, 'docs/requirements/ui.yml'),
        latin1('- id: REQ-005\n  title: Anzeige\n  text: Die Pumpe zeigt die F\xf6rderrate.\n'),
      );
      writeFileSync(join(repo.dir, 'docs/risk/risk-register.yml'), Buffer.from('scales:\n  severity: [minor]\0\n'));
      writeFileSync(join(repo.dir, 'security/vex/sp200.vex.cdx.json'), latin1('{"bomFormat": "CycloneDX", "note": "\xe9"}\n'));
      // Not hostile: UTF-16 with a byte order mark, as Windows tools save text, is read as such.
      const srs = join(repo.dir, 'docs/requirements/srs.md');
      writeFileSync(srs, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(srs, 'utf8'), 'utf16le')]));
    });
    expectRefused(gates, 'sbom', 'sbom.cdx.json', /NUL byte \(line 2\)/);
    expectRefused(gates, 'traceability', 'docs/requirements/ui.yml', /not UTF-8 text \(an invalid byte on line 3\)/);
    expectRefused(gates, 'risk-register', 'docs/risk/risk-register.yml', /NUL byte/);
    expectRefused(gates, 'vulnerabilities', 'security/vex/sp200.vex.cdx.json', /not UTF-8/);
    const trace = gates.get('traceability')!;
    expect(trace.findings.filter((f) => f.file === 'docs/requirements/srs.md' || f.message.includes('REQ-001'))).toEqual([]);
  });

  // Gates that read SBOMs, lockfiles and vulnerability data have a cap of their own (max_file_bytes, 256 MB), tested
  // with those gates; the documents here fall under the run's cap of 5 MB.
  it('files over the read cap are refused unread, with their size', () => {
    const big = 6 * 1024 * 1024;
    const { gates } = evaluate('oversize', () =>
      repo.write({
        'docs/requirements/srs.md': `# SRS\n\n## REQ-001 Rate\n${'The pump shall deliver the rate. '.repeat(big / 32)}\n`,
        'docs/risk/risk-register.yml': `# ${'x'.repeat(big)}\nscales: {}\n`,
        'docs/soup.yml': `# ${'x'.repeat(big)}\n- { name: yaml, version: 2.0.1 }\n`,
      }),
    );
    const cap = /over the 5242880-byte limit; it was not read/;
    expectRefused(gates, 'traceability', 'docs/requirements/srs.md', cap);
    expectRefused(gates, 'risk-register', 'docs/risk/risk-register.yml', cap);
    expectRefused(gates, 'soup', 'docs/soup.yml', cap);
  });

  it('deeply nested JSON, XML and YAML end in a finding or an error, in bounded time, never a crash', () => {
    const depth = 100_000;
    const { gates, ms } = evaluate('deep', () =>
      repo.write({
        'sbom.cdx.json': `{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "components": ${'['.repeat(depth)}${']'.repeat(depth)}}`,
        'reports/junit.xml': `<?xml version="1.0"?>\n<testsuites>${'<testsuite>'.repeat(depth)}${'</testsuite>'.repeat(depth)}</testsuites>\n`,
        'security/vex/sp200.vex.cdx.json': `{"bomFormat": "CycloneDX", "specVersion": "1.6", "vulnerabilities": ${'['.repeat(depth)}${']'.repeat(depth)}}`,
        'docs/soup.yml': `${'- '.repeat(5000)}x\n`,
      }),
    );
    expect(ms).toBeLessThan(60_000);
    expectRefused(gates, 'sbom', 'sbom.cdx.json', /./);
    expectRefused(gates, 'traceability', 'reports/junit.xml', /./);
    expectRefused(gates, 'vulnerabilities', 'security/vex/sp200.vex.cdx.json', /./);
    expectRefused(gates, 'soup', 'docs/soup.yml', /./);
  });

  // The inputs that hung the run before the readers were made linear: a 300 KB Markdown heading of emphasis marks
  // (94 s), a POM of unclosed dependencies (lazy regexes: 21 s at 800 KB), 60,000 JUnit cases of one requirement
  // (232 s at 190,000). Together, through the bundled CLI, they now take seconds.
  it('inputs that used to hang the readers end in bounded time', () => {
    const { gates, ms } = evaluate('former-hangs', () =>
      repo.write({
        'docs/requirements/srs.md': `${readFileSync(join(repo.dir, 'docs/requirements/srs.md'), 'utf8')}\n## ${'*a'.repeat(150_000)}\n`,
        'pom.xml': `<project><modelVersion>4.0.0</modelVersion><groupId>acme</groupId><artifactId>pump</artifactId><version>1</version><dependencies>${'<dependency><groupId>a</groupId>'.repeat(25_000)}\n`,
        'reports/junit.xml': `<?xml version="1.0"?>\n<testsuites><testsuite name="s">${'<testcase classname="t" name="dosing (REQ-001)"/>\n'.repeat(60_000)}</testsuite></testsuites>\n`,
      }),
    );
    expect(ms).toBeLessThan(60_000);
    expect(gates.get('traceability')!.status).not.toBe('error');
    expectRefused(gates, 'sbom', 'pom.xml', /./);
  });
});
