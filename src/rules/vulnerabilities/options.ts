import { Type, type Static } from '@sinclair/typebox';
import { SEVERITY_LEVELS } from '../../core/osv.js';
import { annotate, globListSchema, globSchema, RuleOptions, StringEnum } from '../../core/schemas.js';

// The vulnerabilities gate's options: what the policy may say (the registry holds them without the gate's evaluation).

const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024;

export const VulnerabilitiesOptions = RuleOptions({
  sbom_gate: Type.Optional(
    Type.String({
      minLength: 1,
      description: "The id of the sbom gate whose SBOMs to scan. Default: the gate named sbom, else the SBOM gate's default paths.",
    }),
  ),
  paths: Type.Optional(annotate(globListSchema, { minItems: 1, description: 'SBOMs to scan (globs), instead of those of an sbom gate.' })),
  source: StringEnum(['osv', 'offline'], {
    default: 'osv',
    description:
      "osv: the OSV.dev API; offline: a folder of OSV JSON records, read at the base commit (a pull request's changes to it count from the next one on).",
  }),
  osv_api: Type.String({
    pattern: '^https?://[^\\s]+$',
    default: 'https://api.osv.dev',
    description: 'Base URL of the OSV API (a mirror, or a local server in tests).',
  }),
  offline: annotate(globSchema, {
    default: 'security/osv',
    description: 'With source: offline, the folder of OSV JSON records (one per file).',
  }),
  fail_on: StringEnum(SEVERITY_LEVELS, {
    default: 'high',
    description: 'The lowest severity that fails; below it an open vulnerability is a warning.',
  }),
  kev: Type.Optional(
    annotate(globSchema, {
      description:
        'Path of the CISA Known Exploited Vulnerabilities catalog (JSON), read at the base commit; a listed vulnerability fails whatever its severity.',
    }),
  ),
  vex: annotate(globListSchema, { default: ['security/vex/**/*.json'], description: 'CycloneDX VEX and OpenVEX documents (globs).' }),
  vex_max_age_days: Type.Integer({ minimum: 1, default: 180, description: 'An assessment older than this is stale.' }),
  max_file_bytes: Type.Integer({
    minimum: 1,
    default: DEFAULT_MAX_FILE_BYTES,
    description: 'Largest SBOM, VEX, KEV or OSV record file read, in bytes.',
  }),
});
export type VulnerabilitiesOptions = Static<typeof VulnerabilitiesOptions>;
