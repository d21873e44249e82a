import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ApplicationCommandOptionType, InteractionContextType, PermissionFlagsBits } from 'discord.js';
import { MAX_ARTICLE_BYTES } from '../src/article/read';
import type { SlashCommand } from '../src/bot/command';
import { defer, respond } from '../src/bot/respond';
import { ingestArticle, IngestError } from '../src/cli/ingest';
import { fitUserText } from '../src/render/discord/text';

const DOWNLOAD_TIMEOUT_MS = 10_000;

/** Downloads an attachment into a private temporary folder under its own (base) name. */
async function download(url: string, name: string, folder: string): Promise<string> {
  if (!/^https?:\/\//.test(url)) throw new IngestError(`${name}: the attachment has no downloadable URL`);
  let bytes: Buffer;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    bytes = Buffer.from(await res.arrayBuffer());
  } catch (err) {
    throw new IngestError(`${name}: download failed (${(err as Error).message})`);
  }
  if (bytes.length > MAX_ARTICLE_BYTES) throw new IngestError(`${name}: too large (${bytes.length} bytes; the limit is ${MAX_ARTICLE_BYTES})`);
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

/** Server managers add an article from an attachment; it is validated and written exactly as `ingest FILE` does. */
export default {
  data: {
    name: 'ingest',
    description: 'Add an article (.md or .txt attachment) to the library; server managers only',
    // Hidden from members without Manage Server by default; execute checks again, as server admins can change who sees it.
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    contexts: [InteractionContextType.Guild],
    options: [{ type: ApplicationCommandOptionType.Attachment, name: 'file', description: 'The article file (.md with front matter, or .txt)', required: true }],
  },
  cooldown: { uses: 5, seconds: 60 },
  async execute(interaction, ctx) {
    if (!interaction.inGuild() || !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      await respond(interaction, { content: 'Only members with the Manage Server permission can add articles.', ephemeral: true });
      return;
    }
    const attachment = interaction.options.getAttachment('file');
    if (!attachment) {
      await respond(interaction, { content: 'Attach the article file (.md or .txt) to /ingest.', ephemeral: true });
      return;
    }
    await defer(interaction, true);
    const name = basename(attachment.name.replace(/\\/g, '/'));
    const folder = mkdtempSync(join(tmpdir(), 'dossier-ingest-'));
    try {
      const done = ingestArticle(await download(attachment.url, name, folder), ctx.config.dataDir);
      if (!done.unchanged) await ctx.reload?.();
      ctx.logger.info({ article: done.id, user: interaction.user.id, unchanged: done.unchanged }, 'ingested an article');
      const what = done.unchanged ? 'is already in the library; nothing changed' : `was added (${done.paragraphs} paragraphs); it is served from now on`;
      await respond(interaction, { content: fitUserText(`${name} ${what}.`, 1900) });
    } catch (err) {
      if (!(err instanceof IngestError)) throw err;
      await respond(interaction, { content: fitUserText(`Not ingested: ${err.message}`, 1900) });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
} satisfies SlashCommand;
