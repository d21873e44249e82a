import { describe, expect, it } from 'vitest';
import { DESCRIPTIVE_PARTICIPLES, HONORIFICS, PERSON_NOUNS, RELATION_NOUNS, ROLE_TITLES, PERSON_ASKED_NOUNS, ROLE_VERBS, TITLE_ABBREVIATIONS } from '../../src/lexicon/titles';

describe('titles lexicon', () => {
  it('holds lower-case words without final dots and no duplicates', () => {
    for (const list of [HONORIFICS, ROLE_TITLES, DESCRIPTIVE_PARTICIPLES]) {
      expect(new Set(list).size).toBe(list.length);
      for (const w of list) expect(w).toMatch(/^[\p{Ll}-]+$/u);
    }
  });
  it('keeps honorifics (part of a written name) apart from role titles (descriptions)', () => {
    expect(HONORIFICS.filter((h) => ROLE_TITLES.includes(h))).toEqual([]);
    expect(HONORIFICS).toEqual(expect.arrayContaining(['mr', 'mrs', 'lord']));
    expect(ROLE_TITLES).toEqual(expect.arrayContaining(['president', 'sen', 'gov', 'minister']));
  });
  it('lists only -ed or adjectival participles', () => {
    for (const w of DESCRIPTIVE_PARTICIPLES) expect(w).toMatch(/(ed|ing|styled|described|proclaimed|called)$/);
  });
});

describe('person nouns', () => {
  it('are lower-case singular nouns, none of them a role title already', () => {
    expect(new Set(PERSON_NOUNS).size).toBe(PERSON_NOUNS.length);
    for (const w of PERSON_NOUNS) expect(w).toMatch(/^\p{Ll}+$/u);
    expect(PERSON_NOUNS.filter((w) => ROLE_TITLES.includes(w) || HONORIFICS.includes(w))).toEqual([]);
  });
});

describe('relation nouns', () => {
  it('are lower-case single words apart from the person nouns', () => {
    expect(new Set(RELATION_NOUNS).size).toBe(RELATION_NOUNS.length);
    for (const w of RELATION_NOUNS) expect(w).toMatch(/^[\p{Ll}é]+$/u);
    expect(RELATION_NOUNS.filter((w) => PERSON_NOUNS.includes(w))).toEqual([]);
  });
});

describe('title abbreviations', () => {
  it('map lower-case abbreviations to longer title words', () => {
    for (const [short, long] of Object.entries(TITLE_ABBREVIATIONS)) {
      expect(short).toBe(short.toLowerCase());
      expect(long.startsWith(short[0]!)).toBe(true);
      expect(long.length).toBeGreaterThan(short.length);
    }
    expect(TITLE_ABBREVIATIONS).toMatchObject({ sen: 'senator', rep: 'representative' });
  });
});

describe('role verbs', () => {
  it('map third-person verbs to lower-case role nouns', () => {
    for (const [verb, noun] of Object.entries(ROLE_VERBS)) {
      expect(verb).toMatch(/^\p{Ll}+s$/u);
      expect(noun).toMatch(/^\p{Ll}+$/u);
    }
    expect(ROLE_VERBS.heads).toBe('head');
  });
});

describe('person nouns asked', () => {
  it('are lower-case singular words, none repeated', () => {
    expect(new Set(PERSON_ASKED_NOUNS).size).toBe(PERSON_ASKED_NOUNS.length);
    for (const w of PERSON_ASKED_NOUNS) expect(w).toMatch(/^\p{Ll}[\p{Ll}-]*$/u);
  });
});
