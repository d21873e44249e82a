import { ApplicationCommandOptionType, InteractionContextType } from 'discord.js';
import { focusedText, textOption, type SlashCommand } from '../src/bot/command';
import { refuseNonManager } from '../src/bot/ingest';
import { respond } from '../src/bot/respond';
import type { LibraryArticle } from '../src/store/library/library';
import { fitUserText } from '../src/render/discord/text';

const MAX_ID = 100;
const MAX_REPLY = 1900;

/** One line per article: id, title, outlet, date, paragraphs. */
function line(a: LibraryArticle): string {
  return [`${a.id}`, a.title ?? '(untitled)', a.source, a.published, `${a.paragraphs} ¶`].filter(Boolean).join(' · ');
}

/** The lines that fit in one message, and how many more there are. */
function listing(articles: LibraryArticle[]): string {
  const lines: string[] = [];
  let used = 0;
  for (const a of articles) {
    const text = `• ${line(a)}`;
    if (used + text.length + 40 > MAX_REPLY) break;
    lines.push(text);
    used += text.length + 1;
  }
  const more = articles.length - lines.length;
  return [...lines, ...(more > 0 ? [`… and ${more} more`] : [])].join('\n');
}

/** Lists this server's articles (anyone), or removes one by its exact id (server managers). */
export default {
  data: {
    name: 'library',
    description: 'This server’s articles: list them, or remove one (server managers)',
    contexts: [InteractionContextType.Guild],
    options: [
      { type: ApplicationCommandOptionType.Subcommand, name: 'list', description: 'The articles this server is answered from' },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'remove',
        description: 'Remove one article from this server’s library (Manage Server)',
        options: [{ type: ApplicationCommandOptionType.String, name: 'id', description: 'The article id, exactly as /library list shows it', required: true, max_length: MAX_ID, autocomplete: true }],
      },
    ],
  },
  async execute(interaction, ctx) {
    const guild = interaction.guildId;
    const libraries = ctx.libraries;
    if (!libraries || guild === null) {
      await respond(interaction, { content: 'This bot keeps no server libraries.', ephemeral: true });
      return;
    }
    if (interaction.options.getSubcommand(false) === 'remove') {
      if (await refuseNonManager(interaction)) return;
      const id = textOption(interaction, 'id', MAX_ID).trim();
      const removed = libraries.library.remove(guild, id);
      if (removed) {
        await ctx.reload?.();
        ctx.logger.info({ guild, article: id, user: interaction.user.id }, 'removed an article');
      }
      const reply = removed ? `Removed \`${id}\` from this server’s library.` : `This server’s library has no article \`${id}\` (ids must match exactly; see /library list).`;
      await respond(interaction, { content: fitUserText(reply, MAX_REPLY), ephemeral: true });
      return;
    }
    const articles = libraries.library.list(guild);
    const content = articles.length
      ? `This server’s library (${articles.length} article${articles.length === 1 ? '' : 's'}):\n${listing(articles)}`
      : `This server has no articles of its own yet, so it is answered from the default library (${libraries.fallback.store.articles.length} article${libraries.fallback.store.articles.length === 1 ? '' : 's'}). Server managers add articles with /ingest.`;
    await respond(interaction, { content: fitUserText(content, MAX_REPLY), ephemeral: true });
  },
  async autocomplete(interaction, ctx) {
    const guild = interaction.guildId;
    const typed = focusedText(interaction, MAX_ID).toLowerCase();
    const articles = guild !== null && ctx.libraries ? ctx.libraries.library.list(guild) : [];
    const choices = articles
      .filter((a) => a.id.toLowerCase().includes(typed) || (a.title ?? '').toLowerCase().includes(typed))
      .slice(0, 25)
      .map((a) => ({ name: line(a).slice(0, 100), value: a.id }));
    await interaction.respond(choices);
  },
} satisfies SlashCommand;
