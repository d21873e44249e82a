import { describe, expect, it } from 'vitest';
import type { AskData } from '../../src/answer/ask';
import { Dossier } from '../../src/answer/dossier';
import { parseQuestion } from '../../src/answer/question';
import { parseArticle } from '../../src/article/read';
import { extractFacts } from '../../src/extract/pipeline';
import { STORE_SCHEMA_VERSION } from '../../src/store/types';

/** Classes of misses seen on real articles, each with invented articles and questions. */
function dossier(...articles: [string, string[]][]): Dossier {
  return Dossier.fromStore({ schemaVersion: STORE_SCHEMA_VERSION, articles: articles.map(([id, paragraphs]) => extractFacts(parseArticle(paragraphs.join('\n\n'), id))) });
}

const answerOf = (d: Dossier, q: string) => {
  const a = d.ask(q);
  return { answered: a.answered, text: `${a.text} ${(a.data as AskData).answer ?? ''}`, paragraphs: a.citations.map((c) => c.paragraph), articles: a.citations.map((c) => c.article) };
};

describe('what did X say', () => {
  const harbour = dossier([
    'harbour',
    [
      'Port Wendle reopened its harbour on Tuesday after a storm.',
      'In a statement, Lord Quill said: "I was fully involved in the decision to reopen the quays." Lord Penrose had opposed the plan.',
      'Harbour master Ada Brisk said the quays were safe. "He would not have done that to a Tom Varley," she said.',
    ],
  ]);

  it('abstains for someone named only by a shared title word or inside another speaker’s quote', () => {
    expect(answerOf(harbour, 'What did Lord Penrose say about the decision?').answered).toBe(false);
    expect(answerOf(harbour, 'What did Tom Varley say about the quays?').answered).toBe(false);
    expect(answerOf(harbour, 'What did Lord Quill say about the decision?')).toMatchObject({ answered: true, paragraphs: [2] });
  });

  it('reads the claims of every actor with the speaker’s surname, across articles', () => {
    const d = dossier(
      ['one', ['Mr Varley visited a farm in Lerno on Monday.', 'Crowds met Mr Varley at the gate.']],
      ['two', ['Candidate Tom Varley spoke in Lerno.', '"Our farmers are living in poverty because of the tariffs," Tom Varley said.']],
    );
    expect(answerOf(d, 'what did varley say about farmers living in poverty')).toMatchObject({ answered: true, articles: ['two'] });
  });

  it('reads "…, according to X" as what X said', () => {
    expect(parseQuestion('What do farmers believe about the tariffs according to Tom Varley?')).toMatchObject({ expect: 'quote', subject: 'Tom Varley' });
    expect(parseQuestion('According to Ada Brisk, is the harbour safe?')).toMatchObject({ expect: 'quote', subject: 'Ada Brisk' });
    // a measure asked keeps its type
    expect(parseQuestion('how fast was the ship going according to the radar')).toMatchObject({ expect: 'thing' });
    expect(parseQuestion('How many boats sank, according to the coastguard?').expect).toBe('number');
  });
});

