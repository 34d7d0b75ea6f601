import { describe, expect, it } from 'vitest';
import { PolicyLoader, type PolicyFileReader, type RemotePolicyReader } from '../src/policy/load.js';
import { PRESETS } from '../src/policy/presets.js';
import { RULES } from '../src/rules/index.js';
import { formatPolicyError } from '../src/engine/check.js';
import { presetsModule } from '../scripts/embed-presets.mjs';
import { readFileSync } from 'node:fs';

const loader = new PolicyLoader(RULES);
const noFiles: PolicyFileReader = async () => undefined;
const P = '.github/sdlc-gate.yml';

async function errorsOf(text: string, read: PolicyFileReader = noFiles, readRemote?: RemotePolicyReader): Promise<string[]> {
  const r = await loader.load(P, text, read, readRemote);
  if (r.ok) return [];
  return r.errors.map(formatPolicyError);
}

describe('policy loading', () => {
  it('parses the documented example into a typed policy with defaults applied', async () => {
    const text = `version: 1
groups:
  qa: [alice, bob, "@acme/qa"]
classification:
  default: B
  items:
    - { name: dosing, paths: ["src/dosing/**"], class: C }
gates:
  reviews:
    approvals: 1
  qa-review:
    rule: reviews
    when: { paths: ["src/dosing/**"], class: [C], labels: [] }
    level: error
    approvals: 1
    from: [qa]
`;
    const r = await loader.load(P, text, noFiles);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.groups.qa).toEqual(['alice', 'bob', '@acme/qa']);
    expect(r.policy.classification.items[0]).toEqual({ name: 'dosing', paths: ['src/dosing/**'], class: 'C' });
    expect(r.policy.gates.map((g) => [g.id, g.rule, g.level])).toEqual([
      ['reviews', 'reviews', 'error'],
      ['qa-review', 'reviews', 'error'],
    ]);
    expect(r.policy.gates[0]!.options).toEqual({
      approvals: 1,
      code_owners: false,
      invalidate_on_push: true,
      block_on_changes_requested: true,
      allow_contributor: false,
    });
    expect(r.policy.gates[1]!.options.from).toEqual(['qa']);
    expect(r.policy.gates[1]!.when).toEqual({ paths: ['src/dosing/**'], class: ['C'], labels: [] });
  });

  it('a bare gate key takes the rule defaults', async () => {
    const r = await loader.load(P, 'version: 1\ngates:\n  reviews:\n', noFiles);
    expect(r.ok && r.policy.gates[0]!.options.approvals).toBe(1);
  });

  it('reports invalid YAML with line and column', async () => {
    expect(await errorsOf('version: 1\ngates:\n  reviews: [\n')).toEqual([
      expect.stringMatching(/^\.github\/sdlc-gate\.yml:4:1: invalid YAML: /),
    ]);
  });

  it('reports an unknown key at the key, with a suggestion', async () => {
    const errors = await errorsOf('version: 1\ngates:\n  reviews:\n    aprovals: 2\n');
    expect(errors).toEqual([
      expect.stringContaining('.github/sdlc-gate.yml:4:5: unknown key "aprovals" in rule reviews — did you mean "approvals"?'),
    ]);
  });

  it('reports an unknown top-level key', async () => {
    expect(await errorsOf('version: 1\ngatez: {}\n')).toEqual([
      expect.stringContaining(':2:1: unknown key "gatez" in the policy — did you mean "gates"?'),
    ]);
  });

  it('reports a gate naming an unknown rule at its rule value', async () => {
    const errors = await errorsOf('version: 1\ngates:\n  sbomb:\n    approvals: 1\n  x:\n    rule: revews\n');
    expect(errors.find((e) => e.includes('"sbomb"'))).toMatch(
      /^\.github\/sdlc-gate\.yml:3:3: gate "sbomb" names no known rule "sbomb" \(known: reviews, protected-files[a-z, -]*\); add "rule: <name>" to the gate or rename it$/,
    );
    expect(errors.find((e) => e.includes('"x"'))).toMatch(/^\.github\/sdlc-gate\.yml:6:11: gate "x" names no known rule "revews"/);
  });

  it('reports wrong types and values with their position', async () => {
    const errors = await errorsOf('version: 1\nclassification:\n  default: D\ngates:\n  reviews:\n    approvals: many\n    level: fatal\n');
    expect(errors).toContain('.github/sdlc-gate.yml:3:12: classification.default is "D"; it must be one of "A", "B", "C"');
    expect(errors).toContain('.github/sdlc-gate.yml:6:16: gates.reviews.approvals must be integer, got string "many"');
    expect(errors).toContain('.github/sdlc-gate.yml:7:12: gates.reviews.level is "fatal"; it must be one of "error", "warning"');
  });

  it('requires version 1', async () => {
    expect(await errorsOf('gates: {}\n')).toEqual(['.github/sdlc-gate.yml:1:1: the policy needs "version"']);
    expect(await errorsOf('version: 2\n')).toEqual(['.github/sdlc-gate.yml:1:10: version must be 1']);
  });

  it('rejects globs that are absolute or climb out', async () => {
    const errors = await errorsOf('version: 1\ngates:\n  reviews:\n    when: { paths: ["../secrets/**", "/etc/*"] }\n');
    expect(errors).toEqual([
      '.github/sdlc-gate.yml:4:21: gates.reviews.when.paths.0: "../secrets/**" climbs out with ".."; write it relative to the repository root',
      '.github/sdlc-gate.yml:4:38: gates.reviews.when.paths.1: "/etc/*" is absolute; write it relative to the repository root',
    ]);
  });

  it('refuses a YAML alias bomb quickly', async () => {
    const bomb = [
      'version: 1',
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
    ].join('\n');
    const started = Date.now();
    const errors = await errorsOf(bomb);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(errors[0]).toMatch(/:1:1: invalid YAML: .*aliases are capped/);
  });

  it('rejects a non-mapping and duplicate keys', async () => {
    expect(await errorsOf('- a\n- b\n')).toEqual([
      '.github/sdlc-gate.yml:1:1: the policy must be a YAML mapping that starts with "version: 1"',
    ]);
    expect((await errorsOf('version: 1\ngates:\n  reviews: {}\n  reviews: {}\n'))[0]).toMatch(
      /:4:3: invalid YAML: Map keys must be unique/,
    );
  });

  it('rejects malformed reviewer names', async () => {
    const errors = await errorsOf('version: 1\ngates:\n  reviews:\n    from: ["not a login"]\n');
    expect(errors).toEqual([
      '.github/sdlc-gate.yml:4:12: gates.reviews.from.0 is "not a login", which is not a valid login, @org/team or group name',
    ]);
  });
});

