import Fuse from 'fuse.js';
import { fold, isStopword, stem, termKeys, tokenize } from '../store/terms';
import { nameKey, type ActorEntry, type StoreIndex } from '../store/indices';
import { closeSpellingTo, soundKey } from './similarity';
import { titleBefore } from './titles';

export interface ActorMatch {
  entry: ActorEntry;
  /** 0 (exact) … 1 (barely). */
  score: number;
  via: 'name' | 'spelling' | 'role';
}

const CLOSE_CACHE_SIZE = 2000;

interface NameRow {
  form: string;
  /** Folded words of the form. */
  words: string[];
  entry: ActorEntry;
}

/** Character trigrams of a word with its edges marked, for finding close spellings without a full scan. */
function trigrams(word: string): string[] {
  const w = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= w.length; i++) out.push(w.slice(i, i + 3));
  return out;
}

/**
 * Finds actors by name, misspelt name or role. Names are matched exactly, then by close spelling: a trigram
 * index proposes name words, an edit-distance bound accepts them, and fuse.js ranks the few actors left.
 * Roles match the words of the actor's description and of the titles the text puts before its name.
 * Nothing close enough means no match: never a random nearest actor.
 */
export class ActorLookup {
  private readonly rowsOf = new Map<ActorEntry, NameRow[]>();
  private readonly byForm = new Map<string, ActorEntry[]>();
  private readonly byWord = new Map<string, ActorEntry[]>();
  /** Name words by number, and the numbers of the words holding each trigram. */
  private readonly words: string[] = [];
  private readonly byGram = new Map<string, number[]>();
  /** Shared trigram counts per word number, zeroed again after each search. */
  private gramCounts = new Uint16Array(0);
  private readonly soundKeys = new Map<string, string>();
  /** Actors by the stems of their role words, made on the first role query: reading every title is slow. */
  private roleIndex?: Map<string, Set<ActorEntry>>;
  /** Every form and word-start within one, per actor. */
  private readonly startsOf = new Map<ActorEntry, string[]>();
  /** Actors by name form, short ones included. */
  private readonly byAnyForm = new Map<string, ActorEntry[]>();
  /** Every actor, most mentioned first; and for each 1–3 letter start of a form or word, its actors in that order. */
  private ranking?: { ranked: ActorEntry[]; rankOf: Map<ActorEntry, number>; byStart: Map<string, ActorEntry[]> };
  private readonly closeCache = new Map<string, ActorMatch[]>();

  constructor(private readonly index: StoreIndex) {
    for (const entry of index.actors) {
      for (const form of [entry.name, ...entry.aliases]) {
        const words = tokenize(form).map((t) => fold(t.word));
        const key = words.join(' ');
        addTo(this.rowsOf, entry, { form, words, entry });
        words.forEach((_, i) => push(this.startsOf, entry, words.slice(i).join(' ')));
        addTo(this.byAnyForm, key, entry);
        if (key.length >= 2) addTo(this.byForm, key, entry);
        for (const w of words) {
          if (w.length < 3 || isStopword(w)) continue;
          if (!this.byWord.has(w)) {
            for (const g of new Set(trigrams(w))) push(this.byGram, g, this.words.length);
            this.words.push(w);
          }
          addTo(this.byWord, w, entry);
        }
      }
    }
    this.gramCounts = new Uint16Array(this.words.length);
  }

  private byRoleKey(): Map<string, Set<ActorEntry>> {
    if (this.roleIndex) return this.roleIndex;
    this.roleIndex = new Map();
    // titles repeat ("President", "spokesman"): each text is split and stemmed once
    const known = new Map<string, string[]>();
    for (const entry of this.index.actors) {
      for (const k of roleKeysOf(entry, known)) {
        const set = this.roleIndex.get(k) ?? new Set<ActorEntry>();
        set.add(entry);
        this.roleIndex.set(k, set);
      }
    }
    return this.roleIndex;
  }

  /** Best matches for a name or role, best first; empty when nothing is close. */
  find(query: string): ActorMatch[] {
    const q = nameKey(query.replace(/^(the|a|an)\s+/i, ''));
    if (!q) return [];
    const exact = this.index.actorsNamed(q);
    if (exact.length) return exact.map((entry) => ({ entry, score: 0, via: 'name' }));
    const byWord = this.byWord.get(q);
    if (byWord) return rank(byWord.map((entry) => ({ entry, score: 0.1, via: 'name' as const })));
    const spelled = this.closeNames(q);
    if (spelled.length) return spelled;
    return this.byRole(query);
  }

