import type { JsonObject } from './json';

/** An HTTP error response shaped like Discord's: `{ message, code }`, plus `errors` for form bodies. */
export interface DiscordErrorResponse {
  readonly status: number;
  readonly body: JsonObject;
}

/** One problem in a request body, at a path such as `['embeds', 0, 'description']`. */
export interface FormProblem {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

export function discordError(status: number, code: number, message: string): DiscordErrorResponse {
  return { status, body: { message, code } };
}

export const notFound = (): DiscordErrorResponse => discordError(404, 0, '404: Not Found');
export const unauthorized = (): DiscordErrorResponse => discordError(401, 0, '401: Unauthorized');
export const missingAccess = (): DiscordErrorResponse => discordError(403, 50001, 'Missing Access');
export const unknownWebhook = (): DiscordErrorResponse => discordError(404, 10015, 'Unknown Webhook');
export const unknownMessage = (): DiscordErrorResponse => discordError(404, 10008, 'Unknown Message');
export const unknownInteraction = (): DiscordErrorResponse => discordError(404, 10062, 'Unknown interaction');
export const alreadyAcknowledged = (): DiscordErrorResponse =>
  discordError(400, 40060, 'Interaction has already been acknowledged.');
export const emptyMessage = (): DiscordErrorResponse =>
  discordError(400, 50006, 'Cannot send an empty message');
export const invalidJson = (): DiscordErrorResponse =>
  discordError(400, 50109, 'The request body contains invalid JSON.');

/** Discord's 50035 "Invalid Form Body", with problems nested by path under `errors`. */
export function invalidFormBody(problems: readonly FormProblem[]): DiscordErrorResponse {
  const errors: JsonObject = {};
  for (const problem of problems) {
    let node = errors;
    for (const key of problem.path) {
      const next = node[String(key)];
      const child: JsonObject = typeof next === 'object' && next !== null && !Array.isArray(next) ? next : {};
      node[String(key)] = child;
      node = child;
    }
    const list = Array.isArray(node._errors) ? node._errors : [];
    list.push({ code: problem.code, message: problem.message });
    node._errors = list;
  }
  return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors } };
}
