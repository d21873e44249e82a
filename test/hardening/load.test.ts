/**
 * 1,000 interactions at concurrency 50 through the fake Discord, answered by the real Dossier: every one is
 * answered within 3 s, every reply is safe, and the heap returns near its baseline afterwards.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dossier } from '../../src/answer/dossier';
import { startHarness, type Harness } from './harness';
import { payloadProblems } from './hostile';
import { percentile, runLoad } from './load';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const COUNT = 1000;
const CONCURRENCY = 50;
/** Headroom over the baseline heap once the run's garbage is collected: caches may grow, leaks grow more. */
const HEAP_SLACK_MB = 30;

let h: Harness;

function settledHeapMb(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

beforeAll(async () => {
  h = await startHarness((await Dossier.load('data/articles')).dossier, 'warn');
});

afterAll(async () => {
  await h?.stop();
});

describe('load through the fake Discord', () => {
  it(`answers ${COUNT} interactions at concurrency ${CONCURRENCY}, each within 3 s, and memory returns near baseline`, async () => {
    await runLoad(h.fake, 100, CONCURRENCY); // warm-up: JIT, caches, connection pool
    h.fake.forget();
    const baseline = settledHeapMb();

    const result = await runLoad(h.fake, COUNT, CONCURRENCY);
    expect(result.answered).toBe(COUNT);
    expect(result.latencies.at(-1)).toBeLessThan(3000);
    const problems = result.bodies.flatMap((b) => payloadProblems(b as Record<string, unknown>));
    expect(problems).toEqual([]);
    expect(h.logLines.filter((l) => l.includes('handler failed'))).toEqual([]);

    h.fake.forget();
    result.bodies.length = 0;
    const after = settledHeapMb();
    console.info(
      `load: ${COUNT} at concurrency ${CONCURRENCY} in ${result.wallMs} ms; p50 ${percentile(result.latencies, 50)} ms, ` +
        `p99 ${percentile(result.latencies, 99)} ms, max ${result.latencies.at(-1)} ms; heap ${baseline.toFixed(1)} → ${after.toFixed(1)} MB`,
    );
    expect(after - baseline).toBeLessThan(HEAP_SLACK_MB);
  }, 120_000);
});
