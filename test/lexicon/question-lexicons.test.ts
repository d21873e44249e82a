import { describe, expect, it } from 'vitest';
import { HEDGE_ADVERBS } from '../../src/lexicon/hedges';
import { MEASURES } from '../../src/lexicon/numbers';
import { RESPONDED_NOUNS, RESPONSE_VERBS } from '../../src/lexicon/responses';
import { STOPWORDS } from '../../src/lexicon/stopwords';
import { TITLE_ABBREVIATIONS } from '../../src/lexicon/titles';

const lowerWords = (list: readonly string[]) => list.every((w) => w === w.toLowerCase() && w.trim() === w && w.length > 0);

describe('question lexicons', () => {
  it('hedging adverbs are lower case, not repeated, and no topic word', () => {
    expect(lowerWords(HEDGE_ADVERBS)).toBe(true);
    expect(new Set(HEDGE_ADVERBS).size).toBe(HEDGE_ADVERBS.length);
    for (const topic of ['war', 'killed', 'arrested', 'most', 'before']) expect(HEDGE_ADVERBS).not.toContain(topic);
  });

  it('measures: each asked word belongs to one measure, units are lower case', () => {
    const asked = MEASURES.flatMap((m) => m.asked);
    expect(new Set(asked).size).toBe(asked.length);
    for (const m of MEASURES) expect(lowerWords(m.asked) && lowerWords(m.units)).toBe(true);
    expect(MEASURES.find((m) => m.asked.includes('weigh'))?.units).toContain('pounds');
    expect(MEASURES.find((m) => m.asked.includes('altitude'))?.units).toContain('feet');
  });

  it('response verbs and nouns are lower case; the verbs, read by their index keys, are no stop words', () => {
    expect(lowerWords(RESPONSE_VERBS) && lowerWords(RESPONDED_NOUNS)).toBe(true);
    for (const w of RESPONSE_VERBS) expect(STOPWORDS).not.toContain(w);
  });

  it('title abbreviations stand for role words, "gov" for governor', () => {
    expect(TITLE_ABBREVIATIONS.gov).toBe('governor');
    expect(lowerWords(Object.keys(TITLE_ABBREVIATIONS))).toBe(true);
  });
});
