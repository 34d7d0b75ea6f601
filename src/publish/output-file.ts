import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

// The CLI's file publisher: a rendered report written where --output names (relative to the directory it runs in).

export async function writeOutputFile(cwd: string, path: string, text: string): Promise<void> {
  await writeFile(resolve(cwd, path), text);
}
