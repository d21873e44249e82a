import { describe, expect, it } from 'vitest';
import { amountSpans, answeringAmounts } from '../../src/answer/amounts';
import { Dossier } from '../../src/answer/dossier';
import { askedType } from '../../src/answer/general';
import { parseQuestion } from '../../src/answer/question';
import { parseArticle } from '../../src/article/read';
import { extractFacts } from '../../src/extract/pipeline';
import { STORE_SCHEMA_VERSION } from '../../src/store/types';

const texts = (text: string) => amountSpans(text, 0).map((s) => s.text);

describe('amounts are read whole', () => {
  it('keeps the magnitude written after a figure with it', () => {
    expect(texts('Some 4.2 million people live in the delta.')).toEqual(['Some 4.2 million']);
    expect(texts('The mill lent it 27 million pounds.')).toEqual(['27 million']);
  });

  it("keeps a country's letters before a currency sign", () => {
    expect(texts('a A$310 million deal and a US$5 fee')).toEqual(['A$310 million', 'US$5']);
  });

  it('reads a hyphenated fraction and a range between two figures as one amount', () => {
    expect(texts('the lake is two-thirds full')).toEqual(['two-thirds']);
    expect(texts('warming of between 3 and 8 degrees')).toEqual(['between 3 and 8']);
  });

  it('gives offsets into the text plus the base', () => {
    const [s] = amountSpans('paid 6 billion dong', 100);
    expect(s).toMatchObject({ start: 105, end: 114, text: '6 billion' });
  });
});

describe('the amounts that can answer', () => {
  const pick = (text: string, question: string, change = false) => answeringAmounts(text, 0, amountSpans(text, 0), question, change).map((s) => s.text);

  it("never answers with the question's own figure", () => {
    expect(pick('About 9,000 homes would flood if the river rose by 3 metres.', 'how many homes flood with 3 metres of rise')).toEqual(['About 9,000']);
  });

  it('answers with the part, not the whole it is counted of', () => {
    expect(pick('She was convicted on 7 of the 9 charges.', 'how many charges')).toEqual(['7']);
    expect(pick('About 2,000 of Norvale’s 30,000 clients were hit.', 'how many clients were hit')).toEqual(['About 2,000']);
  });

  it('answers a change with how much it moved, not the level it reached', () => {
    expect(pick('Shares rose 3.1 percent to $12.40 on Monday.', 'how much did shares go up', true)).toEqual(['3.1']);
  });

  it('yields when a rule would leave nothing', () => {
    expect(pick('It grew by 3 metres.', 'did it grow 3 metres')).toEqual(['3']);
  });
});

describe('amounts asked of an article', () => {
  const d = Dossier.fromStore({
    schemaVersion: STORE_SCHEMA_VERSION,
    articles: [
      extractFacts(
        parseArticle(
          'About 3,000 of Norvale’s 40,000 customers were affected by the outage, the company said.\n\nNorvale shares fell 2.5 percent to $14.10 in Lerno on Friday.\n\nThe council said the works would cost 12 million pounds.',
          'amounts-invented',
        ),
      ),
    ],
  });

  it('counts the part where a figure with a thousands comma follows it', () => {
    expect(d.ask('how many customers were affected').text).toMatch(/3,000/);
  });

  it('answers how much something went up or down with the change, not the level', () => {
    expect(askedType(parseQuestion('how much did the shares go down'))).toEqual({ type: 'share' });
    expect(d.ask('how much did norvale shares go down').text).toBe('2.5 percent');
  });

  it('keeps the magnitude and the currency of money', () => {
    expect(d.ask('how much would the works cost').text).toBe('12 million pounds');
  });
});

describe('a size, a town and a deadline asked of an article', () => {
  const d = Dossier.fromStore({
    schemaVersion: STORE_SCHEMA_VERSION,
    articles: [
      extractFacts(
        parseArticle(
          'Its nine members quit on Sunday, leaving the coalition with 60 seats in the 120-member Storting.\n\nThe two leaders met at Vessby Central Airport in Lerno before the vote.\n\nA spokeswoman said the king would sign the decree by Thursday.',
          'sizes-invented',
        ),
      ),
    ],
  });

  it('reads the size of a body from the number joined to what it is made of', () => {
    expect(d.ask('how big is the storting').text).toBe('120');
  });

  it('keeps "by" before a deadline', () => {
    expect(d.ask('when will the king sign the decree').text).toBe('by Thursday');
  });

  it('answers "what city" with a town, not the venue in it', () => {
    expect(d.ask('what city did the two leaders meet in').text).toBe('Lerno');
  });
});
