import { describe, expect, it } from 'vitest';
import type { AskData } from '../../src/answer/ask';
import { Dossier } from '../../src/answer/dossier';
import { parseArticle } from '../../src/article/read';
import { extractFacts } from '../../src/extract/pipeline';
import { STORE_SCHEMA_VERSION } from '../../src/store/types';

/** Classes of typed misses seen on unseen articles (session 6), each with invented articles and questions. */
function dossier(...articles: [string, string[]][]): Dossier {
  return Dossier.fromStore({ schemaVersion: STORE_SCHEMA_VERSION, articles: articles.map(([id, paragraphs]) => extractFacts(parseArticle(paragraphs.join('\n\n'), id))) });
}

const answerOf = (d: Dossier, q: string) => {
  const a = d.ask(q);
  return { answered: a.answered, answer: (a.data as AskData).answer ?? '', paragraphs: a.citations.map((c) => c.paragraph) };
};

const lab = dossier([
  'lab',
  [
    'Greenfold Tools opened a research lab in Lerno in 2019.',
    'In Norland, 14 companies were selected last year for the lab’s first six-month class in Port Wendle, out of nearly 300 applicants.',
    'Greenfold Tools chose the teams. The company gives each participating team $15,000 to build prototypes.',
    'The new drill is selling for $120 through Greenfold Tools.',
    'Mayor Jane Roe arrived in Port Wendle on Tuesday after leaving Lerno.',
    'Forecasters expect waves of up to 4 metres along the coast.',
  ],
]);

describe('a question word the articles write otherwise (WordNet relatives)', () => {
  it('meets "chosen" in "selected" and "applied" in "applicants"', () => {
    expect(answerOf(lab, 'when were the first companies chosen')).toMatchObject({ answered: true, answer: 'last year', paragraphs: [2] });
    expect(answerOf(lab, 'how many companies applied for the lab').answer).toBe('nearly 300 applicants');
  });

  it('meets "land" in the broader "arrived" only when the words written are not enough', () => {
    expect(answerOf(lab, 'what day did mayor roe land in port wendle')).toMatchObject({ answered: true, answer: 'Tuesday', paragraphs: [5] });
  });

  it('does not answer where a relative stands in for one word and another word is missing', () => {
    // "share" is a synonym of "percentage", but no sentence gives the Ostland share
    const shares = dossier(['shares', ['Ostlanders are numerous in Lerno.', 'In Wendland the share exceeds 7%, officials said.']]);
    expect(answerOf(shares, 'what percentage of lerno is ostlander').answered).toBe(false);
  });
});

describe('words that only name the answer type', () => {
  it('reads "money" and "cost" of a money question as the currency amount asked', () => {
    expect(answerOf(lab, 'how much money does greenfold give each team').answer).toBe('$15,000');
    expect(answerOf(lab, 'how much does the new drill cost').answer).toBe('$120');
  });

  it('reads "based" of a where-question as the place asked', () => {
    expect(answerOf(lab, 'where is the greenfold lab based').answer).toBe('Lerno');
  });
});

describe('number spans', () => {
  it('does not count with a number joined to its noun ("six-month class"), and prefers the number of the noun asked, with that noun', () => {
    expect(answerOf(lab, 'how many companies were in the first class').answer).toBe('14 companies');
  });

  it('keeps the unit written after the number', () => {
    expect(answerOf(lab, 'how high are the waves expected to be').answer).toContain('4 metres');
  });
});
