import { randomBytes } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { deflateSync } from 'node:zlib';
import {
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
  type APIUser,
  type ApplicationFlags,
  type GatewayReadyDispatchData,
} from 'discord.js';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { guildCreateData, type FakeGuild } from './discordPayloads';
import { isJsonObject, jsonCopy, type JsonObject, type JsonValue } from './json';
import { shardIdOf } from './snowflakes';

/** An IDENTIFY the fake accepted (the token is never kept). */
export interface IdentifyRecord {
  readonly shard: readonly [shardId: number, shardCount: number];
  readonly intents: number;
  readonly properties: JsonObject;
  readonly compress: boolean;
  readonly largeThreshold: number | null;
  readonly presence: JsonObject | null;
  readonly sessionId: string;
  readonly at: number;
}

/** A shard connection that became usable: READY sent after IDENTIFY, or RESUMED after RESUME. */
export interface ReadyRecord {
  readonly shardId: number;
  readonly shardCount: number;
  readonly sessionId: string;
  readonly resumed: boolean;
  readonly at: number;
}

/** A payload a client sent on the gateway, with any token replaced by `[redacted]`. */
export interface GatewayFrame {
  readonly op: number;
  readonly d: JsonValue;
  readonly shardId: number | null;
  readonly at: number;
}

export interface FakeGatewaySettings {
  readonly applicationId: string;
  readonly botUser: APIUser;
  readonly token: string | null;
  readonly heartbeatIntervalMs: number;
  readonly allowedPrivilegedIntents: number;
  readonly url: () => string;
  readonly guildsOfShard: (shardId: number, shardCount: number) => readonly FakeGuild[];
  readonly onIdentify: (record: IdentifyRecord) => void;
  readonly onReady: (record: ReadyRecord) => void;
  readonly onFrame: (frame: GatewayFrame) => void;
  readonly onProblem: (problem: string) => void;
}

interface Connection {
  readonly socket: WebSocket;
  session: Session | null;
  compress: boolean;
}

interface Session {
  readonly id: string;
  readonly shardId: number;
  readonly shardCount: number;
  seq: number;
  /** Dispatches sent in this session, replayed on RESUME. */
  readonly history: { readonly s: number; readonly text: string }[];
  connection: Connection | null;
}

const PRIVILEGED_INTENTS =
  GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;
const HISTORY_LIMIT = 1000;
/** Close codes after which Discord ends the session instead of keeping it resumable. */
const SESSION_ENDING_CLOSES = new Set([1000, 1001]);

function redactToken(d: JsonValue): JsonValue {
  return isJsonObject(d) && 'token' in d ? { ...d, token: '[redacted]' } : d;
}

/**
 * The gateway half of the fake: HELLO, IDENTIFY → READY (+ GUILD_CREATE per guild of the shard),
 * heartbeats, RESUME with replay, and dispatches to the connection that owns a shard.
 */
export class FakeGateway {
  readonly #server: WebSocketServer;
  readonly #settings: FakeGatewaySettings;
  readonly #sessions = new Map<string, Session>();

  constructor(httpServer: Server, settings: FakeGatewaySettings) {
    this.#settings = settings;
    this.#server = new WebSocketServer({ server: httpServer });
    this.#server.on('connection', (socket, request) => this.#open(socket, request));
    this.#server.on('error', (error) => settings.onProblem(`gateway server error: ${error.message}`));
  }

