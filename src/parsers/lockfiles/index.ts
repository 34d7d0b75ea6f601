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
import { basename, readerFailed, unknownLockfile } from './kinds.js';
import type { LockfileResult } from './types.js';

// Lockfile readers: what each lockfile pins, as purls, for the SBOM drift check and the SOUP inventory.
// Pure: path and text in, packages and findings out; a lockfile that does not parse is a finding with its line.

export type { LockedPackage, LockfileResult } from './types.js';
export { buildPurl, npmPurl, purlKey, pypiName, type PurlKey } from './purl.js';

type Reader = (path: string, text: string) => LockfileResult;

/** File names (basename) of the lockfiles read, and their readers (as ./kinds.ts lists them). */
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

export { LOCKFILE_NAMES, readLockfileOfKind } from './kinds.js';

/** What one lockfile pins, every reader loaded up front (the rules use readLockfileOfKind, which loads one). */
export function readLockfile(path: string, text: string): LockfileResult {
  const reader = READERS[basename(path)];
  if (!reader) return unknownLockfile(path);
  try {
    return reader(path, text);
  } catch (e) {
    return readerFailed(path, e);
  }
}
