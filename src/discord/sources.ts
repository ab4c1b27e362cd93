import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { ChatCommand } from './command';
import { sendReply } from './replies';
import { renderSources } from './renderSources';

export const sources: ChatCommand = {
  kind: 'chat',
  costsAQuestion: false,
  data: new SlashCommandBuilder()
    .setName('sources')
    .setDescription('List the articles citebot answers from: title, publisher, date, size')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM),

  async execute(interaction, context) {
    await sendReply(interaction, renderSources(context.library), { ephemeral: true });
  },
};
