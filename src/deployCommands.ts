import { configFromProcess, problemsMessage } from './config';

/**
 * `npm run deploy-commands`: registers the bot's commands with Discord — to DISCORD_GUILD_ID when
 * set (they appear at once), else globally. One bulk overwrite, so running it twice changes nothing.
 */
async function main(): Promise<number> {
  const result = configFromProcess('deploy');
  if (!result.ok) {
    process.stderr.write(problemsMessage(result.problems, 'deploy-commands'));
    return 1;
  }
  const { config } = result;
  if (config.discordToken === null || config.discordClientId === null) {
    throw new Error('configFrom accepted a deploy configuration without a token or client id');
  }
  // Loaded only once the configuration is valid, so a problem is reported at once.
  const { registerCommands, registrationProblem } = await import('./discord/registerCommands');
  try {
    const { scope, registered } = await registerCommands({
      token: config.discordToken,
      applicationId: config.discordClientId,
      guildId: config.discordGuildId,
      apiUrl: config.apiUrl,
    });
    const where =
      scope === 'guild'
        ? `to server ${config.discordGuildId}`
        : 'globally (may take up to an hour to appear)';
    const names = registered.map((command) =>
      command.type === 1 ? `/${command.name}` : `“${command.name}”`,
    );
    process.stdout.write(`Registered ${registered.length} commands ${where}: ${names.join(', ')}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`deploy-commands: ${registrationProblem(error)}\n`);
    return 1;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `deploy-commands: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
