import { describe, expect, it } from 'vitest';
import { clauseSpan } from '../../src/answer/clause';
import { measureAsked, measureSpan } from '../../src/answer/measure';
import { parseQuestion } from '../../src/answer/question';

describe('a what-question about a quantity asks a figure', () => {
  it('reads the kind of figure from the noun asked', () => {
    expect(measureAsked('what was the vote')).toBe('tally');
    expect(measureAsked("whats the bank's inflation target now")).toBe('share');
    expect(measureAsked('what was their revenue')).toBe('money');
    expect(measureAsked('what was the senate vote on the treaty')).toBe('tally');
  });

  it('leaves other what-questions alone', () => {
    expect(measureAsked('what did the vote show')).toBeNull();
    expect(measureAsked('what is the Lerno Guard')).toBeNull();
    expect(measureAsked('who is the mayor')).toBeNull();
  });

  it('is no profile question: the figure is asked, not who the subject is', () => {
    expect(parseQuestion('what was the final score').expect).toBe('thing');
    expect(parseQuestion('what is the Lerno Guard').expect).toBe('profile');
  });
});

describe('the figure of the kind asked, nearest the question words', () => {
  const span = (q: string, s: string) => clauseSpan(q, s)?.text ?? null;

  it('answers a tally, a share with its sign and money with its currency', () => {
    expect(span('what was the vote', 'The Lerno council voted 6-3 on Monday to close the pool, which has lost money for years.')).toBe('6-3');
    expect(span('what was unemployment in March', 'Unemployment, which peaked at 9.1 percent in 2021, fell to 5.2 percent in March, the office said.')).toBe('5.2 percent');
    expect(span('what was their turnover', 'Turnover rose 4 percent to 12.5 million euros, helped by a strong summer season.')).toBe('12.5 million euros');
  });

  it('finds nothing where the sentence gives no figure of the kind', () => {
    expect(measureSpan('tally', 'The vote was close.', [4])).toBeNull();
    expect(measureSpan('share', 'Rates rose by 25 basis points.', [0])).toBeNull();
  });
});
