// Writes the build-time schema validators (src/parsers/sbom/schemas/validators/ and validators.ts) from lib/, so
// run it after a build: `npm run validators` builds, writes them, and builds again.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'src/parsers/sbom/schemas');
const { validatorModules } = await import('../lib/parsers/sbom/schemas/generate-validators.js');
const modules = await validatorModules();
rmSync(join(dir, 'validators'), { recursive: true, force: true });
mkdirSync(join(dir, 'validators'));
for (const [path, text] of Object.entries(modules)) writeFileSync(join(dir, path), text);
console.log(`wrote ${Object.keys(modules).length} files under src/parsers/sbom/schemas/`);
