import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectSbom, readSbom } from '../src/parsers/sbom/index.js';
import { TestRepo } from './helpers/git-repo.js';
import { packageLock, PKGS, type Pkg, runSbomGate } from './helpers/sbom-fixtures.js';

// CycloneDX XML: reading (components, lines, metadata), XSD validation with the embedded xmllint, hostile input
// (truncation, entity bombs, XXE, deep nesting, unknown namespaces), and the bundled CLI run from a copy of dist/
// with no node_modules beside it.

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const purlOf = (p: Pkg) =>
  p.name.startsWith('@') ? `pkg:npm/${p.name.replace('@', '%40')}@${p.version}` : `pkg:npm/${p.name}@${p.version}`;

function cdxXml(pkgs: Pkg[], opts: { version?: string; componentExtra?: string; prolog?: string } = {}): string {
  const v = opts.version ?? '1.6';
  return `<?xml version="1.0" encoding="UTF-8"?>
${opts.prolog ?? ''}<bom xmlns="http://cyclonedx.org/schema/bom/${v}" serialNumber="urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79" version="1">
  <metadata>
    <timestamp>2026-01-05T10:00:00Z</timestamp>
    <tools>
      <components>
        <component type="application"><name>cyclonedx-npm</name><version>6.0.1</version></component>
      </components>
    </tools>
    <component type="application" bom-ref="pump-firmware@2.4.0">
      <supplier><name>ACME Medical</name></supplier>
      <name>pump-firmware</name>
      <version>2.4.0</version>
      <purl>pkg:npm/pump-firmware@2.4.0</purl>
    </component>
  </metadata>
  <components>
${pkgs
  .map(
    (p) => `    <component type="library" bom-ref="${esc(purlOf(p))}">
      <supplier><name>${esc(p.name)} maintainers</name></supplier>
      <name>${esc(p.name)}</name>
      <version>${esc(p.version)}</version>
      <licenses><license><id>MIT</id></license></licenses>
      <purl>${esc(purlOf(p))}</purl>${opts.componentExtra ?? ''}
    </component>`,
  )
  .join('\n')}
  </components>
  <dependencies>
    <dependency ref="pump-firmware@2.4.0">
${pkgs.map((p) => `      <dependency ref="${esc(purlOf(p))}"/>`).join('\n')}
    </dependency>
  </dependencies>
</bom>
`;
}

const run = runSbomGate;

