/**
 * Choosing and naming articles through the real discord.js client, a local fake Discord and the real answer
 * layer over a library of two articles: the bundled (untitled) seed and an invented titled one.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dossier } from '../../src/answer/dossier';
import { createClient, startBot } from '../../src/bot/client';
import { loadConfig } from '../../src/bot/config';
import { loadCommands } from '../../src/bot/loader';
import { createLogger } from '../../src/bot/logger';
import { COMMANDS_DIR } from '../../src/bot/register';
import { limitViolations, type MessageShape } from '../../src/render/discord/limits';
import { autocomplete, interact, slash } from '../fake-discord/interactions';
import { BOT_ID, FakeDiscord, GUILD_ID } from '../fake-discord/server';

const TOKEN = 'dummy.articles-e2e-token';
const SEED_ID = '000_561b48a65b5491d5';
const TITLED_ID = 'harbour-reopens';
const TITLED = [
  '---',
  'title: "Harbour reopens after storm"',
  'source: Coastal Courier',
  'published: 2024-03-05',
  'url: https://example.org/harbour-reopens',
  '---',
  'The harbour of Port Wendle reopened on Tuesday after a storm closed it for three days.',
  '',
  'Harbour master Ada Quill said the quays were safe again. "We checked every mooring," she said.',
  '',
  'Fishing crews returned to sea on Wednesday.',
  '',
].join('\n');

let dir: string;
let fake: FakeDiscord;
let client: Client;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-articles-e2e-'));
  copyFileSync(`data/articles/${SEED_ID}.txt`, join(dir, `${SEED_ID}.txt`));
  writeFileSync(join(dir, `${TITLED_ID}.md`), TITLED);
  const { dossier } = await Dossier.load(dir);
  fake = await FakeDiscord.start({ token: TOKEN });
  const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, DISCORD_CLIENT_ID: BOT_ID, DISCORD_GUILD_ID: GUILD_ID });
  const logger = createLogger('silent');
  client = createClient(config);
  await startBot(client, await loadCommands(COMMANDS_DIR, logger), { dossier, config, logger });
}, 60_000);

afterAll(async () => {
  await client?.destroy();
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type Embed = { title?: string; url?: string; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string } };

async function embedOf(name: string, options: Record<string, string | number>): Promise<Embed> {
  const out = await interact(fake, slash(name, options));
  expect(limitViolations(out.final as MessageShape)).toEqual([]);
  return (out.final.embeds as Embed[])[0]!;
}

/** What a person reads: everything in the embed (custom_ids, which carry ids for machines, are not shown). */
const shown = (e: Embed): string => JSON.stringify(e);

describe('choosing and naming articles in a library of two', () => {
  it('/source without article asks which, naming both articles, never by id', async () => {
    const e = await embedOf('source', { paragraph: 2 });
    expect(e.title).toBe('Which article?');
    expect(e.description).toMatch(/article option/);
    expect(shown(e)).toContain('Harbour reopens after storm · Coastal Courier · 2024-03-05');
    expect(shown(e)).toContain('“In a wooded space');
    expect(shown(e)).not.toContain(SEED_ID);
    expect(shown(e)).not.toContain(TITLED_ID);
  });

  it('/source with article answers from that article, titled and linked', async () => {
    const e = await embedOf('source', { paragraph: 2, article: TITLED_ID });
    expect(e.title).toBe('Harbour reopens after storm · Coastal Courier · 2024-03-05 ¶2');
    expect(e.url).toBe('https://example.org/harbour-reopens');
    expect(e.fields?.[0]?.value).toBe('> Harbour master Ada Quill said the quays were safe again. "We checked every mooring," she said.');
    expect(e.footer?.text).toContain('Harbour reopens after storm');
  });

  it('autocompletes the article option by title, values exact ids', async () => {
    const out = await interact(fake, autocomplete('source', 'article', 'harb'));
    expect(out.callback.data?.choices).toEqual([{ name: 'Harbour reopens after storm · Coastal Courier · 2024-03-05', value: TITLED_ID }]);
    const words = await interact(fake, autocomplete('ask', 'article', 'storm'));
    expect((words.callback.data?.choices as { value: string }[]).map((c) => c.value)).toEqual([TITLED_ID]);
    const all = await interact(fake, autocomplete('timeline', 'article', ''));
    expect((all.callback.data?.choices as { value: string }[]).map((c) => c.value).sort()).toEqual([SEED_ID, TITLED_ID]);
  });

  it('a prefix of an id finds no article: it says so and lists the articles by name', async () => {
    for (const [name, options] of [
      ['source', { paragraph: 1, article: '000_5' }],
      ['ask', { question: 'Who reopened the harbour?', article: '000_5' }],
      ['brief', { article: 'harbour' }],
    ] as const) {
      const e = await embedOf(name, options);
      expect(e.title).toBe('No such article');
      expect(e.fields ?? []).not.toContainEqual(expect.objectContaining({ name: expect.stringMatching(/^¶/) }));
      expect(shown(e)).toContain('Harbour reopens after storm');
    }
  });

  it('article restricts an answer to that article', async () => {
    const e = await embedOf('timeline', { article: TITLED_ID });
    expect(shown(e)).toContain('Harbour reopens after storm');
    expect(shown(e)).not.toContain('In a wooded space');
    const brief = await embedOf('brief', { article: SEED_ID });
    expect(brief.title).toMatch(/^“In a wooded space/);
  });
});
