import { describe, expect, it } from 'vitest';
import type { AskData } from '../../src/answer/ask';
import { Dossier } from '../../src/answer/dossier';
import { parseArticle } from '../../src/article/read';
import { extractFacts } from '../../src/extract/pipeline';
import { STORE_SCHEMA_VERSION } from '../../src/store/types';

/** Classes of misses seen on unseen articles (session 5), each with invented articles and questions. */
function dossier(...articles: [string, string[]][]): Dossier {
  return Dossier.fromStore({ schemaVersion: STORE_SCHEMA_VERSION, articles: articles.map(([id, paragraphs]) => extractFacts(parseArticle(paragraphs.join('\n\n'), id))) });
}

const answerOf = (d: Dossier, q: string) => {
  const a = d.ask(q);
  return { answered: a.answered, text: `${a.text} ${(a.data as AskData).answer ?? ''}`, paragraphs: a.citations.map((c) => c.paragraph), focus: (a.data as AskData).focus };
};

describe('common words are no misspelt names', () => {
  const bank = dossier([
    'bank',
    [
      'Police in Lerno are looking for a man who robbed the Harbour Savings Bank on Friday.',
      'The robbery took place at about 2 p.m., Detective Robert Quill said.',
      'The man handed a teller a note that implied he had a weapon, Quill said.',
      'Ada West, who owns the cafe next door, saw him run off.',
    ],
  ]);

  it('reads a lower-case word the articles write with a suffix as that word ("robber" / "robbery")', () => {
    expect(answerOf(bank, 'did the robber have a weapon').focus).not.toContain('Robert Quill');
    expect(answerOf(bank, 'Did the robber have a weapon?')).toMatchObject({ answered: true, paragraphs: [3] });
  });

  it('reads a short word as a misspelt name only when it shares the initial ("best" is no "West")', () => {
    expect(answerOf(bank, 'who saw the best view of the robbery').focus).not.toContain('Ada West');
    expect(answerOf(bank, 'what did quil say').focus).toContain('Robert Quill');
  });
});

describe('hedging adverbs are not topic words', () => {
  const air = dossier([
    'air',
    [
      'Norland’s air force is set to get a dozen new jets from Ostland, the Lerno Courier reported.',
      'The jets can fly long-range patrol missions over the northern sea.',
    ],
  ]);

  it('answers a question hedged with "supposedly" or "still" from the sentence that has its other words', () => {
    expect(answerOf(air, 'how many jets is norland supposedly getting')).toMatchObject({ answered: true, paragraphs: [1] });
    expect(answerOf(air, 'how many jets is norland still getting').text).toContain('dozen');
  });
});

describe('which N', () => {
  const station = dossier([
    'station',
    [
      'The gunman fled into the underground and walked along a subway platform before he was caught.',
      'Tom Varley is a political analyst for Lerno Talk Radio.',
      'A red car was seen near the bank.',
      'Later a truck blocked the road to the harbour.',
    ],
  ]);

  it('abstains when no sentence names an N ("which subway station" / "a subway platform")', () => {
    expect(answerOf(station, 'which subway station did the gunman flee to').answered).toBe(false);
  });

  it('answers from a name holding a word of the phrase ("which radio outlet" / "Lerno Talk Radio")', () => {
    expect(answerOf(station, 'which radio outlet is varley a political analyst for')).toMatchObject({ answered: true, paragraphs: [2] });
  });

  it('abstains for "which N" where the sentence names no one and nothing ("one contestant")', () => {
    const show = dossier(['show', ['Several cast members said the host had one contestant twirl before him.', 'The show ran for ten years.']]);
    expect(answerOf(show, 'which contestant did the host make twirl').answered).toBe(false);
  });

  it('answers "what kind of N" only where an N is named (an N the articles never write may be put otherwise)', () => {
    expect(answerOf(station, 'what kind of car was seen near the bank')).toMatchObject({ answered: true, paragraphs: [3] });
    expect(answerOf(station, 'what kind of truck was seen near the bank').answered).toBe(false);
  });
});

