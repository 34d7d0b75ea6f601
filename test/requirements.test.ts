import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  anchoredId,
  normalizedText,
  parseDoorstopItem,
  parseMarkdownRequirements,
  parseStrictDoc,
  parseYamlRequirements,
} from '../src/parsers/requirements/index.js';
import { readRequirementSources } from '../src/rules/common/requirement-sources.js';
import { plainFacts } from './helpers/plain-facts.js';

const FIXTURES = new URL('./fixtures/requirements/', import.meta.url).pathname;
const ctx = { isId: anchoredId('[A-Z][A-Z0-9]*-[0-9]+') };

function fixtureTree(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[`reqs/${relative(FIXTURES, full)}`] = readFileSync(full, 'utf8');
    }
  };
  walk(FIXTURES);
  return files;
}

describe('YAML requirements', () => {
  it('reads a list, with lines, classes and parents', () => {
    const text = `# SRS\n- id: REQ-001\n  title: Continuous delivery\n  text: >\n    The pump shall deliver\n    the rate.\n  class: C\n  parents: [SYS-1]\n- id: REQ-002\n  title: Rate limits\n  statement: Refuse out-of-range rates.\n`;
    const r = parseYamlRequirements(text, 'srs.yml', ctx);
    expect(r.findings).toEqual([]);
    expect(r.requirements).toEqual([
      {
        id: 'REQ-001',
        title: 'Continuous delivery',
        text: 'The pump shall deliver the rate.',
        class: 'C',
        parents: ['SYS-1'],
        file: 'srs.yml',
        line: 2,
        format: 'yaml',
      },
      { id: 'REQ-002', title: 'Rate limits', text: 'Refuse out-of-range rates.', file: 'srs.yml', line: 9, format: 'yaml' },
    ]);
  });

  it('reads a map of id → item and {requirements: [...]}', () => {
    const map = parseYamlRequirements('REQ-010:\n  title: A\n  text: a\nREQ-011:\n  title: B\n', 'm.yml', ctx);
    expect(map.requirements.map((r) => [r.id, r.line])).toEqual([
      ['REQ-010', 1],
      ['REQ-011', 4],
    ]);
    const wrapped = parseYamlRequirements('version: 2\nrequirements:\n  - id: REQ-020\n    title: C\n', 'w.yml', ctx);
    expect(wrapped.requirements.map((r) => [r.id, r.line])).toEqual([['REQ-020', 3]]);
  });

  it('reports malformed YAML with its line and bad entries without losing the good ones', () => {
    const broken = parseYamlRequirements('- id: REQ-001\n  title: [unclosed\n- id: REQ-002\n', 'b.yml', ctx);
    expect(broken.requirements).toEqual([]);
    expect(broken.findings[0]).toMatchObject({ severity: 'error', file: 'b.yml', line: expect.any(Number) });
    expect(broken.findings[0]!.message).toMatch(/^b\.yml is not valid YAML .* fix the YAML at this line\.$/);

    const mixed = parseYamlRequirements('- id: REQ-001\n  title: ok\n- title: no id\n- id: req_3\n- just a string\n', 'x.yml', ctx);
    expect(mixed.requirements.map((r) => r.id)).toEqual(['REQ-001']);
    expect(mixed.findings.map((f) => [f.line, f.message.slice(0, 30)])).toEqual([
      [3, 'x.yml: this requirement has no'],
      [4, 'x.yml: "req_3" does not match '],
      [5, 'x.yml: a requirement must be a'],
    ]);
  });
});

