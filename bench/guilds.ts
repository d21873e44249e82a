import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus } from './corpus';
import { benchGuild } from './guilds-ids';
import type { Latency } from './stats';

/**
 * `npm run bench -- --guilds 100 [--articles 1000]`: one library file holding `articles` articles dealt over
 * `guilds` servers, served as the bot serves it. Figures: filling the file (extraction included), cold start
 * of a process answering in one server (CLI `ask --guild`, median of three servers), and a serving process
 * asking round-robin over every server with the bot's LRU (bench/guilds-serve.ts).
 */
export interface GuildsReport {
  articles: number;
  guilds: number;
  fill: { ingestMs: number; libraryMB: number };
  /** Process start to ready (default library from its cache, library file opened), and to a first answer in one server. */
  coldStartMs: { ready: number; firstAnswer: number };
  serve: { setupMs: number; cacheArticles: number; heldArticles: number; ask: Latency; askBuilt: Latency | null; firstAsk: Latency | null; guildLoad: Latency | null; peakRssMB: number };
  targets: Record<string, boolean>;
}

const TARGETS = { coldStartMs: 1500, peakRssMB: 250, askP99: 25 };

export function benchGuilds(opts: {
  guilds: number;
  articles: number;
  iterations: number;
  cacheArticles: number;
  sources: string[];
  /** The node arguments that run a built script as `npm start` runs the bot. */
  built: (script: string) => string[];
  log: (line: string) => void;
}): GuildsReport {
  const root = join(process.env.TMPDIR ?? '/tmp', 'dossier-bench', `guilds-${opts.guilds}`);
  const corpus = join(root, 'corpus');
  const defaults = join(root, 'default');
  const file = join(root, 'library.sqlite');
  buildCorpus(corpus, opts.articles, opts.sources);
  // the default library: the bundled folder, as the bot serves it before a server adds its own
  rmSync(defaults, { recursive: true, force: true });
  mkdirSync(defaults, { recursive: true });
  for (const f of readdirSync('data/articles').filter((f) => /\.(md|txt)$/.test(f))) copyFileSync(join('data/articles', f), join(defaults, f));
  const env = { ...process.env, LIBRARY_DB: file };
  const cli = (guild: string) => {
    const t = performance.now();
    const run = spawnSync(process.execPath, [...opts.built('src/cli.ts'), 'ask', 'Who is quoted?', '--guild', guild, '--data', defaults, '--json'], { encoding: 'utf8', env });
    if (run.status !== 0) throw new Error(`cold start failed: ${run.stderr.trim()}`);
    return Math.round(performance.now() - t);
  };
  cli(benchGuild(opts.guilds + 1)); // a server without articles: writes the default folder's cache, as the bot's first start does

  opts.log(`filling one library with ${opts.articles} articles over ${opts.guilds} servers …`);
  const fill = JSON.parse(execFileSync(process.execPath, [...opts.built('bench/guilds-fill.ts'), corpus, file, String(opts.guilds)], { encoding: 'utf8' })) as GuildsReport['fill'];
  opts.log('cold starts and serving …');
  const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[1]!;
  const serving = (iterations: number) => [...opts.built('bench/guilds-serve.ts'), defaults, file, String(opts.guilds), '--iterations', String(iterations), '--cache', String(opts.cacheArticles)];
  const ready = () => {
    const t = performance.now();
    execFileSync(process.execPath, serving(0), { encoding: 'utf8' });
    return Math.round(performance.now() - t);
  };
  const coldStartMs = { ready: median([0, 1, 2].map(ready)), firstAnswer: median([0, 1, 2].map((k) => cli(benchGuild(Math.floor((k * opts.guilds) / 3))))) };
  const serve = JSON.parse(execFileSync(process.execPath, serving(opts.iterations), { encoding: 'utf8' })) as GuildsReport['serve'];
  const targets = {
    [`cold start to ready ≤ ${TARGETS.coldStartMs} ms`]: coldStartMs.ready <= TARGETS.coldStartMs,
    [`cold start to a first answer in a server ≤ ${TARGETS.coldStartMs} ms`]: coldStartMs.firstAnswer <= TARGETS.coldStartMs,
    [`peak RSS ≤ ${TARGETS.peakRssMB} MB`]: serve.peakRssMB <= TARGETS.peakRssMB,
    [`ask p99 ≤ ${TARGETS.askP99} ms, every ask (servers' first asks included)`]: serve.ask.p99 <= TARGETS.askP99,
    [`ask p99 ≤ ${TARGETS.askP99} ms, asks in a built server`]: (serve.askBuilt?.p99 ?? Infinity) <= TARGETS.askP99,
  };
  return { articles: opts.articles, guilds: opts.guilds, fill, coldStartMs, serve, targets };
}

export function guildsTable(r: GuildsReport): string {
  const l = (x: Latency | null) => (x ? `${x.p50} / ${x.p99} (max ${x.max}, n ${x.n})` : 'none');
  return [
    `| measure | ${r.articles} articles over ${r.guilds} servers |`,
    '| --- | --- |',
    `| fill: ingest every article (extract, slim, index part, one transaction each) (ms) | ${r.fill.ingestMs} |`,
    `| library file (MB) | ${r.fill.libraryMB} |`,
    `| cold start: process start to ready (default library from cache + library file opened) (ms, median of 3) | ${r.coldStartMs.ready} |`,
    `| cold start: process start to a first answer in one server (CLI, ms, median of 3) | ${r.coldStartMs.firstAnswer} |`,
    `| serving setup in process: default library + library opened (ms) | ${r.serve.setupMs} |`,
    `| ask round-robin over servers, every ask: p50 / p99 (ms) | ${l(r.serve.ask)} |`,
    `| asks in a server already built: p50 / p99 (ms) | ${l(r.serve.askBuilt)} |`,
    `| a server's first ask (library loaded, Dossier built, ask): p50 / p99 (ms) | ${l(r.serve.firstAsk)} |`,
    `| of which loading and building: p50 / p99 (ms) | ${l(r.serve.guildLoad)} |`,
    `| articles held at the end (bound LIBRARY_CACHE_ARTICLES ${r.serve.cacheArticles}) | ${r.serve.heldArticles} |`,
    `| serving process peak RSS (MB) | ${r.serve.peakRssMB} |`,
  ].join('\n');
}
