import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { sentenceSource } from '../article/source';
import type { Article, Paragraph, Sentence, Source } from '../article/types';
import type { ArticleFacts, Mention } from '../extract/types';
import { PACKAGE_ROOT } from '../paths';
import { readArticleFolder, type FolderFile } from './files';
import { indexSnapshot, snapshotFits, type IndexSnapshot } from './indices';
import { cacheSecret } from './secret';
import { removeStaleTemps } from './stale-files';
import { STORE_SCHEMA_VERSION, type FactStore } from './types';

/**
 * The cache file beside the articles: a header line (versions, key, skipped files, and a checksum of those and
 * the rest: an HMAC-SHA256 keyed with the installation's secret, so an edited cache cannot pass), then
 * the payload as JSON lines (one per article, then the index snapshot): the store, with every text that is a slice of the article body left out (sentences,
 * paragraphs, mentions, claims, dates, spin signals: sliced again on load), and the index snapshot. This module reads and writes it without
 * loading the extraction pipeline, so a process served from the cache never pays for it.
 */

/** The built store is cached beside the articles; dot-files are never read as articles. */
export const CACHE_FILE = '.dossier-cache.json';
/** Bump when the file's layout changes (the store's own shape has STORE_SCHEMA_VERSION). */
const CACHE_FORMAT = 8;

export interface BuildResult {
  store: FactStore;
  /** Files that could not be read, each with a one-line reason naming the file. */
  skipped: string[];
}

export interface LoadResult extends BuildResult {
  /** How the store was obtained: read from a valid cache, or extracted (and the cache rewritten). */
  from: 'cache' | 'extraction';
  /** Why an existing cache was not used (stale, corrupt, other version), if it was not. */
  cacheProblem: string | null;
  /** The index's per-sentence keys, read from the cache or worked out once for writing it. */
  snapshot: IndexSnapshot;
}

/** What a cache was checked against: the folder's files as read once (a rebuild extracts exactly these), their key, and the secret. */
interface FolderState {
  key: string;
  files: FolderFile[];
  secret: Buffer;
}

export type CacheRead = FolderState & ({ store: FactStore; skipped: string[]; snapshot: IndexSnapshot } | { problem: string | null });

const headerSchema = z.object({
  format: z.literal(CACHE_FORMAT),
  schemaVersion: z.literal(STORE_SCHEMA_VERSION),
  key: z.string(),
  checksum: z.string(),
  skipped: z.array(z.string()),
});
/** An array, checked without zod copying it: the payload has a few hundred thousand small objects. */
const list = z.custom<unknown[]>((v) => Array.isArray(v), 'expected an array');
const storeSchema = z.object({
  schemaVersion: z.literal(STORE_SCHEMA_VERSION),
  articles: z.array(
    z.looseObject({
      article: z.looseObject({ id: z.string(), text: z.string(), sentences: list, paragraphs: list }),
      actors: list,
      claims: list,
      dates: list,
      spin: z.looseObject({ signals: list }),
    }),
  ),
});

/** The checksum of a cache: keyed, and over the header's key and skipped files as well as the payload. */
const checksum = (secret: Buffer, key: string, skipped: readonly string[], payload: string | Buffer) =>
  createHmac('sha256', secret).update(key).update('\0').update(JSON.stringify(skipped)).update('\0').update(payload).digest();

export const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Source of the code that decides what a store holds: a change to it makes old caches stale. */
export const codeFingerprint = (() => {
  let cached: string | null = null;
  return () => {
    if (cached !== null) return cached;
    // the sources, also when the build runs: a built process and a tsx one share the cache
    const src = join(PACKAGE_ROOT, 'src');
    const hash = createHash('sha256');
    for (const folder of ['article', 'extract', 'lexicon', 'store']) {
      for (const file of readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' }).sort()) {
        if (!file.endsWith('.ts')) continue;
        hash.update(file).update(readFileSync(join(src, folder, file)));
      }
    }
    return (cached = hash.digest('hex'));
  };
})();

