import { gateContext } from '../../src/policy/context.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeRequest, findReferences, type ChangeRequestOptions } from '../../src/rules/change-request.js';
import type { GateOutcome } from '../../src/core/rule.js';
import { FactError, type Facts } from '../../src/core/types.js';
import { prEvent, TestRepo, writeJson } from '../helpers/git-repo.js';
import { plainFacts, policy, pr } from '../helpers/plain-facts.js';
import { runCli } from '../helpers/cli.js';
import { ruleTester } from '../helpers/rule-tester.js';

const ctx = gateContext(policy(), 'change-request');
const texts = (s: string) => findReferences(s, 'body').map((r) => r.text.trim());

async function run(prOverrides: Parameters<typeof pr>[0], options: Partial<ChangeRequestOptions> = {}, issueExists?: Facts['issueExists']) {
  const facts: Facts = { ...plainFacts({ pr: pr(prOverrides) }), ...(issueExists ? { issueExists } : {}) };
  return (await changeRequest.evaluate({ verify: false, ...options }, facts, ctx)) as GateOutcome;
}

describe('change-request references', () => {
  it('finds #123, owner/repo#123, issue URLs and tracker keys', () => {
    expect(texts('Fixes #12 and acme/pump#7; see https://github.com/acme/pump/issues/99 and PUMP-42.')).toEqual([
      'https://github.com/acme/pump/issues/99',
      'acme/pump#7',
      '#12',
      'PUMP-42',
    ]);
    expect(findReferences('Fixes #12, acme/pump#7', 'title').map((r) => r.issue)).toEqual([undefined, 12]);
  });

  it('does not take HTML entities, anchors, encodings, hashes or standards for references', () => {
    expect(texts('&#123; page#3 UTF-8 SHA-256 ISO-14971 IEC-62304 CVE-2024-1 a#1')).toEqual([]);
    // Coding standards, avionics and medical standards, catalogues: a PR that "follows MISRA-2012" names no change request.
    expect(texts('MISRA-2012 IEEE-754 PEP-8 NIST-800 FIPS-140 CAPEC-66 AAMI-80002 COVID-19 MDR-2017 CFR-820')).toEqual([]);
    expect(texts('PUMP-42 DOSE-7 DO-12')).toEqual(['PUMP-42', 'DOSE-7', 'DO-12']);
  });
});

describe('change-request', () => {
  it('passes with a reference in the title, body or branch name', async () => {
    expect((await run({ title: 'Raise bolus limit (#12)' })).summary).toBe('references #12');
    expect((await run({ body: 'Implements PUMP-7' })).findings).toEqual([]);
    expect((await run({ headRef: 'feature/PUMP-7-bolus' })).summary).toBe('references PUMP-7');
  });

  it('fails without one, and says where it looked and what to add', async () => {
    const o = await run({ title: 'Raise bolus limit', body: '<!-- Fixes #1 -->', headRef: 'feature' });
    expect(o.findings).toEqual([
      {
        severity: 'error',
        message:
          'This pull request references no change request or problem report: its title, body or branch name "feature" contain nothing matching #123, owner/repo#123, an issue URL or a key like ABC-123 — add the issue it implements or fixes to the title or body (e.g. "Fixes #12").',
        action: { text: 'Name the change request this implements in the title or description, e.g. "Fixes #12"' },
      },
    ]);
  });

  it('the pull request referencing itself does not count', async () => {
    expect((await run({ number: 7, body: 'Follow-up of #7' })).findings).toHaveLength(1);
  });

  it('a custom pattern replaces the default forms; an invalid one errors', async () => {
    expect((await run({ body: 'Fixes #12' }, { pattern: 'PUMP-[0-9]+' })).findings[0]!.message).toContain(
      'nothing matching the pattern PUMP-[0-9]+',
    );
    expect((await run({ body: 'PUMP-3' }, { pattern: 'PUMP-[0-9]+' })).findings).toEqual([]);
    await expect(run({ body: 'x' }, { pattern: '(' })).rejects.toThrow('is not a valid regular expression');
  });

  it('verify: looks each #N up, once; a missing issue fails with its number', async () => {
    const asked: number[] = [];
    const exists = async (n: number) => (asked.push(n), n === 12);
    const ok = await run({ body: 'Fixes #12, #12' }, { verify: true }, exists);
    expect(ok).toEqual({ findings: [], summary: 'references #12 (verified)' });
    const bad = await run({ title: 'Fix (#77)', body: 'Fixes #12' }, { verify: true }, exists);
    expect(bad.findings).toEqual([
      {
        severity: 'error',
        message:
          '#77 (in the title) is not an issue of this repository (GET /repos/{owner}/{repo}/issues/77 answered 404) — fix the number, or open the change request first.',
        action: { text: 'Fix the reference #77, or open that change request first' },
      },
    ]);
    expect(asked).toEqual([12, 12, 77]);
  });

  it('verify: only tracker keys fail; a fact that cannot answer makes the gate error', async () => {
    expect((await run({ body: 'PUMP-9' }, { verify: true }, async () => true)).findings[0]!.message).toContain(
      'verify is on, but PUMP-9 is not an issue of this repository that can be looked up',
    );
    await expect(run({ body: '#3' }, { verify: true })).rejects.toThrow(FactError);
    await expect(
      run({ body: '#3' }, { verify: true }, async () => {
        throw new FactError('GET /repos/acme/pump/issues/3 answered 403 — the token needs "issues: read"');
      }),
    ).rejects.toThrow('issues: read');
  });
});

