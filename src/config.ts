import dotenv from 'dotenv';

/**
 * The environment, as typed and validated configuration. This module is the only reader of
 * `process.env`; everything else receives a `Config`.
 *
 * Each variable is one entry in `VARIABLES` (name, doc, default, parser), so adding one — the next
 * issue brings RELOAD_ROLE_IDS, HEALTH_PORT, SHARD_COUNT and WATCH_CORPUS — is one entry, one field in
 * `Config` and one block in `.env.example` (a test checks the example documents every variable).
 */

/** How many questions one user may ask within a sliding window. */
export interface CooldownSetting {
  readonly limit: number;
  readonly windowSeconds: number;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  /** The bot token; null only where the purpose does not need it. Never log or print it. */
  readonly discordToken: string | null;
  /** The application (client) id; null when not set and not needed. */
  readonly discordClientId: string | null;
  /** Commands are registered to this guild only (instantly) when set, else globally. */
  readonly discordGuildId: string | null;
  /** `npm start` registers the commands once connected (a bulk overwrite; `deploy-commands` does the same alone). */
  readonly registerCommandsOnStart: boolean;
  /** The corpus folder, as given (relative paths are resolved by the caller against its cwd). */
  readonly corpusDir: string;
  readonly logLevel: LogLevel;
  /** REST base such as `http://127.0.0.1:PORT/api`; null means Discord's own (`https://discord.com/api`). */
  readonly apiUrl: string | null;
  /** Per-user /ask and "Find in articles" limit; null when turned off (`ASK_COOLDOWN=off`). */
  readonly askCooldown: CooldownSetting | null;
  /** /reload only in these guilds (empty: any guild). */
  readonly reloadGuildIds: readonly string[];
  /** /reload only for members with one of these roles, beyond Manage Server (empty: no role needed). */
  readonly reloadRoleIds: readonly string[];
  /** Reload when the corpus folder changes. */
  readonly watchCorpus: boolean;
  /** Port of the 127.0.0.1 health and metrics server; null: no server. */
  readonly healthPort: number | null;
  /** Gateway shards: 1 runs one process; more (or `auto`, Discord's recommendation) run the ShardingManager. */
  readonly shardCount: number | 'auto';
  /** Where the built index is cached (relative paths against the working directory). */
  readonly indexCacheDir: string;
}

/** What the configuration is for: each needs different variables. */
export type ConfigPurpose = 'start' | 'deploy' | 'demo';

export type ConfigResult =
  | { readonly ok: true; readonly config: Config }
  | { readonly ok: false; readonly problems: readonly string[] };

export type Environment = Readonly<Record<string, string | undefined>>;

export type Parsed<T> = { readonly value: T } | { readonly problem: string };

interface Variable<T> {
  readonly name: string;
  /** One line for `.env.example` and error messages. */
  readonly doc: string;
  /** Which purposes cannot run without it. */
  readonly requiredFor: readonly ConfigPurpose[];
  /** Used when the variable is unset or empty and not required. */
  readonly fallback: T;
  /** Parses a non-empty value. A problem must never quote a secret's value. */
  readonly parse: (raw: string) => Parsed<T>;
}

/**
 * Discord documents ids (snowflakes) only as 64-bit unsigned integers sent as strings: today's are
 * 17–20 digits, but a stand-in may hand out short ones ("1"), so any up to 2^64 − 1 is accepted.
 */
const SNOWFLAKE = /^\d{1,20}$/;
const MAX_SNOWFLAKE = 2n ** 64n - 1n;
const isSnowflake = (raw: string): boolean => SNOWFLAKE.test(raw) && BigInt(raw) <= MAX_SNOWFLAKE;
/** The placeholder `.env.example` ships with, so copying it unchanged gets a clear message. */
export const TOKEN_PLACEHOLDER = 'paste-your-bot-token-here';

function snowflake(name: string, what: string): (raw: string) => Parsed<string | null> {
  return (raw) =>
    isSnowflake(raw)
      ? { value: raw }
      : { problem: `${name} must be a Discord ${what} id (digits only), got "${raw.slice(0, 40)}"` };
}

const discordToken: Variable<string | null> = {
  name: 'DISCORD_TOKEN',
  doc: 'the bot token (Developer Portal → your application → Bot → Reset Token). Keep it secret.',
  requiredFor: ['start', 'deploy'],
  fallback: null,
  parse: (raw) => {
    // The value is a secret: problems describe it, never quote it.
    if (raw === TOKEN_PLACEHOLDER)
      return { problem: 'DISCORD_TOKEN is still the placeholder from .env.example' };
    if (/\s/.test(raw)) return { problem: 'DISCORD_TOKEN contains whitespace (copy the token again, whole)' };
    return { value: raw };
  },
};

