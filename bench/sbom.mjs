// `npm run bench -- sbom [--sizes 100000,200000] [--rounds 3] [--formats json,xml] [--keep] [--baseline DIR]`: the whole `sdlc-gate check`
// process (dist/cli/index.js, on a real git repository) on synthetic CycloneDX 1.6 SBOMs with a matching
// package-lock.json, in JSON and in XML. Per size and format it prints the check's wall time and peak RSS beside a
// floor measured in the same run, round by round in turn (medians of the rounds):
//   JSON: JSON.parse of the SBOM and the lockfile together (a process that reads both, then parses; the parse timed);
//   XML:  native `xmllint --schema bom-1.6.xsd --stream --noout` (Debian's libxml2-utils, fetched when absent).
// Targets (issue #22): JSON at 100k within 2x the floor, at 200k under 1 GB; XML at 200k under 1 GB and within
// 1.5x the native streaming validation. Needs dist/ (npm run bundle). With --baseline DIR (a copy of an earlier
// dist/), each round also runs that build's check first, on the same repository (baseline, check, floor, in turn),
// and a second table compares the two.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './median.mjs';
import { nativeXmllint } from './xmllint-native.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'index.js');
const peakRss = join(root, 'bench', 'peak-rss.mjs');
const schemas = join(root, 'src', 'parsers', 'sbom', 'schemas');
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.invalid',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};
const GB = 1024;

function options(args) {
  const o = { sizes: [100_000, 200_000], rounds: 3, formats: ['json', 'xml'], keep: false, baseline: undefined };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--keep') {
      o.keep = true;
      continue;
    }
    const [k, v] = args[i].includes('=') ? args[i].split('=') : [args[i], args[++i]];
    if (k === '--sizes') o.sizes = v.split(',').map(Number);
    else if (k === '--rounds') o.rounds = Number(v);
    else if (k === '--formats') o.formats = v.split(',');
    else if (k === '--baseline') o.baseline = join(v, 'cli', 'index.js');
    else
      throw new Error(
        `unknown option ${k}: usage npm run bench -- sbom [--sizes 100000,200000] [--rounds 3] [--formats json,xml] [--keep] [--baseline DIR]`,
      );
  }
  return o;
}