describe('Markdown requirements', () => {
  it('reads headings that start with an id; the text is its section, deeper headings with it, to the next heading of its level', () => {
    const text = [
      '# Software requirements',
      '',
      '## REQ-012 Bolus limits',
      'The pump shall reject a bolus above the maximum.',
      '',
      'Class: C',
      'Parents: SYS-3, SYS-4',
      '',
      '### Notes',
      'Part of REQ-012: a sub-heading is in its section.',
      '## REQ-013: Lockout',
      '```md',
      '## REQ-999 inside a code block',
      '```',
      '## Glossary',
    ].join('\n');
    const r = parseMarkdownRequirements(text, 'srs.md', ctx, '[A-Z][A-Z0-9]*-[0-9]+');
    expect(r.requirements).toEqual([
      {
        id: 'REQ-012',
        title: 'Bolus limits',
        text: 'The pump shall reject a bolus above the maximum.\n\n\n### Notes\nPart of REQ-012: a sub-heading is in its section.',
        class: 'C',
        parents: ['SYS-3', 'SYS-4'],
        file: 'srs.md',
        line: 3,
        format: 'markdown',
      },
      { id: 'REQ-013', title: 'Lockout', text: '```md\n## REQ-999 inside a code block\n```', file: 'srs.md', line: 11, format: 'markdown' },
    ]);
  });

  it('reads the example SRS', () => {
    const text = readFileSync(new URL('../examples/infusion-pump/docs/requirements/srs.md', import.meta.url), 'utf8');
    const r = parseMarkdownRequirements(text, 'srs.md', ctx, 'REQ-[0-9]+');
    expect(r.requirements.map((x) => x.id)).toEqual(['REQ-001', 'REQ-002', 'REQ-003', 'REQ-004', 'REQ-007']);
    expect(r.requirements[2]!.title).toBe('Bolus limits');
  });
});

describe('Doorstop', () => {
  it('reads YAML items with links and Markdown items with front matter; skips non-normative ones', () => {
    const one = parseDoorstopItem(readFileSync(join(FIXTURES, 'doorstop/srd/SRD-001.yml'), 'utf8'), 'reqs/srd/SRD-001.yml', ctx, {
      prefix: 'SRD',
    });
    expect({ requirements: one.requirements, findings: one.findings }).toEqual({
      requirements: [
        {
          id: 'SRD-001',
          title: 'Continuous delivery accuracy',
          text: 'The pump shall deliver the programmed continuous rate to within ±5 % over\nany hour of infusion.',
          class: 'C',
          parents: ['SYS-001'],
          file: 'reqs/srd/SRD-001.yml',
          line: 1,
          format: 'doorstop',
        },
      ],
      findings: [],
    });
    const md = parseDoorstopItem(readFileSync(join(FIXTURES, 'doorstop/srd/SRD-004.md'), 'utf8'), 'srd/SRD-004.md', ctx);
    expect(md.requirements[0]).toMatchObject({ id: 'SRD-004', title: 'Occlusion alarm', parents: ['SYS-002'], line: 12 });
    expect(md.requirements[0]!.text).toMatch(/^The pump shall raise the occlusion alarm/);
    const heading = parseDoorstopItem(readFileSync(join(FIXTURES, 'doorstop/srd/SRD-003.yml'), 'utf8'), 'srd/SRD-003.yml', ctx);
    expect({ requirements: heading.requirements, findings: heading.findings }).toEqual({ requirements: [], findings: [] });
  });

  it('reports a broken item with its line', () => {
    const r = parseDoorstopItem(readFileSync(join(FIXTURES, 'doorstop/srd/SRD-005.yml'), 'utf8'), 'srd/SRD-005.yml', ctx);
    expect(r.requirements).toEqual([]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ severity: 'error', file: 'srd/SRD-005.yml' });
    expect(r.findings[0]!.line).toBeGreaterThanOrEqual(2);
  });
});

