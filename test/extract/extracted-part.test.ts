import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/read';
import { extractedPart, extractFacts } from '../../src/extract/pipeline';

describe('extractedPart', () => {
  const text = Array.from({ length: 40 }, (_, i) => `Alpha Bravo said the vote number ${i} failed badly.`).join('\n\n');
  const article = parseArticle(text, 'long');

  it('is the article itself when it is within the limit', () => {
    expect(extractedPart(article)).toBe(article);
  });

  it('keeps the text and the sentences ending within the limit, and cuts the last paragraph there', () => {
    const part = extractedPart(article, 300);
    expect(part.text).toBe(article.text);
    expect(part.sentences.length).toBeGreaterThan(0);
    expect(part.sentences.every((s) => s.end <= 300)).toBe(true);
    expect(part.sentences).toEqual(article.sentences.slice(0, part.sentences.length));
    const last = part.paragraphs.at(-1)!;
    expect(last.end).toBeLessThanOrEqual(300);
    expect(last.text).toBe(article.text.slice(last.start, last.end));
  });

  it('still gives facts that point into the whole article', () => {
    const facts = extractFacts(article);
    expect(facts.article).toBe(article);
    for (const c of facts.claims) expect(article.text.slice(c.start, c.end)).toBe(c.text);
  });
});
