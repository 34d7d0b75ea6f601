import { gateContext } from '../src/policy/context.js';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCodeowners } from '../src/parsers/codeowners.js';
import { parseJUnit } from '../src/parsers/junit.js';
import { readKevCatalog } from '../src/parsers/kev.js';
import { readLockfile } from '../src/parsers/lockfiles/index.js';
import { asOsvRecord, osvRecordProblem } from '../src/parsers/osv.js';
import { parseRequirementFile } from '../src/parsers/requirements/index.js';
import { readRequirementSources } from '../src/rules/common/requirement-sources.js';
import { parseRiskRegister } from '../src/parsers/risk/index.js';
import { detectText } from '../src/parsers/sbom/detect.js';
import { readSbom } from '../src/parsers/sbom/index.js';
import { annotationPairs } from '../src/parsers/sbom/spdx-json.js';
import { parseSoupList } from '../src/parsers/soup/index.js';
import { readVex } from '../src/parsers/vex/index.js';
import { reviews } from '../src/rules/reviews.js';
import type { Static, TObject } from '@sinclair/typebox';
import type { GateOutcome, RuleDefinition } from '../src/core/rule.js';
import { soup, type SoupOptions } from '../src/rules/soup/index.js';
import { traceability, type TraceabilityOptions } from '../src/rules/traceability/index.js';
import { DEFAULT_TESTS } from '../src/rules/traceability/matrix.js';
import { vulnerabilities, type VulnerabilitiesOptions } from '../src/rules/vulnerabilities/index.js';
import { vexSkeleton } from '../src/report/vex.js';
import { expectLinear, measureScaling, type Scaling } from './helpers/scaling.js';
import { plainFacts, policy, review, type PlainFacts } from './helpers/plain-facts.js';

// Every reader of pull-request content, and every rule over what they read, takes time linear in its input: each is
// timed at n and 8n in one run (see helpers/scaling.ts), and fails on growth well beyond 8×. The inputs are plain
// values built here; the rules get plain facts.

const times: string[] = [];
afterAll(() => {
  if (process.env.SCALING_REPORT) console.info(times.join('\n'));
});

