import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { defineRule } from '../src/core/rule.js';
import { RuleOptions, StringEnum } from '../src/core/schemas.js';
import { gateContext } from '../src/policy/context.js';
import { PolicyLoader } from '../src/policy/load.js';
import { policySchema } from '../src/policy/schema.js';
import { sbom } from '../src/rules/sbom/index.js';
import { SbomOptions } from '../src/rules/sbom/options.js';
import { sbomSource } from '../src/rules/vulnerabilities/index.js';
import { policy } from './helpers/plain-facts.js';

const GATES = [
  { id: 'inventory', rule: 'sbom', level: 'error' as const, options: { paths: ['sboms/*.json'], max_file_bytes: 4096 } },
  { id: 'trace', rule: 'traceability', level: 'error' as const, options: { requirements: ['docs/srs.md'] } },
];

describe('the gate context', () => {
  const ctx = gateContext(policy({ gates: GATES, groups: { qa: ['quinn'] } }), 'vulns');

  it('gives the gate its id, the groups, the classification and the policy path, and lists the gates', () => {
    expect(ctx.gateId).toBe('vulns');
    expect(ctx.groups).toEqual({ qa: ['quinn'] });
    expect(ctx.classification).toEqual({ default: 'B', items: [] });
    expect(ctx.policyPath).toBe('.github/sdlc-gate.yml');
    expect(ctx.gates).toEqual([
      { id: 'inventory', rule: 'sbom' },
      { id: 'trace', rule: 'traceability' },
    ]);
  });

  it("hands over another gate's options only when it runs the rule asked for", () => {
    expect(ctx.gateOptions('inventory', sbom)?.paths).toEqual(['sboms/*.json']);
    expect(ctx.gateOptions('trace', sbom)).toBeUndefined();
    expect(ctx.gateOptions('missing', sbom)).toBeUndefined();
    expect(ctx.gateOptions('trace')).toEqual({ requirements: ['docs/srs.md'] });
  });

  it("lets vulnerabilities scan an sbom gate's paths under the larger cap, and refuses a gate of another rule", () => {
    const options = {
      source: 'osv' as const,
      osv_api: 'https://api.osv.dev',
      offline: 'security/osv',
      fail_on: 'high' as const,
      vex: [],
      vex_max_age_days: 180,
      max_file_bytes: 1024,
    };
    expect(sbomSource({ ...options, sbom_gate: 'inventory' }, ctx)).toEqual({ globs: ['sboms/*.json'], explicit: true, cap: 4096 });
    expect(() => sbomSource({ ...options, sbom_gate: 'trace' }, ctx)).toThrow(
      'sbom_gate names "trace", which runs rule traceability, not sbom — name an sbom gate, or give paths',
    );
  });
});

describe('rule options written once', () => {
  it('requires only what the schema says is required: a default is filled, not demanded', async () => {
    const rule = defineRule({
      name: 'sample',
      description: 'A sample rule.',
      options: RuleOptions(
        { mode: StringEnum(['a', 'b'], { default: 'a' }), name: Type.String(), note: Type.Optional(Type.String()) },
        { required: ['name'] },
      ),
      evaluate: async (options) => [{ severity: 'notice', message: `${options.mode} ${options.name}${options.note ?? ''}` }],
    });
    expect(JSON.parse(JSON.stringify(rule.optionsSchema))).toEqual({
      type: 'object',
      properties: { mode: { enum: ['a', 'b'], default: 'a' }, name: { type: 'string' }, note: { type: 'string' } },
      required: ['name'],
    });
    const loader = new PolicyLoader([rule]);
    const noFiles = async () => undefined;
    const loaded = await loader.load('p.yml', 'version: 1\ngates:\n  sample:\n    name: x\n', noFiles);
    expect(loaded.ok && loaded.policy.gates[0]?.options).toEqual({ mode: 'a', name: 'x' });
    const missing = await loader.load('p.yml', 'version: 1\ngates:\n  sample: {}\n', noFiles);
    expect(missing.ok).toBe(false);
  });

  it("puts each rule's options into the policy schema from the registry it is given", () => {
    const schema = policySchema([sbom]) as {
      properties: { gates: { properties: Record<string, { properties: Record<string, unknown> }> } };
    };
    expect(Object.keys(schema.properties.gates.properties)).toEqual(['sbom']);
    expect(JSON.parse(JSON.stringify(schema.properties.gates.properties.sbom!.properties.max_file_bytes))).toEqual(
      JSON.parse(JSON.stringify(SbomOptions.properties.max_file_bytes)),
    );
  });
});
