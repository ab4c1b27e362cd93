import type { ButtonHandler } from './command';
import { sendNotice } from './replies';
import { renderAnswer, BUTTON_IDS } from './renderAnswer';

export const ONLY_THE_ASKER =
  'Only the person who asked can use these buttons. Ask your own question with /ask.';

export function expiredMessage(ttlMs: number): string {
  return `This answer's buttons have expired (they work for ${Math.round(ttlMs / 60_000)} minutes). Ask again with /ask.`;
}

/** "Show context" and "More" under an /ask answer: they change how the remembered answer is shown. */
export const answerButtons: ButtonHandler = {
  prefix: 'answer:',
  async handle(interaction, services) {
    const { customId } = interaction;
    const key = customId.slice(customId.lastIndexOf(':') + 1);
    const action = customId.slice(0, customId.lastIndexOf(':'));
    const state = services.answers.get(key);
    if (state === undefined) {
      await sendNotice(interaction, expiredMessage(services.answers.ttlMs));
      return;
    }
    if (interaction.user.id !== state.askerId) {
      await sendNotice(interaction, ONLY_THE_ASKER);
      return;
    }
    let view = state.view;
    if (action === BUTTON_IDS.context) view = { ...view, withContext: true };
    else if (action === BUTTON_IDS.more)
      view = { ...view, shown: Math.min(state.answer.passages.length, view.shown + state.moreStep) };
    else {
      await sendNotice(interaction, 'This button is not one citebot knows any more. Ask again with /ask.');
      return;
    }
    services.answers.update(key, { ...state, view });
    await interaction.update(renderAnswer(state.answer, view, state.topContext));
  },
};
