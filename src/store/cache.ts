import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { buildStore, listArticleFiles, type BuildResult } from './build';
import { STORE_SCHEMA_VERSION, type FactStore } from './types';

/** The built store is cached beside the articles; dot-files are never read as articles. */
export const CACHE_FILE = '.dossier-cache.json';

export interface LoadResult extends BuildResult {
  /** How the store was obtained: read from a valid cache, or extracted (and the cache rewritten). */
  from: 'cache' | 'extraction';
  /** Why an existing cache was not used (stale, corrupt, other version), if it was not. */
  cacheProblem: string | null;
}

const headerSchema = z.object({
  schemaVersion: z.literal(STORE_SCHEMA_VERSION),
  key: z.string(),
  checksum: z.string(),
  skipped: z.array(z.string()),
});
const storeSchema = z.object({ schemaVersion: z.literal(STORE_SCHEMA_VERSION), articles: z.array(z.object({ article: z.object({ id: z.string() }).loose() }).loose()) });

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

/**
 * Loads the store of a folder, from its cache while the articles and code are unchanged, else by extraction
 * (then rewriting the cache atomically). A stale, truncated or tampered cache is rebuilt, never trusted: the
 * payload's checksum and shape are checked before use.
 */
export function loadStore(dir: string, opts: { writeCache?: boolean } = {}): LoadResult {
  const key = cacheKey(dir);
  const path = join(dir, CACHE_FILE);
  const read = readCache(path, key);
  if ('store' in read) return { store: read.store, skipped: read.skipped, from: 'cache', cacheProblem: null };
  const built = buildStore(dir);
  if (opts.writeCache !== false) writeCache(path, key, built);
  return { ...built, from: 'extraction', cacheProblem: read.problem };
}

function readCache(path: string, key: string): { store: FactStore; skipped: string[] } | { problem: string | null } {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    return { problem: null }; // no cache yet
  }
  const newline = raw.indexOf('\n');
  try {
    const header = headerSchema.safeParse(JSON.parse(raw.slice(0, newline)));
    if (!header.success) return { problem: 'cache from another version' };
    if (header.data.key !== key) return { problem: 'cache is stale (articles or code changed)' };
    const payload = raw.slice(newline + 1);
    if (sha256(payload) !== header.data.checksum) return { problem: 'cache is corrupt (checksum mismatch)' };
    const store = storeSchema.safeParse(JSON.parse(payload));
    if (!store.success) return { problem: 'cache is corrupt (unexpected shape)' };
    return { store: store.data as unknown as FactStore, skipped: header.data.skipped };
  } catch {
    return { problem: 'cache is corrupt (not JSON)' };
  }
}

/** Writes to a temporary file and renames it over the cache, so a reader never sees half a file. */
function writeCache(path: string, key: string, built: BuildResult): void {
  const payload = JSON.stringify(built.store);
  const header = { schemaVersion: STORE_SCHEMA_VERSION, key, checksum: sha256(payload), skipped: built.skipped };
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, `${JSON.stringify(header)}\n${payload}`);
    renameSync(tmp, path);
  } catch {
    rmSync(tmp, { force: true }); // a read-only data folder just goes without a cache
  }
}
