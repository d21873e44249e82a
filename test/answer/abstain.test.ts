import { describe, expect, it } from 'vitest';
import type { AskData } from '../../src/answer/ask';
import { Dossier } from '../../src/answer/dossier';
import { parseArticle } from '../../src/article/read';
import { extractFacts } from '../../src/extract/pipeline';
import { STORE_SCHEMA_VERSION } from '../../src/store/types';
import { synonymKeys, termKeys } from '../../src/store/terms';

const dossierOf = (body: string) => Dossier.fromStore({ schemaVersion: STORE_SCHEMA_VERSION, articles: [extractFacts(parseArticle(body, 'a'))] });
const answerOf = (d: Dossier, q: string) => (d.ask(q).data as AskData).answer;

/** An invented article: what it says, and what it only seems to say. */
const d = dossierOf(
  [
    'The Tigers Brigade is a group of exiles led by teacher and author Jack Straw.',
    'Among them are a plumber, a farmer and a nurse.',
    'Police in Norway arrested two men in May when a bridge was partly severed by protesters.',
    'Analysts fear that Oslo could ask Jack Straw to leave, and the exiles now hope for peace.',
    'Straw, who is often called the Quiet Colonel, told reporters in June that he was ready.',
  ].join('\n\n'),
);

describe('ask abstains where the article only seems to answer', () => {
  it('answers what the text does say', () => {
    expect(answerOf(d, 'who cut the bridge')).toBe('protesters');
    expect(answerOf(d, 'how many men were arrested')).toMatch(/two/);
    expect(answerOf(d, 'what do people call Jack Straw')).toBe('the Quiet Colonel');
    // a speaker asked by the title the text gives him
    expect(answerOf(d, 'what did the author tell reporters')).toMatch(/ready/);
  });

  it('a year asked must be written where the answer is', () => {
    expect(answerOf(d, 'how many men were arrested in 2019')).toBeNull();
  });

  it('one kind of worker is not another: the teacher is not the plumber', () => {
    expect(answerOf(d, 'who is the plumber')).toBeNull();
    expect(synonymKeys('plumber')).not.toContain(termKeys('profession').find((k) => k.startsWith('~')));
    expect(termKeys('plumber')).toContain(termKeys('profession').find((k) => k.startsWith('~')));
  });

  it('what someone fears is not what others fear about them', () => {
    expect(answerOf(d, 'what does jack straw fear')).toBeNull();
  });

  it('"now" never answers when something happened, and a town is no country', () => {
    expect(answerOf(d, 'when did the exiles hope for peace')).toBeNull();
    expect(answerOf(d, 'which town was the bridge severed near')).toBeNull();
  });

  it('a month is no place, and who runs something is read where that thing is named', () => {
    expect(answerOf(d, 'where did straw talk to reporters')).toBeNull();
    expect(answerOf(d, 'who runs Norway')).toBeNull();
  });

  it('a month asked of a quote must be where the quote is; an unnamed speaker said nothing', () => {
    expect(answerOf(d, 'what did jack straw tell reporters in june')).toMatch(/ready/);
    expect(answerOf(d, 'what did jack straw tell reporters in july')).toBeNull();
    expect(answerOf(d, 'what did the plumber say')).toBeNull();
  });

  it('reads a question past its framing, and asks "the name of X" as who X is', () => {
    expect(answerOf(d, 'in the article about the exiles, who cut the bridge')).toBe('protesters');
    expect(answerOf(d, 'what is the name of the plumber')).toBeNull();
    expect(d.ask('jack straw role').citations[0]?.paragraph).toBe(1);
  });

  it('counts what the question counts by its verb, and asks names only of names', () => {
    const e = dossierOf('Dozens of Tigers fighters are already in the field. Three have been killed since May, Jack Straw said.\n\nPolice in Norway arrested two men.');
    expect(answerOf(e, 'how many tigers fighters have died')).toMatch(/Three/);
    expect(answerOf(e, 'what were the names of the two men arrested')).toBeNull();
    expect(answerOf(e, 'where in norway were the men arrested')).toBeNull();
  });

  it('reads money, near-zero amounts, ranges and chat shorthand; a passive with no agent names no one', () => {
    const e = dossierOf(
      'The fund paid £3bn to the Tigers for the period 2007-2013.\n\nAlmost none of the Tigers have combat experience.\n\nTwo Tigers have been killed since May, Jack Straw said.',
    );
    expect(answerOf(e, 'how much did the fund pay')).toBe('£3bn');
    expect(answerOf(e, 'how many of the tigers have combat experience')).toMatch(/Almost none/i);
    expect(answerOf(e, 'what years did the fund pay the tigers for')).toBe('2007-2013');
    expect(answerOf(d, 'how many ppl were arrested')).toMatch(/two/);
    expect(answerOf(e, 'who killed the two tigers')).toBeNull();
  });
});

describe('concise answers', () => {
  const d = dossierOf(
    'The Larch Trust, a charity founded in 1990, runs six shelters. Mayor Ilse Varga opened the seventh shelter on Monday, saying it was long overdue.\n\n“We will not stop until every street is safe for everyone who lives there,” Varga said.',
  );

  it('never repeats the cited sentence above its citation', () => {
    for (const q of ['What does the Larch Trust run?', 'What did Varga say?', 'Who opened the seventh shelter?', 'When did Varga open the shelter?']) {
      const a = d.ask(q);
      expect(a.answered, q).toBe(true);
      for (const c of a.citations) expect(a.text, q).not.toContain(c.text.trim());
      // a span, or what was said without its attribution: shorter than the sentence cited
      expect(a.text.length, q).toBeLessThan(a.citations[0]!.text.trim().length);
    }
  });

  it('keeps the span itself as the answer', () => {
    expect(d.ask('Who opened the seventh shelter?').text).toBe('Ilse Varga');
    expect(d.ask('When did Varga open the shelter?').text).toBe('Monday');
    expect(d.ask('What did Varga say?').text).toBe('“We will not stop until every street is safe for everyone who lives there”');
  });
});
