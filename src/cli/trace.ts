import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildMatrix, countMatrix, type TraceabilityOptions } from '../rules/traceability/index.js';
import { detectRepositoryUrl, repoUrlProblem } from '../facts/repo-url.js';
import { renderTraceCsv, renderTraceHtml, renderTraceJson, renderTraceMarkdown, type TraceMeta } from '../report/trace-formats.js';
import { runCommand, UsageError, workTreeFacts, workTreeGate, type CommandIO } from './work-tree.js';

// `sdlc-gate trace`: the full traceability matrix of the work tree, as the policy's traceability gate sees it.
// Files are read from the work tree (never through a symlink that leaves it); with --base, requirements whose text
// changed since that commit with no test changed are marked suspect, as in a pull request.

export const TRACE_USAGE = `sdlc-gate trace [--repo DIR] [--policy PATH] [--gate ID] [--format markdown|csv|json|html] [--output FILE] [--base REF] [--repo-url URL]`;

const FORMATS = ['markdown', 'csv', 'json', 'html'] as const;

/** The environment is read for the event's repository (GITHUB_SERVER_URL, GITHUB_REPOSITORY), to link to its files. */
type TraceIO = CommandIO & { env?: Record<string, string | undefined> };

export function trace(args: string[], io: TraceIO): Promise<number> {
  return runCommand('trace', TRACE_USAGE, io, () => run(args, io), { code: 2 });
}

async function run(args: string[], io: TraceIO): Promise<number> {
  const s = { type: 'string' } as const;
  let opts: Record<string, string | undefined>;
  try {
    opts = parseArgs({ args, options: { repo: s, policy: s, gate: s, format: s, output: s, base: s, 'repo-url': s }, strict: true, allowPositionals: false }).values;
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify.*$/s, ''));
  }
  const format = (opts.format ?? 'markdown') as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be markdown, csv, json or html, not "${opts.format}"`);
  const urlProblem = opts['repo-url'] === undefined ? undefined : repoUrlProblem(opts['repo-url']);
  if (urlProblem) throw new UsageError(urlProblem);
  const chosen = await workTreeGate(opts, 'traceability', { ...io, command: 'trace' });
  if (!chosen) return 2;
  const { repo, root, policyPath, policy, gate } = chosen;

  const head = (await repo.resolveCommit('HEAD')) ?? '(no commit yet)';
  let baseSha: string | undefined;
  if (opts.base) {
    const resolved = await repo.resolveCommit(opts.base);
    if (!resolved) throw new UsageError(`--base ${opts.base} is not a commit of the repository`);
    baseSha = (await repo.mergeBase(resolved, 'HEAD')) ?? resolved;
  }
  const facts = workTreeFacts(repo, root, baseSha, 'trace');
  const matrix = await buildMatrix({ options: gate.options as unknown as TraceabilityOptions, facts, policy, compare: baseSha !== undefined });

  const dirty = (await repo.run(['status', '--porcelain', '--untracked-files=no'])).trim() !== '';
  const repositoryUrl = (await detectRepositoryUrl({ flag: opts['repo-url'], env: io.env ?? {}, repo }))?.url;
  const meta: TraceMeta = { gate: gate.id, policy: policyPath, head, dirty, ...(baseSha ? { base: baseSha } : {}), generatedAt: new Date().toISOString(), ...(repositoryUrl ? { repositoryUrl } : {}) };
  const rendered =
    format === 'json' ? renderTraceJson(matrix, meta) : format === 'csv' ? renderTraceCsv(matrix) : format === 'html' ? renderTraceHtml(matrix, meta) : renderTraceMarkdown(matrix, meta);
  const c = countMatrix(matrix);
  if (opts.output) {
    await writeFile(resolve(io.cwd, opts.output), rendered);
    io.stderr(
      `sdlc-gate trace: ${c.requirements} requirements, ${c.untested} untested${matrix.compared ? `, ${c.suspect} suspect` : ''}; ${format} written to ${opts.output}\n`,
    );
  } else io.stdout(rendered);
  return 0;
}
