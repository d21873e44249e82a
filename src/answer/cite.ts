import type { Article, Sentence, Source } from '../article/types';
import type { ArticleFacts } from '../extract/types';
import type { Answer, AnswerKind, ArticleRef, Citation } from './types';

/** Opening words that name an untitled article: enough to tell articles apart, short enough for a footer. */
const OPENING_MAX = 60;

/** A citation of any span of an article: its text is sliced from the article, never retyped. */
export function citeSpan(article: Article, paragraph: number, start: number, end: number): Citation {
  return { article: article.id, articleTitle: article.title, articleRef: articleRef(article), paragraph, text: article.text.slice(start, end), start, end };
}

/** One reference object per article, shared by all its citations. */
const refs = new WeakMap<Article, ArticleRef>();

/** What names an article to a reader; an untitled one by the first sentence of ¶1 (its title, outlet and date are unknown, never invented). */
export function articleRef(article: Article): ArticleRef {
  let ref = refs.get(article);
  if (!ref) {
    const title = article.title?.trim() || null;
    const first = article.sentences.find((s) => s.paragraph === 1)?.text ?? article.paragraphs[0]?.text ?? '';
    const opening = title ? null : clip(first.replace(/\s+/g, ' ').trim(), OPENING_MAX) || null;
    ref = { id: article.id, title, outlet: article.source?.trim() || null, published: article.published, url: article.url, opening };
    refs.set(article, ref);
  }
  return ref;
}

/** The reference a citation carries; a hand-built one without it is named by its title, else its id. */
export function refOf(c: Citation): ArticleRef {
  return c.articleRef ?? { id: c.article, title: c.articleTitle?.trim() || null, outlet: null, published: null, url: null, opening: null };
}

/** The one way an article is named to people: title · outlet · date, or its opening words in quotes when untitled. */
export function articleName(ref: ArticleRef): string {
  const name = ref.title ?? (ref.opening ? `“${ref.opening}”` : ref.id);
  return [name, ref.outlet, ref.published].filter(Boolean).join(' · ');
}

/** The article's link when it is one a reader can follow (http or https), else null. */
export function articleUrl(ref: ArticleRef): string | null {
  if (!ref.url) return null;
  try {
    const url = new URL(ref.url);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
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

/** "¶6", or "Title · Outlet · date ¶6" when the answer cites more than one article. */
export function where(c: Citation, manyArticles: boolean): string {
  return manyArticles ? `${articleName(refOf(c))} ¶${c.paragraph}` : `¶${c.paragraph}`;
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
