import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/read';
import { extractFacts } from '../../src/extract/pipeline';
import { spinArticle } from '../../eval/spun-copy';

// One invented article per mechanism, run through the whole pipeline (names, bodies and places are made up).
const facts = (body: string) => extractFacts(parseArticle(body, 'k'));
const speakerOf = (body: string, words: string) => {
  const claim = facts(body).claims.find((c) => c.text.includes(words));
  if (!claim) throw new Error(`no claim with ${words}`);
  return claim.speaker;
};

describe('organisation names', () => {
  it('keeps a plural possessive inside a body’s name ("Rail Workers’ Union")', () => {
    const f = facts('Bus staff will walk out on Friday, the Kesh Rail Workers’ Union said. The union said talks had failed.');
    expect(f.actors.map((a) => a.name)).toContain('Kesh Rail Workers’ Union');
    expect(speakerOf('Bus staff will walk out on Friday, the Kesh Rail Workers’ Union said.', 'Bus staff will walk out')).toBe('Kesh Rail Workers’ Union');
  });

  it('reads "and" inside a name that ends on an organisation word as part of it', () => {
    expect(speakerOf('Fares will rise by a tenth in June, the Ferry and Port Workers’ Union said.', 'Fares will rise')).toBe('Port Workers’ Union');
    expect(speakerOf('Fares will rise by a tenth in June, said the Ferry and Port Workers’ Union.', 'Fares will rise')).toBe('Port Workers’ Union');
  });

  it('points a bare "the ministry" only at a body named so, not at the last firm named', () => {
    const body = 'Kesh filed a complaint with the Harbour Trade Organisation on Monday. The envoy will ask for talks on Friday, the ministry said.';
    expect(speakerOf(body, 'The envoy will ask for talks')).toBe('the ministry');
  });
});

describe('subjects of participle cues', () => {
  it('skips a dateline before the subject', () => {
    const body = 'TARNBY, May 3 (Invented Wire) - Kesh Power raised its prices on Monday, saying costs had risen sharply this year.';
    expect(speakerOf(body, 'costs had risen')).toBe('Kesh Power');
  });

  it('runs a possessor phrase to its body noun ("Kesh’s central bank")', () => {
    const body = 'TARNBY, May 3 (Invented Wire) - Kesh’s central bank cut its key rate on Wednesday, saying inflation was cooling.';
    expect(speakerOf(body, 'inflation was cooling')).toBe('Kesh’s central bank');
  });
});

describe('pronouns', () => {
  it('"She said" reaches back past several sentences about a man to the woman named before', () => {
    const body = [
      'Ilse Marrow, the union’s organiser, led the walkout on Monday.',
      'Dorin Pask, the firm’s director, said the offer was final. He said the firm could not pay more. He said the fares did not cover it. Pask said the board would meet again. He added that nothing had changed. He said the talks were over.',
      'The organiser rejected that. She said the firm had paid large dividends last year.',
    ].join('\n\n');
    expect(speakerOf(body, 'paid large dividends')).toBe('Ilse Marrow');
  });
});

describe('quotes introduced without a speech verb', () => {
  it('gives a quotation after a colon to the unnamed person the sentence is about', () => {
    const body = 'One resident, a retired nurse, put it bluntly: “I do not care who runs the meetings. I care that nobody asked us.”';
    expect(speakerOf(body, 'I do not care')).toBe('One resident');
  });

  it('gives no speaker when the subject before the colon is no person', () => {
    const body = 'The plan came with a short note: “Nothing here is final and nothing will be done in a hurry.”';
    expect(speakerOf(body, 'Nothing here is final')).toBeNull();
  });

  it('reads an inverted cue with an appositive and a place after it', () => {
    const body = '“We voted in 2016 and nothing changed at all,” one resident, a retired welder, said outside the market.';
    expect(speakerOf(body, 'We voted in 2016')).toBe('one resident');
  });
});

