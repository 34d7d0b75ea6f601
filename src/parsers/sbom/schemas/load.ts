// The vendored schemas (3 MB of JSON Schema and XSD text) are loaded when an SBOM is first validated, so the
// bundle's other gates do not parse them at every start: the bundler puts embedded.ts in a chunk of its own.

type SchemaFiles = Readonly<Record<string, string>>;
let files: Promise<SchemaFiles> | undefined;

export function schemaFiles(): Promise<SchemaFiles> {
  files ??= import('./embedded.js').then((m) => m.SCHEMA_FILES);
  return files;
}
