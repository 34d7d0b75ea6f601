import { Type, type Static } from '@sinclair/typebox';
import { annotate, Const, globListSchema, RuleOptions, StringEnum } from '../../core/schemas.js';
import { DEFAULT_SBOM_GLOBS } from '../common/sbom-sources.js';

export { DEFAULT_SBOM_GLOBS };
export const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024;

/** The sbom gate's options; the vulnerabilities gate reads another gate's through GateContext.gateOptions with it. */
export const SbomOptions = RuleOptions({
  paths: Type.Optional(
    annotate(globListSchema, { minItems: 1, description: `Where the SBOMs live (globs). Default: ${DEFAULT_SBOM_GLOBS.join(', ')}.` }),
  ),
  formats: Type.Array(StringEnum(['cyclonedx', 'spdx']), {
    minItems: 1,
    default: ['cyclonedx', 'spdx'],
    description: 'Accepted SBOM families.',
  }),
  min_version: Type.Optional(
    Type.Object(
      {
        cyclonedx: Type.Optional(
          Type.String({ pattern: '^1\\.[0-9]+$', description: 'Lowest CycloneDX specVersion accepted, e.g. "1.4".' }),
        ),
        spdx: Type.Optional(Type.String({ pattern: '^2\\.[0-9]+$', description: 'Lowest SPDX version accepted, e.g. "2.3".' })),
      },
      { additionalProperties: false, description: 'Optional floor on the declared specification version.' },
    ),
  ),
  schema: Type.Boolean({
    default: true,
    description: 'Validate against the official schema (JSON Schema or XSD) of the declared version.',
  }),
  ntia: Type.Boolean({ default: true, description: 'Require the NTIA minimum elements.' }),
  fda: Type.Boolean({
    default: false,
    description: 'Also require a support level and an end-of-support date per component (FDA premarket guidance).',
  }),
  lockfiles: Type.Union([Const('auto'), globListSchema], {
    default: 'auto',
    description: 'auto = every lockfile found in the repository; or a list of paths (globs); [] switches the drift check off.',
  }),
  dev_dependencies: StringEnum(['include', 'exclude'], {
    default: 'include',
    description:
      'exclude: packages a lockfile marks development-only (npm "dev", Pipfile develop, composer packages-dev, Maven test scope) need not be in the SBOM — for an SBOM of what ships.',
  }),
  require_update: Type.Boolean({ default: true, description: 'A pull request that changes a lockfile must change an SBOM too.' }),
  licenses: Type.Optional(
    Type.Object(
      {
        deny: Type.Optional(
          Type.Array(Type.String({ minLength: 1 }), { description: 'SPDX ids or expressions; a component that cannot avoid one fails.' }),
        ),
      },
      { additionalProperties: false },
    ),
  ),
  max_file_bytes: Type.Integer({
    minimum: 1,
    default: DEFAULT_MAX_FILE_BYTES,
    description: 'Largest SBOM or lockfile read, in bytes; for these files it replaces the run-wide max-file-bytes.',
  }),
});
export type SbomOptions = Static<typeof SbomOptions>;
