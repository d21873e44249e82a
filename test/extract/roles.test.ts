import { describe, expect, it } from 'vitest';
import { askedSpeaker } from '../../src/extract/claims/asked';
import { isAnonymousRole, isUnnamedIndividual } from '../../src/extract/roles';

describe('isAnonymousRole', () => {
  it('accepts unnamed sources with their body', () => {
    for (const p of ['a senior official', 'the spokesman', 'A spokeswoman for the ministry', 'two officials from the Grain Board', 'a White House aide', 'senior officials', 'people familiar with the talks', 'Kesh Radio sources', 'Kesh Ministry officials']) {
      expect(isAnonymousRole(p), p).toBe(true);
    }
  });
  it('rejects named people and titles before a name', () => {
    for (const p of ['Acme spokesman Dorin Pask', 'Deputy Spokesman Lee', 'the senator', 'Ilse Marrow', 'the ministry', 'the official Kesh news agency', 'Senior Analyst Jo Vale']) {
      expect(isAnonymousRole(p), p).toBe(false);
    }
  });
});

describe('askedSpeaker', () => {
  const phrase = (text: string) => {
    const s = askedSpeaker(text, { start: 0, end: text.length });
    return s && text.slice(s.start, s.end);
  };
  it('finds who a question asks about', () => {
    expect(phrase('What did the senator say?')).toBe('the senator');
    expect(phrase('So how did Ilse Marrow respond to the charge?')).toBe('Ilse Marrow');
    expect(phrase('What did Pask have to say about that?')).toBe('Pask');
  });
  it('ignores other questions', () => {
    expect(phrase('What happens next?')).toBeNull();
    expect(phrase('Why would Pask say it was not intentional?')).toBeNull();
  });
});

describe('isUnnamedIndividual', () => {
  it('takes an indefinite singular person noun WordNet knows, with what follows its head', () => {
    expect(isUnnamedIndividual('One customer')).toBe(true);
    expect(isUnnamedIndividual('A fishmonger from Tarn')).toBe(true);
    expect(isUnnamedIndividual('one grandmother in Vell')).toBe(true);
  });

  it('rejects things, bodies, plurals, definite and named phrases', () => {
    expect(isUnnamedIndividual('A report')).toBe(false);
    expect(isUnnamedIndividual('One company')).toBe(false);
    expect(isUnnamedIndividual('One customers')).toBe(false);
    expect(isUnnamedIndividual('The customer')).toBe(false);
    expect(isUnnamedIndividual('A Tarn resident Jo Vale')).toBe(false);
  });
});
