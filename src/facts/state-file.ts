import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

// The monitor's state file given to the CLI (--state): its bytes, or undefined when there is none yet.

export async function readStateFile(cwd: string, path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(resolve(cwd, path));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
