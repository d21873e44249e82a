import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dossier } from '../../src/answer/dossier';
import { splitStatements } from '../../src/answer/verdict/statements';
import { buildStore } from '../../src/store/build';

/**
 * An invented article for the classes of misses the claim checker was taught on other articles: chat spelling,
 * dates and places written inside other words, names by role, several dates or people in one sentence, and the
 * sentences that must never support a statement. Every name, number, date and place below is made up.
 */
const ARTICLE = `---
title: Ferry deal
published: 2024-11-20
---
Lindqvist Ferries, which is part of the Germany-based Halvard group, signed a deal with the port of Corvel on Tuesday.

Similar agreements were reached with Brask Lines in October and Oster Shipping in November.

The Lindqvist ferry carrying 162 people disappeared in poor weather on Sunday morning during a crossing from Corvel to Norway. The ship last underwent maintenance in mid-November, the company said. The ferry was launched on July 17, 2009.

Tove Marsh, Lindqvist's chief executive, said the agreement was fair. Brask Lines released a statement saying the deal creates a financial incentive to lower fares for travellers.

The Corvel Ferry Council wants to preserve its non-endorsement policy.

So far the search has focused on the Selk Sea.

Ada Holm, a harbour pilot, sat on the board while Per Lund, a former sailor in Bergen, ran the crew.

Ferries were booked more than trains in 2023. This year travellers booked cabins less and deck seats more.

We don't know whether the deal includes new ships.

The ferry rose to 17th on the national safety list. Lindqvist must pay a $450 million fine.

Marsh said she would live stream the signing on social media. Marsh wrote to the council on March 6.

Marsh gave the remarks at a news conference in Varno Hall.

The G8 ministers approved the ferry plan. Per Lund backed Oster Shipping's rival, Brask Lines.

Ida Lund called the timetable "a crazy system". Marsh has called for the complete repeal of the fare cap.

Marsh said 40 more ferries joined the route this spring, while the number of trains serving the coast was cut in half.

Marsh flew to Paris on Friday.

She signed the lease for the new terminal. The company has no debts, 40 percent of its ships are new.

The Norwegian Ferry Board approved the timetable.

In Denmark, the ferry disappeared on its way into Norway.

Marsh said the former timetable was "virtually valueless". In 2021 the ferry was detained after entering the port of Corvel.

The council criticised the £3m harbour subsidy from the regional government as "unjustified".

Fares on the route are lower than they were a quarter century ago, Marsh said.

The company said in a statement that it was inviting family members to Corvel.

A 8-to-10 foot great white shark was seen near the harbour, but Marsh said such sightings are rare.
`;

const d = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-verdict-classes-'));
  writeFileSync(join(dir, 'ferry.md'), ARTICLE);
  return Dossier.fromStore(buildStore(dir).store);
})();
const verdictOf = (text: string) => (d.check(text).data as { statements: { verdict: string }[] }).statements.map((s) => s.verdict);

describe('chat spelling and shorthand', () => {
  it('spells out shorthand and reads two sentence words written as one', () => {
    expect(splitStatements('the ferry had 162 ppl on board w no warning bc of weather')[0]?.text).toBe('the ferry had 162 people on board with no warning because of weather');
    expect(verdictOf('the lindqvist ferry had 162 ppl on board')).toEqual(['supported']);
    expect(verdictOf('marsh was gonna livestream the signing')).toEqual(['supported']);
  });

  it('ends a sentence at a laugh inside a line, so the chat after it is skipped', () => {
    expect(splitStatements('lindqvist must pay a $45 million fine lol thats nothing').map((s) => s.text)).toEqual(['lindqvist must pay a $45 million fine', 'that is nothing']);
    expect(verdictOf('lindqvist must pay a $45 million fine lol thats nothing')).toEqual(['contradicted', 'skip']);
  });
});

describe('dates and places inside other words', () => {
  it('reads a month in a hyphenated word and a lower-case month beside a day', () => {
    expect(verdictOf('the ship last had maintenance in mid november')).toEqual(['supported']);
    expect(verdictOf('the ship last had maintenance in mid october')).toEqual(['contradicted']);
    expect(verdictOf('the ferry was launched on march 8 2009')).toEqual(['contradicted']);
  });

  it('compares the day of a month, written out or abbreviated', () => {
    expect(verdictOf('marsh wrote to the council on march 18')).toEqual(['contradicted']);
    expect(verdictOf('marsh wrote to the council on March 6')).toEqual(['supported']);
  });

  it('gives each name of a sentence its own date', () => {
    expect(verdictOf('brask lines did a similar deal in october')).toEqual(['supported']);
    expect(verdictOf('oster shipping settled in october too')).toEqual(['contradicted']);
  });

  it('reads a place in a hyphenated word and a named sea', () => {
    expect(verdictOf('lindqvist is part of a german group')).toEqual(['supported']);
    expect(verdictOf('lindqvist belongs to some france-based group')).toEqual(['contradicted']);
    expect(verdictOf('the search has mostly been in the north sea')).toEqual(['contradicted']);
  });

  it('reads a known place by its slot too ("inside X" where the sentence says "In Y, … into X")', () => {
    expect(verdictOf('so the ferry disappeared inside norway??')).toEqual(['contradicted']);
  });

  it('reads a place the lexicons do not know by its slot ("at X" where the sentence says "in Y")', () => {
    expect(verdictOf('marsh gave the remarks at a news conference in varno hall')).toEqual(['supported']);
    expect(verdictOf('marsh gave the remarks at a news conference at kettlewick')).toEqual(['contradicted']);
    // a known place named in another paragraph does not save the statement's slot
    expect(verdictOf('the company invited family members to paris')).toEqual(['contradicted']);
  });
});

