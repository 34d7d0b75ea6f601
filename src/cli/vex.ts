import { vexWorkTree } from '../app/vex.js';
import { formatPolicyError } from '../engine/check.js';
import { writeOutputFile } from '../publish/output-file.js';
import { parseFlags, runCommand, type CommandIO } from './run-command.js';

// `sdlc-gate vex`: a CycloneDX VEX skeleton for the vulnerabilities still open in the work tree, as the policy's
// vulnerabilities gate sees them — one entry per vulnerability, `in_triage`, naming the affected components by
// purl, for a person to assess (state, justification, detail, lastUpdated) and commit where the gate's `vex` reads.

export const VEX_USAGE = `sdlc-gate vex [--repo DIR] [--policy PATH] [--gate ID] [--output FILE]`;

export function vex(args: string[], io: CommandIO): Promise<number> {
  // A fact that could not be had (a missing OSV folder, an unreadable SBOM) leaves the skeleton incomplete: exit 1.
  return runCommand('vex', VEX_USAGE, io, () => run(args, io), { code: 1, note: 'no skeleton was written' });
}

async function run(args: string[], io: CommandIO): Promise<number> {
  const s = { type: 'string' } as const;
  const opts = parseFlags(args, { repo: s, policy: s, gate: s, output: s });
  const outcome = await vexWorkTree({ cwd: io.cwd, ...opts });
  switch (outcome.kind) {
    case 'invalid-policy':
      for (const e of outcome.errors) io.stderr(`${formatPolicyError(e)}\n`);
      io.stderr(`sdlc-gate vex: the policy is invalid\n`);
      return 2;
    case 'incomplete':
      for (const p of outcome.problems) io.stderr(`${p.file ? `${p.file}${p.line ? `:${p.line}` : ''}: ` : ''}${p.message}\n`);
      io.stderr(`sdlc-gate vex: the ${outcome.gate} gate could not see every component and vulnerability; no skeleton was written\n`);
      return 1;
    case 'nothing-open':
      io.stderr(`sdlc-gate vex: no open vulnerabilities (${outcome.summary}) — nothing to write\n`);
      return 0;
    case 'skeleton': {
      const n = outcome.vulnerabilities;
      if (opts.output) {
        await writeOutputFile(io.cwd, opts.output, outcome.text);
        io.stderr(
          `sdlc-gate vex: ${n} open ${n === 1 ? 'vulnerability' : 'vulnerabilities'} written to ${opts.output} as in_triage — assess each, then commit it where the gate's vex globs look\n`,
        );
      } else io.stdout(outcome.text);
      return 0;
    }
  }
}
