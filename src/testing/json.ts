export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectOr(value: JsonValue | undefined): JsonObject | null {
  return isJsonObject(value) ? value : null;
}

export function stringOr(value: JsonValue | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

export function numberOr(value: JsonValue | undefined): number | null {
  return typeof value === 'number' ? value : null;
}

export function arrayOr(value: JsonValue | undefined): JsonValue[] | null {
  return Array.isArray(value) ? value : null;
}

/** A JSON copy, so stored objects never share structure with what callers hold. */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
