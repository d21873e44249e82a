import { deserialize, serialize } from 'node:v8';
import Database from 'better-sqlite3';
import { ArticleError, MAX_ARTICLE_BYTES, parseArticle } from '../../article/read';
import type { Article } from '../../article/types';
import type { ArticleFacts } from '../../extract/types';
import { codeFingerprint, restoreFacts, sha256, slimFacts } from '../cache-file';
import { indexSnapshot, joinSnapshots, type IndexSnapshot } from '../indices';
import { STORE_SCHEMA_VERSION, type FactStore } from '../types';
import { LibraryError } from './errors';
import { articleId, checkGivenId } from './ids';

export { LibraryError } from './errors';
export { LIBRARY_FILE } from './location';

/**
 * Every Discord server's own articles in one SQLite file: the article text as ingested, and its facts as the
 * folder cache keeps them (slimmed, with that article's part of the index snapshot), so a server's library
 * loads without extracting or normalising anything. Rows are keyed by (guild, id): no query ever reads
 * another server's rows, and ids are matched exactly.
 */

const SCHEMA_VERSION = 1;


export interface LibraryArticle {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  paragraphs: number;
  addedBy: string;
  addedAt: string;
}

export interface IngestInput {
  /** The article as the folder store reads it: optional front matter, then blank-line separated paragraphs. */
  text: string;
  /** What the user gave (file name or URL), for error messages and a title-less article's id. */
  name: string;
  addedBy: string;
  /** Kept as is when given (a folder's file names); else made from the title and the text's hash. */
  id?: string;
}

export interface Ingested {
  id: string;
  title: string | null;
  paragraphs: number;
  sentences: number;
  /** The same text was already in this server's library; nothing was written. */
  unchanged: boolean;
}

export interface GuildStore {
  store: FactStore;
  snapshot: IndexSnapshot;
  /** Articles whose stored text no longer reads as an article, each with a one-line reason (not served). */
  skipped: string[];
}

