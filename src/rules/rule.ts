import type { Facts, Finding, ReportTable } from '../types.js';
import type { Policy } from '../policy/types.js';

/** A JSON Schema object, as ajv takes it. */
export type JsonSchema = Record<string, unknown>;

/** What a rule knows besides its options and the facts. */
export interface GateContext {
  gateId: string;
  policy: Policy;
}

/** A rule may return findings alone (status derived from severities) or decide its summary too. */
export interface GateOutcome {
  findings: Finding[];
  /** One line for the report table; derived from the findings when absent. */
  summary?: string;
  /** Tables for the report (rendered under the gate, cut to fit GitHub's limits). */
  tables?: ReportTable[];
}

export interface Rule<O = any> {
  name: string;
  /** One sentence: what the gate proves. Shown in `sdlc-gate schema` descriptions. */
  description: string;
  /** JSON Schema of the rule's options (an object schema with `properties`); merged into the policy schema. */
  optionsSchema: JsonSchema;
  evaluate(options: O, facts: Facts, ctx: GateContext): Promise<Finding[] | GateOutcome>;
}
