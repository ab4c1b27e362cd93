import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { REST, Routes, ShardingManager, type Shard } from 'discord.js';
import { AggregatorRegistry } from 'prom-client';
import type { Config } from './config';
import type { ReloadService } from './discord/reload';
import { createBotMetrics, startHealthServer, type HealthServer, type HealthStatus } from './health';
import { loadLibraryResources } from './library';
import { prepareLibraryCache } from './libraryCache';
import { logReload } from './lifecycle';
import { createLogger, type Logger } from './log';
import { installProcessGuards } from './processGuards';
import type { ReloadProgress, ReloadReport, ReloadRequest, ReloadTrigger } from './reload';
import { reloadOnChange, reloadOnSignal, type Stoppable } from './reloadTriggers';
import { problemsToText } from './render/problemsText';

/**
 * Past one process: with SHARD_COUNT > 1 (or `auto`), `npm start` runs discord.js's ShardingManager,
 * one process per gateway shard. The manager builds the index cache once (in a worker), before
 * spawning, and every shard loads it. A reload from any source (/reload on any shard, SIGHUP to the
 * manager, the watcher) goes through the manager: it rebuilds the cache once, then tells every shard
 * to load it and swap, and answers with the shards' report. The manager also serves the health
 * endpoint for all shards, aggregating their metrics.
 *
 * IPC (process messages, beside discord.js's own): shard → manager `reload-request`; manager →
 * shard `reload-progress`, `reload-done`, and `load` (reload from the cache) answered by `loaded`;
 * `status` / `metrics` answered by `status-reply` / `metrics-reply`.
 */

const PREFIX = 'citebot:';

export type ShardMessage =
  | { readonly type: 'citebot:reload-request'; readonly id: string }
  | { readonly type: 'citebot:loaded'; readonly id: string; readonly report: ReloadReport }
  | { readonly type: 'citebot:status-reply'; readonly id: string; readonly status: HealthStatus }
  | { readonly type: 'citebot:metrics-reply'; readonly id: string; readonly metrics: object[] };

export type ManagerMessage =
  | { readonly type: 'citebot:reload-progress'; readonly id: string; readonly progress: ReloadProgress }
  | { readonly type: 'citebot:reload-done'; readonly id: string; readonly report: ReloadReport }
  | { readonly type: 'citebot:load'; readonly id: string; readonly trigger: ReloadTrigger }
  | { readonly type: 'citebot:status'; readonly id: string }
  | { readonly type: 'citebot:metrics'; readonly id: string };

/** True in a process the ShardingManager spawned (discord.js sets SHARDING_MANAGER for it). */
export function isShardProcess(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['SHARDING_MANAGER'] === 'true';
}

function isMessage<T extends { type: string }>(message: unknown): message is T {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    (message as { type: string }).type.startsWith(PREFIX)
  );
}

/** How long the manager waits for a shard to answer a status or metrics question. */
const SHARD_ANSWER_MS = 3000;
/** How long a shard waits for the manager to finish a reload it asked for. */
const MANAGER_ANSWER_MS = 10 * 60_000;
/** How long the manager waits for every shard to load a new cache. */
const SHARD_LOAD_MS = 120_000;

