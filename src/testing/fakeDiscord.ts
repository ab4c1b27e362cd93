import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  GatewayDispatchEvents,
  GatewayIntentBits,
  InteractionContextType,
  InteractionType,
  type APIApplicationCommand,
  type APIApplicationCommandOption,
  type APIMessage,
  type APIUser,
} from 'discord.js';
import { CommandStore } from './commandStore';
import {
  ATTACHMENT_SIZE_LIMIT,
  BOT_DM_PERMISSIONS,
  BOT_GUILD_PERMISSIONS,
  MEMBER_PERMISSIONS,
  memberObject,
  messageObject,
  textChannelObject,
  userObject,
  type FakeGuild,
} from './discordPayloads';
import { FakeGateway, type GatewayFrame, type IdentifyRecord, type ReadyRecord } from './fakeGateway';
import { FakeRest, type RecordedRequest } from './fakeRest';
import { InteractionStore, type InteractionRecord, type InteractionReply } from './interactionStore';
import { jsonCopy, type JsonObject } from './json';
import {
  DEFAULT_RATE_LIMIT,
  FailurePlan,
  RateLimitBuckets,
  type FailureSpec,
  type RateLimitOptions,
} from './rateLimits';
import { SnowflakeFactory, shardIdOf } from './snowflakes';
import { Waitlist } from './waitlist';

export type { FakeGuild } from './discordPayloads';
export type { GatewayFrame, IdentifyRecord, ReadyRecord } from './fakeGateway';
export type { RecordedRequest } from './fakeRest';
export type { InteractionRecord, InteractionReply, UploadedFile } from './interactionStore';
export type { JsonObject, JsonValue } from './json';
export type { FailureSpec, RateLimitOptions } from './rateLimits';

export interface FakeDiscordOptions {
  /** The application (client) id. Default: a fresh snowflake. */
  readonly applicationId?: string;
  /** The bot's user. Default: id = applicationId (as for apps made since 2019), username `citebot`. */
  readonly botUser?: { readonly id?: string; readonly username?: string };
  /** When set, REST and IDENTIFY accept only this token; otherwise any non-empty token. Never logged. */
  readonly token?: string;
  /** Shards `/gateway/bot` recommends. Default 1. */
  readonly shardCount?: number;
  /**
   * `session_start_limit.max_concurrency`. Default 1, Discord's value for small bots, with which
   * discord.js waits ~5 s between shard IDENTIFYs; set it to the shard count for fast multi-shard tests.
   */
  readonly maxConcurrency?: number;
  /**
   * Guild ids the bot is in. Each is listed unavailable in its shard's READY and then sent as a
   * GUILD_CREATE with one text channel (`fake.channelIdOf(guildId)`). Default none.
   */
  readonly guilds?: readonly string[];
  /** HELLO's `heartbeat_interval`. Default 41250 ms, as Discord sends. */
  readonly heartbeatIntervalMs?: number;
  /** Who triggers interactions unless a helper names someone else. Default a user `reader`. */
  readonly defaultUser?: Partial<APIUser>;
  /** Per-route rate-limit buckets; `false` sends no `x-ratelimit-*` headers and never limits. */
  readonly rateLimit?: Partial<RateLimitOptions> | false;
  /** Discord rejects callbacks later than 3 s after the interaction (10062); 0 disables. Default 3000. */
  readonly interactionCallbackDeadlineMs?: number;
  /** Privileged intents the "developer portal" enabled (others close with 4014). Default all three. */
  readonly allowedPrivilegedIntents?: number;
  /** Timeout of the `waitFor…` methods unless given per call. Default 5000 ms. */
  readonly defaultTimeoutMs?: number;
}

/** An interaction the fake dispatched. */
export interface SentInteraction {
  readonly id: string;
  readonly token: string;
  readonly shardId: number;
  /** The INTERACTION_CREATE `d`, as sent. */
  readonly payload: JsonObject;
}

