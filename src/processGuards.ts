import type { Logger } from './log';

/**
 * Process-wide last resorts for the long-running bot: an unhandled rejection or an uncaught exception
 * is logged in full and the bot keeps serving. Every handler already catches its own errors, so
 * anything reaching here is a bug to fix from the log, not a reason to drop every user's connection.
 */
export function installProcessGuards(logger: Logger): void {
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled promise rejection (still running)');
  });
  process.on('uncaughtException', (error, origin) => {
    logger.fatal({ err: error, origin }, 'uncaught exception (still running)');
  });
}
