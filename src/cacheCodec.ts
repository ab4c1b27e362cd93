import MiniSearch from 'minisearch';
import { INDEX_OPTIONS } from './search/index';

/**
 * A generic, line-oriented JSON encoding for the Library's tables, so a field the library gains later
 * is cached without anyone touching this file. It knows Maps, Sets, typed arrays and MiniSearch
 * indexes beside plain JSON values. Large arrays are split over lines of `CHUNK` elements, so a
 * reader can parse and decode one line at a time and give the event loop a turn in between: a 60k
 * sentence library never blocks the bot for more than one line's worth.
 *
 * Tags are one-key objects whose key starts with `$`; a plain object's own keys that start with `$`
 * are written with one more `$`, so data can never be mistaken for a tag.
 */

/** Elements per line of a split array. ~2,000 sentences parse in a few milliseconds. */
export const CHUNK = 2000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const TYPED_ARRAYS = {
  Int8Array,
  Uint8Array,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
} as const;
type TypedArrayName = keyof typeof TYPED_ARRAYS;

/** Values that are not data (shared resources such as the word vectors) and are named, not written. */
export type Resources = Readonly<Record<string, unknown>>;

export class UncacheableValueError extends Error {}

/**
 * Encodes `root` into JSON lines; the last line is the root, earlier lines are the split arrays it
 * refers to by line number (children are always written before whatever refers to them).
 */
export function encodeLines(root: unknown, resources: Resources = {}): string[] {
  const lines: string[] = [];
  const resourceNames = new Map<unknown, string>();
  for (const [name, value] of Object.entries(resources)) if (value !== null) resourceNames.set(value, name);

  function encodeArray(values: readonly unknown[], at: string): Json {
    if (values.length <= CHUNK) return values.map((value, i) => encode(value, `${at}[${i}]`));
    // Encode every chunk first (nested split arrays push their own lines), then write this array's
    // chunks on consecutive lines.
    const chunks: string[] = [];
    for (let start = 0; start < values.length; start += CHUNK) {
      const chunk = values
        .slice(start, start + CHUNK)
        .map((value, i) => encode(value, `${at}[${start + i}]`));
      chunks.push(JSON.stringify(chunk));
    }
    const first = lines.length;
    lines.push(...chunks);
    return { $lines: [first, chunks.length] };
  }

  function encode(value: unknown, at: string): Json {
    if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new UncacheableValueError(`${at} is ${value}, not a finite number`);
      return value;
    }
    if (value === undefined) return { $undefined: 0 };
    const resource = resourceNames.get(value);
    if (resource !== undefined) return { $resource: resource };
    if (Array.isArray(value)) return encodeArray(value, at);
    if (value instanceof Map) return { $map: encodeArray([...value.entries()], `${at}<map>`) };
    if (value instanceof Set) return { $set: encodeArray([...value], `${at}<set>`) };
    if (value instanceof MiniSearch) return { $minisearch: encode(value.toJSON(), `${at}<index>`) };
    if (ArrayBuffer.isView(value)) {
      const name = value.constructor.name;
      if (!(name in TYPED_ARRAYS))
        throw new UncacheableValueError(`${at} is a ${name}, which the cache cannot hold`);
      return {
        $typed: name,
        base64: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64'),
      };
    }
    if (typeof value === 'object') {
      const prototype: unknown = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) {
        throw new UncacheableValueError(`${at} is a ${value.constructor.name}, which the cache cannot hold`);
      }
      const out: { [key: string]: Json } = {};
      for (const [key, field] of Object.entries(value)) {
        out[key.startsWith('$') ? `$${key}` : key] = encode(field, `${at}.${key}`);
      }
      return out;
    }
    throw new UncacheableValueError(`${at} is a ${typeof value}, which the cache cannot hold`);
  }

  const encodedRoot = encode(root, 'library');
  lines.push(JSON.stringify(encodedRoot));
  return lines;
}

/** A cache whose contents do not decode: never trusted, the caller rebuilds. */
export class CorruptCacheError extends Error {}

/** Gives the event loop a turn (pending I/O, timers, interactions) between two pieces of work. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Decodes lines written by `encodeLines`, one line per event-loop turn. Throws `CorruptCacheError`
 * on anything that is not what `encodeLines` writes.
 */
