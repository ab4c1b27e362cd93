import {
  Client,
  Events,
  GatewayIntentBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  type RepliableInteraction,
} from 'discord.js';
import type { CooldownSetting } from '../config';
import type { LibraryHolder } from '../libraryHolder';
import type { Logger } from '../log';
import { answer } from '../search/answer';
import { ActorViewStore } from './actorViews';
import { AnswerStore, DEFAULT_ANSWER_STORE_OPTIONS, type AnswerStoreOptions } from './answerStore';
import { BUTTON_HANDLERS, COMMANDS } from './commands';
import type { AnswerQuestion, BotServices, ButtonHandler, Command, CommandContext } from './command';
import { Cooldown } from './cooldown';
import { RecentDurations } from './recentDurations';
import type { ReloadService } from './reload';
import { sendNotice } from './replies';

export const MESSAGES = {
  loading: 'citebot is still loading its articles. Try again in a moment.',
  unknownCommand: (name: string) =>
    `citebot does not know the command “${name}” (it may have been removed). See /help for what it can do.`,
  unknownButton: 'This button no longer does anything. Ask again with /ask.',
  slowDown: (seconds: number) => `Slow down: try again in ${seconds} s.`,
  failed: 'Something went wrong while answering. Please try again in a moment.',
} as const;

/** Default for `BotOptions.deferAfterMs`: half of Discord's 3-second window, leaving room for the network. */
export const DEFAULT_DEFER_AFTER_MS = 1500;

export interface BotOptions {
  /** REST base (`DISCORD_API_URL`); null for Discord's own. The gateway URL is then asked from it. */
  readonly apiUrl: string | null;
  /** Where the Library in service is; null inside while it is loading. */
  readonly holder: LibraryHolder;
  readonly logger: Logger;
  /** Per-user question limit; null turns it off. */
  readonly cooldown: CooldownSetting | null;
  /** Default `COMMANDS`. */
  readonly commands?: readonly Command[];
  /** Default `BUTTON_HANDLERS`. */
  readonly buttons?: readonly ButtonHandler[];
  /** Default the core's `answer`. */
  readonly answerQuestion?: AnswerQuestion;
  /** Default `DEFAULT_DEFER_AFTER_MS`. */
  readonly deferAfterMs?: number;
  /** How long buttons work and how many replies are remembered for them (answers, actor summaries and lists). Default 15 minutes, 5000 each. */
  readonly answerStore?: AnswerStoreOptions;
  /** The clock for cooldowns and answer expiry. Default `Date.now`. */
  readonly now?: () => number;
  /** How /reload reloads the corpus (see `src/discord/reload.ts`). Default none. */
  readonly reload?: ReloadService;
}

export interface Bot {
  readonly client: Client;
  /** Logs in (gateway URL from `GET /gateway/bot`); resolves when the client is ready. */
  start(token: string): Promise<void>;
  /** Disconnects and releases everything (safe to call twice). */
  stop(): Promise<void>;
}

/**
 * The Discord shell: a real discord.js Client that routes interactions to the commands in `COMMANDS`
 * with a context object (services + the Library in service). Every failure is logged and, where a
 * user is waiting, answered with a short ephemeral message; nothing here throws out of an event.
 */
