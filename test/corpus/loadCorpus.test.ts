import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCorpus, parseArticle } from '../../src/corpus/loadCorpus';

function corpusWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'citebot-corpus-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('loadCorpus', () => {
  const made: string[] = [];
  const corpus = (files: Record<string, string | Buffer>): string => {
    const dir = corpusWith(files);
    made.push(dir);
    return dir;
  };
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('loads .md and .txt articles with ids and titles from front matter or file names', async () => {
    const load = await loadCorpus(
      corpus({
        'a.md': '---\nid: first\ntitle: First article\n---\nOne sentence.\n',
        'second-story.txt': 'Plain text article.\r\n\r\nSecond paragraph.',
        'notes.json': '{}',
        'actors.yml': 'aliases: {}',
      }),
    );
    expect(load.ok).toBe(true);
    if (!load.ok) return;
    expect(load.articles.map((article) => [article.id, article.title, article.file])).toEqual([
      ['first', 'First article', 'a.md'],
      ['second-story', 'Second story', 'second-story.txt'],
    ]);
    expect(load.articles[1]?.text).toBe('Plain text article.\n\nSecond paragraph.');
  });

  it('fails the whole load and lists every bad file with its reason', async () => {
    const load = await loadCorpus(
      corpus({
        'good.md': 'Fine.',
        'empty.md': '---\ntitle: Nothing\n---\n   \n',
        'latin1.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e]),
        'broken.md': '---\ntitle: [oops\n---\nText.',
        'dup-a.md': '---\nid: same\n---\nA.',
        'dup-b.md': '---\nid: same\n---\nB.',
      }),
    );
    expect(load.ok).toBe(false);
    if (load.ok) return;
    const byFile = Object.fromEntries(load.problems.map((problem) => [problem.file, problem.reason]));
    expect(byFile['empty.md']).toBe('article has no text');
    expect(byFile['latin1.txt']).toBe('file is not valid UTF-8 text');
    expect(byFile['broken.md']).toMatch(/not valid YAML/);
    expect(byFile['dup-b.md']).toMatch(/duplicate article id "same" \(also used by dup-a.md\)/);
    expect(byFile['good.md']).toBeUndefined();
  });

  it('reports a missing folder and an empty folder', async () => {
    const missing = await loadCorpus(path.join(os.tmpdir(), 'citebot-no-such-folder'));
    expect(missing.ok).toBe(false);
    const empty = await loadCorpus(corpus({ 'readme.json': '{}' }));
    expect(empty.ok ? [] : empty.problems.map((problem) => problem.reason)).toEqual([
      'the corpus folder has no .md or .txt articles',
    ]);
  });
});

describe('parseArticle', () => {
  it('rejects files over the size limit and binary files', () => {
    expect(parseArticle('big.txt', Buffer.alloc(20, 65), { maxFileBytes: 10 })).toEqual({
      problems: [{ file: 'big.txt', reason: 'file is too large (20 bytes, limit 10)' }],
    });
    expect(parseArticle('bin.txt', Buffer.from([65, 0, 66]))).toEqual({
      problems: [{ file: 'bin.txt', reason: 'file is binary, not text' }],
    });
  });

  it('strips a byte order mark', () => {
    const parsed = parseArticle('bom.md', Buffer.from('\ufeffHello there.', 'utf8'));
    expect('article' in parsed && parsed.article.text).toBe('Hello there.');
  });
});
