import { describe, expect, it } from 'vitest';
import { isPlausibleSpeaker } from '../../src/extract/claims/speaker-phrase';

describe('isPlausibleSpeaker', () => {
  it('keeps names, roles, bodies and reduced relatives', () => {
    for (const p of ['Jo Vale', 'a hospital spokesman', 'two armed men', 'a retired judge', 'a nurse involved in the rescue', 'Kesh United', 'researchers at Acme', 'the alleged victims', 'heavily armed men']) {
      expect(isPlausibleSpeaker(p), p).toBe(true);
    }
  });

  it('rejects clauses, clause openers, dangling words, dates and numbers', () => {
    for (const p of ['The park stayed open', 'the driver called police', 'The club chose only members', 'they can’t', 'Once the rivals', 'What', 'dinners with', 'October', 'a million', 'we laugh whenever someone']) {
      expect(isPlausibleSpeaker(p), p).toBe(false);
    }
  });
});

describe('isPlausibleSpeaker on times and prepositions', () => {
  it('rejects a time phrase or a lone preposition, keeps a name ending in a time word', () => {
    expect(isPlausibleSpeaker('The next morning')).toBe(false);
    expect(isPlausibleSpeaker('In')).toBe(false);
    expect(isPlausibleSpeaker('Good Morning')).toBe(true);
  });
});
