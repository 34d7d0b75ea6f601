import { lstat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createFacts } from '../facts/facts.js';
import { GitRepo, parseNameStatus } from '../facts/git.js';
import { readWorkingFile } from '../facts/worktree.js';
import { PolicyLoader } from '../policy/load.js';
import { mapConcurrent } from '../util/concurrency.js';
import { RULES } from '../rules/index.js';
import { buildMatrix, countMatrix, type TraceabilityOptions } from '../rules/traceability/index.js';
import { FactError, type ChangedFile, type FileText } from '../types.js';
import { renderTraceCsv, renderTraceHtml, renderTraceJson, renderTraceMarkdown, type TraceMeta } from './trace-formats.js';

// `sdlc-gate trace`: the full traceability matrix of the work tree, as the policy's traceability gate sees it.
// Files are read from the work tree (never through a symlink that leaves it); with --base, requirements whose text
// changed since that commit with no test changed are marked suspect, as in a pull request.

export const TRACE_USAGE = `sdlc-gate trace [--repo DIR] [--policy PATH] [--gate ID] [--format markdown|csv|json|html] [--output FILE] [--base REF]`;

const FORMATS = ['markdown', 'csv', 'json', 'html'] as const;
const DEFAULT_POLICY = '.github/sdlc-gate.yml';
const MAX_POLICY_BYTES = 1024 * 1024;
const MAX_FILE_BYTES = 5 * 1024 * 1024;

interface TraceIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
}

class TraceUsage extends Error {}

export async function trace(args: string[], io: TraceIO): Promise<number> {
  try {
    return await run(args, io);
  } catch (e) {
    if (e instanceof TraceUsage) {
      io.stderr(`sdlc-gate trace: ${e.message}\n\nUsage: ${TRACE_USAGE}\n`);
      return 2;
    }
    io.stderr(`sdlc-gate trace: ${(e as Error)?.message ?? String(e)}\n`);
    return e instanceof FactError ? 2 : 1;
  }
}

async function run(args: string[], io: TraceIO): Promise<number> {
  const s = { type: 'string' } as const;
  let opts: Record<string, string | undefined>;
  try {
    opts = parseArgs({ args, options: { repo: s, policy: s, gate: s, format: s, output: s, base: s }, strict: true, allowPositionals: false }).values;
  } catch (e) {
    throw new TraceUsage((e as Error).message.replace(/\. To specify.*$/s, ''));
  }
  const format = (opts.format ?? 'markdown') as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new TraceUsage(`--format must be markdown, csv, json or html, not "${opts.format}"`);
  const root = resolve(io.cwd, opts.repo ?? '.');
  const repo = new GitRepo(root);
  if (!(await repo.isRepository())) throw new TraceUsage(`--repo ${opts.repo ?? '.'} is not a git work tree`);

  const policyPath = opts.policy ?? DEFAULT_POLICY;
  const policyText = await readWorkingFile(root, policyPath, MAX_POLICY_BYTES);
  if (policyText === undefined) throw new TraceUsage(`${policyPath}: no such file — name the policy with --policy`);
  const loaded = await new PolicyLoader(RULES).load(policyPath, policyText, (p) => readWorkingFile(root, p, MAX_POLICY_BYTES));
  if (!loaded.ok) {
    for (const e of loaded.errors) io.stderr(`${e.file}:${e.line}:${e.col}: ${e.message}\n`);
    io.stderr('sdlc-gate trace: the policy is invalid\n');
    return 2;
  }
  const candidates = loaded.policy.gates.filter((g) => g.rule === 'traceability');
  const gate = opts.gate ? loaded.policy.gates.find((g) => g.id === opts.gate) : candidates[0];
  if (!gate) {
    throw new TraceUsage(
      opts.gate
        ? `${policyPath} has no gate "${opts.gate}"${candidates.length ? ` (traceability gates: ${candidates.map((g) => g.id).join(', ')})` : ''}`
        : `${policyPath} has no gate with rule traceability — add one, or name the policy with --policy`,
    );
  }
  if (gate.rule !== 'traceability') throw new TraceUsage(`gate "${gate.id}" runs rule ${gate.rule}, not traceability`);

  const head = (await repo.resolveCommit('HEAD')) ?? '(no commit yet)';
  let baseSha: string | undefined;
  if (opts.base) {
    const resolved = await repo.resolveCommit(opts.base);
    if (!resolved) throw new TraceUsage(`--base ${opts.base} is not a commit of the repository`);
    baseSha = (await repo.mergeBase(resolved, 'HEAD')) ?? resolved;
  }
  const readWork = async (path: string): Promise<FileText | undefined> => {
    const text = await readWorkingFile(root, path, MAX_FILE_BYTES);
    return text === undefined ? undefined : { path, ref: 'work tree', text, bytes: Buffer.from(text) };
  };
  const facts = createFacts({
    pr: { number: 0, title: '', body: '', labels: [], author: '', baseSha: baseSha ?? '', headSha: 'work tree' },
    changedFiles: async (): Promise<ChangedFile[]> =>
      baseSha ? parseNameStatus(await repo.run(['diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-textconv', baseSha, '--'])) : [],
    reviews: async () => {
      throw new FactError('trace does not read reviews');
    },
    teamMembers: async () => {
      throw new FactError('trace does not read teams');
    },
    readFile: (ref, path) => (ref === 'work tree' ? readWork(path) : repo.readFile(ref, path)),
    listFiles: () => workTreeFiles(repo, root),
  });
  const matrix = await buildMatrix({ options: gate.options as unknown as TraceabilityOptions, facts, policy: loaded.policy, compare: baseSha !== undefined });

  const dirty = (await repo.run(['status', '--porcelain', '--untracked-files=no'])).trim() !== '';
  const meta: TraceMeta = { gate: gate.id, policy: policyPath, head, dirty, ...(baseSha ? { base: baseSha } : {}), generatedAt: new Date().toISOString() };
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

/** Tracked and untracked (not ignored) regular files of the work tree; symlinks and deleted files are left out. */
async function workTreeFiles(repo: GitRepo, root: string): Promise<string[]> {
  const out = await repo.run(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate']);
  const paths = [...new Set(out.split('\0').filter(Boolean))];
  const regular = await mapConcurrent(paths, 64, async (p) => {
    try {
      return (await lstat(join(root, p))).isFile();
    } catch {
      return false;
    }
  });
  return paths.filter((_, i) => regular[i]);
}
