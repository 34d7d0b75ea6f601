import type { TraceabilityOptions } from './options.js';

/**
 * A traceability gate's options, typed. The policy loader has validated them against the rule's schema (as it does
 * for every gate before the engine hands them to the rule), so a loaded gate's options have this shape.
 */
export function traceabilityOptionsOf(gate: { id: string; rule: string; options: Readonly<Record<string, unknown>> }): TraceabilityOptions {
  if (gate.rule !== 'traceability') throw new Error(`gate "${gate.id}" runs rule ${gate.rule}, not traceability`);
  return gate.options as unknown as TraceabilityOptions;
}
