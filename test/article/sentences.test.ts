import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../src/article/sentences';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits plain sentences', () => {
    expect(split('The vote failed. Members left early! Why? Nobody knows.')).toEqual([
      'The vote failed.',
      'Members left early!',
      'Why?',
      'Nobody knows.',
    ]);
  });

  it('keeps titles, initials, decimals and acronyms inside a sentence', () => {
    expect(split('Mr. Smith met Dr. J. K. Jones on Jan. 5 in the U.S. capital. Growth was 2.5 percent.')).toEqual([
      'Mr. Smith met Dr. J. K. Jones on Jan. 5 in the U.S. capital.',
      'Growth was 2.5 percent.',
    ]);
  });

  it('ends a sentence after an acronym when a new sentence clearly starts', () => {
    expect(split('He moved to the U.S. The move was hard.')).toEqual(['He moved to the U.S.', 'The move was hard.']);
  });

  it('keeps a multi-sentence quote with its attribution', () => {
    expect(split('“We did not start this. I am glad,” he said in March. Then he left.')).toEqual([
      '“We did not start this. I am glad,” he said in March.',
      'Then he left.',
    ]);
  });

  it('splits after a closing quote that ends a sentence', () => {
    expect(split('“It is over.” The crowd cheered.')).toEqual(['“It is over.”', 'The crowd cheered.']);
  });

  it('still splits a paragraph whose quote never closes', () => {
    expect(split('He said: “We will win. We must. The end is near.')).toEqual([
      'He said: “We will win.',
      'We must.',
      'The end is near.',
    ]);
  });

  it('returns nothing for white space', () => {
    expect(split('   ')).toEqual([]);
  });
});

describe('splitSentences on hostile input', () => {
  it('cuts a sentence longer than MAX_SENTENCE_CHARS at a space, keeping every character of the text', () => {
    const text = `${'word '.repeat(1000)}end.`;
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(s.start, s.end)).toMatch(/^\S(.*\S)?$/s);
    }
    expect(spans.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text);
  });

  it('reads a run of end marks once: a long run of dots, marks and closing quotes stays one span', () => {
    for (const unit of ['.', '!?', '."”’)']) {
      const text = `Alpha${unit.repeat(300)}`;
      expect(split(text)).toEqual([text]);
    }
  });
});
