// Commits and history: resolving a commit-ish, merge bases (asked once per pair), whether the clone is shallow,
// fetching refs. Each runs git through the repository's runner.

/** What runs git for these: the repository's `run`. */
export interface GitRunner {
  run(args: string[], opts?: { timeoutMs?: number }): Promise<string>;
}

export async function isShallow(git: GitRunner): Promise<boolean> {
  return (await git.run(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

/** The full SHA of a commit-ish, or undefined when the repository does not have it. */
export async function resolveCommit(git: GitRunner, ref: string): Promise<string | undefined> {
  if (ref.startsWith('-')) return undefined;
  try {
    return (await git.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** `git merge-base a b`, asked once per pair until a fetch changes what history the repository has (clear). */
export class MergeBases {
  private readonly cache = new Map<string, Promise<string | undefined>>();

  constructor(private readonly git: GitRunner) {}

  get(a: string, b: string): Promise<string | undefined> {
    const key = `${a}\0${b}`;
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.git.run(['merge-base', a, b]).then(
        (out) => out.trim() || undefined,
        () => undefined,
      );
      this.cache.set(key, hit);
    }
    return hit;
  }

  /** Records a merge base another thread of this run already asked git for. */
  know(a: string, b: string, base: string): void {
    this.cache.set(`${a}\0${b}`, Promise.resolve(base));
  }

  clear(): void {
    this.cache.clear();
  }
}

export async function fetchRefs(git: GitRunner, remote: string, refs: string[], extra: string[] = []): Promise<void> {
  await git.run(['fetch', '--no-tags', '--no-recurse-submodules', '--quiet', ...extra, remote, ...refs], { timeoutMs: 120_000 });
}