async function linear<T>(what: string, build: (n: number) => T, read: (input: T) => unknown, n: number): Promise<void> {
  const s = await expectLinear(what, build, read, { n });
  times.push(`${what}: n=${s.n} ${s.small.toFixed(1)} ms, 8n ${s.large.toFixed(1)} ms, ratio ${s.ratio.toFixed(1)}`);
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const lines = (n: number, line: (i: number) => string) => range(n).map(line).join('');

async function evaluate<O extends TObject>(rule: RuleDefinition<O>, options: Static<O>, facts: PlainFacts): Promise<GateOutcome> {
  return (await rule.evaluate(options, plainFacts(facts), gateContext(policy(), rule.name))) as GateOutcome;
}

describe('the scaling check itself', () => {
  it('tells a quadratic reader from a linear one', async () => {
    const build = (n: number) => range(n);
    const quadratic = (xs: number[]) => {
      let pairs = 0;
      for (let i = 0; i < xs.length; i++) for (let j = 0; j < i; j++) pairs += xs[i]! > xs[j]! ? 1 : 0;
      return pairs;
    };
    const q: Scaling = await measureScaling(build, quadratic, { n: 3000, runs: 2, fixed: true });
    expect(q.ratio).toBeGreaterThan(q.limit);
    const l: Scaling = await measureScaling(build, (xs) => JSON.stringify(xs).length, { n: 200_000, fixed: true });
    expect(l.ratio).toBeLessThanOrEqual(l.limit);
  });
});

describe('JUnit and the traceability matrix', () => {
  const junit = (cases: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n${cases}</testsuites>\n`;
  const oneRequirement = (n: number) =>
    junit(`<testsuite name="s">\n${lines(n, (i) => `  <testcase name="REQ-001 case ${i}" classname="rate"/>\n`)}</testsuite>\n`);
  const manySuites = (n: number) =>
    junit(
      lines(
        n,
        (i) =>
          `<testsuite name="s${i}"><testcase name="case ${i}" classname="c${i}"><properties><property name="requirement" value="REQ-${i}"/></properties></testcase></testsuite>\n`,
      ),
    );
  const options = (o: Partial<TraceabilityOptions> = {}): TraceabilityOptions => ({
    requirements: ['docs/reqs.yml'],
    id_pattern: 'REQ-[0-9]+',
    tests: DEFAULT_TESTS,
    reference_pattern: null,
    junit: [],
    require_tests: 'all',
    unknown_references: 'error',
    duplicate_ids: 'error',
    suspect: 'error',
    ...o,
  });
  const reqs = (n: number) => lines(n, (i) => `- id: REQ-${i}\n  title: Requirement ${i}\n  text: The pump shall do thing ${i}.\n`);

  it('JUnit: many cases of one requirement', () =>
    linear('JUnit, cases of one requirement', oneRequirement, (t) => parseJUnit(t, 'reports/junit.xml'), 300));
  it('JUnit: many suites', () => linear('JUnit, many suites', manySuites, (t) => parseJUnit(t, 'reports/junit.xml'), 150));

  // The readings of each runner's structure: vitest's describe paths under a failed hook (the prefixes of each name
  // looked up), a jest-junit suite whose counts leave fewer passes than it shows, suites nested as deep as allowed.
  const vitestHook = (n: number) =>
    junit(
      `<testsuite name="a.test.ts" tests="${n + 1}">\n${lines(n, (i) => `<testcase name="${'d > '.repeat(20)}case ${i}" classname="a.test.ts"><skipped/></testcase>\n`)}<testcase name="${'e > '.repeat(n)}long" classname="a.test.ts"/>\n<testcase name="${'d > '.repeat(19)}d" classname="a.test.ts"><failure/></testcase>\n</testsuite>\n`,
    );
  const jestTodos = (n: number) =>
    junit(
      `<testsuite name="s" tests="1" failures="0" skipped="0">\n${lines(n, (i) => `<testcase name="REQ-${i} todo" classname="c" time="0"/>\n`)}</testsuite>\n`,
    );
  const deepSuites = (n: number) =>
    junit(
      lines(
        n / 50,
        (k) =>
          `${'<testsuite name="REQ-1 s">'.repeat(50)}${lines(50, (i) => `<testcase name="c${k}-${i}"/>`)}${'</testsuite>'.repeat(50)}\n`,
      ),
    );
  it('JUnit: a failed vitest hook over many cases with long describe paths', () =>
    linear('JUnit, vitest hook', vitestHook, (t) => parseJUnit(t, 'reports/junit.xml'), 300));
  it('JUnit: a jest-junit suite of many uncounted cases', () =>
    linear('JUnit, jest-junit todos', jestTodos, (t) => parseJUnit(t, 'reports/junit.xml'), 300));
  it('JUnit: suites nested 50 deep', () => linear('JUnit, nested suites', deepSuites, (t) => parseJUnit(t, 'reports/junit.xml'), 400));
  it('the matrix: JUnit names rewritten by junit_id_from_name', () =>
    linear(
      'matrix, junit_id_from_name',
      (n) => ({
        head: {
          'docs/reqs.yml': reqs(1),
          'test/a.test.ts': 'REQ-0\n',
          'reports/junit.xml': oneRequirement(n).replaceAll('REQ-001', 'test_REQ_0'),
        },
      }),
      (facts) =>
        evaluate(
          traceability,
          options({ junit: ['reports/*.xml'], junit_id_from_name: { pattern: 'REQ_([0-9]+)', replace: 'REQ-$1' } }),
          facts,
        ),
      300,
    ));

  it('the matrix: many JUnit cases of one requirement', () =>
    linear(
      'matrix, JUnit cases of one requirement',
      (n) => ({
        head: {
          'docs/reqs.yml': reqs(1),
          'test/a.test.ts': 'REQ-0\n',
          'reports/junit.xml': oneRequirement(n).replaceAll('REQ-001', 'REQ-0'),
        },
      }),
      (facts) => evaluate(traceability, options({ junit: ['reports/*.xml'] }), facts),
      300,
    ));

  it('the matrix: many requirements, test files and citations', () =>
    linear(
      'matrix, requirements and citations',
      (n) => ({
        head: {
          'docs/reqs.yml': reqs(n),
          ...Object.fromEntries(
            range(n / 10).map((f) => [`test/t${f}.test.ts`, lines(10, (i) => `it('REQ-${f * 10 + i}', () => {}); // REQ-0\n`)]),
          ),
        },
      }),
      (facts) => evaluate(traceability, options(), facts),
      200,
    ));

  // An id's prefix (what tells a reference from UTF-8 or SHA-256) is its text before the trailing digits: a citation
  // whose long run of digits ends in something else must not be retried from every digit.
  it('the matrix: a citation with a long run of digits that a letter ends', () =>
    linear(
      'matrix, long digit run in a citation',
      (n) => ({ head: { 'docs/reqs.yml': reqs(1), 'test/a.test.ts': `REQ-0\nREQ-${'1'.repeat(n)}X\n` } }),
      (facts) => evaluate(traceability, options({ id_pattern: 'REQ-[0-9A-Z]+', unknown_references: 'off' }), facts),
      4000,
    ));

  it('the matrix: a pull request that deletes many cited requirements', () =>
    linear(
      'matrix, deleted requirements',
      (n) => {
        const tests = Object.fromEntries(
          range(n / 10).map((f) => [`test/t${f}.test.ts`, lines(10, (i) => `it('REQ-${f * 10 + i}', () => {});\n`)]),
        );
        return {
          base: { 'docs/reqs.yml': reqs(n + 1), ...tests },
          head: { 'docs/reqs.yml': reqs(1), ...tests },
          changed: ['docs/reqs.yml'],
        };
      },
      (facts) => evaluate(traceability, options({ require_tests: 'none' }), facts),
      200,
    ));
});

