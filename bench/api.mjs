// `npm run bench -- api`: the API requests of one evaluation by endpoint, from test/api-budget.test.ts
// (the bundled action against the local API server), printed as a table.
import { spawnSync } from 'node:child_process';

export async function main() {
  const r = spawnSync('npx', ['vitest', 'run', 'test/api-budget.test.ts', '--reporter=dot'], {
    env: { ...process.env, SDLC_GATE_PRINT_BUDGET: '1' },
    stdio: 'inherit',
  });
  process.exitCode = r.status ?? 1;
}
