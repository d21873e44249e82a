import { describe, expect, it } from 'vitest';
import { ANTONYM_PAIRS, NEGATION_WORDS } from '../../src/lexicon/antonyms';
import { CHAT_FILLERS, CHAT_OPENERS, CHAT_PERSONS, CHAT_SPELLINGS, CHAT_TOPICS, CHAT_TRAILERS, CONTRACTIONS, EVALUATIVE_WORDS, LIGHT_WORDS, OPINION_CUES, OPINION_MARKERS, QUESTION_OPENERS, REFERRING_WORDS } from '../../src/lexicon/chat-statements';
import { DEMONYM_PLACES, DEMONYMS } from '../../src/lexicon/demonyms';
import { COUNTRIES } from '../../src/lexicon/countries';

describe('chat statement lexicon', () => {
  it('is lower case', () => {
    for (const list of [CHAT_OPENERS, CHAT_FILLERS, CHAT_TRAILERS, EVALUATIVE_WORDS, CHAT_PERSONS, CHAT_TOPICS, QUESTION_OPENERS, LIGHT_WORDS, REFERRING_WORDS, OPINION_CUES, OPINION_MARKERS]) {
      for (const w of list) expect(w).toBe(w.toLowerCase());
    }
  });
  it('has the openers and fillers chat wraps statements in', () => {
    expect(CHAT_OPENERS).toEqual(expect.arrayContaining(['lol', 'so basically', 'i read that', 'apparently', 'tbh', 'wait']));
    expect(CHAT_FILLERS).toEqual(expect.arrayContaining(['like', 'tbh']));
  });
  it('spells contractions out into longer forms', () => {
    for (const [short, long] of Object.entries(CONTRACTIONS)) expect(long.length).toBeGreaterThanOrEqual(short.length);
    expect(CONTRACTIONS.dont).toBe("don't");
  });
  it('spells chat shorthand out into words, none of them a contraction too', () => {
    for (const [short, long] of Object.entries(CHAT_SPELLINGS)) {
      expect(short).toBe(short.toLowerCase());
      expect(long.length).toBeGreaterThan(short.length);
      expect(CONTRACTIONS[short]).toBeUndefined();
    }
    expect(CHAT_SPELLINGS.ppl).toBe('people');
    expect(CHAT_SPELLINGS.bc).toBe('because');
    expect(CHAT_SPELLINGS.bf).toBe('boyfriend');
    expect(CHAT_SPELLINGS.qb).toBe('quarterback');
  });
  it('has the hedges that make a line opinion, and judgement words that are no news words', () => {
    expect(OPINION_MARKERS).toEqual(expect.arrayContaining(['tbh', 'imo', 'idk']));
    expect(EVALUATIVE_WORDS).toEqual(expect.arrayContaining(['talented', 'elite', 'gross']));
    // "based in", "opened fire", "mid-January" are news
    for (const w of ['based', 'fire', 'mid', 'sick']) expect(EVALUATIVE_WORDS).not.toContain(w);
  });
});

describe('antonym lexicon', () => {
  it('never puts a word on both sides of a pair', () => {
    for (const [a, b] of ANTONYM_PAIRS) expect(a.filter((w) => b.includes(w))).toEqual([]);
  });
  it('has the opposites chat gets wrong', () => {
    const opposite = (x: string, y: string) => ANTONYM_PAIRS.some(([a, b]) => (a.includes(x) && b.includes(y)) || (a.includes(y) && b.includes(x)));
    expect(opposite('regret', 'glad')).toBe(true);
    expect(opposite('over', 'continue')).toBe(true);
    expect(opposite('won', 'lost')).toBe(true);
    expect(opposite('increase', 'decrease')).toBe(true);
    expect(opposite('support', 'oppose')).toBe(true);
    expect(opposite('pleased', 'unhappy')).toBe(true);
    expect(opposite('confident', 'unlikely')).toBe(true);
    expect(opposite('back', 'against')).toBe(true);
    expect(opposite('love', 'hate')).toBe(true);
  });
  it('never pairs a word that stems like a common one ("likely" → "like")', () => {
    for (const side of ANTONYM_PAIRS.flat()) expect(side).not.toContain('likely');
  });
  it('negates with the plain words', () => {
    expect(NEGATION_WORDS).toEqual(expect.arrayContaining(['not', 'no', 'never', 'yet to', 'stopped short of', 'non']));
  });
});

describe('demonym places', () => {
  it('maps demonyms of the list to countries of the list', () => {
    const countries = new Set(COUNTRIES);
    for (const [demonym, country] of Object.entries(DEMONYM_PLACES)) {
      expect(DEMONYMS).toContain(demonym);
      expect(countries.has(country), country).toBe(true);
    }
  });
});
