import { createFacts } from '../facts/facts.js';
import { detectRepositoryUrl } from '../facts/repo-url.js';
import { workTreeDirty, workTreeSources } from '../facts/work-tree-source.js';
import type { PolicyError } from '../policy/types.js';
import { renderTraceCsv, renderTraceHtml, renderTraceJson, renderTraceMarkdown, type TraceMeta } from '../report/trace-formats.js';
import { countMatrix } from '../core/trace.js';
import { buildMatrix, traceability } from '../rules/traceability/index.js';
import { gateOptionsOf } from '../core/rule.js';
import { UsageError } from './errors.js';
import { workTreeGate, type WorkTreeInput } from './work-tree.js';

// The trace use case: the full traceability matrix of the work tree, as the policy's traceability gate sees it.
// With a base, requirements whose text changed since the merge base with no test changed are marked suspect.

export const TRACE_FORMATS = ['markdown', 'csv', 'json', 'html'] as const;
export type TraceFormat = (typeof TRACE_FORMATS)[number];

export interface TraceInput extends WorkTreeInput {
  format: TraceFormat;
  base?: string;
  now?: Date;
  /** --repo-url (already checked), else the event's repository in `env`, else the origin remote: the HTML links to files there. */
  repoUrl?: string;
  env?: Record<string, string | undefined>;
}

export type TraceOutcome =
  { ok: false; errors: PolicyError[] } | { ok: true; rendered: string; counts: ReturnType<typeof countMatrix>; compared: boolean };

export async function traceWorkTree(input: TraceInput): Promise<TraceOutcome> {
  const chosen = await workTreeGate(input, 'traceability');
  if (!chosen.ok) return { ok: false, errors: chosen.errors };
  const { repo, root, policyPath, policy, gate } = chosen;

  const head = (await repo.resolveCommit('HEAD')) ?? '(no commit yet)';
  let baseSha: string | undefined;
  if (input.base) {
    const resolved = await repo.resolveCommit(input.base);
    if (!resolved)
      throw new UsageError(
        `--base ${input.base} is not a commit of the repository — fetch it (git fetch origin ${input.base}) or fix --base`,
      );
    baseSha = (await repo.mergeBase(resolved, 'HEAD')) ?? resolved;
  }
  const facts = createFacts(workTreeSources(repo, root, baseSha, 'trace'));
  const matrix = await buildMatrix({ options: gateOptionsOf(gate, traceability), facts, policy, compare: baseSha !== undefined });

  const dirty = await workTreeDirty(repo);
  const repositoryUrl = (await detectRepositoryUrl({ flag: input.repoUrl, env: input.env ?? {}, repo }))?.url;
  const meta: TraceMeta = {
    gate: gate.id,
    policy: policyPath,
    head,
    dirty,
    ...(baseSha ? { base: baseSha } : {}),
    generatedAt: (input.now ?? new Date()).toISOString(),
    ...(repositoryUrl ? { repositoryUrl } : {}),
  };
  const { format } = input;
  const rendered =
    format === 'json'
      ? renderTraceJson(matrix, meta)
      : format === 'csv'
        ? renderTraceCsv(matrix)
        : format === 'html'
          ? renderTraceHtml(matrix, meta)
          : renderTraceMarkdown(matrix, meta);
  return { ok: true, rendered, counts: countMatrix(matrix), compared: matrix.compared };
}
