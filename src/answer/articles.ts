import type { ArticleFacts } from '../extract/types';
import type { FactStore } from '../store/types';
import { fold, tokenize } from '../store/terms';
import { articleName, articleRef, blankAnswer, clip } from './cite';
import { closeSpellingTo } from './similarity';
import type { Answer, AnswerItem, AnswerKind } from './types';

/** Articles listed in a "which article?" reply: enough to pick from, short enough to read. */
const LISTED = 10;
const CHOICE_NAME_MAX = 100;

/** The article with exactly this id. Never a prefix: `000_5` must not find `000_561b…`. */
export function findArticle(store: FactStore, id: string): ArticleFacts | undefined {
  return store.articles.find((f) => f.article.id === id);
}

/** The articles as items a reader picks from: each named by its label, its id kept for the option value. */
export function articleItems(store: FactStore, limit = LISTED): AnswerItem[] {
  return store.articles.slice(0, limit).map((f) => ({ text: articleName(articleRef(f.article)), article: f.article.id }));
}

const PICK_HOW = 'Choose one of the articles below with the article option (in Discord, type a few words of its title and pick it).';

/** An `article` that names no article: said plainly, with the articles to choose from and how. */
export function noSuchArticle(store: FactStore, kind: AnswerKind, id: string): Answer {
  const answer = blankAnswer(kind, 'No such article', `No article has the id “${clip(id, 60)}”. ${PICK_HOW}`, false);
  return withArticleList(answer, store);
}

/** A question that needs one article asked of a library of several: which one? */
export function whichArticle(store: FactStore, kind: AnswerKind, what: string): Answer {
  const answer = blankAnswer(kind, 'Which article?', `The library holds ${store.articles.length} articles; say which one ${what}. ${PICK_HOW}`, false);
  return withArticleList(answer, store);
}

function withArticleList(answer: Answer, store: FactStore): Answer {
  const items = articleItems(store);
  if (items.length) answer.sections.push({ heading: store.articles.length > items.length ? `Articles (first ${items.length} of ${store.articles.length})` : 'Articles', items });
  answer.data = { articles: store.articles.slice(0, 100).map((f) => ({ ...articleRef(f.article), name: articleName(articleRef(f.article)) })) };
  return answer;
}

interface Named {
  id: string;
  name: string;
  /** The title (or opening words), folded, as one string and as words. */
  key: string;
  words: string[];
}

/**
 * Autocomplete for `article` options, in the tiers actor names use: the exact title (or id), titles starting
 * with what is typed, titles with a word starting so, then close spellings of every typed word. Values are ids.
 */
export class ArticleChooser {
  private named?: Named[];
  constructor(private readonly store: FactStore) {}

  complete(typed: string, limit = 25): { name: string; value: string }[] {
    const named = (this.named ??= this.store.articles.map((f) => {
      const ref = articleRef(f.article);
      const words = tokenize(ref.title ?? ref.opening ?? '').map((t) => fold(t.word));
      return { id: ref.id, name: clip(articleName(ref), CHOICE_NAME_MAX), key: words.join(' '), words };
    }));
    const q = tokenize(typed).map((t) => fold(t.word));
    const query = q.join(' ');
    const close = q.map((w) => closeSpellingTo(w));
    const tiers: Named[][] = [[], [], [], []];
    for (const n of named) {
      if (!query) tiers[1]!.push(n);
      else if (n.key === query || n.id === typed.trim()) tiers[0]!.push(n);
      else if (n.key.startsWith(query)) tiers[1]!.push(n);
      else if (` ${n.key}`.includes(` ${query}`)) tiers[2]!.push(n);
      // close spellings only fill a list the better tiers leave short
      else if (tiers[0]!.length + tiers[1]!.length + tiers[2]!.length + tiers[3]!.length < limit && q.every((w, i) => n.words.some((x) => x.startsWith(w) || close[i]!(x)))) tiers[3]!.push(n);
    }
    return tiers
      .flat()
      .slice(0, limit)
      .map((n) => ({ name: n.name, value: n.id }));
  }
}
