import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { ChatCommand } from './command';
import { sendReply } from './replies';
import { NO_MENTIONS, type ReplyBody } from './renderAnswer';

export const HELP_TEXT = [
  'citebot answers questions about a set of news articles with **the exact sentences** that answer them, each with its source: the article (linked to the very sentence), the paragraph, and who the article credits. It never writes an answer of its own: when the articles do not say, it tells you so.',
  '**/ask** `question:` Who detained Bazoum? — the best passages. Optional `article:` (suggestions as you type) searches one article; `top:` 1–5 sets how many passages. Under the answer, **Show context** shows the sentences around the first passage and **More** the next passages (for the asker, for 15 minutes).',
  '**Find in articles** — right-click (or long-press) a message → Apps: checks what the message says against the articles. Only you see the result.',
  '**/actor** `name:` Bazoum (suggestions as you type) — who someone is in the articles: their roles, where they appear, what they said and what the articles say about them, every line quoted with its source; **More** shows the rest. **/actors** — everyone in the articles, most mentioned first.',
  '**/sources** — the articles citebot knows. **/help** — this message. **/reload** (server managers) — reload the articles after they change, without a restart.',
  'Ask short, specific questions with names in them: “What did Tiani say motivated the coup?” works better than “why?”.',
].join('\n\n');

export function renderHelp(): ReplyBody {
  return {
    embeds: [{ title: 'citebot: quoted answers from the articles', description: HELP_TEXT }],
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}

export const help: ChatCommand = {
  kind: 'chat',
  costsAQuestion: false,
  data: new SlashCommandBuilder()
    .setName('help')
    .setDescription('What citebot does and how to ask it')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM),

  async execute(interaction) {
    await sendReply(interaction, renderHelp(), { ephemeral: true });
  },
};
