import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { decodeLines, encodeLines, UncacheableValueError } from './cacheCodec';
import { DEFAULT_CORPUS_LOAD_OPTIONS, type CorpusLoadOptions } from './corpus/loadCorpus';
import type { Article, CorpusProblem } from './corpus/types';
import {
  buildLibrary,
  loadCorpusInputs,
  loadLibraryResources,
  NO_RESOURCES,
  type Library,
  type LibraryResources,
} from './library';

/**
 * The built Library, persisted so a start (or a shard, or a reload of an unchanged corpus) loads in
 * seconds instead of rebuilding for tens of seconds.
 *
 * One file per corpus folder, `library-<folder hash>.cache`: a header line (format, key, payload size
 * and SHA-256) and the payload lines of `cacheCodec`. The key is a SHA-256 of everything the library
 * is made from: the corpus files' paths and bytes (articles, actor overrides, anything in the folder),
 * `LIBRARY_FORMAT_VERSION`, the source of the code that builds the library, the dependency versions,
 * the Library's field list and the word vectors. A cache whose key differs is stale; one whose size,
 * checksum, JSON or shape is wrong is corrupt; either way it is rebuilt, never trusted. Writes go to
 * a temporary file renamed over the old one, so a reader sees the old file or the new one, whole.
 *
 * The shared resources (word vectors, WordNet relations: `LibraryResources`) are not part of the cache:
 * the cache names them and the loader puts the caller's in their place.
 */

/** Bump when the index or tables change in a way the source fingerprint cannot see (e.g. a data file). */
export const LIBRARY_FORMAT_VERSION = 1;

const MAGIC = 'citebot-library-cache';

export type CacheReadOutcome = 'hit' | 'absent' | 'stale' | 'corrupt';

/** What happened to the cache, for the caller's log. */
export interface CacheReport {
  readonly file: string;
  readonly read: CacheReadOutcome;
  /** Why the cache was not used (stale or corrupt), in words. */
  readonly detail: string | null;
  /** Whether a new cache file was written. */
  readonly written: boolean;
  /** Why writing failed; the library is still served, the next start rebuilds. */
  readonly writeError: string | null;
}

export type LibraryCacheLoad =
  | {
      readonly ok: true;
      readonly library: Library;
      readonly source: 'cache' | 'built';
      /** The cache key: identifies this corpus + code + vectors. */
      readonly key: string;
      readonly cache: CacheReport;
    }
  | { readonly ok: false; readonly problems: readonly CorpusProblem[]; readonly cache: CacheReport | null };

export type BuildPhase =
  'hashing' | 'reading-cache' | 'reading-articles' | 'building' | 'writing-cache' | 'loading';

export interface LibraryCacheOptions {
  /** Where cache files live. The folder is created when missing. */
  readonly cacheDir: string;
  /** The shared resources (word vectors, related words) to build and serve with. Default: none. */
  readonly resources?: LibraryResources;
  readonly corpusOptions?: CorpusLoadOptions;
  /**
   * Build a missing library in a worker thread (default false: in this thread). A build takes ~20 s of
   * CPU for 60k sentences; in a worker the event loop keeps answering questions meanwhile. The worker
   * loads its own resources — `loadLibraryResources()` when `resources` has any, else none — and
   * refuses to build when they differ from this thread's (its key would not match).
   */
  readonly buildInWorker?: boolean;
  /** Skip reading the cache (e.g. a reload that must read the folder again). Default false. */
  readonly ignoreCache?: boolean;
  readonly onProgress?: (phase: BuildPhase) => void;
}

/**
 * The library of `dir`: from the cache when its key matches, else built (and cached). Like
 * `loadLibrary`: every corpus problem is listed and nothing half-loaded is ever returned.
 */
