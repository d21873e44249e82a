/**
 * What the servers' built libraries hold in memory, measured without timing noise: the JavaScript heap after a
 * full garbage collection, at each step of serving every server of a library file (from `npm run bench --
 * --guilds N`): stores loaded, Dossiers built, asked as the guild bench asks them, warmed as the bot warms them.
 * Deterministic for one library file and one build of the code, so a change's cost or saving reads in one run.
 * Usage: node --expose-gc --import tsx bench/guilds-heap.ts LIBRARY_FILE GUILDS [--asks N]
 */
import { Dossier } from '../src/answer/dossier';
import { Library } from '../src/store/library/library';
import { benchGuild } from './guilds-ids';
import { questionsFor } from './questions';

const [file, count] = process.argv.slice(2);
if (!file || !count) throw new Error('usage: guilds-heap.ts LIBRARY_FILE GUILDS [--asks N]');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('guilds-heap.ts needs node --expose-gc');
const at = process.argv.indexOf('--asks');
/** Questions per server: the guild bench's 1,000 asks over 100 servers are 10 each. */
const asks = at > 0 ? Number(process.argv[at + 1]) : 10;
const guilds = Array.from({ length: Number(count) }, (_, i) => benchGuild(i));

const heapMB = () => {
  gc();
  gc();
  return Math.round((process.memoryUsage().heapUsed / 2 ** 20) * 10) / 10;
};
const library = Library.open(file);
const steps: Record<string, number> = { start: heapMB() };
const loaded = [];
for (const guild of guilds) {
  const store = await library.load(guild);
  if (!store) throw new Error(`server ${guild} has no articles in ${file}`);
  loaded.push(store);
}
steps.storesLoaded = heapMB();
const dossiers = loaded.map((l) => Dossier.fromStore(l.store, l.snapshot));
loaded.length = 0; // as GuildLibraries keeps them: the Dossier, not the loaded rows and snapshot
steps.dossiersBuilt = heapMB();
for (let i = 0; i < asks; i++) {
  for (const dossier of dossiers) dossier.ask(questionsFor(dossier.store)(i));
}
steps.asked = heapMB();
for (const dossier of dossiers) dossier.warm();
steps.warmed = heapMB();
library.close();
console.log(JSON.stringify({ guilds: guilds.length, articles: dossiers.reduce((n, d) => n + d.store.articles.length, 0), asksPerServer: asks, heapMB: steps }));
