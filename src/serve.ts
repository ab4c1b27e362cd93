import path from 'node:path';
import type { Config } from './config';
import { createBot } from './discord/bot';
import { loadLibrary } from './library';
import { createLibraryHolder } from './libraryHolder';
import { createLogger } from './log';
import { installProcessGuards } from './processGuards';
import { problemsToText } from './render/problemsText';

/**
 * Runs the bot with a validated configuration: logs in to Discord while the library loads
 * (interactions that arrive before it is loaded are told to retry), and disconnects on SIGINT/SIGTERM.
 * Exits 1 when the corpus cannot be loaded or Discord refuses the login.
 */
export async function serve(config: Config): Promise<void> {
  const token = config.discordToken;
  if (token === null) throw new Error('configFrom accepted a start configuration without a token');
  const logger = createLogger({ level: config.logLevel, secrets: [token] });
  installProcessGuards(logger);

  const holder = createLibraryHolder();
  const bot = createBot({ apiUrl: config.apiUrl, holder, logger, cooldown: config.askCooldown });
  let stopping = false;
  const shutdown = async (code: number, reason: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down');
    await bot.stop().catch((error: unknown) => logger.error({ err: error }, 'error while disconnecting'));
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0, 'SIGINT'));
  process.once('SIGTERM', () => void shutdown(0, 'SIGTERM'));

  const corpusDir = path.resolve(config.corpusDir);
  const started = Date.now();
  const loading = loadLibrary(corpusDir).then(async (loaded) => {
    if (!loaded.ok) {
      logger.fatal(
        { corpusDir, problems: loaded.problems },
        `the corpus cannot be loaded:\n${problemsToText(loaded.problems)}`,
      );
      await shutdown(1, 'corpus');
      return;
    }
    holder.swap(loaded.library);
    logger.info(
      {
        corpusDir,
        articles: loaded.library.articles.size,
        sentences: loaded.library.sentences.length,
        ms: Date.now() - started,
      },
      'library loaded',
    );
  });
  try {
    await bot.start(token);
  } catch (error) {
    logger.fatal(
      { err: error, apiUrl: config.apiUrl ?? 'https://discord.com/api' },
      'could not log in to Discord',
    );
    await shutdown(1, 'login failed');
  }
  await loading;
}
