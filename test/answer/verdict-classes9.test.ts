import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dossier } from '../../src/answer/dossier';
import { dateKeys, placeKeys } from '../../src/answer/verdict/features';
import { splitStatements } from '../../src/answer/verdict/statements';
import { buildStore } from '../../src/store/build';

/** Session 9 classes of chat that states nothing, and of statements read past chat wording. Everything is invented. */
describe('chat that wishes, cheers, vows or uses a set phrase of opinion is skipped', () => {
  const kindOf = (text: string) => splitStatements(text)[0]?.kind;

  it('skips wishes, prayers and cheers', () => {
    expect(kindOf('praying they find the crew')).toBe('chat');
    expect(kindOf('praying for velmshire rn')).toBe('chat');
    expect(kindOf('come on rovers!!')).toBe('chat');
    expect(kindOf('hope everyone there is ok')).toBe('chat');
    expect(kindOf('never flying korvair again lmao')).toBe('chat');
  });

  it('skips set phrases of opinion and interjections over a line with nothing to check', () => {
    expect(kindOf("shes stubborn ill give her that")).toBe('chat');
    expect(kindOf('harbour politics is a soap opera')).toBe('chat');
    expect(kindOf('flood season is no joke')).toBe('chat');
    expect(kindOf('ugh storm season never ends')).toBe('chat');
    expect(kindOf('damn thats rough for a small town')).toBe('chat');
    expect(kindOf('velmland is such a beautiful country')).toBe('chat');
  });

  it('still checks statements that merely start like a wish or laugh', () => {
    expect(kindOf('hopes of finding survivors faded on Tuesday')).toBe('statement');
    expect(kindOf('lol the mayor resigned on Friday')).toBe('statement');
    expect(kindOf('Ana Ruiz said she was praying for the crew')).toBe('statement');
    expect(kindOf('the judge threatened to clear the courtroom lol')).toBe('statement');
  });
});

const ARTICLE = `---
title: Velm fever trial
published: 2025-03-04
---
KORSBY, Velmland (Invented Wire) — A new pill cut the risk of severe fever by a third in a trial, researchers said.

The results, presented at a medical meeting in Tarnholt, are the first sign that a drug could help.

The outbreak in Ostra has infected 900 people since it began in July, officials said.

Speaking at a rally in Carver, Michigan, Tessa Lind says she is making “a demand” of Ivo Brandt.

The jury returned its verdict after about six hours of deliberation, and the crew all walked out of court.

The council awarded Halder Corp. an $18 million contract for the new depot.

Most traders expected the bank to wait. "If prices keep falling the way they have, there is room for further cuts this spring," the governor said.
`;

const d = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-verdict-classes9-'));
  writeFileSync(join(dir, 'velm.md'), ARTICLE);
  return Dossier.fromStore(buildStore(dir).store);
})();
const verdictOf = (text: string) => (d.check(text).data as { statements: { verdict: string }[] }).statements.map((s) => s.verdict);

describe('"may" as a month', () => {
  it('reads "may" after a preposition of time, or beside a day or a year, as May', () => {
    expect(dateKeys('the outbreak started back in may').months.has('5')).toBe(true);
    expect(dateKeys('It opened on May 4').months.has('5')).toBe(true);
    expect(dateKeys('It opened in May 2019').months.has('5')).toBe(true);
    // a name or a verb is no month
    expect(dateKeys('Prime Minister Tessa May said so').months.size).toBe(0);
    expect(dateKeys('they may come').months.size).toBe(0);
  });

  it('contradicts a statement that dates the event to May when the article gives July', () => {
    expect(verdictOf('the outbreak in ostra started back in may')).toEqual(['contradicted']);
  });
});

describe('a place of the dateline is not the place of a later paragraph', () => {
  it('reads the slot against the sentence’s own paragraph', () => {
    expect(verdictOf('the results were presented at a meeting in korsby')).toEqual(['contradicted']);
    expect(verdictOf('the results were presented at a meeting in tarnholt')).toEqual(['supported']);
  });
});

describe('what a statement denies', () => {
  it('must be in the supporting sentence itself', () => {
    expect(verdictOf('the governor said nobody expected a spring cut')).not.toEqual(['supported']);
  });
});

describe('another place of the same kind', () => {
  it('contradicts when the statement’s person is named in the sentence, though its other words differ', () => {
    expect(verdictOf('lind was speaking at a rally in ohio when she demanded brandt not pardon her')).toEqual(['contradicted']);
    expect(verdictOf('lind was speaking at a rally in michigan')).toEqual(['supported']);
  });
});

describe('scope words that only stress', () => {
  it('reads "only" a few words before a number as stressing the number', () => {
    expect(verdictOf('the jury only deliberated about six hours')).toEqual(['supported']);
  });
});

describe('a sum chat writes without its currency', () => {
  it('is compared with the sum the sentence gives in a currency of the same scale', () => {
    expect(verdictOf('the depot contract is like 80 million')).toEqual(['contradicted']);
    expect(verdictOf('the depot contract is like 18 million')).toEqual(['supported']);
  });
});

describe('a demonym stands for the country it shares the longest start with', () => {
  it('reads "malaysian" as Malaysia, not Malawi', () => {
    expect([...placeKeys('the malaysian parent company')]).toEqual(['malaysia']);
    expect([...placeKeys('an Austrian firm')]).toEqual(['austria']);
    expect([...placeKeys('a Nigerian port')]).toEqual(['nigeria']);
    expect([...placeKeys('a Nigerien port')]).toEqual(['niger']);
  });
});

describe('"claims" as a verb of saying', () => {
  it('reports what the article says the person says, like "says"', () => {
    expect(verdictOf('lind claims she is making a demand of brandt')).toEqual(['supported']);
    expect(verdictOf('lind claims she is not making any demand of brandt')).not.toEqual(['supported']);
  });
});
