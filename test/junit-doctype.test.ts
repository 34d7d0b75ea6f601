import { gateContext } from '../src/policy/context.js';
import { describe, expect, it } from 'vitest';
import { parseJUnit } from '../src/parsers/junit.js';
import { readSbom } from '../src/parsers/sbom/index.js';
import { findDoctype } from '../src/parsers/xml-doctype.js';
import { traceability, type TraceabilityOptions } from '../src/rules/traceability/index.js';
import { DEFAULT_TESTS } from '../src/rules/traceability/matrix.js';
import type { GateOutcome } from '../src/core/rule.js';
import { plainFacts, policy } from './helpers/plain-facts.js';

// JUnit reports are PR content: a DOCTYPE (the only way to declare entities) is refused with its line, and
// nothing in it is expanded — not in the prolog, and not inside an element, where fast-xml-parser would expand it.

const BOMB = '<!DOCTYPE t [<!ENTITY a "REQ-001 REQ-001 REQ-001 REQ-001"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>';

describe('JUnit DOCTYPE', () => {
  it('a DOCTYPE with internal entities in the prolog is refused at its line; no case is read', () => {
    const r = parseJUnit(`<?xml version="1.0"?>\n${BOMB}\n<testsuite><testcase name="&b;"/></testsuite>\n`, 'reports/junit.xml');
    expect(r.cases).toEqual([]);
    expect(r.findings).toEqual([
      {
        severity: 'error',
        file: 'reports/junit.xml',
        line: 2,
        message:
          'reports/junit.xml declares entities (which could expand without bound); a JUnit report has no DOCTYPE, and this gate neither loads nor expands one, so its test results were not read — remove the DOCTYPE or regenerate the report.',
      },
    ]);
  });

  it('a DOCTYPE inside an element (which the XML parser would still expand) is refused too', () => {
    const r = parseJUnit(`<testsuites>\n<testsuite>\n${BOMB}\n<testcase name="&b;"/></testsuite></testsuites>`, 'r.xml');
    expect(r.cases).toEqual([]);
    expect(r.findings).toMatchObject([
      { severity: 'error', file: 'r.xml', line: 3, message: expect.stringContaining('declares entities') },
    ]);
  });

  it('external entities and a bare lower-case doctype are named as such', () => {
    const ext = parseJUnit('<!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><testsuite><testcase name="&x;"/></testsuite>', 'r.xml');
    expect(ext.findings[0]!.message).toContain('declares external entities (which could read files or fetch URLs)');
    const bare = parseJUnit('<!doctype testsuite>\n<testsuite><testcase name="a"/></testsuite>', 'r.xml');
    expect(bare.cases).toEqual([]);
    expect(bare.findings[0]).toMatchObject({ line: 1, message: expect.stringContaining('has a DOCTYPE declaration') });
  });

  it('"<!DOCTYPE" as text in CDATA, a comment or a processing instruction is not a declaration', () => {
    const text =
      '<?xml version="1.0"?>\n<!-- <!DOCTYPE x> -->\n<testsuite>\n<testcase name="a &amp; b"><system-out><![CDATA[<!DOCTYPE html><html/>]]></system-out></testcase>\n</testsuite>';
    expect(findDoctype(text)).toBeUndefined();
    const r = parseJUnit(text, 'r.xml');
    expect(r.findings).toEqual([]);
    expect(r.cases.map((c) => [c.name, c.line])).toEqual([['a & b', 4]]);
  });

  it('through the traceability gate: a report with a DOCTYPE verifies nothing and the gate reports it', async () => {
    const o: TraceabilityOptions = {
      requirements: ['docs/srs.md'],
      id_pattern: 'REQ-[0-9]+',
      tests: DEFAULT_TESTS,
      reference_pattern: null,
      junit: ['reports/*.xml'],
      require_tests: 'all',
      unknown_references: 'error',
      duplicate_ids: 'error',
      suspect: 'error',
    };
    const head = {
      'docs/srs.md': '# SRS\n\n## REQ-001 Rate\nDeliver the rate.\n',
      'test/rate.test.ts': "it('REQ-001', () => {});\n",
      'reports/junit.xml': `${BOMB}\n<testsuite><testcase name="&b;"/></testsuite>\n`,
    };
    const out = (await traceability.evaluate(o, plainFacts({ head }), gateContext(policy(), 'traceability'))) as GateOutcome;
    const errors = out.findings.filter((f) => f.severity === 'error');
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'reports/junit.xml', line: 1, message: expect.stringContaining('a JUnit report has no DOCTYPE') }),
    );
    expect(errors.some((f) => /REQ-001.*not verified/.test(f.message))).toBe(true);
  });
});

describe('CycloneDX XML DOCTYPE', () => {
  it('a DOCTYPE inside an element of an SBOM is refused with its line too, not only one in the prolog', () => {
    const text = `<?xml version="1.0"?>\n<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">\n<components>\n${BOMB}\n<component type="library"><name>&b;</name><version>1</version></component>\n</components>\n</bom>\n`;
    const r = readSbom({ path: 'bom.xml', text });
    expect(r.document).toBeUndefined();
    expect(r.issues).toEqual([
      {
        severity: 'error',
        line: 4,
        message: expect.stringMatching(/^declares entities \(which could expand without bound\); a CycloneDX SBOM has no DOCTYPE/),
      },
    ]);
  });
});
