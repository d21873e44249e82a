import type { Article } from '../article/types';
import { actorsStage } from './actors';
import { claimsStage } from './claims';
import { datesStage } from './dates';
import { spinStage } from './spin';
import type { ArticleFacts, Stage } from './types';

/**
 * The extraction components in order, as in spaCy's pipeline: each adds one kind of fact.
 * Claims come last because they resolve speakers against actors and pick up dates.
 */
export const DEFAULT_STAGES: readonly Stage[] = [actorsStage, datesStage, spinStage, claimsStage];

/**
 * Facts are read from the sentences that end within this many characters of the body: 64 KB, about 10,000 words,
 * a long read (news articles are 500–2,000 words). Every stage is linear, but at a few microseconds a character
 * (compromise's tagger on unknown words costs tens) a 2 MB file would still take seconds; beyond this point the
 * rest of an "article" is stored but not read for facts. The hostile bench (npm run bench -- --hostile) measures it.
 */
export const MAX_EXTRACTED_CHARS = 64 * 1024;

export function extractFacts(article: Article, stages: readonly Stage[] = DEFAULT_STAGES): ArticleFacts {
  const facts: ArticleFacts = { article: extractedPart(article), actors: [], dates: [], claims: [], spin: { signals: [], score: 0, likely: false } };
  for (const stage of stages) stage.run(facts);
  facts.article = article;
  return facts;
}

/** The article as the stages see it: the same text (so every offset holds), its sentences and paragraphs cut at the limit. */
export function extractedPart(article: Article, limit = MAX_EXTRACTED_CHARS): Article {
  const last = article.sentences.at(-1);
  if (!last || last.end <= limit) return article;
  let n = 0;
  while (n < article.sentences.length && article.sentences[n]!.end <= limit) n++;
  const sentences = article.sentences.slice(0, Math.max(1, n));
  const end = sentences.at(-1)!.end;
  const paragraphs = article.paragraphs
    .filter((p) => p.start < end)
    .map((p) => (p.end <= end ? p : { ...p, end, text: p.text.slice(0, end - p.start) }));
  return { ...article, paragraphs, sentences };
}
