import type { GateOutcome, Rule } from './rule.js';

export interface ChecklistOptions {
  items: string[];
}

export interface TaskItem {
  checked: boolean;
  /** Normalized: lower case, whitespace collapsed. */
  text: string;
}

/** Lower case, whitespace collapsed and trimmed: how items are compared. */
export function normalizeItem(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The task-list items of a Markdown body (`- [x] text`, `* [ ]`, `1. [X]`), outside HTML comments and code
 * fences: a PR template's commented-out or quoted example must not count as a ticked box.
 */
export function taskItems(body: string): TaskItem[] {
  const items: TaskItem[] = [];
  let fence: string | undefined;
  for (const line of body.replace(/<!--[\s\S]*?(-->|$)/g, '').split(/\r\n|\r|\n/)) {
    const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (opener) {
      if (!fence) fence = opener[1]![0]!.repeat(opener[1]!.length);
      else if (line.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    if (fence) continue;
    const m = /^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+\[([ xX])\]\s+(.*)$/.exec(line);
    if (m) items.push({ checked: m[1] !== ' ', text: normalizeItem(m[2]!) });
  }
  return items;
}

/** A body item answers a policy item when it is that text, or that text followed by a note after punctuation ("— n/a"). */
function answers(bodyText: string, wanted: string): boolean {
  return bodyText === wanted || (bodyText.startsWith(wanted) && /^\s*[^\p{L}\p{N}\s]/u.test(bodyText.slice(wanted.length)));
}

export const checklist: Rule<ChecklistOptions> = {
  name: 'checklist',
  description: 'The pull request body ticks each item of a checklist as a task-list item (- [x] ...).',
  optionsSchema: {
    type: 'object',
    required: ['items'],
    properties: {
      items: {
        type: 'array',
        minItems: 1,
        items: { type: 'string', minLength: 1, pattern: '\\S' },
        description: 'Each must appear in the PR body as a checked task-list item, e.g. "- [x] Security impact assessed" (case- and whitespace-insensitive).',
      },
    },
  },

  async evaluate(options, facts): Promise<GateOutcome> {
    const pr = await facts.pr();
    const present = taskItems(pr.body);
    const unchecked: string[] = [];
    const missing: string[] = [];
    for (const item of options.items) {
      const wanted = normalizeItem(item);
      const matches = present.filter((p) => answers(p.text, wanted));
      if (matches.some((p) => p.checked)) continue;
      (matches.length ? unchecked : missing).push(item);
    }
    if (!unchecked.length && !missing.length) {
      return { findings: [], summary: `${options.items.length === 1 ? 'the checklist item is' : `all ${options.items.length} checklist items are`} checked` };
    }
    const parts: string[] = [];
    if (unchecked.length) parts.push(`not checked: ${unchecked.map((i) => `"${i}"`).join(', ')}`);
    if (missing.length) parts.push(`missing: ${missing.map((i) => `"${i}"`).join(', ')}`);
    const first = (missing[0] ?? unchecked[0])!;
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
};
