import MiniSearch from 'minisearch';
import type { Sentence } from '../article/types';
import { fold, indexTerms, termKeys, tokenize } from './terms';
import type { Actor, ActorType, ArticleFacts, Claim, DateFact, Mention } from '../extract/types';
import type { FactStore } from './types';

/** One sentence of one article, numbered across the whole store. */
export interface SentenceEntry {
  id: number;
  facts: ArticleFacts;
  sentence: Sentence;
  /** Index keys of its content words (see answer/terms). */
  terms: Set<string>;
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

/** Lower-cased, accent-free, straight-apostrophe form used to compare names. */
export function nameKey(name: string): string {
  return fold(name).replace(/\s+/g, ' ').trim();
}

/**
 * Everything the answer layer looks things up in, built once when the store loads: a MiniSearch index over
 * sentences, actors merged across articles by name, and per-sentence lists of mentions, claims and dates.
 */
export class StoreIndex {
  readonly sentences: SentenceEntry[] = [];
  readonly actors: ActorEntry[] = [];
  /** How many sentences contain each term (for weighting rare words above common ones). */
  readonly docFreq = new Map<string, number>();
  /** Every word the articles write, folded but not stemmed: names are compared as written ("United" is not "unit"). */
  readonly surface = new Set<string>();
  // documents are given as their index keys already, so each sentence is normalised once
  private readonly search = new MiniSearch<{ id: number; keys: string }>({
    fields: ['keys'],
    tokenize: (keys) => keys.split(' '),
    processTerm: (key) => key,
  });
  private readonly sentenceBase = new Map<string, number>();
  private readonly actorById = new Map<string, ActorEntry>();
  private readonly byName = new Map<string, ActorEntry[]>();
  private readonly byKey = new Map<string, ActorEntry>();
  private readonly mentions = new Map<number, MentionRef[]>();
  private readonly claims = new Map<number, ClaimRef[]>();
  private readonly dates = new Map<number, DateRef[]>();
  private readonly claimsBySpeaker = new Map<ActorEntry, ClaimRef[]>();
  private readonly claimsByHead = new Map<string, ClaimRef[]>();

  constructor(readonly store: FactStore) {
    for (const facts of store.articles) this.addArticle(facts);
    this.search.addAll(this.sentences.map((s) => ({ id: s.id, keys: [...s.terms].join(' ') })));
  }

  private addArticle(facts: ArticleFacts): void {
    const base = this.sentences.length;
    this.sentenceBase.set(facts.article.id, base);
    for (const sentence of facts.article.sentences) {
      const terms = indexTerms(sentence.text);
      for (const t of terms) this.docFreq.set(t, (this.docFreq.get(t) ?? 0) + 1);
      for (const t of tokenize(sentence.text)) this.surface.add(fold(t.word));
      this.sentences.push({ id: base + sentence.index, facts, sentence, terms });
    }
    for (const actor of facts.actors) {
      const entry = this.entryFor(actor);
      entry.refs.push({ facts, actor });
      this.actorById.set(actor.id, entry);
      for (const m of actor.mentions) push(this.mentions, base + m.sentence, { entry, mention: m });
    }
    for (const claim of facts.claims) {
      push(this.claims, base + claim.source.sentence, { facts, claim });
      const speaker = claim.speakerId ? this.actorById.get(claim.speakerId) : undefined;
      if (speaker) push(this.claimsBySpeaker, speaker, { facts, claim });
      else if (claim.speaker) {
        // a speaker named only as written ("the aspiring volunteer fighters"): found by the keys of its last word
        const head = tokenize(claim.speaker).pop();
        for (const k of head ? termKeys(head.word) : []) push(this.claimsByHead, k, { facts, claim });
      }
    }
    for (const date of facts.dates) push(this.dates, base + date.source.sentence, { facts, date });
  }

  /**
   * The entry an actor joins: one of another article with the same full name and type, else a new one. Aliases
   * never merge ("Blair" may be two people), they only make both findable.
   */
  private entryFor(actor: Actor): ActorEntry {
    const key = nameKey(actor.name);
    const existing = this.byKey.get(`${actor.type}:${key}`);
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
      this.byKey.set(`${actor.type}:${key}`, entry);
    }
    entry.description ??= actor.description;
    for (const form of [actor.name, ...actor.aliases]) {
      if (form !== entry.name && !entry.aliases.includes(form)) entry.aliases.push(form);
      const key = nameKey(form);
      const list = this.byName.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      this.byName.set(key, list);
    }
    entry.aliases = entry.aliases.filter((a) => a !== entry.name);
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

  mentionsIn(sentenceId: number): MentionRef[] {
    return this.mentions.get(sentenceId) ?? [];
  }

  claimsIn(sentenceId: number): ClaimRef[] {
    return this.claims.get(sentenceId) ?? [];
  }

  datesIn(sentenceId: number): DateRef[] {
    return this.dates.get(sentenceId) ?? [];
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
   * Candidate sentences for a text, best first (MiniSearch's BM25 over normalised terms). Terms in more than a
   * fiftieth of all sentences ("said", "war" in a war corpus) are left out of the query when rarer ones remain
   * (then a tenth, then none): they rank little and their long posting lists cost the most.
   */
  candidates(text: string, limit = 40): SentenceEntry[] {
    const keys = [...indexTerms(text)];
    const within = (share: number) => keys.filter((k) => (this.docFreq.get(k) ?? 0) <= Math.max(50, this.sentences.length * share));
    const rare = within(0.02);
    const query = (rare.length ? rare : within(0.1).length ? within(0.1) : keys).join(' ');
    if (!query) return [];
    return this.search
      .search(query, { combineWith: 'OR', tokenize: (q) => q.split(' '), processTerm: (t) => t })
      .slice(0, limit)
      .map((r) => this.sentences[r.id as number]!)
      .filter(Boolean);
  }

  /** Inverse document frequency of a term: rare terms say more about which sentence is meant. */
  idf(term: string): number {
    const n = this.sentences.length;
    const df = this.docFreq.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
