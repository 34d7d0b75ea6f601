import { describe, expect, it } from 'vitest';
import { DEFAULT_SBOM_IGNORED, sbomCandidates } from '../src/rules/common/sbom-sources.js';

// The default SBOM search leaves vendored and installed folders out (their SBOMs describe other people's software);
// explicit `paths` are taken as given.

describe('SBOM candidates', () => {
  const files = ['bom.json', 'node_modules/x/bom.json', 'a/vendor/lib/sbom.spdx.json', 'app/vendored/bom.json', 'vendor.cdx.json'];

  it('leaves node_modules and vendor folders out of the defaults, at any depth', () => {
    expect(sbomCandidates(files, false)).toEqual(['app/vendored/bom.json', 'bom.json', 'vendor.cdx.json']);
    expect(DEFAULT_SBOM_IGNORED('node_modules/x/bom.json')).toBe(true);
    expect(DEFAULT_SBOM_IGNORED('vendor.cdx.json')).toBe(false);
  });

  it('keeps every file with explicit paths', () => {
    expect(sbomCandidates(files, true)).toEqual([...files].sort());
  });
});
