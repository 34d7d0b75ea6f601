import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_URL, LOCKFILE_JOB, readLockfileConcurrently, Signal } from '../src/parsers/lockfiles/concurrent.js';
import { readLockfileOfKind } from '../src/parsers/lockfiles/kinds.js';
import { readPackageLock } from '../src/parsers/lockfiles/npm.js';
import { packLockfile, unpackLockfile } from '../src/parsers/lockfiles/packed.js';
import type { LockfileResult } from '../src/parsers/lockfiles/types.js';
import { SBOM_SIZES } from '../src/rules/sbom/index.js';
import { cdxJson, packageLock, runSbomGate, type Pkg } from './helpers/sbom-fixtures.js';

// A large package-lock.json is read in a worker thread (src/parsers/lockfiles/concurrent.ts) and crosses back packed
// (packed.ts). The packed form must give what readPackageLock gives, package by package (lines included); the worker
// is run for real (its module bundled from the sources for the test, as the bundle re-enters its entry file for it);
// a worker that throws, stops or answers nonsense is an error finding on the file, and the gate fails.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sdlc-gate-lock-worker-'));
let workerFile = '';

beforeAll(async () => {
  // The worker's module and what it imports, bundled from the sources (as npm run bundle does for dist/).
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `import { lockfileWorker } from ${JSON.stringify(join(ROOT, 'src/parsers/lockfiles/worker.ts'))};\nlockfileWorker();\n`,
  );
  workerFile = join(dir, 'worker.mjs');
  await build({
    input: entry,
    platform: 'node',
    logLevel: 'silent',
    resolve: { extensionAlias: { '.js': ['.ts', '.js'] } },
    output: { file: workerFile, format: 'esm' },
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const realWorker = () => new Worker(workerFile, { workerData: { kind: LOCKFILE_JOB } });

/** Everything a reader's result says, the packages' lazily computed lines included. */
function view(r: LockfileResult) {
  return {
    kind: r.kind,
    ecosystem: r.ecosystem,
    firstParty: r.firstParty,
    unresolved: r.unresolved,
    findings: r.findings,
    packages: r.packages.map((p) => ({ ...JSON.parse(JSON.stringify(p)), otherVersions: p.otherVersions })),
    byPurl: r.byPurl ? [...r.byPurl] : undefined,
  };
}

const real = (name: string) => readFileSync(join(ROOT, 'test/fixtures/real', name), 'utf8');

const tricky = JSON.stringify(
  {
    name: 'app',
    lockfileVersion: 3,
    packages: {
      '': { name: 'app', dependencies: { a: '^1', '@s/b': '^2' }, devDependencies: { d: '1' } },
      'node_modules/a': { version: '1.0.0' },
      'node_modules/@s/b': { version: '2.0.0', dev: true },
      'node_modules/a/node_modules/c': { version: '3.0.0', optional: true },
      'node_modules/d': { version: '1.0.0-β+x y', devOptional: true },
      'node_modules/alias': { name: 'real-name', version: '4.0.0' },
      'node_modules/dup': { version: '1.0.0' },
      'node_modules/a/node_modules/dup': { version: '1.0.0' },
      'node_modules/nover': {},
      'packages/ws': { name: 'ws-pkg', version: '0.0.1' },
      'node_modules/ws-pkg': { link: true, resolved: 'packages/ws' },
      'node_modules/"quoted"\n': { version: '5.0.0' },
    },
  },
  null,
  2,
);

describe('a package-lock.json packed to cross threads', () => {
  const cases: [string, string][] = [
    ['package-lock.json', tricky],
    [
      'package-lock.json',
      JSON.stringify(
        {
          lockfileVersion: 1,
          dependencies: {
            a: { version: '1.0.0', dev: true, dependencies: { c: { version: '3.0.0', optional: true } } },
            l: { version: 'file:../l' },
          },
        },
        null,
        2,
      ),
    ],
    ['package-lock.json', real('npm-v3-actions-checkout/package-lock.json')],
    ['package-lock.json', real('npm-v2-actions-checkout/package-lock.json')],
    ['package-lock.json', real('npm-v1-npm-cli/package-lock.json')],
    ['package-lock.json', real('npm-v3-workspaces-npm-cli/package-lock.json')],
    ['npm-shrinkwrap.json', real('npm-shrinkwrap-npm-cli/npm-shrinkwrap.json')],
    ['package-lock.json', '{"lockfileVersion": 3, "packages": '],
    ['package-lock.json', '[]'],
  ];

  it.each(cases.map(([path, text], i) => [i, path, text] as const))(
    'case %i (%s): unpacked, the same result as readPackageLock',
    (_i, path, text) => {
      const direct = readPackageLock(path, text);
      const packed = packLockfile(readPackageLock(path, text));
      expect(view(unpackLockfile(structuredClone(packed), text))).toEqual(view(direct));
    },
  );

  it('the real worker gives the same result, packages and lines, as readPackageLock in this thread', async () => {
    for (const [path, text] of cases) {
      const viaWorker = await readLockfileConcurrently(path, text, { start: realWorker, fromChars: 0 });
      expect(view(viaWorker)).toEqual(view(readPackageLock(path, text)));
    }
  });

  it('the worker is handed the lockfile only once the signal is given (then at once), and once', async () => {
    const text = real('npm-v3-actions-checkout/package-lock.json');
    const after = new Signal();
    let done = false;
    const held: string[] = [];
    const watched = () => {
      const w = realWorker();
      const [ref, unref] = [w.ref.bind(w), w.unref.bind(w)];
      w.ref = () => (held.push('ref'), ref());
      w.unref = () => (held.push('unref'), unref());
      return w;
    };
    const reading = readLockfileConcurrently('package-lock.json', text, { start: watched, fromChars: 0, after }).then((r) => {
      done = true;
      return r;
    });
    // Long enough for the worker to start and answer had it been handed the file (it answers in tens of ms).
    await new Promise((r) => setTimeout(r, 400));
    expect(done).toBe(false);
    // Until then it does not keep the process alive (a run that never gives the signal still ends); then it does.
    expect(held).toEqual(['unref']);
    after.give();
    expect(held).toEqual(['unref', 'ref']);
    after.give(['pkg:npm/ignored@1']);
    const r = await reading;
    expect(view(r)).toEqual(view(readPackageLock('package-lock.json', text)));
    expect(r.exact).toBeUndefined();
    // A signal already given starts the worker at once.
    const late = await readLockfileConcurrently('package-lock.json', text, { start: realWorker, fromChars: 0, after });
    expect(view(late)).toEqual(view(r));
  });

  it('the worker looks up the purls it is handed among the packages, as they are written', async () => {
    const text = real('npm-v3-actions-checkout/package-lock.json');
    const direct = readPackageLock('package-lock.json', text);
    const pinned = direct.packages.map((p) => p.purl);
    // Pinned purls (some twice), one written otherwise (case), none, an empty one and one with a character past Latin-1.
    const purls = [
      pinned[3],
      'pkg:npm/Nope@1',
      undefined,
      pinned[0],
      '',
      pinned[3],
      pinned[0]!.toUpperCase(),
      'pkg:npm/ü@1',
      pinned.at(-1),
    ];
    const after = new Signal();
    after.give(purls);
    const r = await readLockfileConcurrently('package-lock.json', text, { start: realWorker, fromChars: 0, after });
    expect([...r.exact!.accounted]).toEqual([1, 0, 0, 1, 0, 1, 0, 0, 1]);
    const matched = new Set([0, 3, pinned.length - 1]);
    expect([...r.exact!.matched]).toEqual(pinned.map((_, j) => (matched.has(j) ? 1 : 0)));
    // The index by purl is still there for whoever asks, built then.
    expect([...r.byPurl!]).toEqual([...direct.byPurl!]);
    expect(view(r)).toEqual({ ...view(direct), byPurl: [...direct.byPurl!] });
  });

  it('small lockfiles, other kinds, and runs without a bundle to re-enter are read in this thread', async () => {
    let started = 0;
    const counting = () => {
      started++;
      return realWorker();
    };
    const text = real('npm-v3-actions-checkout/package-lock.json');
    expect(view(await readLockfileConcurrently('package-lock.json', text, { start: counting }))).toEqual(
      view(readPackageLock('package-lock.json', text)),
    );
    const yarn = real('yarn-v1-webpack/yarn.lock');
    expect(view(await readLockfileConcurrently('yarn.lock', yarn, { start: counting, fromChars: 0 }))).toEqual(
      view(await readLockfileOfKind('yarn.lock', yarn)),
    );
    expect(started).toBe(0);
    // No entry file marked itself (the sources under the test runner): this thread, whatever the size.
    expect((globalThis as Record<symbol, unknown>)[ENTRY_URL]).toBeUndefined();
    expect((await readLockfileConcurrently('package-lock.json', text, { fromChars: 0 })).packages.length).toBeGreaterThan(0);
  });
});

describe('a lockfile worker that fails is an error on the file, never a pass', () => {
  const lock = packageLock([{ name: 'a', version: '1.0.0' }]);
  const failing: [string, string, RegExp][] = [
    ['throws', "throw new Error('reader exploded')", /the worker thread reading it failed: reader exploded/],
    ['exits', 'process.exit(3)', /the worker thread reading it stopped \(exit code 3\) before answering/],
    [
      'answers nonsense',
      "require('node:worker_threads').parentPort.on('message', () => require('node:worker_threads').parentPort.postMessage({ strings: 1 }))",
      /its answer could not be read/,
    ],
  ];
  it.each(failing)('a worker that %s', async (_what, source, message) => {
    const r = await readLockfileConcurrently('package-lock.json', lock, { start: () => new Worker(source, { eval: true }), fromChars: 0 });
    expect(r.packages).toEqual([]);
    expect(r.findings).toEqual([{ severity: 'error', message: expect.stringMatching(message), file: 'package-lock.json', line: 1 }]);
    expect(r.findings[0]!.message).toMatch(/^package-lock\.json could not be read: .* — run the check again/);
  });
});

describe('a lockfile that cannot be handed to the worker', () => {
  it('is an error on the file', async () => {
    const refusing = () => {
      const w = new Worker('setInterval(() => {}, 1000)', { eval: true });
      w.postMessage = () => {
        throw new Error('could not clone');
      };
      return w;
    };
    const r = await readLockfileConcurrently('package-lock.json', packageLock([{ name: 'a', version: '1.0.0' }]), {
      start: refusing,
      fromChars: 0,
    });
    expect(r.packages).toEqual([]);
    expect(r.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'package-lock.json',
        message: expect.stringContaining('could not be handed the lockfile (could not clone)'),
      }),
    ]);
  });
});