describe('CODEOWNERS and the reviews gate', () => {
  // GitHub reads at most 10,000 lines, and so does the parser: 8n stays below that.
  it('CODEOWNERS: many lines', () =>
    linear(
      'CODEOWNERS lines',
      (n) =>
        lines(
          n,
          (i) =>
            `/src/mod${i}/**/sub*dir/*.test.ts ${range(40)
              .map((o) => `@acme/team-${(i + o) % 97}`)
              .join(' ')}\n`,
        ),
      parseCodeowners,
      1200,
    ));

  it('the reviews gate: many changed files under one CODEOWNERS line', () =>
    linear(
      'reviews, files of one owner',
      (n) => ({
        changed: range(n).map((i) => `src/dosing/m${i}.ts`),
        reviews: [review('erin', 'APPROVED')],
        teams: { 'acme/firmware': ['erin'] },
        permissions: { erin: 'write' as const },
        base: { '.github/CODEOWNERS': '* @acme/firmware\n' },
      }),
      (facts) =>
        evaluate(
          reviews,
          { approvals: 1, code_owners: true, invalidate_on_push: true, block_on_changes_requested: true, allow_contributor: false },
          facts,
        ),
      2000,
    ));

  it('the reviews gate: many approvers and commits (contributors excluded, write access asked once per approver)', () =>
    linear(
      'reviews, approvers and commits',
      (n) => ({
        reviews: range(n).map((i) => review(`r${i}`, 'APPROVED', undefined, '2026-01-01T00:00:00Z', i)),
        commits: range(n).map((i) => ({ sha: String(i), author: `r${i * 2}`, committer: 'web-flow' })),
        permissions: () => 'write' as const,
      }),
      (facts) =>
        evaluate(
          reviews,
          { approvals: 1, code_owners: false, invalidate_on_push: true, block_on_changes_requested: true, allow_contributor: false },
          facts,
        ),
      2000,
    ));
});

