import type { Sentence } from '../article/types';
import { compactLists } from './compact';
import { SentenceSearch } from './search';
import { fold, indexTerms, termKeys, tokenize } from './terms';
import type { Actor, ActorType, ArticleFacts, Claim, DateFact, Mention } from '../extract/types';
import type { FactStore } from './types';

/** One sentence of one article, numbered across the whole store. */
export interface SentenceEntry {
  id: number;
  facts: ArticleFacts;
  sentence: Sentence;
  /** Index keys of its content words (see answer/terms). */
  terms: ReadonlySet<string>;
}

/** An actor as the reader sees it: the same name in several articles is one entry. */
export interface ActorEntry {
  key: string;
  name: string;
  type: ActorType;
  aliases: string[];
  description: string | null;
  refs: { facts: ArticleFacts; actor: Actor }[];
}

export interface ClaimRef {
  facts: ArticleFacts;
  claim: Claim;
}

export interface DateRef {
  facts: ArticleFacts;
  date: DateFact;
}

export interface MentionRef {
  entry: ActorEntry;
  mention: Mention;
}

/**
 * What is slow to derive from a store and worth caching beside it: the sentence index's postings (every
 * sentence normalised once; see SentenceSearch.fromPostings) and every word the articles write, folded.
 * A sentence's own key set is not kept: the few sentences a process scores are normalised again on first use.
 */
export interface IndexSnapshot {
  sentences: number;
  keys: string[];
  gaps: number[][];
  surface: string[];
}

/** The snapshot of a store: the same normalisation the index applies, done once so a cache can keep it. */
export function indexSnapshot(store: FactStore): IndexSnapshot {
  const search = new SentenceSearch();
  const surface = new Set<string>();
  for (const facts of store.articles) {
    for (const sentence of facts.article.sentences) {
      search.add([...indexTerms(sentence.text)]);
      for (const t of tokenize(sentence.text)) surface.add(fold(t.word));
    }
  }
  return { sentences: search.size, ...search.toPostings(), surface: [...surface] };
}

/**
 * The snapshot of several stores' articles in order, from each one's own snapshot: sentence ids shift by the
 * sentences before, so the postings (and the index ranked from them) are exactly those of the joined store.
 * A library keeps one snapshot per article and joins a server's on load, normalising nothing again.
 */
export function joinSnapshots(parts: readonly IndexSnapshot[]): IndexSnapshot {
  const ids = new Map<string, number[]>();
  const surface = new Set<string>();
  let base = 0;
  for (const part of parts) {
    part.keys.forEach((key, i) => {
      let list = ids.get(key);
      if (!list) ids.set(key, (list = []));
      let id = base - 1;
      for (const gap of part.gaps[i] ?? []) list.push((id = id < base ? base + gap : id + gap));
    });
    for (const w of part.surface) surface.add(w);
    base += part.sentences;
  }
  const keys = [...ids.keys()];
  const gaps = keys.map((k) => ids.get(k)!.map((id, i, all) => (i === 0 ? id : id - all[i - 1]!)));
  return { sentences: base, keys, gaps, surface: [...surface] };
}

/** The index a snapshot's postings make, built once: checking a cached snapshot and serving it share the build. */
const searchBuilt = new WeakMap<IndexSnapshot, SentenceSearch>();
function searchOf(snapshot: IndexSnapshot): SentenceSearch {
  let search = searchBuilt.get(snapshot);
  if (!search) searchBuilt.set(snapshot, (search = SentenceSearch.fromPostings(snapshot.sentences, snapshot.keys, snapshot.gaps)));
  return search;
}

/** Whether a snapshot (from a cache) fits a store: one document per sentence, postings that make an index. */
export function snapshotFits(snapshot: IndexSnapshot, store: FactStore): boolean {
  const sentences = store.articles.reduce((n, f) => n + f.article.sentences.length, 0);
  if (snapshot.sentences !== sentences || !Array.isArray(snapshot.surface) || !snapshot.surface.every((w) => typeof w === 'string')) return false;
  try {
    searchOf(snapshot);
    return true;
  } catch {
    return false;
  }
}