  /** Shards with a live, identified connection. */
  liveShards(): { shardId: number; shardCount: number; sessionId: string }[] {
    return [...this.#sessions.values()]
      .filter((session) => session.connection !== null)
      .map(({ shardId, shardCount, id }) => ({ shardId, shardCount, sessionId: id }));
  }

  /** The live shard that receives events for `guildId` (shard 0 for DMs), by Discord's formula. */
  shardFor(guildId: string | null): number | null {
    for (const session of this.#sessions.values()) {
      if (!session.connection) continue;
      const owner = guildId === null ? 0 : shardIdOf(guildId, session.shardCount);
      if (owner === session.shardId) return session.shardId;
    }
    return null;
  }

  /** Sends a dispatch (op 0) on the shard's live connection and returns its sequence number. */
  dispatch(event: string, data: unknown, shardId: number): number {
    const session = this.#liveSession(shardId);
    session.seq += 1;
    const text = JSON.stringify({ op: GatewayOpcodes.Dispatch, t: event, s: session.seq, d: data });
    session.history.push({ s: session.seq, text });
    if (session.history.length > HISTORY_LIMIT) session.history.shift();
    if (session.connection) this.#sendText(session.connection, text);
    return session.seq;
  }

  /** Asks the shard to reconnect and resume (op 7), as Discord does before moving a session. */
  requestReconnect(shardId: number): void {
    this.#send(this.#liveConnection(shardId), { op: GatewayOpcodes.Reconnect, d: null, s: null, t: null });
  }

  /** Sends INVALID_SESSION (op 9); when not resumable the session is forgotten, forcing a new IDENTIFY. */
  invalidateSession(shardId: number, resumable: boolean): void {
    const session = this.#liveSession(shardId);
    if (!resumable) this.#sessions.delete(session.id);
    if (session.connection)
      this.#send(session.connection, { op: GatewayOpcodes.InvalidSession, d: resumable, s: null, t: null });
  }

  /** Closes the shard's connection with `code`; the session stays resumable unless the code is 1000/1001. */
  closeShard(shardId: number, code: number, reason = ''): void {
    this.#liveConnection(shardId).socket.close(code, reason);
  }

  /** Terminates every connection and stops accepting new ones. */
  async stop(): Promise<void> {
    for (const socket of this.#server.clients) socket.terminate();
    this.#sessions.clear();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #liveSession(shardId: number): Session {
    for (const session of this.#sessions.values()) {
      if (session.shardId === shardId && session.connection) return session;
    }
    const live = this.liveShards().map((shard) => shard.shardId);
    throw new Error(
      `FakeDiscord: no identified gateway connection for shard ${shardId} (live shards: ${live.length ? live.join(', ') : 'none'}); ` +
        'await fake.waitForReady() after client.login()',
    );
  }

  #liveConnection(shardId: number): Connection {
    const connection = this.#liveSession(shardId).connection;
    if (!connection) throw new Error(`FakeDiscord: shard ${shardId} has no connection`);
    return connection;
  }

  #open(socket: WebSocket, request: IncomingMessage): void {
    const connection: Connection = { socket, session: null, compress: false };
    socket.on('message', (data, isBinary) => this.#receive(connection, data, isBinary));
    socket.on('close', (code) => this.#closed(connection, code));
    socket.on('error', (error) => this.#settings.onProblem(`gateway socket error: ${error.message}`));
    const params = new URL(request.url ?? '/', 'ws://127.0.0.1').searchParams;
    if (params.get('encoding') && params.get('encoding') !== 'json') {
      socket.close(GatewayCloseCodes.DecodeError, 'FakeDiscord speaks encoding=json only');
      return;
    }
    if (params.get('compress')) {
      socket.close(GatewayCloseCodes.UnknownError, 'FakeDiscord does not support transport compression');
      return;
    }
    this.#send(connection, {
      op: GatewayOpcodes.Hello,
      d: {
        heartbeat_interval: this.#settings.heartbeatIntervalMs,
        _trace: ['["fake-discord",{"micros":0}]'],
      },
      s: null,
      t: null,
    });
  }

  #receive(connection: Connection, data: RawData, isBinary: boolean): void {
    let payload: JsonValue;
    try {
      const text = Array.isArray(data)
        ? Buffer.concat(data).toString('utf8')
        : Buffer.from(data as ArrayBuffer).toString('utf8');
      payload = JSON.parse(text) as JsonValue;
    } catch {
      connection.socket.close(
        GatewayCloseCodes.DecodeError,
        `Error while decoding payload${isBinary ? ' (binary)' : ''}.`,
      );
      return;
    }
    if (!isJsonObject(payload) || typeof payload.op !== 'number') {
      connection.socket.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    const d = payload.d ?? null;
    this.#settings.onFrame({
      op: payload.op,
      d: redactToken(jsonCopy(d)),
      shardId: connection.session?.shardId ?? null,
      at: Date.now(),
    });
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        this.#send(connection, { op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
        return;
      case GatewayOpcodes.Identify:
        this.#identify(connection, d);
        return;
      case GatewayOpcodes.Resume:
        this.#resume(connection, d);
        return;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestSoundboardSounds:
        if (!connection.session)
          connection.socket.close(GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
        return;
      case GatewayOpcodes.RequestGuildMembers:
        if (!connection.session) {
          connection.socket.close(GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
          return;
        }
        this.#answerMemberRequest(connection.session, d);
        return;
      default:
        connection.socket.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
    }
  }

