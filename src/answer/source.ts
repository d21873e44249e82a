import type { StoreIndex } from '../store/indices';
import { findArticle, noSuchArticle, whichArticle } from './articles';
import { articleName, articleRef, blankAnswer, citeSpan } from './cite';
import type { Answer } from './types';

/**
 * A paragraph with the one before and after it, each cited whole. The article is the one whose id is exactly
 * `article`, or the only one loaded; a library of several without `article` is asked which.
 */
export function sourceAnswer(index: StoreIndex, opts: { paragraph: number; article?: string }): Answer {
  const { store } = index;
  const facts = opts.article ? findArticle(store, opts.article) : store.articles.length === 1 ? store.articles[0] : undefined;
  if (!facts) {
    if (opts.article) return noSuchArticle(store, 'source', opts.article);
    if (store.articles.length > 1) return whichArticle(store, 'source', `to show ¶${opts.paragraph} of`);
    return blankAnswer('source', 'Source', 'No articles are loaded.', false);
  }
  const { article } = facts;
  const name = articleName(articleRef(article));
  const n = article.paragraphs.length;
  if (!Number.isInteger(opts.paragraph) || opts.paragraph < 1 || opts.paragraph > n) {
    const answer = blankAnswer('source', name, `Paragraphs run from ¶1 to ¶${n}.`, false);
    answer.data = { article: article.id, paragraphs: [] };
    return answer;
  }
  const shown = article.paragraphs.filter((p) => Math.abs(p.index - opts.paragraph) <= 1);
  const answer = blankAnswer('source', `${name} ¶${opts.paragraph}`, article.paragraphs[opts.paragraph - 1]!.text);
  answer.citations = [citeSpan(article, opts.paragraph, article.paragraphs[opts.paragraph - 1]!.start, article.paragraphs[opts.paragraph - 1]!.end)];
  answer.sections.push({
    heading: 'In context',
    items: shown.map((p) => ({ text: `¶${p.index}${p.index === opts.paragraph ? ' (asked)' : ''}`, citation: citeSpan(article, p.index, p.start, p.end) })),
  });
  answer.data = { article: article.id, paragraph: opts.paragraph, paragraphs: shown.map((p) => ({ paragraph: p.index, text: p.text })) };
  return answer;
}
