import { describe, expect, it } from 'vitest';
import { IRREGULAR_VERBS } from '../../src/lexicon/irregular-verbs';
import { LARGE_NUMBER_WORDS, NUMBER_QUALIFIERS } from '../../src/lexicon/numbers';
import { STOPWORDS } from '../../src/lexicon/stopwords';
import { SYNONYM_CLASSES } from '../../src/lexicon/synonyms';

const lowerWords = (list: readonly string[]) => list.every((w) => w === w.toLowerCase() && w.trim() === w && w.length > 0);

describe('answer lexicons', () => {
  it('irregular verbs: base form first, every form lower case, no base listed twice', () => {
    const bases = IRREGULAR_VERBS.map((f) => f[0]);
    expect(new Set(bases).size).toBe(bases.length);
    for (const forms of IRREGULAR_VERBS) {
      expect(forms.length).toBeGreaterThanOrEqual(2);
      expect(lowerWords(forms)).toBe(true);
    }
    expect(IRREGULAR_VERBS.find((f) => f[0] === 'tell')).toContain('told');
  });

  it('stop words are lower-case function words without topic words', () => {
    expect(lowerWords(STOPWORDS)).toBe(true);
    for (const topic of ['war', 'president', 'arrest', 'say', 'told']) expect(STOPWORDS).not.toContain(topic);
  });

  it('synonym classes have at least two words and no word twice in one class', () => {
    for (const cls of SYNONYM_CLASSES) {
      expect(cls.length).toBeGreaterThanOrEqual(2);
      expect(new Set(cls).size).toBe(cls.length);
      expect(lowerWords(cls)).toBe(true);
    }
  });

  it('large number words and qualifiers are lower case and not repeated', () => {
    expect(lowerWords(LARGE_NUMBER_WORDS) && lowerWords(NUMBER_QUALIFIERS)).toBe(true);
    expect(new Set(NUMBER_QUALIFIERS).size).toBe(NUMBER_QUALIFIERS.length);
  });
});
