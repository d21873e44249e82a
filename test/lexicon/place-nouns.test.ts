import { describe, expect, it } from 'vitest';
import { placeKeys, samePlaceKind } from '../../src/answer/verdict/features';
import { BOUNDARY_NOUNS, FEATURE_NOUNS, VENUE_NOUNS } from '../../src/lexicon/place-nouns';

describe('boundary nouns lexicon', () => {
  it('is lower case single words without duplicates', () => {
    expect(new Set(BOUNDARY_NOUNS).size).toBe(BOUNDARY_NOUNS.length);
    for (const w of BOUNDARY_NOUNS) expect(w).toMatch(/^[a-z]+$/);
  });
  it('has the nouns news joins two places with', () => {
    expect(BOUNDARY_NOUNS).toEqual(expect.arrayContaining(['border', 'frontier', 'crossing']));
  });
});

describe('venue nouns lexicon', () => {
  it('is lower case singular words without duplicates, none ending in "s" (plurals are read as their singular)', () => {
    expect(new Set(VENUE_NOUNS).size).toBe(VENUE_NOUNS.length);
    for (const w of VENUE_NOUNS) expect(w).toMatch(/^[a-z]+[^s]$/);
    expect(VENUE_NOUNS).toEqual(expect.arrayContaining(['park', 'mall', 'hotel']));
  });
});

describe('feature nouns lexicon', () => {
  it('is lower case single words without duplicates', () => {
    expect(new Set(FEATURE_NOUNS).size).toBe(FEATURE_NOUNS.length);
    for (const w of FEATURE_NOUNS) expect(w).toMatch(/^[a-z]+$/);
  });
  it('makes a named sea or river a place, in capitals or after "the" in chat, and never "a big river"', () => {
    expect([...placeKeys('They searched the Kessel Sea.')]).toEqual(['kessel sea']);
    expect([...placeKeys('mostly in the north kessel sea')]).toEqual(['north kessel sea']);
    expect([...placeKeys('they crossed a big river')]).toEqual([]);
    expect(samePlaceKind('kessel sea', 'north kessel sea')).toBe(true);
    expect(samePlaceKind('kessel sea', 'varn river')).toBe(false);
  });
});