/** Runs the ShardingManager: cache first, then the shards, then reloads and health. */
export async function runShardManager(config: Config): Promise<void> {
  const token = config.discordToken;
  if (token === null) throw new Error('configFrom accepted a start configuration without a token');
  const logger = createLogger({ level: config.logLevel, secrets: [token] }).child({ role: 'shard-manager' });
  installProcessGuards(logger);
  const corpusDir = path.resolve(config.corpusDir);
  const cacheDir = path.resolve(config.indexCacheDir);
  const resources = await loadLibraryResources();

  // Built once, here, before any shard exists: every shard then loads the same file.
  const prepared = await prepareLibraryCache(corpusDir, { cacheDir, resources, buildInWorker: true });
  if (!prepared.ok) {
    logger.fatal(
      { corpusDir, problems: prepared.problems },
      `the corpus cannot be loaded:\n${problemsToText(prepared.problems)}`,
    );
    process.exit(1);
  }
  logger.info(
    { corpusDir, source: prepared.source, file: prepared.cache.file },
    'index cache ready for the shards',
  );

  const gateway = await gatewayInfoOf(token, config.apiUrl);
  const totalShards = config.shardCount === 'auto' ? gateway.shards : config.shardCount;
  const entry = path.join(__dirname, `main${path.extname(__filename)}`);
  const manager = new ShardingManager(entry, {
    token,
    totalShards,
    mode: 'process',
    // Under tsx the shards need its loader too: the manager's own node flags carry it.
    execArgv: process.execArgv,
    respawn: true,
  });
  const metrics = createBotMetrics();
  const pending = new Map<string, (message: ShardMessage) => void>();

  const ask = <T extends ShardMessage>(
    shard: Shard,
    message: ManagerMessage,
    timeoutMs: number,
  ): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(message.id);
        reject(new Error(`shard ${shard.id} did not answer ${message.type} within ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(message.id, (reply) => {
        clearTimeout(timer);
        pending.delete(message.id);
        resolve(reply as T);
      });
      shard.send(message).catch((error: unknown) => {
        clearTimeout(timer);
        pending.delete(message.id);
        reject(error instanceof Error ? error : new Error(String(error)));
      });
    });

  // Single flight across every shard: a reload asked while one runs waits for it and gets its report.
  let inFlight: {
    promise: Promise<ReloadReport>;
    listeners: Set<(progress: ReloadProgress) => void>;
  } | null = null;
  const reload = (trigger: ReloadTrigger, request: ReloadRequest = {}): Promise<ReloadReport> => {
    const joined = inFlight !== null;
    if (!inFlight) {
      const listeners = new Set<(progress: ReloadProgress) => void>();
      const started = performance.now();
      const emit = (phase: ReloadProgress['phase']): void => {
        for (const listener of listeners)
          listener({ phase, elapsedMs: Math.round(performance.now() - started) });
      };
      const flight = {
        listeners,
        promise: (async (): Promise<ReloadReport> => {
          await Promise.resolve();
          const base = failedReport(trigger, 0);
          const built = await prepareLibraryCache(corpusDir, {
            cacheDir,
            resources,
            buildInWorker: true,
            onProgress: emit,
          }).catch((error: unknown) => ({
            ok: false as const,
            problems: [{ file: '.', reason: `the reload failed: ${String(error)}` }],
            cache: null,
          }));
          if (!built.ok) {
            return { ...base, problems: built.problems, durationMs: Math.round(performance.now() - started) };
          }
          emit('loading');
          const reports = await Promise.allSettled(
            [...manager.shards.values()].map((shard) =>
              ask<Extract<ShardMessage, { type: 'citebot:loaded' }>>(
                shard,
                { type: 'citebot:load', id: randomUUID(), trigger },
                SHARD_LOAD_MS,
              ).then((reply) => ({ shard: shard.id, report: reply.report })),
            ),
          );
          const problems = reports.flatMap((settled, i) =>
            settled.status === 'rejected'
              ? [{ file: `shard ${i}`, reason: String(settled.reason) }]
              : settled.value.report.problems.map((problem) => ({
                  ...problem,
                  reason: `shard ${settled.value.shard}: ${problem.reason}`,
                })),
          );
          const first = reports.find((settled) => settled.status === 'fulfilled');
          const report: ReloadReport = first?.status === 'fulfilled' ? first.value.report : base;
          return {
            ...report,
            trigger,
            ok: problems.length === 0 && report.ok,
            problems,
            durationMs: Math.round(performance.now() - started),
            joined: false,
          };
        })(),
      };
      flight.promise = flight.promise.then((report) => {
        metrics.observeReload(report);
        logReload(logger, report);
        return report;
      });
      void flight.promise.finally(() => {
        if (inFlight === flight) inFlight = null;
      });
      inFlight = flight;
    }
    const flight = inFlight as NonNullable<typeof inFlight>;
    const listener = request.onProgress;
    if (listener) flight.listeners.add(listener);
    return flight.promise
      .then((report) => (joined ? { ...report, joined: true } : report))
      .finally(() => {
        if (listener) flight.listeners.delete(listener);
      });
  };

  manager.on('shardCreate', (shard) => {
    logger.info({ shardId: shard.id }, 'shard spawned');
    shard.on('message', (message: unknown) => {
      if (!isMessage<ShardMessage>(message)) return;
      if (message.type === 'citebot:reload-request') {
        const reply = (out: ManagerMessage): void => void shard.send(out).catch(() => undefined);
        void reload('command', {
          onProgress: (progress) => reply({ type: 'citebot:reload-progress', id: message.id, progress }),
        }).then((report) => reply({ type: 'citebot:reload-done', id: message.id, report }));
        return;
      }
      pending.get(message.id)?.(message);
    });
  });

  const stoppables: Stoppable[] = [
    reloadOnSignal({ running: false, reload: (trigger) => reload(trigger) }, () => undefined),
  ];
  if (config.watchCorpus) {
    stoppables.push(
      reloadOnChange(corpusDir, { running: false, reload: (trigger) => reload(trigger) }, () => undefined, {
        onError: (error) => logger.error({ err: error }, 'corpus watcher failed'),
      }),
    );
  }
  let health: HealthServer | null = null;
  if (config.healthPort !== null) {
    const everyShard = <T extends ShardMessage>(make: () => ManagerMessage): Promise<T[]> =>
      Promise.all([...manager.shards.values()].map((shard) => ask<T>(shard, make(), SHARD_ANSWER_MS)));
    health = await startHealthServer({
      port: config.healthPort,
      status: async () => {
        const replies = await everyShard<Extract<ShardMessage, { type: 'citebot:status-reply' }>>(() => ({
          type: 'citebot:status',
          id: randomUUID(),
        }));
        const statuses = replies.map((reply) => reply.status);
        const first = statuses[0];
        return {
          gateway: statuses.length === totalShards && statuses.every((status) => status.gateway),
          corpus: {
            loaded: statuses.length === totalShards && statuses.every((status) => status.corpus.loaded),
            articles: first?.corpus.articles ?? null,
            sentences: first?.corpus.sentences ?? null,
            version: first?.corpus.version ?? null,
          },
          detail: { shards: statuses },
        };
      },
      metrics: async () => {
        const replies = await everyShard<Extract<ShardMessage, { type: 'citebot:metrics-reply' }>>(() => ({
          type: 'citebot:metrics',
          id: randomUUID(),
        }));
        const aggregated = AggregatorRegistry.aggregate([
          ...replies.map((reply) => reply.metrics),
          await metrics.registry.getMetricsAsJSON(),
        ]);
        return { contentType: aggregated.contentType, body: await aggregated.metrics() };
      },
    });
    logger.info({ url: health.url }, 'health server listening');
  }

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason: signal }, 'shutting down the shards');
    manager.respawn = false;
    await Promise.all(stoppables.map((stoppable) => stoppable.stop()));
    await health?.close();
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  // Discord lets `max_concurrency` shards identify at once; discord.js's default waits 5.5 s between spawns.
  const delay = gateway.maxConcurrency >= totalShards ? 0 : 5500;
  logger.info({ totalShards, delay }, 'spawning shards');
  await manager.spawn({ amount: totalShards, delay, timeout: 120_000 });
  logger.info({ totalShards }, 'every shard is ready');
}

function failedReport(trigger: ReloadTrigger, durationMs: number): ReloadReport {
  return {
    ok: false,
    trigger,
    startedAt: new Date().toISOString(),
    durationMs,
    source: null,
    version: null,
    added: [],
    changed: [],
    removed: [],
    articles: { before: null, after: null },
    sentences: { before: null, after: null },
    actors: { before: null, after: null },
    problems: [],
    cacheNote: null,
    joined: false,
  };
}

/** `GET /gateway/bot`: the recommended shard count and how many shards may identify at once. */
async function gatewayInfoOf(
  token: string,
  apiUrl: string | null,
): Promise<{ shards: number; maxConcurrency: number }> {
  const rest = new REST(apiUrl === null ? {} : { api: apiUrl }).setToken(token);
  const info = (await rest.get(Routes.gatewayBot())) as {
    shards?: number;
    session_start_limit?: { max_concurrency?: number };
  };
  return {
    shards: Math.max(1, info.shards ?? 1),
    maxConcurrency: Math.max(1, info.session_start_limit?.max_concurrency ?? 1),
  };
}

/**
 * The shard side: /reload asks the manager (which reloads every shard), and the manager's `load`,
 * `status` and `metrics` messages are answered from this process.
 */
export function shardSide(options: {
  readonly logger: Logger;
  readonly policy: ReloadService['policy'];
  /** Loads the (new) cache and swaps it in: the local reloader. */
  readonly reloadLocally: (trigger: ReloadTrigger) => Promise<ReloadReport>;
  readonly status: () => HealthStatus;
  readonly metrics: () => Promise<object[]>;
}): { readonly reloadService: ReloadService; stop(): void } {
  const waiting = new Map<
    string,
    { onProgress?: (progress: ReloadProgress) => void; done: (report: ReloadReport) => void }
  >();
  const send = (message: ShardMessage): void => {
    process.send?.(message);
  };
  const onMessage = (message: unknown): void => {
    if (!isMessage<ManagerMessage>(message)) return;
    switch (message.type) {
      case 'citebot:reload-progress':
        waiting.get(message.id)?.onProgress?.(message.progress);
        return;
      case 'citebot:reload-done':
        waiting.get(message.id)?.done(message.report);
        waiting.delete(message.id);
        return;
      case 'citebot:load':
        void options
          .reloadLocally(message.trigger)
          .then((report) => send({ type: 'citebot:loaded', id: message.id, report }));
        return;
      case 'citebot:status':
        send({ type: 'citebot:status-reply', id: message.id, status: options.status() });
        return;
      case 'citebot:metrics':
        void options
          .metrics()
          .then((metrics) => send({ type: 'citebot:metrics-reply', id: message.id, metrics }));
        return;
    }
  };
  process.on('message', onMessage);
  return {
    reloadService: {
      policy: options.policy,
      reload: (request) =>
        new Promise<ReloadReport>((resolve) => {
          const id = randomUUID();
          // A manager that never answers (it died) must not leave the moderator waiting forever.
          const timer = setTimeout(() => {
            waiting.delete(id);
            const reason = `the shard manager did not answer within ${MANAGER_ANSWER_MS / 1000} s`;
            resolve({ ...failedReport('command', MANAGER_ANSWER_MS), problems: [{ file: '.', reason }] });
          }, MANAGER_ANSWER_MS);
          timer.unref();
          waiting.set(id, {
            ...(request.onProgress ? { onProgress: request.onProgress } : {}),
            done: (report) => {
              clearTimeout(timer);
              resolve(report);
            },
          });
          send({ type: 'citebot:reload-request', id });
          options.logger.info({ id }, 'reload asked of the shard manager');
        }),
    },
    stop: () => void process.off('message', onMessage),
  };
}