/** Lower-cased, accent-free, straight-apostrophe form used to compare names. */
export function nameKey(name: string): string {
  return fold(name).replace(/\s+/g, ' ').trim();
}

/**
 * Everything the answer layer looks things up in, built once when the store loads: a BM25 index over
 * sentences, actors merged across articles by name, and per-sentence lists of mentions, claims and dates.
 * Given the store's snapshot (from the cache), no sentence is normalised again.
 */
export class StoreIndex {
  readonly sentences: SentenceEntry[] = [];
  readonly actors: ActorEntry[] = [];
  /** How many sentences contain each term (for weighting rare words above common ones): read off the postings. */
  readonly docFreq: { has(term: string): boolean; get(term: string): number | undefined };
  /** Every word the articles write, folded but not stemmed: names are compared as written ("United" is not "unit"). */
  readonly surface: Set<string>;
  private readonly search: SentenceSearch;
  private readonly sentenceBase = new Map<string, number>();
  private readonly actorById = new Map<string, ActorEntry>();
  private readonly byName = new Map<string, ActorEntry[]>();
  private readonly claimsBySpeaker = new Map<ActorEntry, ClaimRef[]>();
  private readonly claimsByHead = new Map<string, ClaimRef[]>();

  constructor(
    readonly store: FactStore,
    snapshot: IndexSnapshot = indexSnapshot(store),
  ) {
    this.surface = new Set(snapshot.surface);
    const search = (this.search = searchOf(snapshot));
    this.docFreq = { has: (t) => search.has(t), get: (t) => (search.has(t) ? search.count(t) : undefined) };
    // actors by type and full name, while they are merged: nothing looks them up so afterwards
    const byKey = new Map<string, ActorEntry>();
    for (const facts of store.articles) this.addArticle(facts, byKey);
    for (const entry of this.actors) {
      entry.refs = entry.refs.slice();
      entry.aliases = entry.aliases.slice();
    }
    compactLists(this.byName);
    compactLists(this.claimsBySpeaker);
    compactLists(this.claimsByHead);
  }

  private addArticle(facts: ArticleFacts, byKey: Map<string, ActorEntry>): void {
    this.sentenceBase.set(facts.article.id, this.sentences.length);
    for (const sentence of facts.article.sentences) this.sentences.push(new LazyTermsEntry(this.sentences.length, facts, sentence));
    for (const actor of facts.actors) {
      const entry = this.entryFor(actor, byKey);
      entry.refs.push({ facts, actor });
      this.actorById.set(actor.id, entry);
    }
    for (const claim of facts.claims) {
      const speaker = claim.speakerId ? this.actorById.get(claim.speakerId) : undefined;
      if (speaker) push(this.claimsBySpeaker, speaker, { facts, claim });
      else if (claim.speaker) {
        // a speaker named only as written ("the aspiring volunteer fighters"): found by the keys of its last word
        const head = tokenize(claim.speaker).pop();
        for (const k of head ? termKeys(head.word) : []) push(this.claimsByHead, k, { facts, claim });
      }
    }
  }

  /** A sentence's article and its position there (facts number sentences per article). */
  private located(sentenceId: number): { facts: ArticleFacts; local: number } | undefined {
    const entry = this.sentences[sentenceId];
    return entry && { facts: entry.facts, local: sentenceId - this.sentenceBase.get(entry.facts.article.id)! };
  }

  /**
   * The entry an actor joins: one of another article with the same full name and type, else a new one. Aliases
   * never merge ("Blair" may be two people), they only make both findable.
   */
  private entryFor(actor: Actor, byKey: Map<string, ActorEntry>): ActorEntry {
    const key = nameKey(actor.name);
    const existing = byKey.get(`${actor.type}:${key}`);
    const entry = existing ?? {
      key,
      name: actor.name,
      type: actor.type,
      aliases: [],
      description: actor.description,
      refs: [],
    };
    if (!existing) {
      this.actors.push(entry);
      byKey.set(`${actor.type}:${key}`, entry);
    }
    entry.description ??= actor.description;
    for (const form of [actor.name, ...actor.aliases]) {
      if (form !== entry.name && !entry.aliases.includes(form)) entry.aliases.push(form);
      const key = nameKey(form);
      const list = this.byName.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      this.byName.set(key, list);
    }
    return entry;
  }

