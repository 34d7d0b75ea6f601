import type { ChangedFile, ChangeStatus } from '../../core/types.js';

// Changed files between two commits: `git diff --name-status -z -M`, parsed.

/** The arguments of the diff that lists the files changed between two commits, with renames, as GitHub lists a PR's files. */
export function diffArgs(from: string, to: string): string[] {
  return ['diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-textconv', from, to, '--'];
}

const STATUS: Record<string, ChangeStatus> = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', C: 'copied', T: 'changed' };

export function parseNameStatus(out: string): ChangedFile[] {
  const fields = out.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < fields.length && fields[i];) {
    const code = fields[i++]!;
    const status = STATUS[code[0]!] ?? 'changed';
    if (status === 'renamed' || status === 'copied') {
      const previousPath = fields[i++]!;
      files.push({ path: fields[i++]!, status, previousPath });
    } else files.push({ path: fields[i++]!, status });
  }
  return files;
}
