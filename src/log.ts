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

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Strings that must never appear in a log line (the bot token): replaced by `[Redacted]`. */
  readonly secrets?: readonly (string | null)[];
  /** Where JSON lines go. Default: stdout. */
  readonly write?: (line: string) => void;
}

/**
 * JSON-lines logger (pino). Secrets are kept out twice: by field (`redact`) and, as a last guard for
 * a secret that ends up inside a message or an error's text, by scrubbing every line before it is written.
 */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = (options.secrets ?? []).filter(
    (secret): secret is string => typeof secret === 'string' && secret.length >= 8,
  );
  const write = options.write ?? ((line: string) => process.stdout.write(line));
  const destination = {
    write(line: string): void {
      write(secrets.reduce((text, secret) => text.split(secret).join('[Redacted]'), line));
    },
  };
  return pino({ level: options.level, base: { name: 'citebot' }, redact: REDACTED_PATHS }, destination);
}

/** A logger that writes nothing (tests that do not look at logs). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
