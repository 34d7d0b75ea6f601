// Each built-in preset, end to end: a scenario repository built with real git commits, the bundled CLI, and the
// JSON result. For each preset one pull request that does what the clauses ask (exit 0) and one that does not
// (exit 1, the expected gates failing and the others passing).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { apiReview, prEvent, TestRepo, writeJson } from './helpers/git-repo.js';

const inputs = mkdtempSync(join(tmpdir(), 'sdlc-gate-presets-'));
afterAll(() => rmSync(inputs, { recursive: true, force: true }));

const today = new Date().toISOString().slice(0, 10);

const LOCK = (version: string) =>
  JSON.stringify({
    name: 'pump',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: { '': { name: 'pump', version: '1.0.0', dependencies: { 'is-number': version } }, 'node_modules/is-number': { version } },
  });
const SOUP = (version: string) => `- name: is-number
  version: ${version}
  ecosystem: npm
  manufacturer: Jon Schlinkert
  purpose: Validates numeric input from the keypad
  requirements: Returns true only for finite numbers
  risk: Low — a wrong answer is caught by the range check of REQ-001
  anomalies: { reviewed: ${today}, reference: "https://github.com/jonschlinkert/is-number/issues" }
`;
const RISK = (extra = '') => `scales:
  severity: [negligible, minor, serious, critical, catastrophic]
  probability: [improbable, remote, occasional, probable, frequent]
acceptability: { negligible: frequent, minor: probable, serious: occasional, critical: remote, catastrophic: improbable }
hazards:
  - id: HAZ-001
    hazard: Over-infusion
    hazardous_situation: The pump delivers more than the prescribed rate
    harm: Overdose${extra}
    causes:
      - { id: CAU-001, text: Rate limit not enforced, software_item: dosing }
    severity: critical
    probability: occasional
    controls:
      - { id: RC-001, requirement: REQ-001 }
    residual: { probability: improbable }
    justification: null
`;

const BASE_FILES = (preset: string): Record<string, string> => ({
  '.github/sdlc-gate.yml': `version: 1\nextends: [${preset}]\nclassification:\n  items:\n    - { name: dosing, paths: ["src/dosing/**"], class: C }\n`,
  '.github/CODEOWNERS': '* @frank\n/src/dosing/ @erin\n/docs/ @erin\n',
  'docs/requirements/srs.md': '# SRS\n\n## REQ-001 Rate limits\nThe pump shall refuse rates outside the limits.\n',
  'test/limits.test.ts': "it('refuses out-of-range rates (REQ-001)', () => {});\n",
  'src/dosing/limits.ts': 'export const maxRate = 200;\n',
  'package.json': '{"name":"pump","version":"1.0.0","dependencies":{"is-number":"7.0.0"}}\n',
  'package-lock.json': LOCK('7.0.0'),
  'docs/soup.yml': SOUP('7.0.0'),
  'docs/risk/risk-register.yml': RISK(),
});

interface Scenario {
  preset: string;
  change: Record<string, string>;
  title?: string;
  body?: string;
  approvers: string[];
}

