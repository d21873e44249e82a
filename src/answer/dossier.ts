import { StoreIndex, type IndexSnapshot } from '../store/indices';
import { openStore } from '../store/open';
import type { FactStore } from '../store/types';
import { aboutAnswer, coverageLine, SPIN_NOTE } from './about';
import { ArticleChooser, findArticle, noSuchArticle } from './articles';
import { ask } from './ask';
import { briefAnswer } from './brief';
import { clip } from './cite';
import { checkAnswer, digestAnswer } from './check';
import { claimsAnswer } from './claims';
import { helpAnswer } from './help';
import { ActorLookup } from './lookup';
import { actorAnswer } from './profile';
import { sourceAnswer } from './source';
import { timelineAnswer } from './timeline';
import type { Answer, AnswerKind, Citation } from './types';

/** Restricts an answer to one article: its exact id (never a prefix). */
export interface ArticleScope {
  article?: string;
}

/** Single-article Dossiers kept for `article` options: a few are asked about again and again, most never. */
const MAX_SCOPES = 16;

export interface ChatMessage {
  id?: string;
  author: string;
  content: string;
}

/**
 * The answer layer: one object over a loaded store, its indices built once. Every method returns a plain
 * Answer (no Discord types) that the Discord, console and JSON renderers all show.
 */
export class Dossier {
  /** The lookups answers are built from (read-only; the benchmark queries it directly). */
  readonly index: StoreIndex;
  private readonly lookup: ActorLookup;
  private readonly spunArticles: Set<string>;
  private readonly memos = new Map<string, Answer>();
  private readonly scopes = new Map<string, Dossier>();
  private readonly chooser: ArticleChooser;
  /** What the articles cover, for abstentions: sorting every actor is worth doing once, when first needed. */
  private coverage?: string;

  private constructor(
    readonly store: FactStore,
    snapshot?: IndexSnapshot,
  ) {
    this.index = new StoreIndex(store, snapshot);
    this.lookup = new ActorLookup(this.index);
    this.spunArticles = new Set(store.articles.filter((f) => f.spin.likely).map((f) => f.article.id));
    this.chooser = new ArticleChooser(store);
  }

  /**
   * Reads and extracts every article of a folder, or reuses the folder's cache while the articles are
   * unchanged (then the extraction pipeline is never loaded); unreadable files are skipped with a one-line reason.
   */
  static async load(dataDir: string): Promise<{ dossier: Dossier; skipped: string[] }> {
    const { store, skipped, snapshot } = await openStore(dataDir);
    return { dossier: new Dossier(store, snapshot), skipped };
  }

  /** A Dossier over a store in hand; its cached index snapshot, when given, spares normalising every sentence. */
  static fromStore(store: FactStore, snapshot?: IndexSnapshot): Dossier {
    return new Dossier(store, snapshot);
  }

  /**
   * Builds now what would otherwise be built on first use (close-spelling, role and autocomplete tables): a server
   * calls it once it is ready, so no user's first lookup waits for them.
   */
  warm(): void {
    this.lookup.warm();
  }

  ask(question: string, opts: ArticleScope = {}): Answer {
    return this.within(opts.article, 'ask', (d) =>
      d.withSpinNote(ask({ index: d.index, lookup: d.lookup, coverage: () => (d.coverage ??= coverageLine(d.index)) }, question)),
    );
  }

  actor(name: string, opts: ArticleScope = {}): Answer {
    return this.within(opts.article, 'actor', (d) => d.withSpinNote(actorAnswer(d.index, d.lookup, name)));
  }

  claims(opts: { actor?: string; topic?: string } & ArticleScope = {}): Answer {
    return this.within(opts.article, 'claims', (d) => d.withSpinNote(claimsAnswer(d.index, d.lookup, opts)));
  }

  timeline(opts: ArticleScope = {}): Answer {
    return this.within(opts.article, 'timeline', (d) => d.memo('timeline', () => d.withSpinNote(timelineAnswer(d.index))));
  }

