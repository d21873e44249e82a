import {
  MessageFlags,
  Routes,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIMessage,
  type InteractionReplyOptions,
  type MessageComponentInteraction,
  type REST,
  type RepliableInteraction,
} from 'discord.js';
import { limitViolations } from '../render/discord/limits';

export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  /** Only the user sees it. Ignored after a defer, which already fixed it. */
  ephemeral?: boolean;
}

/** Nobody is ever pinged by what the bot writes, whatever the article or user text contains. */
export const NO_MENTIONS = { parse: [] as [] };

function checked(reply: Reply): Reply {
  const problems = limitViolations(reply);
  if (problems.length > 0) throw new Error(`reply over Discord limits: ${problems.join(', ')}`);
  return reply;
}

/** The one way the bot answers an interaction: reply, edit a deferred reply, or follow up. */
export async function respond(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  const { content, embeds = [], components = [] } = checked(reply);
  const base = { ...(content !== undefined && { content }), embeds, components, allowedMentions: NO_MENTIONS };
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply(base);
    return;
  }
  const options: InteractionReplyOptions = { ...base, ...(reply.ephemeral && { flags: MessageFlags.Ephemeral }) };
  if (interaction.replied) await interaction.followUp(options);
  else await interaction.reply(options);
}

/** Defers with the visibility the final reply will have, for work that may pass the 3 s deadline. */
export async function defer(interaction: RepliableInteraction, ephemeral: boolean): Promise<void> {
  if (interaction.deferred || interaction.replied) return;
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
}

/** Posts a message in a channel or thread (not an interaction reply), with the same guarantees. */
export async function postToChannel(rest: REST, channelId: string, reply: Reply): Promise<APIMessage> {
  const { content, embeds = [], components = [] } = checked(reply);
  const body = { ...(content !== undefined && { content }), embeds, components, allowed_mentions: NO_MENTIONS };
  return (await rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
}

/** Replaces the message a button sits on (paging "More" in place). */
export async function updateMessage(interaction: MessageComponentInteraction, reply: Reply): Promise<void> {
  const { content, embeds = [], components = [] } = checked(reply);
  await interaction.update({ ...(content !== undefined && { content }), embeds, components, allowedMentions: NO_MENTIONS });
}
