import { gateContext } from '../src/policy/context.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchoredId, parseStrictDoc } from '../src/parsers/requirements/index.js';
import { traceability, type TraceabilityOptions } from '../src/rules/traceability/index.js';
import { buildMatrix, DEFAULT_TESTS } from '../src/rules/traceability/matrix.js';
import type { GateOutcome } from '../src/core/rule.js';
import { plainFacts, policy, type PlainFacts } from './helpers/plain-facts.js';

// StrictDoc as StrictDoc reads it, on documents from StrictDoc's own repository (test/fixtures/real/strictdoc-*, see
// PROVENANCE): Child relations, File relations, RELATION_FIELD: MID, composite nodes.

const REAL = new URL('./fixtures/real/', import.meta.url).pathname;
const real = (path: string) => readFileSync(join(REAL, path), 'utf8');
const ctx = { isId: anchoredId('[A-Z][A-Z0-9]*-[0-9]+') };

function options(o: Partial<TraceabilityOptions> = {}): TraceabilityOptions {
  return {
    requirements: ['docs/*.sdoc'],
    id_pattern: '[A-Z][A-Z0-9]*-[0-9]+',
    tests: DEFAULT_TESTS,
    reference_pattern: null,
    junit: [],
    require_tests: 'all',
    unknown_references: 'error',
    duplicate_ids: 'error',
    suspect: 'error',
    ...o,
  };
}

async function run(facts: PlainFacts, o: Partial<TraceabilityOptions> = {}) {
  const outcome = (await traceability.evaluate(options(o), plainFacts(facts), gateContext(policy(), 'traceability'))) as GateOutcome;
  return { ...outcome, problems: outcome.findings.filter((f) => f.severity !== 'notice') };
}

describe('StrictDoc relations', () => {
  it('TYPE: Child is the reverse of Parent: the child gets the parent', async () => {
    const doc = real('strictdoc-child/document.sdoc');
    const parsed = parseStrictDoc(doc, 'docs/document.sdoc', ctx);
    expect(parsed.findings).toEqual([]);
    expect(parsed.requirements.map((r) => [r.id, r.children ?? []])).toEqual([
      ['REQ-001', []],
      ['REQ-002', ['REQ-001']],
    ]);
    const m = await buildMatrix({
      options: options(),
      facts: plainFacts({ head: { 'docs/document.sdoc': doc, 'test/a.test.ts': '// REQ-001 REQ-002\n' } }),
      policy: policy(),
      compare: false,
    });
    expect(m.rows.map((r) => [r.requirement.id, r.requirement.parents ?? []])).toEqual([
      ['REQ-001', ['REQ-002']],
      ['REQ-002', []],
    ]);
    expect(m.findings).toEqual([]);
  });

  it('a Child relation to a requirement nobody defines is an error', async () => {
    const doc = real('strictdoc-child/document.sdoc').replace('UID: REQ-001', 'UID: REQ-009');
    const r = await run({ head: { 'docs/document.sdoc': doc, 'test/a.test.ts': '// REQ-009 REQ-002\n' } });
    expect(r.problems.map((f) => [f.file, f.line, f.message])).toEqual([
      [
        'docs/document.sdoc',
        27,
        'REQ-002 names REQ-001 as its child (a Child relation), but no requirement defines REQ-001 — fix the relation, or add the document that holds REQ-001 to the requirements sources.',
      ],
    ]);
  });

  it('TYPE: File to a test file counts as a citation by it; one @relation marker cites each of its ids', async () => {
    const head = {
      'docs/example.sdoc': real('strictdoc-file-relations/example.sdoc'),
      'docs/file.cc': real('strictdoc-file-relations/file.cc'),
    };
    // file.cc is the test here; it names REQ-002 and REQ-003 in one marker and REQ-001 nowhere — the File relation links it.
    const r = await run({ head }, { tests: ['docs/*.cc'], reference_pattern: '@relation\\(([^)]*)\\)' });
    expect(r.problems).toEqual([]);
    expect(r.summary).toMatch(/^3 requirements: 3 tested, 0 untested/);
    // Without the File relations, REQ-001 would be untested: the relation is what counts.
    const unlinked = {
      ...head,
      'docs/example.sdoc': head['docs/example.sdoc'].replace(/RELATIONS:\n- TYPE: File\n {2}VALUE: file\.cc\n/g, ''),
    };
    const u = await run({ head: unlinked }, { tests: ['docs/*.cc'], reference_pattern: '@relation\\(([^)]*)\\)' });
    expect(u.problems.map((f) => f.message.slice(0, 7))).toEqual(['REQ-001']);
    // A File relation to a file that is not a test file is an implementation link, not a test.
    const notATest = await run({ head: { ...head, 'test/other.test.ts': '// REQ-002 REQ-003\n' } }, { tests: ['test/**'] });
    expect(notATest.problems.map((f) => f.message.slice(0, 7))).toEqual(['REQ-001']);
  });

  it('RELATION_FIELD: MID identifies nodes by their MID, in relations and in source markers', async () => {
    const mid = parseStrictDoc(real('strictdoc-mid/mid_based_relation.sdoc'), 'docs/mid.sdoc', { isId: anchoredId('[a-z_]+') });
    expect(mid.findings).toEqual([]);
    expect(mid.requirements.map((r) => [r.id, r.title, r.parents ?? []])).toEqual([
      ['aaaaaaaa_aaaaaaaa_aaaaaaaa_aaaaaaaa', 'Requirement A title', []],
      ['bbbbbbbb_bbbbbbbb_bbbbbbbb_bbbbbbbb', 'Requirement B title', ['aaaaaaaa_aaaaaaaa_aaaaaaaa_aaaaaaaa']],
    ]);
    // MID "REQ-1", cited by @relation(REQ-1, scope=function) in file.py.
    const r = await run(
      { head: { 'docs/input.sdoc': real('strictdoc-mid/input.sdoc'), 'src/file.py': real('strictdoc-mid/file.py') } },
      { tests: ['src/*.py'] },
    );
    expect(r.problems).toEqual([]);
    expect(r.summary).toMatch(/^1 requirement: 1 tested/);
    // In a document without the option, a node with a MID and no UID is a finding.
    const plain = parseStrictDoc(real('strictdoc-mid/input.sdoc').replace('RELATION_FIELD: MID', 'MARKUP: RST'), 'docs/input.sdoc', ctx);
    expect(plain.findings.map((f) => f.message)).toEqual([
      'docs/input.sdoc: the [REQUIREMENT] on this line has no UID, so no test can cite it — add "UID: <id>".',
    ]);
  });

  it('composite nodes ([[REQUIREMENT]] nested in [[REQUIREMENT]]) are each a requirement', () => {
    const r = parseStrictDoc(real('strictdoc-composite/document.sdoc'), 'docs/document.sdoc', ctx);
    expect(r.findings).toEqual([]);
    expect(r.requirements.map((x) => [x.id, x.title, x.line])).toEqual([
      ['REQ-1', 'Req_1', 30],
      ['REQ-2', 'Req_1_1', 37],
      ['REQ-3', 'Req_1_1_1', 44],
    ]);
  });
});
