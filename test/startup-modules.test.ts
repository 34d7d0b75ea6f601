import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policySchemas, schemaKey } from '../src/policy/compiled.js';
import { POLICY_FORMATS } from '../src/policy/formats.js';
import { gateSchema, topLevelSchema } from '../src/policy/schema.js';
import { policyValidatorModules } from '../src/policy/standalone.js';
import { POLICY_VALIDATORS } from '../src/policy/validators.js';
import { RULES } from '../src/rules/index.js';
import { TestRepo } from './helpers/git-repo.js';
import { cdxJson, packageLock, PKGS } from './helpers/sbom-fixtures.js';

// Start-up, structurally: which code the bundled CLI loads for a command. A loader hook (module.register, given to
// node with --import) records every file of dist/ that is loaded; the test then reads those files for the code of
// each part of the program (a function or class it defines, as ncc keeps it). `--help` loads no command; a check
// whose policy has only a traceability gate never loads the SBOM, lockfile, Markdown, XML or OSV readers nor the
// GitHub client, nor ajv (the policy's validators are generated at build time); a check with only an sbom gate never
// loads the traceability matrix or the Markdown reader. No timing is involved: a regression is an import that
// brings the code back, whatever the machine's load. Needs `npm run bundle` (dist/ of this checkout).

const DIST = new URL('../dist/', import.meta.url);
const CLI = fileURLToPath(new URL('cli/index.js', DIST));

/** What a part of the program defines, as it appears in the bundle. */
const CODE = {
  'the policy loader': 'class PolicyLoader',
  'ajv (compiling schemas at run time)': 'class Ajv',
  'the check command': 'function checkLocal(',
  'the GitHub client (octokit)': 'function getOctokit(',
  'the traceability matrix': 'function buildMatrix(',
  'the YAML requirement reader': 'function lineList(',
  'the YAML parsers of requirements (js-yaml and the full reading)': 'function parseDeclinedYaml(',
  'js-yaml': 'function loadDocuments(',
  'the Markdown reader (mdast)': 'function fromMarkdown(',
  'the Markdown requirement reader': 'function parseMarkdownRequirements(',
  'the ReqIF reader': 'function parseReqIf(',
  'the XML parser (fast-xml-parser)': 'class XMLParser',
  'the JUnit reader': 'function parseJUnit(',
  'the SBOM reader': 'function inspectSbom(',
  'the npm lockfile reader': 'function readPackageLock(',
  'the other lockfile readers (yarn.lock, TOML, pom.xml, …)': 'function readYarnLock(',
  'the OSV records reader': 'function asOsvRecord(',
  'the trace command': 'function traceWorkTree(',
  'the release record': 'function releaseLocal(',
} as const;
type Part = keyof typeof CODE;

const hooks = mkdtempSync(join(tmpdir(), 'sdlc-gate-startup-hooks-'));

