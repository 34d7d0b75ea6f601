import { defineRule } from '../core/rule.js';
import { checklistRule, ChecklistOptions } from './checklist-rule.js';
import type { Nodes } from 'mdast';
import { INLINE_CAP, MarkdownReadError, parseBlocks, rawInline, renderInline } from '../parsers/gfm-markdown.js';
import type { GateOutcome } from '../core/rule.js';

export interface TaskItem {
  checked: boolean;
  /** Normalized: lower case, whitespace collapsed. */
  text: string;
  /** Its paragraph is longer than INLINE_CAP, so it was not rendered (text is empty) and answers no item. */
  tooLong?: true;
}

/** Lower case, whitespace collapsed and trimmed: how items are compared. */
export function normalizeItem(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The task-list items of a Markdown body as GitHub renders them (GFM, by micromark): only list items that show a
 * checkbox count, so a tick inside a code block, an HTML block or comment, or a line that is not a list item (a
 * 10-digit ordinal, a `2.` that cannot interrupt a paragraph, a marker followed by five spaces) is not an item. The
 * text is the item's first paragraph as rendered (emphasis, links and code spans read as their text; HTML and
 * struck-through text dropped). An item whose paragraph is longer than INLINE_CAP characters is left out (its
 * text is not rendered, so it cannot answer; it is marked tooLong). Throws MarkdownReadError for nesting too deep to read.
 */
export function taskItems(body: string): TaskItem[] {
  const items: TaskItem[] = [];
  const stack: Nodes[] = [parseBlocks(body)];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'listItem' && typeof node.checked === 'boolean') {
      const first = node.children.find((c) => c.type === 'paragraph');
      const text = first ? renderInline(rawInline(first)) : '';
      items.push(
        text === undefined ? { checked: node.checked, text: '', tooLong: true } : { checked: node.checked, text: normalizeItem(text) },
      );
    }
    // Only containers can hold list items; paragraphs, headings, tables and code cannot.
    if (
      node.type === 'root' ||
      node.type === 'list' ||
      node.type === 'listItem' ||
      node.type === 'blockquote' ||
      node.type === 'footnoteDefinition'
    ) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return items;
}

/** A body item answers a policy item when it is that text, or that text followed by a note after punctuation ("— n/a"). */
function answers(bodyText: string, wanted: string): boolean {
  return bodyText === wanted || (bodyText.startsWith(wanted) && /^\s*[^\p{L}\p{N}\s]/u.test(bodyText.slice(wanted.length)));
}

export type { ChecklistOptions } from './checklist-rule.js';

export const checklist = defineRule({
  name: checklistRule.name,
  description: checklistRule.description,
  options: ChecklistOptions,

  async evaluate(options, facts): Promise<GateOutcome> {
    const pr = await facts.pr();
    let present: TaskItem[];
    try {
      present = taskItems(pr.body);
    } catch (e) {
      if (!(e instanceof MarkdownReadError)) throw e;
      return {
        findings: [
          {
            severity: 'error',
            message: `The pull request description cannot be read as Markdown: ${e.message}. Shorten the nesting, then tick each checklist item as a task-list item, e.g. "- [x] ${options.items[0]}".`,
          },
        ],
        summary: 'the description could not be read',
      };
    }
    const unchecked: string[] = [];
    const missing: string[] = [];
    for (const item of options.items) {
      const wanted = normalizeItem(item);
      const matches = present.filter((p) => !p.tooLong && answers(p.text, wanted));
      if (matches.some((p) => p.checked)) continue;
      (matches.length ? unchecked : missing).push(item);
    }
    if (!unchecked.length && !missing.length) {
      return {
        findings: [],
        summary: `${options.items.length === 1 ? 'the checklist item is' : `all ${options.items.length} checklist items are`} checked`,
      };
    }
    const parts: string[] = [];
    if (unchecked.length) parts.push(`not checked: ${unchecked.map((i) => `"${i}"`).join(', ')}`);
    if (missing.length) parts.push(`missing: ${missing.map((i) => `"${i}"`).join(', ')}`);
    const first = (missing[0] ?? unchecked[0])!;
    const tooLong = present.filter((p) => p.tooLong && p.checked).length;
    if (tooLong)
      parts.push(
        `${tooLong} ticked item${tooLong === 1 ? ' is' : 's are'} longer than ${INLINE_CAP} characters and not read — shorten ${tooLong === 1 ? 'it' : 'them'}`,
      );
    const steps: string[] = [];
    if (unchecked.length) steps.push(`tick ${unchecked.map((i) => `"${i}"`).join(', ')}`);
    if (missing.length) steps.push(`add ${missing.map((i) => `"- [x] ${i}"`).join(', ')}`);
    return {
      findings: [
        {
          severity: 'error',
          message: `The pull request description does not tick every checklist item — ${parts.join('; ')}. Do what each says, then tick it in the description as a task-list item, e.g. "- [x] ${first}".`,
          action: { text: `Once done, ${steps.join(' and ')} in the pull request description` },
        },
      ],
      summary: `${unchecked.length + missing.length} of ${options.items.length} checklist items not checked`,
    };
  },
});
