import type { GateContext } from '../core/rule.js';
import type { Policy } from './types.js';

/** What the gate `gateId` may know of its policy: its groups, classification, and the other gates' options. */
export function gateContext(policy: Policy, gateId: string): GateContext {
  const byId = new Map(policy.gates.map((g) => [g.id, g]));
  function gateOptions(id: string, rule?: { name: string }) {
    const gate = byId.get(id);
    if (!gate || (rule && gate.rule !== rule.name)) return undefined;
    return gate.options;
  }
  return {
    gateId,
    policyPath: policy.path,
    policyFiles: policy.files ?? [policy.path],
    groups: policy.groups,
    classification: policy.classification,
    gates: policy.gates.map((g) => ({ id: g.id, rule: g.rule })),
    gateOptions: gateOptions as GateContext['gateOptions'],
  };
}
