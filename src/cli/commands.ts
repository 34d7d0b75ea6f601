import { checkLocal, remotePolicyReader as apiPolicyReader } from '../app/check.js';
import { UsageError } from '../app/errors.js';
import { policySchemaText, validatePolicy } from '../app/validate.js';
import { formatPolicyError } from '../engine/check.js';
import type { RemotePolicyReader } from '../policy/load.js';
import { writeOutputFile } from '../publish/output-file.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown, MAX_SUMMARY_BYTES } from '../report/markdown.js';
import { sanitizeOutput } from '../report/redact.js';
import { renderText } from '../report/text.js';
import { FactError } from '../core/types.js';
import { shortSha } from '../util/text.js';
import { cliClient } from './client.js';
import { release } from './release.js';
import { parseFlags } from './run-command.js';
import { trace } from './trace.js';
import { vex } from './vex.js';
import { monitor, MONITOR_USAGE } from './monitor.js';

// The command line: the same evaluation as the action, with git for the diff and files for reviews and teams.
// Exit 0 pass, 1 a gate failed or errored, 2 bad usage or an invalid policy.

const USAGE = `Usage:
  sdlc-gate check [--repo DIR] [--policy PATH] [--base REF] [--head REF] [--event FILE]
                  [--reviews FILE] [--teams FILE] [--format text|json|markdown] [--output FILE]
  sdlc-gate validate [--repo DIR] [--policy PATH]
  sdlc-gate trace [--repo DIR] [--policy PATH] [--gate ID] [--format markdown|csv|json|html] [--output FILE] [--base REF] [--repo-url URL]
  sdlc-gate vex [--repo DIR] [--policy PATH] [--gate ID] [--output FILE]
  sdlc-gate release [--repo DIR] [--policy PATH] --tag TAG [--previous TAG] [--output DIR]
  ${MONITOR_USAGE}
  sdlc-gate schema

Exit status: 0 pass, 1 a gate failed or errored, 2 bad usage or an invalid policy.`;

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Central policies (`extends: owner/repo/path@ref`) are read through the API when GITHUB_TOKEN is set. */
function remotePolicyReader(env: CliIO['env']): RemotePolicyReader | undefined {
  return apiPolicyReader(cliClient(env, 120_000, 30_000));
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'check':
        return await check(rest, io);
      case 'validate':
        return await validate(rest, io);
      case 'trace':
        return await trace(rest, io);
      case 'vex':
        return await vex(rest, io);
      case 'release':
        return await release(rest, io);
      case 'monitor':
        return await monitor(rest, io);
      case 'schema':
        parseFlags(rest, {});
        io.stdout(policySchemaText());
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`sdlc-gate: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    io.stderr(`sdlc-gate: ${(e as Error)?.message ?? String(e)}\n`);
    return e instanceof FactError ? 2 : 1;
  }
}

async function check(args: string[], io: CliIO): Promise<number> {
  const s = { type: 'string' } as const;
  const opts = parseFlags(args, { repo: s, policy: s, base: s, head: s, event: s, reviews: s, teams: s, format: s, output: s });
  const format = opts.format ?? 'text';
  if (!['text', 'json', 'markdown'].includes(format)) throw new UsageError(`--format must be text, json or markdown, not "${format}"`);

  const { outcome, baseSha, headSha } = await checkLocal({ cwd: io.cwd, ...opts, readRemote: remotePolicyReader(io.env) });
  if (!outcome.ok) {
    for (const e of outcome.errors) io.stderr(`${formatPolicyError(e)}\n`);
    io.stderr(`sdlc-gate: the policy is invalid; nothing was evaluated\n`);
    return 2;
  }

  const { report } = outcome;
  // What leaves the CLI goes through the same filter as the action's outputs: no token, no terminal escapes.
  const rendered = sanitizeOutput(
    format === 'json'
      ? renderJson(report.result)
      : format === 'markdown'
        ? renderMarkdown(report, { maxBytes: MAX_SUMMARY_BYTES })
        : renderText(report),
  );
  if (opts.output) {
    await writeOutputFile(io.cwd, opts.output, rendered);
    io.stderr(`sdlc-gate: ${report.result.status} (${shortSha(baseSha)}…${shortSha(headSha)}); ${format} written to ${opts.output}\n`);
  } else io.stdout(rendered);
  return report.result.status === 'pass' ? 0 : 1;
}

async function validate(args: string[], io: CliIO): Promise<number> {
  const s = { type: 'string' } as const;
  const opts = parseFlags(args, { repo: s, policy: s });
  const outcome = await validatePolicy({ cwd: io.cwd, ...opts, readRemote: remotePolicyReader(io.env) });
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
