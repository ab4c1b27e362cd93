import {
  ActionRowBuilder,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  InteractionContextType,
  MessageFlags,
  REST,
  Routes,
  type ClientOptions,
  type Interaction,
} from 'discord.js';
import { FakeDiscord, type FakeDiscordOptions, type RecordedRequest } from '../../src/testing/fakeDiscord';

const TOKEN = 'dummy-token-never-recorded';
/** Guild ids on shard 0 and shard 1 of 2, by Discord's `(id >> 22) % shards`. */
const GUILD_ON_SHARD_0 = (300_000_000_000n << 22n).toString();
const GUILD_ON_SHARD_1 = (300_000_000_001n << 22n).toString();

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  // Clients first: a client whose gateway vanishes under it schedules a reconnect.
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startFake(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = await FakeDiscord.start({ guilds: [GUILD_ON_SHARD_0], ...options });
  cleanups.push(() => fake.stop());
  return fake;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms}ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

interface Bot {
  readonly client: Client;
  /** Errors thrown by the test's interaction handler (each test expects none unless it says so). */
  readonly errors: unknown[];
  /** Resolves once the handler has finished for `count` interactions in all. */
  readonly handled: (count: number) => Promise<void>;
}

/** A real discord.js client logged in to the fake, ready, running `handle` for each interaction. */
async function startBot(
  fake: FakeDiscord,
  handle: (interaction: Interaction) => Promise<void>,
  options: Partial<ClientOptions> = {},
): Promise<Bot> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.restUrl }, ...options });
  cleanups.push(() => client.destroy());
  const errors: unknown[] = [];
  let finished = 0;
  const waiting: { count: number; resolve: () => void }[] = [];
  client.on(Events.InteractionCreate, (interaction) => {
    handle(interaction)
      .catch((error: unknown) => errors.push(error))
      .finally(() => {
        finished++;
        for (const waiter of waiting.filter((w) => finished >= w.count)) {
          waiting.splice(waiting.indexOf(waiter), 1);
          waiter.resolve();
        }
      });
  });
  const handled = (count: number): Promise<void> =>
    withTimeout(
      new Promise<void>((resolve) => (finished >= count ? resolve() : waiting.push({ count, resolve }))),
      5000,
      `${count} handled interactions`,
    );
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(TOKEN);
  await withTimeout(ready, 10_000, 'clientReady');
  return { client, errors, handled };
}

const isCallback = (request: RecordedRequest): boolean => request.path.endsWith('/callback');
const isEditOriginal = (request: RecordedRequest): boolean =>
  request.method === 'PATCH' && request.path.endsWith('/messages/@original');

