import { describe, expect, it } from 'vitest';
import { GIVEN_NAMES_THAT_ARE_WORDS } from '../../src/lexicon/given-names';
import { MONTHS } from '../../src/lexicon/non-names';

describe('given names that are English words', () => {
  it('holds lower-case single words without duplicates', () => {
    expect(new Set(GIVEN_NAMES_THAT_ARE_WORDS).size).toBe(GIVEN_NAMES_THAT_ARE_WORDS.length);
    for (const w of GIVEN_NAMES_THAT_ARE_WORDS) expect(w).toMatch(/^\p{Ll}+$/u);
  });
  it('leaves month names to the dates stage', () => {
    expect(GIVEN_NAMES_THAT_ARE_WORDS.filter((w) => MONTHS.includes(w))).toEqual([]);
  });
});
