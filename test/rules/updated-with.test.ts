import { gateContext } from '../../src/policy/context.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updatedWith, type UpdatedWithOptions } from '../../src/rules/updated-with.js';
import type { GateOutcome } from '../../src/core/rule.js';
import { apiReview, prEvent, TestRepo, writeJson } from '../helpers/git-repo.js';
import { HEAD, BASE, plainFacts, policy, pr, review, type PlainFacts } from '../helpers/plain-facts.js';
import { runCli } from '../helpers/cli.js';
import { ruleTester } from '../helpers/rule-tester.js';

const RISK: UpdatedWithOptions = {
  changed: ['src/**'],
  require: ['docs/risk/**'],
  waiver: { label: 'no-risk-impact', from: ['risk-managers'], allow_contributor: false },
};
const ctx = gateContext(policy({ groups: { 'risk-managers': ['rhea', 'ravi'] } }), 'risk-file');

async function run(p: PlainFacts, options: UpdatedWithOptions = RISK): Promise<GateOutcome> {
  return (await updatedWith.evaluate(options, plainFacts(p), ctx)) as GateOutcome;
}
const errors = (o: GateOutcome) => o.findings.filter((f) => f.severity === 'error');

describe('updated-with', () => {
  it('passes when nothing matching the trigger changed, without reading reviews', async () => {
    const facts = plainFacts({ changed: ['README.md'], head: { 'README.md': '# Pump\n', 'src/pump.ts': '' } });
    const o = (await updatedWith.evaluate(RISK, facts, ctx)) as GateOutcome;
    expect(o.findings).toEqual([]);
    expect(o.summary).toBe('no file matching src/** changed');
    expect(facts.calls.reviews).toBeUndefined();
  });

  it('passes when a required file changed in the same pull request', async () => {
    const o = await run({ changed: ['src/dosing/rate.ts', 'docs/risk/register.yml'] });
    expect(errors(o)).toEqual([]);
    expect(o.summary).toBe('src/dosing/rate.ts changed; docs/risk/register.yml updated with it');
  });

  it('reads `!` globs as exclusions: a changed source file never counts as the required update, an excluded one never triggers', async () => {
    const options: UpdatedWithOptions = { changed: ['src/**', '!src/generated/**'], require: ['docs/risk/**', '!docs/risk/README.md'] };
    const head = { 'src/dosing/rate.ts': '', 'src/generated/table.ts': '', 'docs/risk/register.yml': '', 'docs/risk/README.md': '' };
    // Read as "any of", `!docs/risk/README.md` matched src/dosing/rate.ts itself: the gate passed on any change.
    let o = await run({ changed: ['src/dosing/rate.ts'], head }, options);
    expect(errors(o).map((f) => f.file)).toEqual(['src/dosing/rate.ts']);
    o = await run({ changed: ['src/dosing/rate.ts', 'docs/risk/README.md'], head }, options);
    expect(errors(o).map((f) => f.file)).toEqual(['src/dosing/rate.ts']);
    o = await run({ changed: ['src/dosing/rate.ts', 'docs/risk/register.yml'], head }, options);
    expect(errors(o)).toEqual([]);
    // A generated file alone does not trigger the gate.
    o = await run({ changed: ['src/generated/table.ts'], head }, options);
    expect(o.findings).toEqual([]);
  });

  it('fails naming every triggering file and what was expected, one annotation per file', async () => {
    const o = await run({ changed: ['src/dosing/rate.ts', 'src/ui/screen.ts', 'test/rate.test.ts'] });
    expect(errors(o).map((f) => f.file)).toEqual(['src/dosing/rate.ts', 'src/ui/screen.ts']);
    expect(o.findings[0]!.message).toBe(
      'This pull request changes src/dosing/rate.ts and src/ui/screen.ts, but no file matching docs/risk/** — update docs/risk/** in this pull request, or — if there is no impact — add the label "no-risk-impact" and get an approval of the latest commit from risk-managers.',
    );
    expect(o.findings[1]!.message).toBe(
      'src/ui/screen.ts changed, but no file matching docs/risk/** did — update docs/risk/** in this pull request, or — if there is no impact — add the label "no-risk-impact" and get an approval of the latest commit from risk-managers.',
    );
  });

  it('counts a renamed file by its old path too, and defaults the trigger to every changed file', async () => {
    const o = await run({ changed: [{ path: 'lib/rate.ts', previousPath: 'src/rate.ts', status: 'renamed' }] });
    expect(errors(o)[0]!.message).toContain('changes src/rate.ts, but');
    const all = await run({ changed: ['Makefile'] }, { require: ['docs/threat-model.md'] });
    expect(errors(all)[0]!.message).toBe(
      'This pull request changes Makefile, but no file matching docs/threat-model.md — update docs/threat-model.md in this pull request.',
    );
    expect(errors(await run({ changed: ['docs/threat-model.md'] }, { require: ['docs/threat-model.md'] }))).toEqual([]);
  });

  it('a used waiver passes and says who approved it', async () => {
    const o = await run({
      pr: pr({ labels: ['No-Risk-Impact'] }),
      changed: ['src/ui/screen.ts'],
      reviews: [review('ravi', 'APPROVED', HEAD)],
    });
    expect(errors(o)).toEqual([]);
    expect(o.findings).toEqual([
      {
        severity: 'notice',
        message: `Waiver used: src/ui/screen.ts changed without docs/risk/**; the label "no-risk-impact" is approved by ravi on ${HEAD.slice(0, 7)}.`,
      },
    ]);
    expect(o.summary).toBe(`waived by label "no-risk-impact", approved by ravi on ${HEAD.slice(0, 7)}`);
  });

  it('a waiver label without an approval at head from `from` fails, with the file', async () => {
    const o = await run({
      pr: pr({ labels: ['no-risk-impact'], author: 'rhea' }),
      changed: ['src/ui/screen.ts'],
      reviews: [
        review('rhea', 'APPROVED', HEAD),
        review('ravi', 'APPROVED', BASE, '2026-01-01T00:00:00Z', 2),
        review('zed', 'APPROVED', HEAD, '2026-01-01T00:00:00Z', 3),
      ],
    });
    expect(errors(o)).toHaveLength(1);
    expect(o.findings[0]!.file).toBe('src/ui/screen.ts');
    expect(o.findings[0]!.message).toBe(
      `This pull request changes src/ui/screen.ts, but no file matching docs/risk/**, and the waiver label "no-risk-impact" is not approved: needs an approval of the latest commit ${HEAD.slice(0, 7)} from risk-managers (rhea and ravi); ravi approved an earlier commit — ask for a re-review; rhea authored the pull request, so their approval does not count. Update docs/risk/**, or get the waiver approved.`,
    );
  });

  it('a risk manager who committed to the pull request cannot waive it; allow_contributor: true lets them', async () => {
    const facts = {
      pr: pr({ labels: ['no-risk-impact'] }),
      changed: ['src/a.ts'],
      reviews: [review('ravi', 'APPROVED', HEAD)],
      commits: [{ sha: 'c'.repeat(40), author: 'dana', committer: 'ravi' }],
    };
    const refused = await run(facts);
    expect(refused.findings[0]!.severity).toBe('error');
    expect(refused.findings[0]!.message).toContain(
      'ravi authored or committed commits of this pull request, so their approval does not count',
    );
    const allowed = await run(facts, { ...RISK, waiver: { ...RISK.waiver!, allow_contributor: true } });
    expect(allowed.findings.map((f) => f.severity)).toEqual(['notice']);
  });

  it('without reviews the waiver cannot be judged: the gate throws (error), never passes', async () => {
    await expect(run({ pr: pr({ labels: ['no-risk-impact'] }), changed: ['src/a.ts'] })).rejects.toThrow('no reviews were given');
  });
});

