// Benchmark of the traceability gate on a large device repository: by default 20,000 requirements (YAML) and 20,000
// test files (~200 MB, ~100,000 references), committed to a git repository that is generated once and kept in a
// cache folder under the system's temporary folder (reused by later runs of the same sizes). The floor, measured in
// the same rounds: `git grep -c -E <id_pattern>` over the same test files at the same commit, and ripgrep
// (`rg -c -e <id_pattern>`) over the same files in the work tree — Debian's ripgrep, unpacked into the cache without
// root when it is not installed. The whole `sdlc-gate check` of the bundled CLI is measured (start-up on its own
// too); so is the gate alone, in a process of its own from the moment it is evaluated (its modules and the policy
// loaded before the clock starts), with the checkout's facts — git runs inside the clock. Each round measures all
// of them in turn, so a drift in the machine's speed reaches each alike; the ratios are medians of the rounds'
// ratios. Peak memory is the measured process's peak RSS (/usr/bin/time, else /proc polled).
// Needs lib/ and dist/ (npm run bundle).
// Usage: npm run bench -- trace [requirements] [test files] [--rounds N] [--fresh]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './median.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(root, 'dist', 'cli', 'index.js');
const LIB = join(root, 'lib');
const TIME = '/usr/bin/time';
const CACHE = join(tmpdir(), 'sdlc-gate-bench-cache');
const ID_PATTERN = 'REQ-[0-9]+';
const REFERENCES_PER_FILE = 5;
const FILE_BYTES = 10_000;
/** Bump when generate() changes, so a cached repository of the old shape is not reused. */
const GENERATION = 1;
const TARGET = 1.5;
const MEMORY_TARGET_MB = 256;

