import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../src/lexicon/countries';
import { DEMONYMS, PARTY_ADJECTIVES } from '../../src/lexicon/demonyms';

describe('demonyms lexicon', () => {
  it('is lower case without duplicates', () => {
    for (const list of [DEMONYMS, PARTY_ADJECTIVES]) {
      expect(new Set(list).size).toBe(list.length);
      for (const w of list) expect(w).toBe(w.toLowerCase());
    }
  });
  it('never names a country (a demonym describes; a country acts)', () => {
    const countries = new Set(COUNTRIES.map((c) => c.toLowerCase()));
    expect(DEMONYMS.filter((d) => countries.has(d))).toEqual([]);
  });
  it('covers the adjectives news puts before titles', () => {
    expect(DEMONYMS).toEqual(expect.arrayContaining(['russian', 'ukrainian', 'belarusian', 'polish', 'american', 'british']));
  });
});