describe('FakeDiscord with the real discord.js client', () => {
  test('the client logs in, identifies and becomes ready, with the guild cached', async () => {
    const fake = await startFake();
    const { client } = await startBot(fake, async () => {});

    const [ready] = await fake.waitForReady();
    expect(ready).toMatchObject({ shardId: 0, shardCount: 1, resumed: false });
    expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toContain(
      'GET /api/v10/gateway/bot 200',
    );
    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0]).toMatchObject({ shard: [0, 1], intents: GatewayIntentBits.Guilds });
    expect(client.user?.id).toBe(fake.botUser.id);
    expect(client.application?.id).toBe(fake.applicationId);
    expect(client.guilds.cache.get(GUILD_ON_SHARD_0)?.available).toBe(true);
    expect(client.channels.cache.has(fake.channelIdOf(GUILD_ON_SHARD_0))).toBe(true);
    // The token appears nowhere in what the fake kept.
    const kept = JSON.stringify([fake.requests, fake.identifies, fake.gatewayFrames]);
    expect(kept).not.toContain(TOKEN);
    expect(fake.gatewayFrames.find((frame) => frame.op === 2)?.d).toMatchObject({ token: '[redacted]' });
    expect(fake.problems).toEqual([]);
  });

  test('a guild slash command: deferReply then editReply', async () => {
    const fake = await startFake();
    const seen: Record<string, unknown> = {};
    const { errors, handled } = await startBot(fake, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      seen.cached = interaction.inCachedGuild();
      seen.guildId = interaction.guildId;
      seen.context = interaction.context;
      seen.canSend = interaction.memberPermissions?.has('SendMessages');
      seen.question = interaction.options.getString('question', true);
      seen.limit = interaction.options.getInteger('limit');
      await interaction.deferReply();
      await interaction.editReply({
        content: `Answer to: ${String(seen.question)}`,
        embeds: [{ title: 'Sources' }],
      });
      seen.fetched = (await interaction.fetchReply()).content;
    });

    const sent = fake.slashCommand(
      'ask',
      { question: 'Who said it?', limit: 3 },
      { guildId: GUILD_ON_SHARD_0 },
    );
    const reply = await fake.waitForInteractionReply(sent);
    await handled(1);

    expect(errors).toEqual([]);
    expect(seen).toEqual({
      cached: true,
      guildId: GUILD_ON_SHARD_0,
      context: InteractionContextType.Guild,
      canSend: true,
      question: 'Who said it?',
      limit: 3,
      fetched: 'Answer to: Who said it?',
    });
    expect(reply).toMatchObject({ via: 'editOriginal', callbackType: 5, ephemeral: false });
    expect(reply.message).toMatchObject({
      content: 'Answer to: Who said it?',
      embeds: [{ title: 'Sources', type: 'rich' }],
      channel_id: fake.channelIdOf(GUILD_ON_SHARD_0),
      author: { id: fake.botUser.id, bot: true },
      flags: 0,
    });
    expect(reply.message?.edited_timestamp).not.toBeNull();
    const callback = fake.requests.find(isCallback);
    expect(callback).toMatchObject({
      method: 'POST',
      path: `/api/v10/interactions/${sent.id}/${sent.token}/callback`,
      query: { with_response: 'false' },
      body: { type: 5, data: { flags: 0 } },
      status: 204,
    });
    expect(callback?.headers.authorization).toBeUndefined();
    const edit = fake.requests.find(isEditOriginal);
    expect(edit).toMatchObject({
      path: `/api/v10/webhooks/${fake.applicationId}/${sent.token}/messages/@original`,
      body: { content: 'Answer to: Who said it?', embeds: [{ title: 'Sources' }] },
      status: 200,
    });
    expect(fake.interaction(sent.token)?.original?.content).toBe('Answer to: Who said it?');
    expect(fake.problems).toEqual([]);
  });

  test('a DM slash command: an ephemeral reply (with no guilds at all)', async () => {
    const fake = await startFake({ guilds: [] });
    const seen: Record<string, unknown> = {};
    const { errors } = await startBot(fake, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      seen.inGuild = interaction.inGuild();
      seen.userId = interaction.user.id;
      seen.channelId = interaction.channelId;
      seen.context = interaction.context;
      await interaction.reply({ content: 'Only you can see this', flags: MessageFlags.Ephemeral });
    });

    const sent = fake.slashCommand('ask', { question: 'hello?' });
    const reply = await fake.waitForInteractionReply(sent);

    expect(errors).toEqual([]);
    expect(seen).toEqual({
      inGuild: false,
      userId: fake.defaultUser.id,
      channelId: fake.dmChannelIdOf(fake.defaultUser.id),
      context: InteractionContextType.BotDM,
    });
    expect(reply).toMatchObject({ via: 'callback', callbackType: 4, ephemeral: true });
    expect(reply.data).toMatchObject({ content: 'Only you can see this', flags: MessageFlags.Ephemeral });
    expect(fake.requests.find(isCallback)?.body).toMatchObject({ type: 4, data: { flags: 64 } });
  });

  test('autocomplete: respond with choices', async () => {
    const fake = await startFake();
    let focused: unknown;
    const { errors } = await startBot(fake, async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      focused = interaction.options.getFocused(true);
      await interaction.respond([
        { name: 'Alice Example', value: 'alice' },
        { name: 'Bob Example', value: 'bob' },
      ]);
    });

    const sent = fake.autocomplete('actor', [{ name: 'name', value: 'Al', focused: true }], {
      guildId: GUILD_ON_SHARD_0,
    });
    const reply = await fake.waitForInteractionReply(sent);

    expect(errors).toEqual([]);
    expect(focused).toMatchObject({ name: 'name', value: 'Al', focused: true });
    expect(reply).toMatchObject({ via: 'callback', callbackType: 8, message: null });
    expect(reply.data).toEqual({
      choices: [
        { name: 'Alice Example', value: 'alice' },
        { name: 'Bob Example', value: 'bob' },
      ],
    });
  });

  test('a message context-menu command sees its target message', async () => {
    const fake = await startFake();
    let targetContent: string | undefined;
    const { errors } = await startBot(fake, async (interaction) => {
      if (!interaction.isMessageContextMenuCommand()) return;
      targetContent = interaction.targetMessage.content;
      await interaction.reply({ content: `Checking: ${targetContent}` });
    });

    const sent = fake.messageCommand(
      'Check quote',
      { content: 'The minister said it.' },
      { guildId: GUILD_ON_SHARD_0 },
    );
    const reply = await fake.waitForInteractionReply(sent);

    expect(errors).toEqual([]);
    expect(targetContent).toBe('The minister said it.');
    expect(reply.message).toMatchObject({
      content: 'Checking: The minister said it.',
      type: 23,
      interaction_metadata: { target_message_id: sent.targetMessageId },
    });
  });

  test('a button click on the bot’s reply: update the message', async () => {
    const fake = await startFake();
    let responseMessageId: string | undefined;
    const { errors, handled } = await startBot(fake, async (interaction) => {
      if (interaction.isChatInputCommand()) {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('more').setLabel('More').setStyle(ButtonStyle.Primary),
        );
        const response = await interaction.reply({
          content: 'First passage',
          components: [row],
          withResponse: true,
        });
        responseMessageId = response.resource?.message?.id;
      } else if (interaction.isButton()) {
        await interaction.update({ content: `Second passage (${interaction.customId})`, components: [] });
      }
    });

    const command = fake.slashCommand('ask', { question: 'q' }, { guildId: GUILD_ON_SHARD_0 });
    const first = await fake.waitForInteractionReply(command);
    expect(first.message?.components).toHaveLength(1);
    await fake.waitForRequest((r) => isCallback(r) && r.query.with_response === 'true' && r.status === 200);

    const click = fake.buttonClick('more', { message: first.message?.id ?? '' });
    const update = await fake.waitForInteractionReply(click);
    await handled(2);

    expect(errors).toEqual([]);
    expect(responseMessageId).toBe(first.message?.id);
    expect(update).toMatchObject({ via: 'callback', callbackType: 7 });
    expect(update.message).toMatchObject({
      id: first.message?.id,
      content: 'Second passage (more)',
      components: [],
    });
    expect(click.payload).toMatchObject({
      guild_id: GUILD_ON_SHARD_0,
      data: { custom_id: 'more', component_type: 2 },
    });
  });

  test('follow-ups and a multipart reply with a file', async () => {
    const fake = await startFake();
    const { errors } = await startBot(fake, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply({
        content: 'See file',
        files: [{ attachment: Buffer.from('quote text'), name: 'quote.txt' }],
      });
      await interaction.followUp({ content: 'And one more thing' });
    });

    const sent = fake.slashCommand('ask', { question: 'q' });
    const first = await fake.waitForInteractionReply(sent);
    const followUp = await fake.waitForInteractionReply(sent, { match: (reply) => reply.via === 'followUp' });

    expect(errors).toEqual([]);
    const callback = fake.requests.find(isCallback);
    expect(callback?.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect(callback?.body).toMatchObject({ type: 4, data: { content: 'See file' } });
    expect(callback?.files).toEqual([expect.objectContaining({ filename: 'quote.txt', size: 10 })]);
    expect(first.message?.attachments).toEqual([
      expect.objectContaining({ filename: 'quote.txt', size: 10 }),
    ]);
    expect(followUp.message).toMatchObject({ content: 'And one more thing' });
    expect(followUp.message?.id).not.toBe(first.message?.id);
  });

  test('REST.put of application commands twice keeps the same commands', async () => {
    const fake = await startFake();
    const rest = new REST({ api: fake.restUrl }).setToken(TOKEN);
    cleanups.push(async () => {
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
    });
    const body = [
      {
        name: 'ask',
        description: 'Ask about the news',
        options: [
          {
            name: 'question',
            description: 'Your question',
            type: ApplicationCommandOptionType.String,
            required: true,
          },
        ],
      },
      { name: 'Check quote', type: ApplicationCommandType.Message },
    ];

    const first = (await rest.put(Routes.applicationCommands(fake.applicationId), { body })) as {
      id: string;
      version: string;
    }[];
    const second = (await rest.put(Routes.applicationCommands(fake.applicationId), { body })) as typeof first;
    const listed = await rest.get(Routes.applicationCommands(fake.applicationId));
    const guild = (await rest.put(Routes.applicationGuildCommands(fake.applicationId, GUILD_ON_SHARD_0), {
      body: [{ name: 'reload', description: 'Reload the corpus' }],
    })) as { guild_id: string }[];

    expect(first).toHaveLength(2);
    expect(first[0]).toMatchObject({
      name: 'ask',
      type: 1,
      application_id: fake.applicationId,
      default_member_permissions: null,
    });
    expect(second).toEqual(first);
    expect(listed).toEqual(first);
    expect(fake.commands()).toEqual(first);
    expect(guild[0]).toMatchObject({ name: 'reload', guild_id: GUILD_ON_SHARD_0 });
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(3);
    expect(puts[0]?.headers['x-ratelimit-bucket']).toBeUndefined(); // response headers are not request headers
    // Slash commands now use the registered ids and option types; unknown names are refused.
    expect(() => fake.slashCommand('nope')).toThrow(/no ChatInput command "nope" is registered/);
    // An invalid definition gets Discord's 50035 Invalid Form Body.
    const invalid = rest.put(Routes.applicationCommands(fake.applicationId), {
      body: [{ name: 'Bad Name', description: 'x' }],
    });
    await expect(invalid).rejects.toMatchObject({ code: 50035, status: 400 });
    await expect(invalid).rejects.toBeInstanceOf(DiscordAPIError);
  });

  test('REST calls without a bot token get 401, unknown routes 404', async () => {
    const fake = await startFake();
    const noAuth = await fetch(`${fake.restUrl}/v10/gateway/bot`);
    const unknown = await fetch(`${fake.restUrl}/v10/channels/123/messages`, {
      headers: { authorization: `Bot ${TOKEN}` },
    });

    expect(noAuth.status).toBe(401);
    expect(await noAuth.json()).toEqual({ message: '401: Unauthorized', code: 0 });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ message: '404: Not Found', code: 0 });
    expect(fake.requests.map((r) => r.status)).toEqual([401, 404]);
  });

  test('a 429 on the callback: discord.js waits retry_after and the reply arrives', async () => {
    const fake = await startFake();
    const { errors } = await startBot(fake, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: 'made it' });
    });
    fake.failNext({ method: 'POST', pathPattern: /\/callback$/, status: 429, retryAfterSeconds: 0.2 });

    const sent = fake.slashCommand('ask', { question: 'q' }, { guildId: GUILD_ON_SHARD_0 });
    const reply = await fake.waitForInteractionReply(sent);

    expect(errors).toEqual([]);
    expect(reply.data).toMatchObject({ content: 'made it' });
    const callbacks = fake.requests.filter(isCallback);
    expect(callbacks.map((r) => r.status)).toEqual([429, 204]);
    const [limited, retried] = callbacks;
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(200);
  });

  test('a 429 on the @original edit: discord.js retries and the edit arrives', async () => {
    const fake = await startFake();
    const { errors } = await startBot(fake, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      await interaction.editReply('edited after a rate limit');
    });
    fake.failNext({
      method: 'PATCH',
      pathPattern: /\/messages\/@original$/,
      status: 429,
      retryAfterSeconds: 0.15,
    });

    const sent = fake.slashCommand('ask', { question: 'q' });
    const reply = await fake.waitForInteractionReply(sent);

    expect(errors).toEqual([]);
    expect(reply).toMatchObject({ via: 'editOriginal', message: { content: 'edited after a rate limit' } });
    expect(fake.requests.filter(isEditOriginal).map((r) => r.status)).toEqual([429, 200]);
  });

  test('a 500 once: discord.js retries server errors and still delivers', async () => {
    const fake = await startFake();
    const { errors } = await startBot(fake, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.editReply('after a server error');
    });
    fake.failNext({ method: 'PATCH', status: 500 });

    const sent = fake.slashCommand('ask', { question: 'q' }, { guildId: GUILD_ON_SHARD_0 });
    const reply = await fake.waitForInteractionReply(sent);

    expect(errors).toEqual([]);
    expect(reply).toMatchObject({
      via: 'editOriginal',
      ephemeral: true,
      message: { content: 'after a server error' },
    });
    expect(fake.requests.filter(isEditOriginal).map((r) => r.status)).toEqual([500, 200]);
  });

  test('a callback after the deadline (3 s on Discord) gets 10062 Unknown interaction', async () => {
    const fake = await startFake({ interactionCallbackDeadlineMs: 100 });
    let outcome: unknown;
    const { errors, handled } = await startBot(fake, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
      outcome = await interaction.reply('too late').catch((error: unknown) => error);
    });

    fake.slashCommand('ask', { question: 'q' });
    await handled(1);

    expect(errors).toEqual([]);
    expect(outcome).toBeInstanceOf(DiscordAPIError);
    expect(outcome).toMatchObject({ code: 10062, status: 404 });
    expect(fake.problems).toEqual([
      expect.stringMatching(/answered \d+ms after it was sent; Discord allows 100ms/),
    ]);
    expect(fake.replies).toEqual([]);
  });

  test('Discord’s rules surface as errors: message limits, double acknowledgement', async () => {
    const fake = await startFake();
    const outcomes: Record<string, unknown> = {};
    const capture = async (key: string, action: () => Promise<unknown>): Promise<void> => {
      try {
        await action();
        outcomes[key] = 'ok';
      } catch (error) {
        outcomes[key] = error instanceof DiscordAPIError ? error.code : String(error);
      }
    };
    const { errors, handled } = await startBot(fake, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const mode = interaction.options.getString('mode', true);
      if (mode === 'long') {
        await capture(mode, () => interaction.reply('x'.repeat(2001)));
      } else {
        await interaction.reply('once');
        // Bypass discord.js's own "already replied" guard to see Discord's answer.
        await capture(mode, () =>
          interaction.client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
            body: { type: 4, data: { content: 'twice' } },
            auth: false,
          }),
        );
      }
    });

    fake.slashCommand('ask', { mode: 'long' });
    fake.slashCommand('ask', { mode: 'twice' });
    await handled(2);

    expect(errors).toEqual([]);
    expect(outcomes).toEqual({ long: 50035, twice: 40060 });
    expect(fake.problems).toEqual([]);
  });

  test('rate-limit headers pace discord.js: an exhausted bucket makes it wait instead of hitting a 429', async () => {
    const fake = await startFake({ rateLimit: { limit: 2, windowSeconds: 0.4 } });
    const { errors } = await startBot(fake, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      for (let step = 1; step <= 4; step++) await interaction.editReply(`step ${step}`);
    });

    const sent = fake.slashCommand('ask', { question: 'q' });
    await fake.waitForInteractionReply(sent, { match: (reply) => reply.message?.content === 'step 4' });

    expect(errors).toEqual([]);
    const edits = fake.requests.filter(isEditOriginal);
    expect(edits.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    // The third edit waited for the bucket to reset (0.4 s after the first).
    expect((edits[2]?.at ?? 0) - (edits[0]?.at ?? 0)).toBeGreaterThanOrEqual(350);
    expect(fake.problems).toEqual([]);
  });

  test('heartbeats are acknowledged, so the client measures a ping', async () => {
    const fake = await startFake({ heartbeatIntervalMs: 50 });
    const { client } = await startBot(fake, async () => {});

    await withTimeout(
      (async () => {
        while (client.ws.ping < 0) await new Promise((resolve) => setTimeout(resolve, 10));
      })(),
      2000,
      'a heartbeat ACK',
    );

    expect(fake.gatewayFrames.filter((frame) => frame.op === 1).length).toBeGreaterThanOrEqual(1);
    expect(client.ws.ping).toBeGreaterThanOrEqual(0);
  });

  test('two shards: the client identifies twice and guild interactions reach the owning shard', async () => {
    const fake = await startFake({
      shardCount: 2,
      maxConcurrency: 2,
      guilds: [GUILD_ON_SHARD_0, GUILD_ON_SHARD_1],
    });
    let shardOfInteraction: number | undefined;
    const { client, errors } = await startBot(
      fake,
      async (interaction) => {
        if (!interaction.isChatInputCommand() || !interaction.inCachedGuild()) return;
        shardOfInteraction = interaction.guild.shardId;
        await interaction.reply('from shard');
      },
      { shards: 'auto' },
    );

    await fake.waitForReady();
    expect(fake.identifies.map((identify) => identify.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(client.guilds.cache.get(GUILD_ON_SHARD_1)?.shardId).toBe(1);
    const sent = fake.slashCommand('ask', { question: 'q' }, { guildId: GUILD_ON_SHARD_1 });
    expect(sent.shardId).toBe(1);
    await fake.waitForInteractionReply(sent);
    expect(errors).toEqual([]);
    expect(shardOfInteraction).toBe(1);
  });

  test('RECONNECT: the client resumes its session and keeps receiving interactions', async () => {
    const fake = await startFake();
    const { client, errors } = await startBot(fake, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('still here');
    });
    const [before] = await fake.waitForReady();
    const resumed = new Promise<void>((resolve) => client.once(Events.ShardResume, () => resolve()));

    fake.requestReconnect(0);
    await withTimeout(resumed, 5000, 'shardResume');

    expect(fake.readies.at(-1)).toMatchObject({ resumed: true, sessionId: before?.sessionId });
    expect(fake.gatewayFrames.some((frame) => frame.op === 6)).toBe(true);
    expect(fake.identifies).toHaveLength(1);
    const sent = fake.slashCommand('ask', { question: 'q' });
    expect((await fake.waitForInteractionReply(sent)).data).toMatchObject({ content: 'still here' });
    expect(errors).toEqual([]);
  });

  test('INVALID_SESSION (not resumable): the client identifies again', async () => {
    const fake = await startFake();
    // discord.js spaces IDENTIFYs of one concurrency bucket 5–6.5 s apart; skip that wait here.
    const { client } = await startBot(fake, async () => {}, {
      ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) },
    });
    // Wait on the client, not on the fake: a client destroyed between IDENTIFY and READY reconnects.
    const readyAgain = new Promise<void>((resolve) => client.once(Events.ShardReady, () => resolve()));

    fake.invalidateSession(0, false);
    await withTimeout(readyAgain, 5000, 'shardReady after re-identifying');

    expect(fake.identifies).toHaveLength(2);
    const [first, second] = fake.readies;
    expect(second).toMatchObject({ resumed: false, shardId: 0 });
    expect(second?.sessionId).not.toBe(first?.sessionId);
  });

  test('waits time out with a message listing recent requests', async () => {
    const fake = await startFake();
    await fetch(`${fake.restUrl}/v10/nowhere`);
    await expect(fake.waitForRequest((r) => r.method === 'DELETE', { timeoutMs: 50 })).rejects.toThrow(
      /no matching request within 50ms[\s\S]*GET \/api\/v10\/nowhere → 404/,
    );
  });
});
