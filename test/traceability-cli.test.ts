import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestRepo, writeJson } from './helpers/git-repo.js';
import { runCli } from './helpers/cli.js';

// The traceability gate and `sdlc-gate trace` through the bundled CLI, on a real git repository.

const cli = (args: string[]) => runCli(args);

const POLICY = `version: 1
gates:
  traceability:
    requirements:
      - docs/srs.md
      - { path: reqs/, format: doorstop }
      - docs/*.sdoc
    id_pattern: "(REQ|SRD|SWR)-[0-9]+"
`;
const SRS = `# SRS

## REQ-001 Continuous delivery
The pump shall deliver the programmed rate to within 5 %.

## REQ-002 Rate limits
The pump shall refuse rates outside the configured limits.
`;
const SDOC = `[DOCUMENT]
TITLE: Alarms

[REQUIREMENT]
UID: SWR-010
TITLE: Occlusion alarm
STATEMENT: >>>
The pump shall alarm within 1 s of an occlusion.
<<<
`;

describe('traceability through the CLI', () => {
  const repo = new TestRepo();
  const out = mkdtempSync(join(tmpdir(), 'sdlc-gate-trace-'));
  let base = '';
  let head = '';

  beforeAll(() => {
    repo.write({
      '.github/sdlc-gate.yml': POLICY,
      'docs/srs.md': SRS,
      'docs/alarms.sdoc': SDOC,
      'reqs/.doorstop.yml': 'settings:\n  prefix: SRD\n  sep: "-"\n  digits: 3\n',
      'reqs/SRD-001.yml':
        'active: true\nnormative: true\nheader: Door switch\nlinks:\n- REQ-001: abc\ntext: |\n  The pump shall stop within 100 ms of the door opening.\n',
      'test/rate.test.ts': "it('delivers (REQ-001)', () => {});\nit('limits (REQ-002)', () => {});\n",
      'test/alarm.test.ts': "// SWR-010, SRD-001\nit('alarms', () => {});\n",
    });
    base = repo.commit('requirements and tests');
    repo.git('checkout', '-q', '-b', 'feature');
    // The PR changes REQ-002's text and leaves its test alone.
    repo.write({ 'docs/srs.md': SRS.replace('configured limits.', 'configured limits, and show why on the display.') });
    head = repo.commit('REQ-002: show the reason');
  });
  afterAll(() => {
    repo.remove();
    rmSync(out, { recursive: true, force: true });
  });

  it('check: a requirement changed without its tests is suspect, naming both places (exit 1)', () => {
    const r = cli(['check', '--repo', repo.dir, '--base', base, '--head', head, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const gate = JSON.parse(r.stdout).gates[0];
    expect(gate).toMatchObject({
      id: 'traceability',
      status: 'fail',
      summary: expect.stringMatching(/^4 requirements: 4 tested, 0 untested, 0 unknown references, 1 suspect — /),
    });
    expect(gate.findings.filter((f: { severity: string }) => f.severity !== 'notice')).toEqual([
      {
        severity: 'error',
        message:
          'REQ-002 "Rate limits" changed in this pull request (docs/srs.md:6), but none of its tests did: test/rate.test.ts:2 — review that test against the new text and update it in this pull request.',
        file: 'docs/srs.md',
        line: 6,
      },
    ]);
  });

  it('check: updating the test in the same PR passes', () => {
    repo.git('checkout', '-q', 'feature');
    repo.write({ 'test/rate.test.ts': "it('delivers (REQ-001)', () => {});\nit('limits and says why (REQ-002)', () => {});\n" });
    const fixed = repo.commit('test the reason');
    const r = cli(['check', '--repo', repo.dir, '--base', base, '--head', fixed]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PASS  traceability: 4 requirements: 4 tested, 0 untested, 0 unknown references, 0 suspect');
    repo.git('reset', '-q', '--hard', head);
  });

  it('trace: markdown, csv and json of the work tree; --base marks suspect rows', () => {
    const md = cli(['trace', '--repo', repo.dir]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('| Status | ID | Title | Class | Parents | Defined at | Tests | JUnit |');
    expect(md.stdout).toContain('| tested | REQ\\-002 | Rate limits | B | — | `docs/srs.md:6` | `test/rate.test.ts:2` | — |');
    expect(md.stdout).toContain('| tested | SRD\\-001 | Door switch | B | REQ\\-001 | `reqs/SRD-001.yml:1` | `test/alarm.test.ts:1` | — |');

    const csv = cli(['trace', '--repo', repo.dir, '--format', 'csv']);
    expect(csv.stdout.split('\r\n').slice(0, 2)).toEqual([
      'id,title,class,parents,status,file,line,tests,junit',
      'REQ-001,Continuous delivery,B,,tested,docs/srs.md,3,test/rate.test.ts:1,',
    ]);
    expect(csv.stdout).toContain('\r\nSRD-001,Door switch,B,REQ-001,tested,reqs/SRD-001.yml,1,');

    const file = join(out, 'trace.json');
    const json = cli(['trace', '--repo', repo.dir, '--format', 'json', '--output', file, '--base', base]);
    expect(json.code).toBe(0);
    expect(json.stderr).toBe(`sdlc-gate trace: 4 requirements, 0 untested, 1 suspect; json written to ${file}\n`);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    expect(data.counts).toEqual({ requirements: 4, tested: 4, verified: 0, untested: 0, unknownReferences: 0, suspect: 1 });
    expect(data.requirements.map((r: { id: string; status: string; format: string }) => [r.id, r.status, r.format])).toEqual([
      ['REQ-001', 'tested', 'markdown'],
      ['REQ-002', 'suspect', 'markdown'],
      ['SRD-001', 'tested', 'doorstop'],
      ['SWR-010', 'tested', 'strictdoc'],
    ]);
    expect(data.requirements[2].parents).toEqual(['REQ-001']);
    expect(data.deleted).toEqual([]);

    // Requirements deleted in the work tree since the base (a Markdown section, a Doorstop item file) are listed
    // with their base place and who still cites them.
    writeFileSync(join(repo.dir, 'docs/srs.md'), SRS.replace(/## REQ-001[^#]*/, ''));
    rmSync(join(repo.dir, 'reqs/SRD-001.yml'));
    try {
      const after = JSON.parse(cli(['trace', '--repo', repo.dir, '--format', 'json', '--base', base]).stdout);
      expect(after.deleted).toEqual([
        {
          id: 'REQ-001',
          title: 'Continuous delivery',
          base_file: 'docs/srs.md',
          base_line: 3,
          cited_by: [{ id: 'REQ-001', file: 'test/rate.test.ts', line: 1 }],
        },
        {
          id: 'SRD-001',
          title: 'Door switch',
          base_file: 'reqs/SRD-001.yml',
          base_line: 1,
          cited_by: [{ id: 'SRD-001', file: 'test/alarm.test.ts', line: 1 }],
        },
      ]);
      const page = cli(['trace', '--repo', repo.dir, '--format', 'markdown', '--base', base]).stdout;
      expect(page).toContain(
        '## Deleted since the base\n\n- REQ\\-001: was at docs/srs\\.md\\:3; still cited by test/rate\\.test\\.ts\\:1',
      );
    } finally {
      repo.git('checkout', '-q', '--', 'docs/srs.md', 'reqs/SRD-001.yml');
    }
  });

  it('trace: a test file in Latin-1 still cites its requirements, as in a check of the checkout', () => {
    writeFileSync(
      join(repo.dir, 'test/legacy.test.ts'),
      Buffer.from("// Pr\xfcft die F\xf6rderrate (REQ-001)\nit('rate', () => {});\n", 'latin1'),
    );
    try {
      const data = JSON.parse(cli(['trace', '--repo', repo.dir, '--format', 'json']).stdout);
      expect(data.requirements[0].tests).toEqual([
        { file: 'test/legacy.test.ts', line: 1 },
        { file: 'test/rate.test.ts', line: 1 },
      ]);
      expect(data.problems).toEqual([]);
    } finally {
      rmSync(join(repo.dir, 'test/legacy.test.ts'));
    }
  });

  it('trace: bad usage and a policy without the gate exit 2 with a reason', () => {
    expect(cli(['trace', '--repo', repo.dir, '--format', 'pdf'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--format must be markdown, csv, json or html, not "pdf"'),
    });
    expect(cli(['trace', '--repo', repo.dir, '--gate', 'nope'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('has no gate "nope" (traceability gates: traceability)'),
    });
    const policy = writeJson(out, 'p.yml', { version: 1, gates: {} });
    expect(cli(['trace', '--repo', out.replace(/\/[^/]*$/, ''), '--policy', policy])).toMatchObject({ code: 2 });
  });
});
