import { resolve } from 'node:path';
import { readWorkingPolicy } from '../facts/worktree.js';
import { PolicyLoader, type RemotePolicyReader } from '../policy/load.js';
import { policySchema } from '../policy/schema.js';
import type { PolicyError } from '../policy/types.js';
import { RULES } from '../rules/index.js';
import { DEFAULT_POLICY_PATH, MAX_POLICY_BYTES } from './defaults.js';

// The validate use case: the work tree's policy, read the way `check` reads it at a commit, loaded and checked.

export interface ValidateInput {
  cwd: string;
  repo?: string;
  policy?: string;
  readRemote?: RemotePolicyReader;
}

export type ValidateOutcome =
  | { kind: 'unreadable'; path: string; message: string }
  | { kind: 'missing'; path: string }
  | { kind: 'invalid'; path: string; errors: PolicyError[] }
  /** `gates`: each gate's id, with its rule when the two differ. */
  | { kind: 'valid'; path: string; notes: string[]; gates: string[] };

export async function validatePolicy(input: ValidateInput): Promise<ValidateOutcome> {
  const root = resolve(input.cwd, input.repo ?? '.');
  const path = input.policy ?? DEFAULT_POLICY_PATH;
  const read = (p: string) => readWorkingPolicy(root, p, MAX_POLICY_BYTES);
  let text: string | undefined;
  try {
    text = await read(path);
  } catch (e) {
    return { kind: 'unreadable', path, message: (e as Error).message };
  }
  if (text === undefined) return { kind: 'missing', path };
  const loaded = await new PolicyLoader(RULES).load(path, text, read, input.readRemote);
  if (!loaded.ok) return { kind: 'invalid', path, errors: loaded.errors };
  return {
    kind: 'valid',
    path,
    notes: loaded.notes,
    gates: loaded.policy.gates.map((g) => (g.id === g.rule ? g.id : `${g.id} (${g.rule})`)),
  };
}

/** The JSON Schema of the policy file, every rule's options included. */
export function policySchemaText(): string {
  return `${JSON.stringify(policySchema(RULES), null, 2)}\n`;
}
