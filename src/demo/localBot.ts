import type { CooldownSetting } from '../config';
import { createBot, type Bot, type BotOptions } from '../discord/bot';
import { registerCommands } from '../discord/registerCommands';
import type { Library } from '../library';
import { createLibraryHolder, type LibraryHolder } from '../libraryHolder';
import { silentLogger, type Logger } from '../log';
import { FakeDiscord, type FakeDiscordOptions } from '../testing/fakeDiscord';

/** The token the local bot logs in with: the fake accepts only this one. */
export const LOCAL_TOKEN = 'local-demo-token.not-a-secret';

export interface LocalBotOptions {
  /** The library to serve; null starts the bot with nothing loaded (serve one later through `holder`). */
  readonly library: Library | null;
  readonly cooldown?: CooldownSetting | null;
  readonly logger?: Logger;
  readonly fake?: FakeDiscordOptions;
  /** Anything else the bot takes (a slow answer function, a short defer time, a clock). */
  readonly bot?: Partial<Omit<BotOptions, 'apiUrl' | 'holder' | 'logger' | 'cooldown'>>;
}

export interface LocalBot {
  readonly fake: FakeDiscord;
  readonly bot: Bot;
  readonly holder: LibraryHolder;
  /** Stops the bot, then the fake. */
  stop(): Promise<void>;
}

/**
 * The real bot logged in to a local fake Discord on 127.0.0.1, with its commands registered the way
 * `npm run deploy-commands` does: for the demo, the latency benchmark and the end-to-end tests.
 */
export async function startLocalBot(options: LocalBotOptions): Promise<LocalBot> {
  const fake = await FakeDiscord.start({ token: LOCAL_TOKEN, ...options.fake });
  const holder = createLibraryHolder(options.library);
  const bot = createBot({
    apiUrl: fake.restUrl,
    holder,
    logger: options.logger ?? silentLogger(),
    cooldown: options.cooldown ?? null,
    ...options.bot,
  });
  try {
    await registerCommands({
      token: LOCAL_TOKEN,
      applicationId: fake.applicationId,
      guildId: null,
      apiUrl: fake.restUrl,
    });
    await bot.start(LOCAL_TOKEN);
  } catch (error) {
    await bot.stop();
    await fake.stop();
    throw error;
  }
  return {
    fake,
    bot,
    holder,
    async stop() {
      await bot.stop();
      await fake.stop();
    },
  };
}
