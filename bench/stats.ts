export interface Latency {
  n: number;
  /** The very first call, before any warm-up: what a command's first user waits (memos empty, code cold). */
  first: number;
  p50: number;
  p99: number;
  max: number;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** Runs `fn` n times after a short warm-up and reports latency percentiles in ms, and the first call's. */
export function latency(n: number, fn: (i: number) => unknown): Latency {
  const t0 = performance.now();
  fn(n);
  const first = performance.now() - t0;
  for (let i = 1; i < Math.min(20, n); i++) fn(i + n);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn(i);
    times.push(performance.now() - t);
  }
  return summarise(times, first);
}

/** Percentiles of measured times (ms), with the first call's time as measured by the caller. */
export function summarise(measured: readonly number[], first: number): Latency {
  const times = [...measured].sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { n: times.length, first: round(first), p50: round(at(0.5)), p99: round(at(0.99)), max: round(times[times.length - 1]!) };
}
