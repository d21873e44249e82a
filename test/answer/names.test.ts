import { describe, expect, it } from 'vitest';
import { nameSpans, wholeNames } from '../../src/answer/spans';

const names = (text: string) => nameSpans(text, 0).map((s) => s.text);

describe('capitalised names read as a fallback', () => {
  it('takes no unit after a figure for a name', () => {
    expect(names('the seas may rise 3.6 degrees Fahrenheit (2°C) by 2100, the Lerno Institute said.')).toEqual(['Lerno Institute']);
  });

  it('reads a campus named by its place as one name, and "at" nowhere else', () => {
    expect(names('The study, from the University of Norland at Vessby, was published.')).toEqual(['University of Norland at Vessby']);
    expect(names('Jane Roe at Brill said so.')).toEqual(['Jane Roe', 'Brill']);
  });
});

describe('spans widened to the name they sit inside', () => {
  it('widens a place to the institution named by it, not a name to its title', () => {
    const s = 'A team from the University of Norland at Vessby spoke, and Prime Minister Jane Roe agreed.';
    const vessby = { start: 10 + s.indexOf('Vessby'), end: 10 + s.indexOf('Vessby') + 6, text: 'Vessby' };
    const roe = { start: 10 + s.indexOf('Jane Roe'), end: 10 + s.indexOf('Jane Roe') + 8, text: 'Jane Roe' };
    expect(wholeNames(s, 10, [vessby, roe]).map((x) => x.text)).toEqual(['University of Norland at Vessby', 'Jane Roe']);
  });
});
