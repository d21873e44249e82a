/**
 * `npm run bench`: how Dossier's cost grows with the corpus. Builds corpora of 1, 100 and 1,000 articles derived
 * from the bundled seed and ../shared/corpus (names, years and numbers varied per copy) in a temporary folder,
 * measures each (extraction in one process, serving from the cache in another), and prints a table (or one JSON object with --json).
 *   --data DIR        measure that folder instead of generated corpora
 *   --sizes 1,100     generated corpus sizes (default 1,100,1000)
 *   --iterations N    calls per command for the latency percentiles (default 300)
 *   --guilds N        instead: one server library file, --articles (default 1,000) dealt over N servers (bench/guilds.ts)
 *   --hostile         instead: extraction time on pathological inputs (bench/hostile-run.ts, its own options)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { readFileSync, rmSync } from 'node:fs';
import { DEFAULT_CACHE_ARTICLES } from '../src/bot/config';
import { BUILD_DIR } from '../src/paths';
import { CACHE_FILE } from '../src/store/cache';
import { buildCorpus, sourceArticles } from './corpus';
import { benchGuilds, guildsTable } from './guilds';
import type { RetrievalResult } from './retrieval';
import type { Latency } from './stats';

if (process.argv.includes('--hostile')) {
  await import('./hostile-run');
  process.exit(0);
}

/** bench/measure.ts: extraction, in a process of its own. */
interface Extraction {
  articles: number;
  extraction: { ms: number; articlesPerSecond: number };
  snapshotMs: number;
  extractionPeakRssMB: number;
}

/** bench/serve.ts: the store loaded from the cache as the bot and CLI load it, and the commands it serves. */
interface Served {
  loadMs: number;
  indexMs: number;
  /** The tables built after ready (Dossier.warm: close spellings, autocomplete), as the bot builds them. */
  warmMs: number;
  commands: Record<string, Latency>;
  retrieval: RetrievalResult[];
  /** Peak RSS of the serving process, before the retrieval comparison. */
  peakRssMB: number;
}

interface CorpusReport extends Extraction, Served {
  label: string;
  coldStartMs: { withoutCache: number; withCache: number };
}

/** The targets at 1,000 articles. */
const TARGETS = {
  askP99: 25,
  autocompleteP99: 5,
  otherP99: 10,
  coldStartWithCacheMs: 1500,
  peakRssMB: 250,
  articlesPerSecond: 50,
};

const flag = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const json = process.argv.includes('--json');
const iterations = flag('--iterations') ?? '300';
/**
 * Processes run as `npm start` runs the bot: the build's plain JavaScript (scripts/build.ts; the bench's own
 * processes are built with it) under the same node options, read from package.json's start script.
 */
const built = (script: string) => [...START_OPTIONS, join(BUILD_DIR, script.replace(/\.ts$/, '.js'))];
const START_OPTIONS = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start.split(/\s+/).filter((a) => a.startsWith('--'));
const log = (line: string) => json || process.stderr.write(`${line}\n`);

