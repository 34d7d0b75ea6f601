import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate.js';
import { PolicyLoader } from '../../src/policy/load.js';
import { RULES } from '../../src/rules/index.js';
import { EVERYONE_WRITES, plainFacts, review } from '../helpers/plain-facts.js';
import { everyoneWrites, gateConfig as gate, META, ruleTester, runGates } from '../helpers/rule-tester.js';
import type { PlainFacts } from '../helpers/plain-facts.js';

// These cases are about something other than who may approve: everyone who reviews may push (see 'who may approve').
const run = (gates: Parameters<typeof runGates>[0], facts: PlainFacts, groups?: Record<string, string[]>) =>
  runGates(gates, { permissions: EVERYONE_WRITES, ...facts }, groups);

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

  it('protects by default every file of this repository the policy extends, as it protects the policy itself', async () => {
    // A policy split with extends: the gates live in the extended file. Changing that file changes the policy every
    // later pull request is judged by, exactly as changing the policy file would.
    const files: Record<string, string> = {
      '.github/sdlc-gate.yml': 'version: 1\nextends: [.github/sdlc/gates.yml, iec62304-class-a]\ngroups:\n  qa: [quinn]\n',
      '.github/sdlc/gates.yml': 'version: 1\nextends: [.github/sdlc/people.yml]\ngates:\n  policy-integrity:\n    from: [qa]\n',
      '.github/sdlc/people.yml': 'version: 1\ngroups:\n  qa: [rita]\n',
    };
    const loaded = await new PolicyLoader(RULES).load('.github/sdlc-gate.yml', files['.github/sdlc-gate.yml']!, async (p) => files[p]);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const integrity = async (changed: string[], reviews = [review('erin', 'APPROVED')]) => {
      const report = await evaluate(loaded.policy, plainFacts({ changed, reviews }), RULES, META);
      return report.gates.find((g) => g.id === 'policy-integrity')!;
    };
    for (const file of ['.github/sdlc/gates.yml', '.github/sdlc/people.yml']) {
      const g = await integrity([file, 'src/a.ts']);
      expect(g.status, file).toBe('fail');
      expect(g.findings.map((f) => f.file)).toEqual([file]);
    }
    expect((await integrity(['.github/sdlc/gates.yml'], [review('quinn', 'APPROVED')])).status).toBe('pass');
    expect((await integrity(['src/a.ts'])).summary).toBe('no protected file changed');
  });

  it('protects by default the local actions the workflows run (uses: ./.github/actions/...), as it protects the workflows', async () => {
    // A workflow step `uses: ./.github/actions/gate` runs that folder's action.yml: changing it changes what the
    // workflow does, exactly as changing the workflow file would.
    const r = await run(
      [gate('protected-files', { from: ['qa'] })],
      { changed: ['.github/actions/gate/action.yml'], reviews: [] },
      { qa: ['quinn'] },
    );
    expect(r.gates[0]!.status).toBe('fail');
    expect(r.gates[0]!.findings.map((f) => f.file)).toEqual(['.github/actions/gate/action.yml']);
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
ruleTester('protected-files').run(
  everyoneWrites([
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
  ]),
);

// The same mechanism as the reviews gate's (rules/common/approvals): who may approve a change to a protected file.
describe('protected-files: who may approve', () => {
  const changed = ['.github/workflows/ci.yml'];

  it("does not count a stranger's approval without from:, nor a contributor's", async () => {
    const reader = await runGates([gate('protected-files', {})], {
      changed,
      reviews: [review('mallory', 'APPROVED')],
      permissions: { mallory: 'read' },
    });
    expect(reader.gates[0]!.status).toBe('fail');
    expect(reader.gates[0]!.findings[0]!.message).toContain('mallory has read access, not write, so their approval does not count');
    const contributor = await runGates([gate('protected-files', { from: ['erin'] })], {
      changed,
      reviews: [review('erin', 'APPROVED')],
      commits: [{ sha: 'c'.repeat(40), author: 'dana', committer: 'erin' }],
    });
    expect(contributor.gates[0]!.status).toBe('fail');
    expect(contributor.gates[0]!.findings[0]!.message).toContain('erin authored or committed commits of this pull request');
    const allowed = await runGates([gate('protected-files', { from: ['erin'], allow_contributor: true })], {
      changed,
      reviews: [review('erin', 'APPROVED')],
      commits: [{ sha: 'c'.repeat(40), author: 'dana', committer: 'erin' }],
    });
    expect(allowed.gates[0]!.status).toBe('pass');
  });
});
