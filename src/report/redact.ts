// The one filter every writer passes its text through (summary, comment, check run, annotations, logs, JSON):
// secrets are replaced before anything escapes them (an escaped `ghs\_…` would slip past the runner's masking),
// and terminal control sequences from repository content never reach a log.

const REDACTED = '***';
const secrets = new Set<string>();

/** Registers a secret (the token) whose value, and escaped forms of it, are redacted from every output. */
export function registerSecret(value: string): void {
  if (value.length < 4) return; // too short to tell from ordinary text; the shapes below still apply
  secrets.add(value);
  const escaped = value.replace(/[\\`*_{}[\]()#+\-.!|~:]/g, (c) => `\\${c}`);
  if (escaped !== value) secrets.add(escaped);
}

/** Forgets registered secrets (tests). */
export function clearSecrets(): void {
  secrets.clear();
}

// GitHub token shapes (https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/), also
// with a Markdown backslash before each underscore. One greedy run after a fixed prefix: linear in the text.
const TOKEN_SHAPES = /(?:gh[pousr]\\?_[A-Za-z0-9]{16,}|github\\?_pat\\?_[A-Za-z0-9_\\]{20,})/g;

/** Replaces registered secrets and anything shaped like a GitHub token with `***`. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join(REDACTED);
  TOKEN_SHAPES.lastIndex = 0;
  let m = TOKEN_SHAPES.exec(out);
  if (!m) return out;
  // Copied into one buffer rather than a list of pieces: hostile text with a token every few bytes would otherwise
  // keep hundreds of thousands of small strings alive at once.
  const builder = new TextBuilder(out.length);
  let from = 0;
  for (; m; m = TOKEN_SHAPES.exec(out)) {
    builder.copy(out, from, m.index);
    builder.copy(REDACTED, 0, REDACTED.length);
    from = m.index + m[0].length;
  }
  builder.copy(out, from, out.length);
  return builder.toString();
}

/** UTF-16 code units appended to one preallocated buffer (the output is never longer than `capacity`). */
class TextBuilder {
  private readonly units: Uint16Array;
  private length = 0;
  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
  }
  copy(text: string, from: number, to: number): void {
    for (let i = from; i < to; i++) this.units[this.length++] = text.charCodeAt(i);
  }
  toString(): string {
    return Buffer.from(this.units.buffer, this.units.byteOffset, this.length * 2).toString('utf16le');
  }
}

/**
 * Removes terminal control sequences: CSI (ESC [ … final, or the 8-bit CSI), OSC (ESC ] … BEL or ST, or to the end
 * when unterminated), other ESC sequences, and every C0/C1 control and DEL except newline and tab. One pass.
 */
export function stripControls(text: string): string {
  let builder: TextBuilder | undefined;
  let run = 0; // start of the current run of kept characters
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if ((code >= 0x20 && code !== 0x7f && !(code >= 0x80 && code <= 0x9f)) || code === 0x0a || code === 0x09) {
      i++;
      continue;
    }
    builder ??= new TextBuilder(n);
    builder.copy(text, run, i);
    i = skipControl(text, i);
    run = i;
  }
  if (!builder) return text;
  builder.copy(text, run, n);
  return builder.toString();
}

/** The index after the control character or sequence at `i`. */
function skipControl(text: string, i: number): number {
  const n = text.length;
  const code = text.charCodeAt(i);
  if (code !== 0x1b && code !== 0x9b && code !== 0x9d) return i + 1;
  const kind = code === 0x9b ? '[' : code === 0x9d ? ']' : text[i + 1];
  if (kind === undefined || text.charCodeAt(i + 1) < 0x20) return i + 1; // a lone ESC: drop it alone
  i += code === 0x1b ? 2 : 1;
  if (kind === '[') {
    // parameters, intermediates, then one final byte
    while (i < n && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x3f) i++;
    while (i < n && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x2f) i++;
    if (i < n && text.charCodeAt(i) >= 0x40 && text.charCodeAt(i) <= 0x7e) i++;
    return i;
  }
  if (kind === ']' || kind === 'P' || kind === '_' || kind === '^' || kind === 'X') {
    // string sequences end at BEL or ST (ESC \ or 0x9c), or at the end when unterminated
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x07 || c === 0x9c) return i + 1;
      if (c === 0x1b) return text[i + 1] === '\\' ? i + 2 : i;
      i++;
    }
    return i;
  }
  return i; // a two-character ESC sequence
}

/** What any writer does to text before it leaves the process. */
export function sanitizeOutput(text: string): string {
  return stripControls(redactSecrets(text));
}
