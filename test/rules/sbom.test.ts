import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cdxJson, packageLock, PKGS, runSbomGate } from '../helpers/sbom-fixtures.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { MAX_INCLUDED_LOCKFILES } from '../../src/rules/sbom/index.js';

const run = runSbomGate;

const good = { 'bom.json': cdxJson(PKGS), 'package-lock.json': packageLock(PKGS), 'src/a.ts': 'x' };

describe('sbom: presence and format', () => {
  it('passes a valid, complete SBOM that matches the lockfile', async () => {
    const r = await run({ head: good, changed: ['src/a.ts'] });
    expect(r.findings).toEqual([]);
    expect(r.summary).toBe('bom.json (CycloneDX 1.6, 3 components): valid, NTIA elements present');
  });

  it('fails when no SBOM exists and says where it looked', async () => {
    const r = await run({ head: { 'src/a.ts': 'x' } });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toMatch(/^No SBOM found at head: no file matches \*\*\/bom\.json, \*\*\/bom\.xml, .*set `paths`/);
  });

  it('honours paths and detects the format from content, not the name', async () => {
    const r = await run(
      { head: { 'sbom/firmware.txt': cdxJson(PKGS), 'package-lock.json': packageLock(PKGS) } },
      { paths: ['sbom/*.txt'] },
    );
    expect(r.findings).toEqual([]);
  });

  it('a truncated JSON file is an error with its line', async () => {
    const text = cdxJson(PKGS);
    const r = await run({ head: { 'bom.json': text.slice(0, 300) } });
    expect(r.errors[0]).toMatchObject({ file: 'bom.json', line: expect.any(Number) });
    expect(r.errors[0]!.message).toMatch(
      /^bom\.json: is not valid CycloneDX JSON \(.*\) — a truncated or hand-edited file\? Regenerate it$/,
    );
  });

  it('a specVersion that does not exist', async () => {
    const r = await run({ head: { 'bom.json': cdxJson(PKGS, { mutate: (b) => (b.specVersion = '1.9') }) } });
    expect(r.errors.map((e) => e.message)).toEqual([
      'bom.json: declares CycloneDX specVersion "1.9", which is not a version this gate knows (1.2, 1.3, 1.4, 1.5, 1.6, 1.7) — fix the version or regenerate the SBOM',
    ]);
    expect(r.errors[0]!.line).toBe(4);
  });

  it('formats and min_version', async () => {
    let r = await run({ head: good }, { formats: ['spdx'] });
    expect(r.errors[0]!.message).toBe('bom.json: is CycloneDX 1.6 JSON, but this gate accepts only SPDX — convert it or change `formats`');
    r = await run({ head: { ...good, 'bom.json': cdxJson(PKGS, { specVersion: '1.4' }) } }, { min_version: { cyclonedx: '1.5' } });
    expect(r.errors.map((e) => [e.message, e.line])).toEqual([
      ['bom.json: declares CycloneDX 1.4, older than the 1.5 this policy requires — regenerate it with a current generator', 4],
    ]);
  });

  it('SPDX: a versionInfo of NOASSERTION or NONE is no version (NTIA), in JSON and tag-value', async () => {
    const pkg = (id: string, name: string, version: string) => ({
      SPDXID: `SPDXRef-${id}`,
      name,
      versionInfo: version,
      supplier: 'Organization: ACME',
      downloadLocation: 'NOASSERTION',
      externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: `pkg:generic/${name}` }],
    });
    const doc = {
      spdxVersion: 'SPDX-2.3',
      dataLicense: 'CC0-1.0',
      SPDXID: 'SPDXRef-DOCUMENT',
      name: 'pump-firmware',
      documentNamespace: 'https://acme.example/spdx/pump-firmware-2.4.0',
      creationInfo: { created: '2026-01-05T10:00:00Z', creators: ['Tool: fossa'] },
      documentDescribes: ['SPDXRef-app'],
      packages: [pkg('app', 'pump-firmware', '2.4.0'), pkg('jre', 'bellsoft-jre', 'NOASSERTION'), pkg('zlib', 'zlib', 'NONE')],
      relationships: [
        { spdxElementId: 'SPDXRef-app', relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'SPDXRef-jre' },
        { spdxElementId: 'SPDXRef-app', relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'SPDXRef-zlib' },
      ],
    };
    const r = await run({ head: { 'sbom.spdx.json': JSON.stringify(doc, null, 2) } });
    expect(r.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^sbom\.spdx\.json \/packages\/1: component "bellsoft-jre" lacks version \(NTIA/),
      expect.stringMatching(/^sbom\.spdx\.json \/packages\/2: component "zlib" lacks version \(NTIA/),
    ]);
    const tagValue = [
      'SPDXVersion: SPDX-2.3',
      'DataLicense: CC0-1.0',
      'SPDXID: SPDXRef-DOCUMENT',
      'DocumentName: pump-firmware',
      'DocumentNamespace: https://acme.example/spdx/pump-firmware-2.4.0',
      'Creator: Tool: fossa',
      'Created: 2026-01-05T10:00:00Z',
      'Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-app',
      '',
      'PackageName: pump-firmware',
      'SPDXID: SPDXRef-app',
      'PackageVersion: 2.4.0',
      'PackageSupplier: Organization: ACME',
      'PackageDownloadLocation: NOASSERTION',
      'ExternalRef: PACKAGE-MANAGER purl pkg:generic/pump-firmware',
      '',
      'PackageName: bellsoft-jre',
      'SPDXID: SPDXRef-jre',
      'PackageVersion: NOASSERTION',
      'PackageSupplier: Organization: ACME',
      'PackageDownloadLocation: NOASSERTION',
      'ExternalRef: PACKAGE-MANAGER purl pkg:generic/bellsoft-jre',
      '',
      'Relationship: SPDXRef-app DEPENDS_ON SPDXRef-jre',
      '',
    ].join('\n');
    const t = await run({ head: { 'sbom.spdx': tagValue } });
    expect(t.errors.map((e) => e.message)).toEqual([expect.stringMatching(/component "bellsoft-jre" lacks version \(NTIA/)]);
  });

  it('SPDX 3.0 JSON-LD is recognised and reported as not supported yet', async () => {
    const r = await run({
      head: { 'sbom.spdx.json': JSON.stringify({ '@context': 'https://spdx.org/rdf/3.0.1/spdx-context.jsonld', '@graph': [] }) },
    });
    expect(r.errors[0]!.message).toContain('is an SPDX 3.0 JSON-LD document, which this gate does not support yet');
  });

  it('a file under the default names that is not an SBOM is a warning; with explicit paths an error', async () => {
    let r = await run({ head: { ...good, 'docs/sbom.md': '# How we make the SBOM\n' } });
    expect(r.errors).toEqual([]);
    expect(r.findings[0]).toMatchObject({ severity: 'warning', file: 'docs/sbom.md' });
    r = await run({ head: { 'docs/sbom.md': '# x\n' } }, { paths: ['docs/sbom.md'] });
    expect(r.errors[0]!.message).toMatch(/^docs\/sbom\.md: is neither CycloneDX/);
  });

  it('a file over max_file_bytes is refused', async () => {
    const r = await run({ head: good }, { max_file_bytes: 100 });
    expect(r.errors.map((e) => e.message)).toContain(
      `The SBOM bom.json is ${Buffer.byteLength(good['bom.json'])} bytes, over the gate's max_file_bytes of 100; it was not checked — raise max_file_bytes or split it`,
    );
  });
});

