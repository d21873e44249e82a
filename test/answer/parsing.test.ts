import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/answer/question';
import { dateSpans, durationSpans, nameSpans, numberSpans } from '../../src/answer/spans';
import { subjectOf } from '../../src/answer/subject';

describe('parseQuestion', () => {
  it('reads the verb of passive questions and of objects asked with "which"', () => {
    expect(parseQuestion('Who was punished with sanctions?')).toMatchObject({ expect: 'person', verb: 'punished', passive: true });
    expect(parseQuestion('Who was the bridge built by?')).toMatchObject({ verb: 'built', passive: false });
    expect(parseQuestion('Which party does the senator want to join?')).toMatchObject({ expect: 'person', verb: 'join', object: true });
    expect(parseQuestion('What kind of boats sank so far').text).toBe('What boats sank');
    expect(parseQuestion('what year did the strike happen').text).toBe('what year did the strike');
    expect(parseQuestion('Which city was chosen as the venue?').verb).toBe('chosen');
    expect(parseQuestion('By whom was the bridge built?')).toMatchObject({ expect: 'person', verb: 'built' });
    expect(parseQuestion('who is the deputy leader of the party')).toMatchObject({ expect: 'person', verb: 'leader' });
    expect(parseQuestion('When was the summit held?').text).toBe('When was the summit?');
  });

  it.each([
    ['Who is Jane Doe?', 'profile', 'Jane Doe'],
    ["What is the mayor's job?", 'profile', 'the mayor'],
    ['What did the minister say about taxes?', 'quote', 'the minister'],
    ['Who said the port would reopen?', 'speaker', null],
    ['Who runs the port?', 'person', null],
    ['Who is running the port?', 'person', null],
    ['When did the storm hit?', 'date', null],
    ['What year was it built?', 'date', null],
    ['Where did the ship sink?', 'place', null],
    ['How many boats returned?', 'number', null],
    ['How long did the strike last?', 'duration', null],
    ['What is NATO afraid of?', 'thing', null],
    ["who's jane doe", 'profile', 'jane doe'],
    ['whos jane doe', 'profile', 'jane doe'],
    ["what's the mayor's occupation", 'profile', 'the mayor'],
    ['What job does Jane Doe have?', 'profile', 'Jane Doe'],
    ['What position does the envoy hold', 'profile', 'the envoy'],
    ['how big is the crowd', 'number', null],
    ["what was the mayor's message to the press", 'quote', 'the mayor'],
    ['For how long did the strike last', 'duration', null],
    ['what line of work is Jane Doe in', 'profile', 'Jane Doe'],
    ['Who exactly is Jane Doe', 'profile', 'Jane Doe'],
    ['In what month was the bridge closed', 'date', null],
    ['Which news agency reported it?', 'person', null],
    ['Which city was chosen as the venue?', 'place', null],
  ])('%s → %s', (q, expect_, subject) => {
    const p = parseQuestion(q);
    expect(p.expect).toBe(expect_);
    expect(p.subject).toBe(subject);
  });

  it('reads an object question and its verb, and a clause after it as a subject question', () => {
    expect(parseQuestion('Who did the council punish for the delay?')).toMatchObject({ expect: 'person', object: true, verb: 'punish' });
    expect(parseQuestion('Who does the mayor fear could close the port?')).toMatchObject({ object: false, verb: 'close' });
  });

  it('reads a possessive typed without its apostrophe as a profile question, but not "the members jobs"', () => {
    expect(parseQuestion('whats kowalskis job')).toMatchObject({ expect: 'profile', subject: 'kowalski' });
    expect(parseQuestion('what is Anna Kowalskis role')).toMatchObject({ expect: 'profile', subject: 'Anna Kowalski' });
    expect(parseQuestion('what is the members job').subject).not.toBe('the member');
  });

  it('reads the verb of a who-question past auxiliaries', () => {
    expect(parseQuestion('Who was used as a base?').verb).toBe('used');
    expect(parseQuestion('Who leads the team?').verb).toBe('leads');
  });
});

describe('answer spans', () => {
  it('finds numbers with qualifiers, but not years', () => {
    expect(numberSpans('a group of fewer than 30 exiles in 2020 and three men', 0).map((s) => s.text)).toEqual(['fewer than 30', 'three']);
  });

  it('finds durations and dates with their lead words', () => {
    expect(durationSpans('the 28-year rule', 0).map((s) => s.text)).toEqual(['28-year']);
    expect(dateSpans('And earlier this week, he left in 2020.', 0).map((s) => s.text)).toEqual(['earlier this week', '2020']);
    expect(dateSpans('ages from 19 to 60', 0)).toEqual([]);
  });

  it('finds capitalised names, joining "of" and a demonym with its noun', () => {
    const names = nameSpans('The International Legion of Defence of Ukraine said Belarusian police left.', 0).map((s) => s.text);
    expect(names).toEqual(['International Legion of Defence of Ukraine', 'Belarusian police']);
  });
});

describe('subjectOf', () => {
  const at = (text: string, verb: string) => subjectOf(text, text.indexOf(verb), 0)?.text ?? null;
  it('takes the phrase before the verb past auxiliaries and adverbs', () => {
    expect(at('And cyber activists just lately hacked the servers.', 'hacked')).toBe('cyber activists');
    expect(at('Belarus has been used as a springboard.', 'used')).toBe('Belarus');
    expect(at('the rule of Lukashenko, who’s sometimes called a dictator', 'called')).toBe('Lukashenko');
  });
  it('steps back over an aside between dashes', () => {
    expect(at('when the governor – a close ally of the mayor – cracked down on protests', 'cracked')).toBe('governor');
  });
  it('takes the agent after a passive "by", and nothing for a pronoun', () => {
    expect(at('They are led by dissident and restaurateur Vadim Prokopiev.', 'led')).toBe('dissident and restaurateur Vadim Prokopiev');
    expect(at('They led the march.', 'led')).toBeNull();
  });
});
