import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestRepo } from './helpers/git-repo.js';
import { cdxJson, packageLock, PKGS } from './helpers/sbom-fixtures.js';
import { runCli } from './helpers/cli.js';

// The sbom gate through the bundled CLI on a real git repository: a pull request that bumps a locked version
// without regenerating the SBOM fails naming the package; one that regenerates it passes.

const cli = (args: string[]) => runCli(args);

const POLICY = `version: 1
gates:
  sbom:
    paths: ["sbom/*.cdx.json"]
    min_version: { cyclonedx: "1.5" }
`;

describe('sdlc-gate check with the sbom gate', () => {
  const repo = new TestRepo();
  let base = '';
  const bumped = PKGS.map((p) => (p.name === 'ring-buffer' ? { ...p, version: '0.5.0' } : p));

  beforeAll(() => {
    repo.write({
      '.github/sdlc-gate.yml': POLICY,
      'sbom/firmware.cdx.json': cdxJson(PKGS),
      'package-lock.json': packageLock(PKGS),
      'src/main.ts': 'x\n',
    });
    base = repo.commit('base');
  });
  afterAll(() => repo.remove());

  it('a PR that bumps a locked version without regenerating the SBOM fails and names the package', () => {
    repo.git('checkout', '-q', '-b', 'bump', base);
    repo.write({ 'package-lock.json': packageLock(bumped) });
    const head = repo.commit('bump ring-buffer');
    const r = cli(['check', '--repo', repo.dir, '--base', base, '--head', head]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'FAIL  sbom: 2 problems: package-lock.json pins ring-buffer 0.5.0, but sbom/firmware.cdx.json lists ring-buffer 0.4.2',
    );
    expect(r.stdout).toContain('package-lock.json changed but sbom/firmware.cdx.json did not — regenerate the SBOM');
    expect(r.stdout).toMatch(
      /error: package-lock\.json:\d+: package-lock\.json pins ring-buffer 0\.5\.0, but sbom\/firmware\.cdx\.json lists ring-buffer 0\.4\.2 \(\/components\/2\) — the SBOM is stale/,
    );
  });

  it('the same PR with the SBOM regenerated passes', () => {
    repo.git('checkout', '-q', '-b', 'bump-regenerated', base);
    repo.write({ 'package-lock.json': packageLock(bumped), 'sbom/firmware.cdx.json': cdxJson(bumped) });
    const head = repo.commit('bump ring-buffer and regenerate the SBOM');
    const r = cli(['check', '--repo', repo.dir, '--base', base, '--head', head]);
    expect(r.stdout).toContain('PASS  sbom: sbom/firmware.cdx.json (CycloneDX 1.6, 3 components): valid, NTIA elements present');
    expect(r.code).toBe(0);
  });

  it('an SBOM that is a symlink out of the repository is refused, never read, and the gate does not pass', () => {
    repo.git('checkout', '-q', '-b', 'linked', base);
    repo.write({ 'sbom/firmware.cdx.json': null }).symlink('sbom/firmware.cdx.json', '/etc/passwd');
    const head = repo.commit('link the SBOM');
    const r = cli(['check', '--repo', repo.dir, '--base', base, '--head', head]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('root:');
    expect(r.stdout).toContain('FAIL  sbom:');
  });

  it('an SBOM over the read cap is refused with its size, and the gate fails', () => {
    repo.git('checkout', '-q', '-b', 'huge', base);
    repo.write({ '.github/sdlc-gate.yml': POLICY.replace('    min_version', '    max_file_bytes: 4194304\n    min_version') });
    const capped = repo.commit('cap SBOMs at 4 MiB');
    repo.write({
      'sbom/firmware.cdx.json': cdxJson(PKGS).replace('"version": 1,', `"version": 1, "x": "${'a'.repeat(6 * 1024 * 1024)}",`),
    });
    const head = repo.commit('a huge SBOM');
    const r = cli(['check', '--repo', repo.dir, '--base', capped, '--head', head]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /The SBOM sbom\/firmware\.cdx\.json could not be read: sbom\/firmware\.cdx\.json is \d+ bytes at [0-9a-f]{7}, over the 4194304-byte limit; it was not read/,
    );
  });

  it('a package-lock.json large enough for the worker thread (the bundle re-entered) is compared as in one thread', () => {
    // Over a mebibyte of lockfile: read in a worker thread started on the bundle's entry file (lockfile job).
    const many = Array.from({ length: 6000 }, (_, i) => ({ name: i % 3 ? `pkg-${i}` : `@scope/pkg-${i}`, version: `1.${i % 7}.${i}` }));
    const lock = packageLock(many);
    expect(lock.length).toBeGreaterThan(1 << 20);
    repo.git('checkout', '-q', '-b', 'large', base);
    repo.write({ 'package-lock.json': lock, 'sbom/firmware.cdx.json': cdxJson(many) });
    const matching = repo.commit('a large lockfile and its SBOM');
    const pass = cli(['check', '--repo', repo.dir, '--base', base, '--head', matching]);
    expect(pass.stdout).toContain('PASS  sbom: sbom/firmware.cdx.json (CycloneDX 1.6, 6000 components): valid');
    expect(pass.code).toBe(0);
    // One package bumped in the lockfile only: the version mismatch is found, at its line, through the worker.
    const bumped = many.map((p, i) => (i === 4321 ? { ...p, version: '9.9.9' } : p));
    repo.write({ 'package-lock.json': packageLock(bumped) });
    const stale = repo.commit('bump one package');
    const fail = cli(['check', '--repo', repo.dir, '--base', matching, '--head', stale]);
    expect(fail.stderr).toBe('');
    expect(fail.code).toBe(1);
    expect(fail.stdout).toMatch(
      /error: package-lock\.json:\d+: package-lock\.json pins pkg-4321 9\.9\.9, but sbom\/firmware\.cdx\.json lists pkg-4321 1\.2\.4321 \(\/components\/4321\) — the SBOM is stale/,
    );
    expect(fail.stdout).not.toContain('worker thread');
  });
});
