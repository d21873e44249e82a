/** The escaping every echoed text goes through, case by case (properties.test.ts checks it at scale). */
import { describe, expect, it } from 'vitest';
import { blockQuote, cutAtWord, fitEscaped, fitUserText, neutraliseMentions, wellFormed } from '../../src/render/discord/text';

describe('Discord text escaping', () => {
  it('neutralises every mention syntax with a zero-width space', () => {
    expect(neutraliseMentions('@everyone @here <@1> <@!2> <@&3> <#4> </ask:5> <:e:6> <t:7>')).toBe(
      '@\u200Beveryone @\u200Bhere <\u200B@1> <\u200B@!2> <\u200B@&3> <\u200B#4> <\u200B/ask:5> <\u200B:e:6> <\u200Bt:7>',
    );
    expect(neutraliseMentions('mail me at a@b.org, 3 < 4')).toBe('mail me at a@b.org, 3 < 4');
  });

  it('escapes inline Markdown, every masked link and indented line markup', () => {
    expect(fitEscaped('**b** `c` ||s|| ~~x~~ _i_ \\', 100)).toBe('\\*\\*b\\*\\* \\`c\\` \\|\\|s\\|\\| \\~\\~x\\~\\~ \\_i\\_ \\\\');
    expect(fitEscaped('[a](http://x) [b](http://y)', 100)).toBe('\\[a\\](http://x) \\[b\\](http://y)');
    expect(fitEscaped('# h\n  - item\n\t1. one\n-# small\n> quote', 100)).toBe('\\# h\n  \\- item\n\t1\\. one\n\\-# small\n\\> quote');
  });

  it('replaces lone surrogates and never cuts an emoji in half', () => {
    expect(wellFormed('a\uD800b\uDC00c😀')).toBe('a\uFFFDb\uFFFDc😀');
    const cut = cutAtWord('😀'.repeat(10), 6);
    expect(cut).toBe('😀😀…');
    expect(wellFormed(cut)).toBe(cut);
  });

  it('drops direction overrides from user text but keeps what is visible', () => {
    expect(fitUserText('abc\u202Edef\u2066g\u2069', 100)).toBe('abcdefg');
  });

  it('fits text that is all escapes into its room without emptying it', () => {
    const out = fitEscaped('*'.repeat(3000), 1000);
    expect(out.length).toBeLessThanOrEqual(1000);
    expect(out.length).toBeGreaterThan(900);
  });

  it('block-quotes every line within the limit, however many lines', () => {
    const quoted = blockQuote('line\n'.repeat(600), 1024);
    expect(quoted.length).toBeLessThanOrEqual(1024);
    expect(quoted.split('\n').every((l) => l.startsWith('> '))).toBe(true);
  });
});
