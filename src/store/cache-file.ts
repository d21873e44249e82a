import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { ArticleFacts } from '../extract/types';
import { listArticleFiles } from './files';
import { indexSnapshot, snapshotFits, type IndexSnapshot } from './indices';
import { STORE_SCHEMA_VERSION, type FactStore } from './types';

/**
 * The cache file beside the articles: a header line (versions, key, checksum of the rest, skipped files), then
 * the payload as JSON lines (one per article, then the index snapshot): the store, with every text that is a slice of the article body left out (sentences,
 * paragraphs, mentions, claims, dates, spin signals: sliced again on load), and the index snapshot. This module reads and writes it without
 * loading the extraction pipeline, so a process served from the cache never pays for it.
 */

/** The built store is cached beside the articles; dot-files are never read as articles. */
export const CACHE_FILE = '.dossier-cache.json';
/** Bump when the file's layout changes (the store's own shape has STORE_SCHEMA_VERSION). */
const CACHE_FORMAT = 5;

export interface BuildResult {
  store: FactStore;
  /** Files that could not be read, each with a one-line reason naming the file. */
  skipped: string[];
}

export interface LoadResult extends BuildResult {
  /** How the store was obtained: read from a valid cache, or extracted (and the cache rewritten). */
  from: 'cache' | 'extraction';
  /** Why an existing cache was not used (stale, corrupt, other version), if it was not. */
  cacheProblem: string | null;
  /** The index's per-sentence keys, read from the cache or worked out once for writing it. */
  snapshot: IndexSnapshot;
}

export type CacheRead = { key: string } & ({ store: FactStore; skipped: string[]; snapshot: IndexSnapshot } | { problem: string | null });

const headerSchema = z.object({
  format: z.literal(CACHE_FORMAT),
  schemaVersion: z.literal(STORE_SCHEMA_VERSION),
  key: z.string(),
  checksum: z.string(),
  skipped: z.array(z.string()),
});
const storeSchema = z.object({
  schemaVersion: z.literal(STORE_SCHEMA_VERSION),
  articles: z.array(
    z
      .object({
        article: z.object({ id: z.string(), text: z.string(), sentences: z.array(z.unknown()), paragraphs: z.array(z.unknown()) }).loose(),
        actors: z.array(z.object({ mentions: z.array(z.unknown()) }).loose()),
        claims: z.array(z.unknown()),
        dates: z.array(z.unknown()),
        spin: z.object({ signals: z.array(z.unknown()) }).loose(),
      })
      .loose(),
  ),
});

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Source of the code that decides what a store holds: a change to it makes old caches stale. */
const codeFingerprint = (() => {
  let cached: string | null = null;
  return () => {
    if (cached !== null) return cached;
    const src = join(dirname(fileURLToPath(import.meta.url)), '..');
    const hash = createHash('sha256');
    for (const folder of ['article', 'extract', 'lexicon', 'store']) {
      for (const file of readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' }).sort()) {
        if (!file.endsWith('.ts')) continue;
        hash.update(file).update(readFileSync(join(src, folder, file)));
      }
    }
    return (cached = hash.digest('hex'));
  };
})();

