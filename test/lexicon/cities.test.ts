import { describe, expect, it } from 'vitest';
import { placeKeys } from '../../src/answer/verdict/features';
import { CITIES, REGION_ABBREVIATIONS, REGIONS } from '../../src/lexicon/cities';
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

describe('region abbreviations', () => {
  it('stand for regions of the list, keyed lower case without the dot, and never for a common word', () => {
    for (const [abbr, region] of Object.entries(REGION_ABBREVIATIONS)) {
      expect(REGIONS).toContain(region);
      expect(abbr).toMatch(/^[a-z]+$/);
    }
    for (const word of ['mass', 'miss', 'wash', 'ill']) expect(REGION_ABBREVIATIONS[word]).toBeUndefined();
  });
  it('name the region in a dateline, capitalised only', () => {
    expect([...placeKeys('VARNO, Mich., Oct. 4 (UPI) — A rally')]).toContain('michigan');
    expect([...placeKeys('they will mich it')]).toEqual([]);
  });
});
