import { cpSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NOT_IN_REPO, stampTree } from '../../examples/example-files.mjs';
import { TestRepo } from './git-repo.js';

// The example repository (examples/infusion-pump) as a real git repository at its base commit, with its relative
// dates stamped as the demo does, for tests that change one file of a realistic device repository.

const EXAMPLE = fileURLToPath(new URL('../../examples/infusion-pump', import.meta.url));

export const EXAMPLE_TEAMS = join(EXAMPLE, 'teams.json');

export function exampleRepo(): { repo: TestRepo; base: string } {
  const repo = new TestRepo('sdlc-gate-example-');
  cpSync(EXAMPLE, repo.dir, { recursive: true, filter: (src) => !NOT_IN_REPO.has(relative(EXAMPLE, src).split(/[\\/]/)[0]!) });
  stampTree(repo.dir);
  return { repo, base: repo.commit('SP-200 firmware baseline') };
}
