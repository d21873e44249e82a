/**
 * The serving process of the many-servers benchmark, set up as the bot sets itself up: the default library from
 * its folder's cache, the servers' library file, and GuildLibraries with the bot's LRU size. It then asks
 * questions round-robin over every server, so with more servers than the LRU holds each ask first loads its
 * server's library from the file (the worst case; no warm-up hides it), and reports the latencies and this
 * process's peak RSS. Prints one JSON object.
 * Usage: node dist/bench/guilds-serve.js DEFAULT_DIR LIBRARY_FILE GUILDS [--iterations N] [--cache N] (built by bench/run.ts)
 */
import { Dossier } from '../src/answer/dossier';
import { GuildLibraries } from '../src/bot/libraries';
import { Library } from '../src/store/library/library';
import { openStore } from '../src/store/open';
import { benchGuild } from './guilds-ids';
import { questionsFor } from './questions';
import { summarise } from './stats';

const [dir, file, count] = process.argv.slice(2);
if (!dir || !file || !count) throw new Error('usage: guilds-serve.ts DEFAULT_DIR LIBRARY_FILE GUILDS [--iterations N] [--cache N]');
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const iterations = option('--iterations', 1000);
const cacheSize = option('--cache', 16);
const guilds = Number(count);

const t0 = performance.now();
const loaded = await openStore(dir, { writeCache: false });
if (loaded.from !== 'cache') throw new Error(`guilds-serve.ts needs a valid cache in ${dir} (${loaded.cacheProblem ?? 'none'})`);
const libraries = new GuildLibraries(Library.open(file), Dossier.fromStore(loaded.store, loaded.snapshot), cacheSize);
const setupMs = performance.now() - t0;

const questions = new WeakMap<Dossier, (i: number) => string>();
const total: number[] = [];
const loads: number[] = [];
const asks: number[] = [];
let first = 0;
for (let i = 0; i < iterations; i++) {
  const guild = benchGuild(i % guilds);
  const start = performance.now();
  const dossier = await libraries.dossierFor(guild);
  const ready = performance.now();
  let ask = questions.get(dossier);
  if (!ask) questions.set(dossier, (ask = questionsFor(dossier.store)));
  dossier.ask(ask(Math.floor(i / guilds)));
  const done = performance.now();
  if (i === 0) first = done - start;
  total.push(done - start);
  loads.push(ready - start);
  asks.push(done - ready);
}

console.log(
  JSON.stringify({
    setupMs: Math.round(setupMs),
    cacheSize,
    ask: summarise(total, first),
    guildLoad: summarise(loads, loads[0]!),
    askAfterLoad: summarise(asks, asks[0]!),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