describe('sbom: schema and references', () => {
  it('reports schema errors at their JSON pointer and line', async () => {
    const text = cdxJson(PKGS, { mutate: (b) => (b.components[1].type = 'gadget') });
    const r = await run({ head: { ...good, 'bom.json': text } });
    const e = r.errors.find((f) => f.message.includes('/components/1/type'))!;
    expect(e.message).toMatch(/^bom\.json \/components\/1\/type must be one of "application", .* \(schema CycloneDX 1\.6\)$/);
    expect(e.line).toBe(text.split('\n').findIndex((l) => l.includes('"gadget"')) + 1);
  });

  it('an unknown licence id is one error at the id, not also the expression branch the licence did not take', async () => {
    const text = cdxJson(PKGS, { mutate: (b) => (b.components[0].licenses = [{ license: { id: 'NOT-A-LICENCE' } }]) });
    const r = await run({ head: { ...good, 'bom.json': text } });
    expect(r.errors.map((e) => e.message)).toEqual([
      'bom.json /components/0/licenses/0/license/id must be a value from the SPDX license list (schema CycloneDX 1.6)',
    ]);
  });

  it('lists the errors of a large invalid document from the first entries of each list, and still the first error anywhere', async () => {
    const { LISTED_ENTRIES, validateJsonSchema } = await import('../../src/parsers/sbom/schema.js');
    // 20,000 components that each fail a licence oneOf: ajv's listing of every error would take quadratic time.
    const components = Array.from({ length: 20_000 }, (_, i) => ({
      type: 'library',
      name: `p${i}`,
      version: '1',
      licenses: [{ license: { id: `NOPE-${i}` } }],
    }));
    const issues = await validateJsonSchema('cyclonedx', '1.6', { bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, components });
    expect(issues.map((i) => i.message).slice(0, 2)).toEqual([
      '/components/0/licenses/0/license/id must be a value from the SPDX license list (schema CycloneDX 1.6)',
      '/components/1/licenses/0/license/id must be a value from the SPDX license list (schema CycloneDX 1.6)',
    ]);
    expect(issues.map((i) => i.message).slice(50)).toEqual([
      `and ${LISTED_ENTRIES - 50} more schema errors not listed`,
      `(schema errors listed from the first ${LISTED_ENTRIES} entries of each list; this SBOM has longer lists — fix these and run again for any further ones)`,
    ]);
    // Only the last component is wrong: past the listed entries, it is still named, by the pass that decides validity.
    const late = components.map((c, i) => (i === 19_999 ? c : { type: 'library', name: c.name, version: '1' }));
    const lateIssues = await validateJsonSchema('cyclonedx', '1.6', {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1,
      components: late,
    });
    expect(lateIssues[0]!.message).toMatch(/^\/components\/19999\/licenses\/0/);
  });

  it('a property whose name is an object with its own toString key is a schema error, not a crash', async () => {
    const text = cdxJson(PKGS, { mutate: (b) => (b.components[0].properties = [{ name: { toString: null }, value: 'x' }]) });
    const r = await run({ head: { ...good, 'bom.json': text } });
    expect(r.errors.map((e) => e.message)).toContainEqual(
      expect.stringMatching(/^bom\.json \/components\/0\/properties\/0\/name must be string/),
    );
  });

  it('schema: false skips the schema but not the reference checks', async () => {
    const text = cdxJson(PKGS, { mutate: (b) => (b.components[1].type = 'gadget') });
    expect((await run({ head: { ...good, 'bom.json': text } }, { schema: false })).errors).toEqual([]);
  });

  it('duplicate bom-refs and dangling dependency refs', async () => {
    const text = cdxJson(PKGS, {
      mutate: (b) => {
        b.components[2]['bom-ref'] = b.components[0]['bom-ref'];
        b.dependencies.push({ ref: 'pkg:npm/ghost@1.0.0', dependsOn: [] });
      },
    });
    const r = await run({ head: { ...good, 'bom.json': text } });
    const messages = r.errors.map((e) => e.message);
    expect(messages).toContain(
      'bom.json /components/2/bom-ref: bom-ref "pkg:npm/fast-crc@1.2.0" is already used at /components/0/bom-ref for something else, and the document refers to it, so the reference is ambiguous; bom-refs must be unique in the document — fix the generator\'s output or regenerate the SBOM',
    );
    expect(
      messages.some((m) => m.startsWith('bom.json /dependencies/4/ref: dependency reference "pkg:npm/ghost@1.0.0" matches no bom-ref')),
    ).toBe(true);
  });

  it("a duplicate bom-ref nothing refers to, or naming the same package twice, is a warning (cdxgen's tool and root)", async () => {
    const tool = {
      type: 'application',
      name: 'cdxgen',
      group: '@cyclonedx',
      version: '12.8.4',
      purl: 'pkg:npm/%40cyclonedx/cdxgen@12.8.4',
      'bom-ref': 'pkg:npm/@cyclonedx/cdxgen@12.8.4',
    };
    const text = cdxJson(PKGS, {
      mutate: (b) => {
        b.metadata.tools = { components: [tool] };
        b.annotations = [
          { subjects: [b.components[0]['bom-ref']], annotator: { component: tool }, timestamp: '2026-01-05T10:00:00Z', text: 'x' },
        ];
        // The root package listed again among the components, under the same bom-ref, referred to by dependencies.
        b.components.push({ ...b.metadata.component });
        b.dependencies.push({ ref: String(b.metadata.component['bom-ref']), dependsOn: [] });
      },
    });
    const r = await run({ head: { ...good, 'bom.json': text } }, { lockfiles: [] });
    expect(r.errors).toEqual([]);
    expect(r.findings.map((f) => [f.severity, f.message])).toEqual([
      [
        'warning',
        'bom.json /components/3/bom-ref: bom-ref "pump-firmware@2.4.0" is already used at /metadata/component/bom-ref; bom-refs must be unique in the document (both name the same package, so references to it are not ambiguous) — report it to the generator\'s maintainers',
      ],
      [
        'warning',
        'bom.json /annotations/0/annotator/component/bom-ref: bom-ref "pkg:npm/@cyclonedx/cdxgen@12.8.4" is already used at /metadata/tools/components/0/bom-ref; bom-refs must be unique in the document (nothing refers to it, so it is not ambiguous) — report it to the generator\'s maintainers',
      ],
    ]);
  });

  it('uniqueItems is checked in linear time and still catches equal items with keys in another order', async () => {
    const text = cdxJson(PKGS, {
      mutate: (b) => {
        const c = b.components[0];
        b.components.push(Object.fromEntries(Object.entries(c).reverse()));
      },
    });
    const r = await run({ head: { ...good, 'bom.json': text } });
    expect(r.errors.map((e) => e.message)).toContain(
      'bom.json /components must not have duplicate items (items 0 and 3 are identical) (schema CycloneDX 1.6)',
    );
  });
});

