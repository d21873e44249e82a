import { Dossier } from '../answer/dossier';
import type { Library } from '../store/library/library';
import type { Logger } from './logger';

/** A server's Dossier, built or being built, and how many articles it holds (0 until built, or when it is the default). */
interface Entry {
  dossier: Promise<Dossier>;
  articles: number;
}

/**
 * Each Discord server's Dossier: built from its own library when it has one, on first use, and kept in a
 * least-recently-used cache bounded by the articles it holds (what a built Dossier costs in memory grows with
 * its articles, not with the number of servers: a hundred servers of ten articles cost what one of a thousand
 * does). The most recently used server always stays, however large. A server without articles of its own, or
 * a DM, gets the default Dossier (the bundled folder, read-only, not counted). No server is ever served
 * another server's articles.
 */
export class GuildLibraries {
  /** Loads in flight or done, most recently used last (a Map keeps insertion order). */
  private readonly cache = new Map<string, Entry>();

  constructor(
    readonly library: Library,
    readonly fallback: Dossier,
    /** Most articles held in built Dossiers at once (LIBRARY_CACHE_ARTICLES). */
    private readonly capacity: number,
    private readonly logger?: Logger,
  ) {}

  /** The Dossier that answers in a server (null: a DM, which has no library). */
  async dossierFor(guild: string | null): Promise<Dossier> {
    if (guild === null) return this.fallback;
    const cached = this.cache.get(guild);
    if (cached) {
      this.cache.delete(guild);
      this.cache.set(guild, cached);
      return cached.dossier;
    }
    const entry: Entry = { dossier: this.build(guild), articles: 0 };
    this.cache.set(guild, entry);
    entry.dossier.then(
      (dossier) => {
        if (this.cache.get(guild) !== entry) return;
        if (dossier === this.fallback) return;
        entry.articles = dossier.store.articles.length;
        this.trim();
        // as the bot does for the default library once ready: the tables misspellings and autocomplete need are
        // built after this first answer, not during a later one (when the server is still kept)
        setImmediate(() => this.cache.get(guild) === entry && dossier.warm());
      },
      // a failed load is not kept: the next interaction tries again
      () => this.cache.get(guild) === entry && this.cache.delete(guild),
    );
    return entry.dossier;
  }

  /** Forgets a server's Dossier after its library changed, so the next interaction sees the change. */
  invalidate(guild: string): void {
    this.cache.delete(guild);
  }

  /** Whether a server's Dossier is built or being built (its next interaction loads nothing). */
  holds(guild: string): boolean {
    return this.cache.has(guild);
  }

  /** Articles held by the built Dossiers now cached. */
  get heldArticles(): number {
    let held = 0;
    for (const entry of this.cache.values()) held += entry.articles;
    return held;
  }

  /** Drops least recently used servers until the articles held fit, keeping the most recent one. */
  private trim(): void {
    let held = this.heldArticles;
    for (const [guild, entry] of this.cache) {
      if (held <= this.capacity || this.cache.size === 1) break;
      this.cache.delete(guild);
      held -= entry.articles;
    }
  }

  private async build(guild: string): Promise<Dossier> {
    const loaded = await this.library.load(guild);
    if (!loaded) return this.fallback;
    for (const reason of loaded.skipped) this.logger?.warn({ guild, reason }, 'skipped a library article');
    return Dossier.fromStore(loaded.store, loaded.snapshot);
  }
}
