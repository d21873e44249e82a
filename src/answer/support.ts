import type { ActorEntry, SentenceEntry, StoreIndex } from '../store/indices';
import { contentTerms, despin, fold, isStopword, stem, synonymKeys, termKeys, tokenize } from '../store/terms';
import { baseForms, relativesOf } from '../lexicon/wordnet';
import { LIGHT_WORDS } from '../lexicon/chat-statements';
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
  /** Keys of the word's WordNet relatives the articles write, each with the share of the weight a match earns. */
  related?: ReadonlyMap<string, number>;
  /** The related keys of words derived from the word (any word class: "applicant" of "applied"). */
  derivedKeys?: ReadonlySet<string>;
  /** Those relatives as words, to find candidate sentences by. */
  relatives?: string[];
  /** The articles write only the word's relatives, not the word: unmet, it counts as a word no article writes. */
  onlyRelatives?: boolean;
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
  return groups.reduce((n, g) => n + g.weight * matchShare(g, terms), 0) / total;
}

/** 1 when the terms hold the word (or a synonym), less when they hold only one of its WordNet relatives, else 0. */
export function matchShare(g: TermGroup, terms: ReadonlySet<string>): number {
  if (g.keys.some((k) => terms.has(k))) return 1;
  let best = 0;
  if (g.related) for (const [k, share] of g.related) if (share > best && terms.has(k)) best = share;
  return best;
}

/** Light words by stem, so every form of one is light ("giving" as "give"). */
const LIGHT = new Set(LIGHT_WORDS.map(stem));

/** What a match by a word of the same sense or made from it ("applicants" for "applied") earns of the word's weight. */
export const SYNONYM_SHARE = 0.8;
/** What a match by a broader term ("arrived" for "landed") earns. */
const BROADER_SHARE = 0.6;
/** WordNet senses read per word for its synonyms and broader terms, commonest first ("bear" is "carry" in its rarer senses). */
const RELATED_SENSES = 2;
/** Senses read for derived words: a question's verb is often not its word's first sense ("applied" / "applicant"). */
const DERIVED_SENSES = 4;

/**
 * The group with the keys of its word's WordNet relatives that the articles write ("chosen" → "selected", "land" →
 * "arrive"), each weighted below the word itself. Names and focus words keep to themselves.
 */
export function withRelatives(index: StoreIndex, g: TermGroup, derivedOnly = false): TermGroup {
  // a light word ("people", "get") says too little for its relatives to say anything; a phrasal verb ("find out")
  // is one word
  if (g.focus || !/^\p{Ll}+(?: \p{Ll}+)?$/u.test(g.word) || g.related || LIGHT.has(stem(g.word))) return g;
  const own = new Set(g.keys);
  const related = new Map<string, number>();
  const written: string[] = [];
  const { synonyms, broader } = relativesOf(fold(g.word), { senses: RELATED_SENSES });
  const { derived } = relativesOf(fold(g.word), { senses: DERIVED_SENSES });
  const add = (words: string[], share: number) => {
    for (const w of words) {
      // a phrase ("pick out"), a function word ("be") or a light verb ("make") is no word a sentence is found by
      if (w.includes(' ') || isStopword(w) || LIGHT.has(stem(w))) continue;
      // the relative's own stem, not its synonym class: a class of a relative ("~group" of "people") is too wide
      const keys = synonymKeys(w).filter((k) => !k.startsWith('~') && !own.has(k) && index.docFreq.has(k));
      for (const k of keys) if ((related.get(k) ?? 0) < share) related.set(k, share);
      if (keys.length) written.push(w);
    }
  };
  if (!derivedOnly) {
    add(broader, BROADER_SHARE);
    add(synonyms, SYNONYM_SHARE);
  }
  const before = new Set(related.keys());
  add(derived, SYNONYM_SHARE);
  const derivedKeys = new Set([...related.keys()].filter((k) => !before.has(k)));
  return related.size ? { ...g, related, derivedKeys, relatives: written, known: true, ...(g.known ? {} : { onlyRelatives: true }) } : g;
}

/** Particles that make a phrasal verb of the verb before them ("find *out*", "take *off*", "shut *down*"). */
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'in', 'into', 'over', 'back', 'away', 'ahead', 'along', 'around', 'on', 'through']);

/**
 * A verb and its particle as one word where WordNet lists the pair ("find out" → "learn", "shut down" → "close")
 * and the articles write one of its relatives: the verb alone ("find", "take") is not what the question asks, and
 * its particle is no topic word. A pair no article words otherwise stays as written ("beat in the final" keeps
 * "beat"), so a preposition read as a particle changes nothing.
 */
export function phrasalVerbs(index: StoreIndex, text: string, groups: TermGroup[]): TermGroup[] {
  const tokens = tokenize(text);
  let out = groups;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const verb = tokens[i]!.word;
    const particle = tokens[i + 1]!.word.toLowerCase();
    if (!PARTICLES.has(particle) || !/^\p{Ll}+$/u.test(verb)) continue;
    const lemma = baseForms(verb, 'verb').map((b) => `${b} ${particle}`).find((phrase) => baseForms(phrase, 'verb').length > 0);
    const at = out.findIndex((g) => g.word === verb && !g.focus);
    if (!lemma || at < 0) continue;
    const weight = Math.max(out[at]!.weight, ...out.filter((g) => g.word.toLowerCase() === particle).map((g) => g.weight));
    const phrase = withRelatives(index, { word: lemma, keys: [], weight, focus: false, known: false });
    if (!phrase.related) continue;
    out = out.flatMap((g, j) => (j === at ? [phrase] : g.word.toLowerCase() === particle && !g.focus ? [] : [g]));
  }
  return out;
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
