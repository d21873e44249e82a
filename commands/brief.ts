import { ApplicationCommandOptionType, ChannelType, Routes, type APIChannel } from 'discord.js';
import type { Answer } from '../src/answer/types';
import { allPages, answerReply } from '../src/bot/answers';
import { articleOption, articleScope, completeArticle } from '../src/bot/article-option';
import { isPublic, publicOption, type SlashCommand } from '../src/bot/command';
import { defer, postToChannel, respond, type Reply } from '../src/bot/respond';
import { threadName } from '../src/render/discord/choices';

/** A thread briefing is a handful of messages, never a flood. */
const MAX_THREAD_MESSAGES = 12;

/** The summary first, then one message (or a few pages) per section. */
function briefingMessages(answer: Answer): Reply[] {
  const summary = allPages({ ...answer, sections: [] }, 3);
  const sections = answer.sections.flatMap((section) =>
    allPages({ ...answer, title: section.heading, text: '', citations: [], suggestions: [], notes: [], sections: [section] }, 3),
  );
  return [...summary, ...sections].slice(0, MAX_THREAD_MESSAGES);
}

export default {
  data: {
    name: 'brief',
    description: 'A briefing on the articles (or one: article); with thread:true it opens a thread and posts it there',
    options: [
      { type: ApplicationCommandOptionType.Boolean, name: 'thread', description: 'Open a thread named after the article and post the briefing there' },
      articleOption,
      publicOption,
    ],
  },
  // Opening threads and posting several messages costs API calls; a user gets a few per minute.
  cooldown: { uses: 3, seconds: 60, applies: (interaction) => interaction.options.getBoolean('thread') === true },
  async autocomplete(interaction, ctx) {
    if (!(await completeArticle(interaction, ctx))) await interaction.respond([]);
  },
  async execute(interaction, { dossier, logger }) {
    const scope = articleScope(interaction);
    const request = { kind: 'brief' as const, ...scope };
    const answer = dossier.brief(scope);
    const inThread = interaction.options.getBoolean('thread') ?? false;
    // no briefing (no such article) opens no thread
    if (!inThread || !answer.answered) {
      await respond(interaction, answerReply(answer, { ephemeral: !isPublic(interaction), request }));
      return;
    }
    const channelId = interaction.channelId;
    if (!interaction.inGuild() || !channelId) {
      await respond(interaction, { ...answerReply(answer, { ephemeral: true }), content: 'Threads can only be opened in a server channel; here is the briefing.' });
      return;
    }
    await defer(interaction, true);
    const rest = interaction.client.rest;
    let threadId = channelId;
    try {
      // Inside a thread a new thread cannot be opened, so the briefing goes into the current one.
      if (!interaction.channel?.isThread()) {
        const thread = (await rest.post(Routes.threads(channelId), {
          body: { name: threadName(answer.title), type: ChannelType.PublicThread, auto_archive_duration: 1440 },
          reason: `/brief requested by ${interaction.user.id}`,
        })) as APIChannel;
        threadId = thread.id;
      }
      for (const message of briefingMessages(answer)) await postToChannel(rest, threadId, message);
    } catch (err) {
      // Usually a missing permission; the user still gets the briefing, and learns what to fix.
      logger.warn({ err, channelId }, 'could not post the briefing in a thread');
      await respond(interaction, {
        ...answerReply(answer, { ephemeral: true, request }),
        content: 'I could not open a thread or post in it here (the bot needs Create Public Threads and Send Messages in Threads). Here is the briefing:',
      });
      return;
    }
    const summary = answerReply(answer, { ephemeral: true });
    await respond(interaction, { content: `Briefing posted in <#${threadId}>.`, embeds: summary.embeds ?? [] });
  },
} satisfies SlashCommand;
