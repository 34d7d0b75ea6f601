import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate.js';
import { RULES } from '../../src/rules/index.js';
import { FactError } from '../../src/core/types.js';
import { BASE, EVERYONE_WRITES, HEAD, plainFacts, policy, review } from '../helpers/plain-facts.js';
import { everyoneWrites, gateConfig as gate, META, ruleTester, runGates } from '../helpers/rule-tester.js';
import type { PlainFacts } from '../helpers/plain-facts.js';

// These cases are about something other than who may approve: everyone who reviews may push (see 'who may approve').
const run = (gates: Parameters<typeof runGates>[0], facts: PlainFacts, groups?: Record<string, string[]>) =>
  runGates(gates, { permissions: EVERYONE_WRITES, ...facts }, groups);

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
ruleTester('reviews').run(
  everyoneWrites([
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
  ]),
);

// Who may approve: GitHub's branch protection counts only approvals from people with write access, and policy-bot by
// default does not count one from someone who authored or committed a commit of the pull request.
describe('who may approve', () => {
  const strangers = { erin: 'write', mallory: 'read', nina: 'none', quinn: 'read' } as const;

  it('does not count an approval from someone without write access, and says so', async () => {
    const facts = { reviews: [review('mallory', 'APPROVED')], permissions: strangers };
    const r = await runGates([gate('reviews', {})], facts);
    expect(r.gates[0]!.status).toBe('fail');
    expect(r.gates[0]!.findings[0]!.message).toBe(
      "needs 1 approval on the latest commit aaaaaaa; has none; mallory has read access, not write, so their approval does not count (as in GitHub's branch protection); request a review.",
    );
    expect(r.gates[0]!.findings[0]!.action).toEqual({
      text: 'Ask someone with write access other than dana to approve the latest commit aaaaaaa',
    });
  });

  it('counts an approval from someone with write access, asking once per approver however many gates count it', async () => {
    const facts = plainFacts({ reviews: [review('erin', 'APPROVED'), review('nina', 'APPROVED')], permissions: strangers });
    const gates = [
      gate('reviews', {}),
      gate('second-look', { approvals: 1 }, { rule: 'reviews' }),
      gate('protected-files', { paths: ['**'] }),
    ];
    const p = policy({ gates });
    const r = await evaluate(p, facts, RULES, META);
    expect(r.gates.map((g) => g.status)).toEqual(['pass', 'pass', 'pass']);
    expect(facts.calls['permission:erin']).toBe(1);
    expect(facts.calls['permission:nina']).toBe(1);
    expect(facts.calls.commits).toBe(1);
  });

  it('ends in error, never pass, when write access cannot be told', async () => {
    const r = await runGates([gate('reviews', {})], { reviews: [review('erin', 'APPROVED')], permissions: {} });
    expect(r.gates[0]!.status).toBe('error');
    expect(r.gates[0]!.summary).toMatch(/collaborators\/erin\/permission answered 403/);
  });

  it('asks nothing when no approval could count', async () => {
    const facts = plainFacts({ reviews: [review('dana', 'APPROVED'), review('erin', 'APPROVED', BASE)], permissions: {} });
    const r = await evaluate(policy({ gates: [gate('reviews', {})] }), facts, RULES, META);
    expect(r.gates[0]!.status).toBe('fail');
    expect(facts.calls.commits).toBeUndefined();
    expect(Object.keys(facts.calls).filter((k) => k.startsWith('permission:'))).toEqual([]);
  });

  it('counts the people a from: list names without asking their access; require_write_access: true asks it of them too', async () => {
    const facts = { reviews: [review('quinn', 'APPROVED')], permissions: strangers };
    const named = await runGates([gate('qa-review', { from: ['qa'] }, { rule: 'reviews' })], facts, { qa: ['quinn'] });
    expect(named.gates[0]!.status).toBe('pass');
    const strict = await runGates([gate('qa-review', { from: ['qa'], require_write_access: true }, { rule: 'reviews' })], facts, {
      qa: ['quinn'],
    });
    expect(strict.gates[0]!.status).toBe('fail');
    expect(strict.gates[0]!.findings[0]!.message).toContain('quinn has read access, not write');
  });

  it('require_write_access: false counts anyone but the author again', async () => {
    const r = await runGates([gate('reviews', { require_write_access: false })], {
      reviews: [review('nina', 'APPROVED')],
      permissions: {},
    });
    expect(r.gates[0]!.status).toBe('pass');
  });

  it('does not count an approval from someone who authored or committed a commit of the pull request', async () => {
    const commits = [
      { sha: '1'.repeat(40), author: 'dana', committer: 'dana' },
      { sha: '2'.repeat(40), author: 'Erin' },
      { sha: '3'.repeat(40), author: 'dana', committer: 'frank' },
    ];
    const facts = { reviews: [review('erin', 'APPROVED'), review('frank', 'APPROVED')], permissions: EVERYONE_WRITES, commits };
    const r = await runGates([gate('reviews', {})], facts);
    expect(r.gates[0]!.status).toBe('fail');
    expect(r.gates[0]!.findings[0]!.message).toBe(
      'needs 1 approval on the latest commit aaaaaaa; has none; erin and frank authored or committed commits of this pull request, so their approvals do not count (allow_contributor: false); request a review.',
    );
    const allowed = await runGates([gate('reviews', { allow_contributor: true })], facts);
    expect(allowed.gates[0]!.status).toBe('pass');
  });

  it('does not count a contributor named as code owner either', async () => {
    const facts = {
      changed: ['src/a.ts'],
      reviews: [review('erin', 'APPROVED'), review('frank', 'APPROVED')],
      permissions: EVERYONE_WRITES,
      commits: [{ sha: '1'.repeat(40), author: 'frank' }],
      base: { '.github/CODEOWNERS': '* @frank\n' },
    };
    const r = await runGates([gate('reviews', { code_owners: true })], facts);
    expect(r.gates[0]!.status).toBe('fail');
    expect(r.gates[0]!.findings[0]).toMatchObject({ file: '.github/CODEOWNERS', line: 1 });
    expect(r.gates[0]!.findings[0]!.message).toContain('frank authored or committed commits of this pull request');
  });

  it("does not block on a change request from someone without write access, and says so; a writer's still blocks", async () => {
    const reviews = [review('erin', 'APPROVED'), review('mallory', 'CHANGES_REQUESTED')];
    const r = await runGates([gate('reviews', {})], { reviews, permissions: strangers });
    expect(r.gates[0]!.status).toBe('pass');
    expect(r.gates[0]!.findings).toEqual([
      {
        severity: 'notice',
        message:
          "mallory requested changes but has read access, not write, so the request does not block (as in GitHub's branch protection).",
      },
    ]);
    const writer = await runGates([gate('reviews', {})], { reviews, permissions: { ...strangers, mallory: 'write' } });
    expect(writer.gates[0]!.status).toBe('fail');
    expect(writer.gates[0]!.findings[0]!.message).toMatch(/^mallory requested changes/);
    // With a from: list, the people it names block as before, without asking their access.
    const named = await runGates([gate('reviews', { from: ['erin', 'mallory'] })], { reviews, permissions: {} });
    expect(named.gates[0]!.status).toBe('fail');
    // A change request whose author's access cannot be told: error, not pass.
    const unknown = await runGates([gate('reviews', {})], { reviews, permissions: { erin: 'write' } });
    expect(unknown.gates[0]!.status).toBe('error');
  });

  it('ends in error when the commits cannot be listed', async () => {
    const facts = plainFacts({ reviews: [review('erin', 'APPROVED')], permissions: EVERYONE_WRITES });
    const broken = { ...facts, commits: () => Promise.reject(new FactError('GET /repos/acme/widgets/pulls/7/commits answered 500')) };
    const r = await evaluate(policy({ gates: [gate('reviews', {})] }), broken, RULES, META);
    expect(r.gates[0]!.status).toBe('error');
  });
});

ruleTester('reviews').run([
  {
    name: 'fails on an approval from someone with read access only',
    facts: { reviews: [review('mallory', 'APPROVED')], permissions: { mallory: 'read' } },
    expect: { status: 'fail', findings: [{ severity: 'error', message: 'mallory has read access, not write' }] },
  },
  {
    name: 'passes on an approval from a maintainer (maintain reads as write)',
    facts: { reviews: [review('erin', 'APPROVED')], permissions: { erin: 'write' } },
    expect: { status: 'pass', findings: [] },
  },
  {
    name: 'fails on a contributor’s approval by default',
    facts: { reviews: [review('erin', 'APPROVED')], permissions: { erin: 'admin' }, commits: [{ sha: 'c'.repeat(40), committer: 'erin' }] },
    expect: { status: 'fail', findings: [{ severity: 'error', message: 'erin authored or committed commits of this pull request' }] },
  },
  {
    name: 'passes on a contributor’s approval with allow_contributor: true',
    gate: { allow_contributor: true },
    facts: { reviews: [review('erin', 'APPROVED')], permissions: { erin: 'admin' }, commits: [{ sha: 'c'.repeat(40), author: 'erin' }] },
    expect: { status: 'pass' },
  },
]);
