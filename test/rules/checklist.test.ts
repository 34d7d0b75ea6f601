import { gateContext } from '../../src/policy/context.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklist, taskItems } from '../../src/rules/checklist.js';
import { INLINE_CAP } from '../../src/parsers/gfm-markdown.js';
import type { GateOutcome } from '../../src/core/rule.js';
import { prEvent, TestRepo, writeJson } from '../helpers/git-repo.js';
import { plainFacts, policy, pr } from '../helpers/plain-facts.js';
import { runCli } from '../helpers/cli.js';
import { ruleTester } from '../helpers/rule-tester.js';

const ITEMS = ['Security impact assessed', 'Risk analysis updated or not needed'];
const run = async (body: string, items = ITEMS) =>
  (await checklist.evaluate({ items }, plainFacts({ pr: pr({ body }) }), gateContext(policy(), 'checklist'))) as GateOutcome;

describe('checklist', () => {
  it('reads task-list items, skipping HTML comments and code fences', () => {
    const body = [
      '- [x] One',
      '* [ ]  Two ',
      '1. [X] Three',
      '<!--',
      '- [x] Hidden',
      '-->',
      '```md',
      '- [x] Quoted',
      '```',
      '> - [x] Four',
    ].join('\n');
    expect(taskItems(body)).toEqual([
      { checked: true, text: 'one' },
      { checked: false, text: 'two' },
      { checked: true, text: 'three' },
      { checked: true, text: 'four' },
    ]);
  });

  it('passes when each item is checked, case- and whitespace-insensitively, with an optional note after punctuation', async () => {
    const o = await run(
      '## Checklist\r\n- [X]   security IMPACT\tassessed\n- [x] Risk analysis updated or not needed — n/a, UI text only\n',
    );
    expect(o).toEqual({ findings: [], summary: 'all 2 checklist items are checked' });
  });

  it('lists the unchecked and the missing items', async () => {
    const o = await run(
      '- [ ] Security impact assessed\n- [x] Risk analysis updated by bob\n<!-- - [x] Risk analysis updated or not needed -->',
    );
    expect(o.findings).toEqual([
      {
        severity: 'error',
        message:
          'The pull request description does not tick every checklist item — not checked: "Security impact assessed"; missing: "Risk analysis updated or not needed". Do what each says, then tick it in the description as a task-list item, e.g. "- [x] Risk analysis updated or not needed".',
        action: {
          text: 'Once done, tick "Security impact assessed" and add "- [x] Risk analysis updated or not needed" in the pull request description',
        },
      },
    ]);
    expect(o.summary).toBe('2 of 2 checklist items not checked');
  });

  // Each of these shows no checked box on GitHub (or the tick sits in code or HTML), so it must not count.
  const HOSTILE: [string, string][] = [
    ['an indented code block', '    - [x] Security impact assessed'],
    ['a <pre> HTML block', '<pre>\n- [x] Security impact assessed\n</pre>'],
    ['a <div> HTML block', '<div>\n- [x] Security impact assessed\n</div>'],
    ['a <textarea> HTML block, blank lines and all', '<textarea>\n\n- [x] Security impact assessed\n\n</textarea>'],
    ['a custom-element HTML block', '<x-example>\n- [x] Security impact assessed\n</x-example>'],
    ['a fence "closed" by a line with an info string', '```\n```md\n- [x] Security impact assessed\n```'],
    ['a fence inside a blockquote', '> ```\n> - [x] Security impact assessed\n> ```'],
    ['a line starting with a no-break space', '\u00a0- [x] Security impact assessed'],
    ['a no-break space after the box', '- [x]\u00a0Security impact assessed'],
    ['five spaces after the marker (an indented code block in the item)', '-     [x] Security impact assessed'],
    ['a 10-digit ordinal', '1234567890. [x] Security impact assessed'],
    ['an ordered item "2." interrupting a paragraph', 'Please tick:\n2. [x] Security impact assessed'],
    ['an HTML comment', '<!--\n- [x] Security impact assessed\n-->'],
    ['struck-through text', '- [x] ~~Security impact assessed~~'],
    ['a link reference definition', '[x]: Security impact assessed'],
  ];
  it.each(HOSTILE)('a tick in %s does not count', async (_what, body) => {
    expect(taskItems(body).filter((i) => i.checked && i.text.startsWith('security'))).toEqual([]);
    const o = await run(`${body}\n\n- [x] Risk analysis updated or not needed`);
    expect(o.findings).toHaveLength(1);
    expect(o.findings[0]!.message).toContain('missing: "Security impact assessed"');
  });

  const HONEST: [string, string][] = [
    ['a plain item', '- [x] Security impact assessed'],
    ['an item in a blockquote', '> - [x] Security impact assessed'],
    ['a nested item', '- [ ] Reviews\n  - [x] Security impact assessed'],
    ['an item that starts a list after a paragraph', 'Please tick:\n1. [x] Security impact assessed'],
    ['a 9-digit ordinal', '123456789. [X] Security impact assessed'],
    ['emphasis, code and an escape rendered to text', '- [x] **Security** impact `assessed`\\.'],
    ['an item inside <details> (GitHub renders the box)', '<details>\n\n* [x] Security impact assessed\n\n</details>'],
    ['a tab after the marker', '-\t[x] Security impact assessed'],
    ['a lazy continuation line', '> - [x] Security impact\nassessed'],
  ];
  it.each(HONEST)('a tick in %s counts', async (_what, body) => {
    expect(await run(`${body}\n\n- [x] Risk analysis updated or not needed`)).toEqual({
      findings: [],
      summary: 'all 2 checklist items are checked',
    });
  });

  it('an item longer than the inline cap is not read, so it cannot answer', async () => {
    const o = await run(`- [x] Security impact assessed — ${'*a'.repeat(INLINE_CAP)}\n- [x] Risk analysis updated or not needed`);
    expect(o.findings[0]!.message).toContain(
      'missing: "Security impact assessed"; 1 ticked item is longer than 1024 characters and not read — shorten it.',
    );
  });

  it('a description nested too deeply to read is an error finding, not a crash or a pass', async () => {
    const o = await run(`${'>'.repeat(100_000)} - [x] Security impact assessed\n- [x] Risk analysis updated or not needed`);
    expect(o.summary).toBe('the description could not be read');
    expect(o.findings).toEqual([
      {
        severity: 'error',
        message: expect.stringContaining('cannot be read as Markdown: line 1 opens more than 32 quotes or list items at once'),
      },
    ]);
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
    repo.write({
      '.github/sdlc-gate.yml': 'version: 1\ngates:\n  security-checklist:\n    rule: checklist\n    items: ["Security impact assessed"]\n',
      'a.txt': '1\n',
    });
    base = repo.commit('base');
    repo.write({ 'a.txt': '2\n' });
    head = repo.commit('change');
  });
  afterAll(() => {
    repo.remove();
    rmSync(inputs, { recursive: true, force: true });
  });

  it('fails on an unchecked item and passes once it is ticked', () => {
    const bad = cli([
      'check',
      '--repo',
      repo.dir,
      '--event',
      writeJson(inputs, 'e1.json', prEvent(5, base, head, { body: '- [ ] Security impact assessed' })),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('not checked: "Security impact assessed"');
    const good = cli([
      'check',
      '--repo',
      repo.dir,
      '--event',
      writeJson(inputs, 'e2.json', prEvent(5, base, head, { body: '- [x] Security impact assessed' })),
    ]);
    expect(good.stdout).toContain('PASS  security-checklist (checklist): the checklist item is checked');
    expect(good.code).toBe(0);
  });

  it('fails when the tick is only in the indented example code block of a template', () => {
    const body = 'Tick the list, like this:\n\n    - [x] Security impact assessed\n\n- [ ] Security impact assessed\n';
    const r = cli(['check', '--repo', repo.dir, '--event', writeJson(inputs, 'e3.json', prEvent(5, base, head, { body }))]);
    expect(r.stdout).toContain('not checked: "Security impact assessed"');
    expect(r.code).toBe(1);
  });
});

// The gate as a policy author meets it: options and facts in, status and findings out (see helpers/rule-tester.ts).
ruleTester('checklist').run([
  {
    name: 'passes when every item is ticked',
    gate: { items: ['Security impact assessed'] },
    facts: { pr: pr({ body: '- [x] Security impact assessed\n' }) },
    expect: { status: 'pass', findings: [] },
  },
  {
    name: 'fails on an unticked item',
    gate: { items: ['Security impact assessed'] },
    facts: { pr: pr({ body: '- [ ] Security impact assessed\n' }) },
    expect: { status: 'fail', findings: [{ severity: 'error', message: 'not checked: "Security impact assessed"' }] },
  },
  {
    name: 'fails on a missing item, and a tick inside a code block does not count',
    gate: { items: ['Risk analysis updated'] },
    facts: { pr: pr({ body: '```\n- [x] Risk analysis updated\n```\n' }) },
    expect: { status: 'fail', findings: [{ severity: 'error', message: 'missing: "Risk analysis updated"' }] },
  },
]);
