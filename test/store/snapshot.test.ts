/**
 * The cache describes exactly the bytes it was built from: an article that appears after the folder was read
 * (here, deterministically, just as the build starts) is neither in the store nor under the cache's key.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

let onBuild: (() => void) | null = null;
vi.mock('../../src/store/build', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/store/build')>();
  return { ...real, buildStore: (...args: Parameters<typeof real.buildStore>) => (onBuild?.(), real.buildStore(...args)) };
});
const { openStore } = await import('../../src/store/open');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-snapshot-'));
  copyFileSync('data/articles/000_561b48a65b5491d5.txt', join(dir, '000_seed.txt'));
});
afterEach(() => {
  onBuild = null;
  rmSync(dir, { recursive: true, force: true });
});

describe('a file added between reading the folder and building the store', () => {
  it('is not built into a cache keyed without it, so deleting it again leaves nothing stale', async () => {
    const extra = join(dir, '001_extra.md');
    onBuild = () => writeFileSync(extra, 'The harbour reopened on Monday, the port authority said.\n');
    const built = await openStore(dir);
    expect(built.from).toBe('extraction');
    expect(built.store.articles.map((a) => a.article.id)).toEqual(['000_seed']);
    onBuild = null;
    // the file is there now: the cache (keyed by what was read) is stale, and the rebuild serves it
    expect((await openStore(dir)).store.articles.map((a) => a.article.id)).toEqual(['000_seed', '001_extra']);
    rmSync(extra);
    const after = await openStore(dir);
    expect(after.store.articles.map((a) => a.article.id)).toEqual(['000_seed']);
  });
});
