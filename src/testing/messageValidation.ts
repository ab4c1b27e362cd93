import type { FormProblem } from './discordErrors';
import { arrayOr, isJsonObject, objectOr, stringOr, type JsonObject, type JsonValue } from './json';

/** Discord's documented message limits (https://discord.com/developers/docs/resources/message). */
export const MESSAGE_LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Sum of every embed's title, description, field names and values, footer text and author name. */
  embedTotal: 6000,
  actionRows: 5,
  rowComponents: 5,
  buttonLabel: 80,
  customId: 100,
  selectOptions: 25,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** Flag bits a bot may set: suppress embeds, ephemeral, suppress notifications, voice message, components v2. */
const SENDABLE_FLAGS = 4 | 64 | 4096 | 8192 | 32768;
const IS_COMPONENTS_V2 = 32768;
const LINK_BUTTON = 5;
const PREMIUM_BUTTON = 6;

type Path = (string | number)[];

function tooLong(path: Path, max: number): FormProblem {
  return { path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` };
}
function required(path: Path): FormProblem {
  return { path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' };
}
function wrongType(path: Path, expected: string): FormProblem {
  return { path, code: `MODEL_TYPE_CONVERT`, message: `Could not interpret the value as ${expected}.` };
}

function checkText(
  value: JsonValue | undefined,
  path: Path,
  max: number,
  problems: FormProblem[],
  mustHaveText = false,
): number {
  if (value === undefined || value === null) {
    if (mustHaveText) problems.push(required(path));
    return 0;
  }
  if (typeof value !== 'string') {
    problems.push(wrongType(path, 'a string'));
    return 0;
  }
  if (mustHaveText && value.trim() === '') problems.push(required(path));
  if (value.length > max) problems.push(tooLong(path, max));
  return value.length;
}

function checkEmbeds(embeds: JsonValue | undefined, problems: FormProblem[]): void {
  if (embeds === undefined || embeds === null) return;
  const list = arrayOr(embeds);
  if (!list) {
    problems.push(wrongType(['embeds'], 'an array'));
    return;
  }
  if (list.length > MESSAGE_LIMITS.embeds) problems.push(tooLong(['embeds'], MESSAGE_LIMITS.embeds));
  let total = 0;
  list.forEach((item, i) => {
    const embed = objectOr(item);
    if (!embed) {
      problems.push(wrongType(['embeds', i], 'an object'));
      return;
    }
    total += checkText(embed.title, ['embeds', i, 'title'], MESSAGE_LIMITS.embedTitle, problems);
    total += checkText(
      embed.description,
      ['embeds', i, 'description'],
      MESSAGE_LIMITS.embedDescription,
      problems,
    );
    const footer = objectOr(embed.footer);
    if (footer)
      total += checkText(
        footer.text,
        ['embeds', i, 'footer', 'text'],
        MESSAGE_LIMITS.footerText,
        problems,
        true,
      );
    const author = objectOr(embed.author);
    if (author)
      total += checkText(
        author.name,
        ['embeds', i, 'author', 'name'],
        MESSAGE_LIMITS.authorName,
        problems,
        true,
      );
    const fields = arrayOr(embed.fields) ?? [];
    if (fields.length > MESSAGE_LIMITS.embedFields) {
      problems.push(tooLong(['embeds', i, 'fields'], MESSAGE_LIMITS.embedFields));
    }
    fields.forEach((fieldValue, j) => {
      const field = objectOr(fieldValue) ?? {};
      const at: Path = ['embeds', i, 'fields', j];
      total += checkText(field.name, [...at, 'name'], MESSAGE_LIMITS.fieldName, problems, true);
      total += checkText(field.value, [...at, 'value'], MESSAGE_LIMITS.fieldValue, problems, true);
    });
  });
  if (total > MESSAGE_LIMITS.embedTotal) {
    problems.push({
      path: ['embeds'],
      code: 'MAX_EMBED_SIZE_EXCEEDED',
      message: `Embed size exceeds maximum size of ${MESSAGE_LIMITS.embedTotal}`,
    });
  }
}

function checkComponents(components: JsonValue | undefined, flags: number, problems: FormProblem[]): void {
  if (components === undefined || components === null) return;
  const rows = arrayOr(components);
  if (!rows) {
    problems.push(wrongType(['components'], 'an array'));
    return;
  }
  // Components V2 layouts nest freely; only the classic action-row layout is checked here.
  if (flags & IS_COMPONENTS_V2) return;
  if (rows.length > MESSAGE_LIMITS.actionRows)
    problems.push(tooLong(['components'], MESSAGE_LIMITS.actionRows));
  rows.forEach((rowValue, i) => {
    const row = objectOr(rowValue);
    if (!row || row.type !== 1) {
      problems.push({
        path: ['components', i],
        code: 'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
        message: 'Expected an action row',
      });
      return;
    }
    const children = arrayOr(row.components) ?? [];
    if (children.length === 0) problems.push(required(['components', i, 'components']));
    if (children.length > MESSAGE_LIMITS.rowComponents) {
      problems.push(tooLong(['components', i, 'components'], MESSAGE_LIMITS.rowComponents));
    }
    children.forEach((childValue, j) => {
      const child = objectOr(childValue) ?? {};
      const at: Path = ['components', i, 'components', j];
      if (child.type === 2) {
        checkText(child.label, [...at, 'label'], MESSAGE_LIMITS.buttonLabel, problems);
        if (child.style === LINK_BUTTON) {
          if (typeof child.url !== 'string') problems.push(required([...at, 'url']));
        } else if (child.style !== PREMIUM_BUTTON) {
          checkText(child.custom_id, [...at, 'custom_id'], MESSAGE_LIMITS.customId, problems, true);
        }
      } else {
        checkText(child.custom_id, [...at, 'custom_id'], MESSAGE_LIMITS.customId, problems, true);
        const options = arrayOr(child.options);
        if (options && options.length > MESSAGE_LIMITS.selectOptions) {
          problems.push(tooLong([...at, 'options'], MESSAGE_LIMITS.selectOptions));
        }
      }
    });
  });
}

/** Problems in the message fields present in `body` (a reply, an edit or a follow-up). */
export function messageBodyProblems(body: JsonObject): FormProblem[] {
  const problems: FormProblem[] = [];
  checkText(body.content, ['content'], MESSAGE_LIMITS.content, problems);
  const flags = typeof body.flags === 'number' ? body.flags : 0;
  if (body.flags !== undefined && body.flags !== null && typeof body.flags !== 'number') {
    problems.push(wrongType(['flags'], 'an integer'));
  } else if (flags & ~SENDABLE_FLAGS) {
    problems.push({ path: ['flags'], code: 'MESSAGE_FLAGS_INVALID', message: 'Invalid message flags' });
  }
  checkEmbeds(body.embeds, problems);
  checkComponents(body.components, flags, problems);
  return problems;
}

/** Discord refuses a message with nothing to show (error 50006). */
export function isEmptyMessage(message: JsonObject): boolean {
  const content = stringOr(message.content) ?? '';
  const nonEmpty = (value: JsonValue | undefined): boolean => (arrayOr(value)?.length ?? 0) > 0;
  return (
    content.trim() === '' &&
    !nonEmpty(message.embeds) &&
    !nonEmpty(message.components) &&
    !nonEmpty(message.attachments) &&
    !nonEmpty(message.sticker_ids) &&
    !isJsonObject(message.poll)
  );
}

/** Problems in an autocomplete result (callback type 8). */
export function autocompleteProblems(data: JsonObject): FormProblem[] {
  const problems: FormProblem[] = [];
  const choices = arrayOr(data.choices);
  if (!choices) return [required(['choices'])];
  if (choices.length > MESSAGE_LIMITS.autocompleteChoices) {
    problems.push(tooLong(['choices'], MESSAGE_LIMITS.autocompleteChoices));
  }
  choices.forEach((choiceValue, i) => {
    const choice = objectOr(choiceValue) ?? {};
    checkText(choice.name, ['choices', i, 'name'], MESSAGE_LIMITS.choiceName, problems, true);
    if (typeof choice.value === 'string') {
      checkText(choice.value, ['choices', i, 'value'], MESSAGE_LIMITS.choiceValue, problems);
    } else if (typeof choice.value !== 'number') {
      problems.push(required(['choices', i, 'value']));
    }
  });
  return problems;
}
