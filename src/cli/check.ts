import { checkLocal } from '../app/check.js';
import { formatPolicyError } from '../engine/check.js';
import { writeOutputFile } from '../publish/output-file.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown, MAX_SUMMARY_BYTES } from '../report/markdown.js';
import { sanitizeOutput } from '../report/redact.js';
import { renderText } from '../report/text.js';
import { shortSha } from '../util/text.js';
import { remotePolicyReader } from './client.js';
import { oneOf, parseFlags, type CommandIO } from './run-command.js';

// `sdlc-gate check`: the same evaluation as the action, with git for the diff and files for reviews and teams.

export async function check(args: string[], io: CommandIO & { env: Record<string, string | undefined> }): Promise<number> {
  const s = { type: 'string' } as const;
  const opts = parseFlags(args, { repo: s, policy: s, base: s, head: s, event: s, reviews: s, teams: s, commits: s, format: s, output: s });
  const format = oneOf('format', opts.format, ['text', 'json', 'markdown'], 'text');

  const { outcome, baseSha, headSha } = await checkLocal({ cwd: io.cwd, ...opts, readRemote: await remotePolicyReader(io.env) });
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
