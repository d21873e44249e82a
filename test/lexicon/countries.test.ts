import { describe, expect, it } from 'vitest';
import { COUNTRIES, COUNTRY_ABBREVIATIONS, COUNTRY_ALIASES, INFORMAL_COUNTRY_NAMES, PLACE_NAME_ENDINGS, PLACE_SUFFIXES } from '../../src/lexicon/countries';
import { placeKeys } from '../../src/answer/verdict/features';

describe('countries lexicon', () => {
  it('has capitalised names and no duplicates', () => {
    expect(new Set(COUNTRIES).size).toBe(COUNTRIES.length);
    for (const c of COUNTRIES) expect(c).toMatch(/^\p{Lu}/u);
    for (const list of [PLACE_SUFFIXES, PLACE_NAME_ENDINGS]) expect(new Set(list).size).toBe(list.length);
  });
  it('maps every abbreviation to a listed country', () => {
    for (const [abbr, country] of Object.entries(COUNTRY_ABBREVIATIONS)) {
      expect(abbr).toMatch(/^[A-Z]+$/);
      expect(COUNTRIES).toContain(country);
    }
  });
  it('puts each name in at most one alias group', () => {
    const all = COUNTRY_ALIASES.flat();
    expect(new Set(all).size).toBe(all.length);
    // "Korea" alone is the South in chat claims, but no alias that would merge actors
    expect(COUNTRY_ALIASES.flat()).not.toContain('Korea');
    for (const country of Object.values(INFORMAL_COUNTRY_NAMES)) expect(COUNTRIES).toContain(country);
    expect(placeKeys('people in korea')).toEqual(new Set(['south korea']));
  });
});