describe('CycloneDX XML: reading', () => {
  it('reads components, metadata and dependencies with their lines, and matches the JSON reader', () => {
    const r = readSbom({ path: 'bom.xml', text: cdxXml(PKGS) });
    expect(r.issues).toEqual([]);
    const doc = r.document!;
    expect(doc).toMatchObject({
      family: 'cyclonedx',
      encoding: 'xml',
      specVersion: '1.6',
      timestamp: '2026-01-05T10:00:00Z',
      authors: ['cyclonedx-npm (tool)'],
    });
    expect(doc.primary).toMatchObject({
      name: 'pump-firmware',
      version: '2.4.0',
      ref: 'pump-firmware@2.4.0',
      supplier: 'ACME Medical',
      pointer: '/bom/metadata/component',
      line: 10,
    });
    expect(doc.components.map((c) => [c.name, c.version, c.purl, c.licenses, c.supplier, c.pointer, c.line])).toEqual([
      ['fast-crc', '1.2.0', 'pkg:npm/fast-crc@1.2.0', ['MIT'], 'fast-crc maintainers', '/bom/components/component[1]', 18],
      ['@acme/units', '3.0.1', 'pkg:npm/%40acme/units@3.0.1', ['MIT'], '@acme/units maintainers', '/bom/components/component[2]', 25],
      ['ring-buffer', '0.4.2', 'pkg:npm/ring-buffer@0.4.2', ['MIT'], 'ring-buffer maintainers', '/bom/components/component[3]', 32],
    ]);
    expect(doc.dependencies).toEqual([
      { ref: 'pump-firmware@2.4.0', dependsOn: PKGS.map(purlOf), pointer: '/bom/dependencies/dependency[1]', line: 41 },
    ]);
  });

  it('decodes the predefined entities and character references, reads properties (FDA support), licences, 1.2 tools and nested components', () => {
    const text = `<?xml version="1.0"?>
<bom xmlns="http://cyclonedx.org/schema/bom/1.4" version="1">
  <metadata><timestamp>2024-01-01T00:00:00Z</timestamp><tools><tool><vendor>ACME</vendor><name>gen</name></tool></tools></metadata>
  <components>
    <component type="library" bom-ref="a">
      <author>Ann &amp; Bob</author><name>a&#x2D;lib</name><version>1.0</version>
      <licenses><expression>MIT OR Apache-2.0</expression></licenses>
      <purl>pkg:maven/org.x/a@1.0?type=jar&amp;classifier=core</purl>
      <properties><property name="support-level">full</property><property name="end-of-support">2030-01-01</property></properties>
      <components><component type="library"><publisher>P</publisher><group>org.x</group><name>inner</name><version>2</version></component></components>
    </component>
  </components>
</bom>`;
    const doc = readSbom({ path: 'bom.xml', text }).document!;
    expect(doc.authors).toEqual(['ACME gen (tool)']);
    expect(doc.components[0]).toMatchObject({
      name: 'a-lib',
      supplier: 'Ann & Bob',
      licenses: ['MIT OR Apache-2.0'],
      purl: 'pkg:maven/org.x/a@1.0?type=jar&classifier=core',
      support: { level: 'full', endOfSupport: '2030-01-01' },
    });
    expect(doc.components[1]).toMatchObject({
      name: 'org.x/inner',
      supplier: 'P',
      pointer: '/bom/components/component[1]/components/component[1]',
      line: 10,
    });
  });

  it('the gate passes a valid XML SBOM that matches the lockfile, and names a stale package with its line', async () => {
    const ok = await run({ head: { 'bom.xml': cdxXml(PKGS), 'package-lock.json': packageLock(PKGS) }, changed: ['src/a.ts'] });
    expect(ok.findings).toEqual([]);
    expect(ok.summary).toBe('bom.xml (CycloneDX 1.6, 3 components): valid, NTIA elements present');
    const stale = await run({
      head: {
        'bom.xml': cdxXml(PKGS),
        'package-lock.json': packageLock(PKGS.map((p) => (p.name === 'ring-buffer' ? { ...p, version: '0.5.0' } : p))),
      },
    });
    expect(stale.errors.map((f) => f.message)).toEqual([
      expect.stringMatching(/pins ring-buffer 0\.5\.0, but bom\.xml lists ring-buffer 0\.4\.2 \(\/bom\/components\/component\[3\]\)/),
    ]);
  });

  it('an XSD violation is a finding with its line; a duplicate bom-ref and a dangling dependency are placed too', async () => {
    const text = cdxXml(PKGS)
      .replace(
        '<component type="library" bom-ref="pkg:npm/fast-crc@1.2.0">',
        '<component type="gadget" bom-ref="pkg:npm/ring-buffer@0.4.2">',
      )
      .replace('<dependency ref="pkg:npm/fast-crc@1.2.0"/>', '<dependency ref="ghost"/>');
    const r = await run({ head: { 'bom.xml': text, 'package-lock.json': packageLock(PKGS) } }, { lockfiles: [] });
    const at = (re: RegExp) => r.errors.find((f) => re.test(f.message));
    expect(at(/attribute 'type': \[facet 'enumeration'\] The value 'gadget' is not an element of the set/)).toMatchObject({
      file: 'bom.xml',
      line: 18,
    });
    expect(at(/bom-ref "pkg:npm\/ring-buffer@0\.4\.2" is already used at \/bom\/components\/component\[1\]/)).toMatchObject({ line: 32 });
    expect(at(/dependency reference "ghost" matches no bom-ref/)).toMatchObject({ line: 42 });
  });

  it('CycloneDX 1.7: a versionRange on a component that is not external is a finding (a rule the XSD cannot state)', async () => {
    const text = cdxXml(PKGS, { version: '1.7' }).replace('<version>1.2.0</version>', '<versionRange>vers:npm/&gt;=1.0.0</versionRange>');
    const r = await inspectSbom({ path: 'bom.xml', text }, { schema: true });
    expect(r.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^\/bom\/components\/component\[1\]: component "fast-crc" has a versionRange but is not external/),
    ]);
    const external = await inspectSbom(
      {
        path: 'bom.xml',
        text: text.replace(
          '<component type="library" bom-ref="pkg:npm/fast-crc@1.2.0">',
          '<component type="library" bom-ref="pkg:npm/fast-crc@1.2.0" isExternal="true">',
        ),
      },
      { schema: true },
    );
    expect(external.issues).toEqual([]);
  });
});

