import Fuse from 'fuse.js';
import { fold, isStopword, stem, synonymKeys, termKeys, tokenize } from '../store/terms';
import { compactLists } from '../store/compact';
import { nameKey, type ActorEntry, type StoreIndex } from '../store/indices';
import { allowedEdits, closeSpellingTo, letterMask, maskDistance, soundKey } from './similarity';
import { titleBefore } from './titles';

export interface ActorMatch {
  entry: ActorEntry;
  /** 0 (exact) … 1 (barely). */
  score: number;
  via: 'name' | 'spelling' | 'role';
}

const CLOSE_CACHE_SIZE = 2000;
/** Up to this many actors left, a misspelt name's next word is compared with their words alone. */
const FEW_ACTORS = 200;
/** A word this long or longer may be read as a derivation of a written word; shorter ones are often names' stubs. */
const DERIVED_MIN = 5;
/** Letters a derivation adds ("robber" → "robbery", "invest" → "investors"). */
const DERIVED_SUFFIX = 4;
/** A neighbouring word this long or longer may tell which of several names a word picks. */
const NEIGHBOUR_MIN = 4;
/** Words shorter than this are read as a misspelt name only when they share its initial. */
const SAME_INITIAL_BELOW = 6;
/** localeCompare's order, without building a collator for every comparison. */
const byName = new Intl.Collator();

interface NameRow {
  form: string;
  /** Folded words of the form, and them joined. */
  words: string[];
  key: string;
  entry: ActorEntry;
}

/** Name words by number, the numbers of the words holding each trigram, and each actor's name rows. */
interface SpellingTables {
  words: string[];
  idOf: Map<string, number>;
  /** Each word's sound key, and letter masks of the words and of their keys (by word number). */
  soundKeys: Map<string, string>;
  masks: Int32Array;
  keyMasks: Int32Array;
  byGram: Map<string, number[]>;
  /** Shared trigram counts per word number, zeroed again after each search. */
  gramCounts: Uint16Array;
}

/** Every form and word-start within one, per actor. */
interface PrefixTables {
  startsOf: Map<ActorEntry, string[]>;
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
  /** Actors by every name form, folded; and by every word of one (3 letters or more, no stop words). */
  private readonly byForm = new Map<string, ActorEntry[]>();
  private readonly byWord = new Map<string, ActorEntry[]>();
  /** Built on first need (see `spellingTables`, `prefixTables`): a question names actors without them. */
  private spelling?: SpellingTables;
  private prefixes?: PrefixTables;
  /** Actors by the stems of their role words, made on the first role query: reading every title is slow. */
  private roleIndex?: Map<string, Set<ActorEntry>>;
  /** Every actor, most mentioned first; and for each 1–3 letter start of a form or word, its actors in that order. */
  private ranking?: { ranked: ActorEntry[]; rankOf: Map<ActorEntry, number>; byStart: Map<string, ActorEntry[]> };
  private readonly closeCache = new Map<string, ActorMatch[]>();

  constructor(private readonly index: StoreIndex) {
    for (const row of this.rows()) {
      addTo(this.byForm, row.key, row.entry);
      for (const w of row.words) if (w.length >= 3 && !isStopword(w)) addTo(this.byWord, w, row.entry);
    }
    compactLists(this.byForm);
    compactLists(this.byWord);
  }

  /**
   * The actors one of whose names has the word, in index order, from the table of name words; undefined for a word
   * that table leaves out (shorter than 3 letters, a stop word, not all letters), which the caller must scan for.
   */
  withNameWord(word: string): readonly ActorEntry[] | undefined {
    const w = fold(word);
    if (w.length < 3 || isStopword(w) || !/^\p{L}+$/u.test(w)) return undefined;
    return this.byWord.get(w) ?? [];
  }

  /** Every name form of every actor, folded into words; actors' forms come together. */
  private *rows(): Generator<NameRow> {
    for (const entry of this.index.actors) yield* rowsOf(entry);
  }

  /**
   * Builds the tables that only misspelt names, roles and autocomplete need, so a process is ready before them; a
   * server calls this once it is up, and every first use builds what it needs anyway.
   */
  warm(): void {
    this.spellingTables();
    this.rankingTable();
    this.byRoleKey();
  }

