import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXsd } from '../src/parsers/sbom/xsd.js';
import { elementStartLines } from '../src/parsers/sbom/xml-element-lines.js';

// CycloneDX XML is validated against its XSD while streaming (xmllint --stream): no document tree in the wasm heap.
// These tests hold streaming to the tree mode's verdicts, messages and lines on the specification's own documents,
// identity constraints (xs:unique on bom-ref) included.

const ROOT = new URL('./fixtures/conformance/cyclonedx/', import.meta.url).pathname;
const VERSIONS = ['1.2', '1.3', '1.4', '1.5', '1.6', '1.7'];
const XML_CASES = VERSIONS.flatMap((v) =>
  readdirSync(join(ROOT, v))
    .filter((f) => f.endsWith('.xml') && /^(invalid|informal-invalid)-/.test(f))
    .map((f) => ({ version: v, file: f })),
);

describe('streaming XSD validation against the tree mode, on every invalid CycloneDX XML test document of the specification (the valid ones pass streaming in sbom-conformance)', () => {
  it('gives the same verdict, messages and lines for each document', async () => {
    let invalid = 0;
    let identity = 0;
    let moved = 0;
    for (const c of XML_CASES) {
      const text = readFileSync(join(ROOT, c.version, c.file), 'utf8');
      if (/<!DOCTYPE/i.test(text)) continue;
      const tree = await validateXsd(c.version, text, { mode: 'tree' });
      const stream = await validateXsd(c.version, text);
      expect(stream, `${c.version}/${c.file}`).toEqual(tree);
      if (tree.length) invalid++;
      if (tree.some((i) => /Duplicate key-sequence/.test(i.message))) identity++;
      if (tree.some((i) => /Missing child element/.test(i.message))) moved++;
    }
    // The comparison covered rejected documents, duplicate bom-refs (the XSD's xs:unique) and errors found at an
    // element's end, whose streaming line is mapped back to the start tag.
    expect(invalid).toBeGreaterThan(100);
    expect(identity).toBeGreaterThanOrEqual(6);
    expect(moved).toBeGreaterThanOrEqual(6);
  }, 240_000);

  it('a duplicate bom-ref far apart in a large document is found while streaming, at the duplicate start tag', async () => {
    const component = (i: number, ref: string) => `    <component type="library" bom-ref="${ref}">\n      <name>p${i}</name>\n    </component>\n`;
    const parts = ['<?xml version="1.0"?>\n<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">\n  <components>\n'];
    for (let i = 0; i < 5000; i++) parts.push(component(i, i === 4000 ? 'ref-10' : `ref-${i}`));
    parts.push('  </components>\n</bom>\n');
    const issues = await validateXsd('1.6', parts.join(''));
    // component i starts on line 4 + 3i
    expect(issues).toEqual([expect.objectContaining({ line: 4 + 3 * 4000, message: expect.stringMatching(/^Element 'component': Duplicate key-sequence \['ref-10'\] in unique identity-constraint 'bom-ref'/) })]);
  }, 60_000);
});

describe('elementStartLines', () => {
  it('maps end lines to start lines past comments, CDATA, processing instructions and quoted > and / in attributes', () => {
    const xml = [
      '<?xml version="1.0"?>', // 1
      '<a:bom xmlns:a="x">', // 2
      '  <!-- <c>\n  </c> -->', // 3-4
      '  <c x="1 > 2" y=\'/\'>', // 5
      '    <![CDATA[ </c> ]]>', // 6
      '  </c>', // 7
      '  <c', // 8
      '    z="q"/>', // 9
      '  <c>x</c><c>y</c>', // 10
      '</a:bom>', // 11
    ].join('\n');
    expect(elementStartLines(xml, [{ name: 'c', endLine: 7 }, { name: 'c', endLine: 9 }, { name: 'c', endLine: 10 }, { name: 'c', endLine: 10 }, { name: 'bom', endLine: 11 }, { name: 'c', endLine: 3 }])).toEqual([5, 8, 10, 10, 2, undefined]);
  });
});