  /** Global id of an article's sentence. */
  sentenceId(articleId: string, sentenceIndex: number): number | undefined {
    const base = this.sentenceBase.get(articleId);
    return base === undefined ? undefined : base + sentenceIndex;
  }

  actorOf(actorId: string | null): ActorEntry | undefined {
    return actorId ? this.actorById.get(actorId) : undefined;
  }

  /** Actors known under exactly this name or alias (case and accents ignored). */
  actorsNamed(name: string): ActorEntry[] {
    return this.byName.get(nameKey(name)) ?? [];
  }

  /** Every name and alias form, for matching names inside questions. */
  nameForms(): string[] {
    return [...this.byName.keys()];
  }

  /**
   * The mentions, claims and dates of one sentence, read off its article's facts at each call: an article has a few
   * dozen of each, and tables of them per article asked about held a bot ~7 MB over a hundred servers.
   */
  mentionsIn(sentenceId: number): MentionRef[] {
    const at = this.located(sentenceId);
    const out: MentionRef[] = [];
    for (const actor of at?.facts.actors ?? []) {
      for (const mention of actor.mentions) if (mention.sentence === at!.local) out.push({ entry: this.actorById.get(actor.id)!, mention });
    }
    return out;
  }

  claimsIn(sentenceId: number): ClaimRef[] {
    const at = this.located(sentenceId);
    return at ? at.facts.claims.filter((claim) => claim.source.sentence === at.local).map((claim) => ({ facts: at.facts, claim })) : [];
  }

  datesIn(sentenceId: number): DateRef[] {
    const at = this.located(sentenceId);
    return at ? at.facts.dates.filter((date) => date.source.sentence === at.local).map((date) => ({ facts: at.facts, date })) : [];
  }

  claimsBy(entry: ActorEntry): ClaimRef[] {
    return this.claimsBySpeaker.get(entry) ?? [];
  }

  /**
   * Claims whose speaker is no known actor but a phrase like `phrase`: every content word of the phrase (or a
   * synonym: "military" / "navy") is in the speaker as written.
   */
  claimsBySpeakerPhrase(phrase: string): ClaimRef[] {
    const words = tokenize(phrase).map((t) => termKeys(t.word)).filter((k) => k.length > 0);
    const head = words[words.length - 1];
    if (!head) return [];
    const seen = new Set<ClaimRef>();
    for (const k of head) for (const ref of this.claimsByHead.get(k) ?? []) seen.add(ref);
    return [...seen].filter((ref) => {
      const keys = new Set(tokenize(ref.claim.speaker ?? '').flatMap((t) => termKeys(t.word)));
      return words.every((w) => w.some((k) => keys.has(k)));
    });
  }

  allClaims(): ClaimRef[] {
    return this.store.articles.flatMap((facts) => facts.claims.map((claim) => ({ facts, claim })));
  }

  /**
   * Candidate sentences for a text, best first (BM25 over normalised terms). Terms in more than a
   * fiftieth of all sentences ("said", "war" in a war corpus) are left out of the query when rarer ones remain
   * (then a tenth, then none): they rank little and their long posting lists cost the most.
   */
  candidates(text: string, limit = 40): SentenceEntry[] {
    const keys = [...indexTerms(text)];
    const within = (share: number) => keys.filter((k) => (this.docFreq.get(k) ?? 0) <= Math.max(50, this.sentences.length * share));
    const rare = within(0.02);
    const query = rare.length ? rare : within(0.1).length ? within(0.1) : keys;
    if (!query.length) return [];
    const ranked = this.search
      .search(query)
      .slice(0, limit)
      .map((id) => this.sentences[id]!);
    // a word left out of the search, or one the best articles' ranked sentences lack: with many reprints, the
    // sentence naming the group twice outranks "They are led by X" everywhere, and "led" must be looked for
    const researched = new Set([...new Set(ranked.map((e) => e.facts))].slice(0, RESEARCHED_ARTICLES));
    const read = ranked.filter((e) => researched.has(e.facts));
    const dropped = keys.filter((k) => !query.includes(k) || !read.some((e) => e.terms.has(k)));
    return dropped.length ? [...ranked, ...this.withinArticles(ranked, dropped)] : ranked;
  }

