import { PermissionFlagsBits, type ChatInputCommandInteraction, type MessageContextMenuCommandInteraction } from 'discord.js';
import { isRefusal, type ArticleText } from '../ingest/sources';
import { fitUserText } from '../render/discord/text';
import type { BotContext } from './command';
import { defer, respond } from './respond';

type ManagerInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;

const NOT_MANAGER = 'Only members with the Manage Server permission can change this server’s library.';

/**
 * Whether the member may change the server's library. The command is hidden from other members by default,
 * but server admins can show it to anyone, so every run checks again.
 */
export async function refuseNonManager(interaction: ManagerInteraction): Promise<boolean> {
  if (interaction.inGuild() && interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return false;
  await respond(interaction, { content: NOT_MANAGER, ephemeral: true });
  return true;
}

/**
 * Fetches or downloads an article and adds it to the interaction's server library, replying in one line
 * what happened. The reply is deferred first (a fetch can take seconds); on any refusal nothing is stored.
 */
export async function ingestReply(interaction: ManagerInteraction, ctx: BotContext, source: () => Promise<ArticleText>): Promise<void> {
  const guild = interaction.guildId;
  if (!ctx.libraries || guild === null) {
    await respond(interaction, { content: 'This bot keeps no server libraries.', ephemeral: true });
    return;
  }
  await defer(interaction, true);
  try {
    const { text, name } = await source();
    const done = await ctx.libraries.library.ingest(guild, { text, name, addedBy: interaction.user.id });
    if (!done.unchanged) await ctx.reload?.();
    ctx.logger.info({ guild, article: done.id, user: interaction.user.id, unchanged: done.unchanged }, 'ingested an article');
    const title = done.title ?? done.id;
    const line = done.unchanged
      ? `“${title}” is already in this server’s library as \`${done.id}\`; nothing changed.`
      : `Added “${title}” to this server’s library as \`${done.id}\` (${done.paragraphs} paragraphs). It is served from now on.`;
    await respond(interaction, { content: fitUserText(line, 1900) });
  } catch (err) {
    if (!isRefusal(err)) throw err;
    await respond(interaction, { content: fitUserText(`Not ingested: ${err.message}`, 1900) });
  }
}
