/**
 * One library per server, end to end: the real discord.js client against the fake Discord, the real command
 * modules and Dossier, articles fetched from a local HTTP server on 127.0.0.1 serving saved news pages from
 * ../shared/bench/html-newspaper (skipped when absent). Loopback fetching is allowed only through the
 * explicit test settings passed in the bot's context.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { PermissionFlagsBits, type Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dossier } from '../../src/answer/dossier';
import { htmlToArticle } from '../../src/article/html';
import { createClient, startBot } from '../../src/bot/client';
import { loadConfig } from '../../src/bot/config';
import { GuildLibraries } from '../../src/bot/libraries';
import { loadCommands } from '../../src/bot/loader';
import { createLogger } from '../../src/bot/logger';
import { COMMANDS_DIR } from '../../src/bot/register';
import { Library } from '../../src/store/library/library';
import { interact, messageMenu, slash, withAttachment } from '../fake-discord/interactions';
import { FakeDiscord, GUILD_ID } from '../fake-discord/server';
import { unsafe } from '../hardening/harness';

const PAGES = resolve(process.env.DOSSIER_SHARED ?? '../shared', 'bench/html-newspaper/html');
const PAGE_A = 'al.com1.html';
const PAGE_B = 'apartmenttherapy.com1.html';
const TOKEN = 'dummy.library-e2e-token';
/** The default library's article is named by its opening words (it has no title). */
const SEED_OPENING = readFileSync('data/articles/000_561b48a65b5491d5.txt', 'utf8').split(/\s+/).slice(0, 4).join(' ');
const GUILD_A = GUILD_ID;
const GUILD_B = '900000000000000222';
const MANAGER = String(PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages);
const MEMBER = String(PermissionFlagsBits.SendMessages);

type Json = Record<string, unknown>;

let dir: string;
let fake: FakeDiscord;
let client: Client;
let pages: Server;
let base: string;
let library: Library;
let users = 0;

/** The interaction as sent in `guild`, by a fresh user (so no cooldown answers instead) with `permissions`. */
function as(payload: Json, guild: string, permissions = MANAGER): Json {
  const member = payload.member as { user: Json; permissions: string };
  member.user = { ...member.user, id: String(1_700_000_000_000_000_000n + BigInt(users++)) };
  member.permissions = permissions;
  return { ...payload, guild_id: guild, channel: { ...(payload.channel as Json), guild_id: guild }, authorizing_integration_owners: { '0': guild } };
}

async function run(payload: Json): Promise<{ content: string; body: string }> {
  const out = await interact(fake, payload, 15_000);
  expect(unsafe(out.final)).toEqual([]);
  // Markdown escapes render invisibly: compare what the reader sees
  return { content: String(out.final.content ?? '').replace(/\\/g, ''), body: JSON.stringify(out.final).replace(/\\\\/g, '') };
}

/** Every row of the library: what "nothing stored" compares. */
function dump(): string {
  const db = new Database(library.file, { readonly: true });
  try {
    return JSON.stringify([db.prepare('SELECT guild, id, sha256 FROM articles ORDER BY guild, id').all(), db.prepare('SELECT guild, id FROM facts ORDER BY guild, id').all()]);
  } finally {
    db.close();
  }
}

