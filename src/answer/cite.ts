import type { Article, Sentence, Source } from '../article/types';
import type { ArticleFacts } from '../extract/types';
import type { Answer, AnswerKind, Citation } from './types';

/** A citation of any span of an article: its text is sliced from the article, never retyped. */
export function citeSpan(article: Article, paragraph: number, start: number, end: number): Citation {
  return { article: article.id, articleTitle: article.title, paragraph, text: article.text.slice(start, end), start, end };
}

export function citeSentence(article: Article, sentence: Sentence): Citation {
  return citeSpan(article, sentence.paragraph, sentence.start, sentence.end);
}

export function citeSource(facts: ArticleFacts, source: Source): Citation {
  return citeSpan(facts.article, source.paragraph, source.start, source.end);
}

/** Drops repeated citations (same article and span), keeping the first. */
export function uniqueCitations(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.article}:${c.start}:${c.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "¶6" or "article-id ¶6" when more than one article is loaded. */
export function where(c: Citation, manyArticles: boolean): string {
  return manyArticles ? `${c.article} ¶${c.paragraph}` : `¶${c.paragraph}`;
}

/** An Answer with empty lists, to be filled in. */
export function blankAnswer(kind: AnswerKind, title: string, text: string, answered = true): Answer {
  return { kind, answered, title, text, citations: [], sections: [], suggestions: [], notes: [] };
}

/** Cuts text at a word boundary so lists stay short; an ellipsis marks the cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
