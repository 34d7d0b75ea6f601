import { resolve } from 'node:path';
import { GitRepo } from '../facts/git/index.js';
import { readWorkingPolicy } from '../facts/worktree.js';
import { PolicyLoader } from '../policy/load.js';
import type { GateConfig, Policy, PolicyError } from '../policy/types.js';
import { RULES } from '../rules/index.js';
import { DEFAULT_POLICY_PATH, MAX_POLICY_BYTES } from './defaults.js';
import { UsageError } from './errors.js';

// What the use cases that look at the work tree share (`trace`, `vex`): the policy read from the work tree and one
// of its gates, chosen by id or by rule.

export interface WorkTreeInput {
  /** The directory the command runs in; `repo` and relative paths are resolved from it. */
  cwd: string;
  repo?: string;
  policy?: string;
  gate?: string;
}

export interface WorkTreeGate {
  root: string;
  repo: GitRepo;
  policyPath: string;
  policy: Policy;
  gate: GateConfig;
}

export type WorkTreeGateOutcome = ({ ok: true } & WorkTreeGate) | { ok: false; policyPath: string; errors: PolicyError[] };

/**
 * The repository at `dir` (relative to `cwd`); bad usage when it is none. `resolveAhead` names commit-ishes git starts
 * resolving while it is asked whether this is a repository (the repository's resolveCommit then answers them from
 * its cache; a failed resolve in a folder that is none is never reported: the repository's error comes first).
 */
export async function openRepository(
  cwd: string,
  dir: string | undefined,
  what: 'work tree' | 'repository',
  resolveAhead: readonly string[] = [],
): Promise<GitRepo> {
  const repo = new GitRepo(resolve(cwd, dir ?? '.'));
  for (const ref of resolveAhead) void repo.resolveCommit(ref);
  if (!(await repo.isRepository()))
    throw new UsageError(`--repo ${dir ?? '.'} is not a git ${what} — run in a clone of the repository, or name one with --repo DIR`);
  return repo;
}

/** Loads the work tree's policy and picks the gate `input.gate`, or the first with `rule`. */
export async function workTreeGate(input: WorkTreeInput, rule: string): Promise<WorkTreeGateOutcome> {
  const repo = await openRepository(input.cwd, input.repo, 'work tree');
  const root = repo.dir;
  const policyPath = input.policy ?? DEFAULT_POLICY_PATH;
  const policyText = await readWorkingPolicy(root, policyPath, MAX_POLICY_BYTES);
  if (policyText === undefined) throw new UsageError(`${policyPath}: no such file — name the policy with --policy`);
  const loaded = await new PolicyLoader(RULES).load(policyPath, policyText, (p) => readWorkingPolicy(root, p, MAX_POLICY_BYTES));
  if (!loaded.ok) return { ok: false, policyPath, errors: loaded.errors };
  const candidates = loaded.policy.gates.filter((g) => g.rule === rule);
  const gate = input.gate ? loaded.policy.gates.find((g) => g.id === input.gate) : candidates[0];
  if (!gate) {
    throw new UsageError(
      input.gate
        ? `${policyPath} has no gate "${input.gate}"${candidates.length ? ` (${rule} gates: ${candidates.map((g) => g.id).join(', ')})` : ''}`
        : `${policyPath} has no gate with rule ${rule} — add one, or name the policy with --policy`,
    );
  }
  if (gate.rule !== rule) {
    const others = candidates.map((g) => g.id).join(', ');
    throw new UsageError(
      `gate "${gate.id}" runs rule ${gate.rule}, not ${rule} — ${others ? `name a ${rule} gate with --gate (${others})` : `${policyPath} has no ${rule} gate: add one`}`,
    );
  }
  return { ok: true, root, repo, policyPath, policy: loaded.policy, gate };
}
