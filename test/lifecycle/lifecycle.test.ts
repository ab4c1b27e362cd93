import { configFrom, type Config } from '../../src/config';
import { NO_RESOURCES } from '../../src/library';
import { createLibraryHolder } from '../../src/libraryHolder';
import { createLifecycle } from '../../src/lifecycle';
import { createLogger } from '../../src/log';
import { tempCorpus, tempDir, writeArticle } from './corpusFixture';

function configFor(corpusDir: string, cacheDir: string): Config {
  const result = configFrom({ CORPUS_DIR: corpusDir, INDEX_CACHE_DIR: cacheDir }, 'demo');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  // Port 0: an ephemeral port (the configuration itself only accepts 1–65535).
  return { ...result.config, healthPort: 0 };
}

describe('createLifecycle (one process)', () => {
  it('loads through the cache, serves health and metrics, reloads on SIGHUP, and cleans up', async () => {
    const corpus = tempCorpus();
    const cache = tempDir();
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', write: (line) => lines.push(line) });
    const hangupListeners = process.listenerCount('SIGHUP');
    const config = configFor(corpus.dir, cache.dir);
    try {
      const first = createLifecycle({
        config,
        holder: createLibraryHolder(),
        logger,
        resources: NO_RESOURCES,
      });
      const built = await first.loadInitial();
      expect(built.ok && built.source).toBe('built');
      await first.stop();

      const holder = createLibraryHolder();
      const lifecycle = createLifecycle({ config, holder, logger, resources: NO_RESOURCES });
      // Before the services start, a SIGHUP is ignored rather than ending the process.
      process.emit('SIGHUP', 'SIGHUP');
      expect(lines.some((line) => line.includes('SIGHUP ignored'))).toBe(true);
      const loaded = await lifecycle.loadInitial();
      expect(loaded.ok && loaded.source).toBe('cache');
      expect(holder.current()?.articles.size).toBe(3);

      let connected = false;
      await lifecycle.startServices(() => connected);
      const url = lifecycle.healthUrl;
      if (url === null) throw new Error('the health server should be running');
      expect((await fetch(`${url}/healthz`)).status).toBe(503);
      connected = true;
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ corpus: { loaded: true, articles: 3, sentences: 6 } });

      const library = holder.current();
      if (!library) throw new Error('a library should be in service');
      expect(lifecycle.answerQuestion(library, 'What did farmers harvest this autumn?', {})).toMatchObject({
        answered: true,
      });

      writeArticle(corpus.dir, 'bridge.md', '---\nid: bridge\n---\nA new bridge opened in Niamey.\n');
      const reloaded = new Promise<void>((resolve) => {
        const check = setInterval(() => {
          if (holder.current()?.articles.has('bridge')) {
            clearInterval(check);
            resolve();
          }
        }, 20);
      });
      process.emit('SIGHUP', 'SIGHUP');
      await reloaded;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(
        lines.some((line) => line.includes('"corpus reloaded"') && line.includes('"trigger":"signal"')),
      ).toBe(true);

      const metrics = await (await fetch(`${url}/metrics`)).text();
      expect(metrics).toMatch(/citebot_questions_total\{outcome="answered"\} 1/);
      expect(metrics).toMatch(/citebot_answer_duration_seconds_count 1/);
      expect(metrics).toMatch(/citebot_reloads_total\{result="ok",trigger="signal"\} 1/);
      expect(metrics).toMatch(/citebot_corpus_articles 4/);

      await lifecycle.stop();
      expect(lifecycle.healthUrl).toBeNull();
      expect(process.listenerCount('SIGHUP')).toBe(hangupListeners);
    } finally {
      corpus.remove();
      cache.remove();
    }
  });
});
