import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Library } from '../../src/library';
import { loadOrBuildLibrary, type LibraryCacheLoad } from '../../src/libraryCache';
import { createReloader, type LoadLibrary, type ReloadReport, type SwappableLibrary } from '../../src/reload';
import { reloadOnChange, reloadOnSignal } from '../../src/reloadTriggers';
import { reloadReportToText } from '../../src/render/reloadReportText';
import { answer } from '../../src/search/answer';
import { tempCorpus, tempDir, writeArticle } from './corpusFixture';

function holderOf(initial: Library | null): SwappableLibrary & { swaps: number } {
  let library = initial;
  return {
    swaps: 0,
    current: () => library,
    swap(next) {
      const previous = library;
      library = next;
      this.swaps += 1;
      return previous;
    },
  };
}

async function loaded(load: Promise<LibraryCacheLoad>): Promise<Library> {
  const result = await load;
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.library;
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

function topText(library: Library | null, question: string): string | undefined {
  if (!library) return undefined;
  const reply = answer(library, question);
  return reply.answered ? reply.passages[0]?.text : undefined;
}

describe('createReloader', () => {
  const cleanups: (() => void)[] = [];
  afterAll(() => cleanups.forEach((cleanup) => cleanup()));
  async function setup(): Promise<{ dir: string; holder: ReturnType<typeof holderOf>; load: LoadLibrary }> {
    const corpus = tempCorpus();
    const cache = tempDir();
    cleanups.push(corpus.remove, cache.remove);
    const load: LoadLibrary = (onProgress) =>
      loadOrBuildLibrary(corpus.dir, { cacheDir: cache.dir, onProgress });
    const holder = holderOf(await loaded(load(() => undefined)));
    return { dir: corpus.dir, holder, load };
  }

  it('reports added, changed and removed articles, and answers follow the new corpus', async () => {
    const { dir, holder, load } = await setup();
    const reloader = createReloader({ holder, load });
    expect(topText(holder.current(), 'What did farmers harvest?')).toMatch(/sorghum/);

    writeArticle(
      dir,
      'bridge.md',
      '---\nid: bridge\ntitle: Bridge\n---\nA new bridge over the Niger river opened in Niamey.\n',
    );
    writeArticle(
      dir,
      'harvest.md',
      '---\nid: harvest\ntitle: Harvest report\n---\nFarmers harvested a record crop of millet this autumn.\n',
    );
    rmSync(path.join(dir, 'budget.md'));
    const report = await reloader.reload('command');

    expect(report.ok).toBe(true);
    expect(report.source).toBe('built');
    expect(report.added.map((article) => article.id)).toEqual(['bridge']);
    expect(report.added[0]?.hash).toMatch(/^[0-9a-f]{12}$/);
    expect(report.changed).toEqual([
      { id: 'harvest', before: expect.any(String), after: expect.any(String) },
    ]);
    expect(report.changed[0]?.before).not.toBe(report.changed[0]?.after);
    expect(report.removed.map((article) => article.id)).toEqual(['budget']);
    expect(report.articles).toEqual({ before: 3, after: 3 });
    expect(report.sentences.before).toBe(6);
    expect(report.sentences.after).toBe(4);
    expect(report.problems).toEqual([]);
    expect(holder.swaps).toBe(1);
    expect(topText(holder.current(), 'What did farmers harvest?')).toMatch(/millet/);
    expect(topText(holder.current(), 'Which bridge opened in Niamey?')).toMatch(/bridge/);
    expect(topText(holder.current(), 'How much was the school budget?')).toBeUndefined();
    const text = reloadReportToText(report);
    expect(text).toMatch(/Added 1: bridge/);
    expect(text).toMatch(/Changed 1: harvest/);
    expect(text).toMatch(/Removed 1: budget/);
    expect(text).toMatch(/Sentences: 6 → 4/);
  });

  it('swaps nothing and lists every bad file when an article is broken; old answers still served', async () => {
    const { dir, holder, load } = await setup();
    const reports: ReloadReport[] = [];
    const reloader = createReloader({ holder, load, onReport: (report) => reports.push(report) });
    const before = holder.current();
    writeArticle(dir, 'broken.md', '---\nid: bad id with spaces\n---\nText.\n');
    writeArticle(dir, 'unclosed.md', '---\ntitle: Never closed\nBody.\n');
    writeArticle(dir, 'harvest.md', '---\nid: harvest\n---\nFarmers harvested millet.\n');
    const report = await reloader.reload('command');
    expect(report.ok).toBe(false);
    expect(report.problems.map((problem) => problem.file).sort()).toEqual(['broken.md', 'unclosed.md']);
    expect(report.problems.every((problem) => problem.reason.length > 0)).toBe(true);
    expect(report.added).toEqual([]);
    expect(report.sentences).toEqual({ before: 6, after: 6 });
    expect(holder.current()).toBe(before);
    expect(holder.swaps).toBe(0);
    expect(topText(holder.current(), 'What did farmers harvest?')).toMatch(/sorghum/);
    expect(reports).toEqual([report]);
    expect(reloadReportToText(report)).toMatch(/nothing was changed[\s\S]*broken\.md:2: [\s\S]*unclosed\.md/);
  });

  it('runs two reloads at once as one: the second waits for and reports the first', async () => {
    const { holder, load } = await setup();
    let loads = 0;
    const gate = deferred<void>();
    const reloader = createReloader({
      holder,
      load: async (onProgress) => {
        loads += 1;
        onProgress('reading-articles');
        await gate.promise;
        return load(onProgress);
      },
    });
    const heard: string[] = [];
    const first = reloader.reload('command');
    const second = reloader.reload('signal', { onProgress: (progress) => heard.push(progress.phase) });
    expect(reloader.running).toBe(true);
    gate.resolve();
    const [a, b] = await Promise.all([first, second]);
    expect(loads).toBe(1);
    expect(holder.swaps).toBe(1);
    expect(a.joined).toBe(false);
    expect(b.joined).toBe(true);
    expect({ ...b, joined: false }).toEqual(a);
    expect(heard).toContain('swapping');
    expect(reloadReportToText(b)).toMatch(/already running/);
    expect(reloader.running).toBe(false);
    // A later reload is a new one.
    await reloader.reload('command');
    expect(loads).toBe(2);
  });

  it('answers every question from the old library while a reload runs', async () => {
    const { dir, holder, load } = await setup();
    const gate = deferred<void>();
    const reloader = createReloader({
      holder,
      load: async (onProgress) => {
        await gate.promise;
        return load(onProgress);
      },
    });
    writeArticle(
      dir,
      'harvest.md',
      '---\nid: harvest\n---\nFarmers harvested a record crop of millet this autumn.\n',
    );
    const reloading = reloader.reload('command');
    const during: (string | undefined)[] = [];
    for (let i = 0; i < 50; i += 1) {
      during.push(topText(holder.current(), 'What did farmers harvest?'));
      await new Promise((resolve) => setImmediate(resolve));
    }
    gate.resolve();
    await reloading;
    expect(during.every((text) => /sorghum/.test(text ?? ''))).toBe(true);
    expect(topText(holder.current(), 'What did farmers harvest?')).toMatch(/millet/);
  });

  it('turns a failing loader into a report and swaps nothing', async () => {
    const { holder } = await setup();
    const reloader = createReloader({ holder, load: () => Promise.reject(new Error('disk on fire')) });
    const report = await reloader.reload('command');
    expect(report.ok).toBe(false);
    expect(report.problems[0]?.reason).toMatch(/disk on fire/);
    expect(holder.swaps).toBe(0);
  });

  it('reports progress with elapsed time', async () => {
    const { holder, load } = await setup();
    let clock = 0;
    const reloader = createReloader({
      holder,
      now: () => clock,
      load: async (onProgress) => {
        clock += 2500;
        return load(onProgress);
      },
    });
    const heard: { phase: string; elapsedMs: number }[] = [];
    const report = await reloader.reload('command', { onProgress: (progress) => heard.push(progress) });
    expect(heard.map((progress) => progress.phase)).toEqual(
      expect.arrayContaining(['hashing', 'reading-cache', 'swapping']),
    );
    expect(heard.at(-1)?.elapsedMs).toBe(2500);
    expect(report.durationMs).toBe(2500);
    expect(report.source).toBe('cache');
  });

  it('a fresh reload asked for during one waits and reads the folder again', async () => {
    const { dir, holder, load } = await setup();
    let loads = 0;
    const gate = deferred<void>();
    const firstRead = deferred<void>();
    const reloader = createReloader({
      holder,
      load: async (onProgress) => {
        loads += 1;
        const result = await load(onProgress);
        if (loads === 1) {
          firstRead.resolve();
          await gate.promise;
        }
        return result;
      },
    });
    const first = reloader.reload('command');
    const second = reloader.reload('watch', { fresh: true });
    await firstRead.promise;
    writeArticle(dir, 'late.md', '---\nid: late\n---\nA late article arrived.\n');
    gate.resolve();
    const [, report] = await Promise.all([first, second]);
    expect(loads).toBe(2);
    expect(report.joined).toBe(false);
    expect(report.added.map((article) => article.id)).toEqual(['late']);
  });
});

describe('reload triggers', () => {
  it('reloads on SIGHUP until stopped', async () => {
    let reloads = 0;
    const reported = deferred<ReloadReport>();
    const fakeReport = { ok: true } as ReloadReport;
    const reloader = {
      running: false,
      reload: async () => {
        reloads += 1;
        return fakeReport;
      },
    };
    const listening = reloadOnSignal(reloader, (report) => reported.resolve(report));
    process.emit('SIGHUP', 'SIGHUP');
    expect(await reported.promise).toBe(fakeReport);
    await listening.stop();
    expect(process.listenerCount('SIGHUP')).toBe(0);
    expect(reloads).toBe(1);
  });

  it('watches the corpus folder and reloads once after a burst of changes', async () => {
    const corpus = tempCorpus();
    const cache = tempDir();
    try {
      const holder = holderOf(await loaded(loadOrBuildLibrary(corpus.dir, { cacheDir: cache.dir })));
      const reloader = createReloader({
        holder,
        load: (onProgress) => loadOrBuildLibrary(corpus.dir, { cacheDir: cache.dir, onProgress }),
      });
      const reports: ReloadReport[] = [];
      const ready = deferred<void>();
      const reported = deferred<void>();
      const watching = reloadOnChange(
        corpus.dir,
        reloader,
        (report) => {
          reports.push(report);
          reported.resolve();
        },
        { debounceMs: 200, onReady: () => ready.resolve() },
      );
      await ready.promise;
      writeArticle(corpus.dir, 'one.md', '---\nid: one\n---\nThe first new article.\n');
      writeArticle(corpus.dir, 'two.md', '---\nid: two\n---\nThe second new article.\n');
      writeArticle(corpus.dir, '.hidden.swp', 'editor noise');
      await reported.promise;
      await watching.stop();
      expect(reports).toHaveLength(1);
      expect(reports[0]?.trigger).toBe('watch');
      expect(reports[0]?.added.map((article) => article.id).sort()).toEqual(['one', 'two']);
    } finally {
      corpus.remove();
      cache.remove();
    }
  });
});
