/**
 * The serving process of one corpus: loads the store from the folder's cache the way the bot and the CLI do
 * (`openStore`, then `Dossier.fromStore` with the cached snapshot), times every command, and reports this
 * process's peak RSS. Prints one JSON object. Usage: node dist/bench/serve.js DIR [--iterations N] (built by bench/run.ts)
 */
import { Dossier } from '../src/answer/dossier';
import { openStore } from '../src/store/open';
import { pick, questionsFor } from './questions';
import { compareRetrieval } from './retrieval';
import { latency, type Latency } from './stats';

const dir = process.argv[2];
if (!dir) throw new Error('usage: serve.ts DIR [--iterations N]');
const at = process.argv.indexOf('--iterations');
const iterations = at > 0 ? Number(process.argv[at + 1]) : 300;

// the load result goes out of scope once the index is built, as in the bot: the snapshot is not kept alive
const { dossier, loadMs, indexMs } = await (async () => {
  const t0 = performance.now();
  const loaded = await openStore(dir, { writeCache: false });
  if (loaded.from !== 'cache') throw new Error(`serve.ts needs a valid cache in ${dir} (${loaded.cacheProblem ?? 'none'})`);
  const t1 = performance.now();
  return { dossier: Dossier.fromStore(loaded.store, loaded.snapshot), loadMs: t1 - t0, indexMs: performance.now() - t1 };
})();
// what the bot does once it is ready, before the commands are timed
const t2 = performance.now();
dossier.warm();
const warmMs = performance.now() - t2;
const { store } = dossier;

// Queries drawn from the corpus itself, so every size asks about names it really has.
const actors = store.articles.flatMap((a) => a.actors);
const people = actors.filter((a) => a.type === 'person');
const questions = questionsFor(store);
const typo = (name: string, i: number) => (name.length > 4 ? name.slice(0, i % (name.length - 2) + 1) + name.slice(i % (name.length - 2) + 2) : name);

const commands: Record<string, Latency> = {
  ask: latency(iterations, (i) => dossier.ask(questions(i))),
  actor: latency(iterations, (i) => dossier.actor(i % 3 === 0 ? typo(pick(actors, i).name, i) : pick(actors, i).name)),
  autocomplete: latency(iterations, (i) => dossier.autocomplete(pick(actors, i).name.slice(0, 1 + (i % 4)))),
  claims: latency(iterations, (i) => dossier.claims(i % 2 ? { actor: pick(people.length ? people : actors, i).name } : {})),
  timeline: latency(iterations, () => dossier.timeline()),
  brief: latency(iterations, () => dossier.brief()),
};

// the retrieval comparison builds two more indices of its own: the serving process's peak is taken before it
const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
const retrieval = compareRetrieval(store, dossier.index);

console.log(JSON.stringify({ loadMs: Math.round(loadMs), indexMs: Math.round(indexMs), warmMs: Math.round(warmMs), commands, retrieval, peakRssMB }));
