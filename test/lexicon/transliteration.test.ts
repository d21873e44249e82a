import { describe, expect, it } from 'vitest';
import { closeSpelling, soundKey } from '../../src/answer/similarity';
import { TRANSLITERATION_RULES, UMLAUT_SPELLINGS } from '../../src/lexicon/transliteration';

describe('transliteration rules', () => {
  it('spell each umlaut out as two plain lower-case letters', () => {
    for (const [letter, spelt] of Object.entries(UMLAUT_SPELLINGS)) {
      expect(letter).toBe(letter.toLowerCase());
      expect(spelt).toMatch(/^[a-z]{2}$/);
    }
  });

  it('are lower-case rewrites to something shorter or as long', () => {
    for (const [from, to] of TRANSLITERATION_RULES) {
      expect(from).toBe(from.toLowerCase());
      expect(to.length).toBeLessThanOrEqual(from.length);
    }
  });

  it('bring transliterations of one name together and keep different names apart', () => {
    expect(soundKey('Lukaschenko')).toBe(soundKey('Lukashenko'));
    expect(closeSpelling('poutine', 'putin')).toBe(true);
    expect(closeSpelling('tsikhanouskaya', 'tikhanovskaya')).toBe(true);
    expect(closeSpelling('zelenskyy', 'zelensky')).toBe(true);
    expect(closeSpelling('merkel', 'minsk')).toBe(false);
    expect(closeSpelling('putin', 'pushkin')).toBe(false);
  });
});
