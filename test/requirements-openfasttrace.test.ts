import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { coverageTagPattern, parseOpenFastTrace, parseRequirementFile } from '../src/parsers/requirements/index.js';
import { openFastTraceReference, referenceMatcher } from '../src/rules/traceability/matrix.js';
import { main } from '../src/cli/commands.js';
import { linePrefilter } from '../src/rules/traceability/line-prefilter.js';
import type { TestRepo } from './helpers/git-repo.js';
import { checkPullRequestIn, pullRequestRepo } from './helpers/trace-check.js';

// OpenFastTrace: specification items in Markdown (OFT's own design document) and coverage tags in tests (OFT's own
// unit test), then the traceability gate on a real repository with `format: openfasttrace`.

const DIR = 'test/fixtures/real/openfasttrace-openfasttrace';
const DESIGN = readFileSync(`${DIR}/design.md`, 'utf8');
const UNIT_TEST = readFileSync(`${DIR}/TestMarkdownImporter.java`, 'utf8');

describe('OpenFastTrace specification items (OFT design.md)', () => {
  const read = parseOpenFastTrace(DESIGN, 'doc/spec/design.md');

  it('reads every item that needs a test: full id, heading as title, Covers as parents, Needs, line', () => {
    expect(read.findings).toEqual([]);
    expect(read.requirements.map((r) => r.id)).toEqual([
      'dsn~md.specification-item-id-format~3',
      'dsn~md.specification-item-title~1',
      'dsn~md.requirement-references~1',
      'dsn~md.covers-list~1',
      'dsn~md.depends-list~1',
      'dsn~md.needs-coverage-list~1',
      'dsn~md.needs-coverage-list-single-line~2',
      'dsn~md.artifact-forwarding-notation~1',
    ]);
    expect(read.requirements[1]).toMatchObject({
      id: 'dsn~md.specification-item-title~1',
      title: 'Markdown Specification Item Title',
      text: 'If a Markdown title directly precedes a specification item ID, then the Markdown title is used as title for the specification item.',
      parents: ['req~markdown-standard-syntax~1', 'req~markdown-outline-readable~1'],
      needs: ['impl', 'utest'],
      file: 'doc/spec/design.md',
      line: 39,
      format: 'openfasttrace',
    });
    expect(read.requirements[3]!.title).toBe('Markdown "Covers" list');
  });

  it('a Covers entry written as a link reads the id, not the link target', () => {
    const r = parseOpenFastTrace(
      '### Loading\n`dsn~plugins.loading~1`\n\nLoads.\n\nCovers:\n\n* [`req~plugins.loading~1`](system_requirements.md#loading-plugins)\n\nNeeds: impl, utest, itest\n',
      'd.md',
    );
    expect(r.requirements).toMatchObject([
      { id: 'dsn~plugins.loading~1', title: 'Loading', parents: ['req~plugins.loading~1'], needs: ['impl', 'utest', 'itest'] },
    ]);
  });

  it('text between oft:off and oft:on is not read (the forwarding example in the real file)', () => {
    expect(DESIGN).toContain('<!-- oft:off -->\n    arch --> dsn, itest : req~skip-this-requirement~1\n<!-- oft:on -->');
    expect(read.requirements.map((r) => r.id)).not.toContain('arch~skip-this-requirement~1');
    // Still an item of its own: the Covers and Needs after the example belong to it.
    expect(read.requirements.at(-1)).toMatchObject({ parents: ['req~artifact-type-forwarding-in-markdown~1'], needs: ['impl', 'utest'] });
    // Without the markers, OFT reads the line as a forwarding item.
    const on = parseOpenFastTrace(DESIGN.replace('<!-- oft:off -->\n', '').replace('<!-- oft:on -->\n', ''), 'd.md', {
      test_types: ['itest'],
    });
    expect(on.requirements).toContainEqual(
      expect.objectContaining({ id: 'arch~skip-this-requirement~1', parents: ['req~skip-this-requirement~1'], needs: ['dsn', 'itest'] }),
    );
  });
});

