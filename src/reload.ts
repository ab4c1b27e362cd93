import { createHash } from 'node:crypto';
import type { Article, CorpusProblem } from './corpus/types';
import type { Library } from './library';
import type { BuildPhase, LibraryCacheLoad } from './libraryCache';

/**
 * Reloading the corpus while the bot answers: build a complete new Library beside the one in
 * service, then swap one reference. Requests that took the old library keep it until they finish;
 * on any problem nothing is swapped. Reloads are single-flight: a reload asked for while one runs
 * waits for it and reports its result, so two moderators (or a moderator and SIGHUP) never build twice.
 * No Discord, no signals, no files here: the shells (the /reload command, SIGHUP, the watcher) call this.
 */

/** Where a library is in service: `LibraryHolder` satisfies it. */
export interface SwappableLibrary {
  current(): Library | null;
  swap(next: Library): Library | null;
}

/** How a new library is made: `loadOrBuildLibrary` with the bot's settings. */
export type LoadLibrary = (onProgress: (phase: BuildPhase) => void) => Promise<LibraryCacheLoad>;

/** What asked for the reload, for the report and the log. */
export type ReloadTrigger = 'command' | 'signal' | 'watch' | 'broadcast' | 'start';

/** An article by id and a short hash of its content (metadata and text). */
export interface ArticleVersion {
  readonly id: string;
  readonly hash: string;
}

export interface ArticleChange {
  readonly id: string;
  readonly before: string;
  readonly after: string;
}

export interface BeforeAfter {
  readonly before: number | null;
  readonly after: number | null;
}

export interface ReloadReport {
  /** True when the new library is in service. */
  readonly ok: boolean;
  readonly trigger: ReloadTrigger;
  readonly startedAt: string;
  readonly durationMs: number;
  /** Where the new library came from; null when there is none. */
  readonly source: 'cache' | 'built' | null;
  /** The cache key of the library this reload put in service (corpus + code version); null when none. */
  readonly version: string | null;
  readonly added: readonly ArticleVersion[];
  readonly changed: readonly ArticleChange[];
  readonly removed: readonly ArticleVersion[];
  readonly articles: BeforeAfter;
  readonly sentences: BeforeAfter;
  /** Null on a side when the library has no actor table. */
  readonly actors: BeforeAfter;
  /** Every bad file with its reason; non-empty exactly when `ok` is false. */
  readonly problems: readonly CorpusProblem[];
  /** A cache that could not be read or written (the reload itself still counts). */
  readonly cacheNote: string | null;
  /** True for a caller that asked while this reload was already running and waited for it. */
  readonly joined: boolean;
}

export interface ReloadProgress {
  readonly phase: BuildPhase | 'swapping';
  readonly elapsedMs: number;
}

export interface ReloadRequest {
  /** Called on each phase; a caller that joins a running reload hears its remaining phases. */
  readonly onProgress?: (progress: ReloadProgress) => void;
  /**
   * Read the folder as it is now: when a reload is already running (it may have read the folder
   * before the change that prompted this one), wait for it and run another. The watcher needs this;
   * a moderator's /reload joins instead.
   */
  readonly fresh?: boolean;
}

export interface Reloader {
  reload(trigger: ReloadTrigger, request?: ReloadRequest): Promise<ReloadReport>;
  /** Whether a reload is running now. */
  readonly running: boolean;
}

export interface ReloaderOptions {
  readonly holder: SwappableLibrary;
  readonly load: LoadLibrary;
  /** Told every finished reload once (not once per joined caller): the log, the metrics. */
  readonly onReport?: (report: ReloadReport) => void;
  /** Milliseconds clock; default `performance.now`. */
  readonly now?: () => number;
}

