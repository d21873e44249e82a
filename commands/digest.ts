import { ApplicationCommandOptionType, DiscordAPIError, Routes, type APIMessage } from 'discord.js';
import { answerReply } from '../src/bot/answers';
import { isPublic, publicOption, type SlashCommand } from '../src/bot/command';
import type { ChatMessage } from '../src/bot/dossier';
import { defer, respond } from '../src/bot/respond';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 100;

const ENABLE_MESSAGE_CONTENT = [
  'To digest a thread I need to read its messages, which takes the privileged **Message Content** intent:',
  '1. Discord Developer Portal → your application → **Bot** → Privileged Gateway Intents → turn on **Message Content Intent**.',
  '2. Set `DISCORD_MESSAGE_CONTENT=true` in the bot\'s `.env` and restart it.',
].join('\n');

export default {
  data: {
    name: 'digest',
    description: 'What this thread discussed, checked against the articles',
    options: [
      { type: ApplicationCommandOptionType.Integer, name: 'limit', description: `Recent messages to read (default ${DEFAULT_LIMIT})`, min_value: 1, max_value: MAX_LIMIT },
      publicOption,
    ],
  },
  // Reading up to 100 messages is the most expensive call the bot makes.
  cooldown: { uses: 3, seconds: 60 },
  async execute(interaction, { dossier, config }) {
    if (!config.messageContent) {
      await respond(interaction, { content: ENABLE_MESSAGE_CONTENT, ephemeral: true });
      return;
    }
    const channelId = interaction.channelId;
    if (!channelId) {
      await respond(interaction, { content: 'Run /digest inside a thread (or channel) whose discussion you want digested.', ephemeral: true });
      return;
    }
    const ephemeral = !isPublic(interaction);
    await defer(interaction, ephemeral);
    const limit = Math.min(MAX_LIMIT, Math.max(1, interaction.options.getInteger('limit') ?? DEFAULT_LIMIT));
    let fetched: APIMessage[];
    try {
      fetched = (await interaction.client.rest.get(Routes.channelMessages(channelId), {
        query: new URLSearchParams({ limit: String(limit) }),
      })) as APIMessage[];
    } catch (err) {
      if (!(err instanceof DiscordAPIError) || err.status !== 403) throw err;
      await respond(interaction, { content: 'I cannot read this channel\'s messages: the bot needs View Channel and Read Message History here.' });
      return;
    }
    const human = fetched.filter((m) => m.author && !m.author.bot && typeof m.content === 'string');
    // Newest first from the API; the digest reads the discussion in the order it happened.
    const messages: ChatMessage[] = human
      .filter((m) => m.content.trim() !== '')
      .reverse()
      .map((m) => ({ id: m.id, author: m.author.global_name ?? m.author.username, content: m.content }));
    if (messages.length === 0) {
      // Messages that exist but arrive empty mean the intent is not granted in the Developer Portal.
      const content = human.length > 0 ? ENABLE_MESSAGE_CONTENT : 'There is nothing to digest here yet: no messages from people in the last ' + limit + '.';
      await respond(interaction, { content });
      return;
    }
    await respond(interaction, answerReply(dossier.digest(messages), { ephemeral }));
  },
} satisfies SlashCommand;