const idIn = (reply: string) => /as `([^`]+)`/.exec(reply)?.[1];
/** The first paragraph of a page as the HTML reader gives it, to look for in answers. */
const lead = (page: string) => htmlToArticle(readFileSync(join(PAGES, page), 'utf8')).paragraphs[0]!.slice(0, 40);

describe.skipIf(!existsSync(PAGES))('one library per server, through the fake Discord', () => {
  let idA: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-library-e2e-'));
    copyFileSync('data/articles/000_561b48a65b5491d5.txt', join(dir, '000_seed.txt'));
    pages = createServer((req, res) => {
      const url = req.url ?? '/';
      if (url === '/private-redirect') return void res.writeHead(302, { location: 'http://192.168.1.10/story' }).end();
      if (url === '/huge') {
        // 200 MB if nobody stops reading; the fetcher must stop long before
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(1024 * 1024, 'a');
        let sent = 0;
        const more = () => {
          while (sent < 200 && !res.destroyed) {
            sent++;
            if (!res.write(chunk)) return void res.once('drain', more);
          }
          res.end();
        };
        return more();
      }
      const file = join(PAGES, url.slice(1));
      if (/^\/[\w.-]+\.html$/.test(url) && existsSync(file)) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
      res.writeHead(404).end();
    });
    pages.listen(0, '127.0.0.1');
    await new Promise((r) => pages.once('listening', r));
    base = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;

    fake = await FakeDiscord.start({ token: TOKEN });
    const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, DATA_DIR: dir });
    const logger = createLogger('warn', [TOKEN], new Writable({ write: (_c, _e, done) => done() }));
    library = Library.open(config.libraryDb);
    const fallback = (await Dossier.load(dir)).dossier;
    const libraries = new GuildLibraries(library, fallback, 4, logger);
    // the only place loopback fetching is allowed: this test's explicit settings
    const fetch = { article: { allowLoopback: true }, attachment: { allowLoopback: true, cdnOrigin: new URL(fake.attachmentBase).origin } };
    client = createClient(config);
    await startBot(client, await loadCommands(COMMANDS_DIR, logger), { dossier: fallback, config, logger, libraries, fetch });
  }, 60_000);

  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
    pages?.close();
    library?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('/ingest url: adds a page to the server that asked, and only to it', async () => {
    const reply = await run(as(slash('ingest', { url: `${base}/${PAGE_A}` }), GUILD_A));
    expect(reply.content).toMatch(/^Added .* to this server’s library as/);
    idA = idIn(reply.content)!;
    expect(idA).toBeTruthy();
    expect(library.list(GUILD_A).map((a) => a.id)).toEqual([idA]);
    expect(library.list(GUILD_B)).toEqual([]);

    const sourceA = await run(as(slash('source', { paragraph: 1, article: idA }), GUILD_A, MEMBER));
    expect(sourceA.body).toContain(lead(PAGE_A).slice(0, 20));
    const sourceB = await run(as(slash('source', { paragraph: 1, article: idA }), GUILD_B, MEMBER));
    expect(sourceB.body).toMatch(/No article/);
    expect(sourceB.body).not.toContain(lead(PAGE_A).slice(0, 20));
    const listB = await run(as(slash('library', {}), GUILD_B, MEMBER));
    expect(listB.content).toMatch(/no articles of its own/);
    // guild B is still served the default library (the seed), never A's article
    const askB = await run(as(slash('ask', { question: 'Who said what?' }), GUILD_B, MEMBER));
    expect(askB.body).not.toContain(idA);
    expect(askB.body).toContain(SEED_OPENING);
  });

  it('"Add to library" fetches the first link of a message into that server only', async () => {
    const before = library.list(GUILD_A);
    const reply = await run(as(messageMenu('Add to library', `have a look: <${base}/${PAGE_B}>, thanks`), GUILD_B));
    expect(reply.content).toMatch(/^Added /);
    const idB = idIn(reply.content)!;
    expect(library.list(GUILD_B).map((a) => a.id)).toEqual([idB]);
    expect(library.list(GUILD_A)).toEqual(before);
    const listA = await run(as(slash('library', {}), GUILD_A, MEMBER));
    expect(listA.content).toContain(idA);
    expect(listA.content).not.toContain(idB);
    const sourceA = await run(as(slash('source', { paragraph: 1, article: idB }), GUILD_A, MEMBER));
    expect(sourceA.body).toMatch(/No article/);
  });

  it('the same page again changes nothing', async () => {
    const before = dump();
    const reply = await run(as(slash('ingest', { url: `${base}/${PAGE_A}` }), GUILD_A));
    expect(reply.content).toMatch(/already in this server’s library/);
    expect(dump()).toBe(before);
  });

  it('refuses members without Manage Server, and stores nothing', async () => {
    const before = dump();
    for (const payload of [slash('ingest', { url: `${base}/${PAGE_B}` }), messageMenu('Add to library', `${base}/${PAGE_B}`), slash('library', {})]) {
      if ((payload.data as Json).name === 'library') (payload.data as Json).options = [{ name: 'remove', type: 1, options: [{ name: 'id', type: 3, value: idA }] }];
      const reply = await run(as(payload, GUILD_A, MEMBER));
      expect(reply.content).toMatch(/Manage Server/);
    }
    expect(dump()).toBe(before);
  });

  it.each([
    ['a private address', () => 'http://10.1.2.3/story', /refused|private|not public/i],
    ['a redirect to a private address', () => `${base}/private-redirect`, /refused|private|not public/i],
    ['a 200 MB body', () => `${base}/huge`, /too large|limit/i],
    ['not a link', () => 'file:///etc/passwd', /only http/i],
  ])('refuses %s with one line and stores nothing', async (_label, url, reason) => {
    const before = dump();
    const reply = await run(as(slash('ingest', { url: url() }), GUILD_A));
    expect(reply.content).toMatch(/^Not ingested: /);
    expect(reply.content).toMatch(reason);
    expect(reply.content).not.toContain('\n');
    expect(dump()).toBe(before);
  });

  it('refuses an attachment that is not on Discord’s CDN, and stores nothing', async () => {
    const before = dump();
    const payload = withAttachment(fake, 'ingest', 'file', 'story.md', Buffer.from('A paragraph.\n'), MANAGER);
    const attachments = ((payload.data as Json).resolved as { attachments: Record<string, Json> }).attachments;
    for (const a of Object.values(attachments)) a.url = a.proxy_url = `${base}/story.md`;
    const reply = await run(as(payload, GUILD_A));
    expect(reply.content).toMatch(/^Not ingested: .*not Discord/);
    expect(dump()).toBe(before);
  });

  it('/ingest file: reads an attachment from Discord’s CDN', async () => {
    const payload = withAttachment(fake, 'ingest', 'file', 'harbour.md', Buffer.from('---\ntitle: Harbour reopens\n---\nThe harbour reopened on Monday, the port authority said.\n'), MANAGER);
    const reply = await run(as(payload, GUILD_A));
    expect(reply.content).toMatch(/Added “Harbour reopens”/);
    expect(library.list(GUILD_A)).toHaveLength(2);
  });

  it('/library remove takes exact ids only; removing its last article gives a server the default library back', async () => {
    const remove = (id: string) => {
      const payload = slash('library', {});
      (payload.data as Json).options = [{ name: 'remove', type: 1, options: [{ name: 'id', type: 3, value: id }] }];
      return payload;
    };
    const [idB] = library.list(GUILD_B).map((a) => a.id);
    expect((await run(as(remove(idB!.slice(0, -2)), GUILD_B))).content).toMatch(/has no article/);
    expect((await run(as(remove(idA), GUILD_B))).content).toMatch(/has no article/);
    expect(library.list(GUILD_A).map((a) => a.id)).toContain(idA);
    expect((await run(as(remove(idB!), GUILD_B))).content).toMatch(/^Removed/);
    const listB = await run(as(slash('library', {}), GUILD_B, MEMBER));
    expect(listB.content).toMatch(/no articles of its own/);
    const sourceB = await run(as(slash('source', { paragraph: 1 }), GUILD_B, MEMBER));
    expect(sourceB.body).toContain(SEED_OPENING);
  });
});
