import { Type, type SchemaOptions, type Static, type TObject, type TProperties, type TSchema, type TUnsafe } from '@sinclair/typebox';

// Option schemas shared by the policy and the rules, written once as TypeBox builders: each is the JSON Schema
// ajv validates the policy with, and its TypeScript type (Static<typeof S>) is what a rule's evaluate receives.

/** A JSON Schema object, as ajv takes it. */
export type JsonSchema = Record<string, unknown>;

/** One of the given strings: `{ enum: [...] }` in the JSON Schema, their union in TypeScript. */
export function StringEnum<const T extends readonly string[]>(values: T, options: SchemaOptions = {}): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ enum: [...values], ...options });
}

/** Exactly this value: `{ const: value }` in the JSON Schema. */
export function Const<const T extends string | number | boolean>(value: T, options: SchemaOptions = {}): TUnsafe<T> {
  return Type.Unsafe<T>({ const: value, ...options });
}

/**
 * A rule's options: an object schema whose TypeScript type has every property that has a default (ajv fills
 * defaults, so the rule always sees one) or that is listed in `required`; the others are Type.Optional. Unlike
 * Type.Object, the JSON Schema's `required` lists only `required` (a default is not something the author must write).
 */
export function RuleOptions<P extends TProperties>(
  properties: P,
  options: { required?: readonly (keyof P & string)[] } & SchemaOptions = {},
): TObject<P> {
  const { required, ...rest } = options;
  const schema = Type.Object(properties, rest) as TObject<P> & { required?: string[] };
  delete schema.required;
  if (required?.length) schema.required = [...required];
  return schema;
}

/** A repo-relative glob; the custom format rejects absolute paths and "..". */
export const globSchema = Type.String({ minLength: 1, format: 'repo-glob' });
/** A regular expression from the policy: it must compile and be free of catastrophic backtracking. */
export const regexSchema = Type.String({ minLength: 1, format: 'safe-regex' });
export const globListSchema = Type.Array(globSchema);

/** Requirement source formats. */
export const REQUIREMENT_FORMATS = ['yaml', 'markdown', 'doorstop', 'strictdoc', 'openfasttrace', 'sphinx-needs', 'reqif'] as const;

/** Where requirements are defined: a glob (format from the extension) or {path, format}; the gates that read requirements share it. */
export const requirementSourceSchema = Type.Union([
  globSchema,
  Type.Object(
    {
      path: globSchema,
      format: Type.Optional(StringEnum(REQUIREMENT_FORMATS)),
      id_attribute: Type.Optional(
        Type.String({
          minLength: 1,
          description: "reqif: the attribute holding each spec object's id (default ReqIF.ForeignID, then its IDENTIFIER).",
        }),
      ),
      test_types: Type.Optional(
        Type.Array(Type.String({ pattern: '^[A-Za-z]+$' }), {
          minItems: 1,
          description:
            'openfasttrace: the artifact types that are tests (default utest, itest, stest); an item is a requirement when its Needs names one.',
        }),
      ),
    },
    { additionalProperties: false },
  ),
]);
export type RequirementSourceOption = Static<typeof requirementSourceSchema>;

/** A GitHub login, an @org/team, or (in reviewer lists) a group name from `groups`. */
export const principalPattern = '^(@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*|@?[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?)$';
export const principalListSchema = Type.Array(Type.String({ pattern: principalPattern }), {
  description: 'Group names from `groups`, @org/team slugs, or GitHub logins.',
});

/** Options with a different description (or other annotations): a copy, so the shared schema stays as it is. */
export function annotate<S extends TSchema>(schema: S, options: SchemaOptions): S {
  return { ...schema, ...options };
}

export const SAFETY_CLASSES = ['A', 'B', 'C'] as const;
export const safetyClassSchema = StringEnum(SAFETY_CLASSES, { description: 'IEC 62304 software safety class.' });

export const SEVERITIES = ['error', 'warning', 'notice'] as const;
export const severitySchema = StringEnum(SEVERITIES);

/** A gate's `when`: it applies only when every condition given holds. */
export const whenSchema = Type.Object(
  {
    paths: Type.Optional(annotate(globListSchema, { description: 'A changed file matches one of these globs.' })),
    class: Type.Optional(
      Type.Array(safetyClassSchema, {
        description: 'A changed file lies in a software item of one of these classes (files in no item take classification.default).',
      }),
    ),
    labels: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { description: 'The pull request has one of these labels.' })),
  },
  { additionalProperties: false, description: 'The gate applies only when every condition given holds; without `when` it always applies.' },
);
