import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXmlSbom } from '../src/parsers/sbom/cyclonedx-xml.js';
import { detectText } from '../src/parsers/sbom/detect.js';
import { checkIntegrity } from '../src/parsers/sbom/integrity.js';
import type { SbomDocument, SbomReadResult } from '../src/parsers/sbom/types.js';
import { readXmlSbomTree } from './helpers/cyclonedx-xml-tree.js';
import { expectLinear } from './helpers/scaling.js';

// The streaming CycloneDX XML reader (saxes) against the tree reader it replaced (fast-xml-parser, kept here only as
// the reference): the same documents — components with their lines, dependencies, bom-refs and their places,
// metadata — and the same findings, on every CycloneDX XML document of the specification's test suite, every XML
// fixture of this repository, and documents written to exercise what a tree reader and a stream reader could
// disagree on.

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

function xmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...xmlFiles(p));
    else if (name.endsWith('.xml')) out.push(p);
  }
  return out;
}

/** A document as plain data: everything but the line lookup, plus the lines the lookup gives for every place it can be asked about. */
function comparable(r: SbomReadResult): unknown {
  const doc = r.document;
  if (!doc) return { detection: r.detection, issues: r.issues };
  const { linesOf, xml, ...rest } = doc;
  return {
    detection: r.detection,
    issues: r.issues,
    document: rest,
    lines: Object.fromEntries(linesOf(places(doc))),
    xmlKept: xml === undefined ? 0 : xml.length,
    integrity: checkIntegrity(doc),
  };
}

function places(doc: SbomDocument): string[] {
  const out = new Set<string>(['/bom', '/metadata', '/dependencies', '/components', '/bom/metadata/component', '/nowhere']);
  for (const c of [...doc.components, ...(doc.primary ? [doc.primary] : [])]) if (c.pointer) out.add(c.pointer);
  for (const d of doc.dependencies) {
    if (d.pointer) out.add(d.pointer);
    for (let i = 1; i <= d.dependsOn.length + 1; i++) out.add(`${d.pointer}/dependency[${i}]`);
  }
  for (const [, p] of doc.definedRefs ?? []) out.add(p);
  return [...out];
}

function both(path: string, text: string): { stream: unknown; tree: unknown } {
  const t = text.replace(/^\uFEFF/, '');
  const detection = detectText(t);
  return { stream: comparable(readXmlSbom(path, t, detection)), tree: comparable(readXmlSbomTree(path, t, detection)) };
}