/** What a facts row holds (V8's serialisation: read 1.4–1.9× faster than the same as JSON) besides the slimmed facts: where the body starts in the stored text, and the article's index part. */
interface Payload {
  bodyStart: number;
  facts: ArticleFacts;
  snapshot: IndexSnapshot;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  guild TEXT NOT NULL, id TEXT NOT NULL, title TEXT, source TEXT, url TEXT, published TEXT,
  text TEXT NOT NULL, sha256 TEXT NOT NULL, paragraphs INTEGER NOT NULL, added_by TEXT NOT NULL, added_at TEXT NOT NULL,
  PRIMARY KEY (guild, id), UNIQUE (guild, sha256)
);
CREATE TABLE IF NOT EXISTS facts (
  guild TEXT NOT NULL, id TEXT NOT NULL, code TEXT NOT NULL, payload BLOB NOT NULL,
  PRIMARY KEY (guild, id), FOREIGN KEY (guild, id) REFERENCES articles (guild, id) ON DELETE CASCADE
);`;

const oneLine = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0]!;

export class Library {
  private constructor(
    private readonly db: Database.Database,
    readonly file: string,
  ) {}

  /** Opens (creating if need be) the library file; a damaged or foreign file is a LibraryError, never a crash later. */
  static open(file: string): Library {
    let db: Database.Database | undefined;
    try {
      db = new Database(file);
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000'); // the CLI may write while the bot reads
      db.exec(SCHEMA);
      const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
      if (!row) db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(SCHEMA_VERSION);
      else if (row.version !== SCHEMA_VERSION) throw new Error(`schema version ${row.version}, this Dossier reads ${SCHEMA_VERSION}`);
      return new Library(db, file);
    } catch (err) {
      db?.close();
      throw new LibraryError(`library ${file}: ${oneLine(err)}`);
    }
  }

  close(): void {
    this.db.close();
  }

  /** Whether a server has articles of its own (else it is served the default library). */
  has(guild: string): boolean {
    return this.guarded(() => this.db.prepare('SELECT 1 FROM articles WHERE guild = ? LIMIT 1').get(guild) !== undefined);
  }

  /** A server's articles, oldest first. */
  list(guild: string): LibraryArticle[] {
    const rows = this.guarded(
      () =>
        this.db
          .prepare('SELECT id, title, source, url, published, paragraphs, added_by, added_at FROM articles WHERE guild = ? ORDER BY rowid')
          .all(guild) as (Omit<LibraryArticle, 'addedBy' | 'addedAt'> & { added_by: string; added_at: string })[],
    );
    return rows.map(({ added_by, added_at, ...r }) => ({ ...r, addedBy: added_by, addedAt: added_at }));
  }

  /** Removes one article of one server by its exact id; false when that server has no such article. */
  remove(guild: string, id: string): boolean {
    return this.guarded(() => this.db.prepare('DELETE FROM articles WHERE guild = ? AND id = ?').run(guild, id).changes > 0);
  }

  /**
   * Reads, extracts and stores one article in one transaction: the same text again changes nothing, an id the
   * server already uses for another text is refused, and on any failure nothing is written.
   */
  async ingest(guild: string, input: IngestInput): Promise<Ingested> {
    const text = normalise(input.text, input.name);
    const hash = sha256(text);
    const known = this.guarded(() => this.db.prepare('SELECT id FROM articles WHERE guild = ? AND sha256 = ?').get(guild, hash) as { id: string } | undefined);
    const id = input.id !== undefined ? checkGivenId(input.id, input.name) : articleId(readArticle(text, 'article', input.name).title ?? input.name.replace(/\.\w{2,4}$/, ''), hash);
    if (known) {
      const article = readArticle(text, known.id, input.name);
      return { id: known.id, title: article.title, paragraphs: article.paragraphs.length, sentences: article.sentences.length, unchanged: true };
    }
    const article = readArticle(text, id, input.name);
    const facts = await extract(article, input.name);
    const payload = payloadOf(text, facts);
    this.guarded(() =>
      this.db.transaction(() => {
        const clash = this.db.prepare('SELECT sha256 FROM articles WHERE guild = ? AND id = ?').get(guild, id) as { sha256: string } | undefined;
        if (clash) throw new LibraryError(`${input.name}: this server's library already has an article "${id}" with other text; remove it first to replace it`);
        this.db
          .prepare('INSERT INTO articles (guild, id, title, source, url, published, text, sha256, paragraphs, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(guild, id, article.title, article.source, article.url, article.published, text, hash, article.paragraphs.length, input.addedBy, new Date().toISOString());
        this.db.prepare('INSERT INTO facts (guild, id, code, payload) VALUES (?, ?, ?, ?)').run(guild, id, codeFingerprint(), payload);
      })(),
    );
    return { id, title: article.title, paragraphs: article.paragraphs.length, sentences: article.sentences.length, unchanged: false };
  }

  /**
   * A server's store and index snapshot, or null when it has no articles. Facts written by other extraction
   * code, or damaged, are extracted again from the stored text (and rewritten); a text that no longer reads
   * as an article is skipped with its reason.
   */
  async load(guild: string): Promise<GuildStore | null> {
    const rows = this.guarded(
      () =>
        this.db
          .prepare('SELECT a.id, a.text, f.code, f.payload FROM articles a LEFT JOIN facts f ON f.guild = a.guild AND f.id = a.id WHERE a.guild = ? ORDER BY a.rowid')
          .all(guild) as { id: string; text: string; code: string | null; payload: Buffer | null }[],
    );
    if (!rows.length) return null;
    const articles: ArticleFacts[] = [];
    const parts: IndexSnapshot[] = [];
    const skipped: string[] = [];
    for (const row of rows) {
      let payload = row.code === codeFingerprint() ? restored(row.text, row.payload) : null;
      if (!payload) {
        try {
          payload = restored(row.text, await this.extractAgain(guild, row.id, row.text))!;
        } catch (err) {
          if (!(err instanceof LibraryError)) throw err;
          skipped.push(err.message);
          continue;
        }
      }
      articles.push(payload.facts);
      parts.push(payload.snapshot);
    }
    return { store: { schemaVersion: STORE_SCHEMA_VERSION, articles }, snapshot: joinSnapshots(parts), skipped };
  }

  /**
   * Extracts again, one article at a time, every article whose facts other extraction code wrote (after an
   * upgrade), so that no server's first question waits for it; the bot runs it once it is serving. Articles
   * that no longer read are left for `load` to report. Returns how many were brought up to date.
   */
  async refreshStale(): Promise<number> {
    const stale = this.guarded(
      () =>
        this.db
          .prepare('SELECT a.guild, a.id, a.text FROM articles a LEFT JOIN facts f ON f.guild = a.guild AND f.id = a.id WHERE f.code IS NOT ? ORDER BY a.rowid')
          .all(codeFingerprint()) as { guild: string; id: string; text: string }[],
    );
    let done = 0;
    for (const row of stale) {
      try {
        await this.extractAgain(row.guild, row.id, row.text);
        done++;
      } catch (err) {
        if (!(err instanceof LibraryError)) throw err;
      }
      await new Promise((resolve) => setImmediate(resolve)); // interactions go first
    }
    return done;
  }

  /** Extracts a stored article again and rewrites its facts row; the new row's payload. */
  private async extractAgain(guild: string, id: string, text: string): Promise<Buffer> {
    const payload = payloadOf(text, await extract(readArticle(text, id, id), id));
    this.guarded(() => this.db.prepare('INSERT OR REPLACE INTO facts (guild, id, code, payload) VALUES (?, ?, ?, ?)').run(guild, id, codeFingerprint(), payload));
    return payload;
  }

  /** Database failures (a damaged file, a full disk) as one-line LibraryErrors. */
  private guarded<T>(run: () => T): T {
    try {
      return run();
    } catch (err) {
      if (err instanceof LibraryError) throw err;
      throw new LibraryError(`library ${this.file}: ${oneLine(err)}`);
    }
  }
}

