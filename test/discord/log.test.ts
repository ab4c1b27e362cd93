import { DiscordAPIError } from 'discord.js';
import { createLogger } from '../../src/log';

describe('createLogger', () => {
  const token = 'MTIz.secret-token-value.abcdef';

  function linesOf(log: (logger: ReturnType<typeof createLogger>) => void): string {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', secrets: [token], write: (line) => lines.push(line) });
    log(logger);
    return lines.join('');
  }

  it('redacts token fields', () => {
    const text = linesOf((logger) =>
      logger.info(
        { token, config: { discordToken: token }, headers: { authorization: `Bot ${token}` } },
        'x',
      ),
    );
    expect(text).not.toContain(token);
    expect(text).toContain('[Redacted]');
  });

  it('scrubs the token from messages and errors', () => {
    const text = linesOf((logger) => {
      logger.error({ err: new Error(`failed with ${token}`) }, `message mentioning ${token}`);
    });
    expect(text).not.toContain(token);
    expect(text).toContain('failed with [Redacted]');
  });

  it('scrubs interaction tokens from request paths (a DiscordAPIError carries its URL)', () => {
    const interactionToken = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDpzZWNyZXQ';
    const error = new DiscordAPIError(
      { code: 10062, message: 'Unknown interaction' },
      10062,
      404,
      'POST',
      `https://discord.com/api/v10/interactions/1234567890/${interactionToken}/callback`,
      { body: { type: 5 } },
    );
    const text = linesOf((logger) => {
      logger.error({ err: error }, 'reply failed');
      logger.warn(`PATCH /api/v10/webhooks/42/${interactionToken}/messages/@original failed`);
    });
    expect(text).not.toContain(interactionToken);
    expect(text).toContain('/interactions/1234567890/[Redacted]/callback');
    expect(text).toContain('/webhooks/42/[Redacted]/messages/@original');
  });

  it('writes nothing below its level', () => {
    expect(linesOf((logger) => logger.debug('quiet'))).toBe('');
  });
});
