import { gateContext } from '../policy/context.js';
import { createFacts } from '../facts/facts.js';
import { workTreeSources } from '../facts/work-tree-source.js';
import type { PolicyError } from '../policy/types.js';
import { vexSkeleton } from '../report/vex.js';
import { assessVulnerabilities, vulnerabilities } from '../rules/vulnerabilities/index.js';
import { gateOptionsOf } from '../core/rule.js';
import type { Finding } from '../core/types.js';
import { workTreeGate, type WorkTreeInput } from './work-tree.js';

// The vex use case: a CycloneDX VEX skeleton for the vulnerabilities still open in the work tree, as the policy's
// vulnerabilities gate sees them. No pull request and no base: the work tree's offline records and KEV catalog are
// the evidence.

export interface VexInput extends WorkTreeInput {
  now?: Date;
}

export type VexOutcome =
  | { kind: 'invalid-policy'; errors: PolicyError[] }
  /** The evaluation could not see everything: a skeleton would look complete and not be. */
  | { kind: 'incomplete'; gate: string; problems: Finding[] }
  | { kind: 'nothing-open'; summary: string }
  | { kind: 'skeleton'; text: string; vulnerabilities: number };

export async function vexWorkTree(input: VexInput): Promise<VexOutcome> {
  const chosen = await workTreeGate(input, 'vulnerabilities');
  if (!chosen.ok) return { kind: 'invalid-policy', errors: chosen.errors };
  const { repo, root, policy, gate } = chosen;
  const facts = createFacts(workTreeSources(repo, root, undefined, 'vex'));
  const { outcome, open, problems } = await assessVulnerabilities(
    gateOptionsOf(gate, vulnerabilities),
    facts,
    gateContext(policy, gate.id),
    'head',
  );
  if (problems.length) return { kind: 'incomplete', gate: gate.id, problems };
  if (open.length === 0) return { kind: 'nothing-open', summary: outcome.summary ?? 'nothing to assess' };
  return {
    kind: 'skeleton',
    text: `${JSON.stringify(vexSkeleton(open, input.now ?? new Date()), null, 2)}\n`,
    vulnerabilities: new Set(open.map((o) => o.vulnerability.id)).size,
  };
}
