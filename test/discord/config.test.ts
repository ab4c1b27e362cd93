import { readFileSync } from 'node:fs';
import path from 'node:path';
import { configFrom, parseCooldown, problemsMessage, TOKEN_PLACEHOLDER, VARIABLES } from '../../src/config';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.0123456789abcdefghijklmnopqrstuvwxyzAB';
const CLIENT_ID = '123456789012345678';

describe('configFrom', () => {
  it('gives every default when only the token is set', () => {
    const result = configFrom({ DISCORD_TOKEN: TOKEN }, 'start');
    expect(result).toMatchObject({
      ok: true,
      config: {
        discordToken: TOKEN,
        discordClientId: null,
        discordGuildId: null,
        corpusDir: 'corpus',
        logLevel: 'info',
        apiUrl: null,
        askCooldown: { limit: 5, windowSeconds: 30 },
      },
    });
  });

  it('reads every variable', () => {
    const result = configFrom(
      {
        DISCORD_TOKEN: ` ${TOKEN} `,
        DISCORD_CLIENT_ID: CLIENT_ID,
        DISCORD_GUILD_ID: '987654321098765432',
        CORPUS_DIR: 'articles',
        LOG_LEVEL: 'DEBUG',
        DISCORD_API_URL: 'http://127.0.0.1:4000/api/',
        ASK_COOLDOWN: '3 / 10',
      },
      'deploy',
    );
    expect(result.ok && result.config).toMatchObject({
      discordToken: TOKEN,
      discordClientId: CLIENT_ID,
      discordGuildId: '987654321098765432',
      corpusDir: 'articles',
      logLevel: 'debug',
      apiUrl: 'http://127.0.0.1:4000/api',
      askCooldown: { limit: 3, windowSeconds: 10 },
    });
  });

  it('names the token as missing for start and deploy, not for the demo', () => {
    for (const purpose of ['start', 'deploy'] as const) {
      const result = configFrom({ DISCORD_CLIENT_ID: CLIENT_ID, DISCORD_TOKEN: '  ' }, purpose);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems).toEqual([expect.stringMatching(/^DISCORD_TOKEN is missing/)]);
    }
    expect(configFrom({}, 'demo').ok).toBe(true);
  });

  it('needs the client id to deploy only', () => {
    const result = configFrom({ DISCORD_TOKEN: TOKEN }, 'deploy');
    expect(!result.ok && result.problems).toEqual([expect.stringMatching(/^DISCORD_CLIENT_ID is missing/)]);
    expect(configFrom({ DISCORD_TOKEN: TOKEN }, 'start').ok).toBe(true);
  });

  it('lists every malformed variable at once, each by name', () => {
    const result = configFrom(
      {
        DISCORD_TOKEN: TOKEN,
        DISCORD_CLIENT_ID: '12ab',
        DISCORD_GUILD_ID: '18446744073709551616',
        LOG_LEVEL: 'loud',
        DISCORD_API_URL: 'ftp://example.com',
        ASK_COOLDOWN: '5 per 30',
      },
      'start',
    );
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(5);
    for (const name of [
      'DISCORD_CLIENT_ID',
      'DISCORD_GUILD_ID',
      'LOG_LEVEL',
      'DISCORD_API_URL',
      'ASK_COOLDOWN',
    ]) {
      expect(problems.some((problem) => problem.startsWith(name))).toBe(true);
    }
  });

  it('never quotes the token in a problem', () => {
    const secret = 'very secret token with spaces';
    for (const value of [secret, TOKEN_PLACEHOLDER]) {
      const result = configFrom({ DISCORD_TOKEN: value }, 'start');
      expect(result.ok).toBe(false);
      const text = result.ok ? '' : problemsMessage(result.problems, 'citebot');
      expect(text).toContain('DISCORD_TOKEN');
      expect(text).not.toContain(value);
    }
  });

  it('reads the versioned base and a bare host as the documented …/api base', () => {
    const baseOf = (raw: string): string | null => {
      const result = configFrom({ DISCORD_API_URL: raw }, 'demo');
      return result.ok ? result.config.apiUrl : null;
    };
    expect(baseOf('http://127.0.0.1:4000/api/v10')).toBe('http://127.0.0.1:4000/api');
    expect(baseOf('http://127.0.0.1:4000/api/v10/')).toBe('http://127.0.0.1:4000/api');
    expect(baseOf('http://127.0.0.1:4000')).toBe('http://127.0.0.1:4000/api');
    expect(baseOf('http://127.0.0.1:4000/')).toBe('http://127.0.0.1:4000/api');
    expect(baseOf('http://127.0.0.1:4000/discord/api')).toBe('http://127.0.0.1:4000/discord/api');
    // A stand-in at its root, named by its versioned base.
    expect(baseOf('http://127.0.0.1:4000/v10')).toBe('http://127.0.0.1:4000');
  });

  it('accepts any id Discord documents (a 64-bit integer), short ones included', () => {
    const result = configFrom(
      { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '1', RELOAD_GUILD_IDS: '7, 42' },
      'deploy',
    );
    expect(result.ok && [result.config.discordClientId, result.config.reloadGuildIds]).toEqual([
      '1',
      ['7', '42'],
    ]);
    expect(configFrom({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '18446744073709551615' }, 'deploy').ok).toBe(
      true,
    );
    expect(configFrom({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '18446744073709551616' }, 'deploy').ok).toBe(
      false,
    );
  });

  it('registers the commands at start unless REGISTER_COMMANDS is 0', () => {
    const registers = (value: string | undefined): boolean | null => {
      const result = configFrom(value === undefined ? {} : { REGISTER_COMMANDS: value }, 'demo');
      return result.ok ? result.config.registerCommandsOnStart : null;
    };
    expect([
      registers(undefined),
      registers('1'),
      registers('0'),
      registers('off'),
      registers('maybe'),
    ]).toEqual([true, true, false, false, null]);
  });

  it('rejects an API URL with a query and accepts https', () => {
    expect(configFrom({ DISCORD_API_URL: 'http://127.0.0.1:1/api?x=1' }, 'demo').ok).toBe(false);
    const result = configFrom({ DISCORD_API_URL: 'https://discord.example/api' }, 'demo');
    expect(result.ok && result.config.apiUrl).toBe('https://discord.example/api');
  });
});

describe('parseCooldown', () => {
  it.each([
    ['5/30', { value: { limit: 5, windowSeconds: 30 } }],
    ['off', { value: null }],
    ['OFF', { value: null }],
  ])('reads %s', (raw, expected) => {
    expect(parseCooldown(raw)).toEqual(expected);
  });

  it.each(['0/30', '5/0', '5', '/30', 'five/30', '-1/30'])('rejects %s', (raw) => {
    expect(parseCooldown(raw)).toEqual({ problem: expect.stringContaining('ASK_COOLDOWN') });
  });
});

describe('.env.example', () => {
  const example = readFileSync(path.join(__dirname, '../../.env.example'), 'utf8');

  it('documents every variable', () => {
    for (const variable of VARIABLES) expect(example).toMatch(new RegExp(`^${variable.name}=`, 'm'));
  });

  it('is refused as it is, with a message naming the placeholder token', () => {
    const env = Object.fromEntries(
      example
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    const result = configFrom(env, 'start');
    expect(!result.ok && result.problems).toEqual([
      'DISCORD_TOKEN is still the placeholder from .env.example',
    ]);
  });
});
