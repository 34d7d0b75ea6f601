import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TestRepo } from './git-repo.js';

// The example repository (examples/infusion-pump) as a real git repository at its base commit, with its relative
// dates stamped as the demo does, for tests that change one file of a realistic device repository.

const EXAMPLE = fileURLToPath(new URL('../../examples/infusion-pump', import.meta.url));
/** What the example keeps beside the repository: the PR's commits, the event, reviews and teams. */
const NOT_IN_REPO = new Set(['pr', 'event.json', 'teams.json', 'reviews-failing.json', 'reviews-passing.json']);

export const EXAMPLE_TEAMS = join(EXAMPLE, 'teams.json');

export function exampleRepo(): { repo: TestRepo; base: string } {
  const repo = new TestRepo('sdlc-gate-example-');
  cpSync(EXAMPLE, repo.dir, { recursive: true, filter: (src) => !NOT_IN_REPO.has(relative(EXAMPLE, src).split(/[\\/]/)[0]!) });
  stampDates(repo.dir);
  return { repo, base: repo.commit('SP-200 firmware baseline') };
}

function stampDates(dir: string): void {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (!entry.isFile() || path.includes(`${dir}/.git/`)) continue;
    const text = readFileSync(path, 'utf8');
    const stamped = text
      .replace(/DAYS_AGO_TS\((\d+)\)/g, (_, n) => `${day(-Number(n))}T09:00:00Z`)
      .replace(/DAYS_AGO\((\d+)\)/g, (_, n) => day(-Number(n)))
      .replace(/DAYS_AHEAD\((\d+)\)/g, (_, n) => day(Number(n)));
    if (stamped !== text) writeFileSync(path, stamped);
  }
}
