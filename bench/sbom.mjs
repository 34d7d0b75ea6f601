// Benchmark of the sbom gate on large SBOMs: CycloneDX 1.6 JSON of 10,000, 50,000 and 100,000 components with
// matching package-lock.json files. For each size it prints the gate's wall time and peak memory beside the floor
// measured in the same run (JSON.parse of the same file), each in its own process so peaks do not mix; medians of 5.
// Needs lib/ (npm run build). Usage: npm run bench -- sbom [sizes...]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { interleavedMedians, median } from './median.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = join(root, '.bench-tmp', 'sbom');
const RUNS = 5;

export async function main(args) {
  const sizes = args.length ? args.map(Number) : [10_000, 50_000, 100_000];
  mkdirSync(tmp, { recursive: true });
  const rows = [];
  // A one-component SBOM, measured in every round too: what a run costs whatever its size (compiling the schema
  // validator, code running for the first time), so that cost can be told apart from the cost per component.
  const one = generate(1);
  const onePaths = [join(tmp, 'bom-1.json'), join(tmp, 'package-lock-1.json')];
  writeFileSync(onePaths[0], one.bom);
  writeFileSync(onePaths[1], one.lock);
  const perRun = [];
  try {
    for (const n of sizes) {
      const { bom, lock } = generate(n);
      const bomPath = join(tmp, `bom-${n}.json`);
      const lockPath = join(tmp, `package-lock-${n}.json`);
      writeFileSync(bomPath, bom);
      writeFileSync(lockPath, lock);
      // The floor and the gate in turn, round by round, so a drift in the machine's speed reaches both alike.
      const runs = { floor: () => measure(['floor', bomPath]), gate: () => measure(['gate', bomPath, lockPath]), one: () => measure(['gate', ...onePaths]) };
      const { floor, gate, one: smallest, ratio } = interleavedMedians(RUNS, runs, 'ms', ['gate', 'floor']);
      perRun.push(smallest.ms);
      if (gate.result !== 'pass') throw new Error(`the gate did not pass on the generated SBOM of ${n} components: ${gate.detail}`);
      rows.push({ n, mb: statSync(bomPath).size / 1e6, floor, gate, ratio });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`Node.js ${process.version}; medians of ${RUNS} runs, the floor and the gate measured in turn; the time ratio is the median of the rounds' ratios`);
  console.log('components  SBOM MB  JSON.parse ms  floor peak MB  gate ms  gate peak MB  time ratio  µs/component');
  for (const r of rows) {
    console.log(
      [
        String(r.n).padStart(10),
        r.mb.toFixed(1).padStart(8),
        r.floor.ms.toFixed(0).padStart(14),
        r.floor.peakMb.toFixed(0).padStart(14),
        r.gate.ms.toFixed(0).padStart(8),
        r.gate.peakMb.toFixed(0).padStart(13),
        `${r.ratio.toFixed(2)}×`.padStart(11),
        ((r.gate.ms * 1000) / r.n).toFixed(1).padStart(13),
      ].join(' '),
    );
  }
  const perComponent = rows.map((r) => r.gate.ms / r.n);
  const first = rows[0];
  const last = rows[rows.length - 1];
  const runCost = median(perRun);
  console.log(`\none-component SBOM (the cost of a run whatever its size): ${runCost.toFixed(0)} ms`);
  if (rows.length > 1) {
    // The slope and intercept of time against size: what each component costs, and what a run costs whatever its size.
    const slope = (last.gate.ms - first.gate.ms) / (last.n - first.n);
    console.log(`marginal time per component ${first.n}→${last.n}: ${(slope * 1000).toFixed(1)} µs; fixed cost per run (intercept): ${(first.gate.ms - slope * first.n).toFixed(0)} ms`);
    if (rows.length > 2) {
      // Linear time means each step up in size costs the same per added component; a quadratic check would cost more per component at every step.
      const steps = rows.slice(1).map((r, i) => ({ from: rows[i].n, to: r.n, us: ((r.gate.ms - rows[i].gate.ms) * 1000) / (r.n - rows[i].n) }));
      console.log(`marginal time per component by step: ${steps.map((s) => `${s.from}→${s.to} ${s.us.toFixed(1)} µs`).join(', ')}; last step vs first: ${(steps[steps.length - 1].us / steps[0].us).toFixed(2)}×`);
    }
  }
  console.log(`time per component, largest vs smallest: ${(perComponent[perComponent.length - 1] / perComponent[0]).toFixed(2)}× (target: within ±30%, 0.70–1.30)`);
  const net = rows.map((r) => (r.gate.ms - runCost) / r.n);
  console.log(`  the same net of the one-component run's time: ${(net[net.length - 1] / net[0]).toFixed(2)}×`);
  console.log(`at ${last.n} components: ${last.ratio.toFixed(2)}× the JSON.parse floor (target ≤ 3×), peak ${last.gate.peakMb.toFixed(0)} MB (target < 1024 MB)`);
}

/** Runs one measurement in a fresh process; returns wall time and peak RSS. */
function measure(args) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', fileURLToPath(import.meta.url), '--child', ...args], { encoding: 'utf8', cwd: root });
  if (r.status !== 0) throw new Error(`measurement ${args[0]} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

function generate(n) {
  const name = (i) => (i % 10 === 0 ? `@scope${i % 97}/pkg-${i}` : `pkg-${i}`);
  const version = (i) => `${i % 7}.${i % 13}.${i % 101}`;
  const purl = (i) => `pkg:npm/${name(i).replace('@', '%40')}@${version(i)}`;
  const components = [];
  const deps = [];
  for (let i = 0; i < n; i++) {
    components.push({
      type: 'library',
      'bom-ref': purl(i),
      name: name(i),
      version: version(i),
      supplier: { name: `maintainers of ${name(i)}` },
      purl: purl(i),
      licenses: [{ license: { id: i % 3 ? 'MIT' : 'Apache-2.0' } }],
      hashes: [{ alg: 'SHA-512', content: (i.toString(16) + 'f'.repeat(128)).slice(0, 128) }],
      externalReferences: [{ type: 'distribution', url: `https://registry.npmjs.org/${name(i)}/-/pkg-${i}-${version(i)}.tgz` }],
    });
    deps.push({ ref: purl(i), dependsOn: i + 1 < n && i % 5 ? [purl(i + 1)] : [] });
  }
  const bom = {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
    version: 1,
    metadata: {
      timestamp: '2026-01-05T10:00:00Z',
      tools: { components: [{ type: 'application', name: 'bench' }] },
      component: { type: 'application', name: 'app', version: '1.0.0', 'bom-ref': 'app', supplier: { name: 'ACME' }, purl: 'pkg:npm/app@1.0.0' },
    },
    components,
    dependencies: [{ ref: 'app', dependsOn: [purl(0)] }, ...deps],
  };
  const packages = { '': { name: 'app', version: '1.0.0', dependencies: { [name(0)]: version(0) } } };
  for (let i = 0; i < n; i++) packages[`node_modules/${name(i)}`] = { version: version(i), resolved: `https://registry.npmjs.org/${name(i)}/-/pkg-${i}-${version(i)}.tgz`, license: 'MIT' };
  const lock = { name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages };
  return { bom: JSON.stringify(bom, null, 2), lock: JSON.stringify(lock, null, 2) };
}

