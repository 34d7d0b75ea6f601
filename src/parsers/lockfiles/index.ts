import { readPackageLock } from './npm.js';
import {
  readComposerLock,
  readGemfileLock,
  readGoMod,
  readGoSum,
  readGradleLockfile,
  readNugetLock,
  readPipfileLock,
  readPnpmLock,
  readPom,
  readRequirements,
  readTomlPackages,
  readYarnLock,
} from './other.js';
import type { LockfileResult } from './types.js';

// Lockfile readers: what each lockfile pins, as purls, for the SBOM drift check and the SOUP inventory.
// Pure: path and text in, packages and findings out; a lockfile that does not parse is a finding with its line.

export type { LockedPackage, LockfileResult } from './types.js';
export { buildPurl, npmPurl, purlKey, pypiName, type PurlKey } from './purl.js';

type Reader = (path: string, text: string) => LockfileResult;

/** File names (basename) of the lockfiles read, and their readers. */
const READERS: Record<string, Reader> = {
  'package-lock.json': readPackageLock,
  'npm-shrinkwrap.json': readPackageLock,
  'yarn.lock': readYarnLock,
  'pnpm-lock.yaml': readPnpmLock,
  'requirements.txt': readRequirements,
  'poetry.lock': readTomlPackages('pypi', 'poetry.lock'),
  'uv.lock': readTomlPackages('pypi', 'uv.lock'),
  'Pipfile.lock': readPipfileLock,
  'Cargo.lock': readTomlPackages('cargo', 'Cargo.lock'),
  'go.sum': readGoSum,
  'go.mod': readGoMod,
  'Gemfile.lock': readGemfileLock,
  'composer.lock': readComposerLock,
  'packages.lock.json': readNugetLock,
  'gradle.lockfile': readGradleLockfile,
  'pom.xml': readPom,
};

/** The lockfile names auto-discovery looks for, anywhere in the repository. */
export const LOCKFILE_NAMES: readonly string[] = Object.keys(READERS);

export function readLockfile(path: string, text: string): LockfileResult {
  const reader = READERS[basename(path)];
  if (!reader) {
    return {
      kind: 'unknown',
      packages: [],
      findings: [
        {
          severity: 'error',
          message: `${path} is not a lockfile this gate reads (known: ${LOCKFILE_NAMES.join(', ')}) — name only these in \`lockfiles\`, or use lockfiles: auto`,
          file: path,
        },
      ],
    };
  }
  try {
    return reader(path, text);
  } catch (e) {
    // A reader bug or a pathological file: report it on the file rather than crash the gate.
    return {
      kind: basename(path),
      packages: [],
      findings: [{ severity: 'error', message: `${path} could not be read: ${(e as Error).message}`, file: path, line: 1 }],
    };
  }
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
