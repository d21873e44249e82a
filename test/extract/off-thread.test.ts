import { describe, expect, it } from 'vitest';
import { parseArticle, readArticleFile } from '../../src/article/read';
import { extractOffThread } from '../../src/extract/off-thread';
import { extractFacts } from '../../src/extract/pipeline';
import { HOSTILE_FAMILIES, rng } from '../../bench/hostile';

const SEED = 'data/articles/000_561b48a65b5491d5.txt';
const withoutArticle = ({ article: _a, ...facts }: ReturnType<typeof extractFacts>) => facts;

describe('extractOffThread', () => {
  it('returns the facts extractFacts returns, intact across the thread, with the caller’s article', async () => {
    const article = readArticleFile(SEED);
    const facts = await extractOffThread(article, { timeoutMs: 60_000 });
    expect(facts.article).toBe(article);
    expect(facts.actors.length).toBeGreaterThan(0);
    expect(withoutArticle(facts)).toEqual(withoutArticle(extractFacts(article)));
  }, 90_000);

  it('leaves the event loop free while a large hostile article is extracted', async () => {
    const article = parseArticle(HOSTILE_FAMILIES['mixed']!(1024 * 1024, rng(3)), 'hostile');
    let ticks = 0;
    let longestGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks++;
    }, 5);
    try {
      const facts = await extractOffThread(article, { timeoutMs: 60_000 });
      expect(facts.article).toBe(article);
    } finally {
      clearInterval(timer);
    }
    // run on this thread, the extraction would be one block with no tick at all
    expect(ticks).toBeGreaterThan(5);
    expect(longestGap).toBeLessThan(3000);
  }, 90_000);

  it('refuses an article over its time budget with a one-line error, then serves the next one', async () => {
    const big = parseArticle(HOSTILE_FAMILIES['said-run']!(1024 * 1024, rng(1)), 'big');
    await expect(extractOffThread(big, { timeoutMs: 1 })).rejects.toThrow(/^extraction took longer than 1 ms; the article was not added$/);
    const small = parseArticle('Alpha Bravo said the vote failed.', 'small');
    const facts = await extractOffThread(small, { timeoutMs: 60_000 });
    expect(facts.claims.map((c) => c.speaker)).toEqual(['Alpha Bravo']);
  }, 90_000);
});
