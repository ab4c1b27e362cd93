import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIUser } from 'discord.js';
import type { CommandStore } from './commandStore';
import {
  invalidJson,
  missingAccess,
  notFound,
  unauthorized,
  type DiscordErrorResponse,
} from './discordErrors';
import type { InteractionStore, StoreResponse, UploadedFile } from './interactionStore';
import type { JsonValue } from './json';
import type { FailurePlan, RateLimitBuckets } from './rateLimits';

/** One HTTP request the fake answered, as recorded in `fake.requests`. */
export interface RecordedRequest {
  readonly method: string;
  /** Path without the query, percent-decoded: `/api/v10/webhooks/1/abc/messages/@original`. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** Request headers, lower-cased, without `authorization` (tokens are never recorded). */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON body (for multipart: its `payload_json` part), or null without one. */
  readonly body: JsonValue | null;
  /** The body as text (UTF-8), for requests that were neither JSON nor multipart. */
  readonly rawBody: string;
  /** Files of a multipart request. */
  readonly files: readonly UploadedFile[];
  /** The status the fake answered with. */
  readonly status: number;
  readonly at: number;
}

export interface FakeRestSettings {
  readonly applicationId: string;
  readonly botUser: APIUser;
  /** When set, only `Bot <token>` is accepted; otherwise any non-empty bot token. */
  readonly token: string | null;
  readonly shardCount: number;
  readonly maxConcurrency: number;
  readonly gatewayUrl: () => string;
  /** Null when rate-limit buckets are switched off. */
  readonly buckets: RateLimitBuckets | null;
  readonly failures: FailurePlan;
  readonly commands: CommandStore;
  readonly interactions: InteractionStore;
  readonly onRequest: (request: RecordedRequest) => void;
  readonly onProblem: (problem: string) => void;
}

interface RouteCall {
  readonly params: readonly string[];
  readonly query: Readonly<Record<string, string>>;
  readonly body: JsonValue | null;
  readonly files: readonly UploadedFile[];
}

interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  /** The route with ids replaced, as Discord groups routes into rate-limit buckets. */
  readonly template: string;
  /** Interaction callbacks and webhooks are authorized by their token, not a bot token. */
  readonly auth: boolean;
  /** Interaction callbacks are not bucketed (@discordjs/rest sends them through its burst handler). */
  readonly bucketed: boolean;
  /** Discord's major parameter (channel, guild or webhook) from the matched params. */
  readonly major: (params: readonly string[]) => string;
  readonly handle: (call: RouteCall) => StoreResponse | DiscordErrorResponse;
}

const API_PREFIX = '/api/v10';
const MAX_BODY_BYTES = 25 * 1024 * 1024;
const SEGMENT = '([^/]+)';
const GLOBAL_MAJOR = (): string => 'global';

interface ParsedBody {
  readonly body: JsonValue | null;
  readonly files: UploadedFile[];
  readonly invalid: boolean;
}

/** Reads `payload_json` and file parts out of a multipart/form-data body. */
export function parseMultipart(raw: Buffer, boundary: string): ParsedBody {
  const text = raw.toString('latin1');
  const files: UploadedFile[] = [];
  let body: JsonValue | null = null;
  let invalid = false;
  for (const part of text.split(`--${boundary}`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const head = part.slice(0, split);
    const content = part.slice(split + 4).replace(/\r\n$/, '');
    const field = /name="([^"]*)"/i.exec(head)?.[1] ?? '';
    const filename = /filename="([^"]*)"/i.exec(head)?.[1];
    const contentType = /content-type:\s*([^\r\n;]+)/i.exec(head)?.[1]?.trim() ?? null;
    if (filename !== undefined) {
      const name = Buffer.from(filename, 'latin1').toString('utf8');
      files.push({ field, filename: name, contentType, size: Buffer.byteLength(content, 'latin1') });
    } else if (field === 'payload_json') {
      try {
        body = JSON.parse(Buffer.from(content, 'latin1').toString('utf8')) as JsonValue;
      } catch {
        invalid = true;
      }
    }
  }
  return { body, files, invalid };
}