export async function loadOrBuildLibrary(
  dir: string,
  options: LibraryCacheOptions,
): Promise<LibraryCacheLoad> {
  const target = await cacheTargetOf(dir, options);
  if ('problem' in target) return { ok: false, problems: [target.problem], cache: null };
  const { corpusOptions, resources, progress, file, corpus, key } = target;

  let read: CacheReadOutcome = 'absent';
  let detail: string | null = null;
  if (!options.ignoreCache) {
    progress('reading-cache');
    const cached = await readLibraryCache(file, key, resources);
    if ('library' in cached) {
      return {
        ok: true,
        library: cached.library,
        source: 'cache',
        key,
        cache: { file, read: 'hit', detail: null, written: false, writeError: null },
      };
    }
    read = cached.outcome;
    detail = cached.detail;
  }

  let built = options.buildInWorker
    ? await buildInWorker(
        {
          dir,
          corpusOptions,
          fullResources: hasResources(resources),
          file,
          key,
          corpusHash: corpus.hash,
          codeFingerprint: await codeFingerprintOf(),
        },
        progress,
      )
    : null;
  // No worker, or one that cannot load the caller's resources (a test's own word vectors): build here.
  built ??= await buildHere(dir, corpusOptions, resources, corpus.hash, progress);
  if (!built.ok)
    return {
      ok: false,
      problems: built.problems,
      cache: { file, read, detail, written: false, writeError: null },
    };

  let library: Library;
  let writeError: string | null = null;
  let written = false;
  if ('lines' in built) {
    // Worker: it wrote the cache; decode its lines here, a line per event-loop turn.
    progress('loading');
    writeError = built.writeError;
    written = writeError === null;
    library = await libraryFromLines(built.lines, resources);
  } else {
    library = built.library;
    progress('writing-cache');
    try {
      await writeLibraryCache(file, key, encodeLibrary(library, resources));
      written = true;
    } catch (error) {
      writeError = messageOf(error);
    }
  }
  return { ok: true, library, source: 'built', key, cache: { file, read, detail, written, writeError } };
}

export type CachePreparation =
  | {
      readonly ok: true;
      readonly key: string;
      readonly source: 'cache' | 'built';
      readonly cache: CacheReport;
    }
  | { readonly ok: false; readonly problems: readonly CorpusProblem[]; readonly cache: CacheReport | null };

/** What both cache entry points start from: the settings, the cache file, the corpus hash and the key. */
interface CacheTarget {
  readonly corpusOptions: CorpusLoadOptions;
  readonly resources: LibraryResources;
  readonly progress: (phase: BuildPhase) => void;
  readonly file: string;
  readonly corpus: { readonly hash: string };
  readonly key: string;
}

async function cacheTargetOf(
  dir: string,
  options: LibraryCacheOptions,
): Promise<CacheTarget | { readonly problem: CorpusProblem }> {
  const corpusOptions = options.corpusOptions ?? DEFAULT_CORPUS_LOAD_OPTIONS;
  const resources = options.resources ?? NO_RESOURCES;
  const progress = options.onProgress ?? (() => undefined);
  const file = cacheFileOf(options.cacheDir, dir);
  progress('hashing');
  const corpus = await corpusHashOf(dir);
  if ('problem' in corpus) return { problem: corpus.problem };
  const key = await libraryKeyOf(corpus.hash, resources, corpusOptions);
  return { corpusOptions, resources, progress, file, corpus, key };
}

/**
 * Makes sure the cache of `dir` is current, without keeping the library: the sharding manager builds
 * it once (in a worker) and every shard process loads it. The cache is checked (key, size, checksum),
 * not decoded; a build validates every article as `loadOrBuildLibrary` does.
 */
export async function prepareLibraryCache(
  dir: string,
  options: LibraryCacheOptions,
): Promise<CachePreparation> {
  const target = await cacheTargetOf(dir, options);
  if ('problem' in target) return { ok: false, problems: [target.problem], cache: null };
  const { corpusOptions, resources, progress, file, corpus, key } = target;
  let read: CacheReadOutcome = 'absent';
  let detail: string | null = null;
  if (!options.ignoreCache) {
    progress('reading-cache');
    const verified = await verifyLibraryCache(file, key);
    if ('lines' in verified) {
      return {
        ok: true,
        key,
        source: 'cache',
        cache: { file, read: 'hit', detail: null, written: false, writeError: null },
      };
    }
    read = verified.outcome;
    detail = verified.detail;
  }
  const request = {
    dir,
    corpusOptions,
    fullResources: hasResources(resources),
    file,
    key,
    corpusHash: corpus.hash,
    codeFingerprint: await codeFingerprintOf(),
  };
  let built = await buildInWorker({ ...request, returnLines: false }, progress);
  let writeError: string | null = null;
  if (built === null) {
    built = await buildHere(dir, corpusOptions, resources, corpus.hash, progress);
    if (built.ok && 'library' in built) {
      progress('writing-cache');
      try {
        await writeLibraryCache(file, key, encodeLibrary(built.library, resources));
      } catch (error) {
        writeError = messageOf(error);
      }
    }
  } else if (built.ok && 'lines' in built) writeError = built.writeError;
  if (!built.ok)
    return {
      ok: false,
      problems: built.problems,
      cache: { file, read, detail, written: false, writeError: null },
    };
  return {
    ok: true,
    key,
    source: 'built',
    cache: { file, read, detail, written: writeError === null, writeError },
  };
}