  /**
   * Name words within an edit or two of a word, found through shared trigrams: each edit spoils at most three
   * of a word's trigrams, so a close word shares most of them and only those are compared letter by letter.
   */
  private closeWords(word: string): string[] {
    const grams = trigrams(word);
    const counts = this.gramCounts;
    const touched: number[] = [];
    for (const g of grams) for (const id of this.byGram.get(g) ?? []) if (counts[id]!++ === 0) touched.push(id);
    const need = Math.max(1, grams.length - 3 * (word.length <= 5 ? 1 : word.length <= 9 ? 2 : 3));
    const close = closeSpellingTo(word, (w) => this.soundKeyOf(w));
    const out: string[] = [];
    for (const id of touched) {
      const w = this.words[id]!;
      if (counts[id]! >= need && (w === word || close(w))) out.push(w);
      counts[id] = 0;
    }
    return out;
  }

  /** Sound keys of name words, made once: a misspelt query compares itself with thousands of them. */
  private soundKeyOf(word: string): string {
    let key = this.soundKeys.get(word);
    if (key === undefined) this.soundKeys.set(word, (key = soundKey(word)));
    return key;
  }

  /** closeNames, remembered: one question looks the same unknown word up several times (names, focus, speaker). */
  private closeNames(q: string): ActorMatch[] {
    let found = this.closeCache.get(q);
    if (!found) {
      if (this.closeCache.size >= CLOSE_CACHE_SIZE) this.closeCache.clear();
      found = this.findCloseNames(q);
      this.closeCache.set(q, found);
    }
    return found;
  }

  /** Actors each of whose query words is (a close spelling of) a word of one name form; fuse.js ranks them. */
  private findCloseNames(q: string): ActorMatch[] {
    const qWords = tokenize(q).map((t) => fold(t.word)).filter((w) => !isStopword(w));
    if (qWords.length === 0) return [];
    let candidates: Set<ActorEntry> | null = null;
    for (const w of qWords) {
      const found = new Set(this.closeWords(w).flatMap((c) => this.byWord.get(c) ?? []));
      candidates = intersect(candidates, found);
      if (candidates.size === 0) return [];
    }
    const rows = [...candidates!].flatMap((e) => this.rowsOf.get(e) ?? []);
    const fuse = new Fuse(rows, { keys: ['form'], includeScore: true, ignoreLocation: true, threshold: 1 });
    return rank(fuse.search(q).map((hit) => ({ entry: hit.item.entry, score: 0.2 + (hit.score ?? 1) / 2, via: 'spelling' as const })));
  }

  /** Actors whose role words contain every content word of the query ("activist", "the French president"). */
  private byRole(query: string): ActorMatch[] {
    const words = tokenize(query).filter((t) => !isStopword(t.word));
    if (words.length === 0) return [];
    // each word matches by its stem; only when no actor has them all, by synonym class ("leader" finds "chief")
    const byRoleKey = this.byRoleKey();
    for (const wanted of [words.map((t) => [stem(t.word)]), words.map((t) => termKeys(t.word))]) {
      let found: Set<ActorEntry> | null = null;
      for (const keys of wanted) {
        const any = new Set(keys.flatMap((k) => [...(byRoleKey.get(k) ?? [])]));
        found = intersect(found, any);
      }
      if (found && found.size) return rank([...found].map((entry) => ({ entry, score: 0.5 + 0.1 / (1 + entry.refs.length), via: 'role' as const })));
    }
    return [];
  }

  /** Actors named in a question: whole name forms first, then single words, then close spellings of unknown words. */
  inText(text: string): ActorEntry[] {
    const found: ActorEntry[] = [];
    const add = (e: ActorEntry) => found.includes(e) || found.push(e);
    const words = tokenize(text).map((t) => fold(t.word));
    const whole = new Set<number>();
    for (let n = Math.min(8, words.length); n >= 1; n--) {
      for (let i = 0; i + n <= words.length; i++) {
        const key = words.slice(i, i + n).join(' ');
        const named = key.length >= 3 ? this.byForm.get(key) : undefined;
        if (!named) continue;
        named.forEach(add);
        for (let j = i; j < i + n; j++) whole.add(j);
      }
    }
    words.forEach((w, i) => {
      // a word already read as part of a whole name ("Ukraine") does not also pick every name containing it
      if (w.length < 3 || isStopword(w) || whole.has(i)) return;
      const named = this.byWord.get(w);
      if (named) named.forEach(add);
      else if (w.length >= 4 && !this.index.docFreq.has(stem(w))) this.closeNames(w).forEach((m) => add(m.entry));
    });
    return found;
  }

