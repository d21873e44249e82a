import { describe, expect, it } from 'vitest';
import { articleRef, citeSpan } from '../../src/answer/cite';
import type { Answer } from '../../src/answer/types';
import { parseArticle } from '../../src/article/read';
import { renderAnswer } from '../../src/render/discord/answer';
import { renderText } from '../../src/render/text';

const titled = parseArticle(
  '---\ntitle: Harbour reopens after storm\nsource: Coastal Courier\npublished: 2024-03-05\nurl: https://example.org/harbour\n---\nThe harbour reopened on Tuesday.\n\nCrews returned on Wednesday.',
  'harbour-reopens-7f3a9c',
);
const untitled = parseArticle('Rain fell on the plain for a week before the river rose over its banks at dawn.\n\nFarmers moved cattle uphill.', '001_9e8d7c6b5a493827');
const LABEL = 'Harbour reopens after storm · Coastal Courier · 2024-03-05';
const OPENING = '“Rain fell on the plain for a week before the river rose…”';

const cite = (a: typeof titled, p: number) => citeSpan(a, p, a.paragraphs[p - 1]!.start, a.paragraphs[p - 1]!.end);

function answer(over: Partial<Answer>): Answer {
  return { kind: 'timeline', answered: true, title: 'Timeline', text: 'Dated events.', citations: [], sections: [], suggestions: [], notes: [], ...over };
}

const twoArticles = answer({
  citations: [cite(titled, 1), cite(untitled, 1)],
  sections: [{ heading: 'Timeline', items: [{ text: 'Tuesday (relative)', citation: cite(titled, 1) }, { text: 'dawn (relative)', citation: cite(untitled, 1) }] }],
});

/** What a Discord user reads: the embeds (buttons carry ids in custom_id, which is not shown). */
const discordText = (a: Answer) => JSON.stringify(renderAnswer(a).embeds);

describe('renderers name articles, never by file id', () => {
  it('Discord: citation fields, list rows and the footer carry title · outlet · date or the opening words', () => {
    const shown = discordText(twoArticles);
    expect(articleRef(untitled).opening).toBe(OPENING.slice(1, -1));
    for (const id of [titled.id, untitled.id]) expect(shown).not.toContain(id);
    const embed = renderAnswer(twoArticles).embeds[0]!;
    expect(embed.fields![0]!.name).toBe(`¶1 · ${LABEL}`);
    expect(embed.fields![1]!.name).toBe(`¶1 · ${OPENING}`);
    expect(embed.fields![2]!.value).toContain(`Tuesday (relative) (${LABEL} ¶1)`);
    expect(embed.footer!.text).toBe(`Source: ${LABEL}; ${OPENING}`);
    // two articles: no single link for the title
    expect(embed.url).toBeUndefined();
  });

  it('Discord: an answer from one linked article links its title; list rows then need only ¶', () => {
    const one = answer({ citations: [cite(titled, 2)], sections: [{ heading: 'Timeline', items: [{ text: 'Wednesday (relative)', citation: cite(titled, 2) }] }] });
    const embed = renderAnswer(one).embeds[0]!;
    expect(embed.url).toBe('https://example.org/harbour');
    expect(embed.fields![1]!.value).toBe('• Wednesday (relative) (¶2)');
    const unsafe = parseArticle('---\ntitle: T\nurl: javascript:alert(1)\n---\nText.', 'x');
    expect(renderAnswer(answer({ citations: [cite(unsafe, 1)] })).embeds[0]!.url).toBeUndefined();
  });

  it('the console and CLI text names cited articles (with the link) and shows ids only where an article is picked', () => {
    const text = renderText(twoArticles);
    for (const id of [titled.id, untitled.id]) expect(text).not.toContain(id);
    expect(text).toContain(`[${LABEL} ¶1]`);
    expect(text).toContain(`[${OPENING} ¶1]`);
    const one = renderText(answer({ kind: 'source', citations: [cite(titled, 1)] }));
    expect(one).toContain(`Source: ${LABEL} <https://example.org/harbour>`);
    const pick = renderText(answer({ answered: false, sections: [{ heading: 'Articles', items: [{ text: LABEL, article: titled.id }] }] }));
    expect(pick).toContain(`• ${LABEL}  (article: ${titled.id})`);
  });

  it('cited text stays verbatim', () => {
    const embed = renderAnswer(twoArticles).embeds[0]!;
    expect(embed.fields![0]!.value).toBe(`> ${titled.paragraphs[0]!.text}`);
    expect(renderText(answer({ kind: 'ask', citations: [cite(untitled, 2)] }))).toContain(`“${untitled.paragraphs[1]!.text}”`);
  });
});