const cli = (args: string[]) => runCli(args);

describe('change-request through the CLI', () => {
  const repo = new TestRepo();
  const inputs = mkdtempSync(join(tmpdir(), 'sdlc-gate-cr-'));
  let base = '';
  let head = '';
  beforeAll(() => {
    repo.write({
      '.github/sdlc-gate.yml':
        'version: 1\ngates:\n  change-request:\n    refs: ["IEC 62304 8.2.1"]\n  verified:\n    rule: change-request\n    verify: true\n',
      'src/a.ts': '1\n',
    });
    base = repo.commit('base');
    repo.write({ 'src/a.ts': '2\n' });
    head = repo.commit('change');
  });
  afterAll(() => {
    repo.remove();
    rmSync(inputs, { recursive: true, force: true });
  });

  it('fails without a reference; with one it passes, and verify errors in the CLI', () => {
    const none = cli(['check', '--repo', repo.dir, '--event', writeJson(inputs, 'e1.json', prEvent(5, base, head, { body: 'Tidy up' }))]);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('FAIL  change-request: no change request referenced');

    const some = cli([
      'check',
      '--repo',
      repo.dir,
      '--event',
      writeJson(inputs, 'e2.json', prEvent(5, base, head, { body: 'Fixes #12' })),
      '--format',
      'json',
    ]);
    expect(some.code).toBe(1);
    const gates = JSON.parse(some.stdout).gates;
    expect(gates[0]).toMatchObject({ id: 'change-request', status: 'pass', summary: 'references #12' });
    expect(gates[1]).toMatchObject({ id: 'verified', status: 'error' });
    expect(gates[1].summary).toContain('the CLI cannot verify that issue #12 exists');
  });
});

// The gate as a policy author meets it: options and facts in, status and findings out (see helpers/rule-tester.ts).
ruleTester('change-request').run([
  {
    name: 'passes with an issue reference in the title',
    facts: { pr: pr({ title: 'Raise bolus limit (#12)' }) },
    expect: { status: 'pass', findings: [] },
  },
  { name: 'passes with a key in the body', facts: { pr: pr({ body: 'Implements PUMP-431.' }) }, expect: { status: 'pass', findings: [] } },
  {
    name: 'fails without a reference',
    facts: { pr: pr({ title: 'Raise bolus limit', body: 'no ticket' }) },
    expect: { status: 'fail', findings: [{ severity: 'error', message: /change request/ }] },
  },
  {
    name: 'takes a pattern of its own',
    gate: { pattern: 'CR-[0-9]+' },
    facts: { pr: pr({ title: 'Fix (#12)' }) },
    expect: { status: 'fail', findings: [{ severity: 'error', message: /CR-\[0-9\]\+/ }] },
  },
]);
