// What the demo and the tests share about the example repository: which of its files stay beside the repository,
// and how its relative dates (DAYS_AGO(n), DAYS_AGO_TS(n), DAYS_AHEAD(n)) become real ones, so it never ages.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Kept beside the repository, not in it: the PR's commits, the event, reviews and teams. */
export const NOT_IN_REPO = new Set(['pr', 'event.json', 'teams.json', 'reviews-failing.json', 'reviews-passing.json']);

const DAY_MS = 86_400_000;

/** Replaces the example's relative dates by real ones, counted from `now`. */
export function stampDates(text, now = Date.now()) {
  const isoDay = (offsetDays) => new Date(now + offsetDays * DAY_MS).toISOString().slice(0, 10);
  return text
    .replace(/DAYS_AGO_TS\((\d+)\)/g, (_, n) => `${isoDay(-Number(n))}T09:00:00Z`)
    .replace(/DAYS_AGO\((\d+)\)/g, (_, n) => isoDay(-Number(n)))
    .replace(/DAYS_AHEAD\((\d+)\)/g, (_, n) => isoDay(Number(n)));
}

/** Stamps every file under `dir` (its .git folder aside) in place. */
export function stampTree(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath ?? entry.path, entry.name);
    if (!entry.isFile() || /\.git([\\/]|$)/.test(path)) continue;
    const text = readFileSync(path, 'utf8');
    const stamped = stampDates(text);
    if (stamped !== text) writeFileSync(path, stamped);
  }
}
