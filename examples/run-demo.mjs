// The sdlc-gate demo: builds a throwaway git repository from examples/infusion-pump (a base commit on main and a
// pull-request branch with the files in infusion-pump/pr/), then runs the CLI on it twice: with the reviews the PR
// had first (a gate must fail) and with the reviews it has once the right people approved (every gate passes).
// Usage: node examples/run-demo.mjs   (DEMO_KEEP=1 keeps the temporary directory and prints its path)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const examples = dirname(fileURLToPath(import.meta.url));
const example = join(examples, 'infusion-pump');
const cli = join(examples, '..', 'dist', 'cli', 'index.js');
// Files of the example that are inputs to the demo, not part of the device's repository.
const NOT_IN_REPO = new Set(['pr', 'event.json', 'teams.json', 'reviews-failing.json', 'reviews-passing.json']);

const EVALUATIONS = [
  {
    title: 'frank approved the head commit, erin (dosing lead) only an earlier one, QA has not reviewed',
    reviews: 'reviews-failing.json',
    expected: 1,
  },
  { title: 'erin and quinn (QA) approved the head commit', reviews: 'reviews-passing.json', expected: 0 },
];

if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing — run npm run bundle first');
  process.exit(1);
}

const tmp = mkdtempSync(join(tmpdir(), 'sdlc-gate-demo-'));
const repo = join(tmp, 'repo');
const failures = [];
try {
  const event = JSON.parse(readFileSync(join(example, 'event.json'), 'utf8'));
  const branch = event.pull_request.head.ref;

  // The base commit: the device's repository as it is on main.
  cpSync(example, repo, { recursive: true, filter: (src) => !NOT_IN_REPO.has(relative(example, src).split(/[\\/]/)[0]) });
  git(['init', '-q', '-b', 'main']);
  commit('SP-200 firmware baseline', 'Frank <frank@acme.example>', '2024-05-01T09:00:00Z');
  // The pull request: one commit on its own branch.
  git(['checkout', '-q', '-b', branch]);
  cpSync(join(example, 'pr'), repo, { recursive: true });
  commit(event.pull_request.title, 'Dana <dana@acme.example>', '2024-05-02T16:45:00Z');
  const base = git(['rev-parse', 'main']);
  const head = git(['rev-parse', 'HEAD']);

  // The event and reviews with the placeholders replaced by the real commits, written beside (not in) the repo.
  const withShas = (name) => {
    const path = join(tmp, name);
    writeFileSync(path, readFileSync(join(example, name), 'utf8').replaceAll('BASE_SHA', base).replaceAll('HEAD_SHA', head));
    return path;
  };
  const eventPath = withShas('event.json');

  console.log(`Pull request #${event.number} by ${event.pull_request.user.login}: "${event.pull_request.title}"`);
  console.log(`base main ${base.slice(0, 7)}, head ${branch} ${head.slice(0, 7)}; changed files:`);
  console.log(git(['diff', '--name-status', `main...${branch}`]).replace(/^/gm, '  '));

  EVALUATIONS.forEach(({ title, reviews, expected }, i) => {
    console.log(`\n${'='.repeat(72)}\nEvaluation ${i + 1}: ${title} (expected exit ${expected})\n${'='.repeat(72)}`);
    const args = ['check', '--repo', repo, '--event', eventPath, '--reviews', withShas(reviews)];
    args.push('--teams', join(example, 'teams.json'), '--format', 'text');
    const run = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
    const status = run.error ? `an error (${run.error.message})` : run.status ?? `signal ${run.signal}`;
    console.log(`\n-> exit code ${status}`);
    if (status !== expected) failures.push(`Evaluation ${i + 1} exited with ${status}, expected ${expected}.`);
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
console.log('\nAs expected: evaluation 1 failed (exit 1) and evaluation 2 passed (exit 0).');

/** Runs git in the demo repository, isolated from the user's git configuration; returns its trimmed output. */
function git(args, env = {}) {
  return execFileSync('git', ['-C', repo, '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: devNull, GIT_CONFIG_NOSYSTEM: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** Commits every file in the work tree; a fixed author and date keep the SHAs the same from run to run. */
function commit(message, author, date) {
  const [, name, email] = /^(.*) <(.*)>$/.exec(author);
  git(['add', '-A']);
  git(['-c', `user.name=${name}`, '-c', `user.email=${email}`, 'commit', '-q', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
}
