import { describe, expect, it } from 'vitest';
import { APPROXIMATORS, CARDINALS, COUNT_NOUNS, ORDINALS, VAGUE_QUANTITIES } from '../../src/lexicon/number-words';

describe('number-words lexicon', () => {
  it('maps cardinals and ordinals to positive values', () => {
    expect(CARDINALS.get('seven')).toBe(7);
    expect(CARDINALS.get('ninety')).toBe(90);
    expect(ORDINALS.get('twentieth')).toBe(20);
    for (const n of [...CARDINALS.values(), ...ORDINALS.values()]) expect(n).toBeGreaterThan(0);
  });

  it('keeps vague quantities apart from numbers', () => {
    for (const q of VAGUE_QUANTITIES) expect(CARDINALS.has(q)).toBe(false);
  });

  it('is lower case throughout', () => {
    for (const w of [...CARDINALS.keys(), ...ORDINALS.keys(), ...VAGUE_QUANTITIES, ...COUNT_NOUNS, ...APPROXIMATORS]) {
      expect(w).toBe(w.toLowerCase());
    }
  });
});
