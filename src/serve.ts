import path from 'node:path';
import type { Config } from './config';
import { Status, type Client } from 'discord.js';
import { registerThrough, registrationProblem } from './discord/registerCommands';
import { createBot } from './discord/bot';
import { createLifecycle } from './lifecycle';
import { isShardProcess } from './sharding';
import { createLibraryHolder } from './libraryHolder';
import { createLogger, type Logger } from './log';
import { installProcessGuards } from './processGuards';
import { problemsToText } from './render/problemsText';

/**
 * Runs the bot with a validated configuration: loads the library, then logs in to Discord, and
 * disconnects on SIGINT/SIGTERM. Exits 1 when the corpus cannot be loaded or Discord refuses the login.
 */
export async function serve(config: Config): Promise<void> {
  const token = config.discordToken;
  if (token === null) throw new Error('configFrom accepted a start configuration without a token');
  const logger = createLogger({ level: config.logLevel, secrets: [token] });
  installProcessGuards(logger);

  const holder = createLibraryHolder();
  // The library comes through the index cache; /reload, SIGHUP, WATCH_CORPUS and HEALTH_PORT: lifecycle.ts.
  const lifecycle = createLifecycle({ config, holder, logger, shard: isShardProcess() });
  const bot = createBot({
    apiUrl: config.apiUrl,
    holder,
    logger,
    cooldown: config.askCooldown,
    reload: lifecycle.reloadService,
    answerQuestion: lifecycle.answerQuestion,
  });
  let stopping = false;
  const shutdown = async (code: number, reason: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down');
    await lifecycle
      .stop()
      .catch((error: unknown) => logger.error({ err: error }, 'error while stopping reloads'));
    await bot.stop().catch((error: unknown) => logger.error({ err: error }, 'error while disconnecting'));
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0, 'SIGINT'));
  process.once('SIGTERM', () => void shutdown(0, 'SIGTERM'));

  // Log in only once the library is in service: the first question after READY gets an answer,
  // not "still loading" (a cold start builds the index for a few seconds).
  const corpusDir = path.resolve(config.corpusDir);
  const loaded = await lifecycle.loadInitial();
  if (!loaded.ok) {
    logger.fatal(
      { corpusDir, problems: loaded.problems },
      `the corpus cannot be loaded:\n${problemsToText(loaded.problems)}`,
    );
    await shutdown(1, 'corpus');
    return;
  }
  // Health, SIGHUP and the watcher serve from here on, whether or not Discord is reachable yet:
  // /healthz says "not connected" until every shard is ready.
  const shards = bot.client.ws.shards;
  await lifecycle.startServices(
    () => shards.size > 0 && shards.every((shard) => shard.status === Status.Ready),
  );
  try {
    await bot.start(token);
  } catch (error) {
    logger.fatal(
      { err: error, apiUrl: config.apiUrl ?? 'https://discord.com/api' },
      'could not log in to Discord',
    );
    await shutdown(1, 'login failed');
    return;
  }
  // One process registers: the only one, or shard 0 under the ShardingManager.
  if (config.registerCommandsOnStart && (bot.client.shard?.ids.includes(0) ?? true)) {
    await registerOnStart(bot.client, config.discordGuildId, logger);
  }
}

/**
 * Registers the commands with the application id the gateway gave (READY), so new or changed
 * commands appear without a separate `deploy-commands`. A refusal is logged and the bot serves on:
 * commands registered earlier still reach it.
 */
async function registerOnStart(client: Client, guildId: string | null, logger: Logger): Promise<void> {
  const applicationId = client.application?.id;
  if (applicationId === undefined) {
    logger.warn('commands not registered: Discord gave no application id');
    return;
  }
  try {
    const { scope, registered } = await registerThrough(client.rest, applicationId, guildId);
    logger.info({ scope, guildId, commands: registered.length }, 'commands registered');
  } catch (error) {
    logger.warn(
      { problem: registrationProblem(error) },
      'commands not registered; serving the ones Discord has',
    );
  }
}
