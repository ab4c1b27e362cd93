import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { Library } from '../library';
import type { Logger } from '../log';
import type { Answer, AnswerOptions } from '../search/types';
import type { ActorViewStore } from './actorViews';
import type { AnswerStore } from './answerStore';
import type { RecentDurations } from './recentDurations';
import type { ReloadService } from './reload';

/** The core's `answer`, or a stand-in with the same contract (a test's slow one). */
export type AnswerQuestion = (
  library: Library,
  question: string,
  options: Partial<AnswerOptions>,
) => Answer | Promise<Answer>;

/** What every handler may use; built once per bot, not a global. */
export interface BotServices {
  readonly logger: Logger;
  readonly answers: AnswerStore;
  /** Recent `/actor` summaries and `/actors` lists, for their page buttons (same lifetime as answers). */
  readonly actorViews: ActorViewStore;
  readonly answerQuestion: AnswerQuestion;
  /** Slow work defers the reply after this long (Discord drops interactions not acknowledged in 3 s). */
  readonly deferAfterMs: number;
  /** How long recent answers took: when they were slow, replies are deferred before the work starts. */
  readonly answerTimes: RecentDurations;
  /** How /reload reloads the corpus; absent, /reload says it is unavailable. */
  readonly reload?: ReloadService;
}

/** What a command's handler receives: the services plus the Library in service when the interaction arrived. */
export interface CommandContext extends BotServices {
  readonly library: Library;
  /** When the interaction reached the bot (ms since epoch): the 3-second window runs from here. */
  readonly receivedAt: number;
}

/** Anything that serialises to a command registration (a SlashCommandBuilder, a ContextMenuCommandBuilder). */
export interface CommandData {
  readonly name: string;
  toJSON(): RESTPostAPIApplicationCommandsJSONBody;
}

interface CommandBase {
  readonly data: CommandData;
  /** Whether running it counts as a question against the per-user cooldown. */
  readonly costsAQuestion: boolean;
}

/** A slash command: `data` is a SlashCommandBuilder. */
export interface ChatCommand extends CommandBase {
  readonly kind: 'chat';
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: CommandContext): Promise<void>;
}

/** A message context-menu command (right-click a message → Apps). */
export interface MessageCommand extends CommandBase {
  readonly kind: 'message';
  execute(interaction: MessageContextMenuCommandInteraction, context: CommandContext): Promise<void>;
}

export type Command = ChatCommand | MessageCommand;

/** Handles the buttons whose custom id starts with `prefix`. */
export interface ButtonHandler {
  readonly prefix: string;
  handle(interaction: ButtonInteraction, services: BotServices): Promise<void>;
}