describe('the sbom gate with the lockfile read on a second core', () => {
  // Enough packages for the lockfile to go to a worker (over a mebibyte of text).
  const pkgs: Pkg[] = Array.from({ length: 6000 }, (_, i) => ({
    name: i % 3 ? `pkg-${i}` : `@scope/pkg-${i}`,
    version: `1.${i % 7}.${i}`,
  }));
  const head = { 'bom.json': cdxJson(pkgs), 'package-lock.json': packageLock(pkgs) };
  const stale = { 'bom.json': cdxJson(pkgs.slice(1)), 'package-lock.json': packageLock(pkgs) };
  const entry = Symbol.for('sdlc-gate/entry-url');
  const g = globalThis as Record<symbol, unknown>;

  async function withEntry<T>(url: string | undefined, run: () => Promise<T>): Promise<T> {
    g[entry] = url;
    try {
      return await run();
    } finally {
      delete g[entry];
    }
  }

  it('passes and fails as it does in one thread', async () => {
    expect(head['package-lock.json'].length).toBeGreaterThan(1 << 20);
    const inThread = await runSbomGate({ head });
    const staleInThread = await runSbomGate({ head: stale });
    expect(inThread.findings).toEqual([]);
    expect(staleInThread.errors.map((f) => f.message)).toEqual([
      expect.stringMatching(/^package-lock\.json pins @scope\/pkg-0 1\.0\.0, which the SBOM \(bom\.json\) does not list/),
    ]);
    const viaWorker = await withEntry(pathToFileURL(workerFile).href, () => runSbomGate({ head }));
    const staleViaWorker = await withEntry(pathToFileURL(workerFile).href, () => runSbomGate({ head: stale }));
    expect(viaWorker.findings).toEqual(inThread.findings);
    expect(staleViaWorker.findings).toEqual(staleInThread.findings);
    expect(staleViaWorker.errors[0]!.line).toBe(staleInThread.errors[0]!.line);
  });

  // Exact matches made in the worker (one SBOM) or looked up here (two SBOMs, dev packages excluded), and what is
  // left to the normalized comparison: the same findings, in the same order, as in one thread.
  const drift: [string, Record<string, string>, Record<string, unknown>?][] = [
    [
      'an extra component and a version mismatch',
      {
        'bom.json': cdxJson([
          ...pkgs.slice(0, 10),
          { name: 'extra', version: '1.0.0' },
          { ...pkgs[10]!, version: '9.9.9' },
          ...pkgs.slice(11),
        ]),
        'package-lock.json': head['package-lock.json'],
      },
    ],
    [
      'components without a purl or with one written otherwise',
      {
        'bom.json': cdxJson(pkgs, {
          mutate: (bom) => {
            const components = bom.components as { purl?: string }[];
            delete components[1]!.purl;
            components[2]!.purl = components[2]!.purl!.replace('pkg:npm/', 'pkg:NPM/');
            components[3]!.purl = components[3]!.purl!.replace('%40', '@');
          },
        }),
        'package-lock.json': head['package-lock.json'],
      },
    ],
    [
      'two SBOMs',
      {
        'bom.json': cdxJson(pkgs.slice(0, 3000)),
        'app/bom.json': cdxJson(pkgs.slice(2990)),
        'package-lock.json': head['package-lock.json'],
      },
    ],
    [
      'dev packages excluded',
      { 'bom.json': cdxJson(pkgs.slice(5)), 'package-lock.json': head['package-lock.json'] },
      { dev_dependencies: 'exclude' },
    ],
  ];
  it.each(drift)('%s: the same findings through the worker as in one thread', async (_name, files, options = {}) => {
    const inThread = await runSbomGate({ head: files }, options);
    const viaWorker = await withEntry(pathToFileURL(workerFile).href, () => runSbomGate({ head: files }, options));
    expect(viaWorker.findings).toEqual(inThread.findings);
    expect(viaWorker.summary).toBe(inThread.summary);
  });

  it('the lockfiles read after the SBOMs (SBOMs over the size for concurrency) give the same findings', async () => {
    const before = SBOM_SIZES.concurrentUpToChars;
    SBOM_SIZES.concurrentUpToChars = 0;
    try {
      const serial = await withEntry(pathToFileURL(workerFile).href, () => runSbomGate({ head: stale }));
      SBOM_SIZES.concurrentUpToChars = before;
      expect(serial.findings).toEqual((await runSbomGate({ head: stale })).findings);
      expect(serial.errors).toHaveLength(1);
    } finally {
      SBOM_SIZES.concurrentUpToChars = before;
    }
  });

  it('a worker that throws fails the gate with an error on the lockfile', async () => {
    const throwing = `data:text/javascript,${encodeURIComponent("throw new Error('reader exploded')")}`;
    const r = await withEntry(throwing, () => runSbomGate({ head }));
    expect(r.errors).toEqual([
      expect.objectContaining({
        file: 'package-lock.json',
        message: expect.stringMatching(/could not be read: the worker thread reading it failed: reader exploded/),
      }),
    ]);
  });
});