const discordClientId: Variable<string | null> = {
  name: 'DISCORD_CLIENT_ID',
  doc: 'the application id (Developer Portal → General Information → Application ID).',
  requiredFor: ['deploy'],
  fallback: null,
  parse: snowflake('DISCORD_CLIENT_ID', 'application'),
};

const discordGuildId: Variable<string | null> = {
  name: 'DISCORD_GUILD_ID',
  doc: 'optional: register the commands to this server only (they appear at once); unset = globally.',
  requiredFor: [],
  fallback: null,
  parse: snowflake('DISCORD_GUILD_ID', 'server (guild)'),
};

const corpusDir: Variable<string> = {
  name: 'CORPUS_DIR',
  doc: 'the folder of articles (.md/.txt with front matter). Default: corpus',
  requiredFor: [],
  fallback: 'corpus',
  parse: (raw) => ({ value: raw }),
};

const logLevel: Variable<LogLevel> = {
  name: 'LOG_LEVEL',
  doc: `how much to log: ${LOG_LEVELS.join(', ')}. Default: info`,
  requiredFor: [],
  fallback: 'info',
  parse: (raw) => {
    const level = raw.toLowerCase();
    return (LOG_LEVELS as readonly string[]).includes(level)
      ? { value: level as LogLevel }
      : { problem: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw.slice(0, 40)}"` };
  },
};

const apiUrl: Variable<string | null> = {
  name: 'DISCORD_API_URL',
  doc: 'optional REST base for a local Discord stand-in, e.g. http://127.0.0.1:PORT/api. Default: Discord itself',
  requiredFor: [],
  fallback: null,
  parse: (raw) => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return {
        problem: `DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:3000/api, got "${raw.slice(0, 80)}"`,
      };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return { problem: `DISCORD_API_URL must start with http:// or https://, got "${url.protocol}"` };
    }
    if (url.search !== '' || url.hash !== '') {
      return { problem: 'DISCORD_API_URL must be a plain base URL, without ?query or #fragment' };
    }
    return { value: restBaseOf(url) };
  },
};

/**
 * The REST base discord.js wants: Discord's documented `…/api`, to which it adds `/v10` itself. The
 * versioned base (`…/api/v10`, or `…/v10` for a stand-in serving at its root) and a bare host
 * (`http://127.0.0.1:3000`, read as `…/api`) are accepted too, as common ways to name a stand-in.
 */
function restBaseOf(url: URL): string {
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '') return `${url.origin}/api`;
  return `${url.origin}${path.replace(/\/v\d+$/, '')}`;
}

/** Parses an ASK_COOLDOWN-style value: `COUNT/SECONDS` (5/30) or `off` (null). */
export function parseCooldown(raw: string): Parsed<CooldownSetting | null> {
  const text = raw.trim();
  if (text.toLowerCase() === 'off') return { value: null };
  const match = /^(\d{1,4})\s*\/\s*(\d{1,5})$/.exec(text);
  const limit = Number(match?.[1]);
  const windowSeconds = Number(match?.[2]);
  if (!match || limit < 1 || windowSeconds < 1) {
    return {
      problem: `ASK_COOLDOWN must be COUNT/SECONDS with both at least 1 (e.g. 5/30) or off, got "${text.slice(0, 40)}"`,
    };
  }
  return { value: { limit, windowSeconds } };
}

const askCooldown: Variable<CooldownSetting | null> = {
  name: 'ASK_COOLDOWN',
  doc: 'questions per user per window, as COUNT/SECONDS (5/30 = 5 questions per 30 s), or off. Default: 5/30',
  requiredFor: [],
  fallback: { limit: 5, windowSeconds: 30 },
  parse: parseCooldown,
};

function snowflakeList(name: string, what: string): (raw: string) => Parsed<readonly string[]> {
  return (raw) => {
    const ids = raw
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '');
    const bad = ids.find((id) => !isSnowflake(id));
    return bad === undefined
      ? { value: ids }
      : {
          problem: `${name} must be comma-separated Discord ${what} ids (digits only), got "${bad.slice(0, 40)}"`,
        };
  };
}

const reloadGuildIds: Variable<readonly string[]> = {
  name: 'RELOAD_GUILD_IDS',
  doc: 'optional: /reload works only in these servers (comma-separated ids). Unset = any server.',
  requiredFor: [],
  fallback: [],
  parse: snowflakeList('RELOAD_GUILD_IDS', 'server (guild)'),
};

const reloadRoleIds: Variable<readonly string[]> = {
  name: 'RELOAD_ROLE_IDS',
  doc: 'optional: /reload also needs one of these roles (comma-separated ids), beyond Manage Server.',
  requiredFor: [],
  fallback: [],
  parse: snowflakeList('RELOAD_ROLE_IDS', 'role'),
};

