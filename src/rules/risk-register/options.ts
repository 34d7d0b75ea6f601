import { Type, type Static } from '@sinclair/typebox';
import { annotate, globSchema, requirementSourceSchema, RuleOptions, StringEnum } from '../../core/schemas.js';

// The risk-register gate's options: what the policy may say (the registry holds them without the gate's evaluation).

export const RiskRegisterOptions = RuleOptions({
  file: annotate(globSchema, { default: 'docs/risk/risk-register.yml', description: 'The risk register (a path at head).' }),
  format: StringEnum(['native', 'rdm'], {
    default: 'native',
    description: 'native (risk-register.schema.json) or rdm (innolitics rdm data/risk.yml).',
  }),
  requirements: Type.Optional(
    Type.Array(requirementSourceSchema, {
      minItems: 1,
      description:
        'Where the requirements that implement controls are defined, read as the traceability gate reads them: globs, or {path, format}.',
    }),
  ),
  requirements_from: Type.Optional(
    Type.String({ minLength: 1, description: 'The id of a traceability gate whose requirements (and tests, for verified) to use.' }),
  ),
  verified: Type.Boolean({
    default: false,
    description: "Each control's requirement must be cited by a test (IEC 62304 7.3.3: hazard → control → requirement → test).",
  }),
});
export type RiskRegisterOptions = Static<typeof RiskRegisterOptions>;
