// The sdlc-gate demo: builds a throwaway git repository from examples/infusion-pump (a base commit on main, then a
// pull-request branch with three commits: the change as first pushed (pr/1-change/), the SBOM, SOUP list, risk
// register and tests brought up to date (pr/2-update/), and the vulnerability assessed (pr/3-assess/)), then runs the
// CLI on each head: the first fails on what a reviewer would have to catch by hand (a stale SBOM, the SOUP entry and
// risk file not updated, a suspect requirement link, missing approvals), the second on the vulnerability that the
// upgraded version brings, the third passes.
// Dates in the example (anomaly reviews, VEX assessments, end of support) are written relative to the day the demo
// runs — DAYS_AGO(n), DAYS_AGO_TS(n), DAYS_AHEAD(n) — so the demo tells the same story whenever it is run.
// Usage: node examples/run-demo.mjs   (DEMO_KEEP=1 keeps the temporary directory and prints its path)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NOT_IN_REPO, stampTree } from './example-files.mjs';

const examples = dirname(fileURLToPath(import.meta.url));
const example = join(examples, 'infusion-pump');
const cli = join(examples, '..', 'dist', 'cli', 'index.js');
// Files of the example that are inputs to the demo, not part of the device's repository.

const PR_COMMITS = [
  { dir: '1-change', date: '2024-05-02T16:45:00Z' }, // message: the PR's title
  {
    dir: '2-update',
    date: '2024-05-03T11:20:00Z',
    message: 'Regenerate the SBOM; update the SOUP list and risk register for yaml 2.2.1; extend the REQ-005 test',
  },
  { dir: '3-assess', date: '2024-05-03T13:10:00Z', message: 'Re-assess CVE-2023-2251 for yaml 2.2.1 (VEX); update the threat model' },
];

