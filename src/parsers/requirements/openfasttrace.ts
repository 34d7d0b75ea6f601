import type { Finding } from '../../types.js';
import type { ParsedRequirements, Requirement } from './types.js';

// OpenFastTrace (OFT) specification items in Markdown, read line by line as OFT's own MarkdownImporter reads them
// (its format is defined by lines, not by the CommonMark structure): a line that starts with an item id
// `type~name~revision` (optionally in backticks) opens an item; a heading right before it is its title; then
// "Description:", "Rationale:", "Comment:", "Covers:" and "Depends:" (bulleted lists of ids), "Needs:" (artifact
// types, on the line or as a list), "Tags:" and "Status:". A line "skipped --> target, ... : original-id" forwards
// coverage (an item `skipped~name~rev` covering the original and needing the targets). Text between lines that say
// "oft:off" and "oft:on" is not read; fenced code outside an item is not either.
//
// For the gate an item is a requirement when its Needs names one of the test artifact types (`test_types`,
// default utest, itest, stest): that is the item OFT expects a test to cover with a tag such as
// `[utest->dsn~name~1]`. An item that needs no test (a feature covered by requirements, say) is left to OFT.
// Its parents are the items it covers (Covers:); Needs and Depends are kept on the requirement.
//
// Every pattern runs on one line and is free of nested repetition, so reading is linear in the text.

export const DEFAULT_TEST_TYPES = ['utest', 'itest', 'stest'];

/** An OFT item id, as OFT's SpecificationItemId.ID_PATTERN (artifact type ASCII, name Unicode). */
const ID_SOURCE = '[A-Za-z]+~[\\p{L}][\\p{L}\\p{M}\\p{Nd}\\p{Pc}-]*(?:\\.[\\p{L}\\p{M}\\p{Nd}\\p{Pc}-]+)*~[0-9]+';
const WORD_CHAR = '\\p{L}\\p{M}\\p{Nd}\\p{Pc}';
const ID_LINE = new RegExp(`^\`?(${ID_SOURCE})`, 'u');
/** An id standing alone (what OFT's "(?:.*\\W)?(id)(?:\\W.*)?" finds, the last one on the line). */
const ID_ANYWHERE = new RegExp(`(?<![${WORD_CHAR}])(${ID_SOURCE})(?![${WORD_CHAR}])`, 'gu');
const FORWARD = new RegExp(`(?<![A-Za-z])([A-Za-z]+)\\s*-->\\s*([A-Za-z]+(?:\\s*,\\s*[A-Za-z]+)*)\\s*:\\s*(${ID_SOURCE})`, 'u');
const OFT_OFF = /(?:^|[^\p{L}\p{M}\p{Nd}\p{Pc}])oft:off(?:[^\p{L}\p{M}\p{Nd}\p{Pc}]|$)/u;
const OFT_ON = /(?:^|[^\p{L}\p{M}\p{Nd}\p{Pc}])oft:on(?:[^\p{L}\p{M}\p{Nd}\p{Pc}]|$)/u;
const CODE_BEGIN = /^ *[`~]{3,30}\w*\s*$/;
const CODE_END = /^ *[`~]{3,30}\s*$/;
const BULLET = /^\s{0,3}[+*-]/;
const HASH_TITLE = /^#+\s*(.*)$/;
const UNDERLINE = /^[=-]{3,}\s*$/;
const STATUS = /^Status:\s*(approved|proposed|draft|rejected)\s*$/;
const EMPTY = /^\s*$/;

type State = 'start' | 'title' | 'item' | 'description' | 'rationale' | 'comment' | 'covers' | 'depends' | 'needs' | 'tags' | 'code';

interface Item {
  id: string;
  line: number;
  title: string;
  description: string[];
  covers: string[];
  depends: string[];
  needs: string[];
}

export interface OpenFastTraceOptions {
  test_types?: readonly string[];
}

