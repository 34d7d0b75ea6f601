import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { anchoredId, formatFromExtension, parseSphinxNeeds } from '../src/parsers/requirements/index.js';
import type { TestRepo } from './helpers/git-repo.js';
import { checkPullRequestIn, pullRequestRepo } from './helpers/trace-check.js';

// Sphinx-Needs: needs.json exports from the Sphinx-Needs project's own tests, then the traceability gate on a real
// repository with `format: sphinx-needs`.

const DIR = 'test/fixtures/real/sphinx-needs-sphinx-needs';
const NEEDS = readFileSync(`${DIR}/needs_test.json`, 'utf8');
const EXTERNAL = readFileSync(`${DIR}/custom_needs_test.json`, 'utf8');
const ANY = { isId: anchoredId('[A-Za-z][A-Za-z0-9_]*') };

describe('Sphinx-Needs needs.json (Sphinx-Needs import_doc/needs_test.json)', () => {
  const read = parseSphinxNeeds(NEEDS, 'docs/needs.json', ANY);

  it("reads the current version's needs (the file's first of three, 14 needs; the later versions have 13)", () => {
    expect(read.findings).toEqual([]);
    expect(JSON.parse(NEEDS)).toMatchObject({ current_version: '0.1.33', versions: { '0.1.33': {}, '1.0': {}, '1.31': {} } });
    expect(read.requirements).toHaveLength(14);
    expect(read.requirements.map((r) => r.id)).toContain('TEST_01');
  });

  it('id, title, description as text, links as parents, with the line of the need', () => {
    expect(read.requirements.find((r) => r.id === 'REQ_001')).toEqual({
      id: 'REQ_001',
      title: 'My first requirement',
      text: 'This is an awesome requirement and it includes a nice title,\na given id, a tag and this text as description.',
      file: 'docs/needs.json',
      line: 45,
      format: 'sphinx-needs',
    });
    expect(NEEDS.split('\n')[44]).toContain('"id": "REQ_001"');
    expect(read.requirements.find((r) => r.id === 'T_C3893')).toMatchObject({ title: 'Test for XY', parents: ['OWN_ID_123', 'IMPL_01'] });
    expect(read.requirements.find((r) => r.id === 'S_503A1')).toMatchObject({ parents: ['REQ_001'] });
  });

  it('id_pattern chooses which needs are requirements (here the R_ and REQ_ ones)', () => {
    const reqs = parseSphinxNeeds(NEEDS, 'n.json', { isId: anchoredId('R(EQ)?_[A-Z0-9]+') }).requirements;
    expect(reqs.map((r) => r.id).sort()).toEqual(['REQ_001', 'R_22EB2', 'R_2A9D0', 'R_F4722']);
  });

  it('external needs (is_external, from another project) are not read (Sphinx-Needs doc_needs_builder/custom_needs_test.json)', () => {
    const external = JSON.parse(EXTERNAL) as { versions: Record<string, { needs: Record<string, { is_external: boolean }> }> };
    expect(Object.values(external.versions['2.0']!.needs).every((n) => n.is_external)).toBe(true);
    expect(parseSphinxNeeds(EXTERNAL, 'n.json', ANY)).toEqual({ requirements: [], findings: [] });
    const own = EXTERNAL.replaceAll('"is_external": true', '"is_external": false');
    expect(parseSphinxNeeds(own, 'n.json', ANY).requirements.map((r) => [r.id, r.title, r.parents])).toEqual([
      ['TEST_01', 'TEST_01 DESCRIPTION', ['SPEC_1']],
      ['TEST_02', 'TEST_02 DESCRIPTION', ['TEST_01', 'REQ_1']],
      ['TEST_03', 'AAA', undefined],
    ]);
  });

  it('content (newer exports) is the text; rejected and deleted needs are not requirements', () => {
    const doc = {
      current_version: '1.0',
      versions: {
        '1.0': {
          needs: {
            REQ_1: {
              id: 'REQ_1',
              title: 'Stop',
              content: 'The pump shall stop.',
              links: [],
              links_back: ['SPEC_1'],
              tests: ['T_1'],
              status: 'open',
            },
            REQ_2: { id: 'REQ_2', title: 'Old', content: '', status: 'rejected' },
            REQ_3: { id: 'REQ_3', title: 'Gone', content: '', status: 'Deleted' },
          },
        },
      },
    };
    const r = parseSphinxNeeds(JSON.stringify(doc, null, 2), 'n.json', ANY);
    expect(r.requirements).toEqual([
      { id: 'REQ_1', title: 'Stop', text: 'The pump shall stop.', file: 'n.json', line: 7, format: 'sphinx-needs' },
    ]);
  });

  it('broken files are errors with a line, never a silent pass', () => {
    expect(parseSphinxNeeds('{\n  "versions": {\n    "1": { "needs": { ] } }\n}', 'n.json', ANY).findings).toEqual([
      expect.objectContaining({ severity: 'error', file: 'n.json', line: 3, message: expect.stringContaining('n.json is not valid JSON') }),
    ]);
    expect(parseSphinxNeeds('{"needs": {}}', 'n.json', ANY).findings[0]!.message).toContain(
      'is not a Sphinx-Needs needs.json (no "versions" object)',
    );
    expect(parseSphinxNeeds('{"versions": {"1": {"needs": {}}, "2": {"needs": {}}}}', 'n.json', ANY).findings[0]!.message).toContain(
      'has 2 versions and no current_version',
    );
    expect(parseSphinxNeeds('{"current_version": "3", "versions": {"1": {"needs": {}}}}', 'n.json', ANY).findings[0]!.message).toContain(
      'its current_version "3" has no needs in "versions" (it has "1")',
    );
    expect(formatFromExtension('docs/_build/needs/needs.json')).toBe('sphinx-needs');
  });
});

describe('traceability gate with format: sphinx-needs', () => {
  const POLICY =
    'version: 1\ngates:\n  traceability:\n    requirements:\n      - { path: docs/needs.json, format: sphinx-needs }\n    id_pattern: "R(EQ)?_[A-Z0-9]+"\n';
  const repos: TestRepo[] = [];
  afterAll(() => repos.forEach((r) => r.remove()));

  it('fails naming the requirement no test cites; passes once a test cites each', async () => {
    const { repo, base, head } = pullRequestRepo(POLICY, {
      'docs/needs.json': NEEDS,
      'tests/test_pump.py': 'def test_first():  # REQ_001, R_F4722\n    pass\n\ndef test_b():  # R_22EB2\n    pass\n',
    });
    repos.push(repo);
    const r = await checkPullRequestIn(repo, base, head);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.gates[0]).toMatchObject({
      status: 'fail',
      summary: expect.stringMatching(/^4 requirements: 3 tested, 1 untested, 0 unknown references/),
    });
    expect(r.gates[0]!.findings.filter((f) => f.severity === 'error')).toEqual([
      expect.objectContaining({
        file: 'docs/needs.json',
        line: 92,
        message: expect.stringContaining('R_2A9D0 "Requirement A" (class B) has no test: no test file cites R_2A9D0'),
      }),
    ]);

    repo.write({ 'tests/test_a.py': 'def test_a():  # R_2A9D0\n    pass\n' });
    const fixed = repo.commit('test A');
    const ok = await checkPullRequestIn(repo, base, fixed);
    expect(ok.code).toBe(0);
    expect(ok.gates[0]).toMatchObject({ status: 'pass', summary: '4 requirements: 4 tested, 0 untested, 0 unknown references, 0 suspect' });
  });
});
