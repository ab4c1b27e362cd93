import { actor, actorButtons } from './actor';
import { actorListButtons, actors } from './actors';
import { answerButtons } from './answerButtons';
import { ask } from './ask';
import type { ButtonHandler, Command } from './command';
import { findInArticles } from './findInArticles';
import { help } from './help';
import { reload } from './reload';
import { sources } from './sources';

/**
 * Every command the bot registers and answers. Adding one is a new module and one line here;
 * `npm run deploy-commands` registers exactly this list.
 */
export const COMMANDS: readonly Command[] = [ask, findInArticles, sources, help, actor, actors, reload];

/** Every button family, by custom-id prefix. */
export const BUTTON_HANDLERS: readonly ButtonHandler[] = [answerButtons, actorButtons, actorListButtons];

/** The registration payload: what `PUT /applications/{app}/commands` receives. */
export function commandRegistrations(
  commands: readonly Command[] = COMMANDS,
): ReturnType<Command['data']['toJSON']>[] {
  return commands.map((command) => command.data.toJSON());
}
