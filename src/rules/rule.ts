// The rule contract lives in the core (src/core/rule.ts); this re-export keeps older import paths compiling.
export type { GateContext, GateOutcome, GateRef, JsonSchema, Rule, RuleDefinition } from '../core/rule.js';
export { defineRule } from '../core/rule.js';
