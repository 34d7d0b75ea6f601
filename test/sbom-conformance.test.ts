import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectSbom, readSbom } from '../src/parsers/sbom/index.js';
import { validateJsonSchema } from '../src/parsers/sbom/schema.js';
import { validatorModules, withoutAnnotations } from '../src/parsers/sbom/schemas/generate-validators.js';

// The CycloneDX specification's own test documents: every valid-* accepted, every invalid-* rejected.
// Files the spec's own tools skip (skip_*) are left out; informal-invalid-* are rules stated in prose, checked too.

const ROOT = new URL('./fixtures/conformance/cyclonedx/', import.meta.url).pathname;
const VERSIONS = ['1.2', '1.3', '1.4', '1.5', '1.6', '1.7'];

/** Files this gate cannot judge as the spec expects; each has its reason in the README. */
export const KNOWN_EXCEPTIONS: Record<string, string> = {};

function cases(ext: string) {
  return VERSIONS.flatMap((v) =>
    readdirSync(join(ROOT, v))
      .filter((f) => f.endsWith(ext) && /^(valid|invalid|informal-invalid)-/.test(f))
      .map((f) => ({ version: v, file: f, valid: f.startsWith('valid-') })),
  );
}

async function problems(version: string, file: string) {
  const text = readFileSync(join(ROOT, version, file), 'utf8');
  const r = await inspectSbom({ path: file, text }, { schema: true });
  return r.issues.filter((i) => i.severity === 'error');
}

describe.each(['.json', '.xml'])('CycloneDX conformance (%s)', (ext) => {
  const all = cases(ext).filter((c) => !(c.file in KNOWN_EXCEPTIONS));
  it.each(all.map((c) => [`${c.version}/${c.file}`, c] as const))('%s', async (_name, c) => {
    const found = await problems(c.version, c.file);
    if (c.valid) expect(found.map((f) => f.message)).toEqual([]);
    else expect(found.length).toBeGreaterThan(0);
  });
});

describe('the validators generated at build time', () => {
  it('drop annotations in schema positions only, never values or property names', () => {
    const value = { description: 'kept', title: 'kept' };
    const schema = {
      title: 'T',
      description: 'D',
      properties: { description: { type: 'string', description: 'gone' }, title: { const: value, default: value, examples: [value] } },
      enum: [value],
      items: [{ $comment: 'gone', properties: { a: {} } }],
      definitions: { d: { 'meta:enum': { x: 'gone' }, additionalProperties: { examples: ['gone'], type: 'number' } } },
      dependencies: { a: ['description'] },
    };
    expect(withoutAnnotations(schema)).toEqual({
      properties: { description: { type: 'string' }, title: { const: value, default: value } },
      enum: [value],
      items: [{ properties: { a: {} } }],
      definitions: { d: { additionalProperties: { type: 'number' } } },
      dependencies: { a: ['description'] },
    });
  });

  // A validator generated at build time must give every document the verdict of the one compiled from the vendored
  // files as they are (the errors of an invalid one are then collected by the latter in both cases).
  it('give the verdict and errors of the schema compiled at run time, for every JSON test document of the specification', async () => {
    let invalid = 0;
    for (const c of cases('.json')) {
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(join(ROOT, c.version, c.file), 'utf8'));
      } catch {
        continue;
      }
      const generated = await validateJsonSchema('cyclonedx', c.version, json);
      expect(generated, `${c.version}/${c.file}`).toEqual(await validateJsonSchema('cyclonedx', c.version, json, 'compiled'));
      if (generated.length) invalid++;
    }
    // The comparison covered documents the schema rejects, not only ones it accepts.
    expect(invalid).toBeGreaterThan(20);
    const SPDX = new URL('./fixtures/conformance/spdx/', import.meta.url).pathname;
    for (const [file, version] of [
      ['SPDXJSONExample-v2.2.spdx.json', '2.2'],
      ['SPDXJSONExample-v2.3.spdx.json', '2.3'],
    ] as const) {
      const json = JSON.parse(readFileSync(join(SPDX, file), 'utf8')) as Record<string, unknown>;
      // Also with a property the schema forbids and one of the wrong type, so the errors are compared too.
      for (const doc of [json, { ...json, unexpected: 1 }, { ...json, name: 5 }]) {
        expect(await validateJsonSchema('spdx', version, doc)).toEqual(await validateJsonSchema('spdx', version, doc, 'compiled'));
      }
    }
  });

  it('are what the generator makes of the vendored schemas (run npm run validators after changing them or ajv)', async () => {
    const generated = await validatorModules();
    const dir = new URL('../src/parsers/sbom/schemas/', import.meta.url).pathname;
    const committed = ['validators.ts', ...readdirSync(join(dir, 'validators')).map((f) => `validators/${f}`)].sort();
    expect(committed).toEqual(Object.keys(generated).sort());
    for (const [path, text] of Object.entries(generated)) expect(readFileSync(join(dir, path), 'utf8') === text, path).toBe(true);
  });
});

