import { buildLibrary } from '../../src/library';
import { createBotMetrics, startHealthServer, type HealthStatus } from '../../src/health';
import type { ReloadReport } from '../../src/reload';
import { answer } from '../../src/search/answer';
import type { Article } from '../../src/corpus/types';

const ARTICLE: Article = {
  id: 'niger',
  title: 'Coup in Niger',
  publisher: null,
  url: null,
  date: null,
  file: 'niger.md',
  text: 'General Abdourahamane Tiani declared himself the new leader of Niger.\n\nThe army closed the borders.',
};

describe('health server', () => {
  it('answers /healthz 200 only when the gateway is connected and a corpus is loaded, /metrics in Prometheus text', async () => {
    let status: HealthStatus = {
      gateway: false,
      corpus: { loaded: false, articles: null, sentences: null, version: null },
    };
    const metrics = createBotMetrics();
    const server = await startHealthServer({
      port: 0,
      status: () => status,
      metrics: async () => ({
        contentType: metrics.registry.contentType,
        body: await metrics.registry.metrics(),
      }),
    });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      let response = await fetch(`${server.url}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: 'unavailable', gateway: false });

      status = { ...status, gateway: true };
      expect((await fetch(`${server.url}/healthz`)).status).toBe(503);

      const library = buildLibrary([ARTICLE]);
      status = {
        gateway: true,
        corpus: { loaded: true, articles: 1, sentences: library.sentences.length, version: 'abc' },
      };
      response = await fetch(`${server.url}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', ...status });

      metrics.observeCorpus(library, '0123456789abcdef');
      metrics.observeAnswer(answer(library, 'Who declared himself leader of Niger?'), 0.004);
      metrics.observeAnswer(answer(library, 'What is the price of tea in China?'), 0.002);
      metrics.observeReload({ ok: true, trigger: 'command' } as ReloadReport);
      metrics.observeReload({ ok: false, trigger: 'signal' } as ReloadReport);
      response = await fetch(`${server.url}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await response.text();
      expect(text).toMatch(/citebot_questions_total\{outcome="answered"\} 1/);
      expect(text).toMatch(/citebot_questions_total\{outcome="abstained"\} 1/);
      expect(text).toMatch(/citebot_answer_duration_seconds_count 2/);
      expect(text).toMatch(/citebot_answer_duration_seconds_bucket\{le="0.005"\} 2/);
      expect(text).toMatch(/citebot_reloads_total\{result="ok",trigger="command"\} 1/);
      expect(text).toMatch(/citebot_reloads_total\{result="failed",trigger="signal"\} 1/);
      expect(text).toMatch(/citebot_corpus_articles 1/);
      expect(text).toMatch(new RegExp(`citebot_corpus_sentences ${library.sentences.length}`));
      expect(text).toMatch(/citebot_corpus_info\{version="0123456789ab"\} 1/);

      expect((await fetch(`${server.url}/other`)).status).toBe(404);
      expect((await fetch(`${server.url}/healthz`, { method: 'POST' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });

  it('reports a failing status check as 500, not a crash', async () => {
    const server = await startHealthServer({
      port: 0,
      status: () => Promise.reject(new Error('shard did not answer')),
      metrics: async () => ({ contentType: 'text/plain', body: '' }),
    });
    try {
      const response = await fetch(`${server.url}/healthz`);
      expect(response.status).toBe(500);
      expect(await response.text()).toMatch(/shard did not answer/);
    } finally {
      await server.close();
    }
  });
});