describe('streaming XML reader against the tree reader', () => {
  it('reads every CycloneDX XML document of the specification and of this repository as the tree reader did', () => {
    let read = 0;
    let refs = 0;
    let deps = 0;
    let files = 0;
    for (const file of xmlFiles(FIXTURES)) {
      const text = readFileSync(file, 'utf8');
      const detection = detectText(text.replace(/^\uFEFF/, ''));
      if (detection.family !== 'cyclonedx' || detection.specVersion === undefined) continue;
      files++;
      const { stream, tree } = both(file.slice(FIXTURES.length), text);
      expect(stream, file.slice(FIXTURES.length)).toEqual(tree);
      const doc = (stream as { document?: SbomDocument }).document;
      if (doc) {
        read++;
        refs += doc.definedRefs?.length ?? 0;
        deps += doc.dependencies.length;
      }
    }
    // The comparison covered hundreds of documents with components, bom-refs and dependency graphs.
    expect(files).toBeGreaterThan(300);
    expect(read).toBeGreaterThan(300);
    expect(refs).toBeGreaterThan(300);
    expect(deps).toBeGreaterThan(50);
  }, 120_000);

  const NS = 'xmlns="http://cyclonedx.org/schema/bom/1.6"';
  const cases: Record<string, string> = {
    'namespace prefixes, xmlns attributes, attributes with prefixes': `<?xml version="1.0"?>
<c:bom xmlns:c="http://cyclonedx.org/schema/bom/1.6" xmlns:x="urn:x" version="1">
  <c:metadata><c:timestamp>2024-01-01T00:00:00Z</c:timestamp>
    <c:component c:bom-ref="app" type="application"><c:name>app</c:name>
      <c:components><c:component bom-ref="sub"><c:name>sub</c:name></c:component></c:components>
    </c:component>
  </c:metadata>
  <c:components>
    <c:component type="library" x:bom-ref="a" isExternal=" true "><c:group>g</c:group><c:name>a</c:name><c:version> 1.0 </c:version></c:component>
  </c:components>
</c:bom>`,
    'comments, CDATA, processing instructions, entities and character references in text and attributes': `<bom ${NS}>
  <components>
    <component bom-ref="a&amp;b&#x41;">
      <name>n<!-- c -->m &lt;x&gt;</name>
      <version><![CDATA[ 1 & 2 ]]></version>
      <purl>pkg:npm/a<?pi x?>b@1</purl>
      <group>  </group>
      <cpe/>
      <licenses><expression>MIT OR Apache-2.0</expression><license><id>MIT</id></license><license><name>Custom</name></license><license/></licenses>
      <properties><property name="support:end">2030-01-01</property><property/><property name="x"/></properties>
    </component>
    <component/>
    <component>text only</component>
    <component bom-ref="b"><name>b</name><hashes><hash alg="SHA-256">ab</hash></hashes><externalReferences><reference type="website"><url>https://x</url></reference></externalReferences></component>
  </components>
</bom>`,
    'suppliers, authors, tools and manufacturers in every form': `<bom ${NS}>
  <metadata>
    <authors><author><name>A</name></author><author><email>e@x</email></author><author/></authors>
    <tools><tool><vendor>V</vendor><name>T</name></tool><components><component type="application"><group>G</group><name>C</name></component></components><services><service><name>S</name></service></services></tools>
    <manufacture><name>M</name></manufacture><supplier><contact><email>s@x</email></contact></supplier>
  </metadata>
  <components>
    <component><name>a</name><supplier><url>https://s</url></supplier></component>
    <component><name>b</name><manufacturer><contact/><contact><name>late</name></contact></manufacturer></component>
    <component><name>c</name><authors><author><name>au</name></author></authors></component>
    <component><name>d</name><publisher>P</publisher><swid tagId="t" name="d"/></component>
  </components>
</bom>`,
    'repeated and out-of-order holders, services and vulnerabilities with bom-refs, nested dependencies': `<bom ${NS}>
  <components>
    <component bom-ref="a"><name>a</name><pedigree><ancestors><component bom-ref="anc"><name>anc</name></component></ancestors></pedigree>
      <components><component bom-ref="a1"><name>a1</name></component><component bom-ref="a2"><name>a2</name><components><component bom-ref="a21"><name>a21</name></component></components></component></components>
    </component>
  </components>
  <services><service bom-ref="s1"><name>s1</name></service><service bom-ref="s2"><name>s2</name></service></services>
  <metadata><component bom-ref="late-app"><name>late</name></component></metadata>
  <components><component bom-ref="second-holder"><name>ignored</name></component></components>
  <dependencies>
    <dependency ref="a"><dependency ref="a1"/><dependency ref="a2"><dependency ref="a21"/></dependency><dependency ref="x"><dependency/></dependency></dependency>
    <dependency/>
    <dependency ref="s1"></dependency>
    <dependency><dependency ref="orphan"/></dependency>
  </dependencies>
  <vulnerabilities><vulnerability bom-ref="v1"><id>CVE-1</id></vulnerability></vulnerabilities>
  <compositions><composition bom-ref="comp"><aggregate>complete</aggregate></composition></compositions>
  <externalReferences><reference type="website" bom-ref="hidden"><url>https://x</url></reference></externalReferences>
</bom>`,
    'duplicate bom-refs far apart and lines of tags split over lines': `<bom ${NS}>
  <components>
    <component
      bom-ref="dup"><name>one</name></component>
    <component bom-ref="dup"
    ><name>two</name></component>
  </components>
  <services><service bom-ref="dup"><name>s</name></service></services>
</bom>`,
    'an empty root': `<bom ${NS}/>`,
    'a root that is not bom': `<?xml version="1.0"?>\n<other ${NS}><bom/></other>`,
    'not well-formed: truncated': `<bom ${NS}>\n  <components>\n    <component><name>a</name>\n`,
    'not well-formed: mismatched tags': `<bom ${NS}>\n  <components>\n    <component><name>a</nam></component>\n  </components>\n</bom>`,
    'not well-formed: unquoted attribute': `<bom ${NS}>\n  <components>\n    <component bom-ref=a><name>a</name></component>\n  </components>\n</bom>`,
    'deep nesting': `<bom ${NS}>${'<x>'.repeat(300)}${'</x>'.repeat(300)}</bom>`,
    'nesting at the limit': `<bom ${NS}>${'<x>'.repeat(256)}${'</x>'.repeat(256)}</bom>`,
    'a DOCTYPE': `<?xml version="1.0"?>\n<!DOCTYPE bom [<!ENTITY e "x">]>\n<bom ${NS}><components><component><name>&e;</name></component></components></bom>`,
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      const { stream, tree } = both('bom.xml', text);
      expect(stream).toEqual(tree);
    });
  }

  it('reads the out-of-order case as a document, not as a refusal (the comparison above is not between two refusals)', () => {
    const text = cases['repeated and out-of-order holders, services and vulnerabilities with bom-refs, nested dependencies']!;
    const r = readXmlSbom('bom.xml', text, detectText(text));
    expect(r.issues).toEqual([]);
    expect(r.document?.components.map((c) => c.name)).toEqual(['a', 'a1', 'a2', 'a21']);
    expect(r.document?.primary?.name).toBe('late');
    expect(r.document?.definedRefs?.map(([ref]) => ref)).toContain('v1');
  });
});