/** Where and by whom an interaction happens. A `guildId` puts it in a guild; without one it is a DM. */
export interface InteractionOrigin {
  /** The invoking user (fields not given come from `defaultUser`). */
  readonly user?: Partial<APIUser>;
  readonly guildId?: string;
  /** Default: the guild's text channel, or the user's DM channel. */
  readonly channelId?: string;
  /** The member's permissions in the channel (guild only). Default: an ordinary member's. */
  readonly memberPermissions?: string | bigint;
  /** The member's role ids (guild only). Default none. */
  readonly roles?: readonly string[];
  /** The user's client locale. Default `en-US`. */
  readonly locale?: string;
}

export type OptionValue = string | number | boolean;

/** A command option as a test writes it; `type` defaults to the registered option's, else is inferred. */
export interface CommandOptionInput {
  readonly name: string;
  readonly value: OptionValue;
  readonly type?: ApplicationCommandOptionType;
  readonly focused?: boolean;
}

export type OptionsInput = Readonly<Record<string, OptionValue>> | readonly CommandOptionInput[];

/**
 * A snake_case partial of an INTERACTION_CREATE `d`: `type` and `data` as Discord sends them,
 * plus optional place and person. Everything else (ids, token, version, locale, member or user,
 * channel, context, permissions, entitlements, integration owners) is filled in.
 */
export interface InteractionPartial {
  readonly type: InteractionType;
  readonly data?: object;
  readonly guild_id?: string;
  readonly channel_id?: string;
  readonly user?: Partial<APIUser>;
  readonly member?: { readonly roles?: readonly string[]; readonly permissions?: string };
  readonly locale?: string;
  readonly app_permissions?: string;
  readonly message?: APIMessage;
  /** Any other top-level field, sent as given. */
  readonly [field: string]: unknown;
}

export interface WaitOptions {
  /** Default: the fake's `defaultTimeoutMs` (5000 ms). */
  readonly timeoutMs?: number;
}

export interface WaitForRequestOptions extends WaitOptions {
  /** Skip requests recorded before this index (e.g. `fake.requests.length` taken earlier). Default 0. */
  readonly since?: number;
}

export interface WaitForReplyOptions extends WaitOptions {
  /** Wait for a reply that also satisfies this, e.g. the edit that carries the final answer. */
  readonly match?: (reply: InteractionReply) => boolean;
}

export interface WaitForReadyOptions extends WaitOptions {
  /** Wait for this shard only. Default: every shard 0 … shardCount-1. */
  readonly shardId?: number;
}

const ALL_PRIVILEGED_INTENTS =
  GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;
const RECENT_REQUESTS_SHOWN = 12;

function permissionString(value: string | bigint | undefined, fallback: bigint): string {
  return value === undefined ? fallback.toString() : value.toString();
}

function optionTypeOf(value: OptionValue): ApplicationCommandOptionType {
  if (typeof value === 'boolean') return ApplicationCommandOptionType.Boolean;
  if (typeof value === 'number') {
    return Number.isInteger(value)
      ? ApplicationCommandOptionType.Integer
      : ApplicationCommandOptionType.Number;
  }
  return ApplicationCommandOptionType.String;
}

function describeRequest(request: RecordedRequest): string {
  const query = new URLSearchParams(request.query).toString();
  return `${request.method} ${request.path}${query ? `?${query}` : ''} → ${request.status}`;
}

/**
 * A local Discord for tests and demos: a REST API under `/api/v10` and a gateway on one
 * 127.0.0.1 port, which the real discord.js Client logs in to (`rest: { api: fake.restUrl }`).
 * It dispatches interactions, answers the bot's requests as Discord documents them, records
 * everything, and can be told to fail (`failNext`).
 *
 *     const fake = await FakeDiscord.start({ guilds: [guildId] });
 *     const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.restUrl } });
 *     await client.login('any-token'); // then wait for Events.ClientReady
 *     const sent = fake.slashCommand('ask', { question: 'Who said it?' }, { guildId });
 *     const reply = await fake.waitForInteractionReply(sent); // reply.message?.content …
 *     await client.destroy();
 *     await fake.stop();
 */
