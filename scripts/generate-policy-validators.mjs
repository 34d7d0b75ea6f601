// Writes the policy's build-time validators (src/policy/validators/ and validators.ts) from lib/, so run it after a
// build: `npm run validators` builds, writes them, and builds again.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'src/policy');
const { policyValidatorModules } = await import('../lib/policy/standalone.js');
const { RULES } = await import('../lib/rules/index.js');
const modules = policyValidatorModules(RULES);
rmSync(join(dir, 'validators'), { recursive: true, force: true });
mkdirSync(join(dir, 'validators'));
for (const [path, text] of Object.entries(modules)) writeFileSync(join(dir, path), text);
console.log(`wrote ${Object.keys(modules).length} files under src/policy/`);
