// Benchmark of the traceability gate on a large device repository: 5,000 requirements (YAML) and 20,000 test
// files (~200 MB, ~100,000 references), committed to a fresh git repository. The floor, measured in the same run:
// `git grep -c -E <id_pattern>` over the same test files at the same commit. The gate is timed in a process of its
// own from the moment it is evaluated (its modules and the policy loaded before the clock starts, as the sbom
// bench does), with the checkout's facts — git runs inside the clock. The whole `sdlc-gate check` of the bundled
// CLI is measured too, with its start-up on its own, so the cost of any run is in view. Medians; peak memory is
// the measured process's peak RSS.
// Needs lib/ and dist/ (npm run bundle). Usage: npm run bench -- trace [requirements] [test files]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { interleavedMedians, medianRun } from './median.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(root, 'dist', 'cli', 'index.js');
const LIB = join(root, 'lib');
const TIME = '/usr/bin/time';
const ID_PATTERN = 'REQ-[0-9]+';
const REFERENCES_PER_FILE = 5;
const FILE_BYTES = 10_000;
const RUNS = 7;

export async function main(args) {
  const requirements = Number(args[0] ?? 5_000);
  const testFiles = Number(args[1] ?? 20_000);
  if (!existsSync(CLI) || !existsSync(join(LIB, 'rules', 'traceability', 'index.js'))) throw new Error('lib/ or dist/ is missing — run npm run bundle first');
  if (!existsSync(TIME)) throw new Error(`${TIME} is missing (Debian package "time"); it measures peak memory`);
  const dir = mkdtempSync(join(tmpdir(), 'sdlc-gate-bench-trace-'));
  try {
    const started = Date.now();
    const { bytes, references } = generate(dir, requirements, testFiles);
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, '-c', 'gc.auto=0', 'commit', '-q', '-m', 'generated');
    // Packed, as a clone is; an automatic gc running in the background would disturb both measurements.
    git(dir, 'gc', '-q');
    console.log(
      `generated ${requirements} requirements and ${testFiles} test files (${(bytes / 1e6).toFixed(0)} MB, ${references} references) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    // Warm the page cache and git's object access once, so no measurement pays for the first read.
    measure('git', ['-C', dir, 'grep', '-c', '-E', ID_PATTERN, 'HEAD', '--', 'test/']);
    // The floor and the gate in turn, round by round, so a drift in the machine's speed reaches both alike.
    const { floor, gate, ratio } = interleavedMedians(
      RUNS,
      { floor: () => measure('git', ['-C', dir, 'grep', '-c', '-E', ID_PATTERN, 'HEAD', '--', 'test/']), gate: () => measureGate(dir) },
      'seconds',
      ['gate', 'floor'],
    );
    if (gate.status !== 'pass') throw new Error(`the gate did not pass on the generated repository: ${gate.summary}`);
    const cli = medianRun(RUNS, () => measure(process.execPath, [CLI, 'check', '--repo', dir, '--base', 'HEAD', '--head', 'HEAD', '--format', 'json']), 'seconds');
    // What any run of the CLI costs before it reads a file: starting Node and loading the bundle.
    const startup = medianRun(RUNS, () => measure(process.execPath, [CLI, '--help']), 'seconds');
    const g = JSON.parse(cli.stdout).gates.find((x) => x.id === 'traceability');
    if (!g || g.status !== 'pass') throw new Error(`the CLI's gate did not pass on the generated repository: ${g?.summary ?? cli.stdout.slice(0, 500)}`);

    console.log(`gate summary: ${gate.summary}`);
    console.log('                              wall s   peak MB');
    console.log(`git grep -c -E (floor)        ${floor.seconds.toFixed(2).padStart(6)} ${floor.peakMb.toFixed(0).padStart(9)}`);
    console.log(`traceability gate             ${gate.seconds.toFixed(2).padStart(6)} ${gate.peakMb.toFixed(0).padStart(9)}   (evaluation, in its own process)`);
    console.log(`sdlc-gate check (whole CLI)   ${cli.seconds.toFixed(2).padStart(6)} ${cli.peakMb.toFixed(0).padStart(9)}`);
    console.log(`  of which start-up           ${startup.seconds.toFixed(2).padStart(6)} ${startup.peakMb.toFixed(0).padStart(9)}   (sdlc-gate --help: Node and the bundle)`);
    console.log(`medians of ${RUNS} runs (the floor and the gate measured in turn)`);
    console.log(`ratio: gate ${ratio.toFixed(2)}× git grep, median of the ${RUNS} rounds' ratios (target ≤ 1.5×); ${(gate.seconds / floor.seconds).toFixed(2)}× by the medians; peak ${gate.peakMb.toFixed(0)} MB (target < 1024 MB); whole CLI run ${(cli.seconds / floor.seconds).toFixed(2)}×`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The gate evaluated in a fresh process (see child below); its wall time, the process's peak RSS and the result. */
function measureGate(dir) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', dir], { encoding: 'utf8', cwd: root });
  if (r.status !== 0) throw new Error(`the gate's measurement failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

async function child(dir) {
  const load = (path) => import(pathToFileURL(join(LIB, path)).href);
  const [{ GitRepo }, { gitSources }, { createFacts }, { loadPolicyForPullRequest }, { RULES }] = await Promise.all([
    load('facts/git/index.js'),
    load('facts/local.js'),
    load('facts/facts.js'),
    load('policy/source.js'),
    load('rules/index.js'),
  ]);
  const repo = new GitRepo(dir);
  const sha = await repo.resolveCommit('HEAD');
  const pr = { number: 1, title: '', body: '', labels: [], author: '', baseSha: sha, headSha: sha };
  const sources = { pr, ...gitSources(repo, pr), reviews: async () => [], teamMembers: async () => [] };
  const loaded = await loadPolicyForPullRequest('.github/sdlc-gate.yml', pr, (ref, path) => sources.readFile(ref, path), RULES);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('; '));
  const gate = loaded.policy.gates.find((x) => x.rule === 'traceability');
  const rule = RULES.find((x) => x.name === 'traceability');
  const t0 = performance.now();
  const outcome = await rule.evaluate(gate.options, createFacts(sources), { gateId: gate.id, policy: loaded.policy });
  const seconds = (performance.now() - t0) / 1000;
  const errors = outcome.findings.filter((f) => f.severity === 'error');
  console.log(JSON.stringify({ seconds, peakMb: process.resourceUsage().maxRSS / 1024, status: errors.length ? 'fail' : 'pass', summary: outcome.summary }));
}

/** Runs a command under /usr/bin/time; returns its wall time, peak RSS and stdout. */
function measure(command, args) {
  const r = spawnSync(TIME, ['-f', '%e %M', command, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [seconds, kb] = last.split(' ').map(Number);
  if (r.status !== 0 && !(command === 'git' && r.status === 1)) throw new Error(`${command} failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  return { seconds, peakMb: kb / 1024, stdout: r.stdout };
}

function git(dir, ...args) {
  execFileSync('git', ['-C', dir, '-c', 'commit.gpgsign=false', '-c', 'user.name=Bench', '-c', 'user.email=bench@example.invalid', ...args], {
    env: { ...process.env, GIT_CONFIG_GLOBAL: devNull, GIT_CONFIG_NOSYSTEM: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** A deterministic pseudo-random sequence, so every run generates the same repository. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function generate(dir, requirements, testFiles) {
  const id = (n) => `REQ-${String(n).padStart(5, '0')}`;
  mkdirSync(join(dir, '.github'), { recursive: true });
  writeFileSync(
    join(dir, '.github', 'sdlc-gate.yml'),
    `version: 1\ngates:\n  traceability:\n    requirements: ["docs/requirements/*.yml"]\n    id_pattern: "${ID_PATTERN}"\n`,
  );
  mkdirSync(join(dir, 'docs', 'requirements'), { recursive: true });
  const perFile = 100;
  for (let f = 0; f * perFile < requirements; f++) {
    const items = [];
    for (let n = f * perFile + 1; n <= Math.min(requirements, (f + 1) * perFile); n++) {
      items.push(`- id: ${id(n)}\n  title: Requirement ${n}\n  class: ${'ABC'[n % 3]}\n  text: >\n    The pump shall meet requirement ${n} under all rated conditions.\n`);
    }
    writeFileSync(join(dir, 'docs', 'requirements', `srs-${String(f).padStart(3, '0')}.yml`), items.join(''));
  }
  const next = random(62304);
  const filler = '  expect(pump.rate()).toBeCloseTo(expected, 2); // checks the delivered volume against the schedule\n';
  let bytes = 0;
  let references = 0;
  for (let t = 0; t < testFiles; t++) {
    const sub = join(dir, 'test', `module-${String(t % 200).padStart(3, '0')}`);
    if (t < 200) mkdirSync(sub, { recursive: true });
    const lines = [`import { describe, it, expect } from 'vitest';\n`];
    // Every requirement is cited at least once; the rest of the references fall at random.
    const ids = Array.from({ length: REFERENCES_PER_FILE }, (_, k) => {
      const i = t * REFERENCES_PER_FILE + k;
      return i < requirements ? i + 1 : 1 + Math.floor(next() * requirements);
    });
    let size = lines[0].length;
    for (const ref of ids) {
      const block = `describe('case ${t}', () => {\n  it('verifies ${id(ref)}', () => {\n${filler.repeat(Math.floor(FILE_BYTES / REFERENCES_PER_FILE / filler.length))}  });\n});\n`;
      lines.push(block);
      size += block.length;
    }
    const text = lines.join('');
    writeFileSync(join(sub, `case-${t}.test.ts`), text);
    bytes += size;
    references += ids.length;
  }
  return { bytes, references };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--child') await child(process.argv[3]);
