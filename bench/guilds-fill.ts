/**
 * Fills one library file for the many-servers benchmark: the corpus's articles dealt round-robin to `guilds`
 * servers, each ingested as /ingest does (read, extract, slim facts and index part, one transaction).
 * Prints one JSON object. Usage: node dist/bench/guilds-fill.js CORPUS_DIR LIBRARY_FILE GUILDS (built by bench/run.ts)
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { listArticleFiles } from '../src/store/files';
import { Library } from '../src/store/library/library';
import { benchGuild } from './guilds-ids';

const [dir, file, count] = process.argv.slice(2);
if (!dir || !file || !count) throw new Error('usage: guilds-fill.ts CORPUS_DIR LIBRARY_FILE GUILDS');
for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
const library = Library.open(file);
const files = listArticleFiles(dir);
const t0 = performance.now();
for (const [i, path] of files.entries()) {
  const name = basename(path);
  await library.ingest(benchGuild(i % Number(count)), { text: readFileSync(path, 'utf8'), name, addedBy: 'bench', id: basename(name, extname(name)) });
}
const ms = performance.now() - t0;
library.close();
console.log(JSON.stringify({ articles: files.length, guilds: Number(count), ingestMs: Math.round(ms), libraryMB: Math.round((statSync(file).size / 2 ** 20) * 10) / 10 }));
