import type { MonitorSources } from '../core/monitor.js';
import { FactError } from '../core/types.js';
import type { GitRepo } from './git/index.js';

// The monitor's view of a local git repository: its tags, its default branch, and files at any commit.

export function gitMonitorSources(
  repo: GitRepo,
  options: { defaultBranch?: string; osvScan?: MonitorSources['osvScan'] } = {},
): MonitorSources {
  return {
    async tags() {
      const out = await repo.run(['for-each-ref', '--format=%(refname:strip=2)', 'refs/tags']);
      return out.split('\n').filter(Boolean);
    },
    async defaultBranch() {
      if (options.defaultBranch) return options.defaultBranch;
      for (const args of [
        ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'],
        ['symbolic-ref', '--quiet', '--short', 'HEAD'],
      ]) {
        try {
          const name = (await repo.run(args)).trim();
          if (name) return name.replace(/^origin\//, '');
        } catch {
          // not a symbolic ref here; try the next
        }
      }
      throw new FactError(
        'the default branch cannot be told (no origin/HEAD, and HEAD is detached) — check the default branch out, or name the refs with --ref',
      );
    },
    async resolve(ref) {
      for (const name of [`refs/tags/${ref}`, `refs/heads/${ref}`, `refs/remotes/origin/${ref}`]) {
        const sha = await repo.resolveCommit(name);
        if (sha) return sha;
      }
      return /^[0-9a-f]{7,40}$/i.test(ref) ? repo.resolveCommit(ref) : undefined;
    },
    listFiles: async (sha) => (await repo.listTree(sha)).filter((e) => e.type === 'blob').map((e) => e.path),
    readFile: (sha, path, maxBytes) => repo.readFile(sha, path, maxBytes),
    ...(options.osvScan ? { osvScan: options.osvScan } : {}),
  };
}
