import { PolicyLoader, type LoadResult, type RemotePolicyReader } from '../policy/load.js';
import { RULES } from '../rules/index.js';
import type { MonitorSources } from '../core/monitor.js';

const MAX_POLICY_BYTES = 1024 * 1024;

/**
 * The policy as committed on the default branch (the monitor watches what the manufacturer maintains there, not
 * what a work tree or a pull request says). undefined when the file is not on that branch.
 */
export async function loadPolicyAtDefaultBranch(
  sources: MonitorSources,
  path: string,
  readRemote?: RemotePolicyReader,
): Promise<{ branch: string; sha: string; loaded: LoadResult } | { branch: string; missing: string }> {
  const branch = await sources.defaultBranch();
  const sha = await sources.resolve(branch);
  if (!sha) return { branch, missing: `the default branch ${branch} is not in the repository — fetch it` };
  const read = async (p: string) => (await sources.readFile(sha, p, MAX_POLICY_BYTES))?.text;
  const text = await read(path);
  if (text === undefined)
    return { branch, missing: `${path} is not on the default branch ${branch} — commit the policy there, or name it with --policy` };
  return { branch, sha, loaded: await new PolicyLoader(RULES).load(path, text, read, readRemote) };
}