describe('the official SPDX examples', () => {
  const SPDX = new URL('./fixtures/conformance/spdx/', import.meta.url).pathname;
  it.each([
    ['SPDXJSONExample-v2.2.spdx.json', 'json', '2.2'],
    ['SPDXJSONExample-v2.3.spdx.json', 'json', '2.3'],
    ['SPDXTagExample-v2.2.spdx', 'tag-value', '2.2'],
    ['SPDXTagExample-v2.3.spdx', 'tag-value', '2.3'],
  ])('%s is read and valid', async (file, encoding, version) => {
    const r = await inspectSbom({ path: file, text: readFileSync(join(SPDX, file), 'utf8') }, { schema: true });
    expect(r.issues.map((i) => i.message)).toEqual([]);
    expect(r.document).toMatchObject({ family: 'spdx', encoding, specVersion: version });
    expect(r.document!.components.length).toBeGreaterThan(0);
    expect(r.document!.primary?.ref).toBe('SPDXRef-Package');
    expect(r.document!.authors.length).toBeGreaterThan(0);
  });

  it('both encodings of the 2.3 example read the same packages', () => {
    const json = readSbom({ path: 'a', text: readFileSync(join(SPDX, 'SPDXJSONExample-v2.3.spdx.json'), 'utf8') }).document!;
    const tag = readSbom({ path: 'b', text: readFileSync(join(SPDX, 'SPDXTagExample-v2.3.spdx'), 'utf8') }).document!;
    const view = (cs: typeof json.components) => cs.map((c) => [c.ref, c.name, c.version, c.purl, c.supplier]).sort();
    expect(view(tag.components)).toEqual(view(json.components));
  });

  it('a schema violation in SPDX 2.3 JSON is rejected with its pointer', async () => {
    const doc = JSON.parse(readFileSync(join(SPDX, 'SPDXJSONExample-v2.3.spdx.json'), 'utf8'));
    doc.packages[0].primaryPackagePurpose = 'GADGET';
    doc.relationships.push({ spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'CONTAINS', relatedSpdxElement: 'SPDXRef-Ghost' });
    const r = await inspectSbom({ path: 'x.spdx.json', text: JSON.stringify(doc) }, { schema: true });
    expect(r.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^\/packages\/0\/primaryPackagePurpose must be one of "OTHER", .*\(schema SPDX 2\.3\)$/),
      expect.stringMatching(/relationship element "SPDXRef-Ghost" matches no SPDXID in the document/),
    ]);
  });

  it('the XML and YAML encodings are recognised but not read', () => {
    const r = readSbom({ path: 'x.spdx.xml', text: readFileSync(join(SPDX, 'SPDXXMLExample-v2.3.spdx.xml'), 'utf8') });
    expect(r.document).toBeUndefined();
    expect(r.issues[0]!.severity).toBe('error');
  });
});

describe('the embedded schemas', () => {
  it('embedded.ts and embedded/ match the vendored schema files (run node src/parsers/sbom/schemas/embed.mjs after changing them)', async () => {
    const { schemaModules } = await import('../src/parsers/sbom/schemas/embed.mjs');
    const generated = schemaModules();
    const dir = new URL('../src/parsers/sbom/schemas/', import.meta.url);
    expect(readdirSync(new URL('embedded/', dir)).sort()).toEqual(
      Object.keys(generated)
        .filter((p) => p.startsWith('embedded/'))
        .map((p) => p.slice('embedded/'.length))
        .sort(),
    );
    for (const [path, text] of Object.entries(generated)) expect(readFileSync(new URL(path, dir), 'utf8'), path).toBe(text);
  });
  it('loads each file on its own and refuses names that are not embedded', async () => {
    const { schemaFile } = await import('../src/parsers/sbom/schemas/load.js');
    expect(JSON.parse(await schemaFile('bom-1.6.SNAPSHOT.schema.json')).$id).toBe('http://cyclonedx.org/schema/bom-1.6.schema.json');
    expect(await schemaFile('spdx.SNAPSHOT.xsd')).toContain('<xs:schema');
    await expect(schemaFile('toString')).rejects.toThrow(/not embedded/);
    await expect(schemaFile('../package.json')).rejects.toThrow(/not embedded/);
  });
});

describe('the embedded xmllint', () => {
  it('embedded.ts matches the installed xmllint-wasm (run node src/parsers/sbom/xmllint/embed.mjs after updating it)', async () => {
    const { xmllintModule } = await import('../src/parsers/sbom/xmllint/embed.mjs');
    expect(readFileSync(new URL('../src/parsers/sbom/xmllint/embedded.ts', import.meta.url), 'utf8')).toBe(xmllintModule());
  });
});
