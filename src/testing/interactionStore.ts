import {
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
  type APIAttachment,
  type APIEmbed,
  type APIMessage,
  type APIUser,
} from 'discord.js';
import {
  alreadyAcknowledged,
  emptyMessage,
  invalidFormBody,
  unknownInteraction,
  unknownMessage,
  unknownWebhook,
  type DiscordErrorResponse,
} from './discordErrors';
import { messageObject } from './discordPayloads';
import {
  arrayOr,
  isJsonObject,
  jsonCopy,
  numberOr,
  objectOr,
  stringOr,
  type JsonObject,
  type JsonValue,
} from './json';
import { autocompleteProblems, isEmptyMessage, messageBodyProblems } from './messageValidation';
import type { SnowflakeFactory } from './snowflakes';

/** A file part of a multipart request (discord.js sends `files[n]` parts beside `payload_json`). */
export interface UploadedFile {
  readonly field: string;
  readonly filename: string;
  readonly contentType: string | null;
  readonly size: number;
}

/** An interaction the fake sent, and what the bot has done with it so far. */
export interface InteractionRecord {
  readonly id: string;
  readonly token: string;
  readonly type: InteractionType;
  /** `data.type` of application commands; null for other interactions. */
  readonly commandType: ApplicationCommandType | null;
  readonly commandName: string | null;
  readonly channelId: string;
  readonly guildId: string | null;
  readonly user: APIUser;
  readonly shardId: number;
  readonly sentAt: number;
  /** The INTERACTION_CREATE `d` as sent. */
  readonly payload: JsonObject;
  callback: {
    readonly type: InteractionResponseType;
    readonly data: JsonObject | null;
    readonly at: number;
  } | null;
  /** The response message (for components: the message whose component was used, until replaced). */
  original: APIMessage | null;
  readonly followUps: Map<string, APIMessage>;
}

/** Something the user can now see in answer to an interaction. */
export interface InteractionReply {
  readonly interactionId: string;
  readonly token: string;
  /**
   * How it was produced: the initial callback (types 4, 7, 8, 9), an edit of `@original`
   * (the usual end of a deferral), a follow-up message, or an edit of a follow-up.
   */
  readonly via: 'callback' | 'editOriginal' | 'followUp' | 'editFollowUp';
  /** The interaction's callback type (5 or 6 when the reply came after a deferral). */
  readonly callbackType: InteractionResponseType;
  readonly ephemeral: boolean;
  /** What the bot sent: the callback's `data`, or the edit / follow-up body. */
  readonly data: JsonObject;
  /** The message as Discord now stores it; null for autocomplete choices and modals. */
  readonly message: APIMessage | null;
  readonly at: number;
}

/** A successful answer for the REST layer. */
export interface StoreResponse {
  readonly status: number;
  readonly body?: JsonValue;
}

export interface InteractionStoreOptions {
  readonly applicationId: string;
  readonly botUser: APIUser;
  /** Callbacks later than this after dispatch get Discord's 10062 "Unknown interaction"; 0 disables. */
  readonly callbackDeadlineMs: number;
  /** Base for attachment URLs. */
  readonly attachmentBaseUrl: string;
  readonly snowflakes: SnowflakeFactory;
  readonly onReply: (reply: InteractionReply) => void;
  readonly onProblem: (problem: string) => void;
}

const LOADING = MessageFlags.Loading as number;
const EPHEMERAL = MessageFlags.Ephemeral as number;
/** Callback types after which the interaction's webhook (edits, follow-ups) exists. */
const WEBHOOK_CALLBACKS = new Set<number>([
  InteractionResponseType.ChannelMessageWithSource,
  InteractionResponseType.DeferredChannelMessageWithSource,
  InteractionResponseType.DeferredMessageUpdate,
  InteractionResponseType.UpdateMessage,
]);

/** Which callback types Discord accepts for which interaction types. */
function callbackAllowed(record: InteractionRecord, type: number): boolean {
  const fromComponent =
    record.type === InteractionType.MessageComponent || isJsonObject(record.payload.message);
  switch (type) {
    case InteractionResponseType.ChannelMessageWithSource:
    case InteractionResponseType.DeferredChannelMessageWithSource:
      return record.type !== InteractionType.ApplicationCommandAutocomplete;
    case InteractionResponseType.DeferredMessageUpdate:
    case InteractionResponseType.UpdateMessage:
      return record.type !== InteractionType.ApplicationCommandAutocomplete && fromComponent;
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      return record.type === InteractionType.ApplicationCommandAutocomplete;
    case InteractionResponseType.Modal:
      return (
        record.type === InteractionType.ApplicationCommand || record.type === InteractionType.MessageComponent
      );
    default:
      return false;
  }
}

