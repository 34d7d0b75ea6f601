import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklist, taskItems } from '../src/rules/checklist.js';
import type { GateOutcome } from '../src/rules/rule.js';
import { prEvent, TestRepo, writeJson } from './helpers/git-repo.js';
import { plainFacts, policy, pr } from './helpers/plain-facts.js';
import { runCli } from './helpers/cli.js';

const ITEMS = ['Security impact assessed', 'Risk analysis updated or not needed'];
const run = async (body: string, items = ITEMS) =>
  (await checklist.evaluate({ items }, plainFacts({ pr: pr({ body }) }), { gateId: 'checklist', policy: policy() })) as GateOutcome;

describe('checklist', () => {
  it('reads task-list items, skipping HTML comments and code fences', () => {
    const body = ['- [x] One', '* [ ]  Two ', '1. [X] Three', '<!--', '- [x] Hidden', '-->', '```md', '- [x] Quoted', '```', '> - [x] Four'].join('\n');
    expect(taskItems(body)).toEqual([
      { checked: true, text: 'one' },
      { checked: false, text: 'two' },
      { checked: true, text: 'three' },
      { checked: true, text: 'four' },
    ]);
  });

  it('passes when each item is checked, case- and whitespace-insensitively, with an optional note after punctuation', async () => {
    const o = await run('## Checklist\r\n- [X]   security IMPACT\tassessed\n- [x] Risk analysis updated or not needed — n/a, UI text only\n');
    expect(o).toEqual({ findings: [], summary: 'all 2 checklist items are checked' });
  });

  it('lists the unchecked and the missing items', async () => {
    const o = await run('- [ ] Security impact assessed\n- [x] Risk analysis updated by bob\n<!-- - [x] Risk analysis updated or not needed -->');
    expect(o.findings).toEqual([
      {
        severity: 'error',
        message:
          'The pull request description does not tick every checklist item — not checked: "Security impact assessed"; missing: "Risk analysis updated or not needed". Do what each says, then tick it in the description as a task-list item, e.g. "- [x] Risk analysis updated or not needed".',
        action: { text: 'Once done, tick "Security impact assessed" and add "- [x] Risk analysis updated or not needed" in the pull request description' },
      },
    ]);
    expect(o.summary).toBe('2 of 2 checklist items not checked');
  });

  it('an empty body fails', async () => {
    expect((await run('')).findings).toHaveLength(1);
  });
});

const cli = (args: string[]) => runCli(args);

describe('checklist through the CLI', () => {
  const repo = new TestRepo();
  const inputs = mkdtempSync(join(tmpdir(), 'sdlc-gate-cl-'));
  let base = '';
  let head = '';
  beforeAll(() => {
    repo.write({ '.github/sdlc-gate.yml': 'version: 1\ngates:\n  security-checklist:\n    rule: checklist\n    items: ["Security impact assessed"]\n', 'a.txt': '1\n' });
    base = repo.commit('base');
    repo.write({ 'a.txt': '2\n' });
    head = repo.commit('change');
  });
  afterAll(() => {
    repo.remove();
    rmSync(inputs, { recursive: true, force: true });
  });

  it('fails on an unchecked item and passes once it is ticked', () => {
    const bad = cli(['check', '--repo', repo.dir, '--event', writeJson(inputs, 'e1.json', prEvent(5, base, head, { body: '- [ ] Security impact assessed' }))]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('not checked: "Security impact assessed"');
    const good = cli(['check', '--repo', repo.dir, '--event', writeJson(inputs, 'e2.json', prEvent(5, base, head, { body: '- [x] Security impact assessed' }))]);
    expect(good.stdout).toContain('PASS  security-checklist (checklist): the checklist item is checked');
    expect(good.code).toBe(0);
  });
});
