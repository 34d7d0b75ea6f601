// Embeds the vendored schemas into embedded.ts so the bundles validate offline without these files.
// Run: node src/parsers/sbom/schemas/embed.mjs   (a test checks embedded.ts matches this folder)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));

export function schemasModule() {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') || f.endsWith('.xsd')).sort();
  return [
    '// Generated from the schema files beside it by embed.mjs — edit those files, then run `node src/parsers/sbom/schemas/embed.mjs`.',
    '// Texts, parsed on first use: a run pays only for the schema of the version it validates.',
    'export const SCHEMA_FILES: Readonly<Record<string, string>> = {',
    ...files.map((f) => `  ${JSON.stringify(f)}: ${JSON.stringify(readFileSync(join(dir, f), 'utf8'))},`),
    '};',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(join(dir, 'embedded.ts'), schemasModule());