  #tokenAccepted(token: JsonValue | undefined): boolean {
    if (typeof token !== 'string' || token.length === 0) return false;
    const bare = token.replace(/^Bot /, '');
    return this.#settings.token === null || bare === this.#settings.token;
  }

  /** IDENTIFY and RESUME alike: closes the connection (as Discord does) unless it may authenticate now. */
  #authenticates(connection: Connection, d: JsonValue): d is JsonObject {
    if (connection.session) {
      connection.socket.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
      return false;
    }
    if (!isJsonObject(d) || !this.#tokenAccepted(d.token)) {
      connection.socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return false;
    }
    return true;
  }

  #identify(connection: Connection, d: JsonValue): void {
    const { socket } = connection;
    if (!this.#authenticates(connection, d)) return;
    if (typeof d.intents !== 'number' || !Number.isInteger(d.intents) || d.intents < 0) {
      socket.close(GatewayCloseCodes.InvalidIntents, 'Invalid intent(s).');
      return;
    }
    if (d.intents & PRIVILEGED_INTENTS & ~this.#settings.allowedPrivilegedIntents) {
      socket.close(GatewayCloseCodes.DisallowedIntents, 'Disallowed intent(s).');
      return;
    }
    const shard = Array.isArray(d.shard) ? d.shard : [0, 1];
    const [shardId, shardCount] = shard;
    if (
      typeof shardId !== 'number' ||
      typeof shardCount !== 'number' ||
      !Number.isInteger(shardId) ||
      !Number.isInteger(shardCount) ||
      shardCount < 1 ||
      shardId < 0 ||
      shardId >= shardCount
    ) {
      socket.close(GatewayCloseCodes.InvalidShard, 'Invalid shard.');
      return;
    }
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      shardId,
      shardCount,
      seq: 0,
      history: [],
      connection,
    };
    this.#sessions.set(session.id, session);
    connection.session = session;
    connection.compress = d.compress === true;
    const at = Date.now();
    this.#settings.onIdentify({
      shard: [shardId, shardCount],
      intents: d.intents,
      properties: isJsonObject(d.properties) ? jsonCopy(d.properties) : {},
      compress: connection.compress,
      largeThreshold: typeof d.large_threshold === 'number' ? d.large_threshold : null,
      presence: isJsonObject(d.presence) ? jsonCopy(d.presence) : null,
      sessionId: session.id,
      at,
    });
    const guilds = this.#settings.guildsOfShard(shardId, shardCount);
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: this.#settings.botUser,
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.#settings.url(),
      shard: [shardId, shardCount],
      application: { id: this.#settings.applicationId, flags: 0 as ApplicationFlags, flags_new: '0' },
    };
    this.dispatch(GatewayDispatchEvents.Ready, ready, shardId);
    this.#settings.onReady({ shardId, shardCount, sessionId: session.id, resumed: false, at });
    for (const guild of guilds) {
      this.dispatch(
        GatewayDispatchEvents.GuildCreate,
        guildCreateData(guild, this.#settings.botUser),
        shardId,
      );
    }
  }

  #resume(connection: Connection, d: JsonValue): void {
    const { socket } = connection;
    if (!this.#authenticates(connection, d)) return;
    const session = typeof d.session_id === 'string' ? this.#sessions.get(d.session_id) : undefined;
    const seq = typeof d.seq === 'number' ? d.seq : 0;
    if (!session) {
      this.#send(connection, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    if (seq > session.seq) {
      socket.close(GatewayCloseCodes.InvalidSeq, 'Invalid seq.');
      return;
    }
    // A session lives on one connection; a resume takes it over from a stale one.
    if (session.connection && session.connection !== connection) {
      session.connection.session = null;
      session.connection.socket.terminate();
    }
    session.connection = connection;
    connection.session = session;
    for (const entry of session.history) {
      if (entry.s > seq) this.#sendText(connection, entry.text);
    }
    this.dispatch(
      GatewayDispatchEvents.Resumed,
      { _trace: ['["fake-discord",{"micros":0}]'] },
      session.shardId,
    );
    this.#settings.onReady({
      shardId: session.shardId,
      shardCount: session.shardCount,
      sessionId: session.id,
      resumed: true,
      at: Date.now(),
    });
  }

  /** Answers a REQUEST_GUILD_MEMBERS with one empty chunk, so `guild.members.fetch()` settles. */
  #answerMemberRequest(session: Session, d: JsonValue): void {
    if (!isJsonObject(d) || typeof d.guild_id !== 'string') return;
    this.dispatch(
      GatewayDispatchEvents.GuildMembersChunk,
      {
        guild_id: d.guild_id,
        members: [],
        chunk_index: 0,
        chunk_count: 1,
        not_found: [],
        ...(typeof d.nonce === 'string' ? { nonce: d.nonce } : {}),
      },
      session.shardId,
    );
  }

  #closed(connection: Connection, code: number): void {
    const session = connection.session;
    if (!session || session.connection !== connection) return;
    session.connection = null;
    if (SESSION_ENDING_CLOSES.has(code)) this.#sessions.delete(session.id);
  }

  #send(connection: Connection, payload: JsonObject): void {
    this.#sendText(connection, JSON.stringify(payload));
  }

  #sendText(connection: Connection, text: string): void {
    if (connection.socket.readyState !== connection.socket.OPEN) return;
    // IDENTIFY's `compress: true` asks for each payload as its own zlib-deflated binary message.
    if (connection.compress) connection.socket.send(deflateSync(Buffer.from(text)), { binary: true });
    else connection.socket.send(text);
  }
}