async function child([what, bomPath, lockPath]) {
  // Reading the files from disk and loading the gate's modules happen before the clock starts: the floor reads
  // nothing and loads nothing either, and both are costs per run, not per component.
  const bomText = readFileSync(bomPath, 'utf8');
  const lockText = what === 'gate' ? readFileSync(lockPath, 'utf8') : '';
  const { sbom } = what === 'gate' ? await import(pathToFileURL(join(root, 'lib/rules/sbom/index.js')).href) : {};
  const { globMatcher } = what === 'gate' ? await import(pathToFileURL(join(root, 'lib/util/glob.js')).href) : {};
  // The byte counts a fact source reports come with the bytes it read, so they are taken before the clock too.
  const files = { 'bom.json': bomText, 'package-lock.json': lockText };
  const sizes = Object.fromEntries(Object.entries(files).map(([p, text]) => [p, Buffer.byteLength(text)]));
  const t0 = performance.now();
  let result = 'pass';
  let detail = '';
  if (what === 'floor') {
    JSON.parse(bomText);
  } else {
    const facts = {
      pr: async () => ({ number: 1, title: '', body: '', labels: [], author: '', baseSha: 'b', headSha: 'h' }),
      changedFiles: async () => [{ path: 'src/x.ts', status: 'modified' }],
      reviews: async () => [],
      teamMembers: async () => [],
      readAtBase: async () => undefined,
      readAtHead: async (p) => (p in files ? { path: p, ref: 'h', text: files[p], bytes: { length: sizes[p] } } : undefined),
      // As the fact sources do: only the paths the globs match (the lockfile is not an SBOM candidate).
      listAtHead: async (globs) => Object.keys(files).filter(globMatcher(globs)),
    };
    const options = { formats: ['cyclonedx', 'spdx'], schema: true, ntia: true, fda: false, lockfiles: 'auto', require_update: true, max_file_bytes: 256 * 1024 * 1024 };
    const out = await sbom.evaluate(options, facts, { gateId: 'sbom', policy: {} });
    const errors = out.findings.filter((f) => f.severity === 'error');
    if (errors.length) {
      result = 'fail';
      detail = errors.slice(0, 3).map((f) => f.message).join(' | ');
    }
  }
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, result, detail }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--child') await child(process.argv.slice(3));
  else await main(process.argv.slice(2));
}
