// `node bench/sbom-parts.mjs [--sizes 100000,200000] [--rounds 3]`: the parts of the XML path of the sbom gate, each
// alone in a fresh process, on the synthetic CycloneDX 1.6 XML SBOM of bench/sbom.mjs — to show where the time and
// the memory of the whole check go, and the floor the WebAssembly build of libxml2 sets:
//   reader   the streaming CycloneDX XML reader (readSbom: DOCTYPE refusal, parse, document model), main thread only;
//   wasm     the XSD validation alone (validateXsd: xmllint-wasm --stream in its worker thread, reading the bytes the
//            text was decoded from, in shared memory, as the check does);
//   native   native xmllint --schema bom-1.6.xsd --stream --noout --nonet (Debian's libxml2-utils).
// CPU time (all threads), wall time and peak RSS (the process's maxRSS; VmHWM for native xmllint), medians of the
// rounds, the parts taken in turn within each round. The document is read before the clock starts, into shared
// memory, and decoded (as the check reads a large SBOM from git), so each part's peak includes the bytes and the
// text. Needs lib/ (npm run build).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './median.mjs';
import { cdxXml } from './sbom.mjs';
import { nativeXmllint } from './xmllint-native.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lib = join(root, 'lib', 'parsers', 'sbom');
const xsd = join(root, 'src', 'parsers', 'sbom', 'schemas', 'bom-1.6.SNAPSHOT.xsd');

function options(args) {
  const o = { sizes: [100_000, 200_000], rounds: 3 };
  for (let i = 0; i < args.length; i++) {
    const [k, v] = args[i].includes('=') ? args[i].split('=') : [args[i], args[++i]];
    if (k === '--sizes') o.sizes = v.split(',').map(Number);
    else if (k === '--rounds') o.rounds = Number(v);
    else throw new Error(`unknown option ${k}: usage node bench/sbom-parts.mjs [--sizes 100000,200000] [--rounds 3]`);
  }
  return o;
}

const inProcess = {
  reader: `const { readSbom } = await import(${JSON.stringify(join(lib, 'index.js'))});
const r = readSbom({ path: 'sbom.xml', text });
if (!r.document || r.issues.length) throw new Error('not read: ' + JSON.stringify(r.issues));
components = r.document.components.length;`,
  wasm: `const { validateXsd } = await import(${JSON.stringify(join(lib, 'xsd.js'))});
const issues = await validateXsd('1.6', text, { bytes, timeoutMs: 1800000 });
if (issues.length) throw new Error('invalid: ' + JSON.stringify(issues.slice(0, 2)));`,
};

function runPart(part, file) {
  // As the check has them: the bytes in shared memory (as git cat-file reads a large blob), the text decoded from them.
  const code = `import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
const fd = openSync(${JSON.stringify(file)});
const bytes = Buffer.from(new SharedArrayBuffer(fstatSync(fd).size));
for (let at = 0; at < bytes.length; ) at += readSync(fd, bytes, at, bytes.length - at, at);
closeSync(fd);
const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
let components;
const t = performance.now(), c = process.cpuUsage();
${inProcess[part]}
const u = process.cpuUsage(c);
console.log(JSON.stringify({ ms: performance.now() - t, cpuMs: (u.user + u.system) / 1000, peakMb: process.resourceUsage().maxRSS / 1024, components }));
process.exit(0);`;
  // A module file rather than --input-type=module, which the XSD worker (an eval'd CommonJS script) would inherit.
  const script = join(dirname(file), `${part}.mjs`);
  writeFileSync(script, code);
  const r = spawnSync(process.execPath, [script], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${part} failed: ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

function runNative(xmllint, file) {
  const code = `const {spawn}=require('child_process');const fs=require('fs');const t=performance.now();const c=spawn(process.argv[1],process.argv.slice(2),{stdio:['ignore','ignore','pipe']});let err='';c.stderr.on('data',(d)=>{err=(err+d).slice(-2000)});let peak=0,cpu=0;const poll=()=>{try{const m=/VmHWM:\\s+(\\d+)/.exec(fs.readFileSync('/proc/'+c.pid+'/status','utf8'));if(m)peak=Math.max(peak,Number(m[1]));const f=fs.readFileSync('/proc/'+c.pid+'/stat','utf8').split(') ')[1].split(' ');cpu=(Number(f[11])+Number(f[12]))*10;}catch{}};const iv=setInterval(poll,5);c.on('exit',(status)=>{clearInterval(iv);console.log(JSON.stringify({ms:performance.now()-t,cpuMs:cpu,peakMb:peak/1024,status,err}))});`;
  const r = spawnSync(process.execPath, ['-e', code, xmllint, '--schema', xsd, '--stream', '--noout', '--nonet', file], {
    encoding: 'utf8',
  });
  const out = JSON.parse(r.stdout.trim());
  if (out.status !== 0) throw new Error(`native xmllint rejected the SBOM: ${out.err}`);
  return out;
}

export async function main(args) {
  if (!existsSync(join(lib, 'index.js'))) {
    console.error('lib/ is missing — run npm run build first');
    process.exitCode = 1;
    return;
  }
  const o = options(args);
  const native = nativeXmllint();
  console.log(`Node.js ${process.version}; parts of the CycloneDX XML path, each alone in a fresh process; medians of ${o.rounds} rounds`);
  console.log(`native: ${native.path ? `xmllint --stream (${native.version})` : `unavailable — ${native.why}`}`);
  console.log('components  part     wall ms   CPU ms  peak MB');
  for (const n of o.sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'sdlc-gate-bench-sbom-parts-'));
    try {
      const file = join(dir, 'app.cdx.xml');
      writeFileSync(file, [...cdxXml(n)].join(''));
      const parts = native.path ? ['reader', 'wasm', 'native'] : ['reader', 'wasm'];
      const results = Object.fromEntries(parts.map((p) => [p, []]));
      for (let r = 0; r < o.rounds; r++) {
        for (const p of parts) {
          const m = p === 'native' ? runNative(native.path, file) : runPart(p, file);
          if (p === 'reader' && m.components !== n) throw new Error(`the reader found ${m.components} components, not ${n}`);
          results[p].push(m);
          process.stderr.write(`  ${n} round ${r + 1} ${p}: ${m.ms.toFixed(0)} ms (CPU ${m.cpuMs.toFixed(0)}) ${m.peakMb.toFixed(0)} MB\n`);
        }
      }
      for (const p of parts) {
        const rs = results[p];
        console.log(
          [
            String(n).padStart(10),
            p.padEnd(7),
            median(rs.map((x) => x.ms))
              .toFixed(0)
              .padStart(9),
            median(rs.map((x) => x.cpuMs))
              .toFixed(0)
              .padStart(8),
            median(rs.map((x) => x.peakMb))
              .toFixed(0)
              .padStart(8),
          ].join('  '),
        );
      }
      if (native.path) {
        const ratio = median(results.wasm.map((w, i) => w.cpuMs / results.native[i].cpuMs));
        console.log(`${String(n).padStart(10)}  wasm / native XSD validation, CPU: ${ratio.toFixed(2)}×`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
