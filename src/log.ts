import pino, { type Logger } from 'pino';
import type { LogLevel } from './config';

export type { Logger } from 'pino';

/** Fields that may carry a secret, wherever they appear in a logged object. */
const REDACTED_PATHS = [
  'token',
  'discordToken',
  'authorization',
  'headers.authorization',
  '*.token',
  '*.discordToken',
  '*.authorization',
  '*.headers.authorization',
  'config.discordToken',
];

/**
 * An interaction's token in a REST path (`/interactions/{id}/{token}/callback`,
 * `/webhooks/{application}/{token}/…`): whoever holds it can answer as the bot for 15 minutes, and
 * discord.js puts the request's URL on every DiscordAPIError it throws.
 */
const INTERACTION_TOKEN_IN_PATH = /(\/(?:interactions|webhooks)\/\d+\/)[\w.-]+/g;

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Strings that must never appear in a log line (the bot token): replaced by `[Redacted]`. */
  readonly secrets?: readonly (string | null)[];
  /** Where JSON lines go. Default: stdout. */
  readonly write?: (line: string) => void;
}

/**
 * JSON-lines logger (pino). Secrets are kept out twice: by field (`redact`) and, as a last guard for
 * a secret that ends up inside a message or an error's text, by scrubbing every line before it is
 * written (the bot token, and interaction tokens in request paths).
 */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = (options.secrets ?? []).filter(
    (secret): secret is string => typeof secret === 'string' && secret.length >= 8,
  );
  const write = options.write ?? ((line: string) => process.stdout.write(line));
  const destination = {
    write(line: string): void {
      const scrubbed = secrets.reduce((text, secret) => text.split(secret).join('[Redacted]'), line);
      write(scrubbed.replace(INTERACTION_TOKEN_IN_PATH, '$1[Redacted]'));
    },
  };
  return pino({ level: options.level, base: { name: 'citebot' }, redact: REDACTED_PATHS }, destination);
}

/** A logger that writes nothing (tests that do not look at logs). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
