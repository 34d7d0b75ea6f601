import { describe, expect, it } from 'vitest';
import { BASE, HEAD, review } from '../helpers/plain-facts.js';
import { gateConfig as gate, ruleTester, runGates as run } from '../helpers/rule-tester.js';

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
    expect(r.gates[0]!.findings[0]!.message).toBe(
      'needs 1 approval on the latest commit aaaaaaa; has none; carol approved an earlier commit — ask for a re-review.',
    );
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
    const ok = await run(
      [gate('qa-review', { from: ['qa'] }, { rule: 'reviews' })],
      { ...facts, reviews: [review('RITA', 'APPROVED')] },
      { qa: ['@acme/qa'] },
    );
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
      expect(none.gates[0]!.findings[0]!.message).toMatch(
        /no CODEOWNERS file \(looked in \.github\/CODEOWNERS, CODEOWNERS, docs\/CODEOWNERS\)/,
      );
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

// The gate as a policy author meets it: options and facts in, status and findings out (see helpers/rule-tester.ts).
ruleTester('reviews').run([
  {
    name: 'passes with one approval of the head commit',
    facts: { reviews: [review('erin', 'APPROVED')] },
    expect: { status: 'pass', findings: [] },
  },
  {
    name: "fails on the author's own approval",
    facts: { reviews: [review('dana', 'APPROVED')] },
    expect: {
      status: 'fail',
      findings: [{ severity: 'error', message: 'dana authored the pull request, so their approval does not count' }],
    },
  },
  {
    name: 'fails on an approval of an earlier commit',
    facts: { reviews: [review('carol', 'APPROVED', BASE)] },
    expect: { status: 'fail', findings: [{ severity: 'error', message: /carol approved an earlier commit — ask for a re-review\.$/ }] },
  },
  {
    name: 'fails while changes are requested',
    facts: { reviews: [review('erin', 'APPROVED'), review('frank', 'CHANGES_REQUESTED')] },
    expect: { status: 'fail', findings: [{ severity: 'error', message: /^frank requested changes/ }] },
  },
  {
    name: 'fails on a missing code-owner approval, on the CODEOWNERS line',
    gate: { code_owners: true },
    facts: { changed: ['src/a.ts'], reviews: [review('erin', 'APPROVED')], base: { '.github/CODEOWNERS': '* @frank\n' } },
    expect: {
      status: 'fail',
      findings: [
        {
          severity: 'error',
          message: 'src/a.ts (CODEOWNERS line 1) needs an approval from frank on the latest commit aaaaaaa',
          file: '.github/CODEOWNERS',
          line: 1,
        },
      ],
    },
  },
  {
    name: 'ends in error when the reviews cannot be read',
    facts: {},
    expect: { status: 'error', findings: [{ severity: 'error', message: 'could not be evaluated' }] },
  },
  { name: 'warns instead of failing at level warning', gate: { level: 'warning' }, facts: { reviews: [] }, expect: { status: 'warn' } },
]);
