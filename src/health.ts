import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Library } from './library';
import type { ReloadReport } from './reload';
import { tableSizeOf } from './reload';
import type { Answer } from './search/types';

/**
 * Health for operators: `/healthz` (200 when the gateway is connected and a corpus is loaded, else
 * 503; JSON either way) and `/metrics` in Prometheus text format (prom-client), served on 127.0.0.1
 * only, so a container platform or a local Prometheus can watch the bot without exposing it.
 */

/** What `/healthz` reports. */
export interface HealthStatus {
  /** Every gateway shard of this process (or of every process, under the sharding manager) is connected. */
  readonly gateway: boolean;
  readonly corpus: {
    readonly loaded: boolean;
    readonly articles: number | null;
    readonly sentences: number | null;
    /** The library cache key of the corpus in service (first 12 hex), or null. */
    readonly version: string | null;
  };
  /** Extra detail (shards) shown as is. */
  readonly detail?: Readonly<Record<string, unknown>>;
}

export interface HealthServerOptions {
  /** TCP port; 0 picks a free one (tests). */
  readonly port: number;
  /** Default 127.0.0.1: never listen on a public interface. */
  readonly host?: string;
  readonly status: () => HealthStatus | Promise<HealthStatus>;
  /** The Prometheus text of `/metrics`. */
  readonly metrics: () => Promise<{ contentType: string; body: string }>;
}

export interface HealthServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export function isHealthy(status: HealthStatus): boolean {
  return status.gateway && status.corpus.loaded;
}

export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const host = options.host ?? '127.0.0.1';
  const server = http.createServer((request, response) => {
    void respond(request.method ?? 'GET', (request.url ?? '/').split('?')[0] ?? '/', response);
  });
  async function respond(method: string, route: string, response: http.ServerResponse): Promise<void> {
    try {
      if (method !== 'GET' && method !== 'HEAD') {
        response
          .writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' })
          .end('method not allowed\n');
      } else if (route === '/healthz') {
        const status = await options.status();
        const healthy = isHealthy(status);
        response
          .writeHead(healthy ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' })
          .end(JSON.stringify({ status: healthy ? 'ok' : 'unavailable', ...status }));
      } else if (route === '/metrics') {
        const { contentType, body } = await options.metrics();
        response.writeHead(200, { 'content-type': contentType }).end(body);
      } else {
        response
          .writeHead(404, { 'content-type': 'text/plain' })
          .end('not found: try /healthz or /metrics\n');
      }
    } catch (error) {
      response
        .writeHead(500, { 'content-type': 'text/plain' })
        .end(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  // Connections are short; a keep-alive one must not hold `close()` open.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The bot's metrics, in one registry of its own (no global state). Under sharding the manager sums the
 * shards' counters and histograms; corpus gauges (the same in every shard) take the maximum.
 */
export interface BotMetrics {
  readonly registry: Registry;
  /** Records one answer to a question (/ask, Find in articles) and how long the core took. */
  observeAnswer(answer: Answer, seconds: number): void;
  observeReload(report: ReloadReport): void;
  /** Sets the corpus gauges from the library in service. */
  observeCorpus(library: Library, key: string | null): void;
}

/** Latency buckets in seconds: the core answers in ~1–100 ms; Discord's window is 3 s. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export function createBotMetrics(
  options: { readonly labels?: Readonly<Record<string, string>> } = {},
): BotMetrics {
  const registry = new Registry();
  if (options.labels) registry.setDefaultLabels({ ...options.labels });
  const questions = new Counter({
    name: 'citebot_questions_total',
    help: 'Questions answered by the core, by outcome: answered (passages found) or abstained (no answer in the corpus).',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'citebot_answer_duration_seconds',
    help: 'Time the core took to answer a question.',
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const reloads = new Counter({
    name: 'citebot_reloads_total',
    help: 'Corpus reloads by result: ok (new corpus in service) or failed (nothing swapped).',
    labelNames: ['result', 'trigger'],
    registers: [registry],
  });
  const articles = new Gauge({
    aggregator: 'max',
    name: 'citebot_corpus_articles',
    help: 'Articles in the corpus in service.',
    registers: [registry],
  });
  const sentences = new Gauge({
    aggregator: 'max',
    name: 'citebot_corpus_sentences',
    help: 'Sentences in the corpus in service.',
    registers: [registry],
  });
  const actors = new Gauge({
    aggregator: 'max',
    name: 'citebot_corpus_actors',
    help: 'Actors in the corpus in service.',
    registers: [registry],
  });
  const version = new Gauge({
    name: 'citebot_corpus_info',
    aggregator: 'max',
    help: 'The corpus in service: its cache key (corpus + code version), value 1.',
    labelNames: ['version'],
    registers: [registry],
  });
  const loadedAt = new Gauge({
    name: 'citebot_corpus_loaded_timestamp_seconds',
    aggregator: 'max',
    help: 'When the corpus in service was put in service.',
    registers: [registry],
  });
  // Zero series exist from the start, so a dashboard shows 0 rather than "no data".
  for (const outcome of ['answered', 'abstained']) questions.inc({ outcome }, 0);
  return {
    registry,
    observeAnswer(answer, seconds) {
      questions.inc({ outcome: answer.answered ? 'answered' : 'abstained' });
      latency.observe(seconds);
    },
    observeReload(report) {
      reloads.inc({ result: report.ok ? 'ok' : 'failed', trigger: report.trigger });
    },
    observeCorpus(library, key) {
      articles.set(library.articles.size);
      sentences.set(library.sentences.length);
      actors.set(tableSizeOf(library, 'actors') ?? 0);
      version.reset();
      version.set({ version: key === null ? 'unknown' : key.slice(0, 12) }, 1);
      loadedAt.set(Date.now() / 1000);
    },
  };
}