/** The cache file for a corpus folder: one per folder, so two corpora never evict each other. */
export function cacheFileOf(cacheDir: string, corpusDir: string): string {
  const folder = createHash('sha256').update(path.resolve(corpusDir)).digest('hex').slice(0, 16);
  return path.join(cacheDir, `library-${folder}.cache`);
}

// ---------------------------------------------------------------------------------------------
// Keys

/** Files in the corpus folder that feed the library: everything except hidden files and folders. */
async function corpusFilesIn(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.split(path.sep).some((part) => part.startsWith('.')))
    .sort();
}

/**
 * SHA-256 over every corpus file's path and bytes (articles, the actor overrides, anything else in
 * the folder: a file the loader ignores costs at most one needless rebuild).
 */
export async function corpusHashOf(dir: string): Promise<{ hash: string } | { problem: CorpusProblem }> {
  let files: string[];
  try {
    files = await corpusFilesIn(dir);
  } catch (error) {
    return { problem: { file: dir, reason: `cannot read the corpus folder: ${messageOf(error)}` } };
  }
  const hash = createHash('sha256');
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(path.join(dir, file));
    } catch (error) {
      // Gone between listing and reading (an editor's save): hash the absence; loading will tell.
      hash.update(`${file}\0missing:${messageOf(error)}\0`);
      continue;
    }
    hash.update(`${file}\0${bytes.length}\0`).update(bytes).update('\0');
  }
  return { hash: hash.digest('hex') };
}

/** Sources whose change changes what a build produces; hashed so a forgotten version bump still invalidates. */
const BUILD_SOURCES = ['corpus', 'search', 'actors', 'library.ts', 'cacheCodec.ts', 'libraryCache.ts'];

let codeFingerprint: Promise<string> | null = null;

