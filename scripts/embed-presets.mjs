// Embeds policies/*.yml into src/policy/presets.ts so the single-file bundles carry the built-in presets.
// Run by `npm run build`; a test checks the generated file matches policies/.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function presetsModule() {
  const dir = join(root, 'policies');
  const entries = readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .map((f) => `  ${JSON.stringify(f.replace(/\.yml$/, ''))}: ${JSON.stringify(readFileSync(join(dir, f), 'utf8'))},`);
  return [
    '// Generated from policies/*.yml by scripts/embed-presets.mjs — edit those files, then run `npm run build`.',
    'export const PRESETS: Readonly<Record<string, string>> = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(join(root, 'src/policy/presets.ts'), presetsModule());
}
