/**
 * Extraction cost of one corpus, in its own process: read + extract every article, then normalise every
 * sentence for the index (done once, when the cache is written). Prints one JSON object. The served figures
 * (latency, peak RSS) come from bench/serve.ts, a process that loads the store from the cache as the bot does.
 * Usage: node dist/bench/measure.js DIR (built by bench/run.ts)
 */
import { readArticleFile } from '../src/article/read';
import { extractFacts } from '../src/extract/pipeline';
import { listArticleFiles } from '../src/store/files';
import { indexSnapshot } from '../src/store/indices';
import { STORE_SCHEMA_VERSION, type FactStore } from '../src/store/types';

const dir = process.argv[2];
if (!dir) throw new Error('usage: measure.ts DIR');

const files = listArticleFiles(dir);
const t0 = performance.now();
const store: FactStore = { schemaVersion: STORE_SCHEMA_VERSION, articles: files.map((f) => extractFacts(readArticleFile(f))) };
const extractMs = performance.now() - t0;
const t1 = performance.now();
indexSnapshot(store);
const snapshotMs = performance.now() - t1;

console.log(
  JSON.stringify({
    articles: files.length,
    extraction: { ms: Math.round(extractMs), articlesPerSecond: Math.round((files.length / extractMs) * 1000 * 10) / 10 },
    snapshotMs: Math.round(snapshotMs),
    extractionPeakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