export function createBot(options: BotOptions): Bot {
  const { logger, holder } = options;
  const now = options.now ?? Date.now;
  const commands = options.commands ?? COMMANDS;
  const buttons = options.buttons ?? BUTTON_HANDLERS;
  const cooldown = new Cooldown(options.cooldown, now);
  const services: BotServices = {
    logger,
    answers: new AnswerStore({ ...(options.answerStore ?? DEFAULT_ANSWER_STORE_OPTIONS), now }),
    actorViews: new ActorViewStore({ ...(options.answerStore ?? DEFAULT_ANSWER_STORE_OPTIONS), now }),
    answerQuestion: options.answerQuestion ?? answer,
    deferAfterMs: options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
    answerTimes: new RecentDurations(),
    ...(options.reload === undefined ? {} : { reload: options.reload }),
  };
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(options.apiUrl === null ? {} : { rest: { api: options.apiUrl } }),
  });

  client.on(Events.InteractionCreate, (interaction) => {
    const receivedAt = Date.now();
    routeInteraction(interaction, receivedAt).catch((error: unknown) =>
      logger.error({ err: error, interactionId: interaction.id }, 'interaction routing failed'),
    );
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ shardId, code: event.code }, 'shard disconnected'),
  );
  client.on(Events.ShardResume, (shardId) => logger.info({ shardId }, 'shard resumed'));
  client.rest.on('rateLimited', (info) =>
    logger.warn(
      { route: info.route, method: info.method, retryAfterMs: info.retryAfter, global: info.global },
      'rate limited',
    ),
  );

  async function routeInteraction(interaction: Interaction, receivedAt: number): Promise<void> {
    if (interaction.isAutocomplete()) return autocomplete(interaction);
    if (interaction.isButton()) return guarded(interaction, 'button', () => button(interaction));
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
      return guarded(interaction, interaction.commandName, () => command(interaction, receivedAt));
    }
    logger.debug({ type: interaction.type }, 'interaction type not handled');
  }

  async function command(
    interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
    receivedAt: number,
  ): Promise<void> {
    const kind = interaction.isChatInputCommand() ? 'chat' : 'message';
    const found = commands.find(
      (candidate) => candidate.kind === kind && candidate.data.name === interaction.commandName,
    );
    if (found === undefined) {
      logger.warn({ command: interaction.commandName, kind }, 'unknown command');
      await sendNotice(interaction, MESSAGES.unknownCommand(interaction.commandName));
      return;
    }
    const library = holder.current();
    if (library === null) {
      await sendNotice(interaction, MESSAGES.loading);
      return;
    }
    if (found.costsAQuestion) {
      const verdict = cooldown.take(interaction.user.id);
      if (!verdict.allowed) {
        logger.info({ command: found.data.name, userId: interaction.user.id }, 'cooldown');
        await sendNotice(interaction, MESSAGES.slowDown(verdict.retryAfterSeconds));
        return;
      }
    }
    const context: CommandContext = { ...services, library, receivedAt };
    const started = Date.now();
    if (found.kind === 'chat' && interaction.isChatInputCommand()) await found.execute(interaction, context);
    else if (found.kind === 'message' && interaction.isMessageContextMenuCommand())
      await found.execute(interaction, context);
    logger.info(
      { command: found.data.name, userId: interaction.user.id, ms: Date.now() - started },
      'answered',
    );
  }

  async function button(interaction: ButtonInteraction): Promise<void> {
    const handler = buttons.find((candidate) => interaction.customId.startsWith(candidate.prefix));
    if (handler === undefined) {
      await sendNotice(interaction, MESSAGES.unknownButton);
      return;
    }
    await handler.handle(interaction, services);
  }

  async function autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const found = commands.find(
      (candidate) => candidate.kind === 'chat' && candidate.data.name === interaction.commandName,
    );
    const library = holder.current();
    try {
      if (found?.kind === 'chat' && found.autocomplete !== undefined && library !== null) {
        await found.autocomplete(interaction, { ...services, library, receivedAt: Date.now() });
      } else {
        await interaction.respond([]);
      }
    } catch (error) {
      logger.error({ err: error, command: interaction.commandName }, 'autocomplete failed');
      if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
    }
  }

  /** Runs a handler; on failure logs the whole error and tells the user briefly. */
  async function guarded(
    interaction: RepliableInteraction,
    what: string,
    run: () => Promise<void>,
  ): Promise<void> {
    try {
      await run();
    } catch (error) {
      logger.error({ err: error, command: what, userId: interaction.user.id }, 'interaction failed');
      try {
        await sendNotice(interaction, MESSAGES.failed);
      } catch (replyError) {
        logger.warn({ err: replyError, command: what }, 'could not tell the user about the failure');
      }
    }
  }

  let stopped = false;
  return {
    client,
    async start(token) {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(token);
      await ready;
      logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'connected to Discord');
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await client.destroy();
    },
  };
}
