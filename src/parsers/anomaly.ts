import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

// The convention for an evaluated anomaly (IEC 62304 5.8.3): an issue whose description has a heading "Evaluation"
// (or "Anomaly evaluation", any level) followed by some text before the next heading of the same or a higher level.

const HEADING = /^(?:anomaly\s+)?evaluation\s*:?$/i;

export function hasEvaluationSection(markdown: string): boolean {
  const tree = fromMarkdown(markdown);
  const nodes = tree.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type !== 'heading' || !HEADING.test(toString(node).trim())) continue;
    for (let j = i + 1; j < nodes.length; j++) {
      const next = nodes[j]!;
      if (next.type === 'heading' && next.depth <= node.depth) break;
      if (next.type !== 'heading' && next.type !== 'html' && toString(next).trim() !== '') return true;
    }
  }
  return false;
}