describe('extends', () => {
  it('merges presets, later over earlier, the file itself last', async () => {
    const text = 'version: 1\nextends: [iec62304-class-c]\ngates:\n  reviews:\n    approvals: 3\n';
    const r = await loader.load(P, text, noFiles);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const reviews = r.policy.gates.find((g) => g.id === 'reviews')!;
    expect(reviews.options).toMatchObject({ approvals: 3, code_owners: true });
    expect(reviews.refs).toEqual(['IEC 62304 5.1.1', 'IEC 62304 8.2.2']);
    expect(r.policy.classification.default).toBe('C');
    expect(r.policy.gates.map((g) => g.id)).toEqual([
      'reviews',
      'policy-integrity',
      'change-request',
      'traceability',
      'soup',
      'risk-register',
      'risk-file',
      'class-c-review',
    ]);
    // class C tightens what class B set: suspect links fail instead of warning
    expect(r.policy.gates.find((g) => g.id === 'traceability')!.options).toMatchObject({ suspect: 'error' });
  });

  it('reads repo-relative files through the reader and can switch an inherited gate off', async () => {
    const files: Record<string, string> = {
      'policies/org.yml': 'version: 1\ngroups:\n  qa: [quinn]\ngates:\n  reviews:\n    approvals: 2\n',
    };
    const r = await loader.load(
      P,
      'version: 1\nextends: [policies/org.yml]\ngates:\n  reviews:\n    enabled: false\n  q:\n    rule: reviews\n    from: [qa]\n',
      async (p) => files[p],
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.groups).toEqual({ qa: ['quinn'] });
    expect(r.policy.gates.map((g) => g.id)).toEqual(['q']);
  });

  it('reports errors inside an extended file at that file', async () => {
    const files: Record<string, string> = { 'org.yml': 'version: 1\ngates:\n  reviews:\n    approvals: -1\n' };
    const errors = await errorsOf('version: 1\nextends: [org.yml]\n', async (p) => files[p]);
    expect(errors).toEqual(['org.yml:4:16: gates.reviews.approvals must be >= 0, got number -1'.replace(', got number -1', '')]);
  });

  it('reports unknown presets, missing files, cycles and unsafe paths at the entry', async () => {
    const files: Record<string, string> = { 'a.yml': 'version: 1\nextends: [b.yml]\n', 'b.yml': 'version: 1\nextends: [a.yml]\n' };
    const read: PolicyFileReader = async (p) => files[p];
    expect(await errorsOf('version: 1\nextends: [nope]\n', read)).toEqual([
      expect.stringMatching(
        /^\.github\/sdlc-gate\.yml:2:11: extends "nope" is neither a built-in preset \(fda-cybersecurity, iec62304-class-a, iec62304-class-b, iec62304-class-c[^)]*\)/,
      ),
    ]);
    expect(await errorsOf('version: 1\nextends: [missing.yml]\n', read)).toEqual([
      expect.stringContaining(':2:11: extends "missing.yml": no such file'),
    ]);
    expect((await errorsOf('version: 1\nextends: [a.yml]\n', read))[0]).toMatch(/^b\.yml:2:11: extends "a\.yml" forms a cycle/);
    expect(await errorsOf('version: 1\nextends: [../x.yml]\n', read)).toEqual([
      expect.stringContaining(':2:11: extends "../x.yml" climbs out'),
    ]);
  });

  it('every preset validates on its own', async () => {
    for (const name of Object.keys(PRESETS)) {
      const r = await loader.load(`preset:${name}`, PRESETS[name]!, noFiles);
      expect(r.ok, `${name}: ${JSON.stringify(!r.ok && r.errors)}`).toBe(true);
    }
  });

  it('the embedded presets match policies/', () => {
    expect(readFileSync(new URL('../src/policy/presets.ts', import.meta.url), 'utf8')).toBe(presetsModule());
  });

  describe('org-wide policies', () => {
    const central: Record<string, string> = {
      'acme/compliance/policies/device.yml@v3': 'version: 1\nextends: [base.yml]\ngates:\n  reviews:\n    locked: true\n    approvals: 2\n',
      'acme/compliance/base.yml@v3': 'version: 1\ngroups:\n  qa: [quinn]\n',
      'acme/compliance/policies/device.yml@main': 'version: 1\ngates:\n  reviews:\n    approvals: 2\n',
    };
    const reads: string[] = [];
    const readRemote: RemotePolicyReader = async ({ owner, repo, path, ref }) => {
      const key = `${owner}/${repo}/${path}@${ref}`;
      reads.push(key);
      return key in central ? { text: central[key]!, moving: ref === 'main' } : undefined;
    };

    it('reads owner/repo/path@ref through the remote reader, its own extends from the same repository and ref', async () => {
      const r = await loader.load(P, 'version: 1\nextends: [acme/compliance/policies/device.yml@v3]\n', noFiles, readRemote);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.policy.groups).toEqual({ qa: ['quinn'] });
      expect(r.policy.gates[0]!.options.approvals).toBe(2);
      expect(r.notes).toEqual([]);
      expect(reads).toContain('acme/compliance/base.yml@v3');
    });

    it('reports a moving branch', async () => {
      const r = await loader.load(P, 'version: 1\nextends: [acme/compliance/policies/device.yml@main]\n', noFiles, readRemote);
      expect(r.ok && r.notes[0]).toMatch(/whose ref main is a branch that can move; pin it to a tag or commit SHA/);
    });

    it('a locked gate cannot be loosened or switched off, with the line', async () => {
      const text =
        'version: 1\nextends: [acme/compliance/policies/device.yml@v3]\ngates:\n  reviews:\n    approvals: 1\n    enabled: false\n';
      expect(await errorsOf(text, noFiles, readRemote)).toEqual([
        '.github/sdlc-gate.yml:5:5: gate "reviews" is locked by acme/compliance/policies/device.yml@v3, so "approvals" cannot be changed here — add a separate gate to require more',
      ]);
      const same = await loader.load(
        P,
        'version: 1\nextends: [acme/compliance/policies/device.yml@v3]\ngates:\n  reviews:\n    approvals: 2\n  more:\n    rule: reviews\n    approvals: 3\n',
        noFiles,
        readRemote,
      );
      expect(same.ok).toBe(true);
    });

    it('without a remote reader, or for a missing file, says so at the entry', async () => {
      expect(await errorsOf('version: 1\nextends: [acme/compliance/policies/device.yml@v3]\n')).toEqual([
        '.github/sdlc-gate.yml:2:11: extends "acme/compliance/policies/device.yml@v3" names a policy in another repository, which only the action (or GITHUB_TOKEN in the environment) can read',
      ]);
      expect(await errorsOf('version: 1\nextends: [acme/compliance/nope.yml@v3]\n', noFiles, readRemote)).toEqual([
        '.github/sdlc-gate.yml:2:11: extends "acme/compliance/nope.yml@v3": acme/compliance has no nope.yml at v3',
      ]);
    });
  });
});

