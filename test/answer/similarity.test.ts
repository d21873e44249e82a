import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, soundKey, withinDistance } from '../../src/answer/similarity';

const word = fc.string({ unit: fc.constantFrom(...'abcehjkostuwy'), maxLength: 12 });

describe('spelling distance', () => {
  it('the banded check agrees with the full edit distance', () => {
    fc.assert(fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => withinDistance(a, b, max) === editDistance(a, b) <= max));
  });

  it('sound keys drop doubled letters and a final e, and merge transliterations', () => {
    expect(soundKey('Mcconnelle')).toBe('mconel');
    expect(soundKey('Tsoi')).toBe(soundKey('Tzoi'));
    expect(withinDistance('putin', 'poutine', 1)).toBe(false);
    expect(withinDistance('putin', 'poutine', 2)).toBe(true);
  });
});
