import { DiscordAPIError, REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import type { Command } from './command';
import { COMMANDS, commandRegistrations } from './commands';

export interface RegisterOptions {
  readonly token: string;
  readonly applicationId: string;
  /** Register to this guild only (instant); null registers globally. */
  readonly guildId: string | null;
  /** REST base; null for Discord's own. */
  readonly apiUrl: string | null;
  /** Default `COMMANDS`. */
  readonly commands?: readonly Command[];
}

export interface Registration {
  readonly scope: 'guild' | 'global';
  readonly registered: RESTPutAPIApplicationCommandsResult;
}

/**
 * Registers the commands with one bulk overwrite (`PUT`): Discord then holds exactly this list, so
 * running it again with the same commands changes nothing, and removed commands disappear.
 */
export async function registerCommands(options: RegisterOptions): Promise<Registration> {
  const rest = new REST(options.apiUrl === null ? {} : { api: options.apiUrl }).setToken(options.token);
  try {
    return await registerThrough(rest, options.applicationId, options.guildId, options.commands ?? COMMANDS);
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

/**
 * The same bulk overwrite through a REST client already in use (the logged-in bot's, at start):
 * overwriting with the list Discord already holds creates nothing, so it does not count against
 * Discord's daily limit on new commands.
 */
export async function registerThrough(
  rest: REST,
  applicationId: string,
  guildId: string | null,
  commands: readonly Command[] = COMMANDS,
): Promise<Registration> {
  const route =
    guildId === null
      ? Routes.applicationCommands(applicationId)
      : Routes.applicationGuildCommands(applicationId, guildId);
  const registered = (await rest.put(route, {
    body: commandRegistrations(commands),
  })) as RESTPutAPIApplicationCommandsResult;
  return { scope: guildId === null ? 'global' : 'guild', registered };
}

/** What to tell the person who ran `deploy-commands` when Discord refused: the cause and the fix, never the token. */
export function registrationProblem(error: unknown): string {
  if (error instanceof DiscordAPIError) {
    if (error.status === 401) {
      return 'Discord refused the token (401). Copy it again from the Bot page of your application.';
    }
    if (error.status === 403 || error.status === 404) {
      return `Discord refused the registration (${error.status} ${error.message}). Check DISCORD_CLIENT_ID, and that the bot is in DISCORD_GUILD_ID's server.`;
    }
    return `Discord answered ${error.status}: ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}
