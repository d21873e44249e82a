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
  coldStartMs: number;
  serve: { setupMs: number; cacheSize: number; ask: Latency; guildLoad: Latency; askAfterLoad: Latency; peakRssMB: number };
  targets: Record<string, boolean>;
}

const TARGETS = { coldStartMs: 1500, peakRssMB: 250, askP99: 25 };

export function benchGuilds(opts: {
  guilds: number;
  articles: number;
  iterations: number;
  cacheSize: number;
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
  const starts = [0, 1, 2].map((k) => cli(benchGuild(Math.floor((k * opts.guilds) / 3))));
  const coldStartMs = [...starts].sort((a, b) => a - b)[1]!;
  const serve = JSON.parse(
    execFileSync(process.execPath, [...opts.built('bench/guilds-serve.ts'), defaults, file, String(opts.guilds), '--iterations', String(opts.iterations), '--cache', String(opts.cacheSize)], { encoding: 'utf8' }),
  ) as GuildsReport['serve'];
  const targets = {
    [`cold start ≤ ${TARGETS.coldStartMs} ms`]: coldStartMs <= TARGETS.coldStartMs,
    [`peak RSS ≤ ${TARGETS.peakRssMB} MB`]: serve.peakRssMB <= TARGETS.peakRssMB,
    [`ask p99 ≤ ${TARGETS.askP99} ms (server loads included)`]: serve.ask.p99 <= TARGETS.askP99,
  };
  return { articles: opts.articles, guilds: opts.guilds, fill, coldStartMs, serve, targets };
}

export function guildsTable(r: GuildsReport): string {
  const l = (x: Latency) => `${x.p50} / ${x.p99} (max ${x.max})`;
  return [
    `| measure | ${r.articles} articles over ${r.guilds} servers |`,
    '| --- | --- |',
    `| fill: ingest every article (extract, slim, index part, one transaction each) (ms) | ${r.fill.ingestMs} |`,
    `| library file (MB) | ${r.fill.libraryMB} |`,
    `| cold start: process start to first answer in one server (ms, median of 3) | ${r.coldStartMs} |`,
    `| serving setup: default library from cache + library opened (ms) | ${r.serve.setupMs} |`,
    `| ask round-robin over servers, server load included: p50 / p99 (ms) | ${l(r.serve.ask)} |`,
    `| of which loading the server's library (LRU ${r.serve.cacheSize}): p50 / p99 (ms) | ${l(r.serve.guildLoad)} |`,
    `| of which the ask itself: p50 / p99 (ms) | ${l(r.serve.askAfterLoad)} |`,
    `| serving process peak RSS (MB) | ${r.serve.peakRssMB} |`,
  ].join('\n');
}
