import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

// Writes a release record's folder. The folder holds the record and nothing else: a record left by an earlier run
// (a folder with a manifest.json) is replaced, a folder with anything else in it is refused.

export class RecordFolderError extends Error {}

export async function writeRecordFolder(dir: string, files: ReadonlyArray<{ path: string; bytes: Buffer }>): Promise<void> {
  const existing = await readdir(dir).catch(() => undefined);
  if (existing?.length) {
    if (!existing.includes('manifest.json'))
      throw new RecordFolderError(`${dir} is a folder with other files in it; name an empty or new folder`);
    await rm(dir, { recursive: true, force: true });
  }
  for (const f of files) {
    const target = join(dir, f.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, f.bytes);
  }
}
