import { SAFETY_CLASS_RANK, safetyClassOf } from '../../core/classification.js';
import { Pattern } from '../../util/pattern.js';
import type { Heading, Nodes, Paragraph, RootContent, Table } from 'mdast';
import { MarkdownReadError, parseBlocks, plainText, rawInline, renderedText, renderInline } from '../gfm-markdown.js';
import type { ParseContext, ParsedRequirements, Requirement } from './types.js';

// Requirements in Markdown, read as GitHub renders it (micromark + GFM): a top-level heading that starts with an
// id ("## REQ-012 Bolus limits", "### **REQ-012**: Bolus limits", "### [REQ-012] Bolus limits"), after a section
// number if any ("### 5.1 REQ-012 Bolus limits"), opens a requirement; its text is its section: it runs to the next
// heading of the same or a higher level, or to the next requirement heading (a deeper heading that is no requirement,
// "### Acceptance criteria", is part of it). Headings inside code blocks, HTML blocks, quotes or lists are not
// requirement headings. A heading whose title is a tombstone ("REQ-9 DELETED", "REQ-9 (deleted)") is not a
// requirement, and ends the section before it.
//
// Attributes: "Class: C" sets its class and "Parents: SYS-1, SYS-2" its parents, written as a line of a
// paragraph, as a list item ("- Parents: SYS-1"), under an "Attributes" sub-heading, or as a row of a two-column
// table ("| Parents | SYS-1 |"); ids lose surrounding punctuation ("SYS-1." is "SYS-1"). The text kept is the
// requirement's source lines without its attribute lines.

const CLASS_KEY = /^(?:safety )?class$/i;
/** A, B, C in order; anything else above them (it is held to require_tests). */
const classRank = (c: string): number => SAFETY_CLASS_RANK[c] ?? 4;
const PARENTS_KEY = /^(?:parents?|derives from|traces to)$/i;
/** A cheap look at a raw line: could it be "key: value" for one of the keys above (with emphasis or code marks)? */
const SEPARATORS = /^[\s:.\u2013\u2014-]+/;
const ATTRIBUTE_LINE = /^[\s*_`]{0,4}(?:safety\s+class|class|parents?|derives\s+from|traces\s+to)[\s*_`]{0,4}:/i;
/** Heading ids are looked for in this many leading characters; the rest is the title. */
const ID_WINDOW = 1000;

interface Attributes {
  class?: string;
  parents?: string[];
}

/** "SYS-1, SYS-2." → ids without surrounding punctuation or emphasis; "and" / "or" between ids are dropped. */
function parentIds(value: string): string[] {
  const out: string[] = [];
  for (const token of value.split(/[\s,;]+/)) {
    const id = token.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, '');
    if (id && !/^(?:and|or)$/i.test(id) && !out.includes(id)) out.push(id);
  }
  return out;
}

/** A value without surrounding whitespace, emphasis and code marks; walked from both ends (no regex retrying each run). */
function trimMarks(value: string): string {
  const mark = (c: string) => c === '*' || c === '_' || c === '`' || c.trim() === '';
  let start = 0;
  let end = value.length;
  while (start < end && mark(value[start]!)) start++;
  while (end > start && mark(value[end - 1]!)) end--;
  return value.slice(start, end);
}

/** Applies "key: value" (rendered text) to the attributes; true when the key was one. */
function applyAttribute(key: string, value: string, into: Attributes): boolean {
  const k = key
    .replace(/[*_`:\s]+$/g, '')
    .replace(/^[*_`\s]+/, '')
    .replace(/\s+/g, ' ');
  if (CLASS_KEY.test(k)) {
    const written = trimMarks(value);
    if (!written) return false;
    // A value that is none of A, B, C ("III", "high") is kept as written: the gate holds such a requirement to
    // require_tests and reports the class, rather than giving it classification.default in silence.
    // Read as every format's class is read ("Class C", "B/C": the strictest named).
    const read = safetyClassOf(written);
    const cls = read.known ? read.cls : trimMarks(written.slice(0, 40));
    // Written twice (in the statement and again under a sub-heading): the stricter holds, never the last one read; a
    // class that is none of A, B, C is held to require_tests, the strictest.
    if (!into.class || classRank(cls) > classRank(into.class)) into.class = cls;
    return true;
  }
  if (PARENTS_KEY.test(k)) {
    into.parents = [...(into.parents ?? []), ...parentIds(value).filter((p) => !into.parents?.includes(p))];
    return true;
  }
  return false;
}