export function createReloader(options: ReloaderOptions): Reloader {
  const now = options.now ?? (() => performance.now());
  let inFlight: {
    promise: Promise<ReloadReport>;
    listeners: Set<(progress: ReloadProgress) => void>;
  } | null = null;

  function start(trigger: ReloadTrigger): NonNullable<typeof inFlight> {
    const listeners = new Set<(progress: ReloadProgress) => void>();
    const flight = { listeners, promise: Promise.resolve(null as unknown as ReloadReport) };
    flight.promise = (async () => {
      // Let the caller attach its progress listener before the first phase is announced.
      await Promise.resolve();
      const started = now();
      const startedAt = new Date().toISOString();
      const emit = (phase: ReloadProgress['phase']): void => {
        for (const listener of listeners) {
          try {
            listener({ phase, elapsedMs: Math.round(now() - started) });
          } catch {
            // A listener's failure (a Discord edit that failed) must not fail the reload.
          }
        }
      };
      const before = options.holder.current();
      let load: LibraryCacheLoad;
      try {
        load = await options.load(emit);
      } catch (error) {
        const reason = `the reload failed: ${error instanceof Error ? error.message : String(error)}`;
        load = { ok: false, problems: [{ file: '.', reason }], cache: null };
      }
      let report: ReloadReport;
      if (load.ok) {
        emit('swapping');
        options.holder.swap(load.library);
        report = reportOf(
          trigger,
          startedAt,
          now() - started,
          before,
          load.library,
          load.source,
          [],
          cacheNoteOf(load),
        );
        report = { ...report, version: load.key };
      } else {
        report = reportOf(
          trigger,
          startedAt,
          now() - started,
          before,
          null,
          null,
          load.problems,
          cacheNoteOf(load),
        );
      }
      try {
        options.onReport?.(report);
      } catch {
        // Reporting is best effort.
      }
      return report;
    })().finally(() => {
      if (inFlight === flight) inFlight = null;
    });
    inFlight = flight;
    return flight;
  }

  async function join(
    flight: NonNullable<typeof inFlight>,
    request: ReloadRequest,
    joined: boolean,
  ): Promise<ReloadReport> {
    const listener = request.onProgress;
    if (listener) flight.listeners.add(listener);
    try {
      const report = await flight.promise;
      return joined ? { ...report, joined: true } : report;
    } finally {
      if (listener) flight.listeners.delete(listener);
    }
  }

  return {
    get running() {
      return inFlight !== null;
    },
    async reload(trigger, request = {}) {
      if (inFlight && request.fresh) {
        // Wait for the running one, then join whatever runs next (started after this request) or start one.
        await inFlight.promise.catch(() => undefined);
      }
      if (inFlight) return join(inFlight, request, true);
      return join(start(trigger), request, false);
    },
  };
}

function cacheNoteOf(load: LibraryCacheLoad): string | null {
  const cache = load.cache;
  if (!cache) return null;
  if (cache.writeError) return `the cache could not be written: ${cache.writeError}`;
  if (cache.read === 'corrupt') return `the cache was corrupt (${cache.detail ?? 'unknown'}) and was rebuilt`;
  return null;
}

/** A short, stable hash of an article's content: its metadata and text. */
export function articleHashOf(article: Article): string {
  const fields = Object.entries(article).sort(([a], [b]) => a.localeCompare(b));
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex').slice(0, 12);
}

/** The size of an optional table of the library (e.g. `actors`), or null when it has none. */
export function tableSizeOf(library: Library | null, field: string): number | null {
  if (!library) return null;
  const table: unknown = (library as unknown as Record<string, unknown>)[field];
  if (table instanceof Map || table instanceof Set) return table.size;
  if (Array.isArray(table)) return table.length;
  if (table !== null && typeof table === 'object') {
    // An actor table may wrap its list: { actors: [...] } or { byId: Map }.
    for (const inner of Object.values(table)) {
      if (inner instanceof Map) return inner.size;
      if (Array.isArray(inner)) return inner.length;
    }
  }
  return null;
}

function reportOf(
  trigger: ReloadTrigger,
  startedAt: string,
  durationMs: number,
  before: Library | null,
  after: Library | null,
  source: 'cache' | 'built' | null,
  problems: readonly CorpusProblem[],
  cacheNote: string | null,
): ReloadReport {
  const added: ArticleVersion[] = [];
  const changed: ArticleChange[] = [];
  const removed: ArticleVersion[] = [];
  if (after) {
    const old = new Map(
      [...(before?.articles.values() ?? [])].map((article) => [article.id, articleHashOf(article)]),
    );
    for (const article of after.articles.values()) {
      const hash = articleHashOf(article);
      const previous = old.get(article.id);
      if (previous === undefined) added.push({ id: article.id, hash });
      else if (previous !== hash) changed.push({ id: article.id, before: previous, after: hash });
      old.delete(article.id);
    }
    for (const [id, hash] of old) removed.push({ id, hash });
  }
  const kept = after ?? before;
  return {
    ok: after !== null,
    trigger,
    startedAt,
    durationMs: Math.round(durationMs),
    source,
    version: null,
    added,
    changed,
    removed,
    articles: { before: before?.articles.size ?? null, after: kept?.articles.size ?? null },
    sentences: { before: before?.sentences.length ?? null, after: kept?.sentences.length ?? null },
    actors: { before: tableSizeOf(before, 'actors'), after: tableSizeOf(kept, 'actors') },
    problems,
    cacheNote,
    joined: false,
  };
}