/**
 * The interactions the fake has sent and the messages answering them, with Discord's rules:
 * one callback per interaction within the deadline, webhooks usable only after it, edits of
 * `@original`, follow-ups (the first after a deferral fills the loading message), deletions.
 */
export class InteractionStore {
  readonly #byId = new Map<string, InteractionRecord>();
  readonly #byToken = new Map<string, InteractionRecord>();
  readonly #options: InteractionStoreOptions;

  constructor(options: InteractionStoreOptions) {
    this.#options = options;
  }

  add(record: InteractionRecord): void {
    this.#byId.set(record.id, record);
    this.#byToken.set(record.token, record);
  }

  byToken(token: string): InteractionRecord | undefined {
    return this.#byToken.get(token);
  }

  byId(id: string): InteractionRecord | undefined {
    return this.#byId.get(id);
  }

  all(): InteractionRecord[] {
    return [...this.#byId.values()];
  }

  /** Any message the bot has produced (an original response or a follow-up), by id. */
  findMessage(messageId: string): APIMessage | undefined {
    for (const record of this.#byId.values()) {
      if (record.original?.id === messageId) return record.original;
      const followUp = record.followUps.get(messageId);
      if (followUp) return followUp;
    }
    return undefined;
  }

  callback(
    id: string,
    token: string,
    body: JsonValue | null,
    files: readonly UploadedFile[],
    withResponse: boolean,
    now: number = Date.now(),
  ): StoreResponse | DiscordErrorResponse {
    const record = this.#byId.get(id);
    if (!record || record.token !== token) return unknownInteraction();
    if (record.callback) return alreadyAcknowledged();
    const deadline = this.#options.callbackDeadlineMs;
    if (deadline > 0 && now - record.sentAt > deadline) {
      this.#options.onProblem(
        `interaction ${id} (${record.commandName ?? 'component'}) was answered ${now - record.sentAt}ms after ` +
          `it was sent; Discord allows ${deadline}ms, so it answered 10062 Unknown interaction`,
      );
      return unknownInteraction();
    }
    const callback = objectOr(body ?? undefined);
    const type = numberOr(callback?.type);
    if (!callback || type === null || !callbackAllowed(record, type)) {
      return invalidFormBody([
        {
          path: ['type'],
          code: 'INTERACTION_RESPONSE_TYPE_INVALID',
          message: 'Invalid interaction response type',
        },
      ]);
    }
    const data = objectOr(callback.data) ?? {};
    const problems =
      type === InteractionResponseType.ApplicationCommandAutocompleteResult
        ? autocompleteProblems(data)
        : type === InteractionResponseType.ChannelMessageWithSource ||
            type === InteractionResponseType.UpdateMessage
          ? messageBodyProblems(data)
          : [];
    if (problems.length > 0)
      return invalidFormBody(problems.map((p) => ({ ...p, path: ['data', ...p.path] })));

    let message: APIMessage | null = null;
    if (type === InteractionResponseType.ChannelMessageWithSource) {
      message = this.#applyBody(this.#newResponseMessage(record), data, files, now, true);
      if (isEmptyMessage(message as unknown as JsonObject)) return emptyMessage();
      record.original = message;
    } else if (type === InteractionResponseType.DeferredChannelMessageWithSource) {
      const flags = ((numberOr(data.flags) ?? 0) & EPHEMERAL) | LOADING;
      record.original = { ...this.#newResponseMessage(record), flags };
    } else if (type === InteractionResponseType.UpdateMessage) {
      if (!record.original) return unknownMessage();
      message = this.#applyBody(record.original, data, files, now, false);
      if (isEmptyMessage(message as unknown as JsonObject)) return emptyMessage();
      record.original = message;
    }
    record.callback = { type, data: isJsonObject(callback.data) ? jsonCopy(callback.data) : null, at: now };

    const deferred =
      type === InteractionResponseType.DeferredChannelMessageWithSource ||
      type === InteractionResponseType.DeferredMessageUpdate;
    if (!deferred) {
      this.#options.onReply({
        interactionId: record.id,
        token: record.token,
        via: 'callback',
        callbackType: type,
        ephemeral: ((message?.flags ?? numberOr(data.flags) ?? 0) & EPHEMERAL) !== 0,
        data: jsonCopy(data),
        message: message ? jsonCopy(message) : null,
        at: now,
      });
    }
    if (!withResponse) return { status: 204 };
    const shown = type === InteractionResponseType.DeferredMessageUpdate ? null : record.original;
    return {
      status: 200,
      body: {
        interaction: {
          id: record.id,
          type: record.type,
          ...(shown
            ? {
                response_message_id: shown.id,
                response_message_loading: ((shown.flags ?? 0) & LOADING) !== 0,
                response_message_ephemeral: ((shown.flags ?? 0) & EPHEMERAL) !== 0,
              }
            : {}),
        },
        resource: {
          type,
          ...(shown && type !== InteractionResponseType.ApplicationCommandAutocompleteResult
            ? { message: jsonCopy(shown) as unknown as JsonObject }
            : {}),
        },
      },
    };
  }

  /** The interaction behind a webhook token, once its webhook exists (after a message-type callback). */
  #webhook(applicationId: string, token: string): InteractionRecord | DiscordErrorResponse {
    const record = this.#byToken.get(token);
    if (applicationId !== this.#options.applicationId || !record) return unknownWebhook();
    if (!record.callback || !WEBHOOK_CALLBACKS.has(record.callback.type)) return unknownWebhook();
    return record;
  }

  getMessage(applicationId: string, token: string, messageId: string): StoreResponse | DiscordErrorResponse {
    const record = this.#webhook(applicationId, token);
    if ('status' in record) return record;
    const message = messageId === '@original' ? record.original : record.followUps.get(messageId);
    return message ? { status: 200, body: jsonCopy(message) as unknown as JsonObject } : unknownMessage();
  }

  editMessage(
    applicationId: string,
    token: string,
    messageId: string,
    body: JsonValue | null,
    files: readonly UploadedFile[],
    now: number = Date.now(),
  ): StoreResponse | DiscordErrorResponse {
    const record = this.#webhook(applicationId, token);
    if ('status' in record) return record;
    const isOriginal = messageId === '@original' || messageId === record.original?.id;
    const current = isOriginal ? record.original : record.followUps.get(messageId);
    if (!current) return unknownMessage();
    const data = objectOr(body ?? undefined) ?? {};
    const problems = messageBodyProblems(data);
    if (problems.length > 0) return invalidFormBody(problems);
    const message = this.#applyBody(current, data, files, now, false);
    if (isEmptyMessage(message as unknown as JsonObject)) return emptyMessage();
    if (isOriginal) record.original = message;
    else record.followUps.set(message.id, message);
    this.#reply(record, isOriginal ? 'editOriginal' : 'editFollowUp', data, message, now);
    return { status: 200, body: jsonCopy(message) as unknown as JsonObject };
  }

  deleteMessage(
    applicationId: string,
    token: string,
    messageId: string,
  ): StoreResponse | DiscordErrorResponse {
    const record = this.#webhook(applicationId, token);
    if ('status' in record) return record;
    if (messageId === '@original' || messageId === record.original?.id) {
      if (!record.original) return unknownMessage();
      record.original = null;
    } else if (!record.followUps.delete(messageId)) {
      return unknownMessage();
    }
    return { status: 204 };
  }

  followUp(
    applicationId: string,
    token: string,
    body: JsonValue | null,
    files: readonly UploadedFile[],
    wait: boolean,
    now: number = Date.now(),
  ): StoreResponse | DiscordErrorResponse {
    const record = this.#webhook(applicationId, token);
    if ('status' in record) return record;
    const data = objectOr(body ?? undefined) ?? {};
    const problems = messageBodyProblems(data);
    if (problems.length > 0) return invalidFormBody(problems);
    let message: APIMessage;
    // Discord: the first follow-up after a deferred reply fills in the loading message.
    const loading = record.original !== null && ((record.original.flags ?? 0) & LOADING) !== 0;
    if (loading && record.original) {
      message = this.#applyBody(record.original, data, files, now, false);
      if (isEmptyMessage(message as unknown as JsonObject)) return emptyMessage();
      record.original = message;
    } else {
      message = this.#applyBody(this.#newResponseMessage(record), data, files, now, true);
      if (record.original && message.interaction_metadata) {
        message.interaction_metadata = {
          ...message.interaction_metadata,
          original_response_message_id: record.original.id,
        };
      }
      if (isEmptyMessage(message as unknown as JsonObject)) return emptyMessage();
      record.followUps.set(message.id, message);
    }
    this.#reply(record, 'followUp', data, message, now);
    return wait ? { status: 200, body: jsonCopy(message) as unknown as JsonObject } : { status: 204 };
  }

  #reply(
    record: InteractionRecord,
    via: InteractionReply['via'],
    data: JsonObject,
    message: APIMessage,
    at: number,
  ): void {
    this.#options.onReply({
      interactionId: record.id,
      token: record.token,
      via,
      callbackType: record.callback?.type ?? InteractionResponseType.ChannelMessageWithSource,
      ephemeral: ((message.flags ?? 0) & EPHEMERAL) !== 0,
      data: jsonCopy(data),
      message: jsonCopy(message),
      at,
    });
  }

  #newResponseMessage(record: InteractionRecord): APIMessage {
    const { applicationId, botUser, snowflakes } = this.#options;
    const type =
      record.type !== InteractionType.ApplicationCommand
        ? MessageType.Default
        : record.commandType === ApplicationCommandType.ChatInput
          ? MessageType.ChatInputCommand
          : MessageType.ContextMenuCommand;
    const owners = objectOr(record.payload.authorizing_integration_owners) ?? {};
    const metadataBase = {
      id: record.id,
      user: record.user,
      authorizing_integration_owners: jsonCopy(owners) as Record<string, string>,
    };
    const targetId = stringOr(objectOr(record.payload.data)?.target_id);
    const interactedId = record.type === InteractionType.MessageComponent ? record.original?.id : undefined;
    return messageObject({
      id: snowflakes.next(),
      channel_id: record.channelId,
      author: botUser,
      type,
      webhook_id: applicationId,
      application_id: applicationId,
      ...(record.guildId ? { guild_id: record.guildId } : {}),
      interaction_metadata:
        record.type === InteractionType.MessageComponent
          ? {
              ...metadataBase,
              type: InteractionType.MessageComponent,
              interacted_message_id: interactedId ?? record.id,
            }
          : {
              ...metadataBase,
              type: InteractionType.ApplicationCommand,
              ...(targetId && record.commandType === ApplicationCommandType.Message
                ? { target_message_id: targetId }
                : {}),
            },
      ...(record.type === InteractionType.ApplicationCommand && record.commandName
        ? {
            interaction: {
              id: record.id,
              type: InteractionType.ApplicationCommand,
              name: record.commandName,
              user: record.user,
            },
          }
        : {}),
    });
  }

  /** The message after applying a body to a new (`fresh`) or existing message; loading ends. */
  #applyBody(
    before: APIMessage,
    body: JsonObject,
    files: readonly UploadedFile[],
    now: number,
    fresh: boolean,
  ): APIMessage {
    const message: APIMessage = jsonCopy(before);
    if ('content' in body) message.content = stringOr(body.content) ?? '';
    if ('embeds' in body) {
      message.embeds = (arrayOr(body.embeds) ?? []).map((embed) => ({
        type: 'rich',
        ...(jsonCopy(embed) as unknown as APIEmbed),
      })) as APIEmbed[];
    }
    if ('components' in body) {
      message.components = jsonCopy(arrayOr(body.components) ?? []) as unknown as APIMessage['components'];
    }
    // Ephemerality is fixed when a message is created (by its flags, or by the deferral's).
    const askedFlags = numberOr(body.flags);
    const ephemeral = (fresh ? (askedFlags ?? 0) : (before.flags ?? 0)) & EPHEMERAL;
    const otherFlags = (askedFlags ?? before.flags ?? 0) & ~(LOADING | EPHEMERAL);
    message.flags = (otherFlags | ephemeral) as MessageFlags;
    if ('tts' in body) message.tts = body.tts === true;
    message.attachments = this.#attachments(message, body, files);
    if (!fresh) message.edited_timestamp = new Date(now).toISOString();
    return message;
  }

  #attachments(message: APIMessage, body: JsonObject, files: readonly UploadedFile[]): APIAttachment[] {
    const listed = arrayOr(body.attachments);
    const kept = listed
      ? message.attachments.filter((existing) => listed.some((entry) => objectOr(entry)?.id === existing.id))
      : message.attachments;
    const uploaded = files.map((file): APIAttachment => {
      const id = this.#options.snowflakes.next();
      const url = `${this.#options.attachmentBaseUrl}/${message.channel_id}/${id}/${encodeURIComponent(file.filename)}`;
      return {
        id,
        filename: file.filename,
        size: file.size,
        url,
        proxy_url: url,
        ...(file.contentType ? { content_type: file.contentType } : {}),
      };
    });
    return [...kept, ...uploaded];
  }
}
