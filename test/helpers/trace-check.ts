import { main } from '../../src/cli/commands.js';
import { TestRepo } from './git-repo.js';

// `sdlc-gate check` run in process on a real git repository built in the test: the policy is read at base, the
// requirements and tests at head, as in a pull request. Returns the exit code and the gate results.

export interface GateOutput {
  id: string;
  status: string;
  summary: string;
  findings: { severity: string; message: string; file?: string; line?: number }[];
}

export async function checkPullRequestIn(
  repo: TestRepo,
  base: string,
  head: string,
): Promise<{ code: number; gates: GateOutput[]; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['check', '--repo', repo.dir, '--base', base, '--head', head, '--format', 'json'], {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd: repo.dir,
    env: {},
  });
  return { code, gates: stdout ? (JSON.parse(stdout) as { gates: GateOutput[] }).gates : [], stderr };
}

/** A repository whose base commit holds the policy and whose head adds `files`. */
export function pullRequestRepo(policy: string, files: Record<string, string>): { repo: TestRepo; base: string; head: string } {
  const repo = new TestRepo();
  repo.write({ '.github/sdlc-gate.yml': policy, 'README.md': 'project\n' });
  const base = repo.commit('policy');
  repo.write(files);
  const head = repo.commit('requirements and tests');
  return { repo, base, head };
}
