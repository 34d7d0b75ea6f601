import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/engine/evaluate.js';
import type { GateConfig } from '../src/policy/types.js';
import { RULES } from '../src/rules/index.js';
import type { Rule } from '../src/rules/rule.js';
import { BASE, HEAD, plainFacts, policy, pr, review, type PlainFacts } from './helpers/plain-facts.js';

const META = { base: BASE, head: HEAD, policy: { path: '.github/sdlc-gate.yml', ref: BASE, sha256: '0'.repeat(64) } };
const REVIEW_DEFAULTS = { approvals: 1, code_owners: false, invalidate_on_push: true, block_on_changes_requested: true };

function gate(id: string, options: Record<string, unknown>, extra: Partial<GateConfig> = {}): GateConfig {
  const rule = extra.rule ?? id;
  const defaults = rule === 'reviews' ? REVIEW_DEFAULTS : { approvals: 1, invalidate_on_push: true };
  return { id, rule, level: 'error', options: { ...defaults, ...options }, ...extra };
}

async function run(gates: GateConfig[], facts: PlainFacts, groups: Record<string, string[]> = {}, rules: readonly Rule[] = RULES) {
  const p = policy({ gates, groups, classification: { default: 'B', items: [{ name: 'dosing', paths: ['src/dosing/**'], class: 'C' }] } });
  return evaluate(p, plainFacts(facts), rules, META);
}

