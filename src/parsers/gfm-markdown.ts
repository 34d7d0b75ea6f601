import type { Nodes, Parent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

// Markdown read as GitHub renders it (CommonMark + GFM, by micromark), in two steps so that no input costs more
// than linear time:
//  1. the block structure of the whole text (lists, task-list checks, code, HTML blocks, quotes, headings,
//     tables) with every inline construct switched off, so a paragraph's or heading's children are its raw
//     inline source; micromark's block parse is linear;
//  2. the inline content of the few blocks a reader needs (a ticked item, a heading, an attribute line), each
//     parsed alone. micromark's inline resolvers (emphasis, strikethrough, link ends) are quadratic in the length
//     of one block, so a block longer than INLINE_CAP is not rendered: callers fall back to its raw source or
//     treat it as unreadable, which keeps the whole read linear.

/** The inline constructs switched off for the block parse. */
const INLINE_CONSTRUCTS = [
  'attention',
  'autolink',
  'characterEscape',
  'characterReference',
  'codeText',
  'emailAutolink',
  'gfmFootnoteCall',
  'gfmPotentialFootnoteCall',
  'hardBreakEscape',
  'htmlText',
  'labelEnd',
  'labelStartImage',
  'labelStartLink',
  'protocolAutolink',
  'strikethrough',
  'wwwAutolink',
];

/** The block constructs switched off when one block's inline source is parsed alone: it stays one paragraph. */
const BLOCK_CONSTRUCTS = [
  'blockQuote',
  'codeFenced',
  'codeIndented',
  'definition',
  'gfmFootnoteDefinition',
  'headingAtx',
  'htmlFlow',
  'list',
  'setextUnderline',
  'table',
  'tasklistCheck',
  'thematicBreak',
];

/** The longest inline source (characters) rendered; longer blocks are not rendered (see above). */
export const INLINE_CAP = 1024;

/** Markdown that micromark cannot read within the stack (nesting thousands deep). */
export class MarkdownReadError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/**
 * The block structure of a Markdown text as GitHub renders it (GFM). Inline content is left as raw text nodes:
 * use `rawInline` and `renderInline` on the blocks that matter. Throws MarkdownReadError for nesting too deep to
 * read.
 */
export function parseBlocks(text: string): Root {
  const deep = tooDeep(text);
  if (deep)
    throw new MarkdownReadError(
      `line ${deep} opens more than ${MAX_OPENED_PER_LINE} quotes or list items at once, more than can be read`,
      deep,
    );
  try {
    return fromMarkdown(text, { extensions: [gfm(), { disable: { null: INLINE_CONSTRUCTS } }], mdastExtensions: [gfmFromMarkdown()] });
  } catch (e) {
    if (e instanceof RangeError) throw new MarkdownReadError('it nests blocks (quotes, lists) too deeply to be read');
    throw e;
  }
}

/**
 * The most container markers (`>`, list markers, footnote labels) one line may start with. micromark's cost for a
 * line grows with the square of the containers it opens (100,000 `>` take minutes, then overflow the stack), so a
 * line over this bound is refused before parsing. Nesting built over several lines (indented lists) costs linear
 * time and is not limited.
 */
export const MAX_OPENED_PER_LINE = 32;

/** The 1-based line that starts with more than MAX_OPENED_PER_LINE container markers, if any. Linear. */
function tooDeep(text: string): number | undefined {
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let markers = 0;
    for (;;) {
      while (i < n && (text[i] === ' ' || text[i] === '\t')) i++;
      const c = text[i];
      if (c === '>') {
        i++;
        markers++;
      } else if ((c === '-' || c === '*' || c === '+') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        i += 2;
        markers++;
      } else if (c !== undefined && c >= '0' && c <= '9') {
        let j = i;
        while (j < n && j - i < 10 && text[j]! >= '0' && text[j]! <= '9') j++;
        if ((text[j] === '.' || text[j] === ')') && (text[j + 1] === ' ' || text[j + 1] === '\t')) {
          i = j + 2;
          markers++;
        } else break;
      } else if (c === '[' && text[i + 1] === '^') {
        let j = i + 2;
        while (j < n && j - i < 1000 && text[j] !== ']' && text[j] !== '\n' && text[j] !== '\r') j++;
        if (text[j] === ']' && text[j + 1] === ':') {
          i = j + 2;
          markers++;
        } else break;
      } else break;
      if (markers > MAX_OPENED_PER_LINE) return line;
    }
    // Skip to the next line.
    while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (i < n) {
      i++;
      line++;
    }
  }
  return undefined;
}

/**
 * The raw inline source of a block from `parseBlocks` (a paragraph, heading or table cell); lines joined by "\n".
 * GFM's literal autolinks (a bare https://… or www.…) are made links by a transform that runs even with inline
 * constructs off: such a link's text is the URL as written, and is kept.
 */
export function rawInline(node: Parent): string {
  let out = '';
  for (const child of node.children) {
    if ('value' in child && typeof child.value === 'string') out += child.value;
    else if (child.type === 'link') for (const c of child.children) if ('value' in c && typeof c.value === 'string') out += c.value;
  }
  return out;
}

/**
 * The text GitHub shows for a block's inline source: emphasis, links, code spans and escapes rendered to their
 * text, HTML tags and comments dropped, struck-through text dropped (it reads as withdrawn), images as their alt
 * text. Undefined when the source is longer than INLINE_CAP.
 */
export function renderInline(raw: string): string | undefined {
  if (raw.length > INLINE_CAP) return undefined;
  let root: Root;
  try {
    root = fromMarkdown(raw, { extensions: [gfm(), { disable: { null: BLOCK_CONSTRUCTS } }], mdastExtensions: [gfmFromMarkdown()] });
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
  return plainText(root);
}

/**
 * A node's inline content as GitHub renders it (emphasis, code and links read as their text; escapes resolved), or
 * its raw source when too long to render; trimmed. Text with no character that starts inline markup is itself.
 */
export function renderedText(node: Parent): string {
  const raw = rawInline(node);
  if (!/[\\`*_~<>[\]!&]/.test(raw)) return raw.trim();
  return (renderInline(raw) ?? raw).trim();
}

/** The visible text of a tree, without recursion (trees may be deep). */
export function plainText(node: Nodes): string {
  let out = '';
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    switch (n.type) {
      case 'text':
      case 'inlineCode':
        out += n.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'image':
        out += n.alt ?? '';
        break;
      case 'html':
      case 'delete':
      case 'footnoteReference':
        break;
      default:
        if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return out;
}