/** "Needs: a, b" / "Tags: a, b" on one line: the words, or undefined when the rest is not a comma list of words. */
function wordList(line: string, keyword: string): string[] | undefined {
  if (!line.startsWith(keyword)) return undefined;
  const words = line.slice(keyword.length).split(',').map((w) => w.trim());
  return words.every((w) => /^\w+$/.test(w)) ? words : undefined;
}

/** The last id standing alone on a bulleted line (Covers:/Depends: entries). */
function bulletId(line: string): string | undefined {
  const bullet = BULLET.exec(line);
  if (!bullet) return undefined;
  let last: string | undefined;
  for (const m of line.slice(bullet[0].length).matchAll(ID_ANYWHERE)) last = m[1];
  return last;
}

/** The last word of ASCII letters standing alone on a bulleted line (a Needs: entry). */
function bulletArtifactType(line: string): string | undefined {
  const bullet = BULLET.exec(line);
  if (!bullet) return undefined;
  let last: string | undefined;
  for (const m of line.slice(bullet[0].length).matchAll(/(?<![A-Za-z0-9_])[A-Za-z]+(?![A-Za-z0-9_])/g)) last = m[0];
  return last;
}

export function parseOpenFastTrace(text: string, file: string, options: OpenFastTraceOptions = {}): ParsedRequirements {
  const testTypes = new Set(options.test_types ?? DEFAULT_TEST_TYPES);
  const lines = text.split(/\r?\n/);
  const items: Item[] = [];
  const findings: Finding[] = [];
  let state: State = 'start';
  let current: Item | undefined;
  let lastTitle: string | undefined;
  let enabled = true;

  const endItem = () => {
    current = undefined;
    lastTitle = undefined;
  };
  const beginItem = (id: string, line: number) => {
    current = { id, line, title: lastTitle ?? '', description: [], covers: [], depends: [], needs: [] };
    items.push(current);
    lastTitle = undefined;
  };
  const forward = (m: RegExpExecArray, line: number) => {
    const original = m[3]!;
    const [, name, revision] = original.split('~');
    items.push({ id: `${m[1]}~${name}~${revision}`, line, title: '', description: [], covers: [original], depends: [], needs: m[2]!.split(',').map((t) => t.trim()) });
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!enabled) {
      if (OFT_ON.test(line)) enabled = true;
      continue;
    }
    if (OFT_OFF.test(line)) {
      enabled = false;
      continue;
    }
    const next = lines[i + 1];
    const hash = HASH_TITLE.exec(line);
    const sectionTitle = hash ? hash[1]! : next !== undefined && UNDERLINE.test(next) ? line : undefined;
    const id = ID_LINE.exec(line)?.[1];
    const n = i + 1;

    if (state === 'code') {
      if (CODE_END.test(line)) state = 'start';
      continue;
    }
    if (state === 'start') {
      if (id) {
        beginItem(id, n);
        state = 'item';
      } else if (sectionTitle !== undefined) {
        lastTitle = sectionTitle;
        state = 'title';
      } else {
        const f = line.includes('-->') ? FORWARD.exec(line) : null;
        if (f) forward(f, n);
        else if (CODE_BEGIN.test(line)) state = 'code';
      }
      continue;
    }
    if (state === 'title') {
      if (id) {
        beginItem(id, n);
        state = 'item';
      } else if (sectionTitle !== undefined) lastTitle = sectionTitle;
      else if (UNDERLINE.test(line) || EMPTY.test(line)) {
        // the heading's underline, or a blank line between heading and id
      } else {
        const f = line.includes('-->') ? FORWARD.exec(line) : null;
        if (f) forward(f, n);
        lastTitle = undefined;
        state = 'start';
      }
      continue;
    }

    // Inside an item: the transitions every item state shares, in OFT's order.
    if (id) {
      beginItem(id, n);
      state = 'item';
      continue;
    }
    if (state === 'item' && STATUS.test(line)) continue;
    if (sectionTitle !== undefined && state !== 'tags') {
      endItem();
      lastTitle = sectionTitle;
      state = 'title';
      continue;
    }
    const item = current!;
    const keyword = /^(Rationale|Comment|Covers|Depends|Needs|Tags|Description):\s*$/.exec(line)?.[1];
    const f = line.includes('-->') ? FORWARD.exec(line) : null;

    // A Tags: list reads its bullets before anything else.
    if (state === 'tags' && BULLET.test(line)) continue;
    if (sectionTitle !== undefined) {
      endItem();
      lastTitle = sectionTitle;
      state = 'title';
      continue;
    }
    if (state === 'covers' || state === 'depends') {
      const ref = bulletId(line);
      if (ref) {
        (state === 'covers' ? item.covers : item.depends).push(ref);
        continue;
      }
    }
    if (keyword === 'Rationale' && state !== 'rationale') state = 'rationale';
    else if (keyword === 'Comment' && state !== 'comment') state = 'comment';
    else if (keyword === 'Covers' && state !== 'covers') state = 'covers';
    else if (keyword === 'Depends') state = 'depends';
    else if (state === 'needs' && bulletArtifactType(line)) item.needs.push(bulletArtifactType(line)!);
    else if (state !== 'needs' && wordList(line, 'Needs:')) {
      item.needs.push(...wordList(line, 'Needs:')!);
      state = 'item';
    } else if (keyword === 'Needs' && state !== 'needs') state = 'needs';
    else if (wordList(line, 'Tags:') || keyword === 'Tags') state = 'tags';
    else if (state === 'item' && keyword === 'Description') state = 'description';
    else if (f && state !== 'rationale' && state !== 'comment') {
      endItem();
      forward(f, n);
      state = 'start';
    } else if (state === 'item') {
      if (!EMPTY.test(line)) {
        item.description.push(line);
        state = 'description';
      }
    } else if (state === 'description') item.description.push(line);
    else if (EMPTY.test(line)) {
      if (state === 'needs') state = 'description';
      else if (state === 'tags') state = 'item';
    } else if (state === 'covers' || state === 'depends' || state === 'needs') {
      // OFT passes over such a line and stays in the list; say so, as the entry it may have meant is not read.
      findings.push({
        severity: 'warning',
        message: `${file}:${n}: "${line.trim().slice(0, 60)}" in the ${state === 'covers' ? 'Covers' : state === 'depends' ? 'Depends' : 'Needs'} list of ${item.id} is not a bulleted ${state === 'needs' ? 'artifact type ("* utest")' : 'item id ("* type~name~revision")'}, so it was not read — fix the entry, or end the list with a blank line.`,
        file,
        line: n,
      });
    }
    // Rationale and Comment run on to the next keyword, heading or item.
  }

  const requirements: Requirement[] = [];
  for (const item of items) {
    if (!item.needs.some((t) => testTypes.has(t))) continue;
    requirements.push({
      id: item.id,
      title: item.title.trim(),
      text: item.description.join('\n').trim(),
      ...(item.covers.length ? { parents: item.covers } : {}),
      needs: item.needs,
      ...(item.depends.length ? { depends: item.depends } : {}),
      file,
      line: item.line,
      format: 'openfasttrace',
    });
  }
  return { requirements, findings };
}

/**
 * The default reference form for OpenFastTrace sources: a coverage tag `[type->covered-id]` (also with the
 * covering item's own name and revision, `[impl~name~1->dsn~name~1]`, or needed types, `[dsn->req~name~1>>impl]`)
 * whose covering type is one of the test types; its group is the covered id. RE2 syntax, on one line.
 */
export function coverageTagPattern(testTypes: readonly string[] = DEFAULT_TEST_TYPES): string {
  const id = '[A-Za-z]+~[A-Za-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)*~[0-9]+';
  const types = testTypes.map((t) => t.replace(/[^A-Za-z]/g, '')).filter(Boolean);
  return `\\[[ \\t]*(?:${types.join('|')})(?:~(?:[A-Za-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)*)?~[0-9]+)?[ \\t]*->[ \\t]*(${id})[ \\t]*(?:>>[ \\t]*[A-Za-z]+(?:[ \\t]*,[ \\t]*[A-Za-z]+)*[ \\t]*)?\\]`;
}
