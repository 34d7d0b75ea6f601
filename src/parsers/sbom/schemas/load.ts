import { SCHEMA_FILES } from './embedded.js';

// The vendored schemas (3 MB of JSON Schema and XSD text) are loaded one file at a time, when a document of that
// version is first validated: the bundler makes each file a chunk of its own, so no run parses the schemas of
// versions it does not meet and the bundle's other gates parse none.

const loaded = new Map<string, Promise<string>>();

/** The text of one vendored schema file, by its file name (e.g. bom-1.6.SNAPSHOT.schema.json). */
export function schemaFile(name: string): Promise<string> {
  let text = loaded.get(name);
  if (!text) {
    const load = Object.hasOwn(SCHEMA_FILES, name) ? SCHEMA_FILES[name] : undefined;
    if (!load) return Promise.reject(new Error(`the schema ${name} is not embedded`));
    text = load();
    loaded.set(name, text);
  }
  return text;
}