function parseBody(raw: Buffer, contentType: string): ParsedBody {
  if (raw.length === 0) return { body: null, files: [], invalid: false };
  if (/^application\/json/i.test(contentType)) {
    try {
      return { body: JSON.parse(raw.toString('utf8')) as JsonValue, files: [], invalid: false };
    } catch {
      return { body: null, files: [], invalid: true };
    }
  }
  const boundary = /^multipart\/form-data;.*boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (boundary) return parseMultipart(raw, (boundary[1] ?? boundary[2] ?? '').trim());
  return { body: null, files: [], invalid: false };
}

function headersOf(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (name === 'authorization' || value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/**
 * The REST half of the fake: routes under `/api/v10`, Discord's auth rule (a bot token, except
 * for interaction callbacks and webhooks), rate-limit buckets, planned failures, and a record of
 * every request.
 */
export class FakeRest {
  readonly #settings: FakeRestSettings;
  readonly #routes: Route[];

  constructor(settings: FakeRestSettings) {
    this.#settings = settings;
    this.#routes = this.#buildRoutes();
  }

  /** The `request` listener for the HTTP server. */
  readonly listener = (request: IncomingMessage, response: ServerResponse): void => {
    void this.#serve(request, response);
  };

  async #serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const at = Date.now();
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = (request.method ?? 'GET').toUpperCase();
    const query = Object.fromEntries(url.searchParams);
    const path = decodedPath(url.pathname);
    let raw: Buffer;
    try {
      raw = await readBody(request);
    } catch (error) {
      this.#settings.onProblem(`could not read a ${method} ${path} body: ${String(error)}`);
      this.#send(response, { status: 413, body: { message: 'Request entity too large', code: 40005 } }, {});
      return;
    }
    const parsed = parseBody(raw, request.headers['content-type'] ?? '');
    let answer: StoreResponse | DiscordErrorResponse;
    let headers: Record<string, string> = {};
    try {
      ({ answer, headers } = this.#answer(method, path, query, request.headers.authorization, parsed));
    } catch (error) {
      this.#settings.onProblem(
        `the fake failed on ${method} ${path}: ${error instanceof Error ? error.stack : String(error)}`,
      );
      answer = { status: 500, body: { message: '500: Internal Server Error', code: 0 } };
    }
    this.#settings.onRequest({
      method,
      path,
      query,
      headers: headersOf(request),
      body: parsed.body,
      rawBody: parsed.body === null ? raw.toString('utf8') : '',
      files: parsed.files,
      status: answer.status,
      at,
    });
    this.#send(response, answer, headers);
  }

  #answer(
    method: string,
    path: string,
    query: Record<string, string>,
    authorization: string | undefined,
    parsed: ParsedBody,
  ): { answer: StoreResponse | DiscordErrorResponse; headers: Record<string, string> } {
    const { buckets, failures, token } = this.#settings;
    const inner = path.startsWith(`${API_PREFIX}/`) ? path.slice(API_PREFIX.length) : null;
    let route: Route | undefined;
    let params: string[] = [];
    for (const candidate of inner === null ? [] : this.#routes) {
      const match = candidate.method === method ? candidate.pattern.exec(inner ?? '') : null;
      if (match) {
        route = candidate;
        params = match.slice(1);
        break;
      }
    }
    const bucket =
      route?.bucketed && buckets ? buckets.consume(method, route.template, route.major(params)) : null;
    const headers = bucket?.headers ?? {};
    const planned = failures.take(method, path, headers);
    if (planned) return { answer: planned, headers: planned.headers };
    if (!route) return { answer: notFound(), headers };
    if (route.auth) {
      const valid = token === null ? /^Bot \S+$/.test(authorization ?? '') : authorization === `Bot ${token}`;
      if (!valid) return { answer: unauthorized(), headers };
    }
    if (bucket?.exceeded) {
      this.#settings.onProblem(
        `${method} ${path} was sent into an exhausted rate-limit bucket; answered 429`,
      );
      return { answer: bucket.exceeded, headers: bucket.exceeded.headers };
    }
    if (parsed.invalid) return { answer: invalidJson(), headers };
    return { answer: route.handle({ params, query, body: parsed.body, files: parsed.files }), headers };
  }

  #send(
    response: ServerResponse,
    answer: StoreResponse | DiscordErrorResponse,
    headers: Record<string, string>,
  ): void {
    const text = answer.status === 204 || answer.body === undefined ? '' : JSON.stringify(answer.body);
    response.writeHead(answer.status, {
      ...headers,
      ...(text ? { 'content-type': 'application/json' } : {}),
      'content-length': String(Buffer.byteLength(text)),
    });
    response.end(text);
  }

  #buildRoutes(): Route[] {
    const { applicationId, botUser, commands, interactions } = this.#settings;
    const ownApp = (app: string | undefined): boolean => app === applicationId || app === '@me';
    const json = (body: JsonValue): StoreResponse => ({ status: 200, body });
    const route = (
      method: string,
      path: string,
      options: Pick<Route, 'handle'> & Partial<Pick<Route, 'auth' | 'bucketed' | 'major'>>,
    ): Route => ({
      method,
      pattern: new RegExp(`^${path.replace(/:[a-z]+/g, SEGMENT)}$`),
      template: path,
      auth: options.auth ?? true,
      bucketed: options.bucketed ?? true,
      major: options.major ?? GLOBAL_MAJOR,
      handle: options.handle,
    });
    const webhookMajor = (params: readonly string[]): string => `${params[0]}/${params[1]}`;
    return [
      route('GET', '/gateway', { auth: false, handle: () => json({ url: this.#settings.gatewayUrl() }) }),
      route('GET', '/gateway/bot', {
        handle: () =>
          json({
            url: this.#settings.gatewayUrl(),
            shards: this.#settings.shardCount,
            session_start_limit: {
              total: 1000,
              remaining: 1000,
              reset_after: 60_000,
              max_concurrency: this.#settings.maxConcurrency,
            },
          }),
      }),
      route('GET', '/users/@me', { handle: () => json(toJson(botUser)) }),
      route('GET', '/applications/@me', {
        handle: () =>
          json({
            id: applicationId,
            name: botUser.username,
            icon: null,
            description: '',
            bot_public: true,
            bot_require_code_grant: false,
            verify_key: '0'.repeat(64),
            flags: 0,
            bot: toJson(botUser),
            team: null,
            owner: toJson(botUser),
          }),
      }),
      route('GET', '/applications/:app/commands', {
        handle: ({ params }) => (ownApp(params[0]) ? json(toJson(commands.list(null))) : missingAccess()),
      }),
      route('PUT', '/applications/:app/commands', {
        handle: ({ params, body }) => {
          if (!ownApp(params[0])) return missingAccess();
          const result = commands.overwrite(null, body);
          return 'status' in result ? result : json(toJson(result));
        },
      }),
      route('GET', '/applications/:app/guilds/:guild/commands', {
        major: (params) => params[1] ?? 'global',
        handle: ({ params }) =>
          ownApp(params[0]) ? json(toJson(commands.list(params[1] ?? ''))) : missingAccess(),
      }),
      route('PUT', '/applications/:app/guilds/:guild/commands', {
        major: (params) => params[1] ?? 'global',
        handle: ({ params, body }) => {
          if (!ownApp(params[0])) return missingAccess();
          const result = commands.overwrite(params[1] ?? '', body);
          return 'status' in result ? result : json(toJson(result));
        },
      }),
      route('POST', '/interactions/:id/:token/callback', {
        auth: false,
        bucketed: false,
        handle: ({ params, body, files, query }) =>
          interactions.callback(
            params[0] ?? '',
            params[1] ?? '',
            body,
            files,
            query.with_response === 'true',
          ),
      }),
      route('POST', '/webhooks/:app/:token', {
        auth: false,
        major: webhookMajor,
        handle: ({ params, body, files, query }) =>
          interactions.followUp(params[0] ?? '', params[1] ?? '', body, files, query.wait === 'true'),
      }),
      route('GET', '/webhooks/:app/:token/messages/:message', {
        auth: false,
        major: webhookMajor,
        handle: ({ params }) => interactions.getMessage(params[0] ?? '', params[1] ?? '', params[2] ?? ''),
      }),
      route('PATCH', '/webhooks/:app/:token/messages/:message', {
        auth: false,
        major: webhookMajor,
        handle: ({ params, body, files }) =>
          interactions.editMessage(params[0] ?? '', params[1] ?? '', params[2] ?? '', body, files),
      }),
      route('DELETE', '/webhooks/:app/:token/messages/:message', {
        auth: false,
        major: webhookMajor,
        handle: ({ params }) => interactions.deleteMessage(params[0] ?? '', params[1] ?? '', params[2] ?? ''),
      }),
    ];
  }
}

/** The path as a test writes it (`@original`, not `%40original`). */
function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function toJson(value: unknown): JsonValue {
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error(`body larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