describe('CycloneDX XML: bad input', () => {
  it('a truncated file is not well-formed, at its last line, and the gate fails', async () => {
    const full = cdxXml(PKGS);
    const text = full.slice(0, full.indexOf('<version>3.0.1'));
    const r = await run({ head: { 'bom.xml': text, 'package-lock.json': packageLock(PKGS) } });
    expect(r.errors).toEqual([
      expect.objectContaining({
        file: 'bom.xml',
        line: text.split('\n').length,
        message: expect.stringMatching(
          /^bom\.xml: is not well-formed XML: the file ends with elements <bom>, <components>, <component> still open — a truncated file\?/,
        ),
      }),
    ]);
  });

  it('an entity bomb is refused before any parser sees it, quickly', async () => {
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE bom [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
${Array.from({ length: 12 }, (_, i) => `  <!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('\n')}
]>
<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1"><components><component type="library"><name>&m;</name></component></components></bom>`;
    const started = Date.now();
    const r = await inspectSbom({ path: 'bom.xml', text: bomb }, { schema: true });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r.document).toBeUndefined();
    expect(r.issues).toEqual([
      {
        severity: 'error',
        line: 2,
        message: expect.stringMatching(
          /^declares entities \(which could expand without bound\); a CycloneDX SBOM has no DOCTYPE, and this gate neither loads nor expands one/,
        ),
      },
    ]);
  });

  it('an XXE that would read /etc/passwd is refused and the content never appears', async () => {
    const text = cdxXml(PKGS, { prolog: '<!DOCTYPE bom [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n' }).replace(
      '<name>fast-crc</name>',
      '<name>&xxe;</name>',
    );
    const r = await run({ head: { 'bom.xml': text, 'package-lock.json': packageLock(PKGS) } });
    expect(r.errors[0]).toMatchObject({
      file: 'bom.xml',
      line: 2,
      message: expect.stringContaining('declares external entities (which could read files or fetch URLs)'),
    });
    expect(JSON.stringify(r)).not.toContain('root:');
    expect(JSON.stringify(r)).not.toContain('/bin/');
  });

  it('elements nested deeper than the reader allows are refused', () => {
    const deep = `<bom xmlns="http://cyclonedx.org/schema/bom/1.6">${'<x>'.repeat(5000)}${'</x>'.repeat(5000)}</bom>`;
    const r = readSbom({ path: 'bom.xml', text: deep });
    expect(r.document).toBeUndefined();
    expect(r.issues[0]!.message).toMatch(/nests XML elements more than 256 deep/);
  });

  it('an unknown CycloneDX namespace version and a <bom> in no CycloneDX namespace are findings, not passes', async () => {
    const future = readSbom({ path: 'bom.xml', text: cdxXml(PKGS, { version: '1.9' }) });
    expect(future.issues).toEqual([
      expect.objectContaining({
        line: 1,
        message:
          'declares CycloneDX the namespace version "1.9", which is not a version this gate knows (1.2, 1.3, 1.4, 1.5, 1.6, 1.7) — fix the version or regenerate the SBOM',
      }),
    ]);
    const foreign = readSbom({
      path: 'bom.xml',
      text: cdxXml(PKGS).replace('http://cyclonedx.org/schema/bom/1.6', 'http://example.com/bom'),
    });
    expect(foreign.issues[0]!.message).toMatch(/has a <bom> element but not in a CycloneDX namespace/);
    const r = await run({ head: { 'bom.xml': cdxXml(PKGS, { version: '1.9' }), 'package-lock.json': packageLock(PKGS) } });
    expect(r.errors.length).toBeGreaterThan(0);
  });

  it('a validation that outlasts its time limit is an error, and the next one still works', async () => {
    const { validateXsd } = await import('../src/parsers/sbom/xsd.js');
    const slow = await validateXsd('1.6', cdxXml(PKGS), { timeoutMs: 1 });
    expect(slow).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringMatching(/could not be validated against the CycloneDX 1\.6 XSD: XSD validation did not finish within 0 s/),
      }),
    ]);
    expect(await validateXsd('1.6', cdxXml(PKGS))).toEqual([]);
  });
});

