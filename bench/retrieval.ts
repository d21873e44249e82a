import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { StoreIndex } from '../src/store/indices';
import type { FactStore } from '../src/store/types';
import { latency, type Latency } from './stats';

interface Doc {
  id: number;
  text: string;
  paragraph: number;
}

interface DevQuestion {
  q: string;
  answer_contains: string[];
  paragraphs: number[];
}

export interface RetrievalResult {
  engine: string;
  buildMs: number;
  latency: Latency;
  /** Dev questions whose top sentence is in an expected paragraph and holds an expected answer word. */
  top1: string;
}

const STOP = new Set('a an the of to in on for and or is are was were be did do does what who whom when where how many much why which with by at from that this it its his her their say said'.split(' '));
const content = (q: string) => q.toLowerCase().match(/[\p{L}\p{N}']+/gu)?.filter((w) => !STOP.has(w)) ?? [];

/**
 * Sentence retrieval two ways over the same sentences: fuse.js scanning every sentence (linear in the corpus)
 * and a MiniSearch inverted index, beside the index Dossier serves from (StoreIndex: BM25 postings over
 * normalised, de-spun keys; its build is the store load's, measured as indexMs). Accuracy uses ../shared/eval/dev-questions.json when it is there.
 */
export function compareRetrieval(store: FactStore, index: StoreIndex): RetrievalResult[] {
  const docs: Doc[] = store.articles.flatMap((f) => f.article.sentences.map((s) => ({ id: 0, text: s.text, paragraph: s.paragraph })));
  docs.forEach((d, i) => (d.id = i));
  const devFile = resolve(process.env.DOSSIER_SHARED ?? '../shared', 'eval/dev-questions.json');
  const dev: DevQuestion[] = existsSync(devFile) ? (JSON.parse(readFileSync(devFile, 'utf8')) as { questions: DevQuestion[] }).questions : [];
  const queries = dev.length ? dev.map((d) => d.q) : ['Who ordered troops?'];

  let t = performance.now();
  const fuse = new Fuse(docs, { keys: ['text'], ignoreLocation: true, threshold: 0.4, useExtendedSearch: true });
  const fuseBuild = performance.now() - t;
  const fuseSearch = (q: string) => fuse.search(content(q).map((w) => `'${w}`).join(' | '), { limit: 5 }).map((r) => r.item);

  t = performance.now();
  const mini = new MiniSearch<Doc>({ fields: ['text'], storeFields: [] });
  mini.addAll(docs);
  const miniBuild = performance.now() - t;
  const miniSearch = (q: string) => mini.search(content(q).join(' '), { prefix: true, fuzzy: 0.2 }).slice(0, 5).map((r) => docs[r.id as number]!);

  const storeSearch = (q: string) => index.candidates(q, 5).map((e) => ({ id: e.id, text: e.sentence.text, paragraph: e.sentence.paragraph }));

  const score = (search: (q: string) => Doc[]) => {
    const right = dev.filter((d) => {
      const top = search(d.q)[0];
      return top && d.paragraphs.includes(top.paragraph) && d.answer_contains.some((a) => top.text.toLowerCase().includes(a.toLowerCase()));
    }).length;
    return dev.length ? `${right}/${dev.length}` : 'n/a';
  };
  const iterations = Math.min(100, Math.max(10, Math.round(2_000_000 / Math.max(docs.length, 1))));
  return [
    { engine: 'fuse.js (linear scan)', buildMs: Math.round(fuseBuild), latency: latency(iterations, (i) => fuseSearch(queries[i % queries.length]!)), top1: score(fuseSearch) },
    { engine: 'MiniSearch (inverted index)', buildMs: Math.round(miniBuild), latency: latency(iterations, (i) => miniSearch(queries[i % queries.length]!)), top1: score(miniSearch) },
    { engine: 'StoreIndex (BM25 postings, served)', buildMs: 0, latency: latency(iterations, (i) => storeSearch(queries[i % queries.length]!)), top1: score(storeSearch) },
  ];
}
