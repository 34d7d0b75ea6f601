import type { VulnerabilitiesOptions } from './index.js';

/**
 * A vulnerabilities gate's options, typed. The policy loader has validated them against the rule's schema (as it
 * does for every gate before the engine hands them to the rule), so a loaded gate's options have this shape.
 */
export function vulnerabilitiesOptionsOf(gate: {
  id: string;
  rule: string;
  options: Readonly<Record<string, unknown>>;
}): VulnerabilitiesOptions {
  if (gate.rule !== 'vulnerabilities') throw new Error(`gate "${gate.id}" runs rule ${gate.rule}, not vulnerabilities`);
  return gate.options as unknown as VulnerabilitiesOptions;
}
