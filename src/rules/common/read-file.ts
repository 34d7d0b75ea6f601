import { FactError, type Facts, type FileText, type Finding, type ScannedFile } from '../../core/types.js';

/**
 * Reads a file at head under a byte cap for a gate that goes on without it: an unreadable (symlinked, oversized)
 * or missing file becomes an `error` finding on that file instead of an exception, so the other files still count.
 * `ifMissing` says what to do when the file is not there (by default: the policy named it).
 */
export async function readAtHeadOrReport(
  facts: Facts,
  path: string,
  cap: number,
  what: string,
  findings: Finding[],
  ifMissing = 'commit it or fix the path in the policy',
): Promise<FileText | undefined> {
  let file: FileText | undefined;
  try {
    file = await facts.readAtHead(path, { maxBytes: cap });
  } catch (e) {
    if (!(e instanceof FactError)) throw e;
    findings.push({ severity: 'error', message: `The ${what} ${path} could not be read: ${e.message}`, file: path });
    return undefined;
  }
  if (!file) {
    findings.push({
      severity: 'error',
      message: `The ${what} ${path} is not in the head commit — ${ifMissing}`,
      file: path,
    });
    return undefined;
  }
  // A fact source that ignores maxBytes (or a cached read made under a larger cap) must not slip past the cap.
  if (file.bytes.length > cap) {
    findings.push({
      severity: 'error',
      message: `The ${what} ${path} is ${file.bytes.length} bytes, over the gate's max_file_bytes of ${cap}; it was not checked — raise max_file_bytes or split it`,
      file: path,
    });
    return undefined;
  }
  return file;
}

/** A file the facts refused (a symlink, over the size cap) is a finding on that file, not a crash. */
export async function readOrFinding(
  read: (path: string) => Promise<FileText | undefined>,
  path: string,
  what: string,
): Promise<{ text?: string; finding?: Finding }> {
  try {
    const f = await read(path);
    return f ? { text: f.text } : { finding: unreadableFinding({ path }, what) };
  } catch (e) {
    if (!(e instanceof FactError)) throw e;
    return { finding: unreadableFinding({ path, error: e }, what) };
  }
}

/** Why a listed file gave no text (refused, or gone), as a finding on that file. */
export function unreadableFinding(file: Omit<ScannedFile, 'text'>, what: string): Finding {
  return file.error
    ? { severity: 'error', message: `${file.error.message} (${what} cannot be checked until it can be read).`, file: file.path }
    : { severity: 'error', message: `${file.path} was listed but could not be read — ${what}.`, file: file.path };
}
