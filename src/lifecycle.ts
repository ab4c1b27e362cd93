import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Config } from './config';
import type { AnswerQuestion } from './discord/command';
import type { ReloadService } from './discord/reload';
import {
  createBotMetrics,
  startHealthServer,
  type BotMetrics,
  type HealthServer,
  type HealthStatus,
} from './health';
import { loadLibraryResources, type LibraryResources } from './library';
import type { LibraryHolder } from './libraryHolder';
import { loadOrBuildLibrary, type LibraryCacheLoad } from './libraryCache';
import type { Logger } from './log';
import { createReloader, type LoadLibrary, type Reloader, type ReloadReport } from './reload';
import { reloadOnChange, reloadOnSignal, type Stoppable } from './reloadTriggers';
import { problemsToText } from './render/problemsText';
import { shardSide } from './sharding';
import { answer } from './search/answer';

/**
 * The corpus life cycle of one bot process, wired from the configuration: the first load through the
 * index cache, reloads (/reload, SIGHUP, WATCH_CORPUS), metrics around every answer, and the health
 * server. `serve.ts` creates one and hands its pieces to the bot.
 */
export interface Lifecycle {
  readonly metrics: BotMetrics;
  /** The core's `answer`, counted and timed for /metrics. */
  readonly answerQuestion: AnswerQuestion;
  readonly reloader: Reloader;
  /** What /reload uses (here: the local reloader). */
  readonly reloadService: ReloadService;
  /** The first load: from the cache when it matches, else built in a worker and cached. Swaps it in on success. */
  loadInitial(): Promise<LibraryCacheLoad>;
  /** SIGHUP, the corpus watcher (WATCH_CORPUS=1) and the health server (HEALTH_PORT), once the library is in service. */
  startServices(gatewayConnected: () => boolean): Promise<void>;
  /** The health server's URL, when running. */
  readonly healthUrl: string | null;
  stop(): Promise<void>;
}

export interface LifecycleOptions {
  readonly config: Config;
  readonly holder: LibraryHolder;
  readonly logger: Logger;
  /** Default `loadLibraryResources()` (word vectors and WordNet, each from its own disk cache). */
  readonly resources?: LibraryResources;
  /** Build in a worker thread (default true: the event loop keeps answering during a 20 s build). */
  readonly buildInWorker?: boolean;
  /**
   * This process is one shard under the ShardingManager (`sharding.ts`): /reload asks the manager,
   * which reloads every shard; SIGHUP, the watcher and the health server are the manager's.
   */
  readonly shard?: boolean;
}

