import { Dossier } from '../answer/dossier';
import type { Library } from '../store/library/library';
import type { Logger } from './logger';

/**
 * Each Discord server's Dossier: built from its own library when it has one, on first use, and kept in a
 * bounded least-recently-used cache; a server without articles of its own, or a DM, gets the default Dossier
 * (the bundled folder, read-only). No server is ever served another server's articles.
 */
export class GuildLibraries {
  /** Loads in flight or done, most recently used last (a Map keeps insertion order). */
  private readonly cache = new Map<string, Promise<Dossier>>();

  constructor(
    readonly library: Library,
    readonly fallback: Dossier,
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
      return cached;
    }
    const loading = this.build(guild);
    this.cache.set(guild, loading);
    while (this.cache.size > this.capacity) this.cache.delete(this.cache.keys().next().value!);
    // a failed load is not kept: the next interaction tries again
    loading.catch(() => this.cache.get(guild) === loading && this.cache.delete(guild));
    return loading;
  }

  /** Forgets a server's Dossier after its library changed, so the next interaction sees the change. */
  invalidate(guild: string): void {
    this.cache.delete(guild);
  }

  private async build(guild: string): Promise<Dossier> {
    const loaded = await this.library.load(guild);
    if (!loaded) return this.fallback;
    for (const reason of loaded.skipped) this.logger?.warn({ guild, reason }, 'skipped a library article');
    return Dossier.fromStore(loaded.store, loaded.snapshot);
  }
}
