import { describe, expect, it } from 'vitest';
import type { AskData } from '../../src/answer/ask';
import { Dossier } from '../../src/answer/dossier';
import { parseQuestion } from '../../src/answer/question';
import { parseArticle } from '../../src/article/read';
import { extractFacts } from '../../src/extract/pipeline';
import { STORE_SCHEMA_VERSION } from '../../src/store/types';

/** Questions the articles answer in other words (session 7 abstentions), each class with an invented article. */
function dossier(...articles: [string, string[]][]): Dossier {
  return Dossier.fromStore({ schemaVersion: STORE_SCHEMA_VERSION, articles: articles.map(([id, paragraphs]) => extractFacts(parseArticle(paragraphs.join('\n\n'), id))) });
}

const answerOf = (d: Dossier, q: string) => {
  const a = d.ask(q);
  return { answered: a.answered, answer: (a.data as AskData).answer ?? '', paragraphs: a.citations.map((c) => c.paragraph) };
};

const board = dossier([
  'board',
  [
    'The Lerno school board signed the contract on Monday.',
    'Board member Jane Roe, who voted against the deal, said she learned of the agreement on March 3.',
    'Roe said the district would close the Wendle annex by June 30.',
    'Tom Hale, the board chairman, received the endorsement of the teachers union in 2019.',
    'The board chairman earns $120,000 a year.',
  ],
]);

describe('a phrasal verb is one word, met by its WordNet relatives ("find out" → "learned")', () => {
  it('answers when a relative of the pair is written', () => {
    expect(answerOf(board, 'when did roe find out about the agreement')).toMatchObject({ answered: true, answer: 'March 3', paragraphs: [2] });
    expect(answerOf(board, 'when will the wendle annex shut down')).toMatchObject({ answered: true, answer: 'by June 30', paragraphs: [3] });
  });

  it('keeps the verb as written when no relative of the pair is written ("sold off")', () => {
    expect(answerOf(board, 'when was the wendle annex sold off').answered).toBe(false);
  });
});

describe('a question word written otherwise by the asker', () => {
  it('reads a typo no dictionary lists as the article word one letter away', () => {
    expect(answerOf(board, 'when did the lerno board sign the contrakt')).toMatchObject({ answered: true, answer: 'Monday', paragraphs: [1] });
  });

  it('does not respell a real word ("contrast" is one letter from "contract")', () => {
    expect(answerOf(board, 'when did the lerno board sign the contrast').answered).toBe(false);
  });

  it('meets "endorsed" in "endorsement" (the inflection took the stem\'s e)', () => {
    expect(answerOf(board, 'when was tom hale endorsed by the union')).toMatchObject({ answered: true, answer: '2019', paragraphs: [4] });
  });
});

describe('"what is X called" of a thing no actor names', () => {
  const trial = dossier([
    'trial',
    [
      'Doctors in Lerno said a new pill shortened the illness by two days.',
      'The drug, known as LX-40 and made by Wendle Labs, was given twice a day.',
      'Jane Roe has a new campaign ad attacking her rival over taxes.',
      'The 30-second spot, titled “Unfit,” will run in three states.',
      'Aid still follows a series of Norland high court rulings dating back to 1990 known as Hale v. Lerno.',
    ],
  ]);

  it('answers with the name a naming cue gives the noun asked', () => {
    expect(answerOf(trial, 'whats the drug called')).toMatchObject({ answered: true, answer: 'LX-40', paragraphs: [2] });
    expect(answerOf(trial, 'what are the high court rulings called')).toMatchObject({ answered: true, answer: 'Hale v. Lerno', paragraphs: [5] });
  });

  it('reads a sentence that takes up the thing the one before it named', () => {
    expect(answerOf(trial, "what is roe's new ad called")).toMatchObject({ answered: true, answer: 'Unfit', paragraphs: [4] });
    expect(answerOf(trial, "whats the name of roe's new ad")).toMatchObject({ answered: true, answer: 'Unfit', paragraphs: [4] });
  });

  it('abstains when no sentence names the thing asked', () => {
    expect(answerOf(trial, 'what is the vaccine called').answered).toBe(false);
  });
});

describe('an acronym the articles never write', () => {
  const raid = dossier([
    'raid',
    [
      'Agents from the Norland Customs Bureau searched the Lerno warehouse in March and seized $310,000 in cash.',
      'The Wendle Harbour Authority said the port would stay open.',
    ],
  ]);

  it('is spelt out as the one name whose initials spell it', () => {
    expect(answerOf(raid, 'how much cash did the NCB seize')).toMatchObject({ answered: true, answer: '$310,000', paragraphs: [1] });
  });

  it('spells out a title\'s initials where the articles write the title', () => {
    const firm = dossier(['firm', ['Wendle Dairy chief executive Jane Roe said on Monday the company would cut 400 jobs.']]);
    expect(answerOf(firm, 'who is the ceo of wendle dairy')).toMatchObject({ answered: true, answer: 'Jane Roe' });
  });

  it('stays an outside name when no name the articles give spells it', () => {
    expect(answerOf(raid, 'how much cash did the FBI seize').answered).toBe(false);
  });
});

describe('"go" says only that something moves or will happen', () => {
  const retreat = dossier([
    'retreat',
    [
      'After failing to take Lerno, Norland forces retreated into Wendle to regroup.',
      'Officials said the Port Hale plant would close by June 30.',
      'Jane Roe spoke at several establishments in Wendle.',
    ],
  ]);

  it('is not a word the answer sentence must write', () => {
    expect(answerOf(retreat, 'where did the norland forces go after failing to take lerno')).toMatchObject({ answered: true, answer: 'Wendle', paragraphs: [1] });
    expect(answerOf(retreat, 'when is the port hale plant going to close')).toMatchObject({ answered: true, answer: 'by June 30', paragraphs: [2] });
  });

  it('stays where a broader term stands in for the place asked ("establishments" for "university")', () => {
    expect(answerOf(retreat, 'where did jane roe go to university').answered).toBe(false);
  });
});

describe('a what-question word the articles write only in another word class', () => {
  const trade = dossier([
    'trade',
    [
      'Norland said on Sunday it would file a complaint with the trade court over Wendish steel quotas.',
      'Norland exports fell 12 percent last year.',
    ],
  ]);

  it('meets its derived form ("complaining" / "complaint"), never its synonyms', () => {
    expect(answerOf(trade, 'what is norland complaining about')).toMatchObject({ answered: true, paragraphs: [1] });
    expect(answerOf(trade, 'what is norland grumbling about').answered).toBe(false);
  });
});

describe('question words typed short', () => {
  it('reads "wat" and "wen" as "what" and "when"', () => {
    expect(parseQuestion('wat did jane roe say about the deal')).toMatchObject({ expect: 'quote', subject: 'jane roe' });
    expect(parseQuestion('wen did the strike start').expect).toBe('date');
  });
});
