import { execFile } from 'node:child_process';
import { FactError, type ChangedFile, type ChangeStatus, type FileText } from '../types.js';

// The local checkout, read through git objects only: a file "at a commit" is a blob of that commit's tree,
// so a symlink in the work tree can never lead a read outside it, and the PR's working files are never run.

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const GIT_TIMEOUT_MS = 60_000;
const MAX_GIT_OUTPUT = 256 * 1024 * 1024;

export interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  size: number;
}

export class GitRepo {
  constructor(
    readonly dir: string,
    private readonly maxFileBytes = DEFAULT_MAX_FILE_BYTES,
  ) {}

  /** Runs git with an argument list (never a shell), literal pathspecs and no prompts. */
  async run(args: string[], opts: { binary?: false; timeoutMs?: number } = {}): Promise<string> {
    return (await this.exec(args, opts.timeoutMs)).toString('utf8');
  }

  private exec(args: string[], timeoutMs = GIT_TIMEOUT_MS): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      execFile(
        'git',
        ['-C', this.dir, '--literal-pathspecs', '-c', 'core.quotePath=false', ...args],
        {
          encoding: 'buffer',
          maxBuffer: MAX_GIT_OUTPUT,
          timeout: timeoutMs,
          env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
        },
        (error, stdout, stderr) => {
          if (error) {
            const detail = stderr.toString('utf8').trim().split('\n')[0] || error.message;
            reject(new GitError(`git ${args[0]} failed: ${detail}`));
          } else resolve(stdout);
        },
      );
    });
  }

  async isRepository(): Promise<boolean> {
    try {
      return (await this.run(['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
    } catch {
      return false;
    }
  }

  async isShallow(): Promise<boolean> {
    return (await this.run(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  }

  /** The full SHA of a commit-ish, or undefined when the repository does not have it. */
  async resolveCommit(ref: string): Promise<string | undefined> {
    if (ref.startsWith('-')) return undefined;
    try {
      return (await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    try {
      return (await this.run(['merge-base', a, b])).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /** Files changed between two commits, with renames, as GitHub lists a PR's files. */
  async diff(from: string, to: string): Promise<ChangedFile[]> {
    const out = await this.run(['diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-textconv', from, to, '--']);
    return parseNameStatus(out);
  }

  /** Every entry of a commit's tree (recursively), with modes and sizes. */
  async listTree(ref: string): Promise<TreeEntry[]> {
    const out = await this.run(['ls-tree', '-r', '-l', '-z', '--full-tree', ref]);
    return out.split('\0').filter(Boolean).map(parseTreeLine);
  }

  /**
   * A file's text at a commit. undefined when absent; FactError for a symlink, a directory, a submodule,
   * or a file over the size cap — those are refused without reading their content.
   */
  async readFile(ref: string, path: string, maxBytes = this.maxFileBytes): Promise<FileText | undefined> {
    const clean = normalizeRepoPath(path);
    const entries = (await this.run(['ls-tree', '-l', '-z', '--full-tree', ref, '--', clean])).split('\0').filter(Boolean).map(parseTreeLine);
    const entry = entries.find((e) => e.path === clean);
    if (!entry) {
      await this.refuseSymlinkedParent(ref, clean);
      return undefined;
    }
    if (entry.mode === '120000') throw new FactError(`${clean} is a symbolic link at ${ref.slice(0, 7)}; links are not followed — commit the file itself`);
    if (entry.type === 'tree') throw new FactError(`${clean} is a directory at ${ref.slice(0, 7)}, not a file`);
    if (entry.type === 'commit') throw new FactError(`${clean} is a submodule at ${ref.slice(0, 7)}, not a file`);
    if (entry.size > maxBytes) {
      throw new FactError(`${clean} is ${entry.size} bytes at ${ref.slice(0, 7)}, over the ${maxBytes}-byte limit; it was not read`);
    }
    const bytes = await this.exec(['cat-file', 'blob', `${ref}:${clean}`]);
    return { path: clean, ref, bytes, text: bytes.toString('utf8') };
  }

  /** A path under a symlinked folder is not in the tree; say why rather than "not found". */
  private async refuseSymlinkedParent(ref: string, path: string): Promise<void> {
    const parts = path.split('/');
    const parents = parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
    if (parents.length === 0) return;
    const out = await this.run(['ls-tree', '-z', '--full-tree', ref, '--', ...parents]);
    const link = out.split('\0').filter(Boolean).map((l) => parseTreeLine(l)).find((e) => e.mode === '120000');
    if (link) throw new FactError(`${path} lies under ${link.path}, a symbolic link at ${ref.slice(0, 7)}; links are not followed`);
  }

  async fetch(remote: string, refs: string[], extra: string[] = []): Promise<void> {
    await this.run(['fetch', '--no-tags', '--no-recurse-submodules', '--quiet', ...extra, remote, ...refs], { timeoutMs: 120_000 });
  }
}

export class GitError extends FactError {
  override name = 'GitError';
}

/** A repo-relative path without "./" or "//"; FactError for absolute paths and "..". */
export function normalizeRepoPath(path: string): string {
  const parts = path.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  if (path.startsWith('/') || parts.includes('..') || parts.length === 0) {
    throw new FactError(`"${path}" is not a path inside the repository`);
  }
  return parts.join('/');
}

function parseTreeLine(line: string): TreeEntry {
  // "<mode> SP <type> SP <object> SP+ <size> TAB <path>"
  const tab = line.indexOf('\t');
  const [mode, type, , size] = line.slice(0, tab).split(/ +/);
  return { mode: mode!, type: type as TreeEntry['type'], size: size === '-' || size === undefined ? 0 : Number(size), path: line.slice(tab + 1) };
}

const STATUS: Record<string, ChangeStatus> = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', C: 'copied', T: 'changed' };

export function parseNameStatus(out: string): ChangedFile[] {
  const fields = out.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < fields.length && fields[i]; ) {
    const code = fields[i++]!;
    const status = STATUS[code[0]!] ?? 'changed';
    if (status === 'renamed' || status === 'copied') {
      const previousPath = fields[i++]!;
      files.push({ path: fields[i++]!, status, previousPath });
    } else files.push({ path: fields[i++]!, status });
  }
  return files;
}
