import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestRepo } from './helpers/git-repo.js';
import { runCli } from './helpers/cli.js';

// A requirement's safety class lowered in a pull request, through the bundled CLI on a real git repository: the
// pull request is judged by the stricter of the class at base and at head, whether the class is written on the
// requirement or comes from the policy's classification.default (the base's policy).

const policy = (defaultClass: string) => `version: 1
classification:
  default: ${defaultClass}
gates:
  traceability:
    requirements: [docs/srs.md]
    require_tests: [B, C]
`;
const SRS = `# SRS

## REQ-1 Continuous delivery
Class: C

The pump shall deliver the programmed rate.

## REQ-2 Bolus limits

The pump shall cap a bolus.
`;
const TESTS = { 'test/rate.test.ts': "it('delivers (REQ-1)', () => {});\n", 'test/bolus.test.ts': "it('caps (REQ-2)', () => {});\n" };

type Finding = { severity: string; message: string; file?: string; line?: number };

describe('traceability through the CLI: a safety class lowered in a pull request', () => {
  const repo = new TestRepo();
  let base = '';

  beforeAll(() => {
    repo.write({ '.github/sdlc-gate.yml': policy('B'), 'docs/srs.md': SRS, ...TESTS });
    base = repo.commit('requirements and tests');
  });
  afterAll(() => repo.remove());

  const check = (head: string) => {
    const r = runCli(['check', '--repo', repo.dir, '--base', base, '--head', head, '--format', 'json']);
    expect(r.stderr).toBe('');
    const gate = JSON.parse(r.stdout).gates[0] as { status: string; findings: Finding[] };
    return { code: r.code, status: gate.status, findings: gate.findings.filter((f) => f.severity !== 'notice') };
  };

  it('lowering REQ-1 from C to A and deleting its test fails (exit 1): a warning on the lowering, an error on the missing test', () => {
    repo.git('checkout', '-q', '-b', 'lower', base);
    repo.write({ 'docs/srs.md': SRS.replace('Class: C', 'Class: A'), 'test/rate.test.ts': null });
    const r = check(repo.commit('REQ-1 is class A; drop its test'));
    expect(r.code).toBe(1);
    expect(r.findings.map((f) => [f.severity, f.file, f.line, f.message.split(';')[0]])).toEqual([
      ['warning', 'docs/srs.md', 3, 'REQ-1 "Continuous delivery": this pull request lowers its safety class from C (at base) to A'],
      [
        'error',
        'docs/srs.md',
        3,
        expect.stringMatching(/^REQ-1 "Continuous delivery" \(class C at base, lowered to A in this pull request\) has no test/),
      ],
    ]);
  });

  it("lowering the policy's classification.default in the same pull request changes nothing: the policy is read at base", () => {
    repo.git('checkout', '-q', '-b', 'default', base);
    repo.write({ '.github/sdlc-gate.yml': policy('A'), 'test/bolus.test.ts': null });
    const r = check(repo.commit('default class A; drop the bolus test'));
    expect(r.code).toBe(1);
    expect(r.findings.map((f) => [f.severity, f.line, f.message.slice(0, 45)])).toEqual([
      ['error', 8, 'REQ-2 "Bolus limits" (class B) has no test: n'],
    ]);
  });

  it('a lowering that keeps its test warns (exit 0); once merged, the next pull request may drop the test', () => {
    repo.git('checkout', '-q', '-b', 'keep', base);
    repo.write({ 'docs/srs.md': SRS.replace('Class: C', 'Class: A') });
    const lowered = repo.commit('REQ-1 is class A (risk review RR-12)');
    const r = check(lowered);
    expect([r.code, r.status, r.findings.map((f) => f.severity)]).toEqual([0, 'pass', ['warning']]);
    repo.write({ 'test/rate.test.ts': null });
    const dropped = repo.commit('drop the class A test');
    const next = runCli(['check', '--repo', repo.dir, '--base', lowered, '--head', dropped, '--format', 'json']);
    expect(next.code).toBe(0);
    expect(JSON.parse(next.stdout).gates[0].findings.filter((f: Finding) => f.severity !== 'notice')).toEqual([]);
  });
});