describe('SBOM readers', () => {
  const purl = (i: number) => `pkg:npm/p${i}@1.0.${i}`;
  const cdxJson = (n: number) =>
    JSON.stringify(
      {
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        version: 1,
        metadata: { timestamp: '2026-01-01T00:00:00Z' },
        components: range(n).map((i) => ({
          type: 'library',
          name: `p${i}`,
          version: `1.0.${i}`,
          purl: purl(i),
          'bom-ref': purl(i),
          supplier: { name: 'acme' },
        })),
        dependencies: range(n).map((i) => ({ ref: purl(i), dependsOn: i ? [purl(i - 1)] : [] })),
      },
      null,
      2,
    );
  const cdxXml = (n: number) =>
    `<?xml version="1.0"?>\n<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">\n<metadata><timestamp>2026-01-01T00:00:00Z</timestamp></metadata>\n<components>\n${lines(
      n,
      (i) =>
        `<component type="library" bom-ref="${purl(i)}"><supplier><name>acme</name></supplier><name>p${i}</name><version>1.0.${i}</version><purl>${purl(i)}</purl></component>\n`,
    )}</components>\n</bom>\n`;
  const spdxJson = (n: number) =>
    JSON.stringify(
      {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: 'pump',
        documentNamespace: 'https://example.com/pump',
        creationInfo: { created: '2026-01-01T00:00:00Z', creators: ['Tool: x'] },
        packages: range(n).map((i) => ({
          SPDXID: `SPDXRef-p${i}`,
          name: `p${i}`,
          versionInfo: `1.0.${i}`,
          downloadLocation: 'NOASSERTION',
          supplier: 'Organization: acme',
          externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: purl(i) }],
        })),
        relationships: range(n).map((i) => ({
          spdxElementId: 'SPDXRef-DOCUMENT',
          relationshipType: 'DESCRIBES',
          relatedSpdxElement: `SPDXRef-p${i}`,
        })),
      },
      null,
      2,
    );
  const TV_HEAD =
    'SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\nSPDXID: SPDXRef-DOCUMENT\nDocumentName: pump\nDocumentNamespace: https://example.com/pump\nCreator: Tool: x\nCreated: 2026-01-01T00:00:00Z\n';
  const tagValue = (n: number) =>
    `${TV_HEAD}${lines(n, (i) => `\nPackageName: p${i}\nSPDXID: SPDXRef-p${i}\nPackageVersion: 1.0.${i}\nPackageDownloadLocation: NOASSERTION\nPackageLicenseDeclared: MIT\nExternalRef: PACKAGE-MANAGER purl ${purl(i)}\nValidUntilDate: 2030-01-01T00:00:00Z\nRelationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-p${i}\n`)}`;
  const read = (path: string) => (text: string) => {
    const r = readSbom({ path, text });
    if (!r.document) throw new Error(`${path} was not read: ${r.issues[0]?.message}`);
    return r;
  };

  it('CycloneDX JSON', () => linear('CycloneDX JSON components', cdxJson, read('bom.json'), 1000));
  it('CycloneDX XML', () => linear('CycloneDX XML components', cdxXml, read('bom.xml'), 150));
  it('SPDX JSON', () => linear('SPDX JSON packages', spdxJson, read('sbom.spdx.json'), 8000));
  it('SPDX tag-value', () => linear('SPDX tag-value packages', tagValue, read('sbom.spdx'), 4000));
  it('SPDX annotation comments: pairs read as before; a long line of spaces is linear (the old regex took 12 s for 2,000)', async () => {
    expect(
      annotationPairs(
        'support-level: maintained\r\n  end-of-support = 2027-01-01 \nno pair here\n: no key\nkey:   \nurl: https://x.example/a=b',
      ),
    ).toEqual([
      ['support-level', 'maintained'],
      ['end-of-support', '2027-01-01'],
      ['url', 'https://x.example/a=b'],
    ]);
    await linear(
      'SPDX annotation, a line of spaces',
      (n) => ' '.repeat(n),
      (t) => {
        for (let i = 0; i < 20; i++) annotationPairs(t);
      },
      20_000,
    );
    await linear(
      'SPDX annotation, spaces between words',
      (n) => `a${' '.repeat(n)}b${' '.repeat(n)}: c${' '.repeat(n)}`,
      annotationPairs,
      20_000,
    );
    await linear(
      'SPDX JSON annotation of many lines',
      (n) =>
        spdxJson(1).replace(
          '"supplier"',
          `"annotations": [{ "annotationType": "OTHER", "annotator": "Tool: x", "annotationDate": "2026-01-01T00:00:00Z", "comment": ${JSON.stringify(lines(n, (i) => `key${i}: value ${i}\n`))} }], "supplier"`,
        ),
      read('sbom.spdx.json'),
      5000,
    );
  });

  it('SBOM detection: blank lines before the first tag (the 64 KiB head it reads once took 15 s)', async () => {
    expect(detectText(`\n\n  \n${TV_HEAD}`)).toMatchObject({ syntax: 'tag-value', family: 'spdx', specVersion: '2.3' });
    // The head is capped at 64 KiB, so the sizes stay below it, and each read is repeated to be timed.
    await expectLinear(
      'SBOM detection, leading blank lines',
      (n) => `${'\n'.repeat(n)}x`,
      (t) => {
        for (let i = 0; i < 200; i++) detectText(t);
      },
      { n: 8000, fixed: true },
    );
  });

  it('SPDX tag-value: one long <text> block, and one package with many licence lines', async () => {
    await linear(
      'SPDX tag-value <text> block',
      (n) => `${TV_HEAD}DocumentComment: <text>${lines(n, (i) => `line ${i} of a long comment\n`)}</text>\n`,
      read('sbom.spdx'),
      5000,
    );
    await linear(
      'SPDX tag-value licence lines',
      (n) =>
        `${TV_HEAD}\nPackageName: p\nSPDXID: SPDXRef-p\nPackageDownloadLocation: NOASSERTION\n${lines(n, (i) => `PackageLicenseDeclared: LicenseRef-${i}\n`)}`,
      read('sbom.spdx'),
      3000,
    );
  });
});

