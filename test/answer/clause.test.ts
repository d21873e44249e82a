import { describe, expect, it } from 'vitest';
import { clauseSpan, profileSpan, quotePart } from '../../src/answer/clause';
import { Dossier } from '../../src/answer/dossier';
import { parseArticle } from '../../src/article/read';
import { extractFacts } from '../../src/extract/pipeline';
import { STORE_SCHEMA_VERSION } from '../../src/store/types';

/** Spans of a chosen sentence that answer questions asked in words (src/answer/clause.ts), on invented sentences. */
const span = (q: string, s: string) => clauseSpan(q, s)?.text ?? null;

describe('the clause of a sentence that answers a what / why / how question', () => {
  it('answers why by the clause a reason cue opens after the question words', () => {
    expect(span('why did Orlen close the mill', 'Orlen closed the mill in Tarrow because demand for paper had collapsed, the union said.')).toBe(
      'because demand for paper had collapsed',
    );
    expect(span('why was the pilot refused a climb', 'The pilot was refused a climb due to heavy traffic on the route.')).toBe('due to heavy traffic on the route');
  });

  it('answers how by the clause of a means or manner', () => {
    expect(span('how does Varn use the port', 'Varn makes use of the port as a supply base for its fleet.')).toBe('as a supply base for its fleet');
  });

  it('answers what X is by the appositive after X', () => {
    expect(span('What is the Lerno Guard?', 'The exiles hope to join the Lerno Guard, a militia made up of former soldiers, this spring.')).toBe(
      'a militia made up of former soldiers',
    );
  });

  it('answers what N by the phrase around the noun', () => {
    expect(span('what kind of device is the Tallo', 'Brill sold a million of its Tallo - a pocket-sized device that reads palms.')).toBe('pocket-sized device');
    expect(span('which street did the marchers walk along', 'The march continued slowly along 42nd street, a van alongside.')).toBe('42nd street');
  });

  it('answers an object question by what follows its last word', () => {
    expect(span('what did the council drop from its plan', 'Later the council dropped a reference in its plan to a new bridge over the river.')).toBe('to a new bridge over the river');
    expect(span('what did Jane Roe thank Tom Ash for', 'Jane Roe thanked Tom Ash for his steady support, aides said.')).toBe('for his steady support');
  });

  it('answers a yes-or-no question by the clause holding its words', () => {
    expect(span('do the photos show his face', 'Although the photos do not show his face clearly, they show a tall man in a coat.')).toBe('Although the photos do not show his face clearly');
  });

  // the quotation marks of a quoted term bound the clause, as any punctuation does
  it('answers what was said by the quotation, not a quoted term', () => {
    expect(span('what did Ash tweet', '"Our hearts go out to every family tonight," Ash tweeted from Lerno.')).toBe('Our hearts go out to every family tonight');
    expect(span('why did Ash sue the city', 'Ash sued the city after officers held him for being a "loud guy."')).toBe('after officers held him for being');
  });

  it('gives no span when only the whole sentence answers', () => {
    expect(span('what happened', 'It rained.')).toBeNull();
  });
});

describe('who someone is, read around the name', () => {
  it('takes the appositive after a name, the phrase before it, or whose it is', () => {
    expect(profileSpan('Tom Ash', '"Rates will rise," said Tom Ash, head of rates at Brill Bank, who follows the markets.')?.text).toBe('head of rates at Brill Bank');
    expect(profileSpan('Tom Ash', 'The couple waited for news of her brother, Tom Ash, and his two sons.')?.text).toBe('The couple waited for news of her brother');
    expect(profileSpan('Tom Ash', 'Several activists, led by Lerno Watch’s Tom Ash, spoke to the crowd.')?.text).toBe('led by Lerno Watch’s');
  });
});

describe('the part of a long quote about what was asked', () => {
  it('takes the clause holding the question words, or the one after a clause of only them', () => {
    const quoted = 'There is no reason to cut interest rates this year given that most regions have plenty of idle workers';
    expect(quotePart('about cutting interest rates', quoted, quoted.length + 10)?.text).toBe('There is no reason to cut interest rates this year');
    const conditional = 'If the dam fails this spring, the valley will have no chance to recover';
    expect(quotePart('what happens to the valley if the dam fails', conditional, conditional.length + 10)?.text).toBe('the valley will have no chance to recover');
  });

  it('keeps a short quote whole', () => {
    expect(quotePart('about rates', 'Rates will rise', 100)).toBeNull();
  });
});

describe('ask answers a what-question by its span, the sentence cited below', () => {
  it('shows the span, not the sentence again', () => {
    const text = ['Orlen closed the paper mill in Tarrow on Monday because demand for paper had collapsed.', 'The town has 4,000 people.'].join('\n\n');
    const d = Dossier.fromStore({ schemaVersion: STORE_SCHEMA_VERSION, articles: [extractFacts(parseArticle(text, 'mill'))] });
    const a = d.ask('why did Orlen close the paper mill');
    expect(a.answered).toBe(true);
    expect(a.text).toBe('because demand for paper had collapsed');
    expect(a.citations[0]?.text).toContain('Orlen closed the paper mill');
  });
});

describe('clause spans of what was called, done, hoped or done to', () => {
  it('answers what X called Y by the term quoted (or written) after the verb of naming', () => {
    expect(span('what did Ash call the ruling', 'Coach Tom Ash was less polite, going so far as to call the ruling "absurd."')).toBe('absurd');
    expect(span('what did the police call the fire', 'The barn burned in May when police arrested two men, calling it an act of arson, the paper said.')).toBe('an act of arson');
  });

  it('answers what was done to something by the subject before its verb', () => {
    expect(span('What was recovered by the divers?', 'A spokesman said a car door, two bags and a phone had been recovered by the divers.')).toBe('a car door, two bags and a phone');
  });

  it('answers what X did by what follows X, past an appositive', () => {
    expect(span('what did Ash do after the whistle', 'Ash, who had been booked once, pushed Roe in the back after the whistle.')).toBe('pushed Roe in the back after the whistle');
  });

  it('answers what X hopes by the clause "that" opens', () => {
    expect(span('what do the farmers hope', 'The farmers now hope that the rain will come before June, and the river will rise.')).toBe('the rain will come before June');
  });
});

