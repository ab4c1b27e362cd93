import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commandRegistrations } from '../../src/discord/commands';
import { registerCommands, registrationProblem } from '../../src/discord/registerCommands';
import { FakeDiscord } from '../../src/testing/fakeDiscord';

const ROOT = path.join(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CORPUS = path.join(__dirname, 'fixtures/corpus');
const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0.GsEcRt.entry-test-token-value_0123456789';
const COMMAND_NAMES = commandRegistrations().map((command) => command.name);

interface Run {
  readonly child: ChildProcess;
  readonly output: { stdout: string; stderr: string };
  /** Resolves with the exit code (or the signal's name) once the process has exited. */
  readonly exited: Promise<number | string>;
}

/**
 * Runs an entry point the way `npm start` / `npm run deploy-commands` do, asynchronously: the fake
 * Discord lives in this process and must keep answering while the child runs. The working directory
 * is a fresh temporary folder, removed when the process exits: no developer's `.env` is read, and
 * whatever the bot writes relative to it (the index cache) goes away.
 */
function runEntry(entry: string, env: Record<string, string>): Run {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'citebot-entry-'));
  const child = spawn(TSX, [path.join(ROOT, entry)], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', HOME: os.tmpdir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout?.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once('close', (code, signal) => {
      rmSync(cwd, { recursive: true, force: true });
      resolve(code ?? signal ?? 'unknown');
    }),
  );
  return { child, output, exited };
}

/** Resolves when `predicate` holds for the output so far; rejects after `timeoutMs` or when the process exits. */
function outputMatching(run: Run, predicate: (stdout: string) => boolean, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (predicate(run.output.stdout)) finish(null);
    };
    const timer = setTimeout(
      () => finish(new Error(`timed out; output so far:\n${run.output.stdout}\n${run.output.stderr}`)),
      timeoutMs,
    );
    const onExit = (): void => finish(new Error(`exited early:\n${run.output.stdout}\n${run.output.stderr}`));
    function finish(error: Error | null): void {
      clearTimeout(timer);
      run.child.stdout?.off('data', check);
      run.child.off('close', onExit);
      if (error === null) resolve();
      else reject(error);
    }
    run.child.stdout?.on('data', check);
    run.child.once('close', onExit);
    check();
  });
}

describe('npm start (src/main.ts)', () => {
  it('refuses to start without DISCORD_TOKEN: exit 1 and a message naming it', async () => {
    const run = runEntry('src/main.ts', { DISCORD_TOKEN: '' });
    expect(await run.exited).toBe(1);
    expect(run.output.stderr).toMatch(/^citebot: the configuration is incomplete/);
    expect(run.output.stderr).toContain('DISCORD_TOKEN is missing');
    expect(run.output.stdout).toBe('');
  });

  it('names every malformed variable and never prints the token', async () => {
    const run = runEntry('src/main.ts', {
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: 'abc',
      LOG_LEVEL: 'loud',
      ASK_COOLDOWN: 'lots',
    });
    expect(await run.exited).toBe(1);
    for (const name of ['DISCORD_CLIENT_ID', 'LOG_LEVEL', 'ASK_COOLDOWN'])
      expect(run.output.stderr).toContain(name);
    expect(`${run.output.stdout}${run.output.stderr}`).not.toContain(TOKEN);
  });

  it('registers its commands, serves answers through DISCORD_API_URL and exits 0 on SIGTERM, logging JSON without the token', async () => {
    const fake = await FakeDiscord.start({ token: TOKEN });
    const run = runEntry('src/main.ts', {
      DISCORD_TOKEN: TOKEN,
      // The versioned base (…/api/v10/), as a stand-in may name itself: read as …/api.
      DISCORD_API_URL: `${fake.restUrl}/v10/`,
      CORPUS_DIR: CORPUS,
      ASK_COOLDOWN: 'off',
    });
    try {
      await outputMatching(
        run,
        (stdout) => stdout.includes('"connected to Discord"') && stdout.includes('"commands registered"'),
        // Seconds with warm caches; a clean clone first builds the word-vector caches.
        150_000,
      );
      // It logs in only once the library is loaded: the first question is answered, not "still loading".
      const stdout = run.output.stdout;
      expect(stdout.indexOf('"library loaded"')).toBeGreaterThan(-1);
      expect(stdout.indexOf('"library loaded"')).toBeLessThan(stdout.indexOf('"connected to Discord"'));
      // It registered the commands itself (REGISTER_COMMANDS defaults to 1), with the id READY gave.
      expect(fake.commands().map((command) => command.name)).toContain('ask');
      const reply = await fake.waitForInteractionReply(
        fake.slashCommand('ask', { question: 'Who detained Bazoum?' }),
      );
      expect(reply.message?.embeds[0]?.description).toContain(
        '> Soldiers from the presidential guard detained President Mohamed Bazoum',
      );
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      const lines = run.output.stdout.trim().split('\n');
      for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
      expect(lines.some((line) => line.includes('"shutting down"'))).toBe(true);
      expect(`${run.output.stdout}${run.output.stderr}`).not.toContain(TOKEN);
      expect(fake.problems).toEqual([]);
    } finally {
      if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
      await run.exited;
      await fake.stop();
    }
  }, 180_000);
});