  private spellingTables(): SpellingTables {
    if (this.spelling) return this.spelling;
    const t: SpellingTables = { words: [], idOf: new Map(), soundKeys: new Map(), masks: new Int32Array(0), keyMasks: new Int32Array(0), byGram: new Map(), gramCounts: new Uint16Array(0) };
    for (const row of this.rows()) {
      for (const w of row.words) {
        if (t.idOf.has(w) || !this.byWord.has(w)) continue;
        t.idOf.set(w, t.words.length);
        for (const g of new Set(trigrams(w))) push(t.byGram, g, t.words.length);
        t.words.push(w);
      }
    }
    compactLists(t.byGram);
    t.gramCounts = new Uint16Array(t.words.length);
    t.masks = Int32Array.from(t.words, letterMask);
    t.keyMasks = Int32Array.from(t.words, (w) => {
      const key = soundKey(w);
      t.soundKeys.set(w, key);
      return letterMask(key);
    });
    return (this.spelling = t);
  }

  private prefixTables(): PrefixTables {
    if (this.prefixes) return this.prefixes;
    const t: PrefixTables = { startsOf: new Map() };
    for (const row of this.rows()) {
      row.words.forEach((_, i) => push(t.startsOf, row.entry, row.words.slice(i).join(' ')));
    }
    compactLists(t.startsOf);
    return (this.prefixes = t);
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
    const { byGram, gramCounts: counts, words } = this.spellingTables();
    const grams = trigrams(word);
    const touched: number[] = [];
    for (const g of grams) for (const id of byGram.get(g) ?? []) if (counts[id]!++ === 0) touched.push(id);
    const near = this.nearTo(word, grams.length);
    const out: string[] = [];
    for (const id of touched) {
      if (near(id, counts[id]!)) out.push(words[id]!);
      counts[id] = 0;
    }
    return out;
  }

  /**
   * closeWords over the name words of a few actors only: once one word of a misspelt name has narrowed the
   * actors down, the next word is compared with their words instead of every word the articles name.
   */
  private closeWordsAmong(word: string, among: Set<ActorEntry>): Set<ActorEntry> {
    const { idOf } = this.spellingTables();
    const grams = trigrams(word);
    const near = this.nearTo(word, grams.length);
    const found = new Set<ActorEntry>();
    for (const entry of among) {
      const close = rowsOf(entry).some((row) =>
        row.words.some((w) => {
          const id = idOf.get(w);
          if (id === undefined) return false;
          // counted as closeWords counts: the query's trigrams (repeats too) that the word has
          const its = new Set(trigrams(w));
          return near(id, grams.filter((g) => its.has(g)).length);
        }),
      );
      if (close) found.add(entry);
    }
    return found;
  }

