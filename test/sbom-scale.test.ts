import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectSbom } from '../src/parsers/sbom/index.js';
import { validateXsd, xsdWorkerKept } from '../src/parsers/sbom/xsd.js';
import { elementStartLines } from '../src/parsers/sbom/xml-element-lines.js';
import { expectLinear } from './helpers/scaling.js';

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
    const component = (i: number, ref: string) =>
      `    <component type="library" bom-ref="${ref}">\n      <name>p${i}</name>\n    </component>\n`;
    const parts = ['<?xml version="1.0"?>\n<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">\n  <components>\n'];
    for (let i = 0; i < 5000; i++) parts.push(component(i, i === 4000 ? 'ref-10' : `ref-${i}`));
    parts.push('  </components>\n</bom>\n');
    const issues = await validateXsd('1.6', parts.join(''));
    // component i starts on line 4 + 3i
    expect(issues).toEqual([
      expect.objectContaining({
        line: 4 + 3 * 4000,
        message: expect.stringMatching(/^Element 'component': Duplicate key-sequence \['ref-10'\] in unique identity-constraint 'bom-ref'/),
      }),
    ]);
  }, 60_000);
});

describe('the XSD worker after a large document', () => {
  it('is let go once it has validated it (its memory with it), and the next validation starts another that answers alike', async () => {
    const component = (i: number, ref: string) =>
      `    <component type="library" bom-ref="${ref}">\n      <name>package-with-a-long-name-${i}</name>\n      <version>1.0.${i}</version>\n    </component>\n`;
    const parts = ['<?xml version="1.0"?>\n<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">\n  <components>\n'];
    for (let i = 0; i < 70_000; i++) parts.push(component(i, i === 60_000 ? 'ref-10' : `ref-${i}`));
    parts.push('  </components>\n</bom>\n');
    const large = parts.join('');
    expect(Buffer.byteLength(large)).toBeGreaterThan(8 * 1024 * 1024);
    const duplicate = [
      expect.objectContaining({ line: 4 + 4 * 60_000, message: expect.stringMatching(/Duplicate key-sequence \['ref-10'\]/) }),
    ];
    const small = '<?xml version="1.0"?>\n<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1"/>\n';
    // A small document keeps its worker for the next run; a large one's is let go, and the next run starts another.
    expect(await validateXsd('1.6', small)).toEqual([]);
    expect(xsdWorkerKept()).toBe(true);
    expect(await validateXsd('1.6', large)).toEqual(duplicate);
    expect(xsdWorkerKept()).toBe(false);
    expect(await validateXsd('1.6', large)).toEqual(duplicate);
    expect(xsdWorkerKept()).toBe(false);
    expect(await validateXsd('1.6', small)).toEqual([]);
    expect(xsdWorkerKept()).toBe(true);
  }, 120_000);
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
    expect(
      elementStartLines(xml, [
        { name: 'c', endLine: 7 },
        { name: 'c', endLine: 9 },
        { name: 'c', endLine: 10 },
        { name: 'c', endLine: 10 },
        { name: 'bom', endLine: 11 },
        { name: 'c', endLine: 3 },
      ]),
    ).toEqual([5, 8, 10, 10, 2, undefined]);
  });
});

// The whole inspection of a large SBOM (parse, schema or XSD validation, bom-ref integrity) grows linearly: CPU time
// (worker threads included) of n and 8n components, the fastest of 3 runs each, in turn (helpers/scaling.ts).
const purl = (i: number) => `pkg:npm/${i % 10 === 0 ? `%40scope${i % 97}/` : ''}pkg-${i}@${i % 7}.${i % 13}.${i % 101}`;

function cdxJson(n: number): string {
  const components = Array.from({ length: n }, (_, i) => ({
    type: 'library',
    'bom-ref': purl(i),
    name: `pkg-${i}`,
    version: `${i % 7}.${i % 13}.${i % 101}`,
    supplier: { name: `maintainers of pkg-${i}` },
    purl: purl(i),
    licenses: [{ license: { id: 'MIT' } }],
    hashes: [{ alg: 'SHA-512', content: (i.toString(16) + 'f'.repeat(128)).slice(0, 128) }],
  }));
  const dependencies = components.map((c, i) => ({ ref: c['bom-ref'], dependsOn: i + 1 < n && i % 5 ? [purl(i + 1)] : [] }));
  return JSON.stringify(
    { bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, metadata: { timestamp: '2026-01-05T10:00:00Z' }, components, dependencies },
    null,
    2,
  );
}

