import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parseJUnit } from '../src/parsers/junit.js';
import { readKevCatalog } from '../src/parsers/kev.js';
import { readLockfile } from '../src/parsers/lockfiles/index.js';
import {
  affectsVersion,
  asOsvRecord,
  compareVersionStrings,
  cvssBaseScore,
  fixedVersions,
  idsOf,
  osvSeverity,
} from '../src/parsers/osv.js';
import { parseDoorstopSettings, parseRequirementFile } from '../src/parsers/requirements/index.js';
import type { RequirementFile } from '../src/parsers/requirements/index.js';
import { parseRiskRegister } from '../src/parsers/risk/index.js';
import { checkIntegrity, inspectSbom, readSbom } from '../src/parsers/sbom/index.js';
import { parseSoupList } from '../src/parsers/soup/index.js';
import { readVex } from '../src/parsers/vex/index.js';

// Every reader of repository content under arbitrary and mutated input: a result, with findings that carry a
// message and a real line where they have one — never a throw, and within a time bound. The seeds are real
// documents (the example repository, the specifications' own examples); the mutations cut, insert and splice
// in the tokens that break parsers (quotes, brackets, YAML aliases, XML declarations, NUL, lone surrogates).

const example = (path: string) => readFileSync(new URL(`../examples/infusion-pump/${path}`, import.meta.url), 'utf8');
const fixture = (path: string) => readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8');
const conformance = (path: string) => readFileSync(new URL(`./fixtures/conformance/${path}`, import.meta.url), 'utf8');

/** Each call of a reader gets this long; real inputs of these sizes take a few milliseconds. */
const TIME_BOUND_MS = 2000;
const RUNS = 150;

const HOSTILE = [
  '\0',
  '"',
  "'",
  '`',
  '{',
  '}',
  '[',
  ']',
  '<',
  '>',
  '&',
  '&a;',
  '*',
  '*a',
  '&a ',
  ': ',
  '- ',
  '|',
  '>>>',
  '<<<',
  '\n',
  '\r\n',
  '\t',
  '#',
  '\uFEFF',
  '\uD800',
  ']]>',
  '<![CDATA[',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '<?xml version="1.0"?>',
  '${x}',
  '%',
  '\\',
  '@team',
  '9'.repeat(400),
  '-1',
  'null',
  'true',
  '1e999',
  '__proto__',
  'constructor',
];

const edit = fc.tuple(fc.nat(), fc.nat(12), fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 8 })));

/** A seed cut and spliced at up to five places. */
function mutated(seed: string): fc.Arbitrary<string> {
  return fc.array(edit, { minLength: 1, maxLength: 5 }).map((edits) => {
    let text = seed;
    for (const [at, cut, insert] of edits) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + insert + text.slice(i + cut);
    }
    return text;
  });
}

/** Arbitrary text, unicode included, and the seed mutated. */
function inputs(seed: string): fc.Arbitrary<string> {
  return fc.oneof(fc.string({ maxLength: 300, unit: 'binary' }), mutated(seed), mutated(seed));
}

/** A JSON seed with one value, anywhere in it, replaced by an arbitrary JSON value. */
function replacedJson(seed: string): fc.Arbitrary<string> {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(JSON.parse(seed), []);
  return fc.tuple(fc.nat(paths.length - 1), fc.jsonValue({ maxDepth: 3 })).map(([i, value]) => {
    const doc = JSON.parse(seed) as unknown;
    const path = paths[i]!;
    if (path.length === 0) return JSON.stringify(value);
    let parent = doc as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    parent[path[path.length - 1]!] = value;
    return JSON.stringify(doc, null, 2);
  });
}

interface Placed {
  message?: unknown;
  line?: unknown;
  severity?: unknown;
}

/** Findings (or issues) say something, and a line they give is a line of the input. */
function expectWellFormed(list: readonly Placed[], text: string): void {
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const f of list) {
    expect(typeof f.message === 'string' && f.message.length > 0, JSON.stringify(f)).toBe(true);
    if (f.severity !== undefined) expect(['error', 'warning', 'notice']).toContain(f.severity);
    if (f.line !== undefined) {
      expect(Number.isInteger(f.line), JSON.stringify(f)).toBe(true);
      expect(f.line as number, JSON.stringify(f)).toBeGreaterThanOrEqual(1);
      // Lines count from the input as given; a reader may also count U+2028/9 or a trailing newline.
      expect(f.line as number, JSON.stringify(f)).toBeLessThanOrEqual(lines + text.split(/[\u2028\u2029]/).length);
    }
  }
}