describe('how did X respond', () => {
  const feud = dossier([
    'feud',
    [
      'Union leader Jon Brisk said the mayor had blood on his hands after the shooting.',
      'Mayor Ada Quill met the families of the officers on Sunday.',
    ],
  ]);
  const answered = dossier([
    'answered',
    [
      'Union leader Jon Brisk said the mayor had blood on his hands after the shooting.',
      'Mayor Ada Quill called the remarks divisive and unfair.',
    ],
  ]);

  it('abstains when the respondent only is talked about', () => {
    expect(answerOf(feud, "How did Mayor Quill respond to Brisk's comments?").answered).toBe(false);
  });

  it('abstains where the respondent speaks of something else, the author of what is responded to out of sight', () => {
    const elsewhere = dossier([
      'elsewhere',
      [
        'Union leader Jon Brisk said the mayor had blood on his hands after the shooting.',
        'The city council met on Monday to discuss the budget.',
        'On Sunday, Mayor Ada Quill spoke frankly about the new park at a school fair.',
      ],
    ]);
    expect(answerOf(elsewhere, "How did Mayor Quill respond to Brisk's comments?").answered).toBe(false);
  });

  it('answers where the respondent says or calls something', () => {
    expect(answerOf(answered, "How did Mayor Quill respond to Brisk's comments?")).toMatchObject({ answered: true, paragraphs: [2] });
  });
});

describe('a verb asked, its act written', () => {
  const bank = dossier([
    'bank',
    [
      'The robbery took place at about 2 p.m. on Friday when a man entered the Harbour Savings Bank in Lerno.',
      'No one was hurt, Detective Jon Brisk previously said.',
    ],
  ]);

  it('reads "robbed" where the articles write "robbery"', () => {
    expect(answerOf(bank, 'when was the harbour savings bank robbed')).toMatchObject({ answered: true, paragraphs: [1] });
  });

  it('abstains when earlier times are asked and the sentence tells only of this one', () => {
    expect(answerOf(bank, 'Has the Harbour Savings Bank been robbed before?').answered).toBe(false);
  });
});

describe('where: a name after a locative, whatever its type', () => {
  const web = dossier([
    'web',
    [
      'The Lerno Courier has tracked every candidate visit since January.',
      'There are more charts and maps on Datahub.',
      'This article originally appeared at The Wendle Review.',
    ],
  ]);

  it('answers "where" with the organisation or outlet a locative puts the thing in', () => {
    expect(answerOf(web, 'where can i find more charts and maps')).toMatchObject({ answered: true, paragraphs: [2] });
    expect(answerOf(web, 'where can i find more charts and maps').text).toContain('Datahub');
    expect(answerOf(web, 'Where did this article originally appear?').text).toContain('Wendle Review');
  });
});

describe('a passive agent past a short phrase', () => {
  const tracker = dossier([
    'tracker',
    [
      'The Lerno Courier has tracked every candidate visit since January.',
      'The Candidate Tracker was created for the Lerno Courier by Ada Quill and Tom Varley.',
    ],
  ]);

  it('answers who did it with the agent after "by" ("created for the Courier by …")', () => {
    expect(answerOf(tracker, 'Who created the Candidate Tracker?')).toMatchObject({ answered: true, paragraphs: [2] });
    expect(answerOf(tracker, 'Who created the Candidate Tracker?').text).toContain('Ada Quill');
  });
});

describe('a cleft sentence', () => {
  const visits = dossier([
    'visits',
    [
      'The tracker counts candidate visits to Norland since January.',
      'In Norland, it’s GOP Sen. Ada Quill, R-Lerno, who has dropped in most often to meetings of the Lerno Farmers Union.',
    ],
  ]);

  it('answers who with the name "it’s … who" puts first, not another name of the sentence', () => {
    expect(answerOf(visits, 'who has been to norland most often').text).toContain('Ada Quill');
  });
});

