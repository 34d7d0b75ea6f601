// Copies the generated schema validators (JavaScript, see src/parsers/sbom/schemas/generate-validators.ts and
// src/policy/standalone.ts) to lib/, which the TypeScript compiler does not: the bundler then makes each a chunk of
// its own.
import { cpSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const dir of ['parsers/sbom/schemas/validators', 'policy/validators']) {
  cpSync(join(root, 'src', dir), join(root, 'lib', dir), { recursive: true, filter: (path) => !path.endsWith('.d.ts') });
}