export async function main(args) {
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 7;
  const positional = args.filter((a, i) => !a.startsWith('--') && !(roundsAt >= 0 && i === roundsAt + 1));
  const requirements = Number(positional[0] ?? 20_000);
  const testFiles = Number(positional[1] ?? 20_000);
  for (const [name, n] of [
    ['requirements', requirements],
    ['test files', testFiles],
    ['--rounds', rounds],
  ]) {
    if (!Number.isSafeInteger(n) || n < 1)
      throw new Error(
        `${name} must be a positive whole number (got ${n}) — usage: npm run bench -- trace [requirements] [test files] [--rounds N] [--fresh]`,
      );
  }
  if (!existsSync(CLI) || !existsSync(join(LIB, 'rules', 'traceability', 'index.js')))
    throw new Error('lib/ or dist/ is missing — run npm run bundle first');
  if (!existsSync(TIME)) console.log(`${TIME} is missing (Debian package "time"): peak memory is polled from /proc instead`);

  const dir = repository(requirements, testFiles, flags.has('--fresh'));
  const rg = ripgrep();
  if (!rg.path) console.log(`ripgrep unavailable (${rg.why})`);

  const gitGrep = () => measure('git', ['-C', dir, 'grep', '-c', '-E', ID_PATTERN, 'HEAD', '--', 'test/']);
  const ripGrep = () => measure(rg.path, ['--no-config', '-c', '-e', ID_PATTERN, 'test/'], { cwd: dir });
  const cli = () => measure(process.execPath, [CLI, 'check', '--repo', dir, '--base', 'HEAD', '--head', 'HEAD', '--format', 'json']);
  const startup = () => measure(process.execPath, [CLI, '--help']);
  // Warm the page cache and git's object access once, so no measurement pays for the first read.
  await gitGrep();
  if (rg.path) await ripGrep();
  const first = await cli();
  const g = JSON.parse(first.stdout).gates.find((x) => x.id === 'traceability');
  if (!g || g.status !== 'pass')
    throw new Error(`the CLI's gate did not pass on the generated repository: ${g?.summary ?? first.stdout.slice(0, 500)}`);

  const runs = { floor: gitGrep, ...(rg.path ? { rg: ripGrep } : {}), cli, gate: () => measureGate(dir), startup };
  const all = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
  const ratios = { cliGit: [], cliRg: [], gateGit: [] };
  for (let i = 0; i < rounds; i++) {
    const round = {};
    for (const [name, run] of Object.entries(runs)) all[name].push((round[name] = await run()));
    // /usr/bin/time counts in hundredths of a second: a floor too small to count is counted as one.
    ratios.cliGit.push(round.cli.seconds / Math.max(round.floor.seconds, 0.01));
    ratios.gateGit.push(round.gate.seconds / Math.max(round.floor.seconds, 0.01));
    if (round.rg) ratios.cliRg.push(round.cli.seconds / Math.max(round.rg.seconds, 0.01));
    process.stderr.write(
      `round ${i + 1}/${rounds}: check ${round.cli.seconds.toFixed(2)} s, git grep ${round.floor.seconds.toFixed(2)} s${round.rg ? `, rg ${round.rg.seconds.toFixed(2)} s` : ''}\n`,
    );
  }
  const med = Object.fromEntries(Object.entries(all).map(([k, list]) => [k, median(list, (r) => r.seconds)]));
  const peak = (name) => Math.max(...all[name].map((r) => r.peakMb));
  const gate = med.gate;
  if (gate.status !== 'pass') throw new Error(`the gate did not pass on the generated repository: ${gate.summary}`);

  const cpu = (name) => median(all[name].map((r) => r.cpu));
  const row = (name, r, peakMb, cpuSeconds, note = '') =>
    `${name.padEnd(30)}${r.seconds.toFixed(2).padStart(6)} ${(Number.isNaN(cpuSeconds) ? '-' : cpuSeconds.toFixed(2)).padStart(7)} ${peakMb.toFixed(0).padStart(9)}${note ? `   ${note}` : ''}`;
  console.log(`gate summary: ${gate.summary}`);
  console.log('                              wall s   cpu s   peak MB');
  console.log(row('git grep -c -E (floor)', med.floor, peak('floor'), cpu('floor')));
  if (med.rg) console.log(row('rg -c (ripgrep)', med.rg, peak('rg'), cpu('rg'), `(${rg.version})`));
  console.log(row('sdlc-gate check (whole CLI)', med.cli, peak('cli'), cpu('cli'), '(cpu: the process and the git it ran)'));
  console.log(row('  of which start-up', med.startup, peak('startup'), cpu('startup'), '(sdlc-gate --help: Node and the bundle)'));
  console.log(row('traceability gate', gate, peak('gate'), cpu('gate'), "(evaluation alone, in its own process; cpu: Node's only)"));
  console.log(
    `medians of ${rounds} rounds (each round measures every line in turn); peak MB is the highest of the rounds; cpu s is user + system time, steadier than wall time on a busy machine`,
  );
  const cliGit = median(ratios.cliGit);
  console.log(
    `ratio: sdlc-gate check ${cliGit.toFixed(2)}× git grep (median of the rounds' ratios; target ≤ ${TARGET}×)` +
      (med.rg ? `, ${median(ratios.cliRg).toFixed(2)}× ripgrep` : ', ripgrep unavailable') +
      `; the gate alone ${median(ratios.gateGit).toFixed(2)}× git grep; peak ${peak('cli').toFixed(0)} MB (target < ${MEMORY_TARGET_MB} MB)`,
  );
  if (!Number.isNaN(cpu('cli'))) {
    console.log(
      `cpu: sdlc-gate check ${(cpu('cli') / cpu('floor')).toFixed(2)}× git grep${med.rg ? `, ${(cpu('cli') / cpu('rg')).toFixed(2)}× ripgrep` : ''} (medians of cpu seconds)`,
    );
  }
}

/**
 * The generated repository for these sizes: built once into the cache (under a temporary name, renamed when
 * complete, so an interrupted generation is never reused), then reused; `fresh` builds it anew.
 */
