import { createHash } from 'node:crypto';
import type { ValidateFunction } from 'ajv';
import type { Rule } from '../core/rule.js';
import type { JsonSchema } from '../core/schemas.js';
import { gateSchema, topLevelSchema } from './schema.js';
import { POLICY_VALIDATORS } from './validators.js';

// The validators of a policy's schemas: generated at build time (./validators/, see ./standalone.ts) when the schema
// is the one they were generated from — no ajv is loaded, nothing compiled at run time — else compiled by ajv
// (compilePolicySchema in ./standalone.ts: a rule list of a test, or a schema changed since the validators were
// generated).

/** The key of the top-level validator among the gate validators (no rule can be named so). */
export const TOP = ' top';

/** What ties a validator to its schema: a digest of the schema's JSON. */
export function schemaKey(schema: JsonSchema): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 32);
}

/** The schemas a policy is validated against: the top level (TOP), and each rule's gate schema, by rule name. */
export function policySchemas(rules: readonly Rule[]): Map<string, JsonSchema> {
  const names = rules.map((r) => r.name);
  return new Map<string, JsonSchema>([
    [TOP, topLevelSchema()],
    ...rules.map((r) => [r.name, gateSchema(r, names)] as [string, JsonSchema]),
  ]);
}

/** The validator of one schema (TOP or a rule's name), generated when it matches, else compiled. */
export async function validatorFor(key: string, schema: JsonSchema): Promise<ValidateFunction> {
  const generated = Object.hasOwn(POLICY_VALIDATORS, key) ? POLICY_VALIDATORS[key] : undefined;
  if (generated && generated.key === schemaKey(schema)) return generated.load();
  const { compilePolicySchema } = await import('./standalone.js');
  return compilePolicySchema(schema);
}