describe('reported speech', () => {
  it('"said N days ago that …" reports the clause, and a second cue after the quotation keeps its own claim', () => {
    const body = 'Councillor Dorin Pask said two days ago that the row was “a distraction from the work we were elected to do” and predicted that voters would punish both sides.';
    const f = facts(body);
    expect(f.claims.find((c) => c.kind === 'reported' && c.text.startsWith('the row was'))?.speaker).toBe('Dorin Pask');
    expect(f.claims.find((c) => c.text.includes('voters would punish'))?.speaker).toBe('Dorin Pask');
  });

  it('"said he backed the drivers: “…”" reports the clause before the colon', () => {
    const body = 'One commuter, a hospital porter, said he backed the drivers: “Everyone’s pay has gone backwards this year.”';
    const f = facts(body);
    expect(f.claims.find((c) => c.kind === 'reported' && c.text.includes('he backed the drivers'))?.speaker).toBe('One commuter');
  });
});

describe('sources', () => {
  it('"according to records released last week by …" names its source, participle and all', () => {
    const body = 'According to records released last week by the county office, the firm was paid twice for the same work.';
    expect(speakerOf(body, 'the firm was paid twice')).toBe('records released last week by the county office');
  });

  it('a spun "according to" keeps a body or testimony as the source', () => {
    const body =
      'Agents seized $40,000 in cash from a safe in the back room, according to trial testimony.\n\nAccording to the forum, local mills were running at half of capacity before the curbs.\n\nAccording to records released last week by the county office, the firm was paid twice.';
    const spun = extractFacts(parseArticle(spinArticle(body), 'k'));
    expect(spun.claims.find((c) => c.text.includes('Agents seized'))?.speaker).toBe('trial testimony');
    expect(spun.claims.find((c) => c.text.includes('local mills were running'))?.speaker).toBe('the forum');
    expect(spun.claims.find((c) => c.text.includes('the firm was paid twice'))?.speaker).toBe('records released last week by the county office');
  });
});

describe('sentence-initial words', () => {
  it('a plural of people opening a sentence is no actor; the whole phrase speaks', () => {
    const body = 'Supporters of the former mayor argued that the vote was an attempt to weaken him before the election.';
    const f = facts(body);
    expect(f.actors.map((a) => a.name)).not.toContain('Supporters');
    expect(speakerOf(body, 'the vote was an attempt')).toBe('Supporters of the former mayor');
  });
});

describe('trailing cues', () => {
  it('"…, Acme said in a statement on Tuesday." reports what came before, not the adjunct', () => {
    const body = 'The closure had nothing to do with the recall, Kesh Dairies said in a statement on Tuesday.';
    const f = facts(body);
    const claim = f.claims.find((c) => c.kind === 'reported');
    expect(claim?.text).toBe('The closure had nothing to do with the recall');
    expect(claim?.speaker).toBe('Kesh Dairies');
  });
});

describe('ages in place of names', () => {
  it('"said the 29-year-old" is the person in focus', () => {
    const body = 'Tessa Marrow scored twice in the final.\n\n“It was the best night of my life and I will never forget it,” said the 29-year-old.';
    expect(speakerOf(body, 'best night of my life')).toBe('Tessa Marrow');
  });

  it('an age with no one before it names no one', () => {
    expect(facts('The 29-year-old said the win was the best moment of her career.').claims).toHaveLength(0);
  });
});

describe('listeners after "told"', () => {
  it('"told analysts the merger …" leaves the listener out of what was said', () => {
    const claim = facts('Chief executive Dana Holt told analysts the merger was on track for June.').claims[0];
    expect(claim?.text).toBe('the merger was on track for June');
    expect(claim?.speaker).toBe('Dana Holt');
  });
});

describe('spun speaker phrases', () => {
  it('a participle before a spun preposition ("a pilot concerned within the search") still names a speaker', () => {
    const body = 'Two of the crew were found alive on the shore, a pilot involved in the search for the missing boat has claimed.';
    const spun = extractFacts(parseArticle(spinArticle(body), 'k'));
    expect(spun.claims.find((c) => c.text.includes('Two of the crew'))?.speaker).toMatch(/^a pilot .* the missing boat$/);
  });
});
