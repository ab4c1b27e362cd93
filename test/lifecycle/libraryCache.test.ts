import { promises as fs, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildLibrary, NO_RESOURCES } from '../../src/library';
import { DEFAULT_CORPUS_LOAD_OPTIONS } from '../../src/corpus/loadCorpus';
import {
  cacheFileOf,
  codeFingerprintOf,
  corpusHashOf,
  runBuildRequest,
  type BuildResponse,
  encodeLibrary,
  loadOrBuildLibrary,
  writeLibraryCache,
  type LibraryCacheLoad,
  type LibraryCacheOptions,
} from '../../src/libraryCache';
import { answer } from '../../src/search/answer';
import { wordVectorsFrom } from '../../src/search/wordVectors';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { tempCorpus, tempDir, writeArticle } from './corpusFixture';

const QUESTIONS = [
  'Who declared himself leader of Niger?',
  'How much was the school budget?',
  'What did farmers harvest?',
];

function expectLoaded(load: LibraryCacheLoad): asserts load is Extract<LibraryCacheLoad, { ok: true }> {
  if (!load.ok) throw new Error(`expected a library, got ${JSON.stringify(load.problems)}`);
}

describe('loadOrBuildLibrary', () => {
  const cleanups: (() => void)[] = [];
  afterAll(() => cleanups.forEach((cleanup) => cleanup()));
  function setup(): { dir: string; options: LibraryCacheOptions; file: string } {
    const corpus = tempCorpus();
    const cache = tempDir();
    cleanups.push(corpus.remove, cache.remove);
    return { dir: corpus.dir, options: { cacheDir: cache.dir }, file: cacheFileOf(cache.dir, corpus.dir) };
  }

  it('builds and caches on first load, then loads the same library from the cache', async () => {
    const { dir, options, file } = setup();
    const first = await loadOrBuildLibrary(dir, options);
    expectLoaded(first);
    expect(first.source).toBe('built');
    expect(first.cache).toMatchObject({ file, read: 'absent', written: true, writeError: null });

    const second = await loadOrBuildLibrary(dir, options);
    expectLoaded(second);
    expect(second.source).toBe('cache');
    expect(second.key).toBe(first.key);
    expect([...second.library.articles.keys()]).toEqual([...first.library.articles.keys()]);
    expect(second.library.sentences).toEqual(first.library.sentences);
    expect(second.library.documentFrequency).toEqual(first.library.documentFrequency);
    for (const question of QUESTIONS) {
      expect(answer(second.library, question)).toEqual(answer(first.library, question));
    }
    // Only the cache file is left: the temporary file was renamed.
    expect(readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
  });

  it('keeps the shared resources out of the cache and puts the caller’s back', async () => {
    const { dir, file } = setup();
    const words = ['leader', 'army', 'budget', 'sorghum', 'president'];
    const vectors = wordVectorsFrom(
      words,
      new Int8Array(words.length * 2).map((_, i) => (i * 37) % 127),
      2,
    );
    const options = {
      cacheDir: path.dirname(file),
      resources: { ...NO_RESOURCES, vectors },
    };
    const built = await loadOrBuildLibrary(dir, options);
    expectLoaded(built);
    expect(built.library.vocabulary.terms.length).toBeGreaterThan(0);
    const cached = await loadOrBuildLibrary(dir, options);
    expectLoaded(cached);
    expect(cached.source).toBe('cache');
    expect(cached.library.vectors).toBe(vectors);
    expect(cached.library.vocabulary).toEqual(built.library.vocabulary);
    // Other vectors (or none) make a different key: the cache is stale, not trusted.
    const without = await loadOrBuildLibrary(dir, { ...options, resources: NO_RESOURCES });
    expectLoaded(without);
    expect(without.source).toBe('built');
    expect(without.cache.read).toBe('stale');
  });

  it('rebuilds when an article is added, changed or removed', async () => {
    const { dir, options } = setup();
    expectLoaded(await loadOrBuildLibrary(dir, options));
    writeArticle(dir, 'extra.md', '---\nid: extra\n---\nA new bridge opened over the river.\n');
    const added = await loadOrBuildLibrary(dir, options);
    expectLoaded(added);
    expect(added.source).toBe('built');
    expect(added.cache.read).toBe('stale');
    expect(added.library.articles.has('extra')).toBe(true);

    writeArticle(dir, 'extra.md', '---\nid: extra\n---\nA new tunnel opened under the river.\n');
    const changed = await loadOrBuildLibrary(dir, options);
    expectLoaded(changed);
    expect(changed.source).toBe('built');
    expect(changed.library.articles.get('extra')?.text).toContain('tunnel');

    rmSync(path.join(dir, 'extra.md'));
    const removed = await loadOrBuildLibrary(dir, options);
    expectLoaded(removed);
    expect(removed.source).toBe('built');
    expect(removed.library.articles.has('extra')).toBe(false);
    // Back to the first corpus: the key is the first key again.
    expect(removed.key).not.toBe(changed.key);
  });

  it('detects a truncated, bit-flipped, foreign or inconsistent cache and rebuilds', async () => {
    const { dir, options, file } = setup();
    const first = await loadOrBuildLibrary(dir, options);
    expectLoaded(first);
    const good = await fs.readFile(file);

    await fs.writeFile(file, good.subarray(0, Math.floor(good.length * 0.7)));
    const truncated = await loadOrBuildLibrary(dir, options);
    expectLoaded(truncated);
    expect(truncated.source).toBe('built');
    expect(truncated.cache.read).toBe('corrupt');
    expect(truncated.cache.detail).toMatch(/truncated/);

    const flipped = Buffer.from(good);
    const at = flipped.length - 20;
    flipped[at] = (flipped[at] as number) ^ 0x01;
    await fs.writeFile(file, flipped);
    const bitFlip = await loadOrBuildLibrary(dir, options);
    expectLoaded(bitFlip);
    expect(bitFlip.cache).toMatchObject({ read: 'corrupt', detail: 'checksum mismatch', written: true });

    await fs.writeFile(file, 'hello, world\n');
    const foreign = await loadOrBuildLibrary(dir, options);
    expectLoaded(foreign);
    expect(foreign.cache.read).toBe('corrupt');

    // Right key and checksum, wrong contents (a bug, or a hand edit): the shape check catches it.
    const library = first.library;
    const broken = { ...library, sentences: library.sentences.slice(1) };
    await writeLibraryCache(file, first.key, encodeLibrary(broken, NO_RESOURCES));
    const inconsistent = await loadOrBuildLibrary(dir, options);
    expectLoaded(inconsistent);
    expect(inconsistent.cache.read).toBe('corrupt');
    expect(inconsistent.cache.detail).toMatch(/does not hold together/);

    const { index: _index, ...withoutIndex } = library;
    await writeLibraryCache(file, first.key, encodeLibrary(withoutIndex as typeof library, NO_RESOURCES));
    const missingField = await loadOrBuildLibrary(dir, options);
    expectLoaded(missingField);
    expect(missingField.cache.detail).toMatch(/fields are/);

    // And after each rebuild the cache is good again.
    const healed = await loadOrBuildLibrary(dir, options);
    expectLoaded(healed);
    expect(healed.source).toBe('cache');
  });

  it('lists every bad file and returns no library when the corpus has problems', async () => {
    const { dir, options, file } = setup();
    writeArticle(dir, 'bad-yaml.md', '---\ntitle: [unclosed\n---\nText.\n');
    writeArticle(dir, 'empty.md', '---\nid: empty\n---\n\n');
    const load = await loadOrBuildLibrary(dir, options);
    expect(load.ok).toBe(false);
    if (load.ok) return;
    expect(load.problems.map((problem) => problem.file).sort()).toEqual(['bad-yaml.md', 'empty.md']);
    await expect(fs.stat(file)).rejects.toThrow();
  });

  it('reports a missing corpus folder as a problem', async () => {
    const cache = tempDir();
    cleanups.push(cache.remove);
    const load = await loadOrBuildLibrary(path.join(cache.dir, 'nowhere'), { cacheDir: cache.dir });
    expect(load.ok).toBe(false);
  });

  it('serves the built library when the cache cannot be written', async () => {
    const { dir } = setup();
    const blocker = tempDir();
    cleanups.push(blocker.remove);
    const notAFolder = path.join(blocker.dir, 'file');
    await fs.writeFile(notAFolder, 'x');
    const load = await loadOrBuildLibrary(dir, { cacheDir: notAFolder });
    expectLoaded(load);
    expect(load.cache.written).toBe(false);
    expect(load.cache.writeError).toBeTruthy();
  });

  it('builds in a worker thread to the same library and cache', async () => {
    const { dir, options } = setup();
    const phases: string[] = [];
    const inWorker = await loadOrBuildLibrary(dir, {
      ...options,
      buildInWorker: true,
      onProgress: (phase) => phases.push(phase),
    });
    expectLoaded(inWorker);
    expect(inWorker.source).toBe('built');
    expect(inWorker.cache.written).toBe(true);
    expect(phases).toEqual(
      expect.arrayContaining(['hashing', 'reading-articles', 'building', 'writing-cache', 'loading']),
    );
    const corpus = await loadCorpus(dir);
    if (!corpus.ok) throw new Error('fixture corpus must load');
    const here = buildLibrary(corpus.articles);
    for (const question of QUESTIONS)
      expect(answer(inWorker.library, question)).toEqual(answer(here, question));
    const cached = await loadOrBuildLibrary(dir, options);
    expectLoaded(cached);
    expect(cached.source).toBe('cache');
  });

  it('reports corpus problems found by the worker', async () => {
    const { dir, options } = setup();
    writeArticle(dir, 'binary.md', Buffer.from([0xff, 0xfe, 0x00, 0x01]));
    const load = await loadOrBuildLibrary(dir, { ...options, buildInWorker: true });
    expect(load.ok).toBe(false);
    if (!load.ok) expect(load.problems.map((problem) => problem.file)).toEqual(['binary.md']);
  });

  it('builds in this thread when the worker would build with other resources', async () => {
    const { dir, options } = setup();
    const vectors = wordVectorsFrom(['army'], new Int8Array([1, 2]), 2);
    const load = await loadOrBuildLibrary(dir, {
      ...options,
      resources: { ...NO_RESOURCES, vectors },
      buildInWorker: true,
    });
    expectLoaded(load);
    expect(load.source).toBe('built');
    expect(load.library.vectors).toBe(vectors);
  });

  it('a worker that sees other code on disk than the caller runs refuses to build', async () => {
    const { dir, file } = setup();
    const corpus = await corpusHashOf(dir);
    if (!('hash' in corpus)) throw new Error('fixture corpus must hash');
    const sent: BuildResponse[] = [];
    const request = {
      dir,
      corpusOptions: DEFAULT_CORPUS_LOAD_OPTIONS,
      fullResources: false,
      file,
      key: 'irrelevant',
      corpusHash: corpus.hash,
      codeFingerprint: 'the code the bot started with',
    };
    await runBuildRequest(request, (response) => sent.push(response));
    expect(sent).toEqual([{ type: 'code-changed' }]);
    sent.length = 0;
    await runBuildRequest({ ...request, codeFingerprint: await codeFingerprintOf() }, (response) =>
      sent.push(response),
    );
    expect(sent).toEqual([{ type: 'mismatch' }]);
  });
});
