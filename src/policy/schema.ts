import type { Rule } from '../core/rule.js';
import { globListSchema, principalListSchema, safetyClassSchema, whenSchema, type JsonSchema } from '../core/schemas.js';

// The policy's JSON Schema. The top level is fixed; each gate's schema is its rule's options merged with the
// keys every gate accepts, so a rule owns its options and the printed schema completes them in an editor.

export const SCHEMA_ID = 'https://github.com/sdlc-gate/sdlc-gate/policy-v1.schema.json';

/** Post-market surveillance (`sdlc-gate monitor`): the released versions watched for new vulnerabilities, and the clocks. */
const monitorSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  description:
    "Post-market surveillance: the SBOMs of released versions watched for new vulnerabilities, with the vulnerabilities gate's configuration, and the response clocks.",
  properties: {
    releases: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      default: ['v*'],
      description: 'Globs of the tags whose SBOMs are watched (the versions in the field); the newest max_releases by version.',
    },
    max_releases: { type: 'integer', minimum: 1, default: 10, description: 'How many of the newest matching tags are watched.' },
    branches: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      default: [],
      description: 'Branches watched too; empty: the default branch.',
    },
    respond_within_days: {
      type: 'integer',
      minimum: 1,
      default: 30,
      description: 'Days from first seeing an uncontrolled vulnerability to communicating it (FDA postmarket guidance: 30).',
    },
    remediate_within_days: {
      type: 'integer',
      minimum: 1,
      default: 60,
      description: 'Days from first seeing an uncontrolled vulnerability to remediating it (FDA postmarket guidance: 60).',
    },
    labels: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      default: ['vulnerability', 'postmarket'],
      description: 'Labels of the tracking issues the action keeps.',
    },
  },
};

/** Keys every gate accepts, whatever its rule. */
function commonGateProperties(ruleNames: string[]): Record<string, JsonSchema> {
  return {
    rule: { enum: ruleNames, description: 'The rule this gate runs; defaults to the gate id.' },
    when: whenSchema,
    level: { enum: ['error', 'warning'], default: 'error', description: 'error fails the check; warning reports only.' },
    refs: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'Clauses this gate serves (e.g. "IEC 62304 5.7.4"), printed beside it in the report.',
    },
    enabled: { type: 'boolean', default: true, description: 'false switches off a gate inherited through `extends`.' },
    locked: { type: 'boolean', description: 'In a shared policy: files that extend it may not change or switch off this gate.' },
  };
}

/** The schema one gate object is validated against once its rule is known. */
export function gateSchema(rule: Rule, ruleNames: string[]): JsonSchema {
  const options = rule.optionsSchema as { properties?: Record<string, JsonSchema>; required?: string[] };
  return {
    type: 'object',
    description: rule.description,
    additionalProperties: false,
    properties: { ...commonGateProperties(ruleNames), ...(options.properties ?? {}) },
    ...(options.required ? { required: options.required } : {}),
  };
}

/** The top level, with gates left open: each gate is checked against its rule's schema separately. */
export function topLevelSchema(): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['version'],
    properties: {
      $schema: { type: 'string' },
      version: { const: 1, description: 'Policy format version; always 1.' },
      extends: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description: 'Built-in presets (by name) or repo-relative policy files; later entries override earlier ones, this file last.',
      },
      groups: {
        type: 'object',
        description: 'Named reviewer sets: logins or @org/team slugs.',
        propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' },
        additionalProperties: principalListSchema,
      },
      classification: {
        type: 'object',
        additionalProperties: false,
        description: 'IEC 62304 software safety classes of the software items.',
        properties: {
          default: { ...safetyClassSchema, description: 'The class of files that lie in no item.' },
          items: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name', 'paths', 'class'],
              properties: { name: { type: 'string', minLength: 1 }, paths: globListSchema, class: safetyClassSchema },
            },
          },
        },
      },
      release: {
        type: 'object',
        additionalProperties: false,
        description:
          'The release record (`sdlc-gate release`, and the action on a tag push): which tags are releases, which issues are anomalies.',
        properties: {
          tags: { ...globListSchema, minItems: 1, description: 'Tags that are releases (globs over tag names). Default: ["v*"].' },
          anomaly_labels: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            minItems: 1,
            description:
              'Open issues with one of these labels at release time are residual anomalies (IEC 62304 5.8.2/5.8.3). Default: ["bug"].',
          },
          evaluated_label: {
            type: 'string',
            minLength: 1,
            description:
              'A label that marks an anomaly as evaluated (or write an "Evaluation" section in the issue). Default: anomaly-evaluated.',
          },
          check_name: {
            type: 'string',
            minLength: 1,
            description: "The name of sdlc-gate's check run on pull requests. Default: sdlc-gate.",
          },
        },
      },
      monitor: monitorSchema,
      gates: {
        type: 'object',
        description: 'Gate id → gate. The rule is the id unless `rule:` names one.',
        propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' },
        additionalProperties: { type: ['object', 'null'] },
      },
    },
  };
}

/** The whole schema, printed by `sdlc-gate schema` and shipped for editors. */
export function policySchema(rules: readonly Rule[]): JsonSchema {
  const names = rules.map((r) => r.name);
  const top = topLevelSchema() as { properties: Record<string, JsonSchema> };
  const byName = Object.fromEntries(rules.map((r) => [r.name, gateSchema(r, names)]));
  const anyNamed = {
    anyOf: rules.map((r) => {
      const s = gateSchema(r, names) as { properties: Record<string, JsonSchema> };
      return { ...s, required: ['rule'], properties: { ...s.properties, rule: { const: r.name } } };
    }),
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'sdlc-gate policy',
    ...top,
    properties: {
      ...top.properties,
      gates: { ...(top.properties.gates as object), properties: byName, additionalProperties: anyNamed },
    },
  };
}
