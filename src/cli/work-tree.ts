import { lstat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createFacts } from '../facts/facts.js';
import { GitRepo, parseNameStatus } from '../facts/git/index.js';
import { createOsvSource } from '../facts/osv.js';
import { readWorkingFile, readWorkingPolicy } from '../facts/worktree.js';
import { PolicyLoader } from '../policy/load.js';
import type { GateConfig, Policy } from '../policy/types.js';
import { RULES } from '../rules/index.js';
import { FactError, type ChangedFile, type Facts, type FileText } from '../types.js';
import { mapConcurrent } from '../util/concurrency.js';

// What the commands that look at the work tree share (`trace`, `vex`): the policy read from the work tree, one of
// its gates chosen by rule, and facts whose "head" is the work tree — files read never through a symlink that
// leaves it, and, with a base commit, the changes since then.

const DEFAULT_POLICY = '.github/sdlc-gate.yml';
const MAX_POLICY_BYTES = 1024 * 1024;
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Bad usage: the command prints it with its usage line and exits 2. */
export class UsageError extends Error {}

export interface CommandIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
}

/**
 * Runs a command's body: bad usage prints the message and the usage line (exit 2); anything else one line, with
 * `onFact` deciding what a missing fact means for this command (its exit code and a note).
 */
export async function runCommand(
  command: string,
  usage: string,
  io: CommandIO,
  body: () => Promise<number>,
  onFact: { code: number; note?: string },
): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`sdlc-gate ${command}: ${e.message}\n\nUsage: ${usage}\n`);
      return 2;
    }
    const fact = e instanceof FactError;
    io.stderr(`sdlc-gate ${command}: ${(e as Error)?.message ?? String(e)}${fact && onFact.note ? `; ${onFact.note}` : ''}\n`);
    return fact ? onFact.code : 1;
  }
}

export interface WorkTreeGate {
  root: string;
  repo: GitRepo;
  policyPath: string;
  policy: Policy;
  gate: GateConfig;
}

/** Loads the work tree's policy and picks the gate `gateId`, or the first with `rule`. Policy errors go to stderr. */
export async function workTreeGate(
  opts: { repo?: string; policy?: string; gate?: string },
  rule: string,
  io: { cwd: string; stderr: (s: string) => void; command: string },
): Promise<WorkTreeGate | undefined> {
  const root = resolve(io.cwd, opts.repo ?? '.');
  const repo = new GitRepo(root);
  if (!(await repo.isRepository())) throw new UsageError(`--repo ${opts.repo ?? '.'} is not a git work tree`);
  const policyPath = opts.policy ?? DEFAULT_POLICY;
  const policyText = await readWorkingPolicy(root, policyPath, MAX_POLICY_BYTES);
  if (policyText === undefined) throw new UsageError(`${policyPath}: no such file — name the policy with --policy`);
  const loaded = await new PolicyLoader(RULES).load(policyPath, policyText, (p) => readWorkingPolicy(root, p, MAX_POLICY_BYTES));
  if (!loaded.ok) {
    for (const e of loaded.errors) io.stderr(`${e.file}:${e.line}:${e.col}: ${e.message}\n`);
    io.stderr(`sdlc-gate ${io.command}: the policy is invalid\n`);
    return undefined;
  }
  const candidates = loaded.policy.gates.filter((g) => g.rule === rule);
  const gate = opts.gate ? loaded.policy.gates.find((g) => g.id === opts.gate) : candidates[0];
  if (!gate) {
    throw new UsageError(
      opts.gate
        ? `${policyPath} has no gate "${opts.gate}"${candidates.length ? ` (${rule} gates: ${candidates.map((g) => g.id).join(', ')})` : ''}`
        : `${policyPath} has no gate with rule ${rule} — add one, or name the policy with --policy`,
    );
  }
  if (gate.rule !== rule) throw new UsageError(`gate "${gate.id}" runs rule ${gate.rule}, not ${rule}`);
  return { root, repo, policyPath, policy: loaded.policy, gate };
}

/** Facts whose head is the work tree; with `baseSha`, the changed files are those since that commit. */
export function workTreeFacts(repo: GitRepo, root: string, baseSha: string | undefined, command: string): Facts {
  const readWork = async (path: string): Promise<FileText | undefined> => {
    const text = await readWorkingFile(root, path, MAX_FILE_BYTES);
    return text === undefined ? undefined : { path, ref: 'work tree', text, bytes: Buffer.from(text) };
  };
  return createFacts({
    pr: { number: 0, title: '', body: '', labels: [], author: '', baseSha: baseSha ?? '', headSha: 'work tree' },
    changedFiles: async (): Promise<ChangedFile[]> =>
      baseSha ? parseNameStatus(await repo.run(['diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-textconv', baseSha, '--'])) : [],
    reviews: async () => {
      throw new FactError(`${command} does not read reviews`);
    },
    teamMembers: async () => {
      throw new FactError(`${command} does not read teams`);
    },
    readFile: (ref, path) => (ref === 'work tree' ? readWork(path) : repo.readFile(ref, path)),
    listFiles: () => workTreeFiles(repo, root),
    osvScan: createOsvSource({ deadline: AbortSignal.timeout(300_000), requestTimeoutMs: 30_000, retries: 2, retryDelayMs: 500 }),
  });
}

/** Tracked and untracked (not ignored) regular files of the work tree; symlinks and deleted files are left out. */
async function workTreeFiles(repo: GitRepo, root: string): Promise<string[]> {
  const out = await repo.run(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate']);
  const paths = [...new Set(out.split('\0').filter(Boolean))];
  const regular = await mapConcurrent(paths, 64, async (p) => {
    try {
      return (await lstat(join(root, p))).isFile();
    } catch {
      return false;
    }
  });
  return paths.filter((_, i) => regular[i]);
}