describe('OpenFastTrace item syntax', () => {
  const items = (text: string, testTypes?: string[]) => parseOpenFastTrace(text, 'spec.md', testTypes ? { test_types: testTypes } : {});

  it('reads Needs as a list, Depends, Tags and Status; an item that needs no test is not a requirement', () => {
    const r = items(
      [
        '# Features',
        '`feat~pump~1`',
        'The pump.',
        'Needs: req',
        '',
        '## Delivery',
        '`req~delivery~2`',
        'Status: approved',
        '',
        'The pump shall deliver the rate.',
        '',
        'Depends:',
        '',
        '* `req~power~1`',
        '',
        'Tags: safety, pump',
        '',
        'Needs:',
        '* `dsn`',
        '* utest',
        '',
        'Covers:',
        '* feat~pump~1',
      ].join('\n'),
    );
    expect(r.findings).toEqual([]);
    expect(r.requirements).toEqual([
      {
        id: 'req~delivery~2',
        title: 'Delivery',
        text: 'The pump shall deliver the rate.',
        parents: ['feat~pump~1'],
        needs: ['dsn', 'utest'],
        depends: ['req~power~1'],
        file: 'spec.md',
        line: 7,
        format: 'openfasttrace',
      },
    ]);
    // OFT ends a Needs list at a blank line: a list after one is text, so the item needs nothing.
    expect(items('`dsn~a~1`\nNeeds:\n\n* utest\n').requirements).toEqual([]);
    expect(items('# Pump\n`feat~pump~1`\nNeeds: req\n').findings).toEqual([
      expect.objectContaining({
        severity: 'notice',
        line: 2,
        message:
          'spec.md: none of its 1 OpenFastTrace items needs a test (Needs: names none of utest, itest, stest), so none is a requirement for this gate — point the source at the items tests cover, or set test_types.',
      }),
    ]);
    // With req counted as a test type, the feature is a requirement too.
    expect(items('`feat~pump~1`\nNeeds: req\n', ['req']).requirements.map((x) => x.id)).toEqual(['feat~pump~1']);
  });

  it('an id in a fenced block outside an item is not an item; a title needs the id right under it', () => {
    const r = items(
      ['```', 'dsn~in-code~1', 'Needs: utest', '```', '', '# Heading', 'Some text.', '`dsn~no-title~1`', 'Needs: utest'].join('\n'),
    );
    expect(r.requirements).toMatchObject([{ id: 'dsn~no-title~1', title: '' }]);
  });

  it('an entry of a Covers list that is not a bulleted id is a warning with its line', () => {
    const r = items(['`dsn~a~1`', 'Covers:', '* `req~x~1`', 'see req~y~1', 'Needs: utest'].join('\n'));
    expect(r.requirements).toMatchObject([{ id: 'dsn~a~1', parents: ['req~x~1'], needs: ['utest'] }]);
    expect(r.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 4,
        message: expect.stringContaining('in the Covers list of dsn~a~1 is not a bulleted item id'),
      }),
    ]);
  });

  it('is read by the requirement dispatch with the source options', () => {
    const r = parseRequirementFile(
      { path: 'spec.md', format: 'openfasttrace', options: { test_types: ['itest'] } },
      '`dsn~a~1`\nNeeds: utest\n\n`dsn~b~1`\nNeeds: itest\n',
      '[A-Z]+-[0-9]+',
    );
    expect(r.requirements.map((x) => x.id)).toEqual(['dsn~b~1']);
  });
});

