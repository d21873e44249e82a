/** The per-server library: isolation, exact ids, idempotent ingest, nothing written on failure, loads without extracting. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dossier } from '../../src/answer/dossier';
import { GuildLibraries } from '../../src/bot/libraries';
import { extractFacts } from '../../src/extract/pipeline';
import { parseArticle } from '../../src/article/read';
import { indexSnapshot, joinSnapshots, type IndexSnapshot } from '../../src/store/indices';
import { Library, LibraryError } from '../../src/store/library/library';
import { STORE_SCHEMA_VERSION } from '../../src/store/types';

const A = '100000000000000001';
const B = '100000000000000002';
const HARBOUR = '---\ntitle: Harbour reopens\nsource: Coast Courier\npublished: 2024-03-18\n---\nThe harbour reopened on Monday, the port authority said.\n\n"We are open again," said Jane Doe, the harbour master.\n';
const BRIDGE = '---\ntitle: Bridge closes\n---\nThe old bridge will close in May, the council said.\n\nEngineers found cracks in two pillars, according to a report.\n';

let dir: string;
let library: Library;

/** Every row of both tables, in order: what "the library did not change" compares. */
function dump(): string {
  const db = new Database(library.file, { readonly: true });
  try {
    return JSON.stringify([db.prepare('SELECT * FROM articles ORDER BY guild, id').all(), db.prepare('SELECT * FROM facts ORDER BY guild, id').all()]);
  } finally {
    db.close();
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-library-'));
  library = Library.open(join(dir, '.dossier-library.sqlite'));
});

