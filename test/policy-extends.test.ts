import { describe, expect, it } from 'vitest';
import { formatPolicyError } from '../src/engine/check.js';
import { MAX_EXTENDS_DEPTH, MAX_EXTENDS_FILES, PolicyLoader, type PolicyFileReader, type RemotePolicyReader } from '../src/policy/load.js';
import { RULES } from '../src/rules/index.js';

// Policy layering is bounded: a file named twice is loaded once, a chain is at most MAX_EXTENDS_DEPTH files deep,
// and a policy pulls in at most MAX_EXTENDS_FILES files. (A fan-out of 4 files per level over 4 levels once meant
// 4⁴ layers and gigabytes of memory.)

const loader = new PolicyLoader(RULES);
const P = '.github/sdlc-gate.yml';

/** A reader over a map of files that counts its reads. */
function files(map: Record<string, string>): PolicyFileReader & { reads: string[] } {
  const reads: string[] = [];
  const read = (async (p: string) => {
    reads.push(p);
    return map[p];
  }) as PolicyFileReader & { reads: string[] };
  read.reads = reads;
  return read;
}

/** `levels` levels of `width` files, every file of a level extending every file of the next. */
function fanOut(width: number, levels: number): Record<string, string> {
  const map: Record<string, string> = {};
  const name = (level: number, i: number) => `policies/l${level}-${i}.yml`;
  for (let level = 1; level <= levels; level++) {
    for (let i = 0; i < width; i++) {
      const next = level < levels ? Array.from({ length: width }, (_, j) => `"${name(level + 1, j)}"`) : [];
      map[name(level, i)] =
        `version: 1\nextends: [${next.join(', ')}]\ngates:\n  g-${level}-${i}:\n    rule: reviews\n    approvals: ${level}\n`;
    }
  }
  map.root = `version: 1\nextends: [${Array.from({ length: width }, (_, j) => `"${name(1, j)}"`).join(', ')}]\n`;
  return map;
}

describe('extends limits', () => {
  it('loads each file of a fan-out once (4 files a level, 4 levels: 16 reads, not 340)', async () => {
    const map = fanOut(4, 4);
    const read = files(map);
    const started = performance.now();
    const r = await loader.load(P, map.root!, read);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(read.reads).toHaveLength(16);
    expect(new Set(read.reads).size).toBe(16);
    expect(r.policy.gates.map((g) => g.id).sort()).toEqual(
      Object.keys(map)
        .filter((k) => k !== 'root')
        .map((k) => k.replace(/^policies\/l(\d)-(\d)\.yml$/, 'g-$1-$2'))
        .sort(),
    );
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("keeps a diamond's shared file at its first place in the merge order", async () => {
    const map = {
      'a.yml': 'version: 1\nextends: [d.yml]\ngates:\n  reviews:\n    approvals: 2\n',
      'b.yml': 'version: 1\nextends: [d.yml]\n',
      'd.yml': 'version: 1\ngates:\n  reviews:\n    approvals: 1\n',
    };
    const read = files(map);
    const r = await loader.load(P, 'version: 1\nextends: [a.yml, b.yml]\n', read);
    expect(r.ok && r.policy.gates.find((g) => g.id === 'reviews')?.options.approvals).toBe(2);
    expect(read.reads.filter((p) => p === 'd.yml')).toHaveLength(1);
  });

  it(`refuses more than ${MAX_EXTENDS_FILES} files, naming where the limit was reached`, async () => {
    const map = fanOut(6, 6); // 36 distinct files
    const read = files(map);
    const r = await loader.load(P, map.root!, read);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const messages = r.errors.map(formatPolicyError);
    expect(messages).toHaveLength(1);
    // The first file of the first level pulls in the 5 deeper levels (30 files): with the policy, 32; the next is refused.
    expect(messages[0]).toBe(
      `${P}:2:32: extends would load more than ${MAX_EXTENDS_FILES} policy files; stopped at "policies/l1-1.yml" (named by ${P}) — merge some of them`,
    );
    expect(read.reads.length).toBeLessThanOrEqual(MAX_EXTENDS_FILES);
  });

  it(`refuses a chain deeper than ${MAX_EXTENDS_DEPTH} files, naming the chain`, async () => {
    const map: Record<string, string> = {};
    for (let i = 1; i <= MAX_EXTENDS_DEPTH + 2; i++) map[`c${i}.yml`] = `version: 1\nextends: [c${i + 1}.yml]\n`;
    map[`c${MAX_EXTENDS_DEPTH + 2}.yml`] = 'version: 1\n';
    const r = await loader.load(P, 'version: 1\nextends: [c1.yml]\n', files(map));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const chain = [P, ...Array.from({ length: MAX_EXTENDS_DEPTH }, (_, i) => `c${i + 1}.yml`)].join(' → ');
    expect(r.errors.map(formatPolicyError)).toEqual([
      `c${MAX_EXTENDS_DEPTH - 1}.yml:2:11: extends is nested deeper than ${MAX_EXTENDS_DEPTH} files (${chain}); flatten the chain`,
    ]);

    // A chain of exactly the limit loads.
    const ok: Record<string, string> = {};
    for (let i = 1; i < MAX_EXTENDS_DEPTH; i++)
      ok[`c${i}.yml`] = i < MAX_EXTENDS_DEPTH - 1 ? `version: 1\nextends: [c${i + 1}.yml]\n` : 'version: 1\n';
    expect((await loader.load(P, 'version: 1\nextends: [c1.yml]\n', files(ok))).ok).toBe(true);
  });

  it("tells a local file from a central repository's file of the same name, and de-duplicates a central file named twice", async () => {
    const remoteReads: string[] = [];
    const central: Record<string, string> = {
      'acme/compliance/device.yml@v1': 'version: 1\nextends: [base.yml]\n',
      'acme/compliance/base.yml@v1': 'version: 1\ngates:\n  central-gate:\n    rule: reviews\n',
    };
    const readRemote: RemotePolicyReader = async (ref) => {
      const key = `${ref.owner}/${ref.repo}/${ref.path}@${ref.ref}`;
      remoteReads.push(key);
      return central[key] === undefined ? undefined : { text: central[key]!, moving: false };
    };
    const read = files({ 'base.yml': 'version: 1\ngates:\n  local-gate:\n    rule: reviews\n' });
    const r = await loader.load(
      P,
      'version: 1\nextends: [base.yml, acme/compliance/device.yml@v1, acme/compliance/device.yml@v1]\n',
      read,
      readRemote,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.gates.map((g) => g.id).sort()).toEqual(['central-gate', 'local-gate']);
    expect(remoteReads).toEqual(['acme/compliance/device.yml@v1', 'acme/compliance/base.yml@v1']);
  });
});
