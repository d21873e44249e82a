import { fold, isStopword, tokenize } from '../store/terms';
import type { Found } from './context';
import { PRONOUN_PHRASE } from './subject';
import type { Citation } from './types';

/** One distinct answer the articles give, with the articles that give it and the sentence it is cited from. */
export interface AnswerGroup {
  answer: string;
  articles: string[];
  citation: Citation;
}

/** An answer found in one article, with how well its sentence fits the question. */
export interface Candidate {
  score: number;
  found: Found;
}

/**
 * How far below the best an article's answer may score and still be shown beside it: about the weight of one
 * structural cue, so an article that answers the question as plainly counts, one that only mentions its words does not.
 */
const MARGIN = 0.3;
/** Distinct answers shown at most: a list longer than this reads as noise, not as disagreement. */
const MAX_GROUPS = 6;
/** Further articles' sentences cited for an answer several give, after the one sentence per distinct answer. */
const SUPPORT_CITED = 2;

/** The articles holding a sentence the way another article words it (wire copies, reprints): StoreIndex.articlesSaying. */
export type ArticlesSaying = (sentence: string) => Set<string>;

/**
 * Answers across articles: each article's best answer (within MARGIN of the best of all) is grouped with equal
 * answers of other articles ("Jane Roe" and "Roe" are one), then shown most-supported first, one citation per
 * distinct answer. Disagreement is shown, never turned into an abstention. A question reads only its best few
 * sentences, so an answer's count adds the articles that carry its cited sentence word for word (`saying`): a
 * hundred reprints of one report are a hundred articles, not the three the question happened to read.
 * A single article answers as before.
 */
export function acrossArticles(candidates: Candidate[], saying?: ArticlesSaying): Found | null {
  if (candidates.length === 0) return null;
  const top = Math.max(...candidates.map((c) => c.score));
  const perArticle = new Map<string, Candidate>();
  for (const c of candidates) {
    const article = c.found.citations[0]?.article;
    // "He" is no answer on its own: the sentence that names him is another article's business
    if (article === undefined || c.score < top - MARGIN || PRONOUN_PHRASE.test(c.found.answer)) continue;
    const held = perArticle.get(article);
    if (!held || c.score > held.score) perArticle.set(article, c);
  }
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  const reprints = (found: Found) => saying?.(answerCitation(found).text) ?? new Set<string>();
  if (perArticle.size <= 1 && (perArticle.size === 0 || reprints(best.found).size <= 1)) return best.found;
  const groups: (AnswerGroup & { support: Citation[]; score: number; words: string[] })[] = [];
  for (const [article, c] of [...perArticle].sort((a, b) => b[1].score - a[1].score)) {
    const words = answerWords(c.found.answer);
    const same = groups.find((g) => sameAnswer(g.words, words));
    if (same) {
      same.articles.push(article);
      // another article's sentence shows how it words the answer; the same words again show nothing
      const support = answerCitation(c.found);
      if (same.support.length < SUPPORT_CITED && support.text !== same.citation.text) same.support.push(support);
    } else groups.push({ answer: c.found.answer, articles: [article], citation: answerCitation(c.found), support: [], score: c.score, words });
  }
  for (const g of groups) for (const article of reprints({ answer: g.answer, citations: [g.citation] })) if (!g.articles.includes(article)) g.articles.push(article);
  groups.sort((a, b) => b.articles.length - a.articles.length || b.score - a.score);
  const shown = groups.slice(0, MAX_GROUPS);
  const more = groups.length - shown.length;
  return {
    answer: shown.map(groupLine).join('; ') + (more > 0 ? `; and ${more} other answer${more === 1 ? '' : 's'}` : ''),
    // one sentence per distinct answer first; then, for an answer several articles give, the others' sentences
    citations: [...shown.map((g) => g.citation), ...shown.flatMap((g) => g.support)],
    groups: shown.map(({ answer, articles, citation }) => ({ answer, articles, citation })),
  };
}

/** "Jane Roe (3 articles)". */
export function groupLine(g: { answer: string; articles: string[] }): string {
  return `${g.answer} (${g.articles.length} article${g.articles.length === 1 ? '' : 's'})`;
}

/** The sentence that holds the answer (an answer read from a neighbour cites both: the neighbour is the one). */
function answerCitation(found: Found): Citation {
  const words = answerWords(found.answer);
  return found.citations.find((c) => words.length > 0 && words.every((w) => fold(c.text).includes(w))) ?? found.citations[0]!;
}

function answerWords(answer: string): string[] {
  return tokenize(answer).map((t) => fold(t.word)).filter((w) => !isStopword(w));
}

/** Equal answers: the same words, or one a shorter form of the other ("Roe" / "Jane Roe", "Ms Roe"). */
function sameAnswer(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w) => long.includes(w)) && (short.length === long.length || short.join(' ').length >= 3);
}
