// Embeds the vendored schemas into modules under embedded/ (one per file) and an index of loaders in
// embedded.ts, so the bundles validate offline without these files and a run loads only the schemas it uses:
// the bundler makes each dynamically imported module a chunk of its own.
// Run: node src/parsers/sbom/schemas/embed.mjs   (a test checks the generated files match this folder)
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));

const HEADER = '// Generated from the schema files in src/parsers/sbom/schemas/ by embed.mjs — edit those files, then run `node src/parsers/sbom/schemas/embed.mjs`.';

/** The module name of a schema file: letters, digits and dashes only. */
const moduleName = (file) => file.replace(/[^A-Za-z0-9]+/g, '-');

/** Every generated file, by path relative to this folder: the index and one module per schema file. */
export function schemaModules() {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') || f.endsWith('.xsd')).sort();
  const out = {
    'embedded.ts': [
      HEADER,
      '// Loaders, one chunk per file: a run parses only the schemas of the version it validates.',
      'export const SCHEMA_FILES: Readonly<Record<string, () => Promise<string>>> = {',
      ...files.map((f) => `  ${JSON.stringify(f)}: () => import('./embedded/${moduleName(f)}.js').then((m) => m.default),`),
      '};',
      '',
    ].join('\n'),
  };
  for (const f of files) out[`embedded/${moduleName(f)}.ts`] = `${HEADER}\nexport default ${JSON.stringify(readFileSync(join(dir, f), 'utf8'))};\n`;
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  rmSync(join(dir, 'embedded'), { recursive: true, force: true });
  mkdirSync(join(dir, 'embedded'));
  for (const [path, text] of Object.entries(schemaModules())) writeFileSync(join(dir, path), text);
}