describe('what someone says a thing is', () => {
  it('answers "what is X" asked of a quote by what the quote says X is', () => {
    const quoted = 'I sent the crews to the coast because that is phase one before phase two, which is the rebuilding of the port.';
    expect(quotePart('what is phase two', quoted, quoted.length + 20)?.text).toBe('the rebuilding of the port');
  });

  it('reads "according to X what …" typed without a comma as asked of X', async () => {
    const { parseQuestion } = await import('../../src/answer/question');
    const q = parseQuestion('according to jane roe whats phase two');
    expect(q.expect).toBe('quote');
    expect(q.subject).toBe('jane roe');
    expect(q.topic).toBe('what is phase two');
  });
});

describe('who a relative clause is about', () => {
  it('answers a which-question met by "…, who is called X" with the name the clause hangs on', () => {
    expect(span("Which country's leader is called the iron mayor?", 'Little has changed in the long rule of Tom Ash, who is often called the iron mayor.')).toBe('Tom Ash');
  });
});

describe('a yes-or-no question answered by the clause that decides it', () => {
  it('cuts clauses at a conjunction, and on a tie takes the one that denies', () => {
    expect(span('were the sailors present for their trial in Varn', 'Varn had been trying six sailors in absentia and the navy said the case was closed.')).toBe('Varn had been trying six sailors in absentia');
    expect(span('do you need a cable to charge the Tallo', 'Brill released its Tallo, a phone that users charge by leaving it in the sun, without need of a cable.')).toBe('without need of a cable');
  });

  it('does not cut a figure at its thousands comma', () => {
    expect(span('does Brill take a share of the firms', 'Brill gives each firm $40,000 to build an app, but it is not asking for any share of the firms.')).toBe('it is not asking for any share of the firms');
  });

  it('answers from a one-clause sentence by what is reported, what a thing is said to be, or the subject', () => {
    expect(span('is Roe going to appeal?', 'His lawyer said on Monday that Roe would appeal.')).toBe('Roe would appeal');
    expect(span("Is this the mayor's first visit abroad since the election?", 'It is the first foreign visit of her new term.')).toBe('the first foreign visit of her new term');
    expect(span('do any of the recruits have combat experience?', 'Very few have combat experience.')).toBe('Very few');
  });
});

describe('clause spans keep names and typed subjects whole', () => {
  it('keeps the whole of a name the span cuts', () => {
    expect(span('what platform do the firms write apps for', 'Each firm gets money to write apps that run on Tallo for Home.')).toBe('Tallo for Home');
  });

  it('answers "what N was done" by the subject of the passive verb', () => {
    expect(span('what items were found near the dam', 'Police said a wallet, two phones and a coat had been found near the dam.')).toBe('a wallet, two phones and a coat');
  });

  it('answers "what is X doing" by what X is said to do, past its name and the report', () => {
    expect(span('what is Norvale doing for poorer customers', 'Norvale Power, the biggest supplier, said in a statement that it would cap bills for poorer customers.')).toBe(
      'it would cap bills for poorer customers',
    );
  });
});

describe('the phrase of the noun a what-N question asks', () => {
  it('keeps a number that names the thing ("Route 12", "Flight ZX404")', () => {
    expect(span('what road did the flood close', 'Officials said the flood closed Route 12 and cut off two villages.')).toBe('Route 12');
  });

  it("gives no span made only of the question's own words", () => {
    expect(span('what side effects did the pill have', 'Roe said side effects were mild, with headaches reported in a few patients.')).not.toBe('side effects');
  });
});

describe('what someone said, when nothing more is asked', () => {
  it("is the quote's whole first sentence, not its first clause", () => {
    const quoted = 'Once the mill goes, the school and the shop are next on the list. We have seen it before.';
    expect(quotePart('what did Roe say', quoted, quoted.length + 12)?.text).toBe('Once the mill goes, the school and the shop are next on the list');
  });

  it("answers a reaction to something by the part after the one restating it", () => {
    const quoted = 'At the meeting Ash said the valley would flood, which is wrong. He has never walked the valley once in his life.';
    expect(quotePart("what was Roe's reaction to Ash's claim the valley would flood", quoted, quoted.length + 12)?.text).toBe('He has never walked the valley once in his life');
  });
});

describe('who someone is, past an age and around a name in apposition', () => {
  it('passes over the age after a name to the noun phrase after it', () => {
    expect(profileSpan('Ana Roe', 'The board picked its treasurer, Ana Roe, 52, a retired nurse, as chair.')?.text).toBe('a retired nurse');
  });

  it('describes a name in apposition by the phrase before it', () => {
    expect(profileSpan('Ana Roe', 'The city’s chief planner, Ana Roe, 52, told reporters the plan was sound.')?.text).toBe('The city’s chief planner');
    expect(profileSpan('Ana Roe', 'The city’s chief planner, Ana Roe, called the plan sound.')?.text).toBe('The city’s chief planner');
  });

  it('reads a relative clause after the name, not one of saying', () => {
    expect(profileSpan('Ana Roe', 'Ana Roe, who runs the tenants’ association, said rents were too high.')?.text).toBe('runs the tenants’ association');
    expect(profileSpan('Ana Roe', 'Ana Roe, who said rents were too high, left early.')?.text).not.toBe('said rents were too high');
  });
});
