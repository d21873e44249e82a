import { describe, expect, it } from 'vitest';
import { CITIES, REGIONS } from '../../src/lexicon/cities';
import { DEMONYMS } from '../../src/lexicon/demonyms';

describe('cities lexicon', () => {
  it('has capitalised names and no duplicates', () => {
    for (const list of [CITIES, REGIONS]) {
      const dupes = list.filter((c, i) => list.indexOf(c) !== i);
      expect(dupes).toEqual([]);
      for (const c of list) expect(c).toMatch(/^\p{Lu}/u);
    }
  });
  it('has the capitals news uses for governments, and no demonyms', () => {
    expect(CITIES).toEqual(expect.arrayContaining(['Moscow', 'Kyiv', 'Washington', 'London', 'Beijing']));
    const demonyms = new Set(DEMONYMS);
    expect(CITIES.filter((c) => demonyms.has(c.toLowerCase()))).toEqual([]);
  });
});
