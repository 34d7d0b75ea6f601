// Writes the build-time validators from lib/, so run it after a build: `npm run validators` builds, writes them, and
// builds again. Two sets, each a validators/ folder and its index validators.ts: the JSON SBOM schemas'
// (src/parsers/sbom/schemas/, see generate-validators.ts there) and the policy's (src/policy/, see standalone.ts).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Replaces `under`'s validators/ folder and writes `modules` (paths relative to `under`). */
function write(under, modules) {
  const dir = join(root, under);
  rmSync(join(dir, 'validators'), { recursive: true, force: true });
  mkdirSync(join(dir, 'validators'));
  for (const [path, text] of Object.entries(modules)) writeFileSync(join(dir, path), text);
  console.log(`wrote ${Object.keys(modules).length} files under ${under}/`);
}

const { validatorModules } = await import('../lib/parsers/sbom/schemas/generate-validators.js');
write('src/parsers/sbom/schemas', await validatorModules());
const { policyValidatorModules } = await import('../lib/policy/standalone.js');
const { RULES } = await import('../lib/rules/index.js');
write('src/policy', policyValidatorModules(RULES));
