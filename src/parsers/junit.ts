import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Finding } from '../types.js';
import { scalarText } from '../util/text.js';
import { doctypeHazard, findDoctype } from './xml-doctype.js';

// JUnit XML test reports (the de-facto format of JUnit, pytest, vitest, Jest, Go, ctest ...): <testsuites> of
// <testsuite> (nested or not) of <testcase name classname file>, each with <failure>/<error>/<skipped> when it did
// not pass, and optional <properties><property name value/></properties>. Pure: text in, cases and findings out.

export type CaseStatus = 'passed' | 'failed' | 'skipped';

export interface TestCase {
  name: string;
  classname: string;
  status: CaseStatus;
  /** Values of <property name="requirement"|"tested-item-id" value="..."/> (Ketryx uses tested-item-id). */
  requirementProperties: string[];
  /** The report it came from, and the line of its <testcase>. */
  report: string;
  line: number;
}

export interface JUnitRead {
  cases: TestCase[];
  findings: Finding[];
}

const REQUIREMENT_PROPERTIES = new Set(['requirement', 'requirements', 'tested-item-id', 'tested_item_id']);
const ARRAYS = new Set(['testsuites', 'testsuite', 'testcase', 'property', 'properties', 'failure', 'error', 'skipped']);

export function parseJUnit(text: string, report: string): JUnitRead {
  const notXml = (why: string, line: number): JUnitRead => ({
    cases: [],
    findings: [{ severity: 'error', message: `${report} is not well-formed XML (${why}); its test results were not read — regenerate the JUnit report.`, file: report, line }],
  });
  // Refused before any parser sees the text: nothing is expanded or fetched (no entity bomb, no XXE).
  const doctype = findDoctype(text);
  if (doctype) {
    return {
      cases: [],
      findings: [{ severity: 'error', message: `${report} ${doctypeHazard(doctype)}; a JUnit report has no DOCTYPE, and this gate neither loads nor expands one, so its test results were not read — remove the DOCTYPE or regenerate the report.`, file: report, line: doctype.line }],
    };
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) return notXml(valid.err.msg, valid.err.line);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    // Only the predefined entities and character references: a DOCTYPE never gets this far.
    processEntities: true,
    isArray: (name) => ARRAYS.has(name),
  });
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(text) as Record<string, unknown>;
  } catch (e) {
    // The validator lets through some malformed declarations that the parser then refuses (an unclosed <?xml ...?>).
    return notXml((e as Error).message, 1);
  }
  const cases: TestCase[] = [];
  const lines = caseLines(text);
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    for (const c of asArray(n.testcase)) {
      const tc = (c && typeof c === 'object' ? c : {}) as Record<string, unknown>;
      const status: CaseStatus = asArray(tc.failure).length || asArray(tc.error).length ? 'failed' : asArray(tc.skipped).length ? 'skipped' : 'passed';
      const props = asArray(tc.properties).flatMap((p) => asArray((p as Record<string, unknown>)?.property)) as Record<string, unknown>[];
      const requirementProperties = props
        .filter((p) => typeof p?.name === 'string' && REQUIREMENT_PROPERTIES.has(p.name.toLowerCase()))
        .map((p) => (p.value !== undefined && p.value !== null ? scalarText(p.value) : scalarText(p['#text'])));
      cases.push({
        name: scalarText(tc.name),
        classname: scalarText(tc.classname),
        status,
        requirementProperties,
        report,
        line: lines[cases.length] ?? 1,
      });
    }
    for (const s of asArray(n.testsuite)) visit(s);
    for (const s of asArray(n.testsuites)) visit(s);
  };
  visit(doc);
  if (!('testsuites' in doc) && !('testsuite' in doc)) {
    return { cases, findings: [{ severity: 'error', message: `${report} is XML but not a JUnit report (no <testsuites> or <testsuite>) — point junit at the test report.`, file: report, line: 1 }] };
  }
  return { cases, findings: [] };
}

function asArray(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

/** Lines of each <testcase> in document order. The tree lists a suite's cases before its nested suites, as do most reports. */
function caseLines(text: string): number[] {
  const out: number[] = [];
  let line = 1;
  let last = 0;
  for (const m of text.matchAll(/<testcase[\s>/]/g)) {
    for (let i = text.indexOf('\n', last); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    last = m.index;
    out.push(line);
  }
  return out;
}