/** What the cache must match: the article files' names and bytes (as read, once), and the extraction code. */
function cacheKey(files: readonly FolderFile[]): string {
  const hash = createHash('sha256').update(codeFingerprint()).update(String(STORE_SCHEMA_VERSION));
  for (const f of files) hash.update(f.name).update('\0').update(f.bytes ?? `too large: ${f.size}`).update('\0');
  return hash.digest('hex');
}

/**
 * The folder's cache if it is valid for the articles as they are now, else why not. The files are read once,
 * here: a rebuild extracts these same bytes, so the cache it writes describes exactly what it holds.
 */
export function readCache(dir: string): CacheRead {
  removeStaleTemps(dir);
  const files = readArticleFolder(dir);
  const state: FolderState = { key: cacheKey(files), files, secret: cacheSecret(dir) };
  let file: Buffer;
  try {
    file = readFileSync(join(dir, CACHE_FILE));
  } catch {
    return { ...state, problem: null }; // no cache yet
  }
  const problem = (problem: string) => ({ ...state, problem });
  const newline = file.indexOf(NEWLINE);
  try {
    const header = headerSchema.safeParse(JSON.parse(file.toString('utf8', 0, newline)));
    if (!header.success) return problem('cache from another version');
    if (header.data.key !== state.key) return problem('cache is stale (articles or code changed)');
    const expected = checksum(state.secret, header.data.key, header.data.skipped, file.subarray(newline + 1));
    const given = Buffer.from(header.data.checksum, 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return problem('cache is corrupt or forged (checksum mismatch)');
    const parsed = parseLines(file, newline + 1);
    // checked, not copied: zod's parsed copy would double the store while both are alive
    if (!storeSchema.safeParse(parsed.store).success) return problem('cache is corrupt (unexpected shape)');
    const restored = parsed.store as FactStore;
    restored.articles.forEach(restoreFacts);
    if (!parsed.index || !snapshotFits(parsed.index, restored)) return problem('cache is corrupt (index does not fit the store)');
    return { ...state, store: restored, skipped: header.data.skipped, snapshot: parsed.index };
  } catch {
    return problem('cache is corrupt (not JSON, or values out of place)');
  }
}

const NEWLINE = 0x0a; // never inside a JSON text, nor inside a multi-byte UTF-8 character

/**
 * The payload, one JSON line per article and the index snapshot last, decoded a line at a time: the file is
 * never one 50 MB string (a two-byte string twice the file's size) with a parse of it all alive at once.
 */
function parseLines(file: Buffer, from: number): { store: unknown; index?: IndexSnapshot } {
  const lines: unknown[] = [];
  for (let at = from; at < file.length; ) {
    const end = file.indexOf(NEWLINE, at);
    const stop = end < 0 ? file.length : end;
    lines.push(JSON.parse(file.toString('utf8', at, stop)));
    at = stop + 1;
  }
  const last = lines.pop() as { schemaVersion?: unknown; index?: IndexSnapshot } | undefined;
  return { store: { schemaVersion: last?.schemaVersion, articles: lines }, index: last?.index };
}

/** A freshly built store with its snapshot, the cache rewritten (atomically) unless told not to. */
export function saveBuilt(dir: string, read: CacheRead, built: BuildResult, opts: { writeCache?: boolean }): LoadResult {
  const snapshot = indexSnapshot(built.store);
  if (opts.writeCache !== false) writeCache(join(dir, CACHE_FILE), read, built, snapshot);
  return { ...built, snapshot, from: 'extraction', cacheProblem: 'problem' in read ? read.problem : null };
}

export function fromCache(read: CacheRead): LoadResult | null {
  return 'store' in read ? { store: read.store, skipped: read.skipped, snapshot: read.snapshot, from: 'cache', cacheProblem: null } : null;
}

/** A span's text left out where it is exactly the slice of the body its offsets claim. */
type Spanned = { start: number; end: number; text: string };
const slimSpan = <T extends Spanned>(body: string, p: T) => (body.slice(p.start, p.end) === p.text ? { ...p, text: undefined } : p);

/**
 * The most numerous spans (sentences, paragraphs, mentions) as one flat array of numbers each: JSON.parse then
 * makes one array instead of an object per span, and the objects are made by one loop V8 can allocate
 * straight into the old generation. A list with a span that is not a plain slice stays a list of objects.
 */
interface FlatCodec<T extends Spanned> {
  width: number;
  /** The span's numbers, or null when it cannot be rebuilt from them (then the list stays objects). */
  encode(p: T, i: number): number[] | null;
  decode(n: readonly number[], at: number, i: number, body: string): T;
}
const SENTENCES: FlatCodec<Sentence> = {
  width: 3,
  encode: (s, i) => (s.index === i ? [s.paragraph, s.start, s.end] : null),
  decode: (n, at, i, body) => ({ index: i, paragraph: n[at]!, start: n[at + 1]!, end: n[at + 2]!, text: body.slice(n[at + 1], n[at + 2]) }),
};
const PARAGRAPHS: FlatCodec<Paragraph> = {
  width: 2,
  encode: (p, i) => (p.index === i + 1 ? [p.start, p.end] : null),
  decode: (n, at, i, body) => ({ index: i + 1, start: n[at]!, end: n[at + 1]!, text: body.slice(n[at], n[at + 1]) }),
};
const MENTIONS: FlatCodec<Mention> = {
  width: 4,
  encode: (m) => [m.start, m.end, m.paragraph, m.sentence],
  decode: (n, at, _i, body) => ({ start: n[at]!, end: n[at + 1]!, text: body.slice(n[at], n[at + 1]), paragraph: n[at + 2]!, sentence: n[at + 3]! }),
};

function flatten<T extends Spanned>(body: string, list: T[], codec: FlatCodec<T>): number[] | T[] {
  const flat: number[] = [];
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!;
    const numbers = body.slice(p.start, p.end) === p.text ? codec.encode(p, i) : null;
    if (!numbers) return list;
    flat.push(...numbers);
  }
  return flat;
}

