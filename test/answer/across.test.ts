import { describe, expect, it } from 'vitest';
import type { AskData } from '../../src/answer/ask';
import { Dossier } from '../../src/answer/dossier';
import { parseArticle } from '../../src/article/read';
import { extractFacts } from '../../src/extract/pipeline';
import { STORE_SCHEMA_VERSION } from '../../src/store/types';

/** A store of invented articles, one per text, ids a1, a2, …. */
function storeOf(texts: string[]): Dossier {
  const articles = texts.map((t, i) => extractFacts(parseArticle(t, `a${i + 1}`)));
  return Dossier.fromStore({ schemaVersion: STORE_SCHEMA_VERSION, articles });
}

const brigade = (leader: string, town: string) =>
  `Volunteers gather in ${town} every weekend.\n\nThey call themselves the Ferrow Brigade, a band of about 40 exiles.\n\nThey are led by retired engineer ${leader}. “We train for the day we go home,” ${leader.split(' ')[1]} told reporters on Monday.\n\nThe group, whose ages vary from 21 to 58, meets in a rented hall.`;

describe('answers across articles', () => {
  const d = storeOf([brigade('Tomas Halvik', 'Lerno'), brigade('Tomas Halvik', 'Vester'), brigade('Anya Brenner', 'Osk'), brigade('Tomas Halvik', 'Durra')]);

  it('answers with each distinct answer and how many articles give it, most-supported first, one citation each', () => {
    const a = d.ask('Who leads the Ferrow Brigade?');
    expect(a.answered).toBe(true);
    expect(a.text).toBe('Tomas Halvik (3 articles); Anya Brenner (1 article)');
    const groups = (a.data as AskData).groups!;
    expect(groups.map((g) => [g.answer, g.articles.length])).toEqual([
      ['Tomas Halvik', 3],
      ['Anya Brenner', 1],
    ]);
    expect(groups[1]!.articles).toEqual(['a3']);
    // the first citations: one per distinct answer, each a verbatim sentence of an article that gives it
    expect(a.citations[0]!.text).toMatch(/led by retired engineer Tomas Halvik/);
    expect(a.citations[1]).toMatchObject({ article: 'a3', paragraph: 3 });
    expect(a.citations[1]!.text).toMatch(/Anya Brenner/);
    expect(a.sections.find((s) => s.heading === 'Answers across articles')?.items.map((i) => i.text)).toEqual(['Tomas Halvik (3 articles)', 'Anya Brenner (1 article)']);
  });

  it('counts equal answers as one (an age range several articles give)', () => {
    const a = d.ask('How old are the members?');
    expect(a.text).toBe('21 to 58 (4 articles)');
    expect(a.citations[0]!.paragraph).toBe(4);
  });

  it('answers a role asked of no one with each article’s holder, not the first one found', () => {
    const s = storeOf([
      'Varnian President Marta Quell opened the new bridge on Monday.\n\nThe bridge cost 40 million.',
      'Doran President Ivo Stann met farmers on Tuesday.\n\nThe farmers asked for rain.',
      'President Marta Quell of Varnia spoke at the summit.\n\nShe spoke for an hour.',
    ]);
    const a = s.ask('Who is the president?');
    expect(a.text).toMatch(/^Marta Quell \(2 articles\); Ivo Stann \(1 article\)$/);
    expect(new Set(a.citations.slice(0, 2).map((c) => c.article)).size).toBe(2);
  });

  it('counts every reprint of the answering sentence, not only the few articles a question reads', () => {
    const towns = Array.from({ length: 60 }, (_, i) => `Town${String.fromCharCode(65 + (i % 26))}${i}`);
    const many = storeOf(towns.map((t) => brigade('Tomas Halvik', t)));
    const a = many.ask('Who leads the Ferrow Brigade?');
    // the sentence naming the brigade outranks "They are led by …" in every copy; the answer is still found
    expect(a.text).toBe('Tomas Halvik (60 articles)');
    // one sentence per distinct answer: sixty copies of the same words are cited once
    expect(a.citations.filter((c) => /Tomas Halvik/.test(c.text))).toHaveLength(1);
  });

  it('answers as before when one article answers, and abstains when none does', () => {
    const one = storeOf([brigade('Tomas Halvik', 'Lerno')]);
    expect(one.ask('Who leads the Ferrow Brigade?').text).toBe('Tomas Halvik');
    expect((one.ask('Who leads the Ferrow Brigade?').data as AskData).groups).toBeUndefined();
    expect(d.ask('Who founded the Ferrow Brigade?').answered).toBe(false);
  });

  it('never takes a close spelling of the role asked for its speaker ("the senator" is not the Senate)', () => {
    const s = storeOf(['The Senate voted on Tuesday. “The budget is done,” the Senate said in a statement.\n\nThe vote was close.']);
    expect(s.ask('What did the senator say?').text).not.toMatch(/^Senate/);
  });
});

describe('news conventions of real articles', () => {
  const d = storeOf(['Jane Roe, 41, of Lerno was charged on Friday with fraud.\n\nThe mayor of Lerno, Tomas Halvik, comforted relatives and urged them to be strong.\n\nRoe is held in the county jail.']);

  it('reads an age written after the name ("Jane Roe, 41, of …")', () => {
    const a = d.ask('How old is Jane Roe?');
    expect(a.text).toBe('41');
    expect(a.citations[0]!.paragraph).toBe(1);
    expect(d.ask('How old is Tomas Halvik?').answered).toBe(false);
  });

  it('answers a name asked for only with someone the articles name, not a word opening a sentence', () => {
    const s = storeOf(['Online discussion among pilots has centred on radar data.\n\nThe plane was climbing too slowly, investigators said.']);
    expect(s.ask('What is the name of the pilot?').answered).toBe(false);
  });

  it('reads a role a name follows in apposition ("The mayor of X, Name, …")', () => {
    expect(d.ask('Who is the mayor of Lerno?').text).toMatch(/Tomas Halvik/);
    expect(d.ask('Who is the mayor of Vester?').answered).toBe(false);
  });
});
