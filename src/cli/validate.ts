import { validatePolicy } from '../app/validate.js';
import { formatPolicyError } from '../engine/check.js';
import { remotePolicyReader } from './client.js';
import { parseFlags, type CommandIO } from './run-command.js';

// `sdlc-gate validate`: the policy checked without evaluating a gate.

export async function validate(args: string[], io: CommandIO & { env: Record<string, string | undefined> }): Promise<number> {
  const s = { type: 'string' } as const;
  const opts = parseFlags(args, { repo: s, policy: s });
  const outcome = await validatePolicy({ cwd: io.cwd, ...opts, readRemote: await remotePolicyReader(io.env) });
  switch (outcome.kind) {
    case 'unreadable':
      io.stdout(`${outcome.path}:1:1: ${outcome.message}\n`);
      return 2;
    case 'missing':
      io.stdout(`${outcome.path}:1:1: no such file — create it, or name yours with --policy\n`);
      return 2;
    case 'invalid':
      for (const e of outcome.errors) io.stdout(`${formatPolicyError(e)}\n`);
      return 2;
    case 'valid': {
      for (const note of outcome.notes) io.stdout(`note: ${note}\n`);
      const { gates } = outcome;
      io.stdout(
        `${outcome.path}: valid; ${gates.length} ${gates.length === 1 ? 'gate' : 'gates'}${gates.length ? `: ${gates.join(', ')}` : ''}\n`,
      );
      return 0;
    }
  }
}
