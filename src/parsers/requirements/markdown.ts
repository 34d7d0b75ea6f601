import { Pattern } from '../../util/pattern.js';
import type { ParseContext, ParsedRequirements, Requirement } from './types.js';

// Requirements in Markdown: a heading that starts with an id ("## REQ-012 Bolus limits", "### REQ-012: Bolus
// limits") opens a requirement; its text runs to the next heading. A "Class: C" line in the text sets its class
// and a "Parents: SYS-1, SYS-2" line its parents. Headings inside fenced code blocks are not headings.

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const FENCE = /^ {0,3}(```|~~~)/;
const CLASS_LINE = /^\s*(?:\*\*)?(?:safety )?class(?:\*\*)?\s*:\s*(?:\*\*)?([A-C])\b/i;
const SEPARATORS = /^[\s:.\u2013\u2014-]+/;
const PARENTS_LINE = /^\s*(?:\*\*)?(?:parents?|derives from|traces to)(?:\*\*)?\s*:\s*(.+)$/i;

export function parseMarkdownRequirements(text: string, file: string, ctx: ParseContext, idPattern: string): ParsedRequirements {
  // The id (the policy's pattern, run by RE2), then nothing that continues it: the rest starts elsewhere than at a
  // letter, digit or underscore; the title is the rest after its separators.
  const headingId = Pattern.compile(`^(?:\\*\\*|\`)?(?P<id>${idPattern})(?:\\*\\*|\`)?(?P<rest>(?:[^A-Za-z0-9_].*)?)$`);
  const requirements: Requirement[] = [];
  const lines = text.split(/\r?\n/);
  let current: (Requirement & { body: string[] }) | undefined;
  let fenced = false;
  const close = () => {
    if (!current) return;
    const { body, ...r } = current;
    const kept: string[] = [];
    for (const l of body) {
      const cls = CLASS_LINE.exec(l);
      const parents = PARENTS_LINE.exec(l);
      if (cls) r.class = cls[1]!.toUpperCase();
      else if (parents) r.parents = parents[1]!.split(/[,\s]+/).map((p) => p.replace(/[*`]/g, '')).filter(Boolean);
      else kept.push(l);
    }
    r.text = kept.join('\n').trim();
    requirements.push(r);
    current = undefined;
  };
  lines.forEach((line, i) => {
    if (FENCE.test(line)) fenced = !fenced;
    const heading = fenced ? null : HEADING.exec(line);
    if (!heading) {
      current?.body.push(line);
      return;
    }
    close();
    const m = headingId.exec(heading[2]!);
    const id = m?.named.id;
    const title = (m?.named.rest ?? '').replace(SEPARATORS, '').trim();
    if (id && ctx.isId(id)) current = { id, title, text: '', file, line: i + 1, format: 'markdown', body: [] };
  });
  close();
  return { requirements, findings: [] };
}
