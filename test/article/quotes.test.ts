import { describe, expect, it } from 'vitest';
import { quotedSpans } from '../../src/article/quotes';

const quoted = (t: string) => quotedSpans(t).map((s) => t.slice(s.start, s.end));

describe('quotedSpans', () => {
  it('pairs curly and straight marks', () => {
    expect(quoted('“One,” he said. "Two," she said.')).toEqual(['One,', 'Two,']);
  });
  it('runs an unclosed quote to the end of the paragraph', () => {
    expect(quoted('He said: “It goes on')).toEqual(['It goes on']);
  });
  it('keeps apostrophes inside a quote', () => {
    expect(quoted('“We didn’t start it,” he said.')).toEqual(['We didn’t start it,']);
  });
});
