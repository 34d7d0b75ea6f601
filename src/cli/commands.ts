import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkPullRequest, formatPolicyError } from '../engine/check.js';
import { GitRepo } from '../facts/git.js';
import { GitHubFacts, pullRequestFromPayload } from '../facts/github.js';
import { createOsvSource } from '../facts/osv.js';
import type { RemotePolicyReader } from '../policy/load.js';
import { gitSources, parseReviewsJson, parseTeamsJson } from '../facts/local.js';
import { readLocalFile, readWorkingPolicy } from '../facts/worktree.js';
import { PolicyLoader } from '../policy/load.js';
import { policySchema } from '../policy/schema.js';
import { RULES } from '../rules/index.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown, MAX_SUMMARY_BYTES } from '../report/markdown.js';
import { sanitizeOutput } from '../report/redact.js';
import { renderText } from '../report/text.js';
import { FactError, type PullRequest, type Review } from '../types.js';
import { shortSha } from '../util/text.js';
import { cliClient } from './client.js';
import { release } from './release.js';
import { trace } from './trace.js';
import { vex } from './vex.js';
import { monitor, MONITOR_USAGE } from './monitor.js';

// The command line: the same evaluation as the action, with git for the diff and files for reviews and teams.
// Exit 0 pass, 1 a gate failed or errored, 2 bad usage or an invalid policy.

const DEFAULT_POLICY = '.github/sdlc-gate.yml';
const MAX_INPUT_BYTES = 20 * 1024 * 1024;
const MAX_POLICY_BYTES = 1024 * 1024;

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

class UsageError extends Error {}

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Central policies (`extends: owner/repo/path@ref`) are read through the API when GITHUB_TOKEN is set. */
function remotePolicyReader(env: CliIO['env']): RemotePolicyReader | undefined {
  const client = cliClient(env, 120_000, 30_000);
  return client && new GitHubFacts(client, '', '', MAX_POLICY_BYTES).readRemotePolicy;
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
        parse(rest, {});
        io.stdout(`${JSON.stringify(policySchema(RULES), null, 2)}\n`);
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

type Options = Record<string, { type: 'string' }>;

function parse<T extends Options>(args: string[], options: T): Record<keyof T, string | undefined> {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values as unknown as Record<keyof T, string | undefined>;
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify.*$/s, ''));
  }
}