function repository(requirements, testFiles, fresh) {
  const dir = join(CACHE, `trace-g${GENERATION}-${requirements}x${testFiles}`);
  if (fresh) rmSync(dir, { recursive: true, force: true });
  if (existsSync(join(dir, '.git'))) {
    console.log(`reusing the generated repository ${dir} (--fresh to generate it anew)`);
    return dir;
  }
  const building = `${dir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const started = Date.now();
  const { bytes, references } = generate(building, requirements, testFiles);
  git(building, 'init', '-q', '-b', 'main');
  git(building, 'add', '-A');
  git(building, '-c', 'gc.auto=0', 'commit', '-q', '-m', 'generated');
  // Packed, as a clone is; an automatic gc running in the background would disturb the measurements.
  git(building, 'gc', '-q');
  git(building, 'config', 'gc.auto', '0');
  renameSync(building, dir);
  console.log(
    `generated ${requirements} requirements and ${testFiles} test files (${(bytes / 1e6).toFixed(0)} MB, ${references} references) in ${((Date.now() - started) / 1000).toFixed(1)} s, kept in ${dir}`,
  );
  return dir;
}

/**
 * ripgrep: the one on the PATH, else Debian's package unpacked into the cache (apt-get download and dpkg -x, no
 * root needed). For this benchmark only.
 */
function ripgrep() {
  const version = (path) => spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout?.split('\n')[0] ?? '';
  const onPath = spawnSync('rg', ['--version'], { encoding: 'utf8' });
  if (onPath.status === 0) return { path: 'rg', version: onPath.stdout.split('\n')[0] };
  const folder = join(CACHE, 'ripgrep');
  const binary = join(folder, 'root', 'usr', 'bin', 'rg');
  if (!existsSync(binary)) {
    try {
      rmSync(folder, { recursive: true, force: true });
      mkdirSync(folder, { recursive: true });
      execFileSync('apt-get', ['download', '-q', 'ripgrep'], { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] });
      const deb = readdirSync(folder).find((f) => f.endsWith('.deb'));
      if (!deb) return { why: 'apt-get download ripgrep gave no package' };
      execFileSync('dpkg', ['-x', deb, 'root'], { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (e) {
      return {
        why: `apt-get download ripgrep failed: ${
          String(e.stderr ?? e.message)
            .trim()
            .split('\n')[0]
        }`,
      };
    }
  }
  const v = version(binary);
  return v ? { path: binary, version: v } : { why: `${binary} does not run` };
}

/** The gate evaluated in a fresh process (see child below); its wall time, the process's peak RSS and the result. */
function measureGate(dir) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', dir], { encoding: 'utf8', cwd: root });
  if (r.status !== 0) throw new Error(`the gate's measurement failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

async function child(dir) {
  const load = (path) => import(pathToFileURL(join(LIB, path)).href);
  const [{ GitRepo }, { gitSources }, { createFacts }, { loadPolicyForPullRequest }, { RULES }, { gateContext }] = await Promise.all([
    load('facts/git/index.js'),
    load('facts/local.js'),
    load('facts/facts.js'),
    load('policy/source.js'),
    load('rules/index.js'),
    load('policy/context.js'),
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
  const c0 = process.cpuUsage();
  const outcome = await rule.evaluate(gate.options, createFacts(sources), gateContext(loaded.policy, gate.id));
  const seconds = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(c0);
  const errors = outcome.findings.filter((f) => f.severity === 'error');
  console.log(
    JSON.stringify({
      seconds,
      cpu: (used.user + used.system) / 1e6,
      peakMb: process.resourceUsage().maxRSS / 1024,
      status: errors.length ? 'fail' : 'pass',
      summary: outcome.summary,
    }),
  );
}

/** Runs a command; returns its wall time, peak RSS (under /usr/bin/time, else polled from /proc) and stdout. */
async function measure(command, args, { cwd } = {}) {
  if (!existsSync(TIME)) return measurePolled(command, args, cwd);
  const r = spawnSync(TIME, ['-f', '%e %M %U %S', command, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, cwd });
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [seconds, kb, user, system] = last.split(' ').map(Number);
  // git grep and rg exit 1 when nothing matched.
  if (r.status !== 0 && !(command !== process.execPath && r.status === 1))
    throw new Error(`${command} failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  return { seconds, peakMb: kb / 1024, cpu: user + system, stdout: r.stdout };
}

/** measure() without /usr/bin/time: the peak of VmHWM read from /proc every few milliseconds (a lower bound). */
function measurePolled(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peakKb = 0;
    const poll = () => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        // gone already
      }
    };
    const timer = setInterval(poll, 5);
    child.stdout.setEncoding('utf8').on('data', (c) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - t0) / 1000;
      if (code !== 0 && !(command !== process.execPath && code === 1))
        reject(new Error(`${command} failed (${code}): ${stderr.slice(0, 500)}`));
      else resolve({ seconds, peakMb: peakKb / 1024, cpu: NaN, stdout });
    });
  });
}

function git(dir, ...args) {
  execFileSync(
    'git',
    ['-C', dir, '-c', 'commit.gpgsign=false', '-c', 'user.name=Bench', '-c', 'user.email=bench@example.invalid', ...args],
    {
      env: { ...process.env, GIT_CONFIG_GLOBAL: devNull, GIT_CONFIG_NOSYSTEM: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

/** A deterministic pseudo-random sequence, so every run generates the same repository. */
function random(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
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
      items.push(
        `- id: ${id(n)}\n  title: Requirement ${n}\n  class: ${'ABC'[n % 3]}\n  text: >\n    The pump shall meet requirement ${n} under all rated conditions.\n`,
      );
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