describe('OpenFastTrace coverage tags (OFT TestMarkdownImporter.java)', () => {
  const match = referenceMatcher({ id_pattern: '[A-Z]+-[0-9]+', reference_pattern: coverageTagPattern() });

  it('a [utest->dsn~name~rev] tag cites the covered item, with its line', () => {
    expect(match(UNIT_TEST, 'T.java')).toEqual([
      { id: 'dsn~md.specification-item-id-format~3', file: 'T.java', line: 24 },
      { id: 'dsn~md.specification-item-id-format~3', file: 'T.java', line: 38 },
      { id: 'dsn~md.specification-item-title~1', file: 'T.java', line: 47 },
      { id: 'dsn~md.specification-item-title~1', file: 'T.java', line: 56 },
    ]);
  });

  it('is the default reference form of a policy with OFT sources, with their test types, and git grep can preselect its lines', () => {
    expect(openFastTraceReference(['docs/*.md', { path: 'reqs.yml', format: 'yaml' }])).toBeNull();
    expect(openFastTraceReference([{ path: 'a.md', format: 'openfasttrace' }])).toBe(coverageTagPattern());
    expect(
      openFastTraceReference([
        { path: 'a.md', format: 'openfasttrace', test_types: ['itest'] },
        { path: 'b.md', format: 'openfasttrace', test_types: ['qtest'] },
      ]),
    ).toBe(coverageTagPattern(['itest', 'qtest']));
    expect(linePrefilter(coverageTagPattern())).toBeDefined();
  });

  it('reads the long forms, and only tags of test artifact types', () => {
    const text = [
      '// [ itest -> dsn~a~1 ]',
      '// [utest~test-b~2->dsn~b.c~1>>impl, dsn]',
      '// [impl->dsn~c~1]',
      '// dsn~d~1 mentioned',
      '// [utest->dsn~e]',
    ].join('\n');
    expect(match(text, 't').map((r) => r.id)).toEqual(['dsn~a~1', 'dsn~b.c~1']);
  });
});

