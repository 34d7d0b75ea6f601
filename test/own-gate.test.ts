// The project is gated by what it ships: its own policy's sbom gate keeps sbom/sdlc-gate.cdx.json (written by
// `npm run sbom`) current with package-lock.json. This runs that gate, with the bundled CLI, on the repository's own
// files in a fresh git repository: a dependency changed without regenerating the SBOM fails CI here.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { prEvent, TestRepo, writeJson } from './helpers/git-repo.js';

const ROOT = new URL('..', import.meta.url).pathname;
const own = (path: string) => readFileSync(join(ROOT, path), 'utf8');

interface GateJson {
  id: string;
  status: string;
  summary: string;
  findings: { severity: string; message: string }[];
}

function sbomGate(lock: string): GateJson {
  const repo = new TestRepo();
  const inputs = mkdtempSync(join(tmpdir(), 'sdlc-gate-own-'));
  try {
    repo.write({
      '.github/sdlc-gate.yml': own('.github/sdlc-gate.yml'),
      'package-lock.json': own('package-lock.json'),
      'sbom/sdlc-gate.cdx.json': own('sbom/sdlc-gate.cdx.json'),
    });
    const base = repo.commit('base');
    repo.write({ 'package-lock.json': lock, 'README.md': 'a change\n' });
    const head = repo.commit('a pull request');
    const event = writeJson(inputs, 'event.json', prEvent(7, base, head));
    const reviews = writeJson(inputs, 'reviews.json', []);
    const r = runCli(['check', '--repo', repo.dir, '--event', event, '--reviews', reviews, '--format', 'json'], { timeout: 60_000 });
    expect(r.stderr).toBe('');
    const gates = (JSON.parse(r.stdout) as { gates: GateJson[] }).gates;
    return gates.find((g) => g.id === 'sbom')!;
  } finally {
    repo.remove();
    rmSync(inputs, { recursive: true, force: true });
  }
}

describe("the project's own sbom gate", () => {
  it('passes on the committed SBOM and lockfile (run `npm run sbom` after changing dependencies)', () => {
    const gate = sbomGate(own('package-lock.json'));
    expect(gate.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
    expect(gate.status).toBe('pass');
  });

  it('fails, naming the package, when a runtime dependency moves without the SBOM', () => {
    const lock = JSON.parse(own('package-lock.json')) as { packages: Record<string, { version: string; dev?: boolean }> };
    const yaml = lock.packages['node_modules/yaml']!;
    expect(yaml.dev).toBeUndefined();
    const bumped = yaml.version.replace(/\d+$/, (n) => String(Number(n) + 1));
    yaml.version = bumped;
    const gate = sbomGate(JSON.stringify(lock, null, 2));
    expect(gate.status).toBe('fail');
    expect(gate.findings.map((f) => f.message)).toContainEqual(
      expect.stringContaining(`package-lock.json pins yaml ${bumped}, but sbom/sdlc-gate.cdx.json lists yaml`),
    );
  });
});
