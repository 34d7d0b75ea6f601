import { monitorLocal } from '../app/monitor.js';
import { UsageError } from '../app/errors.js';
import { formatPolicyError } from '../engine/check.js';
import { writeOutputFile } from '../publish/output-file.js';
import { oneOf, parseFlags, runCommand, type CommandIO } from './run-command.js';
import { MONITOR_USAGE } from './usage.js';
import { plural } from '../util/text.js';

// `sdlc-gate monitor`: post-market surveillance of the released versions (tags) and watched branches.
// Exit 0 nothing open at or above fail_on (or in KEV) and every ref checked; 1 otherwise; 2 usage or policy errors.
// Components that cannot be looked up (no purl, a purl OSV has no ecosystem for) do not fail the run, as they do not
// fail the vulnerabilities gate: each output lists them per ref, and stderr says how many (docs/monitor.md).

export function monitor(args: string[], io: CommandIO): Promise<number> {
  return runCommand('monitor', MONITOR_USAGE, io, () => run(args, io), { code: 1, note: 'nothing was checked' });
}

async function run(args: string[], io: CommandIO): Promise<number> {
  const s = { type: 'string' } as const;
  const opts = parseFlags(args, { repo: s, policy: s, ref: { type: 'string', multiple: true }, now: s, state: s, format: s, output: s });
  const format = oneOf('format', opts.format, ['text', 'json', 'markdown'], 'text');
  let now = new Date();
  if (opts.now !== undefined) {
    // A full date or date-time (ISO 8601); anything Date.parse guesses at (e.g. "tomorrow") is refused.
    if (
      !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(opts.now) ||
      !Number.isFinite(Date.parse(opts.now))
    ) {
      throw new UsageError(`--now "${opts.now}" is not an ISO 8601 date (e.g. 2026-03-01 or 2026-03-01T06:17:00Z)`);
    }
    now = new Date(Date.parse(opts.now));
  }
  const outcome = await monitorLocal({ cwd: io.cwd, ...opts, ...(opts.ref ? { refs: opts.ref } : {}), now, format });
  if (!outcome.ok) {
    for (const e of outcome.errors) io.stderr(`${formatPolicyError(e)}\n`);
    io.stderr(`sdlc-gate monitor: the policy on ${outcome.branch} is invalid; nothing was checked\n`);
    return 2;
  }
  const { result, rendered } = outcome;
  // The state keeps first sight; a run that could not check everything still records what it did see.
  if (opts.state && outcome.state !== undefined) await writeOutputFile(io.cwd, opts.state, outcome.state);
  if (opts.output) {
    await writeOutputFile(io.cwd, opts.output, rendered);
    io.stderr(`sdlc-gate monitor: ${result.status}; ${format} written to ${opts.output}\n`);
  } else io.stdout(rendered);
  if (result.unchecked.length || result.problems.length)
    io.stderr(`sdlc-gate monitor: not checked: ${result.unchecked.join(', ') || 'every ref'}\n`);
  if (result.components_not_checked) {
    const refs = result.refs.filter((r) => r.not_checked.length).map((r) => `${r.ref} (${r.not_checked.length})`);
    io.stderr(
      `sdlc-gate monitor: ${plural(result.components_not_checked, 'component')} could not be checked for vulnerabilities: ${refs.join(', ')} — see each ref's not_checked\n`,
    );
  }
  return result.status === 'pass' ? 0 : 1;
}