describe('npm run deploy-commands (src/deployCommands.ts)', () => {
  it('registers the commands globally; running it again changes nothing', async () => {
    const fake = await FakeDiscord.start({ token: TOKEN });
    try {
      const env = {
        DISCORD_TOKEN: TOKEN,
        DISCORD_CLIENT_ID: fake.applicationId,
        DISCORD_API_URL: fake.restUrl,
      };
      const first = runEntry('src/deployCommands.ts', env);
      expect(await first.exited).toBe(0);
      const listed = commandRegistrations().map((command) =>
        command.type === 3 ? `“${command.name}”` : `/${command.name}`,
      );
      expect(first.output.stdout).toBe(
        `Registered ${COMMAND_NAMES.length} commands globally (may take up to an hour to appear): ${listed.join(', ')}\n`,
      );
      expect(listed.slice(0, 4)).toEqual(['/ask', '“Find in articles”', '/sources', '/help']);
      const before = fake.commands();
      expect(before.map((command) => command.name)).toEqual(COMMAND_NAMES);
      // The second run, in-process: the same bulk overwrite the script sends.
      await registerCommands({
        token: TOKEN,
        applicationId: fake.applicationId,
        guildId: null,
        apiUrl: fake.restUrl,
      });
      expect(fake.commands()).toEqual(before);
      expect(`${first.output.stdout}${first.output.stderr}`).not.toContain(TOKEN);
    } finally {
      await fake.stop();
    }
  });

  it('registers to DISCORD_GUILD_ID when it is set, idempotently', async () => {
    const guildId = '400000000000000001';
    const fake = await FakeDiscord.start({ token: TOKEN, guilds: [guildId] });
    try {
      const options = { token: TOKEN, applicationId: fake.applicationId, guildId, apiUrl: fake.restUrl };
      const first = await registerCommands(options);
      const second = await registerCommands(options);
      expect(first.scope).toBe('guild');
      expect(second.registered).toEqual(first.registered);
      expect(fake.commands(guildId).map((command) => command.name)).toEqual(COMMAND_NAMES);
      expect(fake.commands()).toEqual([]);
    } finally {
      await fake.stop();
    }
  });

  it('explains a refused token without printing it', async () => {
    const fake = await FakeDiscord.start({ token: TOKEN });
    try {
      const wrong = `${TOKEN}-wrong`;
      const refused = await registerCommands({
        token: wrong,
        applicationId: fake.applicationId,
        guildId: null,
        apiUrl: fake.restUrl,
      }).then(
        () => null,
        (error: unknown) => error,
      );
      const message = registrationProblem(refused);
      expect(message).toMatch(/^Discord refused the token \(401\)/);
      expect(message).not.toContain(wrong);
    } finally {
      await fake.stop();
    }
  });
});
