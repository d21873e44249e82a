import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dossier } from '../../src/answer/dossier';
import { amounts, countSame, sameAmount } from '../../src/answer/verdict/features';
import { splitStatements } from '../../src/answer/verdict/statements';
import { buildStore } from '../../src/store/build';

/**
 * How the claim checker reads numbers in chat and in articles (magnitudes, thousands separators, currency words
 * and signs, bounds, which noun a number counts) and which chat lines only react. Every name, number and place below is invented.
 */
const ARTICLE = `---
title: Fenwick week
published: 2025-03-04
---
The Fenwick water board said the typical household bill would rise to 2,050 crowns a year, its highest level.

Mr Piet Quist, the board's finance chief, said the utility had paid £2.1 million in bonuses last year.

The union's organiser dismissed the plan. She said the board had spent £3.4 million on consultants since 2021.

The hotel chain Marlow Stays said it would cover rooms of up to $250 a night for stranded guests.

Fenwick Foods will cut 640 jobs at its Dunmere plant, less than three years after buying it.

The region lost roughly 9,800 hectares of forest, and more than 1,300 fires have burned since April.

The charity received 4,300 applications since October, up from about 2,900 a year earlier.

Tellmark set aside $25 million for customer support after the breach.

Tram drivers in Fenwick will walk out this weekend after talks broke down, their union said.

About 420 drivers employed by Fenwick Transit will strike for 48 hours from Saturday, the union said.

A jury found the builder Anton Brell guilty on 9 of the 12 counts he faced. He was acquitted on three counts of bribery.

Mayor Ilse Varga said the strike would hurt shift workers and students most.

The police chief praised the pickets. A spokeswoman for the harbour police said the pickets had been calm. "Our officers acted with patience and within the law," she said.
`;

const d = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-verdict-numbers6-'));
  writeFileSync(join(dir, 'fenwick.md'), ARTICLE);
  return Dossier.fromStore(buildStore(dir).store);
})();
const verdictOf = (text: string) => (d.check(text).data as { statements: { verdict: string }[] }).statements.map((s) => s.verdict);
const read = (text: string) => amounts(text).map((a) => [a.text, a.value, a.bound]);

describe('reading an amount', () => {
  it('reads a figure with its magnitude as one amount, spaced or attached', () => {
    expect(read('they paid 25 mil')).toEqual([['25 mil', 25e6, null]]);
    expect(read('about 60 million people')).toEqual([['about 60 million', 60e6, 'about']]);
    expect(read('310k in cash')).toEqual([['310k', 310e3, null]]);
    expect(read('a 1.5bn deal')).toEqual([['1.5bn', 1.5e9, null]]);
    // a one-letter magnitude only attached: "5 m" may be metres
    expect(read('a 5 m wall')[0]?.[1]).toBe(5);
  });

  it('keeps "up to" as a bound, also before a currency sign', () => {
    expect(read('up to 250 a night')).toEqual([['up to 250', 250, 'below']]);
    expect(read('up to $250 a night')).toEqual([['$250', 250, 'below']]);
    expect(read('19 to 60 people').map((a) => a[1])).toEqual([19, 60]);
  });

  it('reads a currency word as its sign and stops what a number counts at the next number', () => {
    expect(countSame(amounts('a bonus of 1500 quid')[0]!, amounts('a bonus of £750')[0]!)).toBe(true);
    expect(amounts('people over 100k are at 62 percent')[0]!.counts).toEqual([]);
  });

  it('lets a rough figure agree only with a near one of the same thing', () => {
    const [stated] = amounts('about 1,200 hectares');
    expect(sameAmount(stated!, amounts('roughly 1,150 hectares')[0]!)).toBe(true);
    expect(sameAmount(stated!, amounts('more than 1,100 fires')[0]!)).toBe(false);
  });
});

describe('judging statements with numbers', () => {
  it('supports a figure with a thousands separator, a magnitude or a currency word', () => {
    expect(verdictOf('the typical bill will be 2,050 crowns')).toEqual(['supported']);
    expect(verdictOf('the charity got 4,300 applications')).toEqual(['supported']);
    expect(verdictOf('tellmark set aside 25 mil for customer support')).toEqual(['supported']);
    expect(verdictOf('marlow stays covers rooms up to 250 a night')).toEqual(['supported']);
  });

  it('contradicts a wrong figure of the same thing and not one of another thing', () => {
    expect(verdictOf('the typical bill will be 2,400 crowns')).toEqual(['contradicted']);
    expect(verdictOf('fenwick foods is cutting 640 jobs')).toEqual(['supported']);
    expect(verdictOf('the region lost about 1,250 hectares of forest')).not.toEqual(['supported']);
  });

  it('takes the very figure of the very thing as a rare word shared', () => {
    // "tram" is not in the sentence that gives the 420 drivers
    expect(verdictOf('so about 420 tram drivers are walking out')).toEqual(['supported']);
    expect(verdictOf('so about 520 tram drivers are walking out')).not.toEqual(['supported']);
  });

  it('reads "convicted" against "acquitted", but not across counts of other things', () => {
    expect(verdictOf('brell was convicted on the bribery counts too')).toEqual(['contradicted']);
    expect(verdictOf('brell was convicted on 9 of the 12 counts')).toEqual(['supported']);
  });

  it('gives "she said" to the speaker just before it in the paragraph, not to a woman named earlier', () => {
    expect(verdictOf('ilse varga said the officers acted with patience and within the law')).not.toEqual(['supported']);
  });

  it('does not give a man the words "she said" reports', () => {
    expect(verdictOf('the union organiser said the board spent 3.4m on consultants')).not.toEqual(['contradicted']);
    expect(verdictOf('piet quist said the board spent 3.4m on consultants')).not.toEqual(['supported']);
  });
});

describe('reactions are chit-chat', () => {
  const kindOf = (text: string) => splitStatements(text)[0]?.kind;
  it('skips a line without a verb or sweeping over everything, with nothing to check', () => {
    expect(kindOf('harbour town drama lol')).toBe('chat');
    expect(kindOf('classic committee meltdown')).toBe('chat');
    expect(kindOf('ugh walkouts everywhere')).toBe('chat');
    expect(kindOf('ferry fares are so expensive tho')).toBe('chat');
  });

  it('keeps a line with a number, a date, a name or a verb', () => {
    expect(kindOf('walkouts everywhere since october')).toBe('statement');
    expect(kindOf('640 jobs gone at fenwick foods')).toBe('statement');
    expect(kindOf('the board cut 640 jobs lol')).toBe('statement');
    expect(kindOf('the union walked out on the board')).toBe('statement');
    expect(splitStatements('quist everywhere these days', (t) => t.includes('quist'))[0]?.kind).toBe('statement');
  });
});