export async function decodeLines(lines: readonly string[], resources: Resources = {}): Promise<unknown> {
  if (lines.length === 0) throw new CorruptCacheError('the cache has no lines');
  const decoded: unknown[][] = [];
  const pendingIndexes: { holder: { value: unknown }; plain: unknown }[] = [];

  function decodeArray(json: Json, at: string): unknown[] {
    if (Array.isArray(json)) return json.map((item, i) => decode(item, `${at}[${i}]`));
    if (isTag(json, '$lines')) {
      const range = json.$lines;
      if (!Array.isArray(range) || range.length !== 2 || !range.every(Number.isInteger)) {
        throw new CorruptCacheError(`${at}: malformed line range`);
      }
      const [first, count] = range as [number, number];
      const parts = decoded.slice(first, first + count);
      if (first < 0 || count < 1 || parts.length !== count || first + count > decoded.length) {
        throw new CorruptCacheError(
          `${at}: refers to lines ${first}–${first + count - 1} that come later or not at all`,
        );
      }
      return parts.flat(1);
    }
    throw new CorruptCacheError(`${at}: expected an array`);
  }

  function decode(json: Json, at: string): unknown {
    if (json === null || typeof json !== 'object') return json;
    if (Array.isArray(json)) return decodeArray(json, at);
    const keys = Object.keys(json);
    const tag = keys.length === 1 && keys[0]?.startsWith('$') && !keys[0].startsWith('$$') ? keys[0] : null;
    if (tag === null && !('$typed' in json)) {
      const out: Record<string, unknown> = {};
      for (const key of keys)
        out[key.startsWith('$$') ? key.slice(1) : key] = decode(json[key] as Json, `${at}.${key}`);
      return out;
    }
    if ('$typed' in json) {
      const name = json.$typed;
      const base64 = json.base64;
      if (typeof name !== 'string' || !(name in TYPED_ARRAYS) || typeof base64 !== 'string') {
        throw new CorruptCacheError(`${at}: malformed typed array`);
      }
      const Type = TYPED_ARRAYS[name as TypedArrayName];
      const bytes = Buffer.from(base64, 'base64');
      if (bytes.length % Type.BYTES_PER_ELEMENT !== 0)
        throw new CorruptCacheError(`${at}: typed array of odd length`);
      // Copy into an aligned buffer of its own (Buffer pools may not be aligned for wider types).
      const copy = new Uint8Array(bytes.length);
      copy.set(bytes);
      return new Type(copy.buffer);
    }
    switch (tag) {
      case '$undefined':
        return undefined;
      case '$lines':
        return decodeArray(json, at);
      case '$resource': {
        const name = json.$resource;
        if (typeof name !== 'string' || !(name in resources))
          throw new CorruptCacheError(`${at}: unknown resource`);
        return resources[name];
      }
      case '$map': {
        const entries = decodeArray(json.$map as Json, `${at}<map>`);
        if (!entries.every((entry) => Array.isArray(entry) && entry.length === 2)) {
          throw new CorruptCacheError(`${at}: malformed map entries`);
        }
        return new Map(entries as [unknown, unknown][]);
      }
      case '$set':
        return new Set(decodeArray(json.$set as Json, `${at}<set>`));
      case '$minisearch': {
        // Loaded after all lines are decoded, with MiniSearch's own event-loop-friendly loader.
        const holder = { value: null as unknown };
        pendingIndexes.push({ holder, plain: decode(json.$minisearch as Json, `${at}<index>`) });
        return holder;
      }
      default:
        throw new CorruptCacheError(`${at}: unknown tag ${String(tag)}`);
    }
  }

  for (let i = 0; i < lines.length - 1; i += 1) {
    const chunk = parseLine(lines[i] as string, i);
    decoded.push(decodeArray(chunk, `line ${i + 1}`));
    await yieldToEventLoop();
  }
  const root = decode(parseLine(lines[lines.length - 1] as string, lines.length - 1), 'library');
  for (const { holder, plain } of pendingIndexes) {
    try {
      holder.value = await MiniSearch.loadJSAsync(
        plain as Parameters<typeof MiniSearch.loadJS>[0],
        INDEX_OPTIONS,
      );
    } catch (error) {
      throw new CorruptCacheError(
        `the index does not load: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return replaceHolders(root, new Set(pendingIndexes.map(({ holder }) => holder)));
}

function parseLine(line: string, i: number): Json {
  try {
    return JSON.parse(line) as Json;
  } catch {
    throw new CorruptCacheError(`line ${i + 1} is not JSON`);
  }
}

function isTag<K extends string>(json: Json, tag: K): json is { [key in K]: Json } {
  return (
    json !== null &&
    typeof json === 'object' &&
    !Array.isArray(json) &&
    Object.keys(json).length === 1 &&
    tag in json
  );
}

/** Puts the loaded indexes where their placeholders are (indexes only sit in objects, in practice at the top). */
function replaceHolders(value: unknown, holders: ReadonlySet<object>): unknown {
  if (holders.size === 0 || value === null || typeof value !== 'object') return value;
  if (holders.has(value)) return (value as { value: unknown }).value;
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = replaceHolders(record[key], holders);
  }
  return value;
}
