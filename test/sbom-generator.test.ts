import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestRepo } from './helpers/git-repo.js';
import { runCli } from './helpers/cli.js';

// An SBOM from a real generator: @cyclonedx/cyclonedx-npm run offline on a fixture project with a real
// package-lock.json (entries taken from this repository's own lockfile) and its node_modules (copied from ours).

const ROOT = new URL('..', import.meta.url).pathname;
const GENERATOR = join(ROOT, 'node_modules/@cyclonedx/cyclonedx-npm/bin/cyclonedx-npm-cli.js');
const DEPS = { picomatch: '', yaml: '' } as Record<string, string>;

const cli = (args: string[]) => runCli(args);

describe('an SBOM made by cyclonedx-npm', () => {
  const repo = new TestRepo();
  let base = '';
  let lockText = '';

  beforeAll(() => {
    const ours = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
    const packages: Record<string, unknown> = {};
    for (const name of Object.keys(DEPS)) {
      packages[`node_modules/${name}`] = ours.packages[`node_modules/${name}`];
      DEPS[name] = `^${ours.packages[`node_modules/${name}`].version}`;
      cpSync(join(ROOT, 'node_modules', name), join(repo.dir, 'node_modules', name), { recursive: true });
    }
    const manifest = {
      name: 'fixture-device',
      version: '1.0.0',
      private: true,
      author: 'ACME Medical',
      license: 'UNLICENSED',
      dependencies: DEPS,
    };
    lockText = `${JSON.stringify({ name: 'fixture-device', version: '1.0.0', lockfileVersion: 3, requires: true, packages: { '': { ...manifest, private: undefined, author: undefined }, ...packages } }, null, 2)}\n`;
    repo.write({
      'package.json': `${JSON.stringify(manifest, null, 2)}\n`,
      'package-lock.json': lockText,
      '.gitignore': 'node_modules/\n',
      '.github/sdlc-gate.yml': 'version: 1\ngates:\n  sbom: { paths: ["bom.json"] }\n',
    });
    execFileSync(process.execPath, [GENERATOR, '--output-file', 'bom.json', '--spec-version', '1.6'], {
      cwd: repo.dir,
      stdio: 'pipe',
      timeout: 60_000,
    });
    base = repo.commit('a device with a generated SBOM');
  });
  afterAll(() => repo.remove());

  it('passes the drift check as generated', () => {
    const bom = JSON.parse(readFileSync(join(repo.dir, 'bom.json'), 'utf8'));
    expect(bom.components.map((c: { name: string }) => c.name).sort()).toEqual(['picomatch', 'yaml']);
    const r = cli(['check', '--repo', repo.dir, '--base', base, '--head', base]);
    expect(r.stdout).toContain('PASS  sbom: bom.json (CycloneDX 1.6, 2 components): valid, NTIA elements present');
    expect(r.code).toBe(0);
  });

  it('fails naming the package once a locked version is bumped without regenerating', () => {
    const lock = JSON.parse(lockText);
    const old = lock.packages['node_modules/yaml'].version as string;
    lock.packages['node_modules/yaml'].version = '2.99.0';
    writeFileSync(join(repo.dir, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
    const head = repo.commit('bump yaml');
    const r = cli(['check', '--repo', repo.dir, '--base', base, '--head', head]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`package-lock.json pins yaml 2.99.0, but bom.json lists yaml ${old}`);
    expect(r.stdout).toContain('package-lock.json changed but bom.json did not — regenerate the SBOM');
  });
});
