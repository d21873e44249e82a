import { buildStore } from './build';
import { fromCache, readCache, saveBuilt, type LoadResult } from './cache-file';

export { CACHE_FILE, type LoadResult } from './cache-file';

/**
 * Loads the store of a folder, from its cache while the articles and code are unchanged, else by extraction
 * (then rewriting the cache atomically). A stale, truncated or tampered cache is rebuilt, never trusted: the
 * payload's checksum and shape are checked before use. This one loads the extraction pipeline up front;
 * `openStore` (./open) loads it only when the cache cannot serve.
 */
export function loadStore(dir: string, opts: { writeCache?: boolean } = {}): LoadResult {
  const read = readCache(dir);
  return fromCache(read) ?? saveBuilt(dir, read, buildStore(read.files), opts);
}
