import {
  ComponentType,
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInMessageActionRow,
  type ButtonInteraction,
} from 'discord.js';
import { decodeButton } from '../render/discord/custom-id';
import { answerReply, runRequest } from './answers';
import type { BotContext } from './command';
import { respond, updateMessage } from './respond';

const EXPIRED = 'This button has expired (the bot was updated since). Run the command again for a fresh answer.';
const UNKNOWN = "I don't recognise this button. Run the command again for a fresh answer.";

/** Buttons rebuild everything from their custom_id (or the message they sit on), so they survive restarts. */
export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const decoded = decodeButton(interaction.customId);
  if (!decoded.ok) {
    await respond(interaction, { content: decoded.reason === 'expired' ? EXPIRED : UNKNOWN, ephemeral: true });
    return;
  }
  const { button } = decoded;
  const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  switch (button.action) {
    case 'source': {
      const answer = ctx.dossier.source({ paragraph: button.paragraph, article: button.article });
      await respond(interaction, answerReply(answer, { ephemeral: true }));
      return;
    }
    case 'more': {
      const answer = runRequest(ctx.dossier, button.request);
      await updateMessage(interaction, answerReply(answer, { ephemeral, request: button.request, page: button.page }));
      return;
    }
    case 'share':
      await respond(interaction, {
        embeds: interaction.message.embeds.map((e) => e.toJSON()),
        components: withoutShare(interaction.message.components.map((c) => c.toJSON())),
      });
      return;
  }
}

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** The shared copy keeps "Show source" and "More" but cannot be shared again. */
function withoutShare(rows: unknown[]): Row[] {
  return (rows as Row[])
    .filter((row) => row.type === ComponentType.ActionRow)
    .map((row) => ({
      ...row,
      components: row.components.filter((c) => {
        const id = (c as APIButtonComponent & { custom_id?: string }).custom_id;
        if (!id) return true;
        const d = decodeButton(id);
        return d.ok && d.button.action !== 'share';
      }),
    }))
    .filter((row) => row.components.length > 0);
}
