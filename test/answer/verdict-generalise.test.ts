import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dossier } from '../../src/answer/dossier';
import { amounts, countSame, dateKeys, negationHeads } from '../../src/answer/verdict/features';
import { splitStatements } from '../../src/answer/verdict/statements';
import { buildStore } from '../../src/store/build';

/**
 * The classes of misses the claim checker showed on articles nobody tuned it to: chat shorthand and typos, names in
 * lower case, numbers in lists and compounds, sources and unnamed speakers, places pinned by a shared year. Every
 * name, number, date and place below is invented.
 */
const ARTICLE = `---
title: Harbour week
published: 2024-11-20
---
Harbour coach Dana Okafor and analyst Rolf Lindqvist argue every week on the radio.

Okafor, who once rowed as a player at Brasktown, called the Harbour Cup dull this year.

Readers ranked the fish dishes: 1) Grilled, 2) Smoked, 3) Fried, 4) Raw.

Varno rower Tom Berg (7) overtakes Corvel quarterback Ken Ott (11) in the 2019 title race.

A new survey by Harbour News finds rowers are tired of the fees.

The survey counts 58 percent of mothers and 41 percent of fathers who oppose the fees.

Police said the motive was jealousy.

Mira Salo had knee surgery in June and kept it from her coach.

Jan. 5-7: Corvel Boaters, 2020 Harbour Boat Show, Varno Hall, 500

Jan. 9-11: The Selk Group, 2020 Executive Board Meeting, Varno Hall, 15

The film takes place in Oslo in 1979, and Ada Renner plays a ferry captain.

Renner and Okafor both studied at the Marlowe Academy, and rehearse together.

Fewer than 30 Norwegian exiles row at the harbour club.

Last week a 17-year-old sold an 8-months-old foal to a farmer.

Two thousand people watched a regatta on the river.

The town lies directly across the bay from Varno.

“We didn’t sell the boat in spring. I’m glad it sold now,” Okafor told reporters.

Later the coach, Okafro, thanked the Varno fans.

Police arrested three men after the boat show.

Fans argued about whether or not Varno would make the final.

The cup was exciting for everyone even if your team didn't get in.

Salo and Berg met at a cafe and then went to the harbour.

Okafor hosts the radio hour with Tim Mark. "We never read from notes," Okafor said.

Renner and Salo, 24, watched the final from the harbour wall.

Volunteers from Corvel joined the harbour rescue team. Three have been hurt so far, Okafor said.
`;

const d = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-verdict-generalise-'));
  writeFileSync(join(dir, 'harbour.md'), ARTICLE);
  return Dossier.fromStore(buildStore(dir).store);
})();
const verdictOf = (text: string) => (d.check(text).data as { statements: { verdict: string }[] }).statements.map((s) => s.verdict);
const kindOf = (text: string) => splitStatements(text)[0]?.kind;

describe('chit-chat or statement', () => {
  it('reads a lower-case line naming people of the articles as a claim, not as opinion', () => {
    expect(splitStatements('okafor and lindqvist agree on everything')[0]?.kind).toBe('chat');
    expect(splitStatements('okafor and lindqvist agree on everything', (t) => t.includes('okafor'))[0]?.kind).toBe('statement');
    expect(verdictOf('okafor and lindqvist basically agree on everything')).not.toEqual(['skip']);
  });

  it('takes an opinion hedge or a judgement word for chit-chat unless a number is given', () => {
    expect(kindOf('renner never misses tbh')).toBe('chat');
    expect(kindOf('idk every sport has risks')).toBe('chat');
    expect(kindOf('ada renner is so talented omg')).toBe('chat');
    expect(kindOf('the boat show video is elite')).toBe('chat');
    expect(kindOf('tbh the boat show expects 500 people')).toBe('statement');
  });

  it('reads "police say" as a report and "the us" as the country', () => {
    expect(kindOf('police say the motive was jealousy')).toBe('statement');
    expect(kindOf('pumpkin pie was the top food search in the us')).toBe('statement');
    expect(kindOf('you should read this')).toBe('chat');
  });

  it('checks a statement with a number or a date even when no article uses its words', () => {
    expect(verdictOf('the storm happened in november')).toEqual(['not_covered']);
  });

  it('drops "right" that only stresses a place', () => {
    expect(splitStatements('the town is right across the river from varno')[0]?.text).toBe('the town is across the river from varno');
    expect(splitStatements('okafor was right about the cup')[0]?.text).toBe('okafor was right about the cup');
  });
});

