import type { ActorEntry, SentenceEntry, StoreIndex } from '../store/indices';
import { contentTerms, despin, fold, synonymKeys, termKeys, tokenize } from '../store/terms';
import { closeSpelling } from './similarity';

/** One content word of a question or message, with its index keys and how rare (telling) it is. */
export interface TermGroup {
  word: string;
  keys: string[];
  weight: number;
  /** True when the word is part of a focus actor's name. */
  focus: boolean;
  /** True when some article uses the word (or a synonym). */
  known: boolean;
}

export function termGroups(index: StoreIndex, text: string, focus: ActorEntry[] = []): TermGroup[] {
  const focusWords = new Set(focus.flatMap((e) => [e.name, ...e.aliases]).flatMap((n) => tokenize(n).map((t) => fold(t.word))));
  // "the group" names the focus "X Battalion" when a word of its name is in the same class
  const focusClasses = new Set([...focusWords].flatMap((w) => termKeys(w).filter((k) => k.startsWith('~'))));
  // a question's word stands for itself and its synonyms, not for other kinds of its kind ("electrician" is no "restaurateur")
  const terms = contentTerms(despin(text)).map(({ token }) => ({ token, keys: synonymKeys(token.word) }));
  const named = terms.map(({ token }) => isFocusWord(fold(token.word), focusWords));
  return terms.map(({ token, keys }, i) => ({
    word: token.word,
    keys,
    weight: Math.max(...keys.map((k) => index.idf(k))),
    focus:
      named[i]! ||
      (/^\p{Ll}/u.test(token.word) && keys.some((k) => focusClasses.has(k))) ||
      // "the Tigers guys": people named by the focus name before them are the focus
      (i > 0 && named[i - 1]! && keys.some((k) => PEOPLE_KEYS.includes(k))),
    known: keys.some((k) => index.docFreq.has(k)),
  }));
}

/** Class keys of words for people and groups of them ("men", "guys", "unit"). */
const PEOPLE_KEYS = [...synonymKeys('people'), ...synonymKeys('group')].filter((k) => k.startsWith('~'));

/** A word of a focus actor's name, as written or misspelt ("putn" for "Putin"). */
function isFocusWord(word: string, focusWords: Set<string>): boolean {
  if (focusWords.has(word)) return true;
  for (const f of focusWords) if (closeSpelling(word, f)) return true;
  return false;
}

/** Share of the groups' weight whose words the term set contains (1 when there is nothing to match). */
export function coverage(groups: TermGroup[], terms: ReadonlySet<string>): number {
  const total = groups.reduce((n, g) => n + g.weight, 0);
  if (total === 0) return 1;
  return groups.filter((g) => g.keys.some((k) => terms.has(k))).reduce((n, g) => n + g.weight, 0) / total;
}

export interface Supported {
  entry: SentenceEntry;
  coverage: number;
}

/** Sentences that share most of a text's words, best first. */
export function supportingSentences(index: StoreIndex, text: string, min: number, limit = 3): Supported[] {
  const groups = termGroups(index, text);
  if (groups.length === 0) return [];
  return index
    .candidates(text, 30)
    .map((entry) => ({ entry, coverage: coverage(groups, entry.terms) }))
    .filter((s) => s.coverage >= min)
    .sort((a, b) => b.coverage - a.coverage || a.entry.id - b.entry.id)
    .slice(0, limit);
}