describe('StrictDoc', () => {
  it('reads [REQUIREMENT] blocks with UID, TITLE, multi-line STATEMENT and parent relations', () => {
    const r = parseStrictDoc(readFileSync(join(FIXTURES, 'pump.sdoc'), 'utf8'), 'docs/pump.sdoc', ctx);
    expect(r.requirements).toEqual([
      {
        id: 'SWR-010',
        title: 'Rate limits',
        text: 'The pump shall refuse to start an infusion at a rate outside the configured\nminimum and maximum rates.',
        parents: ['SYS-001'],
        // A File relation is kept: a test file linked so cites the requirement (src/ is not one).
        linkedFiles: ['src/dosing/limits.ts'],
        file: 'docs/pump.sdoc',
        line: 17,
        format: 'strictdoc',
      },
      {
        id: 'SWR-011',
        title: 'Occlusion alarm',
        text: 'The pump shall stop delivery while the occlusion alarm is active.',
        parents: ['SYS-002'],
        file: 'docs/pump.sdoc',
        line: 38,
        format: 'strictdoc',
      },
      {
        id: 'SWR-012',
        title: 'Battery',
        text: 'The pump shall warn 30 minutes before the battery is exhausted.',
        file: 'docs/pump.sdoc',
        line: 57,
        format: 'strictdoc',
      },
    ]);
    expect(r.findings).toEqual([
      {
        severity: 'error',
        message: 'docs/pump.sdoc: the [REQUIREMENT] on this line has no UID, so no test can cite it — add "UID: <id>".',
        file: 'docs/pump.sdoc',
        line: 53,
      },
    ]);
  });

  it('reports malformed blocks with their lines and keeps the rest', () => {
    const r = parseStrictDoc(readFileSync(join(FIXTURES, 'broken.sdoc'), 'utf8'), 'broken.sdoc', ctx);
    expect(r.requirements.map((x) => x.id)).toEqual(['SWR-020', 'SWR-021']);
    expect(r.findings.map((f) => f.line)).toEqual([11, 16]);
    expect(r.findings[0]!.message).toContain(
      '"this line is not a field" is not a "FIELD: value" line of the [REQUIREMENT] opened on line 9',
    );
    expect(r.findings[1]!.message).toContain('never closed with "<<<"');
  });
});

describe('readRequirementSources', () => {
  it('reads globs and {path, format} sources through facts, detecting Doorstop folders', async () => {
    const facts = plainFacts({ head: { ...fixtureTree(), 'docs/srs.md': '## REQ-001 A\ntext\n' } });
    const r = await readRequirementSources(['docs/srs.md', { path: 'reqs/doorstop/', format: 'doorstop' }, 'reqs/*.sdoc'], facts);
    expect(r.requirements.map((x) => `${x.format}:${x.id}`).sort()).toEqual(
      // SRD-004.md is no item of a document whose itemformat is yaml: Doorstop skips it, and so does the gate.
      [
        'markdown:REQ-001',
        'doorstop:SRD-001',
        'doorstop:SRD-002',
        'strictdoc:SWR-010',
        'strictdoc:SWR-011',
        'strictdoc:SWR-012',
        'strictdoc:SWR-020',
        'strictdoc:SWR-021',
      ].sort(),
    );
    // The broken Doorstop item and the broken StrictDoc blocks are findings; assets/ is not an item.
    expect(r.findings.map((f) => f.file)).toEqual(
      expect.arrayContaining(['reqs/doorstop/srd/SRD-005.yml', 'reqs/broken.sdoc', 'reqs/pump.sdoc']),
    );
    expect(r.files.some((f) => f.path.includes('assets'))).toBe(false);
    // A plain glob into the Doorstop folder is recognized as Doorstop too.
    const byGlob = await readRequirementSources(['reqs/doorstop/**/*.yml'], facts);
    expect(byGlob.requirements.map((x) => x.id)).toEqual(['SRD-001', 'SRD-002']);
  });

  it('a source that matches nothing is an error, and a refused file is a finding', async () => {
    const facts = plainFacts({ head: { 'docs/a.yml': '- id: REQ-1\n' } });
    facts.readAtHead = async () => {
      throw new (await import('../src/core/types.js')).FactError('docs/a.yml is a symbolic link at aaaaaaa; links are not followed');
    };
    const r = await readRequirementSources(['docs/*.yml', 'missing/**'], facts);
    expect(r.findings.map((f) => f.message)).toEqual([
      'The requirements source "missing/**" matches no requirement file at head — fix the path in the policy, or add the requirements.',
      'docs/a.yml is a symbolic link at aaaaaaa; links are not followed (its requirements cannot be checked until it can be read).',
    ]);
  });

  it('normalizes whitespace only', () => {
    expect(normalizedText({ title: 'A', text: 'x  y\n z' })).toBe(normalizedText({ title: 'A ', text: 'x y z' }));
    expect(normalizedText({ title: 'A', text: 'x y' })).not.toBe(normalizedText({ title: 'A', text: 'x z' }));
  });
});