function flag(name: string): (raw: string) => Parsed<boolean> {
  return (raw) => {
    if (/^(1|true|yes|on)$/i.test(raw)) return { value: true };
    if (/^(0|false|no|off)$/i.test(raw)) return { value: false };
    return { problem: `${name} must be 1 or 0, got "${raw.slice(0, 40)}"` };
  };
}

const registerCommandsOnStart: Variable<boolean> = {
  name: 'REGISTER_COMMANDS',
  doc: 'register the commands at every start (to DISCORD_GUILD_ID when set, else globally): 1 or 0. Default: 1',
  requiredFor: [],
  fallback: true,
  parse: flag('REGISTER_COMMANDS'),
};

const watchCorpus: Variable<boolean> = {
  name: 'WATCH_CORPUS',
  doc: 'reload by itself when the corpus folder changes: 1 or 0. Default: 0',
  requiredFor: [],
  fallback: false,
  parse: flag('WATCH_CORPUS'),
};

const healthPort: Variable<number | null> = {
  name: 'HEALTH_PORT',
  doc: 'optional: serve /healthz and /metrics on 127.0.0.1 at this port. Unset = no health server.',
  requiredFor: [],
  fallback: null,
  parse: (raw) => {
    const port = Number(raw);
    return /^\d{1,5}$/.test(raw) && port >= 1 && port <= 65535
      ? { value: port }
      : { problem: `HEALTH_PORT must be a port number 1–65535, got "${raw.slice(0, 40)}"` };
  },
};

const shardCount: Variable<number | 'auto'> = {
  name: 'SHARD_COUNT',
  doc: 'gateway shards: 1 (one process), a number, or auto (as Discord recommends). Default: 1',
  requiredFor: [],
  fallback: 1,
  parse: (raw) => {
    if (raw.toLowerCase() === 'auto') return { value: 'auto' };
    const count = Number(raw);
    return /^\d{1,4}$/.test(raw) && count >= 1
      ? { value: count }
      : { problem: `SHARD_COUNT must be a number of shards (1 or more) or auto, got "${raw.slice(0, 40)}"` };
  },
};

const indexCacheDir: Variable<string> = {
  name: 'INDEX_CACHE_DIR',
  doc: 'where the built index is cached, so a start loads in seconds. Default: .cache',
  requiredFor: [],
  fallback: '.cache',
  parse: (raw) => ({ value: raw }),
};

/** Every variable, in the order `.env.example` documents them. */
export const VARIABLES = [
  discordToken,
  discordClientId,
  discordGuildId,
  registerCommandsOnStart,
  corpusDir,
  logLevel,
  apiUrl,
  askCooldown,
  reloadGuildIds,
  reloadRoleIds,
  watchCorpus,
  healthPort,
  shardCount,
  indexCacheDir,
] as const;

/**
 * Reads the configuration from an environment (pure: pass `process.env` or a test object). Returns
 * every problem at once — each names its variable and what is wrong — or the typed config.
 */
export function configFrom(env: Environment, purpose: ConfigPurpose = 'start'): ConfigResult {
  const problems: string[] = [];
  function read<T>(variable: Variable<T>): T {
    const raw = env[variable.name]?.trim() ?? '';
    if (raw === '') {
      if (variable.requiredFor.includes(purpose))
        problems.push(`${variable.name} is missing: ${variable.doc}`);
      return variable.fallback;
    }
    const parsed = variable.parse(raw);
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      return variable.fallback;
    }
    return parsed.value;
  }
  const config: Config = {
    discordToken: read(discordToken),
    discordClientId: read(discordClientId),
    discordGuildId: read(discordGuildId),
    registerCommandsOnStart: read(registerCommandsOnStart),
    corpusDir: read(corpusDir),
    logLevel: read(logLevel),
    apiUrl: read(apiUrl),
    askCooldown: read(askCooldown),
    reloadGuildIds: read(reloadGuildIds),
    reloadRoleIds: read(reloadRoleIds),
    watchCorpus: read(watchCorpus),
    healthPort: read(healthPort),
    shardCount: read(shardCount),
    indexCacheDir: read(indexCacheDir),
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config };
}

/**
 * The process's configuration: `.env` in the working directory (if any) fills variables the
 * environment does not already set, then `configFrom`.
 */
export function configFromProcess(purpose: ConfigPurpose): ConfigResult {
  dotenv.config({ quiet: true });
  return configFrom(process.env, purpose);
}

/** The problems as a message for a person at a terminal. */
export function problemsMessage(problems: readonly string[], program: string): string {
  const lines = problems.map((problem) => `  - ${problem}`);
  return `${program}: the configuration is incomplete. Set these in .env (see .env.example) or the environment:\n${lines.join('\n')}\n`;
}

/**
 * The folder the user ran the command from: npm runs scripts from the package folder and passes the
 * user's own in INIT_CWD, so relative paths on a command line resolve against it.
 */
export function invocationDir(): string {
  return process.env['INIT_CWD'] ?? process.cwd();
}
