import type { APIApplicationCommand } from 'discord.js';
import { invalidFormBody, type DiscordErrorResponse, type FormProblem } from './discordErrors';
import { arrayOr, isJsonObject, jsonCopy, objectOr, type JsonObject, type JsonValue } from './json';
import type { SnowflakeFactory } from './snowflakes';

/** Discord's rule for chat-input command and option names. */
const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const CHAT_INPUT = 1;
const MAX_CHAT_INPUT_COMMANDS = 100;
const MAX_OPTIONS = 25;
const MAX_CHOICES = 25;
const SUBCOMMAND = 1;
const SUBCOMMAND_GROUP = 2;
const OPTION_TYPES = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);

type Path = (string | number)[];

function nameProblem(name: JsonValue | undefined, chatInput: boolean, path: Path): FormProblem | null {
  if (typeof name !== 'string' || name.length === 0 || name.length > 32) {
    return { path, code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 32 in length.' };
  }
  if (chatInput && (!CHAT_INPUT_NAME.test(name) || name !== name.toLowerCase())) {
    return { path, code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' };
  }
  return null;
}

function descriptionProblem(description: JsonValue | undefined, path: Path): FormProblem | null {
  if (typeof description !== 'string' || description.length === 0 || description.length > 100) {
    return { path, code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' };
  }
  return null;
}

function optionProblems(options: JsonValue[], path: Path): FormProblem[] {
  const problems: FormProblem[] = [];
  if (options.length > MAX_OPTIONS) {
    problems.push({
      path,
      code: 'BASE_TYPE_MAX_LENGTH',
      message: `Must be ${MAX_OPTIONS} or fewer in length.`,
    });
  }
  const seen = new Set<string>();
  let optionalSeen = false;
  options.forEach((value, i) => {
    const option = objectOr(value) ?? {};
    const at: Path = [...path, i];
    if (typeof option.type !== 'number' || !OPTION_TYPES.has(option.type)) {
      problems.push({
        path: [...at, 'type'],
        code: 'BASE_TYPE_CHOICES',
        message: 'Value must be one of 1–11.',
      });
    }
    const name = nameProblem(option.name, true, [...at, 'name']);
    if (name) problems.push(name);
    else if (typeof option.name === 'string') {
      if (seen.has(option.name)) {
        problems.push({
          path: [...at, 'name'],
          code: 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS',
          message: 'Option names must be unique',
        });
      }
      seen.add(option.name);
    }
    const description = descriptionProblem(option.description, [...at, 'description']);
    if (description) problems.push(description);
    const nested = option.type === SUBCOMMAND || option.type === SUBCOMMAND_GROUP;
    if (nested) {
      problems.push(...optionProblems(arrayOr(option.options) ?? [], [...at, 'options']));
      return;
    }
    if (option.required === true && optionalSeen) {
      problems.push({
        path: [...at, 'required'],
        code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
        message: 'Required options must be placed before non-required options',
      });
    }
    if (option.required !== true) optionalSeen = true;
    const choices = arrayOr(option.choices);
    if (choices && choices.length > MAX_CHOICES) {
      problems.push({
        path: [...at, 'choices'],
        code: 'BASE_TYPE_MAX_LENGTH',
        message: `Must be ${MAX_CHOICES} or fewer in length.`,
      });
    }
    if (choices && choices.length > 0 && option.autocomplete === true) {
      problems.push({
        path: [...at, 'autocomplete'],
        code: 'APPLICATION_COMMAND_OPTION_CANNOT_AUTOCOMPLETE',
        message: 'Autocomplete cannot be set on options with choices',
      });
    }
  });
  return problems;
}

/** Problems Discord would report for a bulk-overwrite body (an array of commands). */
export function commandListProblems(body: JsonValue | null): FormProblem[] {
  const list = arrayOr(body ?? undefined);
  if (!list) return [{ path: [], code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }];
  const problems: FormProblem[] = [];
  const seen = new Set<string>();
  let chatInputCount = 0;
  list.forEach((value, i) => {
    if (!isJsonObject(value)) {
      problems.push({
        path: [i],
        code: 'DICT_TYPE_CONVERT',
        message: 'Only dictionaries may be used in a DictType',
      });
      return;
    }
    const type = typeof value.type === 'number' ? value.type : CHAT_INPUT;
    const chatInput = type === CHAT_INPUT;
    if (chatInput) chatInputCount++;
    const name = nameProblem(value.name, chatInput, [i, 'name']);
    if (name) problems.push(name);
    else {
      const key = `${type}:${String(value.name)}`;
      if (seen.has(key)) {
        problems.push({
          path: [i, 'name'],
          code: 'APPLICATION_COMMANDS_DUPLICATE_NAME',
          message: 'Application command names must be unique',
        });
      }
      seen.add(key);
    }
    if (chatInput) {
      const description = descriptionProblem(value.description, [i, 'description']);
      if (description) problems.push(description);
      problems.push(...optionProblems(arrayOr(value.options) ?? [], [i, 'options']));
    } else if (typeof value.description === 'string' && value.description !== '') {
      problems.push({
        path: [i, 'description'],
        code: 'APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION',
        message: 'Context menu commands cannot have a description',
      });
    }
  });
  if (chatInputCount > MAX_CHAT_INPUT_COMMANDS) {
    problems.push({
      path: [],
      code: 'APPLICATION_COMMANDS_MAX_EXCEEDED',
      message: `Maximum number of application commands reached (${MAX_CHAT_INPUT_COMMANDS})`,
    });
  }
  return problems;
}

/** The fields a command definition controls; an overwrite that leaves them equal keeps the version. */
function definitionOf(input: JsonObject, type: number): JsonObject {
  const definition: JsonObject = {
    type,
    name: input.name ?? null,
    name_localizations: input.name_localizations ?? null,
    description: typeof input.description === 'string' ? input.description : '',
    description_localizations: input.description_localizations ?? null,
    default_member_permissions: input.default_member_permissions ?? null,
    nsfw: input.nsfw ?? false,
    contexts: input.contexts ?? null,
    integration_types: input.integration_types ?? [0],
  };
  if (Array.isArray(input.options)) definition.options = input.options;
  return definition;
}

/**
 * Application commands, global and per guild, as Discord's bulk-overwrite endpoints keep them:
 * kept by type and name, so an identical PUT changes nothing (same ids and versions).
 */
export class CommandStore {
  readonly #global = new Map<string, APIApplicationCommand>();
  readonly #guilds = new Map<string, Map<string, APIApplicationCommand>>();
  readonly #applicationId: string;
  readonly #snowflakes: SnowflakeFactory;

  constructor(applicationId: string, snowflakes: SnowflakeFactory) {
    this.#applicationId = applicationId;
    this.#snowflakes = snowflakes;
  }

  list(guildId: string | null): APIApplicationCommand[] {
    const scope = guildId === null ? this.#global : this.#guilds.get(guildId);
    return scope ? [...scope.values()].map((command) => jsonCopy(command)) : [];
  }

  /** The command a user would run by this name: the guild's own first, then the global one. */
  find(name: string, type: number, guildId: string | null): APIApplicationCommand | undefined {
    const key = `${type}:${name}`;
    return (guildId === null ? undefined : this.#guilds.get(guildId)?.get(key)) ?? this.#global.get(key);
  }

  /** True once any command list (global or guild) has been registered. */
  get registered(): boolean {
    return this.#global.size > 0 || [...this.#guilds.values()].some((scope) => scope.size > 0);
  }

  overwrite(guildId: string | null, body: JsonValue | null): APIApplicationCommand[] | DiscordErrorResponse {
    const problems = commandListProblems(body);
    if (problems.length > 0 || !Array.isArray(body)) return invalidFormBody(problems);
    const previous = guildId === null ? this.#global : (this.#guilds.get(guildId) ?? new Map());
    const next = new Map<string, APIApplicationCommand>();
    for (const value of body) {
      const input = objectOr(value) ?? {};
      const type = typeof input.type === 'number' ? input.type : CHAT_INPUT;
      const key = `${type}:${String(input.name)}`;
      const definition = definitionOf(input, type);
      const before = previous.get(key);
      const unchanged =
        before !== undefined &&
        JSON.stringify(definitionOf(toJson(before), type)) === JSON.stringify(definition);
      const command = {
        ...(jsonCopy(definition) as unknown as Omit<
          APIApplicationCommand,
          'id' | 'application_id' | 'version'
        >),
        id: before?.id ?? this.#snowflakes.next(),
        application_id: this.#applicationId,
        version: unchanged ? before.version : this.#snowflakes.next(),
        ...(guildId === null ? { dm_permission: input.dm_permission !== false } : { guild_id: guildId }),
      } satisfies APIApplicationCommand;
      next.set(key, command);
    }
    if (guildId === null) {
      this.#global.clear();
      for (const [key, command] of next) this.#global.set(key, command);
    } else {
      this.#guilds.set(guildId, next);
    }
    return this.list(guildId);
  }
}

function toJson(command: APIApplicationCommand): JsonObject {
  return jsonCopy(command) as unknown as JsonObject;
}
