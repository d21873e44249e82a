/**
 * One corpus, measured in its own process so peak RSS is that corpus's alone. Prints one JSON object.
 * Usage: tsx bench/measure.ts DIR [--iterations N]
 */
import { readArticleFile } from '../src/article/read';
import { Dossier } from '../src/answer/dossier';
import { extractFacts } from '../src/extract/pipeline';
import { listArticleFiles } from '../src/store/files';
import { indexSnapshot } from '../src/store/indices';
import { STORE_SCHEMA_VERSION, type FactStore } from '../src/store/types';
import { compareRetrieval } from './retrieval';
import { latency, type Latency } from './stats';

const dir = process.argv[2];
if (!dir) throw new Error('usage: measure.ts DIR [--iterations N]');
const at = process.argv.indexOf('--iterations');
const iterations = at > 0 ? Number(process.argv[at + 1]) : 300;

const files = listArticleFiles(dir);
const t0 = performance.now();
const store: FactStore = { schemaVersion: STORE_SCHEMA_VERSION, articles: files.map((f) => extractFacts(readArticleFile(f))) };
const extractMs = performance.now() - t0;
// normalising every sentence happens once, when the cache is written; loading from the cache starts after it
const t1 = performance.now();
const snapshot = indexSnapshot(store);
const snapshotMs = performance.now() - t1;
const t2 = performance.now();
const dossier = Dossier.fromStore(store, snapshot);
const indexMs = performance.now() - t2;

// Queries drawn from the corpus itself, so every size asks about names it really has.
const actors = store.articles.flatMap((a) => a.actors);
const people = actors.filter((a) => a.type === 'person');
const pick = <T>(list: T[], i: number): T => list[(i * 7919) % list.length]!;
const questions = (i: number): string => {
  const p = pick(people.length ? people : actors, i);
  const forms = [`Who is ${p.name}?`, `What did ${p.name} say?`, `When did ${p.name} speak?`, `How many people were arrested?`, `Where is ${p.name}?`];
  return forms[i % forms.length]!;
};
const typo = (name: string, i: number) => (name.length > 4 ? name.slice(0, i % (name.length - 2) + 1) + name.slice(i % (name.length - 2) + 2) : name);

const commands: Record<string, Latency> = {
  ask: latency(iterations, (i) => dossier.ask(questions(i))),
  actor: latency(iterations, (i) => dossier.actor(i % 3 === 0 ? typo(pick(actors, i).name, i) : pick(actors, i).name)),
  autocomplete: latency(iterations, (i) => dossier.autocomplete(pick(actors, i).name.slice(0, 1 + (i % 4)))),
  claims: latency(iterations, (i) => dossier.claims(i % 2 ? { actor: pick(people.length ? people : actors, i).name } : {})),
  timeline: latency(Math.min(iterations, 50), () => dossier.timeline()),
  brief: latency(Math.min(iterations, 50), () => dossier.brief()),
};

// the retrieval comparison builds two more indices of its own: the serving process's peak is taken before it
const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
const retrieval = compareRetrieval(store, dossier.index);

console.log(
  JSON.stringify({
    articles: files.length,
    extraction: { ms: Math.round(extractMs), articlesPerSecond: Math.round((files.length / extractMs) * 1000 * 10) / 10 },
    snapshotMs: Math.round(snapshotMs),
    indexMs: Math.round(indexMs),
    commands,
    retrieval,
    peakRssMB,
  }),
);