describe('lockfile readers', () => {
  const json = (v: unknown) => JSON.stringify(v, null, 2);
  const toml = (n: number, extra = '') => lines(n, (i) => `[[package]]\nname = "p${i}"\nversion = "1.0.${i}"\n${extra}\n`);
  const generators: Record<string, (n: number) => string> = {
    'package-lock.json': (n) =>
      json({
        name: 'app',
        lockfileVersion: 3,
        packages: { '': { name: 'app' }, ...Object.fromEntries(range(n).map((i) => [`node_modules/p${i}`, { version: `1.0.${i}` }])) },
      }),
    'npm-shrinkwrap.json': (n) =>
      json({ name: 'app', lockfileVersion: 1, dependencies: Object.fromEntries(range(n).map((i) => [`p${i}`, { version: `1.0.${i}` }])) }),
    'yarn.lock': (n) =>
      `# yarn lockfile v1\n\n${lines(n, (i) => `p${i}@^1.0.0:\n  version "1.0.${i}"\n  resolved "https://registry.yarnpkg.com/p${i}/-/p${i}-1.0.${i}.tgz"\n\n`)}`,
    'pnpm-lock.yaml': (n) =>
      `lockfileVersion: '6.0'\npackages:\n${lines(n, (i) => `  /p${i}@1.0.${i}:\n    resolution: {integrity: sha512-x}\n`)}`,
    'requirements.txt': (n) => lines(n, (i) => `p${i}==1.0.${i}\n`),
    'poetry.lock': (n) => toml(n),
    'uv.lock': (n) => `version = 1\n${toml(n, 'source = { registry = "https://pypi.org/simple" }\n')}`,
    'Pipfile.lock': (n) => json({ default: Object.fromEntries(range(n).map((i) => [`p${i}`, { version: `==1.0.${i}` }])), develop: {} }),
    'Cargo.lock': (n) => `version = 3\n${toml(n, 'source = "registry+https://github.com/rust-lang/crates.io-index"\n')}`,
    'go.sum': (n) => lines(n, (i) => `github.com/o/p${i} v1.0.${i} h1:abc=\ngithub.com/o/p${i} v1.0.${i}/go.mod h1:def=\n`),
    'go.mod': (n) => `module x\n\ngo 1.21\n\nrequire (\n${lines(n, (i) => `\tgithub.com/o/p${i} v1.0.${i}\n`)})\n`,
    'Gemfile.lock': (n) =>
      `GEM\n  remote: https://rubygems.org/\n  specs:\n${lines(n, (i) => `    p${i} (1.0.${i})\n      racc (~> 1.4)\n`)}\nPLATFORMS\n  ruby\n`,
    'composer.lock': (n) => json({ packages: range(n).map((i) => ({ name: `v/p${i}`, version: `v1.0.${i}` })), 'packages-dev': [] }),
    'packages.lock.json': (n) =>
      json({
        version: 1,
        dependencies: { net8: Object.fromEntries(range(n).map((i) => [`P${i}`, { type: 'Direct', resolved: `1.0.${i}` }])) },
      }),
    'gradle.lockfile': (n) => `# comment\n${lines(n, (i) => `com.acme:p${i}:1.0.${i}=compileClasspath\n`)}empty=\n`,
    'pom.xml': (n) =>
      `<project>\n<version>1.0</version>\n<dependencies>\n${lines(n, (i) => `<dependency>\n<groupId>com.acme</groupId><artifactId>p${i}</artifactId><version>1.0.${i}</version>\n</dependency>\n`)}</dependencies>\n</project>\n`,
  };
  // Slower readers start smaller (the helper doubles n until a run takes some milliseconds); fast ones start large
  // enough that the smaller input does not fit in a cache the larger one misses.
  const start: Record<string, number> = {
    'yarn.lock': 150,
    'uv.lock': 300,
    'Pipfile.lock': 16_000,
    'composer.lock': 16_000,
    'packages.lock.json': 16_000,
  };
  for (const [name, generate] of Object.entries(generators)) {
    it(name, async () => {
      expect(readLockfile(name, generate(3)).packages.length).toBeGreaterThanOrEqual(3);
      await linear(`${name} packages`, generate, (text) => readLockfile(name, text), start[name] ?? 1000);
    });
  }
});

