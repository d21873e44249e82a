import type { Article, Sentence, Source } from './types';

/** The Source of a whole sentence. */
export function sentenceSource(article: Article, sentence: Sentence): Source {
  return { article: article.id, paragraph: sentence.paragraph, sentence: sentence.index, start: sentence.start, end: sentence.end };
}

/** The sentence containing a character offset (binary search over the ordered sentences). */
export function sentenceAt(article: Article, offset: number): Sentence | undefined {
  const list = article.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The text a Source points at: always a verbatim slice of the article. */
export function sourceText(article: Article, source: Source): string {
  return article.text.slice(source.start, source.end);
}