export class FakeDiscord {
  readonly applicationId: string;
  readonly botUser: APIUser;
  readonly defaultUser: APIUser;
  readonly shardCount: number;
  readonly port: number;
  /** What the bot uses as `rest.api` (or DISCORD_API_URL): `http://127.0.0.1:PORT/api`. */
  readonly restUrl: string;
  /** The gateway URL `/gateway/bot` hands out: `ws://127.0.0.1:PORT`. */
  readonly gatewayUrl: string;
  /** The guilds of `options.guilds`, each with its text channel. */
  readonly guilds: readonly FakeGuild[];

  readonly #requests: RecordedRequest[] = [];
  readonly #identifies: IdentifyRecord[] = [];
  readonly #readies: ReadyRecord[] = [];
  readonly #frames: GatewayFrame[] = [];
  readonly #replies: InteractionReply[] = [];
  readonly #problems: string[] = [];
  readonly #requestWaiters = new Waitlist<RecordedRequest>();
  readonly #replyWaiters = new Waitlist<InteractionReply>();
  readonly #readyWaiters = new Waitlist<ReadyRecord>();
  readonly #snowflakes: SnowflakeFactory;
  readonly #server: Server;
  readonly #gateway: FakeGateway;
  readonly #commands: CommandStore;
  readonly #interactions: InteractionStore;
  readonly #failures = new FailurePlan();
  readonly #dmChannels = new Map<string, string>();
  readonly #otherGuildChannels = new Map<string, string>();
  readonly #unregisteredCommandIds = new Map<string, string>();
  readonly #defaultTimeoutMs: number;
  #stopped = false;