describe('reviews rule', () => {
  it('passes with one approval of the head commit by someone other than the author', async () => {
    const r = await run([gate('reviews', {})], { reviews: [review('erin', 'APPROVED')] });
    expect(r.gates[0]).toMatchObject({ status: 'pass', summary: '1 approval (erin) on aaaaaaa', findings: [] });
    expect(r.status).toBe('pass');
  });

  it('does not count the author, and says so', async () => {
    const r = await run([gate('reviews', {})], { reviews: [review('dana', 'APPROVED')] });
    expect(r.gates[0]!.status).toBe('fail');
    expect(r.gates[0]!.findings[0]!.message).toBe(
      'needs 1 approval on the latest commit aaaaaaa; has none; dana authored the pull request, so their approval does not count; request a review.',
    );
  });

  it('ignores approvals of an earlier commit, naming who must re-review', async () => {
    const r = await run([gate('reviews', {})], { reviews: [review('carol', 'APPROVED', BASE)] });
    expect(r.gates[0]!.findings[0]!.message).toBe('needs 1 approval on the latest commit aaaaaaa; has none; carol approved an earlier commit — ask for a re-review.');
  });

  it('counts stale approvals when invalidate_on_push is off', async () => {
    const r = await run([gate('reviews', { invalidate_on_push: false })], { reviews: [review('carol', 'APPROVED', BASE)] });
    expect(r.gates[0]!.status).toBe('pass');
  });

  it('counts distinct approvers and the latest decisive review of each', async () => {
    const reviews = [
      review('erin', 'APPROVED', HEAD, '2026-01-01T00:00:00Z', 1),
      review('erin', 'APPROVED', HEAD, '2026-01-01T01:00:00Z', 2),
      review('frank', 'APPROVED', HEAD, '2026-01-01T00:00:00Z', 3),
      review('frank', 'DISMISSED', HEAD, '2026-01-02T00:00:00Z', 4),
      review('gil', 'APPROVED', HEAD, '2026-01-01T00:00:00Z', 5),
      review('gil', 'COMMENTED', HEAD, '2026-01-03T00:00:00Z', 6),
    ];
    const r = await run([gate('reviews', { approvals: 3 })], { reviews });
    expect(r.gates[0]!.findings[0]!.message).toMatch(/^needs 3 approvals on the latest commit aaaaaaa; has 2 \(erin and gil\)/);
  });

  it('fails while a reviewer requests changes, even with enough approvals', async () => {
    const reviews = [review('erin', 'APPROVED'), review('frank', 'CHANGES_REQUESTED', BASE)];
    const r = await run([gate('reviews', {})], { reviews });
    expect(r.gates[0]!.status).toBe('fail');
    expect(r.gates[0]!.findings.map((f) => f.message)).toEqual([
      'frank requested changes (review on bbbbbbb) — address the comments, then ask frank to approve or dismiss the review.',
    ]);
    const relaxed = await run([gate('reviews', { block_on_changes_requested: false })], { reviews });
    expect(relaxed.gates[0]!.status).toBe('pass');
  });

  it('counts only approvals from the named group, expanding teams', async () => {
    const reviews = [review('erin', 'APPROVED'), review('rita', 'APPROVED', BASE)];
    const facts = { reviews, teams: { 'acme/qa': ['rita', 'sam'] } };
    const r = await run([gate('qa-review', { from: ['qa'] }, { rule: 'reviews' })], facts, { qa: ['quinn', '@acme/qa'] });
    expect(r.gates[0]!.findings[0]!.message).toBe(
      'needs 1 approval from qa (quinn, rita and sam) on the latest commit aaaaaaa; has none; rita approved an earlier commit — ask for a re-review.',
    );
    const ok = await run([gate('qa-review', { from: ['qa'] }, { rule: 'reviews' })], { ...facts, reviews: [review('RITA', 'APPROVED')] }, { qa: ['@acme/qa'] });
    expect(ok.gates[0]!.status).toBe('pass');
  });

  it('ends in error, never pass, when a team cannot be read', async () => {
    const r = await run([gate('reviews', { from: ['@acme/ghosts'] })], { reviews: [review('erin', 'APPROVED')] });
    expect(r.gates[0]!.status).toBe('error');
    expect(r.gates[0]!.summary).toMatch(/^could not be evaluated: GET \/orgs\/acme\/teams\/ghosts\/members answered 404/);
    expect(r.status).toBe('fail');
  });

  it('ends in error when reviews are unknown', async () => {
    const r = await run([gate('reviews', {})], {});
    expect(r.gates[0]!.status).toBe('error');
  });

  describe('code owners', () => {
    const codeowners = '# owners\n* @acme/firmware\n/src/dosing/ @acme/dosing-leads\ndocs/ carol@example.com\n';
    const teams = { 'acme/firmware': ['dana', 'erin', 'frank'], 'acme/dosing-leads': ['erin'] };

    it('needs an approval from the owners of each changed file, pointing at the CODEOWNERS line', async () => {
      const r = await run([gate('reviews', { code_owners: true })], {
        changed: ['src/dosing/rate.ts', 'src/ui/display.ts'],
        reviews: [review('frank', 'APPROVED')],
        teams,
        base: { '.github/CODEOWNERS': codeowners },
      });
      const g = r.gates[0]!;
      expect(g.status).toBe('fail');
      expect(g.findings).toHaveLength(1);
      expect(g.findings[0]).toMatchObject({ severity: 'error', file: '.github/CODEOWNERS', line: 3 });
      expect(g.findings[0]!.message).toBe(
        'src/dosing/rate.ts (CODEOWNERS line 3) needs an approval from @acme/dosing-leads (erin) on the latest commit aaaaaaa; has none; request a review from @acme/dosing-leads (erin).',
      );
      expect(g.findings[0]!.action).toEqual({
        text: 'Ask @acme/dosing-leads (erin) to approve the latest commit aaaaaaa (owner of /src/dosing/ by CODEOWNERS line 3)',
        command: 'gh pr edit 7 --add-reviewer erin',
      });
    });

    it('passes when each owner set approved', async () => {
      const r = await run([gate('reviews', { code_owners: true })], {
        changed: ['src/dosing/rate.ts', 'src/ui/display.ts'],
        reviews: [review('erin', 'APPROVED')],
        teams,
        base: { '.github/CODEOWNERS': codeowners },
      });
      expect(r.gates[0]!.status).toBe('pass');
    });

    it('reads CODEOWNERS at base, not head', async () => {
      const r = await run([gate('reviews', { code_owners: true })], {
        changed: ['src/dosing/rate.ts'],
        reviews: [review('frank', 'APPROVED')],
        teams,
        base: { CODEOWNERS: codeowners },
        head: { CODEOWNERS: '* @frank\n' },
      });
      expect(r.gates[0]!.status).toBe('fail');
    });

    it('fails with a clear message when there is no CODEOWNERS, and for e-mail-only owners', async () => {
      const none = await run([gate('reviews', { code_owners: true })], { changed: ['a.ts'], reviews: [review('erin', 'APPROVED')] });
      expect(none.gates[0]!.findings[0]!.message).toMatch(/no CODEOWNERS file \(looked in \.github\/CODEOWNERS, CODEOWNERS, docs\/CODEOWNERS\)/);
      const email = await run([gate('reviews', { code_owners: true })], {
        changed: ['docs/guide.md'],
        reviews: [review('erin', 'APPROVED')],
        teams,
        base: { '.github/CODEOWNERS': codeowners },
      });
      expect(email.gates[0]!.findings[0]).toMatchObject({ file: '.github/CODEOWNERS', line: 4 });
      expect(email.gates[0]!.findings[0]!.message).toMatch(/are e-mail addresses/);
    });
  });
});