/** SHA-256 of the library-building source files and the dependency versions (computed once per process). */
export function codeFingerprintOf(): Promise<string> {
  codeFingerprint ??= (async () => {
    const hash = createHash('sha256').update(`format ${LIBRARY_FORMAT_VERSION}\0`);
    const srcDir = __dirname;
    const files: string[] = [];
    for (const source of BUILD_SOURCES) {
      const full = path.join(srcDir, source);
      try {
        const stat = await fs.stat(full);
        if (stat.isFile()) files.push(source);
        else {
          const entries = await fs.readdir(full, { recursive: true, withFileTypes: true });
          for (const entry of entries) {
            if (entry.isFile()) files.push(path.relative(srcDir, path.join(entry.parentPath, entry.name)));
          }
        }
      } catch {
        hash.update(`${source}\0absent\0`);
      }
    }
    for (const file of files.sort()) {
      hash
        .update(`${file}\0`)
        .update(await fs.readFile(path.join(srcDir, file)))
        .update('\0');
    }
    try {
      const manifest = JSON.parse(await fs.readFile(path.join(srcDir, '..', 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
      };
      hash.update(JSON.stringify(manifest.dependencies ?? {}));
    } catch {
      hash.update('no package.json');
    }
    return hash.digest('hex');
  })();
  return codeFingerprint;
}

/** Words whose vectors identify a set of word vectors well enough to tell two apart. */
const PROBE_WORDS = [
  'the',
  'president',
  'government',
  'army',
  'said',
  'democracy',
  'coup',
  'minister',
  'war',
  'peace',
];

function hasResources(resources: LibraryResources): boolean {
  return Object.values(resources).some((resource) => resource !== null);
}

/**
 * A fingerprint of each shared resource: absent, or for word vectors their dimensions and a few probe
 * vectors, for a table its size. (Their versions are in the code fingerprint, via the dependencies.)
 */
export function resourcesFingerprintOf(resources: LibraryResources): string {
  const hash = createHash('sha256');
  for (const [name, resource] of Object.entries(resources).sort(([a], [b]) => a.localeCompare(b))) {
    hash.update(`${name}\0`);
    if (resource === null || resource === undefined) hash.update('none\0');
    else if (typeof resource === 'object' && 'vectorOf' in resource && 'dimensions' in resource) {
      const vectors = resource as { dimensions: number; vectorOf(word: string): Int8Array | undefined };
      hash.update(`dims ${vectors.dimensions}\0`);
      for (const word of PROBE_WORDS) {
        const vector = vectors.vectorOf(word);
        hash.update(`${word}\0`);
        if (vector) hash.update(new Uint8Array(vector.buffer, vector.byteOffset, vector.byteLength));
      }
    } else if (resource instanceof Map || resource instanceof Set) hash.update(`size ${resource.size}\0`);
    else hash.update('present\0');
  }
  return hash.digest('hex');
}

/** The Library's fields and what kind each is, from a one-article build by the current code. */
function shapeSignatureOf(resources: LibraryResources): string {
  const probe: Article = {
    id: 'probe',
    title: 'Probe',
    publisher: null,
    url: null,
    date: null,
    file: 'probe.md',
    text: 'The president said the army had taken power. He spoke on Sunday.',
  };
  return shapeOf(buildLibrary([probe], resources));
}

function shapeOf(library: object): string {
  return Object.entries(library)
    .map(([field, value]) => `${field}:${kindOf(value)}`)
    .sort()
    .join(',');
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Map) return 'map';
  if (value instanceof Set) return 'set';
  if (ArrayBuffer.isView(value)) return 'typed';
  if (typeof value === 'object')
    return Object.getPrototypeOf(value) === Object.prototype ? 'object' : value.constructor.name;
  return typeof value;
}

/** The cache key: corpus contents + code + shape + resources + load options. */
export async function libraryKeyOf(
  corpusHash: string,
  resources: LibraryResources,
  corpusOptions: CorpusLoadOptions = DEFAULT_CORPUS_LOAD_OPTIONS,
): Promise<string> {
  return createHash('sha256')
    .update(
      [
        MAGIC,
        LIBRARY_FORMAT_VERSION,
        await codeFingerprintOf(),
        shapeSignatureOf(resources),
        resourcesFingerprintOf(resources),
        JSON.stringify(corpusOptions),
        corpusHash,
      ].join('\0'),
    )
    .digest('hex');
}

// ---------------------------------------------------------------------------------------------
// The file

interface CacheHeader {
  readonly magic: string;
  readonly format: number;
  readonly key: string;
  readonly lines: number;
  readonly bytes: number;
  readonly sha256: string;
}

/** The library's payload lines; `resources` are named, not written. */
export function encodeLibrary(library: Library, resources: LibraryResources): string[] {
  return encodeLines(library, { ...resources });
}

/** Writes the payload under `key`, atomically: a temporary file in the same folder, then a rename. */
export async function writeLibraryCache(file: string, key: string, lines: readonly string[]): Promise<void> {
  const payload = Buffer.from(lines.join('\n'), 'utf8');
  const header: CacheHeader = {
    magic: MAGIC,
    format: LIBRARY_FORMAT_VERSION,
    key,
    lines: lines.length,
    bytes: payload.length,
    sha256: createHash('sha256').update(payload).digest('hex'),
  };
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await fs.open(temporary, 'w');
    try {
      await handle.writeFile(Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), payload]));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

export type CacheRead =
  | { readonly library: Library }
  | { readonly outcome: Exclude<CacheReadOutcome, 'hit'>; readonly detail: string | null };

/** Reads, verifies and decodes the cache for `key`; any doubt is a miss with its reason. */
export async function readLibraryCache(
  file: string,
  key: string,
  resources: LibraryResources,
): Promise<CacheRead> {
  const verified = await verifyLibraryCache(file, key);
  if (!('lines' in verified)) return verified;
  try {
    return { library: await libraryFromLines(verified.lines, resources) };
  } catch (error) {
    return { outcome: 'corrupt', detail: messageOf(error) };
  }
}

/** Reads the cache file and checks its header, size and checksum, without decoding it. */
export async function verifyLibraryCache(
  file: string,
  key: string,
): Promise<
  | { readonly lines: string[] }
  | { readonly outcome: Exclude<CacheReadOutcome, 'hit'>; readonly detail: string | null }
> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? { outcome: 'absent', detail: null }
      : { outcome: 'corrupt', detail: `cannot read: ${messageOf(error)}` };
  }
  const newline = bytes.indexOf(10);
  let header: Partial<CacheHeader>;
  try {
    header = JSON.parse(
      bytes.subarray(0, newline < 0 ? Math.min(bytes.length, 4096) : newline).toString('utf8'),
    ) as Partial<CacheHeader>;
  } catch {
    return { outcome: 'corrupt', detail: 'the header is not JSON' };
  }
  if (header === null || typeof header !== 'object' || header.magic !== MAGIC) {
    return { outcome: 'corrupt', detail: 'not a citebot library cache' };
  }
  if (header.format !== LIBRARY_FORMAT_VERSION) {
    return {
      outcome: 'stale',
      detail: `written by format ${String(header.format)}, this code is format ${LIBRARY_FORMAT_VERSION}`,
    };
  }
  if (header.key !== key)
    return { outcome: 'stale', detail: 'the corpus, the code or the resources changed' };
  const payload = newline < 0 ? Buffer.alloc(0) : bytes.subarray(newline + 1);
  if (payload.length !== header.bytes) {
    return {
      outcome: 'corrupt',
      detail: `payload is ${payload.length} bytes, the header says ${String(header.bytes)} (truncated?)`,
    };
  }
  if (createHash('sha256').update(payload).digest('hex') !== header.sha256) {
    return { outcome: 'corrupt', detail: 'checksum mismatch' };
  }
  const lines = payload.toString('utf8').split('\n');
  if (lines.length !== header.lines) return { outcome: 'corrupt', detail: 'line count mismatch' };
  return { lines };
}

/** Decodes and checks a library; throws with the reason when anything does not hold together. */
async function libraryFromLines(lines: readonly string[], resources: LibraryResources): Promise<Library> {
  const decoded = await decodeLines(lines, { ...resources });
  const problem = shapeProblemOf(decoded, resources);
  if (problem) throw new Error(`the cached library does not hold together: ${problem}`);
  return decoded as Library;
}

