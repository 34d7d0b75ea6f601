import { describe, expect, it } from 'vitest';
import { review } from '../helpers/plain-facts.js';
import { gateConfig as gate, runGates as run } from '../helpers/rule-tester.js';

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
