import type { RemotePolicyReader } from '../policy/load.js';
import { loadPolicyForPullRequest, type PolicyAtBase, type ReadAt } from '../policy/source.js';
import type { PolicyError } from '../policy/types.js';
import { RULES } from '../rules/index.js';
import type { Facts, FileText, PullRequest, ReportContext } from '../core/types.js';
import { evaluate } from './evaluate.js';

// The whole evaluation of one pull request, shared by the action and the CLI: policy at base → gates over the facts
// the caller built (src/app/check.ts builds them).

/** What the policy is read through: the pull request and its files at a commit (the facts' sources give both). */
export interface PolicySources {
  pr: PullRequest;
  readFile(ref: string, path: string, maxBytes?: number): Promise<FileText | undefined>;
}

export type CheckOutcome = { ok: true; report: ReportContext } | { ok: false; errors: PolicyError[] };

/** The policy that governs the pull request (at base; at head only when the base has none). */
export function loadPolicy(policyPath: string, sources: PolicySources, readRemote?: RemotePolicyReader): Promise<PolicyAtBase> {
  const readAt: ReadAt = (ref, path) => sources.readFile(ref, path);
  return loadPolicyForPullRequest(policyPath, sources.pr, readAt, RULES, readRemote);
}

/** Loads the policy through `sources` and evaluates its gates over `facts`. */
export async function evaluatePullRequest(
  policyPath: string,
  sources: PolicySources,
  facts: Facts,
  readRemote?: RemotePolicyReader,
): Promise<CheckOutcome> {
  const { pr } = sources;
  const loaded = await loadPolicy(policyPath, sources, readRemote);
  if (!loaded.ok) return loaded;
  const result = await evaluate(loaded.policy, facts, RULES, { base: pr.baseSha, head: pr.headSha, policy: loaded.source });
  return { ok: true, report: { result, pr: pr.number ? { number: pr.number, title: pr.title } : undefined, notes: loaded.notes } };
}

export function formatPolicyError(e: PolicyError): string {
  return `${e.file}:${e.line}:${e.col}: ${e.message}`;
}