/** The attribute lines of a paragraph (1-based source lines), applied to `into`. */
function paragraphAttributes(p: Paragraph, into: Attributes, dropped: Set<number>): void {
  const lines = rawInline(p).split('\n');
  const first = p.position!.start.line;
  lines.forEach((raw, i) => {
    if (!ATTRIBUTE_LINE.test(raw)) return;
    const text = renderInline(raw) ?? raw;
    const colon = text.indexOf(':');
    if (colon !== -1 && applyAttribute(text.slice(0, colon), text.slice(colon + 1), into)) dropped.add(first + i);
  });
}

/** The rows of a two-column table whose first cell names an attribute. */
function tableAttributes(t: Table, into: Attributes, dropped: Set<number>): void {
  for (const row of t.children) {
    if (row.children.length !== 2) continue;
    const [k, v] = row.children as [Table['children'][0]['children'][0], Table['children'][0]['children'][0]];
    const key = renderedText(k);
    if (key.length > 40) continue;
    const value = renderedText(v);
    if (applyAttribute(key, value, into)) dropped.add(row.position!.start.line);
  }
}

/** Attributes anywhere in a block of a requirement's section (paragraphs, list items, tables; not code or quotes). */
function blockAttributes(node: RootContent, into: Attributes, dropped: Set<number>): void {
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'paragraph') paragraphAttributes(n, into, dropped);
    else if (n.type === 'table') tableAttributes(n, into, dropped);
    else if (n.type === 'list' || n.type === 'listItem') for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
}

const isAttributesHeading = (h: Heading) => /^attributes:?$/i.test(plainText(h).trim());

/** A tombstone title: "DELETED", "(deleted)", "[DELETED] merged into REQ-4", "— DELETED —". */
const isTombstone = (title: string) => /^[\s\p{P}]*deleted[\s\p{P}]*$/iu.test(title) || /^[\s\p{P}]*DELETED\b/u.test(title);

export function parseMarkdownRequirements(text: string, file: string, ctx: ParseContext, idPattern: string): ParsedRequirements {
  // The id (the policy's pattern, run by RE2), then nothing that continues it: the rest starts elsewhere than at a
  // letter, digit or underscore; the title is the rest after its separators.
  const headingId = Pattern.compile(
    `^(?:[0-9]{1,9}(?:\\.[0-9]{1,9}){0,9}[.)]?[ \\t]+)?(?:\\*\\*|\`|\\[)?(?P<sdlc_gate_id>${idPattern})(?:\\*\\*|\`|\\])?(?P<sdlc_gate_rest>(?:[^A-Za-z0-9_].*)?)$`,
  );
  let root;
  try {
    root = parseBlocks(text);
  } catch (e) {
    if (!(e instanceof MarkdownReadError)) throw e;
    return {
      requirements: [],
      findings: [
        {
          severity: 'error',
          message: `${file}: cannot be read as Markdown — ${e.message}; flatten the nesting.`,
          file,
          ...(e.line ? { line: e.line } : {}),
        },
      ],
    };
  }
  const lines = text.split(/\r\n|\r|\n/);
  const requirements: Requirement[] = [];
  let current: { r: Requirement; depth: number; attrs: Attributes; dropped: Set<number>; from: number } | undefined;
  const close = (endLine: number) => {
    if (!current) return;
    const { r, attrs, dropped, from } = current;
    const kept: string[] = [];
    for (let l = from; l < endLine; l++) if (!dropped.has(l)) kept.push(lines[l - 1]!);
    r.text = kept.join('\n').trim();
    if (attrs.class) r.class = attrs.class;
    if (attrs.parents?.length) r.parents = attrs.parents;
    requirements.push(r);
    current = undefined;
  };
  for (const node of root.children) {
    const line = node.position!.start.line;
    if (node.type !== 'heading') {
      if (current) blockAttributes(node, current.attrs, current.dropped);
      continue;
    }
    if (current && node.depth > current.depth && isAttributesHeading(node)) {
      current.dropped.add(line);
      continue;
    }
    const heading = renderedText(node);
    const window = heading.slice(0, ID_WINDOW);
    const m = headingId.exec(window);
    const id = m?.named.sdlc_gate_id;
    const opens = id !== undefined && ctx.isId(id);
    // A deeper heading that is no requirement ("### Acceptance criteria" under "## REQ-7") is part of the
    // requirement's section, as in the document's outline: its text is compared for a suspect link too.
    if (current && node.depth > current.depth && !opens) continue;
    close(line);
    if (!opens) continue;
    const title = heading
      .slice(window.length - (m!.named.sdlc_gate_rest ?? '').length)
      .replace(SEPARATORS, '')
      .trim();
    if (isTombstone(title)) continue;
    current = {
      r: { id, title, text: '', file, line, format: 'markdown' },
      depth: node.depth,
      attrs: {},
      dropped: new Set(),
      from: node.position!.end.line + 1,
    };
  }
  close(lines.length + 1);
  return { requirements, findings: [] };
}
