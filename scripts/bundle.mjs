// `npm run bundle` (after `npm run build`): one ncc build of lib/action.js into dist/ — the action, its
// evaluation worker and the CLI share its chunks — and dist/cli/index.js, the CLI's bin, a few lines that mark
// the CLI role and import that bundle (see src/action.ts). Deterministic: the same lib/ gives the same dist/.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
rmSync(dist, { recursive: true, force: true });
const ncc = spawnSync('npx', ['ncc', 'build', 'lib/action.js', '-o', 'dist', '--license', 'licenses.txt', '-q'], { stdio: 'inherit' });
if (ncc.status !== 0) process.exit(ncc.status ?? 1);

const cli = new URL('cli/', dist);
mkdirSync(cli, { recursive: true });
const bin = new URL('index.js', cli);
writeFileSync(
  bin,
  `#!/usr/bin/env node
// The sdlc-gate CLI: the action's bundle (../index.js) in its CLI role. Written by scripts/bundle.mjs.
globalThis[Symbol.for('sdlc-gate/cli')] = true;
await import('../index.js');
`,
);
chmodSync(bin, 0o755);
