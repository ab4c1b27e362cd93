import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { registerCommands } from '../../src/discord/registerCommands';
import { FakeDiscord, type InteractionReply } from '../../src/testing/fakeDiscord';
import { shardIdOf } from '../../src/testing/snowflakes';
import { tempCorpus, tempDir, writeArticle } from './corpusFixture';

const ROOT = path.join(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0.GsEcRt.sharding-test-token-value_0123456789';
const MANAGE =
  PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages;

/** Two guild ids, the first on shard 0 and the second on shard 1 of two. */
function guildsOnTwoShards(): [string, string] {
  const found: string[] = [];
  for (let n = 1n; found.length < 2; n += 1n) {
    const id = ((1_000_000_000_000n + n) << 22n).toString();
    if (shardIdOf(id, 2) === found.length) found.push(id);
  }
  return found as [string, string];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function textOf(reply: InteractionReply): string {
  const embeds = reply.message?.embeds ?? [];
  return [reply.message?.content ?? '', ...embeds.map((embed) => embed.description ?? '')].join('\n');
}

// Two real processes, a manager and a fake Discord on one loaded 2-core machine: one retry, with the
// first failure logged, so a slow start does not fail CI while a real fault still fails twice.
jest.retryTimes(1, { logErrorsBeforeRetry: true });

describe('npm start with SHARD_COUNT=2 (ShardingManager, fake Discord announcing two shards)', () => {
  it('builds the cache once, every shard serves, /reload on one shard reloads both, /healthz sees both', async () => {
    const [guild0, guild1] = guildsOnTwoShards();
    const corpus = tempCorpus();
    const cache = tempDir();
    const fake = await FakeDiscord.start({
      token: TOKEN,
      shardCount: 2,
      maxConcurrency: 2,
      guilds: [guild0, guild1],
    });
    const healthPort = await freePort();
    const output = { stdout: '', stderr: '' };
    const child: ChildProcess = spawn(TSX, [path.join(ROOT, 'src/main.ts')], {
      cwd: os.tmpdir(),
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: os.tmpdir(),
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: fake.restUrl,
        CORPUS_DIR: corpus.dir,
        INDEX_CACHE_DIR: cache.dir,
        SHARD_COUNT: '2',
        HEALTH_PORT: String(healthPort),
        ASK_COOLDOWN: 'off',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
    // 'exit', not 'close': shard processes share the manager's stdout until they are gone.
    const exited = new Promise<number | string>((resolve) =>
      child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
    );
    const until = async (predicate: () => boolean, what: string, timeoutMs = 150_000): Promise<void> => {
      const deadline = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > deadline || child.exitCode !== null) {
          throw new Error(`${what}: not seen.\nstdout:\n${output.stdout}\nstderr:\n${output.stderr}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const ask = async (guildId: string, question: string): Promise<string> => {
      const sent = fake.slashCommand('ask', { question }, { guildId });
      expect(sent.shardId).toBe(guildId === guild0 ? 0 : 1);
      return textOf(await fake.waitForInteractionReply(sent, { timeoutMs: 30_000 }));
    };
    try {
      await registerCommands({
        token: TOKEN,
        applicationId: fake.applicationId,
        guildId: null,
        apiUrl: fake.restUrl,
      });
      await until(() => output.stdout.includes('"every shard is ready"'), 'every shard ready', 120_000);
      await until(
        () => (output.stdout.match(/"library loaded"/g) ?? []).length === 2,
        'both shards loaded the library',
        60_000,
      );
      // Built once, by the manager; both shards loaded it from the cache.
      expect(output.stdout.match(/"source":"cache"/g)?.length).toBe(2);
      expect(output.stdout).toMatch(/"source":"built".*"msg":"index cache ready for the shards"/);

      expect(await ask(guild0, 'What did farmers harvest this autumn?')).toMatch(/sorghum/);
      expect(await ask(guild1, 'What did farmers harvest this autumn?')).toMatch(/sorghum/);

      writeArticle(
        corpus.dir,
        'bridge.md',
        '---\nid: bridge\ntitle: Bridge\n---\nA new bridge over the Niger river opened in Niamey on Monday.\n',
      );
      writeArticle(
        corpus.dir,
        'harvest.md',
        '---\nid: harvest\ntitle: Harvest report\n---\nFarmers harvested a record crop of millet this autumn.\n',
      );
      rmSync(path.join(corpus.dir, 'budget.md'));
      const reload = fake.slashCommand('reload', {}, { guildId: guild1, memberPermissions: MANAGE });
      const reply = await fake.waitForInteractionReply(reload, {
        match: (r) => /^Reload/m.test(textOf(r)) && !/^Reloading/.test(textOf(r)),
        timeoutMs: 120_000,
      });
      const text = textOf(reply);
      expect(reply.ephemeral).toBe(true);
      expect(text).toMatch(/^Reloaded in/);
      expect(text).toMatch(/Added 1: bridge/);
      expect(text).toMatch(/Changed 1: harvest/);
      expect(text).toMatch(/Removed 1: budget/);

      for (const guild of [guild0, guild1]) {
        expect(await ask(guild, 'What did farmers harvest this autumn?')).toMatch(/millet/);
        expect(await ask(guild, 'Which bridge opened in Niamey?')).toMatch(/bridge over the Niger river/);
      }

      const health = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
      expect(health.status).toBe(200);
      const status = (await health.json()) as {
        gateway: boolean;
        corpus: { articles: number };
        detail: { shards: unknown[] };
      };
      expect(status.gateway).toBe(true);
      expect(status.corpus.articles).toBe(3);
      expect(status.detail.shards).toHaveLength(2);
      const metrics = await (await fetch(`http://127.0.0.1:${healthPort}/metrics`)).text();
      expect(metrics).toMatch(/citebot_reloads_total\{result="ok",trigger="command"\} 1/);
      expect(metrics).toMatch(/citebot_questions_total\{outcome="answered"\} 6/);
      expect(metrics).toMatch(/citebot_corpus_articles 3/);

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(`${output.stdout}${output.stderr}`).not.toContain(TOKEN);
      expect(fake.problems).toEqual([]);
    } catch (error) {
      throw new Error(
        `${String(error)}\nstdout:\n${output.stdout.slice(-8000)}\nstderr:\n${output.stderr.slice(-4000)}`,
      );
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM'); // the manager stops its shards
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      await fake.stop();
      corpus.remove();
      cache.remove();
    }
  }, 240_000);
});
