// DOCTYPE declarations in XML the PR controls. A DOCTYPE is the only way to declare entities (internal ones can
// expand without bound, external ones read files or fetch URLs), and no report or SBOM this gate reads needs one,
// so a reader refuses the document rather than expanding or ignoring it. fast-xml-parser accepts a DOCTYPE even
// inside an element and expands its entities there, so the whole document is searched, not only its prolog:
// everywhere except comments, CDATA sections and processing instructions, where "<!DOCTYPE" is only text.
// Linear: each position is looked at a bounded number of times.

export interface DoctypeFound {
  /** 1-based line of the "<!DOCTYPE". */
  line: number;
  /** What it declares: external entities, internal entities, or neither. */
  declares: 'external entities' | 'entities' | 'nothing';
}

export function findDoctype(text: string): DoctypeFound | undefined {
  let i = 0;
  for (;;) {
    const lt = text.indexOf('<', i);
    if (lt < 0) return undefined;
    // Only "<!" and "<?" open what is looked at below; an element's tag (nearly every "<") is passed at once.
    const after = text.charCodeAt(lt + 1);
    if (after !== 0x21 && after !== 0x3f) {
      i = lt + 1;
      continue;
    }
    const skip = (open: string, close: string): number | undefined => {
      if (!text.startsWith(open, lt)) return undefined;
      const end = text.indexOf(close, lt + open.length);
      return end < 0 ? text.length : end + close.length;
    };
    const next = skip('<!--', '-->') ?? skip('<![CDATA[', ']]>') ?? skip('<?', '?>');
    if (next !== undefined) {
      i = next;
      continue;
    }
    if (text.slice(lt, lt + 9).toUpperCase() === '<!DOCTYPE') {
      // The declaration's internal subset ends at "]>"; a bounded window is enough to say what it declares.
      const decl = text.slice(lt, lt + 65536);
      const entity = decl.search(/<!ENTITY/i);
      const declares = entity < 0 ? 'nothing' : /\b(SYSTEM|PUBLIC)\b/.test(decl.slice(entity)) ? 'external entities' : 'entities';
      return { line: lineAt(text, lt), declares };
    }
    i = lt + 1;
  }
}

/** The refusal in words: what the DOCTYPE could do, for a message that goes on with what to do next. */
export function doctypeHazard(d: DoctypeFound): string {
  return d.declares === 'external entities'
    ? 'declares external entities (which could read files or fetch URLs)'
    : d.declares === 'entities'
      ? 'declares entities (which could expand without bound)'
      : 'has a DOCTYPE declaration';
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
