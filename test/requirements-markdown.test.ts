import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchoredId, normalizedText, parseMarkdownRequirements } from '../src/parsers/requirements/index.js';

const ID = '[A-Z][A-Z0-9]*-[0-9]+';
const ctx = { isId: anchoredId(ID) };
const read = (lines: string[]) => parseMarkdownRequirements(lines.join('\n'), 'srs.md', ctx, ID);
const ids = (lines: string[]) => read(lines).requirements.map((r) => r.id);
const parentsOf = (lines: string[]) => read(lines).requirements.map((r) => [r.id, r.parents]);

describe('Markdown requirements read as GitHub renders them', () => {
  it('headings in code blocks, HTML blocks, quotes and lists are not requirements', () => {
    expect(
      ids([
        '## REQ-1 Real',
        '```',
        '## REQ-2 in a fence',
        '```',
        '',
        '    ## REQ-3 in an indented code block',
        '',
        '<pre>',
        '## REQ-4 in a pre block',
        '</pre>',
        '',
        '> ## REQ-5 in a quote',
        '',
        '- ## REQ-6 in a list item',
        '',
        '## REQ-7 Also real',
      ]),
    ).toEqual(['REQ-1', 'REQ-7']);
  });

  it('a fence opened with ``` is not closed by ~~~, so it hides what follows to its end', () => {
    const r = read(['## REQ-1 A', '```', '~~~', '## REQ-2 still code', '~~~', '## REQ-3 still code']);
    expect(r.requirements.map((x) => x.id)).toEqual(['REQ-1']);
    expect(r.requirements[0]!.text).toBe('```\n~~~\n## REQ-2 still code\n~~~\n## REQ-3 still code');
  });

  it('a ~~~ line inside a ``` fence does not flip it, so the requirement after the real close is not hidden', () => {
    expect(ids(['## REQ-1 A', '```', '~~~', '```', '## REQ-2 After the fence'])).toEqual(['REQ-1', 'REQ-2']);
  });

  it('a ~~~ fence is closed by ~~~, and the heading after it counts, with its line', () => {
    const r = read(['## REQ-1 A', '~~~', '## REQ-2 code', '~~~', '', '## REQ-3 B']);
    expect(r.requirements.map((x) => [x.id, x.line])).toEqual([
      ['REQ-1', 1],
      ['REQ-3', 6],
    ]);
  });

  it('reads Parents as a paragraph line, a list item, under an Attributes sub-heading and in a two-column table', () => {
    expect(
      parentsOf([
        '## REQ-1 Paragraph',
        'The pump shall stop.',
        '',
        'Parents: SYS-1, SYS-2.',
        '',
        '## REQ-2 List item',
        'The pump shall beep.',
        '',
        '- Parents: SYS-3',
        '- Class: B',
        '',
        '## REQ-3 Attributes sub-heading',
        'The pump shall wait.',
        '',
        '### Attributes',
        '',
        '**Parents:** `SYS-4` and SYS-5;',
        '',
        '## REQ-4 Table',
        'The pump shall log.',
        '',
        '| Attribute | Value |',
        '| --- | --- |',
        '| **Parents** | SYS-6, SYS-7 |',
        '| Safety class | C |',
      ]),
    ).toEqual([
      ['REQ-1', ['SYS-1', 'SYS-2']],
      ['REQ-2', ['SYS-3']],
      ['REQ-3', ['SYS-4', 'SYS-5']],
      ['REQ-4', ['SYS-6', 'SYS-7']],
    ]);
    const r = read([
      '## REQ-2 List item',
      'The pump shall beep.',
      '',
      '- Parents: SYS-3',
      '- Class: b',
      '',
      '## REQ-4 T',
      'x',
      '',
      '| a | b |',
      '|---|---|',
      '| Class | C |',
    ]).requirements;
    expect(r.map((x) => [x.class, x.text])).toEqual([
      ['B', 'The pump shall beep.'],
      ['C', 'x\n\n| a | b |\n|---|---|'],
    ]);
  });

  it('the text leaves out the attribute lines and the Attributes heading; a note that only mentions parents stays', () => {
    const r = read([
      '## REQ-3 A',
      'The pump shall wait.',
      '',
      '### Attributes',
      '',
      'Parents: SYS-4',
      'Class: A',
      '',
      '## REQ-5 B',
      'See the parents: none here.',
    ]).requirements;
    expect(r.map((x) => [x.id, x.text, x.class, x.parents])).toEqual([
      ['REQ-3', 'The pump shall wait.', 'A', ['SYS-4']],
      ['REQ-5', 'See the parents: none here.', undefined, undefined],
    ]);
  });

  it('a class written "Class C" or "Safety class: B" is read as its letter, as in every other format', () => {
    const r = read(['## REQ-1 A', 'Class: Class C', 'x', '', '## REQ-2 B', '**Safety class:** Safety Class B', 'y']).requirements;
    expect(r.map((x) => [x.id, x.class, x.text])).toEqual([
      ['REQ-1', 'C', 'x'],
      ['REQ-2', 'B', 'y'],
    ]);
    // A value naming several classes is the strictest it names, as the other formats read it.
    const several = read(['## REQ-3 C', 'Class: B/C', 'z', '', '## REQ-4 D', 'Class: A or B', 'w']).requirements;
    expect(several.map((x) => [x.id, x.class])).toEqual([
      ['REQ-3', 'C'],
      ['REQ-4', 'B'],
    ]);
  });

  it('attributes inside a code block or a quote are not attributes', () => {
    expect(parentsOf(['## REQ-1 A', '```', 'Parents: SYS-9', '```', '', '> Parents: SYS-8'])).toEqual([['REQ-1', undefined]]);
  });

  it('a DELETED tombstone heading is not a requirement; a title that merely starts with "Deleted" is', () => {
    expect(
      ids([
        '## REQ-1 DELETED',
        'Merged into REQ-4.',
        '## REQ-2 (deleted)',
        '## REQ-3 [DELETED] merged into REQ-4',
        '## REQ-4 Deleted items are purged after 30 days',
        '## ~~REQ-5~~ Old',
      ]),
    ).toEqual(['REQ-4']);
  });

  it('renders the heading: emphasis and code around the id, escapes, trailing #s', () => {
    const r = read(['## **REQ-1**: Bolus *limits* ##', '### `REQ-2` \\- Lockout', 'Setext REQ-3 title', '==']).requirements;
    expect(r.map((x) => [x.id, x.title, x.line])).toEqual([
      ['REQ-1', 'Bolus limits', 1],
      ['REQ-2', 'Lockout', 2],
    ]);
  });

  it('an id in square brackets starts a heading too: "### [REQ-1] Login success", as many templates write it', () => {
    const r = read([
      '### [REQ-1] Login success',
      'x',
      '',
      '## [REQ-2]: Lockout',
      'y',
      '',
      '## [REQ-3] DELETED',
      '',
      '## [Feature] REQ-4 later',
    ]).requirements;
    expect(r.map((x) => [x.id, x.title, x.line])).toEqual([
      ['REQ-1', 'Login success', 1],
      ['REQ-2', 'Lockout', 4],
    ]);
  });

  it('a section number before the id is numbering, not content: "### 5.1 REQ-1: Contexte" is REQ-1', () => {
    const r = read([
      '### 5.1 REQ-1 : Contexte',
      'x',
      '',
      '#### 3.1.2. [REQ-2] Lockout',
      'y',
      '',
      '## 2 Overview',
      '',
      '## 2) REQ-3 Rate',
    ]).requirements;
    expect(r.map((x) => [x.id, x.title, x.line])).toEqual([
      ['REQ-1', 'Contexte', 1],
      ['REQ-2', 'Lockout', 4],
      ['REQ-3', 'Rate', 9],
    ]);
    // Ids that are numbers themselves are still read as the id.
    const numbered = parseMarkdownRequirements(
      '## 3.1 Rate\nx\n',
      'srs.md',
      { isId: anchoredId('[0-9]+(?:\\.[0-9]+)+') },
      '[0-9]+(?:\\.[0-9]+)+',
    );
    expect(numbered.requirements.map((x) => [x.id, x.title])).toEqual([['3.1', 'Rate']]);
  });

  it('keeps line numbers right after CRLF line ends, front blocks and multi-line HTML', () => {
    const r = read(['<!--', '## REQ-9 commented out', '-->', '', '# Title', '', '## REQ-1 A\r', 'text\r', '## REQ-2 B']).requirements;
    expect(r.map((x) => [x.id, x.line, x.text])).toEqual([
      ['REQ-1', 7, 'text'],
      ['REQ-2', 9, ''],
    ]);
  });

  it('a line that opens too many quotes is a finding with its line, not a hang or a crash', () => {
    const r = read(['## REQ-1 A', '', `${'>'.repeat(100_000)} deep`]);
    expect(r.requirements).toEqual([]);
    expect(r.findings).toEqual([
      {
        severity: 'error',
        file: 'srs.md',
        line: 3,
        message: expect.stringContaining('srs.md: cannot be read as Markdown — line 3 opens more than 32 quotes'),
      },
    ]);
  });

  it('a heading line of 300 KB of emphasis marks is read, its id found', () => {
    const r = read([`## REQ-1 ${'*a'.repeat(150_000)}`, 'text']);
    expect(r.requirements.map((x) => [x.id, x.title.length, x.text])).toEqual([['REQ-1', 300_000, 'text']]);
  });

  it('reads a real requirements document: "###### Attributes:" sub-headings with "- Parents:" list items', () => {
    const text = readFileSync(new URL('./fixtures/real/markdown-reqtraq/TRAQ-137-SRD.md', import.meta.url), 'utf8');
    const pattern = 'REQ-TRAQ-SWH-[0-9]+';
    const r = parseMarkdownRequirements(text, 'TRAQ-137-SRD.md', { isId: anchoredId(pattern) }, pattern);
    expect(r.findings).toEqual([]);
    expect(r.requirements).toHaveLength(19);
    const first = r.requirements[0]!;
    expect([first.id, first.title, first.line, first.parents]).toEqual([
      'REQ-TRAQ-SWH-1',
      'Requirements Storage',
      66,
      ['REQ-TRAQ-SYS-1', 'REQ-TRAQ-SYS-2', 'REQ-TRAQ-SYS-3', 'REQ-TRAQ-SYS-4'],
    ]);
    expect(first.text).toMatch(/^The RMT SHALL persistently store/);
    expect(first.text).toContain('- Rationale: requirements must be change-controlled.');
    expect(first.text).not.toMatch(/Parents|Attributes/);
    const last = r.requirements.at(-1)!;
    expect([last.id, last.line, last.parents]).toEqual(['REQ-TRAQ-SWH-14', 252, ['REQ-TRAQ-SYS-6']]);
    expect(r.requirements.every((x) => x.parents?.length)).toBe(true);
    // Its only sub-headings are "Attributes:" (dropped); "### Software Interfaces Requirements" and "### Other
    // Assumptions", shallower than the "#####" requirements, end them: no requirement's text holds a heading.
    expect(r.requirements.filter((x) => /^#/m.test(x.text)).map((x) => x.id)).toEqual([]);
    expect(r.requirements.at(-1)!.text).not.toMatch(/Assumptions/);
  });

  it('a real document with deleted requirements: its "REQ-… DELETED" tombstone headings are not requirements', () => {
    const text = readFileSync(new URL('./fixtures/real/markdown-reqtraq-deleted/TRAQ-137-SRD.md', import.meta.url), 'utf8');
    const pattern = 'REQ-TRAQ-SWH-[0-9]+';
    const r = parseMarkdownRequirements(text, 'TRAQ-137-SRD.md', { isId: anchoredId(pattern) }, pattern);
    expect(r.findings).toEqual([]);
    const ids = r.requirements.map((x) => x.id);
    expect(text).toContain('#### REQ-TRAQ-SWH-8 DELETED');
    expect(text).toContain('#### REQ-TRAQ-SWH-11 DELETED');
    expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7, 18, 9, 10, 12, 13, 14, 15, 16, 17, 19, 20].map((n) => `REQ-TRAQ-SWH-${n}`));
    // "##### Attributes:" with "- Parents:" list items give each remaining requirement its parents.
    expect(r.requirements.find((x) => x.id === 'REQ-TRAQ-SWH-1')?.parents).toEqual(['REQ-TRAQ-SYS-1']);
  });

  describe('a requirement is its section: deeper headings that are no requirement stay in its text', () => {
    const SPEC = [
      '# Requirements',
      '## REQ-7 Bolus limits',
      'Class: C',
      '',
      'The pump shall cap a bolus.',
      '',
      '### Acceptance criteria',
      '1. WHEN a bolus above the maximum is asked for, THE pump SHALL refuse it.',
      '#### Rationale',
      'Overdose.',
      '### REQ-8 Lockout',
      'The pump shall lock out a second bolus.',
      '#### Acceptance criteria',
      '- Within 10 minutes.',
      '### REQ-9 DELETED',
      '#### Notes',
      "Under a tombstone: no requirement's text.",
      '## REQ-10 Alarm',
      'The alarm shall sound.',
      '## Glossary',
      '### Bolus',
      'An extra dose.',
    ];

    it('"### Acceptance criteria" under "## REQ-7" is REQ-7\'s text, to the next requirement heading or a heading of its level', () => {
      const r = read(SPEC).requirements;
      expect(r.map((x) => [x.id, x.line, x.class])).toEqual([
        ['REQ-7', 2, 'C'],
        ['REQ-8', 11, undefined],
        ['REQ-10', 18, undefined],
      ]);
      expect(r[0]!.text).toBe(
        'The pump shall cap a bolus.\n\n### Acceptance criteria\n1. WHEN a bolus above the maximum is asked for, THE pump SHALL refuse it.\n#### Rationale\nOverdose.',
      );
      // A deeper requirement heading opens its own requirement; a sub-heading under it is its own; a tombstone ends it.
      expect(r[1]!.text).toBe('The pump shall lock out a second bolus.\n#### Acceptance criteria\n- Within 10 minutes.');
      // A heading of the same level that is no requirement ends the last one: the glossary is nobody's.
      expect(r[2]!.text).toBe('The alarm shall sound.');
    });

    it('the layout of spec templates whose statements are all under "#### Acceptance Criteria" (Kiro\'s requirements.md)', () => {
      const id = 'Requirement [0-9]+';
      const doc = [
        '# Requirements Document',
        '## Requirements',
        '### Requirement 1',
        '**User Story:** As a nurse, I want the pump to cap a bolus, so that a patient cannot overdose.',
        '#### Acceptance Criteria',
        '1. WHEN a bolus above the maximum is requested THEN the pump SHALL refuse it',
        '### Requirement 2',
        '**User Story:** As a nurse, I want an alarm on occlusion.',
        '#### Acceptance Criteria',
        '1. WHEN the line is occluded THEN the pump SHALL alarm within 1 s',
        '## Items Requiring Clarification',
        '### 1. Alarm volume',
      ].join('\n');
      const r = parseMarkdownRequirements(doc, 'requirements.md', { isId: anchoredId(id) }, id).requirements;
      expect(r.map((x) => [x.id, x.line, x.text.split('\n').at(-1)])).toEqual([
        ['Requirement 1', 3, '1. WHEN a bolus above the maximum is requested THEN the pump SHALL refuse it'],
        ['Requirement 2', 7, '1. WHEN the line is occluded THEN the pump SHALL alarm within 1 s'],
      ]);
    });

    it("rewriting the acceptance criteria changes the requirement's compared text", () => {
      const before = normalizedText(read(SPEC).requirements[0]!);
      const rewritten = SPEC.map((l) => l.replace('THE pump SHALL refuse it', 'THE pump SHALL warn'));
      expect(normalizedText(read(rewritten).requirements[0]!)).not.toBe(before);
      // Reflowing it is not a change.
      const reflowed = SPEC.map((l) => l.replace('is asked for, THE', 'is asked for,\n   THE'));
      expect(normalizedText(read(reflowed).requirements[0]!)).toBe(before);
    });

    it("attributes under a sub-heading are the requirement's; two classes written on one requirement: the stricter holds", () => {
      const r = read([
        '## REQ-1 Rate',
        'Class: A',
        '### Safety',
        'Class: C',
        'Parents: SYS-1',
        '## REQ-2 Other',
        'Class: C',
        '- Class: B',
      ]).requirements;
      expect(r.map((x) => [x.id, x.class, x.parents])).toEqual([
        ['REQ-1', 'C', ['SYS-1']],
        ['REQ-2', 'C', undefined],
      ]);
    });
  });

  it('a class that is none of A, B, C is kept as written (the gate holds it to require_tests and says so), not dropped for the default', () => {
    const r = read([
      '## REQ-1 Rate',
      'Class: III',
      '## REQ-2 Alarm',
      '**Class:** `high`',
      '## REQ-3 Stop',
      'Class: C',
      'Class: Z',
    ]).requirements;
    expect(r.map((x) => [x.id, x.class, x.text])).toEqual([
      ['REQ-1', 'III', ''],
      ['REQ-2', 'high', ''],
      ['REQ-3', 'Z', ''],
    ]);
    // A long run of spaces after the key is read in linear time.
    const long = read(['## REQ-1 Rate', `Class: ${' '.repeat(200_000)}x ${' '.repeat(200_000)}y`]).requirements[0]!;
    expect(long.class).toBe('x');
  });
});