afterAll(() => {
  library.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Library', () => {
  let harbourId: string;
  let bridgeId: string;

  it('keeps each server to its own articles', async () => {
    const a = await library.ingest(A, { text: HARBOUR, name: 'harbour.md', addedBy: 'u1' });
    const b = await library.ingest(B, { text: BRIDGE, name: 'bridge.md', addedBy: 'u2' });
    harbourId = a.id;
    bridgeId = b.id;
    expect(a).toMatchObject({ title: 'Harbour reopens', paragraphs: 2, unchanged: false });
    expect(a.id).toMatch(/^harbour-reopens-[0-9a-f]{8}$/);
    expect(library.list(A).map((r) => r.id)).toEqual([harbourId]);
    expect(library.list(B).map((r) => r.id)).toEqual([bridgeId]);
    expect(library.list(A)[0]).toMatchObject({ title: 'Harbour reopens', source: 'Coast Courier', published: '2024-03-18', paragraphs: 2, addedBy: 'u1' });
    const storeA = (await library.load(A))!.store;
    expect(storeA.articles.map((f) => f.article.id)).toEqual([harbourId]);
    expect(JSON.stringify(storeA)).not.toContain('bridge');
    expect(library.remove(B, harbourId)).toBe(false);
    expect(library.list(A)).toHaveLength(1);
  });

  it('matches ids exactly, never by prefix', async () => {
    const before = dump();
    expect(library.remove(A, harbourId.slice(0, -1))).toBe(false);
    expect(library.remove(A, 'harbour')).toBe(false);
    expect(dump()).toBe(before);
    const dossier = Dossier.fromStore((await library.load(A))!.store);
    expect(dossier.source({ paragraph: 1, article: 'harbour' }).answered).toBe(false);
    expect(dossier.source({ paragraph: 1, article: harbourId }).text + JSON.stringify(dossier.source({ paragraph: 1, article: harbourId }).citations)).toContain('The harbour reopened on Monday');
  });

  it('changes nothing when the same text comes again, under any name', async () => {
    const before = dump();
    const again = await library.ingest(A, { text: HARBOUR.replace(/\n/g, '\r\n'), name: 'other-name.md', addedBy: 'u3' });
    expect(again).toMatchObject({ id: harbourId, unchanged: true });
    expect(dump()).toBe(before);
  });

  it.each([
    ['an empty text', '', /no paragraphs/],
    ['NUL bytes', 'Text\0here.\n', /not a text file/],
    ['broken front matter', '---\ntitle Storm\n---\nBody.\n', /front matter/],
    ['too large', 'a'.repeat(3 * 1024 * 1024), /too large/],
  ])('refuses %s with one line and writes nothing', async (_label, text, reason) => {
    const before = dump();
    const err = await library.ingest(A, { text, name: 'bad.md', addedBy: 'u1' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect((err as Error).message).toMatch(reason);
    expect((err as Error).message).not.toContain('\n');
    expect(dump()).toBe(before);
  });

  it('refuses an id the server already uses for another text, and a given id that cannot be typed', async () => {
    await library.ingest(A, { text: BRIDGE, name: 'bridge.md', addedBy: 'u1', id: 'notes' });
    const before = dump();
    await expect(library.ingest(A, { text: HARBOUR.replace('Monday', 'Tuesday'), name: 'x.md', addedBy: 'u1', id: 'notes' })).rejects.toThrow(/already has an article "notes"/);
    await expect(library.ingest(A, { text: 'Fine text.\n', name: 'y.md', addedBy: 'u1', id: '../escape' })).rejects.toThrow(/cannot be an article id/);
    expect(dump()).toBe(before);
    // the same id in another server is that server's own business
    expect((await library.ingest(B, { text: HARBOUR.replace('Monday', 'Tuesday'), name: 'x.md', addedBy: 'u2', id: 'notes' })).unchanged).toBe(false);
    expect(library.remove(A, 'notes')).toBe(true);
    expect(library.remove(B, 'notes')).toBe(true);
  });

  it('joins per-article index parts into exactly the snapshot of the whole store', () => {
    const articles = [HARBOUR, BRIDGE].map((t, i) => extractFacts(parseArticle(t, `a${i}`)));
    const parts = articles.map((f) => indexSnapshot({ schemaVersion: STORE_SCHEMA_VERSION, articles: [f] }));
    const sorted = (s: IndexSnapshot) => ({ ...s, surface: [...s.surface].sort(), postings: s.keys.map((k, i) => [k, s.gaps[i]]).sort(), keys: [], gaps: [] });
    expect(sorted(joinSnapshots(parts))).toEqual(sorted(indexSnapshot({ schemaVersion: STORE_SCHEMA_VERSION, articles })));
  });

  it('extracts again a damaged facts row or one from other extraction code, from the stored text', async () => {
    const db = new Database(library.file);
    db.prepare('UPDATE facts SET payload = ? WHERE guild = ?').run('{"not": "facts"', A);
    db.prepare('UPDATE facts SET code = ? WHERE guild = ?').run('older-code', B);
    db.close();
    const a = (await library.load(A))!;
    expect(a.store.articles[0]!.article.paragraphs[0]!.text).toContain('The harbour reopened');
    expect(a.store.articles[0]!.claims.length).toBeGreaterThan(0);
    expect((await library.load(B))!.store.articles).toHaveLength(1);
    // rewritten: the next load reads them as stored
    expect(dump()).not.toContain('older-code');
    expect(dump()).not.toContain('"not"');
  });

  it('brings facts from other extraction code up to date in the background, and only those', async () => {
    const db = new Database(library.file);
    db.prepare('UPDATE facts SET code = ? WHERE guild = ?').run('older-code', A);
    db.close();
    const stale = library.list(A).length;
    expect(stale).toBeGreaterThan(0);
    expect(await library.refreshStale()).toBe(stale);
    expect(dump()).not.toContain('older-code');
    expect(await library.refreshStale()).toBe(0);
  });

  it('says in one line that a file is not a library', () => {
    const bogus = join(dir, 'bogus.sqlite');
    writeFileSync(bogus, 'this is not a database, just text long enough to have a header of sorts..........');
    expect(() => Library.open(bogus)).toThrow(LibraryError);
    expect(() => Library.open(bogus)).toThrow(/^library .*bogus\.sqlite: .*$/);
    expect(readFileSync(bogus, 'utf8')).toMatch(/^this is not a database/);
  });
});

describe('GuildLibraries', () => {
  it('serves the default library until a server adds its own, then only its own', async () => {
    const seed = Dossier.fromStore({ schemaVersion: STORE_SCHEMA_VERSION, articles: [extractFacts(parseArticle(BRIDGE, 'default-bridge'))] });
    const libraries = new GuildLibraries(library, seed, 2);
    const C = '100000000000000003';
    expect(await libraries.dossierFor(C)).toBe(seed);
    expect(await libraries.dossierFor(null)).toBe(seed);
    const { id } = await library.ingest(C, { text: HARBOUR, name: 'harbour.md', addedBy: 'u' });
    expect(await libraries.dossierFor(C)).toBe(seed); // cached until told
    libraries.invalidate(C);
    const own = await libraries.dossierFor(C);
    expect(own).not.toBe(seed);
    expect(own.store.articles.map((f) => f.article.id)).toEqual([id]);
    expect(await libraries.dossierFor(C)).toBe(own);
    // bounded by articles held (2): one more server of one article fits, a second pushes the oldest out
    expect(library.list(A)).toHaveLength(1);
    expect(library.list(B)).toHaveLength(1);
    const a = await libraries.dossierFor(A);
    expect([libraries.holds(C), libraries.holds(A), libraries.heldArticles]).toEqual([true, true, 2]);
    await libraries.dossierFor(B);
    expect([libraries.holds(C), libraries.holds(A), libraries.heldArticles]).toEqual([false, true, 2]);
    expect(await libraries.dossierFor(A)).toBe(a);
    expect(await libraries.dossierFor(C)).not.toBe(own);
    expect(libraries.holds(B)).toBe(false); // least recently used
    library.remove(C, id);
    libraries.invalidate(C);
    expect(await libraries.dossierFor(C)).toBe(seed);
  });

  it('keeps the most recently used server even when it alone holds more articles than the bound', async () => {
    const libraries = new GuildLibraries(library, Dossier.fromStore({ schemaVersion: STORE_SCHEMA_VERSION, articles: [] }), 1);
    const D = '100000000000000004';
    await library.ingest(D, { text: HARBOUR, name: 'harbour.md', addedBy: 'u' });
    await library.ingest(D, { text: BRIDGE, name: 'bridge.md', addedBy: 'u' });
    const d = await libraries.dossierFor(D);
    expect(d.store.articles).toHaveLength(2);
    expect([libraries.holds(D), libraries.heldArticles]).toEqual([true, 2]);
    expect(await libraries.dossierFor(D)).toBe(d);
    await libraries.dossierFor(A);
    expect([libraries.holds(D), libraries.holds(A), libraries.heldArticles]).toEqual([false, true, 1]);
  });
});
