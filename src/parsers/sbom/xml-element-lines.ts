// Start lines of XML elements from the lines of their end tags, in one pass over a well-formed document.
//
// libxml2's streaming validation reports an error found when an element closes (a missing child, a duplicate key,
// an invalid text content) at the line where that element ends; the tree mode, and this gate's findings, name the
// line of its start tag. The scan below tokenizes the markup the XML grammar defines (comments, CDATA sections,
// processing instructions, declarations, start and end tags with quoted attribute values) and keeps one stack entry
// per open element: linear in the document, and only run when there is such an error to place.

export interface EndedElement {
  /** The element's local name (no prefix). */
  name: string;
  /** The line of its end tag (or of the end of an empty-element tag). */
  endLine: number;
}

/**
 * For each wanted (name, endLine), the line of the start tag of an element of that name ending on that line, or
 * undefined when there is none. Several wanted entries with the same name and end line take the elements ending
 * there in document order, as the validator reports them.
 */
export function elementStartLines(text: string, wanted: readonly EndedElement[]): (number | undefined)[] {
  const key = (name: string, line: number) => `${line}\u0000${name}`;
  const want = new Set(wanted.map((w) => key(w.name, w.endLine)));
  const found = new Map<string, number[]>();
  const record = (name: string, start: number, end: number) => {
    const k = key(name, end);
    if (!want.has(k)) return;
    const list = found.get(k);
    if (list) list.push(start);
    else found.set(k, [start]);
  };
  const names: string[] = [];
  const starts: number[] = [];
  const n = text.length;
  let line = 1;
  let i = 0;
  // Advances to just past `end`, counting lines; returns false when it does not occur.
  const skipPast = (end: string): boolean => {
    const j = text.indexOf(end, i);
    const stop = j < 0 ? n : j + end.length;
    for (let k = i; k < stop; k++) if (text.charCodeAt(k) === 10) line++;
    i = stop;
    return j >= 0;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      i++;
      continue;
    }
    if (c !== 60) {
      i++;
      continue;
    }
    // '<'
    if (text.startsWith('<!--', i)) {
      if (!skipPast('-->')) break;
    } else if (text.startsWith('<![CDATA[', i)) {
      if (!skipPast(']]>')) break;
    } else if (text.startsWith('<?', i)) {
      if (!skipPast('?>')) break;
    } else if (text.startsWith('<!', i)) {
      if (!skipPast('>')) break;
    } else if (text.charCodeAt(i + 1) === 47) {
      // an end tag
      i += 2;
      if (!skipPast('>')) break;
      const open = names.pop();
      const start = starts.pop();
      if (open !== undefined && start !== undefined) record(open, start, line);
    } else {
      // a start tag or an empty-element tag
      const tag = scanStartTag(text, i, line);
      const { name, start, empty, closed } = tag;
      line = tag.line;
      i = tag.end;
      if (!closed) break;
      if (empty) record(name, start, line);
      else {
        names.push(name);
        starts.push(start);
      }
    }
  }
  const taken = new Map<string, number>();
  return wanted.map((w) => {
    const k = key(w.name, w.endLine);
    const at = taken.get(k) ?? 0;
    taken.set(k, at + 1);
    return found.get(k)?.[at];
  });
}

const isNameEnd = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 62 || c === 47;

function localName(text: string, from: number, to: number): string {
  const raw = text.slice(from, to);
  const colon = raw.indexOf(':');
  return colon < 0 ? raw : raw.slice(colon + 1);
}

interface StartTag {
  /** The element's local name. */
  name: string;
  /** The line the tag starts on. */
  start: number;
  /** Just past the tag's '>' (or the end of the text when it has none). */
  end: number;
  /** The line at `end`. */
  line: number;
  /** An empty-element tag ('/>'). */
  empty: boolean;
  /** Whether the tag is closed by '>'. */
  closed: boolean;
}

/** A start tag or an empty-element tag at `i` (a '<'): the name, then attributes with quoted values, to '>' or '/>'. */
function scanStartTag(text: string, i: number, line: number): StartTag {
  const n = text.length;
  const start = line;
  let j = i + 1;
  while (j < n && !isNameEnd(text.charCodeAt(j))) j++;
  const name = localName(text, i + 1, j);
  let empty = false;
  let closed = false;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (d === 10) line++;
    else if (d === 34 || d === 39) {
      const q = text.indexOf(d === 34 ? '"' : "'", j + 1);
      const stop = q < 0 ? n : q;
      for (let k = j + 1; k < stop; k++) if (text.charCodeAt(k) === 10) line++;
      j = stop;
    } else if (d === 62) {
      empty = text.charCodeAt(j - 1) === 47;
      closed = true;
      j++;
      break;
    }
    j++;
  }
  return { name, start, end: j, line, empty, closed };
}
