import { describe, expect, it } from 'vitest';
import { WEAPONS_AND_PRODUCTS } from '../../src/lexicon/weapons';

describe('weapons and products lexicon', () => {
  it('is lower case without duplicates', () => {
    expect(new Set(WEAPONS_AND_PRODUCTS).size).toBe(WEAPONS_AND_PRODUCTS.length);
    for (const w of WEAPONS_AND_PRODUCTS) expect(w).toBe(w.toLowerCase());
  });
  it('has the common rifles and missiles that news capitalises', () => {
    expect(WEAPONS_AND_PRODUCTS).toEqual(expect.arrayContaining(['kalashnikov', 'javelin', 'himars']));
  });
});
