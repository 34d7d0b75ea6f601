import { FactError } from '../core/types.js';

// Repository files are read as UTF-8 text, strictly: a replacement character silently standing in for bytes that
// are not UTF-8 would let two different texts compare equal (a requirement edited in Latin-1 would not be
// "changed"), and a NUL byte means a binary file where a document was expected.

// A byte order mark is dropped: every reader then sees a document's first line as it is written.
const strict = new TextDecoder('utf-8', { fatal: true });

/** A file refused because it is not text; it keeps the bytes, so a scan for ASCII ids can still read them. */
export class NotTextError extends FactError {
  override name = 'NotTextError';
  constructor(
    message: string,
    readonly bytes: Uint8Array,
  ) {
    super(message);
  }
}

/** What a scan reads (test code searched for ASCII ids, legacy sources often Latin-1): any bytes, leniently. */
export function lenientText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

const utf16 = { le: new TextDecoder('utf-16le', { fatal: true }), be: new TextDecoder('utf-16be', { fatal: true }) };

/**
 * The text of a file's bytes; FactError, with the line, for a NUL byte or bytes that are not UTF-8. A file that
 * starts with a UTF-16 byte order mark (as Windows tools write them) is read as UTF-16.
 */
export function decodeText(path: string, bytes: Uint8Array, where = ''): string {
  const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'be' : undefined;
  if (bom16) {
    try {
      return utf16[bom16].decode(bytes);
    } catch {
      throw new NotTextError(`${path}${where} starts as UTF-16 but is not valid UTF-16; it was not read — save it as UTF-8`, bytes);
    }
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new NotTextError(
      `${path}${where} holds a NUL byte (line ${lineOfByte(bytes, nul)}), so it is binary, not text; it was not read — commit the text file this gate expects`,
      bytes,
    );
  }
  try {
    return strict.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new NotTextError(
      `${path}${where} is not UTF-8 text (an invalid byte on line ${lineOfByte(bytes, at)}); it was not read — save it as UTF-8`,
      bytes,
    );
  }
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) line++;
  return line;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) return i;
    }
    // Overlong forms, surrogates and code points past U+10FFFF.
    const d = b[i + 1] ?? 0;
    if ((c === 0xe0 && d < 0xa0) || (c === 0xed && d > 0x9f) || (c === 0xf0 && d < 0x90) || (c === 0xf4 && d > 0x8f)) return i;
    i += n + 1;
  }
  return b.length;
}
