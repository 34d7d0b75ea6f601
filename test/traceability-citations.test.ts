import { gateContext } from '../src/policy/context.js';
import { describe, expect, it } from 'vitest';
import { traceability, type TraceabilityOptions } from '../src/rules/traceability/index.js';
import { DEFAULT_TESTS, referenceMatcher } from '../src/rules/traceability/matrix.js';
import { doorstopLinkFindings } from '../src/rules/traceability/doorstop-links.js';
import { anchoredId, parseDoorstopItem, parseStrictDoc, type DoorstopItem } from '../src/parsers/requirements/index.js';
import { expectLinear } from './helpers/scaling.js';
import type { GateOutcome } from '../src/core/rule.js';
import { plainFacts, policy, type PlainFacts } from './helpers/plain-facts.js';

// Citations that name several ids at once, and the fail-closed rules for the globs that find tests and reports.

function options(o: Partial<TraceabilityOptions> = {}): TraceabilityOptions {
  return {
    requirements: ['docs/srs.md'],
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
  return {
    ...outcome,
    problems: outcome.findings.filter((f) => f.severity !== 'notice'),
    notices: outcome.findings.filter((f) => f.severity === 'notice'),
  };
}

const SRS =
  '# SRS\n\n## REQ-1 Rate\nThe pump shall deliver the rate.\n\n## REQ-2 Limits\nThe pump shall refuse out-of-range rates.\n\n## REQ-3 Alarm\nThe pump shall sound an alarm.\n';

describe('one citation, several ids', () => {
  it('a reference_pattern group holding several ids cites each of them, on the line of the citation', () => {
    const match = referenceMatcher({ id_pattern: 'REQ-[0-9]+', reference_pattern: '@relation\\(([^)]*)\\)' });
    expect(match('x\n// @relation(REQ-1, REQ-2, scope=function)\n', 't.ts')).toEqual([
      { id: 'REQ-1', file: 't.ts', line: 2 },
      { id: 'REQ-2', file: 't.ts', line: 2 },
    ]);
    // A group that is one id stays that id; a group with no id is kept as written (an unknown reference, not dropped).
    expect(match('@relation(REQ-3)', 't.ts')).toEqual([{ id: 'REQ-3', file: 't.ts', line: 1 }]);
    expect(match('@relation(nothing)', 't.ts')).toEqual([{ id: 'nothing', file: 't.ts', line: 1 }]);
  });

  it('the gate counts every id of an @relation citation as tested, with and without a reference_pattern', async () => {
    const head = { 'docs/srs.md': SRS, 'test/a.test.ts': '// @relation(REQ-1, REQ-2, scope=function)\nit("x")\n' };
    for (const reference_pattern of [null, '@relation\\(([^)]*)\\)']) {
      const r = await run({ head }, { reference_pattern });
      expect(r.problems.map((f) => f.message.slice(0, 13))).toEqual(['REQ-3 "Alarm"']);
      expect(r.summary).toMatch(/^3 requirements: 2 tested, 1 untested/);
    }
  });
});

describe('fail closed: globs that find nothing', () => {
  const cited = { 'docs/srs.md': SRS, 'test/a.test.ts': '// REQ-1 REQ-2 REQ-3\n' };

  it('no test file at all is an error, not a gate that checked nothing', async () => {
    const r = await run({ head: { 'docs/srs.md': SRS, 'src/a.ts': 'x' } }, { require_tests: 'none' });
    expect(r.problems.map((f) => [f.severity, f.message])).toEqual([
      [
        'error',
        'No test file matches the tests globs (test/**, tests/**, **/*_test.*, **/*.test.*, **/*.spec.*) at head, so no requirement can be cited — fix the tests globs in the policy, or add the tests.',
      ],
    ]);
  });

  it('a tests glob the policy set that matches no file is an error naming the glob', async () => {
    const r = await run({ head: cited }, { tests: ['test/**', 'spec/**'] });
    expect(r.problems.map((f) => f.message)).toEqual([
      'The tests glob "spec/**" matches no file at head — fix it in the policy or remove it.',
    ]);
    // The default globs are alternatives: a project with only test/** is fine.
    expect((await run({ head: cited })).problems).toEqual([]);
  });

  it('a junit glob that matches no report is an error naming the glob', async () => {
    const report = '<testsuite name="s"><testcase name="REQ-1 REQ-2 REQ-3" classname="a"/></testsuite>';
    const r = await run({ head: { ...cited, 'reports/unit.xml': report } }, { junit: ['reports/unit.xml', 'reports/e2e.xml'] });
    expect(r.problems.map((f) => f.message)).toEqual([
      'junit glob reports/e2e.xml matches no file at head, so the test results it names were not read — commit the JUnit report or fix the glob (allow_empty: true lets the gate go on without it).',
    ]);
    const none = await run({ head: cited }, { junit: ['reports/*.xml'] });
    expect(none.problems.map((f) => f.message)[0]).toBe(
      'junit is set (reports/*.xml) but no file matches at head, so no requirement can be verified — commit the JUnit report or fix the globs.',
    );
  });

  it('allow_empty: true lets each pass, and the report says so', async () => {
    const r = await run({ head: cited }, { tests: ['test/**', 'spec/**'], allow_empty: true });
    expect(r.problems).toEqual([]);
    expect(r.notices.map((f) => f.message)).toEqual([
      'The tests glob "spec/**" matches no file at head; the gate goes on because allow_empty is true.',
    ]);
  });
});

describe('the readers this gate added are linear in what a pull request controls', () => {
  const ctx = { isId: anchoredId('[A-Z][A-Z0-9]*-[0-9]+') };

  it('StrictDoc: requirements with Child and File relations', async () => {
    const sdoc = (n: number) =>
      Array.from(
        { length: n },
        (_, i) =>
          `[REQUIREMENT]\nUID: REQ-${i}\nTITLE: t\nRELATIONS:\n- TYPE: Child\n  VALUE: REQ-${i + 1}\n- TYPE: File\n  VALUE: test/t${i}.py\n`,
      ).join('\n');
    await expectLinear('parseStrictDoc with relations', sdoc, (text) => parseStrictDoc(text, 'a.sdoc', ctx), { n: 4000, fixed: true });
  }, 60_000);

  it('Doorstop: an item with many links, and the link checks over many items', async () => {
    const item = (n: number) =>
      `active: true\nlinks:\n${Array.from({ length: n }, (_, i) => `- REQ${i}: abc${i}=\n`).join('')}text: |\n  x\n`;
    await expectLinear(
      'parseDoorstopItem with many links',
      item,
      (text) => parseDoorstopItem(text, 'reqs/REQ1.yml', { isId: () => true }, { prefix: 'REQ', sep: '' }),
      { n: 150, fixed: true },
    );
    const items = (n: number): DoorstopItem[] =>
      Array.from({ length: n }, (_, i) => ({
        uid: `REQ${i}`,
        file: `reqs/REQ${i}.yml`,
        line: 1,
        active: true,
        normative: true,
        stamp: `s${i}`,
        reviewedStamp: `r${i}`,
        reviewed: 'x',
        links: [{ uid: `REQ${i + 1}`, stamp: 'y', line: 2 }],
      }));
    await expectLinear('doorstopLinkFindings', items, (all) => doorstopLinkFindings(all, { suspect: 'error', unreviewed: 'error' }), {
      n: 2000,
    });
  }, 60_000);

  it('one @relation marker holding many ids', async () => {
    const marker = (n: number) => `// @relation(${Array.from({ length: n }, (_, i) => `REQ-${i}`).join(', ')}, scope=function)\n`;
    const match = referenceMatcher({ id_pattern: 'REQ-[0-9]+', reference_pattern: '@relation\\(([^)]*)\\)' });
    await expectLinear('a multi-id citation', marker, (text) => match(text, 't.py'), { n: 2000, fixed: true });
  }, 60_000);
});
