import { Type, type Static } from '@sinclair/typebox';
import {
  annotate,
  globListSchema,
  regexSchema,
  requirementSourceSchema,
  RuleOptions,
  SAFETY_CLASSES,
  StringEnum,
} from '../../core/schemas.js';
import { DEFAULT_ID_PATTERN } from '../../parsers/requirements/formats.js';

// The traceability gate's options, written once: the JSON Schema the policy is validated with and the type the
// gate (and `sdlc-gate trace`, and the release record) read them as.

/** A rewrite of JUnit case and suite names before ids are looked for in them (pytest's test_REQ_001 citing REQ-001). */
export interface JUnitIdFromName {
  pattern: string;
  replace: string;
}

export const DEFAULT_TESTS = ['test/**', 'tests/**', '**/*_test.*', '**/*.test.*', '**/*.spec.*'];

const SWITCHES = ['error', 'warning', 'off'] as const;
export type Switch = (typeof SWITCHES)[number];
const switchSchema = (what: string, fallback: Switch = 'error') =>
  StringEnum(SWITCHES, { default: fallback, description: `${what}: error | warning | off.` });

export const TraceabilityOptions = RuleOptions(
  {
    requirements: Type.Array(requirementSourceSchema, {
      minItems: 1,
      description:
        "Where requirements are defined: globs (format from the extension: .yml/.yaml, .md, .sdoc, .reqif, needs.json; Doorstop folders by their .doorstop.yml), or {path, format} (yaml, markdown, doorstop, strictdoc, openfasttrace, sphinx-needs, reqif) with the format's options.",
    }),
    id_pattern: annotate(regexSchema, {
      default: DEFAULT_ID_PATTERN,
      description: 'What a requirement id looks like (a regular expression).',
    }),
    tests: annotate(globListSchema, { default: DEFAULT_TESTS, description: 'Files searched for references to requirement ids.' }),
    reference_pattern: Type.Unsafe<string | null>({
      ...regexSchema,
      type: ['string', 'null'],
      default: null,
      description:
        'A stricter reference form with one capture group for the id, e.g. "@req\\\\s+(REQ-[0-9]+)"; default: any id_pattern match in a test file.',
    }),
    junit: annotate(globListSchema, {
      default: [],
      description: 'JUnit XML reports; then a requirement counts as verified only if a linked test case passed.',
    }),
    junit_id_from_name: Type.Optional(
      Type.Unsafe<JUnitIdFromName | null>({
        type: ['object', 'null'],
        default: null,
        additionalProperties: false,
        required: ['pattern', 'replace'],
        properties: {
          pattern: {
            ...regexSchema,
            description: 'An RE2 pattern searched for in JUnit case, class and suite names, e.g. "REQ_([0-9]+)".',
          },
          replace: { type: 'string', description: 'What each match stands for: $1..$9 its groups, $& the match, e.g. "REQ-$1".' },
        },
        description:
          "Rewrites JUnit names before ids are looked for in them, for runners whose test names cannot hold the id as written (pytest's test_REQ_001 citing REQ-001).",
      }),
    ),
    allow_empty: Type.Optional(
      Type.Boolean({
        default: false,
        description:
          'Let the gate go on when its sources define no requirement at all, or a junit glob matches no report (by default each is an error: a silent pass on nothing read); requirements a missing report would have verified still fail.',
      }),
    ),
    require_tests: Type.Union([StringEnum(['all', 'none']), Type.Array(StringEnum(SAFETY_CLASSES), { minItems: 1 })], {
      default: 'all',
      description:
        "Which requirements need a test: all, none, or those of these classes (the requirement's class, else classification.default; in a PR, the stricter of its class at base and at head).",
    }),
    unknown_references: switchSchema('A test cites an id that no requirement defines'),
    duplicate_ids: switchSchema('The same id is defined twice'),
    suspect: switchSchema(
      'A requirement whose text changed in this PR while none of its tests changed (nor, with junit, passed in a report this PR updated); and a Doorstop link whose stored stamp no longer matches its parent',
    ),
    unreviewed: Type.Optional(switchSchema('A Doorstop item whose reviewed stamp no longer matches it (changed since it was reviewed)')),
    class_lowered: Type.Optional(
      switchSchema(
        'A requirement whose safety class this PR lowers (C at base, A at head; the class written on it, else classification.default): the PR is still judged by the stricter class, and the lowering is reported for the risk process to approve',
        'warning',
      ),
    ),
    flaky: Type.Optional(
      switchSchema(
        'A requirement whose linked JUnit case passed only on a rerun after failing (Maven Surefire flakyFailure/flakyError)',
        'warning',
      ),
    ),
  },
  { required: ['requirements'] },
);
export type TraceabilityOptions = Static<typeof TraceabilityOptions>;
