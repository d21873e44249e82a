import { ApplicationCommandOptionType, InteractionContextType, PermissionFlagsBits } from 'discord.js';
import type { SlashCommand } from '../src/bot/command';
import { ingestReply, refuseNonManager } from '../src/bot/ingest';
import { respond } from '../src/bot/respond';
import { DEFAULT_FETCH, fromAttachment, fromUrl, SOURCE_EXTENSIONS } from '../src/ingest/sources';

const MAX_URL = 2000;

/** Server managers add an article, from a link or an attached file, to their own server's library. */
export default {
  data: {
    name: 'ingest',
    description: 'Add an article (a link, or an .html/.md/.txt file) to this server’s library; managers only',
    // Hidden from members without Manage Server by default; ingestReply's caller checks again, as admins can change who sees it.
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    contexts: [InteractionContextType.Guild],
    options: [
      { type: ApplicationCommandOptionType.String, name: 'url', description: 'Link to the article (a news page, or plain text / Markdown)', max_length: MAX_URL },
      { type: ApplicationCommandOptionType.Attachment, name: 'file', description: `The article file (${SOURCE_EXTENSIONS.join(', ')})` },
    ],
  },
  cooldown: { uses: 5, seconds: 60 },
  async execute(interaction, ctx) {
    if (await refuseNonManager(interaction)) return;
    const url = interaction.options.getString('url')?.trim().slice(0, MAX_URL) || null;
    const attachment = interaction.options.getAttachment('file');
    if ((url === null) === (attachment === null)) {
      await respond(interaction, { content: 'Give /ingest exactly one of `url:` (a link to the article) or `file:` (an attached article file).', ephemeral: true });
      return;
    }
    const fetch = ctx.fetch ?? DEFAULT_FETCH;
    await ingestReply(interaction, ctx, () => (url !== null ? fromUrl(url, fetch) : fromAttachment(attachment!, fetch)));
  },
} satisfies SlashCommand;
