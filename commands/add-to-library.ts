import { ApplicationCommandType, InteractionContextType, PermissionFlagsBits } from 'discord.js';
import type { MessageCommand } from '../src/bot/command';
import { ingestReply, refuseNonManager } from '../src/bot/ingest';
import { respond } from '../src/bot/respond';
import { DEFAULT_FETCH, firstLink, fromUrl } from '../src/ingest/sources';

/**
 * Right-click a message → Apps → Add to library: the first link in it is fetched into this server's library.
 * The target message arrives with its content even without the Message Content intent.
 */
export default {
  data: {
    name: 'Add to library',
    type: ApplicationCommandType.Message,
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    contexts: [InteractionContextType.Guild],
  },
  async execute(interaction, ctx) {
    if (await refuseNonManager(interaction)) return;
    const url = firstLink(interaction.targetMessage.content);
    if (!url) {
      await respond(interaction, { content: 'That message holds no http(s) link to add.', ephemeral: true });
      return;
    }
    await ingestReply(interaction, ctx, () => fromUrl(url, ctx.fetch ?? DEFAULT_FETCH));
  },
} satisfies MessageCommand;