function cdxXml(n: number): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">\n  <metadata>\n    <timestamp>2026-01-05T10:00:00Z</timestamp>\n  </metadata>\n  <components>\n',
  ];
  for (let i = 0; i < n; i++) {
    parts.push(
      `    <component type="library" bom-ref="${purl(i)}">\n      <supplier>\n        <name>maintainers of pkg-${i}</name>\n      </supplier>\n      <name>pkg-${i}</name>\n      <version>${i % 7}.${i % 13}.${i % 101}</version>\n` +
        `      <hashes>\n        <hash alg="SHA-512">${(i.toString(16) + 'f'.repeat(128)).slice(0, 128)}</hash>\n      </hashes>\n      <licenses>\n        <license>\n          <id>MIT</id>\n        </license>\n      </licenses>\n      <purl>${purl(i)}</purl>\n    </component>\n`,
    );
  }
  parts.push('  </components>\n  <dependencies>\n');
  for (let i = 0; i < n; i++)
    parts.push(
      i + 1 < n && i % 5
        ? `    <dependency ref="${purl(i)}">\n      <dependency ref="${purl(i + 1)}"/>\n    </dependency>\n`
        : `    <dependency ref="${purl(i)}"/>\n`,
    );
  parts.push('  </dependencies>\n</bom>\n');
  return parts.join('');
}

async function inspectValid(path: string, text: string): Promise<void> {
  const r = await inspectSbom({ path, text }, { schema: true });
  // A run that found problems would not measure the path a valid SBOM takes.
  if (r.issues.length || !r.document) throw new Error(`${path}: ${r.issues.map((i) => i.message).join('; ')}`);
}

describe('scaling of the whole inspection of large CycloneDX SBOMs', () => {
  it('JSON: parse, JSON Schema validation and bom-ref integrity', async () => {
    await expectLinear('CycloneDX JSON inspection', cdxJson, (t) => inspectValid('bom.json', t), { n: 2000 });
  }, 120_000);

  it('XML: parse and streaming XSD validation (in its worker, concurrently) and bom-ref integrity', async () => {
    await expectLinear('CycloneDX XML inspection', cdxXml, (t) => inspectValid('bom.xml', t), { n: 500, fixed: true });
  }, 180_000);

  it('an XML document that is not well-formed is reported by the reader alone, though its validation was started', async () => {
    const text = cdxXml(3).replace('</components>', '');
    const r = await inspectSbom({ path: 'bom.xml', text }, { schema: true });
    expect(r.issues).toEqual([expect.objectContaining({ message: expect.stringMatching(/^is not well-formed XML/) })]);
  });
});

describe('hashes and externalReferences, which the XML reader keeps as raw text', () => {
  const withExtras = (hash: string) =>
    cdxXml(2).replace(
      '<purl>pkg:npm/pkg-1@1.1.1</purl>',
      `<purl>pkg:npm/pkg-1@1.1.1</purl>\n      <externalReferences>\n        <reference type="distribution">\n          <url>https://example.invalid/a.tgz</url>\n          <hashes>\n            <hash alg="SHA-256">${hash}</hash>\n          </hashes>\n        </reference>\n      </externalReferences>`,
    );
  it('do not change what is read, and the XSD still judges what is inside them, with its line', async () => {
    const goodText = withExtras('a'.repeat(64));
    const lineOf = (t: string, s: string) => t.split('\n').findIndex((l) => l.includes(s)) + 1;
    const good = await inspectSbom({ path: 'bom.xml', text: goodText }, { schema: true });
    expect(good.issues).toEqual([]);
    expect(good.document!.components.map((c) => [c.name, c.version, c.purl, c.licenses, c.supplier, c.line])).toEqual([
      [
        'pkg-0',
        '0.0.0',
        'pkg:npm/%40scope0/pkg-0@0.0.0',
        ['MIT'],
        'maintainers of pkg-0',
        lineOf(goodText, 'bom-ref="pkg:npm/%40scope0/pkg-0'),
      ],
      ['pkg-1', '1.1.1', 'pkg:npm/pkg-1@1.1.1', ['MIT'], 'maintainers of pkg-1', lineOf(goodText, 'bom-ref="pkg:npm/pkg-1@')],
    ]);
    const text = withExtras('not-hex');
    const bad = await inspectSbom({ path: 'bom.xml', text }, { schema: true });
    const line = text.split('\n').findIndex((l) => l.includes('not-hex')) + 1;
    expect(bad.issues).toEqual([
      expect.objectContaining({
        line,
        message: expect.stringMatching(/^Element 'hash': \[facet 'pattern'\] The value 'not-hex' is not accepted/),
      }),
    ]);
  });
});
