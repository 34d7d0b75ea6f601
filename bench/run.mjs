// Dispatches `npm run bench -- <name> [args...]` to bench/<name>.mjs, which exports main(args).
const BENCHMARKS = {
  sbom: () => import('./sbom.mjs'),
  trace: () => import('./trace.mjs'),
  api: () => import('./api.mjs'),
  monitor: () => import('./monitor.mjs'),
};

const [name, ...args] = process.argv.slice(2);
const load = BENCHMARKS[name];
if (!load) {
  console.error(`usage: npm run bench -- <${Object.keys(BENCHMARKS).join('|')}> [args...]`);
  process.exit(2);
}
await (await load()).main(args);