/** The text as stored and hashed: no byte-order mark, \n line endings; refused when it cannot be an article. */
function normalise(raw: string, name: string): string {
  if (Buffer.byteLength(raw) > MAX_ARTICLE_BYTES) throw new LibraryError(`${name}: too large (the limit is ${MAX_ARTICLE_BYTES / 1024 / 1024} MB)`);
  if (raw.includes('\0')) throw new LibraryError(`${name}: not a text file (it contains NUL bytes)`);
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function readArticle(text: string, id: string, name: string): Article {
  try {
    return parseArticle(text, id, name);
  } catch (err) {
    if (err instanceof ArticleError) throw new LibraryError(err.message);
    throw err;
  }
}

async function extract(article: Article, name: string): Promise<ArticleFacts> {
  try {
    // imported when first needed: a process that only serves stored libraries never loads the pipeline
    const { extractOffThread } = await import('../../extract/off-thread');
    return await extractOffThread(article);
  } catch (err) {
    throw new LibraryError(`${name}: extraction failed (${oneLine(err)})`);
  }
}

/** The facts row: slimmed as the folder cache slims them, the body left out (it is the end of the stored text). */
function payloadOf(text: string, facts: ArticleFacts): Buffer {
  const slim = slimFacts(facts) as { article: { text?: string } };
  delete slim.article.text;
  const snapshot = indexSnapshot({ schemaVersion: STORE_SCHEMA_VERSION, articles: [facts] });
  return serialize({ bodyStart: text.length - facts.article.text.length, facts: slim, snapshot });
}

/**
 * A facts row back to facts and index part, or null when it is damaged (then the caller extracts again). Rows
 * of other extraction code (JSON text before version 1's rows were V8 data) never reach here: their code differs.
 */
function restored(text: string, row: Buffer | null): Payload | null {
  if (!Buffer.isBuffer(row)) return null;
  try {
    const payload = deserialize(row) as Payload;
    const { facts, snapshot } = payload;
    if (!Number.isInteger(payload.bodyStart) || payload.bodyStart < 0 || payload.bodyStart > text.length) return null;
    if (!facts?.article || !Array.isArray(facts.actors) || !Array.isArray(facts.claims) || !Array.isArray(facts.dates) || !Array.isArray(facts.spin?.signals)) return null;
    facts.article.text = text.slice(payload.bodyStart);
    restoreFacts(facts);
    const fits =
      snapshot?.sentences === facts.article.sentences.length &&
      Array.isArray(snapshot.keys) &&
      Array.isArray(snapshot.gaps) &&
      snapshot.keys.length === snapshot.gaps.length &&
      Array.isArray(snapshot.surface);
    return fits ? payload : null;
  } catch {
    return null;
  }
}