describe('requirement sources', () => {
  const pattern = 'REQ-[0-9]+';
  it('YAML requirement lists, block and flow style', async () => {
    await linear(
      'YAML requirements (block)',
      (n) =>
        lines(
          n,
          (i) =>
            `- id: REQ-${i}\n  title: Requirement ${i}\n  text: >\n    The pump shall\n    do thing ${i}.\n  class: B\n  parents: [SYS-1]\n`,
        ),
      (t) => parseRequirementFile({ path: 'reqs.yml', format: 'yaml' }, t, pattern),
      300,
    );
    await linear(
      'YAML requirements (flow)',
      (n) => lines(n, (i) => `- { id: REQ-${i}, title: "Requirement ${i}", text: "Do thing ${i}.", parents: [SYS-1] }\n`),
      (t) => parseRequirementFile({ path: 'reqs.yml', format: 'yaml' }, t, pattern),
      300,
    );
  });

  it('Doorstop: many items in a document, and one item with many links', async () => {
    const item = (i: number, links = 1) =>
      `active: true\nderived: false\nheader: ''\nlevel: 1.${i}\nlinks:\n${lines(links, (l) => `- SYS-${l}\n`)}normative: true\nref: ''\nreviewed: null\ntext: |\n  The pump shall do thing ${i}.\n`;
    await linear(
      'Doorstop items',
      (n) =>
        plainFacts({
          head: {
            'reqs/srd/.doorstop.yml': "settings:\n  digits: 3\n  prefix: SRD\n  sep: '-'\n",
            ...Object.fromEntries(range(n).map((i) => [`reqs/srd/SRD-${String(i + 1).padStart(3, '0')}.yml`, item(i)])),
          },
        }),
      (facts) => readRequirementSources([{ path: 'reqs/', format: 'doorstop' }], facts),
      50,
    );
    await linear(
      'Doorstop links',
      (n) => item(1, n),
      (t) => parseRequirementFile({ path: 'reqs/srd/SRD-001.yml', format: 'doorstop' }, t, 'SRD-[0-9]+'),
      300,
    );
  });

  it('StrictDoc', () =>
    linear(
      'StrictDoc requirements',
      (n) =>
        `[DOCUMENT]\nTITLE: SRS\n\n${lines(n, (i) => `[REQUIREMENT]\nUID: REQ-${i}\nTITLE: Requirement ${i}\nSTATEMENT: >>>\nThe pump shall\ndo thing ${i}.\n<<<\nRELATIONS:\n- TYPE: Parent\n  VALUE: SYS-1\n\n`)}`,
      (t) => parseRequirementFile({ path: 'srs.sdoc', format: 'strictdoc' }, t, pattern),
      1000,
    ));
});