describe('is there an N', () => {
  const tips = dossier([
    'tips',
    [
      'Police in Lerno are looking for a man who robbed the Harbour Savings Bank on Friday.',
      'Those with information about the robbery are asked to call the police tip line at 555-0100.',
    ],
  ]);

  it('abstains when no sentence names the N asked after', () => {
    expect(answerOf(tips, 'Is there a reward for information about the robbery?').answered).toBe(false);
  });

  it('answers from the sentence that names it', () => {
    expect(answerOf(tips, 'Is there a tip line for information about the robbery?')).toMatchObject({ answered: true, paragraphs: [2] });
  });
});

describe('a count asked with a particle', () => {
  const firm = dossier([
    'firm',
    [
      'Jon Brisk runs Brisk Mechanical, a plumbing firm he brought back to Lerno.',
      'At about 90 now, Brisk does not expect to reach the 300 workers the company employed in 2009.',
    ],
  ]);

  it('does not read "back" as the verb the count turns on', () => {
    expect(answerOf(firm, "how many workers did brisk's company have back in 2009").text).toContain('300');
  });
});

describe('a measure asked', () => {
  const suspect = dossier([
    'suspect',
    [
      'Police in Lerno are looking for a man who robbed a bank on Friday.',
      'The man is described as being in his 30s, about 6 feet tall and 180 pounds, Detective Jon Brisk said.',
    ],
  ]);

  it('finds and answers "how much does X weigh" by a number in units of weight', () => {
    expect(answerOf(suspect, 'how much does the robber weigh')).toMatchObject({ answered: true, paragraphs: [2] });
    expect(answerOf(suspect, 'how much does the robber weigh').text).toContain('180 pounds');
  });
});

describe('what time / what day', () => {
  const game = dossier([
    'game',
    [
      'Police say a man robbed the Harbour Savings Bank in Lerno on Dec. 22.',
      'The robbery took place at about 2:40 p.m. Dec. 22 when a man entered the bank.',
      'NEW: Ada Quill at the Lerno Gulls game today (Dec. 27) with friends.',
    ],
  ]);

  it('answers "what time" with a time of day', () => {
    expect(answerOf(game, 'what time did the robbery happen')).toMatchObject({ answered: true, paragraphs: [2] });
    expect(answerOf(game, 'what time did the robbery happen').text).toContain('2:40 p.m.');
  });

  it('answers "what day" with a day the calendar names, not "today"', () => {
    expect(answerOf(game, 'what day was the gulls game').text).toContain('Dec. 27');
  });
});

describe('how much did X go up', () => {
  const wages = dossier([
    'wages',
    [
      'Norland’s jobless rate fell in May, the statistics office said.',
      'Hourly earnings in Norland were up 3.4 percent over the past 12 months, compared to 1.9 percent a year earlier.',
    ],
  ]);

  it('answers a change with its share, not the span of time it was measured over', () => {
    expect(answerOf(wages, 'how much have hourly earnings gone up over the past year').text).toContain('3.4 percent');
  });
});

describe('how much of something not counted', () => {
  const poll = dossier([
    'poll',
    [
      'Tom Varley spoke to 200 farmers in Lerno on Monday.',
      'Varley has record low support from young voters, with just 4 percent.',
    ],
  ]);

  it('answers with a share', () => {
    expect(answerOf(poll, 'how much support does varley have from young voters').text).toContain('4 percent');
  });
});

describe('one word of several names', () => {
  const flight = dossier([
    'flight',
    [
      'Officials in South Korea said the airline would publish the passenger list on Monday.',
      'On board the flight were 150 Norlanders, three South Koreans and one person from Ostland.',
      'Ada Quill, an oceanographer at the University of South Wendle, said the sea was shallow.',
    ],
  ]);

  it('picks the name a neighbouring word also names ("south koreans": South Korea, not the University of South Wendle)', () => {
    expect(answerOf(flight, 'how many south koreans were on board').focus).not.toContain('University of South Wendle');
    expect(answerOf(flight, 'how many south koreans were on board').text).toContain('three');
  });
});