  private constructor(
    server: Server,
    port: number,
    options: FakeDiscordOptions,
    snowflakes: SnowflakeFactory,
  ) {
    this.#server = server;
    this.#snowflakes = snowflakes;
    this.port = port;
    this.restUrl = `http://127.0.0.1:${port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}`;
    this.applicationId = options.applicationId ?? snowflakes.next();
    this.botUser = userObject({
      id: options.botUser?.id ?? this.applicationId,
      username: options.botUser?.username ?? 'citebot',
      bot: true,
    });
    this.defaultUser = userObject({
      id: snowflakes.next(),
      username: 'reader',
      global_name: 'Reader',
      ...options.defaultUser,
    });
    this.shardCount = options.shardCount ?? 1;
    if (!Number.isInteger(this.shardCount) || this.shardCount < 1) {
      throw new Error(`FakeDiscord: shardCount must be a positive integer, got ${this.shardCount}`);
    }
    this.#defaultTimeoutMs = options.defaultTimeoutMs ?? 5000;
    const joinedAt = new Date().toISOString();
    const ownerId = snowflakes.next();
    this.guilds = (options.guilds ?? []).map((id, i) => ({
      id,
      name: `Guild ${i + 1}`,
      ownerId,
      channelId: snowflakes.next(),
      joinedAt,
    }));
    const onProblem = (problem: string): void => {
      this.#problems.push(problem);
    };
    this.#commands = new CommandStore(this.applicationId, snowflakes);
    this.#interactions = new InteractionStore({
      applicationId: this.applicationId,
      botUser: this.botUser,
      callbackDeadlineMs: options.interactionCallbackDeadlineMs ?? 3000,
      attachmentBaseUrl: `http://127.0.0.1:${port}/attachments`,
      snowflakes,
      onReply: (reply) => {
        this.#replies.push(reply);
        this.#replyWaiters.offer(reply);
      },
      onProblem,
    });
    const rest = new FakeRest({
      applicationId: this.applicationId,
      botUser: this.botUser,
      token: options.token ?? null,
      shardCount: this.shardCount,
      maxConcurrency: options.maxConcurrency ?? 1,
      gatewayUrl: () => this.gatewayUrl,
      buckets:
        options.rateLimit === false
          ? null
          : new RateLimitBuckets({ ...DEFAULT_RATE_LIMIT, ...options.rateLimit }),
      failures: this.#failures,
      commands: this.#commands,
      interactions: this.#interactions,
      onRequest: (request) => {
        this.#requests.push(request);
        this.#requestWaiters.offer(request);
      },
      onProblem,
    });
    server.on('request', rest.listener);
    this.#gateway = new FakeGateway(server, {
      applicationId: this.applicationId,
      botUser: this.botUser,
      token: options.token ?? null,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      allowedPrivilegedIntents: options.allowedPrivilegedIntents ?? ALL_PRIVILEGED_INTENTS,
      url: () => this.gatewayUrl,
      guildsOfShard: (shardId, shardCount) =>
        this.guilds.filter((guild) => shardIdOf(guild.id, shardCount) === shardId),
      onIdentify: (record) => this.#identifies.push(record),
      onReady: (record) => {
        this.#readies.push(record);
        this.#readyWaiters.offer(record);
      },
      onFrame: (frame) => this.#frames.push(frame),
      onProblem,
    });
  }

  /** Starts the fake on 127.0.0.1 with an ephemeral port. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    const { port } = server.address() as AddressInfo;
    return new FakeDiscord(server, port, options, new SnowflakeFactory());
  }

  /** Every REST request so far, in arrival order (failed ones included; see `status`). */
  get requests(): readonly RecordedRequest[] {
    return this.#requests;
  }

  /** Every accepted IDENTIFY (shard, intents, properties; never the token). */
  get identifies(): readonly IdentifyRecord[] {
    return this.#identifies;
  }

  /** Every READY (after IDENTIFY) and RESUMED (after RESUME) the fake sent. */
  get readies(): readonly ReadyRecord[] {
    return this.#readies;
  }

  /** Every gateway payload clients sent (heartbeats included), tokens redacted. */
  get gatewayFrames(): readonly GatewayFrame[] {
    return this.#frames;
  }

  /** Every reply users could see, in order (see `InteractionReply.via`). */
  get replies(): readonly InteractionReply[] {
    return this.#replies;
  }

  /**
   * Things that went wrong that a test may not see otherwise: late callbacks, requests into an
   * exhausted rate-limit bucket, the fake's own errors. A healthy run leaves this empty.
   */
  get problems(): readonly string[] {
    return this.#problems;
  }

  /** The text channel of a configured guild (or a stable made-up one for any other guild id). */
  channelIdOf(guildId: string): string {
    const known = this.guilds.find((guild) => guild.id === guildId);
    if (known) return known.channelId;
    let channelId = this.#otherGuildChannels.get(guildId);
    if (!channelId) {
      channelId = this.#snowflakes.next();
      this.#otherGuildChannels.set(guildId, channelId);
    }
    return channelId;
  }

  /** The DM channel between the bot and a user (stable per user). */
  dmChannelIdOf(userId: string): string {
    let channelId = this.#dmChannels.get(userId);
    if (!channelId) {
      channelId = this.#snowflakes.next();
      this.#dmChannels.set(userId, channelId);
    }
    return channelId;
  }

  /** The registered commands: global ones, or one guild's. */
  commands(guildId?: string): APIApplicationCommand[] {
    return this.#commands.list(guildId ?? null);
  }

  /** What the fake knows of an interaction it sent: callback, current response message, follow-ups. */
  interaction(tokenOrId: string): InteractionRecord | undefined {
    return this.#interactions.byToken(tokenOrId) ?? this.#interactions.byId(tokenOrId);
  }

  /** Makes the next matching REST request(s) fail once (or `times` times) with a Discord-shaped error. */
  failNext(spec: FailureSpec): void {
    this.#failures.add(spec);
  }

  /** Sends any dispatch event on a shard's live connection; returns its sequence number. */
  dispatch(event: string, data: unknown, shardId = 0): number {
    return this.#gateway.dispatch(event, data, shardId);
  }

  /** Sends op 7 RECONNECT: discord.js closes, reconnects to `resume_gateway_url` and RESUMEs. */
  requestReconnect(shardId = 0): void {
    this.#gateway.requestReconnect(shardId);
  }

  /** Sends op 9 INVALID_SESSION; not resumable forgets the session so the client re-IDENTIFYs. */
  invalidateSession(shardId = 0, resumable = false): void {
    this.#gateway.invalidateSession(shardId, resumable);
  }

  /** Closes a shard's connection with a gateway close code (e.g. 4000 to make the client resume). */
  closeShard(shardId: number, code: number, reason = ''): void {
    this.#gateway.closeShard(shardId, code, reason);
  }

  /**
   * Completes `partial` into a full INTERACTION_CREATE and sends it to the shard that owns its
   * guild (shard 0 for DMs). Throws when that shard has not identified.
   */
  sendInteraction(partial: InteractionPartial): SentInteraction {
    const {
      type,
      data,
      guild_id: guildIdGiven,
      channel_id: channelIdGiven,
      user: userGiven,
      member: memberGiven,
      locale: localeGiven,
      app_permissions: appPermissionsGiven,
      ...extra
    } = partial;
    const guildId = guildIdGiven ?? null;
    const shardId = this.#gateway.shardFor(guildId);
    if (shardId === null) {
      const live = this.#gateway.liveShards().map((shard) => `${shard.shardId}/${shard.shardCount}`);
      throw new Error(
        `FakeDiscord: no identified shard receives ${guildId ? `guild ${guildId}` : 'DMs'} ` +
          `(live shards: ${live.length ? live.join(', ') : 'none'}); await fake.waitForReady() after client.login()`,
      );
    }
    const user = userObject({ ...this.defaultUser, ...userGiven });
    const id = this.#snowflakes.next();
    // Shaped like Discord's: base64 of `interaction:<id>:<secret>`, URL-safe, no separators.
    const token = Buffer.from(`interaction:${id}:${randomBytes(48).toString('base64url')}`).toString(
      'base64url',
    );
    const locale = localeGiven ?? 'en-US';
    const channelId = channelIdGiven ?? (guildId ? this.channelIdOf(guildId) : this.dmChannelIdOf(user.id));
    const guild = guildId ? this.guilds.find((known) => known.id === guildId) : undefined;
    const place: Record<string, unknown> = guildId
      ? {
          guild_id: guildId,
          guild: { id: guildId, locale: 'en-US', features: [] },
          guild_locale: 'en-US',
          member: {
            ...memberObject(user, guild?.joinedAt ?? new Date().toISOString(), memberGiven?.roles ?? []),
            permissions: memberGiven?.permissions ?? MEMBER_PERMISSIONS.toString(),
          },
          app_permissions: appPermissionsGiven ?? BOT_GUILD_PERMISSIONS.toString(),
          channel: {
            ...textChannelObject(guildId, channelId, guild ? 'general' : 'channel'),
            permissions: memberGiven?.permissions ?? MEMBER_PERMISSIONS.toString(),
          },
          context: InteractionContextType.Guild,
          authorizing_integration_owners: { '0': guildId },
        }
      : {
          user,
          app_permissions: appPermissionsGiven ?? BOT_DM_PERMISSIONS.toString(),
          channel: {
            id: channelId,
            type: ChannelType.DM,
            last_message_id: null,
            flags: 0,
            recipients: [user],
          },
          context: InteractionContextType.BotDM,
          authorizing_integration_owners: { '0': '0' },
        };
    const payload = jsonCopy({
      id,
      application_id: this.applicationId,
      type,
      ...(data === undefined ? {} : { data }),
      token,
      version: 1,
      locale,
      entitlements: [],
      attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
      channel_id: channelId,
      ...place,
      ...extra,
    }) as unknown as JsonObject;
    const dataObject = (data ?? {}) as { type?: unknown; name?: unknown };
    const record: InteractionRecord = {
      id,
      token,
      type,
      commandType:
        type === InteractionType.ApplicationCommand && typeof dataObject.type === 'number'
          ? (dataObject.type as ApplicationCommandType)
          : null,
      commandName: typeof dataObject.name === 'string' ? dataObject.name : null,
      channelId,
      guildId,
      user,
      shardId,
      sentAt: Date.now(),
      payload,
      callback: null,
      original: partial.message ? jsonCopy(partial.message) : null,
      followUps: new Map(),
    };
    this.#interactions.add(record);
    this.#gateway.dispatch(GatewayDispatchEvents.InteractionCreate, payload, shardId);
    return { id, token, shardId, payload };
  }

  /** A chat-input command (`/name option:value …`). */
  slashCommand(name: string, options: OptionsInput = {}, origin: InteractionOrigin = {}): SentInteraction {
    const command = this.#command(name, ApplicationCommandType.ChatInput, origin.guildId);
    return this.sendInteraction({
      ...this.#originFields(origin),
      type: InteractionType.ApplicationCommand,
      data: this.#commandData(name, ApplicationCommandType.ChatInput, command, options, false),
    });
  }

  /**
   * An autocomplete request while the user types. Exactly one option is focused: the one marked
   * `focused: true`, or with a record of values, the one named by `origin.focused` (default the last).
   */
  autocomplete(
    name: string,
    options: OptionsInput,
    origin: InteractionOrigin & { readonly focused?: string } = {},
  ): SentInteraction {
    const command = this.#command(name, ApplicationCommandType.ChatInput, origin.guildId);
    const list = this.#optionList(options);
    const focusedName =
      list.find((option) => option.focused)?.name ?? origin.focused ?? list[list.length - 1]?.name;
    if (focusedName === undefined) throw new Error('FakeDiscord.autocomplete: give at least one option');
    const marked = list.map((option) => ({ ...option, focused: option.name === focusedName }));
    return this.sendInteraction({
      ...this.#originFields(origin),
      type: InteractionType.ApplicationCommandAutocomplete,
      data: this.#commandData(name, ApplicationCommandType.ChatInput, command, marked, true),
    });
  }

  /** A message context-menu command ("Apps → name" on a message). Returns the target's id too. */
  messageCommand(
    name: string,
    targetMessage: Partial<APIMessage> = {},
    origin: InteractionOrigin = {},
  ): SentInteraction & { readonly targetMessageId: string } {
    const command = this.#command(name, ApplicationCommandType.Message, origin.guildId);
    const user = userObject({ ...this.defaultUser, ...origin.user });
    const channelId =
      origin.channelId ?? (origin.guildId ? this.channelIdOf(origin.guildId) : this.dmChannelIdOf(user.id));
    const target = messageObject({
      id: this.#snowflakes.next(),
      author: user,
      ...targetMessage,
      channel_id: channelId,
      ...(origin.guildId ? { guild_id: origin.guildId } : {}),
    });
    const sent = this.sendInteraction({
      ...this.#originFields({ ...origin, channelId }),
      type: InteractionType.ApplicationCommand,
      data: {
        id: command?.id ?? this.#unregisteredCommandId(name, ApplicationCommandType.Message),
        name,
        type: ApplicationCommandType.Message,
        target_id: target.id,
        resolved: { messages: { [target.id]: target } },
        ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
      },
    });
    return { ...sent, targetMessageId: target.id };
  }

  /**
   * A click on a button with `customId` on `message`: a message object, or the id of a message
   * the bot sent through the fake (a reply or follow-up). Place defaults to the message's.
   */
  buttonClick(
    customId: string,
    target: InteractionOrigin & { readonly message: APIMessage | string },
  ): SentInteraction {
    const { message: given, ...origin } = target;
    const message = typeof given === 'string' ? this.#interactions.findMessage(given) : given;
    if (!message)
      throw new Error(`FakeDiscord.buttonClick: no message ${String(given)} was sent through the fake`);
    const guildId = origin.guildId ?? (message as { guild_id?: string }).guild_id;
    return this.sendInteraction({
      ...this.#originFields({ ...origin, guildId, channelId: origin.channelId ?? message.channel_id }),
      type: InteractionType.MessageComponent,
      data: { custom_id: customId, component_type: ComponentType.Button },
      message: jsonCopy(message),
    });
  }

  /**
   * Resolves with the first REST request (recorded at or after index `since`) that satisfies
   * `predicate`; rejects after the timeout, listing recent requests.
   */
  waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    options: WaitForRequestOptions = {},
  ): Promise<RecordedRequest> {
    const seen = this.#requests.slice(options.since ?? 0).find(predicate);
    if (seen) return Promise.resolve(seen);
    const timeoutMs = options.timeoutMs ?? this.#defaultTimeoutMs;
    return this.#requestWaiters.wait(predicate, timeoutMs, () =>
      this.#timeoutMessage(`waitForRequest: no matching request within ${timeoutMs}ms`),
    );
  }

  /**
   * Resolves with the first visible reply to an interaction: its callback (reply, update,
   * autocomplete choices, modal) or, after a deferral (callback type 5 or 6), the edit of
   * `@original` or first follow-up. `match` waits for a later one instead.
   */
  waitForInteractionReply(
    interaction: string | { readonly token: string },
    options: WaitForReplyOptions = {},
  ): Promise<InteractionReply> {
    const token = typeof interaction === 'string' ? interaction : interaction.token;
    const matches = (reply: InteractionReply): boolean =>
      reply.token === token && (options.match === undefined || options.match(reply));
    const seen = this.#replies.find(matches);
    if (seen) return Promise.resolve(seen);
    const timeoutMs = options.timeoutMs ?? this.#defaultTimeoutMs;
    return this.#replyWaiters.wait(matches, timeoutMs, () => {
      const record = this.#interactions.byToken(token);
      const state = !record
        ? 'the fake never sent an interaction with this token'
        : record.callback
          ? `its callback was type ${record.callback.type}`
          : 'it was never acknowledged';
      return this.#timeoutMessage(`waitForInteractionReply: no reply within ${timeoutMs}ms (${state})`);
    });
  }

  /**
   * Resolves once the fake has sent READY to every shard (or to `shardId`) on a live connection.
   * The client emits `clientReady` a moment later, after processing READY and the GUILD_CREATEs;
   * wait for that (or `shardReady`) before destroying the client: discord.js 14.28 destroyed
   * between IDENTIFY and READY reconnects instead of stopping.
   */
  waitForReady(options: WaitForReadyOptions = {}): Promise<readonly ReadyRecord[]> {
    const wanted =
      options.shardId === undefined
        ? Array.from({ length: this.shardCount }, (_, i) => i)
        : [options.shardId];
    const current = (): ReadyRecord[] | null => {
      const live = this.#gateway.liveShards();
      const records = wanted.map((shardId) =>
        [...this.#readies]
          .reverse()
          .find((ready) => ready.shardId === shardId && live.some((s) => s.sessionId === ready.sessionId)),
      );
      return records.every((record) => record !== undefined) ? (records as ReadyRecord[]) : null;
    };
    const now = current();
    if (now) return Promise.resolve(now);
    const timeoutMs = options.timeoutMs ?? this.#defaultTimeoutMs;
    return this.#readyWaiters
      .wait(
        () => current() !== null,
        timeoutMs,
        () => {
          const live = this.#gateway.liveShards().map((shard) => shard.shardId);
          return this.#timeoutMessage(
            `waitForReady: shards [${wanted.join(', ')}] not all ready within ${timeoutMs}ms ` +
              `(live: [${live.join(', ')}], identifies: ${this.#identifies.length})`,
          );
        },
      )
      .then(() => current() ?? []);
  }

  /**
   * Closes the gateway (terminating sockets) and the HTTP server, and rejects pending waits.
   * Destroy clients first: a client whose gateway vanishes schedules reconnect attempts.
   */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    const reason = 'FakeDiscord stopped';
    this.#requestWaiters.cancelAll(reason);
    this.#replyWaiters.cancelAll(reason);
    this.#readyWaiters.cancelAll(reason);
    this.#failures.clear();
    await this.#gateway.stop();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.#server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  #timeoutMessage(headline: string): string {
    const recent = this.#requests
      .slice(-RECENT_REQUESTS_SHOWN)
      .map((request) => `  ${describeRequest(request)}`);
    const lines = [
      `FakeDiscord.${headline}.`,
      recent.length ? `Last ${recent.length} of ${this.#requests.length} requests:` : 'No REST requests yet.',
      ...recent,
    ];
    if (this.#problems.length) lines.push('Problems:', ...this.#problems.map((problem) => `  ${problem}`));
    return lines.join('\n');
  }

  #originFields(origin: InteractionOrigin): Omit<InteractionPartial, 'type'> {
    return {
      ...(origin.user ? { user: origin.user } : {}),
      ...(origin.guildId ? { guild_id: origin.guildId } : {}),
      ...(origin.channelId ? { channel_id: origin.channelId } : {}),
      ...(origin.locale ? { locale: origin.locale } : {}),
      member: {
        roles: origin.roles ?? [],
        permissions: permissionString(origin.memberPermissions, MEMBER_PERMISSIONS),
      },
    };
  }

  /** The registered command a user could run, or undefined when none are registered at all. */
  #command(
    name: string,
    type: ApplicationCommandType,
    guildId: string | undefined,
  ): APIApplicationCommand | undefined {
    const command = this.#commands.find(name, type, guildId ?? null);
    if (!command && this.#commands.registered) {
      const known = [...this.#commands.list(null), ...(guildId ? this.#commands.list(guildId) : [])]
        .filter((candidate) => candidate.type === type)
        .map((candidate) => candidate.name);
      throw new Error(
        `FakeDiscord: no ${ApplicationCommandType[type]} command "${name}" is registered` +
          `${guildId ? ` globally or in guild ${guildId}` : ' globally'} (registered: ${known.join(', ') || 'none'}); ` +
          'Discord would not let a user run it',
      );
    }
    return command;
  }

  #unregisteredCommandId(name: string, type: ApplicationCommandType): string {
    const key = `${type}:${name}`;
    let id = this.#unregisteredCommandIds.get(key);
    if (!id) {
      id = this.#snowflakes.next();
      this.#unregisteredCommandIds.set(key, id);
    }
    return id;
  }

  #optionList(options: OptionsInput): CommandOptionInput[] {
    return Array.isArray(options)
      ? [...(options as readonly CommandOptionInput[])]
      : Object.entries(options as Readonly<Record<string, OptionValue>>).map(([name, value]) => ({
          name,
          value,
        }));
  }

  #commandData(
    name: string,
    type: ApplicationCommandType,
    command: APIApplicationCommand | undefined,
    options: OptionsInput,
    withFocus: boolean,
  ): JsonObject {
    const declared: readonly APIApplicationCommandOption[] = command?.options ?? [];
    const list = this.#optionList(options).map((option) => {
      const registered = declared.find((candidate) => candidate.name === option.name);
      if (command && !registered) {
        throw new Error(
          `FakeDiscord: command "${name}" has no option "${option.name}" (options: ${declared.map((o) => o.name).join(', ') || 'none'})`,
        );
      }
      return {
        name: option.name,
        type: option.type ?? registered?.type ?? optionTypeOf(option.value),
        value: option.value,
        ...(withFocus && option.focused ? { focused: true } : {}),
      };
    });
    return {
      id: command?.id ?? this.#unregisteredCommandId(name, type),
      name,
      type,
      ...(list.length ? { options: list } : {}),
      ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
    };
  }
}