describe('traceability gate with format: openfasttrace', () => {
  const POLICY =
    'version: 1\ngates:\n  traceability:\n    requirements:\n      - { path: doc/spec/design.md, format: openfasttrace }\n    tests: ["**/src/test/**"]\n';
  const TEST_PATH = 'importer/markdown/src/test/java/TestMarkdownImporter.java';
  const repos: TestRepo[] = [];
  afterAll(() => repos.forEach((r) => r.remove()));

  it('fails naming each item that no test tag covers, at its line', async () => {
    const { repo, base, head } = pullRequestRepo(POLICY, { 'doc/spec/design.md': DESIGN, [TEST_PATH]: UNIT_TEST });
    repos.push(repo);
    const r = await checkPullRequestIn(repo, base, head);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const gate = r.gates[0]!;
    expect(gate).toMatchObject({
      id: 'traceability',
      status: 'fail',
      summary: expect.stringMatching(/^8 requirements: 2 tested, 6 untested, 0 unknown references/),
    });
    const errors = gate.findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(6);
    expect(errors[0]).toMatchObject({
      file: 'doc/spec/design.md',
      line: 55,
      message: expect.stringContaining(
        'dsn~md.requirement-references~1 "Markdown Requirement References" (class B) has no test: no test file cites dsn~md.requirement-references~1',
      ),
    });
  });

  it('passes when a test tag covers every item; a tag naming no item is an unknown reference', async () => {
    const ids = parseOpenFastTrace(DESIGN, 'd').requirements.map((x) => x.id);
    const more = ids
      .slice(2)
      .map((id) => `    // [utest->${id}]\n    @Test void t() {}\n`)
      .join('');
    const { repo, base, head } = pullRequestRepo(POLICY, {
      'doc/spec/design.md': DESIGN,
      [TEST_PATH]: UNIT_TEST,
      'importer/markdown/src/test/java/TestMore.java': `class TestMore {\n${more}}\n`,
    });
    repos.push(repo);
    const r = await checkPullRequestIn(repo, base, head);
    expect(r.code).toBe(0);
    expect(r.gates[0]).toMatchObject({ status: 'pass', summary: '8 requirements: 8 tested, 0 untested, 0 unknown references, 0 suspect' });

    repo.write({ 'importer/markdown/src/test/java/TestTypo.java': '// [utest->dsn~md.covers-lists~1]\n' });
    const typo = repo.commit('typo');
    const t = await checkPullRequestIn(repo, base, typo);
    expect(t.code).toBe(1);
    expect(t.gates[0]!.findings).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        file: 'importer/markdown/src/test/java/TestTypo.java',
        line: 1,
        message: expect.stringContaining('cites dsn~md.covers-lists~1, which no requirement defines'),
      }),
    );
  });

  it('a tag of a type the item does not need is unwanted coverage, an error at the tag, and covers nothing', async () => {
    // OFT's design items need impl and utest; an itest tag on one of them is what `oft trace` calls COVERED_UNWANTED.
    const { repo, base, head } = pullRequestRepo(POLICY, {
      'doc/spec/design.md': DESIGN,
      [TEST_PATH]: UNIT_TEST,
      'importer/markdown/src/test/java/TestIntegration.java': 'class TestIntegration {\n    // [itest->dsn~md.covers-list~1]\n}\n',
    });
    repos.push(repo);
    const r = await checkPullRequestIn(repo, base, head);
    expect(r.code).toBe(1);
    const gate = r.gates[0]!;
    expect(gate.summary).toMatch(/^8 requirements: 2 tested, 6 untested, 0 unknown references/);
    expect(gate.findings).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        file: 'importer/markdown/src/test/java/TestIntegration.java',
        line: 2,
        message: expect.stringContaining(
          'covers dsn~md.covers-list~1 with itest, but dsn~md.covers-list~1 (doc/spec/design.md:72) needs impl, utest — OpenFastTrace counts this as unwanted coverage',
        ),
      }),
    );
    expect(gate.findings).toContainEqual(
      expect.objectContaining({
        file: 'doc/spec/design.md',
        line: 72,
        message: expect.stringContaining(
          'is not covered: it needs utest coverage (Needs: impl, utest) and it is cited by importer/markdown/src/test/java/TestIntegration.java:2, but no test carries [utest->dsn~md.covers-list~1]',
        ),
      }),
    );
  });

  it('an item that needs several test types is untested until a tag of each covers it', async () => {
    const spec = '# Login\n\n### Login with a password\n`dsn~login~1`\n\nThe user logs in.\n\nNeeds: impl, utest, itest\n';
    const policy =
      'version: 1\ngates:\n  traceability:\n    requirements:\n      - { path: spec.md, format: openfasttrace }\n    tests: ["test/**"]\n';
    const { repo, base, head } = pullRequestRepo(policy, { 'spec.md': spec, 'test/LoginTest.java': '// [utest->dsn~login~1]\n' });
    repos.push(repo);
    const r = await checkPullRequestIn(repo, base, head);
    expect(r.code).toBe(1);
    expect(r.gates[0]!.summary).toMatch(/^1 requirement: 0 tested, 1 untested/);
    expect(r.gates[0]!.findings).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        file: 'spec.md',
        line: 4,
        message: expect.stringContaining(
          'dsn~login~1 "Login with a password" (class B) is not covered: it needs itest coverage (Needs: impl, utest, itest) and it is cited by test/LoginTest.java:1, but no test carries [itest->dsn~login~1]',
        ),
      }),
    );
    // The trace export names the missing types too.
    let out = '';
    await main(['trace', '--repo', repo.dir, '--format', 'json'], { stdout: (x) => (out += x), stderr: () => {}, cwd: repo.dir, env: {} });
    expect(JSON.parse(out).requirements[0]).toMatchObject({ id: 'dsn~login~1', status: 'untested', missing_coverage: ['itest'] });
    repo.write({ 'test/LoginIT.java': '// [itest->dsn~login~1]\n' });
    const both = repo.commit('integration test');
    const t = await checkPullRequestIn(repo, base, both);
    expect(t.code).toBe(0);
    expect(t.gates[0]).toMatchObject({ status: 'pass', summary: '1 requirement: 1 tested, 0 untested, 0 unknown references, 0 suspect' });
  });

  it("an item's needed test types are those of its own source (test_types), not every OFT source's", async () => {
    const policy =
      'version: 1\ngates:\n  traceability:\n    requirements:\n      - { path: unit.md, format: openfasttrace }\n      - { path: system.md, format: openfasttrace, test_types: [itest] }\n    tests: ["test/**"]\n';
    const { repo, base, head } = pullRequestRepo(policy, {
      'unit.md': '### Parse\n`dsn~parse~1`\n\nNeeds: impl, utest\n',
      // utest is a test type of unit.md's source only: for this item, OFT's unit tests are someone else's business.
      'system.md': '### Login\n`dsn~login~1`\n\nNeeds: impl, utest, itest\n',
      'test/ParseTest.java': '// [utest->dsn~parse~1]\n',
      'test/LoginIT.java': '// [itest->dsn~login~1]\n',
    });
    repos.push(repo);
    const r = await checkPullRequestIn(repo, base, head);
    expect(r.gates[0]).toMatchObject({ status: 'pass', summary: '2 requirements: 2 tested, 0 untested, 0 unknown references, 0 suspect' });
  });
});
