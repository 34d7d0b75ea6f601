import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GitRepo } from '../facts/git/index.js';
import { createOsvSource } from '../facts/osv.js';
import { gitMonitorSources } from '../facts/refs.js';
import { loadPolicyAtDefaultBranch } from '../monitor/load.js';
import { MonitorPolicyError, runMonitor } from '../monitor/monitor.js';
import { emptyState, parseState, renderState, type MonitorState } from '../monitor/state.js';
import { renderMonitorJson, renderMonitorMarkdown, renderMonitorText } from '../report/monitor.js';
import { runCommand, UsageError, type CommandIO } from './work-tree.js';

// `sdlc-gate monitor`: post-market surveillance of the released versions (tags) and watched branches.
// Exit 0 nothing open at or above fail_on (or in KEV) and every ref checked; 1 otherwise; 2 usage or policy errors.

export const MONITOR_USAGE = `sdlc-gate monitor [--repo DIR] [--policy PATH] [--ref REF]... [--now ISO-8601] [--state FILE]
                  [--format text|json|markdown] [--output FILE]`;

const DEFAULT_POLICY = '.github/sdlc-gate.yml';
const MAX_STATE_BYTES = 64 * 1024 * 1024;

export function monitor(args: string[], io: CommandIO): Promise<number> {
  return runCommand('monitor', MONITOR_USAGE, io, () => run(args, io), { code: 1, note: 'nothing was checked' });
}

async function run(args: string[], io: CommandIO): Promise<number> {
  const s = { type: 'string' } as const;
  let opts: { repo?: string; policy?: string; ref?: string[]; now?: string; state?: string; format?: string; output?: string };
  try {
    opts = parseArgs({ args, options: { repo: s, policy: s, ref: { type: 'string', multiple: true }, now: s, state: s, format: s, output: s }, strict: true, allowPositionals: false }).values;
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify.*$/s, ''));
  }
  const format = opts.format ?? 'text';
  if (!['text', 'json', 'markdown'].includes(format)) throw new UsageError(`--format must be text, json or markdown, not "${format}"`);
  let now = new Date();
  if (opts.now !== undefined) {
    // A full date or date-time (ISO 8601); anything Date.parse guesses at (e.g. "tomorrow") is refused.
    if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(opts.now) || !Number.isFinite(Date.parse(opts.now))) {
      throw new UsageError(`--now "${opts.now}" is not an ISO 8601 date (e.g. 2026-03-01 or 2026-03-01T06:17:00Z)`);
    }
    now = new Date(Date.parse(opts.now));
  }
  const root = resolve(io.cwd, opts.repo ?? '.');
  const repo = new GitRepo(root);
  if (!(await repo.isRepository())) throw new UsageError(`--repo ${opts.repo ?? '.'} is not a git work tree`);

  let state: MonitorState = emptyState();
  if (opts.state) {
    let text: string | undefined;
    try {
      const bytes = await readFile(resolve(io.cwd, opts.state));
      if (bytes.length > MAX_STATE_BYTES) throw new UsageError(`--state ${opts.state} is larger than ${MAX_STATE_BYTES} bytes`);
      text = bytes.toString('utf8');
    } catch (e) {
      if (e instanceof UsageError) throw e;
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(`--state ${opts.state}: ${(e as Error).message}`);
      // No file yet: the first run starts the clocks today and writes it.
    }
    if (text !== undefined) {
      try {
        state = parseState(text, opts.state);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
    }
  }

  const sources = gitMonitorSources(repo, {
    osvScan: createOsvSource({ deadline: AbortSignal.timeout(600_000), requestTimeoutMs: 30_000, retries: 2, retryDelayMs: 500 }),
  });
  const policyPath = opts.policy ?? DEFAULT_POLICY;
  const policy = await loadPolicyAtDefaultBranch(sources, policyPath);
  if ('missing' in policy) throw new UsageError(policy.missing);
  if (!policy.loaded.ok) {
    for (const e of policy.loaded.errors) io.stderr(`${e.file}:${e.line}:${e.col}: ${e.message}\n`);
    io.stderr(`sdlc-gate monitor: the policy on ${policy.branch} is invalid; nothing was checked\n`);
    return 2;
  }
  let outcome;
  try {
    outcome = await runMonitor({ policy: policy.loaded.policy, sources, now, ...(opts.ref ? { refs: opts.ref } : {}), state });
  } catch (e) {
    if (e instanceof MonitorPolicyError) throw new UsageError(e.message);
    throw e;
  }
  const { result } = outcome;
  // The state keeps first sight; a run that could not check everything still records what it did see.
  if (opts.state) await writeFile(resolve(io.cwd, opts.state), renderState(outcome.state));
  const rendered = format === 'json' ? renderMonitorJson(result) : format === 'markdown' ? renderMonitorMarkdown(result) : renderMonitorText(result);
  if (opts.output) {
    await writeFile(resolve(io.cwd, opts.output), rendered);
    io.stderr(`sdlc-gate monitor: ${result.status}; ${format} written to ${opts.output}\n`);
  } else io.stdout(rendered);
  if (result.unchecked.length || result.problems.length) io.stderr(`sdlc-gate monitor: not checked: ${result.unchecked.join(', ') || 'every ref'}\n`);
  return result.status === 'pass' ? 0 : 1;
}