describe('risk register and SOUP', () => {
  const REGISTER = `scales:\n  severity: [negligible, minor, serious, critical, catastrophic]\n  probability: [improbable, remote, occasional, probable, frequent]\nacceptability:\n  negligible: frequent\n  minor: probable\n  serious: occasional\n  critical: remote\n  catastrophic: improbable\nhazards:\n`;
  it('risk register: many hazards', () =>
    linear(
      'risk register hazards',
      (n) =>
        REGISTER +
        lines(
          n,
          (i) =>
            `  - id: HAZ-${i}\n    hazard: Hazard ${i}\n    hazardous_situation: Situation ${i}\n    harm: Harm ${i}\n    causes:\n      - { id: CAU-${i}, text: Cause ${i}, software_item: dosing }\n    severity: critical\n    probability: occasional\n    controls:\n      - { id: RC-${i}, requirement: REQ-${i} }\n    residual: { probability: improbable }\n`,
        ),
      (t) => parseRiskRegister(t, 'risk.yml'),
      50,
    ));

  const entry = (name: string, version: string) =>
    `- name: ${name}\n  version: ${version}\n  ecosystem: npm\n  manufacturer: ${name} maintainers\n  purpose: Used for ${name}\n  requirements: REQ-1\n  risk: low\n  anomalies: { reviewed: 2026-01-01, reference: https://example.com/${name} }\n`;
  it('SOUP list: many entries', () =>
    linear(
      'SOUP entries',
      (n) => lines(n, (i) => entry(`p${i}`, `1.0.${i}`)),
      (t) => parseSoupList(t, 'soup.yml'),
      50,
    ));

  it("SOUP list: OpenRegulatory's Markdown table of many rows", () =>
    linear(
      'SOUP table rows',
      (n) =>
        '| Package Name | Programming Language | Version | Website | Last verified at | Risk Level | Requirements |\n|---|---|---|---|---|---|---|\n' +
        lines(n, (i) => `| **p${i}** | JavaScript | \`1.0.${i}\` | https://example.com/p${i} | 2026-01-01 | Low | Parses input ${i} |\n`),
      (t) => parseSoupList(t, 'soup.md', 'openregulatory'),
      50,
    ));

  const lock = (pins: [string, string][]) =>
    JSON.stringify(
      {
        name: 'app',
        lockfileVersion: 3,
        packages: {
          '': { name: 'app', dependencies: Object.fromEntries(pins.map(([n]) => [n, '*'])) },
          ...Object.fromEntries(
            pins.map(([n, v], i) => [i ? `node_modules/x${i}/node_modules/${n}` : `node_modules/${n}`, { version: v }]),
          ),
        },
      },
      null,
      2,
    );
  const soupOptions: SoupOptions = {
    file: 'docs/soup.yml',
    format: 'native',
    lockfiles: 'auto',
    scope: 'all',
    anomaly_review_max_age_days: 100_000,
  };
  it('the SOUP gate: many pins against many entries, and many versions of one package', async () => {
    // What is timed is the whole gate: each input is first checked to be read as meant.
    const pinsOf = (n: number) => range(n).map((i): [string, string] => [`p${i}`, `1.0.${i}`]);
    const listed = await evaluate(soup, soupOptions, {
      head: { 'package-lock.json': lock(pinsOf(3)), 'docs/soup.yml': lines(3, (i) => entry(`p${i}`, `1.0.${i}`)) },
    });
    expect(listed.summary).toBe('3 SOUP items; 3 dependencies of 1 lockfile listed');
    await linear(
      'SOUP gate, distinct packages',
      (n) => {
        const pins = range(n).map((i): [string, string] => [`p${i}`, `1.0.${i}`]);
        return { head: { 'package-lock.json': lock(pins), 'docs/soup.yml': lines(n, (i) => entry(`p${i}`, `1.0.${i}`)) } };
      },
      (facts) => evaluate(soup, soupOptions, facts),
      300,
    );
    await linear(
      'SOUP gate, versions of one package',
      (n) => {
        const pins = range(n).map((i): [string, string] => ['same', `2.0.${i}`]);
        const l = lock(pins);
        return {
          base: { 'package-lock.json': lock(range(n).map((i): [string, string] => ['same', `1.0.${i}`])) },
          head: { 'package-lock.json': l, 'docs/soup.yml': lines(n, (i) => entry('same', `1.0.${i}`)) },
          changed: ['package-lock.json'],
        };
      },
      (facts) => evaluate(soup, soupOptions, facts),
      300,
    );
  });
});

