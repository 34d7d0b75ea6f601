import type { GitRepo } from './git/index.js';

// The web address of the repository whose files a report links to (`<server>/<owner>/<repo>`), so that a
// requirement or a test location can point at the file at the evaluated commit. Taken from, in this order: the
// user's --repo-url, the event (GITHUB_SERVER_URL and GITHUB_REPOSITORY, as in a workflow), or the `origin`
// remote of the repository (https and ssh forms). Only an https address becomes one: anything else, and anything
// unknown, leaves the report with plain text locations.

export interface RepositoryUrl {
  /** `https://host/owner/repo`, without a trailing slash, `.git`, credentials, query or fragment. */
  url: string;
  /** Where it came from, for a report's header. */
  source: 'flag' | 'event' | 'remote';
}

/** Why a --repo-url is refused (a usage error), or undefined when it is a usable https address. */
export function repoUrlProblem(value: string): string | undefined {
  const url = parseHttps(value);
  if (!url) return `--repo-url must be an https:// address of the repository (such as https://github.com/owner/repo), not "${value}"`;
  if (url.username || url.password) return `--repo-url must not carry credentials — give the address as the browser shows it`;
  if (url.search || url.hash) return `--repo-url must be the repository's address alone, without a query or fragment`;
  if (url.pathname.split('/').filter(Boolean).length < 2)
    return `--repo-url must name the repository (https://host/owner/repo), not "${value}"`;
  return undefined;
}

/** The canonical form of a usable https address: no trailing slash or `.git`. */
export function normalizeRepoUrl(value: string): string | undefined {
  if (repoUrlProblem(value) !== undefined) return undefined;
  const url = new URL(value);
  const path = url.pathname.replace(/\/+$/, '').replace(/\.git$/, '');
  return `https://${url.host}${path}`;
}

/**
 * The web address of a git remote: `https://host/owner/repo(.git)`, `ssh://[user@]host[:port]/owner/repo(.git)`
 * and the scp-like `user@host:owner/repo(.git)`. Credentials in an https remote are dropped (never echoed); an ssh
 * port is dropped (the web server is https on its own port); anything else (a local path, http, git://) is none.
 */
export function webUrlFromRemote(remote: string): string | undefined {
  const value = remote.trim();
  if (!value || /\s/.test(value) || [...value].some((c) => c < ' ' || c === '\u007f')) return undefined;
  // scp-like (no scheme): a host with a dot, so a Windows drive letter (C:\...) is not one.
  const scp = /^(?:[A-Za-z0-9._~-]+@)?([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+):(?!\/\/)([^\\]+)$/.exec(value);
  if (scp) return repoPath(scp[1]!, scp[2]!);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol === 'https:') return repoPath(url.host, url.pathname);
  if (url.protocol === 'ssh:' || url.protocol === 'git+ssh:') return repoPath(url.hostname, url.pathname);
  return undefined;
}

function repoPath(host: string, path: string): string | undefined {
  const parts = path
    .replace(/\.git\/?$/, '')
    .split('/')
    .filter(Boolean);
  if (parts.length < 2 || parts.some((p) => p === '.' || p === '..') || !host.includes('.')) return undefined;
  return `https://${host.toLowerCase()}/${parts.join('/')}`;
}

function parseHttps(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.host ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The event's repository: GITHUB_REPOSITORY on GITHUB_SERVER_URL (github.com when unset). */
export function repoUrlFromEnv(env: Record<string, string | undefined>): string | undefined {
  const repository = env.GITHUB_REPOSITORY?.trim();
  if (!repository || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) return undefined;
  const server = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '');
  return normalizeRepoUrl(`${server}/${repository}`);
}

/**
 * The repository's web address for links, or undefined (plain text locations): `flag` if given (already checked
 * with repoUrlProblem), else the event's, else the `origin` remote's.
 */
export async function detectRepositoryUrl(input: {
  flag?: string;
  env: Record<string, string | undefined>;
  repo: Pick<GitRepo, 'run'>;
}): Promise<RepositoryUrl | undefined> {
  if (input.flag !== undefined) {
    const url = normalizeRepoUrl(input.flag);
    return url ? { url, source: 'flag' } : undefined;
  }
  const fromEnv = repoUrlFromEnv(input.env);
  if (fromEnv) return { url: fromEnv, source: 'event' };
  const remote = await input.repo.run(['remote', 'get-url', 'origin']).catch(() => undefined);
  const fromRemote = remote === undefined ? undefined : webUrlFromRemote(remote);
  return fromRemote ? { url: fromRemote, source: 'remote' } : undefined;
}
