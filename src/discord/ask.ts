import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { articleChoices, resolveArticle } from './articles';
import type { ChatCommand } from './command';
import { literal } from './markdown';
import { replyInTime, sendNotice, shouldDeferFirst } from './replies';
import { renderAnswer, type AnswerView } from './renderAnswer';
import { cutAtWord } from './fitting';
import { surroundingsOf } from './surroundings';

/** Longest question accepted (Discord enforces it too, through the option's max length). */
export const QUESTION_MAX_LENGTH = 300;
/** Passages shown first, unless `top:` says otherwise. */
export const DEFAULT_TOP = 3;
export const MAX_TOP = 5;
/** Passages fetched per question: the first `top` are shown, More reveals the rest. */
export const PASSAGES_FETCHED = 10;
/** Neighbouring sentences kept on each side for Show context. */
export const CONTEXT_SENTENCES = 2;

export const ask: ChatCommand = {
  kind: 'chat',
  costsAQuestion: true,
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask the articles a question: get the exact sentences that answer it, with their sources')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((option) =>
      option
        .setName('question')
        .setDescription('Your question, e.g. "Who detained Bazoum?"')
        .setRequired(true)
        .setMaxLength(QUESTION_MAX_LENGTH),
    )
    .addStringOption((option) =>
      option.setName('article').setDescription('Search only this article').setAutocomplete(true),
    )
    .addIntegerOption((option) =>
      option
        .setName('top')
        .setDescription(`How many passages to show (1–${MAX_TOP}, default ${DEFAULT_TOP})`)
        .setMinValue(1)
        .setMaxValue(MAX_TOP),
    ),

  async execute(interaction, context) {
    const question = interaction.options.getString('question', true);
    const articleGiven = interaction.options.getString('article');
    const top = Math.min(MAX_TOP, Math.max(1, interaction.options.getInteger('top') ?? DEFAULT_TOP));
    if (question.length > QUESTION_MAX_LENGTH) {
      await sendNotice(
        interaction,
        `Questions are limited to ${QUESTION_MAX_LENGTH} characters; this one has ${question.length}.`,
      );
      return;
    }
    const article =
      articleGiven === null || articleGiven.trim() === ''
        ? null
        : resolveArticle(context.library, articleGiven);
    if (articleGiven !== null && articleGiven.trim() !== '' && article === null) {
      await sendNotice(
        interaction,
        `There is no article “${literal(cutAtWord(articleGiven, 100))}”. Pick one from the suggestions as you type, or list them with /sources.`,
      );
      return;
    }
    await replyInTime(
      interaction,
      async () => {
        const result = await context.answerTimes.time(() =>
          context.answerQuestion(context.library, question, {
            top: PASSAGES_FETCHED,
            article,
            context: CONTEXT_SENTENCES,
          }),
        );
        const hasPassages = result.passages.length > 0;
        const key = hasPassages ? context.answers.newKey() : null;
        const view: AnswerView = { shown: top, withContext: false, asked: 'question', buttonsKey: key };
        const first = result.passages[0];
        const topContext =
          first === undefined ? null : surroundingsOf(context.library, first.sentenceId, CONTEXT_SENTENCES);
        if (key !== null) {
          context.answers.remember(key, {
            askerId: interaction.user.id,
            answer: result,
            view,
            topContext,
            moreStep: top,
          });
        }
        return renderAnswer(result, view, topContext);
      },
      {
        ephemeral: false,
        receivedAt: context.receivedAt,
        deferAfterMs: context.deferAfterMs,
        deferFirst: shouldDeferFirst(context.answerTimes.recentMax, context.deferAfterMs),
      },
    );
  },

  async autocomplete(interaction, context) {
    const focused = interaction.options.getFocused(true);
    const choices =
      focused.name === 'article' ? articleChoices(context.library.articles.values(), focused.value) : [];
    await interaction.respond(choices);
  },
};
