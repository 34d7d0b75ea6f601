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

const RANK: Record<SafetyClass, number> = { A: 1, B: 2, C: 3 };

/**
 * The safety class of a path: the highest class among the items whose paths match it (a file shared by a
 * class B and a class C item must meet class C), else the policy's default.
 */
export function classifier(classification: Classification): (path: string) => SafetyClass {
  const items = classification.items.map((item) => ({ cls: item.class, matches: globMatcher(item.paths) }));
  return (path) => {
    let best: SafetyClass | undefined;
    for (const item of items) if (item.matches(path) && (!best || RANK[item.cls] > RANK[best])) best = item.cls;
    return best ?? classification.default;
  };
}
