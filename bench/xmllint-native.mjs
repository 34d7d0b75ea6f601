// Native xmllint for the benchmarks' XML floor: /usr/bin/xmllint when installed, else Debian's libxml2-utils
// fetched without root (apt-get download + dpkg -x) into .bench-tmp/xmllint, as .ci/install-chromium does for
// chromium with apt. Bench only: no test needs it. Returns the path of an xmllint binary, or undefined with why.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, '.bench-tmp', 'xmllint');

export function nativeXmllint() {
  for (const candidate of ['/usr/bin/xmllint', join(cache, 'usr', 'bin', 'xmllint')]) {
    if (existsSync(candidate) && works(candidate)) return { path: candidate, version: version(candidate) };
  }
  try {
    mkdirSync(cache, { recursive: true });
    execFileSync('apt-get', ['download', 'libxml2-utils'], { cwd: cache, stdio: 'pipe' });
    const deb = readdirSync(cache).find((f) => f.startsWith('libxml2-utils_') && f.endsWith('.deb'));
    if (!deb) return { why: 'apt-get download libxml2-utils left no .deb' };
    execFileSync('dpkg', ['-x', deb, '.'], { cwd: cache, stdio: 'pipe' });
  } catch (e) {
    return {
      why: `libxml2-utils could not be fetched (${String(e.stderr ?? e.message)
        .trim()
        .split('\n')
        .pop()})`,
    };
  }
  const path = join(cache, 'usr', 'bin', 'xmllint');
  if (!works(path)) return { why: `${path} does not run (libxml2 itself missing?)` };
  return { path, version: version(path) };
}

function works(path) {
  return spawnSync(path, ['--version'], { stdio: 'pipe' }).status === 0;
}

function version(path) {
  return String(spawnSync(path, ['--version'], { encoding: 'utf8' }).stderr)
    .split('\n')[0]
    .replace(/^.*using /, '');
}