describe('who holds a role', () => {
  const port = dossier(
    [
      'port',
      [
        'The Lerno port reopened on Monday after a storm.',
        'Ada Quill, head of Lerno’s harbour rescue service, said the quays were safe.',
        'Rep. Tom Varley (D-Lerno), the leader of the coastal caucus, praised the crews. The plan was drafted with the harbour staff and the then Finance Minister, Jon Brisk.',
      ],
    ],
    ['other', ['Two boats sank off Lerno on Monday. Officials quoted the head of the harbour rescue service, Mia Stone, as saying so.']],
  );

  it('reads a role given in apposition after the name, a verb asking the role, and a role asked without "the"', () => {
    expect(parseQuestion('who heads the coastal caucus')).toMatchObject({ expect: 'person', role: { noun: 'head', of: 'the coastal caucus' } });
    expect(parseQuestion('who was finance minister at the time')).toMatchObject({ role: { noun: 'minister', of: 'finance' } });
    expect(answerOf(port, 'who was finance minister at the time').text).toMatch(/Jon Brisk/);
    expect(answerOf(port, 'Who is the head of the harbour rescue service?').text).toMatch(/Ada Quill/);
    expect(answerOf(port, 'who heads the coastal caucus')).toMatchObject({ answered: true, paragraphs: [3] });
    expect(answerOf(port, 'who heads the coastal caucus').text).toMatch(/Tom Varley/);
    expect(answerOf(port, 'who heads the coastal caucus').text).not.toMatch(/D-Lerno/);
  });

  it('lets a long qualifier miss one word (the country the story is set in), never two', () => {
    const a = answerOf(port, "Who heads Lerno's harbour rescue service?");
    expect(a.text).toMatch(/Ada Quill/);
    expect(a.text).toMatch(/Mia Stone/);
    expect(answerOf(port, "Who heads Lerno's river police service?").answered).toBe(false);
  });
});

describe('what kind of thing', () => {
  const bay = dossier([
    'bay',
    [
      'A fishing boat sank near Lerno on Monday. The crew was rescued.',
      'In Lerno, unlicensed fishing in the bay is a minor misdemeanour.',
      'Police found several messages, written in Basque, that had been deleted from the skipper’s phone.',
    ],
  ]);

  it('reads a kind the articles never name as the answer’s type when two topic words still find the sentence', () => {
    expect(answerOf(bay, 'what offense is unlicensed fishing in the bay')).toMatchObject({ answered: true, paragraphs: [2] });
    expect(answerOf(bay, 'what language were the deleted messages in')).toMatchObject({ answered: true, paragraphs: [3] });
  });

  it('abstains when only the thing itself is left to look for', () => {
    expect(answerOf(bay, 'what color was the boat').answered).toBe(false);
    expect(answerOf(bay, 'what engine does the boat have').answered).toBe(false);
  });
});

describe('negatives that ask what the article does not give', () => {
  const town = dossier([
    'town',
    [
      'Jane Roe, 20, was charged on Monday. She had gone to Lerno with her boyfriend to retrieve a Jeep, and later picked up their daughter.',
      'Most residents of Lerno say the new bridge is a waste of money. One council member voted against it.',
      'The police chief questioned Roe about the shooting.',
    ],
  ]);

  it('answers the name of a person asked for only with a person', () => {
    expect(parseQuestion("What is the name of Roe's daughter?").named).toBe(true);
    expect(answerOf(town, "What is the name of Roe's daughter?").answered).toBe(false);
  });

  it('answers a share asked only with a share, and "by how many" as a count', () => {
    expect(parseQuestion('What percentage of residents oppose the bridge?').expect).toBe('number');
    expect(parseQuestion('By how many votes did the bridge pass?').expect).toBe('number');
    expect(answerOf(town, 'What percentage of residents say the bridge is a waste of money?').answered).toBe(false);
  });

  it('reads a role only from a title, not through a verb before a name ("The police chief questioned Roe")', () => {
    expect(answerOf(town, 'what is the name of the police chief').answered).toBe(false);
  });
});

describe('who did it', () => {
  const hall = dossier([
    'hall',
    [
      'The town hall debate on the bridge was held in Lerno on Monday. Mayor Tim Ash spoke at the town hall debate.',
      'The bridge could open next year, Sen. Jane Roe (D-Lerno) told The Lerno Courier on Tuesday.',
    ],
  ]);

  it('abstains when no article uses the verb asked (nor a synonym)', () => {
    expect(answerOf(hall, 'Who moderated the town hall debate?').answered).toBe(false);
  });

  it('answers who spoke with the name a cue of saying follows, never a party label or the listener', () => {
    const a = answerOf(hall, 'who said the bridge could open next year');
    expect(a).toMatchObject({ answered: true, paragraphs: [2] });
    expect(a.text).toMatch(/Jane Roe/);
    expect(a.text).not.toMatch(/D-Lerno|Courier/);
  });
});