export function createLifecycle(options: LifecycleOptions): Lifecycle {
  const { config, holder, logger } = options;
  const corpusDir = path.resolve(config.corpusDir);
  const cacheDir = path.resolve(config.indexCacheDir);
  const metrics = createBotMetrics();
  let resources: Promise<LibraryResources> | null = options.resources
    ? Promise.resolve(options.resources)
    : null;
  const resourcesOnce = (): Promise<LibraryResources> => (resources ??= loadLibraryResources());
  let version: string | null = null;

  const load: LoadLibrary = async (onProgress) =>
    loadOrBuildLibrary(corpusDir, {
      cacheDir,
      resources: await resourcesOnce(),
      buildInWorker: options.buildInWorker ?? true,
      onProgress,
    });

  const reloader = createReloader({
    holder,
    load,
    onReport: (report) => {
      // Under sharding the manager counts reloads (once, not once per shard).
      if (!options.shard) metrics.observeReload(report);
      const current = holder.current();
      if (report.ok && current) {
        version = report.version;
        metrics.observeCorpus(current, report.version);
      }
      logReload(logger, report);
    },
  });

  const stoppables: Stoppable[] = [];
  let health: HealthServer | null = null;
  // Node ends a process on SIGHUP when nothing listens: until reloads are wired (and for ever in a
  // shard, whose reloads the manager owns), a hangup is logged and ignored.
  const ignoreHangup = (): void =>
    logger.warn(
      options.shard
        ? 'SIGHUP ignored: send it to the shard manager'
        : 'SIGHUP ignored: the corpus is still loading',
    );
  process.on('SIGHUP', ignoreHangup);
  let gatewayConnected: () => boolean = () => false;
  const policy = { guildIds: config.reloadGuildIds, roleIds: config.reloadRoleIds };
  const shardLink = options.shard
    ? shardSide({
        logger,
        policy,
        reloadLocally: (trigger) => reloader.reload(trigger),
        status: () => statusOf(gatewayConnected(), holder, version),
        metrics: () => metrics.registry.getMetricsAsJSON(),
      })
    : null;

  return {
    metrics,
    reloader,
    answerQuestion: (library, question, answerOptions) => {
      const started = performance.now();
      const reply = answer(library, question, answerOptions);
      metrics.observeAnswer(reply, (performance.now() - started) / 1000);
      return reply;
    },
    reloadService: shardLink?.reloadService ?? {
      policy,
      reload: (request) => reloader.reload('command', request),
    },
    async loadInitial() {
      const started = performance.now();
      const loaded = await load((phase) => logger.debug({ phase }, 'loading the library'));
      if (loaded.cache) logCache(logger, loaded.cache);
      if (loaded.ok) {
        holder.swap(loaded.library);
        version = loaded.key;
        metrics.observeCorpus(loaded.library, loaded.key);
        logger.info(
          {
            corpusDir,
            source: loaded.source,
            articles: loaded.library.articles.size,
            sentences: loaded.library.sentences.length,
            ms: Math.round(performance.now() - started),
          },
          'library loaded',
        );
      }
      return loaded;
    },
    async startServices(isConnected) {
      gatewayConnected = isConnected;
      if (options.shard) return;
      process.off('SIGHUP', ignoreHangup);
      const onReport = (): void => undefined; // logged by the reloader's onReport
      stoppables.push(reloadOnSignal(reloader, onReport));
      if (config.watchCorpus) {
        stoppables.push(
          reloadOnChange(corpusDir, reloader, onReport, {
            onError: (error) => logger.error({ err: error }, 'corpus watcher failed'),
          }),
        );
        logger.info({ corpusDir }, 'watching the corpus folder');
      }
      if (config.healthPort !== null) {
        health = await startHealthServer({
          port: config.healthPort,
          status: () => statusOf(isConnected(), holder, version),
          metrics: async () => ({
            contentType: metrics.registry.contentType,
            body: await metrics.registry.metrics(),
          }),
        });
        logger.info({ url: health.url }, 'health server listening');
      }
    },
    get healthUrl() {
      return health?.url ?? null;
    },
    async stop() {
      shardLink?.stop();
      process.off('SIGHUP', ignoreHangup);
      await Promise.all(stoppables.splice(0).map((stoppable) => stoppable.stop()));
      await health?.close();
      health = null;
    },
  };
}

export function statusOf(gateway: boolean, holder: LibraryHolder, version: string | null): HealthStatus {
  const library = holder.current();
  return {
    gateway,
    corpus: {
      loaded: library !== null,
      articles: library?.articles.size ?? null,
      sentences: library?.sentences.length ?? null,
      version: version?.slice(0, 12) ?? null,
    },
  };
}

export function logReload(logger: Logger, report: ReloadReport): void {
  const fields = {
    trigger: report.trigger,
    ms: report.durationMs,
    source: report.source,
    added: report.added.map((article) => article.id),
    changed: report.changed.map((article) => article.id),
    removed: report.removed.map((article) => article.id),
    sentences: report.sentences,
    actors: report.actors,
    cacheNote: report.cacheNote,
  };
  if (report.ok) logger.info(fields, 'corpus reloaded');
  else {
    logger.error(
      { ...fields, problems: report.problems },
      `corpus reload failed; the current corpus stays in service:\n${problemsToText(report.problems)}`,
    );
  }
}

function logCache(logger: Logger, cache: NonNullable<LibraryCacheLoad['cache']>): void {
  if (cache.read === 'corrupt')
    logger.warn({ file: cache.file, detail: cache.detail }, 'index cache was corrupt; rebuilt');
  else if (cache.read === 'stale')
    logger.info({ file: cache.file, detail: cache.detail }, 'index cache was stale; rebuilt');
  if (cache.writeError)
    logger.warn({ file: cache.file, error: cache.writeError }, 'index cache could not be written');
}