describe('vulnerability evidence', () => {
  const purl = (i: number) => `pkg:npm/p${i}@1.0.0`;
  const record = (id: string, affected: unknown[]) => ({
    id,
    modified: '2026-01-01T00:00:00Z',
    summary: 'x',
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
    affected,
  });
  const affectedOf = (i: number) => ({
    package: { ecosystem: 'npm', name: `p${i}` },
    ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.0.1' }] }],
    versions: ['1.0.0'],
  });

  it('VEX: many statements', () =>
    linear(
      'VEX statements',
      (n) =>
        JSON.stringify({
          bomFormat: 'CycloneDX',
          specVersion: '1.6',
          version: 1,
          vulnerabilities: range(n).map((i) => ({
            id: `CVE-2026-${10000 + i}`,
            analysis: { state: 'not_affected', justification: 'code_not_reachable', detail: 'x', lastUpdated: '2026-01-01T00:00:00Z' },
            affects: [{ ref: purl(i) }],
          })),
        }),
      (t) => readVex('security/vex/v.json', t),
      300,
    ));

  it('OSV records: one record with many affected entries; a KEV catalog with many entries', async () => {
    await linear(
      'OSV record affected entries',
      (n) => JSON.parse(JSON.stringify(record('GHSA-x', range(n).map(affectedOf)))),
      (v) => [osvRecordProblem(v), asOsvRecord(v)],
      600,
    );
    await linear(
      'KEV entries',
      (n) =>
        JSON.stringify({
          catalogVersion: '1',
          vulnerabilities: range(n).map((i) => ({ cveID: `CVE-2026-${i}`, dateAdded: '2026-01-01' })),
        }),
      readKevCatalog,
      5000,
    );
  });

  const bom = (n: number) =>
    JSON.stringify(
      {
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        version: 1,
        metadata: { timestamp: '2026-01-01T00:00:00Z' },
        components: range(n).map((i) => ({ type: 'library', name: `p${i}`, version: '1.0.0', purl: purl(i), 'bom-ref': purl(i) })),
      },
      null,
      2,
    );
  const options: VulnerabilitiesOptions = {
    source: 'offline',
    osv_api: 'https://api.osv.dev',
    offline: 'security/osv/',
    fail_on: 'high',
    vex: ['security/vex/**/*.json'],
    vex_max_age_days: 100_000,
    max_file_bytes: 1 << 28,
  };

  it('the vulnerabilities gate: many components, offline records and VEX statements', () =>
    linear(
      'vulnerabilities gate',
      (n) => {
        // Every tenth component has a record; half of those are assessed; the rest have VEX statements of their own.
        const records = Object.fromEntries(
          range(n / 10).map((r) => [`security/osv/GHSA-${r}.json`, JSON.stringify(record(`GHSA-${r}`, [affectedOf(r * 10)]))]),
        );
        const vex = JSON.stringify({
          bomFormat: 'CycloneDX',
          specVersion: '1.6',
          version: 1,
          vulnerabilities: range(n / 2).map((i) => ({
            id: i % 10 === 0 ? `GHSA-${i / 10}` : `CVE-2026-${i}`,
            analysis: { state: 'not_affected', justification: 'code_not_reachable', detail: 'x', lastUpdated: '2026-01-01T00:00:00Z' },
            affects: [{ ref: purl(i) }],
          })),
        });
        return { base: records, head: { ...records, 'bom.json': bom(n), 'security/vex/v.json': vex } };
      },
      (facts) => evaluate(vulnerabilities, { ...options, paths: ['bom.json'] }, facts),
      200,
    ));

  it('the VEX skeleton of many open vulnerabilities', () =>
    linear(
      'VEX skeleton',
      (n) =>
        range(n).map((i) => {
          const v = asOsvRecord(record(`GHSA-${i % 50}`, [affectedOf(i)]))!;
          return {
            component: { name: `p${i}`, version: '1.0.0', purl: purl(i), licenses: [], pointer: `/components/${i}` },
            sbom: 'bom.json',
            vulnerability: v,
            ids: [v.id],
            severity: { level: 'critical' as const, score: 9.8, source: 'CVSS:3.1' },
          };
        }),
      (open) => vexSkeleton(open, new Date('2026-01-01T00:00:00Z')),
      2000,
    ));
});