export async function main(args) {
  if (!existsSync(cli)) {
    console.error('dist/cli/index.js is missing — run npm run bundle first');
    process.exitCode = 1;
    return;
  }
  const o = options(args);
  if (o.baseline && !existsSync(o.baseline)) {
    console.error(`--baseline: ${o.baseline} is missing — give a copy of an earlier dist/`);
    process.exitCode = 1;
    return;
  }
  const native = o.formats.includes('xml') ? nativeXmllint() : undefined;
  const rows = [];
  const failed = [];
  for (const format of o.formats) {
    for (const n of o.sizes) {
      const dir = mkdtempSync(join(tmpdir(), `sdlc-gate-bench-sbom-${format}-`));
      try {
        const repo = makeRepo(dir, format, n);
        if (o.keep) process.stderr.write(`  ${format} ${n}: kept --repo ${repo.dir} --base ${repo.base} --head ${repo.head}\n`);
        const rounds = [];
        for (let r = 0; r < o.rounds; r++) {
          const base = o.baseline ? check(repo, o.baseline) : undefined;
          const gate = check(repo);
          if (gate.code !== 0) {
            // A check that does not pass (a validation that outlasted its time limit on a busy machine, say) is
            // reported as such, with its reason, and the benchmark goes on to the next size.
            const why = gate.out.split('\n').find((l) => l.startsWith('FAIL')) ?? gate.out.slice(0, 300);
            process.stderr.write(
              `  ${format} ${n} round ${r + 1}: the check did not pass (exit ${gate.code}) after ${gate.ms.toFixed(0)} ms: ${why}\n`,
            );
            failed.push({ format, n, why, ms: gate.ms, peakMb: gate.peakMb });
            break;
          }
          const floor = format === 'json' ? jsonFloor(repo) : native?.path ? xmllintFloor(native.path, repo) : undefined;
          rounds.push({ gate, floor, base });
          process.stderr.write(
            `  ${format} ${n} round ${r + 1}: ${base ? `baseline ${base.ms.toFixed(0)} ms (CPU ${base.cpuMs.toFixed(0)}) ${base.peakMb.toFixed(0)} MB; ` : ''}check ${gate.ms.toFixed(0)} ms (CPU ${gate.cpuMs.toFixed(0)}) ${gate.peakMb.toFixed(0)} MB; floor ${floor ? `${floor.ms.toFixed(0)} ms ${floor.peakMb.toFixed(0)} MB` : 'n/a'}\n`,
          );
        }
        if (rounds.length === 0) continue;
        rows.push({
          format,
          n,
          mb: (statSync(join(dir, repo.sbom)).size + statSync(join(dir, 'package-lock.json')).size) / 1e6,
          ms: median(rounds.map((r) => r.gate.ms)),
          peakMb: median(rounds.map((r) => r.gate.peakMb)),
          floorMs: rounds[0].floor ? median(rounds.map((r) => r.floor.ms)) : undefined,
          floorPeakMb: rounds[0].floor ? median(rounds.map((r) => r.floor.peakMb)) : undefined,
          ratio: rounds[0].floor ? median(rounds.map((r) => r.gate.ms / r.floor.ms)) : undefined,
          cpuMs: median(rounds.map((r) => r.gate.cpuMs)),
          floorCpuMs: rounds[0].floor ? median(rounds.map((r) => r.floor.cpuMs)) : undefined,
          cpuRatio: rounds[0].floor ? median(rounds.map((r) => r.gate.cpuMs / r.floor.cpuMs)) : undefined,
          base: o.baseline ? baselineOf(rounds) : undefined,
        });
      } finally {
        // --keep leaves the generated repository for profiling (its base and head are printed when it is made).
        if (!o.keep) rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  console.log(
    `Node.js ${process.version}; whole \`sdlc-gate check\` processes (dist/cli); medians of ${o.rounds} rounds, the floor measured in each round after the check`,
  );
  console.log(
    `JSON floor: JSON.parse of the SBOM and package-lock.json together. XML floor: ${native?.path ? `native xmllint --schema bom-1.6.xsd --stream (${native.version})` : `unavailable — ${native?.why ?? 'not asked'}`}`,
  );
  console.log(
    'format  components  input MB  check ms  check peak MB  floor ms  floor peak MB  time ratio  check CPU ms  floor CPU ms  CPU ratio',
  );
  for (const r of rows) {
    console.log(
      [
        r.format.padEnd(6),
        String(r.n).padStart(10),
        r.mb.toFixed(1).padStart(9),
        r.ms.toFixed(0).padStart(9),
        r.peakMb.toFixed(0).padStart(14),
        (r.floorMs?.toFixed(0) ?? 'n/a').padStart(9),
        (r.floorPeakMb?.toFixed(0) ?? 'n/a').padStart(14),
        (r.ratio ? `${r.ratio.toFixed(2)}×` : 'n/a').padStart(11),
        r.cpuMs.toFixed(0).padStart(13),
        (r.floorCpuMs?.toFixed(0) ?? 'n/a').padStart(13),
        (r.cpuRatio ? `${r.cpuRatio.toFixed(2)}×` : 'n/a').padStart(10),
      ].join(' '),
    );
  }
  console.log(
    '(CPU time: all threads of the check process; for the floors the parse, or xmllint, alone. On a shared machine the wall-clock ratio counts time spent waiting for a core; the CPU ratio does not.)',
  );
  if (o.baseline) printBaseline(o.baseline, rows);
  for (const f of failed)
    console.log(
      `${f.format.padEnd(6)} ${String(f.n).padStart(10)}  the check did not pass after ${f.ms.toFixed(0)} ms (peak ${f.peakMb.toFixed(0)} MB): ${f.why}`,
    );
  console.log('\ntargets (issue #22, on wall time):');
  for (const f of failed)
    if (f.n === 200_000 || (f.format === 'json' && f.n === 100_000))
      console.log(`  MISS  ${f.format.toUpperCase()} ${f.n}: the check did not pass`);
  const verdict = (ok) => (ok === undefined ? 'n/a ' : ok ? 'pass' : 'MISS');
  for (const r of rows) {
    if (r.format === 'json' && r.n === 100_000)
      console.log(
        `  ${verdict(r.ratio && r.ratio <= 2)}  JSON 100,000: check within 2× JSON.parse of SBOM + lockfile — ${r.ratio?.toFixed(2) ?? 'n/a'}×`,
      );
    if (r.format === 'json' && r.n === 200_000)
      console.log(`  ${verdict(r.peakMb < GB)}  JSON 200,000: peak under 1 GB — ${r.peakMb.toFixed(0)} MB`);
    if (r.format === 'xml' && r.n === 200_000) {
      console.log(`  ${verdict(r.peakMb < GB)}  XML 200,000: peak under 1 GB — ${r.peakMb.toFixed(0)} MB`);
      console.log(
        `  ${verdict(r.ratio === undefined ? undefined : r.ratio <= 1.5)}  XML 200,000: within 1.5× native xmllint --schema --stream — ${r.ratio?.toFixed(2) ?? 'n/a (no native xmllint)'}×`,
      );
    }
    if (![100_000, 200_000].includes(r.n))
      console.log(`  (${r.format} ${r.n}: ${r.ratio?.toFixed(2) ?? 'n/a'}×, ${r.peakMb.toFixed(0)} MB — no target at this size)`);
  }
}

/** A git repository whose head adds the SBOM and its lockfile (the base holds the policy). */
export function makeRepo(dir, format, n) {
  const git = (...a) =>
    execFileSync('git', ['-c', 'commit.gpgsign=false', ...a], { cwd: dir, env: GIT_ENV, stdio: 'pipe' })
      .toString()
      .trim();
  git('init', '-q', '-b', 'main');
  const sbom = `sbom/app.cdx.${format}`;
  mkdirSync(join(dir, '.github'), { recursive: true });
  mkdirSync(join(dir, 'sbom'), { recursive: true });
  writeText(join(dir, '.github', 'sdlc-gate.yml'), [
    `version: 1\ngates:\n  sbom:\n    paths: ["${sbom}"]\n    max_file_bytes: 1073741824\n`,
  ]);
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const base = git('rev-parse', 'HEAD');
  writeText(join(dir, sbom), format === 'json' ? cdxJson(n) : cdxXml(n));
  writeText(join(dir, 'package-lock.json'), lockfile(n));
  git('add', '-A');
  git('commit', '-q', '-m', 'add the SBOM');
  return { dir, base, head: git('rev-parse', 'HEAD'), sbom };
}

function writeText(path, chunks) {
  const fd = openSync(path, 'w');
  try {
    for (const c of chunks) writeSync(fd, c);
  } finally {
    closeSync(fd);
  }
}

/** The baseline's figures, medians of the rounds, with ranges and the per-round ratios of the check to it. */
function baselineOf(rounds) {
  const of = (f) => rounds.map(f);
  const range = (xs) => [Math.min(...xs), Math.max(...xs)];
  return {
    ms: median(of((r) => r.base.ms)),
    cpuMs: median(of((r) => r.base.cpuMs)),
    peakMb: median(of((r) => r.base.peakMb)),
    msRange: range(of((r) => r.base.ms)),
    cpuRange: range(of((r) => r.base.cpuMs)),
    peakRange: range(of((r) => r.base.peakMb)),
    checkMsRange: range(of((r) => r.gate.ms)),
    checkCpuRange: range(of((r) => r.gate.cpuMs)),
    checkPeakRange: range(of((r) => r.gate.peakMb)),
    ratio: rounds[0].floor ? median(of((r) => r.base.ms / r.floor.ms)) : undefined,
    wallAfterBefore: median(of((r) => r.gate.ms / r.base.ms)),
    cpuAfterBefore: median(of((r) => r.gate.cpuMs / r.base.cpuMs)),
  };
}

function printBaseline(baseline, rows) {
  const r0 = (x) => x.toFixed(0);
  const span = ([a, b]) => `${r0(a)}–${r0(b)}`;
  console.log(`\nbaseline ${baseline} against this build, round by round on the same repositories (medians, ranges):`);
  console.log(
    'format  components  build     wall ms (range)      CPU ms (range)      peak MB (range)    time ratio  check/baseline wall  CPU',
  );
  for (const r of rows) {
    const b = r.base;
    if (!b) continue;
    const line = (build, ms, msR, cpu, cpuR, peak, peakR, ratio, tail) =>
      console.log(
        [
          r.format.padEnd(6),
          String(r.n).padStart(10),
          build.padEnd(8),
          `${r0(ms)} (${span(msR)})`.padStart(19),
          `${r0(cpu)} (${span(cpuR)})`.padStart(19),
          `${r0(peak)} (${span(peakR)})`.padStart(19),
          (ratio ? `${ratio.toFixed(2)}×` : 'n/a').padStart(11),
          tail,
        ].join(' '),
      );
    line('baseline', b.ms, b.msRange, b.cpuMs, b.cpuRange, b.peakMb, b.peakRange, b.ratio, '');
    line(
      'this',
      r.ms,
      b.checkMsRange,
      r.cpuMs,
      b.checkCpuRange,
      r.peakMb,
      b.checkPeakRange,
      r.ratio,
      `${b.wallAfterBefore.toFixed(2)}`.padStart(20) + `${b.cpuAfterBefore.toFixed(2)}`.padStart(6),
    );
  }
}

/** The whole check process; wall time from spawn to exit, peak RSS from inside it (bench/peak-rss.mjs). */
function check(repo, bin = cli) {
  const rssFile = join(repo.dir, '.git', 'bench-rss.json');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', peakRss, bin, 'check', '--repo', repo.dir, '--base', repo.base, '--head', repo.head], {
    encoding: 'utf8',
    env: { ...process.env, SDLC_GATE_BENCH_RSS: rssFile, GITHUB_ACTIONS: '' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  const { peakMb, cpuMs } = JSON.parse(readFileSync(rssFile, 'utf8'));
  return { ms, cpuMs, peakMb, code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** JSON.parse of the SBOM and the lockfile in a fresh process; the reads are outside the clock. */
function jsonFloor(repo) {
  const code = `const fs=require('fs');const a=fs.readFileSync(process.argv[1],'utf8'),b=fs.readFileSync(process.argv[2],'utf8');const t=performance.now(),c=process.cpuUsage();JSON.parse(a);JSON.parse(b);const u=process.cpuUsage(c);console.log(JSON.stringify({ms:performance.now()-t,cpuMs:(u.user+u.system)/1000,peakMb:process.resourceUsage().maxRSS/1024}))`;
  const r = spawnSync(process.execPath, ['-e', code, join(repo.dir, repo.sbom), join(repo.dir, 'package-lock.json')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the JSON floor failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** Native streaming XSD validation of the SBOM: wall time from spawn to exit, peak from polling /proc/<pid>/status VmHWM. */
function xmllintFloor(xmllint, repo) {
  const code = `const {spawn}=require('child_process');const fs=require('fs');const t=performance.now();const c=spawn(process.argv[1],process.argv.slice(2),{stdio:['ignore','ignore','pipe']});let err='';c.stderr.on('data',(d)=>{err=(err+d).slice(-2000)});let peak=0,cpu=0;const tick=100;// clock ticks per second (USER_HZ)
const poll=()=>{try{const m=/VmHWM:\\s+(\\d+)/.exec(fs.readFileSync('/proc/'+c.pid+'/status','utf8'));if(m)peak=Math.max(peak,Number(m[1]));const f=fs.readFileSync('/proc/'+c.pid+'/stat','utf8').split(') ')[1].split(' ');cpu=(Number(f[11])+Number(f[12]))*1000/tick;}catch{}};const iv=setInterval(poll,5);c.on('exit',(status)=>{const ms=performance.now()-t;clearInterval(iv);console.log(JSON.stringify({ms,cpuMs:cpu,peakMb:peak/1024,status,err}))});`;
  const r = spawnSync(
    process.execPath,
    ['-e', code, xmllint, '--schema', join(schemas, 'bom-1.6.SNAPSHOT.xsd'), '--stream', '--noout', '--nonet', join(repo.dir, repo.sbom)],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`the xmllint floor failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout.trim());
  if (out.status !== 0) throw new Error(`native xmllint rejected the generated SBOM: ${out.err}`);
  return out;
}

// --- synthetic SBOMs: every component has a supplier, a version, a purl, a licence, a hash; dependencies form chains.
const name = (i) => (i % 10 === 0 ? `@scope${i % 97}/pkg-${i}` : `pkg-${i}`);
const version = (i) => `${i % 7}.${i % 13}.${i % 101}`;
const purl = (i) => `pkg:npm/${name(i).replace('@', '%40')}@${version(i)}`;
const hash = (i) => (i.toString(16) + 'f'.repeat(128)).slice(0, 128);
const tarball = (i) => `https://registry.npmjs.org/${name(i)}/-/pkg-${i}-${version(i)}.tgz`;

export function* cdxJson(n) {
  yield `{\n  "bomFormat": "CycloneDX",\n  "specVersion": "1.6",\n  "serialNumber": "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",\n  "version": 1,\n`;
  yield `  "metadata": {\n    "timestamp": "2026-01-05T10:00:00Z",\n    "tools": { "components": [ { "type": "application", "name": "bench" } ] },\n`;
  yield `    "component": { "type": "application", "name": "app", "version": "1.0.0", "bom-ref": "app", "supplier": { "name": "ACME" }, "purl": "pkg:npm/app@1.0.0" }\n  },\n  "components": [\n`;
  for (let i = 0; i < n; i++) {
    const c = {
      type: 'library',
      'bom-ref': purl(i),
      name: name(i),
      version: version(i),
      supplier: { name: `maintainers of ${name(i)}` },
      purl: purl(i),
      licenses: [{ license: { id: i % 3 ? 'MIT' : 'Apache-2.0' } }],
      hashes: [{ alg: 'SHA-512', content: hash(i) }],
      externalReferences: [{ type: 'distribution', url: tarball(i) }],
    };
    yield `    ${JSON.stringify(c, null, 2).replace(/\n/g, '\n    ')}${i + 1 < n ? ',' : ''}\n`;
  }
  yield `  ],\n  "dependencies": [\n    { "ref": "app", "dependsOn": [${JSON.stringify(purl(0))}] }`;
  for (let i = 0; i < n; i++)
    yield `,\n    { "ref": ${JSON.stringify(purl(i))}, "dependsOn": [${i + 1 < n && i % 5 ? JSON.stringify(purl(i + 1)) : ''}] }`;
  yield '\n  ]\n}\n';
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function* cdxXml(n) {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<bom xmlns="http://cyclonedx.org/schema/bom/1.6" serialNumber="urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79" version="1">\n';
  yield '  <metadata>\n    <timestamp>2026-01-05T10:00:00Z</timestamp>\n    <tools>\n      <components>\n        <component type="application">\n          <name>bench</name>\n        </component>\n      </components>\n    </tools>\n';
  yield '    <component type="application" bom-ref="app">\n      <supplier>\n        <name>ACME</name>\n      </supplier>\n      <name>app</name>\n      <version>1.0.0</version>\n      <purl>pkg:npm/app@1.0.0</purl>\n    </component>\n  </metadata>\n  <components>\n';
  for (let i = 0; i < n; i++) {
    const p = esc(purl(i));
    yield `    <component type="library" bom-ref="${p}">
      <supplier>
        <name>maintainers of ${esc(name(i))}</name>
      </supplier>
      <name>${esc(name(i))}</name>
      <version>${version(i)}</version>
      <hashes>
        <hash alg="SHA-512">${hash(i)}</hash>
      </hashes>
      <licenses>
        <license>
          <id>${i % 3 ? 'MIT' : 'Apache-2.0'}</id>
        </license>
      </licenses>
      <purl>${p}</purl>
      <externalReferences>
        <reference type="distribution">
          <url>${esc(tarball(i))}</url>
        </reference>
      </externalReferences>
    </component>
`;
  }
  yield `  </components>\n  <dependencies>\n    <dependency ref="app">\n      <dependency ref="${esc(purl(0))}"/>\n    </dependency>\n`;
  for (let i = 0; i < n; i++)
    yield i + 1 < n && i % 5
      ? `    <dependency ref="${esc(purl(i))}">\n      <dependency ref="${esc(purl(i + 1))}"/>\n    </dependency>\n`
      : `    <dependency ref="${esc(purl(i))}"/>\n`;
  yield '  </dependencies>\n</bom>\n';
}

export function* lockfile(n) {
  yield `{\n  "name": "app",\n  "version": "1.0.0",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n    "": { "name": "app", "version": "1.0.0", "dependencies": { ${JSON.stringify(name(0))}: ${JSON.stringify(version(0))} } }`;
  for (let i = 0; i < n; i++)
    yield `,\n    ${JSON.stringify(`node_modules/${name(i)}`)}: {\n      "version": ${JSON.stringify(version(i))},\n      "resolved": ${JSON.stringify(tarball(i))},\n      "license": "MIT"\n    }`;
  yield '\n  }\n}\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