  /**
   * A word common across the store ("led" in a thousand articles) is left out of the search, but in the few
   * articles the rare words found it still tells which of their sentences is meant ("They are led by X" after the
   * sentence naming the group): their sentences that have it, most of the question's words first.
   */
  private withinArticles(ranked: SentenceEntry[], dropped: string[]): SentenceEntry[] {
    const seen = new Set(ranked.map((e) => e.id));
    const articles = [...new Set(ranked.map((e) => e.facts))].slice(0, RESEARCHED_ARTICLES);
    const found: { entry: SentenceEntry; n: number }[] = [];
    for (const facts of articles) {
      const base = this.sentenceBase.get(facts.article.id)!;
      for (let i = 0; i < facts.article.sentences.length; i++) {
        const entry = this.sentences[base + i]!;
        if (seen.has(entry.id)) continue;
        const n = dropped.filter((k) => entry.terms.has(k)).length;
        if (n > 0) found.push({ entry, n });
      }
    }
    return found.sort((a, b) => b.n - a.n).slice(0, RESEARCHED_SENTENCES).map((f) => f.entry);
  }

  /**
   * The articles with a sentence holding every content word of `text` (the same sentence, as wire copies and
   * syndicated reprints carry it): how many articles say what one of them says, beyond the few a question reads.
   * A text of fewer than MIN_REPEATED_TERMS words says too little to count as the same sentence.
   */
  articlesSaying(text: string): Set<string> {
    const keys = [...indexTerms(text)];
    if (keys.length < MIN_REPEATED_TERMS) return new Set();
    return new Set(this.search.withAll(keys).map((id) => this.sentences[id]!.facts.article.id));
  }

  /** Inverse document frequency of a term: rare terms say more about which sentence is meant. */
  idf(term: string): number {
    const n = this.sentences.length;
    const df = this.docFreq.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
}

/** Articles (the best-ranked first) searched again for the common words of a question, and the sentences added. */
const RESEARCHED_ARTICLES = 3;
const MIN_REPEATED_TERMS = 3;
const RESEARCHED_SENTENCES = 12;

/** A sentence entry whose key set is made on first use: most sentences are never scored in a process's life. */
class LazyTermsEntry implements SentenceEntry {
  private set: CompactTerms | undefined;
  constructor(
    readonly id: number,
    readonly facts: ArticleFacts,
    readonly sentence: Sentence,
  ) {}

  get terms(): ReadonlySet<string> {
    return (this.set ??= new CompactTerms(indexTerms(this.sentence.text)));
  }
}

/**
 * A sentence's keys kept as one sorted array: a bot holds many servers' indices for hours and scores more of their
 * sentences as it is asked, and a Set per sentence costs several times the array.
 */
class CompactTerms implements ReadonlySet<string> {
  private readonly sorted: string[];
  constructor(keys: Iterable<string>) {
    this.sorted = [...keys].sort();
  }
  get size(): number {
    return this.sorted.length;
  }
  has(key: string): boolean {
    let lo = 0;
    let hi = this.sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = this.sorted[mid]!;
      if (k === key) return true;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
  forEach(fn: (value: string, key: string, set: ReadonlySet<string>) => void): void {
    for (const k of this.sorted) fn(k, k, this);
  }
  entries(): SetIterator<[string, string]> {
    return this.sorted.map((k): [string, string] => [k, k]).values();
  }
  keys(): SetIterator<string> {
    return this.sorted.values();
  }
  values(): SetIterator<string> {
    return this.sorted.values();
  }
  [Symbol.iterator](): SetIterator<string> {
    return this.sorted.values();
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