describe('CycloneDX XML: the XSD validation reads the bytes the text was decoded from', () => {
  // An XSD error with a line (an element the schema does not allow), and a valid document of the same length.
  const invalid = cdxXml(PKGS).replace('</component>', '<bogus/></component>');
  const valid = cdxXml(PKGS).replace('</component>', '<!--x--></component>');
  const shared = (text: string): Buffer => {
    const bytes = Buffer.from(new SharedArrayBuffer(Buffer.byteLength(text)));
    bytes.write(text);
    return bytes;
  };

  it('gives the findings it gives for the text, from shared or plain bytes, with or without a UTF-8 byte order mark, and leaves the bytes to the caller', async () => {
    const { validateXsd } = await import('../src/parsers/sbom/xsd.js');
    const expected = await validateXsd('1.6', invalid);
    expect(expected).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^Element 'bogus': This element is not expected/), line: 7 }),
    ]);
    const inShared = shared(invalid);
    const plain = Buffer.from(invalid);
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
    for (const bytes of [inShared, plain, withBom]) {
      expect(await validateXsd('1.6', invalid, { bytes })).toEqual(expected);
      // Neither transferred nor detached: the facts keep serving the same bytes.
      expect(bytes.toString('utf8').replace(/^\uFEFF/, '')).toBe(invalid);
    }
  });

  it("validates the bytes when they are the text's UTF-8 length, and encodes the text when they cannot be its UTF-8", async () => {
    const { validateXsd } = await import('../src/parsers/sbom/xsd.js');
    const expected = await validateXsd('1.6', invalid);
    // The bytes are what is validated (the caller hands the bytes it decoded the text from).
    expect(valid.length).toBe(invalid.length);
    expect(await validateXsd('1.6', invalid, { bytes: shared(valid) })).toEqual([]);
    // Bytes of another length, or UTF-16 (with its byte order mark), are not the text's UTF-8: the text is validated.
    expect(await validateXsd('1.6', invalid, { bytes: shared(`${valid}\n`) })).toEqual(expected);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(valid, 'utf16le')]);
    expect(await validateXsd('1.6', invalid, { bytes: utf16 })).toEqual(expected);
  });

  it("inspectSbom finds the same with the file's bytes as without", async () => {
    const big = cdxXml(Array.from({ length: 4000 }, (_, i) => ({ name: `pkg-${i}`, version: '1.0.0' }))).replace(
      '<name>pkg-3999</name>',
      '<name>pkg-3999</name><bogus/>',
    );
    const without = await inspectSbom({ path: 'bom.xml', text: big }, { schema: true });
    expect(without.issues).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^Element 'bogus'/), line: expect.any(Number) }),
    ]);
    const withBytes = await inspectSbom({ path: 'bom.xml', text: big, bytes: shared(big) }, { schema: true });
    expect(withBytes.issues).toEqual(without.issues);
    expect(withBytes.document!.components.length).toBe(without.document!.components.length);
  });
});

describe('CycloneDX XML through the bundled CLI, run from a copy of dist/ with no node_modules', () => {
  const repo = new TestRepo();
  const outside = mkdtempSync(join(tmpdir(), 'sdlc-gate-dist-'));
  let base = '';
  beforeAll(() => {
    cpSync(new URL('../dist/', import.meta.url).pathname, outside, { recursive: true });
    repo.write({
      '.github/sdlc-gate.yml': 'version: 1\ngates:\n  sbom:\n    paths: ["sbom/*.cdx.xml"]\n',
      'sbom/firmware.cdx.xml': cdxXml(PKGS),
      'package-lock.json': packageLock(PKGS),
      'src/main.ts': 'x\n',
    });
    base = repo.commit('base');
  });
  afterAll(() => {
    repo.remove();
    rmSync(outside, { recursive: true, force: true });
  });
  const cli = (args: string[]) =>
    spawnSync(process.execPath, [join(outside, 'cli', 'index.js'), ...args], { encoding: 'utf8', timeout: 30_000, cwd: outside });

  it('an XML SBOM with an XSD violation fails with its line; the fixed one passes', () => {
    repo.git('checkout', '-q', '-b', 'bad-type', base);
    repo.write({
      'sbom/firmware.cdx.xml': cdxXml(PKGS).replace(
        '<component type="library" bom-ref="pkg:npm/ring-buffer',
        '<component type="gadget" bom-ref="pkg:npm/ring-buffer',
      ),
    });
    const bad = repo.commit('a component of an unknown type');
    const r = cli(['check', '--repo', repo.dir, '--base', base, '--head', bad]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /sbom\/firmware\.cdx\.xml:32: sbom\/firmware\.cdx\.xml: Element 'component', attribute 'type': \[facet 'enumeration'\] The value 'gadget' is not an element of the set \{'application', .*\(CycloneDX 1\.6 XSD\)/,
    );

    repo.write({ 'sbom/firmware.cdx.xml': cdxXml(PKGS) });
    const good = repo.commit('fix the type');
    const ok = cli(['check', '--repo', repo.dir, '--base', base, '--head', good]);
    expect(ok.stdout).toContain('PASS  sbom: sbom/firmware.cdx.xml (CycloneDX 1.6, 3 components): valid, NTIA elements present');
    expect(ok.status).toBe(0);
  });
});