describe('sbom: NTIA and FDA', () => {
  it('lists each component missing elements, with its line', async () => {
    const text = cdxJson(PKGS, {
      mutate: (b) => {
        delete b.components[1].version;
        delete b.components[1].supplier;
        delete b.components[2].purl;
        delete b.metadata.timestamp;
      },
    });
    const r = await run({ head: { ...good, 'bom.json': text } }, { lockfiles: [] });
    expect(r.errors.map((e) => [e.message, e.line])).toEqual([
      ['bom.json: has no metadata.timestamp (NTIA "timestamp") — regenerate the SBOM; generators set it', 7],
      [
        'bom.json /components/1: component "@acme/units" lacks version, supplier (or manufacturer, authors, author, publisher) (NTIA minimum elements) — add them or regenerate the SBOM with a generator that records them',
        text.split('\n').findIndex((l) => l.includes('"name": "@acme/units"')) - 2, // the line of the component's "{"
      ],
      [
        'bom.json /components/2: component "ring-buffer@0.4.2" lacks a unique identifier (purl, CPE or SWID) (NTIA minimum elements) — add them or regenerate the SBOM with a generator that records them',
        text.split('\n').findIndex((l) => l.includes('"name": "ring-buffer"')) - 2,
      ],
    ]);
  });

  it('names a component by its group and name, as generators split an npm scope', async () => {
    const text = cdxJson(PKGS, {
      mutate: (b) => {
        Object.assign(b.components[1], { group: '@acme', name: 'units' });
        delete b.components[1].supplier;
      },
    });
    const r = await run({ head: { ...good, 'bom.json': text } }, { lockfiles: [] });
    expect(r.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^bom\.json \/components\/1: component "@acme\/units@3\.0\.1" lacks supplier/),
    ]);
  });

  it('caps the list with a count', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ name: `p${i}`, version: '1.0.0' }));
    const text = cdxJson(many, { mutate: (b) => b.components.forEach((c) => delete c.supplier) });
    const r = await run({ head: { 'bom.json': text } }, { lockfiles: [] });
    expect(r.errors).toHaveLength(26);
    expect(r.errors[25]!.message).toBe('bom.json: and 15 more components lack NTIA minimum elements (40 in all) — not listed one by one');
  });

  it('requires dependency relationships of the primary component', async () => {
    const text = cdxJson(PKGS, { mutate: (b) => (b.dependencies = b.dependencies.slice(1)) });
    const r = await run({ head: { ...good, 'bom.json': text } });
    expect(r.errors.map((e) => e.message)).toEqual([
      'bom.json: gives no dependency relationships for the primary component "pump-firmware@2.4.0" (NTIA minimum element): add a dependencies entry with ref "pump-firmware@2.4.0" and its dependsOn',
    ]);
  });

  it('fda: support level and end-of-support per component; a past date is its own finding', async () => {
    const text = cdxJson(PKGS, {
      mutate: (b) => {
        b.components[0].properties = [
          { name: 'support-level', value: 'maintained' },
          { name: 'end-of-support', value: '2099-12-31' },
        ];
        b.components[1].properties = [
          { name: 'fda:support-level', value: 'security fixes only' },
          { name: 'end-of-support', value: '2020-06-30' },
        ];
      },
    });
    const r = await run({ head: { ...good, 'bom.json': text } }, { fda: true });
    expect(r.errors.map((e) => e.message)).toEqual([
      'bom.json /components/2: component "ring-buffer@0.4.2" lacks a support level and an end-of-support date (FDA premarket cybersecurity: level of support and end-of-support per component) — record them as properties "support-level" and "end-of-support"',
      'bom.json /components/1: component "@acme/units@3.0.1" reached its end of support on 2020-06-30 — upgrade or replace it, or record the risk acceptance and a new support date',
    ]);
  });
});

describe('sbom: licenses', () => {
  it('fails a component whose licence cannot avoid a denied one', async () => {
    const text = cdxJson(PKGS, {
      mutate: (b) => {
        b.components[0].licenses = [{ expression: 'AGPL-3.0-or-later OR MIT' }];
        b.components[1].licenses = [{ expression: 'AGPL-3.0-or-later AND MIT' }];
        b.components[2].licenses = [{ license: { id: 'GPL-2.0-only' } }];
      },
    });
    const r = await run({ head: { ...good, 'bom.json': text } }, { licenses: { deny: ['AGPL-3.0-only'] } });
    expect(r.errors.map((e) => e.message)).toEqual([
      'bom.json /components/1: component "@acme/units@3.0.1" is licensed AGPL-3.0-or-later AND MIT, which cannot be satisfied without the denied AGPL-3.0-or-later — replace the component or get the licence approved',
    ]);
  });

  it('a deny entry that is not SPDX makes the gate error', async () => {
    await expect(run({ head: good }, { licenses: { deny: ['not a licence!'] } })).rejects.toThrow(
      /licenses\.deny entry "not a licence!" is not an SPDX license id/,
    );
  });
});