  /** One article's paragraph: without `article`, a library of several asks which (sourceAnswer). */
  source(opts: { paragraph: number } & ArticleScope): Answer {
    return this.withSpinNote(sourceAnswer(this.index, opts));
  }

  brief(opts: ArticleScope = {}): Answer {
    // briefAnswer already briefs any subset of the library, so no single-article index is built for it
    if (opts.article && !findArticle(this.store, opts.article)) return noSuchArticle(this.store, 'brief', opts.article);
    return this.memo(`brief:${opts.article ?? ''}`, () => this.withSpinNote(briefAnswer(this.index, opts)));
  }

  digest(messages: ChatMessage[]): Answer {
    return this.withSpinNote(digestAnswer(this.index, this.lookup, messages));
  }

  check(text: string, opts: ArticleScope = {}): Answer {
    return this.within(opts.article, 'check', (d) => d.withSpinNote(checkAnswer(d.index, d.lookup, text)));
  }

  about(): Answer {
    return this.memo('about', () => aboutAnswer(this.index));
  }

  help(): Answer {
    return helpAnswer();
  }

  /** Actor names for autocomplete: at most 25, exact matches, then prefixes, then close spellings. */
  autocomplete(prefix: string): { name: string; value: string }[] {
    return this.lookup.complete(prefix, 25).map((e) => ({ name: clip(`${e.name} (${e.type})`, 100), value: clip(e.name, 100) }));
  }

  /** Articles for an `article` option: at most 25, named by title · outlet · date, each value an exact id. */
  articleChoices(typed: string): { name: string; value: string }[] {
    return this.chooser.complete(typed, 25);
  }

  /**
   * The Dossier of one article (exact id), or null. Built over that article alone, so every answer (ask, actor,
   * claims, timeline, check) is restricted without each of them learning to filter; one article indexes in a
   * few milliseconds, and the last few asked are kept.
   */
  forArticle(id: string): Dossier | null {
    const facts = findArticle(this.store, id);
    if (!facts) return null;
    if (this.store.articles.length === 1) return this;
    const scoped = this.scopes.get(id) ?? new Dossier({ ...this.store, articles: [facts] });
    this.scopes.delete(id);
    this.scopes.set(id, scoped);
    if (this.scopes.size > MAX_SCOPES) this.scopes.delete(this.scopes.keys().next().value!);
    return scoped;
  }

  /** An answer from this Dossier, or from one article's when `article` is given; an unknown id is said so. */
  private within(article: string | undefined, kind: AnswerKind, answer: (d: Dossier) => Answer): Answer {
    if (!article) return answer(this);
    const scoped = this.forArticle(article);
    return scoped ? answer(scoped) : noSuchArticle(this.store, kind, article);
  }

  /** Answers that depend only on the (read-only) store are built once; callers get their own lists to cut. */
  private memo(key: string, build: () => Answer): Answer {
    let answer = this.memos.get(key);
    if (!answer) {
      answer = build();
      this.memos.set(key, answer);
    }
    return { ...answer, citations: [...answer.citations], sections: answer.sections.map((s) => ({ ...s, items: [...s.items] })), suggestions: [...answer.suggestions], notes: [...answer.notes] };
  }

  /** Answers that cite a machine-paraphrased article, above or in their lists, say so once. */
  private withSpinNote(answer: Answer): Answer {
    if (this.spunArticles.size === 0 || answer.notes.includes(SPIN_NOTE)) return answer;
    // stops at the first spun citation: a list of every claim in a large library need not be walked or copied
    const spun = (c: Citation | undefined) => c !== undefined && this.spunArticles.has(c.article);
    if (answer.citations.some(spun) || answer.sections.some((s) => s.items.some((i) => spun(i.citation)))) answer.notes.push(SPIN_NOTE);
    return answer;
  }
}
