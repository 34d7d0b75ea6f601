import { globMatcher } from '../util/glob.js';

// IEC 62304 software safety classes: the policy declares them, the engine (`when: class`) and the rules that
// grade by class read them.

export type SafetyClass = 'A' | 'B' | 'C';

export interface SoftwareItem {
  name: string;
  paths: string[];
  class: SafetyClass;
}

export interface Classification {
  default: SafetyClass;
  items: SoftwareItem[];
}

/**
 * The safety class of a path: the highest class among the items whose paths match it (a file shared by a
 * class B and a class C item must meet class C), else the policy's default.
 */
export function classifier(classification: Classification): (path: string) => SafetyClass {
  const items = classification.items.map((item) => ({ cls: item.class, matches: globMatcher(item.paths) }));
  return (path) => {
    let best: SafetyClass | undefined;
    for (const item of items) if (item.matches(path) && (!best || SAFETY_CLASS_RANK[item.cls]! > SAFETY_CLASS_RANK[best]!)) best = item.cls;
    return best ?? classification.default;
  };
}

/**
 * A requirement's software safety class as written — "C", "c", "Class C", "Safety class C", "C (serious injury)" —
 * as its letter; anything else ("III", "Class X", "high") in capitals, unknown. A value that names several classes
 * ("B/C", "B or C") is the strictest it names: it never reads as less than it says. The few classes of a large
 * matrix are each read once.
 */
const CLASSES = new Map<string, { cls: string; known: boolean }>();
const SAFETY_CLASS = /^\s*(?:(?:software\s+)?(?:safety\s+)?class\s*[:-]?\s*)?([abc])(?![\p{L}\p{N}_])/iu;
export function safetyClassOf(written: string): { cls: string; known: boolean } {
  let c = CLASSES.get(written);
  if (c === undefined) {
    const m = SAFETY_CLASS.exec(written);
    c = m ? { cls: strictestNamed(written, m[1]!.toUpperCase()), known: true } : { cls: written.trim().toUpperCase(), known: false };
    if (CLASSES.size < 256) CLASSES.set(written, c);
  }
  return c;
}

/** The order of the software safety classes, for "the stricter of two". */
export const SAFETY_CLASS_RANK: Readonly<Record<string, number>> = { A: 1, B: 2, C: 3 };

/** The strictest of `first` and every class letter standing alone in `written` ("B/C": C). */
function strictestNamed(written: string, first: string): string {
  let strictest = first;
  for (const word of written.split(/[^\p{L}\p{N}_]+/u)) {
    const letter = word.length === 1 ? word.toUpperCase() : '';
    if ((SAFETY_CLASS_RANK[letter] ?? 0) > SAFETY_CLASS_RANK[strictest]!) strictest = letter;
  }
  return strictest;
}
