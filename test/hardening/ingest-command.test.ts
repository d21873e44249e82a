/** /ingest through the fake Discord: managers only, the same validation as the CLI, the server's library untouched on failure and the bundled folder never written. */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dossier } from '../../src/answer/dossier';
import { GuildLibraries } from '../../src/bot/libraries';
import { Library } from '../../src/store/library/library';
import { interact, slash, withAttachment } from '../fake-discord/interactions';
import { GUILD_ID } from '../fake-discord/server';
import { startHarness, unsafe, type Harness } from './harness';

const MANAGER = String(PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages);
const MEMBER = String(PermissionFlagsBits.SendMessages);
let dir: string;
let h: Harness;

let library: Library;

/** The bundled folder's files (never written by /ingest) and this server's library. */
const snapshot = () => ({
  folder: Object.fromEntries(readdirSync(dir).filter((f) => !f.startsWith('.dossier-')).sort().map((f) => [f, readFileSync(join(dir, f)).toString('base64')])),
  library: library.list(GUILD_ID),
});

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-ingest-cmd-'));
  copyFileSync('data/articles/000_561b48a65b5491d5.txt', join(dir, '000_seed.txt'));
  const fallback = (await Dossier.load(dir)).dossier;
  h = await startHarness(fallback, 'warn', dir);
  library = Library.open(h.config.libraryDb);
  h.ctx.libraries = new GuildLibraries(library, fallback, 4);
  // the fake's attachment server stands in for Discord's CDN, on loopback: allowed here only
  h.ctx.fetch = { article: {}, attachment: { allowLoopback: true, cdnOrigin: new URL(h.fake.attachmentBase).origin } };
});

afterAll(async () => {
  await h?.stop();
  library?.close();
  rmSync(dir, { recursive: true, force: true });
});

let users = 0;

async function ingest(name: string, content: string | Buffer, permissions = MANAGER) {
  const payload = withAttachment(h.fake, 'ingest', 'file', name, Buffer.from(content), permissions);
  // A new manager each time, so the per-user cooldown does not answer instead.
  const member = payload.member as { user: Record<string, unknown> };
  member.user = { ...member.user, id: String(1_600_000_000_000_000_000n + BigInt(users++)) };
  const out = await interact(h.fake, payload, 10_000);
  expect(unsafe(out.final)).toEqual([]);
  return String(out.final.content ?? '');
}

describe('/ingest', () => {
  it('is registered for server managers only', async () => {
    const { default: command } = await import('../../commands/ingest');
    expect(command.data.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
  });

  it('refuses a member without Manage Server, even if the command is shown to them', async () => {
    const before = snapshot();
    expect(await ingest('sneaky.md', 'A paragraph.\n', MEMBER)).toMatch(/Manage Server/);
    expect(snapshot()).toEqual(before);
  });

  it.each([
    ['empty.md', '', /no paragraphs/],
    ['binary.txt', Buffer.from([0, 1, 2, 0xff]), /not a text file/],
    ['broken.md', '---\ntitle Storm\n---\nBody.\n', /front matter/],
    ['notes.pdf', 'Text.\n', /not an article file/],
    ['../../escape.md', 'Text.\n', /Not ingested|Added/],
  ])('refuses %s with a clear reply naming it, and leaves folder and library as they were', async (name, content, reason) => {
    const before = snapshot();
    const reply = await ingest(name, content);
    expect(reply).toMatch(reason);
    if (!/Added/.test(reply)) expect(snapshot()).toEqual(before);
    // Whatever the name, nothing is written outside the data folder.
    expect(readdirSync(join(dir, '..')).includes('escape.md')).toBe(false);
  });

  it('adds a valid article, and the next answer can cite it', async () => {
    const reply = await ingest('harbour.md', '---\ntitle: Harbour reopens\n---\nThe harbour reopened on Monday, the port authority said.\n');
    expect(reply).toMatch(/Added “Harbour reopens”/);
    const added = library.list(GUILD_ID).find((a) => a.title === 'Harbour reopens');
    expect(added?.title).toBe('Harbour reopens');
    expect(readdirSync(dir).filter((f) => !f.startsWith('.'))).toEqual(['000_seed.txt']);
    const about = await interact(h.fake, slash('source', { paragraph: 1, article: added!.id }));
    expect(JSON.stringify(about.final.embeds)).toContain('The harbour reopened on Monday');
  });
});
