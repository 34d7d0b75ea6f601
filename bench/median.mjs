// What the benchmarks share: a measurement taken several times, and the run in the middle kept.

/** The run of `n` whose `key` (its time) is the median; the rest of that run (its peak memory) comes with it. */
export function medianRun(n, run, key) {
  return median(Array.from({ length: n }, run), (r) => r[key]);
}

/** The item in the middle of `list` ordered by `by` (the upper one of an even count). */
export function median(list, by = (x) => x) {
  return [...list].sort((a, b) => by(a) - by(b))[Math.floor(list.length / 2)];
}

/**
 * Several measurements taken in turn, `n` rounds of one each, and the median run of each: on a shared machine
 * whose speed drifts, a floor and the thing measured against it then see the same conditions. Returns the median
 * runs by name, and the median of the per-round ratios of `over` to `under` (by `key`).
 */
export function interleavedMedians(n, runs, key, [over, under]) {
  const all = Object.fromEntries(Object.keys(runs).map((name) => [name, []]));
  const ratios = [];
  for (let i = 0; i < n; i++) {
    const round = {};
    for (const [name, run] of Object.entries(runs)) all[name].push((round[name] = run()));
    ratios.push(round[over][key] / round[under][key]);
  }
  return {
    ...Object.fromEntries(Object.entries(all).map(([name, list]) => [name, median(list, (r) => r[key])])),
    ratio: median(ratios),
  };
}
