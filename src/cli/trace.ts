import { TRACE_FORMATS, traceWorkTree, type TraceFormat } from '../app/trace.js';
import { UsageError } from '../app/errors.js';
import { formatPolicyError } from '../engine/check.js';
import { repoUrlProblem } from '../facts/repo-url.js';
import { writeOutputFile } from '../publish/output-file.js';
import { oneOf, parseFlags, runCommand, type CommandIO } from './run-command.js';

// `sdlc-gate trace`: the full traceability matrix of the work tree, as the policy's traceability gate sees it.
// Files are read from the work tree (never through a symlink that leaves it); with --base, requirements whose text
// changed since that commit with no test changed are marked suspect, as in a pull request.

export const TRACE_USAGE = `sdlc-gate trace [--repo DIR] [--policy PATH] [--gate ID] [--format markdown|csv|json|html] [--output FILE] [--base REF] [--repo-url URL]`;

/** The environment is read for the event's repository (GITHUB_SERVER_URL, GITHUB_REPOSITORY), to link to its files. */
type TraceIO = CommandIO & { env?: Record<string, string | undefined> };

export function trace(args: string[], io: TraceIO): Promise<number> {
  return runCommand('trace', TRACE_USAGE, io, () => run(args, io), { code: 2 });
}

async function run(args: string[], io: TraceIO): Promise<number> {
  const s = { type: 'string' } as const;
  const { 'repo-url': repoUrl, ...opts } = parseFlags(args, { repo: s, policy: s, gate: s, format: s, output: s, base: s, 'repo-url': s });
  const format: TraceFormat = oneOf('format', opts.format, TRACE_FORMATS, 'markdown');
  const urlProblem = repoUrl === undefined ? undefined : repoUrlProblem(repoUrl);
  if (urlProblem) throw new UsageError(urlProblem);
  const traced = await traceWorkTree({ cwd: io.cwd, ...opts, format, ...(repoUrl ? { repoUrl } : {}), env: io.env ?? {} });
  if (!traced.ok) {
    for (const e of traced.errors) io.stderr(`${formatPolicyError(e)}\n`);
    io.stderr(`sdlc-gate trace: the policy is invalid\n`);
    return 2;
  }
  const { rendered, counts: c } = traced;
  if (opts.output) {
    await writeOutputFile(io.cwd, opts.output, rendered);
    io.stderr(
      `sdlc-gate trace: ${c.requirements} requirements, ${c.untested} untested${traced.compared ? `, ${c.suspect} suspect` : ''}; ${format} written to ${opts.output}\n`,
    );
  } else io.stdout(rendered);
  return 0;
}