/** Why a decoded value is not a Library this code would build, or null. */
function shapeProblemOf(value: unknown, resources: LibraryResources): string | null {
  if (value === null || typeof value !== 'object') return 'not an object';
  const expected = shapeSignatureOf(resources);
  const actual = shapeOf(value);
  if (actual !== expected) return `fields are {${actual}}, expected {${expected}}`;
  const library = value as Library;
  const count = library.sentences.length;
  if (library.index.documentCount !== count)
    return `the index has ${library.index.documentCount} sentences, the table ${count}`;
  for (let id = 0; id < count; id += 1) {
    const sentence = library.sentences[id];
    if (sentence?.id !== id || !library.articles.has(sentence.articleId))
      return `sentence ${id} is out of place`;
  }
  for (const [field, table] of Object.entries(library)) {
    // Every per-sentence table has one entry per sentence.
    if (field.endsWith('BySentence') && (!Array.isArray(table) || table.length !== count))
      return `${field} has the wrong length`;
  }
  for (const id of library.sentencesByArticle.keys())
    if (!library.articles.has(id)) return `unknown article ${id}`;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Building

type Built =
  | { readonly ok: true; readonly library: Library }
  | { readonly ok: true; readonly lines: readonly string[]; readonly writeError: string | null }
  | { readonly ok: false; readonly problems: readonly CorpusProblem[] };

const CODE_CHANGED: CorpusProblem = {
  file: '.',
  reason:
    "citebot's code on disk changed since it started: restart it to load the corpus with the new code (nothing was swapped)",
};

const CHANGED_WHILE_READING: CorpusProblem = {
  file: '.',
  reason: 'the corpus folder changed while it was being read; nothing was swapped, run the reload again',
};

async function buildHere(
  dir: string,
  corpusOptions: CorpusLoadOptions,
  resources: LibraryResources,
  corpusHash: string,
  progress: (phase: BuildPhase) => void,
): Promise<Built> {
  progress('reading-articles');
  // The articles and the actor overrides, validated together: every problem in either is listed.
  const corpus = await loadCorpusInputs(dir, corpusOptions);
  if (!corpus.ok) return corpus;
  const after = await corpusHashOf(dir);
  if (!('hash' in after) || after.hash !== corpusHash)
    return { ok: false, problems: [CHANGED_WHILE_READING] };
  progress('building');
  return { ok: true, library: buildLibrary(corpus.articles, resources, corpus.overrides) };
}

/** What the main thread asks of the build worker. */
export interface BuildRequest {
  readonly dir: string;
  readonly corpusOptions: CorpusLoadOptions;
  /** Load the full resources (`loadLibraryResources`) or none. */
  readonly fullResources: boolean;
  readonly file: string;
  readonly key: string;
  readonly corpusHash: string;
  /** Send the encoded lines back (default true); false when the caller only wants the cache file. */
  readonly returnLines?: boolean;
  /** The calling thread's `codeFingerprintOf()`: the worker must build with the same code. */
  readonly codeFingerprint: string;
}

/** What the build worker answers. */
export type BuildResponse =
  | { readonly type: 'progress'; readonly phase: BuildPhase }
  | { readonly type: 'built'; readonly lines: readonly string[]; readonly writeError: string | null }
  | { readonly type: 'problems'; readonly problems: readonly CorpusProblem[] }
  /** The worker's resources differ from the caller's: it would build something else than expected. */
  | { readonly type: 'mismatch' }
  /** The code on disk is not the code the caller runs (updated under a running bot). */
  | { readonly type: 'code-changed' };

/**
 * Runs one build in a worker thread (`libraryBuildWorker.ts`): the worker reads the corpus, builds,
 * checks it built what this thread's key describes, writes the cache and hands back the lines.
 * Resolves null when the worker's key differs (the caller then builds in its own thread).
 */
function buildInWorker(request: BuildRequest, progress: (phase: BuildPhase) => void): Promise<Built | null> {
  const extension = path.extname(__filename);
  const entry = path.join(__dirname, `libraryBuildWorker${extension}`);
  // Under tsx or ts-jest the worker is TypeScript too: register tsx's loader first.
  const boot =
    extension === '.ts'
      ? `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(entry)});`
      : `require(${JSON.stringify(entry)});`;
  return new Promise((resolve) => {
    const worker = new Worker(boot, { eval: true, workerData: request });
    let settled = false;
    const settle = (built: Built | null): void => {
      if (settled) return;
      settled = true;
      resolve(built);
      void worker.terminate();
    };
    worker.on('message', (message: BuildResponse) => {
      if (message.type === 'progress') progress(message.phase);
      else if (message.type === 'built')
        settle({ ok: true, lines: message.lines, writeError: message.writeError });
      else if (message.type === 'mismatch') settle(null);
      else if (message.type === 'code-changed') settle({ ok: false, problems: [CODE_CHANGED] });
      else settle({ ok: false, problems: message.problems });
    });
    worker.on('error', (error) =>
      settle({ ok: false, problems: [{ file: '.', reason: `the build failed: ${messageOf(error)}` }] }),
    );
    worker.on('exit', (code) =>
      settle({
        ok: false,
        problems: [{ file: '.', reason: `the build worker stopped (exit code ${code}) before finishing` }],
      }),
    );
  });
}

/** The worker's side (see `libraryBuildWorker.ts`): kept here so both halves of the protocol sit together. */
export async function runBuildRequest(
  request: BuildRequest,
  send: (response: BuildResponse) => void,
): Promise<void> {
  const progress = (phase: BuildPhase): void => send({ type: 'progress', phase });
  const resources = request.fullResources ? await loadLibraryResources() : NO_RESOURCES;
  if ((await codeFingerprintOf()) !== request.codeFingerprint) {
    send({ type: 'code-changed' });
    return;
  }
  const key = await libraryKeyOf(request.corpusHash, resources, request.corpusOptions);
  if (key !== request.key) {
    send({ type: 'mismatch' });
    return;
  }
  const built = await buildHere(request.dir, request.corpusOptions, resources, request.corpusHash, progress);
  if (!built.ok) {
    send({ type: 'problems', problems: built.problems });
    return;
  }
  if (!('library' in built)) throw new Error('unreachable: buildHere returns a library');
  progress('writing-cache');
  let lines: string[];
  try {
    lines = encodeLibrary(built.library, resources);
  } catch (error) {
    if (!(error instanceof UncacheableValueError)) throw error;
    send({
      type: 'problems',
      problems: [{ file: '.', reason: `the library cannot be cached: ${error.message}` }],
    });
    return;
  }
  let writeError: string | null = null;
  try {
    await writeLibraryCache(request.file, request.key, lines);
  } catch (error) {
    writeError = messageOf(error);
  }
  send({ type: 'built', lines: request.returnLines === false ? [] : lines, writeError });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
