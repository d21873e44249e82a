import { describe, expect, it } from 'vitest';
import { FUNCTION_WORDS, GENERIC_CAPITALISED, MONTHS, NON_ACTOR_HEADS, WEEKDAYS } from '../../src/lexicon/non-names';
import { HONORIFICS } from '../../src/lexicon/titles';

describe('non-names lexicon', () => {
  it('is lower case without duplicates', () => {
    for (const list of [WEEKDAYS, MONTHS, FUNCTION_WORDS, GENERIC_CAPITALISED, NON_ACTOR_HEADS]) {
      expect(list.filter((w, i) => list.indexOf(w) !== i)).toEqual([]);
      for (const w of list) expect(w).toBe(w.toLowerCase());
    }
  });
  it('has the seven weekdays and twelve months', () => {
    expect(WEEKDAYS).toHaveLength(7);
    const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
    expect(MONTHS).toEqual(expect.arrayContaining(full));
  });
  it('never treats an honorific as a function word (it belongs to the name)', () => {
    expect(FUNCTION_WORDS.filter((w) => HONORIFICS.includes(w))).toEqual([]);
  });
});