function timed<T>(read: () => T): T {
  const started = performance.now();
  const result = read();
  expect(performance.now() - started).toBeLessThan(TIME_BOUND_MS);
  return result;
}

async function timedAsync<T>(read: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await read();
  expect(performance.now() - started).toBeLessThan(TIME_BOUND_MS);
  return result;
}

describe('SBOM readers under arbitrary input', () => {
  const seeds = {
    'CycloneDX JSON': example('sbom.cdx.json'),
    'CycloneDX XML': conformance('cyclonedx/1.6/valid-dependency-1.6.xml'),
    'SPDX JSON': conformance('spdx/SPDXJSONExample-v2.3.spdx.json'),
    'SPDX tag-value': conformance('spdx/SPDXTagExample-v2.3.spdx'),
  };

  for (const [name, seed] of Object.entries(seeds)) {
    it(`${name}: a document, or issues with a place — never a throw`, async () => {
      // The seed itself reads cleanly, so the mutations start from something the reader accepts.
      expect(readSbom({ path: 'bom', text: seed }).document).toBeDefined();
      // The bound is on reading: the schemas are loaded and the validators of a valid and an invalid document
      // compiled once, before the clock (a process pays that once, whatever it reads).
      if (name.endsWith('JSON')) {
        await inspectSbom({ path: 'bom', text: seed }, { schema: true });
        await inspectSbom({ path: 'bom', text: JSON.stringify({ ...(JSON.parse(seed) as object), unexpected: true }) }, { schema: true });
      }
      const arbitrary = name.endsWith('JSON') ? fc.oneof(inputs(seed), replacedJson(seed)) : inputs(seed);
      await fc.assert(
        fc.asyncProperty(arbitrary, async (text) => {
          // The JSON Schema runs in process; the XSD runs in a worker and is exercised by the conformance tests.
          const r = await timedAsync(() => inspectSbom({ path: 'bom', text }, { schema: !name.endsWith('XML') }));
          expectWellFormed(
            r.issues.filter((i) => i.pointer === undefined),
            text,
          );
          if (r.document) expectWellFormed(checkIntegrity(r.document), text);
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe('lockfile readers under arbitrary input', () => {
  const seeds: Record<string, string> = {
    'package-lock.json': JSON.stringify(
      {
        lockfileVersion: 3,
        packages: {
          '': { name: 'app', dependencies: { a: '^1' } },
          'node_modules/a': { version: '1.0.0' },
          'node_modules/@s/b': { version: '2.0.0', dev: true },
        },
      },
      null,
      2,
    ),
    'npm-shrinkwrap.json': JSON.stringify(
      { lockfileVersion: 1, dependencies: { a: { version: '1.0.0', dependencies: { c: { version: '3.0.0' } } } } },
      null,
      2,
    ),
    'yarn.lock':
      '# yarn lockfile v1\n\n\n"@babel/code-frame@^7.0.0", "@babel/code-frame@^7.10.4":\n  version "7.12.13"\n  resolved "https://registry.yarnpkg.com/x"\n\nlodash@^4.17.21:\n  version "4.17.21"\n',
    'pnpm-lock.yaml':
      "lockfileVersion: '6.0'\npackages:\n  /lodash@4.17.21:\n    resolution: {integrity: sha512-x}\n  /@types/node@20.1.0(foo@1.0.0):\n    dev: true\n",
    'requirements.txt': '# deps\nDjango==4.2.1  # web\nrequests[socks]==2.31.0 ; python_version > "3.8"\nflask>=2\n-r other.txt\n',
    'poetry.lock': '[[package]]\nname = "Typing_Extensions"\nversion = "4.8.0"\n',
    'uv.lock': 'version = 1\n[[package]]\nname = "idna"\nversion = "3.6"\nsource = { registry = "https://pypi.org/simple" }\n',
    'Pipfile.lock': JSON.stringify({ default: { Requests: { version: '==2.31.0' } }, develop: {} }, null, 2),
    'Cargo.lock':
      'version = 3\n[[package]]\nname = "serde"\nversion = "1.0.190"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n',
    'go.sum': 'github.com/pkg/errors v0.9.1 h1:abc=\ngithub.com/pkg/errors v0.9.1/go.mod h1:def=\n',
    'go.mod': 'module x\n\ngo 1.21\n\nrequire (\n\tgithub.com/pkg/errors v0.9.1\n\tgolang.org/x/sys v0.1.0 // indirect\n)\n',
    'Gemfile.lock':
      'GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (3.0.8)\n    nokogiri (1.15.4-x86_64-linux)\n      racc (~> 1.4)\n\nPLATFORMS\n  ruby\n',
    'composer.lock': JSON.stringify({ packages: [{ name: 'monolog/monolog', version: 'v3.5.0' }], 'packages-dev': [] }, null, 2),
    'packages.lock.json': JSON.stringify(
      { version: 1, dependencies: { net8: { 'Newtonsoft.Json': { type: 'Direct', resolved: '13.0.3' } } } },
      null,
      2,
    ),
    'gradle.lockfile': '# comment\ncom.google.guava:guava:32.1.3-jre=compileClasspath\nempty=\n',
    'pom.xml':
      '<project>\n<version>1.0</version>\n<properties><junit.version>5.10.0</junit.version></properties>\n<dependencies>\n<dependency>\n<groupId>org.junit</groupId><artifactId>junit</artifactId><version>${junit.version}</version><scope>test</scope>\n</dependency>\n</dependencies>\n</project>\n',
  };

  for (const [name, seed] of Object.entries(seeds)) {
    it(`${name}: packages, or findings with the file and a line — never a throw`, () => {
      expect(readLockfile(name, seed).packages.length).toBeGreaterThan(0);
      const arbitrary = name.endsWith('.json') ? fc.oneof(inputs(seed), replacedJson(seed)) : inputs(seed);
      fc.assert(
        fc.property(arbitrary, (text) => {
          const r = timed(() => readLockfile(name, text));
          expectWellFormed(r.findings, text);
          for (const f of r.findings) expect(f.file).toBe(name);
          for (const p of r.packages) {
            expect(typeof p.purl === 'string' && p.purl.startsWith('pkg:')).toBe(true);
            if (p.line !== undefined) expect(p.line).toBeGreaterThanOrEqual(1);
          }
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe('requirement readers and JUnit under arbitrary input', () => {
  const formats: [RequirementFile, string][] = [
    [{ path: 'docs/requirements/ui.yml', format: 'yaml' }, example('docs/requirements/ui.yml')],
    [{ path: 'docs/requirements/srs.md', format: 'markdown' }, example('docs/requirements/srs.md')],
    [{ path: 'reqs/SRD-001.yml', format: 'doorstop' }, fixture('requirements/doorstop/srd/SRD-001.yml')],
    [{ path: 'reqs/SRD-004.md', format: 'doorstop' }, fixture('requirements/doorstop/srd/SRD-004.md')],
    [{ path: 'docs/pump.sdoc', format: 'strictdoc' }, fixture('requirements/pump.sdoc')],
  ];
  for (const [file, seed] of formats) {
    it(`${file.format} (${file.path.split('.').pop()}): requirements with lines, or findings — never a throw`, () => {
      expect(parseRequirementFile(file, seed, '[A-Z][A-Z0-9]*-[0-9]+').requirements.length).toBeGreaterThan(0);
      fc.assert(
        fc.property(inputs(seed), (text) => {
          const r = timed(() => parseRequirementFile(file, text, '[A-Z][A-Z0-9]*-[0-9]+'));
          expectWellFormed(r.findings, text);
          for (const q of r.requirements) expectWellFormed([{ message: q.id, line: q.line }], text);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('Doorstop document settings: settings, or a finding — never a throw', () => {
    const seed = fixture('requirements/doorstop/srd/.doorstop.yml');
    expect(parseDoorstopSettings(seed, '.doorstop.yml').settings.prefix).toBe('SRD');
    fc.assert(
      fc.property(inputs(seed), (text) => {
        const r = timed(() => parseDoorstopSettings(text, '.doorstop.yml'));
        expectWellFormed(r.findings, text);
      }),
      { numRuns: RUNS },
    );
  });

  it('JUnit XML: test cases with lines, or findings — never a throw', () => {
    const seed = example('reports/junit.xml');
    expect(parseJUnit(seed, 'reports/junit.xml').cases.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(inputs(seed), (text) => {
        const r = timed(() => parseJUnit(text, 'reports/junit.xml'));
        expectWellFormed(r.findings, text);
        for (const c of r.cases) expectWellFormed([{ message: c.name || '(unnamed)', line: c.line }], text);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('risk, SOUP, VEX, KEV and OSV readers under arbitrary input', () => {
  const RDM = `risk_levels:\n  - label: Low\n  - label: High\nrisk_probability_levels:\n  - label: Low\n  - label: High\nrisk_severity_levels:\n  - label: Minor\n  - label: Critical\nrisk_acceptability_matrix:\n  - [Low, Low]\n  - [Low, High]\nrisks:\n  - id: 1\n    hazard: Incorrect information\n    hazardous_situation: The clinician sees a wrong dose\n    harm: Wrong therapy\n    severity: Critical\n    probability: High\n    control_measures:\n      desciption: Range check\n      requirement: REQ-001\n    residual_probability: Low\n`;
  const OPENREGULATORY = `# SOUP List\n\n| ID | Software System | Package Name | Programming Language | Version | Website | Last verified at | Risk Level | Requirements | Verification Reasoning |\n|----|----|----|----|----|----|----|----|----|----|\n| 1 | Backend | is-number | JavaScript | 7.0.0 | https://github.com/jonschlinkert/is-number | 2026-01-01 | Low | Finite numbers | Widely used |\n`;
  const OPENVEX = JSON.stringify(
    {
      '@context': 'https://openvex.dev/ns/v0.2.0',
      '@id': 'https://example.invalid/vex/1',
      author: 'Pump QA',
      timestamp: '2026-01-01T00:00:00Z',
      version: 1,
      statements: [
        {
          vulnerability: { name: 'GHSA-35jh-r3h4-6jhm', aliases: ['CVE-2021-23337'] },
          products: [{ '@id': 'pkg:github/acme/pump@1.0.0', subcomponents: [{ '@id': 'pkg:npm/lodash@4.17.20' }] }],
          status: 'not_affected',
          justification: 'vulnerable_code_not_in_execute_path',
        },
      ],
    },
    null,
    2,
  );
  const KEV = JSON.stringify(
    {
      catalogVersion: '2026.01.01',
      vulnerabilities: [{ cveID: 'CVE-2021-44228', dateAdded: '2021-12-10', dueDate: '2021-12-24', knownRansomwareCampaignUse: 'Known' }],
    },
    null,
    2,
  );

  const cases: [string, string, (text: string) => { findings?: Placed[]; issues?: Placed[] }][] = [
    ['risk register (native)', example('docs/risk/risk-register.yml'), (t) => parseRiskRegister(t, 'docs/risk/risk-register.yml')],
    ['risk register (rdm)', RDM, (t) => parseRiskRegister(t, 'data/risk.yml', 'rdm')],
    ['SOUP list (native)', example('docs/soup.yml'), (t) => parseSoupList(t, 'docs/soup.yml')],
    ['SOUP list (OpenRegulatory)', OPENREGULATORY, (t) => parseSoupList(t, 'docs/soup.md', 'openregulatory')],
    ['CycloneDX VEX', example('security/vex/sp200.vex.cdx.json'), (t) => readVex('security/vex/sp200.vex.cdx.json', t)],
    ['OpenVEX', OPENVEX, (t) => readVex('v.openvex.json', t)],
  ];
  for (const [name, seed, read] of cases) {
    it(`${name}: a result with findings that say where — never a throw`, () => {
      expect([...(read(seed).findings ?? []), ...(read(seed).issues ?? [])].filter((f) => f.severity === 'error')).toEqual([]);
      const arbitrary = seed.trimStart().startsWith('{') ? fc.oneof(inputs(seed), replacedJson(seed)) : inputs(seed);
      fc.assert(
        fc.property(arbitrary, (text) => {
          const r = timed(() => read(text));
          expectWellFormed([...(r.findings ?? []), ...(r.issues ?? [])], text);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('KEV catalog: entries, or a message with a line — never a throw', () => {
    expect(readKevCatalog(KEV).ok).toBe(true);
    fc.assert(
      fc.property(fc.oneof(inputs(KEV), replacedJson(KEV)), (text) => {
        const r = timed(() => readKevCatalog(text));
        if (!r.ok) expectWellFormed([{ message: r.message, line: r.line }], text);
        else for (const id of r.entries.keys()) expect(id).toBe(id.toUpperCase());
      }),
      { numRuns: RUNS },
    );
  });

  it('OSV records: any JSON value is a record or not, and what is read from a record never throws', () => {
    const seeds = ['GHSA-29mw-wpgm-hmr9.json', 'GHSA-35jh-r3h4-6jhm.json'].map((f) => fixture(`osv/${f}`));
    for (const seed of seeds) expect(asOsvRecord(JSON.parse(seed))).toBeDefined();
    const purl = fc.constantFrom('pkg:npm/lodash@4.17.20', 'pkg:npm/yaml@2.0.1', 'pkg:pypi/django@4.2.1', 'pkg:npm/x', 'not a purl', '');
    fc.assert(
      fc.property(
        fc.oneof(
          ...seeds.map(replacedJson),
          fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
        ),
        purl,
        (text, p) => {
          const record = asOsvRecord(JSON.parse(text));
          if (!record) return;
          timed(() => {
            idsOf(record);
            osvSeverity(record);
            fixedVersions(record, p);
            affectsVersion(record, p);
          });
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('CVSS vectors and version strings: arbitrary text scores or not, and versions order consistently', () => {
    // The calculator logs what it cannot read; only well-formed vectors reach it, so nothing reaches the log.
    const warn = vi.spyOn(console, 'warn');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 120 }),
          fc.constantFrom(
            'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
            'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
            'CVSS:3.1/AV:N',
          ),
        ),
        (vector) => {
          const score = timed(() => cvssBaseScore(vector));
          if (score !== undefined) expect(score >= 0 && score <= 10).toBe(true);
        },
      ),
      { numRuns: RUNS * 2 },
    );
    expect(cvssBaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBe(9.8);
    expect(cvssBaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/:E')).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    const version = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.array(fc.nat(20), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.')),
      fc.stringMatching(/^[0-9]{1,30}(\.[0-9]{1,3}){0,3}(-[a-z0-9.]{1,6})?$/),
    );
    fc.assert(
      fc.property(version, version, (a, b) => {
        expect(Math.sign(compareVersionStrings(a, b))).toBe(-Math.sign(compareVersionStrings(b, a)) || 0);
        expect(compareVersionStrings(a, a)).toBe(0);
        expect(Number.isNaN(compareVersionStrings(a, b))).toBe(false);
      }),
      { numRuns: RUNS * 2 },
    );
    // Leading zeros do not end the comparison early, and long numbers are compared by their digits.
    expect(compareVersionStrings('01.2', '1.3')).toBeLessThan(0);
    expect(compareVersionStrings('9'.repeat(400), '8'.repeat(400))).toBeGreaterThan(0);
    expect(compareVersionStrings('1.10', '1.4')).toBeGreaterThan(0);
    expect(compareVersionStrings('2.0.0-rc.1', '2.0.0')).toBeLessThan(0);
  });
});

describe('YAML readers print nothing of their own', () => {
  it('an unknown tag is ignored, never a warning on the process', async () => {
    const warn = vi.spyOn(process, 'emitWarning');
    try {
      // Well-formed YAML whose only fault is a tag no schema resolves: yaml warns about it rather than failing.
      const text = '- id: R-1\n  title: !w x\n  text: !w y\n';
      parseRequirementFile({ path: 'r.yml', format: 'yaml' }, text, 'R-[0-9]+');
      parseRequirementFile({ path: 'r/R-1.yml', format: 'doorstop' }, text, 'R-[0-9]+');
      parseRiskRegister(text, 'risk.yml');
      parseSoupList(text, 'soup.yml');
      readLockfile('pnpm-lock.yaml', text);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});