const cli = (args: string[]) => runCli(args);

describe('updated-with through the CLI', () => {
  const repo = new TestRepo();
  const inputs = mkdtempSync(join(tmpdir(), 'sdlc-gate-uw-'));
  let base = '';
  let head = '';
  beforeAll(() => {
    repo.write({
      '.github/sdlc-gate.yml': `version: 1
groups: { risk-managers: [rhea] }
gates:
  risk-file:
    rule: updated-with
    refs: ["ISO 14971 7.4"]
    changed: ["src/**"]
    require: ["docs/risk/**"]
    waiver: { label: no-risk-impact, from: [risk-managers] }
`,
      'src/dosing/rate.ts': 'export const maxRate = 999;\n',
      'docs/risk/register.yml': 'hazards: []\n',
    });
    base = repo.commit('base');
    repo.write({ 'src/dosing/rate.ts': 'export const maxRate = 1200;\n' });
    head = repo.commit('raise the rate');
  });
  afterAll(() => {
    repo.remove();
    rmSync(inputs, { recursive: true, force: true });
  });

  it('fails naming the file, then passes with an approved waiver', () => {
    const event = writeJson(inputs, 'e1.json', prEvent(3, base, head));
    const r = cli(['check', '--repo', repo.dir, '--event', event]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL  risk-file (updated-with): src/dosing/rate.ts changed without docs/risk/**');
    expect(r.stdout).toContain(
      'error: src/dosing/rate.ts: This pull request changes src/dosing/rate.ts, but no file matching docs/risk/**',
    );

    const labelled = writeJson(inputs, 'e2.json', prEvent(3, base, head, { labels: [{ name: 'no-risk-impact' }] }));
    const reviews = writeJson(inputs, 'r.json', [apiReview(1, 'rhea', 'APPROVED', head)]);
    // Who committed to the pull request (rhea did not): without it the waiver's approval cannot be counted.
    const commits = writeJson(inputs, 'c.json', [{ sha: head, author: { login: 'dana' }, committer: { login: 'dana' } }]);
    const unknown = cli(['check', '--repo', repo.dir, '--event', labelled, '--reviews', reviews]);
    expect(unknown.stdout).toContain(
      'ERROR risk-file (updated-with): could not be evaluated: who contributed to the pull request is unknown',
    );
    const ok = cli(['check', '--repo', repo.dir, '--event', labelled, '--reviews', reviews, '--commits', commits]);
    expect(ok.stdout).toContain(
      `PASS  risk-file (updated-with): waived by label "no-risk-impact", approved by rhea on ${head.slice(0, 7)}`,
    );
    expect(ok.code).toBe(0);
  });
});

// The gate as a policy author meets it: options and facts in, status and findings out (see helpers/rule-tester.ts).
ruleTester('updated-with').run([
  {
    name: 'passes when no trigger file changed',
    gate: { changed: ['src/**'], require: ['docs/risk/**'] },
    facts: { changed: ['README.md'], head: { 'README.md': '# Pump\n', 'src/a.ts': '' } },
    expect: { status: 'pass', findings: [] },
  },
  {
    name: 'fails when changed names no file of the repository: it could never trigger, and would pass every pull request',
    gate: { changed: ['src/**'], require: ['docs/risk/**'] },
    facts: { changed: ['firmware/pump.c'], head: { 'firmware/pump.c': '', 'docs/risk/file.md': '' } },
    expect: {
      status: 'fail',
      findings: [
        {
          severity: 'error',
          message:
            "changed (src/**) matches no file at head, so this gate could never be triggered and would pass every pull request — name where the files whose change needs docs/risk/** are (the presets assume src/**), in the gate's changed.",
        },
      ],
    },
  },
  {
    name: 'passes when a required file changed too',
    gate: { changed: ['src/**'], require: ['docs/risk/**'] },
    facts: { changed: ['src/a.ts', 'docs/risk/file.md'] },
    expect: { status: 'pass', findings: [] },
  },
  {
    name: 'fails when the code changed without the required file',
    gate: { changed: ['src/**'], require: ['docs/risk/**'] },
    facts: { changed: ['src/a.ts'] },
    expect: {
      status: 'fail',
      findings: [{ severity: 'error', message: 'This pull request changes src/a.ts, but no file matching docs/risk/**' }],
    },
  },
  {
    name: 'fails on a waiver label that nobody in the group approved',
    gate: { changed: ['src/**'], require: ['docs/risk/**'], waiver: { label: 'no-risk-impact', from: ['risk-managers'] } },
    policy: { groups: { 'risk-managers': ['carol'] } },
    facts: { pr: pr({ labels: ['no-risk-impact'] }), changed: ['src/a.ts'], reviews: [review('erin', 'APPROVED')] },
    expect: { status: 'fail', findings: [{ severity: 'error', message: 'no-risk-impact' }] },
  },
  {
    name: 'passes on an approved waiver, with a notice naming who approved it',
    gate: { changed: ['src/**'], require: ['docs/risk/**'], waiver: { label: 'no-risk-impact', from: ['risk-managers'] } },
    policy: { groups: { 'risk-managers': ['carol'] } },
    facts: { pr: pr({ labels: ['no-risk-impact'] }), changed: ['src/a.ts'], reviews: [review('carol', 'APPROVED')] },
    expect: { status: 'pass', findings: [{ severity: 'notice', message: /^Waiver used: .*carol/ }] },
  },
]);