  /**
   * Autocomplete: exact names, then names with a form or word starting so, then close spellings; each tier most
   * mentioned first. The actors starting with each 1–3 letters are listed once, in rank order, so a keystroke
   * reads the head of one list (a longer prefix filters its first three letters' list).
   */
  complete(prefix: string, limit = 25, fuzzy = true): ActorEntry[] {
    const q = tokenize(prefix).map((t) => fold(t.word)).join(' ');
    const { ranked, rankOf, byStart } = this.rankingTable();
    if (!q) return ranked.slice(0, limit);
    const exact = [...(this.byAnyForm.get(q) ?? [])].sort((a, b) => rankOf.get(a)! - rankOf.get(b)!);
    const found = exact.slice(0, limit);
    const isExact = new Set(exact);
    let starting = exact.length;
    for (const e of byStart.get(q.slice(0, 3)) ?? []) {
      if (isExact.has(e) || (q.length > 3 && !this.startsOf.get(e)!.some((s) => s.startsWith(q)))) continue;
      if (++starting > limit) break;
      found.push(e);
    }
    // close spellings only fill a list the prefixes leave short
    if (fuzzy && starting < limit) {
      const seen = new Set(found);
      for (const m of this.closeNames(q)) if (!seen.has(m.entry)) {
        seen.add(m.entry);
        found.push(m.entry);
      }
    }
    return found.slice(0, limit);
  }

  private rankingTable(): NonNullable<ActorLookup['ranking']> {
    if (this.ranking) return this.ranking;
    const counts = new Map(this.index.actors.map((e) => [e, mentionCount(e)]));
    const ranked = [...this.index.actors].sort((a, b) => counts.get(b)! - counts.get(a)! || a.name.localeCompare(b.name));
    const byStart = new Map<string, ActorEntry[]>();
    for (const entry of ranked) {
      const starts = new Set((this.startsOf.get(entry) ?? []).flatMap((s) => [s.slice(0, 1), s.slice(0, 2), s.slice(0, 3)]));
      for (const s of starts) if (s) push(byStart, s, entry);
    }
    this.ranking = { ranked, rankOf: new Map(ranked.map((e, i) => [e, i])), byStart };
    return this.ranking;
  }
}

function intersect<T>(a: Set<T> | null, b: Set<T>): Set<T> {
  return a ? new Set([...a].filter((x) => b.has(x))) : b;
}

/** Adds a value under a key once; values arrive grouped (one actor's forms together), so the last one is checked. */
function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function mentionCount(e: ActorEntry): number {
  return e.refs.reduce((n, r) => n + r.actor.mentions.length, 0);
}

function rank(matches: ActorMatch[]): ActorMatch[] {
  const best = new Map<ActorEntry, ActorMatch>();
  for (const m of matches) {
    const prev = best.get(m.entry);
    if (!prev || m.score < prev.score) best.set(m.entry, m);
  }
  return [...best.values()].sort((a, b) => a.score - b.score || mentionCount(b.entry) - mentionCount(a.entry));
}

/** Stems of the actor's description and of the titles written right before its name; `known` remembers texts' keys. */
function roleKeysOf(entry: ActorEntry, known: Map<string, string[]>): Set<string> {
  const keys = new Set<string>();
  const addText = (text: string) => {
    let found = known.get(text);
    if (!found) {
      found = tokenize(text).filter((t) => !isStopword(t.word)).flatMap((t) => [stem(t.word), ...termKeys(t.word)]);
      known.set(text, found);
    }
    for (const k of found) keys.add(k);
  };
  if (entry.description) addText(entry.description);
  for (const { facts, actor } of entry.refs) {
    for (const m of actor.mentions) addText(titleBefore(facts.article.text, m.start) ?? '');
  }
  return keys;
}

