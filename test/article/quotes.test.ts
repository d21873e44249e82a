import { describe, expect, it } from 'vitest';
import { quoteSegments } from '../../src/article/quotes';

const quoted = (t: string) => quoteSegments(t, 0, t.length).map((s) => t.slice(s.start, s.end));

describe('quoteSegments', () => {
  it('pairs curly and straight marks and trims a trailing comma', () => {
    expect(quoted('“One two,” he said. "Three four," she said.')).toEqual(['One two', 'Three four']);
  });
  it('runs an unclosed quote to the end of the paragraph', () => {
    const t = 'He said: “It goes on';
    expect(quoted(t)).toEqual(['It goes on']);
    expect(quoteSegments(t, 0, t.length)[0]!.closed).toBe(false);
  });
  it('keeps apostrophes and nested quotes inside one segment', () => {
    expect(quoted('“We didn’t say ‘never’ or “always” here,” he said.')).toEqual(['We didn’t say ‘never’ or “always” here']);
  });
  it('reads only the given range, with offsets into the whole text', () => {
    const t = 'Intro. “Inside,” he said.';
    const [seg] = quoteSegments(t, 7, t.length);
    expect(t.slice(seg!.open, seg!.close)).toBe('“Inside,”');
  });
  it('starts a new quotation at a mark that opens a sentence inside an open straight quote (a lost paragraph break)', () => {
    expect(quoted('He said: "We pay more than Kesh. "There can be no deal without it." Talks went on.')).toEqual([
      'We pay more than Kesh.',
      'There can be no deal without it.',
    ]);
    expect(quoted('"Yes." "No," she said.')).toEqual(['Yes.', 'No']);
  });
  it('a closing mark with nothing open opens at the start of its sentence (a lost opening mark)', () => {
    const t = 'Jo Vale said she was tired. We will go on with it,” she said. Talks went on.';
    expect(quoted(t)).toEqual(['We will go on with it']);
    expect(quoteSegments(t, 0, t.length)[0]!.orphan).toBe(true);
    // a mark after a quotation that closed, or an inch mark after a digit, opens nothing
    expect(quoted('“One two three,” he said” and left.')).toEqual(['One two three']);
    expect(quoted('He is 5 feet 10" tall and strong.')).toEqual([]);
  });
});
