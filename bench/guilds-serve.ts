/**
 * The serving process of the many-servers benchmark, set up as the bot sets itself up: the default library from
 * its folder's cache, the servers' library file, and GuildLibraries bounded as the bot bounds it (articles held).
 * It then asks questions round-robin over every server, with no warm-up: each server's first ask loads its
 * library from the file and builds its Dossier (as the bot does on a server's first interaction), and so does
 * any ask whose server the bound had dropped. Reports every ask, asks that found their server built, first asks
 * (load included), the time spent between asks (the servers' tables built after their first answer), and this
 * process's peak RSS. Prints one JSON object.
 * With `--iterations 0` it only sets up and exits: the bench times that process as the bot's start to ready.
 * Usage: node dist/bench/guilds-serve.js DEFAULT_DIR LIBRARY_FILE GUILDS [--iterations N] [--cache ARTICLES] (built by bench/run.ts)
 */
import { Dossier } from '../src/answer/dossier';
import { GuildLibraries } from '../src/bot/libraries';
import { Library } from '../src/store/library/library';
import { openStore } from '../src/store/open';
import { benchGuild } from './guilds-ids';
import { questionsFor } from './questions';
import { summarise } from './stats';

const [dir, file, count] = process.argv.slice(2);
if (!dir || !file || !count) throw new Error('usage: guilds-serve.ts DEFAULT_DIR LIBRARY_FILE GUILDS [--iterations N] [--cache ARTICLES]');
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const iterations = option('--iterations', 1000);
const cacheArticles = option('--cache', 2000);
const guilds = Number(count);

const t0 = performance.now();
const loaded = await openStore(dir, { writeCache: false });
if (loaded.from !== 'cache') throw new Error(`guilds-serve.ts needs a valid cache in ${dir} (${loaded.cacheProblem ?? 'none'})`);
const libraries = new GuildLibraries(Library.open(file), Dossier.fromStore(loaded.store, loaded.snapshot), cacheArticles);
const setupMs = performance.now() - t0;

const questions = new WeakMap<Dossier, (i: number) => string>();
const all: number[] = [];
const built: number[] = [];
const firsts: number[] = [];
const loads: number[] = [];
const idles: number[] = [];
for (let i = 0; i < iterations; i++) {
  const guild = benchGuild(i % guilds);
  const loads_ = !libraries.holds(guild);
  const start = performance.now();
  const dossier = await libraries.dossierFor(guild);
  const ready = performance.now();
  let ask = questions.get(dossier);
  if (!ask) questions.set(dossier, (ask = questionsFor(dossier.store)));
  dossier.ask(ask(Math.floor(i / guilds)));
  const done = performance.now();
  all.push(done - start);
  if (loads_) {
    firsts.push(done - start);
    loads.push(ready - start);
  } else built.push(done - start);
  // interactions reach the bot as separate events: what it schedules after an answer (a server's tables built
  // after its first answer, GuildLibraries) runs between them, as here, untimed; its time is reported as idleMs
  const idle = performance.now();
  await new Promise((resolve) => setImmediate(resolve));
  idles.push(performance.now() - idle);
}

const latency = (times: number[]) => (times.length ? summarise(times, times[0]!) : null);
console.log(
  JSON.stringify({
    setupMs: Math.round(setupMs),
    cacheArticles,
    heldArticles: libraries.heldArticles,
    ask: latency(all),
    askBuilt: latency(built),
    firstAsk: latency(firsts),
    guildLoad: latency(loads),
    idleMs: Math.round(idles.reduce((a, b) => a + b, 0)),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