describe('how many', () => {
  const search = dossier([
    'search',
    [
      'The coastguard initially said 40 boats had been sighted, although local radio later quoted the harbour chief, Ada Quill, as saying only three boats had been recovered.',
      'Some 12 villages could benefit from the new harbour fund, officials said.',
    ],
  ]);

  it('reads the verb of a count past "did X say" and after a modal', () => {
    expect(answerOf(search, 'how many boats did quill say had been recovered').text).toMatch(/three/);
    expect(answerOf(search, 'how many villages could benefit from the harbour fund').text).toMatch(/12/);
  });
});

describe('how long and how old', () => {
  const farm = dossier([
    'farm',
    ['Jane Roe and her 24-year-old brother drove to Lerno to buy a tractor. The mayor gave one speech at the fair.'],
  ]);

  it('reads an age written before the noun asked about', () => {
    expect(answerOf(farm, 'how old is the brother')).toMatchObject({ answered: true, paragraphs: [1] });
    expect(answerOf(farm, 'how old is the brother').text).toMatch(/24/);
  });

  it('answers how long only with a duration: not an age, not a bare number', () => {
    expect(answerOf(farm, 'How long had Roe and her brother been driving?').answered).toBe(false);
    expect(answerOf(farm, "How long was the mayor's speech?").answered).toBe(false);
  });
});

describe('where', () => {
  const sea = dossier([
    'sea',
    [
      'PORT WENDLE, Norland (Agency) - Rescuers pulled two boats from the sea off the coast of Orsk Bay on Tuesday.',
      'The minister told his weekly briefing in Castle Yard that the search would go on.',
    ],
  ]);

  it('answers with the place the sentence names after its dateline, and a name a locative puts somewhere', () => {
    const a = answerOf(sea, 'where were the boats pulled from the sea');
    expect(a.text).not.toMatch(/PORT WENDLE/);
    expect(answerOf(sea, 'where did the minister hold his weekly briefing')).toMatchObject({ answered: true, paragraphs: [2] });
    expect(answerOf(sea, 'where did the minister hold his weekly briefing').text).toMatch(/Castle Yard/);
  });
});

describe('dates and counts a question already bounds', () => {
  const fund = dossier([
    'fund',
    [
      'The harbour fund will cover repairs until the end of 2025, officials said. The board meets again in April.',
      'Police counted 310 thefts between January 1 and May 26 in Lerno.',
    ],
  ]);

  it('answers a date in a month asked only with a date in that month, never with the month itself or "now"', () => {
    expect(answerOf(fund, 'What date in April will the board meet?').answered).toBe(false);
  });

  it('counts with a number only when the noun or an auxiliary follows it ("January 1 and" counts nothing)', () => {
    expect(answerOf(fund, 'How many robberies has Lerno had this year?').answered).toBe(false);
    expect(answerOf(fund, 'How many thefts did police count in Lerno?').text).toMatch(/310/);
  });
});

describe('jobs and names in quoted reader comments', () => {
  const comments = dossier([
    'comments',
    [
      'Readers sent us their views on the harbour plan.',
      '“Maybe we can build a wall around the harbour.” ― Tom Varley.',
      'Ada Brisk is the harbour columnist for the Lerno Courier.',
      '“To those I say the following: What do you have to lose?” the mayor said.',
    ],
  ]);

  it('answers a job only with a title or a sentence saying what X is, never a dash before the name', () => {
    expect(answerOf(comments, "What is Tom Varley's job?").answered).toBe(false);
    expect(answerOf(comments, "What is Ada Brisk's job?").text).toMatch(/columnist/);
  });

  it('takes no capitalised word opening a clause after a colon for a name', () => {
    expect(answerOf(comments, 'who did the mayor say has nothing to lose').text).not.toMatch(/\bWhat\b/);
  });
});
