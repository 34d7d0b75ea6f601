// `npm run bench -- api`: the API requests of one evaluation by endpoint, from test/api-budget.test.ts
// (the bundled action against the local API server), printed as a table; then start-up, from
// test/startup.test.ts: spawn to the first request the local API receives, next to a bare
// `node -e "fetch(…)"` as the floor (medians of 7 rounds), their ratio, and pass/miss against 150 ms.
import { spawnSync } from 'node:child_process';

export async function main() {
  const r = spawnSync(
    'npx',
    ['vitest', 'run', 'test/api-budget.test.ts', 'test/startup.test.ts', '--reporter=dot', '--no-file-parallelism'],
    {
      env: { ...process.env, SDLC_GATE_PRINT_BUDGET: '1', SDLC_GATE_PRINT_STARTUP: '1' },
      stdio: 'inherit',
    },
  );
  process.exitCode = r.status ?? 1;
}
