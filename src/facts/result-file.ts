import { lstat, readFile } from 'node:fs/promises';

// A result file an earlier run wrote (the fork pattern's publish-result input): a regular file, capped, never a symlink.

export async function readResultFile(path: string, maxBytes: number): Promise<string> {
  const info = await lstat(path).catch(() => undefined);
  if (!info) throw new Error(`publish-result: ${path} does not exist; download the artifact the pull_request run uploaded first`);
  if (!info.isFile()) throw new Error(`publish-result: ${path} is not a regular file (a symlink or directory is refused)`);
  if (info.size > maxBytes) throw new Error(`publish-result: ${path} is ${info.size} bytes, over max-file-bytes (${maxBytes})`);
  return readFile(path, 'utf8');
}
