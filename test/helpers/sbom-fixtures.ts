// Small, valid SBOMs and lockfiles for the sbom gate's tests, built from plain values, and the gate run on them.

import { gateContext } from '../../src/policy/context.js';
import { sbom, type SbomOptions } from '../../src/rules/sbom/index.js';
import type { Finding } from '../../src/core/types.js';
import { plainFacts, policy, type PlainFacts } from './plain-facts.js';

/** The sbom gate's defaults as the policy loader fills them in. */
export const SBOM_DEFAULTS: SbomOptions = {
  formats: ['cyclonedx', 'spdx'],
  dev_dependencies: 'include',
  schema: true,
  ntia: true,
  fda: false,
  lockfiles: 'auto',
  require_update: true,
  max_file_bytes: 256 * 1024 * 1024,
};

/** Runs the sbom gate on plain files; returns its findings, the errors among them, and its summary. */
export async function runSbomGate(files: PlainFacts, options: Partial<SbomOptions> = {}) {
  const out = await sbom.evaluate({ ...SBOM_DEFAULTS, ...options }, plainFacts(files), gateContext(policy(), 'sbom'));
  const findings = Array.isArray(out) ? out : out.findings;
  return { findings, errors: findings.filter((f: Finding) => f.severity === 'error'), summary: Array.isArray(out) ? '' : out.summary };
}

export interface Pkg {
  name: string;
  version: string;
}

const purlOf = (p: Pkg) =>
  p.name.startsWith('@') ? `pkg:npm/${p.name.replace('@', '%40')}@${p.version}` : `pkg:npm/${p.name}@${p.version}`;

/** A CycloneDX JSON document as the tests build it and then break it: every field may be set, replaced or deleted. */
export interface CdxJsonBom {
  specVersion: string;
  metadata: { tools: unknown; component: Record<string, unknown>; [k: string]: unknown };
  components: Array<Record<string, unknown>>;
  dependencies: Array<{ ref: string; dependsOn: string[] }>;
  [k: string]: unknown;
}

export function cdxJson(pkgs: Pkg[], opts: { specVersion?: string; mutate?: (bom: CdxJsonBom) => void } = {}): string {
  const bom: CdxJsonBom = {
    $schema: `http://cyclonedx.org/schema/bom-${opts.specVersion ?? '1.6'}.schema.json`,
    bomFormat: 'CycloneDX',
    specVersion: opts.specVersion ?? '1.6',
    serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
    version: 1,
    metadata: {
      timestamp: '2026-01-05T10:00:00Z',
      tools: { components: [{ type: 'application', name: 'cyclonedx-npm', version: '6.0.1' }] },
      component: {
        type: 'application',
        name: 'pump-firmware',
        version: '2.4.0',
        'bom-ref': 'pump-firmware@2.4.0',
        supplier: { name: 'ACME Medical' },
        purl: 'pkg:npm/pump-firmware@2.4.0',
      },
    },
    components: pkgs.map((p) => ({
      type: 'library',
      'bom-ref': purlOf(p),
      name: p.name,
      version: p.version,
      supplier: { name: `${p.name} maintainers` },
      purl: purlOf(p),
      licenses: [{ license: { id: 'MIT' } }],
    })),
    dependencies: [{ ref: 'pump-firmware@2.4.0', dependsOn: pkgs.map(purlOf) }, ...pkgs.map((p) => ({ ref: purlOf(p), dependsOn: [] }))],
  };
  if ((opts.specVersion ?? '1.6') < '1.5') bom.metadata.tools = [{ vendor: 'CycloneDX', name: 'cyclonedx-npm', version: '1.0.0' }];
  opts.mutate?.(bom);
  return `${JSON.stringify(bom, null, 2)}\n`;
}

export function packageLock(pkgs: Pkg[]): string {
  const lock = {
    name: 'pump-firmware',
    version: '2.4.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'pump-firmware', version: '2.4.0', dependencies: Object.fromEntries(pkgs.map((p) => [p.name, `^${p.version}`])) },
      ...Object.fromEntries(
        pkgs.map((p) => [
          `node_modules/${p.name}`,
          {
            version: p.version,
            resolved: `https://registry.npmjs.org/${p.name}/-/${p.name.split('/').pop()}-${p.version}.tgz`,
            license: 'MIT',
          },
        ]),
      ),
    },
  };
  return `${JSON.stringify(lock, null, 2)}\n`;
}

export const PKGS: Pkg[] = [
  { name: 'fast-crc', version: '1.2.0' },
  { name: '@acme/units', version: '3.0.1' },
  { name: 'ring-buffer', version: '0.4.2' },
];