  /**
   * Whether name word number `id`, sharing `shared` trigrams with `word`, is a close spelling of it. Each edit
   * spoils at most three trigrams, so a close word shares most of them; then letters, and sound keys, too far
   * apart for the edits allowed rule a word out before it is compared letter by letter.
   */
  private nearTo(word: string, grams: number): (id: number, shared: number) => boolean {
    const { words, masks, keyMasks, soundKeys } = this.spellingTables();
    const need = Math.max(1, grams - 3 * Math.max(1, allowedEdits(word.length)));
    const close = closeSpellingTo(word, (w) => soundKeys.get(w) ?? soundKey(w));
    const key = soundKey(word);
    const [mask, keyMask] = [letterMask(word), letterMask(key)];
    const [apart, keysApart] = [2 * allowedEdits(word.length), 2 * allowedEdits(key.length)];
    return (id, shared) => {
      if (shared < need) return false;
      const w = words[id]!;
      return w === word || ((maskDistance(masks[id]!, mask) <= apart || maskDistance(keyMasks[id]!, keyMask) <= keysApart) && close(w));
    };
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
      candidates =
        candidates && candidates.size <= FEW_ACTORS
          ? this.closeWordsAmong(w, candidates)
          : intersect(candidates, new Set(this.closeWords(w).flatMap((c) => this.byWord.get(c) ?? [])));
      if (candidates.size === 0) return [];
    }
    const rows = [...candidates!].flatMap(rowsOf);
    const fuse = new Fuse(rows, { keys: ['form'], includeScore: true, ignoreLocation: true, threshold: 1 });
    return rank(fuse.search(q).map((hit) => ({ entry: hit.item.entry, score: 0.2 + (hit.score ?? 1) / 2, via: 'spelling' as const })));
  }

  /** Actors whose role words contain every content word of the query ("activist", "the French president"). */
  private byRole(query: string): ActorMatch[] {
    const words = tokenize(query).filter((t) => !isStopword(t.word));
    if (words.length === 0) return [];
    // each word matches by its stem; only when no actor has them all, by synonym class ("leader" finds "chief")
    const byRoleKey = this.byRoleKey();
    for (const wanted of [words.map((t) => [stem(t.word)]), words.map((t) => synonymKeys(t.word))]) {
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
      if (named) this.besideWords(named, words[i - 1], words[i + 1]).forEach(add);
      else if (w.length >= 4 && !this.index.docFreq.has(stem(w)) && !this.derivesFromWritten(w)) {
        // a short word one letter from a name differs from it in its first letter only by chance ("best" / "West")
        this.closeNames(w).filter((m) => w.length >= SAME_INITIAL_BELOW || sameInitial(w, m.entry)).forEach((m) => add(m.entry));
      }
    });
    return found;
  }

  /**
   * Of the actors one word of a name picks, those a neighbouring word also names when there are any: "south
   * koreans" is South Korea, not every name with "South" in it.
   */
  private besideWords(named: ActorEntry[], before: string | undefined, after: string | undefined): ActorEntry[] {
    if (named.length < 2) return named;
    const near = [before, after].filter((w): w is string => !!w && w.length >= NEIGHBOUR_MIN && !isStopword(w));
    const beside = named.filter((e) => [e.name, ...e.aliases].some((n) => tokenize(n).some((t) => near.some((w) => sharesStem(fold(t.word), w)))));
    return beside.length ? beside : named;
  }

  /**
   * "robber" where the articles write "robbery": a lower-case word that a written word extends by a suffix is a
   * common word, not a misspelt name ("robber" is no "Robert").
   */
  private derivesFromWritten(word: string): boolean {
    if (word.length < DERIVED_MIN || !/^\p{Ll}+$/u.test(word)) return false;
    for (const w of this.index.surface) if (w.length > word.length && w.length <= word.length + DERIVED_SUFFIX && w.startsWith(word)) return true;
    return false;
  }

  /**
   * Autocomplete: exact names, then names with a form or word starting so, then close spellings; each tier most
   * mentioned first. The actors starting with each 1–3 letters are listed once, in rank order, so a keystroke
   * reads the head of one list (a longer prefix filters its first three letters' list).
   */
  complete(prefix: string, limit = 25, fuzzy = true): ActorEntry[] {
    const q = tokenize(prefix).map((t) => fold(t.word)).join(' ');
    const { ranked, rankOf, byStart } = this.rankingTable();
    const { startsOf } = this.prefixTables();
    if (!q) return ranked.slice(0, limit);
    const exact = [...(this.byForm.get(q) ?? [])].sort((a, b) => rankOf.get(a)! - rankOf.get(b)!);
    const found = exact.slice(0, limit);
    const isExact = new Set(exact);
    let starting = exact.length;
    for (const e of byStart.get(q.slice(0, 3)) ?? []) {
      if (isExact.has(e) || (q.length > 3 && !startsOf.get(e)!.some((s) => s.startsWith(q)))) continue;
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
    const ranked = [...this.index.actors].sort((a, b) => counts.get(b)! - counts.get(a)! || byName.compare(a.name, b.name));
    const byStart = new Map<string, ActorEntry[]>();
    const { startsOf } = this.prefixTables();
    for (const entry of ranked) {
      const starts = new Set((startsOf.get(entry) ?? []).flatMap((s) => [s.slice(0, 1), s.slice(0, 2), s.slice(0, 3)]));
      for (const s of starts) if (s) push(byStart, s, entry);
    }
    compactLists(byStart);
    this.ranking = { ranked, rankOf: new Map(ranked.map((e, i) => [e, i])), byStart };
    return this.ranking;
  }
}

/** "korea" / "koreans": one word is the other with an ending. */
function sharesStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= NEIGHBOUR_MIN && long.startsWith(short) && long.length - short.length <= 3;
}

/** Does a word of one of the actor's names start with the word's letter? */
function sameInitial(word: string, entry: ActorEntry): boolean {
  return [entry.name, ...entry.aliases].some((n) => tokenize(n).some((t) => fold(t.word)[0] === word[0]));
}

/** An actor's name forms, folded into words. */
function rowsOf(entry: ActorEntry): NameRow[] {
  return [entry.name, ...entry.aliases].map((form) => {
    const words = tokenize(form).map((t) => fold(t.word));
    return { form, words, key: words.join(' '), entry };
  });
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

