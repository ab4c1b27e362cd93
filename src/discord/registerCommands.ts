import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
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
  const route =
    options.guildId === null
      ? Routes.applicationCommands(options.applicationId)
      : Routes.applicationGuildCommands(options.applicationId, options.guildId);
  try {
    const registered = (await rest.put(route, {
      body: commandRegistrations(options.commands ?? COMMANDS),
    })) as RESTPutAPIApplicationCommandsResult;
    return { scope: options.guildId === null ? 'global' : 'guild', registered };
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