async function check(args: string[], io: CliIO): Promise<number> {
  const s = { type: 'string' } as const;
  const opts = parse(args, { repo: s, policy: s, base: s, head: s, event: s, reviews: s, teams: s, format: s, output: s });
  const format = opts.format ?? 'text';
  if (!['text', 'json', 'markdown'].includes(format)) throw new UsageError(`--format must be text, json or markdown, not "${format}"`);

  const repo = new GitRepo(resolve(io.cwd, opts.repo ?? '.'));
  if (!(await repo.isRepository())) throw new UsageError(`--repo ${opts.repo ?? '.'} is not a git work tree`);

  const inputFiles = new Map<string, string>();
  for (const name of [opts.reviews, opts.teams]) if (name) inputFiles.set(name, await readInput(io, name));
  const text = (name: string) => inputFiles.get(name)!;
  const event = opts.event ? await readEvent(resolve(io.cwd, opts.event)) : undefined;
  const baseRef = opts.base ?? event?.baseSha;
  if (!baseRef) throw new UsageError('--base REF is needed (or --event FILE with a pull_request payload)');
  const headRef = opts.head ?? event?.headSha ?? 'HEAD';
  const baseSha = await repo.resolveCommit(baseRef);
  if (!baseSha) throw new UsageError(`the base commit ${baseRef} is not in the repository — fetch it (git fetch origin ${baseRef}) or fix --base`);
  const headSha = await repo.resolveCommit(headRef);
  if (!headSha) throw new UsageError(`the head commit ${headRef} is not in the repository — fetch it or fix --head`);

  const pr: PullRequest = event
    ? { ...event, baseSha, headSha }
    : { number: 0, title: '', body: '', labels: [], author: '', baseSha, headSha };
  const reviews = opts.reviews ? asUsage(() => parseReviewsJson(text(opts.reviews!), opts.reviews!)) : undefined;
  const teams = opts.teams ? asUsage(() => parseTeamsJson(text(opts.teams!), opts.teams!)) : undefined;

  const outcome = await checkPullRequest(opts.policy ?? DEFAULT_POLICY, {
    pr,
    ...gitSources(repo, pr),
    osvScan: createOsvSource({ deadline: AbortSignal.timeout(300_000), requestTimeoutMs: 30_000, retries: 2, retryDelayMs: 500 }),
    reviews: async (): Promise<Review[]> => {
      if (!reviews) throw new FactError('no reviews were given — pass --reviews FILE (the JSON of GET /repos/{owner}/{repo}/pulls/{number}/reviews)');
      return reviews;
    },
    teamMembers: async (team) => {
      const members = teams?.get(team.toLowerCase());
      if (!members) throw new FactError(`the members of @${team} are unknown — list them in --teams FILE as {"${team}": ["login", ...]}`);
      return members;
    },
    issueExists: async (n) => {
      throw new FactError(`the CLI cannot verify that issue #${n} exists (it does not call the issues API) — run the check as the action, or set verify: false for local runs`);
    },
  }, remotePolicyReader(io.env));
  if (!outcome.ok) {
    for (const e of outcome.errors) io.stderr(`${formatPolicyError(e)}\n`);
    io.stderr(`sdlc-gate: the policy is invalid; nothing was evaluated\n`);
    return 2;
  }

  const { report } = outcome;
  // What leaves the CLI goes through the same filter as the action's outputs: no token, no terminal escapes.
  const rendered = sanitizeOutput(
    format === 'json' ? renderJson(report.result) : format === 'markdown' ? renderMarkdown(report, { maxBytes: MAX_SUMMARY_BYTES }) : renderText(report),
  );
  if (opts.output) {
    await writeFile(resolve(io.cwd, opts.output), rendered);
    io.stderr(`sdlc-gate: ${report.result.status} (${shortSha(baseSha)}…${shortSha(headSha)}); ${format} written to ${opts.output}\n`);
  } else io.stdout(rendered);
  return report.result.status === 'pass' ? 0 : 1;
}

async function validate(args: string[], io: CliIO): Promise<number> {
  const s = { type: 'string' } as const;
  const opts = parse(args, { repo: s, policy: s });
  const root = resolve(io.cwd, opts.repo ?? '.');
  const path = opts.policy ?? DEFAULT_POLICY;
  const read = (p: string) => readWorkingPolicy(root, p, MAX_POLICY_BYTES);
  let text: string | undefined;
  try {
    text = await read(path);
  } catch (e) {
    io.stdout(`${path}:1:1: ${(e as Error).message}\n`);
    return 2;
  }
  if (text === undefined) {
    io.stdout(`${path}:1:1: no such file — create it, or name yours with --policy\n`);
    return 2;
  }
  const loaded = await new PolicyLoader(RULES).load(path, text, read, remotePolicyReader(io.env));
  if (!loaded.ok) {
    for (const e of loaded.errors) io.stdout(`${formatPolicyError(e)}\n`);
    return 2;
  }
  for (const note of loaded.notes) io.stdout(`note: ${note}\n`);
  const gates = loaded.policy.gates.map((g) => (g.id === g.rule ? g.id : `${g.id} (${g.rule})`));
  io.stdout(`${path}: valid; ${gates.length} ${gates.length === 1 ? 'gate' : 'gates'}${gates.length ? `: ${gates.join(', ')}` : ''}\n`);
  return 0;
}

/** Bad content in a file the user named is a usage error (exit 2), not a failed gate. */
function asUsage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

async function readInput(io: CliIO, path: string): Promise<string> {
  try {
    return await readLocalFile(resolve(io.cwd, path), MAX_INPUT_BYTES);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${path}: no such file` : `${path}: ${(e as Error).message}`);
  }
}

async function readEvent(path: string): Promise<PullRequest> {
  let payload: { pull_request?: unknown };
  try {
    payload = JSON.parse(await readLocalFile(path, MAX_INPUT_BYTES));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`--event ${path}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  if (!payload?.pull_request) throw new UsageError(`--event ${path} is not a pull_request event payload (it has no "pull_request")`);
  try {
    return pullRequestFromPayload(payload.pull_request);
  } catch (e) {
    throw new UsageError(`--event ${path}: ${(e as Error).message}`);
  }
}
