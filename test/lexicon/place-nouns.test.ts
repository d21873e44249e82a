import { describe, expect, it } from 'vitest';
import { BOUNDARY_NOUNS } from '../../src/lexicon/place-nouns';

describe('boundary nouns lexicon', () => {
  it('is lower case single words without duplicates', () => {
    expect(new Set(BOUNDARY_NOUNS).size).toBe(BOUNDARY_NOUNS.length);
    for (const w of BOUNDARY_NOUNS) expect(w).toMatch(/^[a-z]+$/);
  });
  it('has the nouns news joins two places with', () => {
    expect(BOUNDARY_NOUNS).toEqual(expect.arrayContaining(['border', 'frontier', 'crossing']));
  });
});