const EVALUATIONS = [
  {
    title: 'as first pushed: yaml upgraded in the lockfile, nothing else updated; frank approved, erin only an earlier commit',
    commit: 0,
    reviews: 'reviews-failing.json',
    checklistTicked: false,
    expected: 1,
  },
  {
    title: 'SBOM regenerated, SOUP list, risk register and test updated: the new yaml version shows an unassessed vulnerability',
    commit: 1,
    reviews: 'reviews-failing.json',
    checklistTicked: false,
    expected: 1,
  },
  {
    title: 'vulnerability assessed (VEX), threat model updated, security checklist ticked, code owners, QA, risk and security approved',
    commit: 2,
    reviews: 'reviews-passing.json',
    checklistTicked: true,
    expected: 0,
  },
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
  stampTree(repo);
  git(['init', '-q', '-b', 'main']);
  commit('SP-200 firmware baseline', 'Frank <frank@acme.example>', '2024-05-01T09:00:00Z');
  const base = git(['rev-parse', 'main']);

  // The pull request: its commits on their own branch.
  git(['checkout', '-q', '-b', branch]);
  const heads = PR_COMMITS.map(({ dir, date, message }) => {
    cpSync(join(example, 'pr', dir), repo, { recursive: true });
    stampTree(repo);
    commit(message ?? event.pull_request.title, 'Dana <dana@acme.example>', date);
    return git(['rev-parse', 'HEAD']);
  });

  console.log(`Pull request #${event.number} by ${event.pull_request.user.login}: "${event.pull_request.title}"`);
  console.log(`base main ${base.slice(0, 7)}; ${branch}:`);
  heads.forEach((sha, i) => {
    console.log(`  commit ${i + 1} ${sha.slice(0, 7)} ${git(['log', '-1', '--format=%s', sha])}`);
    console.log(git(['diff', '--name-status', i ? heads[i - 1] : base, sha]).replace(/^/gm, '      '));
  });

  // The event and reviews with the placeholders replaced by the real commits, written beside (not in) the repo.
  const withShas = (name, head, edit = (t) => t) => {
    const path = join(tmp, `${head.slice(0, 7)}-${name}`);
    const text = readFileSync(join(example, name), 'utf8');
    writeFileSync(path, edit(text.replaceAll('BASE_SHA', base).replaceAll('FIRST_SHA', heads[0]).replaceAll('HEAD_SHA', head)));
    return path;
  };

  EVALUATIONS.forEach(({ title, commit: n, reviews, checklistTicked, expected }, i) => {
    const head = heads[n];
    console.log(
      `\n${'='.repeat(72)}\nEvaluation ${i + 1} at commit ${n + 1} (${head.slice(0, 7)}): ${title} (expected exit ${expected})\n${'='.repeat(72)}`,
    );
    git(['checkout', '-q', head]);
    // The author ticks the PR description's checklist between the two evaluations.
    const tick = (t) => (checklistTicked ? t.replaceAll('- [ ] ', '- [x] ') : t);
    const args = ['check', '--repo', repo, '--event', withShas('event.json', head, tick), '--reviews', withShas(reviews, head)];
    // Who committed to the pull request (GET /pulls/{n}/commits): the approvers did not, so their approvals count.
    args.push('--commits', withShas('commits.json', head));
    args.push('--teams', join(example, 'teams.json'), '--format', process.env.DEMO_FORMAT ?? 'text');
    const run = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
    const status = run.error ? `an error (${run.error.message})` : (run.status ?? `signal ${run.signal}`);
    console.log(`\n-> exit code ${status}`);
    if (status !== expected) failures.push(`Evaluation ${i + 1} exited with ${status}, expected ${expected}.`);
  });

  // The release: the pull request merged, main tagged v1.1.0 (the baseline was v1.0.0), and its release record.
  // Built from git alone (no GITHUB_TOKEN), so the record is "incomplete": it says what only GitHub can verify.
  console.log(`\n${'='.repeat(72)}\nThe release record of v1.1.0 (the baseline tagged v1.0.0, the pull request merged)\n${'='.repeat(72)}`);
  git(['checkout', '-q', 'main']);
  git(['tag', 'v1.0.0', base]);
  const mergeDate = '2024-05-06T10:00:00Z';
  git(
    [
      '-c',
      'user.name=Quinn',
      '-c',
      'user.email=quinn@acme.example',
      'merge',
      '-q',
      '--no-ff',
      '-m',
      `Merge pull request #${event.number} from acme/${branch}`,
      branch,
    ],
    {
      GIT_AUTHOR_DATE: mergeDate,
      GIT_COMMITTER_DATE: mergeDate,
    },
  );
  git(['tag', 'v1.1.0']);
  const recordDir = join(tmp, 'release-v1.1.0');
  const release = spawnSync(process.execPath, [cli, 'release', '--repo', repo, '--tag', 'v1.1.0', '--output', recordDir], {
    stdio: 'inherit',
    env: { ...process.env, GITHUB_TOKEN: '', GITHUB_REPOSITORY: '' },
  });
  const record = JSON.parse(readFileSync(join(recordDir, 'record.json'), 'utf8'));
  console.log(`gates: ${record.gates.map((g) => `${g.id} ${g.status}`).join(', ')}`);
  console.log(`evidence: ${record.artifacts.map((a) => a.path).join(', ')}`);
  console.log(`\n-> exit code ${release.status}; record ${record.status}`);
  if (release.status !== 1 || record.status !== 'incomplete')
    failures.push(`The release record exited with ${release.status} (${record.status}), expected 1 (incomplete).`);
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
  `\nAs expected: ${EVALUATIONS.map((e, i) => `evaluation ${i + 1} ${e.expected ? 'failed' : 'passed'} (exit ${e.expected})`).join(', ')}; the release record incomplete without GitHub (exit 1).`,
);

/** Runs git in the demo repository, isolated from the user's git configuration; returns its trimmed output. */
function git(args, env = {}) {
  return execFileSync('git', ['-C', repo, '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: devNull, GIT_CONFIG_NOSYSTEM: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** Commits every file in the work tree with a fixed author and date. */
function commit(message, author, date) {
  const [, name, email] = /^(.*) <(.*)>$/.exec(author);
  git(['add', '-A']);
  git(['-c', `user.name=${name}`, '-c', `user.email=${email}`, 'commit', '-q', '-m', message], {
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  });
}