/** The spans back from flatten's numbers (or its objects, checked); anything else makes the cache corrupt. */
function unflatten<T extends Spanned>(body: string, list: unknown, codec: FlatCodec<T>): T[] {
  if (!Array.isArray(list)) throw new Error('cache: a list expected');
  if (list.length === 0 || typeof list[0] !== 'number') {
    for (const p of list as T[]) if (typeof p.start !== 'number' || typeof p.end !== 'number' || typeof p.text !== 'string') throw new Error('cache: a span expected');
    return list as T[];
  }
  if (list.length % codec.width !== 0 || !list.every(Number.isInteger)) throw new Error('cache: span numbers expected');
  const out: T[] = [];
  for (let at = 0, i = 0; at < list.length; at += codec.width, i++) out.push(codec.decode(list as number[], at, i, body));
  return out.slice(); // exact size: an actor's few mentions would otherwise keep 17 slots or more
}

/** A fact's Source left out (as its sentence's number) where it is the whole sentence, as extraction makes it. */
const slimSource = (article: Article, source: Source): Source | number =>
  sameSource(source, sentenceSource(article, article.sentences[source.sentence] ?? article.sentences[0]!)) ? source.sentence : source;
const sameSource = (a: Source, b: Source) => a.article === b.article && a.paragraph === b.paragraph && a.sentence === b.sentence && a.start === b.start && a.end === b.end;

/**
 * The facts of one article without what can be derived from its body and sentences: sentences, paragraphs,
 * mentions, claims, dates and spin signals carry verbatim article text, and facts cite whole sentences, so the
 * cache holds offsets and sentence numbers only (a third less to parse at every start).
 */