describe('who says it', () => {
  it('reads a role of an organisation as the person the article describes so', () => {
    expect(verdictOf('lindqvists chief executive said the agreement was fair')).toEqual(['supported']);
    expect(verdictOf('lindqvists chief executive said the deal creates a financial incentive to lower fares')).toEqual(['contradicted']);
  });

  it('tells two people of one surname apart', () => {
    expect(verdictOf('ida lund called the timetable a crazy system')).toEqual(['supported']);
    expect(verdictOf('per lund called the timetable a crazy system')).not.toContain('supported');
  });

  it('never supports words that stand by another person of the sentence', () => {
    expect(verdictOf('ada holm was a former sailor in bergen')).not.toContain('supported');
    expect(verdictOf('per lund was a former sailor in bergen')).toEqual(['supported']);
  });
});

describe('frames and scope', () => {
  it('reads "X\'s argument is that Q" as X saying Q', () => {
    expect(verdictOf("marsh's argument is that the agreement was fair")).toEqual(['supported']);
  });

  it('reads a rival as "against"', () => {
    expect(verdictOf('per lund backed brask lines against oster shipping')).toEqual(['supported']);
  });
});

describe('how far a sentence reaches', () => {
  it('ends a negation at its clause ("no debts, 40 percent …" does not negate the percent)', () => {
    expect(verdictOf('40 percent of the ships are new')).toEqual(['supported']);
  });

  it('takes a place named before from the same paragraph only', () => {
    expect(verdictOf('marsh signed the lease for the new terminal in paris')).not.toContain('supported');
  });

  it('finds a place inside an organisation\'s name, which is no rival place', () => {
    expect(verdictOf('a norwegian board approved the timetable')).toEqual(['supported']);
  });
});

describe('sentences that must not support', () => {
  it('never takes a name with another number for the same ("G7" / "G8")', () => {
    expect(verdictOf('the g7 ministers approved the ferry plan')).not.toContain('supported');
    expect(verdictOf('the g8 ministers approved the ferry plan')).toEqual(['supported']);
  });

  it('reads a negated longer form ("non-endorsement") as a negation', () => {
    expect(verdictOf('the corvel ferry council endorsed the deal')).toEqual(['contradicted']);
  });

  it('does not take a comparison the other way round, a contrast or an open question as support', () => {
    expect(verdictOf('ferries were booked more than trains in 2023')).toEqual(['supported']);
    expect(verdictOf('trains were booked more than ferries in 2023')).not.toContain('supported');
    expect(verdictOf('travellers booked cabins more this year')).not.toContain('supported');
    // an opposite far off in a long sentence is no contrast
    expect(verdictOf('marsh said 40 more ferries joined the route')).toEqual(['supported']);
    expect(verdictOf('the deal definitely includes new ships')).not.toContain('supported');
  });

  it('reads "keep" as a word of the claim, the opposite of "repeal"', () => {
    expect(verdictOf('marsh wants to keep the fare cap')).toEqual(['contradicted']);
  });

  it('takes a rival sum of the same thing as evidence that the two are about one thing', () => {
    expect(verdictOf('the harbour subsidy is worth something like £5m a year')).toEqual(['contradicted']);
    expect(verdictOf('the harbour subsidy is worth £3m')).not.toContain('contradicted');
  });

  it('reads spans of years written as words ("a quarter century" is 25 years)', () => {
    expect(verdictOf('marsh says fares are lower than they were ten years ago')).toEqual(['contradicted']);
    expect(verdictOf('marsh says fares are lower than they were 25 years ago')).not.toContain('contradicted');
  });

  it('compares ordinals written in digits', () => {
    expect(verdictOf('the ferry rose to 17th on the national safety list')).toEqual(['supported']);
    expect(verdictOf('the ferry rose to 3rd on the national safety list')).toEqual(['contradicted']);
  });
});

describe('chat wording', () => {
  it('reads "the old X" as the former one and drops "last time"', () => {
    expect(verdictOf('marsh said the old timetable was worthless')).toEqual(['supported']);
    expect(verdictOf('last time the ferry got detained was 2019')).toEqual(['contradicted']);
    expect(verdictOf('the ferry is too old to sail')).not.toContain('supported');
  });
});

describe('sizes and frequency', () => {
  it('checks a line with "a great …" in it, reads a hyphenated range and "feet" for "foot", and "common" against "rare"', () => {
    expect(splitStatements('a great white shark was seen off norway')[0]?.kind).toBe('statement');
    expect(splitStatements('this is such a mess')[0]?.kind).toBe('chat');
    expect(verdictOf('the shark was 8 to 10 feet long')).not.toContain('contradicted');
    expect(verdictOf('the shark was 15 feet long')).toEqual(['contradicted']);
    expect(verdictOf('marsh said such sightings are common')).toEqual(['contradicted']);
  });
});

describe('bad input', () => {
  it('never crashes on words that are names of object properties', () => {
    expect(verdictOf('Constructor said toString was in constructor at __proto__')).toHaveLength(1);
    expect(verdictOf('hasOwnProperty valueOf constructor')).toHaveLength(1);
  });
});

describe('statements and chit-chat', () => {
  it('checks a lower-case line naming a place or reporting a named person, and skips talk about the article', () => {
    expect(splitStatements('so the crossing was from corvel to norway??')[0]?.kind).toBe('statement');
    expect(splitStatements('marsh told reporters we are happy with it')[0]?.kind).toBe('statement');
    expect(splitStatements("didnt know lindqvist was part of halvard")[0]?.kind).toBe('statement');
    expect(splitStatements('ferry drama is weirdly entertaining')[0]?.kind).toBe('chat');
    expect(splitStatements('this is a long read lol')[0]?.kind).toBe('chat');
  });
});
