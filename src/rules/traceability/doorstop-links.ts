import { uidKey, type DoorstopItem } from '../../parsers/requirements/doorstop.js';
import type { Finding, Severity } from '../../core/types.js';

// Doorstop's link and review checks (doorstop/core/validators/item_validator.py), on the items the sources name,
// at whatever commit is checked — not only where a pull request changed the parent:
// - a link to a UID that no item defines is an error ("linked to unknown item");
// - a link stores its parent's stamp (Item.stamp: a hash over uid, text, ref, references and the document's
//   extended reviewed attributes); the link is suspect when the parent's stamp now differs ("suspect link") —
//   a link with no stamp yet is one Doorstop stamps on its next run, not a suspect one;
// - `reviewed` stores the item's stamp with its links; an item whose stamp now differs has unreviewed changes.
// Inactive items are not checked, as Doorstop does not check them.

export interface DoorstopLinkOptions {
  /** For suspect links. */
  suspect?: Severity;
  /** For unreviewed changes. */
  unreviewed?: Severity;
}

/**
 * `definedElsewhere`: the ids the policy's other requirement sources define (Markdown, YAML, StrictDoc...). A
 * Doorstop item may derive from one of them: such a link is not to an unknown item, and carries no Doorstop stamp
 * to compare.
 */
export function doorstopLinkFindings(
  items: readonly DoorstopItem[],
  options: DoorstopLinkOptions,
  definedElsewhere: ReadonlySet<string> = new Set(),
): Finding[] {
  const findings: Finding[] = [];
  const byUid = new Map<string, DoorstopItem>();
  for (const item of items) if (!byUid.has(uidKey(item.uid))) byUid.set(uidKey(item.uid), item);
  for (const item of items) {
    if (!item.active) continue;
    for (const link of item.links) {
      const parent = byUid.get(uidKey(link.uid));
      if (!parent) {
        if (definedElsewhere.has(link.uid)) continue;
        findings.push({
          severity: 'error',
          message: `${item.uid} links to ${link.uid}, which no Doorstop item in the requirements sources defines — fix the link, or add the document that holds ${link.uid} to the requirements sources.`,
          file: item.file,
          line: link.line,
          action: { text: `Fix the link from ${item.uid} to ${link.uid}` },
        });
        continue;
      }
      if (options.suspect && typeof link.stamp === 'string' && link.stamp !== parent.stamp) {
        findings.push({
          severity: options.suspect,
          message:
            `Suspect link: ${item.uid} links to ${parent.uid} (${parent.file}:${parent.line}), which changed since the link was last reviewed ` +
            `(stamp ${link.stamp} stored, ${parent.stamp} now) — review ${item.uid} against ${parent.uid}, then run "doorstop clear ${item.uid} ${parent.uid}" and commit.`,
          file: item.file,
          line: link.line,
          action: { text: `Review ${item.uid} against ${parent.uid} and clear the suspect link` },
        });
      }
    }
    if (options.unreviewed && typeof item.reviewed === 'string' && item.reviewed !== item.reviewedStamp) {
      findings.push({
        severity: options.unreviewed,
        message: `${item.uid} has unreviewed changes: its text, links or references changed since it was reviewed (stamp ${item.reviewed} stored, ${item.reviewedStamp} now) — review it, then run "doorstop review ${item.uid}" and commit.`,
        file: item.file,
        line: item.line,
        action: { text: `Review ${item.uid} and record it with "doorstop review ${item.uid}"` },
      });
    }
  }
  return findings;
}