/** Runs the bundled CLI with the hook; returns its exit code, output and the dist/ files it loaded. */
function runRecorded(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string; files: string[] } {
  const log = join(hooks, `loaded-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', join(hooks, 'register.mjs'), CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env.PATH ?? '', SDLC_GATE_LOADED_LOG: log, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
  });
  const files = [...new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean))]
    .filter((url) => url.startsWith(DIST.href))
    .map((url) => fileURLToPath(url));
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, files };
}

/** The parts of the program whose code is in the loaded files. */
function partsLoaded(files: readonly string[]): Part[] {
  const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  return (Object.keys(CODE) as Part[]).filter((part) => text.includes(CODE[part]));
}

describe('start-up of the bundled CLI: what each command loads', () => {
  const trace = new TestRepo('sdlc-gate-startup-trace-');
  const sbom = new TestRepo('sdlc-gate-startup-sbom-');

  beforeAll(() => {
    writeFileSync(join(hooks, 'register.mjs'), "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n");
    writeFileSync(
      join(hooks, 'hooks.mjs'),
      [
        "import { appendFileSync } from 'node:fs';",
        'export async function load(url, context, next) {',
        "  appendFileSync(process.env.SDLC_GATE_LOADED_LOG, url + '\\n');",
        '  return next(url, context);',
        '}',
      ].join('\n'),
    );
    trace.write({
      '.github/sdlc-gate.yml': 'version: 1\ngates:\n  traceability:\n    requirements: ["docs/requirements/*.yml"]\n',
      'docs/requirements/srs.yml': '- id: REQ-1\n  title: The pump stops on occlusion\n',
      'test/pump.test.ts': '// REQ-1\nit("stops", () => {});\n',
    });
    trace.commit('requirements and tests');
    sbom.write({
      '.github/sdlc-gate.yml': 'version: 1\ngates:\n  sbom:\n    paths: ["bom.json"]\n',
      'bom.json': cdxJson(PKGS),
      'package-lock.json': packageLock(PKGS),
    });
    sbom.commit('an SBOM');
  });
  afterAll(() => {
    trace.remove();
    sbom.remove();
    rmSync(hooks, { recursive: true, force: true });
  });

  it('the hook sees what a command loads (a check loads the policy loader and the gate it runs)', () => {
    const r = runRecorded(['check', '--base', 'HEAD', '--format', 'json'], trace.dir);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).status).toBe('pass');
    expect(r.files).toContain(CLI);
    expect(partsLoaded(r.files)).toEqual(
      expect.arrayContaining(['the policy loader', 'the check command', 'the traceability matrix', 'the YAML requirement reader']),
    );
  });

  it('--help loads the usage text only: no command, no policy loader, no GitHub client', () => {
    const r = runRecorded(['--help'], trace.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('sdlc-gate check');
    expect(partsLoaded(r.files)).toEqual([]);
    // The bin, the bundle's entry and the CLI's dispatch: a few kilobytes, not the megabytes of the commands.
    const bytes = r.files.reduce((n, f) => n + readFileSync(f).length, 0);
    expect(bytes).toBeLessThan(200_000);
  });

  it('a check with only a traceability gate (YAML requirements) loads no other gate, format or command', () => {
    const r = runRecorded(['check', '--base', 'HEAD', '--format', 'json'], trace.dir);
    expect(JSON.parse(r.stdout).status).toBe('pass');
    // The requirements are in the commonest shape: read line by line, with neither js-yaml nor the full reading.
    expect(partsLoaded(r.files).sort()).toEqual(
      ['the check command', 'the policy loader', 'the traceability matrix', 'the YAML requirement reader'].sort(),
    );
  });

  it('a YAML requirement file the line reading declines loads the YAML parsers, and is read', () => {
    const quoted = new TestRepo('sdlc-gate-startup-trace-quoted-');
    try {
      quoted.write({
        '.github/sdlc-gate.yml': 'version: 1\ngates:\n  traceability:\n    requirements: ["docs/requirements/*.yml"]\n',
        'docs/requirements/srs.yml': '- id: \'REQ-1\'\n  title: "The pump stops on occlusion"\n',
        'test/pump.test.ts': '// REQ-1\nit("stops", () => {});\n',
      });
      quoted.commit('quoted requirements');
      const r = runRecorded(['check', '--base', 'HEAD', '--format', 'json'], quoted.dir);
      const gate = (JSON.parse(r.stdout) as { gates: { status: string; summary: string }[] }).gates[0]!;
      expect([gate.status, gate.summary]).toEqual(['pass', expect.stringContaining('1 requirement')]);
      expect(partsLoaded(r.files)).toEqual(
        expect.arrayContaining([
          'the YAML requirement reader',
          'the YAML parsers of requirements (js-yaml and the full reading)',
          'js-yaml',
        ]),
      );
    } finally {
      quoted.remove();
    }
  });

  it('a check with only an sbom gate (package-lock.json) loads no traceability, requirement, Markdown, OSV or other lockfile code, and no GitHub client', () => {
    const r = runRecorded(['check', '--base', 'HEAD', '--format', 'json'], sbom.dir);
    const result = JSON.parse(r.stdout) as { gates: { id: string; status: string }[] };
    expect(result.gates.map((g) => [g.id, g.status])).toEqual([['sbom', 'pass']]);
    const loaded = partsLoaded(r.files);
    expect(loaded).toEqual(expect.arrayContaining(['the SBOM reader', 'the npm lockfile reader']));
    for (const part of [
      'the traceability matrix',
      'the YAML requirement reader',
      'js-yaml',
      'the Markdown reader (mdast)',
      'the Markdown requirement reader',
      'the ReqIF reader',
      'the JUnit reader',
      'the OSV records reader',
      'the GitHub client (octokit)',
      'the other lockfile readers (yarn.lock, TOML, pom.xml, …)',
      'the trace command',
      'the release record',
    ] satisfies Part[]) {
      expect(loaded, part).not.toContain(part);
    }
  });
});

describe('the policy schemas', () => {
  it('are valid JSON Schema: the top level and the gate schema of every rule pass the draft-07 meta-schema', () => {
    const ajv = new Ajv({ strict: false, validateSchema: true });
    (addFormatsModule as unknown as (a: Ajv) => Ajv)(ajv);
    const names = RULES.map((r) => r.name);
    const schemas = [topLevelSchema(), ...RULES.map((r) => gateSchema(r, names))];
    for (const schema of schemas) expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    // The check can fail: a misspelt type is refused.
    expect(ajv.validateSchema({ type: 'strnig' })).toBe(false);
  });
});

describe('the policy validators generated at build time (src/policy/validators/)', () => {
  it('are what src/policy/standalone.ts gives for the rules of the registry (else run the generator)', () => {
    const fix = 'run `npm run validators`';
    for (const [path, text] of Object.entries(policyValidatorModules(RULES))) {
      expect(readFileSync(new URL(`../src/policy/${path}`, import.meta.url), 'utf8'), `src/policy/${path} is stale: ${fix}`).toBe(text);
    }
  });

  it('match the schemas the loader validates against, so no policy schema is compiled at run time', () => {
    const schemas = policySchemas(RULES);
    expect(Object.keys(POLICY_VALIDATORS).sort()).toEqual([...schemas.keys()].sort());
    for (const [key, schema] of schemas) expect(POLICY_VALIDATORS[key]!.key, key).toBe(schemaKey(schema));
  });

  it('know every format the policy schema names', () => {
    const formats = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === 'format' && typeof x === 'string') formats.add(x);
          else walk(x);
        }
      }
    };
    for (const schema of policySchemas(RULES).values()) walk(schema);
    expect([...formats].sort()).toEqual(Object.keys(POLICY_FORMATS).sort());
  });
});
