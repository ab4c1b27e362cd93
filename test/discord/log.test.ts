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

  it('writes nothing below its level', () => {
    expect(linesOf((logger) => logger.debug('quiet'))).toBe('');
  });
});