/** Process start to first answer: the CLI answering one question from the folder. */
function coldStart(dir: string): number {
  const t = performance.now();
  const run = spawnSync(process.execPath, [...built('src/cli.ts'), 'ask', 'Who is quoted?', '--data', dir, '--json'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`cold start failed: ${run.stderr.trim()}`);
  return Math.round(performance.now() - t);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

function measure(dir: string, label: string): CorpusReport {
  log(`measuring ${label} …`);
  rmSync(join(dir, CACHE_FILE), { force: true });
  const withoutCache = coldStart(dir); // extracts and writes the cache
  const withCache = median([coldStart(dir), coldStart(dir), coldStart(dir)]);
  const run = (script: string, ...args: string[]) => JSON.parse(execFileSync(process.execPath, [...built(script), dir, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as unknown;
  const extraction = run('bench/measure.ts') as Extraction;
  const served = run('bench/serve.ts', '--iterations', iterations) as Served;
  return { label, coldStartMs: { withoutCache, withCache }, ...extraction, ...served };
}

function checks(r: CorpusReport): Record<string, boolean> {
  const c = r.commands;
  return {
    [`ask p99 ≤ ${TARGETS.askP99} ms`]: c.ask!.p99 <= TARGETS.askP99,
    [`autocomplete p99 ≤ ${TARGETS.autocompleteP99} ms`]: c.autocomplete!.p99 <= TARGETS.autocompleteP99,
    [`other lookups p99 ≤ ${TARGETS.otherP99} ms`]: ['actor', 'claims', 'timeline', 'brief'].every((k) => c[k]!.p99 <= TARGETS.otherP99),
    [`cold start with cache ≤ ${TARGETS.coldStartWithCacheMs} ms`]: r.coldStartMs.withCache <= TARGETS.coldStartWithCacheMs,
    [`peak RSS ≤ ${TARGETS.peakRssMB} MB`]: r.peakRssMB <= TARGETS.peakRssMB,
    [`extraction ≥ ${TARGETS.articlesPerSecond} articles/s`]: r.extraction.articlesPerSecond >= TARGETS.articlesPerSecond,
  };
}

function table(reports: CorpusReport[]): string {
  const row = (name: string, f: (r: CorpusReport) => string | number) => `| ${name} | ${reports.map((r) => f(r)).join(' | ')} |`;
  const lines = [
    `| measure | ${reports.map((r) => r.label).join(' | ')} |`,
    `| --- | ${reports.map(() => '---').join(' | ')} |`,
    row('extraction (articles/s)', (r) => r.extraction.articlesPerSecond),
    row('extract all (ms)', (r) => r.extraction.ms),
    row('sentence keys, once per cache write (ms)', (r) => r.snapshotMs),
    row('extraction process peak RSS (MB)', (r) => r.extractionPeakRssMB),
    row('cache read + check + parse (ms)', (r) => r.loadMs),
    row('index build from store + keys (ms)', (r) => r.indexMs),
    row('after ready: spelling + autocomplete tables (ms)', (r) => r.warmMs),
    row('cold start, no cache (ms)', (r) => r.coldStartMs.withoutCache),
    row('cold start, cache (ms)', (r) => r.coldStartMs.withCache),
    ...['ask', 'actor', 'autocomplete', 'claims', 'timeline', 'brief'].map((k) => row(`${k} p50 / p99 (first call) (ms)`, (r) => `${r.commands[k]!.p50} / ${r.commands[k]!.p99} (${r.commands[k]!.first})`)),
    row('serving process peak RSS (MB)', (r) => r.peakRssMB),
    ...reports[0]!.retrieval.map((_, i) => row(`retrieval: ${reports[0]!.retrieval[i]!.engine} p50 / p99 (ms), top-1`, (r) => `${r.retrieval[i]!.latency.p50} / ${r.retrieval[i]!.latency.p99}, ${r.retrieval[i]!.top1}`)),
  ];
  return lines.join('\n');
}

execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', 'bench/measure.ts', 'bench/serve.ts', 'bench/guilds-fill.ts', 'bench/guilds-serve.ts'], { stdio: 'inherit' });
const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverage1m: Math.round(loadavg()[0]! * 100) / 100 };
const sourcesDir = resolve(process.env.DOSSIER_SHARED ?? '../shared', 'corpus');
if (flag('--guilds')) {
  const guilds = Number(flag('--guilds'));
  const report = benchGuilds({
    guilds,
    articles: Number(flag('--articles') ?? 1000),
    iterations: Number(flag('--iterations') ?? 1000),
    cacheArticles: Number(process.env.LIBRARY_CACHE_ARTICLES ?? DEFAULT_CACHE_ARTICLES),
    sources: sourceArticles('data/articles', sourcesDir),
    built,
    log,
  });
  if (json) console.log(JSON.stringify({ date: new Date().toISOString(), machine, ...report }, null, 2));
  else {
    console.log(`Dossier benchmark, many servers — ${new Date().toISOString().slice(0, 10)}, ${machine.cpus} × ${machine.cpu}, load ${machine.loadAverage1m}, Node ${machine.node}\n`);
    console.log(guildsTable(report));
    console.log('\nTargets:');
    for (const [name, ok] of Object.entries(report.targets)) console.log(`  ${ok ? 'met    ' : 'MISSED '} ${name}`);
  }
  process.exit(0);
}
const data = flag('--data');
let reports: CorpusReport[];
if (data) {
  reports = [measure(resolve(data), resolve(data))];
} else {
  const sizes = (flag('--sizes') ?? '1,100,1000').split(',').map(Number);
  const sources = sourceArticles('data/articles', sourcesDir);
  reports = sizes.map((n) => {
    const dir = join(tmpdir(), 'dossier-bench', String(n));
    buildCorpus(dir, n, sources);
    return measure(dir, `${n} article${n === 1 ? '' : 's'}`);
  });
}
const largest = reports[reports.length - 1]!;
const targets = checks(largest);
if (json) {
  console.log(JSON.stringify({ date: new Date().toISOString(), machine, targets: { at: largest.label, ...targets }, corpora: reports }, null, 2));
} else {
  console.log(`Dossier benchmark — ${new Date().toISOString().slice(0, 10)}, ${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node}\n`);
  console.log(table(reports));
  console.log(`\nTargets at ${largest.label}:`);
  for (const [name, ok] of Object.entries(targets)) console.log(`  ${ok ? 'met    ' : 'MISSED '} ${name}`);
}
