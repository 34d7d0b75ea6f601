import { describe, expect, it } from 'vitest';
import { review } from '../helpers/plain-facts.js';
import { gateConfig as gate, ruleTester, runGates as run } from '../helpers/rule-tester.js';

describe('protected-files rule', () => {
  it('passes without approvals when nothing protected changed', async () => {
    const r = await run([gate('protected-files', {})], { changed: ['src/a.ts'] });
    expect(r.gates[0]).toMatchObject({ status: 'pass', summary: 'no protected file changed' });
  });

  it('protects the policy, workflows and CODEOWNERS by default', async () => {
    const r = await run(
      [gate('protected-files', { from: ['qa'] })],
      {
        changed: ['.github/sdlc-gate.yml', '.github/workflows/ci.yml', 'src/a.ts'],
        reviews: [review('erin', 'APPROVED')],
      },
      { qa: ['quinn'] },
    );
    const g = r.gates[0]!;
    expect(g.status).toBe('fail');
    expect(g.findings.map((f) => f.file)).toEqual(['.github/sdlc-gate.yml', '.github/workflows/ci.yml']);
    expect(g.findings[0]!.message).toBe(
      'This pull request changes protected files .github/sdlc-gate.yml and .github/workflows/ci.yml: needs 1 approval from qa (quinn) on the latest commit aaaaaaa; has none; request a review from qa (quinn).',
    );
    // Both findings are one step: who to ask, and why.
    expect(g.findings.map((f) => f.action)).toEqual([
      {
        text: 'Ask qa (quinn) to approve the latest commit aaaaaaa (.github/sdlc-gate.yml and .github/workflows/ci.yml are protected)',
        command: 'gh pr edit 7 --add-reviewer quinn',
      },
      {
        text: 'Ask qa (quinn) to approve the latest commit aaaaaaa (.github/sdlc-gate.yml and .github/workflows/ci.yml are protected)',
        command: 'gh pr edit 7 --add-reviewer quinn',
      },
    ]);
    const ok = await run(
      [gate('protected-files', { from: ['qa'] })],
      { changed: ['CODEOWNERS'], reviews: [review('quinn', 'APPROVED')] },
      { qa: ['quinn'] },
    );
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

// The gate as a policy author meets it: options and facts in, status and findings out (see helpers/rule-tester.ts).
ruleTester('protected-files').run([
  {
    name: 'passes when nothing protected changed',
    facts: { changed: ['src/a.ts'] },
    expect: { status: 'pass', findings: [], summary: 'no protected file changed' },
  },
  {
    name: 'fails on a changed workflow without an approval, on that file',
    facts: { changed: ['.github/workflows/ci.yml'], reviews: [] },
    expect: {
      status: 'fail',
      findings: [
        {
          severity: 'error',
          message: /^This pull request changes protected file \.github\/workflows\/ci\.yml: needs 1 approval/,
          file: '.github/workflows/ci.yml',
        },
      ],
    },
  },
  {
    name: 'passes once someone other than the author approves',
    facts: { changed: ['CODEOWNERS'], reviews: [review('erin', 'APPROVED')] },
    expect: { status: 'pass', findings: [] },
  },
  {
    name: 'counts only the named group',
    gate: { paths: ['docs/sop/**'], from: ['qa'] },
    policy: { groups: { qa: ['quinn'] } },
    facts: { changed: ['docs/sop/review.md'], reviews: [review('erin', 'APPROVED')] },
    expect: { status: 'fail', findings: [{ severity: 'error', message: 'needs 1 approval from qa (quinn)' }] },
  },
]);