function evaluate(s: Scenario): { code: number | null; gates: Record<string, string> } {
  const repo = new TestRepo();
  try {
    repo.write(BASE_FILES(s.preset));
    const base = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write(s.change);
    const head = repo.commit('the pull request');
    const extra = { ...(s.title ? { title: s.title } : {}), ...(s.body !== undefined ? { body: s.body } : {}) };
    const tag = `${s.preset}-${Math.random().toString(36).slice(2)}`;
    const event = writeJson(inputs, `${tag}-event.json`, prEvent(5, base, head, extra));
    const reviews = writeJson(
      inputs,
      `${tag}-reviews.json`,
      // The approvers may push, and committed nothing of the pull request (the CLI is told both, or the gate errs).
      s.approvers.map((who, i) => ({ ...apiReview(i + 1, who, 'APPROVED', head), permission: 'write' })),
    );
    const commits = writeJson(inputs, `${tag}-commits.json`, [{ sha: head, author: { login: 'dana' }, committer: { login: 'dana' } }]);
    const r = runCli(['check', '--repo', repo.dir, '--event', event, '--reviews', reviews, '--commits', commits, '--format', 'json'], {
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout) as { gates: { id: string; status: string }[] };
    return { code: r.code, gates: Object.fromEntries(result.gates.map((g) => [g.id, g.status])) };
  } finally {
    repo.remove();
  }
}

const RATE_CHANGE = { 'src/dosing/limits.ts': 'export const maxRate = 180;\n' };

describe('preset iec62304-class-a', () => {
  it('passes a referenced, approved change with tested requirements and its SOUP listed', () => {
    const r = evaluate({ preset: 'iec62304-class-a', change: RATE_CHANGE, approvers: ['frank'] });
    expect(r.gates).toEqual({ reviews: 'pass', 'policy-integrity': 'pass', 'change-request': 'pass', traceability: 'pass', soup: 'pass' });
    expect(r.code).toBe(0);
  });

  it('fails a change with no change request, no approval, and a dependency upgraded without its SOUP entry', () => {
    const r = evaluate({
      preset: 'iec62304-class-a',
      change: { ...RATE_CHANGE, 'package-lock.json': LOCK('7.0.1') },
      title: 'Lower the maximum rate',
      body: 'As discussed.',
      approvers: [],
    });
    expect(r.gates).toMatchObject({ reviews: 'fail', 'change-request': 'fail', soup: 'fail', traceability: 'pass' });
    expect(r.code).toBe(1);
  });
});

describe('preset iec62304-class-b', () => {
  it('passes when the risk file changes with the code and the code owner approves', () => {
    const r = evaluate({
      preset: 'iec62304-class-b',
      change: { ...RATE_CHANGE, 'docs/risk/risk-register.yml': RISK(' of the infused drug') },
      approvers: ['erin'],
    });
    expect(r.gates).toMatchObject({ reviews: 'pass', 'risk-register': 'pass', 'risk-file': 'pass', soup: 'pass' });
    expect(Object.values(r.gates).every((s) => s === 'pass')).toBe(true);
    expect(r.code).toBe(0);
  });

  it('fails a code change without the risk file, approved by someone who is not its code owner', () => {
    const r = evaluate({ preset: 'iec62304-class-b', change: RATE_CHANGE, approvers: ['frank'] });
    expect(r.gates).toMatchObject({ reviews: 'fail', 'risk-file': 'fail', 'risk-register': 'pass', 'change-request': 'pass' });
    expect(r.code).toBe(1);
  });
});

describe('preset iec62304-class-c', () => {
  it('fails a change to a class C item with one approval, and passes with two', () => {
    const change = { ...RATE_CHANGE, 'docs/risk/risk-register.yml': RISK(' of the infused drug') };
    const one = evaluate({ preset: 'iec62304-class-c', change, approvers: ['erin'] });
    expect(one.gates).toMatchObject({ 'class-c-review': 'fail', reviews: 'pass', 'risk-file': 'pass' });
    expect(one.code).toBe(1);
    const two = evaluate({ preset: 'iec62304-class-c', change, approvers: ['erin', 'frank'] });
    expect(Object.entries(two.gates).filter(([, s]) => s !== 'pass')).toEqual([]);
    expect(two.code).toBe(0);
  });

  it('fails a requirement changed without its tests (suspect is an error in class C)', () => {
    const change = {
      'docs/requirements/srs.md': '# SRS\n\n## REQ-001 Rate limits\nThe pump shall refuse and alarm on rates outside the limits.\n',
    };
    const r = evaluate({ preset: 'iec62304-class-c', change, approvers: ['erin', 'frank'] });
    expect(r.gates).toMatchObject({ traceability: 'fail' });
    expect(r.code).toBe(1);
  });
});
