// The post-market monitoring demo: builds a throwaway git repository from examples/infusion-pump with two releases —
// v2.4.0 (the baseline, yaml 2.0.1) and v2.5.0 (the pull request merged: yaml 2.2.1, assessed in a VEX document) —
// then runs `sdlc-gate monitor` on it three times, with --now and a --state file standing in for the days passing:
//   1. today: CVE-2023-2251 is found in the old release v2.4.0 (v2.5.0 and main carry its assessment for yaml
//      2.2.1); its clocks start — respond within 30 days, remediate within 60;
//   2. 35 days later: still open in v2.4.0, and the respond-by date has passed (overdue);
//   3. the manufacturer assesses yaml 2.0.1 on main (a VEX statement for the old release): assessed away, exit 0.
// Usage: node examples/run-monitor-demo.mjs   (DEMO_KEEP=1 keeps the temporary directory and prints its path)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NOT_IN_REPO, stampTree } from './example-files.mjs';

const examples = dirname(fileURLToPath(import.meta.url));
const example = join(examples, 'infusion-pump');
const cli = join(examples, '..', 'dist', 'cli', 'index.js');
const DAY = 24 * 60 * 60 * 1000;
const today = new Date(Math.floor(Date.now() / DAY) * DAY + 6 * 60 * 60 * 1000 + 17 * 60 * 1000); // 06:17 UTC today
const iso = (d) => d.toISOString();

if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing — run npm run bundle first');
  process.exit(1);
}

const tmp = mkdtempSync(join(tmpdir(), 'sdlc-gate-monitor-demo-'));
const repo = join(tmp, 'repo');
const state = join(tmp, 'monitor-state.json');
const RUNS = [
  {
    title: 'today: a vulnerability published after the release is found in the old release v2.4.0; its clocks start',
    now: today,
    expected: 1,
  },
  {
    title: '35 days later: still open in v2.4.0 — the 30-day respond-by date has passed',
    now: new Date(today.getTime() + 35 * DAY),
    expected: 1,
  },
  {
    title: 'the old release assessed on main (VEX for yaml 2.0.1): assessed away',
    now: new Date(today.getTime() + 36 * DAY),
    expected: 0,
    assess: true,
  },
];
const failures = [];
try {
  const copyExample = () =>
    cpSync(example, repo, { recursive: true, filter: (src) => !NOT_IN_REPO.has(relative(example, src).split(/[\\/]/)[0]) });
  // Release 2.4.0 shipped before CVE-2023-2251 concerned anyone here: no assessment of it in that release.
  copyExample();
  rmSync(join(repo, 'security', 'vex'), { recursive: true, force: true });
  stampTree(repo);
  git(['init', '-q', '-b', 'main']);
  commit('SP-200 firmware 2.4.0', '2024-05-01T09:00:00Z');
  git(['tag', 'v2.4.0']);
  // Release 2.5.0: yaml 2.2.1, and the VEX document assessing the vulnerability for that version only.
  copyExample();
  for (const dir of ['1-change', '2-update', '3-assess']) cpSync(join(example, 'pr', dir), repo, { recursive: true });
  stampTree(repo);
  commit('SP-200 firmware 2.5.0: yaml 2.2.1, assessed', '2024-05-03T13:10:00Z');
  git(['tag', 'v2.5.0']);
  console.log(`Releases: ${git(['tag', '--list']).split('\n').join(', ')}; main at ${git(['rev-parse', '--short', 'main'])}`);

  RUNS.forEach(({ title, now, expected, assess }, i) => {
    if (assess) {
      mkdirSync(join(repo, 'security', 'vex'), { recursive: true });
      writeFileSync(join(repo, 'security', 'vex', 'sp200-2.4.vex.cdx.json'), `${JSON.stringify(oldReleaseVex(now), null, 2)}\n`);
      commit('Assess CVE-2023-2251 for yaml 2.0.1 in the released 2.4.0 (VEX)', iso(now));
      console.log(`\ncommitted on main: security/vex/sp200-2.4.vex.cdx.json (not_affected, protected_at_runtime, for pkg:npm/yaml@2.0.1)`);
    }
    console.log(`\n${'='.repeat(72)}\nMonitor run ${i + 1}, --now ${iso(now)}: ${title} (expected exit ${expected})\n${'='.repeat(72)}`);
    const args = ['monitor', '--repo', repo, '--now', iso(now), '--state', state, '--format', process.env.DEMO_FORMAT ?? 'text'];
    const run = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
    const status = run.error ? `an error (${run.error.message})` : (run.status ?? `signal ${run.signal}`);
    console.log(`-> exit code ${status}`);
    if (status !== expected) failures.push(`Monitor run ${i + 1} exited with ${status}, expected ${expected}.`);
  });
} catch (e) {
  failures.push(`The demo could not run: ${e.message.trim()}`);
} finally {
  if (process.env.DEMO_KEEP) console.log(`\nKept the demo directory: ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`\nUnexpected:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `\nAs expected: ${RUNS.map((r, i) => `monitor run ${i + 1} ${r.expected ? 'failed' : 'passed'} (exit ${r.expected})`).join(', ')}.`,
);

/** The assessment of the old release, as the manufacturer would write it on main. */
function oldReleaseVex(now) {
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    metadata: { timestamp: iso(now) },
    vulnerabilities: [
      {
        id: 'CVE-2023-2251',
        references: [
          { id: 'GHSA-f9xv-q969-pqx4', source: { name: 'GitHub Advisories', url: 'https://github.com/advisories/GHSA-f9xv-q969-pqx4' } },
        ],
        analysis: {
          state: 'not_affected',
          justification: 'protected_at_runtime',
          detail:
            'Release 2.4.0 (yaml 2.0.1): the settings loader catches every exception yaml.parse throws and keeps the last verified settings, as in 2.5.0. Reviewed with HAZ-004.',
          lastUpdated: iso(now),
        },
        affects: [{ ref: 'pkg:npm/yaml@2.0.1' }],
      },
    ],
  };
}

/** Runs git in the demo repository, isolated from the user's git configuration; returns its trimmed output. */
function git(args, env = {}) {
  return execFileSync('git', ['-C', repo, '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: devNull, GIT_CONFIG_NOSYSTEM: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

function commit(message, date) {
  git(['add', '-A']);
  git(['-c', 'user.name=Frank', '-c', 'user.email=frank@acme.example', 'commit', '-q', '-m', message], {
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  });
}