describe('finding the sentence a chat line is about', () => {
  it('finds a chat typo by its spelling and spells out shorthand', () => {
    expect(verdictOf('two thousand people watched a regata on the river')).toEqual(['supported']);
    expect(verdictOf('mira salo had knee surgery in june and kept it from her coach')).not.toEqual(['contradicted']);
  });

  it('finds a name chat clips to its start ("brask" for "Brasktown")', () => {
    expect(verdictOf('okafor was a player at brask')).toEqual(['supported']);
  });

  it('does not let a longer word no article uses through: it may be the claim', () => {
    expect(verdictOf('okafor called the harbour cup unmissable this year')).not.toEqual(['supported']);
  });

  it('finds a misspelt name as the articles spell it and a paraphrase of a chat word', () => {
    expect(verdictOf('renner and okafor studied at the marlow academy')).toEqual(['supported']);
    expect(verdictOf('the movie takes place in oslo in 1979')).toEqual(['supported']);
  });

  it('reads what a negation denies as its first content word, past adverbs', () => {
    expect(negationHeads('stars not wanting their sons to play')).toEqual(['wanting']);
    expect(negationHeads("the town isn't really committed to it")).toEqual(['committed']);
    expect(negationHeads("“We didn’t sell the boat. I’m glad it sold”")).toEqual(['sell']);
  });

  it('takes no side by a negation the sentence also says un-negated, and reads a name the article misspells', () => {
    expect(verdictOf('okafor told reporters hes glad the boat sold')).toEqual(['supported']);
    expect(verdictOf('okafor thanked the varno fans')).toEqual(['supported']);
  });

  it('reads "only" before a number and "the one" as no scope or count, and supports nothing by light words alone', () => {
    expect(verdictOf('the selk group board meeting is only fifteen people')).toEqual(['supported']);
    expect(verdictOf('okafor is the one who thanked the varno fans')).toEqual(['supported']);
    expect(verdictOf('the one the one the one')).not.toEqual(['supported']);
  });

  it('lowers no month of chat: "back in march" is a month after a preposition of time', () => {
    expect(dateKeys('she had surgery back in march').months.has('3')).toBe(true);
    expect(dateKeys('they march to the harbour').months.size).toBe(0);
    expect(verdictOf('mira salo had knee surgery back in march')).toEqual(['contradicted']);
  });
});

describe('sentences that must not decide a statement', () => {
  it('needs a relation the statement names ("the brother") in the sentence for support', () => {
    expect(verdictOf('three men got arrested after the boat show')).toEqual(['supported']);
    expect(verdictOf('the brother got arrested after the boat show')).not.toEqual(['supported']);
  });

  it('takes neither an open question nor a light verb negated for a denial', () => {
    expect(verdictOf('varno would make the final')).not.toEqual(['contradicted']);
    expect(verdictOf('varno won the cup')).not.toEqual(['contradicted']);
  });
});

describe('slots of the best-aligned sentence', () => {
  it('pairs a number with the list item or the name beside it', () => {
    expect(verdictOf('smoked fish came in third')).toEqual(['contradicted']);
    expect(verdictOf('smoked fish came in second')).toEqual(['supported']);
    // a long clause is no list item: the 17 of "a 17-year-old" is not the 8 of "8-months-pregnant"
    expect(verdictOf('a 17 year old sold a foal to a farmer')).not.toEqual(['contradicted']);
    expect(verdictOf('corvel quarterback ken ott was no. 7')).toEqual(['contradicted']);
  });

  it('counts a listed number, a share and people as what the statement counts', () => {
    expect(verdictOf('the harbour boat show expects five thousand people')).toEqual(['contradicted']);
    expect(verdictOf('like 75% of mothers oppose the fees')).toEqual(['contradicted']);
    expect(verdictOf('its like 300 guys rowing at the harbour club')).toEqual(['contradicted']);
    const [stated] = amounts('300 guys');
    const [given] = amounts('fewer than 30 Norwegian exiles');
    expect(countSame(stated!, given!)).toBe(true);
  });

  it('reads an age given beside a name or stated of a person, and gives it to that name only', () => {
    expect(amounts('the killer was only fifteen')[0]?.counts).toContain('~age');
    expect(amounts('Renner and Salo, 24, watched')[0]?.owner).toEqual(['salo']);
    expect(verdictOf('salo was only 24')).toEqual(['supported']);
    expect(verdictOf('salo was 31')).toEqual(['contradicted']);
    expect(verdictOf('renner was 31')).not.toEqual(['contradicted']);
  });

  it('finds what a bare number counts in the sentence before ("Three have been hurt")', () => {
    expect(verdictOf('okafor says three rescue volunteers have been hurt')).toEqual(['supported']);
    expect(verdictOf('okafor says five volunteers have been hurt')).not.toEqual(['supported']);
  });

  it('reads numbers inside hyphenated compounds', () => {
    expect(amounts('an 8-months-old foal')[0]?.counts).toContain('foal');
    expect(verdictOf('the foal was like 6 months old')).toEqual(['contradicted']);
  });

  it('compares the venue of an event as a slot', () => {
    expect(verdictOf('salo and berg met at a cafe')).toEqual(['supported']);
    expect(verdictOf('salo and berg met up at a park first')).toEqual(['contradicted']);
  });

  it('reads a surname that is also a word as the speaker it names', () => {
    expect(verdictOf('okafor was the one who said we never read from notes')).toEqual(['supported']);
    expect(verdictOf('mark was the one who said we never read from notes')).toEqual(['contradicted']);
  });

  it('pins a place by a year both give', () => {
    expect(verdictOf('the movie takes place in bergen in 1979')).toEqual(['contradicted']);
  });

  it('contradicts another source and another, unnamed speaker, never supports them', () => {
    expect(verdictOf('this new survey is from the corvel times')).toEqual(['contradicted']);
    expect(verdictOf('the survey was by harbour news')).not.toEqual(['contradicted']);
    expect(verdictOf("the victim's family said the motive was jealousy")).toEqual(['contradicted']);
    expect(verdictOf('police said the motive was jealousy')).toEqual(['supported']);
  });
});