describe('protected-files rule', () => {
  it('passes without approvals when nothing protected changed', async () => {
    const r = await run([gate('protected-files', {})], { changed: ['src/a.ts'] });
    expect(r.gates[0]).toMatchObject({ status: 'pass', summary: 'no protected file changed' });
  });

  it('protects the policy, workflows and CODEOWNERS by default', async () => {
    const r = await run([gate('protected-files', { from: ['qa'] })], {
      changed: ['.github/sdlc-gate.yml', '.github/workflows/ci.yml', 'src/a.ts'],
      reviews: [review('erin', 'APPROVED')],
    }, { qa: ['quinn'] });
    const g = r.gates[0]!;
    expect(g.status).toBe('fail');
    expect(g.findings.map((f) => f.file)).toEqual(['.github/sdlc-gate.yml', '.github/workflows/ci.yml']);
    expect(g.findings[0]!.message).toBe(
      'This pull request changes protected files .github/sdlc-gate.yml and .github/workflows/ci.yml: needs 1 approval from qa (quinn) on the latest commit aaaaaaa; has none; request a review from qa (quinn).',
    );
    // Both findings are one step: who to ask, and why.
    expect(g.findings.map((f) => f.action)).toEqual([
      { text: 'Ask qa (quinn) to approve the latest commit aaaaaaa (.github/sdlc-gate.yml and .github/workflows/ci.yml are protected)', command: 'gh pr edit 7 --add-reviewer quinn' },
      { text: 'Ask qa (quinn) to approve the latest commit aaaaaaa (.github/sdlc-gate.yml and .github/workflows/ci.yml are protected)', command: 'gh pr edit 7 --add-reviewer quinn' },
    ]);
    const ok = await run([gate('protected-files', { from: ['qa'] })], { changed: ['CODEOWNERS'], reviews: [review('quinn', 'APPROVED')] }, { qa: ['quinn'] });
    expect(ok.gates[0]!.status).toBe('pass');
  });

  it('sees a protected file renamed away', async () => {
    const r = await run([gate('protected-files', { paths: ['docs/sop/**'] })], {
      changed: [{ path: 'docs/old.md', previousPath: 'docs/sop/review.md', status: 'renamed' }],
      reviews: [],
    });
    expect(r.gates[0]!.status).toBe('fail');
  });
});

describe('engine', () => {
  it('skips gates whose when does not hold, and says why', async () => {
    const gates = [
      gate('by-path', {}, { rule: 'reviews', when: { paths: ['src/dosing/**'] } }),
      gate('by-class', {}, { rule: 'reviews', when: { class: ['C'] } }),
      gate('by-label', {}, { rule: 'reviews', when: { labels: ['release'] } }),
    ];
    const r = await run(gates, { changed: ['src/ui/a.ts'], reviews: [] });
    expect(r.gates.map((g) => [g.status, g.summary])).toEqual([
      ['skip', 'skipped: no changed file matches src/dosing/**'],
      ['skip', 'skipped: no changed file is in a class C software item'],
      ['skip', 'skipped: the pull request has none of the labels release'],
    ]);
    expect(r.status).toBe('pass');
  });

  it('applies when every condition holds (class from the item, labels from the PR)', async () => {
    const g = gate('c', {}, { rule: 'reviews', when: { class: ['C'], labels: ['release'] } });
    const r = await run([g], { pr: pr({ labels: ['release'] }), changed: ['src/dosing/rate.ts'], reviews: [] });
    expect(r.gates[0]!.status).toBe('fail');
  });

  it('a level warning gate warns and does not fail the result', async () => {
    const r = await run([gate('reviews', {}, { level: 'warning' })], { reviews: [] });
    expect(r.gates[0]!.status).toBe('warn');
    expect(r.status).toBe('pass');
  });

  it('turns a throwing rule into error, and fetches shared facts once', async () => {
    const boom: Rule = { name: 'boom', description: '', optionsSchema: {}, evaluate: async () => { throw new TypeError('bad\nsecond line'); } };
    const facts = plainFacts({ reviews: [review('erin', 'APPROVED')] });
    const p = policy({ gates: [gate('a', {}, { rule: 'reviews' }), gate('b', {}, { rule: 'reviews' }), { id: 'x', rule: 'boom', level: 'warning', options: {} }] });
    const r = await evaluate(p, facts, [...RULES, boom], META);
    expect(r.gates[2]).toMatchObject({ status: 'error', summary: 'could not be evaluated: bad' });
    expect(r.status).toBe('fail');
    expect(facts.calls.reviews).toBe(1);
    expect(facts.calls.changedFiles).toBeUndefined();
  });
});