describe('regular expressions in the policy', () => {
  it('refuses patterns RE2 cannot compile, at their line, and takes those a backtracking engine would hang on', async () => {
    const text =
      'version: 1\ngates:\n  change-request:\n    pattern: "(a+)+$"\n  traceability:\n    requirements: [docs/**]\n    id_pattern: "REQ-[0-9"\n' +
      '    reference_pattern: "@req\\\\s+(REQ-[0-9]+)(?!x)"\n';
    expect(await errorsOf(text)).toEqual([
      expect.stringMatching(
        /^\.github\/sdlc-gate\.yml:7:17: gates\.traceability\.id_pattern: "REQ-\[0-9" is not a valid regular expression for RE2, .*\(missing closing \]: `\[0-9`\)/,
      ),
      expect.stringMatching(
        /^\.github\/sdlc-gate\.yml:8:24: gates\.traceability\.reference_pattern: .* is not a valid regular expression for RE2, .* no lookahead/,
      ),
    ]);
  });

  it('takes a pattern with a repeated group that a star-height heuristic refused', async () => {
    const text =
      'version: 1\ngates:\n  traceability:\n    requirements: [docs/**]\n    id_pattern: "(?:SDOC|ZEP|DO178)(?:-[A-Z]+)*-[0-9]+"\n';
    expect(await errorsOf(text)).toEqual([]);
  });

  it('accepts the usual id and reference patterns', async () => {
    const text =
      'version: 1\ngates:\n  change-request:\n    pattern: "[A-Z][A-Z0-9]+-[0-9]+"\n  traceability:\n    requirements: [docs/**]\n    id_pattern: "(REQ|SRS)-[0-9]{3}"\n    reference_pattern: "@req\\\\s+(REQ-[0-9]+)"\n';
    expect(await errorsOf(text)).toEqual([]);
  });
});