// The reader alone (no XSD validation, which would hide it) grows linearly in the document: components with nested
// components, services and vulnerabilities with bom-refs, nested dependencies, and many same-named siblings. CPU
// time of n and 8n, the fastest of 3 runs each (helpers/scaling.ts).
function largeXml(n: number): string {
  const parts = [
    `<?xml version="1.0"?>\n<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">\n  <metadata><timestamp>2026-01-01T00:00:00Z</timestamp><component bom-ref="app"><name>app</name></component></metadata>\n  <components>\n`,
  ];
  for (let i = 0; i < n; i++) {
    parts.push(
      `    <component type="library" bom-ref="c${i}"><supplier><name>s${i}</name></supplier><name>p${i}</name><version>1.${i}</version><hashes><hash alg="SHA-256">${'a'.repeat(64)}</hash></hashes>` +
        `<licenses><license><id>MIT</id></license></licenses><purl>pkg:npm/p${i}@1.${i}</purl><properties><property name="x">${i}</property></properties>` +
        `<components><component bom-ref="c${i}-sub"><name>sub${i}</name></component></components></component>\n`,
    );
  }
  parts.push('  </components>\n  <services>\n');
  for (let i = 0; i < n; i++) parts.push(`    <service bom-ref="s${i}"><name>s${i}</name></service>\n`);
  parts.push('  </services>\n  <dependencies>\n');
  for (let i = 0; i < n; i++)
    parts.push(`    <dependency ref="c${i}"><dependency ref="c${i}-sub"><dependency ref="s${i}"/></dependency></dependency>\n`);
  parts.push('  </dependencies>\n</bom>\n');
  return parts.join('');
}

describe('scaling of the streaming XML reader', () => {
  it('reads n and 8n components, services and dependencies in linear time', async () => {
    const check = largeXml(3);
    const r = readXmlSbom('bom.xml', check, detectText(check));
    expect(r.document?.components).toHaveLength(6);
    expect(r.document?.definedRefs).toHaveLength(10);
    expect(r.document?.dependencies).toHaveLength(6);
    await expectLinear('CycloneDX XML reader', largeXml, (t) => readXmlSbom('bom.xml', t, detectText(t)), { n: 1000 });
  }, 120_000);
});
