import { createHmac } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CACHE_FILE, loadStore } from '../../src/store/cache';
import { indexSnapshot } from '../../src/store/indices';
import { openStore } from '../../src/store/open';

const SEED = 'data/articles/000_561b48a65b5491d5.txt';

/** The checksum the store writes: an HMAC keyed with the folder's secret, over the key, the skipped files and the payload. */
const sign = (dir: string, header: { key: string; skipped: string[] }, payload: string) =>
  createHmac('sha256', readFileSync(join(dir, '.dossier-secret')))
    .update(header.key)
    .update('\0')
    .update(JSON.stringify(header.skipped))
    .update('\0')
    .update(payload)
    .digest('hex');

describe('store cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-cache-'));
    copyFileSync(SEED, join(dir, '000_seed.txt'));
  });

  it('reuses the cache while the articles are unchanged and gives the same store', () => {
    const first = loadStore(dir);
    expect(first.from).toBe('extraction');
    const second = loadStore(dir);
    expect(second.from).toBe('cache');
    expect(second.store).toEqual(first.store);
  });

  it('rebuilds when an article changes or is added', () => {
    loadStore(dir);
    writeFileSync(join(dir, '001_new.md'), '---\ntitle: New\n---\nA new paragraph about nothing.');
    const after = loadStore(dir);
    expect(after.from).toBe('extraction');
    expect(after.cacheProblem).toMatch(/stale/);
    expect(after.store.articles.map((a) => a.article.id)).toEqual(['000_seed', '001_new']);
  });

  it('never trusts a truncated, tampered or foreign cache', () => {
    loadStore(dir);
    const path = join(dir, CACHE_FILE);
    const good = readFileSync(path, 'utf8');
    const cases: [string, RegExp][] = [
      [good.slice(0, good.length - 50), /checksum/],
      [good.replace('"actors"', '"actorz"'), /checksum/],
      ['{"schemaVersion":999}\n{}', /version/],
      ['not json at all', /not JSON/],
    ];
    for (const [content, problem] of cases) {
      writeFileSync(path, content);
      const result = loadStore(dir);
      expect(result.from).toBe('extraction');
      expect(result.cacheProblem).toMatch(problem);
      expect(result.store.articles).toHaveLength(1);
      expect(loadStore(dir).from).toBe('cache'); // rewritten good
    }
  });

  it('keeps the index snapshot with the store and gives back texts as slices of the body', async () => {
    const first = loadStore(dir);
    const cached = await openStore(dir);
    expect(cached.from).toBe('cache');
    expect(cached.store).toEqual(first.store);
    expect(cached.snapshot).toEqual(indexSnapshot(first.store));
    const raw = readFileSync(join(dir, CACHE_FILE), 'utf8');
    const sentence = first.store.articles[0]!.article.sentences[3]!.text;
    expect(raw).not.toContain(JSON.stringify(sentence)); // stored once, in the body
  });

  it('rebuilds when the index snapshot does not fit the store, even under a valid checksum', () => {
    loadStore(dir);
    const path = join(dir, CACHE_FILE);
    const raw = readFileSync(path, 'utf8');
    const newline = raw.indexOf('\n');
    const header = JSON.parse(raw.slice(0, newline)) as { checksum: string; key: string; skipped: string[] };
    // the payload is JSON lines: one per article, then the index snapshot
    const lines = raw.slice(newline + 1).split('\n');
    const last = JSON.parse(lines.pop()!) as { index: { sentences: number; gaps: number[][] } };
    const { sentences, gaps } = last.index;
    for (const index of [
      { ...last.index, sentences: sentences + 1 },
      { ...last.index, gaps: gaps.map((g, i) => (i === 0 ? [sentences] : g)) },
      { ...last.index, gaps: gaps.map((g, i) => (i === 0 ? ['x'] : g)) },
    ]) {
      const text = [...lines, JSON.stringify({ ...last, index })].join('\n');
      header.checksum = sign(dir, header, text);
      writeFileSync(path, `${JSON.stringify(header)}\n${text}`);
      const result = loadStore(dir);
      expect(result.from).toBe('extraction');
      expect(result.cacheProblem).toMatch(/index does not fit/);
      expect(result.snapshot).toEqual(indexSnapshot(result.store));
      expect(loadStore(dir).from).toBe('cache');
    }
  });

  it('rebuilds when a fact points at a sentence the article does not have, even under a valid checksum', () => {
    loadStore(dir);
    const path = join(dir, CACHE_FILE);
    const raw = readFileSync(path, 'utf8');
    const newline = raw.indexOf('\n');
    const header = JSON.parse(raw.slice(0, newline)) as { checksum: string; key: string; skipped: string[] };
    const [article, ...rest] = raw.slice(newline + 1).split('\n');
    const facts = JSON.parse(article!) as { claims: { source: unknown }[]; actors: { mentions: unknown[] }[] };
    // the cache keeps a whole-sentence source as the sentence's number, and mentions as offsets, flat
    expect(typeof facts.claims[0]!.source).toBe('number');
    expect(typeof facts.actors[0]!.mentions[0]).toBe('number');
    for (const forge of [
      (f: typeof facts) => (f.claims[0]!.source = 9999),
      (f: typeof facts) => (f.actors[0]!.mentions[0] = 'x'),
      (f: typeof facts) => f.actors[0]!.mentions.pop(),
    ]) {
      const forged = structuredClone(facts);
      forge(forged);
      const text = [JSON.stringify(forged), ...rest].join('\n');
      header.checksum = sign(dir, header, text);
      writeFileSync(path, `${JSON.stringify(header)}\n${text}`);
      const result = loadStore(dir);
      expect(result.from).toBe('extraction');
      expect(result.cacheProblem).toMatch(/corrupt/);
      expect(loadStore(dir).from).toBe('cache');
    }
  });
});