/** What the cache must match: the article files' names and bytes, and the extraction code. */
export function cacheKey(dir: string): string {
  const hash = createHash('sha256').update(codeFingerprint()).update(String(STORE_SCHEMA_VERSION));
  for (const file of listArticleFiles(dir)) hash.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** The folder's cache if it is valid for the articles as they are now, else why not. */
export function readCache(dir: string): CacheRead {
  const key = cacheKey(dir);
  let file: Buffer;
  try {
    file = readFileSync(join(dir, CACHE_FILE));
  } catch {
    return { key, problem: null }; // no cache yet
  }
  const newline = file.indexOf(NEWLINE);
  try {
    const header = headerSchema.safeParse(JSON.parse(file.toString('utf8', 0, newline)));
    if (!header.success) return { key, problem: 'cache from another version' };
    if (header.data.key !== key) return { key, problem: 'cache is stale (articles or code changed)' };
    if (sha256(file.subarray(newline + 1)) !== header.data.checksum) return { key, problem: 'cache is corrupt (checksum mismatch)' };
    const parsed = parseLines(file, newline + 1);
    // checked, not copied: zod's parsed copy would double the store while both are alive
    if (!storeSchema.safeParse(parsed.store).success) return { key, problem: 'cache is corrupt (unexpected shape)' };
    const restored = restoreTexts(parsed.store as FactStore);
    if (!parsed.index || !snapshotFits(parsed.index, restored)) return { key, problem: 'cache is corrupt (index does not fit the store)' };
    return { key, store: restored, skipped: header.data.skipped, snapshot: parsed.index };
  } catch {
    return { key, problem: 'cache is corrupt (not JSON)' };
  }
}

const NEWLINE = 0x0a; // never inside a JSON text, nor inside a multi-byte UTF-8 character

/**
 * The payload, one JSON line per article and the index snapshot last, decoded a line at a time: the file is
 * never one 50 MB string (a two-byte string twice the file's size) with a parse of it all alive at once.
 */
function parseLines(file: Buffer, from: number): { store: unknown; index?: IndexSnapshot } {
  const lines: unknown[] = [];
  for (let at = from; at < file.length; ) {
    const end = file.indexOf(NEWLINE, at);
    const stop = end < 0 ? file.length : end;
    lines.push(JSON.parse(file.toString('utf8', at, stop)));
    at = stop + 1;
  }
  const last = lines.pop() as { schemaVersion?: unknown; index?: IndexSnapshot } | undefined;
  return { store: { schemaVersion: last?.schemaVersion, articles: lines }, index: last?.index };
}

/** A freshly built store with its snapshot, the cache rewritten (atomically) unless told not to. */
export function saveBuilt(dir: string, read: CacheRead, built: BuildResult, opts: { writeCache?: boolean }): LoadResult {
  const snapshot = indexSnapshot(built.store);
  if (opts.writeCache !== false) writeCache(join(dir, CACHE_FILE), read.key, built, snapshot);
  return { ...built, snapshot, from: 'extraction', cacheProblem: 'problem' in read ? read.problem : null };
}

export function fromCache(read: CacheRead): LoadResult | null {
  return 'store' in read ? { store: read.store, skipped: read.skipped, snapshot: read.snapshot, from: 'cache', cacheProblem: null } : null;
}

/** A span's text left out where it is exactly the slice of the body its offsets claim. */
type Spanned = { start: number; end: number; text: string };
const slimSpan = <T extends Spanned>(body: string, p: T) => (body.slice(p.start, p.end) === p.text ? { ...p, text: undefined } : p);
/** Puts a left-out text back as a slice of the body (V8 shares the body's memory for slices). */
const restoreSpan = (body: string, p: Spanned) => (p.text ??= body.slice(p.start, p.end));

/**
 * The facts of one article without the texts that are slices of its body: sentences, paragraphs, mentions,
 * claims, dates and spin signals all carry verbatim article text, so the cache holds them as offsets only.
 */
function slimFacts(f: ArticleFacts): unknown {
  const body = f.article.text;
  const span = <T extends Spanned>(p: T) => slimSpan(body, p);
  return {
    ...f,
    article: { ...f.article, sentences: f.article.sentences.map(span), paragraphs: f.article.paragraphs.map(span) },
    actors: f.actors.map((a) => ({ ...a, mentions: a.mentions.map(span) })),
    claims: f.claims.map(span),
    dates: f.dates.map(span),
    spin: { ...f.spin, signals: f.spin.signals.map(span) },
  };
}

/** Every left-out text put back; a span whose offsets are not numbers makes the cache corrupt. */
function restoreTexts(store: FactStore): FactStore {
  for (const f of store.articles) {
    const body = f.article.text;
    const spans: Spanned[] = [...f.article.sentences, ...f.article.paragraphs, ...f.actors.flatMap((a) => a.mentions), ...f.claims, ...f.dates, ...f.spin.signals];
    for (const p of spans) {
      if (typeof p.start !== 'number' || typeof p.end !== 'number') throw new Error('span without offsets');
      restoreSpan(body, p);
    }
  }
  return store;
}

/** Writes to a temporary file and renames it over the cache, so a reader never sees half a file. */
function writeCache(path: string, key: string, built: BuildResult, snapshot: IndexSnapshot): void {
  const lines = built.store.articles.map((f) => JSON.stringify(slimFacts(f)));
  const payload = [...lines, JSON.stringify({ schemaVersion: built.store.schemaVersion, index: snapshot })].join('\n');
  const header = { format: CACHE_FORMAT, schemaVersion: STORE_SCHEMA_VERSION, key, checksum: sha256(payload), skipped: built.skipped };
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, `${JSON.stringify(header)}\n${payload}`);
    renameSync(tmp, path);
  } catch {
    rmSync(tmp, { force: true }); // a read-only data folder just goes without a cache
  }
}
