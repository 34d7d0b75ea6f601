// Embeds xmllint-wasm (libxml2's xmllint compiled to WebAssembly) into embedded.ts, so the bundles
// carry it: the package itself starts a worker from a file in its own folder, which a bundle cannot ship.
// Run: node src/parsers/sbom/xmllint/embed.mjs   (a test checks embedded.ts matches the installed package)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export function xmllintModule() {
  const pkgDir = dirname(require.resolve('xmllint-wasm/package.json'));
  const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const glue = readFileSync(join(pkgDir, 'xmllint-node.js'), 'utf8');
  // The Emscripten module factory only; the package's own worker loop after it is replaced by ours (xsd.ts).
  const cut = glue.indexOf(';(function initWorker()');
  if (cut < 0) throw new Error('xmllint-node.js has changed shape: its worker loop was not found');
  const wasm = readFileSync(join(pkgDir, 'xmllint.wasm')).toString('base64');
  // The licence travels with the code into the bundles, which carry this file but not the package.
  const licence = readFileSync(join(pkgDir, 'COPYING'), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => ` * ${l}`.trimEnd());
  return [
    `// Generated from xmllint-wasm ${version} by embed.mjs — run \`node src/parsers/sbom/xmllint/embed.mjs\` after updating the package.`,
    '/*! xmllint-wasm (libxml2 xmllint compiled to WebAssembly), https://github.com/noppa/xmllint-wasm',
    ...licence,
    ' */',
    `export const XMLLINT_VERSION = ${JSON.stringify(version)};`,
    '/** The Emscripten factory `Module(options)` that runs xmllint once per call. */',
    `export const XMLLINT_FACTORY_SOURCE = ${JSON.stringify(glue.slice(0, cut))};`,
    '/** xmllint.wasm, base64. */',
    `export const XMLLINT_WASM_BASE64 = ${JSON.stringify(wasm)};`,
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(join(dir, 'embedded.ts'), xmllintModule());
