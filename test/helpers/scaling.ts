import { expect } from 'vitest';

// Whether a reader's time grows linearly with its input. Two sizes, n and factor·n, are built first (outside the
// timing) and each run once to warm up. The smaller is doubled until one run takes MIN_SMALL_MS, so that timer
// resolution and the JIT do not decide the ratio. Then the two are run in turn, `runs` times each, keeping each
// one's fastest run: alternating means a busy spell on the machine slows both, not one. Time is the process's CPU
// time, not the wall clock, so other processes on a shared machine count for little. A linear reader takes about
// `factor` times as long on the larger input, a quadratic one factor² (64 for 8): the check fails when the ratio
// exceeds `slack` × factor, which leaves room for garbage collection and caches and still catches quadratic growth.

export interface ScalingOptions {
  /** The smaller size to start from; it is doubled (at most MAX_DOUBLINGS times) until a run takes some milliseconds. */
  n: number;
  /** The larger size is factor × n. */
  factor?: number;
  runs?: number;
  /** How far above linear the ratio may go. */
  slack?: number;
  /** Keep n as given (no doubling): for a reader known to take long enough. */
  fixed?: boolean;
}

export interface Scaling {
  /** The smaller size used. */
  n: number;
  small: number;
  large: number;
  ratio: number;
  limit: number;
}

const MIN_SMALL_MS = 20;
const MAX_DOUBLINGS = 5;

/** CPU time (user and system) of one run, in milliseconds. */
async function cpuTime(run: () => unknown): Promise<number> {
  const start = process.cpuUsage();
  await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export async function measureScaling<T>(build: (n: number) => T, read: (input: T) => unknown, o: ScalingOptions): Promise<Scaling> {
  const factor = o.factor ?? 8;
  const runs = o.runs ?? 3;
  let n = o.n;
  let smallInput = build(n);
  await read(smallInput);
  for (
    let i = 0;
    !o.fixed &&
    i < MAX_DOUBLINGS &&
    Math.min(await cpuTime(() => read(smallInput)), await cpuTime(() => read(smallInput)), await cpuTime(() => read(smallInput))) <
      MIN_SMALL_MS;
    i++
  ) {
    smallInput = build((n *= 2));
    await read(smallInput);
  }
  // Both sizes warmed up as often before the timed runs, so the JIT has seen each as many times.
  const largeInput = build(n * factor);
  await read(largeInput);
  await read(largeInput);
  await read(smallInput);
  let small = Infinity;
  let large = Infinity;
  for (let i = 0; i < runs; i++) {
    small = Math.min(small, await cpuTime(() => read(smallInput)));
    large = Math.min(large, await cpuTime(() => read(largeInput)));
  }
  return { n, small, large, ratio: large / small, limit: factor * (o.slack ?? 3) };
}

/** Fails, with the times, when `read` grows faster than linearly from n to factor × n. */
export async function expectLinear<T>(
  what: string,
  build: (n: number) => T,
  read: (input: T) => unknown,
  o: ScalingOptions,
): Promise<Scaling> {
  const s = await measureScaling(build, read, o);
  const factor = o.factor ?? 8;
  expect(
    s.ratio,
    `${what}: ${s.n} took ${s.small.toFixed(1)} ms, ${s.n * factor} took ${s.large.toFixed(1)} ms of CPU — ${s.ratio.toFixed(1)}× for ${factor}× the input (limit ${s.limit}×)`,
  ).toBeLessThanOrEqual(s.limit);
  return s;
}
