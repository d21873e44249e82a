/**
 * `npm run bench -- --hostile`: extraction time on pathological inputs (bench/hostile.ts) up to the article size
 * limit. Each case is generated, parsed and extracted inside one worker thread, timed there (parse + every stage);
 * a case that overruns --cap seconds has its worker terminated and counts as failed. Prints per-family max and
 * p99, the slowest cases, and whether every case stayed within the budget (2 s).
 *   --count N      cases (default 200)      --seed S       generator seed (default 1)
 *   --max-bytes B  largest size (default the article limit)   --family a,b   only these families
 *   --cap S        seconds before a case is abandoned (default 30)   --json   one JSON object
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { cpus, loadavg } from 'node:os';
import { MAX_ARTICLE_BYTES } from '../src/article/read';
import { hostileCases, type HostileCase } from './hostile';

const BUDGET_MS = 2000;

interface Timing {
  family: string;
  bytes: number;
  ms: number;
  /** Process CPU time while the case ran (the main thread idles): a figure less sensitive to a busy machine. */
  cpuMs: number;
  stages: Record<string, number>;
  sentences: number;
  error?: string;
}

const flag = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const json = process.argv.includes('--json');
const count = Number(flag('--count') ?? 200);
const seed = Number(flag('--seed') ?? 1);
const maxBytes = Number(flag('--max-bytes') ?? MAX_ARTICLE_BYTES);
const capMs = Number(flag('--cap') ?? 30) * 1000;
const only = flag('--family')?.split(',');

let worker: Worker | null = null;
/** The worker runs from source through the same shim as the extraction worker (src/extract/ts-worker.mjs). */
const spawn = () =>
  new Worker(fileURLToPath(new URL('../src/extract/ts-worker.mjs', import.meta.url)), { workerData: { entry: new URL('./hostile-worker.ts', import.meta.url).href } });

/** Runs one case in the shared worker; a case over the cap costs the worker its life. */
function run(c: HostileCase): Promise<Timing> {
  worker ??= spawn();
  const w = worker;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      void w.terminate();
      worker = null;
      resolve({ family: c.family, bytes: c.bytes, ms: capMs, cpuMs: capMs, stages: {}, sentences: 0, error: `abandoned after ${capMs / 1000} s` });
    }, capMs);
    w.once('message', (r: Omit<Timing, 'family' | 'bytes'>) => {
      clearTimeout(timer);
      resolve({ family: c.family, bytes: c.bytes, ...r });
    });
    w.postMessage(c);
  });
}

const round = (ms: number) => Math.round(ms);
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]!;
const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${Math.round(bytes / 1024)} KB`);
const slowestStage = (t: Timing) => Object.entries(t.stages).sort((a, b) => b[1] - a[1])[0];

const cases = hostileCases(count, seed, maxBytes, only);
const timings: Timing[] = [];
for (const c of cases) {
  const t = await run(c);
  timings.push(t);
  if (!json) {
    const stage = slowestStage(t);
    process.stderr.write(`${t.ms <= BUDGET_MS && !t.error?.startsWith('abandoned') ? 'ok  ' : 'SLOW'} ${c.family.padEnd(24)} ${kb(c.bytes).padStart(7)} ${String(round(t.ms)).padStart(6)} ms (cpu ${round(t.cpuMs)})${stage ? `  (${stage[0]} ${round(stage[1])})` : ''}${t.error ? `  ${t.error}` : ''}\n`);
  }
}
await (worker as Worker | null)?.terminate();

const families = [...new Set(timings.map((t) => t.family))].map((family) => {
  const list = timings.filter((t) => t.family === family);
  const ms = list.map((t) => t.ms);
  return { family, cases: ms.length, maxMs: round(Math.max(...ms)), p99Ms: round(quantile(ms, 0.99)), maxCpuMs: round(Math.max(...list.map((t) => t.cpuMs))) };
});
const over = timings.filter((t) => t.ms > BUDGET_MS || t.error?.startsWith('abandoned'));
const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 10);
const summary = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, loadAverage1m: Math.round(loadavg()[0]! * 100) / 100 },
  cases: timings.length,
  budgetMs: BUDGET_MS,
  maxMs: round(Math.max(...timings.map((t) => t.ms))),
  maxCpuMs: round(Math.max(...timings.map((t) => t.cpuMs))),
  p99Ms: round(quantile(timings.map((t) => t.ms), 0.99)),
  withinBudget: over.length === 0,
  over: over.map((t) => ({ family: t.family, bytes: t.bytes, ms: round(t.ms), error: t.error })),
  slowest: slowest.map((t) => ({ family: t.family, bytes: t.bytes, ms: round(t.ms), cpuMs: round(t.cpuMs), stage: slowestStage(t)?.[0] ?? null })),
  families,
};
if (json) console.log(JSON.stringify(summary, null, 2));
else {
  console.log(`Hostile inputs — ${summary.date.slice(0, 16)}, ${summary.machine.cpus} × ${summary.machine.cpu}, Node ${summary.machine.node}, load ${summary.machine.loadAverage1m}`);
  console.log(`${summary.cases} cases up to ${kb(maxBytes)}: max ${summary.maxMs} ms (CPU ${summary.maxCpuMs} ms), p99 ${summary.p99Ms} ms; budget ${BUDGET_MS} ms per case`);
  console.log('\n| family | cases | max (ms) | p99 (ms) | max CPU (ms) |\n| --- | --- | --- | --- | --- |');
  for (const f of [...families].sort((a, b) => b.maxMs - a.maxMs)) console.log(`| ${f.family} | ${f.cases} | ${f.maxMs} | ${f.p99Ms} | ${f.maxCpuMs} |`);
  console.log('\nSlowest cases:');
  for (const s of summary.slowest) console.log(`  ${s.family} ${kb(s.bytes)}: ${s.ms} ms, CPU ${s.cpuMs} ms (slowest part: ${s.stage ?? '-'})`);
  console.log(`\n${summary.withinBudget ? 'met    ' : 'MISSED '} every case ≤ ${BUDGET_MS} ms${over.length ? ` (${over.length} over: ${[...new Set(over.map((o) => o.family))].join(', ')})` : ''}`);
}
