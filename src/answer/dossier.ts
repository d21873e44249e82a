import { StoreIndex, type IndexSnapshot } from '../store/indices';
import { openStore } from '../store/open';
import type { FactStore } from '../store/types';
import { aboutAnswer, coverageLine, SPIN_NOTE } from './about';
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
import type { Answer } from './types';

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
  /** What the articles cover, for abstentions: sorting every actor is worth doing once, when first needed. */
  private coverage?: string;

  private constructor(
    readonly store: FactStore,
    snapshot?: IndexSnapshot,
  ) {
    this.index = new StoreIndex(store, snapshot);
    this.lookup = new ActorLookup(this.index);
    this.spunArticles = new Set(store.articles.filter((f) => f.spin.likely).map((f) => f.article.id));
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

  ask(question: string): Answer {
    return this.withSpinNote(ask({ index: this.index, lookup: this.lookup, coverage: () => (this.coverage ??= coverageLine(this.index)) }, question));
  }

  actor(name: string): Answer {
    return this.withSpinNote(actorAnswer(this.index, this.lookup, name));
  }

  claims(opts: { actor?: string; topic?: string } = {}): Answer {
    return this.withSpinNote(claimsAnswer(this.index, this.lookup, opts));
  }

  timeline(): Answer {
    return this.memo('timeline', () => this.withSpinNote(timelineAnswer(this.index)));
  }

  source(opts: { paragraph: number; article?: string }): Answer {
    return this.withSpinNote(sourceAnswer(this.index, opts));
  }

  brief(opts: { article?: string } = {}): Answer {
    return this.memo(`brief:${opts.article ?? ''}`, () => this.withSpinNote(briefAnswer(this.index, opts)));
  }

  digest(messages: ChatMessage[]): Answer {
    return this.withSpinNote(digestAnswer(this.index, this.lookup, messages));
  }

  check(text: string): Answer {
    return this.withSpinNote(checkAnswer(this.index, this.lookup, text));
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
    const cited = [...answer.citations, ...answer.sections.flatMap((s) => s.items.flatMap((i) => (i.citation ? [i.citation] : [])))];
    const spun = [...new Set(cited.map((c) => c.article))].filter((a) => this.spunArticles.has(a));
    if (spun.length && !answer.notes.includes(SPIN_NOTE)) answer.notes.push(SPIN_NOTE);
    return answer;
  }
}
