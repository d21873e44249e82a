import type { StoreIndex } from '../store/indices';
import { blankAnswer, citeSpan } from './cite';
import type { Answer } from './types';

/** A paragraph with the one before and after it, each cited whole. */
export function sourceAnswer(index: StoreIndex, opts: { paragraph: number; article?: string }): Answer {
  const facts = opts.article ? index.store.articles.find((f) => f.article.id === opts.article) : index.store.articles[0];
  if (!facts) {
    const ids = index.store.articles.map((f) => f.article.id);
    const answer = blankAnswer('source', 'Source', `No article “${opts.article ?? ''}” is loaded${ids.length ? ` (loaded: ${ids.slice(0, 5).join(', ')})` : ''}.`, false);
    answer.suggestions = ids.slice(0, 5);
    return answer;
  }
  const { article } = facts;
  const n = article.paragraphs.length;
  if (!Number.isInteger(opts.paragraph) || opts.paragraph < 1 || opts.paragraph > n) {
    const answer = blankAnswer('source', `${article.title ?? article.id}`, `Paragraphs run from ¶1 to ¶${n}.`, false);
    answer.data = { article: article.id, paragraphs: [] };
    return answer;
  }
  const shown = article.paragraphs.filter((p) => Math.abs(p.index - opts.paragraph) <= 1);
  const answer = blankAnswer('source', `${article.title ?? article.id} ¶${opts.paragraph}`, article.paragraphs[opts.paragraph - 1]!.text);
  answer.citations = [citeSpan(article, opts.paragraph, article.paragraphs[opts.paragraph - 1]!.start, article.paragraphs[opts.paragraph - 1]!.end)];
  answer.sections.push({
    heading: 'In context',
    items: shown.map((p) => ({ text: `¶${p.index}${p.index === opts.paragraph ? ' (asked)' : ''}`, citation: citeSpan(article, p.index, p.start, p.end) })),
  });
  answer.data = { article: article.id, paragraph: opts.paragraph, paragraphs: shown.map((p) => ({ paragraph: p.index, text: p.text })) };
  return answer;
}
