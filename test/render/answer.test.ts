import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, AnswerKind, Citation } from '../../src/answer/types';
import { renderAnswer } from '../../src/render/discord/answer';
import { renderText } from '../../src/render/text';
import { decodeButton } from '../../src/render/discord/custom-id';
import { limitViolations } from '../../src/render/discord/limits';

function citation(paragraph: number, text: string, article = 'a1', articleTitle: string | null = null): Citation {
  return { article, articleTitle, paragraph, text, start: 0, end: text.length };
}

function answer(over: Partial<Answer> = {}): Answer {
  return {
    kind: 'ask',
    answered: true,
    title: 'Who said it',
    text: 'The minister said so.',
    citations: [],
    sections: [],
    suggestions: [],
    notes: [],
    ...over,
  };
}

const customIds = (r: ReturnType<typeof renderAnswer>): string[] =>
  r.components.flatMap((row) => row.components.flatMap((c) => ('custom_id' in c ? [c.custom_id] : [])));

describe('renderAnswer', () => {
  it('shows each citation as ¶N with the exact sentence block-quoted and names the article in the footer', () => {
    const r = renderAnswer(answer({ citations: [citation(3, 'He left on Monday.', 'a1', 'Storm hits coast')] }));
    const embed = r.embeds[0]!;
    expect(embed.fields?.[0]).toEqual({ name: '¶3 · Storm hits coast', value: '> He left on Monday.' });
    expect(embed.footer?.text).toContain('Storm hits coast');
    expect(embed.description).toBe('The minister said so.');
  });

  it('puts a warning once in the footer, on its own line, never in the description', () => {
    const note = 'Machine-paraphrased source: wording outside quotes may be distorted (see /about).';
    const a = answer({ citations: [citation(3, 'He left on Monday.', 'a1', 'Storm hits coast')], notes: [note, note] });
    const embed = renderAnswer(a).embeds[0]!;
    expect(embed.description).toBe('The minister said so.');
    expect(embed.footer?.text).toBe(`Source: Storm hits coast\n⚠ ${note}`);
    const text = renderText(a);
    expect(text.split(note)).toHaveLength(2);
    expect(text.trimEnd().endsWith(note)).toBe(true);
  });

  it('escapes Markdown so article text is shown verbatim', () => {
    const r = renderAnswer(answer({ citations: [citation(1, 'Prices rose *sharply* in Q_1.')] }));
    expect(r.embeds[0]!.fields?.[0]!.value).toBe('> Prices rose \\*sharply\\* in Q\\_1.');
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    const long = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const r = renderAnswer(answer({ citations: [citation(2, long)] }));
    const value = r.embeds[0]!.fields![0]!.value;
    expect(value.length).toBeLessThanOrEqual(1024);
    expect(value.endsWith('…')).toBe(true);
    expect(value.slice(2, -1)).toMatch(/word\d+$/);
    expect(long.startsWith(value.slice(2, -1))).toBe(true);
  });

  it('pages long lists and offers "More" only when the request can be asked again', () => {
    const items = Array.from({ length: 60 }, (_, i) => ({ text: `Claim number ${i} `.repeat(8), citation: citation(i + 1, `Sentence ${i}.`) }));
    const a = answer({ kind: 'claims', sections: [{ heading: 'Claims', items }] });
    const first = renderAnswer(a, { request: { kind: 'claims', topic: 'tax' } });
    expect(first.pageCount).toBeGreaterThan(1);
    const more = customIds(first).map(decodeButton).find((d) => d.ok && d.button.action === 'more');
    expect(more).toEqual({ ok: true, button: { action: 'more', page: 1, request: { kind: 'claims', topic: 'tax' } } });
    const second = renderAnswer(a, { page: 1, request: { kind: 'claims', topic: 'tax' } });
    expect(second.embeds[0]!.title).toContain('continued');
    expect(second.embeds[0]!.fields![0]!.value).not.toBe(first.embeds[0]!.fields![0]!.value);

    const digest = renderAnswer({ ...a, kind: 'digest' });
    expect(customIds(digest).some((id) => decodeButton(id).ok && id.includes('more'))).toBe(false);
    expect(digest.embeds[0]!.footer?.text).toMatch(/\d+ more not shown/);
  });

  it('offers "Show source" for the first cited paragraph and "Share" when asked', () => {
    const r = renderAnswer(answer({ citations: [citation(4, 'A.', 'art')] }), { shareable: true });
    const decoded = customIds(r).map(decodeButton);
    expect(decoded).toContainEqual({ ok: true, button: { action: 'source', article: 'art', paragraph: 4 } });
    expect(decoded).toContainEqual({ ok: true, button: { action: 'share' } });
  });

  it('says so when the articles do not answer', () => {
    const r = renderAnswer(answer({ answered: false, text: '', suggestions: ['Jane Doe'] }));
    expect(r.embeds[0]!.description).toContain('do not say');
    expect(r.embeds[0]!.description).toContain('Jane Doe');
  });

  it('keeps every page of any answer within every Discord limit', () => {
    const text = fc.string({ maxLength: 3000, unit: fc.constantFrom('a', ' ', '*', '_', '\n', 'é', '>', '|', 'x') });
    const cit = fc.record({
      article: fc.string({ minLength: 1, maxLength: 120 }),
      articleTitle: fc.option(fc.string({ maxLength: 400 })),
      paragraph: fc.integer({ min: 1, max: 999 }),
      text,
      start: fc.nat(),
      end: fc.nat(),
    });
    const kind = fc.constantFrom<AnswerKind>('ask', 'actor', 'claims', 'timeline', 'source', 'brief', 'digest', 'check', 'about', 'help');
    const arb = fc.record({
      kind,
      answered: fc.boolean(),
      title: fc.string({ maxLength: 600 }),
      text: fc.string({ maxLength: 6000 }),
      citations: fc.array(cit, { maxLength: 40 }),
      sections: fc.array(fc.record({ heading: fc.string({ maxLength: 400 }), items: fc.array(fc.record({ text, citation: fc.option(cit, { nil: undefined }) }), { maxLength: 30 }) }), { maxLength: 4 }),
      suggestions: fc.array(fc.string({ maxLength: 200 }), { maxLength: 30 }),
      notes: fc.array(fc.string({ maxLength: 2000 }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(arb, fc.string({ maxLength: 300 }), (a, question) => {
        const first = renderAnswer(a as Answer, { request: { kind: 'ask', question }, shareable: true });
        for (let page = 0; page < first.pageCount; page++) {
          const r = renderAnswer(a as Answer, { page, request: { kind: 'ask', question }, shareable: true });
          expect(limitViolations(r)).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('pages after the first', () => {
  it('stay under the 6000-character total with the longest title and a full footer', () => {
    const articleTitle = 'S'.repeat(400);
    const items = Array.from({ length: 40 }, (_, i) => ({ text: `${i} ${'word '.repeat(180)}`, citation: citation(i + 1, 'x', `article-${i}`, articleTitle) }));
    const a = answer({ title: 'T'.repeat(5000), text: 'D'.repeat(5000), sections: [{ heading: 'H'.repeat(10), items }] });
    const first = renderAnswer(a, { request: { kind: 'ask', question: 'q' } });
    expect(first.pageCount).toBeGreaterThan(2);
    for (let page = 0; page < first.pageCount; page++) {
      const r = renderAnswer(a, { request: { kind: 'ask', question: 'q' }, page });
      expect(limitViolations({ embeds: r.embeds, components: r.components }), `page ${page}`).toEqual([]);
    }
  });
});
