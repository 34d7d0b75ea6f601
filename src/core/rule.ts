import type { Static, TObject } from '@sinclair/typebox';
import type { Classification } from './classification.js';
import type { JsonSchema } from './schemas.js';
import type { Facts, Finding, ReportTable } from './types.js';

export type { JsonSchema } from './schemas.js';

/** A gate of the policy as another gate may see it. */
export interface GateRef {
  id: string;
  rule: string;
}

/** What a rule may know of the policy besides its own options and the facts. */
export interface GateContext {
  /** The id of the gate being evaluated. */
  gateId: string;
  /** Repo-relative path of the policy file. */
  policyPath: string;
  /** Repo-relative paths of this repository's policy files: the policy file and each file it extends from here. */
  policyFiles: readonly string[];
  /** Named reviewer sets. */
  groups: Readonly<Record<string, readonly string[]>>;
  /** The IEC 62304 classification of the software items. */
  classification: Classification;
  /** Every gate of the policy (id and rule), in order. */
  gates: readonly GateRef[];
  /**
   * The options of gate `id` (defaults filled), where one rule builds on another's configuration (vulnerabilities
   * on sbom): typed by `rule`'s options schema, and undefined when there is no such gate or it runs another rule.
   * Without `rule`, the options of any gate, untyped.
   */
  gateOptions<O extends TObject>(id: string, rule: { name: string; options: O }): Static<O> | undefined;
  gateOptions(id: string): Readonly<Record<string, unknown>> | undefined;
}

/** A rule may return findings alone (status derived from severities) or decide its summary too. */
export interface GateOutcome {
  findings: Finding[];
  /** One line for the report table; derived from the findings when absent. */
  summary?: string;
  /** Tables for the report (rendered under the gate, cut to fit GitHub's limits). */
  tables?: ReportTable[];
}

/** A rule as a gate runs it: its options schema (TypeBox, hence JSON Schema) and an evaluate typed from it. */
export interface RuleDefinition<O extends TObject = TObject> {
  name: string;
  /** One sentence: what the gate proves. Shown in `sdlc-gate schema` descriptions. */
  description: string;
  /** The options' schema: written once, it is the JSON Schema merged into the policy's and the type evaluate receives. */
  options: O;
  evaluate(options: Static<O>, facts: Facts, ctx: GateContext): Promise<Finding[] | GateOutcome>;
}

/** The contract the policy and the engine see: a rule whatever its options. */
export interface Rule {
  name: string;
  description: string;
  /** JSON Schema of the rule's options (an object schema with `properties`); merged into the policy schema. */
  readonly optionsSchema: JsonSchema;
  evaluate(options: Readonly<Record<string, unknown>>, facts: Facts, ctx: GateContext): Promise<Finding[] | GateOutcome>;
}

/** A rule from its definition: the options a gate hands over have passed the options schema (the policy loader validated them). */
export function defineRule<O extends TObject>(definition: RuleDefinition<O>): RuleDefinition<O> & Rule {
  return {
    ...definition,
    optionsSchema: definition.options as unknown as JsonSchema,
    evaluate: (options: Readonly<Record<string, unknown>> | Static<O>, facts: Facts, ctx: GateContext) =>
      definition.evaluate(options as Static<O>, facts, ctx),
  };
}

/**
 * A rule whose evaluation is imported when a gate first runs it. The policy loader needs a rule's name,
 * description and options only, so a policy without that gate never loads the evaluation's code (its parsers).
 */
export function lazyRule<O extends TObject>(
  definition: Omit<RuleDefinition<O>, 'evaluate'>,
  load: () => Promise<Pick<RuleDefinition<O>, 'evaluate'>>,
): RuleDefinition<O> & Rule {
  return defineRule({ ...definition, evaluate: async (options, facts, ctx) => (await load()).evaluate(options, facts, ctx) });
}

/**
 * A loaded gate's options, typed by the rule it runs. The policy loader has validated them against that rule's
 * schema (as it does for every gate before the engine hands them to a rule), so they have this shape; a gate that
 * runs another rule is a programming error.
 */
export function gateOptionsOf<O extends TObject>(
  gate: { id: string; rule: string; options: Readonly<Record<string, unknown>> },
  rule: { name: string; options: O },
): Static<O> {
  if (gate.rule !== rule.name) throw new Error(`gate "${gate.id}" runs rule ${gate.rule}, not ${rule.name}`);
  return gate.options as Static<O>;
}
