import { fromCache, readCache, saveBuilt, type LoadResult } from './cache-file';

/**
 * `loadStore` for processes that want to start fast: the extraction pipeline (compromise, chrono-node: about
 * a second and 75 MB) is imported only when the cache is missing, stale or corrupt.
 */
export async function openStore(dir: string, opts: { writeCache?: boolean } = {}): Promise<LoadResult> {
  const read = readCache(dir);
  const cached = fromCache(read);
  if (cached) return cached;
  const { buildStore } = await import('./build');
  return saveBuilt(dir, read, buildStore(read.files), opts);
}
