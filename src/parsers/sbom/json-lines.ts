// Lines of JSON pointers, found in one pass over the text. JSON.parse keeps no positions, and the gate needs a
// line only for the few places it reports, so this runs once per file, only when there is something to place.

/** Maps each wanted pointer to the line (1-based) where its value starts; a pointer that does not exist maps to the line of its nearest existing parent. */
export function jsonPointerLines(text: string, wanted: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  if (wanted.length === 0) return out;
  const found = scanPointerLines(text, wantedPrefixes(wanted));
  for (const p of wanted) {
    const l = nearestFoundLine(found, p);
    if (l !== undefined) out.set(p, l);
  }
  return out;
}

/** Every prefix of a wanted pointer: the scan builds pointer strings only inside these. */
function wantedPrefixes(wanted: readonly string[]): Set<string> {
  const prefixes = new Set<string>(['']);
  for (const p of wanted) {
    const parts = p.split('/');
    for (let i = 1; i <= parts.length; i++) prefixes.add(parts.slice(0, i).join('/'));
  }
  return prefixes;
}

/** The line of the pointer, or of its nearest parent found by the scan. */
function nearestFoundLine(found: ReadonlyMap<string, number>, p: string): number | undefined {
  let q = p;
  for (;;) {
    const l = found.get(q);
    if (l !== undefined) return l;
    if (q === '') return undefined;
    q = q.slice(0, q.lastIndexOf('/'));
  }
}

/** One pass over the text: the line where each value whose pointer is in `prefixes` starts. */
function scanPointerLines(text: string, prefixes: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  // The stack holds, per open container, its pointer (or undefined when outside every wanted prefix),
  // whether it is an array, its next index, and the pending key.
  const stack: { ptr: string | undefined; array: boolean; index: number; key: string | undefined }[] = [];
  let line = 1;
  const n = text.length;
  let i = 0;
  const childPtr = (): string | undefined => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    if (top.ptr === undefined) return undefined;
    const seg = top.array ? String(top.index) : (top.key ?? '').replace(/~/g, '~0').replace(/\//g, '~1');
    const ptr = `${top.ptr}/${seg}`;
    return prefixes.has(ptr) ? ptr : undefined;
  };
  const valueStarts = () => {
    const ptr = childPtr();
    if (ptr !== undefined) found.set(ptr, line);
    return ptr;
  };
  const valueEnds = () => {
    const top = stack[stack.length - 1];
    if (top?.array) top.index++;
    else if (top) top.key = undefined;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      i++;
    } else if (c === 123 || c === 91) {
      // { or [
      const ptr = valueStarts();
      stack.push({ ptr, array: c === 91, index: 0, key: undefined });
      i++;
    } else if (c === 125 || c === 93) {
      stack.pop();
      valueEnds();
      i++;
    } else if (c === 34) {
      // a string: a key when the top is an object without a pending key
      let j = i + 1;
      let escaped = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (escaped) escaped = false;
        else if (d === 92) escaped = true;
        else if (d === 34) break;
        else if (d === 10) line++;
        j++;
      }
      const top = stack[stack.length - 1];
      if (top && !top.array && top.key === undefined) {
        const raw = text.slice(i + 1, j);
        top.key = top.ptr === undefined ? '' : raw.includes('\\') ? safeJsonString(raw) : raw;
      } else {
        valueStarts();
        valueEnds();
      }
      i = j + 1;
    } else if (c === 44 || c === 58 || c === 32 || c === 9 || c === 13) {
      i++;
    } else {
      // a number, true, false or null
      valueStarts();
      while (i < n && !',]}\n \t\r'.includes(text[i]!)) i++;
      valueEnds();
    }
  }
  return found;
}

function safeJsonString(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** The line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Where JSON.parse stopped, from its message (Node 20: "at position N"; newer: "(line L column C)"). */
export function jsonErrorLine(text: string, message: string): number | undefined {
  const lc = /line (\d+) column \d+/.exec(message);
  if (lc) return Number(lc[1]);
  const pos = /at position (\d+)/.exec(message);
  if (pos) return lineAt(text, Number(pos[1]));
  if (/Unexpected end of JSON input/.test(message)) return lineAt(text, text.length);
  return undefined;
}

export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}
