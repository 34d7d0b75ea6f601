// What the benchmarks share: a measurement taken several times, and the run in the middle kept.

/** The run of `n` whose `key` (its time) is the median; the rest of that run (its peak memory) comes with it. */
export function medianRun(n, run, key) {
  const runs = Array.from({ length: n }, run).sort((a, b) => a[key] - b[key]);
  return runs[Math.floor(n / 2)];
}
