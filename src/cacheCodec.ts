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

/** Marks a line of plain JSON that is not to be decoded (an index's term list). */
const RAW = 'R';

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
  // The top-level field being written, for error messages (a path per value would slow writing down).
  let field = '';

  /** Splits a long array over lines; `encodeItem` encodes one element; raw lines are JSON as is. */
  function split(values: readonly unknown[], encodeItem: (value: unknown) => Json, raw = false): Json {
    if (values.length <= CHUNK) return values.map(encodeItem);
    // Encode every chunk first (nested split arrays push their own lines), then write this array's
    // chunks on consecutive lines.
    const chunks: string[] = [];
    for (let start = 0; start < values.length; start += CHUNK) {
      const chunk = JSON.stringify(values.slice(start, start + CHUNK).map(encodeItem));
      chunks.push(raw ? `${RAW}${chunk}` : chunk);
    }
    const first = lines.length;
    lines.push(...chunks);
    return { $lines: [first, chunks.length] };
  }

  function refuse(what: string): never {
    throw new UncacheableValueError(`library.${field} holds ${what}, which the cache cannot hold`);
  }

  function encode(value: unknown): Json {
    if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
    if (typeof value === 'number') return Number.isFinite(value) ? value : refuse(String(value));
    if (value === undefined) return { $undefined: 0 };
    const resource = resourceNames.get(value);
    if (resource !== undefined) return { $resource: resource };
    if (Array.isArray(value)) return split(value, encode);
    if (value instanceof Map) return { $map: split([...value.entries()], encode) };
    if (value instanceof Set) return { $set: split([...value], encode) };
    if (value instanceof MiniSearch) {
      // MiniSearch's own plain form is JSON already: written raw, its term list split over lines.
      const plain = value.toJSON() as unknown as Record<string, Json>;
      const out: Record<string, Json> = {};
      for (const [key, part] of Object.entries(plain)) {
        out[key] = Array.isArray(part) ? split(part, (item) => item as Json, true) : part;
      }
      return { $minisearch: out };
    }
    if (ArrayBuffer.isView(value)) {
      const name = value.constructor.name;
      if (!(name in TYPED_ARRAYS)) refuse(`a ${name}`);
      return {
        $typed: name,
        base64: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64'),
      };
    }
    if (typeof value === 'object') {
      const prototype: unknown = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) refuse(`a ${value.constructor.name}`);
      const out: { [key: string]: Json } = {};
      for (const [key, item] of Object.entries(value))
        out[key.startsWith('$') ? `$${key}` : key] = encode(item);
      return out;
    }
    return refuse(`a ${typeof value}`);
  }

  const out: { [key: string]: Json } = {};
  if (root === null || typeof root !== 'object' || Object.getPrototypeOf(root) !== Object.prototype) {
    throw new UncacheableValueError('the library must be a plain object');
  }
  for (const [key, value] of Object.entries(root)) {
    field = key;
    out[key.startsWith('$') ? `$${key}` : key] = encode(value);
  }
  lines.push(JSON.stringify(out));
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
  let line = 0;
  const corrupt = (what: string): never => {
    throw new CorruptCacheError(`line ${line + 1}: ${what}`);
  };

  /** The elements of an inline or split array, each through `item`. */
  function items(json: Json, item: (value: Json) => unknown, raw: boolean): unknown[] {
    if (Array.isArray(json)) return raw ? json : json.map(item);
    if (json !== null && typeof json === 'object' && !Array.isArray(json) && '$lines' in json) {
      const range = json.$lines;
      if (!Array.isArray(range) || range.length !== 2) return corrupt('malformed line range');
      const [first, count] = range as [number, number];
      if (
        !Number.isInteger(first) ||
        !Number.isInteger(count) ||
        first < 0 ||
        count < 1 ||
        first + count > line
      ) {
        return corrupt(`refers to lines that come later or not at all`);
      }
      const out: unknown[] = [];
      for (let i = first; i < first + count; i += 1)
        for (const value of decoded[i] as unknown[]) out.push(value);
      return out;
    }
    return corrupt('expected an array');
  }

  function decode(json: Json): unknown {
    if (json === null || typeof json !== 'object') return json;
    if (Array.isArray(json)) return json.map(decode);
    let tag: string | null = null;
    for (const key in json) {
      if (key.charCodeAt(0) === 36 /* $ */ && key.charCodeAt(1) !== 36) tag = key;
      break;
    }
    if (tag === null) {
      const out: Record<string, unknown> = {};
      for (const key in json) out[key.charCodeAt(0) === 36 ? key.slice(1) : key] = decode(json[key] as Json);
      return out;
    }
    switch (tag) {
      case '$undefined':
        return undefined;
      case '$lines':
        return items(json, decode, false);
      case '$map': {
        const entries = items(json.$map as Json, decode, false);
        if (!entries.every((entry) => Array.isArray(entry) && entry.length === 2))
          corrupt('malformed map entries');
        return new Map(entries as [unknown, unknown][]);
      }
      case '$set':
        return new Set(items(json.$set as Json, decode, false));
      case '$typed': {
        const name = json.$typed;
        const base64 = json.base64;
        if (typeof name !== 'string' || !(name in TYPED_ARRAYS) || typeof base64 !== 'string') {
          return corrupt('malformed typed array');
        }
        const Type = TYPED_ARRAYS[name as TypedArrayName];
        const bytes = Buffer.from(base64, 'base64');
        if (bytes.length % Type.BYTES_PER_ELEMENT !== 0) corrupt('typed array of odd length');
        // Copy into an aligned buffer of its own (Buffer pools may not be aligned for wider types).
        const copy = new Uint8Array(bytes.length);
        copy.set(bytes);
        return new Type(copy.buffer);
      }
      case '$resource': {
        const name = json.$resource;
        if (typeof name !== 'string' || !(name in resources)) return corrupt('unknown resource');
        return resources[name];
      }
      case '$minisearch': {
        const plain = json.$minisearch;
        if (plain === null || typeof plain !== 'object' || Array.isArray(plain))
          return corrupt('malformed index');
        const out: Record<string, unknown> = {};
        for (const [key, part] of Object.entries(plain)) {
          out[key] =
            part !== null && typeof part === 'object' && '$lines' in part
              ? items(part, (x) => x, true)
              : part;
        }
        // Loaded after all lines are decoded, with MiniSearch's own event-loop-friendly loader.
        const holder: IndexHolder = { plain: out, index: null };
        pendingIndexes.push(holder);
        return holder;
      }
      default:
        return corrupt(`unknown tag ${tag}`);
    }
  }

  interface IndexHolder {
    readonly plain: unknown;
    index: unknown;
  }
  const pendingIndexes: IndexHolder[] = [];
  // Split-array lines, in order (children come before the lines that use them), a few per event-loop turn.
  for (line = 0; line < lines.length - 1; line += 1) {
    if (line % 4 === 3) await yieldToEventLoop();
    const text = lines[line] as string;
    const raw = text.startsWith(RAW);
    const chunk = parseLine(raw ? text.slice(RAW.length) : text, line);
    if (!Array.isArray(chunk)) corrupt('expected an array');
    decoded.push(raw ? (chunk as Json[]) : (chunk as Json[]).map(decode));
  }
  line = lines.length - 1;
  const root = decode(parseLine(lines[line] as string, line));
  for (const holder of pendingIndexes) {
    try {
      holder.index = await MiniSearch.loadJSAsync(
        holder.plain as Parameters<typeof MiniSearch.loadJS>[0],
        INDEX_OPTIONS,
      );
    } catch (error) {
      throw new CorruptCacheError(
        `the index does not load: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  if (root === null || typeof root !== 'object') return root;
  const record = root as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (pendingIndexes.includes(value as IndexHolder)) record[key] = (value as IndexHolder).index;
  }
  return record;
}

function parseLine(line: string, i: number): Json {
  try {
    return JSON.parse(line) as Json;
  } catch {
    throw new CorruptCacheError(`line ${i + 1} is not JSON`);
  }
}