export function slimFacts(f: ArticleFacts): unknown {
  const { article } = f;
  const body = article.text;
  const span = <T extends Spanned>(p: T) => slimSpan(body, p);
  return {
    ...f,
    article: { ...article, sentences: flatten(body, article.sentences, SENTENCES), paragraphs: flatten(body, article.paragraphs, PARAGRAPHS) },
    actors: f.actors.map((a) => ({
      ...a,
      descriptionSource: a.descriptionSource && slimSource(article, a.descriptionSource),
      mentions: flatten(body, a.mentions, MENTIONS),
    })),
    claims: f.claims.map((c) => ({ ...span(c), source: slimSource(article, c.source), paragraph: c.paragraph === c.source.paragraph ? undefined : c.paragraph })),
    dates: f.dates.map((d) => ({ ...span(d), source: slimSource(article, d.source) })),
    spin: { ...f.spin, signals: f.spin.signals.map(span) },
  };
}

/**
 * Puts back what slimFacts left out; offsets or sentence numbers that are not numbers make the cache corrupt.
 * Short texts the facts repeat (kinds, cues, names as mentioned, speakers' ids) come back as one string each: read
 * back, every field would hold its own copy, and a bot keeps a hundred servers' facts.
 */
export function restoreFacts(f: ArticleFacts): void {
  const { article } = f;
  const body = article.text;
  const number = (n: unknown) => {
    if (typeof n !== 'number') throw new Error('cache: a number expected');
    return n;
  };
  const shared = new Map<string, string>();
  const share = <T>(s: T): T => {
    if (typeof s !== 'string') return s;
    const known = shared.get(s);
    if (known !== undefined) return known as T;
    shared.set(s, s);
    return s;
  };
  const text = (p: Spanned) => (p.text = share(p.text ?? body.slice(number(p.start), number(p.end))));
  article.sentences = unflatten(body, article.sentences, SENTENCES);
  article.paragraphs = unflatten(body, article.paragraphs, PARAGRAPHS);
  // facts of one sentence share its Source object
  const sources: Source[] = [];
  const source = (s: Source | number): Source => {
    if (typeof s !== 'number') return s;
    const sentence = article.sentences[s];
    if (!sentence) throw new Error('cache: no such sentence');
    return (sources[s] ??= sentenceSource(article, sentence));
  };
  for (const a of f.actors) {
    if (a.descriptionSource !== null) a.descriptionSource = source(a.descriptionSource);
    a.mentions = unflatten(body, a.mentions, MENTIONS);
    a.mentions.forEach(text);
    a.id = share(a.id);
    a.type = share(a.type);
    a.name = share(a.name);
    a.description = share(a.description);
    if (Array.isArray(a.aliases)) a.aliases = a.aliases.map(share);
  }
  for (const d of f.dates) {
    text(d);
    d.source = source(d.source);
    d.id = share(d.id);
    d.kind = share(d.kind);
    d.value = share(d.value);
  }
  for (const c of f.claims) {
    text(c);
    c.source = source(c.source);
    c.paragraph ??= c.source.paragraph;
    c.kind = share(c.kind);
    c.speaker = share(c.speaker);
    c.speakerId = share(c.speakerId);
    c.cue = share(c.cue);
    c.cueLemma = share(c.cueLemma);
    c.date = share(c.date);
    c.dateId = share(c.dateId);
  }
  for (const signal of f.spin.signals) {
    text(signal);
    signal.original = share(signal.original);
  }
}

/** Writes to a temporary file and renames it over the cache, so a reader never sees half a file. */
function writeCache(path: string, { key, secret }: FolderState, built: BuildResult, snapshot: IndexSnapshot): void {
  const lines = built.store.articles.map((f) => JSON.stringify(slimFacts(f)));
  const payload = [...lines, JSON.stringify({ schemaVersion: built.store.schemaVersion, index: snapshot })].join('\n');
  const header = { format: CACHE_FORMAT, schemaVersion: STORE_SCHEMA_VERSION, key, checksum: checksum(secret, key, built.skipped, payload).toString('hex'), skipped: built.skipped };
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, `${JSON.stringify(header)}\n${payload}`);
    renameSync(tmp, path);
  } catch {
    rmSync(tmp, { force: true }); // a read-only data folder just goes without a cache
  }
}
