import { ApplicationCommandType, ContextMenuCommandBuilder, InteractionContextType } from 'discord.js';
import type { MessageCommand } from './command';
import { cutAtWord } from './fitting';
import { replyInTime, sendNotice, shouldDeferFirst } from './replies';
import { renderAnswer } from './renderAnswer';

/** How much of a long message is looked up: plenty for a claim, bounded for the search. */
export const MESSAGE_TEXT_MAX = 1000;
export const PASSAGES_SHOWN = 3;

/**
 * Right-click a message → Apps → "Find in articles": the passages that bear on what the message says,
 * shown only to the user who asked, or a plain statement that the articles don't cover it.
 */
export const findInArticles: MessageCommand = {
  kind: 'message',
  costsAQuestion: true,
  data: new ContextMenuCommandBuilder()
    .setName('Find in articles')
    .setType(ApplicationCommandType.Message)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM),

  async execute(interaction, context) {
    const text = interaction.targetMessage.content.trim();
    if (text === '') {
      await sendNotice(
        interaction,
        'That message has no text to look up (only its words are read, not images or embeds).',
      );
      return;
    }
    await replyInTime(
      interaction,
      async () => {
        const result = await context.answerTimes.time(() =>
          context.answerQuestion(context.library, cutAtWord(text, MESSAGE_TEXT_MAX), {
            top: PASSAGES_SHOWN,
            article: null,
            context: 1,
          }),
        );
        return renderAnswer(result, {
          shown: PASSAGES_SHOWN,
          withContext: false,
          asked: 'message',
          buttonsKey: null,
        });
      },
      {
        ephemeral: true,
        receivedAt: context.receivedAt,
        deferAfterMs: context.deferAfterMs,
        deferFirst: shouldDeferFirst(context.answerTimes.recentMax, context.deferAfterMs),
      },
    );
  },
};