describe('sbom: drift and update', () => {
  const bumped = PKGS.map((p) => (p.name === 'ring-buffer' ? { ...p, version: '0.5.0' } : p));

  it('a lockfile bump without an SBOM update fails twice: not updated, and the version differs', async () => {
    const lock = packageLock(bumped);
    const r = await run({ head: { ...good, 'package-lock.json': lock }, changed: ['package-lock.json'] });
    expect(r.errors.map((e) => [e.message, e.file, e.line])).toEqual([
      [
        'package-lock.json pins ring-buffer 0.5.0, but bom.json lists ring-buffer 0.4.2 (/components/2) — the SBOM is stale: regenerate it from this lockfile and commit it',
        'package-lock.json',
        lock.split('\n').findIndex((l) => l.includes('"node_modules/ring-buffer"')) + 1,
      ],
      [
        'package-lock.json changed but bom.json did not — regenerate the SBOM from the new lockfile and commit it in this pull request.',
        'package-lock.json',
        undefined,
      ],
    ]);
    // Both say the same thing to do: one step in the report.
    expect(r.errors.map((e) => e.action)).toEqual([
      { text: 'Regenerate bom.json from package-lock.json and commit it in this pull request' },
      { text: 'Regenerate bom.json from package-lock.json and commit it in this pull request' },
    ]);
  });

  it('require_update: a changed file named like an SBOM that is not one (docs/sbom.md) does not count as updating the SBOM', async () => {
    // Only the integrity of a pin changed (same versions, so no drift): require_update is what sees a stale SBOM.
    const lock = JSON.parse(packageLock(PKGS));
    lock.packages['node_modules/ring-buffer'].integrity = 'sha512-changed';
    const head = { ...good, 'package-lock.json': JSON.stringify(lock, null, 2), 'docs/sbom.md': '# How we make the SBOM\n' };
    const r = await run({ head, changed: ['package-lock.json', 'docs/sbom.md'] });
    expect(r.errors.map((e) => e.message)).toEqual([
      'package-lock.json changed but bom.json did not — regenerate the SBOM from the new lockfile and commit it in this pull request.',
    ]);
    // The SBOM itself changed: the lockfile change is covered.
    expect((await run({ head, changed: ['package-lock.json', 'docs/sbom.md', 'bom.json'] })).errors).toEqual([]);
    // A dependency's SBOM under node_modules/ or vendor/ is not the project's (the default names leave those out).
    const vendored = await run({
      head: { ...head, 'vendor/acme/units/bom.json': cdxJson(PKGS) },
      changed: ['package-lock.json', 'vendor/acme/units/bom.json'],
    });
    expect(vendored.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^package-lock\.json changed but bom\.json did not/)]);
    // A deleted SBOM (a package removed with its SBOM) still counts, as it did.
    expect((await run({ head, changed: ['package-lock.json', { path: 'old/bom.json', status: 'removed' }] })).errors).toEqual([]);
  });

  it('pom.xml names direct dependencies only: the transitive ones an SBOM lists are not stale, a named one at another version is', async () => {
    // What cyclonedx-maven-plugin (makeAggregateBom) writes for this POM: the two dependencies and what they pull in.
    const pom = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acme</groupId>
  <artifactId>pump-firmware</artifactId>
  <version>2.4.0</version>
  <dependencies>
    <dependency>
      <groupId>com.google.code.gson</groupId>
      <artifactId>gson</artifactId>
      <version>2.10.1</version>
    </dependency>
    <dependency>
      <groupId>org.junit.jupiter</groupId>
      <artifactId>junit-jupiter-api</artifactId>
      <version>5.10.2</version>
      <scope>test</scope>
    </dependency>
  </dependencies>
</project>
`;
    const maven = (group: string, name: string, version: string) => ({
      type: 'library',
      'bom-ref': `pkg:maven/${group}/${name}@${version}?type=jar`,
      group,
      name,
      version,
      supplier: { name: group },
      purl: `pkg:maven/${group}/${name}@${version}?type=jar`,
    });
    const components = [
      maven('com.google.code.gson', 'gson', '2.10.1'),
      maven('org.junit.jupiter', 'junit-jupiter-api', '5.10.2'),
      maven('org.opentest4j', 'opentest4j', '1.3.0'),
      maven('org.junit.platform', 'junit-platform-commons', '1.10.2'),
      maven('org.apiguardian', 'apiguardian-api', '1.1.2'),
    ];
    const bom = (list: typeof components) =>
      cdxJson([], {
        mutate: (b) => {
          b.components = list;
          b.dependencies = [{ ref: 'pump-firmware@2.4.0', dependsOn: list.map((c) => c['bom-ref']) }];
        },
      });
    expect((await run({ head: { 'bom.json': bom(components), 'pom.xml': pom } })).errors).toEqual([]);
    // A dependency the POM names, listed at another version instead, is a mismatch; listed at another version too, stale.
    const r = await run({
      head: { 'bom.json': bom([...components.slice(1), maven('com.google.code.gson', 'gson', '2.9.0')]), 'pom.xml': pom },
    });
    expect(r.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^pom\.xml pins com\.google\.code\.gson:gson 2\.10\.1, but bom\.json lists com\.google\.code\.gson:gson 2\.9\.0 /,
      ),
    ]);
    // <optional>true</optional> hides the dependency from the project's consumers, not from the project's SBOM.
    const optionalPom = pom.replace('<version>2.10.1</version>', '<version>2.10.1</version><optional>true</optional>');
    const withoutGson = await run({ head: { 'bom.json': bom(components.slice(1)), 'pom.xml': optionalPom } });
    expect(withoutGson.findings.map((f) => [f.severity, f.message])).toEqual([
      ['error', expect.stringMatching(/^pom\.xml pins com\.google\.code\.gson:gson 2\.10\.1, which the SBOM \(bom\.json\) does not list/)],
    ]);
    const twice = await run({ head: { 'bom.json': bom([...components, maven('com.google.code.gson', 'gson', '2.9.0')]), 'pom.xml': pom } });
    expect(twice.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^bom\.json \/components\/5: lists gson 2\.9\.0 \(pkg:maven\/com\.google\.code\.gson\/gson@2\.9\.0\?type=jar\), which no lockfile pins/,
      ),
    ]);
  });

  it('a package one lockfile pins as optional and another as required is required: missing, it is an error', async () => {
    // A monorepo: in app/ the package comes only through an optional dependency, in server/ it is a dependency.
    const withOptional = JSON.parse(packageLock(PKGS));
    withOptional.packages['node_modules/chokidar'] = { version: '3.6.0', optional: true };
    const withRequired = JSON.parse(packageLock(PKGS));
    withRequired.packages['node_modules/chokidar'] = { version: '3.6.0' };
    const head = {
      'bom.json': cdxJson(PKGS),
      'app/package-lock.json': JSON.stringify(withOptional, null, 2),
      'server/package-lock.json': JSON.stringify(withRequired, null, 2),
    };
    const r = await run({ head });
    expect(r.findings.map((f) => [f.severity, f.file, f.message])).toEqual([
      [
        'error',
        'server/package-lock.json',
        'server/package-lock.json pins chokidar 3.6.0, which the SBOM (bom.json) does not list — regenerate the SBOM from this lockfile and commit it',
      ],
    ]);
    // Optional in both: a warning, once.
    const r2 = await run({ head: { ...head, 'server/package-lock.json': head['app/package-lock.json'] } });
    expect(r2.findings.map((f) => [f.severity, f.file])).toEqual([['warning', 'app/package-lock.json']]);
  });

  it('requirements.txt: what a -r file pins is pinned too (compared, not stale); a missing one is an error on the -r line', async () => {
    // The Django layout: requirements.txt takes in requirements/base.txt; the SBOM (cyclonedx-py requirements) lists both.
    const pypi = (name: string, version: string) => ({
      type: 'library',
      'bom-ref': `pkg:pypi/${name}@${version}`,
      name,
      version,
      supplier: { name },
      purl: `pkg:pypi/${name}@${version}`,
    });
    const bom = (list: ReturnType<typeof pypi>[]) =>
      cdxJson([], {
        mutate: (b) => {
          b.components = list;
          b.dependencies = [{ ref: 'pump-firmware@2.4.0', dependsOn: list.map((c) => c['bom-ref']) }];
        },
      });
    const listed = [pypi('gunicorn', '21.2.0'), pypi('django', '4.2.11'), pypi('asgiref', '3.8.1')];
    const head = {
      'requirements.txt': '-r requirements/base.txt\ngunicorn==21.2.0\n',
      'requirements/base.txt': 'django==4.2.11\nasgiref==3.8.1\n',
    };
    expect((await run({ head: { ...head, 'bom.json': bom(listed) } })).errors).toEqual([]);
    // A pin of the included file that the SBOM lists at another version is drift, on that file's line.
    const bumped = await run({ head: { ...head, 'requirements/base.txt': 'django==4.2.12\nasgiref==3.8.1\n', 'bom.json': bom(listed) } });
    expect(bumped.errors.map((e) => [e.file, e.line, e.message])).toEqual([
      [
        'requirements/base.txt',
        1,
        expect.stringMatching(/^requirements\/base\.txt pins django 4\.2\.12, but bom\.json lists django 4\.2\.11 /),
      ],
    ]);
    // An include that is not there.
    const missing = await run({ head: { 'requirements.txt': head['requirements.txt'], 'bom.json': bom(listed.slice(0, 1)) } });
    expect(missing.errors.map((e) => [e.file, e.line, e.message])).toEqual([
      [
        'requirements.txt',
        1,
        'requirements.txt:1 includes requirements/base.txt: The lockfile requirements/base.txt is not in the head commit — commit it or fix the include',
      ],
    ]);
    // Files that include each other are read once each.
    const cycle = { ...head, 'requirements/base.txt': '-r ../requirements.txt\ndjango==4.2.11\nasgiref==3.8.1\n' };
    expect((await run({ head: { ...cycle, 'bom.json': bom(listed) } })).errors).toEqual([]);
    // At most MAX_INCLUDED_LOCKFILES included files are read; one error names the first left out, on its -r line.
    const many = Array.from({ length: MAX_INCLUDED_LOCKFILES + 1 }, (_, i) => [`req/r${i}.txt`, `pkg${i}==1.0.${i}\n`] as const);
    const read = many.slice(0, MAX_INCLUDED_LOCKFILES).map((_, i) => pypi(`pkg${i}`, `1.0.${i}`));
    const includer = many.map(([path]) => `-r ${path}`).join('\n') + '\n';
    const capped = await run({ head: { 'requirements.txt': includer, ...Object.fromEntries(many), 'bom.json': bom(read) } });
    expect(capped.errors.map((e) => [e.file, e.line, e.message])).toEqual([
      [
        'requirements.txt',
        MAX_INCLUDED_LOCKFILES + 1,
        expect.stringMatching(
          new RegExp(
            `^requirements\\.txt:${MAX_INCLUDED_LOCKFILES + 1} includes req/r${MAX_INCLUDED_LOCKFILES}\\.txt, but more than ${MAX_INCLUDED_LOCKFILES} files are included in all; the rest were not read`,
          ),
        ),
      ],
    ]);
  });

  it('a component whose version and purl name different versions is an error: the purl matched, the version is stale', async () => {
    // A hand-resolved merge of bom.json: the purl from one side (what is locked), the version from the other.
    const bom = cdxJson(PKGS, { mutate: (b) => (b.components[2]!.version = '0.4.1') });
    const r = await run({ head: { 'bom.json': bom, 'package-lock.json': packageLock(PKGS) } });
    expect(r.errors.map((e) => [e.file, e.line, e.message])).toEqual([
      [
        'bom.json',
        bom.split('\n').findIndex((l) => l.includes('"version": "0.4.1"')) + 1,
        'bom.json /components/2: lists ring-buffer 0.4.1, but its purl pkg:npm/ring-buffer@0.4.2 names version 0.4.2 — the component contradicts itself (a hand edit or a merge?): regenerate the SBOM',
      ],
    ]);
    // The forms generators write for one version are one version: composer's "v", Go's "v", an encoded "+".
    const forms = cdxJson([], {
      mutate: (b) => {
        b.components = [
          { type: 'library', name: 'monolog', group: 'monolog', version: 'v3.5.0', purl: 'pkg:composer/monolog/monolog@3.5.0' },
          { type: 'library', name: 'x', version: '1.0.0+build.1', purl: 'pkg:npm/x@1.0.0%2Bbuild.1' },
        ];
        b.dependencies = [];
      },
    });
    const composer = JSON.stringify({ packages: [{ name: 'monolog/monolog', version: 'v3.5.0' }], 'packages-dev': [] });
    const lock = packageLock([{ name: 'x', version: '1.0.0+build.1' }]);
    const ok = await run({ head: { 'bom.json': forms, 'composer.lock': composer, 'package-lock.json': lock } }, { ntia: false });
    expect(ok.errors).toEqual([]);
  });

  it('missing and extra components', async () => {
    const lock = packageLock([...PKGS.slice(0, 2), { name: 'crc32', version: '2.0.0' }]);
    const r = await run({ head: { ...good, 'package-lock.json': lock } });
    expect(r.errors.map((e) => e.message)).toEqual([
      'package-lock.json pins crc32 2.0.0, which the SBOM (bom.json) does not list — regenerate the SBOM from this lockfile and commit it',
      'bom.json /components/2: lists ring-buffer 0.4.2 (pkg:npm/ring-buffer@0.4.2), which no lockfile pins any more (package-lock.json) — regenerate the SBOM so it matches what is locked',
    ]);
  });

  it('require_update: false and lockfiles: [] switch those checks off', async () => {
    const lock = packageLock(bumped);
    expect(
      (
        await run(
          { head: { ...good, 'package-lock.json': lock }, changed: ['package-lock.json'] },
          { require_update: false, lockfiles: [] },
        )
      ).errors,
    ).toEqual([]);
  });

  it('an explicit lockfile list; a listed lockfile that is missing is an error', async () => {
    const r = await run({ head: good }, { lockfiles: ['app/package-lock.json'] });
    expect(r.errors.map((e) => e.message)).toEqual([
      'lockfiles lists app/package-lock.json, but no such file is at head — fix the list or commit the lockfile',
    ]);
  });

  it('lockfiles are read first, but their problems are reported only beside an SBOM that could be read', async () => {
    const broken = { 'bom.json': '{"bomFormat": "CycloneDX", ', 'package-lock.json': '{\n  "lockfileVersion": 3,\n' };
    const r = await run({ head: broken });
    expect(r.errors.map((e) => e.file)).toEqual(['bom.json']);
    const readable = await run({ head: { ...broken, 'bom.json': good['bom.json'] } });
    expect(readable.errors.map((e) => e.file)).toContain('package-lock.json');
  });

  it('a lockfile that does not parse is an error with its line', async () => {
    const r = await run({ head: { ...good, 'package-lock.json': '{\n  "lockfileVersion": 3,\n  "packages": {\n' } });
    expect(r.errors[0]).toMatchObject({ file: 'package-lock.json', line: expect.any(Number) });
    expect(r.errors[0]!.message).toMatch(/^package-lock\.json does not parse as JSON \(.*\) — regenerate the package-lock\.json$/);
  });
});

describe('sbom: uniqueItems in linear time', () => {
  it('finds the first pair of items equal as JSON values, whatever their key order, and nothing when all differ', async () => {
    const { firstDuplicate } = await import('../../src/parsers/sbom/validator-runtime.js');
    const items = Array.from({ length: 1000 }, (_, i) => ({
      name: `p${i}`,
      version: '1.0.0',
      hashes: [{ alg: 'SHA-1', content: String(i) }],
    }));
    expect(firstDuplicate(items)).toBeUndefined();
    expect(firstDuplicate([...items, { hashes: [{ content: '7', alg: 'SHA-1' }], version: '1.0.0', name: 'p7' }])).toEqual([7, 1000]);
    // Same primitive members, different nested values: same fingerprint, not equal.
    expect(
      firstDuplicate([
        { a: 1, b: [1] },
        { b: [2], a: 1 },
      ]),
    ).toBeUndefined();
    expect(firstDuplicate(['x', 1, '1', null, 'null', true, 'true'])).toBeUndefined();
    expect(firstDuplicate([1, 2, 3, 2, 1])).toEqual([1, 3]);
  });

  it('takes items whose bom-refs the document defines once as distinct, and still finds equal items otherwise', async () => {
    const { firstDuplicate } = await import('../../src/parsers/sbom/validator-runtime.js');
    const { jsonIndex } = await import('../../src/parsers/sbom/json-index.js');
    const component = (i: number) => ({ 'bom-ref': `pkg:npm/p${i}@1`, name: `p${i}`, version: '1' });
    const unique = { components: Array.from({ length: 40 }, (_, i) => component(i)) };
    jsonIndex(unique);
    expect(firstDuplicate(unique.components, unique)).toBeUndefined();
    // The same component twice: its bom-ref is defined twice, so the items are compared.
    const twice = { components: [...Array.from({ length: 40 }, (_, i) => component(i)), component(7)] };
    jsonIndex(twice);
    expect(firstDuplicate(twice.components, twice)).toEqual([7, 40]);
    // A bom-ref defined once here but again elsewhere (a service): compared, and different.
    const elsewhere = {
      components: Array.from({ length: 40 }, (_, i) => component(i)),
      services: [{ 'bom-ref': 'pkg:npm/p3@1', name: 's' }],
    };
    jsonIndex(elsewhere);
    expect(firstDuplicate(elsewhere.components, elsewhere)).toBeUndefined();
    // A document not walked: no shortcut, the same answer.
    expect(firstDuplicate([...twice.components], { other: true })).toEqual([7, 40]);
    // A list where bom-refs are not definitions (below properties) is not taken as distinct: its items are compared.
    const below = { components: [component(100)], properties: [...Array.from({ length: 40 }, (_, i) => component(i)), component(7)] };
    jsonIndex(below);
    expect(firstDuplicate(below.properties, below)).toEqual([7, 40]);
    // No bom-ref defined twice: a long list of components with bom-refs is distinct without a look-up, and one
    // item without a bom-ref sends the list back to comparing.
    const noted = { components: Array.from({ length: 40 }, (_, i) => component(i)) };
    expect(jsonIndex(noted).refKeyedLists.has(noted.components)).toBe(true);
    expect(firstDuplicate(noted.components, noted)).toBeUndefined();
    const unnamed = {
      components: [...Array.from({ length: 40 }, (_, i) => component(i)), { name: 'p7', version: '1' }, { name: 'p7', version: '1' }],
    };
    expect(jsonIndex(unnamed).refKeyedLists.has(unnamed.components)).toBe(false);
    expect(firstDuplicate(unnamed.components, unnamed)).toEqual([40, 41]);
  });

  it('agrees with comparing every pair, short arrays and long, with and without bom-ref and ref members', async () => {
    const { firstDuplicate, canonical } = await import('../../src/parsers/sbom/validator-runtime.js');
    const everyPair = (items: unknown[]): [number, number] | undefined => {
      for (let i = 1; i < items.length; i++) for (let j = 0; j < i; j++) if (canonical(items[i]) === canonical(items[j])) return [j, i];
      return undefined;
    };
    const scalar = fc.constantFrom<unknown>('a', 'b', '1', 1, true, 'true', null, 'null', '');
    const member = fc.oneof(scalar, fc.array(scalar, { maxLength: 2 }));
    const object = fc.dictionary(fc.constantFrom('bom-ref', 'ref', 'name', 'version', 'x'), member, { maxKeys: 4 });
    // Equal values written with their keys in another order must still be found.
    const shuffled = (o: unknown): unknown =>
      o && typeof o === 'object' && !Array.isArray(o) ? Object.fromEntries(Object.entries(o).reverse()) : o;
    const item = fc.oneof(scalar, object, fc.array(scalar, { maxLength: 2 }));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 3 }), (items, copies) => {
        const all = [...items];
        for (const c of copies) if (items.length) all.splice(c % (all.length + 1), 0, shuffled(items[c % items.length]));
        expect(firstDuplicate(all)).toEqual(everyPair(all));
      }),
      { numRuns: 2000, seed: 62304 },
    );
  });
});

describe('sbom: drift matching across documents and lockfiles', () => {
  it('marks every component a locked package names, exactly or normalized, and reports each leftover once', async () => {
    const { compareWithLockfiles } = await import('../../src/rules/sbom/drift.js');
    const component = (name: string, version: string | undefined, purl: string | undefined, pointer: string) => ({
      name,
      version,
      purl,
      pointer,
      licenses: [],
    });
    const doc = (path: string, components: ReturnType<typeof component>[]) =>
      ({
        path,
        family: 'cyclonedx',
        encoding: 'json',
        specVersion: '1.6',
        authors: [],
        components,
        dependencies: [],
        issues: [],
        linesOf: () => new Map(),
      }) as never;
    const a = doc('a.cdx.json', [
      component('left-pad', '1.3.0', 'pkg:npm/left-pad@1.3.0', '/components/0'),
      component('left-pad', '1.3.0', 'pkg:npm/left-pad@1.3.0', '/components/1'), // listed twice: both accounted
      component('units', '3.0.1', 'pkg:npm/%40acme/units@3.0.1', '/components/2'), // encoded scope: normalized match
      component('crc32', '1.0.0', 'pkg:npm/crc32@1.0.0', '/components/3'), // locked at 2.0.0: one mismatch
      component('gone', '1.0.0', 'pkg:npm/gone@1.0.0', '/components/4'), // extra
    ]);
    const b = doc('b.cdx.json', [
      component('no-purl', '0.1.0', undefined, '/components/0'), // matched by name
      component('left-pad', '1.3.0', 'pkg:npm/left-pad@1.3.0', '/components/1'),
      component('zlib', '1.3', 'pkg:generic/zlib@1.3', '/components/2'), // no lockfile of that ecosystem: not an extra
    ]);
    const pin = (name: string, version: string, purl: string) => ({ ecosystem: 'npm', name, version, purl, line: 7 });
    const locks = [
      {
        path: 'package-lock.json',
        packages: [
          pin('left-pad', '1.3.0', 'pkg:npm/left-pad@1.3.0'),
          pin('@acme/units', '3.0.1', 'pkg:npm/@acme/units@3.0.1'),
          pin('crc32', '2.0.0', 'pkg:npm/crc32@2.0.0'),
          pin('no-purl', '0.1.0', 'pkg:npm/no-purl@0.1.0'),
          pin('missing', '1.0.0', 'pkg:npm/missing@1.0.0'),
        ],
      },
      {
        path: 'app/package-lock.json',
        packages: [
          pin('left-pad', '1.3.0', 'pkg:npm/left-pad@1.3.0'),
          pin('missing', '1.0.0', 'pkg:npm/missing@1.0.0'),
          pin('crc32', '2.0.0', 'pkg:npm/crc32@2.0.0'),
        ],
      },
    ];
    const withIndex = compareWithLockfiles(
      [a, b],
      locks.map((l) => ({ ...l, byPurl: new Map(l.packages.map((p, i) => [p.purl, i])) })),
    );
    const r = compareWithLockfiles([a, b], locks);
    // With the reader's index by purl or without it, the same answer.
    expect(withIndex).toEqual(r);
    expect(r.findings.map((f) => [f.message, f.file, f.line])).toEqual([
      [
        'package-lock.json pins crc32 2.0.0, but a.cdx.json lists crc32 1.0.0 (/components/3) — the SBOM is stale: regenerate it from this lockfile and commit it',
        'package-lock.json',
        7,
      ],
      [
        'package-lock.json pins missing 1.0.0, which the SBOM (a.cdx.json and b.cdx.json) does not list — regenerate the SBOM from this lockfile and commit it',
        'package-lock.json',
        7,
      ],
    ]);
    expect([...r.sbomIssues].map(([d, issues]) => [(d as { path: string }).path, issues.map((i) => i.message)])).toEqual([
      [
        'a.cdx.json',
        [
          '/components/4: lists gone 1.0.0 (pkg:npm/gone@1.0.0), which no lockfile pins any more (package-lock.json and app/package-lock.json) — regenerate the SBOM so it matches what is locked',
        ],
      ],
    ]);
  });
});

describe('sbom: drift on what real projects commit', () => {
  const component = (name: string, version: string, purl: string) => ({
    type: 'library',
    'bom-ref': purl,
    name,
    version,
    supplier: { name: 'x' },
    purl,
    licenses: [{ license: { id: 'MIT' } }],
  });

  it('first-party packages (a workspace member the generator lists) are neither pins nor stale components', async () => {
    const lock = JSON.parse(packageLock(PKGS));
    lock.packages['packages/pump-ui'] = { name: '@acme/pump-ui', version: '0.3.0' };
    lock.packages['node_modules/@acme/pump-ui'] = { resolved: 'packages/pump-ui', link: true };
    const bom = cdxJson(PKGS, { mutate: (b) => b.components.push(component('pump-ui', '0.3.0', 'pkg:npm/%40acme/pump-ui@0.3.0')) });
    expect((await run({ head: { 'bom.json': bom, 'package-lock.json': JSON.stringify(lock, null, 2) } })).errors).toEqual([]);
    // Without the workspace in the lockfile the same component is stale.
    const r = await run({ head: { 'bom.json': bom, 'package-lock.json': packageLock(PKGS) } });
    expect(r.errors.map((e) => e.message)).toEqual([
      expect.stringContaining('lists pump-ui 0.3.0 (pkg:npm/%40acme/pump-ui@0.3.0), which no lockfile pins any more'),
    ]);
  });

  it('every qualifier variant of a pinned gem is accounted for, not only the first that matches exactly', async () => {
    const lock =
      'GEM\n  remote: https://rubygems.org/\n  specs:\n    ffi (1.17.1)\n    ffi (1.17.1-x86_64-linux-gnu)\n    ffi (1.17.1-riscv64-linux-musl)\n\nPLATFORMS\n  ruby\n';
    const bom = cdxJson([], {
      mutate: (b) => {
        b.components = [
          component('ffi', '1.17.1', 'pkg:gem/ffi@1.17.1'),
          component('ffi', '1.17.1', 'pkg:gem/ffi@1.17.1?platform=x86_64-linux-gnu'),
          component('ffi', '1.17.1', 'pkg:gem/ffi@1.17.1?platform=riscv64-linux-musl'),
        ];
        b.components.forEach((c, i) => (c['bom-ref'] = `ffi-${i}`));
        b.dependencies = [{ ref: 'pump-firmware@2.4.0', dependsOn: ['ffi-0', 'ffi-1', 'ffi-2'] }];
      },
    });
    expect((await run({ head: { 'bom.json': bom, 'Gemfile.lock': lock } })).errors).toEqual([]);
    const bumped = await run({ head: { 'bom.json': bom, 'Gemfile.lock': lock.replace(/1\.17\.1/g, '1.17.2') } });
    expect(bumped.errors[0]!.message).toBe(
      'Gemfile.lock pins ffi 1.17.2, but bom.json lists ffi 1.17.1 (/components/0) — the SBOM is stale: regenerate it from this lockfile and commit it',
    );
  });

  it("a lockfile that parses but pins nothing is a finding, and the SBOM's components of its ecosystem are still compared", async () => {
    const stub = await run({ head: { ...good, 'package-lock.json': '{"lockfileVersion": 3, "packages": {}}' } });
    expect(stub.errors.map((e) => [e.message, e.file])).toEqual([
      ...PKGS.map((p) => [expect.stringContaining(`lists ${p.name} ${p.version} (`), 'bom.json']),
      [
        "package-lock.json parses but pins no npm packages, so the drift check has nothing to compare it with — regenerate it with the package manager, or leave it out of `lockfiles` if it is not the project's lockfile",
        'package-lock.json',
      ],
    ]);
    // A project without dependencies: a warning, and nothing else to say.
    const none = await run({ head: { 'bom.json': cdxJson([]), 'package-lock.json': packageLock([]) } });
    expect(none.errors).toEqual([]);
    expect(none.findings.map((f) => [f.severity, f.message])).toEqual([
      ['warning', expect.stringContaining('package-lock.json parses but pins no npm packages (it names only the project itself)')],
    ]);
  });

  it('drift findings lead: a version mismatch comes before SBOM schema and element findings', async () => {
    const bom = cdxJson(PKGS, { mutate: (b) => delete b.components[0].supplier });
    const r = await run({
      head: {
        'bom.json': bom,
        'package-lock.json': packageLock(PKGS.map((p) => (p.name === 'ring-buffer' ? { ...p, version: '0.5.0' } : p))),
      },
    });
    expect(r.findings[0]!.message).toMatch(/^package-lock\.json pins ring-buffer 0\.5\.0, but bom\.json lists ring-buffer 0\.4\.2/);
    expect(r.findings.length).toBeGreaterThan(1);
  });

  it('dev_dependencies: exclude — a development-only package need not be in the SBOM, and may be', async () => {
    const lock = JSON.parse(packageLock(PKGS));
    lock.packages['node_modules/vitest'] = { version: '4.1.0', dev: true };
    const text = JSON.stringify(lock, null, 2);
    expect((await run({ head: { ...good, 'package-lock.json': text } }, { dev_dependencies: 'exclude' })).errors).toEqual([]);
    const listed = cdxJson([...PKGS, { name: 'vitest', version: '4.1.0' }]);
    expect((await run({ head: { 'bom.json': listed, 'package-lock.json': text } }, { dev_dependencies: 'exclude' })).errors).toEqual([]);
    // Included (the default), it must be listed.
    expect((await run({ head: { ...good, 'package-lock.json': text } })).errors.map((e) => e.message)).toEqual([
      expect.stringContaining('pins vitest 4.1.0, which the SBOM (bom.json) does not list'),
    ]);
  });

  it('dev_dependencies: exclude — a package installed at a development-only place and at a shipped one ships, and must be listed', async () => {
    // npm marks each place in node_modules: semver 6.3.1 nested under @babel/core (dev) and under make-dir (shipped),
    // the root's semver being 7. The keys are sorted, so the development-only place comes first.
    const lock = JSON.parse(packageLock(PKGS));
    lock.packages[''].dependencies = { ...lock.packages[''].dependencies, 'make-dir': '^3.1.0' };
    lock.packages[''].devDependencies = { '@babel/core': '^7.24.0' };
    Object.assign(lock.packages, {
      'node_modules/@babel/core': { version: '7.24.0', dev: true },
      'node_modules/@babel/core/node_modules/semver': { version: '6.3.1', dev: true },
      'node_modules/make-dir': { version: '3.1.0' },
      'node_modules/make-dir/node_modules/semver': { version: '6.3.1' },
      'node_modules/semver': { version: '7.6.0' },
    });
    const text = JSON.stringify(lock, null, 2);
    const shipped = [...PKGS, { name: 'make-dir', version: '3.1.0' }, { name: 'semver', version: '7.6.0' }];
    // The SBOM of what ships lists semver 7.6.0 but not the 6.3.1 that make-dir loads.
    const r = await run({ head: { 'bom.json': cdxJson(shipped), 'package-lock.json': text } }, { dev_dependencies: 'exclude' });
    // Reported on the shipped place's line.
    const shippedLine = text.split('\n').findIndex((l) => l.includes('"node_modules/make-dir/node_modules/semver":')) + 1;
    expect(r.errors.map((e) => [e.message, e.line])).toEqual([
      [expect.stringMatching(/^package-lock\.json pins semver 6\.3\.1, but bom\.json lists semver 7\.6\.0 /), shippedLine],
    ]);
    const complete = cdxJson([...shipped, { name: 'semver', version: '6.3.1' }]);
    expect((await run({ head: { 'bom.json': complete, 'package-lock.json': text } }, { dev_dependencies: 'exclude' })).errors).toEqual([]);
  });
});

// The gate as a policy author meets it: options and facts in, status and findings out (see helpers/rule-tester.ts).
const TABLE_PKGS = [{ name: 'ring-buffer', version: '0.4.2' }];

ruleTester('sbom').run([
  {
    name: 'passes on a valid, complete SBOM that matches the lockfile',
    facts: { head: { 'bom.json': cdxJson(TABLE_PKGS), 'package-lock.json': packageLock(TABLE_PKGS) } },
    expect: { status: 'pass' },
  },
  {
    name: 'fails when there is no SBOM',
    facts: { head: { 'package-lock.json': packageLock(TABLE_PKGS) } },
    expect: { status: 'fail', findings: [{ severity: 'error', message: /^No SBOM found at head/ }] },
  },
  {
    name: 'fails on a stale SBOM, on the lockfile',
    facts: { head: { 'bom.json': cdxJson(TABLE_PKGS), 'package-lock.json': packageLock([{ name: 'ring-buffer', version: '0.5.0' }]) } },
    expect: {
      status: 'fail',
      findings: [
        {
          severity: 'error',
          message: 'package-lock.json pins ring-buffer 0.5.0, but bom.json lists ring-buffer 0.4.2',
          file: 'package-lock.json',
        },
      ],
    },
  },
  {
    name: 'fails on a lockfile changed without the SBOM',
    facts: { changed: ['package-lock.json'], head: { 'bom.json': cdxJson(TABLE_PKGS), 'package-lock.json': packageLock(TABLE_PKGS) } },
    expect: { status: 'fail', findings: [{ severity: 'error', message: 'package-lock.json changed but bom.json did not' }] },
  },
  {
    name: 'fails on a truncated file, on its line',
    facts: { head: { 'bom.json': '{"bomFormat": "CycloneDX",' } },
    expect: {
      status: 'fail',
      findings: [
        {
          severity: 'error',
          message: /^bom\.json: is not valid CycloneDX JSON \(.*\) — a truncated or hand-edited file\? Regenerate it$/,
          file: 'bom.json',
          line: 1,
        },
      ],
    },
  },
]);

describe('sbom: drift, packages the SBOM does not list', () => {
  it('lists up to MAX_DRIFT_FINDINGS missing pins as errors (then counts the rest) and up to as many optional ones as warnings', async () => {
    const { compareWithLockfiles, MAX_DRIFT_FINDINGS } = await import('../../src/rules/sbom/drift.js');
    const doc = {
      path: 'bom.cdx.json',
      family: 'cyclonedx',
      encoding: 'json',
      specVersion: '1.6',
      authors: [],
      components: [{ name: 'kept', version: '1.0.0', purl: 'pkg:npm/kept@1.0.0', pointer: '/components/0', licenses: [] }],
      dependencies: [],
      issues: [],
      linesOf: () => new Map(),
    } as never;
    const pin = (name: string, optional: boolean) => ({
      ecosystem: 'npm',
      name,
      version: '1.0.0',
      purl: `pkg:npm/${name}@1.0.0`,
      line: 3,
      ...(optional ? { optional: true } : {}),
    });
    const over = MAX_DRIFT_FINDINGS + 5;
    const packages = [pin('kept', false)];
    for (let i = 0; i < over; i++) packages.push(pin(`opt-${i}`, true), pin(`req-${i}`, false));
    const { findings } = compareWithLockfiles([doc], [{ path: 'package-lock.json', packages }]);
    const warnings = findings.filter((f) => f.severity === 'warning');
    const errors = findings.filter((f) => f.severity === 'error');
    expect(warnings).toHaveLength(MAX_DRIFT_FINDINGS);
    expect(warnings.every((f) => f.message.startsWith('package-lock.json pins opt-') && f.message.includes('(optional)'))).toBe(true);
    expect(errors.map((f) => f.message)).toEqual([
      ...Array.from({ length: MAX_DRIFT_FINDINGS }, (_, i) =>
        expect.stringMatching(new RegExp(`^package-lock\\.json pins req-${i} 1\\.0\\.0, which the SBOM`)),
      ),
      'and 5 more locked packages missing from the SBOM',
    ]);
  });

  it('counts the version mismatches and the unpinned components beyond MAX_DRIFT_FINDINGS, each in one finding', async () => {
    const { compareWithLockfiles, MAX_DRIFT_FINDINGS } = await import('../../src/rules/sbom/drift.js');
    const over = MAX_DRIFT_FINDINGS + 3;
    const component = (name: string, version: string, i: number) => ({
      name,
      version,
      purl: `pkg:npm/${name}@${version}`,
      pointer: `/components/${i}`,
      licenses: [],
    });
    const names = Array.from({ length: over }, (_, i) => `bumped-${i}`);
    const doc = {
      path: 'bom.cdx.json',
      family: 'cyclonedx',
      encoding: 'json',
      specVersion: '1.6',
      authors: [],
      // Each pinned package listed at another version, and as many components that no lockfile pins, plus two.
      components: [
        ...names.map((n, i) => component(n, '2.0.0', i)),
        ...Array.from({ length: over + 2 }, (_, i) => component(`unpinned-${i}`, '1.0.0', over + i)),
      ],
      dependencies: [],
      issues: [],
      linesOf: () => new Map(),
    } as never;
    const packages = names.map((name) => ({ ecosystem: 'npm', name, version: '1.0.0', purl: `pkg:npm/${name}@1.0.0`, line: 3 }));
    const { findings } = compareWithLockfiles([doc], [{ path: 'package-lock.json', packages }]);
    const counted = findings.filter((f) => f.message.startsWith('and '));
    expect(counted.map((f) => f.message)).toEqual([
      'and 3 more version mismatches between the lockfiles and the SBOM',
      'and 5 more SBOM components that no lockfile pins',
    ]);
    expect(counted.every((f) => f.severity === 'error' && f.action?.text.startsWith('Regenerate bom.cdx.json'))).toBe(true);
  });
});
