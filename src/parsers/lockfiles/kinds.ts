import type { LockfileResult } from './types.js';

// Which lockfiles are read, by file name, and each one's reader imported when a file of that name is first read:
// a repository with package-lock.json never loads the YAML, TOML, XML and yarn.lock readers (./other.ts).

type Reader = (path: string, text: string) => LockfileResult;

const npm = async (): Promise<Reader> => (await import('./npm.js')).readPackageLock;
const other = async <K extends keyof typeof import('./other.js')>(name: K) => (await import('./other.js'))[name];
const toml = (ecosystem: 'pypi' | 'cargo', kind: string) => async (): Promise<Reader> => (await other('readTomlPackages'))(ecosystem, kind);

/** File names (basename) of the lockfiles read, and their readers. */
const LOADERS: Record<string, () => Promise<Reader>> = {
  'package-lock.json': npm,
  'npm-shrinkwrap.json': npm,
  'yarn.lock': () => other('readYarnLock'),
  'pnpm-lock.yaml': () => other('readPnpmLock'),
  'requirements.txt': () => other('readRequirements'),
  'poetry.lock': toml('pypi', 'poetry.lock'),
  'uv.lock': toml('pypi', 'uv.lock'),
  'Pipfile.lock': () => other('readPipfileLock'),
  'Cargo.lock': toml('cargo', 'Cargo.lock'),
  'go.sum': () => other('readGoSum'),
  'go.mod': () => other('readGoMod'),
  'Gemfile.lock': () => other('readGemfileLock'),
  'composer.lock': () => other('readComposerLock'),
  'packages.lock.json': () => other('readNugetLock'),
  'gradle.lockfile': () => other('readGradleLockfile'),
  'pom.xml': () => other('readPom'),
};

/** The lockfile names auto-discovery looks for, anywhere in the repository. */
export const LOCKFILE_NAMES: readonly string[] = Object.keys(LOADERS);

/** What a file that is no lockfile this gate reads gives. */
export function unknownLockfile(path: string): LockfileResult {
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

/** A reader that threw: a reader bug or a pathological file, reported on the file rather than crashing the gate. */
export function readerFailed(path: string, e: unknown): LockfileResult {
  return {
    kind: basename(path),
    packages: [],
    findings: [
      {
        severity: 'error',
        message: `${path} could not be read: ${(e as Error).message} — regenerate it with its package manager and run the check again; if it still fails, report it with the file`,
        file: path,
        line: 1,
      },
    ],
  };
}

/**
 * What one lockfile pins, its reader loaded first. Never throws on a malformed file. `as` names the kind when the
 * file's own name does not (a requirements file that another one includes: requirements/base.txt).
 */
export async function readLockfileOfKind(path: string, text: string, as = basename(path)): Promise<LockfileResult> {
  const load = Object.hasOwn(LOADERS, as) ? LOADERS[as] : undefined;
  if (!load) return unknownLockfile(path);
  const reader = await load();
  try {
    return reader(path, text);
  } catch (e) {
    return readerFailed(path, e);
  }
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
